## What became of the claim-stage letters: said in the escalation documents. Every sentence is
## true on the document's date: $state comes from flows/schedule.py demand_status (issue 17 p. 1)
## — "missed" only after the period's last day ($due) has passed, "running" until then.

# §5 Sending (delivery proof); §1 ст. 22/21/20/23.1/26.1 periods; §5 «Заявление в полицию»:
# before the due date the deadline is stated as «истекает …», never as missed
# a chat message is sent, not handed over (issue 17 review): «направлена», not «вручена»;
# issue 20 p. 2: each answer of the seller's follows, cited with its date (replies.ftl answer-*),
# and after a part paid the demand is «в полном объёме не удовлетворено»
history-claim = { $date } продавцу { $sent ->
        [yes] направлен
       *[no] вручен
    }{ $kind ->
        [refuse] о уведомление об отказе от товара
        [notice] о уведомление об отказе от исполнения договора
       *[claim] а претензия
    } ({ $method }).{ $state ->
        [refused] {" "}Продавец отказал в удовлетворении требования.
        [missed] {" "}Срок удовлетворения требования истёк { $due }; требование{ $partial ->
            [yes] {" "}в полном объёме
           *[no] {""}
        } не удовлетворено.
        [running] {" "}Срок удовлетворения требования истекает { $due }.
       *[other] {""}
    }
# law-facts §5 Counting [S62] (ГК ст. 165.1, Пленум № 25 п. 67); §5 Sending [S59][S61]:
# issue 21 — a registered letter the post returned unclaimed (after the storage period) or
# refused was never handed over: only the true facts (sent by registered letter with an
# inventory, its number; returned to the sender on the day and why) and the law's consequence,
# that it counts as delivered that day. Never «вручена», never «уведомление о вручении». The
# Пленум's date is not in the sheet, so it is not printed. $sent: the day the post took the
# letter in (its «Приём», from the tracking), when known (re-check of issue 21, M1: the court
# sees when the claim was sent)
history-claim-unclaimed = { $kind ->
        [refuse] Уведомление об отказе от товара направлено
        [notice] Уведомление об отказе от исполнения договора направлено
       *[claim] Претензия направлена
    } мной продавцу{ $sent ->
        [none] {""}
       *[other] {" "}{ $sent }
    } заказным письмом с описью вложения{ $number ->
        [none] {""}
       *[other] {" "}(почтовый идентификатор { $number })
    }. { $date } письмо возвращено отправителю { $reason ->
        [refused] в связи с отказом адресата от его получения
       *[storage] в связи с истечением срока хранения
    }. В силу ст. 165.1 ГК РФ (п. 67 постановления Пленума Верховного Суда РФ № 25) { $kind ->
        [refuse] уведомление считается доставленным
        [notice] уведомление считается доставленным
       *[claim] претензия считается доставленной
    } продавцу { $date }.
# the same period's line, told after the answers where answers are cited, so that the events
# come in the order of their dates (review finding 22); §5 Counting, §1 ст. 20–23.1, 26.1
history-claim-state = { $state ->
        [refused] Продавец отказал в удовлетворении требования.
        [missed] Срок удовлетворения требования истёк { $due }; требование{ $partial ->
            [yes] {" "}в полном объёме
           *[no] {""}
        } не удовлетворено.
        [running] Срок удовлетворения требования истекает { $due }.
       *[other] {""}
    }
# §1 ст. 12 [S21]: the aggregator owner's own 10 days run from the day its demand reached it
history-marketplace = { $state ->
        [unsent] Требование о возврате предварительной оплаты направляется владельцу агрегатора { $marketplace }.
       *[other] { $date } владельцу агрегатора { $marketplace } вручено требование о возврате предварительной оплаты.{ $state ->
            [missed] {" "}Срок его удовлетворения истёк { $due }; предварительная оплата не возвращена.
            [running] {" "}Срок его удовлетворения истекает { $due }.
           *[other] {""}
        }
    }
history-claim-pending = { $kind ->
        [refuse] Уведомление об отказе от товара направляется
        [notice] Уведомление об отказе от исполнения договора направляется
       *[claim] Претензия направляется
    } продавцу одновременно с настоящим обращением.
delivery-chat = через чат поддержки
# law-facts §5 Sending [S59][S61]: a registered letter with its inventory; the bot never asks
# whether a notice of delivery was bought (an extra service), so none is asserted, whoever
# gave the day — the post or the person (review of issue 21, M3, and its re-check)
delivery-post-tracked = заказным письмом с описью вложения{ $number ->
        [none] {""}
       *[other] , почтовый идентификатор { $number }
    }
delivery-in_person = лично, второй экземпляр с отметкой о получении у меня
violator-seller = Сведения о продавце: { $seller }.
# §1 ст. 12: the aggregator's owner, named as the addressee of the refund demand — not as a
# debtor in default before its 10 days have run (issue 17 p. 1)
violator-aggregator = Сведения о владельце агрегатора, которому предъявлено требование о возврате предварительной оплаты: { $marketplace }.
