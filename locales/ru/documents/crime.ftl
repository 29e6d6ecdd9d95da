## The police statement and the complaint to the prosecutor. The statement is signed under the
## ст. 306 УК warning: facts only, each true on its date (issue 17 p. 1, 3, 6, 7, 12, 19, 21).

# §5 «Заявление в полицию»; issue 17 p. 19: the department the person named, or a neutral
# addressee — never a blank with an instruction in brackets
police-to = Начальнику { $department ->
        [none] отдела полиции
       *[other] { $department }
    }
police-title = ЗАЯВЛЕНИЕ
# §3 «Petty theft ≤ 2 500 ₽»: «Заявление о правонарушении (мелком хищении)»; a counterfeit may
# be an administrative offence (КоАП 14.10) or a crime (УК 180, 159)
police-subtitle = { $petty ->
        [yes] { $offence ->
            [counterfeit] о правонарушении
           *[other] о правонарушении (мелком хищении)
        }
       *[no] о преступлении
    }
# §3 «Goods lost before handover»: order no., amount and date paid, what was (not) handed over,
# in the person's words (the «доставлено» mark, the courier's or pickup point's details)
police-facts = { $ordered } мной оформлен { $where } заказ № { $order } на товар «{ $item }» стоимостью { $price }. { $prepaid ->
        [yes] Товар оплачен мной полностью при оформлении заказа.
       *[no] { $kind ->
            [counterfeit] Товар оплачен мной при получении.
           *[other] Заказ оплачен мной при получении посылки.
        }
    } { $kind ->
        [counterfeit] Товар получен мной { $received }. По моему мнению, полученный товар является подделкой: { $details }.
        [empty_parcel] { $promised ->
            [none] {""}
           *[other] Срок передачи товара по договору — { $promised }.{" "}
        }{ $received } мне выдана посылка по этому заказу, в которой товара не оказалось: { $details }.
        [courier_theft] { $promised ->
            [none] {""}
           *[other] Срок передачи товара по договору — { $promised }.{" "}
        }Товар мне не передан: { $details }.
       *[seller_gone] { $promised ->
            [none] {""}
           *[other] Срок передачи товара по договору — { $promised }.{" "}
        }Товар мне не передан: { $details }.
    }
police-seller = Продавец товара: { $seller }.
# §3 «Goods lost before handover»: until handed over the goods are the seller's and at its risk
# (ГК ст. 458 п. 1, 459 п. 1 [S119]; ст. 223 is unconfirmed in the sheet, so not cited)
police-owner = До передачи мне товар оставался имуществом продавца, и риск его случайной гибели нёс продавец (п. 1 ст. 458, п. 1 ст. 459 ГК РФ).
# §3 Police, §5 «Заявление в полицию»: what was demanded of whom and when; «истекает …» while the
# period runs (schedule.demand_status), after it at most that the money was not returned (or not
# all of it: issue 20, a part the seller paid back); each answer of the seller's follows, bare
# law-facts §5 Counting [S62] (ГК ст. 165.1), §5 «Заявление в полицию» (facts only): issue 21 —
# a registered letter returned unclaimed ($sent = unclaimed) is told as what happened to it (sent
# by registered letter with its number; returned to the sender on the day, and why), never
# «вручено»; the one legal sentence kept is that ГК ст. 165.1 counts it delivered that day, the
# ground of the period's date that follows — a statement of the law, not of a fact. The return
# read from the post's tracking ($tracked = yes) is the post's fact, and said so; one the person
# told is their own (review of issue 21, minor 1). The letter is named as its copy among the
# attachments names it: a ПРЕТЕНЗИЯ, an УВЕДОМЛЕНИЕ, the aggregator's ТРЕБОВАНИЕ (minor 3)
police-demand = { $sent ->
        [unclaimed] Заказным письмом{ $number ->
            [none] {""}
           *[other] {" "}(почтовый идентификатор { $number })
        } { $to } { police-demand-sent } { police-demand-what }. { $tracked ->
            [yes] По данным отслеживания Почты России, { $date }
           *[no] { $date }
        } письмо возвращено отправителю { $reason ->
            [refused] в связи с отказом адресата от его получения
           *[storage] в связи с истечением срока хранения
        }; в силу ст. 165.1 ГК РФ { $demand ->
            [notice] уведомление считается доставленным
            [refuse] уведомление считается доставленным
            [prepayment] требование считается доставленным
           *[other] претензия считается доставленной
        } в этот день
       *[other] { $date } { $to } { $sent ->
            [yes] { police-demand-sent }
           *[no] { $demand ->
                [notice] вручено
                [refuse] вручено
                [prepayment] вручено
               *[other] вручена
            }
        } { police-demand-what }
    }.{ $state ->
        [running] {" "}Срок удовлетворения требования истекает { $due }.
        [missed] { $demand ->
            [delivery] {" "}По состоянию на { $today } товар мне не передан.
            [refuse] {""}
            [other] {""}
           *[money] {" "}По состоянию на { $today } денежные средства мне { $partial ->
                [yes] возвращены не в полном объёме
               *[no] не возвращены
            }.
        }
        [refused] {" "}В удовлетворении требования мне отказано.
       *[other] {""}
    }
police-demand-sent = { $demand ->
        [notice] направлено
        [refuse] направлено
        [prepayment] направлено
       *[other] направлена
    }
# §3 Police, §5 «Заявление в полицию»: what was demanded, as police-demand names it
police-demand-what = { $demand ->
        [notice] моё уведомление об отказе от исполнения договора с требованием о возврате предварительно оплаченной за товар суммы
        [refuse] моё уведомление об отказе от товара до его передачи
        [prepayment] моё требование о возврате предварительно оплаченной за товар суммы
       *[other] моя претензия { $demand ->
        [refund] с требованием о возврате уплаченной за товар суммы
        [delivery] с требованием о передаче товара в срок до { $newdate }
       *[other] по этому заказу
        }
    }
police-to-seller = { $seller ->
        [none] продавцу
       *[other] продавцу { $seller }
    }
police-to-marketplace = маркетплейсу { $marketplace } ({ $legal })
# §3 Police: «мне причинён ущерб» only where the seller itself deceived the buyer — and only once
# no demand of the money is still open (issue 17 p. 1); the sum less what the seller paid back
police-damage = Уплаченные мной денежные средства в сумме { $amount } мне не возвращены; мне причинён ущерб в этом размере.
# §3 Police: the qualification is the police's (УК ст. 158, 159, 160; КоАП ст. 7.27);
# «Goods lost before handover»: «по факту хищения товара, принадлежащего продавцу … и
# предназначенного для передачи мне»; «Counterfeits»: the sheet's wording (УК 159, 180, КоАП
# 14.10); «Petty theft»: an administrative case under КоАП ст. 7.27 on an individual's
# application (КоАП ст. 28.1 ч. 1 п. 3 [S121]); an empty parcel: «имеются признаки …», never
# asserted; УПК ст. 144 check for a crime report
police-request = { $offence ->
        [sellers_goods] { $petty ->
            [yes] Прошу возбудить дело об административном правонарушении по ст. 7.27 КоАП РФ (п. 3 ч. 1 ст. 28.1 КоАП РФ) по факту мелкого хищения товара «{ $item }», принадлежащего { $seller ->
                [none] продавцу
               *[other] продавцу { $seller }
            } и предназначенного для передачи мне, и установить лицо, его совершившее.
           *[no] Прошу провести проверку в порядке ст. 144 УПК РФ по факту хищения товара «{ $item }», принадлежащего { $seller ->
                [none] продавцу
               *[other] продавцу { $seller }
            } и предназначенного для передачи мне, установить лиц, причастных к хищению, и решить вопрос о возбуждении уголовного дела.
        }
        [deceit] { $cause ->
            [shipped_empty] Полагаю, что посылка была отправлена мне без товара намеренно.{" "}
           *[other] {""}
        }{ $petty ->
            [yes] Полагаю, что в действиях продавца имеются признаки мелкого хищения путём обмана (ст. 7.27 КоАП РФ). Прошу возбудить дело об административном правонарушении (п. 3 ч. 1 ст. 28.1 КоАП РФ) и установить виновное лицо.
           *[no] Полагаю, что в действиях продавца имеются признаки мошенничества (ст. 159 УК РФ). Прошу провести проверку в порядке ст. 144 УПК РФ, установить виновных лиц и решить вопрос о возбуждении уголовного дела.
        }
        [counterfeit] Полагаю, что действия продавца могут содержать признаки { $petty ->
            [yes] мелкого хищения путём обмана (ст. 7.27 КоАП РФ)
           *[no] мошенничества (ст. 159 УК РФ)
        } или незаконного использования чужого товарного знака (ст. 14.10 КоАП РФ, ст. 180 УК РФ). Прошу провести проверку и дать им правовую оценку.
       *[unclear] { $petty ->
            [yes] Прошу провести проверку по факту выдачи мне посылки без оплаченного товара, установить обстоятельства произошедшего и виновных лиц и дать их действиям правовую оценку, в том числе по ст. 7.27 КоАП РФ.
           *[no] Прошу провести проверку в порядке ст. 144 УПК РФ по факту выдачи мне посылки без оплаченного товара, установить обстоятельства произошедшего и виновных лиц и дать их действиям правовую оценку.
        }
    }
# §3 Police: УК ст. 306 warning, noted and signed (УПК ст. 141 ч. 6 [S97]); §5: female
# «предупреждена»; the gender unknown: a sentence without a gendered ending, never «(а)»
police-warning = { $g ->
        [f] Об уголовной ответственности за заведомо ложный донос по ст. 306 УК РФ предупреждена.
        [m] Об уголовной ответственности за заведомо ложный донос по ст. 306 УК РФ предупреждён.
       *[x] Об уголовной ответственности за заведомо ложный донос по ст. 306 УК РФ мне известно.
    }

# §3 Prosecutor; issue 17 p. 19: the office the person named, or a neutral addressee
prosecutor-to = Прокурору { $office ->
        [none] района
       *[other] { $office }
    }
prosecutor-title = ЖАЛОБА
# §3 Prosecutor: УПК ст. 124 for a crime report; §3 «Petty theft»: a complaint about the police's
# failure to act (59-ФЗ), not УПК 124
prosecutor-subtitle = { $petty ->
        [yes] на бездействие сотрудников полиции
       *[no] в порядке ст. 124 УПК РФ
    }
prosecutor-filed = { $date } мной подано { $department ->
        [none] в отдел полиции
       *[other] начальнику { $department }
    } заявление { $petty ->
        [yes] о правонарушении (мелком хищении)
       *[no] о преступлении
    }{ $kusp ->
        [none] {""}
       *[other] {" "}(КУСП № { $kusp })
    }.
# §3 Police: 3 days, 10 or 30 when extended (УПК ст. 144) — the term the person said, never
# assumed; §3 «Petty theft»: a refusal is an определение under the КоАП (ст. 28.1 ч. 5
# unconfirmed, so not cited)
prosecutor-answer = { $answer ->
        [not_registered] Заявление в отделе полиции не зарегистрировано, проверка по нему не проводится.
        [refused_case] { $date } по заявлению вынесено { $petty ->
            [yes] определение об отказе в возбуждении дела об административном правонарушении
           *[no] постановление об отказе в возбуждении уголовного дела
        }. Считаю его незаконным и необоснованным: проверка проведена не в полном объёме{ $omissions ->
            [none] .
           *[other] : { $omissions }.
        }
       *[no_answer] { $petty ->
            [yes] До настоящего времени решение по заявлению мне не сообщено.
           *[no] { $term ->
                [ten] Мне сообщено о продлении срока проверки сообщения до 10 суток (ст. 144 УПК РФ). В течение 10 суток со дня подачи заявления решение по нему мне не сообщено.
                [thirty] Мне сообщено о продлении срока проверки сообщения до 30 суток (ст. 144 УПК РФ). В течение 30 суток со дня подачи заявления решение по нему мне не сообщено.
               *[none] О продлении срока проверки сообщения мне не сообщалось. В течение 3 суток со дня подачи заявления (ст. 144 УПК РФ) решение по нему мне не сообщено.
            }
        }
    }
# §3 Prosecutor: УПК ст. 124 — 3 days, up to 10 [S96]; petty: 59-ФЗ ст. 12, 30 days [S30]
prosecutor-request = { $petty ->
        [yes] Прошу провести проверку по моей жалобе и принять меры прокурорского реагирования: { $answer ->
            [not_registered] обязать отдел полиции зарегистрировать моё заявление и рассмотреть его в порядке, установленном КоАП РФ
            [refused_case] проверить законность определения от { $date }
           *[no_answer] обязать отдел полиции рассмотреть моё заявление в порядке, установленном КоАП РФ, и сообщить мне о принятом решении
        }. Ответ прошу направить в срок, установленный ст. 12 Федерального закона от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации».
       *[no] Прошу { $answer ->
            [not_registered] обязать отдел полиции зарегистрировать моё заявление и провести проверку в порядке ст. 144 УПК РФ
            [refused_case] проверить законность постановления от { $date }, отменить его и направить материал для дополнительной проверки
           *[no_answer] проверить соблюдение отделом полиции сроков ст. 144 УПК РФ и обязать его принять решение по моему заявлению
        }. О принятом решении прошу сообщить мне в срок, установленный ст. 124 УПК РФ.
    }
prosecutor-att-decision = Копия { $petty ->
        [yes] определения об отказе в возбуждении дела об административном правонарушении
       *[no] постановления об отказе в возбуждении уголовного дела
    } от { $date }
