"""`python -m bot [run|webhook|console|migrate-db|stats]` (also installed as `claimbot`).

With no command: polling when BOT_TOKEN is set, otherwise the console, so a newcomer's first
`python -m bot` always shows the bot.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
import traceback
from collections.abc import Callable, Coroutine, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from bot.config import ConfigError, Settings, load_settings
from bot.logs import protect
from bot.startup import StartupFailed, Stopped

if TYPE_CHECKING:
    from aiogram import Bot, Dispatcher

log = logging.getLogger("claimbot")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="claimbot", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    sub.add_parser("run", help="long polling (needs BOT_TOKEN)")
    sub.add_parser("webhook", help="webhook server (needs BOT_TOKEN, WEBHOOK_URL, WEBHOOK_SECRET)")
    console = sub.add_parser("console", help="chat with the bot in this terminal, offline")
    console.add_argument("--db", type=Path, default=Path("./data/console.sqlite3"))
    console.add_argument("--out", type=Path, default=Path("./out"))
    console.add_argument("--lang", choices=("ru", "en"), default="ru")
    console.add_argument("--user-id", type=int, default=100001)
    console.add_argument("--now", help="start the clock here (ISO date-time, UTC if no zone)")
    move = sub.add_parser("migrate-db", help="copy the SQLite database into PostgreSQL")
    move.add_argument("--to", required=True, help="postgresql://user:password@host:5432/db")
    move.add_argument("--from", dest="source", type=Path, help="SQLite file (DATABASE_PATH)")
    from bot.statscli import add_arguments

    add_arguments(sub.add_parser("stats", help="statistics of closed cases, small cells hidden"))
    return parser


def _database_password(settings: Settings) -> list[str]:
    """The database's password in every form a line could show, however malformed the URL."""
    from bot.dburl import password_candidates

    url = settings.database_url.get_secret_value() if settings.database_url else ""
    given = [settings.database_password.get_secret_value()] if settings.database_password else []
    return given + password_candidates(url)


def _setup_logging(settings: Settings, quiet: bool = False) -> None:
    level = logging.WARNING if quiet else getattr(logging, settings.log_level)
    logging.basicConfig(
        level=level, stream=sys.stderr, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    # aiohttp's access log would record webhook URLs and client addresses; keep it quiet.
    logging.getLogger("aiohttp.access").setLevel(logging.WARNING)
    # No token, secret or personal data in any record, from any library, at any level.
    secrets = [
        s.get_secret_value()
        for s in (
            settings.bot_token,
            settings.webhook_secret,
            settings.russian_post_login,
            settings.russian_post_password,
        )
        if s
    ]
    secrets += _database_password(settings)
    protect(secrets)


async def _telegram_bot(
    settings: Settings, token: str, stop: asyncio.Event
) -> tuple[Dispatcher, Bot]:
    """The dispatcher and a Telegram bot, with the reminder task tied to the dispatcher. A
    database not up yet is waited for (SIGTERM meanwhile: `Stopped`, exit code 0)."""
    from bot.app import create_bot, create_dispatcher, create_scheduler, run_scheduler_with
    from bot.startup import stoppable_sleep

    dp = await create_dispatcher(settings, sleep=stoppable_sleep(stop))
    bot = create_bot(settings, token=token)
    run_scheduler_with(dp, create_scheduler(dp, bot))
    return dp, bot


def _stop_on_signals(stop: asyncio.Event) -> None:
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)


async def _close(dp: Dispatcher, bot: Bot) -> None:
    """What start-up opened, closed again when it fails: the reminder task, texts, database
    (the dispatcher's shutdown, idempotent) and the HTTP session."""
    try:
        await dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data)
    finally:
        await bot.session.close()


async def run_polling(settings: Settings) -> None:
    from bot.app import set_commands
    from bot.startup import stoppable_sleep, with_retries

    token = settings.token()
    stop = asyncio.Event()
    _stop_on_signals(stop)
    dp, bot = await _telegram_bot(settings, token, stop)
    try:
        attempts, sleep = settings.startup_attempts, stoppable_sleep(stop)
        await with_retries("getMe", bot.me, attempts=attempts, sleep=sleep)
        await with_retries(
            "deleteWebhook",
            lambda: bot.delete_webhook(drop_pending_updates=False),
            attempts=attempts,
            sleep=sleep,
        )
        await with_retries(
            "setMyCommands", lambda: set_commands(bot, dp), attempts=attempts, sleep=sleep
        )
    except BaseException:
        await _close(dp, bot)
        raise
    if stop.is_set():
        await _close(dp, bot)
        return
    log.info("polling started")
    # aiogram's own loop: it waits out network errors, and on SIGINT/SIGTERM stops fetching,
    # then runs the dispatcher's shutdown (updates in progress finish first) and closes HTTP.
    await dp.start_polling(bot, handle_signals=True, close_bot_session=True)
    log.info("polling stopped")


async def run_webhook(settings: Settings) -> None:
    from aiohttp import web

    from bot.app import set_commands
    from bot.startup import stoppable_sleep, with_retries
    from bot.webhook import INTAKE, create_web_app

    token = settings.token()
    secret = settings.secret()
    if not settings.webhook_url:
        raise ConfigError("WEBHOOK_URL is not set: the public https URL Telegram should call")
    stop = asyncio.Event()
    _stop_on_signals(stop)
    dp, bot = await _telegram_bot(settings, token, stop)
    app = create_web_app(dp, bot, secret=secret, path=settings.webhook_path)
    intake = app[INTAKE]
    runner = web.AppRunner(app, handle_signals=False)
    try:
        await runner.setup()
        site = web.TCPSite(runner, settings.webhook_host, settings.webhook_port)
        await site.start()
        # /healthz answers from here on, "not ready" until Telegram knows where to post.
        log.info("webhook server listening on port %s", settings.webhook_port)
        attempts, sleep = settings.startup_attempts, stoppable_sleep(stop)
        url = settings.webhook_url.rstrip("/") + settings.webhook_path
        await with_retries("getMe", bot.me, attempts=attempts, sleep=sleep)
        await with_retries(
            "setWebhook",
            lambda: bot.set_webhook(url, secret_token=secret),
            attempts=attempts,
            sleep=sleep,
        )
        await with_retries(
            "setMyCommands", lambda: set_commands(bot, dp), attempts=attempts, sleep=sleep
        )
        await dp.emit_startup(bot=bot, dispatcher=dp, **dp.workflow_data)
        intake.ready = True
        log.info("webhook ready")
        await stop.wait()
        log.info("stopping: no new updates; finishing those in progress")
    finally:
        # Order: refuse new updates (503, Telegram retries them later) and stop taking over
        # other instances' chats, let the accepted ones finish (the dispatcher's shutdown
        # waits, with a cap), stop reminders, texts, database; then the HTTP server and the
        # Bot API session. Nothing runs against a closed database.
        await intake.stop()
        try:
            await dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data)
        finally:
            await runner.cleanup()
            await bot.session.close()
    log.info("webhook stopped")


async def run_console(settings: Settings, args: argparse.Namespace) -> None:
    from bot.app import create_dispatcher
    from bot.clock import ManualClock
    from bot.console import Console
    from bot.db import Database
    from bot.storage import SQLiteStorage

    start = datetime.now(UTC)  # the edge of the program: the one place the wall clock is read
    if args.now:
        start = datetime.fromisoformat(args.now)
        if start.tzinfo is None:
            start = start.replace(tzinfo=UTC)
    clock = ManualClock(start)
    storage = SQLiteStorage(await Database.open(args.db), close_db=True)
    try:
        dp = await create_dispatcher(settings, storage=storage, clock=clock, throttle=False)
        console = Console(dp, settings, clock, args.out, args.user_id, args.lang)
        await console.run(sys.stdin)
    finally:
        await storage.close()  # aiosqlite's thread would keep the process alive


async def run_migrate_db(settings: Settings, args: argparse.Namespace) -> None:
    from bot.backend import SQLITE, database_password, parse_url, url_of
    from bot.pg.migrate import migrate

    if not args.to.startswith(("postgresql://", "postgres://")):
        raise ConfigError("migrate-db --to must be a postgresql:// URL")
    source = args.source
    if source is None:
        kind, where = parse_url(url_of(settings), settings.database_path)
        source = where if kind == SQLITE else settings.database_path
    await migrate(Path(source), args.to, password=database_password(settings))


async def run_stats(settings: Settings, args: argparse.Namespace) -> None:
    from bot.statscli import run

    await run(settings, args, sys.stdout.write)


def _default_command(settings: Settings) -> argparse.Namespace:
    """No command: polling with a token, the console without one."""
    if settings.bot_token is not None:
        return _parser().parse_args(["run"])
    print("claimbot: BOT_TOKEN is not set, starting the console (see README)", file=sys.stderr)
    return _parser().parse_args(["console"])


_COMMANDS: dict[str, Callable[[Settings, argparse.Namespace], Coroutine[Any, Any, None]]] = {
    "run": lambda settings, args: run_polling(settings),
    "webhook": lambda settings, args: run_webhook(settings),
    "console": run_console,
    "migrate-db": run_migrate_db,
    "stats": run_stats,
}


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        settings = load_settings()
        if args.command is None:
            args = _default_command(settings)
        _setup_logging(settings, quiet=args.command in ("console", "stats"))
        asyncio.run(_COMMANDS[args.command](settings, args))
    except ConfigError as exc:
        print(f"claimbot: {exc}", file=sys.stderr)
        return 2
    except Stopped:
        return 0  # SIGTERM while start-up waited: everything is closed, nothing went wrong
    except StartupFailed as exc:
        log.error("%s", exc)
        return 1
    except KeyboardInterrupt:
        return 0
    except Exception as exc:
        # One line for the operator (the exception's type and where; its message could quote
        # a person's words); everything was closed on the way out, the process manager restarts.
        where = traceback.extract_tb(exc.__traceback__)[-1]
        log.critical("fatal: %s at %s:%s", type(exc).__name__, where.filename, where.lineno)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
