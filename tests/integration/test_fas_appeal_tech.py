"""Issue 17 p. 8 (the FAS complaint), p. 11 (the seller's appeal) and p. 13 (technically
complex goods): the documents read back from DOCX and PDF, the domain's decisions, and the
dialogue that asks for what they need (law-facts §1 ст. 18, §3 FAS, §7)."""

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
from flows import claims, documents, schedule
from flows.case import (
    Case,
    ClaimDelivery,
    Escalation,
    Person,
    Review,
    Seller,
    SellerForm,
    SupportContact,
)
from flows.documents import Document
from flows.law import ARTICLES, DeadlineKind, deadline
from flows.problems import (
    ROUTE_DEADLINE,
    AdKind,
    Demand,
    ProblemId,
    Route,
    TechCategory,
    TechGround,
)
from flows.reviews import find_quote, form_from_name, inner_quotes, shop_display
from tests.helpers import in_court

CORE = create_core("ru")
TODAY = date(2026, 11, 28)


def squash(text: str) -> str:
    return "".join(text.replace("\u00a0", " ").split())


class Read:
    """A document's text as built, from DOCX and from PDF."""

    def __init__(self, doc: Document) -> None:
        docx = Docx(io.BytesIO(render_docx(doc)))
        pdf = PdfReader(io.BytesIO(render_pdf(doc)))
        self.texts = (
            doc.text(),
            "\n".join(p.text for p in docx.paragraphs),
            " ".join(page.extract_text() for page in pdf.pages),
        )

    def has(self, phrase: str) -> bool:
        return all(squash(phrase) in squash(t) for t in self.texts)

    def lacks(self, phrase: str) -> bool:
        return all(squash(phrase) not in squash(t) for t in self.texts)


def buyer(problem: ProblemId, **extra: object) -> Case:
    fields: dict[str, object] = {
        "id": 3,
        "owner_id": 1,
        "created_at": datetime(2026, 10, 1, tzinfo=UTC),
        "marketplace": "ozon",
        "problem": problem,
        "order_number": "12345678-0001",
        "ordered_on": date(2026, 10, 1),
        "received_on": date(2026, 10, 5),
        "item": "Смартфон Xiaomi Redmi Note 13",
        "price": Decimal(4990),
        "prepaid": True,
        "seller": Seller(name="ООО «Ромашка»", inn="7704217370", address="190000, г. СПб, д. 1"),
        "details": "в рекламе заявлено 8 ГБ памяти, на деле 4 ГБ",
        "support": SupportContact(channel="app_chat", written_on=date(2026, 10, 6)),
        "person": Person(
            full_name="Иванов Иван Иванович",
            address="123456, г. Москва, ул. Ленина, д. 1, кв. 2",
            phone="+79991234567",
        ),
        "demand": Demand.REFUND,
        "delivery": ClaimDelivery(method="post", delivered_on=date(2026, 10, 20)),
    }
    if problem is ProblemId.MISLEADING_AD:
        fields |= {"ad_where": "Telegram-канал «Скидки дня»", "ad_seen_on": date(2026, 9, 28)}
    fields.update(extra)
    return Case(**fields)


# -- p. 8: the FAS -----------------------------------------------------------------------------


@pytest.mark.parametrize("kind", [None, AdKind.CARD])
def test_a_product_card_is_no_fas_route(kind: AdKind | None) -> None:
    """law-facts §3 FAS: a card or search results are not an ad — no FAS, no complaint."""
    case = buyer(ProblemId.MISLEADING_AD, ad_kind=kind)
    assert Route.FAS not in claims.routes(case)
    assert Route.ROSPOTREBNADZOR in claims.routes(case)
    with pytest.raises(ValueError, match="no FAS complaint"):
        documents.fas(case, [], CORE, TODAY)


@pytest.mark.parametrize("kind", [k for k in AdKind if k is not AdKind.CARD])
def test_a_real_ad_goes_to_the_fas(kind: AdKind) -> None:
    assert Route.FAS in claims.routes(buyer(ProblemId.MISLEADING_AD, ad_kind=kind))


def test_a_channel_ad_names_the_advertiser_and_the_distributor() -> None:
    """38-ФЗ ст. 3: the advertiser as the label names it, the distributor is the channel — not
    the marketplace; ст. 5 ч. 3, ст. 38, КоАП 14.3 ч. 1; no drafting hint."""
    case = buyer(
        ProblemId.MISLEADING_AD,
        ad_kind=AdKind.OUTSIDE,
        ad_advertiser="Реклама. ООО «Гаджет-Трейд», ИНН 7707083893.",
        ad_distributor=(
            "Telegram-канал «Скидки дня» (t.me/skidki_dnya), владелец — ИП Сидоров С. С."
        ),
    )
    fas = Read(documents.fas(case, [], CORE, TODAY))
    assert fas.has(
        "Рекламодатель (п. 5 ст. 3 Федерального закона «О рекламе») — лицо, указанное в пометке "
        "«Реклама» (маркировке) этой рекламы: ООО «Гаджет-Трейд», ИНН 7707083893."
    )
    assert fas.has(
        "Рекламораспространитель (п. 7 ст. 3 Федерального закона «О рекламе») — лицо, "
        "распространившее рекламу: Telegram-канал «Скидки дня» (t.me/skidki_dnya), владелец — "
        "ИП Сидоров С. С."
    )
    assert fas.has("Продавец товара: ООО «Ромашка»")
    assert fas.lacks("Интернет Решения")  # the marketplace did not publish it
    assert fas.has("(ч. 3 ст. 5 Федерального закона от 13.03.2006 № 38-ФЗ «О рекламе»)")
    assert fas.has("ответственность несёт рекламодатель (ст. 38 Федерального закона «О рекламе»)")
    assert fas.has("по ч. 1 ст. 14.3 Кодекса РФ об административных правонарушениях")
    assert fas.has("признать рекламу ненадлежащей")
    assert fas.lacks("указывается в маркировке")
    assert fas.lacks("59-ФЗ")


def test_an_unlabelled_banner_the_marketplace_published() -> None:
    """A banner in the platform's own app: the platform distributed it; no label, so the
    advertiser is the seller of the goods (law-facts §3 FAS «Who is who»)."""
    case = buyer(ProblemId.MISLEADING_AD, ad_kind=AdKind.BANNER, ad_unlabelled=True)
    fas = Read(documents.fas(case, [], CORE, TODAY))
    assert fas.has("лицо, разместившее рекламу на своей площадке: ООО «Интернет Решения»")
    assert fas.has("продавец рекламируемого товара: ООО «Ромашка»")
    assert fas.has("Пометки «Реклама» с указанием рекламодателя в рекламе нет.")
    assert fas.lacks("Продавец товара:")  # said once, as the advertiser


def test_the_fas_term_is_a_month_and_one_more() -> None:
    """ПП № 1922 rules: a month from receipt, extendable by one; not 59-ФЗ, not moved."""
    assert ROUTE_DEADLINE[Route.FAS] is DeadlineKind.FAS
    month = deadline(DeadlineKind.FAS, date(2026, 12, 3))
    assert (month.due, month.lead, month.moved) == (date(2027, 1, 3), 0, False)  # a Sunday
    assert month.article == "pp1922-rules"
    assert month.article in ARTICLES
    two = deadline(DeadlineKind.FAS_EXTENDED, date(2026, 12, 3))
    assert two.due == date(2027, 2, 3)
    filed = buyer(
        ProblemId.MISLEADING_AD,
        ad_kind=AdKind.MARKED,
        escalations=[Escalation(route=Route.FAS, prepared_on=TODAY, filed_on=date(2026, 12, 3))],
    )
    assert [d.kind for d in schedule.state_bodies(filed)] == [
        DeadlineKind.FAS,
        DeadlineKind.FAS_EXTENDED,
    ]
    assert "59-ФЗ" not in CORE.get("route-about-fas", "ru")
    assert "в течение месяца" in CORE.get("route-about-fas", "ru")


# -- p. 11: the seller's appeal ----------------------------------------------------------------


def seller_case(shop: str, form: SellerForm | None, **extra: object) -> Case:
    fields: dict[str, object] = {
        "id": 5,
        "owner_id": 1,
        "path": "seller",
        "created_at": datetime(2026, 11, 1, tzinfo=UTC),
        "marketplace": "ozon",
        "review": Review(
            sku="123456789",
            published_on=date(2026, 11, 15),
            rating=1,
            text="Продавец — вор, подсунул «восстановленный» телефон! Не берите.",
            author="Василий",
        ),
        "signals": {"profile": "yes", "content": "yes"},
        "rules": ["crime_accusation", "false_statements"],
        "shop_name": shop,
        "seller_form": form,
    }
    fields.update(extra)
    return Case(**fields)


def test_a_sole_trader_appeals_under_point_1_and_signs_itself() -> None:
    case = seller_case("ИП «Петренко И. С.»", SellerForm.SOLE, review_quote="Продавец — вор")
    appeal = Read(documents.appeal(case, [], CORE, TODAY))
    assert appeal.has("(п. 1 ст. 152 ГК РФ)")
    assert appeal.lacks("п. 11")
    assert appeal.lacks("п. 1, 11")
    assert appeal.has("от продавца: ИП Петренко И. С.")  # no quotation marks for an ИП
    assert appeal.lacks("ИП «")
    assert appeal.has("____________ / ИП Петренко И. С.")
    assert appeal.lacks("должность")
    # the review's own words, never the template's «мошенник»; inner quotes „…“
    assert appeal.has("утверждение о совершении продавцом преступления: «Продавец — вор»")
    assert appeal.lacks("мошенник")
    assert appeal.has("подсунул „восстановленный“ телефон")
    assert appeal.has("телефон! Не берите».")
    assert appeal.lacks("Не берите.»")
    assert Read(documents.appeal(case, [], CORE, TODAY)).texts[0].count("«Продавец — вор»") == 1


def test_a_company_appeals_under_points_1_and_11_and_its_signatory_signs() -> None:
    case = seller_case(
        "ООО «Ромашка»", SellerForm.COMPANY, signatory="Генеральный директор Петров П. П."
    )
    appeal = Read(documents.appeal(case, [], CORE, TODAY))
    assert appeal.has("(п. 1, 11 ст. 152 ГК РФ)")
    assert appeal.has("от продавца: ООО «Ромашка»")
    assert appeal.has("____________ / Генеральный директор Петров П. П.")
    assert appeal.has("(текст отзыва приведён выше)")  # no words marked: the quoted review
    assert appeal.lacks("(должность")
    unsigned = seller_case("ООО «Ромашка»", SellerForm.COMPANY, signatory_skipped=True)
    text = Read(documents.appeal(unsigned, [], CORE, TODAY))
    assert text.has("____________ / ______________")
    assert text.lacks("(должность")
    assert text.lacks("фамилия и инициалы")


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("ИП Петренко И. С.", SellerForm.SOLE),
        ("Индивидуальный предприниматель Петренко Игорь Семёнович", SellerForm.SOLE),
        ("ООО «Ромашка»", SellerForm.COMPANY),
        ('АО "Техно"', SellerForm.COMPANY),
        ("Ромашка", None),
        ("ИПОТЕКА-ЦЕНТР", None),
        ("Аомори", None),
    ],
)
def test_the_legal_form_is_read_from_the_name_only_when_it_tells(
    name: str, form: SellerForm | None
) -> None:
    assert form_from_name(name) is form


def test_names_and_quotes_as_russian_documents_write_them() -> None:
    assert shop_display("ИП «Петренко И. С.»", SellerForm.SOLE) == "ИП Петренко И. С."
    assert shop_display("Петренко И. С.", SellerForm.SOLE) == "ИП Петренко И. С."
    assert shop_display("ООО «Ромашка»", SellerForm.COMPANY) == "ООО «Ромашка»"
    assert shop_display("Ромашка", SellerForm.COMPANY) == "«Ромашка»"
    assert inner_quotes('это "подделка" и «брак»') == "это „подделка“ и „брак“"
    assert find_quote("Продавец —  вор, подсунул", "продавец — вор") == "Продавец — вор"
    assert find_quote("Продавец — вор", "мошенник") is None


# -- p. 13: technically complex goods ----------------------------------------------------------


def test_the_category_decides_and_not_sure_decides_nothing() -> None:
    assert claims.tech_complex_of(TechCategory.APPLIANCE) is True
    assert claims.tech_complex_of(TechCategory.WATCH) is True
    assert claims.tech_complex_of(TechCategory.NOT_LISTED) is False
    assert claims.tech_complex_of(TechCategory.UNSURE) is None
    assert claims.tech_complex_of(TechCategory.UNSURE, True) is True


def test_the_15_day_reminder_only_for_technically_complex_goods_before_a_claim() -> None:
    """law-facts §1 ст. 18: "The 15-day ТСТ reminder only for goods the person marked ТСТ"."""
    plain = buyer(ProblemId.DEFECTIVE, tech_category=TechCategory.NOT_LISTED, tech_complex=False)
    plain.delivery = ClaimDelivery()
    assert DeadlineKind.TECH_COMPLEX not in [d.kind for d in schedule.own_windows(plain)]
    phone = plain.model_copy(update={"tech_category": TechCategory.PHONE, "tech_complex": True})
    assert DeadlineKind.TECH_COMPLEX in [d.kind for d in schedule.own_windows(phone)]
    assert schedule.own_window_applies(phone, "tech-complex")
    claimed = phone.model_copy(
        update={"delivery": ClaimDelivery(method="chat", delivered_on=date(2026, 10, 10))}
    )
    assert DeadlineKind.TECH_COMPLEX not in [d.kind for d in schedule.own_windows(claimed)]
    assert not schedule.own_window_applies(claimed, "tech-complex")  # a planned one is dropped
    assert schedule.own_window_applies(claimed, "defect-no-warranty")


def test_a_refund_after_a_missed_repair_states_the_ground() -> None:
    """The claim and the lawsuit say the goods are technically complex and the repair term
    was broken (law-facts §1 «Repair delay»)."""
    case = buyer(
        ProblemId.DEFECTIVE,
        details="не включается",
        tech_category=TechCategory.COMPUTER,
        tech_complex=True,
        tech_ground=TechGround.REPAIR_LATE,
    )
    ground = "Товар является технически сложным; срок устранения его недостатков был нарушен"
    (claim,) = documents.claim_letters(case, [], CORE, TODAY)
    assert Read(claim).has(ground)
    assert Read(documents.lawsuit(in_court(case, TODAY), [], CORE, TODAY)).has(ground)
