"""`python -m bot stats` over 1 000 000 closed cases (issue 22: it must stay an indexed
aggregate, seconds not minutes). Fills a fresh SQLite file with generated anonymised rows,
then times `OutcomeRepo.overall()` (the running bot's table, not cached yet), the CLI's table
with its Markdown, `--since` one year, and `--by source`; prints the times, the rows the
query hands to Python, and SQLite's EXPLAIN QUERY PLAN of each query. Asserts nothing.

    python benchmarks/stats.py [--rows 1000000] [--db PATH] [--keep]
"""

from __future__ import annotations

import argparse
import asyncio
import random
import sqlite3
import sys
import tempfile
import time
from dataclasses import astuple, fields
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.db import Database
from bot.outcomes import OutcomeRepo, aggregate_sql
from bot.statscli import make_table, to_markdown
from flows.case import CaseOutcome, Status
from flows.problems import Demand, ProblemId
from flows.statistics import Band, OutcomeRow, Reached, SellerKind

MARKETPLACES = ("ozon", "wildberries", "yandex_market", "other", None)
SOURCES = (None, None, None, "partner_msk", "vk_ads", "spb-centre")
COLUMNS = tuple(f.name for f in fields(OutcomeRow))


def rows(n: int, first: int = 0) -> list[tuple[object, ...]]:
    """n rows as the bot would write them, over two years of months; keys from `first`."""
    pick = random.Random(first)
    problems = [*ProblemId, None]
    outcomes = [*CaseOutcome, None]
    out = []
    for i in range(first, first + n):
        reached = pick.choice(list(Reached))
        delivered = reached is not Reached.SUPPORT
        months = pick.randrange(24)
        answered = pick.choice((None, 0, 1, 1)) if delivered else None
        source = pick.choice(SOURCES) if i % 1000 else f"rare{i}"  # rare tags pool together
        problem = pick.choice(problems)
        row = OutcomeRow(
            key=f"{i:032x}",
            month=f"{2025 + months // 12}-{months % 12 + 1:02d}",
            status=pick.choice((Status.SOLVED, Status.WITHDRAWN, Status.GIVEN_UP)).value,
            marketplace=pick.choice(MARKETPLACES),
            problem=None if problem is None else problem.value,
            seller_kind=pick.choice(list(SellerKind)).value,
            demand=pick.choice(list(Demand)).value,
            band=pick.choice(list(Band)).value,
            reached=reached.value,
            outcome=None if (o := pick.choice(outcomes)) is None else o.value,
            days=pick.randrange(0, 120) if delivered else None,
            answered_in_time=None if answered is None else bool(answered),
            source=source,
        )
        values = list(astuple(row))
        values[COLUMNS.index("answered_in_time")] = answered
        out.append(tuple(values))
    return out


def fill(path: Path, n: int) -> float:
    started = time.perf_counter()
    conn = sqlite3.connect(path)
    sql = f"INSERT INTO outcomes ({', '.join(COLUMNS)}) VALUES ({', '.join('?' * len(COLUMNS))})"
    chunk = 100_000
    for start in range(0, n, chunk):
        conn.executemany(sql, rows(min(chunk, n - start), first=start))
        conn.commit()
    conn.execute("ANALYZE")
    conn.commit()
    conn.close()
    return time.perf_counter() - started


def plans(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    out = []
    for label, sql, params in (
        ("table", aggregate_sql("marketplace"), ()),
        ("--since", aggregate_sql("marketplace", since=True), ("2026-01",)),
        ("--by source", aggregate_sql("source"), ()),
    ):
        plan = conn.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
        out.append(f"{label}: " + "; ".join(str(step[-1]) for step in plan))
    conn.close()
    return out


async def timed(label: str, make: object) -> None:
    started = time.perf_counter()
    result = await make  # type: ignore[misc]
    took = time.perf_counter() - started
    print(f"{label:<34} {took:7.2f} s   ({len(result.cells)} cells)")


async def measure(path: Path) -> None:
    db = await Database.open(path)
    try:
        await timed("overall() (bot, cold)", OutcomeRepo(db).overall())
        started = time.perf_counter()
        table = await make_table(db, since=None, by="problem")
        text = to_markdown(table)
        took = time.perf_counter() - started
        print(f"{'stats --format md':<34} {took:7.2f} s   ({len(text.splitlines())} lines)")
        await timed("stats --since 2026-01", make_table(db, since="2026-01", by="problem"))
        await timed("stats --by source", make_table(db, since=None, by="source"))
        groups = await db.fetchall(f"SELECT COUNT(*) FROM ({aggregate_sql('marketplace')})")
        print(f"groups handed to Python: {groups[0][0]} (of the rows: none)")
    finally:
        await db.close()


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the generated file")
    args = parser.parse_args()
    folder = None if args.db else tempfile.TemporaryDirectory()
    path = args.db or Path(folder.name) / "stats.sqlite3"  # type: ignore[union-attr]
    try:
        db = await Database.open(path)  # the bot's schema and indexes
        await db.close()
        print(f"filling {args.rows} rows ...", flush=True)
        print(f"filled in {fill(path, args.rows):.1f} s; {path.stat().st_size / 2**20:.0f} MiB")
        for line in plans(path):
            print("plan", line)
        await measure(path)
    finally:
        if folder is not None and not args.keep:
            folder.cleanup()


if __name__ == "__main__":
    asyncio.run(main())
