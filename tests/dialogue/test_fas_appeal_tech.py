"""Issue 17 p. 8, 11 and 13 in the dialogue: the FAS complaint, the seller's form and
signatory, the technically complex goods' list are asked as the documents need them (the
documents: `tests/integration/test_fas_appeal_tech.py`)."""

from __future__ import annotations

import pytest

from bot.db import Database
from flows.case import (
    SellerForm,
)
from flows.problems import (
    ProblemId,
    TechCategory,
)
from tests.helpers import current, sent_documents, stored, walk, walk_seller


async def test_card_case_offers_no_fas_and_says_why(talk) -> None:
    me = talk()
    await walk(me, ProblemId.MISLEADING_AD, "route", {"ad_kind": lambda m: m.choose("card")})
    said = "\n".join(me.said)
    assert "поэтому жалобу в ФАС я предлагать не буду" in said
    assert "📣 ФАС" not in me.buttons
    assert "🏛 Роспотребнадзор" in me.buttons


@pytest.mark.backends
async def test_channel_ad_to_the_fas_in_the_dialogue(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.MISLEADING_AD, "route", {"ad_kind": lambda m: m.choose("outside")})
    await me.choose("fas")
    assert await current(me) == "ad_advertiser"
    await me.tap_key("btn-back")  # Back from a new question goes to the routes
    assert await current(me) == "route"
    await me.choose("fas")
    await me.say("ООО «Гаджет-Трейд», ИНН 7707083893")
    assert await current(me) == "ad_distributor"
    await me.say("Telegram-канал «Скидки дня», владелец — ИП Сидоров С. С.")
    assert await current(me) == "route_review"
    assert "Telegram-канал «Скидки дня»" in me.last
    await me.tap("✏️ Рекламодатель")  # the review's edit
    assert await current(me) == "ad_advertiser"
    await me.tap_key("btn-ad-unlabelled")
    assert await current(me) == "route_review"
    await me.choose("make")
    assert sent_documents(me)[-1].startswith("zhaloba-fas-")
    case = await stored(db)
    assert case.ad_unlabelled
    assert case.ad_advertiser is None
    await me.tap_key("btn-today")  # filed 21.11.2026
    assert "ФАС может продлить его ещё на месяц — до 21.01.2027" in me.said[-2]
    rows = await db.fetchall("SELECT kind, payload FROM reminders WHERE kind = 'state_body'")
    assert sorted('"fas"' in r["payload"] for r in rows) == [False, True]
    await me.move_clock("+31d")
    assert "Месяц на рассмотрение вашего заявления в ФАС истёк" in me.said[-1]
    await me.move_clock("+31d")
    assert "Даже продлённый срок" in me.said[-1]


@pytest.mark.backends
async def test_the_seller_is_asked_its_form_and_signatory(talk, db: Database) -> None:
    me = talk()
    await walk_seller(me, "review_quote")
    await me.say("это мошенник")  # not in the review
    assert "Таких слов в тексте отзыва нет" in me.said[-2]
    await me.say("продавец мошенник")
    await me.say("Ромашка")  # the name does not tell the form
    assert await current(me) == "shop_form"
    await me.choose("company")
    assert await current(me) == "signatory"
    await me.say("Генеральный директор Петров П. П.")
    assert await current(me) == "appeal_review"
    await me.choose("make")
    assert await current(me) == "appeal_ticket"
    # the seller's last step is the platform's answer, not "authorities and court" (p. 21)
    assert "Шаг 5 из 5 · Ответ площадки" in me.last
    case = await stored(db)
    assert case.seller_form is SellerForm.COMPANY
    assert case.review_quote == "продавец мошенник"


async def test_a_sole_traders_name_skips_the_form_question(talk, db: Database) -> None:
    me = talk()
    await walk_seller(me, "appeal_review")  # «ИП Смирнова А. В.»: no form, no signatory asked
    asked = "\n".join(me.said)
    assert "индивидуальный предприниматель или организация" not in asked
    assert (await stored(db)).seller_form is SellerForm.SOLE


async def test_not_sure_shows_the_list_and_the_person_decides(talk, db: Database) -> None:
    me = talk()
    await walk(me, ProblemId.DEFECTIVE, "tech_complex")
    assert len(me.buttons) <= 13  # the categories, "none", "not sure" (and Back)
    appliances = "🧺 Холодильник, стиральная, посудомоечная, сушильная машина, кофемашина"
    assert any(b.startswith(appliances) for b in me.buttons)
    await me.choose("unsure")
    assert await current(me) == "tech_list"
    assert "постановление Правительства РФ от 10.11.2011 № 924" in me.last
    assert "кофемашины" in me.last
    await me.choose("yes")
    case = await stored(db)
    assert case.tech_category is TechCategory.UNSURE
    assert case.tech_complex is True
