## Greeting, menu, help

start-greeting =
    Hello{ $name ->
        [none] {""}
       *[other] , { $name }
    }! I will help you complain about a marketplace order — Ozon, Wildberries, Yandex Market or another online shop.

    Step by step: we check the order, write to support, gather evidence, draw up a claim and, if needed, a complaint to Rospotrebnadzor or a lawsuit. I will remind you when the seller's time to answer runs out.

    All documents are templates, not legal advice.
menu-resume = ▶️ Continue case №{ $id }
menu-prompt = What would you like to do?
menu-new = 📝 New case
menu-seller = 🏪 I'm a seller: an unfair review
menu-cases = 📂 My cases
menu-help = ❓ Help
menu-back = 🏠 Menu
help-text =
    <b>How I work</b>
    I ask one question at a time and remember the answers. You can stop and come back later — even a week later: we go on from the same question.

    <b>Commands</b>
    /new — new case
    /cases — my cases
    /cancel — leave the current question (nothing is lost)
    /language — language
    /timezone — time zone for reminders
    /export — download a case whole (an archive)
    /stats — how this bot's users' cases ended
    /privacy — what data I keep and for how long
    /delete — delete all your data
    /help — this help

    The documents I prepare are templates, not legal advice.

    { help-free-channels }
# issue 22 p. 6: see locales/ru/main.ftl (law-facts §3 Rospotrebnadzor [S33][S30][S68]; §1 ст. 17)
help-free-channels =
    <b>Who else helps for free</b>
    • <b>Rospotrebnadzor</b> (the consumer protection authority) takes complaints about sellers; its regional offices are listed on rospotrebnadzor.ru. It answers within 30 days of registering the complaint. A complaint usually ends in a warning to the seller. Rospotrebnadzor cannot get your money back — only a court can.
    • <b>Court</b>: a consumer lawsuit worth up to 1,000,000 ₽ is free of court duty.
    I do not replace a lawyer: if the case is complex or the sum is large, show the documents to a lawyer.

## /cancel

cancel-nothing = There is nothing to cancel. Here is the menu.
cancel-done = All right, the question is put aside. Everything you have answered is saved.

## /language

language-choose = Выберите язык / Choose a language:
language-set = Done, we speak English now.

## /privacy and /delete

privacy-text =
    <b>What data I keep</b>
    • your language and time zone;
    • your cases: the order, your answers, evidence files (as references to files in Telegram);
    • full name, address, phone and e-mail — only for documents; in a profile for next time — only with your consent;
    • for a lawsuit — date and place of birth and one identifier (SNILS, INN, passport or driving licence): only in that case, never in your profile;
    • if you came through a partner's link — that link's tag (for example, partner_msk), once.

    { privacy-retention }

    I don't share your data with anyone. The /delete command erases everything I know about you.
# law-facts §6 [S66]; see locales/ru/main.ftl
privacy-retention =
    <b>How long I keep it</b>
    While a case is open, it is needed. A closed case is erased whole — documents, files, answers, reminders — { $retention } { $retention ->
        [one] day
       *[other] days
    } after it closed: the Russian personal data law (152-FZ) requires it once the purpose is achieved. I warn you 3 days before: you can download the case (/export) or keep it for another year. If an open case is not used for { $stale } { $stale ->
        [one] day
       *[other] days
    }, I ask whether it is still needed; with no answer within 30 days I close it, and the same period follows. A case that went to court is kept until you close it yourself.
    For statistics, a closed case leaves one anonymised row: marketplace, problem, demand, how it ended, the month it closed, a price band, a number of days — no name, order number, exact dates or your words. Reports show only groups of 11 cases or more.
delete-confirm = Delete all your data: cases, files, profile and settings? This cannot be undone.
delete-yes = 🗑 Yes, delete everything
delete-no = No, keep it
delete-done = All your data is deleted. To start again, send /start.
delete-kept = Nothing was deleted.

## When something does not fit

err-command-unknown = I have no such command. All commands are in the «/» menu beside the input field; type the answer to the question as plain text.
unexpected-text = I did not understand that message. Choose an action with a button below or type /help.
unexpected-media = I am not expecting files right now. Choose an action with a button below or type /help.
stale-button = This button is out of date. Here is where we are now.
group-only-private = I only work in private chats: complaints hold personal data. Please message me directly.
error-generic = Something went wrong on my side. Your answers are saved — please try again.
not-ready = This section is still being built.

## /timezone

timezone-choose = Your time zone now: { $current }. Reminders arrive between 9:00 and 21:00 your time. Choose a time zone with a button, or type your city or region, for example: Yekaterinburg.
timezone-set = Done, time zone: { $zone }.
tz-0 = Kaliningrad (UTC+2)
tz-1 = Moscow (UTC+3)
tz-2 = Samara (UTC+4)
tz-3 = Yekaterinburg (UTC+5)
tz-4 = Omsk (UTC+6)
tz-5 = Krasnoyarsk (UTC+7)
tz-6 = Irkutsk (UTC+8)
tz-7 = Yakutsk (UTC+9)
tz-8 = Vladivostok (UTC+10)
tz-9 = Magadan (UTC+11)
tz-10 = Kamchatka (UTC+12)

## Dates as this language writes them
date-short = { $d } { $mon } { $yyyy }
mon-1 = Jan
mon-2 = Feb
mon-3 = Mar
mon-4 = Apr
mon-5 = May
mon-6 = Jun
mon-7 = Jul
mon-8 = Aug
mon-9 = Sep
mon-10 = Oct
mon-11 = Nov
mon-12 = Dec

## Console
console-hello = This is claimbot in your terminal — the same bot as in Telegram. Type /start to begin. A number presses a button, /attach PATH sends a file, /clock +3d moves the time, /quit exits.

## Reminders that arrive close to or after their moment (issue 10)

remind-own-window-left =
    ⏰ <b>{ $case }</b>
    { $left ->
        [0] Today, { $due }, is the last day of this period: { $what }. Act today!
        [1] Tomorrow, { $due }, this period ends: { $what }. Don't miss it!
       *[other] In { $left } { $left ->
            [one] day
           *[other] days
        }, on { $due }, this period ends: { $what }. Don't miss it!
    }
remind-own-window-late =
    ⏰ <b>{ $case }</b>
    This period ended on { $due }: { $what }. I could not remind you in time — sorry.
    If you acted before that date, all is well. If not, open the case: I'll show what can still be done (other demands have their own, longer periods).

## Console mode: /clock that fires nothing

console-nothing-due-none = (console) Nothing is due: no reminders are planned.
console-nothing-due-next = (console) Nothing is due. The next reminder is at { $when }.

## Floods

flood-slow-down = Messages are coming too fast — I answer one at a time. Wait a few seconds and go on; nothing you have already said is lost.

## A case's number in titles
case-number = #{ $id }
# what the person typed as the order number, as it stands
case-order-number = { $number }
