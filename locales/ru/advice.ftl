## Issue 20 p. 2: what the seller's answer means and what to do next (flows/answers.py).
## One message per advice; each sentence rests on the fact-sheet item named beside it
## (shared/reference/law-facts.md). Dates come formatted by the dialogue.

# The seller's period for the demand, shared by the answers that leave the demand open.
# law-facts §1 Deadlines: ст. 21 replacement 7 days, 20 with a quality check [S4]; ст. 22 10 days
# of the day the demand is presented [S3]; ст. 26.1 refund within 10 days of the demand [S2];
# §5 Counting: the period runs from the day the demand is presented [S3]
# law-facts §1 Deadlines ст. 20 [S17]: a repair without a written term is due "immediately"; the
# 45 days are the most (reading notes: ст. 20 п. 1) → «не позже», never «последний день».
advice-clock = { $clock ->
        [repair] ⏱ Бесплатный ремонт закон требует сделать незамедлительно; что бы продавец ни ответил — не позже { $due }: 45 дней — это предел (ст. 20 Закона о защите прав потребителей).
        [replacement] ⏱ Если перед заменой продавец проверяет качество, закон даёт ему 20 дней с получения претензии — до { $due }.
        [due] ⏱ Что бы продавец ни ответил, срок для вашего требования прежний: последний день — { $due }.
        [passed] ⏱ Срок продавца истёк { $due }, а требование не выполнено: можно переходить к следующему шагу.
       *[open] ⏱ Срок для вашего требования идёт со дня доставки претензии.
    }

# The demand, as the advice names it (flows/problems.Demand), in the accusative
advice-demand = { $demand ->
        [refund] возврат денег
        [replacement] замену товара
        [repair] бесплатный ремонт
        [price_cut] уменьшение цены
        [new_date] доставку к новому сроку
        [refuse] отказ от заказа
       *[none] то, что указано в претензии
    }

# When the defect was first put in writing: the support chat before the claim, or the claim
# (law-facts §1 ст. 19 [S13]: defects *found* within the period)
advice-found = { $first ->
        [support] в поддержку о нём вы впервые написали { $found }
       *[claim] претензия дошла до продавца { $found }
    }

# no legal statement: the case is solved
advice-done = 🎉 Продавец выполнил ваше требование — поздравляю! Закрываю дело.

# law-facts §1 ст. 18 [S16]: the seller must accept the goods and may check quality; in a
# dispute the expertise is at the seller's cost and the consumer may attend.
# law-facts §1 ст. 18 + Sanctions [S70][S72]: since 01.02.2026 evading the check can cost the
# 50 % fine (ст. 13 п. 6 [S7]) → hand the item over and keep proof.
# law-facts §1 Deadlines ст. 21 [S4] (the 20 days include the check), ст. 22 [S3]; §5 Counting
# [S3]: the period runs from the demand, the check does not pause it.
# The expertise bullet only where a defect is disputed: not for a ст. 26.1 return or another item.
# law-facts §1 ст. 18 [S124] (point п. 7 unconfirmed → the article only): goods over 5 kg are
# carried for repair, price cut or replacement by the seller at its cost; if it does not, the
# consumer carries them and is reimbursed. A check is not named there (the lawyer's review, S7):
# said as a request to the seller, no rule cited.
advice-check =
    🔍 <b>Продавец хочет проверить товар.</b> Закон это позволяет: продавец принимает товар и вправе проверить его качество.
    • Передайте товар, когда попросят, и сохраните подтверждение (акт приёма, квитанцию, трек-номер): с 01.02.2026 уклонение от проверки может лишить вас штрафа 50 %, который добавляет суд.{ $heavy ->
        [yes] {""}
            • Товар тяжелее 5 кг: для ремонта, уценки или замены его доставляет продавец своими силами и за свой счёт (ст. 18 Закона о защите прав потребителей). О проверке закон этого прямо не говорит, поэтому попросите продавца забрать товар и для проверки. Если повезёте сами — сохраните чеки за доставку.
       *[no] {""}
    }{ $defect ->
        [yes] {""}
            • Если вы не согласны с продавцом насчёт недостатка, экспертиза проводится за его счёт, и вы вправе на ней присутствовать. Попросите письменно, чтобы вас позвали, — письмо ниже.
       *[no] {""}
    }
    { $when ->
        [dated] • Проверка назначена на { $on }: я напомню в этот день.
       *[open] • Попросите письменно сообщить, когда и где пройдёт проверка.
    }
    Проверка не останавливает срок продавца.
    { advice-clock }

# practical: what was asked is offered; the period still holds (law-facts §1 Deadlines [S3][S4])
advice-offer-same =
    👍 <b>Продавец предлагает то, что вы и просили.</b> Договоритесь о сроках и условиях письменно и сохраните переписку.
    { advice-clock }

# law-facts §1 ст. 18 [S16][S14a]: for a defect the consumer picks one remedy.
# law-facts §1 ст. 23.1 [S6]: on a delivery delay the consumer chooses a new date or a refund.
# law-facts §1 ст. 26.1 [S2]: refund within 10 days of the demand.
# law-facts §1 «Wrong item» [S125]: ГК ст. 468 п. 1 — refuse the goods, and if paid, the money back.
# practical (sheet silent on vouchers as such): an offer other than the demand may be refused.
advice-offer =
    🔁 <b>Продавец предлагает другое.</b> { $ground ->
        [quality] При недостатке товара способ решения выбираете вы (ст. 18 Закона о защите прав потребителей), и вы выбрали { advice-demand }. Это ваш выбор, а не продавца.
        [prepaid] Когда оплаченный товар не доставлен в срок, закон даёт вам выбор: новый срок доставки или возврат денег (ст. 23.1 Закона о защите прав потребителей), и вы выбрали { advice-demand }.
        [return] За товар, от которого вы отказались при покупке онлайн, деньги возвращают в течение 10 дней с вашего требования (ст. 26.1 Закона о защите прав потребителей).
        [wrong] Если вместо вашего товара привезли другой, от него можно отказаться, а если он оплачен — потребовать деньги назад (п. 1 ст. 468 ГК РФ).
       *[other] В претензии вы потребовали { advice-demand }.
    }
    { advice-offer-declined }
    { advice-clock }

# The offer named, and that it may be refused (practical: sheet silent on vouchers as such)
advice-offer-declined =
    { $offer ->
        [repair] Ремонт
        [replacement] Замена
        [voucher] Сертификат, купон или бонусные баллы
       *[other] Предложенное
    } — не то, что вы требовали: можно отказаться и настаивать на своём требовании. Письменный ответ — по кнопке ниже.

# law-facts §1 ст. 18 [S16][S14a]: for a defect the consumer picks one remedy; [S14a][S14c]:
# technically complex goods — a refund or replacement within 15 days of handover, later only for a
# substantial defect, a missed repair term, or over 30 days a year of the warranty in repair.
advice-offer-tech =
    🔁 <b>Продавец предлагает другое.</b> При недостатке товара способ решения выбираете вы (ст. 18 Закона о защите прав потребителей), для технически сложного товара — если в претензии указано основание (15 дней с получения, существенный недостаток, нарушение срока ремонта, более 30 дней в ремонте за год гарантии), и вы выбрали { advice-demand }. Это ваш выбор, а не продавца.
    { advice-offer-declined }
    { advice-clock }

# no legal statement: a sum is «перечислил» only once the person said the day it came, else an
# offer (the lawyer's review of issue 20, blocker 1).
# sheet silent on "accepting part does not waive the rest": practical advice, no rule cited.
# law-facts §1 «Unpaid goods»: never sign «требований не имею» — a signed waiver is used against the buyer.
# law-facts §1 ст. 26.1 [S2]: the refund within 10 days; the seller may keep only its cost of
# carrying the returned goods back.
advice-partial =
    💰 <b>{ $paid ->
        [yes] Продавец вернул только часть.
       *[no] Продавец предлагает только часть.
    }</b> { $sums ->
        [rest] Продавец { $paid ->
            [yes] перечислил
           *[no] предлагает
        } { $amount } ₽{ $paid ->
            [yes] {" "}({ $paid_on })
           *[no] {""}
        }; { $paid ->
            [yes] { $rest } ₽ из того, что вы требовали, остаются не выплачены.
           *[no] если вы согласитесь, ещё { $rest } ₽ из того, что вы требовали, останутся не выплачены.
        }
        [amount] Продавец { $paid ->
            [yes] перечислил
           *[no] предлагает
        } { $amount } ₽{ $paid ->
            [yes] {" "}({ $paid_on })
           *[no] {""}
        }.
       *[none] Часть вашего требования так и не выполнена.
    }
    { $paid ->
        [yes] Деньги вы уже получили: напишите продавцу, что принимаете их как часть и от остального не отказываетесь
       *[no] Если согласитесь взять эту сумму, напишите, что принимаете её как часть и от остального не отказываетесь
    }: «принимаю частично, от остальных требований не отказываюсь». Такой письменный ответ — по кнопке ниже. Не подписывайте ничего со словами «претензий не имею».{ $ground ->
        [return] {""}
            При возврате товара надлежащего качества продавец вправе удержать свои расходы на доставку возвращённого товара от вас (ст. 26.1 Закона о защите прав потребителей). Если разница — именно эти расходы, требовать её не нужно.
       *[other] {""}
    }
    { advice-clock }

# law-facts §1 «Правила продажи»: a missing detail may give the seller a pretext to delay.
# law-facts §5 Sending [S62]: the sender must prove delivery → keep proof.
# law-facts §5 Counting [S3]; §1 Deadlines [S2][S3][S4]: the period runs from the demand, not from
# the papers.
advice-documents =
    📎 <b>Продавец просит документы или сведения.</b> Отправьте то, что разумно: номер заказа, фото, реквизиты для возврата денег — и сохраните подтверждение отправки: недостающие сведения могут стать поводом затянуть дело.
    Запрос документов не сдвигает срок продавца.
    { advice-clock }

# law-facts §1 Deadlines [S3][S4], §5 Counting [S3]: the period is the law's, counted from the
# demand; a promise does not move it.
advice-later =
    ⏳ <b>Продавец обещает ответить позже.</b> { $promise ->
        [late] Называет { $until } — позже дня, который даёт закон. Обещание не сдвигает срок по закону.
        [dated] Называет { $until }: я напомню в этот день. Обещание не сдвигает срок по закону.
       *[open] Обещание не сдвигает срок по закону.
    }
    { advice-clock }

# defensive: an answer not sorted yet; law-facts §5 Counting [S3]
advice-unsorted =
    Продавец ответил.
    { advice-clock }

# law-facts §1 ст. 18 [S16]: in a dispute the expertise is at the seller's cost, the consumer may attend.
# sheet silent on a right to challenge the report and to an independent expertise (the draft
# rules' own expertise [S113] is unconfirmed): said as practical advice, no rule cited.
# Left out: "the consumer reimburses if found at fault" (unconfirmed).
# practical, no rule cited: keep the item as it is for an expertise (the lawyer's review, 27).
advice-refused-fault =
    ⚖️ <b>Продавец винит вас и ссылается на экспертизу.</b>
    • При споре экспертиза проводится за счёт продавца, и вы вправе на ней присутствовать (ст. 18 Закона о защите прав потребителей). Если вас не позвали — скажите об этом.
    • Если вы не согласны с выводом, напишите, что не принимаете его, и настаивайте на своём требовании — ответ ниже. Собственное заключение независимого эксперта может подкрепить вашу позицию.
    • Не ремонтируйте товар сами и не отдавайте его без акта: он понадобится для экспертизы, в том числе судебной.
    • Продавец отказал, так что можно переходить к следующему шагу уже сейчас.

# law-facts §1 ст. 19 [S13]: defects found within the warranty or, with none, within 2 years of
# handover; periods run from handover.
# law-facts §1 ст. 19 [S49] (text unconfirmed → "may need"): after the warranty the consumer must
# prove the defect predates handover.
# law-facts §1 ст. 18 [S16]: in a dispute the expertise is at the seller's cost, the consumer may attend.
advice-refused-not-warranty =
    📅 <b>Продавец говорит, что случай не гарантийный.</b> Если гарантия не установлена, о недостатке, обнаруженном в течение двух лет с получения товара, можно заявить по закону (ст. 19 Закона о защите прав потребителей): вы получили товар { $received }, два года идут до { $two_years }. Если гарантия дольше — действует она. Если более короткая гарантия уже кончилась, возможно, придётся доказать, что недостаток был до передачи товара, — для этого делают экспертизу.
    Если продавец винит то, как вы пользовались товаром, это вопрос проверки качества: при споре она за его счёт, и вы вправе присутствовать (ст. 18).
    Настаивайте письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 18 [S16]: the seller must accept the goods; §1 Deadlines ст. 20–22 [S3][S4]:
# the seller's periods; §1 ст. 12 «Other quality claims go to the seller named in the order».
# The issue's "ст. 18 п. 1, 3: the buyer chooses whom to claim from" is not in the sheet: not said.
advice-refused-manufacturer =
    🏭 <b>Продавец отправляет вас к производителю или в сервисный центр.</b> { $ground ->
        [quality] Претензию вы направили продавцу, и отвечать по ней должен продавец: он обязан принять товар и выполнить требование в свой срок (ст. 18, 20–22 Закона о защите прав потребителей). Значит, принять товар должен сам продавец, а не отсылать вас к другим.
       *[other] Претензию вы направили продавцу, и закон даёт продавцу срок, чтобы выполнить ваше требование.
    }
    Настаивайте письменно — ответ ниже — или переходите к следующему шагу.
    { advice-clock }

# law-facts §1 ст. 26.1 [S1]: a lost receipt does not bar other proof (for a return only).
# For other grounds the sheet has no such point (the issue's ст. 18 п. 5, ст. 25 п. 1 are not in
# it): the other proof is named without a rule.
advice-refused-no-receipt =
    🧾 <b>Продавец отказывает, потому что нет чека.</b> { $ground ->
        [return] Потеря чека не мешает: покупку можно подтвердить другими доказательствами (ст. 26.1 Закона о защите прав потребителей) — страницей заказа, электронным чеком, выпиской из банка.
       *[other] Покупку подтверждают и другие доказательства: страница заказа в приложении, электронный чек от маркетплейса, выписка из банка. Приложите их к ответу.
    }
    Настаивайте письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 26.1 [S1]: returned goods must keep their look (товарный вид) and properties.
# law-facts §1 ст. 18 [S16] (the remedy of the consumer's choice), ст. 19 [S13] (defects found
# within the warranty or 2 years); the sheet has no point saying use bars a defect claim.
advice-refused-used =
    🧺 <b>Продавец говорит, что товаром пользовались.</b> { $ground ->
        [return] Товар без недостатков, от которого вы отказываетесь, должен сохранить товарный вид и потребительские свойства (ст. 26.1 Закона о защите прав потребителей). Если им пользовались так, что он их потерял, продавец может быть прав. Если его только распаковали или примерили и он как новый — настаивайте письменно, ответ ниже.
        [quality] При недостатке закон даёт вам выбранный вами способ решения (ст. 18 Закона о защите прав потребителей) и позволяет заявить о недостатке, обнаруженном в гарантийный срок или в течение двух лет с получения товара (ст. 19), — то есть в то время, когда товаром пользуются. Если продавец винит то, как вы пользовались товаром, это вопрос проверки качества: при споре она за его счёт, и вы вправе присутствовать (ст. 18). Настаивайте письменно — ответ ниже — или переходите к следующему шагу.
       *[other] Попросите письменно назвать правило, на которое ссылается продавец, и настаивайте на своём требовании — ответ ниже — или переходите к следующему шагу.
    }

# law-facts §5 «Жалоба в Роспотребнадзор» item 5: the reply is attached to a complaint
advice-refused-other =
    ❌ <b>Продавец отказал.</b> Сохраните отказ: его прикладывают к жалобе и к иску. Настаивайте на своём требовании письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 19 [S13]: periods run from handover; the item was never handed over.
advice-period-not-handed =
    📅 <b>Продавец говорит, что срок прошёл.</b> Сроки, которые закон устанавливает для претензий к товару, считают с его передачи (ст. 19 Закона о защите прав потребителей), а товар вам так и не передали. Попросите письменно назвать, о каком сроке речь, и настаивайте на своём требовании — ответ ниже — или переходите к следующему шагу.

# no rule stated: the case's dates do not tell which period the seller means
advice-period-unknown =
    📅 <b>Продавец говорит, что срок прошёл.</b> По датам вашего дела я не могу это проверить. Попросите письменно назвать срок и правило, на которое ссылается продавец, и настаивайте на своём требовании — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 19 [S13]: defects found within the warranty or, with none, within 2 years of handover.
advice-period-passed =
    📅 <b>Продавец говорит, что срок прошёл, — и по вашим датам это так.</b> Если гарантия не установлена, о недостатке, обнаруженном в течение двух лет с получения товара, можно заявить по закону (ст. 19 Закона о защите прав потребителей). Вы получили товар { $received }; два года истекли { $two_years }; { advice-found }.
    { $warranty ->
        [until] Гарантия, которую вы назвали, кончилась { $until } — раньше, чем вы заявили о недостатке. Продавец прав насчёт срока.
        [none] Гарантии, по вашим словам, нет. Продавец прав насчёт срока.
       *[open] Если гарантия дольше и в тот день ещё действовала — считается она, и срок не прошёл: проверьте гарантийный талон или карточку товара. Иначе продавец прав насчёт срока.
    }

# law-facts §1 ст. 18 [S14a][S14c]: technically complex goods — refund or replacement at will only
# within 15 days of handover; later only on the three grounds. ст. 19 [S13]: 2 years without a warranty.
advice-period-tech =
    📅 <b>Продавец говорит, что срок прошёл, — для возврата денег или замены по вашим датам это так.</b> Технически сложный товар можно вернуть или заменить по желанию только в течение 15 дней после получения (ст. 18 Закона о защите прав потребителей): вы получили товар { $received }, 15 дней истекли { $fifteen }, претензия дошла { $claimed }.
    Позже это возможно только при существенном недостатке, нарушении сроков ремонта или если товар больше 30 дней за год гарантии был в ремонте. Если одно из этого подходит — направьте новую претензию с этим основанием. Если нет, остаются бесплатный ремонт или уменьшение цены — до { $two_years }, если гарантия не установлена (ст. 19).

# law-facts §1 ст. 19 [S13]; ст. 19 [S49] (text unconfirmed → "возможно").
advice-period-within =
    📅 <b>Продавец говорит, что срок прошёл, — но по вашим датам это не так.</b> Если гарантия не установлена, о недостатке, обнаруженном в течение двух лет с получения товара, можно заявить по закону (ст. 19 Закона о защите прав потребителей); если гарантия дольше — действует она. Вы получили товар { $received }; { advice-found } — в пределах двух лет (до { $two_years }).
    Если более короткая гарантия уже кончилась, возможно, придётся доказать, что недостаток был до передачи товара, — для этого делают экспертизу.
    Настаивайте письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 19 [S13]: defects found within the warranty; periods run from handover.
advice-period-warranty =
    📅 <b>Продавец говорит, что срок прошёл, — но по вашим датам это не так.</b> О недостатке, обнаруженном в гарантийный срок, можно заявить продавцу (ст. 19 Закона о защите прав потребителей). Гарантия на товар — до { $until }; { advice-found } — в пределах гарантии.
    Настаивайте письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 19 [S13]: with no warranty set, defects found within 2 years of handover.
advice-period-no-warranty =
    📅 <b>Продавец говорит, что срок прошёл, — но по вашим датам это не так.</b> Если гарантия не установлена, о недостатке, обнаруженном в течение двух лет с получения товара, можно заявить по закону (ст. 19 Закона о защите прав потребителей). Гарантии, по вашим словам, нет; вы получили товар { $received }; { advice-found } — в пределах двух лет (до { $two_years }).
    Настаивайте письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 19 [S13]: periods run from handover; the 2 years as the outer limit.
# law-facts §1 ст. 19 [S49] (text unconfirmed → "возможно", no article or point cited): after the
# warranty, within 2 years, the consumer proves the defect predates handover — by an expertise.
advice-period-warranty-over =
    📅 <b>Продавец говорит, что срок прошёл. Гарантия кончилась, но недостаток обнаружен в пределах двух лет.</b> Гарантия на товар была до { $until }; вы получили товар { $received }; { advice-found } — уже после гарантии, но в пределах двух лет со дня получения (до { $two_years }).
    В таком случае, возможно, придётся доказать, что недостаток был до передачи вам товара. Для этого делают экспертизу — лучше сделать её до того, как отправлять ответ продавцу.
    Настаивайте письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 19 [S13]; ст. 19 [S49] (text unconfirmed → "возможно"): what the answer
# depends on, since the person does not know the warranty.
advice-period-within-unknown =
    📅 <b>Продавец говорит, что срок прошёл. Всё зависит от гарантии.</b> Вы получили товар { $received }; { advice-found } — в пределах двух лет (до { $two_years }).
    • Если гарантия не установлена, о недостатке, обнаруженном в течение двух лет с получения товара, можно заявить по закону (ст. 19 Закона о защите прав потребителей) — срок не прошёл.
    • Если гарантия ещё действовала, когда недостаток обнаружили, — срок тоже не прошёл.
    • Если гарантия короче и уже кончилась, возможно, придётся доказать, что недостаток был до передачи товара, — для этого делают экспертизу.
    Найдите срок гарантии в гарантийном талоне, инструкции или карточке товара. Затем настаивайте письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 26.1 [S1]: 7 days after handover; 3 months without written return terms given at delivery.
advice-period-return-within =
    📅 <b>Продавец говорит, что срок возврата прошёл, — но по вашим датам это не так.</b> От товара, купленного онлайн, можно отказаться { $window ->
        [months] в течение 3 месяцев после получения, раз письменные условия возврата при доставке не дали
       *[week] в течение 7 дней после получения
    } (ст. 26.1 Закона о защите прав потребителей). Вы получили товар { $received } и заявили об отказе { $declared } — в срок (до { $until }).
    Настаивайте письменно — ответ ниже — или переходите к следующему шагу.

# law-facts §1 ст. 26.1 [S1]: 7 days / 3 months; ст. 18, 19 [S16][S13]: a defect is another claim.
advice-period-return-passed =
    📅 <b>Продавец говорит, что срок возврата прошёл, — и по вашим датам это так.</b> От товара, купленного онлайн, можно отказаться { $window ->
        [months] в течение 3 месяцев после получения, если письменные условия возврата при доставке не дали
       *[week] в течение 7 дней после получения
    } (ст. 26.1 Закона о защите прав потребителей). Вы получили товар { $received }; срок истёк { $until }; об отказе вы заявили { $declared }. Здесь продавец прав.
    Если в товаре есть недостаток — это другая претензия, со своими сроками (ст. 18, 19): заведите для неё новое дело.

# law-facts §1 ст. 26.1 [S1]: 7 days, or 3 months without written return terms given at delivery.
advice-period-return-terms =
    📅 <b>Продавец говорит, что срок возврата прошёл. Всё решает один факт.</b> От товара, купленного онлайн, можно отказаться в течение 7 дней после получения, а если письменные условия возврата (как и в какой срок вернуть) при доставке не дали — в течение 3 месяцев (ст. 26.1 Закона о защите прав потребителей). Вы получили товар { $received } и заявили об отказе { $declared }: после 7 дней (до { $until }), но в пределах 3 месяцев (до { $months }).
    Проверьте посылку и страницу заказа: были ли письменные условия возврата. Если их не было, срок не прошёл — настаивайте письменно. Если были, продавец прав.

## The seller's path: the platform's answer to an appeal against a review

# no legal statement: the review is gone
advice-review-done = 🎉 Отзыв скрыли — поздравляю! Закрываю обращение.

# practical; the platform's own answer terms (15 days) are unconfirmed (law-facts §1.1): not said
advice-review-later =
    ⏳ <b>Площадка обещает ответить позже.</b> { $promise ->
        [dated] Называет { $until }: я напомню в этот день.
       *[open] Сообщите мне, когда ответят.
    }

# practical: what supports an appeal (the review, the order, the proof)
advice-review-documents =
    📎 <b>Площадка просит дополнить жалобу.</b> Отправьте то, что просят: ссылку на отзыв, заказ, о котором он, доказательства, что изложенные в нём факты не соответствуют действительности, — и сохраните номер заявки.

# law-facts §1.1 [S80][S81][S82]: from 01.10.2026 the operator runs a mandatory pre-trial complaint
# system for seller disputes, its rules in the contract; §7 [S100][S101]: ГК ст. 152 п. 1 (ИП),
# п. 1, 11 (a company), п. 8 (an author who cannot be identified); opinions are not refuted;
# §7 «Which court»: the bot says «арбитражный суд» (АПК article unconfirmed: not cited).
advice-review-kept =
    ❌ <b>Отзыв оставили.</b> Что остаётся:
    • с 01.10.2026 площадка обязана рассматривать жалобы продавцов в досудебном порядке (Федеральный закон № 289-ФЗ): пожалуйтесь туда по правилам вашего договора с площадкой;
    • если в отзыве ложные сведения о фактах, а не мнение, арбитражный суд может обязать их опровергнуть ({ $form ->
        [company] п. 1, 11
       *[other] п. 1
    } ст. 152 ГК РФ); если автора установить нельзя — можно просить признать сведения не соответствующими действительности (п. 8 ст. 152 ГК РФ).
