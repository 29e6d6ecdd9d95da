"""Factories for the bot and the dispatcher. Every call builds fresh routers, so each test and
each console run gets its own dispatcher with its own dependencies in `workflow_data`."""

from __future__ import annotations

import asyncio
import gc
import logging
import traceback

from aiogram import Bot, Dispatcher
from aiogram.client.default import DefaultBotProperties
from aiogram.client.session.aiohttp import AiohttpSession
from aiogram.client.session.base import BaseSession
from aiogram.client.telegram import TelegramAPIServer
from aiogram.enums import ParseMode
from aiogram.exceptions import TelegramBadRequest, TelegramForbiddenError
from aiogram.fsm.storage.base import BaseStorage
from aiogram.fsm.strategy import FSMStrategy
from aiogram.types import BotCommand, BotCommandScopeChat, BotCommandScopeDefault, ErrorEvent
from aiogram_i18n.cores import FluentRuntimeCore

from bot import backend
from bot.albums import Albums, Throttle
from bot.cases import CaseRepo
from bot.clock import Clock, SystemClock
from bot.config import SUPPORTED_LOCALES, ConfigError, Settings
from bot.db import Sql
from bot.export import Export
from bot.i18n import create_i18n, guess_locale
from bot.inflight import InFlight, InFlightMiddleware
from bot.outcomes import OutcomeRepo
from bot.paperwork import Paperwork
from bot.polling import SkipUnreadable
from bot.postapi import PostApi
from bot.prefetch import Prefetch
from bot.reminders import Pacer, Reminders, ReminderStore, Scheduler
from bot.responses import keep_response_types
from bot.retention import Retention
from bot.retries import RetryMiddleware
from bot.stats import OperatorDesk
from bot.tracking import LetterStore, Tracker, Untracked
from bot.users import People, ProfileRepo, UserRepo
from bot.vacuum import Vacuum
from flows.ports import TrackingHandler
from flows.retention import Policy
from flows.steps import create_engine, create_router
from flows.steps.commands.operator import OPERATOR_COMMANDS
from flows.steps.commands.remind import make_composer
from flows.steps.questions import Questions
from flows.steps.services import Services
from flows.steps.tracked import make_tracking_handler

log = logging.getLogger(__name__)

COMMANDS = (
    "start",
    "new",
    "cases",
    "export",
    "stats",
    "track",
    "help",
    "language",
    "timezone",
    "privacy",
    "delete",
    "cancel",
)


def create_bot(
    settings: Settings, session: BaseSession | None = None, token: str | None = None
) -> Bot:
    """A Bot with HTML parse mode. `session` replaces HTTP (tests, console)."""
    keep_response_types()
    if session is None:
        session = AiohttpSession()
        if settings.telegram_api_url:
            session.api = TelegramAPIServer.from_base(settings.telegram_api_url)
        session.middleware(RetryMiddleware())
        session.middleware(SkipUnreadable())  # polling: past an update aiogram cannot read
    return Bot(
        token=token or settings.token(),
        session=session,
        default=DefaultBotProperties(parse_mode=ParseMode.HTML),
    )


async def create_dispatcher(
    settings: Settings,
    storage: BaseStorage | None = None,
    clock: Clock | None = None,
    throttle: bool = True,
    sleep: backend.Sleep = asyncio.sleep,
    *,
    post_api: PostApi | None = None,
    tracking_handler: TrackingHandler | None = None,
) -> Dispatcher:
    """The whole bot minus Telegram. Opens the database (`DATABASE_URL`: SQLite or
    PostgreSQL, `bot/backend.py`) unless `storage` brings one (its `.db`).
    `throttle=False` for the console and scripted tests, where one "person" types fast.
    `sleep` waits between tries to reach a database that is not up yet (stopped by SIGTERM).
    With Russian Post's login and password set, letters are tracked: `post_api` and
    `tracking_handler` replace the real client and the dialogue's handler (tests)."""
    owns_db = storage is None
    if storage is None:
        storage = await backend.open_storage(settings, sleep=sleep)
    db: Sql = storage.db  # type: ignore[attr-defined]  # ours carry their database
    questions = Questions()
    clock = clock or SystemClock()
    users, cases = UserRepo(db), CaseRepo(db)
    people = People(db)
    # The dialogue's dependencies travel as one typed `Services` (below); these are for the
    # machinery's own handlers and middlewares (errors, commands menu, webhook, scheduler,
    # console, tests).
    dp = Dispatcher(
        storage=storage,
        fsm_strategy=FSMStrategy.CHAT,
        events_isolation=backend.event_isolation(db),
        settings=settings,
        db=db,
        users=users,
        people=people,  # the console's saved documents go with /delete (`on_forget`)
    )
    inflight = InFlight()
    dp["inflight"] = inflight
    # Outermost, so an update counts as accepted work from its first await to its last.
    dp.update.outer_middleware.register(InFlightMiddleware(inflight))

    async def stop_work() -> None:
        # Shutdown, in order: the updates already accepted finish, the reminder task stops,
        # then the texts (aiogram-i18n's own shutdown, registered below) and the database.
        await inflight.drain(settings.shutdown_timeout)
        await _stop_tasks(dp)

    dp.shutdown.register(stop_work)
    # Before i18n, which takes the language from the person's row read here.
    dp.update.outer_middleware.register(Prefetch(db))
    i18n = create_i18n(settings.default_locale)
    i18n.setup(dp)
    # After i18n, so the "slow down" speaks the person's language.
    if throttle:
        dp["throttle"] = Throttle()
        dp.update.outer_middleware.register(dp["throttle"])
    albums = dp["albums"] = Albums(inflight)
    dp["i18n_core"] = i18n.core
    paperwork = Paperwork(cases, i18n.core)

    async def finish_owed_documents(bot: Bot) -> None:
        await paperwork.resume(bot, clock)

    dp.startup.register(finish_owed_documents)
    dp.startup.register(freeze_startup_heap)
    store = backend.reminder_store(db, clock)
    dp["reminder_store"] = store
    # The dialogue: its engine is built first, so `Services` carries it to every handler.
    engine = create_engine(questions)
    # /export's archives are made in the background; the console waits for them by line.
    exporter = dp["exporter"] = Export(i18n.core, clock, inflight)
    tracker = build_tracker(settings, db, clock, post_api)
    policy = Policy(settings.retention_days, settings.stale_days)
    if tracker is not None:
        dp["tracker"] = tracker  # run by `run_scheduler_with`, by the console's /clock
    # What the dialogue may use, typed (flows/steps/services.py).
    dp["services"] = Services(
        clock=clock,
        texts=i18n.core,
        db=db,
        cases=cases,
        profiles=ProfileRepo(db),
        users=users,
        reminders=Reminders(store, clock, settings.timezone, users),
        paperwork=paperwork,
        albums=albums,
        questions=questions,
        eraser=people,
        engine=engine,
        default_zone=settings.timezone,
        operator=OperatorDesk(
            db,
            clock,
            settings.admin_ids,
            settings.russian_post_daily_limit if settings.tracking_enabled else None,
        ),
        exporter=exporter,
        letters=tracker or Untracked(),
        outcomes=OutcomeRepo(db),
        retention=policy,
    )
    # issue 22 p. 5: the retention sweep, started with the scheduler, run by the console's /clock
    dp["retention"] = Retention(
        db,
        cases=cases,
        people=people,
        users=users,
        reminders=store,
        outcomes=dp["services"].outcomes,
        clock=clock,
        policy=policy,
        default_zone=settings.timezone,
    )
    if tracker is not None:  # the handler speaks through the services, which hold the tracker
        tracker.handle = tracking_handler or make_tracking_handler(dp["services"])
    dp.include_router(create_router(engine))
    dp.errors.register(_on_error)

    vacuum = dp["vacuum"] = Vacuum(db)  # SQLite's free pages given back on a schedule
    dp.startup.register(vacuum.start)
    dp.shutdown.register(vacuum.stop)

    async def close_db() -> None:
        if owns_db:
            await db.close()

    dp.shutdown.register(close_db)  # the last shutdown handler
    return dp


async def _stop_tasks(dp: Dispatcher) -> None:
    """The tracking task (it may still write letter news), the retention sweep (it may still
    queue a warning), then the reminder task."""
    tracker = dp.workflow_data.get("tracker")
    if tracker is not None:
        await tracker.shutdown()
    sweep = dp.workflow_data.get("retention")
    if sweep is not None:
        await sweep.shutdown()
    scheduler = dp.workflow_data.get("scheduler")
    if scheduler is not None:
        await scheduler.stop()


def build_tracker(
    settings: Settings, db: Sql, clock: Clock, post_api: PostApi | None = None
) -> Tracker | None:
    """Russian Post tracking when the operator configured it (its handler is set once the
    dialogue's services exist), None otherwise."""
    if not settings.tracking_enabled:
        return None
    api = post_api if post_api is not None else russian_post(settings)
    return Tracker(letter_store(db), api, clock, settings.russian_post_daily_limit)


_frozen = False
YOUNG_COLLECTION = 20_000  # allocations between collections of the young generation


async def freeze_startup_heap() -> None:
    """Move what start-up built (aiogram's ~300 Telegram types, the texts, the catalogue:
    most of the process's memory) out of the garbage collector's sight, once per process. A
    full collection then walks only what updates create: on 28.11.2026 the worst event-loop
    stall at 200 busy chats went from 210–370 ms to 44 ms (`benchmarks/core/whole_bot.py`).

    Then collect the young generation every `YOUNG_COLLECTION` allocations, not Python's
    700: an update allocates thousands of short-lived objects (pydantic models of the update,
    the keyboard, the Bot API's answer), most freed by their reference counts, and the
    collector ran ~10 times per update for little. On 03.12.2026 at 20 chats this took the
    collector's CPU from 0.27 to 0.06 ms per update, its worst pause stayed under 5 ms."""
    global _frozen
    if not _frozen:
        _frozen = True
        gc.collect()
        gc.freeze()
        gc.set_threshold(YOUNG_COLLECTION, *gc.get_threshold()[1:])


async def _on_error(
    event: ErrorEvent,
    bot: Bot,
    settings: Settings,
    users: UserRepo,
    i18n_core: FluentRuntimeCore,
    reminder_store: ReminderStore,
) -> bool:
    """Log the fault without personal data and tell the person their answers are safe.

    A chat that blocked the bot is not a fault: one info line, and its reminders stop."""
    update = event.update
    source = update.message or (update.callback_query.message if update.callback_query else None)
    if isinstance(event.exception, TelegramForbiddenError):
        log.info("update %s: the chat blocked the bot; its reminders stop", update.update_id)
        if source is not None:
            await reminder_store.mark_undeliverable(source.chat.id, "forbidden")
        return True
    # The frames only: an exception's message can quote what a person typed (pydantic does).
    frames = "".join(traceback.format_tb(event.exception.__traceback__))
    log.error("update %s failed: %s\n%s", update.update_id, type(event.exception).__name__, frames)
    if source is None or source.chat.type != "private":
        return True
    try:
        locale = await users.get_locale(source.chat.id)
        if locale not in SUPPORTED_LOCALES:
            query = update.callback_query
            sender = update.message.from_user if update.message else query and query.from_user
            locale = guess_locale(sender.language_code if sender else None, settings.default_locale)
        await bot.send_message(source.chat.id, i18n_core.get("error-generic", locale))
    except Exception:
        log.warning("could not report the error to chat")
    return True


def menu_commands(settings: Settings) -> tuple[str, ...]:
    """The commands the menu lists: /track only where Russian Post tracking is on."""
    return tuple(c for c in COMMANDS if c != "track" or settings.tracking_enabled)


async def set_commands(bot: Bot, dp: Dispatcher) -> None:
    """The command menu, in every language we speak; the default is Russian."""
    core = dp["i18n_core"]
    for locale in SUPPORTED_LOCALES:
        commands = [
            BotCommand(command=c, description=core.get(f"cmd-{c}", locale))
            for c in menu_commands(dp["settings"])
        ]
        if locale == dp["settings"].default_locale:
            await bot.set_my_commands(commands, scope=BotCommandScopeDefault())
        await bot.set_my_commands(commands, scope=BotCommandScopeDefault(), language_code=locale)
    await set_operator_commands(bot, dp)


async def set_operator_commands(bot: Bot, dp: Dispatcher) -> None:
    """The operators' own chats (`ADMIN_IDS`) list /stats and /health as well; nobody else's
    menu shows them. A chat the bot has not met yet cannot be given a menu: logged, not fatal."""
    core, settings = dp["i18n_core"], dp["settings"]
    for admin in settings.admin_ids:
        scope = BotCommandScopeChat(chat_id=admin)
        try:
            for locale in SUPPORTED_LOCALES:
                commands = [
                    BotCommand(command=c, description=core.get(f"cmd-{c}", locale))
                    for c in (*menu_commands(settings), *OPERATOR_COMMANDS)
                ]
                if locale == settings.default_locale:
                    await bot.set_my_commands(commands, scope=scope)
                await bot.set_my_commands(commands, scope=scope, language_code=locale)
        except TelegramBadRequest:
            log.info("an operator's command menu is not set: the bot has not met that chat yet")


def create_scheduler(dp: Dispatcher, bot: Bot, pacer: Pacer | None = None) -> Scheduler:
    """The reminder task for this bot; started and stopped with the dispatcher."""
    scheduler = Scheduler(
        dp["reminder_store"],
        bot,
        dp["services"].clock,
        make_composer(dp["services"], dp["settings"].default_locale),
        pacer=pacer,
    )
    scheduler.limiter = backend.rate_limiter(dp["db"], scheduler.pacer)  # fleet-wide on PG
    dp["scheduler"] = scheduler
    return scheduler


def run_scheduler_with(dp: Dispatcher, scheduler: Scheduler) -> None:
    """Start the reminder task, and the tracking task when Russian Post is configured, with
    the dispatcher; the dispatcher's shutdown stops them."""

    async def on_startup() -> None:
        scheduler.start()
        dp["retention"].start()
        tracker = dp.workflow_data.get("tracker")
        if tracker is not None:
            tracker.start()

    dp.startup.register(on_startup)


def letter_store(db: Sql) -> LetterStore:
    """The followed letters' rows: PostgreSQL's claims skip rows another instance holds."""
    if backend.is_postgres(db):
        from bot.pg.tracking import PgLetterStore

        return PgLetterStore(db)
    return LetterStore(db)


def russian_post(settings: Settings) -> PostApi:
    """The SOAP client of Russian Post's tracking API (`bot/russianpost.py`)."""
    from bot.russianpost import RussianPost

    login, password = settings.russian_post_login, settings.russian_post_password
    if login is None or password is None:
        raise ConfigError("RUSSIAN_POST_LOGIN and RUSSIAN_POST_PASSWORD are both needed")
    return RussianPost(
        login=login.get_secret_value(),
        password=password.get_secret_value(),
        url=settings.russian_post_url,
    )
