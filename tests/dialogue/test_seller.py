"""The seller's path: from the menu to the appeal documents, and the legitimate-criticism
branch that gives advice instead."""

from __future__ import annotations

import io

import pytest
from docx import Document as Docx

from bot.db import Database
from tests.helpers import current, sent_documents, stored, walk_seller

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


async def test_seller_from_menu_to_appeal_documents(talk, db: Database, tmp_path) -> None:
    me = talk()
    await walk_seller(me, "appeal_outcome")
    said = "\n".join(me.said)
    assert "Шаг 1 из 5 · Отзыв" in said
    assert "Шаг 2 из 5 · Проверка" in said
    assert "Основания для жалобы сильные" in said
    files = sent_documents(me)
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
    assert "не является юридической консультацией" not in text  # issue 17 p. 19
    case = await stored(db)
    assert case.path == "seller"
    assert case.review.sku == "123456789"
    assert case.review.rating == 1
    assert case.rules == ["personal_data", "false_statements"]
    assert case.signals == {"profile": "yes", "content": "yes", "timing": "yes", "facts": "yes"}
    # waiting sets the same kind of reminder the buyer's support step does
    await me.choose("wait7")
    row = await db.fetchone("SELECT kind FROM reminders WHERE case_id = ?", (case.id,))
    assert row["kind"] == "support_follow_up"
    await me.move_clock("+7d")
    assert "Вы ждёте ответа площадки на жалобу на отзыв" in me.said[-1]
    await me.tap_key("btn-they-answered")
    assert await current(me) == "appeal_outcome"
    await me.choose("refused")
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
    assert await current(me) is None


async def test_rules_need_at_least_one(talk) -> None:
    me = talk()
    await walk_seller(me, "rules")
    await me.choose("done")
    assert "хотя бы одно" in me.said[-2]
    assert await current(me) == "rules"
