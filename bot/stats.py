"""The operator's desk (`flows/operator.py`): counts and vital signs read from the database
for `/stats` and `/health`, for the Telegram ids in `ADMIN_IDS` only.

Every query counts or groups; none reads a person's row, a case's data or a file id, so
nothing personal can leave through here. The SQL is the portable subset that SQLite and
PostgreSQL read alike (`tests/integration/test_stats.py` runs it on both); statuses are
parameters, from their enums.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from bot.clock import Clock
from bot.db import Sql
from bot.reminders import ReminderStatus, _iso
from flows.operator import OVERDUE_AFTER, Health, Stats
from flows.tracking import post_day

log = logging.getLogger(__name__)


class OperatorDesk:
    def __init__(
        self, db: Sql, clock: Clock, admin_ids: Iterable[int], post_limit: int | None = None
    ) -> None:
        self.db = db
        self.clock = clock
        self.admins = frozenset(admin_ids)
        self.started = clock.now()
        self.post_limit = post_limit  # Russian Post's daily requests; None: tracking is off

    @property
    def backend(self) -> str:
        return str(getattr(self.db, "kind", "sqlite"))

    def is_operator(self, user_id: int) -> bool:
        return user_id in self.admins

    async def _grouped(self, table: str, column: str) -> dict[Any, int]:
        rows = await self.db.fetchall(
            f"SELECT {column} AS k, COUNT(*) AS n FROM {table} GROUP BY {column}"
        )
        return {r["k"]: int(r["n"]) for r in rows}

    async def stats(self) -> Stats:
        totals = await self.db.fetchone(
            "SELECT (SELECT COUNT(*) FROM documents) AS documents,"
            " (SELECT COUNT(*) FROM outbox) AS owed,"
            " (SELECT COUNT(*) FROM users) AS users"
        )
        return Stats(
            cases_by_status=await self._grouped("cases", "status"),
            cases_by_marketplace=await self._grouped("cases", "marketplace"),
            cases_by_problem=await self._grouped("cases", "problem"),
            documents=int(totals["documents"]),
            reminders_by_status=await self._grouped("reminders", "status"),
            owed_documents=int(totals["owed"]),
            users=int(totals["users"]),
        )

    async def _schema_version(self) -> int:
        if self.backend == "postgresql":
            row = await self.db.fetchone("SELECT MAX(version) AS v FROM schema_migrations")
        else:
            row = await self.db.fetchone("PRAGMA user_version")
        return int(row[0])

    async def health(self) -> Health:
        now = self.clock.now()
        expected = int(getattr(self.db, "schema_version", 0))
        uptime = now - self.started
        try:
            if not await self.db.ping():
                raise ConnectionError("ping answered no")
            version = await self._schema_version()
            row = await self.db.fetchone(
                "SELECT COALESCE(SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END), 0) AS due,"
                " COALESCE(SUM(CASE WHEN due_at <= ? THEN 1 ELSE 0 END), 0) AS overdue"
                " FROM reminders WHERE status = ?",
                (_iso(now), _iso(now - OVERDUE_AFTER), ReminderStatus.PENDING.value),
            )
            oldest = await self.db.fetchone("SELECT MIN(created_at) AS at FROM outbox")
        except Exception as exc:  # the operator asks precisely when something is wrong
            log.warning("health: the database did not answer: %s", type(exc).__name__)
            return Health(self.backend, False, None, expected, None, None, None, uptime)
        owed_since = oldest["at"] if oldest is not None else None
        followed = used = None
        if self.post_limit is not None:
            followed, used = await self._tracking(now)
        return Health(
            backend=self.backend,
            database_ok=True,
            schema_version=version,
            schema_expected=expected,
            reminders_due=int(row["due"]),
            reminders_overdue=int(row["overdue"]),
            oldest_owed=None if owed_since is None else now - _moment(owed_since),
            uptime=uptime,
            post_limit=self.post_limit,
            letters_followed=followed,
            post_requests_today=used,
        )

    async def _tracking(self, now: datetime) -> tuple[int, int]:
        """Letters still followed, and Russian Post requests spent on its (Moscow) day."""
        letters = await self.db.fetchone("SELECT COUNT(*) AS n FROM letters WHERE done = 0")
        quota = await self.db.fetchone(
            "SELECT used FROM post_quota WHERE day = ?", (post_day(now).isoformat(),)
        )
        return int(letters["n"]), int(quota["used"]) if quota is not None else 0


def _moment(text: str) -> datetime:
    """A stored ISO time (with or without its zone: UTC either way)."""
    moment = datetime.fromisoformat(text)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


__all__ = ["OperatorDesk"]
