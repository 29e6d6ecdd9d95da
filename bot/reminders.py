"""Reminders: rows in SQLite, one task that sends them when they fall due.

- Scheduling writes a row whose `due_at` is already moved to a decent hour of the person's
  local day (a reminder due at night waits until 10:00).
- The scheduler sleeps until the earliest pending row, or until a new row wakes it; it never
  polls in a loop. It claims due rows atomically (pending -> sending), sends them within
  Telegram's limits (about 30 messages a second overall, one a second per chat), and marks
  each sent. A 429 waits `retry_after`; a network error retries with backoff, up to a cap; a
  chat that blocked the bot is marked undeliverable and not tried again.
- A crash leaves rows in `sending`; the next start returns them to `pending`. A row marked
  `sent` is never sent again.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from enum import StrEnum
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from aiogram import Bot
from aiogram.exceptions import (
    TelegramForbiddenError,
    TelegramNetworkError,
    TelegramRetryAfter,
    TelegramServerError,
)

from bot.clock import Clock
from bot.db import Sql
from flows.case import Case
from flows.law import Deadline
from flows.schedule import Planned, ReminderKind, plan_after, plan_own_windows
from flows.tracking import Purpose

log = logging.getLogger(__name__)

WAKING_HOURS = (9, 21)  # local hours a reminder may arrive in: [9:00, 21:00)
MORNING = dtime(10, 0)  # where a reminder outside them waits
MAX_ATTEMPTS = 6
MAX_FLOOD_WAITS = 5  # 429s in a row for one message before it goes back to the queue
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(hours=1)
MAX_IDLE = 3600.0  # even with nothing due, look again after an hour (clock changes, DST)


class ReminderStatus(StrEnum):
    """A reminder row's life: pending -> sending -> sent; or cancelled (the case moved on),
    failed (retries ran out), undeliverable (the chat blocked the bot)."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    CANCELLED = "cancelled"
    FAILED = "failed"
    UNDELIVERABLE = "undeliverable"


Rs = ReminderStatus  # the SQL below takes every status as a parameter


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S")


def _parse(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S").replace(tzinfo=UTC)


def decent_moment(moment: datetime, zone: ZoneInfo) -> datetime:
    """`moment`, or 10:00 local time if it falls outside waking hours."""
    local = moment.astimezone(zone)
    if WAKING_HOURS[0] <= local.hour < WAKING_HOURS[1]:
        return moment
    day = local.date() if local.hour < WAKING_HOURS[0] else local.date() + timedelta(days=1)
    return datetime.combine(day, MORNING, tzinfo=zone).astimezone(UTC)


def morning_of(day: date, zone: ZoneInfo) -> datetime:
    return datetime.combine(day, MORNING, tzinfo=zone).astimezone(UTC)


@dataclass(frozen=True)
class Reminder:
    id: int
    case_id: int
    chat_id: int
    kind: ReminderKind
    payload: dict[str, Any]
    due_at: datetime
    attempts: int


class ReminderStore:
    """The rows. Every state change is one statement or one transaction."""

    # Due rows -> 'sending', atomically; PostgreSQL's (`bot.pg.reminders`) adds SKIP LOCKED.
    CLAIM_SQL = (
        "UPDATE reminders SET status = ?, claimed_at = ?, attempts = attempts + 1"
        " WHERE id IN (SELECT id FROM reminders WHERE status = ? AND due_at <= ?"
        " ORDER BY due_at LIMIT ?)"
        " RETURNING id, case_id, chat_id, kind, payload, due_at, attempts"
    )

    def __init__(self, db: Sql) -> None:
        self.db = db
        self.added = asyncio.Event()

    async def add(
        self, case_id: int, chat_id: int, kind: ReminderKind, due_at: datetime, **payload: Any
    ) -> None:
        async with self.db.transaction() as conn:
            # One pending reminder of a kind per case and deadline: a re-answer replaces it.
            await conn.execute(
                "UPDATE reminders SET status = ? WHERE case_id = ? AND kind = ?"
                " AND status = ? AND payload = ?",
                (
                    Rs.CANCELLED.value,
                    case_id,
                    kind,
                    Rs.PENDING.value,
                    json.dumps(payload, sort_keys=True),
                ),
            )
            await conn.execute(
                "INSERT INTO reminders (case_id, chat_id, kind, payload, due_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (case_id, chat_id, kind, json.dumps(payload, sort_keys=True), _iso(due_at)),
            )
        self.added.set()

    async def cancel_case(self, case_id: int, kinds: tuple[str, ...] | None = None) -> None:
        sql = "UPDATE reminders SET status = ? WHERE case_id = ? AND status = ?"
        params: list[Any] = [Rs.CANCELLED.value, case_id, Rs.PENDING.value]
        if kinds:
            sql += f" AND kind IN ({', '.join('?' * len(kinds))})"
            params += list(kinds)
        await self.db.execute(sql, params)

    async def recover(self) -> int:
        """Rows a crash left mid-send go back to the queue."""
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "UPDATE reminders SET status = ? WHERE status = ?",
                (Rs.PENDING.value, Rs.SENDING.value),
            )
            return cursor.rowcount

    async def claim_due(self, now: datetime, limit: int = 100) -> list[Reminder]:
        async with (
            self.db.transaction() as conn,
            conn.execute(
                self.CLAIM_SQL, (Rs.SENDING.value, _iso(now), Rs.PENDING.value, _iso(now), limit)
            ) as cursor,
        ):
            rows = await cursor.fetchall()
        return sorted(
            (
                Reminder(
                    id=r["id"],
                    case_id=r["case_id"],
                    chat_id=r["chat_id"],
                    kind=ReminderKind(r["kind"]),
                    payload=json.loads(r["payload"]),
                    due_at=_parse(r["due_at"]),
                    attempts=r["attempts"],
                )
                for r in rows
            ),
            key=lambda r: (r.due_at, r.id),
        )

    async def next_due(self) -> datetime | None:
        row = await self.db.fetchone(
            "SELECT due_at FROM reminders WHERE status = ? ORDER BY due_at LIMIT 1",
            (Rs.PENDING.value,),
        )
        return _parse(row["due_at"]) if row else None

    async def last_payload(self, case_id: int, kind: ReminderKind) -> dict[str, Any]:
        """What the latest sent reminder of this kind for this case was about."""
        row = await self.db.fetchone(
            "SELECT payload FROM reminders WHERE case_id = ? AND kind = ? AND status = ?"
            " ORDER BY sent_at DESC, id DESC LIMIT 1",
            (case_id, kind, Rs.SENT.value),
        )
        return json.loads(row["payload"]) if row else {}

    async def mark_sent(self, reminder_id: int, now: datetime) -> None:
        await self.db.execute(
            "UPDATE reminders SET status = ?, sent_at = ? WHERE id = ?",
            (Rs.SENT.value, _iso(now), reminder_id),
        )

    async def mark_cancelled(self, reminder_id: int) -> None:
        await self.db.execute(
            "UPDATE reminders SET status = ? WHERE id = ?", (Rs.CANCELLED.value, reminder_id)
        )

    async def retry(self, reminder: Reminder, now: datetime, error: str) -> None:
        if reminder.attempts >= MAX_ATTEMPTS:
            await self.db.execute(
                "UPDATE reminders SET status = ?, last_error = ? WHERE id = ?",
                (Rs.FAILED.value, error, reminder.id),
            )
            return
        delay = min(BACKOFF_BASE * 2 ** (reminder.attempts - 1), BACKOFF_CAP)
        await self.db.execute(
            "UPDATE reminders SET status = ?, due_at = ?, last_error = ? WHERE id = ?",
            (Rs.PENDING.value, _iso(now + delay), error, reminder.id),
        )

    async def mark_undeliverable(self, chat_id: int, error: str) -> None:
        await self.db.execute(
            "UPDATE reminders SET status = ?, last_error = ?"
            " WHERE chat_id = ? AND status IN (?, ?)",
            (Rs.UNDELIVERABLE.value, error, chat_id, Rs.PENDING.value, Rs.SENDING.value),
        )

    async def counts(self) -> dict[str, int]:
        rows = await self.db.fetchall("SELECT status, COUNT(*) AS n FROM reminders GROUP BY status")
        return {r["status"]: r["n"] for r in rows}


class ZoneSource(Protocol):
    async def get_timezone(self, user_id: int) -> str | None: ...


class Reminders:
    """What the dialogue asks for: "remind about this deadline". Lives in `workflow_data`.

    Times are the person's own: their /timezone, or the bot's default."""

    def __init__(
        self, store: ReminderStore, clock: Clock, default_zone: str, zones: ZoneSource
    ) -> None:
        self.store = store
        self.clock = clock
        self.default_zone = default_zone
        self.zones = zones

    async def _zone(self, chat_id: int) -> ZoneInfo:
        return ZoneInfo(await self.zones.get_timezone(chat_id) or self.default_zone)

    @staticmethod
    def _case_id(case: Case) -> int:
        """Reminders belong to a stored case (`reminders.case_id` is NOT NULL)."""
        if case.id is None:
            raise ValueError("reminders need a created case")
        return case.id

    async def _plan(self, case: Case, chat_id: int, planned: Planned) -> None:
        await self.store.add(
            self._case_id(case),
            chat_id,
            planned.kind,
            morning_of(planned.day, await self._zone(chat_id)),
            deadline=planned.deadline.kind.value,
            due=planned.deadline.due.isoformat(),
        )

    async def support_follow_up(self, case: Case, chat_id: int, when: datetime) -> None:
        zone = await self._zone(chat_id)
        await self.store.add(
            self._case_id(case), chat_id, ReminderKind.SUPPORT_FOLLOW_UP, decent_moment(when, zone)
        )

    async def seller_deadline(self, case: Case, chat_id: int, period: Deadline) -> None:
        await self.store.cancel_case(self._case_id(case), (ReminderKind.SELLER_DEADLINE,))
        await self._plan(case, chat_id, plan_after(ReminderKind.SELLER_DEADLINE, period))

    async def marketplace_deadline(self, case: Case, chat_id: int, period: Deadline) -> None:
        await self.store.cancel_case(self._case_id(case), (ReminderKind.MARKETPLACE_DEADLINE,))
        await self._plan(case, chat_id, plan_after(ReminderKind.MARKETPLACE_DEADLINE, period))

    async def state_body(self, case: Case, chat_id: int, period: Deadline) -> None:
        await self._plan(case, chat_id, plan_after(ReminderKind.STATE_BODY, period))

    async def own_windows(self, case: Case, chat_id: int, today: date) -> None:
        await self.store.cancel_case(self._case_id(case), (ReminderKind.OWN_WINDOW,))
        for planned in plan_own_windows(case, today):
            await self._plan(case, chat_id, planned)

    async def snooze(
        self, case_id: int, chat_id: int, kind: str, days: int, **payload: Any
    ) -> None:
        """The same reminder again in `days`: with the deadline it was about (its payload,
        taken from the one the person snoozed), so it can still name the date."""
        kind = ReminderKind(kind)
        if not payload:
            payload = await self.store.last_payload(case_id, kind)
        when = decent_moment(self.clock.now() + timedelta(days=days), await self._zone(chat_id))
        await self.store.add(case_id, chat_id, kind, when, **payload)

    async def reply_follow_up(
        self, case: Case, chat_id: int, kind: ReminderKind, day: date
    ) -> None:
        """The morning of a date the seller's answer named (its promised answer, its quality
        check), in the person's zone; a later answer naming another date replaces it."""
        await self.store.cancel_case(self._case_id(case), (kind,))
        when = morning_of(day, await self._zone(chat_id))
        await self.store.add(self._case_id(case), chat_id, kind, when, due=day.isoformat())

    async def cancel_seller_deadline(self, case_id: int) -> None:
        """An answer that makes "the seller's period passed" pointless (a refusal, the demand
        met): that reminder goes, this case's only; its own windows and the rest stay."""
        await self.store.cancel_case(case_id, (ReminderKind.SELLER_DEADLINE,))

    async def cancel_case(self, case_id: int) -> None:
        await self.store.cancel_case(case_id)

    async def letter_news(self, case: Case, chat_id: int, purpose: Purpose) -> None:
        """News of a followed letter, at once or at 10:00 if it is night where the person is;
        a newer one about the same letter replaces one not yet sent (the words are read from
        the case when it goes, so they are the latest)."""
        when = decent_moment(self.clock.now(), await self._zone(chat_id))
        await self.store.add(
            self._case_id(case), chat_id, ReminderKind.LETTER_NEWS, when, purpose=purpose.value
        )


class Pacer(Protocol):
    """Monotonic time and sleep for rate limiting (real in production, virtual in tests)."""

    def monotonic(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class RealPacer:
    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class RateLimiter:
    """At most `per_second` messages overall and one per `chat_interval` seconds per chat."""

    def __init__(self, pacer: Pacer, per_second: float = 30, chat_interval: float = 1.0) -> None:
        self.pacer = pacer
        self.gap = 1.0 / per_second + 1e-6  # strictly under the limit, despite rounding
        self.chat_interval = chat_interval
        self._last_any = -1e9
        self._last_chat: dict[int, float] = {}

    async def wait(self, chat_id: int) -> None:
        now = self.pacer.monotonic()
        ready = max(
            self._last_any + self.gap, self._last_chat.get(chat_id, -1e9) + self.chat_interval
        )
        if ready > now:
            await self.pacer.sleep(ready - now)
        stamp = max(ready, self.pacer.monotonic())
        self._last_any = stamp
        self._last_chat[chat_id] = stamp
        if len(self._last_chat) > 10_000:  # forget chats quiet for longer than the interval
            horizon = stamp - self.chat_interval
            self._last_chat = {c: t for c, t in self._last_chat.items() if t > horizon}


# A reminder row -> (text, reply markup), or None when there is nothing to say any more.
Composer = Callable[[Reminder], Awaitable[tuple[str, Any] | None]]


class Scheduler:
    """The one task that sends due reminders."""

    def __init__(
        self,
        store: ReminderStore,
        bot: Bot,
        clock: Clock,
        compose: Composer,
        pacer: Pacer | None = None,
        batch: int = 100,
    ) -> None:
        self.store = store
        self.bot = bot
        self.clock = clock
        self.compose = compose
        self.pacer = pacer or RealPacer()
        self.limiter = RateLimiter(self.pacer)
        self.batch = batch
        self.wakeups = 0  # loop turns, to show the idle scheduler does not spin
        self._task: asyncio.Task[None] | None = None

    async def run_due(self) -> int:
        """Send everything due now; returns how many were sent."""
        sent = 0
        while True:
            due = await self.store.claim_due(self.clock.now(), self.batch)
            if not due:
                return sent
            for reminder in due:
                sent += await self._send(reminder)

    async def _send(self, reminder: Reminder) -> int:
        composed = await self.compose(reminder)
        if composed is None:  # the case is gone or closed
            await self.store.mark_cancelled(reminder.id)
            return 0
        text, markup = composed
        for _ in range(MAX_FLOOD_WAITS + 1):
            await self.limiter.wait(reminder.chat_id)
            try:
                await self.bot.send_message(reminder.chat_id, text, reply_markup=markup)
            except TelegramRetryAfter as exc:
                log.warning("429 from Telegram, waiting %s s", exc.retry_after)
                await self.pacer.sleep(exc.retry_after)
                continue
            except TelegramForbiddenError:
                log.info("reminder %s: the chat blocked the bot", reminder.id)
                await self.store.mark_undeliverable(reminder.chat_id, "forbidden")
                return 0
            except (TimeoutError, TelegramNetworkError, TelegramServerError, OSError) as exc:
                log.warning("reminder %s: %s, will retry", reminder.id, type(exc).__name__)
                await self.store.retry(reminder, self.clock.now(), type(exc).__name__)
                return 0
            await self.store.mark_sent(reminder.id, self.clock.now())
            return 1
        await self.store.retry(reminder, self.clock.now(), "TelegramRetryAfter")
        return 0

    async def run(self) -> None:
        """Forever: send what is due, then sleep until the next row or a new one."""
        await self.store.recover()
        while True:
            self.wakeups += 1
            self.store.added.clear()
            await self.run_due()
            upcoming = await self.store.next_due()
            wait = MAX_IDLE
            if upcoming is not None:
                wait = min(MAX_IDLE, max(0.0, (upcoming - self.clock.now()).total_seconds()))
            if wait == 0:
                continue
            sleeper = asyncio.ensure_future(self.clock.sleep(wait))
            waker = asyncio.ensure_future(self.store.added.wait())
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
            for pending in (sleeper, waker):
                pending.cancel()

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="reminders")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
