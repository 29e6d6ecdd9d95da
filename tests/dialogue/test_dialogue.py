"""The conversation's promises: Back on every question, edit one field from a review and come
back to it, evidence listed and removable, a profile kept only with consent, /cases, Russian
plurals."""

from __future__ import annotations

import pytest

from bot.db import Database
from bot.i18n import create_core
from flows.problems import ProblemId
from tests import factories
from tests.helpers import NAME, current, stored, walk

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


async def test_back_goes_to_the_previous_question(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    await me.tap_key("btn-back")
    assert await current(me) == "received_on"
    await me.tap_key("btn-back")
    assert await current(me) == "ordered_on"


async def test_edit_from_the_order_summary_and_come_back(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "order_summary")
    await me.tap("✏️ Цена")
    assert await current(me) == "price"
    await me.say("5 500")
    assert await current(me) == "order_summary"
    assert "5\u00a0500 ₽" in me.last
    # changing the problem to non-delivery asks the newly needed date before the summary
    await me.tap("✏️ Проблема")
    await me.choose(ProblemId.NOT_DELIVERED)
    assert await current(me) == "promised_on"
    await me.say("10.10.2026")
    assert await current(me) == "order_summary"
    case = await stored(db)
    assert str(case.price) == "5500.00"
    assert case.received_on is None  # not asked for non-delivery


async def test_edit_from_the_claim_review_makes_a_new_version(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    await me.tap_key("btn-back")
    assert await current(me) == "claim_review"
    await me.tap("✏️ Адрес")
    await me.say("654321, г. Тверь, ул. Советская, д. 5")
    assert await current(me) == "claim_review"
    await me.choose("make")
    case = await stored(db)
    assert case.claim_version == 2
    rows = await db.fetchall("SELECT version FROM documents WHERE case_id = ?", (case.id,))
    assert sorted(r["version"] for r in rows) == [1, 2]


async def test_evidence_listed_removed_and_deduplicated(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DAMAGED, "evidence")
    await me.attach_bytes("a.png", b"\x89PNG a", "коробка")
    assert "Принято: 1 файл." in me.last
    await me.attach_bytes("b.pdf", b"%PDF b", None)
    assert "Принято: 2 файла." in me.last
    await me.tap_key("btn-manage-files")
    assert "коробка" in me.last
    await me.tap_key("btn-remove-file", n=1)
    case = await stored(db)
    rows = await db.fetchall("SELECT name FROM evidence WHERE case_id = ?", (case.id,))
    assert [r["name"] for r in rows] == ["b.pdf"]
    assert await current(me) == "evidence"


async def test_skipping_evidence_warns_first(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DAMAGED, "evidence")
    await me.tap_key("btn-evidence-skip")
    assert "Без доказательств" in me.last
    assert await current(me) == "evidence"
    await me.tap_key("btn-skip-anyway")
    assert await current(me) == "full_name"


async def test_profile_only_with_consent_and_reused(talk, db: Database) -> None:
    me = talk()

    async def consent(m) -> None:
        await m.choose("yes")

    await walk(me, ProblemId.DEFECTIVE, "demand", {"save_profile": consent})
    row = await db.fetchone("SELECT profile, consent_at FROM users WHERE user_id = 1001")
    assert NAME in row["profile"]
    assert row["consent_at"]
    # a second case offers the saved details and skips to the demand
    await walk(me, ProblemId.DAMAGED, "full_name")
    await me.tap("Взять сохранённые")
    assert await current(me) == "demand"
    case = await stored(db)
    assert case.person.full_name == NAME


async def test_no_consent_no_profile(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "demand")  # answers "Нет"
    row = await db.fetchone("SELECT profile FROM users WHERE user_id = 1001")
    assert row is None or row["profile"] is None


async def test_cases_list_open_resume_close_and_resend(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    await me.say("/cases")
    assert "Ваши обращения" in me.last
    assert "Шаг 4 из 5 · Претензия" in me.last
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-resend-docs")
    resent = [s for s in me.session.log[-2:] if s.name == "SendDocument"]
    assert len(resent) == 2
    assert all(isinstance(s.method.document, str) for s in resent)  # by file_id, no rendering
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-continue")
    assert await current(me) == "delivery_method"
    await me.say("/cases")
    await me.tap_key("btn-open-case", id=1)
    await me.tap_key("btn-close-solved")
    case = await stored(db)
    assert case.status == "solved"
    assert await current(me) is None


async def test_other_peoples_cases_are_out_of_reach(talk, db: Database) -> None:
    anna, boris = talk(1001), talk(2002)
    await walk(anna, ProblemId.DEFECTIVE, "item")
    await boris.say("/start")
    from aiogram.types import CallbackQuery

    from flows.steps.commands.cases import CaseCb

    # Boris forges a button for Anna's case 1
    for action in ("open", "resume", "solved", "docs"):
        query = CallbackQuery(
            id="x",
            from_user=boris.user,
            chat_instance="c",
            data=CaseCb(a=action, id=1).pack(),
            message=boris._buttons_message,
        )
        await boris._feed(callback_query=query)
    case = await stored(db, 1001)
    assert case.status == "open"
    assert not any("Смартфон" in s or "12345678" in s for s in boris.said)


async def test_stale_button_after_moving_on(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "ordered_on")
    old_message, old_buttons = me._buttons_message, list(me._buttons)
    await me.say("01.10.2026")
    assert await current(me) == "received_on"
    me._buttons, me._buttons_message = old_buttons, old_message
    await me.press(1)  # "Сегодня" of the order-date question
    assert "кнопка устарела" in me.said[-2]
    assert await current(me) == "received_on"


def test_russian_plurals() -> None:
    core = create_core("ru")
    words = {n: core.get("evidence-added", "ru", count=n).split(".")[0] for n in (1, 3, 11, 21, 25)}
    assert words == {
        1: "Принято: 1 файл",
        3: "Принято: 3 файла",
        11: "Принято: 11 файлов",
        21: "Принято: 21 файл",
        25: "Принято: 25 файлов",
    }


async def test_evidence_limits_are_clear(talk, db: Database, dp) -> None:
    from aiogram.types import Document

    me = talk()
    await walk(me, ProblemId.DAMAGED, "evidence")
    big = Document(
        file_id="big", file_unique_id="big", file_name="video.mp4", file_size=25 * 1024 * 1024
    )
    await dp.feed_update(me.bot, factories.message(None, sender=factories.user(1001), document=big))
    assert "больше 20 МБ" in me.last
    for n in range(30):
        doc = Document(file_id=f"f{n}", file_unique_id=f"f{n}", file_name=f"{n}.jpg", file_size=10)
        await dp.feed_update(
            me.bot, factories.message(None, sender=factories.user(1001), document=doc)
        )
    assert "Принято: 30 файлов" in me.last
    extra = Document(file_id="x", file_unique_id="x", file_name="x.jpg", file_size=10)
    await dp.feed_update(
        me.bot, factories.message(None, sender=factories.user(1001), document=extra)
    )
    assert "Больше 30 файлов принять не могу" in me.last
    case = await stored(db)
    count = await db.fetchone("SELECT COUNT(*) AS n FROM evidence WHERE case_id = ?", (case.id,))
    assert count["n"] == 30
    assert await current(me) == "evidence"


async def test_menu_offers_to_continue_the_open_case(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "item")
    await me.say("/cancel")
    assert "Всё, что вы уже ответили, сохранено" in me.last
    assert me.buttons[0] == "▶️ Продолжить обращение №1"
    await me.tap("Продолжить обращение")
    assert await current(me) == "item"
    await me.say("/start")  # greets, leaves the question, still offers the case
    assert me.buttons[0] == "▶️ Продолжить обращение №1"
