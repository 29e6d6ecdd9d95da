## The complaint to the FAS

# §3 FAS: ФЗ «О рекламе» ст. 33 (the FAS detects violations, opens cases); the rules ПП № 1922
fas-to = В Управление Федеральной антимонопольной службы по ______________
fas-title = ЗАЯВЛЕНИЕ
fas-subtitle = о нарушении законодательства о рекламе
# §3 FAS «A product card is not an ad»: only a banner, a promoted block, a post marked «Реклама» / erid, or an ad outside the marketplace
fas-ad = { $date } я увидел{ $g ->
        [f] а
        [m] {""}
       *[x] (а)
    } { $kind ->
        [promoted] оплаченное продвижение (рекламный блок)
        [marked] публикацию с пометкой «Реклама»
        [outside] рекламу
       *[banner] рекламный баннер
    } товара «{ $item }» (место размещения: { $where }). Сведения в рекламе не соответствуют действительности: { $details }.
fas-purchase = { $ordered } я купил{ $g ->
        [f] а
        [m] {""}
       *[x] (а)
    } этот товар { $where } (заказ № { $order }, { $price }).
# §3 FAS «Who is who (38-ФЗ ст. 3)»: the advertiser is whoever the «Реклама. …» label names (п. 5)
fas-advertiser-label = Рекламодатель (п. 5 ст. 3 Федерального закона «О рекламе») — лицо, указанное в пометке «Реклама» (маркировке) этой рекламы: { $advertiser }.
# §3 FAS «Who is who»: with no label, the maker or seller of the goods (п. 5)
fas-advertiser-seller = Рекламодатель (п. 5 ст. 3 Федерального закона «О рекламе») — продавец рекламируемого товара: { $seller }. Пометки «Реклама» с указанием рекламодателя в рекламе нет.
# §3 FAS «Who is who»: the distributor (п. 7) — the platform only for a banner in its own app
fas-distributor-platform = Рекламораспространитель (п. 7 ст. 3 Федерального закона «О рекламе») — лицо, разместившее рекламу на своей площадке: { $platform }.
# §3 FAS «Who is who»: the distributor (п. 7) — the channel, site or blogger that published it
fas-distributor-named = Рекламораспространитель (п. 7 ст. 3 Федерального закона «О рекламе») — лицо, распространившее рекламу: { $distributor }.
fas-seller = Продавец товара: { $seller }.
# §3 FAS «What to ask for»: unreliable advertising — 38-ФЗ ст. 5 ч. 3 (characteristics of the goods)
fas-breach = Реклама содержит не соответствующие действительности сведения о характеристиках товара и потому является недостоверной (ч. 3 ст. 5 Федерального закона от 13.03.2006 № 38-ФЗ «О рекламе»).
# §3 FAS «Who is who»: for unreliable content the advertiser answers (ст. 38; the part unconfirmed)
fas-liability = За нарушение требований ст. 5 Федерального закона «О рекламе» к достоверности рекламы ответственность несёт рекламодатель (ст. 38 Федерального закона «О рекламе»).
fas-request-label = На основании изложенного прошу:
# §3 FAS: powers under ст. 33; «find the ad improper, order it stopped»
fas-request-case = возбудить дело по признакам нарушения законодательства о рекламе и признать рекламу ненадлежащей
fas-request-order = выдать предписание о прекращении нарушения законодательства о рекламе (ст. 33 Федерального закона «О рекламе»)
# §3 FAS «What to ask for»: hold the advertiser liable under КоАП ст. 14.3 ч. 1
fas-request-fine = привлечь рекламодателя к административной ответственности по ч. 1 ст. 14.3 Кодекса РФ об административных правонарушениях
fas-request-answer = сообщить мне о результатах рассмотрения заявления.
