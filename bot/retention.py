"""The retention sweep (issue 22 p. 5): a task in every instance that does what
`flows/retention.py` says is due — warn, erase, ask "still needed?", close as given up.

- Indexed: `cases.review_at` holds when a case next needs a look ('' = at once: a new case,
  or one whose status just changed, `bot/cases.py`); a run reads only rows at or before now.
- Claimed once: a run takes a batch of due rows by moving their `review_at` a lease ahead, in
  one statement (PostgreSQL adds `FOR UPDATE SKIP LOCKED`), so two instances never take the
  same case. Each action and the case's next `review_at` are one transaction.
- Restart-safe: a run that dies after claiming leaves the rows with the lease only; when it
  runs out, the next run (this instance's or another's) computes the same due action again —
  the policy is a function of the stored case, so nothing is done twice: a warning marks the
  case warned in the transaction that queues it, and an erased case is simply not there.
- The messages go as reminder rows (`ReminderKind.RETENTION_WARNING`, `STALE_QUESTION`):
  the scheduler's waking hours, rate limits and retries apply; their words are
  `flows/steps/commands/retention.py`'s.
- Logs name a case by its id only.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from bot import backend
from bot.cases import CaseRepo
from bot.clock import Clock
from bot.db import Sql
from bot.outcomes import OutcomeRepo
from bot.reminders import ReminderStatus, ReminderStore, _iso, _parse, decent_moment
from bot.users import People, UserRepo
from flows import retention, statistics
from flows.case import Case
from flows.retention import Action, Policy
from flows.schedule import ReminderKind

log = logging.getLogger(__name__)

INTERVAL = 3600.0  # a run an hour: an erasure or a warning is at most an hour late
LEASE = timedelta(minutes=10)  # a claimed case not finished by then is taken again
BATCH = 100

_CLAIM = (
    "UPDATE cases SET review_at = ? WHERE id IN (SELECT id FROM cases WHERE review_at <= ?"
    " ORDER BY review_at LIMIT ?{lock}) RETURNING id, owner_id, updated_at"
)


@dataclass
class SweepReport:
    warned: list[int] = field(default_factory=list)
    asked: list[int] = field(default_factory=list)
    given_up: list[int] = field(default_factory=list)
    erased: list[int] = field(default_factory=list)
    failed: list[int] = field(default_factory=list)
    looked: int = 0


class Retention:
    """The sweep and its task; `run_once` is what the console's /clock and tests call."""

    def __init__(
        self,
        db: Sql,
        *,
        cases: CaseRepo,
        people: People,
        users: UserRepo,
        reminders: ReminderStore,
        outcomes: OutcomeRepo,
        clock: Clock,
        policy: Policy,
        default_zone: str,
        batch: int = BATCH,
    ) -> None:
        self.db = db
        self.cases = cases
        self.people = people
        self.users = users
        self.reminders = reminders
        self.outcomes = outcomes
        self.clock = clock
        self.policy = policy
        self.default_zone = default_zone
        self.batch = batch
        lock = " FOR UPDATE SKIP LOCKED" if backend.is_postgres(db) else ""
        self._claim_sql = _CLAIM.format(lock=lock)
        self._task: asyncio.Task[None] | None = None

    async def claim(self, now: datetime) -> list[Any]:
        """Due cases, taken for `LEASE`: nobody else takes them meanwhile."""
        async with self.db.transaction():
            return list(
                await self.db.fetchall(self._claim_sql, (_iso(now + LEASE), _iso(now), self.batch))
            )

    async def run_once(self) -> SweepReport:
        """Everything due now, batch by batch, until nothing is."""
        report = SweepReport()
        while True:
            now = self.clock.now()
            rows = await self.claim(now)
            if not rows:
                return report
            for row in rows:
                report.looked += 1
                try:
                    await self._look(row["id"], row["owner_id"], row["updated_at"], now, report)
                except Exception as exc:  # one case's trouble stops no other's; its lease
                    # brings it back after `LEASE`
                    log.error("retention: case %s failed: %s", row["id"], type(exc).__name__)
                    report.failed.append(row["id"])

    async def _look(
        self, case_id: int, owner_id: int, updated_at: str, now: datetime, report: SweepReport
    ) -> None:
        case = await self.cases.get(case_id, owner_id)
        if case is None:
            return
        touched = datetime.fromisoformat(updated_at)
        due = retention.due(case, touched, now, self.policy, await self.warning(case_id))
        if due.action is Action.ERASE:
            if case.stats_key is None:  # closed before issue 22: its row first, then the case
                await self._count(case)
            await self.people.forget_case(case_id, owner_id)
            log.info("retention: case %s erased", case_id)
            report.erased.append(case_id)
            return
        async with self.db.transaction():
            if due.action is Action.WARN:
                case.warned_at = now
                await self._queue(case, ReminderKind.RETENTION_WARNING, now)
                report.warned.append(case_id)
            elif due.action is Action.ASK:
                case.stale_asked_at = now
                await self._queue(case, ReminderKind.STALE_QUESTION, now)
                report.asked.append(case_id)
            elif due.action is Action.GIVE_UP:
                await self._give_up(case, now)
                report.given_up.append(case_id)
                return  # the save asked for a fresh look: the closed case's clock starts
            await self._mark(case, due.next_look)
        if due.action is not Action.NONE:
            log.info("retention: case %s %s", case_id, due.action.value)

    async def _mark(self, case: Case, next_look: datetime) -> None:
        """The case's marks and its next look, without touching `updated_at`: retention's own
        writes are not the person's activity."""
        await self.db.execute(
            "UPDATE cases SET data = ?, review_at = ? WHERE id = ? AND owner_id = ?",
            (case.model_dump_json(), _iso(next_look), case.id, case.owner_id),
        )

    async def _queue(self, case: Case, kind: ReminderKind, now: datetime) -> None:
        zone = await self.users.get_timezone(case.owner_id) or self.default_zone
        await self.reminders.cancel_case(case.id, (kind,))
        await self.reminders.add(case.id, case.owner_id, kind, decent_moment(now, ZoneInfo(zone)))

    async def _give_up(self, case: Case, now: datetime) -> None:
        """Closed as given up, as a close from the dialogue would: the status and time, the
        timeline's line, no more reminders, the anonymised row (`exits.close_case`)."""
        retention.give_up(case, now)
        await self.cases.log(case.id, now, "closed", status=case.status.value, by="retention")
        await self.reminders.cancel_case(case.id)
        await self._count(case)
        await self.cases.save(case, now)

    async def _count(self, case: Case) -> None:
        """The closed case's anonymised row, as `exits.count` writes it in the dialogue."""
        case.stats_key = case.stats_key or statistics.new_key()
        row = statistics.row_of(case, case.stats_key, await self.users.source(case.owner_id))
        if row is not None:
            await self.outcomes.record(row)

    async def warning(self, case_id: int) -> retention.Warning:
        """The latest erasure warning's fate, from its reminder row."""
        row = await self.db.fetchone(
            "SELECT status, sent_at FROM reminders WHERE case_id = ? AND kind = ?"
            " ORDER BY id DESC LIMIT 1",
            (case_id, ReminderKind.RETENTION_WARNING.value),
        )
        if row is None:
            return retention.NO_WARNING
        status = row["status"]
        if status in (ReminderStatus.PENDING.value, ReminderStatus.SENDING.value):
            return retention.Warning(waiting=True)
        if status == ReminderStatus.SENT.value and row["sent_at"]:
            return retention.Warning(sent_at=_parse(row["sent_at"]))
        return retention.NO_WARNING

    async def run(self) -> None:
        """Forever: a run now, then one an hour."""
        while True:
            try:
                await self.run_once()
            except Exception as exc:  # the database away for a moment: try again next hour
                log.error("retention run failed: %s", type(exc).__name__)
            await self.clock.sleep(INTERVAL)

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="retention")

    async def shutdown(self) -> None:
        """Stop the task; a case claimed and not finished is taken again after `LEASE`."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
