## The lawsuit

# §2: the court levels (ГПК ст. 23, 24); the court as the person named it (issue 17 p. 19)
doc-court-magistrate = Мировому судье судебного участка { $name }
doc-court-district = В { $name }
# §1 ст. 17: the venue note follows the court the person chose; none at the defendant's location
court-venue-residence = (иск предъявляется по месту жительства (пребывания) истца: п. 2 ст. 17 Закона РФ «О защите прав потребителей», ч. 7 ст. 29 ГПК РФ)
court-venue-contract = (иск предъявляется по месту заключения (исполнения) договора: п. 2 ст. 17 Закона РФ «О защите прав потребителей», ч. 7 ст. 29 ГПК РФ)
plaintiff-label = Истец:
plaintiff-birth = дата рождения: { $date }, место рождения: { $place }
# issue 17 p. 19: without consent a plain line to write in by hand, no instruction
plaintiff-birth-blank = ____________________________________________
plaintiff-id-snils = СНИЛС: { $number }
plaintiff-id-inn = ИНН: { $number }
plaintiff-id-passport = паспорт: серия и номер { $number }
plaintiff-id-licence = водительское удостоверение: серия и номер { $number }
plaintiff-id-blank = ____________________________________________
defendant-label = { $who ->
        [one] Ответчик 1:
        [two] Ответчик 2:
       *[none] Ответчик:
    }
claim-price = Цена иска: { $amount }
# §1 ст. 17: no duty up to 1 000 000 ₽ (НК ст. 333.36 пп. 4 п. 2)
duty-free = Государственная пошлина: не уплачивается (п. 3 ст. 17 Закона РФ «О защите прав потребителей», пп. 4 п. 2 ст. 333.36 НК РФ).
# §1 ст. 17: above 1 000 000 ₽ the duty on the whole price minus the duty on 1 000 000 ₽
duty-due = Государственная пошлина: { $amount } — пошлина с цены иска за вычетом пошлины, исчисленной с 1 000 000 руб. (п. 3 ст. 333.36, пп. 1 п. 1 ст. 333.19 НК РФ).
duty-unknown = Государственная пошлина: уплачивается с цены иска, превышающей 1 000 000 руб., по ставкам пп. 1 п. 1 ст. 333.19 НК РФ (п. 3 ст. 333.36 НК РФ).
lawsuit-title = ИСКОВОЕ ЗАЯВЛЕНИЕ
lawsuit-subtitle = о защите прав потребителя

# §1 ст. 18: refusing the contract, refund. Whether the demand's period ran out is said once,
# before this, by history-claim (history.ftl), from the demand's standing on the lawsuit's date
suit-refund = В соответствии со { $articles } я отказал{ $g ->
        [f] ась
        [m] ся
       *[x] ся(лась)
    } от исполнения договора купли-продажи и потребовал{ $g ->
        [f] а
        [m] {""}
       *[x] (а)
    } вернуть уплаченную за товар сумму.
suit-prepaid-refund = В соответствии со { $articles } в связи с нарушением срока передачи предварительно оплаченного товара я отказал{ $g ->
        [f] ась
        [m] ся
       *[x] ся(лась)
    } от исполнения договора купли-продажи и потребовал{ $g ->
        [f] а
        [m] {""}
       *[x] (а)
    } вернуть сумму предварительной оплаты.
# §1 ст. 12: the marketplace owes the prepayment [S21]; the seller owes it as well (ст. 23.1 п. 2
# [S6]), asked in the alternative so the claim stands if the ст. 12 conditions are found unmet
# the notice's delivery (or, returned unclaimed, its deemed delivery under ГК ст. 165.1, law-facts
# §5 Counting [S62]) is told once, by the claim's history above; here only what ст. 12 needs of
# it: that the seller was sent a notice refusing the contract for the late delivery (review of
# issue 21, minor 10: it was told twice) — «направлено», true of a chat message and of a letter
suit-marketplace = Ответчик 1 — владелец агрегатора, через которого оформлен и оплачен заказ; ответчик 2 — продавец товара, которому направлено уведомление об отказе от исполнения договора в связи с нарушением срока передачи товара. В соответствии со { $articles } ответчик 1 обязан вернуть сумму предварительной оплаты.{ $penalty ->
        [yes] {" "}Неустойка за нарушение срока передачи предварительно оплаченного товара подлежит взысканию с продавца — ответчика 2 (п. 3 ст. 23.1 Закона РФ «О защите прав потребителей»).
       *[no] {""}
    } Продавец — ответчик 2 — также обязан вернуть сумму предварительной оплаты (п. 2 ст. 23.1 Закона РФ «О защите прав потребителей»), поэтому это требование предъявляется к ответчику 1, а в случае отказа в его удовлетворении — к ответчику 2.
suit-return = В соответствии со { $articles } я отказал{ $g ->
        [f] ась
        [m] ся
       *[x] ся(лась)
    } от товара надлежащего качества, купленного дистанционным способом, и потребовал{ $g ->
        [f] а
        [m] {""}
       *[x] (а)
    } вернуть уплаченную за него сумму.
# §1 «Refund after a DEFECTIVE item was returned»: ст. 18, 22, 23 — the original demand, made
# with the return of the defective item; no "proper quality"
suit-return-defect = В соответствии со { $articles } в связи с недостатком товара я вернул{ $g ->
        [f] а
        [m] {""}
       *[x] (а)
    } товар продавцу и { $demanded ->
        [none] {""}
       *[other] { $demanded }{" "}
    }потребовал{ $g ->
        [f] а
        [m] {""}
       *[x] (а)
    } вернуть уплаченную за него сумму. Срок удовлетворения этого требования — 10 дней (ст. 22 того же Закона); за его нарушение подлежит уплате неустойка в размере 1 % цены товара за каждый день просрочки (п. 1 ст. 23 того же Закона).
# §1 «Repair delay = penalty»: the ст. 20 period missed, 1 % a day (ст. 23 п. 1), capped (500-ФЗ)
suit-repair-late = Товар был передан продавцу для устранения недостатков { $handed }; срок устранения недостатков — не более 45 дней (п. 1 ст. 20 Закона РФ «О защите прав потребителей») — истёк { $due }. За его нарушение подлежит уплате неустойка в размере 1 % цены товара за каждый день просрочки (п. 1 ст. 23 того же Закона): за период с { $start } по { $end } ({ $days } дн.) — { $sum }, но не более суммы, уплаченной по договору.
suit-price_cut = В соответствии со { $articles } я потребовал{ $g ->
        [f] а
        [m] {""}
       *[x] (а)
    } соразмерно уменьшить покупную цену товара на { $cut }.
# §1 ст. 18 (one remedy of the consumer's choice) and ст. 23 (deadlines of ст. 20–22 missed);
# §1 «Repair delay = penalty» + ст. 18 (ТСТ): after 15 days a refund or replacement of technically
# complex goods rests on the missed repair term; the lawsuit must say so
suit-switch-tech-repair-late = Товар является технически сложным; установленный законом срок устранения его недостатков нарушен, что даёт право на это требование и по истечении 15 дней со дня передачи товара (ст. 18 Закона РФ «О защите прав потребителей»).
# a switch is written only once the first demand was refused or its period ran out
# (suit.py _switchable refuses it before; the history line says which); after a refusal the
# sentence says the seller refused, with the answer's date, not «не исполнено» (review finding 12)
suit-switch = Поскольку { $state ->
        [refused] в удовлетворении требования { $first ->
            [repair] о безвозмездном устранении недостатков
            [replacement] о замене товара
           *[new_date] о передаче товара в новый срок — не позднее { $newdate }
        } продавец отказал{ $answered ->
            [none] {""}
           *[other] {" "}(ответ от { $answered })
        },
       *[other] требование { $first ->
            [repair] о безвозмездном устранении недостатков
            [replacement] о замене товара
           *[new_date] о передаче товара в новый срок — не позднее { $newdate } —
        } не исполнено,
    } я избираю иное требование: { $now ->
        [price_cut] соразмерно уменьшить покупную цену товара на { $cut }
       *[refund] отказываюсь от исполнения договора купли-продажи и требую вернуть уплаченную сумму
    } ({ $articles }).
# §5 «Иск»: losses each with its composition; §1 ст. 18 (full losses on top) [S16], ст. 23.1
# (losses on a delayed prepaid order) [S6] — the seller's, ответчик 2, where there are two
suit-losses = Кроме того, { $who ->
        [two] действиями продавца — ответчика 2 — мне
       *[none] мне
    } причинены убытки на общую сумму { $amount }: { $items }. Убытки подлежат возмещению в полном объёме ({ $basis ->
        [prepaid] п. 2 ст. 23.1
       *[quality] п. 1 ст. 18
    } Закона РФ «О защите прав потребителей»).
suit-loss-item = { $what } — { $amount }
penalty-label = Расчёт неустойки{ $who ->
        [two] , подлежащей взысканию с ответчика 2
       *[none] {""}
    } ({ $article }):
pt-base = Сумма, руб.
pt-rate = Ставка в день
pt-from = С
pt-to = По
pt-days = Дней
pt-raw = По ставке, руб.
pt-sum = Неустойка, руб.
# §1 ст. 23 cap (500-ФЗ) and ст. 23.1 cap
penalty-capped-delay = Неустойка ограничена суммой, уплаченной по договору, — { $cap } (ст. 23 Закона РФ «О защите прав потребителей» в редакции Федерального закона от 28.12.2025 № 500-ФЗ); этот предел достигнут.
penalty-capped-prepaid = Неустойка ограничена суммой предварительной оплаты — { $cap } (п. 3 ст. 23.1 Закона РФ «О защите прав потребителей»); этот предел достигнут.
# §1 court reduction since 01.02.2026 (ГК ст. 333 test) [S72][S73]
penalty-reduction = Неустойка рассчитана по установленной законом ставке; суд вправе уменьшить её, если сочтёт явно несоразмерной последствиям нарушения (ст. 333 ГК РФ).
# §1 ст. 15
suit-moral = Нарушением моих прав как потребителя мне причинён моральный вред, который я оцениваю в { $amount } (ст. 15 Закона РФ «О защите прав потребителей»).
# §1 Sanctions: ст. 13 п. 6; not awarded when the consumer evaded a quality check (500-ФЗ)
suit-fine = Требование{ $partial ->
        [yes] {" "}в полном объёме
       *[no] {""}
    } не удовлетворено в добровольном порядке, поэтому прошу взыскать штраф в размере 50 % присуждённой суммы (п. 6 ст. 13 Закона РФ «О защите прав потребителей»).
# issue 20: once the seller asked for the item for a check, whether it was handed over is not known
# to the bot — only the claim's offer is stated, never «не уклонялся»
suit-fine-check = { $asked ->
        [yes] В претензии я предложил{ $g ->
            [f] а
            [m] {""}
           *[x] (а)
        } передать товар для проверки.
       *[no] От проверки качества товара я не уклонял{ $g ->
            [f] ась
            [m] ся
           *[x] ся(лась)
        }: в претензии я предложил{ $g ->
            [f] а
            [m] {""}
           *[x] (а)
        } передать товар для проверки.
    }
lawsuit-ask = На основании изложенного, руководствуясь ст. 131–132 ГПК РФ, прошу взыскать { $who ->
        [both] в мою пользу:
       *[none] с ответчика в мою пользу:
    }
# issue 20: a part the seller paid back (its answer cited above) is taken off, said so
ask-refund = { $who ->
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }уплаченную за товар сумму{ $repaid ->
        [none] {""}
       *[other] {" "}за вычетом выплаченных мне продавцом { $repaid } —
    } { $amount }
ask-prepaid-refund = { $who ->
        [alt] с ответчика 1, а в случае отказа в удовлетворении этого требования к ответчику 1 — с ответчика 2,{" "}
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }сумму предварительной оплаты{ $repaid ->
        [none] {""}
       *[other] {" "}за вычетом выплаченных мне продавцом { $repaid } —
    } { $amount }
ask-price_cut = { $who ->
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }сумму соразмерного уменьшения покупной цены{ $repaid ->
        [none] {""}
       *[other] {" "}за вычетом выплаченных мне продавцом { $repaid } —
    } { $amount }
# §1 «Repair delay = penalty»: ст. 23 п. 1 for the ст. 20 period missed
ask-repair-penalty = { $who ->
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }неустойку за нарушение срока устранения недостатков товара за период с { $from } по { $to } в размере { $amount }
# §1 «Late ст. 26.1 refund»: ГК ст. 395 interest from the day after the 10 days to payment
# (Пленум ВС № 7 of 24.03.2016 unconfirmed: not cited); a demand without a figure, not in the price
ask-interest = { $who ->
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }проценты за пользование чужими денежными средствами на сумму { $amount } (ст. 395 ГК РФ) начиная с { $from } по день фактического возврата
# the same interest on the larger sum owed before a part was paid back, to that day (review
# finding 26; §1 «Late ст. 26.1 refund»)
ask-interest-period = { $who ->
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }проценты за пользование чужими денежными средствами на сумму { $amount } (ст. 395 ГК РФ) за период с { $from } по { $to }
ask-losses = { $who ->
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }убытки в размере { $amount }
ask-penalty-capped = { $who ->
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }неустойку за период с { $from } по { $to } в размере { $amount }
ask-penalty = { $who ->
        [one] с ответчика 1{" "}
        [two] с ответчика 2{" "}
        [both] с ответчиков{" "}
       *[none] {""}
    }неустойку за период с { $from } по { $to } в размере { $amount }, а также неустойку с { $next } по день фактического исполнения обязательства в размере { $perday } за каждый день, но в общей сумме не более { $cap }
ask-moral = { $who ->
        [both] с каждого из ответчиков компенсацию морального вреда в размере { $half }
       *[none] компенсацию морального вреда в размере { $amount }
    }
ask-fine = { $who ->
        [both] с каждого из ответчиков штраф в размере 50 % от суммы, присуждённой с него
       *[none] штраф в размере 50 % от присуждённой суммы
    } (п. 6 ст. 13 Закона РФ «О защите прав потребителей»)
