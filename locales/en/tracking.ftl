## Issue 21: a Russian Post number checked as it is typed, and what the bot says of a letter it follows.

err-tracking-shape = That does not look like a Russian Post tracking number: it has 14 digits, or 13 characters like RA123456785RU. Check the number on the receipt.
err-tracking-check-digit = The last digit does not match the others — there is a typo in the number. Check it against the receipt and send it again.
hint-tracking = Send the tracking number from the receipt: 14 digits or 13 characters like RA123456785RU. Or tap «Skip».

letter-what = { $purpose ->
        [lawsuit_copy] the letter with the copy of the lawsuit
        [complaint] the letter with the complaint
       *[claim] the letter with the claim
    }
btn-fix-delivery-date = ✏️ Correct the date
btn-letter-remake = 🔄 Make the documents again
btn-letter-open-case = 📂 Open the case

news-claim-delivered =
    📬 <b>{ $case }</b>
    Russian Post: the letter with the claim (tracking { $number }) was delivered to the seller on { $date }. The seller's answer period is counted from that day{ $due ->
        [none] .
       *[other] {""}: its last day is { $due }. I'll remind you when it passes.
    }
    If the date is wrong, correct it with the button below.
news-claim-differs =
    📬 <b>{ $case }</b>
    Russian Post: the letter with the claim (tracking { $number }) { $state ->
        [unclaimed] was not delivered and was sent back on { $date }.
       *[delivered] was delivered to the seller on { $date }.
    } You gave another date — { $typed }; I count the seller's period from yours. If the post's date is right, correct the date with the button below.
news-claim-unclaimed =
    ↩️ <b>{ $case }</b>
    Russian Post: the seller did not take the letter with the claim (tracking { $number }), and on { $date } it was sent back: { $why ->
        [refused] the seller refused it.
       *[storage] the storage period ended.
    }
    Usually that is fine: a letter the addressee did not collect or refused counts as delivered (Civil Code art. 165.1). I count the seller's answer period from { $date }{ $due ->
        [none] .
       *[other] {""}: its last day is { $due }.
    }
    Check that the address on the receipt is the seller's address in the state register (ЕГРЮЛ, for a sole trader ЕГРИП) at egrul.nalog.ru. Keep the receipt, the list of contents and the tracking report from the post's website, and do not open the envelope when it comes back — they prove the sending and the return.
news-claim-replaced =
    { $state ->
        [unclaimed] ↩️
       *[delivered] 📬
    } <b>{ $case }</b>
    Russian Post: the letter with the claim (tracking { $number }) { $state ->
        [unclaimed] was not delivered: on { $date } it was sent back — { $why ->
            [refused] the seller refused it
           *[storage] the storage period ended
        }. Such a letter usually counts as delivered (Civil Code art. 165.1) if it went to the seller's address in the state register (ЕГРЮЛ, for a sole trader ЕГРИП).
       *[delivered] was delivered to the seller on { $date }.
    } You said otherwise ({ $typed }), and the documents must state what the post confirms — I corrected it. I count the seller's answer period from { $date }{ $due ->
        [none] .
       *[other] {""}: its last day is { $due }.
    } If the post's data are wrong, correct them with the button below.
news-claim-recall = ⚠️ The documents I prepared before tell the letter's delivery otherwise ({ $typed }) — that is wrong now: do not file them. Get corrected ones with the «🔄 Make the documents again» button below. If you have already filed them (with Rospotrebnadzor, the police, a court), send them a correction: according to Russian Post the letter { $state ->
        [unclaimed] was not delivered and was sent back on { $date }
       *[delivered] was delivered to the seller on { $date }
    }; attach the tracking report.
news-arrived =
    🏤 <b>{ $case }</b>
    Russian Post: { letter-what } (tracking { $number }) has been waiting at the addressee's post office since { $date }.{ $purpose ->
        [claim] {" "}If the seller does not collect it, it will be sent back when the storage period ends, and usually it still counts as delivered (Civil Code art. 165.1).
       *[other] {""}
    } I keep following it and will write.
news-lawsuit-delivered =
    📬 <b>{ $case }</b>
    Russian Post: the letter with the copy of the lawsuit (tracking { $number }) was delivered to the defendant on { $date }. Attach the receipt and the list of contents to the lawsuit — they prove the copy was sent to the defendant (Civil Procedure Code art. 132).
news-lawsuit-unclaimed =
    ↩️ <b>{ $case }</b>
    Russian Post: the defendant did not take the letter with the copy of the lawsuit (tracking { $number }), and on { $date } it was sent back. The court needs proof that the copy was sent to the defendant (Civil Procedure Code art. 132): attach the receipt and the list of contents to the lawsuit.
news-complaint-delivered =
    📬 <b>{ $case }</b>
    Russian Post: the letter with the complaint (tracking { $number }) was delivered on { $date }. Keep the receipt and the tracking report — they prove the date.
news-complaint-unclaimed =
    ↩️ <b>{ $case }</b>
    Russian Post: the letter with the complaint (tracking { $number }) was not collected and was sent back on { $date }. Check the authority's address; the complaint can also be filed on its website.
news-returned =
    ↩️ <b>{ $case }</b>
    Russian Post: { letter-what } (tracking { $number }) was sent back on { $date }, but not because the storage period ended or the addressee refused it. { $purpose ->
        [claim] I do not count such a return as delivery: the seller's period does not run from this letter. Check the seller's address and send the claim again — or hand it over through the support chat.
       *[other] Check the address and send the letter again.
    }
news-lost =
    ⚠️ <b>{ $case }</b>
    Russian Post reports that { letter-what } (tracking { $number }) cannot be delivered ({ $date }). { $purpose ->
        [claim] The seller's period does not run from this letter. Send the claim again and keep the receipt.
       *[other] Send the letter again and keep the receipt.
    }
news-unknown =
    ❓ <b>{ $case }</b>
    Russian Post does not know the tracking number { $number }. Check it on the receipt. If it is another number, send the right one: /track and the number, e.g. /track 14001293402154.

track-off = Russian Post tracking is not switched on in this bot. Check the letter on Russian Post's website with the number on the receipt.
track-usage = Send the command with the tracking number from the receipt: /track 14001293402154
track-no-case = Open a case in /cases first — a letter belongs to a case.
track-which = Which letter of the case «{ $case }» is it?
btn-track-claim = ✉️ The claim to the seller
btn-track-lawsuit_copy = ⚖️ The lawsuit's copy to the defendant
btn-track-complaint = 📮 A complaint to an authority
track-nothing-sent = I have not prepared any letter to send by post in this case yet: a claim, a lawsuit or a complaint. Prepare the document first.
track-started = Following letter № { $number } ({ letter-what }). I'll write when Russian Post marks it delivered or returned.
track-stale = This button is out of date. Send /track with the number again.

cmd-track = Follow a Russian Post letter
