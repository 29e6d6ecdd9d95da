"""Issue 17: a statement of fact is true on the day the document is dated; the marketplace's
refund demand has its own date and 10 days; a state body's term is not moved; nothing meant
for the person in a signed document; names, quotes and script as a lawyer writes them; the
routes come back after «⏭ Пропустить» at "When did you file it?"."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.i18n import create_core
from flows import claims, documents
from flows.case import (
    Case,
    ClaimDelivery,
    InputError,
    Person,
    Seller,
    SellerAnswer,
    latin_sentence,
    parse_text,
)
from flows.documents.writer import entity_name, nest_quotes
from flows.law import DeadlineKind, deadline
from flows.names import genitive, grammar, initials
from flows.problems import Demand, ProblemId
from flows.schedule import Standing, demand_status, marketplace_deadline
from tests.depth import examples

CORE = create_core("ru")


def _case(**extra: object) -> Case:
    fields: dict[str, object] = {
        "id": 5,
        "owner_id": 1,
        "created_at": datetime(2026, 11, 1, tzinfo=UTC),
        "marketplace": "ozon",
        "problem": ProblemId.DEFECTIVE,
        "order_number": "12345678-0001",
        "ordered_on": date(2026, 11, 1),
        "received_on": date(2026, 11, 5),
        "item": "Смартфон",
        "price": Decimal(4990),
        "prepaid": True,
        "seller": Seller(name="ООО «Ромашка»", inn="7704217370", address="190000, г. СПб"),
        "details": "не включается",
        "person": Person(
            full_name="Петрова Анна Сергеевна",
            address="123456, г. Москва, ул. Ленина, д. 1",
            phone="+79991234567",
        ),
        "demand": Demand.REFUND,
        "delivery": ClaimDelivery(method="chat", delivered_on=date(2026, 11, 20)),
    }
    fields.update(extra)
    return Case(**fields)  # type: ignore[arg-type]


# -- p. 1: the standing of a demand, and what documents say of it ------------------------------


@settings(max_examples=examples(300), deadline=None)
@given(
    delivered=st.dates(date(2026, 1, 1), date(2027, 6, 1)),
    offset=st.integers(-5, 60),
    refused=st.booleans(),
)
def test_a_demand_is_missed_only_after_its_last_day(
    delivered: date, offset: int, refused: bool
) -> None:
    case = _case(
        delivery=ClaimDelivery(method="chat", delivered_on=delivered),
        seller_answer=SellerAnswer.REFUSED if refused else None,
    )
    on = delivered + timedelta(days=offset)
    status = demand_status(case, claims.main_letter(case), on)
    due = deadline(DeadlineKind.ANSWER_MONEY, delivered).due
    if on < delivered:
        assert status.standing is Standing.UNSENT
    elif refused:
        assert status.standing is Standing.REFUSED
    else:
        assert status.standing is (Standing.MISSED if on > due else Standing.RUNNING)
        assert status.due == due


def test_the_complaint_says_the_period_runs_until_it_has_run() -> None:
    # 20.11.2026 + 10 days = 30.11.2026 (Monday)
    case = _case()
    before = documents.rospotrebnadzor(case, [], CORE, date(2026, 11, 21)).text()
    assert "Срок удовлетворения требования истекает «30» ноября 2026" in before.replace(
        "\u00a0", " "
    )
    assert "не удовлетворено" not in before
    on_the_day = documents.rospotrebnadzor(case, [], CORE, date(2026, 11, 30)).text()
    assert "истекает" in on_the_day
    after = documents.rospotrebnadzor(case, [], CORE, date(2026, 12, 1)).text()
    assert "истёк «30» ноября 2026" in after.replace("\u00a0", " ")
    assert "требование не удовлетворено" in after


def test_a_refusal_is_said_whatever_the_date() -> None:
    case = _case(seller_answer=SellerAnswer.REFUSED)
    text = documents.rospotrebnadzor(case, [], CORE, date(2026, 11, 21)).text()
    assert "Продавец отказал в удовлетворении требования" in text


# -- p. 2: the marketplace's demand: its own date, 10 days, never a blank ---------------------


def _not_delivered(**extra: object) -> Case:
    return _case(
        problem=ProblemId.NOT_DELIVERED,
        received_on=None,
        promised_on=date(2026, 11, 10),
        seller=Seller(name="ООО «Ромашка»", inn="7704217370", address="190000, г. СПб"),
        **extra,
    )


def test_the_marketplace_demand_has_its_own_ten_days() -> None:
    case = _not_delivered(
        marketplace_delivery=ClaimDelivery(method="chat", delivered_on=date(2026, 11, 23))
    )
    assert claims.marketplace_refunds(case)
    period = marketplace_deadline(case)
    assert period is not None
    assert period.due == date(2026, 12, 3)  # 23.11 + 10, a Thursday
    market = claims.letters(case)[1]
    assert demand_status(case, market, date(2026, 12, 3)).standing is Standing.RUNNING
    assert demand_status(case, market, date(2026, 12, 4)).standing is Standing.MISSED
    text = documents.rospotrebnadzor(case, [], CORE, date(2026, 11, 25)).text()
    flat = text.replace("\u00a0", " ")
    assert "«23» ноября 2026 г. владельцу агрегатора" in flat
    assert "истекает «3» декабря 2026" in flat
    assert "20___" not in text
    assert "не вернувшем" not in text


def test_without_its_date_the_marketplace_demand_is_said_to_be_on_its_way() -> None:
    text = documents.rospotrebnadzor(_not_delivered(), [], CORE, date(2026, 11, 25)).text()
    assert "направляется владельцу агрегатора" in text
    assert "20___" not in text


# -- p. 9: a state body's 30 days are not moved under ГК ст. 193 ------------------------------


def test_a_state_bodys_term_ends_on_its_day_even_a_day_off() -> None:
    # registered within 3 days (05.11), + 30 = 05.12.2026, a Saturday: not moved
    period = deadline(DeadlineKind.STATE_BODY, date(2026, 11, 2))
    assert period.due == date(2026, 12, 5)
    assert not period.moved


# -- p. 19: nothing meant for the person inside a signed document ------------------------------


def test_no_drafting_hint_in_a_letter_or_complaint() -> None:
    case = _case(seller=Seller(name="Ромашка"), marketplace="wildberries")
    for doc in [
        *documents.claim_letters(case, [], CORE, date(2026, 11, 21)),
        documents.rospotrebnadzor(case, [], CORE, date(2026, 11, 21)),
    ]:
        text = doc.text()
        hints = ("(указан", "не подтвержден", "по открытым данным", "консультацией", "(субъект")
        for hint in hints:
            assert hint not in text, (doc.kind, hint)


# -- p. 20: Russian text in documents ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "latin"),
    [
        ("the screen flickers and goes off", True),
        ("screen broken", True),
        ("экран мерцает и гаснет", False),
        ("Смартфон Xiaomi Redmi Note 13 Pro", False),
        ("iPhone 15 не заряжается", False),
        ("Samsung Galaxy S24 Ultra", False),
    ],
)
def test_a_sentence_in_latin_script_is_told_from_names_and_brands(text: str, latin: bool) -> None:
    assert latin_sentence(text) is latin


def test_a_text_for_a_document_must_be_russian() -> None:
    with pytest.raises(InputError) as caught:
        parse_text("it does not switch on", limit=100, russian=True)
    assert caught.value.key == "err-not-russian"
    assert parse_text("it does not switch on", limit=100) == "it does not switch on"


def test_an_english_caption_stays_out_of_the_attachments() -> None:
    evidence = [
        documents.Evidence("photo", None, "the box was crushed"),
        documents.Evidence("photo", None, "фото чека"),
    ]
    text = documents.claim(_case(), evidence, CORE, date(2026, 11, 21)).text()
    assert "crushed" not in text
    assert "Фото чека" in text  # p. 21: not «Фото: фото чека»
    assert "Фото: фото" not in text


# -- p. 21: names, signatures, quotes ----------------------------------------------------------


def test_turkic_patronymics_decline_and_sign_right() -> None:
    assert genitive("Мамедова Лейла Рашид кызы") == "Мамедовой Лейлы Рашид кызы"
    assert initials("Мамедова Лейла Рашид кызы") == "Мамедова Л. Р."
    assert grammar("Мамедова Лейла Рашид кызы").value == "f"
    assert genitive("Алиев Эльчин Ильхам оглы") == "Алиева Эльчина Ильхам оглы"
    assert initials("Алиев Эльчин Ильхам оглы") == "Алиев Э. И."


def test_a_foreign_name_signs_with_the_surname_the_person_chose() -> None:
    assert initials("Smith John", "Smith") == "J. Smith"
    assert initials("John Smith", "Smith") == "J. Smith"
    case = _case(person=Person(full_name="Smith John", surname="Smith", grammar="m"))
    assert "J. Smith" in documents.claim(case, [], CORE, date(2026, 11, 21)).text()


@pytest.mark.parametrize(
    ("name", "written"),
    [
        ("ИП Петренко И. С.", "ИП Петренко И. С."),
        ("ООО Ромашка", "ООО «Ромашка»"),
        ("ООО «Ромашка»", "ООО «Ромашка»"),
        ("Техномаркет", "«Техномаркет»"),
    ],
)
def test_a_sole_trader_is_written_without_quotes(name: str, written: str) -> None:
    assert entity_name(name) == written


def test_quotes_inside_quotes_are_low_ones() -> None:
    assert nest_quotes("товар «Чайник «Bork» K810»") == "товар «Чайник „Bork“ K810»"
    assert entity_name('ООО "Ромашка"') == "ООО «Ромашка»"
    text = documents.claim(_case(item="Чайник «Bork» K810"), [], CORE, date(2026, 11, 21)).text()
    assert "«Чайник „Bork“ K810»" in text
