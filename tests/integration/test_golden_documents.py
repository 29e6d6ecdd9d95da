"""Golden documents: every problem × demand × prepaid or not × under or over the penalty cap ×
under or over 1 000 000 ₽, built, rendered to DOCX and PDF, read back, and checked for what a
consumer lawyer must find there and what must never be there. Expected sums are computed by
hand in the comments. The issue's points (1–11) are named where they are asserted."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from functools import cache

import pytest
from docx import Document as Docx
from pypdf import PdfReader

from bot.i18n import create_core
from bot.render.docx import render_docx
from bot.render.pdf import render_pdf
from flows import claims, documents
from flows.case import (
    Case,
    ClaimDelivery,
    IdKind,
    Loss,
    Person,
    Plaintiff,
    PoliceAnswer,
    PoliceReport,
    Seller,
    SupportContact,
)
from flows.claims import DocKind
from flows.documents import Document, Evidence
from flows.problems import AdKind, Demand, FraudKind, ProblemId, TechGround, WrongKind
from flows.schedule import lawsuit_sums, switch_allowed
from tests.helpers import in_court

CORE = create_core("ru")
TODAY = date(2026, 11, 28)
EVIDENCE = [Evidence("photo", None, "коробка со вмятиной")]
MALE = "Иванов Иван Иванович"
FEMALE = "Петрова Анна Сергеевна"
NO_PATRONYMIC = "Smith John"

# Claim delivered long ago: 20.06.2026 + 10 days = 30.06 (Tue); delay 01.07–28.11 = 151 days;
# 1 % of 4 990 × 151 = 7 534,90 > 4 990 paid -> capped at 4 990 (500-ФЗ).
LONG_AGO = date(2026, 6, 20)
# Claim delivered recently: 01.11.2026 + 10 = 11.11 (Wed); delay 12.11–28.11 = 17 days;
# 1 % of 4 990 × 17 = 848,30 < 4 990 -> not capped.
RECENTLY = date(2026, 11, 1)


def make_case(
    problem: ProblemId,
    demand: Demand | None = None,
    *,
    prepaid: bool = True,
    price: str = "4990",
    delivered: date = LONG_AGO,
    name: str = MALE,
    **extra: object,
) -> Case:
    fields: dict[str, object] = {
        "id": 7,
        "owner_id": 1,
        "created_at": datetime(2026, 6, 1, tzinfo=UTC),
        "marketplace": "ozon",
        "problem": problem,
        "order_number": "12345678-0001",
        "ordered_on": date(2026, 6, 1),
        "promised_on": date(2026, 6, 10) if problem is ProblemId.NOT_DELIVERED else None,
        "received_on": None if problem is ProblemId.NOT_DELIVERED else date(2026, 6, 5),
        "item": "Смартфон Xiaomi Redmi Note 13",
        "price": Decimal(price),
        "prepaid": prepaid,
        "seller": Seller(
            name="ООО «Ромашка»",
            inn="7704217370",
            address="190000, г. Санкт-Петербург, Невский пр., д. 1",
        ),
        "details": "экран мерцает и гаснет через минуту после включения",
        "support": SupportContact(
            channel="app_chat", written_on=date(2026, 6, 12), outcome="refused"
        ),
        "person": Person(
            full_name=name,
            address="123456, г. Москва, ул. Ленина, д. 1, кв. 2",
            phone="+79991234567",
            email="ivanov@mail.ru",
        ),
        "demand": demand,
        "price_cut": Decimal(1000) if demand is Demand.PRICE_CUT else None,
        "new_date": date(2026, 7, 1) if demand is Demand.NEW_DATE else None,
        "delivery": ClaimDelivery(method="post", delivered_on=delivered),
        "seller_answer": None,
        "plaintiff": Plaintiff(
            consent=True,
            birth_date=date(1985, 3, 21),
            birth_place="г. Москва",
            id_kind=IdKind.SNILS,
            id_number="112-233-445 95",
        ),
        "moral_damages": Decimal(10000),
    }
    if problem is ProblemId.FRAUD:
        fields["fraud_kind"] = FraudKind.COUNTERFEIT
    if problem is ProblemId.WRONG_ITEM:
        fields["wrong_kind"] = WrongKind.OTHER_ITEM
    if problem is ProblemId.MISLEADING_AD:
        fields["ad_where"] = "баннер на главной странице Ozon"
        fields["ad_seen_on"] = date(2026, 5, 28)
        fields["ad_kind"] = AdKind.BANNER
        fields["details"] = "в рекламе заявлено 8 ГБ памяти, на деле 4 ГБ"
    fields.update(extra)
    return Case(**fields)


def squash(text: str) -> str:
    return "".join(text.replace("\u00a0", " ").split())


@dataclass(frozen=True)
class Read:
    """A document's text three ways: as built, from DOCX and from PDF."""

    plain: str
    docx: str
    pdf: str

    def has(self, phrase: str) -> bool:
        return all(squash(phrase) in squash(t) for t in (self.plain, self.docx, self.pdf))

    def lacks(self, phrase: str) -> bool:
        return all(squash(phrase) not in squash(t) for t in (self.plain, self.docx, self.pdf))

    def count(self, phrase: str) -> int:
        return squash(self.plain).count(squash(phrase))


def read(doc: Document) -> Read:
    data = render_docx(doc)
    docx = Docx(io.BytesIO(data))
    cells = [c.text for t in docx.tables for row in t.rows for c in row.cells]
    docx_text = "\n".join([p.text for p in docx.paragraphs] + cells)
    pdf = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(render_pdf(doc))).pages)
    return Read(doc.text(), docx_text, pdf)


@cache
def letters(case_json: str) -> tuple[Read, ...]:
    case = Case.model_validate_json(case_json)
    return tuple(read(d) for d in documents.claim_letters(case, EVIDENCE, CORE, TODAY))


def claim_of(case: Case) -> tuple[Read, ...]:
    return letters(case.model_dump_json())


def lawsuit_of(case: Case) -> Read:
    return read(documents.lawsuit(in_court(case, TODAY), EVIDENCE, CORE, TODAY))


# -- the table: every problem × demand × prepaid × cap ---------------------------------------


def _grid() -> list[tuple[ProblemId, Demand, bool, date]]:
    out = []
    for problem in ProblemId:
        for prepaid in (True, False):
            for demand in claims.allowed_demands(make_case(problem, prepaid=prepaid)):
                for delivered in (LONG_AGO, RECENTLY):
                    out.append((problem, demand, prepaid, delivered))
    return out


GRID = _grid()


def _id(row: tuple[ProblemId, Demand, bool, date]) -> str:
    problem, demand, prepaid, delivered = row
    return f"{problem}-{demand}-{'prepaid' if prepaid else 'cod'}-{delivered:%m%d}"


FORBIDDEN = ("либо", ";;", "коп. руб", "0.5 %", "(а)", "ся(лась)", "не направлял")


@pytest.mark.parametrize("row", GRID, ids=[_id(r) for r in GRID])
def test_every_claim_and_lawsuit(row: tuple[ProblemId, Demand, bool, date]) -> None:
    problem, demand, prepaid, delivered = row
    case = make_case(problem, demand, prepaid=prepaid, delivered=delivered)
    plan = claims.letters(case)
    docs = claim_of(case)
    # p. 4: a claim first, wherever money is at stake — every problem gets one
    assert docs
    assert plan[0].kind is DocKind.CLAIM
    for doc in docs:
        # p. 7, 10: concrete facts; the man's verbs agree; Russian as a lawyer writes it
        for phrase in FORBIDDEN:
            assert doc.lacks(phrase), phrase
        # issue 17 p. 19: the template note is said in the chat, not in the signed document
        assert doc.lacks("не является юридической консультацией")
    main = docs[0]
    # p. 10: a claim sent by registered letter carries the recipient's postal address
    assert main.has("адрес: 190000, г. Санкт-Петербург")
    assert main.has("от Иванова Ивана Ивановича")
    if problem not in (ProblemId.NOT_DELIVERED, ProblemId.RETURN):
        assert main.has("экран мерцает") or main.has("8 ГБ")  # p. 7: the person's own words
    # the cap (500-ФЗ) is stated wherever the ст. 23 penalty is
    if plan[0].penalty is not None and plan[0].penalty.value == "delay":
        assert main.has("не более суммы, уплаченной мной по договору")
        assert main.has("500-ФЗ")
        # p. 50 % fine: the item is offered for a quality check (ст. 18 п. 5)
        assert main.has("п. 5 ст. 18")
        assert main.has("время и место")
    if not claims.handed_over(case) and not prepaid and case.demand is Demand.NEW_DATE:
        # issue 17 p. 10: unpaid goods — delivery demanded by a date (ГК ст. 456, 457), no
        # ст. 23.1 penalty, no waiver, nothing "returned"
        assert main.has("ст. 456, 457 ГК РФ") or main.has("ст. 456")
        assert main.lacks("0,5 %")
        assert main.lacks("вернуть")
        assert main.lacks("требований не имею")
        return
    if not claims.handed_over(case) and not prepaid:
        # p. 2: not prepaid, not delivered: no ст. 23.1 penalty, no "return the sum paid"
        assert main.has("УВЕДОМЛЕНИЕ")
        assert main.lacks("0,5 %")
        assert main.lacks("вернуть")
        assert main.has("ст. 26.1")
        return
    if not switch_allowed(case, TODAY):
        # issue 17 p. 1: a repair, replacement or new date whose period still runs cannot be
        # exchanged for another demand in court yet: no lawsuit says it "was not met in time"
        with pytest.raises(ValueError, match="still runs"):
            lawsuit_of(case)
        return
    suit = lawsuit_of(case)
    for phrase in FORBIDDEN:
        assert suit.lacks(phrase), phrase
    # p. 6: the header a court accepts
    assert suit.has("Истец: Иванов Иван Иванович")
    assert suit.lacks("Истец: от")
    assert suit.has("дата рождения: 21.03.1985, место рождения: г. Москва")
    assert suit.has("СНИЛС: 112-233-445 95")
    assert suit.has("Цена иска:")
    assert suit.has("копии искового заявления")
    # issue 17 p. 17: the venue note of the court chosen (here the plaintiff's residence)
    assert suit.has("по месту жительства (пребывания) истца")
    assert suit.has("ч. 7 ст. 29 ГПК РФ")
    assert suit.has("10 000 (десять тысяч) руб. 00 коп.")  # p. 5: the moral damages chosen
    assert suit.has("штраф в размере 50 %")
    sums = lawsuit_sums(case, TODAY)
    line = sums.penalty
    if line is None:
        # p. 6: a calculation only when there is a penalty
        assert suit.lacks("Расчёт неустойки")
        assert suit.lacks("неустойку за период")
    else:
        assert line.amount <= Decimal("4990")  # never above what was paid
        assert suit.count("суд вправе уменьшить") == 1  # said once
        if line.capped:
            assert suit.has("этот предел достигнут")
        # to performance only below the cap and for the demand made (a switched demand — a
        # repair or replacement not done, now a refund — stops the first penalty today)
        assert suit.has("по день фактического исполнения") is sums.continues
        # ст. 23.1 runs until the goods come or the prepayment is back, whatever is demanded
        same_demand = demand in (Demand.REFUND, Demand.PRICE_CUT)
        assert sums.continues is (not line.capped and (same_demand or line.kind.value == "prepaid"))
        if sums.continues:
            assert suit.has("в общей сумме не более")


# -- the hand-computed cases, one per point -----------------------------------------------------


def test_penalty_capped_at_the_amount_paid_in_the_lawsuit() -> None:
    # 151 days × 49,90 = 7 534,90 -> 4 990,00; claim price 4 990 + 4 990 = 9 980
    case = make_case(ProblemId.DEFECTIVE, Demand.REFUND)
    suit_doc = documents.lawsuit(in_court(case, TODAY), [], CORE, TODAY)
    table = next(b for b in suit_doc.blocks if b.type == "table")
    nbsp = "\u00a0"
    assert table.rows[1] == (
        f"4{nbsp}990",
        "1 %",
        "01.07.2026",
        "28.11.2026",
        "151",
        f"7{nbsp}534,90",
        f"4{nbsp}990",
    )
    suit = lawsuit_of(case)
    assert suit.has("Цена иска: 9 980 (девять тысяч девятьсот восемьдесят) руб. 00 коп.")
    assert suit.has(
        "неустойку за период с 01.07.2026 по 28.11.2026 в размере 4 990 "
        "(четыре тысячи девятьсот девяносто) руб. 00 коп."
    )


def test_penalty_below_the_cap_goes_on_to_performance() -> None:
    # 17 days × 49,90 = 848,30; then 49,90 a day, at most 4 990 in all
    suit = lawsuit_of(make_case(ProblemId.DEFECTIVE, Demand.REFUND, delivered=RECENTLY))
    assert suit.has("в размере 848 (восемьсот сорок восемь) руб. 30 коп.")
    assert suit.has("с 29.11.2026 по день фактического исполнения")
    assert suit.has("49 (сорок девять) руб. 90 коп. за каждый день")


def test_state_duty_above_a_million_is_computed() -> None:
    # return of a good item: no penalty, so the claim price is the price: 1 452 000 ₽;
    # duty 25 000 + 1 % × 452 000 = 29 520, minus 25 000 at 1 000 000 = 4 520 ₽
    suit = lawsuit_of(make_case(ProblemId.RETURN, Demand.REFUND, price="1452000"))
    assert suit.has("Государственная пошлина: 4 520 (четыре тысячи пятьсот двадцать) руб. 00 коп.")
    assert suit.has("В Пресненский районный суд г. Москвы")
    under = lawsuit_of(make_case(ProblemId.RETURN, Demand.REFUND, price="999000"))
    assert under.has("Государственная пошлина: не уплачивается")


def test_not_delivered_notice_to_the_seller_then_refund_to_the_marketplace() -> None:
    """p. 1: the seller gets the refusal notice with its 0,5 % penalty; the marketplace the
    refund demand under ст. 12 — after the notice, and never with the seller's penalty."""
    case = make_case(ProblemId.NOT_DELIVERED, Demand.REFUND)
    notice, demand = claim_of(case)
    assert notice.has("Кому: ООО «Ромашка»")
    assert notice.has("отказываюсь от исполнения договора купли-продажи")
    assert notice.has("ст. 23.1")
    assert notice.has("0,5 %")
    assert demand.has("Кому: ООО «Интернет Решения»")
    assert demand.has("ст. 12")
    assert demand.has("уведомление об отказе от исполнения договора")
    assert demand.has("Копия уведомления продавцу")
    assert demand.lacks("0,5")
    assert demand.lacks("неустойк")
    # the lawsuit: the marketplace for the prepayment, the seller for its own 0,5 % penalty
    suit = lawsuit_of(case)
    assert suit.has("Ответчик 1: ООО «Интернет Решения»")
    assert suit.has("Ответчик 2: ООО «Ромашка»")
    # issue 17 p. 15: the prepayment from the seller as well, in the alternative (§1 ст. 12)
    assert suit.has(
        "с ответчика 1, а в случае отказа в удовлетворении этого требования к ответчику 1 — "
        "с ответчика 2, сумму предварительной оплаты 4 990"
    )
    assert suit.has("также обязан вернуть сумму предварительной оплаты (п. 2 ст. 23.1")
    assert suit.has("с ответчика 2 неустойку за период с 11.06.2026 по 28.11.2026")
    assert suit.has("Расчёт неустойки, подлежащей взысканию с ответчика 2")
    assert suit.has("направление ответчикам копии")


def test_new_date_goes_to_the_seller_and_states_the_date() -> None:
    """p. 1, 9: a new delivery date is the seller's to meet, and the date is stated."""
    (claim,) = claim_of(make_case(ProblemId.NOT_DELIVERED, Demand.NEW_DATE))
    assert claim.has("Кому: ООО «Ромашка»")
    assert claim.has("не позднее «1» июля 2026 г.")
    assert claim.lacks("Интернет Решения»\nИНН")


def test_legal_basis_cites_the_rights_themselves() -> None:
    """p. 3: wrong item on ЗоЗПП 18 and ГК 468/480; misleading ad on ЗоЗПП 10, 12, 22, 23;
    a Rospotrebnadzor complaint without УПК."""
    (wrong,) = claim_of(make_case(ProblemId.WRONG_ITEM, Demand.REFUND))
    # issue 17 p. 5: another item delivered is goods not transferred (ГК ст. 456, 468 п. 1,
    # ЗоЗПП ст. 23.1), not a defect
    assert wrong.has("ст. 456, 468 Гражданского кодекса РФ")
    assert wrong.has("ст. 23.1 Закона РФ")
    assert wrong.lacks("ст. 18, 22, 23")
    assert wrong.lacks("26.1")
    (incomplete,) = claim_of(
        make_case(ProblemId.WRONG_ITEM, Demand.REFUND, wrong_kind=WrongKind.INCOMPLETE)
    )
    assert incomplete.has("ст. 480 Гражданского кодекса РФ")
    ad = lawsuit_of(make_case(ProblemId.MISLEADING_AD, Demand.REFUND))
    assert ad.has("ст. 10, 12, 22, 23 Закона РФ")
    assert ad.lacks("О рекламе")
    for problem in ProblemId:
        rpn = read(documents.rospotrebnadzor(make_case(problem), EVIDENCE, CORE, TODAY))
        assert rpn.lacks("УПК")
        assert rpn.lacks("Уголовно")


def test_rospotrebnadzor_asks_for_what_it_can_do() -> None:
    """Law in force: a warning (248-ФЗ ст. 49), 30 days from registration (p. 9), no money."""
    rpn = read(documents.rospotrebnadzor(make_case(ProblemId.DEFECTIVE), [], CORE, TODAY))
    assert rpn.has("предостережение о недопустимости нарушения обязательных требований")
    assert rpn.has("ст. 49 Федерального закона № 248-ФЗ")
    assert rpn.has("30 дней со дня регистрации")
    assert rpn.lacks("провести проверку")
    assert rpn.lacks("обязать продавца")
    ad = read(documents.rospotrebnadzor(make_case(ProblemId.MISLEADING_AD), [], CORE, TODAY))
    assert ad.has("ст. 14.7 КоАП РФ")


def test_return_of_a_good_item_by_post() -> None:
    """КС РФ 17.02.2026 № 7-П: the buyer may send the item back by post or courier."""
    (claim,) = claim_of(make_case(ProblemId.RETURN, Demand.REFUND))
    assert claim.has("№ 7-П")
    assert claim.has("почтой или курьерской службой")
    assert claim.has("ст. 26.1")
    assert claim.lacks("неустойк")


def test_lawsuit_follows_the_demand() -> None:
    """p. 5: refund states the refusal (ст. 18); a price cut asks the cut; a repair not done
    states the choice now."""
    refund = lawsuit_of(make_case(ProblemId.DEFECTIVE, Demand.REFUND))
    assert refund.has("отказался от исполнения договора купли-продажи")
    assert refund.has("уплаченную за товар сумму 4 990")
    cut = lawsuit_of(make_case(ProblemId.DEFECTIVE, Demand.PRICE_CUT))
    assert cut.has("сумму соразмерного уменьшения покупной цены 1 000 (одна тысяча) руб. 00 коп.")
    repair = lawsuit_of(
        make_case(
            ProblemId.DEFECTIVE,
            Demand.REPAIR,
            court_demand=Demand.PRICE_CUT,
            price_cut=Decimal(1000),
        )
    )
    assert repair.has("Поскольку требование о безвозмездном устранении недостатков")
    assert repair.has("избираю иное требование: соразмерно уменьшить покупную цену")
    # repair: 45 days at most from 20.06 -> 04.08; penalty from 05.08
    assert repair.has("с 05.08.2026")
    items = [Loss(what="диагностика в сервисном центре", amount=Decimal(1500))]
    losses = lawsuit_of(make_case(ProblemId.DEFECTIVE, Demand.REFUND, loss_items=items))
    assert losses.has("убытки в размере 1 500 (одна тысяча пятьсот) руб. 00 коп.")
    # claim price = 4 990 + 1 500 + 4 990 (capped penalty) = 11 480
    assert losses.has("Цена иска: 11 480")


def test_lawsuit_without_consent_leaves_lines_to_fill() -> None:
    suit = lawsuit_of(
        make_case(ProblemId.DEFECTIVE, Demand.REFUND, plaintiff=Plaintiff(consent=False))
    )
    # issue 17 p. 19: a plain line to write in by hand, no instruction in the signed lawsuit
    assert suit.lacks("дата и место рождения")
    assert suit.lacks("идентификатор (СНИЛС, ИНН")
    assert suit.has("Иванов Иван Иванович ____________")
    assert suit.lacks("21.03.1985")


def test_fraud_documents_tell_what_happened() -> None:
    """p. 4, 7: a claim to the seller, the police statement in the person's words, the
    prosecutor complaint about the police's refusal with its date (УПК ст. 124)."""
    courier = make_case(
        ProblemId.FRAUD,
        Demand.REFUND,
        fraud_kind=FraudKind.COURIER_THEFT,
        received_on=None,
        details="курьер отметил заказ доставленным 20.06.2026, но мне его не передал",
    )
    notice = claim_of(courier)[0]
    assert notice.has("Товар мне не передан: курьер отметил заказ доставленным")
    assert notice.has("ст. 23.1")
    police = read(documents.police(courier, EVIDENCE, CORE, TODAY))
    assert police.has("курьер отметил заказ доставленным 20.06.2026")
    # a courier keeping the parcel is theft, not fraud by deceit: no ст. 159 (law-facts §3 is
    # wrong here, the review found), and no article the sheet does not give
    assert police.lacks("ст. 159")
    # issue 17 p. 3: the seller's goods, taken before handover (law-facts §3)
    assert police.has(
        "по факту хищения товара «Смартфон Xiaomi Redmi Note 13», принадлежащего продавцу "
        "ООО «Ромашка» и предназначенного для передачи мне"
    )
    fake = make_case(ProblemId.FRAUD, Demand.REFUND)
    assert read(documents.police(fake, [], CORE, TODAY)).has("ст. 159 УК РФ")
    assert police.has("предупреждён.")
    assert police.lacks("либо")
    refused = courier.model_copy(
        update={
            "police": PoliceReport(
                filed_on=date(2026, 11, 1),
                kusp="1234",
                answer=PoliceAnswer.REFUSED_CASE,
                decided_on=date(2026, 11, 5),
            )
        }
    )
    complaint = read(documents.prosecutor(refused, [], CORE, TODAY))
    assert complaint.has("«1» ноября 2026 г. мной подано в отдел полиции заявление о преступлении")
    assert complaint.has("КУСП № 1234")
    assert complaint.has("«5» ноября 2026 г. по заявлению вынесено постановление об отказе")
    assert complaint.has("ст. 124 УПК РФ")
    petty = make_case(ProblemId.FRAUD, Demand.REFUND, price="2000")
    assert read(documents.police(petty, [], CORE, TODAY)).has("ст. 7.27 КоАП РФ")


def test_fas_complaint_names_the_ad() -> None:
    """p. 8: where, when, what it said, the screenshot, and 38-ФЗ ст. 5."""
    fas = read(documents.fas(make_case(ProblemId.MISLEADING_AD), [], CORE, TODAY))
    assert fas.has(
        "«28» мая 2026 г. я увидел рекламный баннер товара «Смартфон Xiaomi Redmi Note 13» "
        "(место размещения: баннер на главной странице Ozon)"
    )
    # a banner in the marketplace's own app: the marketplace distributed it (issue 17 p. 8)
    assert fas.has("Рекламораспространитель (п. 7 ст. 3 Федерального закона «О рекламе»)")
    assert fas.has("на своей площадке: ООО «Интернет Решения»")
    assert fas.has("продавец рекламируемого товара: ООО «Ромашка»")
    assert fas.has("8 ГБ памяти, на деле 4 ГБ")
    assert fas.has("(ч. 3 ст. 5 Федерального закона от 13.03.2006 № 38-ФЗ «О рекламе»)")
    assert fas.has("Скриншот рекламы (баннер на главной странице Ozon, «28» мая 2026 г.)")


@pytest.mark.parametrize(
    ("name", "verb", "forbidden"),
    [
        (MALE, "я обратился в службу поддержки", "обратилась"),
        (FEMALE, "я обратилась в службу поддержки", "обратился"),
        (NO_PATRONYMIC, "я обратился(лась) в службу поддержки", "обратилась в"),
    ],
)
def test_gender_from_the_patronymic(name: str, verb: str, forbidden: str) -> None:
    """p. 10: "(а)" only when the gender cannot be known."""
    (claim,) = claim_of(make_case(ProblemId.DEFECTIVE, Demand.REFUND, name=name))
    assert claim.has(verb)
    assert claim.lacks(forbidden)
    if name != NO_PATRONYMIC:
        assert claim.lacks("(а)")


def test_other_shop_and_wildberries_wording() -> None:
    """p. 10: "в интернет-магазине «…»"; Wildberries printed with its caveat."""
    shop = make_case(
        ProblemId.DEFECTIVE,
        Demand.REFUND,
        marketplace="other",
        seller=Seller(name="ООО «Техномаркет»", address="190000, г. Санкт-Петербург, д. 1"),
    )
    (claim,) = claim_of(shop)
    assert claim.has("в интернет-магазине ООО «Техномаркет»")
    plain = make_case(
        ProblemId.DEFECTIVE, Demand.REFUND, marketplace="other", seller=Seller(name="Техномаркет")
    )
    assert claim_of(plain)[0].has("в интернет-магазине «Техномаркет»")
    assert claim.lacks("на интернет")
    wb = make_case(
        ProblemId.DEFECTIVE,
        Demand.REFUND,
        marketplace="wildberries",
        seller=Seller(is_marketplace=True),
    )
    (claim,) = claim_of(wb)
    assert claim.has("ООО «РВБ»")
    assert claim.has("(владелец агрегатора Wildberries)")
    assert claim.lacks("сверьте")  # an instruction to the person goes to the chat, not the letter
    assert claim.lacks("ранее —")
    # a lawsuit names the defendant without a note to the user
    assert lawsuit_of(wb).lacks("сверьте")


def test_repair_is_at_most_45_days_and_state_bodies_count_from_registration() -> None:
    """p. 9 in the documents: the repair demand reads "не более 45"."""
    (claim,) = claim_of(make_case(ProblemId.DEFECTIVE, Demand.REPAIR))
    assert claim.has("незамедлительно")
    assert claim.has("но не позднее 45 календарных дней")


def test_seller_appeal_names_the_platforms_complaint_system() -> None:
    """p. 11 and 289-ФЗ: the appeal asks for the platform's pre-trial complaint procedure."""
    case = make_case(ProblemId.DEFECTIVE, path="seller", shop_name="ООО «Ромашка»")
    case.rules = ["false_statements", "ads"]
    appeal = read(documents.appeal(case, [], CORE, TODAY))
    assert appeal.has("289-ФЗ")
    assert appeal.lacks(";;")
    assert appeal.lacks("готов(а)")
    short = documents.appeal_short(case, CORE)
    assert ";;" not in short
    assert ";." not in short


def test_seller_routes_cite_article_152_correctly() -> None:
    """issue 17 p. 11: п. 11 only for a company, an ИП under п. 1; the arbitration court."""
    for form in ("sole", "company", "unknown"):
        text = CORE.get("q-seller-routes", "ru", form=form)
        assert "п. 8 ст. 152" in text  # an unknown author
        assert "289-ФЗ" in text
        assert "проверьте с юристом" not in text
        assert "арбитражный суд (ст. 33 АПК РФ)" in text  # law-facts §7 «Which court»
    assert "п. 11" not in CORE.get("q-seller-routes", "ru", form="sole")
    assert "п. 1, 11 ст. 152" in CORE.get("q-seller-routes", "ru", form="company")


def test_no_document_phrase_uses_a_dot_decimal_or_alternatives() -> None:
    """The documents' texts themselves: decimal commas, no "либо"."""
    from bot import LOCALES_DIR

    text = "\n".join(
        p.read_text(encoding="utf-8") for p in (LOCALES_DIR / "ru" / "documents").glob("*.ftl")
    )
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    assert "либо" not in body
    assert not re.search(r"\d\.\d %", body)


def test_technically_complex_goods_state_their_ground() -> None:
    """law-facts §1 ст. 18: within 15 days of handover the demand says so; later it needs a
    ground, and without one only a repair or a price cut is offered."""
    phone = {"tech_complex": True, "received_on": date(2026, 11, 20)}
    within = make_case(
        ProblemId.DEFECTIVE, Demand.REFUND, tech_ground=TechGround.WITHIN_15, **phone
    )
    (claim,) = claim_of(within)
    assert claim.has("требование предъявлено в течение 15 дней со дня его передачи")
    # 20.11 + 15 days = 05.12, a Saturday -> 07.12: offered today (28.11) and on 07.12, not 08.12
    assert TechGround.WITHIN_15 in claims.tech_grounds(within, TODAY)
    assert TechGround.WITHIN_15 in claims.tech_grounds(within, date(2026, 12, 7))
    assert TechGround.WITHIN_15 not in claims.tech_grounds(within, date(2026, 12, 8))
    late = make_case(ProblemId.DEFECTIVE, Demand.REFUND, tech_complex=True)
    assert TechGround.WITHIN_15 not in claims.tech_grounds(late, TODAY)
    substantial = late.model_copy(update={"tech_ground": TechGround.SUBSTANTIAL})
    assert claim_of(substantial)[0].has("недостаток является существенным")
    assert lawsuit_of(substantial).has("недостаток является существенным")
    none = late.model_copy(update={"tech_ground": TechGround.NONE})
    assert claims.allowed_demands(none) == (Demand.REPAIR, Demand.PRICE_CUT)
    # a repair asks for no ground
    assert claim_of(none.model_copy(update={"demand": Demand.REPAIR}))[0].lacks("технически")


def test_return_states_the_window_it_was_made_in() -> None:
    """law-facts §1 ст. 26.1: 7 days with written return terms, 3 months without."""
    written = make_case(
        ProblemId.RETURN,
        Demand.REFUND,
        return_info=True,
        received_on=date(2026, 11, 24),
        support=SupportContact(skipped=True),
    )
    assert claim_of(written)[0].has("в течение 7 дней со дня передачи товара")
    no_terms = make_case(
        ProblemId.RETURN,
        Demand.REFUND,
        return_info=False,
        received_on=date(2026, 9, 1),
        support=SupportContact(channel="app_chat", written_on=date(2026, 9, 5)),
    )
    timely = claim_of(no_terms)[0]
    assert timely.has("в течение трёх месяцев со дня передачи товара")
    assert timely.has("«5» сентября 2026 г. через чат в приложении")
    # received 05.06, no word to support, the claim today: long after 12.06
    late = make_case(
        ProblemId.RETURN, Demand.REFUND, return_info=True, support=SupportContact(skipped=True)
    )
    assert claim_of(late)[0].lacks("в течение 7 дней со дня передачи")
    assert not claims.return_in_time(late, TODAY)


def test_nothing_to_escalate_for_goods_never_paid_for() -> None:
    """The review's first finding: a refusal of unpaid goods yields no complaint or lawsuit."""
    unpaid = make_case(ProblemId.NOT_DELIVERED, Demand.REFUSE, prepaid=False)
    assert claims.routes(unpaid) == ()
    with pytest.raises(ValueError, match="nothing to escalate"):
        documents.lawsuit(unpaid, [], CORE, TODAY)
    with pytest.raises(ValueError, match="nothing to escalate"):
        documents.rospotrebnadzor(unpaid, [], CORE, TODAY)


def test_a_price_cut_at_or_above_the_price_is_refused() -> None:
    with pytest.raises(ValueError, match="price cut"):
        documents.lawsuit(
            make_case(ProblemId.DEFECTIVE, Demand.PRICE_CUT, price_cut=Decimal(4990)),
            [],
            CORE,
            TODAY,
        )


def test_switched_demand_stops_the_first_penalty_today() -> None:
    """A replacement not done, now a refund: 1 % to today, never "to performance" (review 5)."""
    # recent: 01.11 + 7 days = 08.11 (Sunday) -> 09.11; delay 10.11–28.11 = 19 days = 948,10
    case = make_case(ProblemId.DAMAGED, Demand.REPLACEMENT, delivered=RECENTLY)
    suit = lawsuit_of(case)
    assert suit.has("неустойку за период с 10.11.2026 по 28.11.2026 в размере 948")
    assert suit.lacks("по день фактического исполнения")


def test_rospotrebnadzor_names_the_articles_of_what_happened() -> None:
    """Review 3: a courier theft is not a defect (no ст. 18); a counterfeit was delivered (no
    ст. 23.1)."""
    courier = make_case(
        ProblemId.FRAUD, Demand.REFUND, fraud_kind=FraudKind.COURIER_THEFT, received_on=None
    )
    text = read(documents.rospotrebnadzor(courier, [], CORE, TODAY))
    assert text.has("ст. 23.1")
    assert text.lacks("ст. 18")
    fake = read(documents.rospotrebnadzor(make_case(ProblemId.FRAUD), [], CORE, TODAY))
    assert fake.has("ст. 18, 22, 23")
    assert fake.lacks("23.1")


def test_lawsuit_lists_duty_and_purchase_proof() -> None:
    suit = lawsuit_of(make_case(ProblemId.RETURN, Demand.REFUND, price="1452000"))
    assert suit.has("Документ об уплате государственной пошлины в размере 4 520")
    assert suit.has("Кассовый чек или иной документ, подтверждающий заказ № 12345678-0001")
    small = lawsuit_of(make_case(ProblemId.DEFECTIVE, Demand.REFUND))
    assert small.lacks("об уплате государственной пошлины")
    assert small.has("Копия претензии, врученной продавцу «20» июня 2026 г.")
    assert small.has("Опись вложения и кассовый чек")  # no notice of delivery is asserted
    assert small.lacks("уведомление о вручении")


def test_gender_asked_when_no_patronymic_is_used() -> None:
    from flows.names import Grammar

    case = make_case(ProblemId.DEFECTIVE, Demand.REFUND, name=NO_PATRONYMIC)
    case.person.grammar = Grammar.FEMALE
    (claim,) = claim_of(case)
    assert claim.has("я обратилась в службу поддержки")
    assert claim.lacks("(а)")
