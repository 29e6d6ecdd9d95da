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
