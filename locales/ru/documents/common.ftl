## Documents and messages to companies: always in Russian, whatever the interface language.
## Every legal sentence names, in a comment above it, the fact-sheet item it rests on
## (shared/reference/law-facts.md, "§1 ст. 23" = section 1, the item on ст. 23; [Sx] = source).
## $g is the writer's grammatical gender from the patronymic: m, f, or x (unknown -> "(а)").

## Common parts

amount = { $figures } ({ $words }) руб. { $kopecks } коп.
date-long = «{ $day }» { $month } { $year } г.
month-1 = января
month-2 = февраля
month-3 = марта
month-4 = апреля
month-5 = мая
month-6 = июня
month-7 = июля
month-8 = августа
month-9 = сентября
month-10 = октября
month-11 = ноября
month-12 = декабря
to-label = Кому:
from-line = от { $name }
# the sender whose gender is not known: the name as written, declined by no guess
from-line-plain = Отправитель: { $name }
addr-line = адрес: { $address }
# issue 17 p. 19: a line left for the address, with no instruction inside a signed document
addr-blank = адрес: ______________________
phone-line = тел.: { $phone }
email-line = e-mail: { $email }
inn-part = ИНН { $inn }
ogrn-part = ОГРН { $ogrn }
seller-unnamed = Продавец, указанный в заказе
via-marketplace = (товар продан через маркетплейс { $marketplace })
# §4: which entity faces Wildberries' buyers is unconfirmed: the chat asks the person to check it
# (claim-entity-check); the signed letter names the role only (issue 17 p. 19)
legal-caveat-wildberries = (владелец агрегатора Wildberries)
legal-caveat-yandex_market = (владелец агрегатора Яндекс Маркет)
mp-where-ozon = на Ozon
mp-where-wildberries = на Wildberries
mp-where-yandex_market = на Яндекс Маркете
mp-where-other = в интернет-магазине { $shop }
support-of-ozon = Ozon
support-of-wildberries = Wildberries
support-of-yandex_market = Яндекс Маркета
support-of-other = интернет-магазина { $shop }
mp-name-ozon = Ozon
mp-name-wildberries = Wildberries
mp-name-yandex_market = Яндекс Маркет
mp-name-other = интернет-магазин { $shop }
# issue 17 review: the app's chat is the marketplace's (or the shop's) support, not the seller
channel-app_chat = через чат в приложении
channel-email = по электронной почте
channel-phone = по телефону
channel-other = {""}
support-line = { $date } я обратил{ $g ->
        [f] ась
        [m] ся
       *[x] ся(лась)
    } в службу поддержки { $where }{ $channel ->
        [none] {""}
       *[other] {" "}{ $channel }
    }{ $ticket ->
        [none] {""}
       *[other] {" "}(обращение № { $ticket })
    }{ $outcome ->
        [refused] , но получил{ $g ->
            [f] а
            [m] {""}
           *[x] (а)
        } отказ.
        [waiting] , но вопрос не решён.
       *[other] , но ответа не получил{ $g ->
            [f] а
            [m] {""}
           *[x] (а)
        }.
    }
sign-line = { $date }          ____________ / { $name }
attachments-label = Приложения:
att-photo = Фото
att-document = Файл
att-video = Видео
att-claim = Копия { $kind ->
        [refuse] уведомления об отказе от товара, врученного
        [notice] уведомления об отказе от исполнения договора, врученного
       *[claim] претензии, врученной
    } продавцу { $date }
# law-facts §5 Counting [S62] (ГК ст. 165.1), §5 Sending [S61]: issue 21 — the letter came
# back unclaimed or refused: a copy of what was sent and when it came back, never «врученной»
att-claim-unclaimed = Копия { $kind ->
        [refuse] уведомления об отказе от товара, направленного
        [notice] уведомления об отказе от исполнения договора, направленного
       *[claim] претензии, направленной
    } продавцу заказным письмом, возвращённым отправителю { $date }
# law-facts §5 Sending [S59][S61], Counting [S62]: the proof of a registered letter the bot
# followed: the inventory and the receipt, and the post's tracking report, which the person
# prints from the post's site by the letter's number (issue 21). No notice of delivery: the bot
# never asked whether one was bought (an extra service), and the tracking report shows the
# delivery or the return (review of issue 21, M3); no report without a number (minor 2)
att-claim-proof-tracked = Опись вложения{ $number ->
        [none] {" "}и кассовый чек
       *[other] , кассовый чек и отчёт об отслеживании почтового отправления № { $number }
    }
att-claim-proof-chat = Скриншот отправки { $kind ->
        [refuse] уведомления
        [notice] уведомления
       *[claim] претензии
    } в чат поддержки
att-claim-proof-in_person = Второй экземпляр { $kind ->
        [refuse] уведомления
        [notice] уведомления
       *[claim] претензии
    } с отметкой продавца о получении
att-answer = Ответ продавца об отказе
# law-facts §5 Sending [S61], Counting [S62] (ГК ст. 165.1): issue 21 — a notice the post returned
# unclaimed has no proof of handing over: its proof of sending and of the return instead
att-notice-copy = Копия уведомления продавцу об отказе от исполнения договора и { $unclaimed ->
        [yes] документы о его направлении заказным письмом и о возврате письма отправителю
       *[no] документ о его вручении
    }
# §1 ст. 12 [S21]; §2 ГПК ст. 132: the aggregator owner's demand, with the document of its
# delivery only where the person gave the day it reached the owner ($proof = delivered); one
# the post returned: the proof of its sending and of the return (§5 Sending [S61], Counting
# [S62]); its delivery not recorded: the copy alone, as the history says it «направляется»
# (review of issue 21, M4) — the bot knows the demand was written, not that it was sent
att-marketplace-demand = Копия требования к владельцу агрегатора о возврате предварительной оплаты{ $proof ->
        [delivered] {" "}и документ о его вручении
        [unclaimed] {" "}и документы о его направлении заказным письмом и о возврате письма отправителю
       *[none] {""}
    }
# §2: ГПК ст. 132 — proof that copies were sent to the defendant
att-copies-proof = Документ, подтверждающий направление { $who ->
        [both] ответчикам
       *[none] ответчику
    } копии искового заявления и приложений (ст. 132 ГПК РФ)
att-duty = Документ об уплате государственной пошлины в размере { $amount }
att-purchase = Кассовый чек или иной документ, подтверждающий заказ № { $order } и его оплату
att-calculation = Расчёт неустойки (приведён в тексте искового заявления)
# §5 «Иск»: a receipt for each loss claimed (ГПК ст. 132)
att-loss-receipt = Документ об оплате: { $what } — { $amount }
att-ad-screenshot = Скриншот рекламы ({ $where }, { $date })
att-police-statement = Копия заявления в полицию
att-police-ticket = Талон-уведомление о принятии заявления (КУСП № { $kusp })
att-police-decision = Копия постановления об отказе в возбуждении уголовного дела от { $date }
att-none = Документы будут представлены дополнительно

## Articles, as the documents cite them

law-zozpp = Закона РФ от 07.02.1992 № 2300-1 «О защите прав потребителей»
law-gk = Гражданского кодекса РФ
law-gpk = Гражданского процессуального кодекса РФ
law-apk = Арбитражного процессуального кодекса РФ
law-pp1922 = Правил, утверждённых постановлением Правительства РФ от 24.11.2020 № 1922
law-fz59 = Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации»
law-fz248 = Федерального закона № 248-ФЗ «О государственном контроле (надзоре) и муниципальном контроле в Российской Федерации»
law-reklama = Федерального закона от 13.03.2006 № 38-ФЗ «О рекламе»
law-upk = Уголовно-процессуального кодекса РФ
law-uk = Уголовного кодекса РФ
law-koap = Кодекса РФ об административных правонарушениях
law-nk = Налогового кодекса РФ
articles-of = ст. { $numbers } { $law }

