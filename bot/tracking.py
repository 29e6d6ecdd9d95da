"""Russian Post tracking of the letters the bot tells people to send (issue 21).

Without RUSSIAN_POST_LOGIN and RUSSIAN_POST_PASSWORD nothing is followed (`Untracked`): the
dialogue asks the person for the delivery date, as it always did. With them, `Tracker` follows
each letter of an open case by its number, at most once a day, within the day's free quota
(100 requests by default) shared by every process on the database:

- The day is Moscow's: Russian Post counts its daily quota by its own (Moscow) calendar, so a
  "day" here is the Moscow date of the injected clock, wherever the bot runs.
- Fair: each run asks about the letters least recently asked first, so when there are more
  letters than requests, every letter still gets its turn over the following days.
- A letter is claimed before the post is asked: one transaction takes a unit of the day's
  quota (`used < limit`) and marks the row asked today. A restart, or a second instance on
  PostgreSQL (`SKIP LOCKED`, `bot/pg/tracking.py`), never asks about it again that day nor
  spends the quota twice. Asking that fails for the post's reasons gives the mark back (once a
  day per letter, so a letter the post chokes on costs at most two requests a day); the unit
  stays spent, as the post may have counted it.
- What the post said goes to the dialogue's handler (`flows/steps/tracked.py`), which updates
  the case and tells the person; it says when the letter needs no more tracking.
- Logs name a letter by its row id only: never its number, the chat, or the credentials.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import traceback
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from bot.clock import Clock
from bot.db import Sql
from bot.postapi import (
    BadAnswer,
    PostApi,
    PostError,
    QuotaExceeded,
    Unauthorized,
    Unavailable,
    UnknownNumber,
)
from flows.case import Status
from flows.ports import TrackedLetter, TrackingHandler
from flows.tracking import LetterState, Purpose, Reading, post_day, read

log = logging.getLogger(__name__)

INTERVAL = 3600.0  # a run an hour: a letter followed now is asked within the hour
KEEP_QUOTA_DAYS = 7  # the quota rows of older days are of no use
MISSES = 3  # empty picks in a run while letters still wait (PostgreSQL's races)


class Untracked:
    """The operator has not configured tracking: letters are not followed."""

    enabled = False

    async def follow(self, case_id: int, chat_id: int, purpose: Purpose, number: str) -> None:
        return None


@dataclass(frozen=True)
class Claimed:
    """A letter taken for asking today: its row (named in logs) and what the handler gets."""

    row: int
    letter: TrackedLetter


class _QuotaFull(Exception):
    """Rolls the claim back: the letter stays unasked when no request is left today."""


class LetterStore:
    """The `letters` and `post_quota` rows. Every change is one statement or one transaction."""

    # The least recently asked letter of an open case not asked today, marked asked today.
    # PostgreSQL's (`bot.pg.tracking`) adds SKIP LOCKED to the pick. The outer conditions are
    # checked again on the row as it is when the update takes it.
    CLAIM_SQL = (
        "UPDATE letters SET asked_before = polled_on, polled_on = ?"
        " WHERE id = (SELECT l.id FROM letters l JOIN cases c ON c.id = l.case_id"
        " WHERE l.done = 0 AND c.status = ? AND (l.polled_on IS NULL OR l.polled_on < ?)"
        " ORDER BY l.polled_on IS NOT NULL, l.polled_on, l.id LIMIT 1)"
        " AND done = 0 AND (polled_on IS NULL OR polled_on < ?)"
        " RETURNING id, case_id, chat_id, purpose, number"
    )
    # One unit of the day's quota, only while some is left; no row back means none is.
    TAKE_SQL = (
        "INSERT INTO post_quota (day, used) VALUES (?, 1)"
        " ON CONFLICT (day) DO UPDATE SET used = post_quota.used + 1"
        " WHERE post_quota.used < ?"
        " RETURNING used"
    )

    def __init__(self, db: Sql) -> None:
        self.db = db

    async def follow(
        self, case_id: int, chat_id: int, purpose: Purpose, number: str, now: datetime
    ) -> None:
        """One row per case and purpose. A new number replaces the old one and starts afresh
        (asked at the next run, its bookkeeping gone); the same number again changes nothing."""
        await self.db.execute(
            "INSERT INTO letters (case_id, chat_id, purpose, number, added_at)"
            " VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (case_id, purpose) DO UPDATE SET chat_id = excluded.chat_id,"
            " added_at = CASE WHEN letters.number = excluded.number"
            "   THEN letters.added_at ELSE excluded.added_at END,"
            " polled_on = CASE WHEN letters.number = excluded.number"
            "   THEN letters.polled_on ELSE NULL END,"
            " asked_before = CASE WHEN letters.number = excluded.number"
            "   THEN letters.asked_before ELSE NULL END,"
            " done = CASE WHEN letters.number = excluded.number THEN letters.done ELSE 0 END,"
            " state = CASE WHEN letters.number = excluded.number THEN letters.state ELSE NULL END,"
            " unknown_since = CASE WHEN letters.number = excluded.number"
            "   THEN letters.unknown_since ELSE NULL END,"
            " error_on = CASE WHEN letters.number = excluded.number"
            "   THEN letters.error_on ELSE NULL END,"
            " last_error = CASE WHEN letters.number = excluded.number"
            "   THEN letters.last_error ELSE NULL END,"
            " number = excluded.number",
            (case_id, chat_id, purpose.value, number, now.isoformat()),
        )

    async def stop(self, case_id: int, purpose: Purpose | None = None) -> None:
        if purpose is None:
            await self.db.execute("DELETE FROM letters WHERE case_id = ?", (case_id,))
        else:
            await self.db.execute(
                "DELETE FROM letters WHERE case_id = ? AND purpose = ?", (case_id, purpose.value)
            )

    async def claim(self, day: date, limit: int) -> Claimed | None:
        """The next letter to ask about today, with its unit of the quota taken, in one
        transaction; None when every letter was asked today. `_QuotaFull` when none is left
        (then nothing changed)."""
        today = day.isoformat()
        async with self.db.transaction() as conn:
            async with conn.execute(
                self.CLAIM_SQL, (today, Status.OPEN.value, today, today)
            ) as cursor:
                row = await cursor.fetchone()
            if row is None:
                return None
            async with conn.execute(self.TAKE_SQL, (today, limit)) as cursor:
                if await cursor.fetchone() is None:
                    raise _QuotaFull  # rolls the letter's mark back with it
        return Claimed(
            row["id"],
            TrackedLetter(row["case_id"], row["chat_id"], Purpose(row["purpose"]), row["number"]),
        )

    async def waiting(self, day: date) -> bool:
        """Some letter of an open case is still not asked today."""
        row = await self.db.fetchone(
            "SELECT COUNT(*) AS n FROM letters l JOIN cases c ON c.id = l.case_id"
            " WHERE l.done = 0 AND c.status = ? AND (l.polled_on IS NULL OR l.polled_on < ?)",
            (Status.OPEN.value, day.isoformat()),
        )
        return row is not None and int(row["n"]) > 0

    async def give_back(self, row: int, day: date, error: str, *, always: bool) -> None:
        """The post did not answer about this letter: it is asked again at the next run.
        `always` when the fault was not the letter's (the quota, the credentials); otherwise
        only once a day, so a number the post keeps failing on costs at most two requests."""
        today = day.isoformat()
        if always:
            await self.db.execute(
                "UPDATE letters SET polled_on = asked_before, last_error = ?"
                " WHERE id = ? AND polled_on = ?",
                (error, row, today),
            )
            return
        await self.db.execute(
            "UPDATE letters SET polled_on = CASE WHEN error_on IS NULL OR error_on <> ?"
            " THEN asked_before ELSE polled_on END, error_on = ?, last_error = ?"
            " WHERE id = ? AND polled_on = ?",
            (today, today, error, row, today),
        )

    async def current(self, claimed: Claimed) -> bool:
        """The row is still this number's and still followed (the person may have typed a
        new number, or the case was deleted, while the post was asked)."""
        found = await self.db.fetchone(
            "SELECT done FROM letters WHERE id = ? AND number = ?",
            (claimed.row, claimed.letter.number),
        )
        return found is not None and not found["done"]

    async def answered(self, claimed: Claimed, reading: Reading, day: date) -> None:
        unknown = reading.state is LetterState.UNKNOWN
        await self.db.execute(
            "UPDATE letters SET state = ?, last_error = NULL,"
            " unknown_since = CASE WHEN ? THEN COALESCE(unknown_since, ?) ELSE NULL END"
            " WHERE id = ? AND number = ?",
            (reading.state.value, unknown, day.isoformat(), claimed.row, claimed.letter.number),
        )

    async def finish(self, claimed: Claimed) -> None:
        await self.db.execute(
            "UPDATE letters SET done = 1 WHERE id = ? AND number = ?",
            (claimed.row, claimed.letter.number),
        )

    async def quota_full(self, day: date, limit: int) -> None:
        """The post says today's requests are spent: nobody asks again until tomorrow."""
        async with self.db.transaction() as conn:
            await conn.execute(
                "INSERT INTO post_quota (day, used) VALUES (?, ?)"
                " ON CONFLICT (day) DO UPDATE SET used = excluded.used"
                " WHERE post_quota.used < excluded.used",
                (day.isoformat(), limit),
            )

    async def used(self, day: date) -> int:
        row = await self.db.fetchone(
            "SELECT used FROM post_quota WHERE day = ?", (day.isoformat(),)
        )
        return int(row["used"]) if row else 0

    async def forget_old_days(self, day: date) -> None:
        await self.db.execute(
            "DELETE FROM post_quota WHERE day < ?",
            ((day - timedelta(days=KEEP_QUOTA_DAYS)).isoformat(),),
        )

    async def counts(self, day: date) -> dict[str, int]:
        """For operators: letters followed, finished, asked today; requests used today."""
        row = await self.db.fetchone(
            "SELECT COUNT(*) AS total,"
            " COALESCE(SUM(CASE WHEN done = 1 THEN 1 ELSE 0 END), 0) AS done,"
            " COALESCE(SUM(CASE WHEN polled_on = ? THEN 1 ELSE 0 END), 0) AS today"
            " FROM letters",
            (day.isoformat(),),
        )
        total, done, today = (int(row[k]) for k in ("total", "done", "today")) if row else (0,) * 3
        return {
            "followed": total - done,
            "done": done,
            "asked_today": today,
            "requests_today": await self.used(day),
        }


async def _unset_handler(letter: TrackedLetter, reading: Reading) -> bool:
    raise RuntimeError("the tracker was built without the dialogue's handler")


@dataclass
class RunReport:
    """What one run did, for tests and the console (counts only)."""

    asked: int = 0
    finished: int = 0
    failed: int = 0
    stopped: str | None = None  # "quota", "unauthorized", "unavailable"


class Tracker:
    """`LetterTracker` with Russian Post behind it, and the task that asks about the letters."""

    enabled = True

    def __init__(
        self,
        store: LetterStore,
        api: PostApi,
        clock: Clock,
        limit: int,
        handle: TrackingHandler = _unset_handler,
    ) -> None:
        self.store = store
        self.api = api
        self.clock = clock
        self.limit = limit
        # Set by the composition root once the dialogue's services exist (they hold this).
        self.handle = handle
        self.runs = 0
        self._refused = False  # the credentials were refused: warned once, until they work
        self._task: asyncio.Task[None] | None = None
        self._closed = False

    # -- LetterTracker -----------------------------------------------------------------------

    async def follow(self, case_id: int, chat_id: int, purpose: Purpose, number: str) -> None:
        await self.store.follow(case_id, chat_id, purpose, number, self.clock.now())

    async def stop(self, case_id: int, purpose: Purpose | None = None) -> None:
        await self.store.stop(case_id, purpose)

    # -- the daily tracking ------------------------------------------------------------------

    async def run_once(self) -> RunReport:
        """Ask about every letter not asked today, while the day's quota lasts. The letters
        the post failed on are given back when the run ends, so the next run asks again."""
        self.runs += 1
        report = RunReport()
        day = post_day(self.clock.now())
        await self.store.forget_old_days(day)
        failed: list[tuple[Claimed, str, bool]] = []
        misses = 0
        try:
            while report.stopped is None:
                try:
                    claimed = await self.store.claim(day, self.limit)
                except _QuotaFull:
                    report.stopped = "quota"
                    break
                if claimed is None:
                    # On PostgreSQL a pick can come back empty when the row it chose was
                    # taken by another instance that very moment: look again, a few times.
                    misses += 1
                    if misses <= MISSES and await self.store.waiting(day):
                        continue
                    break
                report.asked += 1
                await self._ask(claimed, day, report, failed)
        finally:
            for claimed, error, always in failed:
                await self.store.give_back(claimed.row, day, error, always=always)
        return report

    async def _ask(
        self,
        claimed: Claimed,
        day: date,
        report: RunReport,
        failed: list[tuple[Claimed, str, bool]],
    ) -> None:
        """One letter: the post asked, the answer handed to the dialogue. A failure the post
        is to blame for goes to `failed` (always given back when it was not the letter's
        fault); `report.stopped` says why the run must stop, if it must."""
        try:
            reading = read(await self.api.history(claimed.letter.number), until=day)
        except UnknownNumber:
            reading = Reading(LetterState.UNKNOWN)  # often a fresh letter: the dialogue waits
        except QuotaExceeded:
            log.info("Russian Post: today's requests are spent; tracking resumes tomorrow")
            failed.append((claimed, "QuotaExceeded", True))
            await self.store.quota_full(day, self.limit)
            report.stopped = "quota"
            return
        except Unauthorized:
            if not self._refused:
                log.warning(
                    "Russian Post refused the login or password: no letter is tracked until"
                    " RUSSIAN_POST_LOGIN and RUSSIAN_POST_PASSWORD are fixed"
                )
                self._refused = True
            failed.append((claimed, "Unauthorized", True))
            report.stopped = "unauthorized"
            return
        except Unavailable:
            log.warning("Russian Post did not answer (letter %s); trying again later", claimed.row)
            failed.append((claimed, "Unavailable", False))
            report.failed += 1
            report.stopped = "unavailable"  # the others would fail alike, each spending a request
            return
        except (BadAnswer, PostError) as exc:
            log.warning("Russian Post's answer about letter %s was unreadable", claimed.row)
            failed.append((claimed, type(exc).__name__, False))
            report.failed += 1
            return
        self._refused = False
        if not await self.store.current(claimed):
            return  # replaced or stopped meanwhile: this answer is about nothing followed
        await self.store.answered(claimed, reading, day)
        try:
            finished = await self.handle(claimed.letter, reading)
        except Exception as exc:
            # The frames only: an exception's message could quote the case.
            frames = "".join(traceback.format_tb(exc.__traceback__))
            log.error(
                "letter %s: the reading was not handled: %s\n%s",
                claimed.row,
                type(exc).__name__,
                frames,
            )
            report.failed += 1
            return
        if finished:
            await self.store.finish(claimed)
            report.finished += 1

    async def counts(self) -> dict[str, int]:
        return await self.store.counts(post_day(self.clock.now()))

    async def run(self) -> None:
        """Forever: a run now, then one an hour (a letter is asked at most once a Moscow day;
        the hourly runs pick up letters followed since and requests given back)."""
        while True:
            try:
                await self.run_once()
            except Exception as exc:  # the database away for a moment: try again next hour
                log.error("tracking run failed: %s", type(exc).__name__)
            await self.clock.sleep(INTERVAL)

    def start(self) -> None:
        self._task = asyncio.create_task(self.run(), name="tracking")

    async def shutdown(self) -> None:
        """Stop the task (a request in flight is abandoned: its letter is asked tomorrow)
        and close the client. Idempotent."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if not self._closed:
            self._closed = True
            await self.api.close()
