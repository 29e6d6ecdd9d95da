"""A journey typed with another script's digits stores them as ASCII (the parsers themselves:
`tests/unit/test_digits.py`)."""

from __future__ import annotations

from flows.problems import ProblemId
from tests.helpers import stored, walk
from tests.unit.test_digits import ARABIC, FULLWIDTH, PERSIAN


async def test_a_journey_typed_with_an_arabic_keyboard_stores_ascii(talk, db) -> None:
    async def order(me) -> None:
        await me.say("12345678-0001".translate(ARABIC))

    async def phone(me) -> None:
        await me.say("8 (999) 123-45-67".translate(FULLWIDTH))

    async def seller(me) -> None:
        await me.say("7707083893".translate(PERSIAN))

    me = talk()
    overrides = {"order_number": order, "phone": phone, "seller_ids": seller}
    await walk(me, ProblemId.DEFECTIVE, "demand", overrides)
    case = await stored(db)
    assert case.order_number == "12345678-0001"
    assert case.person.phone == "+79991234567"
    assert case.seller.inn == "7707083893"
