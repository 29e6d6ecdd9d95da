"""The lawsuit (issue 17 p. 15, 17, 19, 21): the defendant's address always, the court the person
named and the venue note of the court chosen, losses with what they were and their receipts, the
prepayment from the seller as well in a two-defendant suit, the signature with the body."""

from __future__ import annotations

import io
from decimal import Decimal

import pytest
from docx import Document as Docx
from pypdf import PdfReader

from bot.render.docx import render_docx
from bot.render.pdf import render_pdf
from flows import documents
from flows.case import InputError, Loss, Plaintiff, Seller, Venue, parse_court_name, parse_losses
from flows.claims import DocKind
from flows.documents import Document
from flows.law import Court
from flows.problems import Demand, ProblemId
from tests.helpers import in_court
from tests.integration.test_golden_documents import (
    CORE,
    EVIDENCE,
    TODAY,
    lawsuit_of,
    make_case,
    squash,
)

# -- p. 19: never without the defendant's address, no blanks with instructions -----------------


def test_no_lawsuit_without_the_sellers_address() -> None:
    case = in_court(make_case(ProblemId.DEFECTIVE, Demand.REFUND), TODAY)
    case.seller = Seller(name="ООО «Ромашка»", inn="7704217370", address="")
    with pytest.raises(ValueError, match="address"):
        documents.lawsuit(case, EVIDENCE, CORE, TODAY)
    case.seller = case.seller.model_copy(update={"address": "190000, г. Санкт-Петербург, д. 1"})
    text = documents.lawsuit(case, EVIDENCE, CORE, TODAY).text()
    assert squash("адрес: 190000, г. Санкт-Петербург, д. 1") in squash(text)


def test_no_lawsuit_against_yandex_market_without_its_address() -> None:
    """Yandex Market's data file has no confirmed address: the person gives it."""
    case = make_case(
        ProblemId.DEFECTIVE,
        Demand.REFUND,
        marketplace="yandex_market",
        seller=Seller(is_marketplace=True),
    )
    case = in_court(case, TODAY)
    with pytest.raises(ValueError, match="address"):
        documents.lawsuit(case, EVIDENCE, CORE, TODAY)
    case.marketplace_address = "119021, г. Москва, ул. Льва Толстого, д. 16"
    text = documents.lawsuit(case, EVIDENCE, CORE, TODAY).text()
    assert "ООО «Яндекс Маркет»" in text
    assert squash("адрес: 119021, г. Москва, ул. Льва Толстого, д. 16") in squash(text)


def test_no_lawsuit_without_the_court() -> None:
    case = make_case(ProblemId.DEFECTIVE, Demand.REFUND)
    with pytest.raises(ValueError, match="court"):
        documents.lawsuit(case, EVIDENCE, CORE, TODAY)
    # a magistrate's plot named, but the claim price needs a district court
    named = in_court(case, TODAY)
    named.court_level = Court.DISTRICT
    with pytest.raises(ValueError, match="level"):
        documents.lawsuit(named, EVIDENCE, CORE, TODAY)


def test_the_court_is_the_one_named_without_blanks() -> None:
    small = lawsuit_of(make_case(ProblemId.DEFECTIVE, Demand.REFUND))
    assert small.has("Мировому судье судебного участка № 5 Пресненского района г. Москвы")
    assert small.lacks("№ ____")
    big = lawsuit_of(make_case(ProblemId.RETURN, Demand.REFUND, price="1452000"))
    assert big.has("В Пресненский районный суд г. Москвы")
    assert big.lacks("В ______")


def test_without_consent_plain_lines_and_no_instruction() -> None:
    suit = lawsuit_of(
        make_case(ProblemId.DEFECTIVE, Demand.REFUND, plaintiff=Plaintiff(consent=False))
    )
    assert suit.lacks("дата и место рождения")
    assert suit.lacks("идентификатор")
    assert suit.lacks("СНИЛС")
    assert suit.has("Истец: Иванов Иван Иванович ______")


def test_court_names_are_read_for_their_level() -> None:
    assert parse_court_name("Судебный участок № 12 Тверского района", Court.MAGISTRATE) == (
        "№ 12 Тверского района"
    )
    assert parse_court_name("мировой судья судебного участка №3 г. Тулы", Court.MAGISTRATE) == (
        "№3 г. Тулы"
    )
    assert parse_court_name("в Кировский районный суд г. Перми", Court.DISTRICT) == (
        "Кировский районный суд г. Перми"
    )
    with pytest.raises(InputError, match="err-court-plot"):
        parse_court_name("Тверской район", Court.MAGISTRATE)
    with pytest.raises(InputError, match="err-court-name"):
        parse_court_name("Кировский район г. Перми", Court.DISTRICT)


# -- p. 17: the venue note follows the court chosen -----------------------------------------------

RESIDENCE = "(иск предъявляется по месту жительства (пребывания) истца: п. 2 ст. 17"
CONTRACT = "(иск предъявляется по месту заключения (исполнения) договора: п. 2 ст. 17"


@pytest.mark.parametrize("venue", list(Venue))
def test_the_venue_note_follows_the_choice(venue: Venue) -> None:
    case = in_court(make_case(ProblemId.DEFECTIVE, Demand.REFUND), TODAY, venue)
    text = squash(documents.lawsuit(case, EVIDENCE, CORE, TODAY).text())
    assert (squash(RESIDENCE) in text) is (venue is Venue.RESIDENCE)
    assert (squash(CONTRACT) in text) is (venue is Venue.CONTRACT)
    if venue is Venue.DEFENDANT:  # the general rule: no note at all
        assert squash("иск предъявляется") not in text


# -- p. 15: losses with what they were and their receipts -----------------------------------------

TWO_LOSSES = [
    Loss(what="диагностика в сервисном центре", amount=Decimal(1500)),
    Loss(what="доставка товара в сервис", amount=Decimal(600)),
]


def test_losses_are_stated_with_their_composition_and_receipts() -> None:
    suit = lawsuit_of(make_case(ProblemId.DEFECTIVE, Demand.REFUND, loss_items=TWO_LOSSES))
    assert suit.has(
        "убытки на общую сумму 2 100 (две тысячи сто) руб. 00 коп.: "
        "диагностика в сервисном центре — 1 500 (одна тысяча пятьсот) руб. 00 коп.; "
        "доставка товара в сервис — 600 (шестьсот) руб. 00 коп."
    )
    assert suit.has("п. 1 ст. 18 Закона РФ")
    assert suit.has("Документ об оплате: диагностика в сервисном центре — 1 500")
    assert suit.has("Документ об оплате: доставка товара в сервис — 600")
    assert suit.has("убытки в размере 2 100 (две тысячи сто) руб. 00 коп.")
    # claim price = 4 990 + 2 100 + 4 990 (capped penalty) = 12 080
    assert suit.has("Цена иска: 12 080")


def test_an_amount_without_its_composition_is_not_claimed() -> None:
    """An old case's lump sum (no items) is not put in a lawsuit: the dialogue asks again."""
    suit = lawsuit_of(make_case(ProblemId.DEFECTIVE, Demand.REFUND, losses=Decimal(1500)))
    assert suit.lacks("убытки")


def test_losses_are_read_one_a_line() -> None:
    items = parse_losses("диагностика в сервисном центре — 1 500\nтакси до сервиса: 450 руб.")
    assert [(i.what, i.amount) for i in items] == [
        ("диагностика в сервисном центре", Decimal("1500.00")),
        ("такси до сервиса", Decimal("450.00")),
    ]
    with pytest.raises(InputError, match="err-losses-format"):
        parse_losses("1500")
    with pytest.raises(InputError, match="err-losses-many"):
        parse_losses("а1 — 1\nб2 — 2\nв3 — 3\nг4 — 4")
    with pytest.raises(InputError, match="err-not-russian"):
        parse_losses("diagnostics at the service centre — 1500")


def test_two_defendants_prepayment_also_from_the_seller_losses_from_the_seller() -> None:
    """law-facts §1 ст. 12: the prepayment from the marketplace and, in the alternative, from the
    seller; the seller's ст. 23.1 penalty and losses stay the seller's."""
    case = make_case(ProblemId.NOT_DELIVERED, Demand.REFUND, loss_items=TWO_LOSSES[1:])
    suit = lawsuit_of(case)
    assert suit.has(
        "с ответчика 1, а в случае отказа в удовлетворении этого требования к ответчику 1 — "
        "с ответчика 2, сумму предварительной оплаты 4 990"
    )
    assert suit.has("с ответчика 2 убытки в размере 600")
    assert suit.has("действиями продавца — ответчика 2 — мне причинены убытки")
    assert suit.has("п. 2 ст. 23.1 Закона РФ «О защите прав потребителей»). ")
    assert suit.has("с ответчика 2 неустойку")


# -- p. 21: the signature stays with the body ------------------------------------------------------


def test_docx_keeps_the_last_paragraph_with_the_signature() -> None:

    doc = documents.lawsuit(
        in_court(make_case(ProblemId.DEFECTIVE, Demand.REFUND), TODAY), EVIDENCE, CORE, TODAY
    )
    paragraphs = [p for p in Docx(io.BytesIO(render_docx(doc))).paragraphs if p.text.strip()]
    sign = paragraphs[-1]
    assert "Иванов И. И." in sign.text
    before = paragraphs[-2]
    assert before.paragraph_format.keep_with_next
    assert before.paragraph_format.keep_together


def test_pdf_never_leaves_the_signature_alone_on_a_page() -> None:
    """Whatever the length of the body, the page with the signature carries the last line of
    the body too (issue 17 p. 21): the page break is swept across the end of the document."""
    for filler in range(30, 62):
        doc = Document(DocKind.LAWSUIT, "x")
        for n in range(filler):
            doc.add("paragraph", f"Абзац номер {n}.")
        doc.add("list", lines=["Копия иска", "Последнее приложение"])
        doc.add("signature", "«28» ноября 2026 г.          ____________ / Иванов И. И.")
        pages = PdfReader(io.BytesIO(render_pdf(doc))).pages
        last = pages[-1].extract_text()
        assert "Иванов" in last
        assert "Последнее приложение" in last, filler
