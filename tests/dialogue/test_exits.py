"""One way out (`flows/steps/exits.py`), seen from the chat: every way of leaving closes the
question and drops its bookmarks, keeps the current case unless it was closed, and shows the
menu; the chat's memory (`flows/steps/memory.py`) holds only what the next update needs."""

from __future__ import annotations

from bot.db import Database
from flows.case import Status
from flows.problems import ProblemId
from tests.helpers import current, state_key, stored, walk


async def _data(me) -> dict:
    return await me.dp.storage.get_data(state_key(me))


async def test_cancel_forgets_a_pending_timezone_question(talk, db: Database) -> None:
    """/timezone waits for a city; /cancel ends that wait with the rest, so a city typed at
    the menu is not taken as a new zone behind the person's back."""
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    await me.say("/timezone")
    assert (await _data(me)).get("tz_wait") is True
    await me.say("/cancel")
    assert await current(me) is None
    data = await _data(me)
    assert set(data) == {"case_id"}  # the case stays current, nothing else is remembered
    await me.say("Екатеринбург")
    row = await db.fetchone("SELECT timezone FROM users WHERE user_id = 1001")
    assert row is None or row["timezone"] is None
    # the case is offered again from the menu, at the question left
    await me.tap_key("menu-resume", id=(await stored(db)).id)
    assert await current(me) == "item"


async def test_leaving_from_an_edit_drops_the_way_back_to_the_review(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "claim_review")
    await me.choose("e.phone")
    assert await current(me) == "phone"
    assert (await _data(me)).get("return_to") == "claim_review"
    await me.say("/start")
    assert await current(me) is None
    assert set(await _data(me)) == {"case_id"}


async def test_closing_the_current_case_from_the_list_leaves_no_current_case(
    talk, db: Database
) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    case_id = (await stored(db)).id
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=case_id)
    await me.tap_key("btn-close-solved")
    assert await current(me) is None
    assert await _data(me) == {}
    assert (await stored(db)).status is Status.SOLVED
    resume = await me.text("menu-resume", id=case_id)
    assert resume not in me.buttons


async def test_a_step_that_leaves_keeps_its_case_for_later(talk, db: Database) -> None:
    """The last question of a stage that waits (the claim sent, the answer awaited) leaves the
    conversation through the same exit: state closed, case kept, «Продолжить» offered."""
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.choose("later")
    assert await current(me) is None
    assert set(await _data(me)) == {"case_id"}
    resume = await me.text("menu-resume", id=(await stored(db)).id)
    assert resume in me.buttons
