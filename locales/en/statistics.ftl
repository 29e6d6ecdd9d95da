## How similar cases went (issue 22 p. 3): see locales/ru/statistics.ftl.

similar-cases =
    📊 <b>How it went for others.</b> Users of this bot closed { $cases } { $cases ->
        [one] case
       *[other] cases
    } with the same problem { $marketplace ->
        [ozon] on Ozon
        [wildberries] on Wildberries
        [yandex_market] on Yandex Market
       *[other] in other online shops
    } where the claim reached the seller. { $percent ->
        [0] In none of them did the seller meet the demand after the claim.
       *[other] In { $percent } % of them the seller met the demand after the claim{ $days ->
            [none] .
           *[other] , typically (median) within { $days } { $days ->
                [one] day
               *[other] days
            }.
        }
    }
    This counts this bot's users only, not all buyers; your case may go differently.

## /stats for anyone (issue 22 p. 3): see locales/ru/statistics.ftl.

pub-stats-title = 📊 <b>How this bot's users' cases ended</b>
pub-stats-total = <b>All.</b>
pub-stats-figures = closed: { $cases ->
        [small] &lt; 11
        [linked] —
       *[other] { $cases }
    }; the claim reached the seller: { $claimed ->
        [small] &lt; 11
        [linked] —
       *[other] { $claimed }
    }, of which the demand was met after the claim: { $percent ->
        [small] —
        [linked] —
       *[other] { $percent } %
    }{ $days ->
        [small] {""}
        [linked] {""}
       *[other] , typically within { $days } { $days ->
            [one] day
           *[other] days
        }
    }; the seller answered in time: { $intime ->
        [small] —
        [linked] —
       *[other] { $intime } %
    }
pub-stats-by-marketplace = <b>By marketplace</b>
pub-stats-by-problem = <b>By problem</b>
pub-stats-empty = 📊 No closed cases yet — nothing to count.
pub-stats-note = Only this bot's users' cases are counted, not all buyers. Groups under 11 cases are not shown («&lt; 11»); «—» is a hidden figure: fewer than 11 cases behind it, or it would let a hidden one be computed. Times are medians, from the claim's delivery to the close. The full table is with the bot's operator.
