## How similar cases went (issue 22 p. 3): counted from this bot's own closed cases, the cell
## shown only from 11 cases (flows/statistics.py). A count, not a legal statement: no fact-sheet
## item is needed; the words say whose cases they are and that the median is a median.

similar-cases =
    📊 <b>Как это было у других.</b> Пользователи этого бота закрыли { $cases } { $cases ->
        [one] обращение
        [few] обращения
       *[many] обращений
    } с той же проблемой { $marketplace ->
        [ozon] на Ozon
        [wildberries] на Wildberries
        [yandex_market] на Яндекс Маркете
       *[other] в других интернет-магазинах
    }, в которых претензия дошла до продавца. { $percent ->
        [0] Ни в одном из них продавец не выполнил требование после претензии.
       *[other] В { $percent } % из них продавец выполнил требование после претензии{ $days ->
            [none] .
           *[other] — обычно (медиана) за { $days } { $days ->
                [one] день
                [few] дня
               *[many] дней
            }.
        }
    }
    Это только пользователи этого бота, а не все покупатели; ваш случай может сложиться иначе.

## /stats for anyone (issue 22 p. 3): the public table, suppressed as the CLI's
## (flows/statistics.py); «< 11» stands for a figure hidden: a small group, or one that would
## let a hidden group be computed. Counts, not legal statements.

pub-stats-title = 📊 <b>Чем заканчивались обращения пользователей этого бота</b>
pub-stats-total = <b>Всего.</b>
pub-stats-figures = закрыто: { $cases ->
        [small] &lt; 11
        [linked] —
       *[other] { $cases }
    }; претензия дошла до продавца: { $claimed ->
        [small] &lt; 11
        [linked] —
       *[other] { $claimed }
    }, из них требование выполнено после претензии: { $percent ->
        [small] —
        [linked] —
       *[other] { $percent } %
    }{ $days ->
        [small] {""}
        [linked] {""}
       *[other] , обычно за { $days } { $days ->
            [one] день
            [few] дня
           *[many] дней
        }
    }; продавец ответил в срок: { $intime ->
        [small] —
        [linked] —
       *[other] { $intime } %
    }
pub-stats-by-marketplace = <b>По площадкам</b>
pub-stats-by-problem = <b>По проблемам</b>
pub-stats-empty = 📊 Закрытых обращений пока нет — считать нечего.
pub-stats-note = Считаются только обращения пользователей этого бота, а не все покупатели. Группы меньше 11 обращений не показываются («&lt; 11»); «—» — число скрыто: за ним меньше 11 обращений или по нему можно было бы вычислить скрытое. Сроки — медиана, от вручения претензии до закрытия обращения. Подробная таблица — у оператора бота.
