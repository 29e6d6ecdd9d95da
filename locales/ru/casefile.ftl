## The case file: a case's timeline in /cases, its card, and the closing question (issue 20 p. 3, 4).
## Each timeline line is a `tl-…` message; its date is printed before it.

tl-started = Обращение начато в боте
tl-ordered = Заказ оформлен
tl-received = Товар получен
tl-return-sent = Товар отправлен продавцу обратно
tl-return-demanded = Потребовали вернуть деньги за возвращённый товар
tl-repair-handed = Товар сдан в ремонт
tl-repair-returned = Товар вернули из ремонта
tl-support-written = Обращение в поддержку{ $channel ->
    [app_chat] {""} в чате приложения
    [email] {""} по электронной почте
    [phone] {""} по телефону
   *[other] {""}
}
tl-support-outcome = Ответ поддержки: { $outcome ->
    [solved] вопрос решён
    [waiting] обещали разобраться
    [refused] отказ
    [no_answer] ответа нет
   *[other] записан
}
tl-claim-made = Претензия составлена
tl-claim-delivered = Претензия вручена продавцу{ $method ->
    [chat] {""} (в чате)
    [post] {""} (почтой)
    [in_person] {""} (лично)
   *[other] {""}
}
tl-marketplace-delivered = Требование вручено маркетплейсу{ $method ->
    [chat] {""} (в чате)
    [post] {""} (почтой)
    [in_person] {""} (лично)
   *[other] {""}
}
tl-escalate = { $reason ->
    [refused] Продавец отказал — выбраны дальнейшие шаги
   *[other] Решено жаловаться дальше, не дожидаясь ответа
}
tl-escalation-prepared = Подготовлено обращение { $route ->
    [rospotrebnadzor] в Роспотребнадзор
    [court] в суд
    [fas] в ФАС
    [police] в полицию
    [prosecutor] в прокуратуру
   *[other] {""}
}
tl-escalation-filed = Подано обращение { $route ->
    [rospotrebnadzor] в Роспотребнадзор
    [court] в суд
    [fas] в ФАС
    [police] в полицию
    [prosecutor] в прокуратуру
   *[other] {""}
}
tl-police-filed = Заявление подано в полицию
tl-police-decided = Решение полиции: { $answer ->
    [not_registered] заявление не приняли
    [refused_case] отказ в возбуждении дела
    [no_answer] ответа нет
   *[other] записано
}
tl-appeal-made = Жалоба на отзыв составлена
tl-reply = Ответ продавца № { $number }: { $kind ->
    [done] всё сделано
    [check] просит товар на проверку качества
    [offer] предлагает { $offer ->
        [repair] ремонт
        [replacement] замену
        [voucher] сертификат или баллы
       *[other] другое
    } вместо требования
    [partial] платит часть{ $amount ->
        [none] {""}
       *[other] {""}: { $amount } ₽
    }
    [refused] отказ ({ $reason ->
        [period] «срок прошёл»
        [fault] «недостаток по вине покупателя»
        [not_warranty] «не гарантийный случай»
        [manufacturer] «обращайтесь к изготовителю или в сервис»
        [no_receipt] «нет чека»
        [used] «товар был в употреблении»
       *[other] своя причина
    })
    [documents] просит документы
    [later] обещает ответить позже
   *[other] записан
}{ $files ->
    [0] {""}
    [one] {""}, { $files } файл
    [few] {""}, { $files } файла
   *[many] {""}, { $files } файлов
}
tl-document = { $kind ->
    [claim] Претензия
    [claim_marketplace] Требование маркетплейсу
    [rospotrebnadzor] Жалоба в Роспотребнадзор
    [lawsuit] Исковое заявление
    [police] Заявление в полицию
    [prosecutor] Жалоба в прокуратуру
    [fas] Заявление в ФАС
    [appeal] Жалоба на отзыв
    [reply_insist] Ответ продавцу: настаиваю на требовании
    [reply_check] Ответ продавцу: прошу допустить на проверку качества
    [reply_partial] Ответ продавцу: принимаю часть суммы с оговоркой
   *[other] Документ
}{ $version ->
    [1] {""}
   *[other] {""}, версия { $version }
} (DOCX и PDF)
tl-files = Добавлены файлы: { $count } { $count ->
    [one] файл
    [few] файла
   *[many] файлов
}
tl-closed = { $status ->
    [solved] Обращение закрыто: решено
    [withdrawn] Обращение закрыто: требование отозвано
    [court] Обращение закрыто: суд вынес решение
   *[other] Обращение закрыто
}
tl-outcome = Итог: { $outcome ->
    [paid_full] деньги вернули полностью
    [paid_part] вернули часть денег
    [replaced] товар заменили или отремонтировали
   *[nothing] ничего не получено
}{ $days ->
    [0] {""}
    [one] {""}, ушёл { $days } день
    [few] {""}, ушло { $days } дня
   *[many] {""}, ушло { $days } дней
}
tl-period = { $kind ->
    [answer-money] ответ продавца на требование (10 дней)
    [answer-replacement] замена товара (7 дней)
    [answer-replacement-check] замена товара с проверкой качества (20 дней)
    [answer-replacement-no-stock] замена товара, которого нет в наличии (1 месяц)
    [answer-repair] ремонт (не более 45 дней)
    [prepaid-refund] возврат предоплаты (10 дней)
    [distance-refund] возврат денег за товар (10 дней)
    [new-delivery] доставка к новому сроку
    [return-window] возврат товара надлежащего качества (7 дней после получения)
    [return-window-no-info] возврат товара надлежащего качества (3 месяца после получения)
    [tech-complex] возврат или замена технически сложного товара по желанию (15 дней)
    [defect-no-warranty] претензии о недостатках без гарантии (2 года после получения)
    [marketplace-refund] возврат предоплаты маркетплейсом (10 дней)
    [state-body] ответ государственного органа (30 дней)
    [police] решение полиции (3 дня)
    [police-10] решение полиции (проверка продлена до 10 дней)
    [police-30] решение полиции (проверка продлена до 30 дней)
    [prosecutor] ответ прокурора
    [fas] рассмотрение заявления в ФАС (месяц)
    [fas-extended] рассмотрение заявления в ФАС, если срок продлили
   *[other] срок
}
tl-due = Срок: { tl-period }
tl-deadline-last = Последний день срока: { tl-period }
tl-due-reply = { $kind ->
    [check] Проверка качества, о которой сообщил продавец
   *[other] Продавец обещал ответить к этому дню
}

## The card

card-timeline = <b>Хронология</b>
card-ahead = <b>Впереди</b>
card-page = Страница { $page } из { $pages }
card-empty = Пока в хронологии ничего нет.
card-pick = Чтобы получить документ или файлы ещё раз, нажмите кнопку с их номером.
card-gone = Этого обращения нет среди ваших. Вот ваши обращения:
card-sent-none = Этих файлов больше нет в обращении.
btn-card-prev = ◀︎
btn-card-next = ▶︎
btn-card-doc = 📄 { $n }
btn-card-files = 📎 { $n }
btn-card-export = 🗂 Выгрузить всё (ZIP)
btn-close-withdrawn = ↩️ Закрыть: требование отозвано
btn-close-court = ⚖️ Закрыть: суд вынес решение
status-withdrawn = Закрыто: требование отозвано
status-court = Закрыто: суд вынес решение
closed-withdrawn = Обращение закрыто. Напоминаний по нему больше не будет.
closed-court = Обращение закрыто. Надеюсь, решение суда в вашу пользу.

## Closing well: one optional question

outcome-ask = Обращение № { $id } закрыто. Что в итоге? Ответ необязателен — он останется в хронологии обращения.
btn-outcome-paid_full = 💰 Вернули всё
btn-outcome-paid_part = 🪙 Вернули часть
btn-outcome-replaced = 🔁 Заменили или отремонтировали
btn-outcome-nothing = ✖️ Ничего не получил
btn-outcome-skip = Пропустить
outcome-skipped = Хорошо, без итога.
outcome-stale = Эта кнопка устарела: итог обращения уже записан или обращение снова открыто.
outcome-took = На это { $days ->
    [one] ушёл { $days } день
    [few] ушло { $days } дня
   *[many] ушло { $days } дней
} — { $since ->
    [claim] со дня доставки претензии
   *[start] с начала обращения
}.
# No legal statement: a practical keeping advice.
outcome-means-paid_full = Сохраните подтверждение оплаты от продавца — вместе с документами обращения оно пригодится, если вопрос возникнет снова.
# law-facts §1 ст. 19: court limitation 3 years (ГК ст. 196) from learning of the breach [S13]
outcome-means-paid_part = Остаток можно требовать в суде. Срок исковой давности — 3 года со дня, когда вы узнали о нарушении. Документы обращения остаются в /cases.
# law-facts §1 ст. 19: periods run from handover [S13]; the sheet says nothing of a new warranty
# after a repair, so nothing is said of it
outcome-means-replaced = Сроки для претензий о недостатках (гарантийный срок, а если его нет — 2 года) считаются со дня передачи товара (ст. 19 Закона «О защите прав потребителей»). Сохраните документ с датой, когда вам передали новый или отремонтированный товар.
# law-facts §1 ст. 19: court limitation 3 years (ГК ст. 196) from learning of the breach [S13];
outcome-means-nothing = Если продавец так ничего и не сделал, вы можете обратиться в суд: срок исковой давности — 3 года со дня, когда вы узнали о нарушении. Чтобы продолжить, откройте обращение снова в /cases: документы и хронология сохранены.
outcome-is = <b>Итог:</b> { $outcome ->
    [paid_full] деньги вернули полностью
    [paid_part] вернули часть денег
    [replaced] товар заменили или отремонтировали
   *[nothing] ничего не получено
}
btn-card-reopen = 🔓 Открыть снова
tl-reopened = Обращение открыто снова
