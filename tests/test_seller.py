"""The seller's path: from the menu to the appeal documents, and the legitimate-criticism
branch that gives advice instead."""

from __future__ import annotations

import io

import pytest
from docx import Document as Docx

from bot.db import Database
from flows.steps.form import qid_of
from tests.test_journeys import current, journey, stored

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

REVIEW = "Ужасный товар, продавец мошенник, не покупайте! Пишите мне на vasya@mail.ru"


async def seller_answer(me, qid: str, *, fair: bool = False) -> None:
    if qid == "marketplace":
        await me.tap("Ozon")
    elif qid == "review_sku":
        await me.say("123456789")
    elif qid == "review_date":
        await me.say("15.11.2026")
    elif qid == "review_rating":
        await me.tap("★")  # the first button: one star
    elif qid == "review_text":
        await me.say(REVIEW)
    elif qid == "review_author":
        await me.say("Василий")
    elif qid == "review_order":
        await me.tap("Пропустить")
    elif qid.startswith("sig_"):
        await me.tap("Нет" if fair else "Да")
    elif qid == "verdict":
        await me.press(1)
    elif qid == "evidence":
        await me.attach_bytes("review.png", b"\x89PNG r", "скриншот отзыва")
        await me.tap("Готово")
    elif qid == "rules":
        await me.tap("Персональные данные")
        await me.tap("Ложные утверждения")
        await me.tap("Готово")
    elif qid == "shop_name":
        await me.say("ИП Смирнова А. В.")
    elif qid == "appeal_review":
        await me.tap("Составить жалобу")
    elif qid == "appeal_ticket":
        await me.say("S-555")
    else:
        raise AssertionError(f"no answer for {qid}")


async def walk_seller(me, until: str, overrides=None, *, fair: bool = False) -> None:
    async def answer_for(m, qid: str) -> None:
        await seller_answer(m, qid, fair=fair)

    await journey(me, "Я продавец", until, answer_for, overrides)


async def test_seller_from_menu_to_appeal_documents(talk, db: Database, tmp_path) -> None:
    me = talk()
    await walk_seller(me, "appeal_outcome")
    said = "\n".join(me.said)
    assert "Шаг 1 из 5 · Отзыв" in said
    assert "Шаг 2 из 5 · Проверка" in said
    assert "Основания для жалобы сильные" in said
    files = [s.method.document.filename for s in me.session.log if s.name == "SendDocument"]
    assert files == ["zhaloba-na-otzyv-ozon-123456789.docx", "zhaloba-na-otzyv-ozon-123456789.pdf"]
    assert "Пожаловаться" in "\n".join(me.said)
    short = next(s for s in me.said if s.startswith("Отзыв от"))
    assert "содержит персональные данные" in short
    text = "\n".join(
        p.text for p in Docx(io.BytesIO((tmp_path / "out" / files[0]).read_bytes())).paragraphs
    )
    assert "ЖАЛОБА НА ОТЗЫВ" in text
    assert "123456789" in text
    assert "Василий" in text
    assert "vasya@mail.ru" in text  # the review is quoted as written
    assert "содержит персональные данные" in text
    assert "профиль автора не подтверждает реальной покупки" in text
    assert "ИП Смирнова А. В." in text
    assert "не является юридической консультацией" in text
    case = await stored(db)
    assert case.path == "seller"
    assert case.review.sku == "123456789"
    assert case.review.rating == 1
    assert case.rules == ["personal_data", "false_statements"]
    assert case.signals == {"profile": "yes", "content": "yes", "timing": "yes", "facts": "yes"}
    # waiting sets the same kind of reminder the buyer's support step does
    await me.tap("Напомнить через 7 дней")
    row = await db.fetchone("SELECT kind FROM reminders WHERE case_id = ?", (case.id,))
    assert row["kind"] == "support_follow_up"
    await me.move_clock("+7d")
    assert "Вы ждёте ответа площадки на жалобу на отзыв" in me.said[-1]
    await me.tap("Ответили")
    assert await current(me) == "appeal_outcome"
    await me.tap("Отказали")
    assert await current(me) == "seller_routes"
    assert "ст. 152 ГК РФ" in me.last
    assert "без гарантий" in me.last


async def test_legitimate_criticism_gets_advice(talk, db: Database) -> None:
    me = talk()
    await walk_seller(me, "verdict", fair=True)
    assert "обычная критика" in me.last
    assert "ответьте на отзыв публично" in me.last
    assert me.buttons[0] == "👍 Учту критику, закрыть"
    await me.tap("Учту критику")
    case = await stored(db)
    assert case.status == "given_up"
    assert qid_of(await me.dp.storage.get_state(me_key(me))) is None


def me_key(me):
    from aiogram.fsm.storage.base import StorageKey

    return StorageKey(bot_id=me.bot.id, chat_id=me.chat.id, user_id=me.chat.id)


async def test_rules_need_at_least_one(talk) -> None:
    me = talk()
    await walk_seller(me, "rules")
    await me.tap("Готово")
    assert "хотя бы одно" in me.said[-2]
    assert await current(me) == "rules"
