"""`python -m bot migrate-db --to postgresql://…`: move an existing SQLite database into
PostgreSQL, for a bot that outgrows one machine.

Both schemas are brought to their latest version first; the target must hold no data yet.
Every table is copied in one PostgreSQL transaction (COPY, in chunks, foreign keys' order),
the identity sequences are moved past the copied ids, and the rows of every table are
counted on both sides before the commit: any difference rolls the whole copy back. Stop the
bot first: rows written during the copy would not be in it. Prints only table names and
counts (no personal data).
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from bot.config import ConfigError
from bot.db import Database
from bot.pg.db import PgDatabase, redacted
from bot.pg.schema import TABLES

CHUNK = 5_000
# What is copied: every table with personal data (`TABLES`), and the anonymised outcomes of
# closed cases (issue 22), which outlive the cases and are the statistics' only source.
COPIED = (*TABLES, "outcomes")
_IDENTITY = ("cases", "evidence", "events", "documents", "reminders", "outbox", "letters")


async def _columns(source: Database, table: str) -> list[str]:
    rows = await source.fetchall(f"PRAGMA table_info({table})")
    return [r["name"] for r in rows]


async def _order(source: Database, table: str) -> str:
    rows = await source.fetchall(f"PRAGMA table_info({table})")
    keys = sorted((r["pk"], r["name"]) for r in rows if r["pk"])
    return ", ".join(name for _, name in keys)


async def migrate(
    sqlite_path: Path,
    url: str,
    say: Callable[[str], None] = print,
    *,
    password: str | None = None,
) -> dict[str, tuple[int, int]]:
    """Copy; returns {table: (rows in SQLite, rows in PostgreSQL)}. `ConfigError` when the
    target already holds data or a count differs (nothing is committed then)."""
    if not await asyncio.to_thread(sqlite_path.exists):
        raise ConfigError(f"migrate-db: no SQLite database at {sqlite_path}")
    source = await Database.open(sqlite_path)
    try:
        target = await PgDatabase.open(url, password=password)
        try:
            return await _copy(source, target, say)
        finally:
            await target.close()
    finally:
        await source.close()


async def _copy(
    source: Database, target: PgDatabase, say: Callable[[str], None]
) -> dict[str, tuple[int, int]]:
    say(f"migrate-db: {source.path} -> {redacted(target.url)}")
    counts: dict[str, tuple[int, int]] = {}
    async with target.transaction() as conn:
        raw = conn.raw
        for table in COPIED:
            if await raw.fetchval(f"SELECT EXISTS (SELECT 1 FROM {table})"):
                raise ConfigError(
                    f"migrate-db: the PostgreSQL database already holds data ({table});"
                    " copy into an empty one"
                )
        for table in COPIED:
            columns = await _columns(source, table)
            order = await _order(source, table)
            offset = 0
            while True:
                rows = await source.fetchall(
                    f"SELECT {', '.join(columns)} FROM {table} ORDER BY {order} LIMIT ? OFFSET ?",
                    (CHUNK, offset),
                )
                if not rows:
                    break
                await raw.copy_records_to_table(
                    table, records=[tuple(r) for r in rows], columns=columns
                )
                offset += len(rows)
        for table in _IDENTITY:
            await raw.execute(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'),"
                f" COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            )
        for table in COPIED:
            row = await source.fetchone(f"SELECT COUNT(*) FROM {table}")
            before = row[0] if row is not None else 0
            after = await raw.fetchval(f"SELECT COUNT(*) FROM {table}")
            counts[table] = (before, after)
            say(f"  {table:<10} {before:>10} -> {after:>10}" + ("" if before == after else "  !"))
        wrong = [t for t, (a, b) in counts.items() if a != b]
        if wrong:
            raise ConfigError(f"migrate-db: row counts differ in {', '.join(wrong)}; rolled back")
    say("migrate-db: done, every table's rows counted on both sides")
    return counts
