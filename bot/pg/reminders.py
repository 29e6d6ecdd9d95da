"""Reminders for a fleet: every instance runs the scheduler on the same rows.

- Claiming: due rows move to `sending` under `FOR UPDATE SKIP LOCKED`, so two schedulers
  never take the same row and never wait for each other.
- Waking: a new row is announced with `NOTIFY claimbot_reminders` (sent at commit); every
  instance LISTENs and looks at the queue again.
- Crashes: on SQLite, a start returns every `sending` row to the queue (one process owns
  them all). Here another instance may be sending its rows right now, so only rows claimed
  longer than `STALE_CLAIM` ago go back: their claimer died mid-send.
- Limits: Telegram's ~30 messages/s per bot and 1/s per chat hold for the fleet. Each send
  first takes a slot from the database (`claimbot_send_slot`, one round trip, the database's
  clock), then waits for it.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from bot.clock import Clock, SystemClock
from bot.pg.db import PgDatabase
from bot.reminders import Pacer, ReminderStatus, ReminderStore, _iso, _parse

log = logging.getLogger(__name__)

CHANNEL = "claimbot_reminders"
STALE_CLAIM = timedelta(minutes=10)


class PgReminderStore(ReminderStore):
    CLAIM_SQL = (
        "UPDATE reminders SET status = ?, claimed_at = ?, attempts = attempts + 1"
        " WHERE id IN (SELECT id FROM reminders WHERE status = ? AND due_at <= ?"
        " ORDER BY due_at LIMIT ? FOR UPDATE SKIP LOCKED)"
        " RETURNING id, case_id, chat_id, kind, payload, due_at, attempts"
    )

    def __init__(self, db: PgDatabase, clock: Clock | None = None) -> None:
        super().__init__(db)
        self.pg = db  # LISTEN/NOTIFY, beyond the shared interface
        self.clock = clock or SystemClock()
        self._listening = False

    async def add(self, case_id: int, chat_id: int, kind: Any, due_at: datetime, **payload: Any):
        async with self.db.transaction() as conn:
            await super().add(case_id, chat_id, kind, due_at, **payload)
            await conn.execute(f"NOTIFY {CHANNEL}")  # delivered when the step commits

    async def listen(self) -> None:
        if not self._listening:
            await self.pg.listen(CHANNEL, self.added.set)
            self._listening = True

    async def recover(self) -> int:
        """Where a scheduler starts: subscribe to new rows, and return to the queue the rows
        whose claimer stopped mid-send (claimed longer than `STALE_CLAIM` ago)."""
        await self.listen()
        return await self._release_stale(self.clock.now())

    async def _release_stale(self, now: datetime) -> int:
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE reminders SET status = ? WHERE status = ? AND claimed_at < ?",
                (
                    ReminderStatus.PENDING.value,
                    ReminderStatus.SENDING.value,
                    _iso(now - STALE_CLAIM),
                ),
            )
            # Chats whose next send slot passed a minute ago need no row any more.
            await conn.execute(
                "DELETE FROM send_slots WHERE chat_id <> 0"
                " AND next_at < extract(epoch FROM clock_timestamp()) - 60"
            )
            if cursor.rowcount:
                log.info("%d reminder(s) left mid-send by a stopped instance", cursor.rowcount)
            return cursor.rowcount

    async def claim_due(self, now: datetime, limit: int = 100):
        await self._release_stale(now)
        return await super().claim_due(now, limit)

    async def next_due(self) -> datetime | None:
        """The earliest pending row, or the moment a row claimed by another instance counts
        as abandoned, whichever comes first."""
        pending = await super().next_due()
        row = await self.db.fetchone(
            "SELECT MIN(claimed_at) AS at FROM reminders WHERE status = ?",
            (ReminderStatus.SENDING.value,),
        )
        if row is None or row["at"] is None:
            return pending
        stale = _parse(row["at"]) + STALE_CLAIM
        return stale if pending is None else min(pending, stale)


class FleetRateLimiter:
    """`RateLimiter`'s limits for every instance together: the slots come from the database."""

    def __init__(
        self,
        db: PgDatabase,
        pacer: Pacer,
        per_second: float = 30,
        chat_interval: float = 1.0,
    ) -> None:
        self.db = db
        self.pacer = pacer
        self.gap = 1.0 / per_second + 1e-6
        self.chat_interval = chat_interval

    async def wait(self, chat_id: int) -> None:
        delay = await self.db.pool.fetchval(
            "SELECT claimbot_send_slot($1, $2, $3)", chat_id, self.gap, self.chat_interval
        )
        if delay > 0:
            await self.pacer.sleep(delay)
