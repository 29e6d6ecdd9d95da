"""The operator's counts and vital signs (`bot/stats.py`) read from the database itself, on
SQLite and on PostgreSQL, with the same SQL."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.cases import CaseRepo
from bot.clock import ManualClock
from bot.reminders import ReminderStatus, ReminderStore
from bot.stats import OperatorDesk
from bot.users import UserRepo
from flows.case import Path, Status
from flows.operator import OVERDUE_AFTER, Stats
from flows.problems import ProblemId
from flows.schedule import ReminderKind

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


async def fill(db, clock: ManualClock) -> None:
    """Three people, four cases, two documents, one owed, reminders in four states."""
    cases, users, reminders = CaseRepo(db), UserRepo(db), ReminderStore(db)
    now = clock.now()
    for user in (11, 12, 13):
        await users.set_locale(user, "ru")
    made = []
    for owner, marketplace, problem, status in (
        (11, "ozon", ProblemId.DEFECTIVE, Status.OPEN),
        (11, "wildberries", ProblemId.DEFECTIVE, Status.SOLVED),
        (12, "ozon", ProblemId.NOT_DELIVERED, Status.GIVEN_UP),
    ):
        case = await cases.create(owner, now)
        case.marketplace, case.problem, case.status = marketplace, problem, status
        case.order_number = f"ORDER-{owner}"
        await cases.save(case, now)
        made.append(case)
    await cases.create(13, now, Path.SELLER)  # nothing chosen yet
    await cases.add_document(made[0].id, "claim", 1, "ab" * 32, now, "D1", "P1")
    await cases.add_document(made[0].id, "claim", 2, "cd" * 32, now, "D2", "P2")
    await db.execute(
        "INSERT INTO outbox (case_id, chat_id, kind, part, version, made_on, locale, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (made[0].id, 11, "claim", 0, 3, now.date().isoformat(), "ru", now.isoformat()),
    )
    kind = ReminderKind.SELLER_DEADLINE
    await reminders.add(made[0].id, 11, kind, now - OVERDUE_AFTER - timedelta(minutes=1), n=1)
    await reminders.add(made[0].id, 11, kind, now - timedelta(minutes=1), n=2)
    await reminders.add(made[0].id, 11, kind, now + timedelta(days=1), n=3)
    await reminders.add(made[1].id, 11, kind, now + timedelta(days=1), n=4)
    await reminders.add(made[2].id, 12, kind, now + timedelta(days=2), n=5)
    rows = await db.fetchall("SELECT id FROM reminders ORDER BY id")
    await reminders.mark_sent(rows[3]["id"], now)
    await db.execute(
        "UPDATE reminders SET status = ? WHERE id = ?", (ReminderStatus.FAILED, rows[4]["id"])
    )


async def test_the_counts(db, clock: ManualClock) -> None:
    await fill(db, clock)
    stats = await OperatorDesk(db, clock, [1]).stats()
    assert stats == Stats(
        cases_by_status={"open": 2, "solved": 1, "given_up": 1},
        cases_by_marketplace={"ozon": 2, "wildberries": 1, None: 1},
        cases_by_problem={"defective": 2, "not_delivered": 1, None: 1},
        documents=2,
        reminders_by_status={"pending": 3, "sent": 1, "failed": 1},
        owed_documents=1,
        users=3,
    )


async def test_the_vital_signs(db, clock: ManualClock, backend: str) -> None:
    desk = OperatorDesk(db, clock, [1])
    await fill(db, clock)
    clock.advance(timedelta(minutes=30))
    health = await desk.health()
    assert health.backend == backend
    assert health.database_ok
    assert health.schema_version == health.schema_expected == db.schema_version
    # of the three pending, two are past (the third is tomorrow's), both by over 10 minutes
    assert (health.reminders_due, health.reminders_overdue) == (2, 2)
    assert health.oldest_owed == timedelta(minutes=30)
    assert health.uptime == timedelta(minutes=30)


async def test_an_empty_database_is_healthy(db, clock: ManualClock) -> None:
    health = await OperatorDesk(db, clock, []).health()
    assert health.database_ok
    assert (health.reminders_due, health.reminders_overdue, health.oldest_owed) == (0, 0, None)
    assert await OperatorDesk(db, clock, []).stats() == Stats()


async def test_a_database_that_does_not_answer_is_reported(db, clock: ManualClock) -> None:
    desk = OperatorDesk(db, clock, [7])
    await db.close()
    health = await desk.health()
    assert not health.database_ok
    assert health.schema_version is None
    assert health.reminders_due is None


def test_only_the_listed_ids_are_operators(db, clock: ManualClock) -> None:
    desk = OperatorDesk(db, clock, [7, 8])
    assert desk.is_operator(7)
    assert desk.is_operator(8)
    assert not desk.is_operator(9)


async def test_the_vital_signs_of_tracking(db, clock: ManualClock) -> None:
    """Issue 21: /health says how many letters are followed and how much of the day's Russian
    Post requests is spent (the Moscow day), or that tracking is off."""
    from bot.tracking import LetterStore, post_day
    from flows.tracking import Purpose

    cases, letters = CaseRepo(db), LetterStore(db)
    for owner in (21, 22, 23):
        case = await cases.create(owner, clock.now())
        await letters.follow(case.id, owner, Purpose.CLAIM, f"8008001234{owner:04d}", clock.now())
    await db.execute("UPDATE letters SET done = 1 WHERE chat_id = 23")
    await db.execute(
        "INSERT INTO post_quota (day, used) VALUES (?, 7)", (post_day(clock.now()).isoformat(),)
    )
    on = await OperatorDesk(db, clock, [1], post_limit=100).health()
    assert (on.post_limit, on.letters_followed, on.post_requests_today) == (100, 2, 7)
    clock.advance(timedelta(days=1))  # a new Moscow day: nothing spent yet
    assert (await OperatorDesk(db, clock, [1], post_limit=100).health()).post_requests_today == 0
    off = await OperatorDesk(db, clock, [1]).health()
    assert (off.post_limit, off.letters_followed, off.post_requests_today) == (None, None, None)
