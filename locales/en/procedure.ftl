## Progress and common buttons

progress = Step { $number } of { $total } · { $stage }
stage-order = Order
stage-support = Support
stage-evidence = Evidence
stage-claim = Claim
stage-escalate = Escalation
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
err-price-format = Write the price as a number, for example 4990 or 4 990,50.
err-price-zero = The price must be more than zero.
err-price-too-big = That is too much — over 10 000 000 ₽. Please check the price.
err-order-number = An order number looks different. Example: { $example }.
err-text-short = Too short. Please write a little more.
err-text-long = Too long: at most { $limit } { $limit ->
        [one] character
       *[other] characters
    }.
err-name-words = Write your surname, first name and patronymic (if any) — at least two words.
err-name-letters = A name may hold only letters, hyphens and apostrophes.
err-address-index = Add the postal code — six digits, e.g. 123456, Moscow, Lenina st. 1, apt. 2.
err-email = That does not look like an e-mail address. Example: ivanov@mail.ru.
err-phone = I need a Russian number: +7 999 123-45-67 or 8 999 123-45-67.
err-inn = The INN fails its checksum — please check the digits.
err-ogrn = The OGRN fails its checksum — please check the digits.
err-company-ids = Write the INN (10 or 12 digits) and/or the OGRN (13 or 15 digits).
err-contact-not-yours = That is someone else's contact. Send your own number or type it.

## Stage 1 · order

new-case = Case №{ $id } is open. Answer one question at a time; you can stop at any moment — we will go on from the same place.
q-marketplace = Where did you order?
mp-ozon = Ozon
mp-wildberries = Wildberries
mp-yandex_market = Yandex Market
mp-other = Another online shop
q-problem = What happened?
problem-not_delivered = 📦 Not delivered or late
problem-damaged = 💥 Damaged in delivery
problem-defective = 🔧 Defective item
problem-wrong_item = 🔀 Wrong or incomplete item
problem-return = ↩️ I want to return an item of proper quality
problem-refund = 💸 Refund not received
problem-fraud = 🚨 Fraud: counterfeit, empty parcel, theft, seller vanished
problem-misleading_ad = 📣 Misleading advertising
q-order-number =
    The order number? { $where }
    Example: <code>{ $example }</code>
where-order-ozon = You can see it in the app: "Profile" → "Orders".
where-order-wildberries = You can see it in the app: "Profile" → "Purchases" or "Deliveries".
where-order-yandex_market = You can see it in the app: "Profile" → "Orders".
where-order-other = It is in the order e-mail or SMS and in your account on the shop's site.
q-ordered-on = When did you place the order?
q-promised-on = What delivery date was promised when you ordered?
q-received-on = When did you receive the parcel?
q-item = What is the item? Briefly, as in the order: e.g. "Xiaomi Redmi Note 13 smartphone, 256 GB".
q-price = How much did you pay for the item, in roubles?
price-value = { $price } ₽
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
check-return_in_time = an item of proper quality can be returned within 7 days after receipt, or within 3 months if the return terms were not given in writing at delivery (Consumer Protection Law, art. 26.1);
check-check_bank = check your card statement: refunds sometimes arrive in several payments;
check-film_opening = film the opening of the parcel in one uncut video;
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
btn-support-wrote = ✅ I wrote to support
btn-support-skip = ⏭ I won't write — go on
q-support-channel = How did you contact support?
support-via-app_chat = Chat
support-via-email = E-mail
support-via-phone = Phone
support-via-other = Other
q-support-date = When did you write?
q-support-ticket = The ticket number, if support gave one. If not, skip.
q-support-outcome = What did support answer to your request of { $written }?
support-outcome-solved = 🎉 It's solved
support-outcome-waiting = ⏳ Waiting for an answer
support-outcome-refused = ❌ They refused
support-outcome-no_answer = 🤐 No answer
support-solved = Great that it worked out! The case is closed. If anything goes wrong again, I am here.
support-waiting = All right, let's wait. I will remind you in 3 days — and then we decide what's next.

## Stage 3 · evidence

q-evidence =
    Let's gather evidence. What helps:
    { $checklist }

    Send photos, screenshots and files — with a caption if you like. At most { $limit } files.

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
btn-remove-file = 🗑 Remove №{ $n }
btn-done-removing = ↩️ Done

## My cases

cases-none = You have no cases yet.
cases-list = <b>Your cases</b>
cases-next-deadline = Next deadline: { $date }
btn-open-case = №{ $id }
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
