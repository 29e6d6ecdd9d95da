## The case file: a case's timeline in /cases, its card, and the closing question (issue 20 p. 3, 4).
## Each timeline line is a `tl-…` message; its date is printed before it.

tl-started = Case started in the bot
tl-ordered = Order placed
tl-received = Item received
tl-return-sent = Item sent back to the seller
tl-return-demanded = Refund demanded for the returned item
tl-repair-handed = Item handed in for repair
tl-repair-returned = Item back from repair
tl-support-written = Wrote to support{ $channel ->
    [app_chat] {""} in the app chat
    [email] {""} by e-mail
    [phone] {""} by phone
   *[other] {""}
}
tl-support-outcome = Support's answer: { $outcome ->
    [solved] solved
    [waiting] promised to look into it
    [refused] refused
    [no_answer] no answer
   *[other] recorded
}
tl-claim-made = Claim written
tl-claim-delivered = Claim delivered to the seller{ $method ->
    [chat] {""} (in the chat)
    [post] {""} (by post)
    [in_person] {""} (in person)
   *[other] {""}
}
tl-marketplace-delivered = Demand delivered to the marketplace{ $method ->
    [chat] {""} (in the chat)
    [post] {""} (by post)
    [in_person] {""} (in person)
   *[other] {""}
}
tl-escalate = { $reason ->
    [refused] The seller refused — next steps chosen
   *[other] Decided to escalate without waiting for an answer
}
tl-escalation-prepared = Complaint prepared { $route ->
    [rospotrebnadzor] to Rospotrebnadzor
    [court] to court
    [fas] to the FAS
    [police] to the police
    [prosecutor] to the prosecutor
   *[other] {""}
}
tl-escalation-filed = Complaint filed { $route ->
    [rospotrebnadzor] to Rospotrebnadzor
    [court] to court
    [fas] to the FAS
    [police] to the police
    [prosecutor] to the prosecutor
   *[other] {""}
}
tl-police-filed = Report filed with the police
tl-police-decided = Police decision: { $answer ->
    [not_registered] the report was not accepted
    [refused_case] refused to open a case
    [no_answer] no answer
   *[other] recorded
}
tl-appeal-made = Review appeal written
tl-reply = Seller's answer no. { $number }: { $kind ->
    [done] did everything
    [check] asks for the item for a quality check
    [offer] offers { $offer ->
        [repair] a repair
        [replacement] a replacement
        [voucher] a voucher or points
       *[other] something else
    } instead
    [partial] pays part{ $amount ->
        [none] {""}
       *[other] {""}: { $amount } ₽
    }
    [refused] refusal ({ $reason ->
        [period] "the period has passed"
        [fault] "the defect is the buyer's fault"
        [not_warranty] "not a warranty case"
        [manufacturer] "contact the manufacturer or a service centre"
        [no_receipt] "no receipt"
        [used] "the item was used"
       *[other] their own reason
    })
    [documents] asks for documents
    [later] promises to answer later
   *[other] recorded
}{ $files ->
    [0] {""}
    [one] {""}, { $files } file
   *[other] {""}, { $files } files
}
tl-document = { $kind ->
    [claim] Claim
    [claim_marketplace] Demand to the marketplace
    [rospotrebnadzor] Complaint to Rospotrebnadzor
    [lawsuit] Statement of claim
    [police] Police report
    [prosecutor] Complaint to the prosecutor
    [fas] Application to the FAS
    [appeal] Review appeal
    [reply_insist] Reply to the seller: insisting on the demand
    [reply_check] Reply to the seller: asking to attend the quality check
    [reply_partial] Reply to the seller: accepting part, reserving the rest
   *[other] Document
}{ $version ->
    [1] {""}
   *[other] {""}, version { $version }
} (DOCX and PDF)
tl-files = Files added: { $count } { $count ->
    [one] file
   *[other] files
}
tl-closed = { $status ->
    [solved] Case closed: solved
    [withdrawn] Case closed: demand withdrawn
    [court] Case closed: the court decided
   *[other] Case closed
}
tl-outcome = Outcome: { $outcome ->
    [paid_full] paid back in full
    [paid_part] paid back in part
    [replaced] the item was replaced or repaired
   *[nothing] nothing received
}{ $days ->
    [0] {""}
    [one] {""}, took { $days } day
   *[other] {""}, took { $days } days
}
tl-period = { $kind ->
    [answer-money] the seller's answer to the demand (10 days)
    [answer-replacement] replacement (7 days)
    [answer-replacement-check] replacement with a quality check (20 days)
    [answer-replacement-no-stock] replacement of an item out of stock (1 month)
    [answer-repair] repair (45 days at most)
    [prepaid-refund] prepayment refund (10 days)
    [distance-refund] refund for the item (10 days)
    [new-delivery] delivery by the new date
    [return-window] return of an item of proper quality (7 days after receipt)
    [return-window-no-info] return of an item of proper quality (3 months after receipt)
    [tech-complex] refund or replacement of a technically complex item at will (15 days)
    [defect-no-warranty] claims about defects without a warranty (2 years after receipt)
    [marketplace-refund] prepayment refund by the marketplace (10 days)
    [state-body] a state body's answer (30 days)
    [police] the police's decision (3 days)
    [police-10] the police's decision (check extended to 10 days)
    [police-30] the police's decision (check extended to 30 days)
    [prosecutor] the prosecutor's answer
    [fas] the FAS's review of the application (one month)
    [fas-extended] the FAS's review, if extended
   *[other] deadline
}
tl-due = Deadline: { tl-period }
tl-deadline-last = Last day of the period: { tl-period }
tl-due-reply = { $kind ->
    [check] The quality check the seller announced
   *[other] The seller promised to answer by this day
}

## The card

card-timeline = <b>Timeline</b>
card-ahead = <b>Ahead</b>
card-page = Page { $page } of { $pages }
card-empty = Nothing in the timeline yet.
card-pick = To get a document or files again, tap the button with its number.
card-gone = This case is not among yours. Here are your cases:
card-sent-none = These files are no longer in the case.
btn-card-prev = ◀︎
btn-card-next = ▶︎
btn-card-doc = 📄 { $n }
btn-card-files = 📎 { $n }
btn-card-export = 🗂 Export everything (ZIP)
btn-close-withdrawn = ↩️ Close: I withdrew the demand
btn-close-court = ⚖️ Close: the court decided
status-withdrawn = Closed: demand withdrawn
status-court = Closed: the court decided
closed-withdrawn = The case is closed. There will be no more reminders for it.
closed-court = The case is closed. I hope the court decided in your favour.

## Closing well: one optional question

outcome-ask = Case no. { $id } is closed. What came of it? Answering is optional — it stays in the case's timeline.
btn-outcome-paid_full = 💰 Paid back in full
btn-outcome-paid_part = 🪙 Paid back in part
btn-outcome-replaced = 🔁 Replaced or repaired
btn-outcome-nothing = ✖️ Got nothing
btn-outcome-skip = Skip
outcome-skipped = All right, no outcome.
outcome-stale = This button is out of date: the case's outcome is already recorded or the case was reopened.
outcome-took = It took { $days } { $days ->
    [one] day
   *[other] days
} — { $since ->
    [claim] from the day the claim was delivered
   *[start] from the start of the case
}.
# No legal statement: a practical keeping advice.
outcome-means-paid_full = Keep the seller's payment confirmation — with the case's documents it will help if the question comes up again.
# law-facts §1 ст. 19: court limitation 3 years (ГК ст. 196) from learning of the breach [S13]
outcome-means-paid_part = The rest can still be claimed in court. The limitation period is 3 years from the day you learned of the breach. The case's documents stay in /cases.
# law-facts §1 ст. 19: periods run from handover [S13]; the sheet says nothing of a new warranty
# after a repair, so nothing is said of it
outcome-means-replaced = The periods for claims about defects (the warranty, or 2 years where there is none) run from the day the item is handed over (art. 19 of the Consumer Protection Law). Keep the paper with the date the new or repaired item was handed to you.
# law-facts §1 ст. 19: court limitation 3 years (ГК ст. 196) from learning of the breach [S13]
outcome-means-nothing = If the seller still did nothing, you can go to court: the limitation period is 3 years from the day you learned of the breach. To go on, open the case again in /cases: its documents and timeline are kept.
outcome-is = <b>Outcome:</b> { $outcome ->
    [paid_full] paid back in full
    [paid_part] paid back in part
    [replaced] the item was replaced or repaired
   *[nothing] nothing received
}
btn-card-reopen = 🔓 Open again
tl-reopened = Case opened again
