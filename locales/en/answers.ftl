# Issue 20 p. 1: the seller's (or the platform's) answer, recorded as it came.
# Nothing here states a rule of law: the advice for each answer is `flows/answers.py` (its
# texts name their fact-sheet items). These are the questions, buttons and reminders.

btn-seller-answered = 📨 The seller answered
btn-platform-answered = 📨 The marketplace answered

q-reply-text =
    📨 Send { $who ->
        [platform] the marketplace's answer
       *[seller] the seller's answer
    } as it came: paste the text from the chat or the letter, send a screenshot, a photo of the letter or a PDF. Several messages are fine, up to { $limit } files. Then press «Done».
    If you have no copy of the answer, press «No copy of the answer».

    { $received }
reply-received-nothing = Nothing received yet.
reply-received = Received: { $text ->
        [yes] the text{ $files ->
            [0] {""}
           *[other] {" "}and { $files } { $files ->
                [one] file
               *[other] files
            }
        }
       *[no] { $files } { $files ->
            [one] file
           *[other] files
        }
    }.
btn-reply-done = ✅ Done
btn-reply-no-copy = No copy of the answer
reply-file-added = The file is saved with the answer. Files in the answer: { $count }. Send more or press «Done».
reply-file-duplicate = This file is already in the case — I am not saving it twice. Files in the answer: { $count }.
reply-text-duplicate = This text is already saved with the answer — I am not adding it twice. Send more or press «Done».
reply-too-many = One answer can have up to { $limit } files. Send the rest as text, or press «Done».
hint-reply-file = Send the answer's text, a screenshot, a photo of the letter or a PDF — or press a button. A sticker or a voice message cannot be kept as the answer: take a screenshot or type the text.

q-reply-kind = What did { $who ->
        [platform] the marketplace
       *[seller] the seller
    } answer? Pick the main thing.
hint-reply-kind = Press the button with what they answered. You can also type one word: "refused", "repair", "partial", "later".
reply-kind-seller-done = 🎉 Did everything I asked
reply-kind-seller-check = 🔍 Wants the item for a quality check or an expertise
reply-kind-seller-offer = 🔁 Offers something else: a repair, a replacement, a voucher
reply-kind-seller-partial = ➗ Pays part, or asks me to accept part
reply-kind-seller-refused = ❌ Refuses
reply-kind-seller-documents = 📎 Asks for documents or details
reply-kind-seller-later = ⏳ Promises to answer later
reply-kind-platform-done = 🎉 The review was hidden or removed
reply-kind-platform-refused = ❌ They refused
reply-kind-platform-later = ⏳ They promise to answer later
reply-kind-platform-documents = 📎 They ask for documents or details

q-reply-reason = What reason did the seller give for refusing?
reply-reason-period = The period has passed
reply-reason-fault = The defect is my fault (a report, an expertise)
reply-reason-not_warranty = "Not a warranty case"
reply-reason-manufacturer = "Contact the manufacturer or a service centre"
reply-reason-no_receipt = No receipt
reply-reason-used = The item was used
reply-reason-other = Something else — I'll type their words
q-reply-words = How did the seller explain the refusal? Write it briefly, in their words.

q-reply-offer = What does the seller offer instead of what you demanded?
reply-offer-repair = 🔧 A repair
reply-offer-replacement = 🔁 A replacement
reply-offer-voucher = 🎟 A voucher, bonuses or points
reply-offer-other = Something else

q-reply-amount = What sum does the seller pay, or ask you to accept? { $price ->
        [none] {""}
       *[other] The item's price is { $price } ₽.
    }
err-reply-amount-too-big = A part must be less than the item's price ({ $price } ₽). If they paid it all, go back and choose «Did everything I asked».

# a partial sum: arrived, or only offered (the lawyer's review of issue 20, blocker 1: an offered
# sum is never written as paid). No legal statement.
q-reply-paid = Has the money arrived? { $amount ->
        [none] {""}
       *[other] The sum is { $amount } ₽.
    } If it has, press «Yes, it arrived» or type the day it came.
btn-reply-paid = ✅ Yes, it arrived
btn-reply-offered = 💬 No, it is only offered
hint-reply-paid = Press a button: the money has arrived, or the seller only offers it. You can also type «yes», «no» or the day it came, for example 21.11.2026.
q-reply-paid-on = On what day did the money arrive? Press a button or type the date, for example 21.11.2026.
err-reply-paid-early = Money for the order cannot come back before you placed it ({ $earliest }). Check the date.

# a refusal over the period: the warranty (finding 11); which period applies is the advice's,
# with its fact-sheet items (advice.ftl). No legal statement here.
q-reply-warranty = What warranty does the item have? Look at the warranty card, the manual or the product page. If it runs to a date, press «Warranty until …» or type the date.
btn-warranty-until = 📅 Warranty until …
btn-warranty-none = No warranty
btn-warranty-unknown = I don't know
hint-reply-warranty = Press a button or type the warranty's last day, for example 01.03.2027. You can also type «none» or «don't know».
q-reply-warranty-until = To what date does the warranty run? Type it, for example 01.03.2027. If the card gives a term («12 months»), count it from the day you got the item.
err-warranty-early = A warranty cannot end before you got the item ({ $earliest }) or on that day. Check the date.
err-warranty-far = That is more than { $years ->
        [one] { $years } year
       *[other] { $years } years
    } ahead — check the date. If the warranty really is that long, press «I don't know»: I'll explain what the answer depends on.

q-reply-until = { $kind ->
        [check] What date is the quality check set for? Type the date. If they named none, press «Skip».
       *[later] By what date did they promise to answer? Type the date. If they named none, press «Skip».
    }
err-reply-until-early = That date is before the claim was delivered ({ $earliest }). Please check it.
err-reply-until-far = That is more than a year away. Please check the date.
q-reply-where = Where will the check take place: the address of the service centre, warehouse or drop-off point? You can skip this.
q-reply-documents = Which documents or details do they ask for? List them briefly.

q-reply-date = On what date did { $who ->
        [platform] the marketplace's answer
       *[seller] the seller's answer
    } come? The date of the letter or message.
err-reply-before-claim = An answer cannot come before the claim was delivered ({ $earliest }). Please check the date.
err-reply-before-appeal = An answer cannot come before the review was published ({ $earliest }). Please check the date.

reply-recorded = ✅ Answer No. { $number } of { $date } is saved with the case: { $kind }.
btn-reply-document = 📄 Write a reply
btn-reply-close = 🎉 Close the case
btn-reply-another = 📨 Another answer

remind-answer-promised =
    ⏰ <b>{ $case }</b>
    { $who ->
        [platform] The marketplace promised
       *[seller] The seller promised
    } to answer by { $due }. Has the answer come? Forward it — I'll keep it and say what to do next.
remind-quality-check =
    🔍 <b>{ $case }</b>
    The quality check of the item is set for { $due }. When its result or the seller's answer comes, forward it here.
