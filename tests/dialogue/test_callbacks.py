"""Forged or corrupt callback data never raises inside a handler: every field is checked by
its type and bounds, and anything invalid gets "this button is out of date" and the current
step."""

from __future__ import annotations

import logging

import pytest

from flows.problems import ProblemId
from tests.factories import button
from tests.helpers import current, walk

HUGE = "9" * 40

FORGED = [
    f"a:{HUGE}:marketplace:ozon",  # case id beyond SQLite's integers (OverflowError)
    "a:-5:marketplace:ozon",
    "a:1:marketplace:" + "x" * 60,
    "a:x:marketplace:ozon",
    "n:1:marketplace:sideways",
    f"n:{HUGE}:marketplace:back",
    f"r:open:{HUGE}::",
    "r:snooze:1::nonsense",  # an unknown reminder kind (ValueError)
    "r:snooze:1::",  # no kind at all
    "r:explode:1::",
    f"c:open:{HUGE}",
    f"c:docs:{HUGE}",
    "c:open:-1",
    "c:nonsense:1",
    "tz:99999999999999999999999",
    "tz:-1",
    "menu:explode",
    "del:maybe",
    "lang:xx",
    "a:1:marketplace",  # a field missing
    "",
]


@pytest.mark.parametrize("data", FORGED)
async def test_forged_callback_gets_stale_and_the_current_step(talk, caplog, data: str) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "order_number")
    said = len(me.said)
    with caplog.at_level(logging.WARNING):
        await me.dp.feed_update(me.bot, button(data))
    assert [r for r in caplog.records if r.levelno >= logging.WARNING] == []
    new = me.said[said:]
    assert any("устарела" in text for text in new), new
    assert "Номер заказа" in new[-1]  # the open question again
    assert await current(me) == "order_number"
    assert not any("сохранены" in text for text in new)
