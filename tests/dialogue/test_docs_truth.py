"""Issue 17 in the dialogue: the bot asks the dates and names its documents need, the routes
come back after «⏭ Пропустить», English speakers still write the document in Russian (the
documents' truth itself: `tests/unit/test_docs_truth.py`)."""

from __future__ import annotations

import json
from datetime import date

import pytest

from bot.db import Database
from flows.problems import ProblemId, Route
from tests.helpers import current, sent_documents, stored, walk


async def test_the_bot_asks_when_the_marketplace_received_its_demand(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.NOT_DELIVERED, "marketplace_delivered_on")
    assert "маркетплейс получил требование" in me.said[-1]
    await me.say("19.10.2026")  # before the seller's notice (20.10): refused, asked again
    assert "после уведомления продавцу" in me.said[-2]
    assert await current(me) == "marketplace_delivered_on"
    await me.say("22.10.2026")
    assert any("01.11.2026" in s for s in me.said[-3:])  # 22.10 + 10 = 01.11 (Sunday)
    case = await stored(db)
    assert case.marketplace_delivery.delivered_on == date(2026, 10, 22)
    rows = await db.fetchall("SELECT kind, payload FROM reminders WHERE status = 'pending'")
    due = {json.loads(r["payload"]).get("due") for r in rows if r["kind"] == "marketplace_deadline"}
    assert due == {"2026-11-02"}  # a civil period: moved off Sunday to Monday (ГК ст. 193)


async def test_the_template_note_comes_with_the_file_in_the_chat(talk) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "delivery_method")
    captions = [s.method.caption for s in me.session.log if s.name == "SendDocument"]
    assert any("не является юридической консультацией" in (c or "") for c in captions)


async def test_the_english_interface_asks_the_defect_in_russian(talk) -> None:
    me = talk(language="en")

    async def english(m) -> None:
        await m.say("the screen flickers and goes off")
        assert "in Russian" in m.said[-2]
        assert await current(m) == "details"
        await m.say("экран мерцает и гаснет")

    await walk(me, ProblemId.DEFECTIVE, "price", {"details": english})


async def test_a_latin_name_asks_which_word_is_the_surname(talk, db: Database) -> None:
    me = talk()

    async def foreign(m) -> None:
        await m.say("John Smith")

    await walk(me, ProblemId.DEFECTIVE, "surname", {"full_name": foreign})
    assert "фамилия" in me.said[-1]
    await me.choose("Smith")
    case = await stored(db)
    assert case.person.surname == "Smith"


# -- the flow: «⏭ Пропустить» at "When did you file it?" ------------------------------------


async def test_skipping_the_filing_date_brings_the_routes_back(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.choose("refused")
    await me.choose(Route.ROSPOTREBNADZOR.value)
    assert await current(me) == "filed_on"
    await me.tap_key("btn-skip")
    assert await current(me) is None
    case = await stored(db)
    assert case.question == "route"
    await me.say("/cases")
    await me.tap("№")
    await me.tap_key("btn-continue")
    assert await current(me) == "route"
    assert any("Роспотребнадзор" in b and "📮" in b for b in me.buttons)
    assert not any(b.startswith("🏛") and "Роспотребнадзор" in b for b in me.buttons)
    await me.tap("📮")
    assert await current(me) == "filed_on"
    await me.tap_key("btn-today")
    case = await stored(db)
    assert case.escalations[0].filed_on is not None
    assert await current(me) == "route"
    assert not any("Роспотребнадзор" in b for b in me.buttons)  # filed: not offered again
    assert sent_documents(me)


# -- the "Done when": a courier theft escalated to the police the day after the claim ----


@pytest.mark.parametrize("language", ["ru", "en"])
async def test_courier_theft_to_the_police_the_day_after_the_claim(
    talk, clock, language: str, tmp_path
) -> None:
    """Through the dialogue, in both languages: the statement (Russian, whatever the interface)
    states no missed deadline and no «мне причинён ущерб» (issue 17 p. 1, 3)."""
    from docx import Document as Docx

    me = talk(language=language)

    async def courier(m) -> None:
        await m.choose("courier_theft")

    async def delivered_yesterday(m) -> None:
        await m.tap_key("btn-yesterday")

    await walk(
        me,
        ProblemId.FRAUD,
        "awaiting_answer",
        {
            "fraud_kind": courier,
            "delivered_on": delivered_yesterday,
            "marketplace_delivered_on": delivered_yesterday,
        },
    )
    await me.choose("escalate")
    await me.choose(Route.POLICE.value)
    for _ in range(6):  # the department, the review: whatever the police route asks
        qid = await current(me)
        if qid == "filed_on":
            break
        if qid == "police_department":
            await me.say("ОМВД России по району Хамовники г. Москвы")
        else:
            await me.choose("make")
    names = [n for n in sent_documents(me) if n.startswith("zayavlenie-policiya")]
    assert names, sent_documents(me)
    path = tmp_path / "out" / names[0]
    text = "\n".join(p.text for p in Docx(str(path)).paragraphs).replace("\u00a0", " ")
    assert "причинён ущерб" not in text
    assert "истекает" in text
    assert "истёк" not in text
    assert "не удовлетвор" not in text
    assert "принадлежащего продавцу" in text
