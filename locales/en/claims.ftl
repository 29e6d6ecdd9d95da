## What exactly happened (stage 1), the claim's extra questions (stage 4), the lawsuit's and the
## prosecutor complaint's questions (stage 5).

q-fraud-kind = What exactly happened?
fraud-counterfeit = 🎭 I got a fake
fraud-empty_parcel = 📭 The parcel was empty
fraud-courier_theft = 🚚 The courier never handed it over
fraud-seller_gone = 👻 The seller vanished, no item
q-wrong-kind = What is wrong with the item?
wrong-other_item = 🔀 A different item came
wrong-incomplete = 🧩 Part of the set is missing
q-details-damaged = What exactly is damaged? Briefly, e.g. «разбит экран, вмятина на корпусе». Please write it in Russian: it goes into a Russian document as written.
q-details-defective = What is the defect? Briefly, e.g. «не заряжается, при включении гаснет экран». Please write it in Russian: it goes into a Russian document as written.
q-details-wrong_item-other_item = What came instead of what you ordered? E.g. «чехол вместо смартфона» or «модель A54 вместо A55». Please write it in Russian: it goes into a Russian document as written.
q-details-wrong_item-incomplete = What is missing? E.g. «нет зарядного устройства и кабеля». Please write it in Russian: it goes into a Russian document as written.
q-details-refund = When and how did you return the item? E.g. «15.11.2026 сдан в пункт выдачи Ozon, накладная № 123». Please write it in Russian: it goes into a Russian document as written.
q-details-fraud-counterfeit = Why do you think it is a fake? E.g. «нет серийного номера, логотип другой, производитель не подтвердил подлинность». Please write it in Russian: it goes into a Russian document as written.
q-details-fraud-empty_parcel = What was in the parcel and how did you record it? E.g. «коробка пустая, вскрытие снято на видео в пункте выдачи». Please write it in Russian: it goes into a Russian document as written.
q-details-fraud-courier_theft = What happened? E.g. «курьер отметил заказ доставленным 20.11.2026, но мне его не передал». Please write it in Russian: it goes into a Russian document as written.
q-details-fraud-seller_gone = What happened? E.g. «после оплаты продавец не отправил товар и не отвечает в чате с 10.11.2026». Please write it in Russian: it goes into a Russian document as written.
q-details-misleading_ad = What was promised and what did you get? E.g. «в рекламе — 8 ГБ памяти, на деле 4 ГБ». Please write it in Russian: it goes into a Russian document as written.
q-ad-kind = Where was this promise?
ad-kind-banner = 🖼 An ad banner on the platform
ad-kind-promoted = 📌 Paid promotion (an ad block)
ad-kind-marked = 🏷 A post or video marked «Реклама» or with an erid
ad-kind-outside = 📣 An ad outside the marketplace: a channel, a site, a blogger
ad-kind-card = 🛒 Just the product card or search results
ad-card-no-fas = A product card and search results are reference information, not advertising (that is the FAS's view), so I will not offer a complaint to the FAS. False information about goods in a card breaks consumer rights (Consumer Protection Law art. 10, 12): for that there is a claim to the seller, a complaint to Rospotrebnadzor (Administrative Code art. 14.7) and a court.
q-ad-where = { $kind ->
        [card] Where was the card? Write it in Russian, as it goes into the documents, e.g. «карточка товара на Ozon, артикул 123456».
        [outside] Where did you see the ad? Write it in Russian, e.g. «Telegram-канал «Скидки дня»» or «сайт example.ru».
        [marked] Where was the post? Write it in Russian, e.g. «видео в ленте Ozon» or «Telegram-канал «Скидки дня»».
       *[other] Where did you see the ad? Write it in Russian, e.g. «баннер на главной странице Ozon».
    }
q-ad-seen-on = When did you see it?
field-fraud_kind = What happened
field-wrong_kind = What is wrong
field-details = Details
field-ad_kind = What it was
field-ad_where = Where
field-ad_seen_on = Seen on

q-demand-refuse = The order was not paid in advance, so there is no refund or delay penalty to claim (Consumer Protection Law art. 23.1 is about prepaid goods). You may refuse the item at any time before you receive it (art. 26.1) — I will write a notice saying so.
q-price-cut = By how much should the price be cut? The item cost { $price } ₽. Write the amount of the cut, e.g. 3000.
err-cut-too-big = The cut must be less than the price ({ $price } ₽). For a full refund, go back and choose "Get my money back".
field-price_cut = Cut the price by
q-seller-address = The seller's postal address with the postcode, in Russian as in the register (e.g. «190000, г. Санкт-Петербург, Невский пр., д. 1») — needed for a registered letter and for a court. It is usually in the product card (about the seller); for a registered letter better take the address from the state register (ЕГРЮЛ, for a sole trader ЕГРИП) at egrul.nalog.ru — the card's address may differ. If you do not know it, skip: the document will keep a line to fill in by hand.
field-seller_address = Seller's address
claim-two-letters = There are two documents, and the order matters: first send the seller the notice that you refuse the contract, then send the marketplace the demand to return the prepayment, with a copy of the notice (Consumer Protection Law art. 12). The delay penalty (0.5% a day) is owed by the seller, not by the marketplace.
claim-quality-check-advice = Important: if the seller asks you to hand the item over for a quality check, do it and keep proof (a receipt, a waybill, the chat). Since 01.02.2026 a buyer who avoided the check may lose the 50% fine in court (Consumer Protection Law art. 13 as amended by Law 500-FZ). You may attend the check (art. 18).
claim-refuse-sent = The notice is ready. Send it to the seller through the support chat or cancel the order in the app. You have not paid, so there is nothing more to claim.
q-awaiting-none = There is no answer to wait for.

q-plaintiff-consent = For a lawsuit the court needs your date and place of birth and one identifier — SNILS, INN, passport or driving licence (Civil Procedure Code art. 131). I ask for them only for the lawsuit and do not save them to your profile. Give them now? If not, the lawsuit will have blank lines.
q-birth-date = Date of birth? E.g. 21.03.1985.
q-birth-place = Place of birth, as in your passport? E.g. «г. Москва». Please write it in Russian: it goes into a Russian document as written.
q-id-kind = Which identifier should I put in the lawsuit?
id-kind-snils = SNILS
id-kind-inn = INN
id-kind-passport = Passport
id-kind-licence = Driving licence
q-id-number-snils = Your SNILS number — 11 digits, e.g. 112-233-445 95.
q-id-number-inn = Your INN? It has 12 digits.
q-id-number-passport = Passport series and number — 10 digits, e.g. 45 09 123456.
q-id-number-licence = Driving licence series and number — 10 characters, e.g. 99 12 345678.
err-snils = That SNILS does not check out: 11 digits with a valid check sum are needed.
err-person-inn = A person's INN has 12 digits with a valid check sum. Please check the digits.
err-passport = Passport series and number are 10 digits, e.g. 45 09 123456.
err-licence = Licence series and number are 10 characters, e.g. 99 12 345678.
err-birth-young = By that date you are under 18. Please check the year.
q-court-demand = { $first ->
        [repair] The repair was not done in time.
        [replacement] The item was not replaced in time.
       *[new_date] The item was not delivered by the new date.
    } What do you ask the court for now?
court-demand-refund = 💸 Get my money back
court-demand-price_cut = ➖ Cut the price
q-moral-damages = How much compensation for moral damage do you ask for, in roubles? You choose the amount; the court sets the final sum (Consumer Protection Law art. 15).
q-losses = Other losses caused by this purchase: what each was and what it cost — one per line, at most three. For example:
    <i>диагностика в сервисном центре — 1500
    доставка товара в сервис — 600</i>
    Write in Russian: this goes into the lawsuit. Each item needs a receipt. If there are none, skip.
err-losses-format = Write it as: what it was — amount, one per line. For example: «диагностика в сервисном центре — 1500».
err-losses-many = At most { $limit } items. Merge the small ones or keep the main ones.
q-defendant-address = A court will not accept a lawsuit without the defendant's address (Civil Procedure Code art. 131). Write the postal address of the seller «{ $name }» with the postcode, in Russian. Where to find it: an extract from the state register (EGRUL/EGRIP) at egrul.nalog.ru{ $inn ->
        [none] {""}
       *[other] {" "}by INN { $inn }
    }, the seller's offer, or the product card (about the seller). For example: «190000, г. Санкт-Петербург, Невский пр., д. 1».
field-defendant_address = Seller's address
q-marketplace-address = A court will not accept a lawsuit without the defendant's address (Civil Procedure Code art. 131). Write the address of { $name } with the postcode, in Russian. Where to find it: an extract from the state register (EGRUL) at egrul.nalog.ru{ $inn ->
        [none] {""}
       *[other] {" "}by INN { $inn }
    } or the marketplace's offer (about the company).
field-marketplace_address = Marketplace's address
q-venue = Which court will you file with? The choice is yours (Consumer Protection Law art. 17, Civil Procedure Code art. 29 part 7).
venue-residence = 🏠 Where I live or stay
venue-defendant = 🏢 Where the defendant is
venue-contract = 📝 Where the contract was made or performed
field-venue = Court
q-court-name-magistrate = The lawsuit goes to a magistrate judge. Which judicial plot serves { $venue ->
        [defendant] the defendant's address
        [contract] the place the contract was made or performed (e.g. the delivery address)
       *[residence] your address
    }? Find it by address on your region's magistrates' site (plot search by address) or on sudrf.ru. Write the plot's number and district in Russian, as on the site, for example: «№ 5 Пресненского района г. Москвы».
q-court-name-district = The lawsuit goes to a district court. Which court serves { $venue ->
        [defendant] the defendant's address
        [contract] the place the contract was made or performed (e.g. the delivery address)
       *[residence] your address
    }? Find it by address on sudrf.ru ("Подсудность") or on the court's site. Write its name in Russian, as on the site, for example: «Пресненский районный суд г. Москвы».
err-court-plot = I need the plot's number and district, for example: «№ 5 Пресненского района г. Москвы».
err-court-name = I need the court's name, for example: «Пресненский районный суд г. Москвы».
field-court_name = Court's name
field-plaintiff_consent = Details for the lawsuit
field-birth_date = Date of birth
field-birth_place = Place of birth
field-id_kind = Identifier
field-id_number = Number
field-court_demand = Demand in court
field-court_cut = Cut the price by
field-moral_damages = Moral damage
field-losses = Losses
q-suit-review =
    Check the details for the lawsuit:
    { $summary }
suit-figures = Lawsuit amount: { $price } ₽.{ $has_penalty ->
        [yes] {" "}Penalty so far: { $penalty } ₽{ $capped ->
            [yes] {" "}— the limit, the amount you paid (art. 23 as amended by Law 500-FZ)
           *[no] {""}
        }; a court may reduce it (Civil Code art. 333).
       *[no] {""}
    }
btn-make-document = 📄 Write the document

q-police-filed-on = When did you file the report with the police?
q-police-kusp = The KUSP number (the police registration number) from the acceptance slip, if you have one. If not, skip.
q-police-answer = What did the police do?
police-answer-not_registered = 🚫 Did not accept the report
police-answer-refused_case = 📄 Refused to open a case
police-answer-no_answer = 🤐 No answer
q-police-decided-on = On what date was the refusal issued?
field-police_filed_on = Report filed
field-police_kusp = KUSP
field-police_answer = Police answer
field-police_decided_on = Refusal date
q-prosecutor-review =
    Check the details for the complaint to the prosecutor:
    { $summary }
cases-penalty = Penalty so far: { $amount } ₽{ $capped ->
        [yes] {" "}— the limit, the amount you paid
       *[no] {""}
    }; a court may reduce it.

q-tech-complex = Which group is the item in? Your rights depend on it: for technically complex goods on the Government's list a refund or a replacement at will is open only in the first 15 days after receipt (Consumer Protection Law art. 18).
tech-cat-phone = 📱 Smartphone, tablet, navigator
tech-cat-computer = 💻 Laptop, computer, system unit
tech-cat-tv = 📺 TV, projector
tech-cat-camera = 📷 Camera or video camera, lens
tech-cat-console = 🎮 Game console, satellite TV
tech-cat-office = 🖨 Multifunction printer, monitor
tech-cat-appliance = 🧺 Fridge, washing machine, dishwasher, dryer, coffee machine, cooker, oven
tech-cat-watch = ⌚ Smart watch
tech-cat-power_tool = 🔌 Power tool
tech-cat-vehicle = 🚗 Car, motorcycle, boat, snowmobile, walk-behind tractor
tech-cat-not_listed = ✖️ None of these
tech-cat-unsure = 🤔 Not sure
q-tech-list =
    Here is the list of technically complex goods (Government Decree No. 924 of 10.11.2011):
    • passenger cars, motorcycles, scooters and other motor vehicles, snowmobiles, tractors, walk-behind tractors, motor cultivators, motor boats, yachts, boats with an engine, aircraft with an engine;
    • smartphones, tablets, navigators and other communication and navigation devices with a touchscreen and two or more functions;
    • system units, computers, including laptops;
    • laser and inkjet multifunction printers, monitors with a digital control unit;
    • satellite TV kits, game consoles with a digital control unit;
    • TVs, projectors with a digital control unit;
    • digital cameras and video cameras, their lenses;
    • refrigerators, freezers, dishwashers, automatic washing machines and dryers, coffee machines, electric cookers, ovens and hobs;
    • wrist and pocket watches with two or more functions;
    • hand-held and portable electric machines (power tools).
    Is your item on this list?
btn-tech-listed = ✅ Yes, it is on the list
btn-tech-unlisted = ❌ No, it is not there
field-tech_complex = Technically complex
q-tech-ground = For a technically complex item a refund or a replacement is open in the first 15 days after receipt, and later only on one of these grounds (Consumer Protection Law art. 18). Which applies to you?
tech-ground-within_15 = ⏱ No more than 15 days have passed
tech-ground-substantial = ⚠️ The defect is substantial
tech-ground-repair_late = 🛠 The repair deadline was missed
tech-ground-unusable_30 = 📅 Over 30 days in repairs within a year
tech-ground-none = None of these
q-demand-tech = Without these grounds the law leaves a repair or a price cut (art. 18). What do you demand?
q-return-info = When you received it, were you given the return procedure and terms in writing (on the receipt, a leaflet in the parcel, an e-mail)? It decides the period: 7 days or 3 months (Consumer Protection Law art. 26.1).
btn-return-info-yes = Yes
btn-return-info-no = No
field-return_info = Return terms given
claim-return-late = ⚠️ The period to return an item of proper quality seems to have passed: 7 days after receipt, or 3 months if the return terms were not given in writing (art. 26.1). The seller may refuse. If you declared the refusal earlier, say so in the claim and attach proof.
claim-entity-check = I couldn't verify the marketplace's exact legal name. Before sending, check it against your receipt and the marketplace's offer, and correct it in the Word file if needed.
q-gender = How should the documents speak of you: «обратился» (he) or «обратилась» (she)?
gender-m = He
gender-f = She
q-route-none = The order was not paid for, so there is nothing to escalate: you have no money claim.
q-police-omissions = What did the police fail to do, in your view? E.g. «не опросили курьера, не запросили записи камер пункта выдачи». If you don't know, skip. Please write it in Russian: it goes into a Russian document as written.

q-empty-cause = What do you think happened to the item? The police report depends on it: if it was stolen on the way, it was the seller's property, and the check is asked about the theft of the seller's goods; if the seller shipped an empty box on purpose, you are the injured party, and the seller's actions may show signs of fraud. The police will decide — choose what you believe.
empty-cause-stolen = 🚚 It went missing on the way
empty-cause-shipped_empty = 📦 The seller shipped an empty box
empty-cause-unsure = 🤷 I don't know
field-empty_cause = What happened to the item
q-police-department = Which police department are you filing with? The report is in Russian, so write it in Russian, the way it follows the word «Начальнику», e.g. «ОМВД России по району Хамовники г. Москвы» or «отдела полиции № 5 УМВД России по г. Казани». If you don't know, skip: the report will say «Начальнику отдела полиции».
field-police_department = Police department
q-police-extension = Did the police tell you the check was extended? A decision is usually due within 3 days of filing ({ $filed }), but it can be extended to 10 days, and to 30 for inspections or expert examinations (Criminal Procedure Code art. 144). You can complain of silence only after the term that actually applies has run out.
police-extension-none = No, they did not
police-extension-ten = Extended to 10 days
police-extension-thirty = Extended to 30 days
field-police_extension = Check extended
q-prosecutor-office = Which prosecutor are you filing with? Usually the prosecutor of the district where the police department is. The complaint is in Russian, so write it in Russian, the way it follows the word «Прокурору», e.g. «Центрального района г. Новосибирска». If you don't know, skip: the complaint will say «Прокурору района».
field-prosecutor_office = Prosecutor's office
q-police-review =
    Check the details for the police report:
    { $summary }
prosecutor-too-early = ⏳ The police's term for your report has not run out yet: the last day is { $due }. While it runs, a complaint about their silence would be untrue. If the police tell you nothing, come back after that date — or earlier, if they tell you of a refusal.

## No dead ends: the letter on its way, the routes after filing

q-tracking = The registered letter's tracking number — 14 digits on the receipt.{ $followed ->
        [yes] {" "}I'll check the letter at Russian Post myself and tell you when it is delivered or sent back.
       *[no] {" "}With it you can check whether the letter was delivered.
    } You can skip it.
q-delivered-on-post = { $followed ->
        [yes] I'm following the letter by its number and will mark the date myself when Russian Post reports its delivery or return. If you already know the delivery date, give it.{" "}
       *[no] {""}
    }When did the seller receive the letter? The date is on the delivery notice or in the tracking (the «Вручение адресату» step; «Прибыло в место вручения» is not delivery yet); the answer period runs from that day. If the letter came back because the seller did not collect it or refused it, tap the button below: such a letter usually still counts as delivered (Civil Code art. 165.1).
btn-letter-not-yet = 📭 Not delivered yet
btn-letter-unclaimed = ↩️ Not collected — sent back
btn-letter-refused = 🚫 They refused it
btn-letter-handed = 📬 No, it was delivered
q-returned-on-post = When did the post send the letter back { $why ->
        [refused] after the seller refused it
       *[storage] because the storage period ended
    }? It is the date of the «Возврат» (return) step in the tracking. A letter the addressee did not collect or refused usually still counts as delivered on that day (Civil Code art. 165.1), and the seller's answer period runs from it. It matters that the letter went to the seller's address in the state register (ЕГРЮЛ, for a sole trader ЕГРИП): check the address on the receipt at egrul.nalog.ru.
letter-not-yet-followed = All right. I'm following the letter by its number and will write as soon as Russian Post marks it delivered or returned. If you learn the date earlier, mark it in the case.
letter-not-yet = All right, let's wait for the letter. I'll remind you in 7 days — check the tracking and mark whether it was delivered or came back. If the seller never collects it, usually it still counts as delivered from the day it is sent back (Civil Code art. 165.1).
remind-letter = 
    ⏰ <b>{ $case }</b>
    Has your registered letter with the claim{ $tracking ->
        [none] {""}
       *[other] {" "}(tracking { $tracking })
    } been delivered? Check the tracking. If it came back because the seller did not collect it or refused it, mark that with the button: usually such a letter still counts as delivered (Civil Code art. 165.1).
btn-letter-delivered = 📬 Mark the delivery or the return
q-route-next =
    Where you have been:
    { $states }

    Where else you can go:

    { $routes }
route-state = { $route } — { $state ->
        [filed] filed { $date }{ $due ->
            [none] {""}
           *[other] , answer due by { $due }
        }
       *[prepared] document ready { $date }, not filed yet
    }
btn-route-wait = ⏳ Waiting for the answer
route-wait = All right, we'll wait for the answer. I'll remind you of the deadline; you can continue any time in /cases.
err-seller-is-marketplace = That is the INN or OGRN of the marketplace { $marketplace } itself, not the seller's. The seller's details are in the product card, in the section about the seller. If there are none, skip.

## The marketplace's refund demand: its own delivery date and 10 days (issue 17 p. 2)

q-marketplace-delivered-on = When did the marketplace receive the demand to return the prepayment (the second document, with a copy of the notice to the seller)? For the support chat, the day you sent it; for a letter, the delivery date. The marketplace has 10 days from that day.
err-before-notice = The demand to the marketplace goes after the notice to the seller, and the seller received that on { $earliest }. Please check the date.
marketplace-not-yet = All right. Send the demand to the marketplace with a copy of the notice to the seller. I'll remind you in 7 days — then mark the day the marketplace received it.
marketplace-answer-by = The marketplace must return the prepayment by: { $explain }. I'll remind you.
remind-marketplace =
    ⏰ <b>{ $case }</b>
    The period for the marketplace to return the prepayment ended on { $due } (art. 12 of the Consumer Rights Law). Did they pay — or is it time to go further?
remind-marketplace-letter =
    ⏰ <b>{ $case }</b>
    Has the marketplace received the demand to return the prepayment? Mark the date — its 10 days run from it.

q-surname = Which of these words is your surname? It goes under your signature in the documents: "{ $name }".
field-surname = Surname
