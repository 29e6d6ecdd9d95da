"""Documents read back: DOCX through python-docx, PDF text through pypdf."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from docx import Document as Docx
from pypdf import PdfReader

from bot.i18n import create_core
from bot.render.docx import render_docx
from bot.render.pdf import render_pdf
from flows import claims, documents, problems
from flows.case import Case, ClaimDelivery, Person, PoliceReport, Seller, SupportContact
from flows.documents import Evidence
from flows.problems import Route
from flows.schedule import penalty_to
from tests.helpers import in_court

CORE = create_core("ru")
TODAY = date(2026, 11, 21)
EVIDENCE = [Evidence("photo", None, "коробка со вмятиной"), Evidence("document", "чек.pdf", None)]


def make_case(problem: str, demand: str | None = None, **extra) -> Case:
    fields = {
        "id": 7,
        "owner_id": 1,
        "created_at": datetime(2026, 10, 1, tzinfo=UTC),
        "marketplace": "ozon",
        "problem": problem,
        "order_number": "12345678-0001",
        "ordered_on": date(2026, 10, 1),
        "promised_on": date(2026, 10, 10) if problem == "not_delivered" else None,
        "received_on": None if problem == "not_delivered" else date(2026, 10, 5),
        "item": "Смартфон Xiaomi Redmi Note 13",
        "price": Decimal("4990"),
        "prepaid": True,
        "seller": Seller(
            is_marketplace=False,
            name="ООО «Ромашка»",
            inn="7704217370",
            address="190000, г. Санкт-Петербург, Невский пр., д. 1",
        ),
        "support": SupportContact(
            channel="app_chat", written_on=date(2026, 10, 12), outcome="refused"
        ),
        "person": Person(
            full_name="Иванов Иван Иванович",
            address="123456, г. Москва, ул. Ленина, д. 1, кв. 2",
            phone="+79991234567",
            email="ivanov@mail.ru",
        ),
        "details": "не включается, экран мерцает",
        "fraud_kind": "counterfeit" if problem == "fraud" else None,
        "wrong_kind": "other_item" if problem == "wrong_item" else None,
        "ad_where": "баннер на главной странице Ozon" if problem == "misleading_ad" else None,
        "ad_seen_on": date(2026, 9, 28) if problem == "misleading_ad" else None,
        "ad_kind": "banner" if problem == "misleading_ad" else None,
        "demand": demand,
        "new_date": date(2026, 12, 5) if demand == "new_date" else None,
        "delivery": ClaimDelivery(method="post", delivered_on=date(2026, 10, 20)),
    }
    fields.update(extra)
    return Case(**fields)


def docx_text(data: bytes) -> str:
    doc = Docx(io.BytesIO(data))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in doc.paragraphs] + cells)


def pdf_text(data: bytes) -> str:
    return " ".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def squash(text: str) -> str:
    """Whitespace removed: a PDF line may break anywhere, even inside "</w:t>"."""
    return "".join(text.split())


def has(text: str, expected: str) -> bool:
    return squash(expected) in squash(text)


CLAIMS = [
    (p.id.value, d.value)
    for p in problems.CATALOGUE.values()
    for d in claims.allowed_demands(make_case(p.id.value))
]


@pytest.mark.parametrize(("problem", "demand"), CLAIMS)
def test_claim_for_every_problem_and_demand(problem: str, demand: str) -> None:
    case = make_case(problem, demand)
    doc = documents.claim(case, EVIDENCE, CORE, TODAY)
    for text in (docx_text(render_docx(doc)), pdf_text(render_pdf(doc))):
        assert has(text, "ПРЕТЕНЗИЯ") or has(text, "УВЕДОМЛЕНИЕ")
        assert has(text, "12345678-0001")
        assert has(text, "4 990 (четыре тысячи девятьсот девяносто) руб. 00 коп.")
        assert has(text, "от Иванова Ивана Ивановича")
        for article in claims.main_letter(case).basis:
            assert has(text, article.split("-", 1)[1]), article
        if demand == "new_date":
            assert has(text, "«5» декабря 2026 г.")
        else:
            assert has(text, "календарн")
        assert has(text, "коробка со вмятиной")
        assert has(text, "чек.pdf")
        # issue 17 p. 19: the template note is said in the chat, never inside a signed document
        assert not has(text, "не является юридической консультацией")
        assert has(text, "Иванов И. И.")


def test_prepaid_non_delivery_writes_the_sellers_notice_then_the_marketplaces_demand() -> None:
    notice, demand = documents.claim_letters(make_case("not_delivered", "refund"), [], CORE, TODAY)
    assert notice.blocks[0].lines[1] == "ООО «Ромашка»"
    assert has(notice.text(), "ст. 23.1")
    assert has(notice.text(), "0,5 %")
    assert demand.blocks[0].lines[1] == "ООО «Интернет Решения»"
    assert has(demand.text(), "ИНН 7704217370, ОГРН 1027739244741")
    assert has(demand.text(), "10 календарных дней")
    assert "0,5" not in demand.text()
    assert "неустойк" not in demand.text()
    other = documents.claim(make_case("defective", "refund"), [], CORE, TODAY).text()
    assert "ООО «Ромашка»" in other
    assert "(товар продан через маркетплейс Ozon)" in other


def test_deadline_days_follow_the_demand() -> None:
    assert (
        "7 календарных дней"
        in documents.claim(make_case("defective", "replacement"), [], CORE, TODAY).text()
    )
    assert (
        "45 календарных дней"
        in documents.claim(make_case("defective", "repair"), [], CORE, TODAY).text()
    )
    assert (
        "10 календарных дней"
        in documents.claim(make_case("defective", "price_cut"), [], CORE, TODAY).text()
    )


def test_special_characters_print_as_written() -> None:
    name = 'Иванов ] #set text(red) <b>&amp; "Пётр" {x} $y$ \\ *bold* _i_ @ref'
    case = make_case(
        "defective",
        "refund",
        person=Person(full_name=name, address="123456, а", phone="+79991234567"),
    )
    case.item = "Чехол </w:t> ]]> #let x = 1"
    doc = documents.claim(case, [Evidence("photo", None, "<script>")], CORE, TODAY)
    docx = docx_text(render_docx(doc))
    pdf = pdf_text(render_pdf(doc))
    for text in (docx, pdf):
        assert has(text, "Чехол </w:t> ]]> #let x = 1")
        assert has(text, "<script>")
    assert name in docx
    assert has(pdf, name)


@pytest.mark.parametrize(
    "route", [Route.ROSPOTREBNADZOR, Route.COURT, Route.POLICE, Route.PROSECUTOR, Route.FAS]
)
def test_escalation_documents(route: Route) -> None:
    # the FAS only hears an advertisement (law-facts §3 FAS); the prosecutor hears of the
    # police's silence only after their 3 days (issue 17 p. 12)
    # police and prosecutor are routes of fraud only (flows/claims.routes)
    police = route in (Route.POLICE, Route.PROSECUTOR)
    problem = "misleading_ad" if route is Route.FAS else "fraud" if police else "defective"
    report = PoliceReport(filed_on=date(2026, 11, 1))
    case = make_case(problem, "refund", seller_answer="refused", police=report)
    assert route in claims.routes(case)
    if route is Route.COURT:
        case = in_court(case, TODAY)
    doc = documents.for_route(route, case, EVIDENCE, CORE, TODAY)
    text = pdf_text(render_pdf(doc))
    assert has(text, "12345678-0001")
    # a lawsuit names the plaintiff in the nominative (ГПК ст. 131), letters say "от" + genitive
    name = "Иванов Иван Иванович" if route is Route.COURT else "от Иванова Ивана Ивановича"
    assert has(text, name)
    assert not has(text, "не является юридической консультацией")  # issue 17 p. 19
    expected = {
        Route.ROSPOTREBNADZOR: "30 дней",
        Route.COURT: "ИСКОВОЕ ЗАЯВЛЕНИЕ",
        Route.POLICE: "ст. 306 УК РФ",  # the warning every statement carries
        Route.PROSECUTOR: "ст. 124 УПК РФ",
        Route.FAS: "О рекламе",
    }[route]
    assert has(text, expected)


def test_lawsuit_penalty_table_is_hand_computed() -> None:
    # claim delivered 20.10.2026, 10 days -> due 30.10.2026; delay from 31.10 to 21.11 = 22 days
    # 4990 * 1 % * 22 = 1097.80
    case = make_case("defective", "refund")
    doc = documents.lawsuit(in_court(case, TODAY), [], CORE, TODAY)
    table = next(b for b in doc.blocks if b.type == "table")
    assert table.rows[1] == (
        "4\u00a0990",
        "1 %",
        "31.10.2026",
        "21.11.2026",
        "22",
        "1\u00a0097,80",
        "1\u00a0097,80",
    )
    text = doc.text()
    assert has(text, "Мировому судье")  # 4 990 + 1 097,80 < 100 000
    assert has(text, "Государственная пошлина: не уплачивается")
    assert has(text, "1 097 (одна тысяча девяносто семь) руб. 80 коп.")
    assert has(text, "штраф в размере 50 %")


def test_prepaid_penalty_hits_its_cap() -> None:
    case = make_case(
        "not_delivered",
        "refund",
        price=Decimal("1000"),
        promised_on=date(2026, 1, 1),
        ordered_on=date(2025, 12, 20),
        seller=Seller(is_marketplace=True),
    )
    line = penalty_to(case, TODAY)
    assert line.capped
    assert line.amount == Decimal("1000.00")
    assert (
        "ограничена суммой предварительной оплаты"
        in documents.lawsuit(in_court(case, TODAY), [], CORE, TODAY).text()
    )


def test_big_claims_go_to_the_district_court() -> None:
    case = make_case("defective", "refund", price=Decimal("150000"))
    assert "районный суд" in documents.lawsuit(in_court(case, TODAY), [], CORE, TODAY).text()


def test_chat_version_is_short_and_complete() -> None:
    text = documents.claim_chat(make_case("defective", "refund"), CORE, TODAY)
    assert len(text) < 4096
    assert has(text, "от Иванова Ивана Ивановича")
    assert has(text, "12345678-0001")
    assert has(text, "10 календарных дней")


def test_filenames() -> None:
    case = make_case("defective", "refund")
    assert documents.claim(case, [], CORE, TODAY).filename == "pretenziya-ozon-12345678-0001"
    assert (
        documents.lawsuit(in_court(case, TODAY), [], CORE, TODAY).filename
        == "isk-ozon-12345678-0001"
    )


def test_a_claim_cites_only_its_demands_deadline_article() -> None:
    def basis(demand: str) -> tuple[str, ...]:
        return claims.main_letter(make_case("defective", demand)).basis

    assert basis("refund") == ("zozpp-18", "zozpp-19", "zozpp-22", "zozpp-23")
    assert "zozpp-20" in basis("repair")
    assert "zozpp-22" not in basis("repair")
    text = documents.claim(make_case("defective", "replacement"), [], CORE, TODAY).text()
    assert has(text, "ст. 18, 19, 21, 23 Закона РФ")


def test_a_technically_complex_items_switch_after_a_late_repair_states_its_ground() -> None:
    """For technically complex goods after 15 days the missed repair term is itself the ground
    of a refund (law-facts §1 «Repair delay = penalty»): the lawsuit that switches says so
    (the lawyer's re-check of issue 20, N4); an item that is not complex needs no such line."""
    late = date(2026, 12, 20)  # the claim delivered 20.10.2026: 45 days ran out on 04.12
    ground = "Товар является технически сложным; установленный законом срок устранения"
    for complex_item in (True, False):
        case = make_case("defective", "repair")
        case.tech_complex = complex_item
        text = documents.for_route(Route.COURT, in_court(case, late), [], CORE, late).text()
        assert "я избираю иное требование" in text
        assert (ground in text) is complex_item
