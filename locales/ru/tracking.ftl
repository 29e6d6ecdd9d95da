## Issue 21: a Russian Post number checked as it is typed, and what the bot says of a letter it
## follows. Legal sentences name their fact-sheet item; the sheet gives no storage period, so
## no number of days is ever printed for it.

# flows/tracking.py: Russian Post's domestic (14 digits) and S10 (RA123456785RU) formats
err-tracking-shape = Это не похоже на трек-номер Почты России: в нём 14 цифр или 13 знаков вида RA123456785RU. Проверьте номер на квитанции.
err-tracking-check-digit = Последняя цифра не сходится с остальными — в номере опечатка. Сверьте номер с квитанцией и пришлите ещё раз.
hint-tracking = Пришлите трек-номер с квитанции: 14 цифр или 13 знаков вида RA123456785RU. Или нажмите «Пропустить».

letter-what = { $purpose ->
        [lawsuit_copy] письмо с копией иска
        [complaint] письмо с жалобой
       *[claim] письмо с претензией
    }
btn-fix-delivery-date = ✏️ Исправить дату
btn-letter-open-case = 📂 Открыть дело

# law-facts §5 Counting [S62]: the seller's period runs from the day the claim was delivered
news-claim-delivered =
    📬 <b>{ $case }</b>
    Почта России: письмо с претензией (трек-номер { $number }) вручено продавцу { $date }. Срок ответа продавца считается от этого дня{ $due ->
        [none] .
       *[other] {""}: последний день — { $due }. Я напомню, когда он пройдёт.
    }
    Если дата неверна, исправьте её кнопкой ниже.
news-claim-differs =
    📬 <b>{ $case }</b>
    Почта России: письмо с претензией (трек-номер { $number }) { $state ->
        [unclaimed] возвращено отправителю { $date }, и в этот день оно считается доставленным (ст. 165.1 ГК РФ).
       *[delivered] вручено продавцу { $date }.
    } Вы указали другую дату — { $typed }; срок ответа продавца я считаю от неё. Если верна дата Почты, исправьте дату кнопкой ниже.
# law-facts §5 Counting [S62]: ГК ст. 165.1, Пленум № 25 п. 67 — a letter the addressee avoids
# (returned after the storage period; refused) counts as delivered; the day is the return's
# law-facts §5 Sending [S61][S62]: the inventory proves the content, the sender proves delivery
news-claim-unclaimed =
    ↩️ <b>{ $case }</b>
    Почта России: продавец не получил письмо с претензией (трек-номер { $number }), и { $date } его отправили обратно: { $why ->
        [refused] продавец отказался его получать.
       *[storage] истёк срок хранения.
    }
    Обычно это не мешает: письмо, которое адресат не забрал или отказался получить, считается доставленным (ст. 165.1 ГК РФ). Срок ответа продавца я считаю от { $date }{ $due ->
        [none] .
       *[other] {""}: последний день — { $due }.
    }
    Проверьте, что адрес на квитанции совпадает с адресом продавца в выписке из ЕГРЮЛ (для ИП — ЕГРИП) на egrul.nalog.ru. Сохраните квитанцию, опись вложения и отчёт об отслеживании с сайта Почты, а вернувшийся конверт не вскрывайте — они подтверждают отправку и возврат.
# law-facts §5 Counting [S62]: the person said one thing, the post's record another (handed over
# vs returned): the documents must state what happened, so the post's record replaces it
news-claim-replaced =
    { $state ->
        [unclaimed] ↩️
       *[delivered] 📬
    } <b>{ $case }</b>
    Почта России: письмо с претензией (трек-номер { $number }) { $state ->
        [unclaimed] не вручено: { $date } его отправили обратно — { $why ->
            [refused] продавец отказался его получать
           *[storage] истёк срок хранения
        }. Такое письмо считается доставленным (ст. 165.1 ГК РФ).
       *[delivered] вручено продавцу { $date }.
    } Вы указали другое ({ $typed }), а документы должны говорить то, что подтверждает Почта, — я исправил. Срок ответа продавца я считаю от { $date }{ $due ->
        [none] .
       *[other] {""}: последний день — { $due }.
    } Если данные Почты неверны, исправьте кнопкой ниже.
# law-facts §5 Counting [S62] for the claim; ГПК ст. 132 [S28] needs proof the copy was sent
news-arrived =
    🏤 <b>{ $case }</b>
    Почта России: { letter-what } (трек-номер { $number }) с { $date } ждёт адресата в отделении.{ $purpose ->
        [claim] {" "}Если продавец его не заберёт, письмо вернут по окончании срока хранения, и обычно оно всё равно считается доставленным (ст. 165.1 ГК РФ).
       *[other] {""}
    } Я слежу дальше и напишу.
# law-facts §2 ГПК ст. 132 [S28]: the lawsuit needs proof that its copy was sent to the defendant
news-lawsuit-delivered =
    📬 <b>{ $case }</b>
    Почта России: письмо с копией иска (трек-номер { $number }) вручено ответчику { $date }. Приложите к иску квитанцию и опись вложения — они подтверждают, что копия иска направлена ответчику (ст. 132 ГПК РФ).
news-lawsuit-unclaimed =
    ↩️ <b>{ $case }</b>
    Почта России: ответчик не получил письмо с копией иска (трек-номер { $number }), и { $date } его отправили обратно. Суду нужно доказательство того, что копия иска направлена ответчику (ст. 132 ГПК РФ): приложите к иску квитанцию и опись вложения.
news-complaint-delivered =
    📬 <b>{ $case }</b>
    Почта России: письмо с жалобой (трек-номер { $number }) вручено { $date }. Сохраните квитанцию и отчёт об отслеживании — они подтверждают дату.
news-complaint-unclaimed =
    ↩️ <b>{ $case }</b>
    Почта России: письмо с жалобой (трек-номер { $number }) не получено и { $date } отправлено обратно. Проверьте адрес органа; жалобу можно подать и через его сайт.
news-returned =
    ↩️ <b>{ $case }</b>
    Почта России: { letter-what } (трек-номер { $number }) возвращено { $date }, но не из-за истёкшего срока хранения и не из-за отказа адресата. { $purpose ->
        [claim] Такое возвращение я не считаю доставкой: срок ответа продавца от этого письма не идёт. Проверьте адрес продавца и отправьте претензию снова — или передайте её через чат поддержки.
       *[other] Проверьте адрес и отправьте письмо снова.
    }
news-lost =
    ⚠️ <b>{ $case }</b>
    Почта России сообщает, что { letter-what } (трек-номер { $number }) не может быть вручено ({ $date }). { $purpose ->
        [claim] Срок ответа продавца от этого письма не идёт. Отправьте претензию снова и сохраните квитанцию.
       *[other] Отправьте письмо снова и сохраните квитанцию.
    }
news-unknown =
    ❓ <b>{ $case }</b>
    Почта России не знает трек-номер { $number }. Проверьте его на квитанции. Если номер другой, пришлите верный: /track и номер, например /track 14001293402154.

# /track: a later letter (the lawsuit's copy, a complaint sent by post), or the claim's
track-off = Отслеживание писем Почты России в этом боте не включено. Проверяйте письмо на сайте Почты России по трек-номеру с квитанции.
track-usage = Пришлите команду с трек-номером с квитанции: /track 14001293402154
track-no-case = Сначала откройте дело в /cases — письмо прикрепляется к делу.
track-which = Какое это письмо по делу «{ $case }»?
btn-track-claim = ✉️ Претензия продавцу
btn-track-lawsuit_copy = ⚖️ Копия иска ответчику
btn-track-complaint = 📮 Жалоба в госорган
track-nothing-sent = По этому делу я не готовил писем, которые отправляют по почте: претензию, иск или жалобу. Сначала подготовьте документ.
track-started = Слежу за письмом № { $number } ({ letter-what }). Напишу, когда Почта России отметит вручение или возврат.
track-stale = Эта кнопка устарела. Пришлите /track с номером ещё раз.


cmd-track = Отследить письмо Почты России
