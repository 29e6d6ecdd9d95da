"""Reminders: rows, not timers. Sent once, at a decent local hour, within Telegram's limits;
429s and network errors retried; blocked chats given up; a restart loses and repeats nothing."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from aiogram import Bot
from aiogram.exceptions import TelegramForbiddenError, TelegramNetworkError, TelegramRetryAfter
from aiogram.methods import SendMessage

from bot.backend import reminder_store
from bot.cases import CaseRepo
from bot.clock import ManualClock
from bot.db import Database
from bot.offline import OFFLINE_TOKEN, OfflineSession
from bot.reminders import MAX_IDLE, ReminderStore, Scheduler, decent_moment
from flows.case import Case
from flows.problems import ProblemId
from flows.schedule import ReminderKind
from tests.helpers import START, VirtualPacer, current, walk

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

MSK = ZoneInfo("Europe/Moscow")


def _send(chat: int = 1) -> SendMessage:
    return SendMessage(chat_id=chat, text="x")


async def _plain_compose(reminder):
    return f"reminder {reminder.id}", None


@dataclass
class Rig:
    """A scheduler over an offline Bot API with a virtual pacer, and what it sent when."""

    case: Case
    store: ReminderStore
    scheduler: Scheduler
    session: OfflineSession
    pacer: VirtualPacer
    sent_at: list[tuple[float, int]]  # (the pacer's time, the chat) of every message sent


@pytest.fixture
async def rig(db: Database, clock: ManualClock) -> Rig:
    cases = CaseRepo(db)
    case = await cases.create(1001, clock.now())
    store = reminder_store(db, clock)
    session = OfflineSession(clock=clock)
    bot = Bot(OFFLINE_TOKEN, session=session)
    pacer = VirtualPacer()
    sent_at: list[tuple[float, int]] = []
    original = session.make_request

    async def recording(bot_, method, timeout=None):
        result = await original(bot_, method, timeout)
        if type(method).__name__ == "SendMessage":
            sent_at.append((pacer.t, method.chat_id))
        return result

    session.make_request = recording  # type: ignore[method-assign]
    scheduler = Scheduler(store, bot, clock, _plain_compose, pacer=pacer)
    return Rig(case, store, scheduler, session, pacer, sent_at)


def test_decent_hours() -> None:
    night = datetime(2026, 11, 21, 23, 30, tzinfo=MSK)
    assert decent_moment(night, MSK) == datetime(2026, 11, 22, 10, 0, tzinfo=MSK)
    early = datetime(2026, 11, 21, 3, 0, tzinfo=MSK)
    assert decent_moment(early, MSK) == datetime(2026, 11, 21, 10, 0, tzinfo=MSK)
    noon = datetime(2026, 11, 21, 12, 0, tzinfo=MSK)
    assert decent_moment(noon, MSK) == noon
    vladivostok = ZoneInfo("Asia/Vladivostok")  # 09:00 UTC is 19:00 there, still fine
    assert decent_moment(datetime(2026, 11, 21, 9, 0, tzinfo=UTC), vladivostok).hour == 9


async def test_fires_once_at_its_hour(rig: Rig, clock: ManualClock) -> None:
    due = datetime(2026, 11, 22, 10, 0, tzinfo=MSK)
    await rig.store.add(rig.case.id, 1001, ReminderKind.SUPPORT_FOLLOW_UP, due)
    clock.set(due - timedelta(minutes=1))
    assert await rig.scheduler.run_due() == 0
    clock.set(due)
    assert await rig.scheduler.run_due() == 1
    clock.advance(timedelta(days=3))
    assert await rig.scheduler.run_due() == 0
    assert rig.session.texts() == [rig.session.texts()[0]]
    assert (await rig.store.counts()) == {"sent": 1}


async def test_thousand_due_at_once_respect_the_limits(rig: Rig, clock: ManualClock) -> None:
    for n in range(1000):
        await rig.store.add(
            rig.case.id, 1 + n % 50, ReminderKind.SUPPORT_FOLLOW_UP, clock.now(), n=n
        )
    assert await rig.scheduler.run_due() == 1000
    times = [t for t, _ in rig.sent_at]
    # at most 30 messages in any one-second window
    start = 0
    for end in range(len(times)):
        while times[end] - times[start] >= 1.0:
            start += 1
        assert end - start + 1 <= 30
    # at most one a second per chat
    last: dict[int, float] = {}
    for t, chat in rig.sent_at:
        assert chat not in last or t - last[chat] >= 1.0 - 1e-9
        last[chat] = t
    assert times[-1] == pytest.approx(999 / 30, abs=1.0)  # and no slower than it must be


async def test_429_waits_retry_after(rig: Rig, clock: ManualClock) -> None:
    await rig.store.add(rig.case.id, 1001, ReminderKind.SUPPORT_FOLLOW_UP, clock.now())
    rig.session.failures.append(TelegramRetryAfter(_send(), "Flood control", retry_after=7))
    assert await rig.scheduler.run_due() == 1
    assert 7 in rig.pacer.slept
    assert (await rig.store.counts()) == {"sent": 1}


async def test_network_error_retries_with_backoff(rig: Rig, clock: ManualClock) -> None:
    await rig.store.add(rig.case.id, 1001, ReminderKind.SUPPORT_FOLLOW_UP, clock.now())
    rig.session.failures += [
        TelegramNetworkError(_send(), "down"),
        TelegramNetworkError(_send(), "down"),
    ]
    assert await rig.scheduler.run_due() == 0
    row = await rig.store.db.fetchone("SELECT status, due_at, attempts, last_error FROM reminders")
    assert (row["status"], row["attempts"], row["last_error"]) == (
        "pending",
        1,
        "TelegramNetworkError",
    )
    first_retry = await rig.store.next_due()
    assert first_retry == clock.now().replace(microsecond=0) + timedelta(seconds=30)
    clock.set(first_retry)
    assert await rig.scheduler.run_due() == 0  # the second failure doubles the wait
    assert await rig.store.next_due() == first_retry + timedelta(seconds=60)
    clock.advance(timedelta(seconds=60))
    assert await rig.scheduler.run_due() == 1


async def test_network_errors_give_up_after_a_cap(rig: Rig, clock: ManualClock) -> None:
    await rig.store.add(rig.case.id, 1001, ReminderKind.SUPPORT_FOLLOW_UP, clock.now())
    rig.session.failures += [TelegramNetworkError(_send(), "down") for _ in range(20)]
    for _ in range(10):
        await rig.scheduler.run_due()
        clock.advance(timedelta(hours=2))
    assert (await rig.store.counts()) == {"failed": 1}


async def test_blocked_chat_is_marked_and_left_alone(rig: Rig, clock: ManualClock) -> None:
    await rig.store.add(rig.case.id, 1001, ReminderKind.SUPPORT_FOLLOW_UP, clock.now())
    await rig.store.add(rig.case.id, 1001, ReminderKind.STATE_BODY, clock.now() + timedelta(days=5))
    rig.session.failures.append(TelegramForbiddenError(_send(), "bot was blocked by the user"))
    assert await rig.scheduler.run_due() == 0
    clock.advance(timedelta(days=10))
    assert await rig.scheduler.run_due() == 0
    assert (await rig.store.counts()) == {"undeliverable": 2}
    assert rig.session.texts() == []


async def test_restart_mid_send_sends_the_rest_and_nothing_twice(
    rig: Rig, db: Database, clock: ManualClock
) -> None:
    for n in range(5):
        await rig.store.add(rig.case.id, 1001, ReminderKind.SUPPORT_FOLLOW_UP, clock.now(), n=n)
    # the old process claimed a batch of three and got one out before it died
    claimed = await rig.store.claim_due(clock.now(), limit=3)
    await rig.store.mark_sent(claimed[0].id, clock.now())
    # a new process starts
    fresh = Scheduler(
        ReminderStore(db), rig.scheduler.bot, clock, _plain_compose, pacer=VirtualPacer()
    )
    assert await fresh.store.recover() == 2
    assert await fresh.run_due() == 4
    assert (await rig.store.counts()) == {"sent": 5}
    sent_ids = [text.removeprefix("reminder ") for text in rig.session.texts()]
    assert len(sent_ids) == len(set(sent_ids)) == 4


class WatchedClock(ManualClock):
    """The injected clock, telling the test each time the scheduler goes to sleep on it: the
    test waits for that moment instead of for wall time."""

    def __init__(self, start: datetime) -> None:
        super().__init__(start)
        self.naps: list[float] = []  # the seconds asked for, one per sleep
        self._napping = asyncio.Condition()

    async def sleep(self, seconds: float) -> None:
        async with self._napping:
            self.naps.append(seconds)
            self._napping.notify_all()
        await super().sleep(seconds)

    async def asleep(self, times: int) -> None:
        """Return once the sleeper has gone to sleep `times` times in all."""
        async with self._napping:
            await asyncio.wait_for(self._napping.wait_for(lambda: len(self.naps) >= times), 10)


async def test_idle_scheduler_sleeps_and_wakes_on_a_new_row(db: Database) -> None:
    clock = WatchedClock(START)
    case = await CaseRepo(db).create(1001, clock.now())
    store = ReminderStore(db)
    session = OfflineSession(clock=clock)
    scheduler = Scheduler(
        store, Bot(OFFLINE_TOKEN, session=session), clock, _plain_compose, pacer=VirtualPacer()
    )
    await store.add(case.id, 1001, ReminderKind.STATE_BODY, clock.now() + timedelta(days=30))
    scheduler.start()
    try:
        await clock.asleep(1)
        # one look, then asleep: for an hour of the clock's time at most, until day 30 is
        # nearer; a clock that does not move never ends that nap
        assert scheduler.wakeups == 1
        assert clock.naps == [MAX_IDLE]
        assert session.texts() == []

        await store.add(case.id, 1001, ReminderKind.SUPPORT_FOLLOW_UP, clock.now())
        await clock.asleep(2)
        assert scheduler.wakeups == 2  # woken by the new row, not by the clock
        assert len(session.texts()) == 1  # and sent it
        assert clock.now() == START

        clock.advance(timedelta(days=30))  # the clock moving wakes it too
        await clock.asleep(3)
        assert scheduler.wakeups == 3
        assert len(session.texts()) == 2
        assert clock.naps == [MAX_IDLE] * 3  # nothing left: the idle look-again
    finally:
        await scheduler.stop()


async def test_seller_deadline_reminder_in_the_dialogue(talk, dp, db: Database, clock) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    await me.choose("post")
    await me.tap_key("btn-skip")  # no tracking number
    await me.tap_key("btn-today")  # delivered 21.11.2026 -> answer due 01.12.2026
    assert await current(me) == "awaiting_answer"
    await me.move_clock("+11d")
    text = me.said[-1]
    assert "Срок ответа продавца истёк 01.12.2026" in text
    assert "49,90 ₽ за 1 день" in text
    assert me.buttons == ["💬 Ответили", "⚖️ Жаловаться дальше", "⏳ Напомнить через 3 дня"]
    await me.tap_key("btn-snooze", days=3)
    assert "напомню через 3 дня" in me.last
    await me.move_clock("+3d")
    assert "Срок ответа продавца истёк" in me.said[-1]
    assert "4 дня" in me.said[-1] or "4\u00a0дня" in me.said[-1]
    await me.tap_key("btn-escalate-now")
    assert await current(me) == "route"


async def test_closing_a_case_cancels_its_reminders(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "support_outcome")
    await me.choose("waiting")
    assert "напомню через 3 дня" in me.last.lower() or "Я напомню через 3 дня" in me.said[-2]
    rows = await db.fetchall("SELECT kind, status FROM reminders ORDER BY id")
    assert [(r["kind"], r["status"]) for r in rows] == [
        ("own_window", "pending"),  # the 2-year window for defects without a warranty
        ("support_follow_up", "pending"),
    ]
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-close-given-up")
    rows = await db.fetchall("SELECT status FROM reminders")
    assert {r["status"] for r in rows} == {"cancelled"}
    await me.move_clock("+5d")
    assert "Вы ждёте ответа поддержки" not in "\n".join(me.said)


async def test_support_follow_up_buttons(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "support_outcome")
    await me.choose("waiting")
    await me.move_clock("+3d")
    assert "Вы ждёте ответа поддержки с 12.10.2026" in me.said[-1]
    await me.tap_key("btn-no-answer-go-on")
    assert await current(me) == "evidence"


async def test_own_window_reminder_for_a_return(talk, db: Database, clock) -> None:
    me = talk()

    async def received_today(m) -> None:
        await m.tap_key("btn-today")

    await walk(me, ProblemId.RETURN, "support_intro", {"received_on": received_today})
    rows = await db.fetchall("SELECT kind, due_at, payload FROM reminders")
    kinds = sorted(r["kind"] for r in rows)
    assert kinds == ["own_window", "own_window"]  # 7 days and 3 months after receipt
    await me.move_clock("+6d")  # 27.11: too early
    assert "истекает срок" not in me.said[-1]
    await me.move_clock("+1d")  # 21.11 + 7 = 28.11 (Saturday) -> 30.11; reminded on 28.11
    assert "истекает срок" in me.said[-1]
    assert "30.11.2026" in me.said[-1]


async def test_deleting_a_person_deletes_their_reminders(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "support_outcome")
    await me.choose("waiting")
    await me.say("/delete")
    await me.tap_key("delete-yes")
    assert await db.fetchone("SELECT 1 FROM reminders") is None
    assert await db.fetchone("SELECT 1 FROM cases") is None
    assert await db.fetchone("SELECT 1 FROM evidence") is None


def test_today_is_not_read_from_the_wall() -> None:
    # the dialogue's "today" comes from the injected clock in the person's zone
    from types import SimpleNamespace

    from flows.steps.engine import today_for

    turn = SimpleNamespace(
        services=SimpleNamespace(clock=ManualClock(datetime(2026, 11, 21, 22, 30, tzinfo=UTC))),
        zone="Europe/Moscow",
    )
    assert today_for(turn) == date(2026, 11, 22)  # 01:30 in Moscow
    turn.zone = "Europe/Kaliningrad"
    assert today_for(turn) == date(2026, 11, 22)  # 00:30 there
    turn.zone = "Atlantic/Azores"
    assert today_for(turn) == date(2026, 11, 21)


async def test_timezone_moves_reminders_to_the_persons_morning(talk, db: Database) -> None:
    me = talk()
    await me.say("/timezone")
    assert "Москва (UTC+3)" in me.last
    await me.tap_key("tz-8")
    assert "Владивосток" in me.said[-2]
    await walk(me, ProblemId.DEFECTIVE, "support_outcome")
    await me.choose("waiting")  # 21.11 09:00 UTC + 3 days = 24.11 19:00 in Vladivostok: fine
    row = await db.fetchone("SELECT due_at FROM reminders WHERE kind = 'support_follow_up'")
    assert row["due_at"] == "2026-11-24T09:00:00"
    own = await db.fetchone("SELECT due_at FROM reminders WHERE kind = 'own_window'")
    assert own["due_at"].endswith("T00:00:00")  # 10:00 in Vladivostok is 00:00 UTC
