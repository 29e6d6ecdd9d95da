# Issue 20 p. 1: the seller's (or the platform's) answer, recorded as it came.
# Nothing here states a rule of law: the advice for each answer is `flows/answers.py` (its
# texts name their fact-sheet items). These are the questions, buttons and reminders.

btn-seller-answered = 📨 Продавец ответил
btn-platform-answered = 📨 Площадка ответила

q-reply-text =
    📨 Пришлите { $who ->
        [platform] ответ площадки
       *[seller] ответ продавца
    } как есть: вставьте текст из чата или письма, пришлите скриншот, фото письма или PDF. Можно несколько сообщений, до { $limit } файлов. Затем нажмите «Готово».
    Если копии ответа нет — нажмите «Копии ответа нет».

    { $received }
reply-received-nothing = Пока ничего не получено.
reply-received = Получено: { $text ->
        [yes] текст{ $files ->
            [0] {""}
           *[other] {" "}и { $files } { $files ->
                [one] файл
                [few] файла
               *[many] файлов
            }
        }
       *[no] { $files } { $files ->
            [one] файл
            [few] файла
           *[many] файлов
        }
    }.
btn-reply-done = ✅ Готово
btn-reply-no-copy = Копии ответа нет
reply-file-added = Файл сохранён в ответе. Файлов в ответе: { $count }. Присылайте ещё или нажмите «Готово».
reply-file-duplicate = Этот файл уже есть в обращении — второй раз не сохраняю. Файлов в ответе: { $count }.
reply-text-duplicate = Этот текст уже сохранён в ответе — второй раз не добавляю. Присылайте ещё или нажмите «Готово».
reply-too-many = К одному ответу можно приложить до { $limit } файлов. Остальное лучше отправить как текст или нажать «Готово».
hint-reply-file = Пришлите текст ответа, скриншот, фото письма или PDF — или нажмите кнопку. Стикер или голосовое сообщение сохранить как ответ не получится: сделайте скриншот или перепечатайте текст.

q-reply-kind = Что { $who ->
        [platform] ответила площадка
       *[seller] ответил продавец
    }? Выберите главное.
hint-reply-kind = Нажмите кнопку с тем, что ответили. Можно и написать коротко, одним словом: «отказ», «ремонт», «частично», «позже».
reply-kind-seller-done = 🎉 Выполнил требование полностью
reply-kind-seller-check = 🔍 Просит товар на проверку качества или экспертизу
reply-kind-seller-offer = 🔁 Предлагает другое: ремонт, замену, сертификат
reply-kind-seller-partial = ➗ Платит часть или просит согласиться на часть
reply-kind-seller-refused = ❌ Отказывает
reply-kind-seller-documents = 📎 Просит документы или сведения
reply-kind-seller-later = ⏳ Обещает ответить позже
reply-kind-platform-done = 🎉 Отзыв скрыли или удалили
reply-kind-platform-refused = ❌ Отказали
reply-kind-platform-later = ⏳ Обещают ответить позже
reply-kind-platform-documents = 📎 Просят документы или сведения

q-reply-reason = На что продавец сослался, отказывая?
reply-reason-period = Срок прошёл
reply-reason-fault = Недостаток по моей вине (заключение, экспертиза)
reply-reason-not_warranty = «Не гарантийный случай»
reply-reason-manufacturer = «Обращайтесь к производителю или в сервис»
reply-reason-no_receipt = Нет чека
reply-reason-used = Товар был в употреблении
reply-reason-other = Другое — напишу их словами
q-reply-words = Как продавец объяснил отказ? Напишите коротко, его словами.

q-reply-offer = Что продавец предлагает вместо того, что вы требовали?
reply-offer-repair = 🔧 Ремонт
reply-offer-replacement = 🔁 Замену товара
reply-offer-voucher = 🎟 Сертификат, бонусы или баллы
reply-offer-other = Другое

q-reply-amount = Какую сумму продавец платит или предлагает принять? { $price ->
        [none] {""}
       *[other] Цена товара — { $price } ₽.
    }
err-reply-amount-too-big = Часть должна быть меньше цены товара ({ $price } ₽). Если вернули всю сумму — вернитесь назад и выберите «Выполнил всё».

# a partial sum: arrived, or only offered (the lawyer's review of issue 20, blocker 1: an offered
# sum is never written as paid). No legal statement.
q-reply-paid = Деньги уже пришли? { $amount ->
        [none] {""}
       *[other] Сумма — { $amount } ₽.
    } Если да — нажмите «Да, пришли» или сразу напишите дату, когда они пришли.
btn-reply-paid = ✅ Да, пришли
btn-reply-offered = 💬 Нет, только предлагают
hint-reply-paid = Нажмите кнопку: деньги уже пришли или продавец их только предлагает. Можно написать «да», «нет» или дату, когда деньги пришли, например 21.11.2026.
q-reply-paid-on = Какого числа деньги пришли? Нажмите кнопку или напишите дату, например 21.11.2026.
err-reply-paid-early = Деньги за заказ не могли вернуть раньше, чем вы его оформили ({ $earliest }). Проверьте дату.

# a refusal over the period: the warranty (finding 11); which period applies is the advice's,
# with its fact-sheet items (advice.ftl). No legal statement here.
q-reply-warranty = Какой гарантийный срок указан на товар? Посмотрите гарантийный талон, инструкцию или карточку товара. Если гарантия до какого-то числа — нажмите «Гарантия до …» или сразу напишите дату.
btn-warranty-until = 📅 Гарантия до …
btn-warranty-none = Гарантии нет
btn-warranty-unknown = Не знаю
hint-reply-warranty = Нажмите кнопку или напишите дату, до которой действует гарантия, например 01.03.2027. Можно написать «нет» или «не знаю».
q-reply-warranty-until = До какого числа действует гарантия? Напишите дату, например 01.03.2027. Если в талоне указан срок («12 месяцев»), посчитайте его со дня, когда вы получили товар.
err-warranty-early = Гарантия не может закончиться раньше, чем вы получили товар ({ $earliest }), или в тот же день. Проверьте дату.
err-warranty-far = Это больше чем на { $years ->
        [one] { $years } год
        [few] { $years } года
       *[many] { $years } лет
    } вперёд — проверьте дату. Если гарантия действительно такая долгая, нажмите «Не знаю»: я объясню, от чего зависит ответ.

q-reply-until = { $kind ->
        [check] На какую дату назначена проверка качества? Напишите дату. Если дату не назвали — «Пропустить».
       *[later] До какого числа обещали ответить? Напишите дату. Если срок не назвали — «Пропустить».
    }
err-reply-until-early = Эта дата раньше дня доставки претензии ({ $earliest }). Проверьте её.
err-reply-until-far = Это больше чем через год. Проверьте дату.
q-reply-where = Где пройдёт проверка: адрес сервиса, склада или пункта приёма? Можно пропустить.
q-reply-documents = Какие документы или сведения просят? Перечислите коротко.

q-reply-date = Какого числа пришёл { $who ->
        [platform] ответ площадки
       *[seller] ответ продавца
    }? Дата письма или сообщения.
err-reply-before-claim = Ответ не может прийти раньше дня доставки претензии ({ $earliest }). Проверьте дату.
err-reply-before-appeal = Ответ не может прийти раньше, чем опубликован отзыв ({ $earliest }). Проверьте дату.

reply-recorded = ✅ Ответ № { $number } от { $date } сохранён в обращении: { $kind }.
btn-reply-document = 📄 Составить письменный ответ
btn-reply-close = 🎉 Закрыть обращение
btn-reply-another = 📨 Ещё ответ

remind-answer-promised =
    ⏰ <b>{ $case }</b>
    { $who ->
        [platform] Площадка обещала
       *[seller] Продавец обещал
    } ответить к { $due }. Ответ пришёл? Перешлите его — я сохраню его и подскажу, что дальше.
remind-quality-check =
    🔍 <b>{ $case }</b>
    На { $due } назначена проверка качества товара. Когда будет её результат или ответ продавца — перешлите его сюда.
