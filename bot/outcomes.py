"""The anonymised outcomes of closed cases (issue 22): one row per closed buyer's case
(`flows/statistics.py`), written in the unit of work that closes the case and kept after the
case is erased. Read only as aggregates.

Reading is one GROUP BY per table, the same SQL on SQLite and PostgreSQL: additive counts per
(line, column, days), so the median comes from a histogram and no case's row reaches Python.
The running bot asks often (the person's sentence, `/stats`) and the answer changes slowly:
the table is kept for `CACHE_SECONDS` and made by one caller at a time.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import astuple, fields
from typing import Any

from bot.db import Sql
from flows.statistics import (
    CLAIM_REACHED,
    MET,
    ROWS_BY,
    Counts,
    Figure,
    OutcomeRow,
    Reached,
    Table,
    figure_of,
    suppress,
)

_COLUMNS = tuple(f.name for f in fields(OutcomeRow))

CACHE_SECONDS = 600.0


def _listed(values: frozenset[str]) -> str:
    """Catalogue values as SQL literals (they are enum values: letters and `_` only)."""
    assert all(v.replace("_", "").isalnum() for v in values)
    return ", ".join(f"'{v}'" for v in sorted(values))


# The definitions of `flows.statistics.counts_of`, summed by the database.
_CLAIMED = f"reached IN ({_listed(frozenset(CLAIM_REACHED))}) AND outcome IS NOT NULL"
_MET = f"reached = '{Reached.CLAIM.value}' AND outcome IN ({_listed(frozenset(MET))})"
_SUMS = (
    "COUNT(*),"
    f" SUM(CASE WHEN {_CLAIMED} THEN 1 ELSE 0 END),"
    f" SUM(CASE WHEN {_MET} THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN answered_in_time IS NOT NULL THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN answered_in_time = 1 THEN 1 ELSE 0 END)"
)


def aggregate_sql(rows_by: str = "marketplace", *, since: bool = False) -> str:
    """The one query behind a table: per line (marketplace × problem, or source) and days."""
    if rows_by not in ROWS_BY:
        raise ValueError(f"rows_by: one of {ROWS_BY}")
    lines = "marketplace, problem" if rows_by == "marketplace" else "source"
    where = " WHERE month >= ?" if since else ""
    return f"SELECT {lines}, days, {_SUMS} FROM outcomes{where} GROUP BY {lines}, days"


def groups_of(
    rows: list[Any], rows_by: str = "marketplace"
) -> dict[tuple[str | None, str | None], Counts]:
    """The query's rows as counts per line; each (line, days) group adds its met rows to the
    line's histogram of days."""
    width = 2 if rows_by == "marketplace" else 1
    sums: dict[tuple[str | None, str | None], list[int]] = {}
    days_of: dict[tuple[str | None, str | None], dict[int, int]] = {}
    for row in rows:
        values = tuple(row)
        key = (values[0], values[1]) if width == 2 else (values[0], None)
        days = values[width]
        numbers = [int(v) for v in values[width + 1 : width + 6]]
        total = sums.setdefault(key, [0, 0, 0, 0, 0])
        for i, n in enumerate(numbers):
            total[i] += n
        met = numbers[2]
        if days is not None and met:
            histogram = days_of.setdefault(key, {})
            histogram[int(days)] = histogram.get(int(days), 0) + met
    return {
        key: Counts(
            cases=cases,
            claimed=claimed,
            met=met,
            answered=answered,
            in_time=in_time,
            days=tuple(sorted(days_of.get(key, {}).items())),
        )
        for key, (cases, claimed, met, answered, in_time) in sums.items()
    }


class OutcomeRepo:
    def __init__(
        self,
        db: Sql,
        *,
        cache_seconds: float = CACHE_SECONDS,
        monotonic: Callable[[], float] = time.monotonic,
    ) -> None:
        self.db = db
        self._cache_seconds = cache_seconds
        self._monotonic = monotonic
        self._cached: tuple[float, Table] | None = None
        self._making = asyncio.Lock()

    async def record(self, row: OutcomeRow) -> None:
        values = list(astuple(row))
        values[_COLUMNS.index("answered_in_time")] = (
            None if row.answered_in_time is None else int(row.answered_in_time)
        )
        updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS if c != "key")
        await self.db.execute(
            f"INSERT INTO outcomes ({', '.join(_COLUMNS)})"
            f" VALUES ({', '.join('?' for _ in _COLUMNS)})"
            f" ON CONFLICT (key) DO UPDATE SET {updates}",
            tuple(values),
        )

    async def drop(self, key: str) -> None:
        await self.db.execute("DELETE FROM outcomes WHERE key = ?", (key,))

    async def table(self, *, since: str | None = None, rows_by: str = "marketplace") -> Table:
        """The suppressed table, fresh from the database (the CLI; `overall` keeps one).
        `since`: "YYYY-MM", the first month counted."""
        sql = aggregate_sql(rows_by, since=since is not None)
        rows = await self.db.fetchall(sql, () if since is None else (since,))
        columns_by = "problem" if rows_by == "marketplace" else None
        return suppress(
            groups_of(rows, rows_by), rows_by=rows_by, columns_by=columns_by, since=since
        )

    async def overall(self) -> Table:
        """The public table of all closed cases (`/stats`, the person's figure), at most
        `cache_seconds` old."""
        cached = self._cached
        if cached is not None and self._monotonic() - cached[0] < self._cache_seconds:
            return cached[1]
        async with self._making:
            cached = self._cached
            if cached is not None and self._monotonic() - cached[0] < self._cache_seconds:
                return cached[1]
            table = await self.table()
            self._cached = (self._monotonic(), table)
            return table

    async def figure(self, marketplace: str, problem: str) -> Figure | None:
        return figure_of(await self.overall(), marketplace, problem)


__all__ = ["CACHE_SECONDS", "OutcomeRepo", "aggregate_sql", "groups_of"]
