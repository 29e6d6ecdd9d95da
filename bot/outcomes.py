"""The anonymised outcomes of closed cases (issue 22): one row per closed buyer's case
(`flows/statistics.py`), written in the unit of work that closes the case and kept after the
case is erased. Read only as aggregates.
"""

from __future__ import annotations

from dataclasses import astuple, fields
from typing import Any

from bot.db import Sql
from flows.statistics import Figure, OutcomeRow

_COLUMNS = tuple(f.name for f in fields(OutcomeRow))


class OutcomeRepo:
    def __init__(self, db: Sql) -> None:
        self.db = db

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

    async def figure(self, marketplace: str, problem: str) -> Figure | None:
        raise NotImplementedError("issue 22: the statistics slice builds this")

    async def overall(self) -> Any:
        raise NotImplementedError("issue 22: the statistics slice builds this")


__all__ = ["OutcomeRepo"]
