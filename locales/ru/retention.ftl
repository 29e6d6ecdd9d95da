## Retention (issue 22 p. 5; flows/retention.py, flows/steps/commands/retention.py): the warning
## before a closed case is erased, and the question to an open case nobody touched for long.
## The legal basis: a case's purpose is over when it is closed, and data whose purpose is
## achieved are destroyed within 30 days (law-facts §6 «Purpose achieved → destroy within 30
## days» [S66]). The sheet names no article for it: none is named to the person.

# law-facts §6 «Purpose achieved → destroy within 30 days» [S66]
retain-warning =
    🗂 <b>{ $case }</b>
    Это обращение закрыто, и { $date } я удалю его данные: документы, файлы, ответы и историю. Обезличенная строка статистики (маркетплейс, проблема, итог — без имени и номера заказа) останется.
    Чтобы сохранить дело у себя, скачайте архив (/export). Если оно ещё понадобится здесь, нажмите «Хранить ещё год» — я спрошу снова через год.
btn-retain-keep = Хранить ещё год
btn-retain-export = Скачать архив
retain-kept =
    Хорошо, храню <b>{ $case }</b> до { $until }. Перед удалением снова спрошу.
# law-facts §6 «Purpose achieved → destroy within 30 days» [S66]
retain-stale =
    🗂 <b>{ $case }</b>
    С этим обращением ничего не происходило { $months ->
        [one] больше { $months } месяца
       *[other] больше { $months } месяцев
    }. Оно ещё нужно?
    Если не ответите до { $until }, я закрою его как оставленное, а через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    } после закрытия удалю его данные (перед этим предупрежу).
btn-retain-needed = Да, ещё нужно
btn-retain-close = Нет, закрыть
retain-still-needed =
    Хорошо, <b>{ $case }</b> остаётся открытым. Если оно снова { $months ->
        [one] { $months } месяц
        [few] { $months } месяца
       *[many] { $months } месяцев
    } будет без движения, я спрошу ещё раз.
# law-facts §6 «Purpose achieved → destroy within 30 days» [S66]
retain-closed =
    Обращение <b>{ $case }</b> закрыто. Его данные будут удалены через { $days ->
        [one] { $days } день
        [few] { $days } дня
       *[many] { $days } дней
    }; за три дня до этого я напомню, и архив можно будет скачать (/export).
retain-stale-button = Эта кнопка устарела: обращение уже удалено, снова открыто или ответ уже получен. Ничего не изменилось.

## Console
console-case-erased = (консоль) 🗑 Обращение №{ $id } удалено по сроку хранения; его строка статистики осталась.
