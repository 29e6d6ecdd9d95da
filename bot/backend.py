"""One setting chooses the database: `DATABASE_URL`.

Unset, or `sqlite:///path`: the embedded SQLite file (`DATABASE_PATH` when unset), the
zero-setup default. `postgresql://…`: PostgreSQL through asyncpg (`bot.pg`), for several
webhook instances on one database. Everything else in the bot sees the same interfaces:
an aiogram storage whose `.db` the repositories use, an event isolation, a reminder store,
a rate limiter and where a webhook update goes once accepted.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from aiogram import Bot, Dispatcher
from aiogram.fsm.storage.base import BaseEventIsolation, BaseStorage

from bot.clock import Clock
from bot.config import ConfigError, Settings
from bot.inflight import InFlight
from bot.intake import Feed, Handoff
from bot.isolation import ChatEventIsolation
from bot.reminders import Pacer, RateLimiter, ReminderStore

Sleep = Callable[[float], Awaitable[None]]

SQLITE = "sqlite"
POSTGRESQL = "postgresql"


def parse_url(url: str | None, default_path: Path) -> tuple[str, Any]:
    """(`"sqlite"`, path) or (`"postgresql"`, url)."""
    if url is None or not url.strip():
        return SQLITE, default_path
    url = url.strip()
    if url.startswith("sqlite:///"):
        rest = url.removeprefix("sqlite:///")
        if not rest:
            raise ConfigError("DATABASE_URL sqlite:/// needs a path, e.g. sqlite:///data/bot.db")
        # sqlite:///relative/path and sqlite:////absolute/path, as SQLAlchemy writes them
        return SQLITE, Path(rest)
    if url.startswith(("postgresql://", "postgres://")):
        return POSTGRESQL, url
    raise ConfigError("DATABASE_URL must start with sqlite:/// or postgresql://")


def url_of(settings: Settings) -> str | None:
    return settings.database_url.get_secret_value() if settings.database_url else None


def is_postgres(db: Any) -> bool:
    return getattr(db, "kind", SQLITE) == POSTGRESQL


def database_password(settings: Settings) -> str | None:
    return settings.database_password.get_secret_value() if settings.database_password else None


async def open_storage(
    settings: Settings, *, close_db: bool = False, sleep: Sleep = asyncio.sleep
) -> BaseStorage:
    """The FSM storage on the configured database (opened and migrated). PostgreSQL not
    reachable yet is tried `STARTUP_ATTEMPTS` times, waiting with `sleep` in between."""
    kind, where = parse_url(url_of(settings), settings.database_path)
    if kind == POSTGRESQL:
        from bot.pg.db import PgDatabase
        from bot.pg.storage import PgStorage

        return PgStorage(
            await PgDatabase.open(
                where,
                password=database_password(settings),
                pool_size=settings.database_pool,
                lock_pool_size=settings.database_locks,
                attempts=settings.startup_attempts,
                sleep=sleep,
            ),
            close_db=close_db,
        )
    from bot.db import Database
    from bot.storage import SQLiteStorage

    return SQLiteStorage(await Database.open(where), close_db=close_db)


def event_isolation(db: Any) -> BaseEventIsolation:
    """Per-chat order: in this process for SQLite; across the fleet for PostgreSQL."""
    if is_postgres(db):
        from bot.pg.isolation import FleetEventIsolation

        return FleetEventIsolation(db)
    return ChatEventIsolation()


def reminder_store(db: Any, clock: Clock) -> ReminderStore:
    if is_postgres(db):
        from bot.pg.reminders import PgReminderStore

        return PgReminderStore(db, clock)
    return ReminderStore(db)


def rate_limiter(db: Any, pacer: Pacer) -> Any:
    """Telegram's limits for this process (SQLite) or for every instance (PostgreSQL)."""
    if is_postgres(db):
        from bot.pg.reminders import FleetRateLimiter

        return FleetRateLimiter(db, pacer)
    return RateLimiter(pacer)


def handoff(db: Any, dp: Dispatcher, bot: Bot, inflight: InFlight, *, background: bool) -> Handoff:
    """Where a webhook update goes once accepted: handled in this process (SQLite), or stored
    in the inbox every instance of the fleet shares first (PostgreSQL)."""
    if is_postgres(db):
        from bot.pg.inbox import Inbox

        return Inbox(db, dp, bot, inflight)
    return Feed(dp, bot, inflight, background=background)
