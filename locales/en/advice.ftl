## Issue 20 p. 2: what the seller's answer means and what to do next (flows/answers.py).
## One message per advice; each sentence rests on the fact-sheet item named beside it
## (shared/reference/law-facts.md). Dates come formatted by the dialogue.

# The seller's period for the demand, shared by the answers that leave the demand open.
# law-facts §1 Deadlines: ст. 21 replacement 7 days, 20 with a quality check [S4]; ст. 22 10 days
# of the day the demand is presented [S3]; ст. 26.1 refund within 10 days of the demand [S2];
# §5 Counting: the period runs from the day the demand is presented [S3]
# law-facts §1 Deadlines ст. 20 [S17]: a repair without a written term is due "immediately"; the
# 45 days are the most (reading notes: ст. 20 п. 1) → "no later than", never "the last day".
advice-clock = { $clock ->
        [repair] ⏱ The law wants a free repair done without delay; whatever the seller answers, no later than { $due }: 45 days is the limit (Consumer Protection Law, art. 20).
        [replacement] ⏱ When the seller checks the quality before a replacement, the law gives it 20 days from your claim: until { $due }.
        [due] ⏱ Your demand is still due by { $due }, whatever the seller answers.
        [passed] ⏱ The seller's period ended on { $due } and your demand is not met: you can escalate now.
       *[open] ⏱ The seller's period for your demand keeps running from the day your claim was delivered.
    }

# The demand, as the advice names it (flows/problems.Demand)
advice-demand = { $demand ->
        [refund] your money back
        [replacement] a replacement
        [repair] a free repair
        [price_cut] a price cut
        [new_date] delivery by a new date
        [refuse] to cancel the order
       *[none] what your claim asked
    }

# When the defect was first put in writing: the support chat before the claim, or the claim
# (law-facts §1 ст. 19 [S13]: defects *found* within the period)
advice-found = { $first ->
        [support] you first wrote to support about it on { $found }
       *[claim] your claim reached the seller on { $found }
    }

# no legal statement: the case is solved
advice-done = 🎉 The seller did what you asked — congratulations! I'm closing the case.

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
    🔍 <b>The seller wants to check the item.</b> The law allows it: the seller accepts the goods and may check their quality.
    • Hand the item over when they ask, and keep proof (a handover act, a receipt, a track number): since 1 Feb 2026, dodging the check can cost you the 50 % fine a court adds.{ $heavy ->
        [yes] {""}
            • The item weighs over 5 kg: for a repair, a price cut or a replacement the seller carries it, by its own means and at its own cost (Consumer Protection Law, art. 18). The law does not say so outright for a check, so ask the seller to collect it for the check too. If you carry it yourself, keep the receipts.
       *[no] {""}
    }{ $defect ->
        [yes] {""}
            • If you disagree about the defect, the expertise is at the seller's cost, and you may attend. Ask in writing to be there — the letter is below.
       *[no] {""}
    }
    { $when ->
        [dated] • The check is on { $on }: I'll remind you that day.
       *[open] • Ask them in writing when and where the check will be.
    }
    The check does not pause the seller's period.
    { advice-clock }

# practical: what was asked is offered; the period still holds (law-facts §1 Deadlines [S3][S4])
advice-offer-same =
    👍 <b>The seller offers what you asked for.</b> Agree the dates and the terms in writing, and keep the messages.
    { advice-clock }

# law-facts §1 ст. 18 [S16][S14a]: for a defect the consumer picks one remedy.
# law-facts §1 ст. 23.1 [S6]: on a delivery delay the consumer chooses a new date or a refund.
# law-facts §1 ст. 26.1 [S2]: refund within 10 days of the demand.
# law-facts §1 «Wrong item» [S125]: ГК ст. 468 п. 1 — refuse the goods, and if paid, the money back.
# practical (sheet silent on vouchers as such): an offer other than the demand may be refused.
advice-offer =
    🔁 <b>The seller offers something else.</b> { $ground ->
        [quality] For a defect, the law lets you choose the remedy (Consumer Protection Law, art. 18), and you chose { advice-demand }. The choice is yours, not the seller's.
        [prepaid] When paid-for goods are late, the law lets you choose a new delivery date or your money back (Consumer Protection Law, art. 23.1), and you chose { advice-demand }.
        [return] For goods you send back after an online purchase, the money is due within 10 days of your demand (Consumer Protection Law, art. 26.1).
        [wrong] When another item came instead of yours, you may refuse it and, if you paid, get your money back (Civil Code, art. 468(1)).
       *[other] Your claim asked for { advice-demand }.
    }
    { advice-offer-declined }
    { advice-clock }

# The offer named, and that it may be refused (practical: sheet silent on vouchers as such)
advice-offer-declined =
    { $offer ->
        [repair] A repair
        [replacement] A replacement
        [voucher] A voucher, a certificate or bonus points
       *[other] What they offer
    } is not what you asked for: you may say no and insist on your demand — the written reply is the button below.

# law-facts §1 ст. 18 [S16][S14a]: for a defect the consumer picks one remedy; [S14a][S14c]:
# technically complex goods — a refund or replacement within 15 days of handover, later only for a
# substantial defect, a missed repair term, or over 30 days a year of the warranty in repair.
advice-offer-tech =
    🔁 <b>The seller offers something else.</b> For a defect, the law lets you choose the remedy (Consumer Protection Law, art. 18){" "}— for technically complex goods, if your claim states a ground (within 15 days of handover, a substantial defect, a missed repair deadline, more than 30 days in a warranty year in repair) — and you chose { advice-demand }. The choice is yours, not the seller's.
    { advice-offer-declined }
    { advice-clock }

# no legal statement: a sum is "paid" only once the person said the day it came, else an offer
# (the lawyer's review of issue 20, blocker 1).
# sheet silent on "accepting part does not waive the rest": practical advice, no rule cited.
# law-facts §1 «Unpaid goods»: never sign «требований не имею» — a signed waiver is used against the buyer.
# law-facts §1 ст. 26.1 [S2]: the refund within 10 days; the seller may keep only its cost of
# carrying the returned goods back.
advice-partial =
    💰 <b>{ $paid ->
        [yes] The seller paid back only part.
       *[no] The seller offers only part.
    }</b> { $sums ->
        [rest] { $paid ->
            [yes] The seller paid you { $amount } ₽ on { $paid_on }
           *[no] The seller offers { $amount } ₽
        }; { $paid ->
            [yes] { $rest } ₽ of what you demanded is still unpaid.
           *[no] if you accept, { $rest } ₽ of what you demanded would still be unpaid.
        }
        [amount] { $paid ->
            [yes] The seller paid you { $amount } ₽ on { $paid_on }.
           *[no] The seller offers { $amount } ₽.
        }
       *[none] Part of your demand is still not met.
    }
    { $paid ->
        [yes] You have the money: tell the seller in writing that you accept it as a part and do not drop the rest of your demand
       *[no] If you take the money, say in writing that you accept it as a part and do not drop the rest of your demand
    }: «принимаю частично, от остальных требований не отказываюсь». The written reply below says exactly that. Don't sign anything saying you have no further claims.{ $ground ->
        [return] {""}
            When goods of proper quality are sent back, the seller may keep its cost of carrying the returned item back from you (Consumer Protection Law, art. 26.1). If the difference is exactly that cost, there is nothing to demand.
       *[other] {""}
    }
    { advice-clock }

# law-facts §1 «Правила продажи»: a missing detail may give the seller a pretext to delay.
# law-facts §5 Sending [S62]: the sender must prove delivery → keep proof.
# law-facts §5 Counting [S3]; §1 Deadlines [S2][S3][S4]: the period runs from the demand, not from
# the papers.
advice-documents =
    📎 <b>The seller asks for documents or details.</b> Send what is reasonable — the order number, photos, your bank details for a refund — and keep proof that you sent it: a missing detail can become an excuse for a delay.
    Asking for papers does not move the seller's period.
    { advice-clock }

# law-facts §1 Deadlines [S3][S4], §5 Counting [S3]: the period is the law's, counted from the
# demand; a promise does not move it.
advice-later =
    ⏳ <b>The seller promises to answer later.</b> { $promise ->
        [late] They name { $until } — after the day the law gives them. A promise does not move the legal date.
        [dated] They name { $until }: I'll remind you that day. A promise does not move the legal date.
       *[open] A promise does not move the legal date.
    }
    { advice-clock }

# defensive: an answer not sorted yet; law-facts §5 Counting [S3]
advice-unsorted =
    The seller answered.
    { advice-clock }

# law-facts §1 ст. 18 [S16]: in a dispute the expertise is at the seller's cost, the consumer may attend.
# sheet silent on a right to challenge the report and to an independent expertise (the draft
# rules' own expertise [S113] is unconfirmed): said as practical advice, no rule cited.
# Left out: "the consumer reimburses if found at fault" (unconfirmed).
# practical, no rule cited: keep the item as it is for an expertise (the lawyer's review, 27).
advice-refused-fault =
    ⚖️ <b>The seller blames you, citing an expert report.</b>
    • In a dispute the expertise is at the seller's cost, and you may attend it (Consumer Protection Law, art. 18). If you were not invited, say so.
    • If you disagree with the conclusion, write that you do not accept it and insist on your demand — the reply is below. A report of your own from an independent expert can back your side.
    • Do not repair the item yourself and do not hand it over without a signed act: it will be needed for an expertise, a court's included.
    • The seller has refused, so you can escalate now.

# law-facts §1 ст. 19 [S13]: defects found within the warranty or, with none, within 2 years of
# handover; periods run from handover.
# law-facts §1 ст. 19 [S49] (text unconfirmed → "may need"): after the warranty the consumer must
# prove the defect predates handover.
# law-facts §1 ст. 18 [S16]: in a dispute the expertise is at the seller's cost, the consumer may attend.
advice-refused-not-warranty =
    📅 <b>The seller says it is not a warranty case.</b> Where no warranty was set, the law lets you claim about a defect found within two years of handover (Consumer Protection Law, art. 19): you got the item on { $received }, so the two years run to { $two_years }. If the warranty is longer, it counts. If a shorter warranty has ended, you may need to show the defect was there before handover — an expertise does that.
    If they blame the way you used it, that is for a quality check: in a dispute it is at the seller's cost, and you may attend (art. 18).
    Insist in writing — the reply is below — or escalate now.

# law-facts §1 ст. 18 [S16]: the seller must accept the goods; §1 Deadlines ст. 20–22 [S3][S4]:
# the seller's periods; §1 ст. 12 «Other quality claims go to the seller named in the order».
# The issue's "ст. 18 п. 1, 3: the buyer chooses whom to claim from" is not in the sheet: not said.
advice-refused-manufacturer =
    🏭 <b>The seller sends you to the manufacturer or a service centre.</b> { $ground ->
        [quality] Your claim went to the seller, and the seller is the one who must answer it: it must accept the goods and meet your demand within its period (Consumer Protection Law, art. 18, 20–22). So the seller itself must take the item, not send you elsewhere.
       *[other] Your claim went to the seller, and the law gives the seller a period to meet your demand.
    }
    Insist in writing — the reply is below — or escalate now.
    { advice-clock }

# law-facts §1 ст. 26.1 [S1]: a lost receipt does not bar other proof (for a return only).
# For other grounds the sheet has no such point (the issue's ст. 18 п. 5, ст. 25 п. 1 are not in
# it): the other proof is named without a rule.
advice-refused-no-receipt =
    🧾 <b>The seller refuses for want of a receipt.</b> { $ground ->
        [return] A lost receipt does not stop you: other proof of the purchase counts (Consumer Protection Law, art. 26.1) — the order page, the e-receipt, your bank statement.
       *[other] You have other proof of the purchase: the order page in the app, the e-receipt the marketplace sent, your bank statement. Send them with your reply.
    }
    Insist in writing — the reply is below — or escalate now.

# law-facts §1 ст. 26.1 [S1]: returned goods must keep their look (товарный вид) and properties.
# law-facts §1 ст. 18 [S16] (the remedy of the consumer's choice), ст. 19 [S13] (defects found
# within the warranty or 2 years); the sheet has no point saying use bars a defect claim.
advice-refused-used =
    🧺 <b>The seller says the item was used.</b> { $ground ->
        [return] For goods sent back without a defect, the law asks that they keep their look and properties (Consumer Protection Law, art. 26.1). If the item was used so that it lost them, the seller may be right. If it was only unpacked or tried and looks as new, insist in writing — the reply is below.
        [quality] For a defect, the law gives you the remedy you choose (Consumer Protection Law, art. 18) and lets you claim defects found within the warranty or two years of handover (art. 19) — time in which an item is in use. If they blame the way you used it, that is for a quality check, at the seller's cost in a dispute, and you may attend (art. 18). Insist in writing — the reply is below — or escalate now.
       *[other] Ask them in writing which rule they rely on, and insist on your demand — the reply is below — or escalate now.
    }

# law-facts §5 «Жалоба в Роспотребнадзор» item 5: the reply is attached to a complaint
advice-refused-other =
    ❌ <b>The seller refused.</b> Keep the refusal: a complaint or a lawsuit goes with it. Insist on your demand in writing — the reply is below — or escalate now.

# law-facts §1 ст. 19 [S13]: periods run from handover; the item was never handed over.
advice-period-not-handed =
    📅 <b>The seller says a period has passed.</b> The periods the law sets for claims about the goods run from handover (Consumer Protection Law, art. 19), and the item was never handed to you. Ask them in writing which period they mean, and insist on your demand — the reply is below — or escalate now.

# no rule stated: the case's dates do not tell which period the seller means
advice-period-unknown =
    📅 <b>The seller says a period has passed.</b> I can't check that from your case's dates. Ask them in writing which period and which rule they mean, and insist on your demand — the reply is below — or escalate now.

# law-facts §1 ст. 19 [S13]: defects found within the warranty or, with none, within 2 years of handover.
advice-period-passed =
    📅 <b>The seller says the period has passed — by your dates, it has.</b> Where no warranty was set, a defect found within two years of handover may be claimed (Consumer Protection Law, art. 19). You got the item on { $received }; the two years ended on { $two_years }; { advice-found }.
    { $warranty ->
        [until] The warranty you named ended on { $until }, before you reported the defect. The seller is right about the period.
        [none] You say there is no warranty. The seller is right about the period.
       *[open] If the warranty is longer and still ran on that day, it counts, and the period has not passed — check the warranty card or the product page. Otherwise the seller is right about the period.
    }

# law-facts §1 ст. 18 [S14a][S14c]: technically complex goods — refund or replacement at will only
# within 15 days of handover; later only on the three grounds. ст. 19 [S13]: 2 years without a warranty.
advice-period-tech =
    📅 <b>The seller says the period has passed — for a refund or a replacement, by your dates, it has.</b> For technically complex goods, a refund or a replacement at will is open only within 15 days of handover (Consumer Protection Law, art. 18): you got the item on { $received }, the 15 days ended on { $fifteen }, your claim came on { $claimed }.
    Later it is open only for a substantial defect, a missed repair deadline, or more than 30 days in a warranty year lost to repairs. If one of these fits, make a new claim on that ground. If not, a free repair or a price cut is still yours — until { $two_years } where no warranty was set (art. 19).

# law-facts §1 ст. 19 [S13]; ст. 19 [S49] (text unconfirmed → "may need").
advice-period-within =
    📅 <b>The seller says the period has passed — by your dates, it has not.</b> Where no warranty was set, a defect found within two years of handover may be claimed (Consumer Protection Law, art. 19); a longer warranty counts. You got the item on { $received }; { advice-found }, within the two years (to { $two_years }).
    If a shorter warranty has ended, you may need to show the defect was there before handover — an expertise does that.
    Insist in writing — the reply is below — or escalate now.

# law-facts §1 ст. 19 [S13]: defects found within the warranty; periods run from handover.
advice-period-warranty =
    📅 <b>The seller says the period has passed — by your dates, it has not.</b> A defect found within the warranty may be claimed from the seller (Consumer Protection Law, art. 19). The warranty runs to { $until }; { advice-found }, within the warranty.
    Insist in writing — the reply is below — or escalate now.

# law-facts §1 ст. 19 [S13]: with no warranty set, defects found within 2 years of handover.
advice-period-no-warranty =
    📅 <b>The seller says the period has passed — by your dates, it has not.</b> Where no warranty was set, a defect found within two years of handover may be claimed (Consumer Protection Law, art. 19). You say there is no warranty; you got the item on { $received }; { advice-found }, within the two years (to { $two_years }).
    Insist in writing — the reply is below — or escalate now.

# law-facts §1 ст. 19 [S13]: periods run from handover; the 2 years as the outer limit.
# law-facts §1 ст. 19 [S49] (text unconfirmed → "may", no article or point cited): after the
# warranty, within 2 years, the consumer proves the defect predates handover — by an expertise.
advice-period-warranty-over =
    📅 <b>The seller says the period has passed. The warranty has ended, but the defect was found within two years.</b> The warranty ran to { $until }; you got the item on { $received }; { advice-found }, after the warranty but within two years of handover (to { $two_years }).
    Then you may need to show the defect was there before the item was handed to you. An expertise does that — best done before you send your reply.
    Insist in writing — the reply is below — or escalate now.

# law-facts §1 ст. 19 [S13]; ст. 19 [S49] (text unconfirmed → "may"): what the answer depends on,
# since the person does not know the warranty.
advice-period-within-unknown =
    📅 <b>The seller says the period has passed. It all turns on the warranty.</b> You got the item on { $received }; { advice-found }, within the two years (to { $two_years }).
    • Where no warranty was set, a defect found within two years of handover may be claimed (Consumer Protection Law, art. 19): the period has not passed.
    • If the warranty still ran when the defect was found, the period has not passed either.
    • If a shorter warranty has ended, you may need to show the defect was there before handover — an expertise does that.
    Look for the warranty's term on the warranty card, in the manual or on the product page. Then insist in writing — the reply is below — or escalate now.

# law-facts §1 ст. 26.1 [S1]: 7 days after handover; 3 months without written return terms given at delivery.
advice-period-return-within =
    📅 <b>The seller says the return period has passed — by your dates, it has not.</b> After an online purchase you may send goods back { $window ->
        [months] within 3 months of handover, as written return terms were not given at delivery
       *[week] within 7 days of handover
    } (Consumer Protection Law, art. 26.1). You got the item on { $received } and said you were returning it on { $declared }, within the period (to { $until }).
    Insist in writing — the reply is below — or escalate now.

# law-facts §1 ст. 26.1 [S1]: 7 days / 3 months; ст. 18, 19 [S16][S13]: a defect is another claim.
advice-period-return-passed =
    📅 <b>The seller says the return period has passed — by your dates, it has.</b> After an online purchase you may send goods back { $window ->
        [months] within 3 months of handover when written return terms were not given at delivery
       *[week] within 7 days of handover
    } (Consumer Protection Law, art. 26.1). You got the item on { $received }; the period ended on { $until }; you said you were returning it on { $declared }. Here the seller is right.
    If the item has a defect, that is another claim, with its own periods (art. 18, 19): start a new case for it.

# law-facts §1 ст. 26.1 [S1]: 7 days, or 3 months without written return terms given at delivery.
advice-period-return-terms =
    📅 <b>The seller says the return period has passed. One fact decides it.</b> After an online purchase you may send goods back within 7 days of handover, or within 3 months if written return terms (how and when to return) were not given at delivery (Consumer Protection Law, art. 26.1). You got the item on { $received } and said you were returning it on { $declared }: after the 7 days (to { $until }), within the 3 months (to { $months }).
    Check the parcel and the order page for written return terms. If there were none, the period has not passed: insist in writing. If they were given, the seller is right.

## The seller's path: the platform's answer to an appeal against a review

# no legal statement: the review is gone
advice-review-done = 🎉 The review is removed — congratulations! I'm closing the case.

# practical; the platform's own answer terms (15 days) are unconfirmed (law-facts §1.1): not said
advice-review-later =
    ⏳ <b>The platform promises to answer later.</b> { $promise ->
        [dated] They name { $until }: I'll remind you that day.
       *[open] Tell me when they answer.
    }

# practical: what supports an appeal (the review, the order, the proof)
advice-review-documents =
    📎 <b>The platform asks for more.</b> Send what they ask — the link to the review, the order it is about, your proof that its facts are untrue — and keep the request's number.

# law-facts §1.1 [S80][S81][S82]: from 01.10.2026 the operator runs a mandatory pre-trial complaint
# system for seller disputes, its rules in the contract; §7 [S100][S101]: ГК ст. 152 п. 1 (ИП),
# п. 1, 11 (a company), п. 8 (an author who cannot be identified); opinions are not refuted;
# §7 «Which court»: the bot says «арбитражный суд» (АПК article unconfirmed: not cited).
advice-review-kept =
    ❌ <b>The review stays up.</b> What is left:
    • from 1 Oct 2026 the platform must run a pre-trial complaint system for sellers (Federal Law No. 289-FZ): complain there, under the rules in your contract with the platform;
    • if the review states false facts — not an opinion — the arbitration court may order them refuted (Civil Code, art. 152(1){ $form ->
        [company] {" "}and (11)
       *[other] {""}
    }); if the author cannot be identified, you may apply to have them declared untrue (art. 152(8)).
