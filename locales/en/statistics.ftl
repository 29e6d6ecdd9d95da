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
