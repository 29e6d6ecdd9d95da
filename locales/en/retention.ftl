## Retention (issue 22 p. 5; flows/retention.py, flows/steps/commands/retention.py): the warning
## before a closed case is erased, and the question to an open case nobody touched for long.
## The legal basis: a case's purpose is over when it is closed, and data whose purpose is
## achieved are destroyed within 30 days (law-facts §6 «Purpose achieved → destroy within 30
## days» [S66]). The sheet names no article for it: none is named to the person.

# law-facts §6 «Purpose achieved → destroy within 30 days» [S66]
retain-warning =
    🗂 <b>{ $case }</b>
    This case is closed, and on { $date } I will delete its data: documents, files, answers and history. An anonymised statistics row (marketplace, problem, outcome — no name, no order number) stays.
    To keep the case yourself, download its archive (/export). If you still need it here, tap «Keep for a year» — I will ask again in a year.
btn-retain-keep = Keep for a year
btn-retain-export = Download the archive
retain-kept =
    Fine, I keep <b>{ $case }</b> until { $until }. I will ask again before deleting it.
# law-facts §6 «Purpose achieved → destroy within 30 days» [S66]
retain-stale =
    🗂 <b>{ $case }</b>
    Nothing has happened on this case for over { $months ->
        [one] { $months } month
       *[other] { $months } months
    }. Do you still need it?
    If you do not answer by { $until }, I will close it as given up, and { $days ->
        [one] { $days } day
       *[other] { $days } days
    } after closing I will delete its data (with a warning first).
btn-retain-needed = Yes, still needed
btn-retain-close = No, close it
retain-still-needed =
    Fine, <b>{ $case }</b> stays open. If it is idle for { $months ->
        [one] { $months } month
       *[other] { $months } months
    } again, I will ask once more.
# law-facts §6 «Purpose achieved → destroy within 30 days» [S66]
retain-closed =
    Case <b>{ $case }</b> is closed. Its data will be deleted in { $days ->
        [one] { $days } day
       *[other] { $days } days
    }; I will remind you three days before, and you can download its archive (/export).
retain-stale-button = This button is out of date: the case was deleted, reopened, or already answered. Nothing changed.

## Console
console-case-erased = (console) 🗑 Case №{ $id } was erased at the end of its retention period; its statistics row stays.
