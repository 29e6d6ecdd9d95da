## Progress and common buttons

progress = Step { $number } of { $total } · { $stage }
stage-order = Order
stage-support = Support
stage-evidence = Evidence
stage-claim = Claim
stage-escalate = Authorities and court
btn-back = ↩️ Back
btn-skip = ⏭ Skip
btn-today = Today
btn-yesterday = Yesterday
btn-yes = Yes
btn-no = No
btn-understood = 👍 Got it, go on
btn-all-correct = ✅ All correct
btn-edit = ✏️ { $field }
btn-share-phone = 📱 Send my number
ok = Got it.
going-back = All right, one step back.
edit-taken = I see you edited your answer — I'll use the new one.
edit-old = I can't tell which question that edited message belongs to. To change an answer, press "↩️ Back" or a ✏️ button on the review screen.
## What the bot expected instead

hint-button = Please answer with a button under the question.
hint-text = Please answer with a text message.
hint-date = I need a date: press a button or type, for example, 21.11.2026 or 21.11.
hint-file = Send a photo, a screenshot or a file — or press a button under the message.

## Input errors

err-date-format = I could not read that date. Write it like 21.11.2026 or 21.11.
err-date-invalid = There is no such date in the calendar. Check the day and month.
err-date-future = That date has not come yet. Give a past date or today.
err-date-too-old = That date is more than 10 years ago. Check the year.
err-before-order = That date is before the order date ({ $earliest }). Please check it.
err-new-date-past = The new date must be after today.
err-price-negative = A price cannot be negative.
err-price-format = Write the amount as a number, for example 4990, 4 990,50 or 15k.
err-price-zero = The price must be more than zero.
err-price-too-big = That amount is too large — over 100 000 000 ₽. Please check the price.
err-order-number = An order number looks different. Example: { $example }.
err-text-short = Too short. Please write a little more.
err-text-long = Too long: at most { $limit } { $limit ->
        [one] character
       *[other] characters
    }.
err-name-words = Write your surname, first name and patronymic (if any) — at least two words.
err-name-letters = A name can contain only letters, hyphens and apostrophes.
err-address-index = Add the postal code — six digits, e.g. 123456, Moscow, Lenina st. 1, apt. 2.
err-email = That does not look like an e-mail address. Example: ivanov@mail.ru.
err-phone = I need a Russian number: +7 999 123-45-67 or 8 999 123-45-67.
err-inn = The INN fails its checksum — please check the digits.
err-ogrn = The OGRN fails its checksum — please check the digits.
err-company-ids = Write the INN (10 or 12 digits) and/or the OGRN (13 or 15 digits).
err-contact-not-yours = That is someone else's contact. Send your own number or type it.

## Stage 1 · order

new-case = Case #{ $id } is open. I'll ask one question at a time. You can stop at any moment — we'll pick up where you left off.
q-marketplace = Where did you order?
q-marketplace-seller = Where is the reviewed product sold?
mp-ozon = Ozon
mp-wildberries = Wildberries
mp-yandex_market = Yandex Market
mp-other = Another online shop
q-problem = What happened?
problem-not_delivered = 📦 Not delivered or late
problem-damaged = 💥 Damaged in delivery
problem-defective = 🔧 Defective item
problem-wrong_item = 🔀 Wrong or incomplete item
problem-return = 📤 I want to return an item with no defect
problem-refund = 💸 Refund not received
problem-fraud = 🚨 A fake, an empty parcel, theft, a vanished seller
problem-misleading_ad = 📣 Misleading advertising
q-order-number =
    The order number? { $where }
    Example: <code>{ $example }</code>
where-order-ozon = It is in the Ozon app, in the orders section, and in the order e-mail.
where-order-wildberries = It is in the Wildberries app, in the purchases or deliveries section.
where-order-yandex_market = It is in the Yandex Market app, in the orders section, and in the order e-mail.
where-order-other = It is in the order e-mail or SMS and in your account on the shop's site.
q-ordered-on = When did you place the order?
q-promised-on = What delivery date was promised when you ordered?
q-received-on = When did you receive the parcel?
q-item = What is the item? Briefly, as in the order: in Russian, e.g. «Смартфон Xiaomi Redmi Note 13, 256 ГБ» (brand names as they are).
q-price = How much did you pay for the item, in roubles?
price-value = { $price } ₽
q-price-confirm = { $price } ₽ — is that right? An item usually costs more than 100 ₽ and less than 10 000 000 ₽. If you meant thousands, write, for example, "15k" or "15 000".
btn-price-right = Yes, { $price } ₽
btn-price-fix = ✏️ Correct it
q-prepaid = Did you pay for the order in advance, when ordering?
q-seller-kind = Who is the seller? It is shown on the product card or in the order.
btn-seller-marketplace = { $mp } itself
btn-seller-third = Another seller
q-seller-name = What is the seller's name? It is on the product card, in the seller section.
q-shop-name = What is the shop's legal name (company or sole trader)? It is usually at the bottom of the site or in its offer.
q-seller-ids = The seller's INN or OGRN, if the product card shows them. If not, skip.
q-checks =
    Before we go on, a few tips:
    { $checks }
check-check_tracking = check the order status in the app and keep a screenshot with the promised delivery date;
check-keep_screens = keep screenshots of the order page and of the whole support chat;
check-open_at_pickup = check the contents and completeness right at the pickup point, in front of the staff;
check-photo_parcel = photograph the package from all sides before opening it;
check-refuse_damaged = if the parcel is damaged or the item is not yours, refuse it at the pickup point and ask them to note the reason;
check-film_defect = photograph or film the defect so it is clearly visible;
check-keep_packaging = keep the packaging, labels and papers;
check-compare_card = compare the item with the product card: model, colour, size, contents;
check-keep_condition = keep the item's condition, labels and packaging — returns depend on it;
check-return_in_time = an item of proper quality can be returned within 7 days after receipt, or within 3 months if the return terms were not given in writing at delivery (Consumer Protection Law, art. 26.1). Tell the seller first; you may then send the item back by post or courier, at your cost and risk (Constitutional Court ruling of 17.02.2026 No. 7-P);
check-check_bank = check your card statement: refunds sometimes arrive in several payments;
check-film_opening = film the opening of the parcel in one uncut video;
check-platform_cards = since 01.10.2026 a platform answers for placing product cards, including their data on certificates and declarations of conformity (Federal Law 289-FZ on the platform economy): keep a screenshot of the card — it will help in the claim and the complaint;
check-screenshot_ad = take a screenshot of the ad or product card with the promise before it is changed.
q-order-summary =
    Please check the order details:
    { $summary }
field-marketplace = Where
field-problem = Problem
field-order_number = Order number
field-ordered_on = Order date
field-promised_on = Promised delivery date
field-received_on = Received on
field-item = Item
field-price = Price
field-prepaid = Paid in advance
field-seller_kind = Seller
field-seller_name = Seller
field-seller_ids = INN / OGRN

## Stage 2 · support

q-support-intro =
    First write to support — often that is enough.

    <b>Where to write</b>
    { $channels }

    <b>A ready message</b> (in Russian, for the marketplace) — copy and send it:
    <pre>{ $message }</pre>
channel-app_chat-ozon = the support chat in the Ozon app or on the site — the main channel. Phone numbers published online differ, and not all are real.
channel-app_chat-wildberries = the support chat in the Wildberries app or on the site.
channel-app_chat-yandex_market = the support chat in the Yandex Market app or on the site.
channel-shop_contacts-other = the shop's contacts on its site: chat, e-mail or phone.
btn-support-wrote = ✅ I've written to support
btn-support-skip = ⏭ I won't write — go on
q-support-channel = How did you contact support?
support-via-app_chat = Chat
support-via-email = E-mail
support-via-phone = Phone
support-via-other = Other
q-support-date = When did you write?
q-support-ticket = What is your support ticket number? If there is none, press "🚫 No number".
btn-no-ticket = 🚫 No number
q-support-outcome = What did support say to your message of { $written }?
support-outcome-solved = 🎉 It's solved
support-outcome-waiting = ⏳ Waiting for an answer
support-outcome-refused = ❌ They refused
support-outcome-no_answer = 🤐 No answer
support-solved = Great, I'm glad it worked out! The case is closed. If anything goes wrong again, I'm here.
support-waiting = All right, let's wait. I'll remind you in 3 days, and then we'll decide what to do next.
## Stage 3 · evidence

q-evidence =
    Let's gather evidence. What helps:
    { $checklist }

    Send photos, screenshots and files — with a caption if you like (in Russian: captions go into the list of attachments). At most { $limit } files.

    <b>So far: { $count } { $count ->
        [one] file
       *[other] files
    }</b>
    { $listing }
evidence-none = Nothing yet.
ev-order_page = a screenshot of the order page (number, date, price, promised date)
ev-payment = the receipt or payment confirmation
ev-tracking = a screenshot of the delivery status
ev-support_chat = screenshots of the support chat
ev-parcel_photo = photos of the package before opening, from all sides
ev-item_photo = photos of the item
ev-pickup_act = the pickup point's report or note about the damage
ev-defect_photo = photos or a video of the defect
ev-warranty = the warranty card, if any
ev-expert_report = a service centre's or expert's report, if any
ev-return_proof = proof that the item was returned (waybill, screenshot)
ev-ad_screenshot = a screenshot of the ad or product card with the promise
kind-photo = Photo
kind-document = File
kind-video = Video
evidence-added = Got it: { $count } { $count ->
        [one] file
       *[other] files
    }. Send more or press "Done".
evidence-duplicate = This file is already on the list. Total: { $count }.
evidence-too-many = I cannot take more than { $limit } files. Remove some or press "Done".
evidence-too-big = The file is over { $mb } MB — Telegram won't let me download it. Compress it or send a screenshot.
evidence-manage =
    Which file should go?
    { $list }
evidence-why = Without evidence it is easier for the seller to refuse, and a court or Rospotrebnadzor has nothing to rely on. A screenshot of the order and a photo of the item take a minute. Skip anyway?
btn-evidence-done = ✅ Done
btn-manage-files = 🗑 Remove a file
btn-evidence-skip = ⏭ Skip
btn-skip-anyway = Skip anyway
btn-add-evidence = 📎 I'll add files
btn-remove-file = 🗑 Remove #{ $n }
btn-done-removing = ✅ Done

## My cases

cases-none = You have no cases yet.
cases-list = <b>Your cases</b>
cases-next-deadline = Next deadline: { $date } — { $what }
btn-open-case = #{ $id }
btn-continue = ▶️ Continue
btn-resend-docs = 📄 Send the documents again
btn-close-solved = 🎉 Close: solved
btn-close-given-up = 🏳️ Close: not pursuing it
btn-all-cases = 📂 All cases
status-open = Open
status-solved = Closed: solved
status-given_up = Closed
closed-solved = The case is closed. Glad it worked out!
closed-given_up = The case is closed. There will be no more reminders for it.

## Stage 4 · claim

q-full-name = The claim needs your details. Your full name (surname, first name, patronymic)?
btn-use-profile = 👤 Use saved: { $name }
q-address = Your postal address with the postal code, in Russian (e.g. «123456, г. Москва, ул. Ленина, д. 1, кв. 2») — the seller replies there, and it goes into Russian documents.
q-phone = Your phone number? Press the button below or type it.
q-email = An e-mail for the reply? You can skip it.
q-save-profile = Save these details so you don't have to type them next time? You can delete them any time with /delete.
q-demand = What do you demand? The law lets you choose one:
demand-refund = 💸 Get my money back
demand-replacement = 🔁 Replace the item
demand-repair = 🛠 Free repair
demand-price_cut = ➖ Cut the price
demand-new_date = 📅 Deliver by a new date
demand-refuse = ✋ Cancel the order
q-new-date = By what date should the item be delivered? For example: 05.12.2026.
q-bank = Bank details for the refund (bank, BIC, account number) — or skip, and I'll ask for the money back the way you paid.
bank-same-way = the way you paid
q-claim-review =
    Please check the details for the claim:
    { $summary }
field-full_name = Full name
field-address = Address
field-phone = Phone
field-email = E-mail
field-demand = Demand
field-new_date = New date
field-bank = Bank details
btn-make-claim = 📄 Draw up the claim
docs-preparing = Preparing the document…
doc-docx = Word file — you can edit it.
doc-pdf = PDF — for printing. The document is made from claimbot's template and is not legal advice: read it before you sign.
claim-chat-version-claim = A short version of the claim (in Russian) for the support chat:
claim-chat-version-claim_marketplace = A short version of the demand to the marketplace (in Russian) for its support chat:
q-delivery-method =
    How to get the claim to the seller:
    • <b>the support chat</b> — fast; keep a screenshot of sending it;
    • <b>a registered letter</b> with a list of contents and notice of delivery — the list proves what was inside;
    • <b>in person</b>, in two copies: have them put the date, position, name and signature on the second.
    How did (or will) you deliver the claim?
delivery-via-chat = 💬 Support chat
delivery-via-post = ✉️ Registered letter
delivery-via-in_person = 🤝 In person
q-delivered-on = When was the claim received? For a letter, the delivery date from the notice or tracking. The seller's time to answer runs from that day.
q-awaiting =
    { $kind ->
        [repair] The repair may take at most 45 days: { $explain }.
       *[answer] The seller's time to answer: { $explain }.
    }
    I'll remind you when it runs out. When an answer comes, press «📨 The seller answered» and forward it: I'll keep it with the case and say what to do next.
q-awaiting-passed =
    { $kind ->
        [repair] The repair period has run out: { $explain }.
       *[answer] The seller's time to answer has run out: { $explain }.
    }
    What next? If the seller answered, press «📨 The seller answered» and forward the answer.
btn-seller-solved = 🎉 The seller did what I asked
btn-seller-refused = ❌ The seller refused
btn-escalate-now = ⚖️ Complain further
btn-later = ⏳ I'll wait
seller-solved = Great! The case is closed.
awaiting-later = All right. The case is saved — continue any time in /cases.
deadline-explain = { $start }{ $lead ->
        [0] {""}
       *[other] {" "}+ up to { $lead } days to register it ({ $registered })
    } + { $limit ->
        [yes] at most {""}
       *[no] {""}
    }{ $amount } { $unit ->
        [days] { $amount ->
            [one] day
           *[other] days
        }
        [months] { $amount ->
            [one] month
           *[other] months
        }
       *[years] { $amount ->
            [one] year
           *[other] years
        }
    } = { $due }, { $weekday }{ $moved ->
        [yes] {" "}(the last day, { $nominal }, fell on a non-working day and moves to the next working day — Civil Code art. 193)
       *[other] {""}
    } — { $article }
weekday-0 = Monday
weekday-1 = Tuesday
weekday-2 = Wednesday
weekday-3 = Thursday
weekday-4 = Friday
weekday-5 = Saturday
weekday-6 = Sunday
cite-zozpp-18 = Consumer Protection Law, art. 18
cite-zozpp-19 = Consumer Protection Law, art. 19
cite-zozpp-20 = Consumer Protection Law, art. 20
cite-zozpp-21 = Consumer Protection Law, art. 21
cite-zozpp-22 = Consumer Protection Law, art. 22
cite-zozpp-23_1 = Consumer Protection Law, art. 23.1
cite-zozpp-26_1 = Consumer Protection Law, art. 26.1
cite-zozpp-12 = Consumer Protection Law, art. 12
cite-fz59-12 = Law 59-FZ on citizens' appeals, art. 12: 30 days from registration, registration within 3 days
cite-upk-144 = Criminal Procedure Code, art. 144
cite-upk-124 = Criminal Procedure Code, art. 124
cite-pp1922-rules = Rules for advertising-law cases (Government Decree No. 1922 of 24.11.2020): a month from receipt, an extension of at most one month

## Stage 5 · escalation

q-route =
    Where to go next:

    { $routes }
route-rospotrebnadzor = 🏛 Rospotrebnadzor
route-court = ⚖️ Court
route-fas = 📣 FAS
route-police = 🚓 Police
route-prosecutor = 🧑‍⚖️ Prosecutor
route-about-rospotrebnadzor = <b>Rospotrebnadzor</b>. Planned inspections are mostly suspended, so a complaint usually ends in a warning to the seller (Law 248-FZ, art. 49); where consumers were deceived it may open an administrative case (Code of Administrative Offences, art. 14.7) — the fine goes to the state budget. Rospotrebnadzor cannot make the seller pay you: only a court can. Answer within 30 days of registering the complaint (Law 59-FZ, art. 12).
route-about-court = <b>A court</b> can award the money, a penalty (at most what you paid; the court may reduce it — Consumer Protection Law art. 23, Civil Code art. 333), compensation for moral damage (art. 15) and a 50% fine (art. 13 p. 6). The fine is not awarded when the demand failed through the buyer's fault — for example, the item was not handed over for a quality check. Consumers pay no state duty on lawsuits up to 1 000 000 ₽; above that, they pay the duty on the whole lawsuit amount minus the duty on 1 000 000 ₽ (Law art. 17, Tax Code art. 333.36 p. 3). You choose the court, for example where you live (Law art. 17, Civil Procedure Code art. 29).
route-about-fas = <b>FAS</b> — a complaint about unreliable advertising (Advertising Law art. 5 part 3). The complaint names the advertiser (shown in the «Реклама» label or by the erid) and the distributor — where the ad ran and who runs that place; I will ask you. The FAS may find the ad improper, order the violation stopped and fine the advertiser (Administrative Code art. 14.3 part 1), but it does not get your money back. The complaint is considered within a month of receipt; the term may be extended by one more month.
route-about-police = <b>The police</b> will check the report and give it a legal assessment — the police decide the qualification, not you. If the seller deceived you (vanished with the prepayment, shipped an empty box on purpose), its actions may show signs of fraud (Criminal Code art. 159); selling a fake may also show signs of unlawful use of another's trademark (Code of Administrative Offences art. 14.10, Criminal Code art. 180). If a courier never handed the item over, or it was taken from the parcel on the way, the item was still the seller's property until handover (Civil Code art. 458, 459): the check is asked about the theft of the seller's goods, and you claim the money from the seller or the marketplace. Up to 2 500 ₽ without aggravating circumstances it is petty theft, an administrative offence (Code of Administrative Offences art. 7.27). A decision on the report within 3 days, extendable to 10 or 30 (Criminal Procedure Code, art. 144).
route-about-prosecutor = <b>The prosecutor</b> — if the police did not accept the report, refused to open a case or stay silent beyond the term of their check. The prosecutor decides on the complaint within 3 days, in exceptional cases up to 10 (Criminal Procedure Code, art. 124). For petty theft (up to 2 500 ₽) it is a complaint about the police's failure to act, answered within 30 days (Law 59-FZ, art. 12).
route-how-rospotrebnadzor = File the complaint with your region's Rospotrebnadzor office: in person, by post or through the online reception on rospotrebnadzor.ru. Fill in the office's name in the header and sign it. Attach the claim and proof it was sent.
route-how-court = Check the lawsuit; if you did not give your date and place of birth and an identifier, write them by hand on the blank lines. Send the defendant a copy of the lawsuit with its attachments by registered letter with an inventory, and keep the receipt and the inventory — they go with the lawsuit (Civil Procedure Code art. 132). File the lawsuit in person, by post or via "GAS Pravosudie".
route-how-fas = File the complaint with your region's FAS office — by post or via fas.gov.ru. Write the office's name in the header and sign. Attach screenshots of the ad with the date, the page address and the «Реклама» label or erid, if there is one.
route-how-police = Take the report to the police station where you live or where it happened, and get the acceptance slip.
q-ad-advertiser = Who is named in the «Реклама» label { $kind ->
        [outside] (usually at the end of the post or under the video: «Реклама. ООО «…», ИНН …, erid: …»)
       *[other] (look on the banner or in its "Advertiser" / "About the ad" menu)
    }? Write the name and ИНН as shown there. If there is no label, press the button below.
btn-ad-unlabelled = 🚫 No «Реклама» label
q-ad-distributor = Where did the ad run and who runs that place? Write it in Russian, as it goes into the complaint, e.g. «Telegram-канал «Скидки дня» (t.me/skidki_dnya), владелец — ИП Сидоров С. С.». If you don't know the owner, give the channel's or site's name and address.
q-fas-review =
    Check the details for the FAS complaint:
    { $summary }
field-ad_advertiser = Advertiser
field-ad_distributor = Where the ad ran
route-how-prosecutor = File the complaint with the district prosecutor in person, by post or through the online reception.
route-how-prosecutor-petty = File the complaint with the district prosecutor in person, by post or through the online reception; the answer is due within 30 days. { $victim ->
        [yes] If the police issued a ruling refusing to open a case, as the injured party you can also appeal it to a higher official or the district court under chapter 30 of the Code of Administrative Offences — usually within 10 days of receiving its copy.
       *[no] An appeal to court under chapter 30 of the Code of Administrative Offences belongs to the injured party; the stolen item was the seller's, so a complaint to the prosecutor is the safer way for you.
    }
court-which = The lawsuit amount is { $price } ₽. Court: { $court }. { $duty ->
        [free] No state duty to pay (Consumer Protection Law art. 17).
        [due] State duty: { $amount } ₽ — the duty on the whole lawsuit amount minus the duty on 1 000 000 ₽ (Tax Code art. 333.36 p. 3, art. 333.19).
       *[unknown] The lawsuit amount is over 8 000 000 ₽ — work out the duty under Tax Code art. 333.19, minus the duty on 1 000 000 ₽.
    }
court-magistrate = a magistrate judge (lawsuits up to 100 000 ₽, Civil Procedure Code art. 23)
court-district = the district court (lawsuits over 100 000 ₽)
q-filed-on = { $route ->
        [none] When did you file the document?
       *[other] When did you file the document — { $route }?
    } If not yet, skip: the case goes back to the list of routes, where you can mark the filing date later.
filed-answer-by = Time to answer: { $explain }. I'll remind you.
filed-answer-by-extendable = Time to consider it: { $explain }. The FAS may extend it by one more month — to { $extended }. I'll remind you after a month and again after two.
filed-court = Filed. The court will set a hearing date and notify you.
filed-later = All right. When you file it, open the case in /cases and press «📮 Filed», and I'll remind you of the answer's deadline.
btn-route-filed = 📮 Filed: { $route }
btn-route-remake = 🔄 Make it again: { $route }

## Reminders

remind-seller =
    ⏰ <b>{ $case }</b>
    The seller's time to answer ran out on { $due }.{ $penalty ->
        [yes] {" "}Penalty so far: { $amount } ₽ for { $days } { $days ->
            [one] day
           *[other] days
        } of delay; a court may reduce it.
        [capped] {" "}The penalty has reached its limit — { $amount } ₽, the amount you paid — and grows no more; a court may reduce it.
       *[other] {""}
    }
    Did the seller answer — or is it time to go further?
remind-support =
    ⏰ <b>{ $case }</b>
    You have been waiting for support since { $written }. Did they answer?
remind-state-body =
    ⏰ <b>{ $case }</b>
    The answer to your complaint was due by { $due }. If there is none, you can go further: to the prosecutor or to court.
remind-fas =
    ⏰ <b>{ $case }</b>
    The month for considering your complaint to the FAS ended on { $due }. If the FAS told you it extended the term by a month, wait — I'll remind you again. If there is no answer and no extension, write to the FAS office you filed with, or choose another way.
remind-fas-extended =
    ⏰ <b>{ $case }</b>
    Even the extended term for your complaint to the FAS ended on { $due }. If there is no answer, write to the FAS office you filed with, or choose another way.
remind-police =
    ⏰ <b>{ $case }</b>
    The 3 days for a decision on your police report ran out on { $due }. Did the police tell you the check was extended? If to 10 days, wait until { $due10 }; if to 30 days, until { $due30 }. If they told you of no extension and there is no decision, you can complain to the prosecutor.
remind-own-window =
    ⏰ <b>{ $case }</b>
    In 2 days, on { $due }, this period ends: { $what }. Don't miss it!
btn-they-answered = 💬 They answered
btn-no-answer-go-on = 🤐 No answer — go on
btn-open-case-full = 📂 Open the case
btn-snooze = ⏳ Remind me in { $days } { $days ->
        [one] day
       *[other] days
    }
remind-case-closed = This case is already closed.
remind-snoozed = All right, I'll remind you in { $days } { $days ->
        [one] day
       *[other] days
    } ({ $title }).
window-answer-money = the seller's answer to the claim (10 days, Consumer Protection Law art. 22)
window-answer-replacement = replacing the item (7 days, art. 21)
window-answer-replacement-check = replacing the item with a quality check (20 days, art. 21)
window-answer-replacement-no-stock = replacing the item when out of stock (1 month, art. 21)
window-answer-repair = repair — at most 45 days (art. 20)
window-prepaid-refund = refund of the prepayment (10 days, art. 23.1)
window-distance-refund = refund for an item ordered remotely (10 days, art. 26.1)
window-new-delivery = delivery by the new date (art. 23.1)
window-return-window = returning an item of proper quality — 7 days after receipt (art. 26.1); 3 months if the return terms were not given in writing at delivery
window-return-window-no-info = returning an item of proper quality when the return terms were not given in writing (3 months, art. 26.1)
window-tech-complex = refund or replacement of a technically complex item at will — 15 days after receipt (Consumer Protection Law art. 18); later only for a substantial defect, a missed repair deadline, or over 30 days a year in repairs
window-defect-no-warranty = claims about defects when there is no warranty (2 years after receipt, art. 19)
window-marketplace-refund = the marketplace's refund of the prepayment (10 days, art. 12)
window-state-body = a state body's answer (30 days from registration, Law 59-FZ art. 12)
window-fas = the FAS considering your complaint (a month from receipt)
window-fas-extended = the FAS considering your complaint, if the term was extended (one more month)
window-police = the police decision on a report (3 days, Criminal Procedure Code art. 144)
window-police-10 = the police decision on a report (check extended to 10 days, Criminal Procedure Code art. 144)
window-police-30 = the police decision on a report (check extended to 30 days, Criminal Procedure Code art. 144)
window-prosecutor = the prosecutor's answer to a complaint (3 days, up to 10 — Criminal Procedure Code art. 124)

## The seller's path

seller-case = review, SKU { $sku }
stage-review = Review
stage-check = Check
stage-appeal = Complaint
stage-seller-answer = Platform's answer
err-sku = An SKU is 3–40 letters or digits, as on the product card, e.g. 123456789.
q-review-sku = What is the SKU of the reviewed product?
q-review-date = When was the review published?
q-review-rating = What rating does the review give?
q-review-text = Paste the whole text of the review.
q-review-author = The author's name as the review shows it?
q-review-order = The order number the review relates to, if you know it. If not, skip.
q-sig-profile = <b>The author's profile.</b> Is it anonymous, empty, or active for only a few days?
q-sig-content = <b>The content.</b> Is this true: the review has only general phrases with no facts, or statements that contradict the product card or the order?
q-sig-timing = <b>The timing.</b> Is anything odd about the timing: written before delivery, right after it, or in a burst of similar reviews?
q-sig-facts = <b>The facts.</b> Is any of this true: there is no such order, it was not delivered, or the buyer returned the item?
sig-answer-yes = Yes
sig-answer-no = No
sig-answer-unknown = Don't know
sig-found-profile = the author's profile is anonymous, empty or new
sig-found-content = the review has no facts or contradicts the card and the order
sig-found-timing = suspicious timing
sig-found-facts = the review does not match the order data
sig-none = no signs that the review is false
verdict-strong =
    <b>Strong grounds for a complaint.</b>
    { $reasons }
    No guarantees — the marketplace decides — but the chances are good.
verdict-moderate =
    <b>There are grounds for a complaint, but not beyond doubt.</b>
    { $reasons }
    Gather evidence: the moderators' decision depends on it.
verdict-weak =
    <b>This looks like ordinary criticism rather than a false review.</b>
    { $reasons }
    A complaint would most likely be rejected.
verdict-advice =
    What helps more than a complaint:
    • answer the review publicly, calmly and to the point — buyers read sellers' answers;
    • offer the author a solution: an exchange, a refund, advice;
    • find out what went wrong — packaging, description, delivery — and fix it;
    • if similar complaints repeat, train your staff and update the product card.
btn-take-criticism = 👍 Take the criticism, close the case
btn-appeal-anyway = Complain anyway
btn-gather-evidence = 📎 Gather evidence
verdict-closed = The case is closed. Good luck with the shop!
ev-review_screenshot = a screenshot of the review and of the author's profile
ev-order_data = the order data from your seller account
ev-delivery_status = the delivery or return status
ev-buyer_chat = the chat with the buyer, if any
q-rules = Which review rules does it break? Tick all that apply and press "Done".
rule-obscene = Obscenity or insults
rule-personal_data = Personal data
rule-ads = Ads, links
rule-not_about_product = Not about the product
rule-false_statements = False statements
rule-crime_accusation = Accusation of a crime
btn-rules-done = ✅ Done
rules-pick-one = Tick at least one broken rule.
q-shop-name-seller = Who is the complaint from? Write the seller as registered, in Russian, e.g. «ИП Петренко И. С.» or «ООО «Ромашка»».
q-shop-form = What is the seller's legal form: a sole trader or an organisation?
btn-form-sole = 👤 Sole trader (ИП)
btn-form-company = 🏢 Organisation (ООО, АО…)
q-signatory = Who signs the complaint for the organisation? Write the position and the surname with initials, in Russian, e.g. «Генеральный директор Петров П. П.». If you don't know, skip — the signature line stays blank.
q-review-quote = Which words of the review are untrue? Copy them from the review exactly — the complaint will quote them. To refer to the whole review, skip.
err-quote-not-in-review = These words are not in the review's text. Copy a part of the review without changes.
q-appeal-review =
    Please check the complaint details:
    { $summary }
field-review_sku = SKU
field-review_date = Review date
field-review_rating = Rating
field-review_author = Author
field-rules = Rules broken
field-shop_name = Seller
field-shop_form = Seller's form
field-signatory = Signs
field-review_quote = Words disputed
btn-make-appeal = 📄 Draw up the complaint
appeal-short-intro = And here is a short text (in Russian) for the "Report" button under the review itself:
q-appeal-ticket = Send the complaint to { $marketplace }'s seller support through the chat in your seller account (there is no phone line for sellers). If they gave you a ticket number, type it. If not, skip.
q-appeal-outcome = What did the marketplace answer?
appeal-outcome-removed = 🎉 The review was hidden
appeal-outcome-wait3 = ⏳ Remind me in 3 days
appeal-outcome-wait7 = ⏳ Remind me in 7 days
appeal-outcome-wait14 = ⏳ Remind me in 14 days
appeal-outcome-refused = ❌ They refused
appeal-removed = Great! The case is closed.
appeal-waiting = All right. I'll remind you, and then we'll decide what to do next. The ticket number is saved.
q-seller-routes =
    If the marketplace refused, these ways remain — with no guarantee of success:
    • <b>a new ticket</b> to seller support — with the earlier ticket number and new evidence;
    • <b>a pre-trial complaint to the platform operator</b> — since 01.10.2026 a platform must handle sellers' complaints in a pre-trial procedure (Federal Law 289-FZ on the platform economy); the rules are in your contract with the platform;
    • <b>the arbitration court</b> — disputes about business reputation in entrepreneurial activity go to the arbitration court (Arbitration Procedure Code art. 33). If the review states false facts rather than an opinion and the author is known, you can demand a refutation { $form ->
        [sole] (Civil Code art. 152 p. 1: a sole trader's business reputation is protected as a citizen's)
        [company] (Civil Code art. 152 p. 1, 11: the rules on a citizen's business reputation apply to a legal person's)
       *[other] (Civil Code art. 152 p. 1; an organisation's business reputation is protected the same way — art. 152 p. 11)
    }; when the author cannot be identified — an application to declare the information untrue (art. 152 p. 8), also to the arbitration court.
remind-appeal =
    ⏰ <b>{ $case }</b>
    You are waiting for the marketplace's answer to your complaint about a review. Did they answer?

route-court-later = ⚖️ Court — after { $due ->
        [none] the seller's period ends
       *[other] { $due }
    }: until then the seller may still do what you asked, and a court will not take a claim for something else. I'll remind you when the period ends.

err-not-russian = Please write this in Russian: it goes into the document as written, and Russian courts and state bodies accept documents in Russian only (names and brands may stay in Latin letters). For example: «не включается, экран гаснет».

## issue 17: the claim-stage letters' facts (flows/steps/letter_facts.py)
q-return-reason = Why did you return the item?
return-reason-defect = 🔧 It was defective
return-reason-proper = 🙅 It works, it just didn't suit me
field-return_reason = Reason for the return
q-return-demanded-on = When did you demand the money back for the defective item (hand it in for return)? For example: 05.11.2026.
field-return_demanded_on = Refund demanded on
q-marketplace-holds = Did { $mp } accept the return (at a pickup point or in the app) and hold the money?
field-marketplace_holds = Return accepted by the marketplace
q-shop-answer = What exactly did the shop answer to your return?
shop-answer-only_store = 🏬 Returns only in their store
shop-answer-other = 💬 Something else
q-return-sent-by = How did you send the item to the seller?
sent-by-post = 📮 By post
sent-by-courier = 🚚 By courier
sent-by-not_yet = ⏳ Not sent yet
q-return-sent-on = When did you send the item? For example: 05.11.2026.
q-return-tracking = The tracking number — or skip.
q-repair-handed-on = When did you hand the item in for repair? For example: 25.09.2026.
q-repair-returned-on = When did you get the item back from repair? If not yet, press the button.
btn-repair-not-returned = ⏳ Not back yet
repair-not-returned = not back yet
err-repair-before-handed = The item cannot have come back before it was handed in. Please check the date.
field-repair_handed_on = Handed in for repair
field-repair_returned_on = Back from repair
q-heavy = Does the item weigh more than 5 kg or is it bulky?
field-heavy = Over 5 kg / bulky
q-substitute = During the repair the seller must, on your demand, give you a similar item free of charge within 3 days (except cars, motorcycles and other motor vehicles, trailers and some other goods on the Government's list). Demand a substitute item?
btn-substitute-yes = ✅ Yes, demand it
btn-substitute-no = No, not needed
field-substitute = Substitute item
q-account-contact = Which phone or e-mail is your marketplace account tied to? Press the button if it is yours, or type another.
btn-account-phone = 📱 { $phone }
btn-account-email = ✉️ { $email }
field-account_contact = Account phone/e-mail
q-card-last4 = The last 4 digits of the card you paid with — I'll ask for the money back to it. Or skip.
err-card-last4 = I need exactly 4 digits — the last digits of the card number, e.g. 1234.
field-card_last4 = Card paid with
claim-details-missing = The claim has no bank details: it asks for the money back to the card you paid with, or the way you paid. That is lawful, but the seller may use the missing details as a pretext to delay the refund — add them if you can.
