"""Whole journeys through the real dispatcher: every problem type from /start to its claim,
and cases walked through escalation. The stored case must hold every answer."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal

import pytest
from docx import Document as Docx

from bot.db import Database
from flows import claims
from flows.problems import ProblemId
from tests.helpers import NAME, current, journey_on, sent_documents, stored, walk

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


@pytest.mark.parametrize("problem", list(ProblemId))
async def test_each_problem_reaches_its_document(talk, db: Database, problem: ProblemId) -> None:
    me = talk()
    await walk(me, problem, "delivery_method")
    files = sent_documents(me)
    # prepaid and never delivered: the notice to the seller, then the demand to the marketplace
    two = problem is ProblemId.NOT_DELIVERED
    assert [f.rsplit(".", 1)[1] for f in files] == ["docx", "pdf"] * (2 if two else 1)
    assert files[0].startswith("pretenziya-ozon-12345678-0001")
    if two:
        assert files[2].startswith("trebovanie-marketpleys-ozon-12345678-0001")

    case = await stored(db)
    assert case.marketplace == "ozon"
    assert case.problem is problem
    assert case.order_number == "12345678-0001"
    assert case.ordered_on == date(2026, 10, 1)
    assert case.item == "Смартфон Xiaomi Redmi Note 13"
    assert case.price == Decimal("4990.00")
    assert case.prepaid is True
    assert case.seller.name == "ИП Петров Пётр Петрович"
    assert case.seller.inn == "7707083893"
    assert case.support.channel == "app_chat"
    assert case.support.ticket == "T-123"
    assert case.support.outcome == "refused"
    assert case.person.full_name == NAME
    assert case.person.phone == "+79991234567"
    assert case.person.email == "ivanov@mail.ru"
    assert case.evidence_done
    if claims.received(case):
        assert case.received_on == date(2026, 10, 5)
    if claims.promised(case):
        assert case.promised_on == date(2026, 10, 10)
    assert case.demand is claims.allowed_demands(case)[0]
    assert case.claim_version == 1
    rows = await db.fetchall("SELECT kind FROM evidence WHERE case_id = ?", (case.id,))
    assert [r["kind"] for r in rows] == ["photo"]


async def test_claim_documents_read_back(talk, db: Database, tmp_path) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    docx_path = tmp_path / "out" / "pretenziya-ozon-12345678-0001.docx"
    text = "\n".join(p.text for p in Docx(io.BytesIO(docx_path.read_bytes())).paragraphs)
    text = text.replace("\u00a0", " ")
    assert "12345678-0001" in text
    assert "4 990 (четыре тысячи девятьсот девяносто) руб. 00 коп." in text
    assert "от Иванова Ивана Ивановича" in text
    assert "ст. 18, 19, 22, 23 Закона РФ" in text
    assert "10 календарных дней" in text
    assert "Фото: страница заказа" in text
    assert "не является юридической консультацией" not in text  # issue 17 p. 19


async def test_a_case_through_escalation(talk, db: Database, clock) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    assert "Срок ответа продавца" in me.said[-1]
    assert "30.10.2026, пятница" in me.said[-1]  # 20.10 + 10 days, ст. 22
    await me.choose("refused")
    assert await current(me) == "route"
    await me.choose("court")
    assert await current(me) == "plaintiff_consent"
    await journey_on(me, "filed_on")
    assert "мировой судья" in me.said[-2]
    await me.tap_key("btn-today")
    case = await stored(db)
    assert case.seller_answer == "refused"
    assert [e.route for e in case.escalations] == ["court"]
    assert case.escalations[0].filed_on is not None
    assert any(name.startswith("isk-ozon-12345678-0001") for name in sent_documents(me))


async def test_another_shop_names_itself(talk, db: Database) -> None:
    me = talk()

    async def other_shop(m) -> None:
        await m.choose("other")

    async def shop_order(m) -> None:
        await m.say("A-10234")

    async def shop_name(m) -> None:
        await m.say("ООО «Техномаркет»")

    await walk(
        me,
        ProblemId.DEFECTIVE,
        "delivery_method",
        {"marketplace": other_shop, "order_number": shop_order, "seller_name": shop_name},
    )
    assert any("Как называется магазин" in s for s in me.said)
    case = await stored(db)
    assert case.seller.name == "ООО «Техномаркет»"
    assert sent_documents(me)[0] == "pretenziya-other-A-10234.docx"
