## The operator's commands, /stats and /health: only for the Telegram ids in ADMIN_IDS (anyone
## else gets what an unknown command gets). Counts and vital signs, never a person.

# the operators' command menu (set for their chats only)
cmd-stats = Чем заканчиваются обращения
cmd-health = Состояние: база данных, напоминания, очередь документов

op-stats-title = <b>Статистика</b>
op-stats-cases = { $total } { $total ->
        [one] обращение
        [few] обращения
       *[many] обращений
    }: открыто { $open }, решено { $solved }, закрыто без результата { $given_up }, отозвано { $withdrawn }, решено судом { $court }.
op-stats-marketplaces = По площадкам: { $list }.
op-stats-problems = По проблемам: { $list }.
op-stats-documents = { $made } { $made ->
        [one] документ сделан
        [few] документа сделано
       *[many] документов сделано
    }, ждут отправки в чат: { $owed }.
op-stats-reminders = Напоминания: ждут { $pending }, отправляются { $sending }, отправлены { $sent }, не удались { $failed }, отменены { $cancelled }, чат недоступен { $undeliverable }.
op-stats-users = { $users } { $users ->
        [one] пользователь
        [few] пользователя
       *[many] пользователей
    }.
# a group in the lists above that has no value yet (the question not answered)
op-stats-not-chosen = не выбрано
op-stats-nothing = нет

op-health-title = <b>Состояние</b>
op-health-db-ok = ✅ База данных ({ $backend }) отвечает. Версия схемы: { $schema }.
op-health-db-behind = ⚠️ База данных ({ $backend }) отвечает, но версия схемы { $schema }, а код ждёт { $expected }.
op-health-db-down = ❌ База данных ({ $backend }) не отвечает.
op-health-reminders = Напоминаний пора отправить: { $due }; из них опаздывают больше чем на { $minutes } мин.: { $overdue }.
op-health-outbox-empty = Документов, которые ждут отправки, нет.
op-health-outbox = Самый старый неотправленный документ ждёт { $age }.
op-health-uptime = Бот работает { $uptime }.

op-days = { $n } { $n ->
        [one] день
        [few] дня
       *[many] дней
    }
op-hours = { $n } { $n ->
        [one] час
        [few] часа
       *[many] часов
    }
op-minutes = { $n } { $n ->
        [one] минуту
        [few] минуты
       *[many] минут
    }
op-under-a-minute = меньше минуты
op-health-post = Почта России: писем отслеживается — { $letters }; запросов сегодня — { $used } из { $limit }.
op-health-post-off = Отслеживание писем Почты России выключено (не заданы RUSSIAN_POST_LOGIN и RUSSIAN_POST_PASSWORD).
