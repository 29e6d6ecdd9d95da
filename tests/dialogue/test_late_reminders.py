"""A snoozed reminder keeps its date; a reminder that arrives after its moment (downtime)
speaks of the past as past and says what can still be done."""

from __future__ import annotations

import pytest

from flows.problems import ProblemId
from tests.helpers import current, walk


@pytest.mark.parametrize(
    ("language", "expired"),
    [
        ("ru", "Срок ответа продавца истёк 01.12.2026."),
        ("en", "The seller's time to answer ran out on 1 Dec 2026."),
    ],
    ids=["ru", "en"],
)
async def test_snoozed_seller_reminder_keeps_its_date(talk, language, expired) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    await me.choose("post")
    await me.tap_key("btn-skip")  # no tracking number
    await me.tap_key("btn-today")  # delivered 21.11.2026 -> answer due 01.12.2026
    if language == "en":
        await me.say("/language")
        await me.tap("English")
    await me.move_clock("+11d")
    assert expired in me.said[-1]
    await me.tap_key("btn-snooze", days=3)  # in the language now spoken
    await me.move_clock("+3d")
    assert expired in me.said[-1], me.said[-1]
    assert " ." not in me.said[-1]


async def _return_case(me) -> None:
    """A return of an item of proper quality received 20.11.2026: the 7-day window ends
    27.11.2026 and its reminder is due two days before, on 25.11.2026."""

    async def received(m) -> None:
        await m.say("20.11.2026")

    async def ordered(m) -> None:
        await m.say("15.11.2026")

    await walk(
        me,
        ProblemId.RETURN,
        "support_intro",
        {"received_on": received, "ordered_on": ordered},
    )


async def test_own_window_reminder_on_time_speaks_of_the_future(talk) -> None:
    me = talk()
    await _return_case(me)
    await me.move_clock("2026-11-25T09:00")
    texts = [t for t in me.said if "⏰" in t]
    assert texts
    assert "Через 2 дня, 27.11.2026, истекает срок" in texts[-1]


async def test_own_window_reminder_after_downtime_speaks_of_the_past(talk) -> None:
    me = talk()
    await _return_case(me)
    assert await current(me) == "support_intro"
    await me.move_clock("2026-11-28T09:00")  # the bot was down until after the deadline
    texts = [t for t in me.said if "⏰" in t]
    assert texts
    assert "Через 2 дня" not in texts[-1]
    assert "истёк 27.11.2026" in texts[-1]
    assert "/cases" in texts[-1] or "обращение" in texts[-1]


async def test_own_window_reminder_a_day_late_says_tomorrow(talk) -> None:
    me = talk()
    await _return_case(me)
    await me.move_clock("2026-11-26T09:00")
    texts = [t for t in me.said if "⏰" in t]
    assert "Завтра, 27.11.2026, истекает срок" in texts[-1]
