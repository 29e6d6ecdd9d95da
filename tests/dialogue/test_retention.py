"""Retention as the person meets it (issue 22 p. 5): the warning in English with its archive
button, «No, close it» to the stale question, a chat whose current case was erased, stale
buttons."""

from __future__ import annotations

import zipfile

from bot.db import Database
from flows.case import Status
from flows.problems import ProblemId
from tests.helpers import current, state_key, stored, walk


async def _close_from_the_step(me) -> int:
    """Closed by «the seller did it» on the claim's last step: the chat keeps the case as its
    current one."""
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.choose("solved")
    await me.tap_key("btn-outcome-skip")
    return (await stored(me.dp["db"], me.user.id)).id


async def test_the_warning_in_english_and_the_archive_button(talk, db: Database) -> None:
    me = talk(language="en")
    await _close_from_the_step(me)
    await me.move_clock("+27d")
    assert "I will delete its data" in me.last
    assert "anonymised statistics row" in me.last
    await me.tap_key("btn-retain-export")
    await me.dp["exporter"].idle()
    zips = [
        s.file
        for s in me.session.log
        if s.name == "SendDocument" and s.method.document.filename.endswith(".zip")
    ]
    assert len(zips) == 1
    with zipfile.ZipFile(zips[0]) as z:
        assert "manifest.json" in z.namelist()


async def test_a_chat_whose_current_case_was_erased_goes_on(talk, db: Database) -> None:
    me = talk()
    case_id = await _close_from_the_step(me)
    data = await me.dp.storage.get_data(state_key(me))
    assert data.get("case_id") == case_id  # the chat still points at it
    await me.move_clock("+27d")
    await me.move_clock("+3d")
    assert await db.fetchone("SELECT id FROM cases WHERE id = ?", (case_id,)) is None
    assert (await me.dp.storage.get_data(state_key(me))).get("case_id") is None
    await me.say("/start")
    assert await me.text("menu-resume", id=case_id) not in me.buttons
    await me.tap_key("menu-new")
    assert await current(me) is not None  # a new case starts as always
    await me.say("/cases")  # only the new case (SQLite may give it the freed id)
    assert me.last.count("Шаг ") == 1
    assert "Шаг 1 из 5" in me.last


async def test_no_close_it_closes_as_given_up_and_counts_it(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    await me.move_clock("+180d")
    assert "Оно ещё нужно?" in me.last
    question = list(me._buttons)
    await me.tap_key("btn-retain-close")
    case = await stored(db)
    assert case.status is Status.GIVEN_UP
    assert "будут удалены через 30 дней" in " ".join(me.said[-3:])
    assert await current(me) is None
    assert case.stats_key is not None
    row = await db.fetchone("SELECT status FROM outcomes WHERE key = ?", (case.stats_key,))
    assert row is not None
    me._buttons = question  # the same button again: out of date, nothing changed
    await me.tap_key("btn-retain-close")
    assert "устарела" in me.last
    count = await db.fetchone("SELECT COUNT(*) FROM outcomes")
    assert count[0] == 1


async def test_keep_pressed_after_a_reopening_is_out_of_date(talk, db: Database) -> None:
    me = talk()
    await _close_from_the_step(me)
    await me.move_clock("+27d")
    warning_buttons = list(me._buttons)
    case = await stored(db)
    case.status, case.closed_at = Status.OPEN, None  # reopened meanwhile
    await me.dp["services"].cases.save(case, me.clock.now())
    me._buttons = warning_buttons
    await me.tap_key("btn-retain-keep")
    assert "устарела" in me.last
    assert (await stored(db)).keep_until is None
