"""The bot understands people the first time: dates and sums as they are typed, "no number",
a city for the time zone, and no dead ends — the way on after filing a complaint, and a
registered letter that has not arrived yet. Each input goes through the real dispatcher and the
stored case is checked."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from bot.db import Database
from flows.problems import ProblemId
from tests import factories
from tests.helpers import current, journey_on, stored, walk

TODAY = date(2026, 11, 21)  # helpers.START: Saturday 21.11.2026, 09:00 UTC

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("вчера", date(2026, 11, 20)),
        ("позавчера", date(2026, 11, 19)),
        ("3 дня назад", date(2026, 11, 18)),
        ("20 ноября", date(2026, 11, 20)),
        ("20 ноября 2026", date(2026, 11, 20)),
        ("20.11.2026г", date(2026, 11, 20)),
        ("20/11", date(2026, 11, 20)),
        ("сегодня", date(2026, 11, 21)),
        ("yesterday", date(2026, 11, 20)),
        ("Nov 20", date(2026, 11, 20)),
    ],
)
async def test_dates_as_people_write_them(talk, db: Database, typed: str, expected) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "ordered_on")
    await me.say(typed)
    assert await current(me) == "received_on", me.said[-1]
    assert (await stored(db)).ordered_on == expected


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("15к", "15000"),
        ("15 тыс.", "15000"),
        ("15 000 рублей", "15000"),
        ("15,5 тыс", "15500"),
        ("1 500,50", "1500.50"),
    ],
)
async def test_prices_as_people_write_them(talk, db: Database, typed: str, expected: str) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "price")
    await me.say(typed)
    assert await current(me) == "prepaid"
    assert (await stored(db)).price == Decimal(expected)


async def test_an_implausible_price_is_asked_about_not_stored(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "price")
    await me.say("15")
    assert await current(me) == "price_confirm"
    assert "15 ₽ — верно?" in me.said[-1]
    case = await stored(db)
    assert case.price is None
    assert case.price_unconfirmed == Decimal(15)
    await me.tap("Исправить")
    assert await current(me) == "price"
    await me.say("15к")
    assert (await stored(db)).price == Decimal(15000)
    # and a real 50 ₽ item, confirmed
    other = talk(user_id=1002)
    await walk(other, ProblemId.DEFECTIVE, "price")
    await other.say("50")
    await other.tap("Да, 50 ₽")
    assert await current(other) == "prepaid"
    assert (await stored(db, 1002)).price == Decimal(50)


@pytest.mark.parametrize("typed", ["нет номера", "Нет", "без номера", "no number"])
async def test_no_ticket_number_is_not_a_number(talk, db: Database, typed: str) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "support_ticket")
    await me.say(typed)
    assert await current(me) == "support_outcome"
    assert (await stored(db)).support.ticket is None


async def test_no_ticket_button(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "support_ticket")
    await me.tap_key("btn-no-ticket")
    assert await current(me) == "support_outcome"
    assert (await stored(db)).support.ticket is None


async def test_timezone_by_city(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    await me.say("/timezone")
    assert "напишите свой город" in me.said[-1]
    await me.say("Екатеринбург")
    assert "Екатеринбург (UTC+5)" in " ".join(me.said[-2:])
    assert await current(me) == "item"  # the open question again, nothing lost
    row = await db.fetchone("SELECT timezone FROM users WHERE user_id = 1001")
    assert row["timezone"] == "Asia/Yekaterinburg"
    await me.say("/timezone Новосибирск")
    row = await db.fetchone("SELECT timezone FROM users WHERE user_id = 1001")
    assert row["timezone"] == "Asia/Novosibirsk"
    # after /timezone, an answer that is not a place goes to the open question
    await me.say("/timezone")
    await me.say("Смартфон Xiaomi")
    assert await current(me) != "item"
    assert (await stored(db)).item == "Смартфон Xiaomi"


async def test_rospotrebnadzor_then_court_without_back_or_cancel(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.choose("refused")
    await me.choose("rospotrebnadzor")
    assert await current(me) == "filed_on"
    await me.tap_key("btn-today")
    # filed: the answer's deadline, then the other routes with where this one stands
    assert await current(me) == "route"
    assert "Роспотребнадзор — подано 21.11.2026, ответ — до" in me.said[-1]
    await me.choose("court")
    await journey_on(me, "filed_on")
    await me.tap_key("btn-today")
    assert await current(me) == "route"
    await me.tap_key("btn-route-wait")
    assert await current(me) is None
    case = await stored(db)
    assert [e.route for e in case.escalations] == ["rospotrebnadzor", "court"]
    assert all(e.filed_on is not None for e in case.escalations)
    # "Continue" from the menu opens the routes, not the filing date again
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-continue")
    assert await current(me) == "route"


async def test_registered_letter_not_delivered_yet(talk, db: Database, clock) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    await me.choose("post")
    await me.say("80080012345678")
    assert "ст. 165.1 ГК РФ" in me.said[-1]
    await me.tap_key("btn-letter-not-yet")
    assert await current(me) is None
    assert "ст. 165.1 ГК РФ" in " ".join(me.said[-2:])
    case = await stored(db)
    assert case.delivery.tracking == "80080012345678"
    assert case.delivery.delivered_on is None
    rows = await db.fetchall("SELECT kind, status FROM reminders WHERE case_id = ?", (case.id,))
    assert ("letter_follow_up", "pending") in [(r["kind"], r["status"]) for r in rows]
    # a week later the reminder brings the person back to the delivery date
    await me.say("/clock +7d")
    assert "80080012345678" in " ".join(me.said[-3:])
    await me.tap_key("btn-letter-delivered")
    assert await current(me) == "delivered_on"
    await me.say("25.11.2026")
    assert await current(me) == "awaiting_answer"
    assert (await stored(db)).delivery.delivered_on == date(2026, 11, 25)


async def test_seller_is_asked_where_the_product_is_sold(talk) -> None:
    me = talk()
    await me.say("/start")
    await me.tap("Я продавец")
    assert "Где продаётся товар" in me.said[-1]


async def test_english_dates_are_written_the_english_way(talk) -> None:
    me = talk(language="en")
    await walk_en(me)
    assert "21 Nov 2026" in me.said[-1] or "21 Nov 2026" in " ".join(me.said[-3:])


async def walk_en(me) -> None:
    await me.say("/start")
    await me.tap_key("menu-new")
    await me.choose("ozon")
    await me.choose(ProblemId.DEFECTIVE)
    await me.say("12345678-0001")
    await me.say("21.11.2026")
    await me.say("21.11.2026")
    await me.say("Phone")
    await me.say("не включается")  # goes into a Russian document: asked in Russian
    await me.choose("not_listed")  # not technically complex
    await me.say("4990")
    await me.choose("yes")  # prepaid
    await me.choose("marketplace")  # Ozon itself sold it
    await me.choose("ok")


async def test_an_edited_answer_is_taken_as_the_new_answer(talk, db: Database, dp) -> None:
    from aiogram.types import Update

    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    sent = factories.message("Смартфон Xiaomi", sender=factories.user(1001))
    await dp.feed_update(me.bot, sent)
    assert await current(me) == "details"
    edited = sent.message.model_copy(update={"text": "Смартфон Samsung A55", "edit_date": 1})
    await dp.feed_update(me.bot, Update(update_id=sent.update_id + 1000, edited_message=edited))
    assert "учту новый" in " ".join(me.said[-3:])
    assert (await stored(db)).item == "Смартфон Samsung A55"
    assert await current(me) == "details"  # on from where it was
    # an older message edited: a word on how to change an answer, nothing changes
    older = factories.message("x", sender=factories.user(1001)).message
    await dp.feed_update(
        me.bot,
        Update(
            update_id=older.message_id + 2000,
            edited_message=older.model_copy(
                update={"message_id": 1, "text": "Смартфон Apple", "edit_date": 1}
            ),
        ),
    )
    assert "кнопку ✏️" in " ".join(me.said[-3:])
    assert (await stored(db)).item == "Смартфон Samsung A55"
    assert await current(me) == "details"


async def test_back_from_the_phone_question_does_not_say_accepted(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "phone")
    count = len(me.said)
    await me.say("↩️ Назад")
    said = me.said[count:]
    assert not any(s.strip() == "Принято." for s in said)
    assert await current(me) == "address"
