## The operator's commands, /stats and /health: only for the Telegram ids in ADMIN_IDS (anyone
## else gets what an unknown command gets). Counts and vital signs, never a person.

# the operators' command menu (set for their chats only)
cmd-stats = How cases end
cmd-health = Health: database, reminders, documents queue

op-stats-title = <b>Statistics</b>
op-stats-cases = { $total } { $total ->
        [one] case
       *[other] cases
    }: { $open } open, { $solved } solved, { $given_up } closed without a result, { $withdrawn } withdrawn, { $court } decided by a court.
op-stats-marketplaces = By marketplace: { $list }.
op-stats-problems = By problem: { $list }.
op-stats-documents = { $made } { $made ->
        [one] document
       *[other] documents
    } made, { $owed } waiting to be sent to a chat.
op-stats-reminders = Reminders: { $pending } waiting, { $sending } being sent, { $sent } sent, { $failed } failed, { $cancelled } cancelled, { $undeliverable } to chats that blocked the bot.
op-stats-users = { $users } { $users ->
        [one] user
       *[other] users
    }.
# a group in the lists above that has no value yet (the question not answered)
op-stats-not-chosen = not chosen
op-stats-nothing = none

op-health-title = <b>Health</b>
op-health-db-ok = ✅ The database ({ $backend }) answers. Schema version: { $schema }.
op-health-db-behind = ⚠️ The database ({ $backend }) answers, but its schema version is { $schema } and the code expects { $expected }.
op-health-db-down = ❌ The database ({ $backend }) does not answer.
op-health-reminders = Reminders due now: { $due }; of them more than { $minutes } min late: { $overdue }.
op-health-outbox-empty = No documents are waiting to be sent.
op-health-outbox = The oldest document not yet sent has waited { $age }.
op-health-uptime = The bot has been running for { $uptime }.

op-days = { $n } { $n ->
        [one] day
       *[other] days
    }
op-hours = { $n } { $n ->
        [one] hour
       *[other] hours
    }
op-minutes = { $n } { $n ->
        [one] minute
       *[other] minutes
    }
op-under-a-minute = less than a minute
op-health-post = Russian Post: letters followed — { $letters }; requests today — { $used } of { $limit }.
op-health-post-off = Russian Post tracking is off (RUSSIAN_POST_LOGIN and RUSSIAN_POST_PASSWORD are not set).
