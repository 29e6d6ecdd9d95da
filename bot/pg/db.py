"""PostgreSQL through an asyncpg pool, behind the interface the repositories already use.

`transaction()`, `fetchone`, `fetchall`, `execute`, `ping`, `close`, as `bot.db.Database` has
them: the repositories' SQL is written once, with `?` placeholders, and translated here to
asyncpg's `$1, $2, …`. Inside `transaction()` the object yielded answers `execute(sql, params)`
like an aiosqlite connection: awaitable or `async with`, with `fetchone`, `fetchall` and
`rowcount`, so a repository does not know which engine it talks to.

Each task gets its own pooled connection for its transaction, and a transaction nested in the
same task joins the outer one (as with SQLite): a step stores the case, the chat's FSM state
and its owed documents in one commit. Unlike SQLite, transactions of different tasks run at
the same time; what must not interleave is one chat's updates, which the advisory lock in
`bot.pg.isolation` keeps apart across instances.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import lru_cache
from typing import Any

import asyncpg
from aiogram.utils.backoff import Backoff

from bot.config import ConfigError
from bot.db import Done, Unit, Write, current_unit, unit_of
from bot.dburl import check, password_candidates, redacted
from bot.pg.schema import MIGRATIONS
from bot.startup import BACKOFF, StartupFailed

log = logging.getLogger(__name__)

# Any constant will do: it only has to be the same for every instance running migrations.
MIGRATION_LOCK = 0x636C61696D626F74  # "claimbot"
# Not up yet, starting, shutting down, full, or the connection dropped: worth another try.
TRANSIENT = (
    OSError,  # refused, unreachable, a name not resolved (yet), timeouts
    asyncpg.PostgresConnectionError,
    asyncpg.exceptions.OperatorInterventionError,  # "the database system is starting up"
    asyncpg.TooManyConnectionsError,
)
_RETURNS_ROWS = re.compile(r"^\s*(SELECT|WITH|VALUES|SHOW)\b|\bRETURNING\b", re.IGNORECASE)


@lru_cache(maxsize=1024)
def translate(sql: str) -> str:
    """`?` placeholders to `$1, $2, …`, leaving string literals and quoted names alone."""
    out: list[str] = []
    number = 0
    quote: str | None = None
    for ch in sql:
        if quote is not None:
            if ch == quote:
                quote = None
        elif ch in ("'", '"'):
            quote = ch
        elif ch == "?":
            number += 1
            out.append(f"${number}")
            continue
        out.append(ch)
    return "".join(out)


async def _connect(
    url: str, attempts: int, sleep: Callable[[float], Awaitable[None]], **options: Any
) -> asyncpg.Pool:
    """The query pool, tried until the server answers (see `PgDatabase.open`)."""
    delays = Backoff(BACKOFF)
    for attempt in range(1, attempts + 1):
        try:
            return await asyncpg.create_pool(url, **options)
        except TRANSIENT as exc:
            reason = _reason(exc, url)
            if attempt == attempts:
                raise StartupFailed(
                    f"start-up: database {redacted(url)} unreachable {attempts} time(s), "
                    f"last: {reason}; giving up"
                ) from None
            delay = min(next(delays), BACKOFF.max_delay)
            log.warning(
                "start-up: database %s unreachable (%s), try %d of %d, next in %.1f s",
                redacted(url),
                reason,
                attempt,
                attempts,
                delay,
            )
            await sleep(delay)
        except (asyncpg.PostgresError, asyncpg.InterfaceError, ValueError) as exc:
            # Refused credentials, no such database or role, a URL asyncpg cannot read.
            raise ConfigError(
                f"DATABASE_URL {redacted(url)} cannot be used: {_reason(exc, url)}"
            ) from None
    raise AssertionError("unreachable")  # pragma: no cover


def _reason(exc: BaseException, url: str) -> str:
    """The fault in one line, without the password (these lines go to stderr as they are)."""
    text = getattr(exc, "strerror", None) or str(exc).split("\n", 1)[0] or type(exc).__name__
    for secret in password_candidates(url):
        text = text.replace(secret, "<secret>")
    return text


class Cursor:
    """What `execute` gives back: the rows (a statement that returns some) and the count."""

    def __init__(self, rows: list[asyncpg.Record], rowcount: int) -> None:
        self._rows = rows
        self.rowcount = rowcount

    async def fetchone(self) -> asyncpg.Record | None:
        return self._rows[0] if self._rows else None

    async def fetchall(self) -> list[asyncpg.Record]:
        return list(self._rows)

    async def close(self) -> None:
        return None


class _Pending:
    """`await conn.execute(...)` and `async with conn.execute(...) as cursor` both work."""

    def __init__(self, run: Callable[[], Any]) -> None:
        self._run = run

    def __await__(self):
        return self._run().__await__()

    async def __aenter__(self) -> Cursor:
        return await self._run()

    async def __aexit__(self, *exc: object) -> None:
        return None


class Connection:
    """One pooled connection inside a transaction, speaking the repositories' dialect."""

    def __init__(self, raw: asyncpg.Connection) -> None:
        self.raw = raw

    def execute(self, sql: str, params: Iterable[Any] = ()) -> _Pending:
        return _Pending(lambda: self._execute(sql, tuple(params)))

    async def _execute(self, sql: str, params: tuple[Any, ...]) -> Cursor:
        query = translate(sql)
        if _RETURNS_ROWS.search(sql):
            rows = await self.raw.fetch(query, *params)
            return Cursor(rows, len(rows))
        status = await self.raw.execute(query, *params)
        tail = status.rsplit(" ", 1)[-1]
        return Cursor([], int(tail) if tail.isdigit() else -1)

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> asyncpg.Record | None:
        return await self.raw.fetchrow(translate(sql), *params)

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[asyncpg.Record]:
        return list(await self.raw.fetch(translate(sql), *params))


class PgDatabase:
    """The bot's PostgreSQL database. Open with `await PgDatabase.open(url)`."""

    kind = "postgresql"

    def __init__(self, pool: asyncpg.Pool, lock_pool: asyncpg.Pool, url: str) -> None:
        self.pool = pool
        # Advisory locks hold a connection for as long as a chat's update runs; they come
        # from their own pool, so a full lock pool only queues chats and never starves the
        # transactions the lock holders need to finish.
        self.lock_pool = lock_pool
        self.url = url
        self._owners: dict[asyncio.Task[Any], Connection] = {}
        self._listener: asyncpg.Connection | None = None
        self._listeners: dict[str, list[Callable[[], None]]] = {}
        self._closed = False
        self.password: str | None = None  # DATABASE_PASSWORD, when the URL does not hold it

    @classmethod
    async def open(
        cls,
        url: str,
        *,
        password: str | None = None,
        pool_size: int = 10,
        lock_pool_size: int = 20,
        attempts: int = 1,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> PgDatabase:
        """Connect and migrate. `password`, when given, is used instead of the URL's (any
        characters, no encoding). A server that cannot be reached yet (down, starting, full)
        is tried `attempts` times with capped backoff, one log line per try, then
        `StartupFailed` (exit code 1: the process manager tries again later); a malformed URL
        or refused credentials are a `ConfigError` at once (exit code 2). No message holds the
        password."""
        check(url)
        pool = await _connect(
            url,
            attempts,
            sleep,
            password=password,
            min_size=1,
            max_size=pool_size,
            command_timeout=60,
        )
        try:
            lock_pool = await asyncpg.create_pool(
                url, password=password, min_size=0, max_size=lock_pool_size
            )
            db = cls(pool, lock_pool, url)
            db.password = password
            await db._migrate()
        except BaseException:
            await pool.close()
            raise
        return db

    async def _migrate(self) -> None:
        async with self.pool.acquire() as conn, conn.transaction():
            # Instances starting together: one migrates, the others wait and find it done.
            await conn.execute("SELECT pg_advisory_xact_lock($1)", MIGRATION_LOCK)
            await conn.execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations ("
                " version INTEGER PRIMARY KEY,"
                " applied_at TIMESTAMPTZ NOT NULL DEFAULT now())"
            )
            version = await conn.fetchval("SELECT COALESCE(MAX(version), 0) FROM schema_migrations")
            for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                await conn.execute(script)
                await conn.execute("INSERT INTO schema_migrations (version) VALUES ($1)", number)
                log.info("database schema moved to version %d", number)

    @property
    def schema_version(self) -> int:
        return len(MIGRATIONS)

    # -- one commit per update (`bot.db.Unit`) -----------------------------------------------

    def unit(self) -> AbstractAsyncContextManager[Unit]:
        return unit_of(self)

    def current_unit(self) -> Unit | None:
        return current_unit(self)

    async def flush(self) -> None:
        """Commit the writes this task's unit holds in one transaction on one connection.
        (asyncpg sends different statements one by one: the round trips are BEGIN, each
        statement, COMMIT, but the pool is asked once and the step commits once.)"""
        unit = current_unit(self)
        if unit is None or not unit.writes:
            return
        writes, unit.writes = unit.writes, []
        rows: list[Any] = []
        if len(writes) == 1:  # one statement is its own transaction: one round trip
            rows.append(await self.pool.fetchrow(writes[0].sql, *writes[0].params))
        else:
            async with self.pool.acquire() as raw, raw.transaction():
                for write in writes:
                    rows.append(await raw.fetchrow(write.sql, *write.params))
        for write, row in zip(writes, rows, strict=True):
            if write.done is not None:
                write.done(row)

    async def write(
        self,
        sql: str,
        params: Iterable[Any] = (),
        done: Done | None = None,
        *,
        native: bool = False,
    ) -> None:
        """A write that may wait for the unit's commit (see `bot.db.Database.write`); `native`
        when `sql` is already in asyncpg's `$n` dialect."""
        statement = sql if native else translate(sql)
        unit = current_unit(self)
        mine = self._mine()
        if unit is not None and mine is None:
            unit.writes.append(Write(statement, tuple(params), done))
            return
        row = await (mine.raw if mine is not None else self.pool).fetchrow(statement, *params)
        if done is not None:
            done(row)

    def _mine(self) -> Connection | None:
        task = asyncio.current_task()
        return self._owners.get(task) if task is not None else None

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[Connection]:
        """All statements inside commit together or not at all; nested in a transaction of
        the same task, it joins the outer one. No network call may happen inside: the
        connection is held until the end."""
        mine = self._mine()
        if mine is not None:
            yield mine
            return
        unit = current_unit(self)
        if unit is not None:
            await self.flush()  # what the unit holds comes first, and is seen inside
            unit.cases.clear()  # a transaction may change any case; read them afresh
        task = asyncio.current_task()
        assert task is not None
        async with self.pool.acquire() as raw, raw.transaction():
            conn = Connection(raw)
            self._owners[task] = conn
            try:
                yield conn
            finally:
                del self._owners[task]

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> asyncpg.Record | None:
        mine = self._mine()
        if mine is not None:
            return await mine.fetchone(sql, params)
        await self.flush()  # a read after this task's writes must see them
        return await self.pool.fetchrow(translate(sql), *params)

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[asyncpg.Record]:
        mine = self._mine()
        if mine is not None:
            return await mine.fetchall(sql, params)
        await self.flush()
        return list(await self.pool.fetch(translate(sql), *params))

    def native(self) -> asyncpg.Connection | asyncpg.Pool:
        """Where a statement in asyncpg's own `$n` dialect goes: this task's transaction, or
        the pool (one round trip, autocommit). Flush this task's unit first (`flush`) if
        the statement must see its writes."""
        mine = self._mine()
        return mine.raw if mine is not None else self.pool

    async def fetchval(self, sql: str, params: Iterable[Any] = ()) -> Any:
        row = await self.fetchone(sql, params)
        return row[0] if row is not None else None

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> None:
        """One statement in its own transaction (or in this task's open one); inside this
        task's unit it waits for the unit's commit."""
        await self.write(sql, params)

    async def erase_traces(self) -> None:
        """SQLite overwrites a deleted person's pages at once (`secure_delete` and a WAL
        checkpoint). PostgreSQL has no such switch: the deleted rows become dead tuples that
        VACUUM reclaims. Vacuum the tables that held personal data now, so the space is
        reused soon; the server's WAL and backups are the operator's to rotate (README)."""
        await self.flush()
        async with self.pool.acquire() as conn:
            await conn.execute(
                "VACUUM fsm, users, cases, evidence, events, documents, reminders, letters"
            )

    async def ping(self) -> bool:
        return await self.fetchval("SELECT 1") == 1

    # -- LISTEN/NOTIFY ------------------------------------------------------------------------

    async def listen(self, channel: str, callback: Callable[[], None]) -> None:
        """Call `callback` whenever any instance notifies `channel` (a dedicated connection;
        if it drops, the callers' own timers still wake them, only later)."""
        self._listeners.setdefault(channel, []).append(callback)
        if self._listener is None or self._listener.is_closed():
            self._listener = await asyncpg.connect(self.url, password=self.password)
            for name in self._listeners:
                await self._listener.add_listener(name, self._notified)
        elif len(self._listeners[channel]) == 1:
            await self._listener.add_listener(channel, self._notified)

    def _notified(self, conn: Any, pid: int, channel: str, payload: str) -> None:
        for callback in self._listeners.get(channel, []):
            callback()

    async def close(self) -> None:
        """Idempotent: a second close does nothing."""
        if self._closed:
            return
        self._closed = True
        if self._listener is not None and not self._listener.is_closed():
            await self._listener.close()
        await self.lock_pool.close()
        await self.pool.close()
