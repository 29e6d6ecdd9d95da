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
from flows.case import Case
from flows.problems import CATALOGUE, ProblemId
from flows.steps.form import qid_of

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

NAME = "Иванов Иван Иванович"


async def current(me) -> str | None:
    state = await me.dp.storage.get_state(_key(me))
    return qid_of(state)


def _key(me):
    from aiogram.fsm.storage.base import StorageKey

    return StorageKey(bot_id=me.bot.id, chat_id=me.chat.id, user_id=me.chat.id)


async def answer(me, qid: str, problem: ProblemId) -> None:
    """What a careful shopper answers to each question."""
    if qid == "marketplace":
        await me.tap("Ozon")
    elif qid == "problem":
        await me.tap(
            {
                ProblemId.NOT_DELIVERED: "Не доставили",
                ProblemId.DAMAGED: "Повреждён",
                ProblemId.DEFECTIVE: "браком",
                ProblemId.WRONG_ITEM: "Не тот товар",
                ProblemId.RETURN: "вернуть товар",
                ProblemId.REFUND: "Не вернули деньги",
                ProblemId.FRAUD: "Мошенничество",
                ProblemId.MISLEADING_AD: "Обманная реклама",
            }[problem]
        )
    elif qid == "fraud_kind":
        await me.tap("подделку")
    elif qid == "wrong_kind":
        await me.tap("другой товар")
    elif qid == "details":
        await me.say("не включается, экран мерцает")
    elif qid == "tech_complex":
        await me.tap("Нет или не знаю")
    elif qid == "return_info":
        await me.tap("Да, дали")
    elif qid == "gender":
        await me.tap("Обратился")
    elif qid == "tech_ground":
        await me.press(1)
    elif qid == "police_omissions":
        await me.tap("Пропустить")
    elif qid == "ad_where":
        await me.say("баннер на главной странице Ozon")
    elif qid == "ad_seen_on":
        await me.say("28.09.2026")
    elif qid == "order_number":
        await me.say("12345678-0001")
    elif qid == "ordered_on":
        await me.say("01.10.2026")
    elif qid == "promised_on":
        await me.say("10.10.2026")
    elif qid == "received_on":
        await me.say("05.10.2026")
    elif qid == "item":
        await me.say("Смартфон Xiaomi Redmi Note 13")
    elif qid == "price":
        await me.say("4 990 ₽")
    elif qid == "prepaid":
        await me.tap("Да")
    elif qid == "seller_kind":
        await me.tap("Другой продавец")
    elif qid == "seller_name":
        await me.say("ИП Петров Пётр Петрович")
    elif qid == "seller_ids":
        await me.say("7707083893")
    elif qid in {"checks"}:
        await me.tap("Понятно")
    elif qid in {"order_summary"}:
        await me.tap("Всё верно")
    elif qid == "support_intro":
        await me.tap("поддержку")
    elif qid == "support_channel":
        await me.tap("Чат")
    elif qid == "support_date":
        await me.say("12.10.2026")
    elif qid == "support_ticket":
        await me.say("T-123")
    elif qid == "support_outcome":
        await me.tap("Отказали")
    elif qid == "evidence":
        await me.attach_bytes("order.png", b"\x89PNG fake", "страница заказа")
        await me.tap("Готово")
    elif qid == "full_name":
        await me.say(NAME)
    elif qid == "address":
        await me.say("123456, г. Москва, ул. Ленина, д. 1, кв. 2")
    elif qid == "phone":
        await me.say("8 (999) 123-45-67")
    elif qid == "email":
        await me.say("Ivanov@Mail.ru")
    elif qid == "save_profile":
        await me.tap("Нет")
    elif qid == "demand":
        await me.press(1)
    elif qid == "new_date":
        await me.say("01.12.2026")
    elif qid in {"price_cut", "court_cut"}:
        await me.say("1000")
    elif qid == "seller_address":
        await me.say("190000, г. Санкт-Петербург, Невский пр., д. 1")
    elif qid == "bank":
        await me.tap("Пропустить")
    elif qid == "claim_review":
        await me.tap("Составить претензию")
    elif qid == "delivery_method":
        await me.tap("Заказным письмом")
    elif qid == "tracking":
        await me.say("80080012345678")
    elif qid == "delivered_on":
        await me.say("20.10.2026")
    elif qid == "awaiting_answer":
        await me.tap("Продавец отказал")
    elif qid == "route":
        await me.tap("Суд")
    elif qid == "plaintiff_consent":
        await me.tap("Да")
    elif qid == "birth_date":
        await me.say("21.03.1985")
    elif qid == "birth_place":
        await me.say("г. Москва")
    elif qid == "id_kind":
        await me.tap("Паспорт")
    elif qid == "id_number":
        await me.say("4509 123456")
    elif qid == "court_demand":
        await me.press(1)
    elif qid == "moral_damages":
        await me.say("10000")
    elif qid == "losses":
        await me.tap("Пропустить")
    elif qid == "police_filed_on":
        await me.say("01.11.2026")
    elif qid == "police_kusp":
        await me.say("1234")
    elif qid == "police_answer":
        await me.tap("Не ответили")
    elif qid == "police_decided_on":
        await me.say("05.11.2026")
    elif qid == "route_review":
        await me.tap("Составить документ")
    else:
        raise AssertionError(f"no answer for {qid}")


async def journey(me, menu_button: str, until: str, answer_for, overrides=None) -> None:
    """From /start and a menu button, answer every question until `until` is open;
    `overrides` answers some differently."""
    await me.say("/start")
    await me.tap(menu_button)
    for _ in range(60):
        qid = await current(me)
        if qid == until:
            return
        assert qid is not None, me.said[-3:]
        if overrides and qid in overrides:
            await overrides[qid](me)
        else:
            await answer_for(me, qid)
    raise AssertionError("the journey did not end")


async def walk(me, problem: ProblemId, until: str, overrides=None) -> None:
    async def answer_for(m, qid: str) -> None:
        await answer(m, qid, problem)

    await journey(me, "Новое обращение", until, answer_for, overrides)


async def journey_on(me, until: str, problem: ProblemId = ProblemId.DEFECTIVE) -> None:
    """Go on answering, from the open question, until `until` is open."""
    for _ in range(40):
        qid = await current(me)
        if qid == until:
            return
        assert qid is not None, me.said[-3:]
        await answer(me, qid, problem)
    raise AssertionError("the journey did not end")


async def stored(db: Database, user_id: int = 1001) -> Case:
    row = await db.fetchone(
        "SELECT data FROM cases WHERE owner_id = ? ORDER BY id DESC", (user_id,)
    )
    return Case.model_validate_json(row["data"])


def sent_documents(me) -> list[str]:
    return [s.method.document.filename for s in me.session.log if s.name == "SendDocument"]


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
    assert case.demand is CATALOGUE[problem].demands[0]
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
    assert "не является юридической консультацией" in text


async def test_a_case_through_escalation(talk, db: Database, clock) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    assert "Срок ответа продавца" in me.said[-1]
    assert "30.10.2026, пятница" in me.said[-1]  # 20.10 + 10 days, ст. 22
    await me.tap("Продавец отказал")
    assert await current(me) == "route"
    await me.tap("Суд")
    assert await current(me) == "plaintiff_consent"
    await journey_on(me, "filed_on")
    assert "мировой судья" in me.said[-2]
    await me.tap("Сегодня")
    case = await stored(db)
    assert case.seller_answer == "refused"
    assert [e.route for e in case.escalations] == ["court"]
    assert case.escalations[0].filed_on is not None
    assert any(name.startswith("isk-ozon-12345678-0001") for name in sent_documents(me))


async def test_another_shop_names_itself(talk, db: Database) -> None:
    me = talk()

    async def other_shop(m) -> None:
        await m.tap("Другой интернет-магазин")

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
