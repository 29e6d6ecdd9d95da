## Progress and common buttons

progress = Шаг { $number } из { $total } · { $stage }
stage-order = Заказ
stage-support = Поддержка
stage-evidence = Доказательства
stage-claim = Претензия
stage-escalate = Эскалация
btn-back = ↩️ Назад
btn-skip = ⏭ Пропустить
btn-today = Сегодня
btn-yesterday = Вчера
btn-yes = Да
btn-no = Нет
btn-understood = 👍 Понятно, дальше
btn-all-correct = ✅ Всё верно
btn-edit = ✏️ { $field }
btn-share-phone = 📱 Отправить мой номер
ok = Принято.

## What the bot expected instead

hint-button = Сейчас нужен ответ кнопкой под вопросом.
hint-text = Сейчас нужен ответ текстом.
hint-date = Нужна дата: нажмите кнопку или напишите, например, 21.11.2026 или 21.11.
hint-file = Пришлите фото, скриншот или файл — или нажмите кнопку под сообщением.

## Input errors

err-date-format = Не получилось прочитать дату. Напишите её так: 21.11.2026 или 21.11.
err-date-invalid = Такой даты нет в календаре. Проверьте день и месяц.
err-date-future = Эта дата ещё не наступила. Укажите прошедшую дату или сегодняшнюю.
err-date-too-old = Дата слишком давняя — больше 10 лет назад. Проверьте год.
err-before-order = Эта дата раньше даты заказа ({ $earliest }). Проверьте её.
err-new-date-past = Новый срок должен быть позже сегодняшнего дня.
err-price-negative = Цена не может быть отрицательной.
err-price-format = Напишите цену числом, например: 4990 или 4 990,50.
err-price-zero = Цена должна быть больше нуля.
err-price-too-big = Слишком большая сумма — больше 10 000 000 ₽. Проверьте цену.
err-order-number = Номер заказа выглядит иначе. Пример: { $example }.
err-text-short = Слишком коротко. Напишите чуть подробнее.
err-text-long = Слишком длинно: не больше { $limit } { $limit ->
        [one] символа
       *[other] символов
    }.
err-name-words = Напишите фамилию, имя и отчество (если есть) — хотя бы два слова.
err-name-letters = В ФИО могут быть только буквы, дефис и апостроф.
err-address-index = Добавьте почтовый индекс — шесть цифр, например: 123456, г. Москва, ул. Ленина, д. 1, кв. 2.
err-email = Это не похоже на адрес e-mail. Пример: ivanov@mail.ru.
err-phone = Нужен российский номер: +7 999 123-45-67 или 8 999 123-45-67.
err-inn = ИНН не сходится по контрольной сумме — проверьте цифры.
err-ogrn = ОГРН не сходится по контрольной сумме — проверьте цифры.
err-company-ids = Напишите ИНН (10 или 12 цифр) и/или ОГРН (13 или 15 цифр).
err-contact-not-yours = Это чужой контакт. Отправьте свой номер или напишите его.

## Stage 1 · order

new-case = Открыто обращение №{ $id }. Отвечайте по одному вопросу; прерваться можно в любой момент — продолжим с того же места.
q-marketplace = Где вы сделали заказ?
mp-ozon = Ozon
mp-wildberries = Wildberries
mp-yandex_market = Яндекс Маркет
mp-other = Другой интернет-магазин
q-problem = Что случилось?
problem-not_delivered = 📦 Не доставили или задерживают
problem-damaged = 💥 Повреждён при доставке
problem-defective = 🔧 Товар с браком
problem-wrong_item = 🔀 Не тот товар или некомплект
problem-return = ↩️ Хочу вернуть товар надлежащего качества
problem-refund = 💸 Не вернули деньги
problem-fraud = 🚨 Мошенничество: подделка, пустая посылка, кража, продавец исчез
problem-misleading_ad = 📣 Обманная реклама
q-order-number =
    Номер заказа? { $where }
    Пример: <code>{ $example }</code>
where-order-ozon = Его видно в приложении: «Профиль» → «Заказы».
where-order-wildberries = Его видно в приложении: «Профиль» → «Покупки» или «Доставки».
where-order-yandex_market = Его видно в приложении: «Профиль» → «Заказы».
where-order-other = Он есть в письме или SMS о заказе и в личном кабинете магазина.
q-ordered-on = Когда вы оформили заказ?
q-promised-on = Какую дату доставки обещали при заказе?
q-received-on = Когда вы получили посылку?
q-item = Что за товар? Напишите коротко, как в заказе: например, «Смартфон Xiaomi Redmi Note 13, 256 ГБ».
q-price = Сколько вы заплатили за товар, в рублях?
price-value = { $price } ₽
q-prepaid = Вы оплатили заказ заранее, при оформлении?
q-seller-kind = Кто продавец? Это видно в карточке товара или в заказе.
btn-seller-marketplace = Сам { $mp }
btn-seller-third = Другой продавец
q-seller-name = Как называется продавец? Его название есть в карточке товара, в разделе о продавце.
q-shop-name = Как называется магазин (юридическое лицо или ИП)? Обычно это написано внизу сайта или в оферте.
q-seller-ids = ИНН или ОГРН продавца, если они есть в карточке товара. Если нет — пропустите.
q-checks =
    Прежде чем идти дальше, несколько советов:
    { $checks }
check-check_tracking = проверьте статус заказа в приложении и сохраните скриншот с обещанной датой доставки;
check-keep_screens = сохраняйте скриншоты страницы заказа и всей переписки с поддержкой;
check-open_at_pickup = проверяйте содержимое и комплектность прямо в пункте выдачи, при сотруднике;
check-photo_parcel = сфотографируйте упаковку со всех сторон до вскрытия;
check-refuse_damaged = если посылка повреждена или это не ваш товар, откажитесь от неё в пункте выдачи и попросите отметить причину;
check-film_defect = снимите брак на фото или видео, чтобы было видно, в чём он;
check-keep_packaging = сохраните упаковку, ярлыки и документы;
check-compare_card = сравните товар с карточкой: модель, цвет, размер, комплектацию;
check-keep_condition = сохраните товарный вид, ярлыки и упаковку — это условие возврата;
check-return_in_time = вернуть товар надлежащего качества можно в течение 7 дней после получения, а если условия возврата не сообщили письменно при доставке — в течение 3 месяцев (ст. 26.1 Закона «О защите прав потребителей»);
check-check_bank = проверьте выписку по карте: возврат иногда приходит несколькими платежами;
check-film_opening = снимайте вскрытие посылки на видео без склеек;
check-screenshot_ad = сделайте скриншот рекламы или карточки с обещанием, пока его не изменили.
q-order-summary =
    Проверьте данные заказа:
    { $summary }
field-marketplace = Где заказ
field-problem = Проблема
field-order_number = Номер заказа
field-ordered_on = Дата заказа
field-promised_on = Обещанная дата доставки
field-received_on = Дата получения
field-item = Товар
field-price = Цена
field-prepaid = Предоплата
field-seller_kind = Продавец
field-seller_name = Продавец
field-seller_ids = ИНН / ОГРН

## Stage 2 · support

q-support-intro =
    Сначала напишите в поддержку — часто этого хватает.

    <b>Куда писать</b>
    { $channels }

    <b>Готовое сообщение</b> — скопируйте и отправьте:
    <pre>{ $message }</pre>
channel-app_chat-ozon = чат поддержки в приложении или на сайте Ozon — основной канал. Телефоны в интернете публикуют разные, и не все они настоящие.
channel-app_chat-wildberries = чат поддержки в приложении или на сайте Wildberries.
channel-app_chat-yandex_market = чат поддержки в приложении или на сайте Яндекс Маркета.
channel-shop_contacts-other = контакты магазина на его сайте: чат, e-mail или телефон.
btn-support-wrote = ✅ Я написал(а) в поддержку
btn-support-skip = ⏭ Не буду писать — дальше
q-support-channel = Как вы связались с поддержкой?
support-via-app_chat = Чат
support-via-email = E-mail
support-via-phone = Телефон
support-via-other = Другое
q-support-date = Когда вы написали?
q-support-ticket = Номер обращения, если поддержка его дала. Если нет — пропустите.
q-support-outcome = Что ответила поддержка на обращение от { $written }?
support-outcome-solved = 🎉 Всё решили
support-outcome-waiting = ⏳ Жду ответа
support-outcome-refused = ❌ Отказали
support-outcome-no_answer = 🤐 Не отвечают
support-solved = Отлично, что всё решилось! Обращение закрыто. Если что-то снова пойдёт не так — я здесь.
support-waiting = Хорошо, подождём. Я напомню через 3 дня — и тогда решим, что дальше.

## Stage 3 · evidence

q-evidence =
    Соберём доказательства. Что пригодится:
    { $checklist }

    Присылайте фото, скриншоты и файлы — можно с подписью. Не больше { $limit } файлов.

    <b>Уже есть: { $count } { $count ->
        [one] файл
        [few] файла
       *[many] файлов
    }</b>
    { $listing }
evidence-none = Пока ничего.
ev-order_page = скриншот страницы заказа (номер, дата, цена, обещанный срок)
ev-payment = чек или подтверждение оплаты
ev-tracking = скриншот статуса доставки
ev-support_chat = скриншоты переписки с поддержкой
ev-parcel_photo = фото упаковки до вскрытия, со всех сторон
ev-item_photo = фото товара
ev-pickup_act = акт или отметка пункта выдачи о повреждении
ev-defect_photo = фото или видео брака
ev-warranty = гарантийный талон, если есть
ev-expert_report = заключение сервисного центра или эксперта, если есть
ev-return_proof = подтверждение возврата товара (накладная, скриншот)
ev-ad_screenshot = скриншот рекламы или карточки с обещанием
kind-photo = Фото
kind-document = Файл
kind-video = Видео
evidence-added = Принято: { $count } { $count ->
        [one] файл
        [few] файла
       *[many] файлов
    }. Присылайте ещё или нажмите «Готово».
evidence-duplicate = Этот файл уже есть в списке. Всего: { $count }.
evidence-too-many = Больше { $limit } файлов принять не могу. Уберите лишние или нажмите «Готово».
evidence-too-big = Файл больше { $mb } МБ — Telegram не даст мне его скачать. Сожмите его или пришлите скриншот.
evidence-manage =
    Какой файл убрать?
    { $list }
evidence-why = Без доказательств продавцу проще отказать, а суду и Роспотребнадзору — не на что опереться. Скриншот заказа и фото товара занимают минуту. Точно пропустить?
btn-evidence-done = ✅ Готово
btn-manage-files = 🗑 Убрать файл
btn-evidence-skip = ⏭ Пропустить
btn-skip-anyway = Всё равно пропустить
btn-add-evidence = 📎 Добавлю файлы
btn-remove-file = 🗑 Убрать №{ $n }
btn-done-removing = ↩️ Готово

## My cases

cases-none = У вас пока нет обращений.
cases-list = <b>Ваши обращения</b>
cases-next-deadline = Ближайший срок: { $date }
btn-open-case = №{ $id }
btn-continue = ▶️ Продолжить
btn-resend-docs = 📄 Прислать документы ещё раз
btn-close-solved = 🎉 Закрыть: решено
btn-close-given-up = 🏳️ Закрыть: больше не занимаюсь
btn-all-cases = 📂 Все обращения
status-open = Открыто
status-solved = Закрыто: решено
status-given_up = Закрыто
closed-solved = Обращение закрыто. Рад, что всё решилось!
closed-given_up = Обращение закрыто. Напоминаний по нему больше не будет.
