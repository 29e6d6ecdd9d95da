"""The lawsuit in the dialogue (issue 17 p. 15, 17, 19, 21): the skipped address, the court
and the losses are asked before a lawsuit is made (the documents themselves:
`tests/integration/test_docs_suit.py`)."""

from __future__ import annotations

import io

import pytest
from docx import Document as Docx

from bot.db import Database
from flows.case import Venue
from flows.problems import ProblemId
from tests.helpers import Talk, current, journey_on, sent_documents, stored, walk
from tests.integration.test_docs_suit import CONTRACT
from tests.integration.test_golden_documents import (
    squash,
)

# -- the dialogue: the address asked again, the court chosen and named, the losses itemised ------


@pytest.mark.backends
async def test_the_court_route_asks_the_skipped_address_the_court_and_the_losses(
    talk, db: Database, tmp_path
) -> None:
    me = talk()

    async def skip(m: Talk) -> None:
        await m.tap_key("btn-skip")

    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer", {"seller_address": skip})
    assert (await stored(db)).seller.address == ""
    await me.choose("refused")
    await me.choose("court")
    await journey_on(me, "losses")
    await me.say("диагностика в сервисном центре — 1500\nдоставка товара в сервис — 600")
    # p. 19: the seller's address, skipped at the claim, is asked again — and cannot be skipped
    assert await current(me) == "defendant_address"
    assert "egrul.nalog.ru" in me.last
    assert "7707083893" in me.last  # the seller's ИНН to look it up by
    assert await me.text("btn-skip") not in me.buttons
    await me.say("Невский проспект, дом 1")
    assert await current(me) == "defendant_address"  # no postcode: asked again
    await me.say("190000, г. Санкт-Петербург, Невский пр., д. 1")
    # p. 17: the court chosen, then named at its level
    assert await current(me) == "venue"
    await me.choose("contract")
    assert await current(me) == "court_name"
    assert "мировому судье" in me.last
    await me.say("Тверской район")
    assert await current(me) == "court_name"
    await me.say("судебный участок № 5 Пресненского района г. Москвы")
    assert await current(me) == "route_review"
    assert "Невский пр., д. 1" in me.last
    assert "доставка товара в сервис" in me.last
    await me.choose("make")
    case = await stored(db)
    assert case.venue is Venue.CONTRACT
    assert case.court_name == "№ 5 Пресненского района г. Москвы"
    name = next(f for f in sent_documents(me) if f.startswith("isk-") and f.endswith(".docx"))
    paragraphs = Docx(io.BytesIO((tmp_path / "out" / name).read_bytes())).paragraphs
    text = squash("\n".join(p.text for p in paragraphs))
    assert squash("Мировому судье судебного участка № 5 Пресненского района г. Москвы") in text
    assert squash(CONTRACT) in text
    assert squash("адрес: 190000, г. Санкт-Петербург, Невский пр., д. 1") in text
    assert squash("Документ об оплате: доставка товара в сервис — 600") in text


@pytest.mark.backends
async def test_the_review_cannot_make_a_lawsuit_without_an_address(talk, db: Database) -> None:
    """Even when the address is cleared afterwards, «Составить» leads to the question first."""
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.choose("refused")
    await me.choose("court")
    await journey_on(me, "route_review")
    case = await stored(db)
    case.seller = case.seller.model_copy(update={"address": ""})
    await db.execute("UPDATE cases SET data = ? WHERE id = ?", (case.model_dump_json(), case.id))
    await me.choose("make")
    assert await current(me) == "defendant_address"
    assert not [f for f in sent_documents(me) if f.startswith("isk-")]


@pytest.mark.backends
async def test_yandex_markets_address_is_asked_for_a_lawsuit_against_it(talk, db: Database) -> None:
    """Its data file has no confirmed address: the person gives it, told where to find it."""
    me = talk()

    async def yandex(m: Talk) -> None:
        await m.choose("yandex_market")

    async def number(m: Talk) -> None:
        await m.say("123456789")

    async def itself(m: Talk) -> None:
        await m.choose("marketplace")

    overrides = {"marketplace": yandex, "order_number": number, "seller_kind": itself}
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer", overrides)
    await me.choose("refused")
    await me.choose("court")
    await journey_on(me, "marketplace_address")
    assert "ООО «Яндекс Маркет»" in me.last
    assert "9704254424" in me.last
    assert await me.text("btn-skip") not in me.buttons
    await me.say("119021, г. Москва, ул. Льва Толстого, д. 16")
    assert await current(me) == "venue"
    await journey_on(me, "filed_on")
    case = await stored(db)
    assert case.marketplace_address == "119021, г. Москва, ул. Льва Толстого, д. 16"
    assert [f for f in sent_documents(me) if f.startswith("isk-")]


@pytest.mark.backends
async def test_another_venue_asks_the_court_again(talk, db: Database) -> None:
    """Edited from the review, another venue is another court: its name is asked before the
    review comes back; Back from the court's name leads to the venue."""
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "awaiting_answer")
    await me.choose("refused")
    await me.choose("court")
    await journey_on(me, "court_name")
    await me.tap_key("btn-back")
    assert await current(me) == "venue"
    await journey_on(me, "route_review")
    await me.choose("e.venue")
    await me.choose("defendant")
    assert await current(me) == "court_name"
    assert "адрес ответчика" in me.last
    await me.say("№ 7 Тверского района г. Москвы")
    assert await current(me) == "route_review"
    case = await stored(db)
    assert case.venue is Venue.DEFENDANT
    assert case.court_name == "№ 7 Тверского района г. Москвы"
