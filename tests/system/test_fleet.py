"""Several instances on one PostgreSQL (issue 13): each "instance" here is its own connection
pool, dispatcher and scheduler, as a separate process would have them; the cluster is the
throwaway one from `tests/pgcluster.py`."""

from __future__ import annotations

import asyncio
import random
import time
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from itertools import pairwise

import pytest
from aiogram import Bot, Dispatcher, Router
from aiogram.fsm.context import FSMContext
from aiogram.fsm.storage.base import StorageKey
from aiogram.fsm.strategy import FSMStrategy
from aiogram.types import Message

from bot.clock import ManualClock, SystemClock
from bot.inflight import InFlight
from bot.offline import OFFLINE_TOKEN, OfflineSession
from bot.pg.db import PgDatabase
from bot.pg.inbox import Inbox
from bot.pg.isolation import FleetEventIsolation
from bot.pg.reminders import STALE_CLAIM, FleetRateLimiter, PgReminderStore
from bot.pg.storage import PgStorage
from bot.reminders import RealPacer, Scheduler
from flows.schedule import ReminderKind

CHATS = 100
PER_CHAT = 20


def _update(update_id: int, chat_id: int, n: int) -> dict:
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": 1795251600,
            "chat": {"id": chat_id, "type": "private"},
            "from": {"id": chat_id, "is_bot": False, "first_name": "U"},
            "text": str(n),
        },
    }


class Instance:
    """One bot process's share of the fleet: pool, dispatcher, inbox."""

    def __init__(self, db: PgDatabase, name: str, inside: Counter, overlaps: list) -> None:
        self.db = db
        self.name = name
        self.dp = Dispatcher(
            storage=PgStorage(db),
            fsm_strategy=FSMStrategy.CHAT,
            events_isolation=FleetEventIsolation(db),
        )
        self.handled = 0
        router = Router()

        @router.message()
        async def append(message: Message, state: FSMContext) -> None:
            chat = message.chat.id
            inside[chat] += 1
            if inside[chat] > 1:
                overlaps.append(chat)
            data = await state.get_data()
            await asyncio.sleep(random.random() * 0.002)  # every chance to interleave
            await state.set_data({"seen": [*data.get("seen", []), int(message.text)]})
            inside[chat] -= 1
            self.handled += 1

        self.dp.include_router(router)
        self.inflight = InFlight()
        self.bot = Bot(OFFLINE_TOKEN, session=OfflineSession())
        self.inbox = Inbox(db, self.dp, self.bot, self.inflight)


async def test_two_instances_keep_every_chat_in_order(pg_url: str) -> None:
    """2 000 updates over 100 chats, interleaved at random, each posted to a random one of two
    instances (each chat's next update once its previous one was accepted, as Telegram
    does): every chat sees its updates once each, in order, never two at a time."""
    rng = random.Random(13)
    dbs = [await PgDatabase.open(pg_url, pool_size=8, lock_pool_size=16) for _ in range(2)]
    inside: Counter = Counter()
    overlaps: list[int] = []
    fleet = [Instance(db, f"i{n}", inside, overlaps) for n, db in enumerate(dbs)]
    try:
        order = [chat for chat in range(1, CHATS + 1) for _ in range(PER_CHAT)]
        rng.shuffle(order)
        queues: dict[int, list[dict]] = defaultdict(list)
        counters: Counter = Counter()
        for update_id, chat in enumerate(order, start=1):
            queues[chat].append(_update(update_id, 7_000_000 + chat, counters[chat]))
            counters[chat] += 1

        async def post_chat(updates: list[dict]) -> None:
            for update in updates:
                await rng.choice(fleet).inbox.accept(update)
                await asyncio.sleep(rng.random() * 0.003)

        await asyncio.gather(*(post_chat(q) for q in queues.values()))
        for _ in range(600):
            left = await dbs[0].fetchval("SELECT COUNT(*) FROM inbox WHERE NOT done")
            if left == 0 and not any(len(i.inflight) for i in fleet):
                break
            await asyncio.sleep(0.1)
        for inst in fleet:
            await inst.inflight.drain(30)

        assert not overlaps
        assert sum(i.handled for i in fleet) == CHATS * PER_CHAT
        assert all(i.handled > 0 for i in fleet)  # both did real work
        storage = fleet[0].dp.storage
        for chat in range(1, CHATS + 1):
            chat_id = 7_000_000 + chat
            key = StorageKey(bot_id=fleet[0].bot.id, chat_id=chat_id, user_id=chat_id)
            assert await storage.get_data(key) == {"seen": list(range(PER_CHAT))}, chat
    finally:
        for inst in fleet:
            await inst.inbox.close()
            await inst.bot.session.close()
        for db in dbs:
            await db.close()


async def test_a_redelivered_update_is_handled_once(pg_url: str) -> None:
    """Telegram sends an update again when it did not see the 200: before or after it was
    handled, it is stored and handled once."""
    db = await PgDatabase.open(pg_url)
    inst = Instance(db, "i", Counter(), [])
    try:
        inst.inbox.open = False  # store only
        assert await inst.inbox.accept(_update(5, 1, 0)) is True
        assert await inst.inbox.accept(_update(5, 1, 0)) is False
        assert await db.fetchval("SELECT COUNT(*) FROM inbox") == 1
        inst.inbox.open = True
        await inst.inbox.accept(_update(6, 1, 1))
        await inst.inflight.drain(10)
        assert inst.handled == 2
        assert await inst.inbox.accept(_update(5, 1, 0)) is False  # handled already
        await inst.inflight.drain(10)
        assert inst.handled == 2
        key = StorageKey(bot_id=inst.bot.id, chat_id=1, user_id=1)
        assert await inst.dp.storage.get_data(key) == {"seen": [0, 1]}
    finally:
        await inst.bot.session.close()
        await db.close()


async def test_rows_left_by_a_dead_instance_are_taken_over(pg_url: str, monkeypatch) -> None:
    """An instance stored updates and died before handling them: another one's sweep takes
    its chats over, in order."""
    monkeypatch.setattr("bot.pg.inbox.TAKEOVER_AFTER", 0.2)
    dead_db = await PgDatabase.open(pg_url)
    dead = Instance(dead_db, "dead", Counter(), [])
    dead.inbox.open = False  # it accepts, then dies before handling anything
    for n in range(5):
        await dead.inbox.accept(_update(100 + n, 42, n))
    await dead.bot.session.close()
    await dead_db.close()

    db = await PgDatabase.open(pg_url)
    alive = Instance(db, "alive", Counter(), [])
    try:
        assert await alive.inbox.sweep() == 0  # too fresh: its own instance may be on it
        await asyncio.sleep(0.3)
        assert await alive.inbox.sweep() == 1
        await alive.inflight.drain(10)
        key = StorageKey(bot_id=alive.bot.id, chat_id=42, user_id=42)
        assert await alive.dp.storage.get_data(key) == {"seen": [0, 1, 2, 3, 4]}
        assert await db.fetchval("SELECT COUNT(*) FROM inbox WHERE NOT done") == 0
        assert await db.fetchval("SELECT MAX(length(body)) FROM inbox") == 0  # words gone
    finally:
        await alive.bot.session.close()
        await db.close()


# -- reminders ---------------------------------------------------------------------------------


class RecordingBot:
    """Just `send_message`, timed: what the schedulers need from a Bot."""

    def __init__(self, log: list[tuple[float, int, str, str]], name: str) -> None:
        self.log = log
        self.name = name

    async def send_message(self, chat_id: int, text: str, reply_markup=None) -> None:
        self.log.append((time.monotonic(), chat_id, text, self.name))


async def _compose(reminder):
    return f"r{reminder.id}", None


async def _seed(db: PgDatabase, count: int, chats: int, due: datetime) -> None:
    case_id = await db.fetchval(
        "INSERT INTO cases (owner_id, stage, status, data, created_at, updated_at)"
        " VALUES (1, 'x', 'open', '{}', 'x', 'x') RETURNING id"
    )
    rng = random.Random(7)
    rows = [
        (
            case_id,
            9_000_000 + rng.randrange(chats),
            "support_follow_up",
            "{}",
            due.strftime("%Y-%m-%dT%H:%M:%S"),
        )
        for _ in range(count)
    ]
    async with db.pool.acquire() as conn:
        await conn.copy_records_to_table(
            "reminders", records=rows, columns=["case_id", "chat_id", "kind", "payload", "due_at"]
        )


async def test_two_schedulers_send_ten_thousand_once_within_the_fleet_rate(pg_url: str) -> None:
    """10 000 due reminders, two schedulers with their own pools: each reminder is sent exactly
    once, and together they stay within the global rate and the per-chat interval, which the
    database hands out as send slots (here 250/s and 0.2 s, so the test takes 40 s rather
    than Telegram's 30/s and 1 s, with which the bot runs: 5.5 minutes)."""
    rate, interval, total = 250.0, 0.2, 10_000
    dbs = [await PgDatabase.open(pg_url) for _ in range(2)]
    try:
        await _seed(dbs[0], total, 500, datetime.now(UTC) - timedelta(minutes=1))
        log: list[tuple[float, int, str, str]] = []
        schedulers = []
        for n, db in enumerate(dbs):
            scheduler = Scheduler(
                PgReminderStore(db), RecordingBot(log, f"i{n}"), SystemClock(), _compose
            )
            scheduler.limiter = FleetRateLimiter(db, RealPacer(), rate, interval)
            schedulers.append(scheduler)
        started = time.monotonic()
        sent = await asyncio.gather(*(s.run_due() for s in schedulers))
        elapsed = time.monotonic() - started

        assert sum(sent) == total
        texts = Counter(text for _, _, text, _ in log)
        assert len(texts) == total  # every one
        assert set(texts.values()) == {1}  # once
        assert all(n > total // 10 for n in sent)  # both took a fair share
        assert (
            await dbs[1].fetchval("SELECT COUNT(*) FROM reminders WHERE status = 'sent'") == total
        )
        # The global rate over any one-second window (sends land a little after their slot,
        # never before it; a late one can bunch up with the next by the loop's latency).
        times = sorted(t for t, *_ in log)
        window = max(
            sum(1 for _ in range(i, len(times)) if times[_] < times[i] + 1.0)
            for i in range(0, len(times), 97)
        )
        assert window <= rate * 1.05, window
        assert elapsed >= (total - 1) / rate * 0.95
        per_chat: dict[int, list[float]] = defaultdict(list)
        for t, chat, _, _ in log:
            per_chat[chat].append(t)
        gaps = [b - a for ts in per_chat.values() for a, b in pairwise(ts)]
        # slots are exact in the database's time; a send may land late by the loop's latency
        assert min(gaps) >= interval * 0.5, min(gaps)
    finally:
        for db in dbs:
            await db.close()


async def test_a_new_reminder_wakes_the_other_instance(pg_url: str) -> None:
    """Instance B sleeps with nothing due (for an hour); A adds a due row: B's LISTEN wakes it."""
    a, b = await PgDatabase.open(pg_url), await PgDatabase.open(pg_url)
    log: list = []
    store_a = PgReminderStore(a)
    sleeper = Scheduler(PgReminderStore(b), RecordingBot(log, "b"), SystemClock(), _compose)
    try:
        case_id = await a.fetchval(
            "INSERT INTO cases (owner_id, stage, status, data, created_at, updated_at)"
            " VALUES (1, 'x', 'open', '{}', 'x', 'x') RETURNING id"
        )
        sleeper.start()
        await asyncio.sleep(0.5)
        assert sleeper.wakeups == 1
        await store_a.add(case_id, 5, ReminderKind.SUPPORT_FOLLOW_UP, datetime.now(UTC))
        for _ in range(50):
            if log:
                break
            await asyncio.sleep(0.05)
        assert [text for _, _, text, _ in log] == ["r1"]
    finally:
        await sleeper.stop()
        await a.close()
        await b.close()


async def test_rows_mid_send_go_back_only_when_their_claimer_is_gone(pg_url: str) -> None:
    """SQLite's start returns every `sending` row; here a live instance may be sending them,
    so only claims older than STALE_CLAIM go back to the queue."""
    clock = ManualClock(datetime(2026, 11, 21, 9, 0, tzinfo=UTC))
    db = await PgDatabase.open(pg_url)
    try:
        store = PgReminderStore(db, clock)
        case_id = await db.fetchval(
            "INSERT INTO cases (owner_id, stage, status, data, created_at, updated_at)"
            " VALUES (1, 'x', 'open', '{}', 'x', 'x') RETURNING id"
        )
        for n in range(3):
            await store.add(case_id, 5, ReminderKind.SUPPORT_FOLLOW_UP, clock.now(), n=n)
        assert len(await store.claim_due(clock.now())) == 3  # an instance is sending these
        other = PgReminderStore(db, clock)
        assert await other.recover() == 0
        assert await other.claim_due(clock.now()) == []
        assert await other.next_due() == clock.now() + STALE_CLAIM
        clock.advance(STALE_CLAIM + timedelta(seconds=1))  # ... and then it died
        assert len(await other.claim_due(clock.now())) == 3
    finally:
        await db.close()


@pytest.fixture(autouse=True)
def _needs_postgres(pg_cluster) -> None:
    """Every test here needs the cluster (skipped with its reason where PostgreSQL is absent)."""
