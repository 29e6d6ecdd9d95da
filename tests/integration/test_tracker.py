"""Russian Post tracking (`bot/tracking.py`): each letter of an open case asked about at most
once a Moscow day, least recently asked first, within the day's quota; the letter and its unit
of the quota taken in one transaction before the post is asked, so a restart spends nothing
twice; the post's failures each decided as documented. Against a fake `PostApi` (the real
client has its own tests against a fake SOAP server), on SQLite and on PostgreSQL.
"""

from __future__ import annotations

import asyncio
import io
import logging
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from bot.app import (
    build_tracker,
    create_bot,
    create_dispatcher,
    letter_store,
    run_scheduler_with,
)
from bot.clock import ManualClock
from bot.config import Settings
from bot.db import Database
from bot.offline import OFFLINE_TOKEN, OfflineSession
from bot.pg.db import PgDatabase
from bot.postapi import BadAnswer, QuotaExceeded, Unauthorized, Unavailable, UnknownNumber
from bot.tracking import Tracker, Untracked, post_day
from bot.users import People
from flows.ports import TrackedLetter
from flows.tracking import (
    FINAL,
    HANDED,
    LetterState,
    Operation,
    Purpose,
    Reading,
    domestic_check_digit,
)
from tests.conftest import storage_on
from tests.depth import examples
from tests.helpers import until

pytestmark = pytest.mark.backends

# 23:30 in Moscow on 1 December: the Moscow day turns half an hour later (UTC is still at 20:30)
START = datetime(2026, 12, 1, 20, 30, tzinfo=UTC)
LOGIN, PASSWORD = "rp-login-7f3a9c", "rp-password-Qx81zT"


def number(serial: int) -> str:
    """A domestic number with its check digit computed, one per serial."""
    first13 = f"14001293{serial:05d}"
    return first13 + str(domestic_check_digit(first13))


class Crash(BaseException):
    """The process killed while the post was being asked."""


class FakePost:
    """`PostApi`: answers by number, each an operations list or an error to raise."""

    def __init__(self, answers: dict[str, Any] | None = None, pause: float = 0.0) -> None:
        self.answers = answers or {}
        self.pause = pause
        self.calls: list[str] = []
        self.closed = 0

    async def history(self, number: str) -> list[Operation]:
        self.calls.append(number)
        await asyncio.sleep(self.pause)
        answer = self.answers.get(number, [])
        if isinstance(answer, BaseException):
            raise answer
        if callable(answer):
            return answer()
        return list(answer)

    async def close(self) -> None:
        self.closed += 1


class Handler:
    """The dialogue's handler, recorded: finished when the reading is final."""

    def __init__(self, fail_for: set[str] | None = None) -> None:
        self.seen: list[tuple[TrackedLetter, Reading]] = []
        self.fail_for = fail_for or set()

    async def __call__(self, letter: TrackedLetter, reading: Reading) -> bool:
        self.seen.append((letter, reading))
        if letter.number in self.fail_for:
            raise ValueError(f"broken for {letter.number} in chat {letter.chat_id}")
        return reading.state in FINAL


async def open_case(db: Any, owner: int = 1001, status: str = "open") -> int:
    at = START.isoformat()
    row = await db.fetchone(
        "INSERT INTO cases (owner_id, stage, status, data, created_at, updated_at)"
        " VALUES (?, 'claim', ?, '{}', ?, ?) RETURNING id",
        (owner, status, at, at),
    )
    return int(row["id"])


def tracker_on(db: Any, api: FakePost, clock: ManualClock, limit: int, handle=None) -> Tracker:
    return Tracker(letter_store(db), api, clock, limit, handle=handle or Handler())


async def follow_letters(tracker: Tracker, db: Any, count: int, first: int = 1) -> list[str]:
    numbers = []
    for serial in range(first, first + count):
        case_id = await open_case(db, owner=5000 + serial)
        await tracker.follow(case_id, 5000 + serial, Purpose.CLAIM, number(serial))
        numbers.append(number(serial))
    return numbers


async def used(db: Any, day: date) -> int:
    row = await db.fetchone("SELECT used FROM post_quota WHERE day = ?", (day.isoformat(),))
    return int(row["used"]) if row else 0


def own_log(caplog) -> str:
    """What our own loggers wrote (a library's DEBUG lines are `bot/logs.py`'s to scrub)."""
    return "\n".join(
        f"{r.getMessage()} {r.exc_text or ''}"
        for r in caplog.records
        if r.name.split(".")[0] in ("bot", "flows", "claimbot")
    )


DELIVERED = [Operation(HANDED, 1, date(2026, 11, 20), "101000")]


# -- the day and the share -----------------------------------------------------------------


def test_the_day_is_moscows() -> None:
    assert post_day(datetime(2026, 12, 1, 20, 59, tzinfo=UTC)) == date(2026, 12, 1)
    assert post_day(datetime(2026, 12, 1, 21, 0, tzinfo=UTC)) == date(2026, 12, 2)


async def test_a_small_quota_is_shared_fairly_over_the_days(db, clock: ManualClock) -> None:
    clock.set(START)
    api = FakePost()
    tracker = tracker_on(db, api, clock, limit=2)
    numbers = await follow_letters(tracker, db, 5)
    asked: set[str] = set()
    for _ in range(3):
        clock.advance(timedelta(hours=1))  # past midnight in Moscow: a new quota day
        day = post_day(clock.now())
        before = len(api.calls)
        for _ in range(3):  # the hourly runs of one day
            await tracker.run_once()
            clock.advance(timedelta(hours=1))
        today = api.calls[before:]
        assert len(today) == 2
        assert len(set(today)) == 2
        assert await used(db, day) == 2
        asked |= set(today)
        clock.set(datetime.combine(day, datetime.min.time(), tzinfo=UTC) + timedelta(hours=20))
    assert asked == set(numbers)  # five letters, two a day: everyone within three days
    # least recently asked first: day 3 took the fifth letter and then the first
    assert api.calls == [*numbers[:5], numbers[0]]


async def test_no_call_once_the_quota_is_spent(db, clock: ManualClock) -> None:
    api = FakePost()
    tracker = tracker_on(db, api, clock, limit=3)
    await follow_letters(tracker, db, 2)
    day = post_day(clock.now())
    await db.execute("INSERT INTO post_quota (day, used) VALUES (?, 3)", (day.isoformat(),))
    report = await tracker.run_once()
    assert api.calls == []
    assert report.stopped == "quota"
    rows = await db.fetchall("SELECT polled_on FROM letters")
    assert [r["polled_on"] for r in rows] == [None, None]  # the claim was rolled back whole
    clock.advance(timedelta(days=1))
    await tracker.run_once()
    assert len(api.calls) == 2


async def test_a_restart_asks_nothing_twice_and_keeps_the_quota(
    db, clock: ManualClock, backend: str, settings: Settings, request
) -> None:
    numbers = await follow_letters(tracker_on(db, FakePost(), clock, 10), db, 5)
    day = post_day(clock.now())

    crash_on = numbers[2]

    def crash() -> list[Operation]:
        raise Crash

    first = FakePost({crash_on: crash})
    with pytest.raises(Crash):
        await tracker_on(db, first, clock, limit=10).run_once()
    assert first.calls == numbers[:3]
    assert await used(db, day) == 3
    # the process is gone: a new database connection, a new tracker
    if backend == "sqlite":
        await db.close()
        db = await Database.open(settings.database_path)
    else:
        db = await PgDatabase.open(request.getfixturevalue("pg_url"))
    try:
        again = FakePost()
        await tracker_on(db, again, clock, limit=10).run_once()
        assert again.calls == numbers[3:]  # the crashed one waits for tomorrow
        assert await used(db, day) == 5
        clock.advance(timedelta(days=1))
        await tracker_on(db, again, clock, limit=10).run_once()
        assert sorted(again.calls[2:]) == sorted(numbers)
    finally:
        await db.close()


async def test_finished_letters_and_closed_cases_are_not_asked(db, clock: ManualClock) -> None:
    delivered, moving = number(1), number(2)
    api = FakePost({delivered: DELIVERED})
    handler = Handler()
    tracker = tracker_on(db, api, clock, limit=10, handle=handler)
    await tracker.follow(await open_case(db), 1001, Purpose.CLAIM, delivered)
    await tracker.follow(await open_case(db), 1001, Purpose.CLAIM, moving)
    await tracker.follow(await open_case(db, status="solved"), 1001, Purpose.CLAIM, number(3))
    report = await tracker.run_once()
    assert sorted(api.calls) == sorted([delivered, moving])
    assert report.finished == 1
    assert {(s.number, r.state) for s, r in handler.seen} == {
        (delivered, LetterState.DELIVERED),
        (moving, LetterState.UNKNOWN),
    }
    clock.advance(timedelta(days=1))
    await tracker.run_once()
    assert api.calls[2:] == [moving]


async def test_a_new_number_is_tracked_afresh(db, clock: ManualClock) -> None:
    api = FakePost({number(1): DELIVERED})
    tracker = tracker_on(db, api, clock, limit=10)
    case_id = await open_case(db)
    await tracker.follow(case_id, 1001, Purpose.CLAIM, number(1))
    await tracker.follow(case_id, 1001, Purpose.LAWSUIT_COPY, number(7))
    await tracker.run_once()
    done = await db.fetchone("SELECT done FROM letters WHERE purpose = 'claim'")
    assert done["done"] == 1
    await tracker.follow(case_id, 1001, Purpose.CLAIM, number(1))  # the same again: no change
    await tracker.run_once()
    assert sorted(api.calls) == sorted([number(1), number(7)])
    await tracker.follow(case_id, 1001, Purpose.CLAIM, number(2))  # a typo corrected
    await tracker.run_once()  # the same day: the new number is asked at once
    assert api.calls[2:] == [number(2)]
    rows = await db.fetchall("SELECT purpose, number, done FROM letters ORDER BY purpose")
    assert [tuple(r) for r in rows] == [("claim", number(2), 0), ("lawsuit_copy", number(7), 0)]
    await tracker.stop(case_id, Purpose.CLAIM)
    rows = await db.fetchall("SELECT purpose FROM letters")
    assert [r["purpose"] for r in rows] == ["lawsuit_copy"]
    await tracker.stop(case_id)
    assert await db.fetchall("SELECT id FROM letters") == []


# -- the post's failures -------------------------------------------------------------------


async def test_an_unknown_number_is_read_as_an_empty_history(db, clock: ManualClock) -> None:
    handler = Handler()
    api = FakePost({number(1): UnknownNumber("unknown")})
    tracker = tracker_on(db, api, clock, limit=10, handle=handler)
    await follow_letters(tracker, db, 1)
    await tracker.run_once()
    assert [(s.number, r) for s, r in handler.seen] == [(number(1), Reading(LetterState.UNKNOWN))]
    first = post_day(clock.now())
    clock.advance(timedelta(days=1))
    await tracker.run_once()
    row = await db.fetchone("SELECT state, unknown_since FROM letters")
    assert (row["state"], row["unknown_since"]) == ("unknown", first.isoformat())
    api.answers[number(1)] = DELIVERED
    clock.advance(timedelta(days=1))
    await tracker.run_once()
    row = await db.fetchone("SELECT state, unknown_since, done FROM letters")
    assert tuple(row) == ("delivered", None, 1)


async def test_the_posts_quota_fault_stops_the_day(db, clock: ManualClock) -> None:
    numbers = await follow_letters(tracker_on(db, FakePost(), clock, 10), db, 3)
    api = FakePost({numbers[0]: QuotaExceeded("spent")})
    tracker = tracker_on(db, api, clock, limit=10)
    report = await tracker.run_once()
    assert api.calls == numbers[:1]
    assert report.stopped == "quota"
    assert await used(db, post_day(clock.now())) == 10  # full: no instance asks again today
    await tracker.run_once()
    assert api.calls == numbers[:1]
    del api.answers[numbers[0]]
    clock.advance(timedelta(days=1))
    await tracker.run_once()
    assert api.calls[1] == numbers[0]  # given back: still the least recently asked


async def test_refused_credentials_stop_the_run_with_one_warning(
    db, clock: ManualClock, caplog
) -> None:
    numbers = await follow_letters(tracker_on(db, FakePost(), clock, 10), db, 3)
    api = FakePost({n: Unauthorized("refused") for n in numbers})
    tracker = tracker_on(db, api, clock, limit=10)
    with caplog.at_level(logging.DEBUG):
        for _ in range(3):
            report = await tracker.run_once()
            assert report.stopped == "unauthorized"
            clock.advance(timedelta(hours=1))
    assert api.calls == [numbers[0]] * 3  # one request a run, the letter given back each time
    warnings = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert len(warnings) == 1
    assert "RUSSIAN_POST_LOGIN" in warnings[0].getMessage()
    api.answers.clear()  # the operator fixed them
    await tracker.run_once()
    assert sorted(api.calls[3:]) == sorted(numbers)


async def test_an_unavailable_post_is_asked_again_at_the_next_run(db, clock: ManualClock) -> None:
    numbers = await follow_letters(tracker_on(db, FakePost(), clock, 10), db, 2)
    api = FakePost({numbers[0]: Unavailable("timeout")})
    tracker = tracker_on(db, api, clock, limit=10)
    report = await tracker.run_once()
    assert report.stopped == "unavailable"
    assert api.calls == numbers[:1]
    day = post_day(clock.now())
    assert await used(db, day) == 1  # the unit stays spent
    await tracker.run_once()  # the next hour: given back, asked again (still down)
    assert api.calls == [numbers[0], numbers[0]]
    await tracker.run_once()  # twice is enough for a day: the others get their turn
    assert api.calls[2:] == numbers[1:]
    del api.answers[numbers[0]]
    clock.advance(timedelta(days=1))
    await tracker.run_once()
    assert sorted(api.calls[3:]) == sorted(numbers)


async def test_a_bad_answer_does_not_stop_the_others(db, clock: ManualClock) -> None:
    numbers = await follow_letters(tracker_on(db, FakePost(), clock, 10), db, 3)
    api = FakePost({numbers[1]: BadAnswer("malformed")})
    tracker = tracker_on(db, api, clock, limit=10)
    report = await tracker.run_once()
    assert api.calls == numbers
    assert report.failed == 1
    assert report.stopped is None
    await tracker.run_once()
    await tracker.run_once()
    assert api.calls[3:] == [numbers[1]]  # once more today, not every hour
    row = await db.fetchone("SELECT last_error FROM letters WHERE number = ?", (numbers[1],))
    assert row["last_error"] == "BadAnswer"


async def test_a_failing_handler_is_logged_without_personal_data(
    db, clock: ManualClock, caplog
) -> None:
    numbers = await follow_letters(tracker_on(db, FakePost(), clock, 10), db, 3)
    handler = Handler(fail_for={numbers[0]})
    api = FakePost({n: DELIVERED for n in numbers})
    tracker = tracker_on(db, api, clock, limit=10, handle=handler)
    with caplog.at_level(logging.DEBUG):
        report = await tracker.run_once()
    assert report.failed == 1
    assert report.finished == 2
    assert len(handler.seen) == 3
    text = own_log(caplog)
    assert "ValueError" in text
    for private in (*numbers, "5001", "5002", "5003"):
        assert private not in text
    rows = await db.fetchall("SELECT number, done FROM letters ORDER BY id")
    assert [r["done"] for r in rows] == [0, 1, 1]  # asked again tomorrow


# -- a fleet ---------------------------------------------------------------------------------


@pytest.mark.parametrize("limit", [7, 30])
async def test_two_instances_never_ask_the_same_number_on_one_day(
    pg_url: str, clock: ManualClock, limit: int
) -> None:
    url = pg_url
    one, two = await PgDatabase.open(url), await PgDatabase.open(url)
    try:
        numbers = await follow_letters(tracker_on(one, FakePost(), clock, limit), one, 20)
        api_one, api_two = FakePost(pause=0.002), FakePost(pause=0.002)
        for _ in range(3):
            day = post_day(clock.now())
            before = len(api_one.calls), len(api_two.calls)
            await asyncio.gather(
                tracker_on(one, api_one, clock, limit).run_once(),
                tracker_on(two, api_two, clock, limit).run_once(),
                tracker_on(two, api_two, clock, limit).run_once(),
            )
            today = api_one.calls[before[0] :] + api_two.calls[before[1] :]
            assert len(today) == len(set(today)) == min(limit, len(numbers))
            assert await used(one, day) == min(limit, len(numbers))
            assert api_one.calls[before[0] :]
            assert api_two.calls[before[1] :]
            clock.advance(timedelta(days=1))
    finally:
        await one.close()
        await two.close()


# -- erasure, secrets, wiring ----------------------------------------------------------------


def _raw(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            data += part.read_bytes()
    return data


async def test_delete_leaves_no_letter(db, clock: ManualClock, backend: str, settings) -> None:
    tracker = tracker_on(db, FakePost(), clock, 10)
    mine = number(42)
    await tracker.follow(await open_case(db, owner=1001), 1001, Purpose.CLAIM, mine)
    await tracker.follow(await open_case(db, owner=2002), 2002, Purpose.CLAIM, number(43))
    await tracker.run_once()
    if backend == "sqlite":
        assert mine.encode() in _raw(settings.database_path)
    await People(db).forget(1001, 1001)
    rows = await db.fetchall("SELECT chat_id, number FROM letters")
    assert [tuple(r) for r in rows] == [(2002, number(43))]
    if backend == "sqlite":
        assert mine.encode() not in _raw(settings.database_path)


def test_the_secrets_are_not_in_the_settings_repr() -> None:
    loaded = Settings(  # type: ignore[call-arg]
        _env_file=None, russian_post_login=LOGIN, russian_post_password=PASSWORD
    )
    assert loaded.tracking_enabled
    assert loaded.russian_post_url == "https://tracking.russianpost.ru/rtm34"
    assert loaded.russian_post_daily_limit == 100
    for shown in (repr(loaded), str(loaded), repr(loaded.model_dump())):
        assert LOGIN not in shown
        assert PASSWORD not in shown
    assert not Settings(_env_file=None, russian_post_login=LOGIN).tracking_enabled  # type: ignore[call-arg]
    assert not Settings(  # type: ignore[call-arg]
        _env_file=None, russian_post_login=" ", russian_post_password=PASSWORD
    ).tracking_enabled


def _enabled(settings: Settings, limit: int = 100) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None,
        database_path=settings.database_path,
        russian_post_login=LOGIN,
        russian_post_password=PASSWORD,
        russian_post_daily_limit=limit,
    )


async def test_the_dispatcher_tracks_only_when_configured(
    db, settings: Settings, clock: ManualClock, caplog, tmp_path: Path
) -> None:
    off = await create_dispatcher(settings, storage=storage_on(db), clock=clock, throttle=False)
    assert isinstance(off["services"].letters, Untracked)
    assert "tracker" not in off.workflow_data
    assert build_tracker(settings, db, clock) is None

    api = FakePost({number(1): Unauthorized("refused")})
    handler = Handler()
    dp = await create_dispatcher(
        _enabled(settings),
        storage=storage_on(db),
        clock=clock,
        throttle=False,
        post_api=api,
        tracking_handler=handler,
    )
    tracker = dp["tracker"]
    assert dp["services"].letters is tracker
    assert tracker.enabled
    assert tracker.handle is handler
    await tracker.follow(await open_case(db), 1001, Purpose.CLAIM, number(1))

    class Idle:
        def start(self) -> None: ...

        async def stop(self) -> None: ...

    run_scheduler_with(dp, Idle())  # type: ignore[arg-type]
    session = OfflineSession(clock=clock, out_dir=tmp_path / "out")
    bot = create_bot(settings, session=session, token=OFFLINE_TOKEN)
    with caplog.at_level(logging.DEBUG):
        await dp.emit_startup(bot=bot, dispatcher=dp, **dp.workflow_data)
        await until(lambda: len(api.calls) == 1)  # a run at start
        await asyncio.sleep(0.05)
        assert len(api.calls) == 1  # and no other until the hour has passed
        clock.advance(timedelta(hours=1))
        await until(lambda: len(api.calls) == 2)  # the letter was given back: asked again
        assert tracker.runs == 2
        await dp.emit_shutdown(bot=bot, dispatcher=dp, **dp.workflow_data)
    await session.close()
    assert api.closed == 1
    assert LOGIN not in caplog.text  # nobody's lines, not even a library's
    assert PASSWORD not in caplog.text
    assert number(1) not in own_log(caplog)


async def test_the_console_asks_once_for_each_day_the_clock_moves(
    db, settings: Settings, clock: ManualClock, tmp_path: Path
) -> None:
    from bot.console import Console

    api = FakePost()
    handler = Handler()
    dp = await create_dispatcher(
        _enabled(settings),
        storage=storage_on(db),
        clock=clock,
        throttle=False,
        post_api=api,
        tracking_handler=handler,
    )
    console = Console(dp, settings, clock, tmp_path / "out", 1001, "ru", io.StringIO())
    await dp["tracker"].follow(await open_case(db), 1001, Purpose.CLAIM, number(1))
    start = clock.now()
    await console.handle("/clock +3d")
    assert clock.now() == start + timedelta(days=3)
    assert api.calls == [number(1)] * 3  # one a Moscow day
    await console.handle("/clock +1h")  # 13:00 in Moscow: the same day
    assert len(api.calls) == 3
    api.answers[number(1)] = DELIVERED
    await console.handle("/clock +1d")
    assert handler.seen[-1][1].state is LetterState.DELIVERED
    asked = len(api.calls)
    await console.handle("/clock +2d")
    assert len(api.calls) == asked  # finished: not asked any more
    await dp.emit_shutdown(bot=console.bot, dispatcher=dp, **dp.workflow_data)
    await console.session.close()


# -- the share, as a property ----------------------------------------------------------------


@hsettings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    letters=st.integers(min_value=0, max_value=12),
    limit=st.integers(min_value=1, max_value=5),
    runs=st.lists(st.integers(min_value=1, max_value=3), min_size=1, max_size=5),
)
def test_every_letter_is_asked_within_its_share_of_days(
    letters: int, limit: int, runs: list[int]
) -> None:
    """Whatever the number of letters, the limit and the runs a day: never more requests a
    day than the limit, never a number twice a day, and every letter asked within
    ceil(letters / limit) days of the one it was last asked on."""

    async def scenario() -> None:
        db = await Database.open(":memory:")
        try:
            clock = ManualClock(START)
            api = FakePost()
            tracker = tracker_on(db, api, clock, limit)
            numbers = await follow_letters(tracker, db, letters)
            last: dict[str, int] = {}
            share = -(-letters // limit) if letters else 1
            for day_index, times in enumerate(runs * 2):
                before = len(api.calls)
                for _ in range(times):
                    await tracker.run_once()
                today = api.calls[before:]
                assert len(today) == len(set(today)) == min(limit, letters)
                for asked in today:
                    last[asked] = day_index
                for n in numbers:
                    assert day_index - last.get(n, -1) <= share
                clock.advance(timedelta(days=1))
        finally:
            await db.close()

    asyncio.run(scenario())


def test_a_dotenv_copied_from_the_example_leaves_tracking_off() -> None:
    from bot import PROJECT_ROOT

    copied = Settings(_env_file=PROJECT_ROOT / ".env.example")  # type: ignore[call-arg]
    assert copied.russian_post_login is None
    assert not copied.tracking_enabled
    assert copied.russian_post_daily_limit == 100
