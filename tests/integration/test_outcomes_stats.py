"""The statistics read from the database (`bot/outcomes.py`), on SQLite and on PostgreSQL with
the same SQL: generated rows with answers known from the definitions in Python, the small-cell
edge, a differencing attack, `--since`, the split by source, and the running bot's cache."""

from __future__ import annotations

import random
from collections import defaultdict

import pytest

from bot.outcomes import OutcomeRepo
from flows.case import CaseOutcome
from flows.statistics import (
    Counts,
    OutcomeRow,
    Reached,
    Table,
    counts_of,
    new_key,
    suppress,
)
from tests.unit.test_statistics_table import _hidden_is_safe

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

MARKETS = ("ozon", "wildberries", "yandex_market", None)
PROBLEMS = ("defective", "damaged", "not_delivered", None)
SOURCES = ("partner_msk", "vk_ads", None, "rare_one")


def generated(n: int, seed: int) -> list[OutcomeRow]:
    pick = random.Random(seed)
    out = []
    for i in range(n):
        reached = pick.choice(list(Reached))
        delivered = reached is not Reached.SUPPORT
        outcome = pick.choice([*CaseOutcome, None])
        out.append(
            OutcomeRow(
                key=new_key(),
                month=f"2026-{pick.randrange(1, 13):02d}",
                status="solved",
                marketplace=pick.choices(MARKETS, weights=(10, 10, 1, 3))[0],
                problem=pick.choice(PROBLEMS),
                seller_kind=None,
                demand=None,
                band=None,
                reached=reached.value,
                outcome=None if outcome is None else outcome.value,
                days=pick.randrange(0, 40) if delivered else None,
                answered_in_time=pick.choice((None, True, False)) if delivered else None,
                source="rare_two" if i % 100 == 99 else pick.choice(SOURCES),  # < 11 in all
            )
        )
    return out


def expected(rows: list[OutcomeRow], by: str = "marketplace", since: str | None = None) -> Table:
    """The table from the definitions in Python, row by row."""
    groups: dict[tuple[str | None, str | None], list[OutcomeRow]] = defaultdict(list)
    for row in rows:
        if since is not None and row.month < since:
            continue
        key = (row.marketplace, row.problem) if by == "marketplace" else (row.source, None)
        groups[key].append(row)
    counts = {key: counts_of(group) for key, group in groups.items()}
    if by == "marketplace":
        return suppress(counts, since=since)
    return suppress(counts, rows_by="source", columns_by=None, since=since)


async def record(repo: OutcomeRepo, rows: list[OutcomeRow]) -> None:
    for row in rows:
        await repo.record(row)


async def test_the_table_is_the_definitions_on_generated_rows(db) -> None:
    repo = OutcomeRepo(db)
    rows = generated(900, seed=22)
    await record(repo, rows)
    table = await repo.table()
    assert table == expected(rows)
    assert any(line.stat.cases is not None for line in table.cells)  # not all hidden
    assert any(line.stat.cases is None for line in table.cells)  # and not all shown
    assert await repo.table(since="2026-07") == expected(rows, since="2026-07")
    assert await repo.table(rows_by="source") == expected(rows, by="source")
    assert await repo.overall() == table


async def test_ten_cases_say_nothing_and_eleven_say_it(db) -> None:
    repo = OutcomeRepo(db, cache_seconds=0)
    met = OutcomeRow(
        key="",
        month="2026-05",
        status="solved",
        marketplace="ozon",
        problem="defective",
        seller_kind="marketplace",
        demand="refund",
        band="1k-5k",
        reached=Reached.CLAIM.value,
        outcome=CaseOutcome.PAID_FULL.value,
        days=9,
        answered_in_time=True,
        source=None,
    )
    for i in range(10):
        await repo.record(met.__class__(**{**met.__dict__, "key": f"k{i}"}))
    assert await repo.figure("ozon", "defective") is None
    table = await repo.overall()
    assert table.total.cases is None
    await repo.record(met.__class__(**{**met.__dict__, "key": "k10"}))
    figure = await repo.figure("ozon", "defective")
    assert figure is not None
    assert (figure.cases, figure.met_percent, figure.median_days) == (11, 100, 9)
    await repo.drop("k10")  # the case reopened: ten again
    assert await repo.figure("ozon", "defective") is None


async def test_a_marketplace_total_less_its_shown_cells_is_no_cell(db) -> None:
    """The attack: Ozon's total minus every Ozon cell shown would give the hidden one."""
    repo = OutcomeRepo(db)
    rows = []
    for marketplace, problem, n in (
        ("ozon", "defective", 40),
        ("ozon", "damaged", 30),
        ("ozon", "not_delivered", 3),
        ("wildberries", "defective", 50),
        ("wildberries", "damaged", 60),
        ("wildberries", "not_delivered", 70),
    ):
        rows += [
            r.__class__(**{**r.__dict__, "marketplace": marketplace, "problem": problem})
            for r in generated(n, seed=n)
        ]
    await record(repo, rows)
    table = await repo.table()
    assert table == expected(rows)
    ozon = next(line.stat for line in table.row_totals if line.row == "ozon")
    assert ozon.cases == 73
    hidden = [line for line in table.cells if line.row == "ozon" and line.stat.cases is None]
    assert len(hidden) >= 2
    groups: dict[tuple[str | None, str | None], Counts] = {}
    for row in rows:
        key = (row.marketplace, row.problem)
        groups[key] = groups.get(key, Counts()) + counts_of([row])
    assert _hidden_is_safe(groups, table)


async def test_two_source_splits_leave_the_small_one_hidden(db) -> None:
    repo = OutcomeRepo(db)
    rows = []
    for source, n in (("partner_msk", 30), ("vk_ads", 20), (None, 4), ("x1", 2), ("x2", 3)):
        rows += [r.__class__(**{**r.__dict__, "source": source}) for r in generated(n, seed=n)]
    await record(repo, rows)
    table = await repo.table(rows_by="source")
    assert table == expected(rows, by="source")
    lines = {line.row: line.stat.cases for line in table.cells}
    assert "x1" not in lines
    assert "x2" not in lines  # rare tags are counted as «(other)», never named
    assert table.total.cases == 59
    assert sum(1 for v in lines.values() if v is None) != 1


async def test_the_bot_reads_the_table_once_per_period(db) -> None:
    now = [0.0]
    repo = OutcomeRepo(db, cache_seconds=600, monotonic=lambda: now[0])
    rows = generated(30, seed=5)
    await record(repo, rows)
    first = await repo.overall()
    await record(repo, generated(30, seed=6))
    now[0] = 599.0
    assert await repo.overall() is first
    now[0] = 600.0
    assert (await repo.overall()).total.cases == 60
