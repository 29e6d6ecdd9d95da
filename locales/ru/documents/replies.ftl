## Written replies to the seller's answer (issue 20 p. 2): insisting on the demand, asking to
## attend the quality check, accepting part of the money without waiving the rest; and the
## sentences by which later documents cite each answer with its date. Every sentence is true on
## the document's date: the period's standing comes from flows/schedule.py demand_status (ст. 21's
## 20 days where the seller asked for a check), an answer dated after the document is never cited.
## The answer's own words appear only in quotes, as the person gave them ($detail).

answer-opening = Ответом{ $date ->
        [none] {""}
       *[other] {" "}от { $date }
    }

## What the answer said. $who: you (a reply to the seller) or seller (a later document);
## $detail: "none" where the person gave no words, or where the document states bare facts only
## (the police statement, signed under the ст. 306 УК warning, law-facts §3 Police).

# §5 «Заявление в полицию»: facts only; issue 20 p. 1: what the seller answered, as recorded;
# the seller's ground in its own words, quoted as the person gave them (review finding 25)
answer-refused = { $opening } { $who ->
        [you] вы отказали
       *[seller] продавец отказал
    } в удовлетворении требования{ $reason ->
        [period] , сославшись на истечение срока{ $detail ->
            [none] {""}
           *[other] {" "}(«{ $detail }»)
        }
        [fault] , сославшись на то, что недостаток товара возник по вине покупателя{ $detail ->
            [none] {""}
           *[other] {" "}(«{ $detail }»)
        }
        [not_warranty] , сославшись на то, что случай не является гарантийным{ $detail ->
            [none] {""}
           *[other] {" "}(«{ $detail }»)
        }
        [manufacturer] , предложив обратиться к изготовителю товара (в сервисный центр)
        [no_receipt] , сославшись на отсутствие кассового чека
        [used] , сославшись на то, что товар был в употреблении
       *[other] { $detail ->
            [none] {""}
           *[other] , указав: «{ $detail }»
        }
    }.
# issue 20 p. 1: something else offered instead of what was demanded
answer-offer = { $opening } { $who ->
        [you] вы предложили
       *[seller] продавец предложил
    } вместо { $instead ->
        [money] возврата уплаченной суммы
        [replacement] замены товара
        [repair] устранения недостатков товара
        [price_cut] уменьшения покупной цены
        [delivery] передачи товара
       *[other] удовлетворения требования
    } { $offer ->
        [repair] ремонт товара
        [replacement] замену товара
        [voucher] сертификат (бонусные баллы) на покупки
       *[other] иное исполнение
    }{ $detail ->
        [none] {""}
       *[other] : «{ $detail }»
    }.
# issue 20 p. 1: part of the money paid — written as paid only once it reached the person
# ($paid: the day it did), otherwise as offered (the lawyer's review, blocker 1)
answer-partial = { $opening } { $paid ->
        [none] { $who ->
            [you] вы предложили
           *[seller] продавец предложил
        } удовлетворить требование частично{ $amount ->
            [none] .
           *[other] , выплатив мне { $amount }.
        }
       *[other] { $who ->
            [you] вы удовлетворили моё требование частично
           *[seller] продавец удовлетворил требование частично
        }: { $paid } мне { $amount ->
            [none] выплачена часть суммы.
           *[other] выплачено { $amount }.
        }
    }
# issue 20 p. 1: documents or details asked
answer-documents = { $opening } { $who ->
        [you] вы запросили
       *[seller] продавец запросил
    } у меня дополнительные документы (сведения){ $detail ->
        [none] {""}
       *[other] : «{ $detail }»
    }.
# issue 20 p. 1: an answer promised later
answer-later = { $opening } { $who ->
        [you] вы сообщили, что ответите
       *[seller] продавец сообщил, что ответит
    } на требование { $until ->
        [none] позднее
       *[other] до { $until }
    }.
# issue 20 p. 1; §1 ст. 18 [S16]: the seller may check the quality
answer-check = { $opening } { $who ->
        [you] вы сообщили
       *[seller] продавец сообщил
    } о необходимости передать товар для проверки качества{ $until ->
        [none] { $detail ->
            [none] {""}
           *[other] , указав место её проведения: «{ $detail }»
        }
       *[other] , указав дату её проведения — { $until }{ $detail ->
            [none] {""}
           *[other] , и место: «{ $detail }»
        }
    }.
# issue 20 p. 1: the demand met, as the answer says
answer-done = { $opening } { $who ->
        [you] вы сообщили
       *[seller] продавец сообщил
    } об удовлетворении требования.
# issue 20 p. 1: an answer not sorted — only that it came, and when
answer-other = { $opening } { $who ->
        [you] вы ответили
       *[seller] продавец ответил
    } на требование.

# §5 «Претензия» item 9: the answer's copy among a later document's attachments
att-reply = Копия ответа продавца от { $date }

## The claim the answer was to (§5 Sending; §5 Counting: its delivery starts the period)

# §5 Sending, Counting [S3][S62]: the claim delivered (a chat message is sent, a paper handed
# over), which order, which demand — the facts the answer was to
# law-facts §5 Counting [S62] (ГК ст. 165.1, Пленум № 25 п. 67): issue 21 — a claim the post
# returned unclaimed ($sent = unclaimed) was never handed over: sent by registered letter, returned
# to the sender on the day and why, counted as delivered that day; never «вручена»
reply-claim = { $sent ->
    [unclaimed] { $kind ->
        [notice] Моё уведомление
       *[claim] Моя претензия
    } по заказу № { $order } (товар «{ $item }») с требованием { $demand } { $kind ->
        [notice] направлено
       *[claim] направлена
    } вам заказным письмом{ $number ->
        [none] {""}
       *[other] {" "}(почтовый идентификатор { $number })
    }. { $date } письмо возвращено отправителю { $reason ->
        [refused] в связи с отказом адресата от его получения
       *[storage] в связи с истечением срока хранения
    }; в силу ст. 165.1 ГК РФ (п. 67 постановления Пленума Верховного Суда РФ № 25) { $kind ->
        [notice] уведомление считается доставленным
       *[claim] претензия считается доставленной
    } вам в этот день.
   *[other] { reply-claim-delivered }
}
reply-claim-delivered = { $date ->
        [none] Вам
       *[other] { $date }{ $sent ->
            [yes] {" "}через чат поддержки
           *[no] {""}
        } вам
    } { $kind ->
        [notice] { $sent ->
            [yes] направлено
           *[no] вручено
        } моё уведомление
       *[claim] { $sent ->
            [yes] направлена
           *[no] вручена
        } моя претензия
    } по заказу № { $order } (товар «{ $item }») с требованием { $demand }.
# what the claim demanded, by its letter (flows/claims.py letters): §1 ст. 18, 20–23.1, 26.1
reply-demand = { $demand ->
        [refund] о возврате уплаченной за товар суммы { $amount } в связи с отказом от исполнения договора купли-продажи
        [replacement] о замене товара на товар этой же марки (модели, артикула) надлежащего качества
        [repair] о безвозмездном устранении недостатков товара
        [price_cut] о соразмерном уменьшении покупной цены товара на { $cut } и о возврате этой суммы
        [new_date] о передаче предварительно оплаченного товара не позднее { $newdate }
        [new_date_unpaid] о передаче товара не позднее { $newdate }
        [new_date_wrong] о передаче заказанного товара не позднее { $newdate }
        [refund_wrong] о возврате уплаченной суммы в связи с передачей товара, не соответствующего заказу, — { $amount }
        [prepaid_refund] о возврате суммы предварительной оплаты { $amount } в связи с отказом от исполнения договора
        [return] о возврате уплаченной за товар суммы { $amount } в связи с отказом от товара
        [refund_back] о возврате уплаченной за товар суммы { $amount }
       *[refuse] об аннулировании заказа в связи с отказом от товара до его передачи
    }

## ОТВЕТ: insisting on the demand chosen

reply-insist-title = ОТВЕТ
reply-insist-subtitle = на ваш ответ{ $answered ->
        [none] {""}
       *[other] {" "}от { $answered }
    } на { $kind ->
        [notice] моё уведомление
       *[claim] мою претензию
    }{ $claimed ->
        [none] {""}
       *[other] , { $kind ->
            [notice] { $sent ->
                [yes] направленное
               *[no] врученное
            }
           *[claim] { $sent ->
                [yes] направленную
               *[no] врученную
            }
        } вам { $claimed }
    }
# §1 ст. 18 [S16][S14a], ст. 20–23.1, 26.1: the demand stands on the articles the claim cited
reply-insist = На основании { $articles } настаиваю на удовлетворении моего требования.
# the person's position, no rule (said where no reason-specific sentence says it already);
# worded with no gendered form, so that it is right for every person (review finding 4)
reply-disagree = С таким ответом не соглашаюсь.
# §1 ст. 19 [S13]: defects found within the warranty or, with none set, within two years of
# handover; periods run from handover. Said only as the person stated the warranty, and only where
# the claim came within it: none set — the two years; set — the warranty; not known — nothing
reply-period-quality = { $warranty ->
        [none] Гарантийный срок на товар не установлен. Товар передан мне { $received }; требование в связи с недостатком товара предъявлено { $claimed }, в пределах двух лет со дня передачи товара (ст. 19 Закона РФ «О защите прав потребителей»).
       *[until] Гарантийный срок на товар { $ended ->
            [yes] истёк
           *[no] истекает
        } { $until }; требование в связи с недостатком товара предъявлено { $claimed }, в пределах гарантийного срока (ст. 19 Закона РФ «О защите прав потребителей»).
    }
# §1 ст. 18 [S16]: in a dispute about the defect's cause the expertise is at the seller's cost
# and the consumer may attend; the rest of ст. 18 п. 5 (who pays when at fault) is unconfirmed
reply-dispute = { $reason ->
        [fault] Вывод о том, что недостаток товара возник по вине покупателя, не признаю.
       *[not_warranty] Вывод о том, что случай не является гарантийным, не признаю.
    } В случае спора о причинах возникновения недостатков товара продавец обязан провести экспертизу товара за свой счёт; потребитель вправе присутствовать при её проведении (ст. 18 Закона РФ «О защите прав потребителей»).
# §1 ст. 18 [S16]: the expertise with notice of its time and place, so that the buyer attends
reply-expertise-ask = Прошу { $reason ->
        [fault] передать мне копию документа, на основании которого сделан вывод о причине недостатка, и
       *[not_warranty] сообщить мне, на основании чего сделан этот вывод, и
    } провести экспертизу товара, заранее сообщив мне дату, время и место её проведения, и обеспечить моё присутствие при её проведении.
# §1 Sanctions (500-ФЗ) [S70][S72]: the item offered for the expertise, where the person holds it
# (review finding 8; ст. 18 п. 6 on the burden of proof is not in the sheet and is not stated)
reply-expertise-item = Товар для проведения экспертизы передам вам по вашему запросу.
# §1 ст. 18 [S16]: the seller may check the quality, the consumer may take part (as the claim's
# claim-quality-check, worded with no gendered form: review finding 4)
reply-quality-check = Товар для проверки качества передам вам по вашему запросу (п. 5 ст. 18 Закона РФ «О защите прав потребителей»). Прошу заранее сообщить мне дату, время и место её проведения и обеспечить моё участие в ней.
# §1 ст. 18 [S16][S14a]: the ст. 18 remedies are claimed from the seller, who must accept the
# goods and may check their quality
reply-manufacturer = { $quality ->
        [yes] Требование предъявлено вам как продавцу товара (ст. 18 Закона РФ «О защите прав потребителей»): продавец обязан принять у потребителя товар ненадлежащего качества и вправе провести проверку его качества. Ответ на требование ожидаю от вас.
       *[no] Требование предъявлено вам как продавцу товара. Ответ на требование ожидаю от вас.
    }
# §1 ст. 26.1 [S1]: a lost receipt does not bar other proof — cited for a distance-sale return only
reply-receipt-return = Отсутствие у меня кассового чека не лишает меня возможности ссылаться на другие доказательства покупки товара (ст. 26.1 Закона РФ «О защите прав потребителей»).
# §5 «Претензия» item 4, §1 «Правила продажи»: the order's number and date, the card it was paid
# with; the proof, stated, where the sheet gives no rule to cite
reply-receipt-proof = Покупка товара у вас подтверждается заказом № { $order } от { $ordered }, оформленным { $where }{ $card ->
        [none] {""}
       *[other] , и его оплатой банковской картой **** { $card }
    }.
# §1 ст. 26.1 [S1]: goods returned must keep their товарный вид and properties
reply-used-return = Товарный вид и потребительские свойства товара сохранены (ст. 26.1 Закона РФ «О защите прав потребителей»).
# §1 ст. 18 [S16][S14a]: for a defect the consumer picks one remedy; ст. 23.1 [S6]: on a delivery
# delay the consumer chooses; the offer named as it was made, the person's position in words
# with no gendered form (review findings 3, 4)
reply-offer = { $ground ->
        [quality] При обнаружении в товаре недостатка способ защиты права выбирает потребитель (ст. 18 Закона РФ «О защите прав потребителей»).{" "}
        [prepaid] При нарушении срока передачи предварительно оплаченного товара способ защиты права выбирает потребитель (ст. 23.1 Закона РФ «О защите прав потребителей»).{" "}
       *[other] {""}
    }Мной выбрано требование, изложенное в { $kind ->
        [notice] уведомлении
       *[claim] претензии
    }; предложение { $offer ->
        [repair] отремонтировать товар
        [replacement] заменить товар
        [voucher] выдать сертификат (бонусные баллы) на покупки
       *[other] иного исполнения
    } не принимаю.
# §1 ст. 26.1 [S2]: on refusing goods bought remotely the money comes back within 10 days of the
# demand (the point of ст. 26.1 is not in the sheet: the article only; review finding 18)
reply-return-refund = При отказе потребителя от товара продавец должен возвратить ему уплаченную по договору денежную сумму не позднее чем через 10 дней со дня предъявления требования (ст. 26.1 Закона РФ «О защите прав потребителей»).
# §1 «Wrong item» [S125]: ГК ст. 468 п. 1 — the facts (what was ordered, what came) and, as the
# safe drafting there says, the wrong item offered back at the seller's expense (finding 13)
reply-wrong-item = По заказу № { $order } заказан товар «{ $item }»; мне передан иной товар{ $details ->
        [none] {""}
       *[other] : { $details }
    }. Заказанный товар мне не передан (п. 1 ст. 468 Гражданского кодекса РФ). Полученный товар верну вам за ваш счёт; прошу сообщить адрес, по которому его направить.

## The period (§5 Counting; §1 ст. 20–23.1, 26.1): «истекает» up to its last day, «истёк» only
## after it; ст. 21: 20 days for a replacement where the seller checks the quality

# §5 Counting [S3]; §1 ст. 21 [S4]: 7 days, 20 with a quality check; §1 ст. 20 [S17] and the
# reading notes: a repair is due «незамедлительно», 45 days the most (review finding 20)
reply-term = { $state ->
        [running] { $repair ->
            [yes] Недостатки должны быть устранены незамедлительно; предельный срок их устранения (45 дней, п. 1 ст. 20 Закона РФ «О защите прав потребителей») истекает { $due }.
           *[no] Срок удовлетворения требования истекает { $due }.
        }
        [missed] { $repair ->
            [yes] Предельный срок устранения недостатков (45 дней, п. 1 ст. 20 Закона РФ «О защите прав потребителей») истёк { $due }
           *[no] Срок удовлетворения требования истёк { $due }
        }; требование{ $partial ->
            [yes] {" "}в полном объёме
           *[no] {""}
        } не удовлетворено.
       *[other] {""}
    }
# §1 ст. 23 п. 1 [S5] and the 500-ФЗ cap [S71][S72][S73] (its point unconfirmed: the article only):
# from the day after the period
reply-penalty-delay = С { $start } за каждый день просрочки начисляется неустойка в размере 1 % цены товара — { $perday } (п. 1 ст. 23 Закона РФ «О защите прав потребителей»), но не более суммы, уплаченной мной по договору, — { $cap } (ст. 23 того же Закона в редакции Федерального закона от 28.12.2025 № 500-ФЗ).
# §1 «Late ст. 26.1 refund»: no 1 %; ГК ст. 395 interest from the day after the 10 days
# (review finding 17)
reply-interest-return = С { $start } на не возвращённую сумму подлежат начислению проценты за пользование чужими денежными средствами (ст. 395 Гражданского кодекса РФ).
# §5 Counting; §1 ст. 20–23.1, 26.1: the periods are the law's (ст. 20: another repair term only by
# a written agreement); a promise to answer later does not move them — the sheet says no more,
# so the letter states only that (review finding 19)
reply-later-term = Срок удовлетворения требования установлен законом и вашим ответом не продлевается.
# §1 ст. 23.1 (reading notes): 0,5 % of the prepayment a day from the missed delivery date, at most
# the prepayment
reply-penalty-prepaid = С { $start } за каждый день просрочки передачи предварительно оплаченного товара начисляется неустойка в размере 0,5 % суммы предварительной оплаты, но не более суммы предварительной оплаты (п. 3 ст. 23.1 Закона РФ «О защите прав потребителей»).

## ЗАЯВЛЕНИЕ об участии в проверке качества

reply-check-title = ЗАЯВЛЕНИЕ
reply-check-subtitle = { $quality ->
        [yes] об участии в проверке качества товара
       *[no] об участии в проверке товара
    }
# §1 ст. 18 [S16], Sanctions (500-ФЗ) [S70][S72]: the item is handed over when the seller asks;
# one already returned (a refund after a return; КС 7-П: sent back) is said to be with the seller;
# goods over 5 kg: §1 ст. 18 (carriage by the seller at its cost; the point, п. 7, unconfirmed in
# the sheet, so the article only; the check is not named in the rule, so it is asked, not
# claimed; `heavy` is «over 5 kg or bulky», so neither is stated of the item — review finding 9);
# no gendered form (finding 4)
reply-check-ready = { $item ->
        [returned] Товар мной вам возвращён.
        [sent] Товар направлен мной вам { $sent }.
        [heavy] Доставка крупногабаритного товара и товара весом более 5 кг для ремонта, уценки, замены и (или) возврата их потребителю осуществляется силами и за счёт продавца (ст. 18 Закона РФ «О защите прав потребителей»). Прошу согласовать со мной дату и время, когда вы заберёте товар для проверки{ $quality ->
            [yes] {" "}качества
           *[no] {""}
        }.
       *[held] Товар передам вам для проверки{ $quality ->
            [yes] {" "}качества
           *[no] {""}
        }{ $place ->
            [none] {" "}по вашему запросу. Прошу сообщить, куда и каким образом его передать.
            [dated] {" "}{ $until } в месте, указанном в вашем ответе.
           *[other] {" "}в месте, указанном в вашем ответе.
        }
    }
# §1 ст. 18 [S16]: the consumer may attend the check (п. 5 ст. 18, as the claim cites it) and, in a
# dispute, the expertise at the seller's cost; goods of proper quality (ст. 26.1) or another item
# delivered (§1 «Wrong item»: no quality-check paragraph): a plain request, no article. The date
# and place the seller gave are not asked again (review finding 16); no gendered form (finding 4)
reply-check-attend = { $quality ->
        [yes] { $known ->
            [yes] Прошу сообщить время проведения проверки; при её проведении прошу обеспечить моё присутствие (п. 5 ст. 18 Закона РФ «О защите прав потребителей»). Если будет назначена экспертиза, прошу заранее сообщить дату, время и место её проведения.
           *[no] Прошу заранее сообщить мне дату, время и место проведения проверки качества, а если будет назначена экспертиза, — дату, время и место её проведения, и обеспечить моё присутствие при их проведении (п. 5 ст. 18 Закона РФ «О защите прав потребителей»).
        } В случае спора о причинах возникновения недостатков экспертиза проводится за счёт продавца.
       *[no] { $known ->
            [yes] Прошу сообщить время проведения проверки товара и обеспечить моё присутствие при её проведении.
           *[no] Прошу заранее сообщить мне дату, время и место проведения проверки товара и обеспечить моё присутствие при её проведении.
        }
    }
# a request, not a rule: the sheet is silent on a right to a copy, so none is cited
reply-check-copy = { $quality ->
        [yes] Прошу выдать мне копию акта проверки качества, а если будет проведена экспертиза, — копию заключения эксперта.
       *[no] Прошу выдать мне копию акта проверки.
    }
# §1 ст. 21 [S4]: a replacement that needs a quality check — 20 days from the demand
reply-check-replacement = Срок удовлетворения требования о замене товара, если требуется дополнительная проверка его качества, — 20 дней со дня предъявления требования (ст. 21 Закона РФ «О защите прав потребителей»).

## ЗАЯВЛЕНИЕ: part of the money accepted, the rest still demanded

reply-partial-title = ЗАЯВЛЕНИЕ
reply-partial-subtitle = { $paid ->
        [yes] о частичной выплате и сохранении требования в остальной части
       *[no] о согласии на частичную выплату и сохранении требования в остальной части
    }
# §1 «Unpaid goods»: a signed waiver («требований не имею») is used against the buyer — so the
# acceptance says, in the person's own words, that the rest is not waived — the penalty, the
# losses and the moral damages named too (review finding 6; for a ст. 26.1 return the ГК 395
# interest, law-facts §1 «Late ст. 26.1 refund», not a penalty); no gendered form (finding 4)
reply-partial-accept = { $paid ->
        [yes] Полученную { $amount ->
            [none] от вас сумму
           *[other] сумму { $amount }
        } принимаю в счёт частичного удовлетворения моего требования.
       *[no] { $amount ->
            [none] Предложенную вами сумму
           *[other] Предложенную вами сумму { $amount }
        } прошу перечислить мне в счёт частичного удовлетворения моего требования.
    } От требования в остальной части, а также от требований о выплате { $sanction ->
        [interest] процентов за пользование чужими денежными средствами
       *[penalty] неустойки
    }, возмещении убытков и компенсации морального вреда не отказываюсь.
# the parts paid by the letter's date, counted once (flows/answered.py paid_back)
reply-partial-total = С учётом ранее выплаченных сумм мне выплачено всего { $total }.
# §1 ст. 22, 23.1, 26.1: the rest of the sum demanded (flows/answered.py still_owed)
reply-partial-rest = Невыплаченная часть суммы, указанной в { $kind ->
        [notice] уведомлении
       *[claim] претензии
    }, составляет { $rest }. Прошу выплатить её{ $state ->
        [missed] {" "}без промедления.
       *[other] .
    }
# §1 ст. 22, 23.1, 26.1: a sum only offered — the rest that stays once it is paid
reply-partial-rest-offered = Оставшуюся часть суммы, указанной в { $kind ->
        [notice] уведомлении
       *[claim] претензии
    }, — { $rest } — также прошу выплатить{ $state ->
        [missed] {" "}без промедления.
       *[other] .
    }
# §1 ст. 18: a demand that is not money (a repair, a replacement) stands as it was; a money
# demand whose part paid is not known stands for what was not paid (no figure is guessed)
reply-partial-demand = Требование, изложенное в { $kind ->
        [notice] уведомлении
       *[claim] претензии
    },{ $part ->
        [yes] {" "}в невыплаченной части
       *[no] {""}
    } сохраняю.
