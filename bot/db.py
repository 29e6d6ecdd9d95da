"""One aiosqlite connection for the whole bot, WAL mode, schema migrations by `user_version`.

SQLite allows one writer at a time, and aiosqlite runs every statement on one worker thread,
so the event loop never blocks on disk. A single `asyncio.Lock` around each unit of work keeps
one coroutine's transaction from interleaving with another's statements on the shared
connection.

An update's writes are collected in a `Unit` (`Database.unit()`) and committed together, in
one trip to a second connection's own thread (`_Batcher`): BEGIN, the statements, COMMIT.
aiosqlite has no public way to run several statements in one hand-off to its thread, so the
batch gets a plain `sqlite3` connection to the same file on a one-thread executor.
"""

from __future__ import annotations

import asyncio
import os
import sqlite3
from collections.abc import AsyncIterator, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

import aiosqlite

from bot.config import ConfigError

# Each entry moves the schema from version N to N+1; never edit one that has shipped.
MIGRATIONS: list[str] = [
    # 1: FSM state per storage key, people and their language.
    """
    CREATE TABLE fsm (
        bot_id INTEGER NOT NULL,
        chat_id INTEGER NOT NULL,
        user_id INTEGER NOT NULL,
        thread_id INTEGER NOT NULL DEFAULT 0,
        business_connection_id TEXT NOT NULL DEFAULT '',
        destiny TEXT NOT NULL,
        state TEXT,
        data TEXT NOT NULL DEFAULT '{}',
        updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
        PRIMARY KEY (bot_id, chat_id, user_id, thread_id, business_connection_id, destiny)
    ) WITHOUT ROWID;
    CREATE INDEX fsm_user ON fsm (user_id);
    CREATE TABLE users (
        user_id INTEGER PRIMARY KEY,
        locale TEXT,
        timezone TEXT,
        profile TEXT,
        consent_at TEXT,
        created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))
    );
    """,
    # 2: cases, their evidence, timeline and documents; erased with the owner (/delete).
    """
    CREATE TABLE cases (
        id INTEGER PRIMARY KEY,
        owner_id INTEGER NOT NULL,
        marketplace TEXT,
        problem TEXT,
        stage TEXT NOT NULL,
        status TEXT NOT NULL,
        data TEXT NOT NULL,
        next_due TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX cases_owner ON cases (owner_id, status);
    CREATE TABLE evidence (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        file_id TEXT NOT NULL,
        file_unique_id TEXT NOT NULL,
        name TEXT,
        size INTEGER,
        caption TEXT,
        added_at TEXT NOT NULL,
        UNIQUE (case_id, file_unique_id)
    );
    CREATE TABLE events (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}'
    );
    CREATE INDEX events_case ON events (case_id, at);
    CREATE TABLE documents (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        version INTEGER NOT NULL,
        created_at TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        docx_file_id TEXT,
        pdf_file_id TEXT,
        UNIQUE (case_id, kind, version)
    );
    """,
    # 3: reminders are rows, not timers: a restart loses none and sends none twice.
    """
    CREATE TABLE reminders (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL DEFAULT '{}',
        due_at TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending',
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        claimed_at TEXT,
        sent_at TEXT
    );
    CREATE INDEX reminders_due ON reminders (status, due_at);
    CREATE INDEX reminders_case ON reminders (case_id, status);
    """,
    # 4: documents owed to a chat. A row is written with the step that produced it and removed
    # when both files are in the chat, so a restart finishes sending without a duplicate.
    """
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        kind TEXT NOT NULL,
        part INTEGER NOT NULL DEFAULT 0,
        version INTEGER NOT NULL,
        made_on TEXT NOT NULL,
        locale TEXT NOT NULL,
        docx_file_id TEXT,
        pdf_file_id TEXT,
        created_at TEXT NOT NULL
    );
    CREATE INDEX outbox_case ON outbox (case_id);
    CREATE INDEX outbox_chat ON outbox (chat_id);
    """,
    # 5: the two indexes PostgreSQL has had since its migrations 1 and 3 and SQLite lacked
    # (tests/integration/test_schema_agreement.py): /delete and a blocked chat find the rows
    # of one chat without a full scan.
    """
    CREATE INDEX IF NOT EXISTS fsm_chat ON fsm (chat_id);
    CREATE INDEX IF NOT EXISTS reminders_chat ON reminders (chat_id);
    """,
    # 6: the seller's answers (issue 20): a file that came with an answer names it (its number
    # in the case); NULL is the person's own evidence.
    """
    ALTER TABLE evidence ADD COLUMN reply INTEGER;
    """,
    # 7: letters followed by their Russian Post number (issue 21, `bot/tracking.py`): one per
    # case and purpose, erased with the case; `polled_on` is the Moscow day it was last asked
    # about (`asked_before` the day before that, given back when the asking failed), and
    # `post_quota` counts the day's requests, shared by every process on the database.
    """
    CREATE TABLE letters (
        id INTEGER PRIMARY KEY,
        case_id INTEGER NOT NULL REFERENCES cases (id) ON DELETE CASCADE,
        chat_id INTEGER NOT NULL,
        purpose TEXT NOT NULL,
        number TEXT NOT NULL,
        added_at TEXT NOT NULL,
        polled_on TEXT,
        asked_before TEXT,
        done INTEGER NOT NULL DEFAULT 0,
        state TEXT,
        unknown_since TEXT,
        error_on TEXT,
        last_error TEXT,
        UNIQUE (case_id, purpose)
    );
    CREATE INDEX letters_due ON letters (done, polled_on);
    CREATE INDEX letters_chat ON letters (chat_id);
    CREATE TABLE post_quota (
        day TEXT PRIMARY KEY,
        used INTEGER NOT NULL DEFAULT 0
    );
    """,
    # 8: issue 22. Where a person came from (a deep-link tag, stored once at first contact),
    # and the anonymised outcome of each closed case (`flows/statistics.py`, `bot/outcomes.py`):
    # no case id, no person, no exact date — it is kept after the case is erased.
    """
    ALTER TABLE users ADD COLUMN source TEXT;
    CREATE TABLE outcomes (
        key TEXT PRIMARY KEY,
        month TEXT NOT NULL,
        status TEXT NOT NULL,
        marketplace TEXT,
        problem TEXT,
        seller_kind TEXT,
        demand TEXT,
        band TEXT,
        reached TEXT NOT NULL,
        outcome TEXT,
        days INTEGER,
        answered_in_time INTEGER,
        source TEXT
    );
    CREATE INDEX outcomes_stats
        ON outcomes (marketplace, problem, days, reached, outcome, answered_in_time, month);
    CREATE INDEX outcomes_month ON outcomes (month);
    """,
    # 9: retention (issue 22 p. 5, `bot/retention.py`): when the sweep should next look at a
    # case ('' = as soon as it can: a new case, or one whose status just changed), so each
    # run reads only the cases something may be due for.
    """
    ALTER TABLE cases ADD COLUMN review_at TEXT NOT NULL DEFAULT '';
    CREATE INDEX cases_review ON cases (review_at);
    """,
]


def _statements(script: str) -> list[str]:
    """A migration script as its statements (`sqlite3.complete_statement` finds the ends)."""
    statements: list[str] = []
    pending = ""
    for line in script.splitlines(keepends=True):
        pending += line
        if sqlite3.complete_statement(pending):
            statements.append(pending.strip())
            pending = ""
    if pending.strip():
        statements.append(pending.strip())
    return statements


# What every connection to the file sets (the main one and the unit's batch connection).
# secure_delete: deleted rows are overwritten with zeros, not just unlinked — /delete must
# leave no readable trace of a person in the file (see `erase_traces`).
CONNECTION_PRAGMAS = (
    "busy_timeout=5000",
    "synchronous=NORMAL",
    "foreign_keys=ON",
    "secure_delete=ON",
)

Done = Callable[[Any], None]  # told the first row a queued statement returned (or None)


@dataclass
class Write:
    sql: str
    params: tuple[Any, ...]
    done: Done | None = None


@dataclass
class Unit:
    """One update's work with the database: the writes waiting for its commit, and the cases
    it has read or written (as JSON, by id and owner), so it reads none twice.

    Writes wait until something needs them stored: a read of the same task (it must see
    them), a transaction, the bot about to speak (`flush`), or the end of the update."""

    db: Any
    task: asyncio.Task[Any] | None  # the update's task: a task it starts writes on its own
    writes: list[Write] = field(default_factory=list)
    cases: dict[tuple[int, int], str] = field(default_factory=dict)
    open: bool = True


# The unit of the update this task is handling, if any (each update runs in its own task, or
# one after another in the caller's: the middleware resets it when the update ends).
_unit: ContextVar[Unit | None] = ContextVar("claimbot_unit", default=None)


def current_unit(db: Any) -> Unit | None:
    unit = _unit.get()
    if unit is None or not unit.open or unit.db is not db:
        return None
    if unit.task is not asyncio.current_task():
        return None  # a task started by the update (an album's answer) inherits the variable
    return unit


@asynccontextmanager
async def unit_of(db: Any) -> AsyncIterator[Unit]:
    """Collect this task's writes to `db` until the block ends, then commit them together
    (also when the block raises: each of them used to commit on its own, and a step that
    must stand or fall whole says `transaction()`). Nested, it joins the open unit."""
    unit = current_unit(db)
    if unit is not None:
        yield unit
        return
    unit = Unit(db, asyncio.current_task())
    token = _unit.set(unit)
    try:
        yield unit
    finally:
        try:
            await db.flush()
        finally:
            unit.open = False
            _unit.reset(token)


class _Batcher:
    """A second connection to the same file, on its own thread, for committing a unit's
    writes in one hand-off. Its statements run under `Database._lock`, so they never race
    the main connection's."""

    def __init__(self, path: Path) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="claimbot-batch")
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self.trips = 0  # hand-offs to the thread, for tests and benchmarks
        self.watchers: list[list[str]] = []  # `Database.watching()`

    def _connect(self) -> sqlite3.Connection:
        if self._conn is None:
            conn = sqlite3.connect(self._path, isolation_level=None, check_same_thread=False)
            for pragma in CONNECTION_PRAGMAS:
                conn.execute(f"PRAGMA {pragma}")
            self._conn = conn
        return self._conn

    def _run(self, writes: list[tuple[str, tuple[Any, ...]]]) -> list[Any]:
        conn = self._connect()
        conn.execute("BEGIN IMMEDIATE")
        try:
            results = []
            for sql, params in writes:
                results.append(conn.execute(sql, params).fetchone())
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")
        return results

    async def run(self, writes: list[tuple[str, tuple[Any, ...]]]) -> list[Any]:
        self.trips += 1
        for seen in self.watchers:
            seen.append(f"commit {len(writes)}")
        return await asyncio.get_running_loop().run_in_executor(self._pool, self._run, writes)

    def _close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    async def close(self) -> None:
        await asyncio.get_running_loop().run_in_executor(self._pool, self._close)
        self._pool.shutdown(wait=True)


class Sql(Protocol):
    """What the repositories ask of a database; SQLite's `Database` and PostgreSQL's
    `bot.pg.db.PgDatabase` both answer it, with the same SQL where it is portable."""

    def transaction(self) -> AbstractAsyncContextManager[Any]: ...
    def unit(self) -> AbstractAsyncContextManager[Unit]: ...
    def current_unit(self) -> Unit | None: ...
    async def flush(self) -> None: ...
    async def write(
        self, sql: str, params: Iterable[Any] = (), done: Done | None = None
    ) -> None: ...
    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> Any: ...
    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[Any]: ...
    async def execute(self, sql: str, params: Iterable[Any] = ()) -> None: ...
    async def erase_traces(self) -> None: ...
    async def ping(self) -> bool: ...
    async def close(self) -> None: ...


class Database:
    """The bot's SQLite file. Open with `await Database.open(path)`, close with `close()`."""

    def __init__(self, conn: aiosqlite.Connection, path: Path) -> None:
        self._conn = conn
        self._lock = asyncio.Lock()
        self._owner: asyncio.Task[Any] | None = None  # the task whose transaction is open
        self._closed = False
        self.path = path
        # A file can take a second connection; `:memory:` cannot (it would be another
        # database): there a unit commits statement by statement on the one connection.
        self._batcher = _Batcher(path) if str(path) != ":memory:" else None

    @property
    def batch_trips(self) -> int:
        """How many units were committed in one hand-off each (the trips `aiosqlite` does not
        see), for tests and benchmarks."""
        return self._batcher.trips if self._batcher is not None else 0

    @asynccontextmanager
    async def watching(self) -> AsyncIterator[list[str]]:
        """What reached the database threads while inside, in order: each statement run on
        the main connection (its SQL; aiosqlite hands each to its thread) and each unit's
        commit ("commit N", N statements in one hand-off). For tests and benchmarks."""
        seen: list[str] = []
        await self._conn.set_trace_callback(seen.append)
        if self._batcher is not None:
            self._batcher.watchers.append(seen)
        try:
            yield seen
        finally:
            await self._conn.set_trace_callback(None)  # type: ignore[arg-type]  # sqlite3: off
            if self._batcher is not None:
                self._batcher.watchers.remove(seen)

    def unit(self) -> AbstractAsyncContextManager[Unit]:
        return unit_of(self)

    def current_unit(self) -> Unit | None:
        return current_unit(self)

    async def flush(self) -> None:
        """Commit the writes this task's unit holds, all together: one trip, one transaction.
        Inside this task's own transaction there is nothing to do (they ran in it)."""
        unit = current_unit(self)
        if unit is None or not unit.writes:
            return
        writes, unit.writes = unit.writes, []
        async with self._lock:
            if self._batcher is not None:
                rows = await self._batcher.run([(w.sql, w.params) for w in writes])
            else:
                rows = await self._run_in_one(writes)
        for write, row in zip(writes, rows, strict=True):
            if write.done is not None:
                write.done(row)

    async def _run_in_one(self, writes: list[Write]) -> list[Any]:
        await self._conn.execute("BEGIN IMMEDIATE")
        try:
            rows = [await self._run_now(self._conn, w) for w in writes]
        except BaseException:
            await self._conn.execute("ROLLBACK")
            raise
        await self._conn.execute("COMMIT")
        return rows

    @staticmethod
    async def _run_now(conn: aiosqlite.Connection, write: Write) -> Any:
        return next(iter(await conn.execute_fetchall(write.sql, write.params)), None)

    async def write(self, sql: str, params: Iterable[Any] = (), done: Done | None = None) -> None:
        """A write that may wait for the unit's commit: queued inside this task's unit, run
        at once (its own transaction, or this task's open one) otherwise. `done` is told the
        first row it returned (`RETURNING`), whenever that is."""
        unit = current_unit(self)
        mine = self._owner is not None and self._owner is asyncio.current_task()
        if unit is not None and not mine:
            unit.writes.append(Write(sql, tuple(params), done))
            return
        async with self.exclusive() as conn:
            row = await self._run_now(conn, Write(sql, tuple(params)))
        if done is not None:
            done(row)

    @classmethod
    async def open(cls, path: Path | str) -> Database:
        """Open (creating if needed) and migrate; an unusable path is a `ConfigError` with one
        line for the operator (exit code 2), not a traceback."""
        path = Path(path)
        try:
            return await cls._open(path)
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
            raise ConfigError(f"DATABASE_PATH {path} cannot be used: {reason}") from None

    @classmethod
    async def _open(cls, path: Path) -> Database:
        if str(path) != ":memory:":
            path.parent.mkdir(parents=True, exist_ok=True)
            # Create the file ourselves so it is never world-readable: it holds personal data.
            fd = os.open(path, os.O_CREAT | os.O_RDWR, 0o600)
            os.close(fd)
            os.chmod(path, 0o600)
        conn = await aiosqlite.connect(path, isolation_level=None)
        try:
            return await cls._prepare(conn, path)
        except BaseException:
            await conn.close()  # its thread would keep the process alive
            raise

    @classmethod
    async def _prepare(cls, conn: aiosqlite.Connection, path: Path) -> Database:
        conn.row_factory = aiosqlite.Row
        # busy_timeout first: every later statement waits for another process's lock.
        await conn.execute("PRAGMA busy_timeout=5000")
        await conn.execute("PRAGMA journal_mode=WAL")  # the file's, set once for every connection
        for pragma in CONNECTION_PRAGMAS[1:]:
            await conn.execute(f"PRAGMA {pragma}")
        db = cls(conn, path)
        await db._migrate()
        return db

    async def _migrate(self) -> None:
        """Bring the schema to the latest version in one transaction that holds the write lock
        *before* it reads the version: a second process opening the same fresh file at the
        same moment (a console beside the bot, a restart overlapping the old process) waits
        for the first (`busy_timeout`) and then finds the schema in place."""
        async with self._lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                row = await (await self._conn.execute("PRAGMA user_version")).fetchone()
                if row is None:  # SQLite always answers this pragma with one row
                    raise sqlite3.DatabaseError("PRAGMA user_version returned no row")
                version: int = row[0]
                if version == 0:
                    # A new file: free pages can be given back without a full VACUUM (set
                    # before the first table, it needs no rewrite).
                    await self._conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
                for number, script in enumerate(MIGRATIONS[version:], start=version + 1):
                    # Statement by statement: executescript would commit, and let go of the lock.
                    for statement in _statements(script):
                        await self._conn.execute(statement)
                    await self._conn.execute(f"PRAGMA user_version={number}")
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            await self._conn.execute("COMMIT")
            await self._incremental_vacuum_on()

    async def _incremental_vacuum_on(self) -> None:
        """A file made before incremental vacuum was switched on is rewritten once (VACUUM)."""
        row = await (await self._conn.execute("PRAGMA auto_vacuum")).fetchone()
        if row is not None and row[0] == 0 and str(self.path) != ":memory:":
            await self._conn.execute("PRAGMA auto_vacuum=INCREMENTAL")
            await self._conn.execute("VACUUM")

    @property
    def schema_version(self) -> int:
        return len(MIGRATIONS)

    @asynccontextmanager
    async def transaction(self) -> AsyncIterator[aiosqlite.Connection]:
        """All statements inside commit together or not at all.

        Nested in a transaction of the same task, it joins the outer one: a step can store the
        case, the chat's FSM state and its pending documents in one commit while each of
        those stores still says `transaction()` on its own. No network call may happen inside:
        the lock is the whole database's."""
        if self._owner is not None and self._owner is asyncio.current_task():
            yield self._conn
            return
        unit = current_unit(self)
        if unit is not None:
            await self.flush()  # what the unit holds comes first, and is seen inside
            unit.cases.clear()  # a transaction may change any case; read them afresh
        async with self._lock:
            self._owner = asyncio.current_task()
            try:
                await self._conn.execute("BEGIN IMMEDIATE")
                try:
                    yield self._conn
                except BaseException:
                    await self._conn.execute("ROLLBACK")
                    raise
                else:
                    await self._conn.execute("COMMIT")
            finally:
                self._owner = None

    @asynccontextmanager
    async def exclusive(self) -> AsyncIterator[aiosqlite.Connection]:
        """The connection to ourselves, without a transaction: no other task's statement can
        come between ours (a read, then a write that depends on it). Inside this task's own
        transaction it simply joins it."""
        if self._owner is not None and self._owner is asyncio.current_task():
            yield self._conn
            return
        await self.flush()  # a read after this task's writes must see them
        async with self._lock:
            yield self._conn

    # Each of these is one trip to aiosqlite's thread: `execute_fetchall` runs the statement,
    # fetches and closes the cursor in one go, where `execute` + `fetchone` + closing took three.

    async def fetchone(self, sql: str, params: Iterable[Any] = ()) -> aiosqlite.Row | None:
        async with self.exclusive() as conn:
            rows = await conn.execute_fetchall(sql, tuple(params))
        return next(iter(rows), None)

    async def fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[aiosqlite.Row]:
        async with self.exclusive() as conn:
            return list(await conn.execute_fetchall(sql, tuple(params)))

    async def execute(self, sql: str, params: Iterable[Any] = ()) -> None:
        """One statement, which is its own transaction (the connection autocommits): one trip,
        where BEGIN, the statement and COMMIT took three. Inside this task's transaction it
        joins it; inside its unit it waits for the unit's commit (`write`)."""
        await self.write(sql, params)

    async def erase_traces(self) -> None:
        """After deleting someone: give the freed pages back (incremental vacuum), copy the
        zeroed pages from the WAL into the main file and truncate the WAL to nothing, so
        neither file still holds the deleted bytes."""
        await self.flush()
        async with self._lock:
            await self._conn.executescript("PRAGMA incremental_vacuum;")
            await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")

    async def vacuum(self) -> int:
        """Give the file's free pages back to the file system (an incremental vacuum); returns
        how many were free before. Run after `/delete` and on a schedule (`bot/vacuum.py`)."""
        async with self._lock:
            rows = await self._conn.execute_fetchall("PRAGMA freelist_count")
            free = int(next(iter(rows))[0]) if rows else 0
            if free:
                await self._conn.executescript("PRAGMA incremental_vacuum;")
                await self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return free

    async def ping(self) -> bool:
        row = await self.fetchone("SELECT 1")
        return row is not None and row[0] == 1

    async def close(self) -> None:
        """Idempotent: a second close does nothing."""
        async with self._lock:
            if self._closed:
                return
            self._closed = True
            await self._conn.close()
            if self._batcher is not None:
                await self._batcher.close()
