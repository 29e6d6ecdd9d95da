"""SQLite's migrations (`bot/db.py`) and PostgreSQL's (`bot/pg/schema.py`) are written twice,
once per dialect; this test is what keeps them one schema. It opens both, reads back what each
database made of its migrations, and compares tables, columns (name, nullability, a type
family, whether it has a default), primary keys, foreign keys and indexes. A column added on
one side only, or an index one engine has and the other lacks, fails here rather than in
production on the other engine. PostgreSQL's fleet-only tables are left out (`PG_ONLY`).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, NamedTuple

import asyncpg
import pytest

from bot.db import Database
from bot.pg.db import PgDatabase
from bot.pg.schema import TABLES

# PostgreSQL's own: the migrations' ledger (SQLite keeps `PRAGMA user_version`) and the
# fleet's send slots and shared inbox, which exist only for several instances on one database.
PG_ONLY = {"schema_migrations", "send_slots", "inbox"}

FAMILIES = {
    "integer": "integer",
    "bigint": "integer",
    "smallint": "integer",
    "text": "text",
    "character varying": "text",
    "real": "real",
    "double precision": "real",
    "boolean": "boolean",
}


class Column(NamedTuple):
    name: str
    family: str
    not_null: bool
    has_default: bool


class Index(NamedTuple):
    columns: tuple[str, ...]
    unique: bool
    partial: bool


class Table(NamedTuple):
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...]
    foreign_keys: frozenset[tuple[tuple[str, ...], str, tuple[str, ...], str]]
    indexes: frozenset[Index]


def family(declared: str) -> str:
    declared = declared.lower()
    found = FAMILIES.get(declared)
    assert found is not None, f"a column type this test does not know: {declared!r}"
    return found


async def sqlite_schema(path: Path) -> dict[str, Table]:
    db = await Database.open(path)
    try:
        names = [
            row[0]
            for row in await db.fetchall(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        tables: dict[str, Table] = {}
        for name in names:
            info = await db.fetchall(f"PRAGMA table_info({name})")
            primary = tuple(row["name"] for row in sorted(info, key=lambda r: r["pk"]) if row["pk"])
            columns = tuple(
                # A primary key column can hold no NULL on either engine; SQLite does not say so.
                Column(
                    row["name"],
                    family(row["type"]),
                    bool(row["notnull"] or row["pk"]),
                    row["dflt_value"] is not None,
                )
                for row in info
            )
            fks: dict[int, list[Any]] = {}
            for row in await db.fetchall(f"PRAGMA foreign_key_list({name})"):
                fks.setdefault(row["id"], []).append(row)
            foreign = frozenset(
                (
                    tuple(r["from"] for r in rows),
                    rows[0]["table"],
                    tuple(r["to"] for r in rows),
                    rows[0]["on_delete"].upper(),
                )
                for rows in fks.values()
            )
            indexes = set()
            for row in await db.fetchall(f"PRAGMA index_list({name})"):
                if row["origin"] == "pk":
                    continue
                cols = await db.fetchall(f"PRAGMA index_info({row['name']})")
                ordered = tuple(c["name"] for c in sorted(cols, key=lambda c: c["seqno"]))
                indexes.add(Index(ordered, bool(row["unique"]), bool(row["partial"])))
            tables[name] = Table(columns, primary, foreign, frozenset(indexes))
        return tables
    finally:
        await db.close()


async def pg_schema(url: str) -> dict[str, Table]:
    db = await PgDatabase.open(url)
    await db.close()
    conn = await asyncpg.connect(url)
    try:
        tables: dict[str, Table] = {}
        names = await conn.fetch(
            "SELECT table_name FROM information_schema.tables "
            "WHERE table_schema = 'public' AND table_type = 'BASE TABLE'"
        )
        for (name,) in names:
            if name in PG_ONLY:
                tables[name] = Table((), (), frozenset(), frozenset())
                continue
            info = await conn.fetch(
                "SELECT column_name, data_type, is_nullable, column_default"
                " FROM information_schema.columns "
                "WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position",
                name,
            )
            columns = tuple(
                Column(
                    r["column_name"],
                    family(r["data_type"]),
                    r["is_nullable"] == "NO",
                    r["column_default"] is not None,
                )
                for r in info
            )
            primary = tuple(
                r[0]
                for r in await conn.fetch(
                    "SELECT a.attname FROM pg_index i "
                    "JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, n) ON true "
                    "JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
                    "WHERE i.indrelid = $1::regclass AND i.indisprimary ORDER BY k.n",
                    name,
                )
            )
            foreign = frozenset(
                (tuple(r["cols"]), r["target"], tuple(r["refs"]), r["on_delete"])
                for r in await conn.fetch(
                    "SELECT c.confrelid::regclass::text AS target, "
                    "ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY k(n, o) "
                    "  JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.n "
                    "  ORDER BY k.o) AS cols, "
                    "ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY k(n, o) "
                    "  JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.n "
                    "  ORDER BY k.o) AS refs, "
                    "CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' "
                    "  WHEN 'r' THEN 'RESTRICT' ELSE 'NO ACTION' END AS on_delete "
                    "FROM pg_constraint c WHERE c.conrelid = $1::regclass AND c.contype = 'f'",
                    name,
                )
            )
            indexes = frozenset(
                Index(tuple(r["cols"]), r["indisunique"], r["partial"])
                for r in await conn.fetch(
                    "SELECT i.indisunique, i.indpred IS NOT NULL AS partial, "
                    "ARRAY(SELECT a.attname FROM unnest(i.indkey) WITH ORDINALITY k(n, o) "
                    "  JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.n "
                    "  ORDER BY k.o) AS cols "
                    "FROM pg_index i WHERE i.indrelid = $1::regclass AND NOT i.indisprimary",
                    name,
                )
            )
            tables[name] = Table(columns, primary, foreign, indexes)
        return tables
    finally:
        await conn.close()


@pytest.fixture
async def both(tmp_path: Path, pg_url: str) -> tuple[dict[str, Table], dict[str, Table]]:
    return await sqlite_schema(tmp_path / "schema.sqlite3"), await pg_schema(pg_url)


async def test_both_databases_hold_the_same_tables(both) -> None:
    lite, pg = both
    assert set(lite) == set(pg) - PG_ONLY
    assert set(TABLES) <= set(lite)  # /delete's list names tables both have


@pytest.mark.parametrize("part", ["columns", "primary_key", "foreign_keys", "indexes"])
async def test_every_shared_table_agrees(both, part: str) -> None:
    lite, pg = both
    differ = {
        name: (getattr(lite[name], part), getattr(pg[name], part))
        for name in set(lite) & set(pg)
        if getattr(lite[name], part) != getattr(pg[name], part)
    }
    assert not differ, f"SQLite and PostgreSQL disagree on {part}: {differ}"
