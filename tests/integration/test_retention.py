"""Retention (issue 22 p. 5) through the real dispatcher and the sweep, on SQLite and on
PostgreSQL: the warning, «Keep», the erasure with the statistics row kept, the stale question
and the automatic «given up», a restart in the middle, two sweeps at once."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from pathlib import Path

import pytest

from bot.db import Database
from bot.retention import LEASE, Retention
from flows.case import Escalation, Status
from flows.problems import ProblemId, Route
from flows.schedule import ReminderKind
from tests.helpers import stored, walk

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


async def _count(db, sql: str, *params) -> int:
    row = await db.fetchone(sql, params)
    return int(row[0])


async def _closed_case(me, db) -> int:
    """A buyer's case with its claim made, closed as solved from /cases (outcome skipped)."""
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    case_id = (await stored(db, me.user.id)).id
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=case_id)
    await me.tap_key("btn-close-solved")
    await me.tap_key("btn-outcome-skip")
    return case_id


async def _case_rows(db, case_id: int) -> int:
    total = 0
    for table in ("evidence", "events", "documents", "reminders", "outbox", "letters"):
        total += await _count(db, f"SELECT COUNT(*) FROM {table} WHERE case_id = ?", case_id)
    return total + await _count(db, "SELECT COUNT(*) FROM cases WHERE id = ?", case_id)


async def test_warned_then_erased_and_the_statistics_row_stays(talk, db, clock) -> None:
    me = talk()
    case_id = await _closed_case(me, db)
    assert await _count(db, "SELECT COUNT(*) FROM outcomes") == 1
    warning = "удалю его данные"
    await me.move_clock("+26d")  # 27 days after the close is the warning's day
    assert not any(warning in s for s in me.said)
    await me.move_clock("+1d")
    assert warning in me.last
    erase_day = (clock.now() + timedelta(days=3)).strftime("%d.%m.%Y")
    assert erase_day in me.last
    assert await me.text("btn-retain-keep") in me.buttons
    await me.move_clock("+2d")  # not yet: three days after the warning went
    assert await _count(db, "SELECT COUNT(*) FROM cases WHERE id = ?", case_id) == 1
    await me.move_clock("+1d")
    assert await _case_rows(db, case_id) == 0
    assert await _count(db, "SELECT COUNT(*) FROM outcomes") == 1  # statistics keep it
    assert await _count(db, "SELECT COUNT(*) FROM users WHERE user_id = ?", me.user.id) == 1
    await me.say("/cases")  # the dialogue goes on without it
    assert f"№{case_id}" not in me.last


async def test_keep_moves_the_erasure_a_year_and_asks_again(talk, db, clock) -> None:
    me = talk()
    case_id = await _closed_case(me, db)
    await me.move_clock("+27d")
    await me.tap_key("btn-retain-keep")
    assert "храню" in me.last
    await me.move_clock("+10d")
    assert await _count(db, "SELECT COUNT(*) FROM cases WHERE id = ?", case_id) == 1
    await me.move_clock("+352d")  # a year after «Keep», less the three days
    assert "удалю его данные" in me.last
    await me.tap_key("btn-retain-keep")
    await me.move_clock("+30d")
    assert await _count(db, "SELECT COUNT(*) FROM cases WHERE id = ?", case_id) == 1


async def test_stale_question_then_given_up_with_its_row(talk, db, clock) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    case_id = (await stored(db)).id
    await me.move_clock("+180d")
    assert "Оно ещё нужно?" in me.last
    await me.tap_key("btn-retain-needed")
    assert (await stored(db)).status is Status.OPEN
    await me.move_clock("+179d")
    assert "Оно ещё нужно?" not in me.last  # the clock restarted with «still needed»
    await me.move_clock("+1d")
    assert "Оно ещё нужно?" in me.last
    await me.move_clock("+30d")
    case = await stored(db)
    assert case.status is Status.GIVEN_UP
    assert case.stats_key is not None
    row = await db.fetchone("SELECT status FROM outcomes WHERE key = ?", (case.stats_key,))
    assert row is not None
    assert row["status"] == "given_up"
    events = await db.fetchall(
        "SELECT data FROM events WHERE case_id = ? AND kind = 'closed'", (case_id,)
    )
    assert any("retention" in e["data"] for e in events)
    await me.move_clock("+27d")  # then the closed case's clock: the warning
    assert "удалю его данные" in me.last


async def test_activity_restarts_the_stale_clock(talk, db, clock) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    await me.move_clock("+100d")
    await me.say("Наушники")  # answers the open question: the case is touched
    await me.move_clock("+100d")
    assert not any("Оно ещё нужно?" in s for s in me.said)
    await me.move_clock("+80d")
    assert "Оно ещё нужно?" in me.last


async def test_a_case_in_court_is_never_asked_nor_closed(talk, db, clock, dp) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    case = await stored(db)
    case.escalations.append(
        Escalation(route=Route.COURT, prepared_on=clock.now().date(), filed_on=clock.now().date())
    )
    await dp["services"].cases.save(case, clock.now())
    for _ in range(3):
        await me.move_clock("+400d")
    assert not any("Оно ещё нужно?" in s for s in me.said)
    assert (await stored(db)).status is Status.OPEN


async def test_a_restart_after_claiming_finishes_on_the_next_run(talk, db, clock, dp) -> None:
    me = talk()
    case_id = await _closed_case(me, db)
    clock.set(clock.now() + timedelta(days=27))
    sweep: Retention = dp["retention"]
    claimed = await sweep.claim(clock.now())  # … and the process dies here
    assert [r["id"] for r in claimed] == [case_id]
    assert (await sweep.run_once()).looked == 0  # leased: nobody else takes it
    clock.set(clock.now() + LEASE)
    report = await sweep.run_once()
    assert report.warned == [case_id]
    assert (await sweep.run_once()).warned == []
    kind = ReminderKind.RETENTION_WARNING.value
    assert await _count(db, "SELECT COUNT(*) FROM reminders WHERE kind = ?", kind) == 1


async def _second_instance(db, request):
    """Another instance's database handle: its own pool on PostgreSQL, the same file's
    connection on SQLite (one process owns it)."""
    if isinstance(db, Database):
        return db, None
    from bot.pg.db import PgDatabase

    other = await PgDatabase.open(request.getfixturevalue("pg_url"))
    return other, other


async def test_two_sweeps_at_once_warn_once_and_erase_once(talk, db, clock, dp, request) -> None:
    me, other = talk(), talk(user_id=2002)
    ids = [await _closed_case(me, db), await _closed_case(other, db)]
    first: Retention = dp["retention"]
    db2, opened = await _second_instance(db, request)
    try:
        await _race(me, db, db2, first, clock, ids)
    finally:
        if opened is not None:
            await opened.close()


async def _race(me, db, db2, first: Retention, clock, ids: list[int]) -> None:
    from bot.cases import CaseRepo
    from bot.outcomes import OutcomeRepo
    from bot.reminders import ReminderStore
    from bot.users import People, UserRepo

    second = Retention(
        db2,
        cases=CaseRepo(db2),
        people=People(db2),
        users=UserRepo(db2),
        reminders=ReminderStore(db2),
        outcomes=OutcomeRepo(db2),
        clock=clock,
        policy=first.policy,
        default_zone=first.default_zone,
        batch=1,
    )
    clock.set(clock.now() + timedelta(days=27))
    a, b = await asyncio.gather(first.run_once(), second.run_once())
    assert sorted(a.warned + b.warned) == sorted(ids)
    kind = ReminderKind.RETENTION_WARNING.value
    assert await _count(db, "SELECT COUNT(*) FROM reminders WHERE kind = ?", kind) == 2
    await me.move_clock("+1h")  # the warnings go
    clock.set(clock.now() + timedelta(days=4))
    a, b = await asyncio.gather(first.run_once(), second.run_once())
    assert sorted(a.erased + b.erased) == sorted(ids)
    assert await _count(db, "SELECT COUNT(*) FROM cases") == 0
    assert await _count(db, "SELECT COUNT(*) FROM outcomes") == 2


async def test_erasure_waits_three_days_after_a_late_warning(talk, db, clock, dp) -> None:
    """The bot was down past the erasure date: the warning still comes three days first."""
    me = talk()
    case_id = await _closed_case(me, db)
    clock.set(clock.now() + timedelta(days=90))  # nothing ran meanwhile
    await me.move_clock("+1m")
    assert "удалю его данные" in me.last
    await me.move_clock("+2d")
    assert await _count(db, "SELECT COUNT(*) FROM cases WHERE id = ?", case_id) == 1
    await me.move_clock("+1d")
    assert await _count(db, "SELECT COUNT(*) FROM cases WHERE id = ?", case_id) == 0


async def test_forged_and_stale_buttons_change_nothing(talk, db, clock) -> None:
    from flows.steps.commands.retention import RetainCb

    me, other = talk(), talk(user_id=2002)
    await walk(me, ProblemId.DEFECTIVE, "item")
    case_id = (await stored(db)).id
    for action in ("keep", "needed", "close", "export"):
        await other._feed(
            callback_query=_query(other, RetainCb(a=action, c=case_id).pack())  # type: ignore[arg-type]
        )
        assert "устарела" in other.last
    # the owner's own «close» before any question: out of date too
    await me._feed(callback_query=_query(me, RetainCb(a="close", c=case_id).pack()))
    assert "устарела" in me.last
    assert (await stored(db)).status is Status.OPEN


def _query(me, data: str):
    from aiogram.types import CallbackQuery

    return CallbackQuery(
        id="q1",
        from_user=me.user,
        chat_instance="ci",
        data=data,
        message=me._message(text="old"),
    )


def _raw(path: Path) -> bytes:
    data = b""
    for suffix in ("", "-wal", "-journal"):
        part = Path(f"{path}{suffix}")
        if part.exists():
            data += part.read_bytes()
    return data


async def test_erased_case_leaves_no_readable_trace(talk, db, clock, settings, tmp_path) -> None:
    if not isinstance(db, Database):
        pytest.skip("the bytes of a file: SQLite's (PostgreSQL's VACUUM is its own)")
    me = talk()
    case_id = await _closed_case(me, db)
    await walk(me, ProblemId.DAMAGED, "order_number")  # another case of the same person
    kept = await stored(db)
    case = await db.fetchone("SELECT data FROM cases WHERE id = ?", (case_id,))
    from flows.case import Case

    gone = Case.model_validate_json(case["data"])
    planted = [
        gone.person.full_name,
        gone.person.address,
        gone.person.phone,
        gone.order_number,
        gone.item,
        gone.seller.name if gone.seller else None,
    ]
    assert all(planted)
    assert [p for p in planted if p and p.encode() in _raw(settings.database_path)] == planted
    out = tmp_path / "out"
    before = {p.name for p in out.iterdir()}
    assert before
    await me.move_clock("+27d")
    await me.move_clock("+3d")
    assert await _case_rows(db, case_id) == 0
    raw = _raw(settings.database_path)
    assert [p for p in planted if p and p.encode() in raw] == []
    assert not any(out.iterdir())  # its documents went from --out
    assert (await stored(db)).id == kept.id  # the other case stays
    assert await _count(db, "SELECT COUNT(*) FROM outcomes") == 1
    row = await db.fetchone("PRAGMA integrity_check")
    assert row[0] == "ok"


async def test_the_sweep_reads_through_its_index(db) -> None:
    if not isinstance(db, Database):
        pytest.skip("SQLite's query plan")
    plan = await db.fetchall(
        "EXPLAIN QUERY PLAN SELECT id FROM cases WHERE review_at <= ? ORDER BY review_at LIMIT 5",
        ("2026-12-01T00:00:00",),
    )
    assert any("cases_review" in str(tuple(row)) for row in plan), [tuple(r) for r in plan]
