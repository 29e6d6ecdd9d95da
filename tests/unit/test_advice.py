"""What the bot advises after the seller's answer (issue 20 p. 2, `flows/answers.py`).

Example rows pin the advice per answer kind and refusal reason on hand-made cases; invariants
over generated cases hold everywhere: a "period passed" refusal never offers the insisting reply
when the claim came after the period and always does when it came within it, counted by the
test itself from the law's numbers (2 years, 7 days, 3 months) rather than by the domain's
own arithmetic; only DONE closes; a reminder is never set in the past; every advice key and
variable exists in both languages and formats without a Fluent error.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any, NamedTuple

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bot import LOCALES_DIR
from bot.config import SUPPORTED_LOCALES
from bot.i18n import create_core
from flows import claims
from flows.answers import (
    REPLIES,
    Advice,
    Clock,
    Ground,
    advise,
    claimed_on,
    demand_deadline,
    ground,
)
from flows.case import (
    AnswerKind,
    Case,
    ClaimDelivery,
    Offer,
    Path,
    RefusalReason,
    ReturnReason,
    Seller,
    SellerForm,
    SellerReply,
    SupportContact,
    Warranty,
)
from flows.claims import DocKind
from flows.law import add_months
from flows.problems import Demand, FraudKind, ProblemId, TechGround, WrongKind
from flows.steps.engine.fields import day_text
from tests.depth import examples

CORE = create_core("ru")
TODAY = date(2026, 12, 3)


def _case(
    problem: ProblemId = ProblemId.DEFECTIVE,
    *,
    demand: Demand = Demand.REFUND,
    received: date | None = date(2026, 11, 2),
    delivered: date | None = date(2026, 11, 20),
    **fields: Any,
) -> Case:
    values: dict[str, Any] = {
        "owner_id": 1,
        "created_at": datetime(2026, 11, 1, tzinfo=UTC),
        "marketplace": "ozon",
        "problem": problem,
        "ordered_on": date(2026, 10, 28),
        "received_on": received,
        "item": "Смартфон",
        "price": Decimal(20000),
        "prepaid": True,
        "seller": Seller(name="ООО «Ромашка»"),
        "demand": demand,
        "delivery": ClaimDelivery(method="post", delivered_on=delivered),
    }
    values.update(fields)
    return Case(**values)


def _reply(kind: AnswerKind, **fields: Any) -> SellerReply:
    return SellerReply(number=1, kind=kind, received_on=TODAY, **fields)


def _said(advice: Advice, locale: str = "en") -> str:
    return text_of(advice, locale)


# -- the texts --------------------------------------------------------------------------------


def _t(locale: str) -> Callable[..., str]:
    def t(key: str, **kwargs: Any) -> str:
        return CORE.get(key, locale, **kwargs)

    return t


def text_of(advice: Advice, locale: str) -> str:
    """The advice as the dialogue says it: its dates written in the person's language."""
    t = _t(locale)
    dates = {name: day_text(t, day) for name, day in advice.dates.items()}
    return t(advice.key, **advice.args, **dates)


_VAR = re.compile(r"\{\s*\$([a-z_][a-z0-9_]*)")
_REF = re.compile(r"\{\s*(advice-[a-z0-9-]+)\s*\}")


def _source(locale: str) -> dict[str, str]:
    """Each advice message's text, with the messages it references appended."""
    text = (LOCALES_DIR / locale / "advice.ftl").read_text(encoding="utf-8")
    found: dict[str, str] = {}
    for block in re.split(r"\n(?=[a-z])", text):
        key = block.split("=", 1)[0].strip()
        if key.startswith("advice-"):
            found[key] = block
    return {
        key: body + "".join(found[ref] for ref in _REF.findall(body)) for key, body in found.items()
    }


SOURCES = {locale: _source(locale) for locale in SUPPORTED_LOCALES}


def check_texts(advice: Advice) -> None:
    """The key exists in every language; every variable the advice gives is one its message
    uses (a misspelt name would be dropped silently); it formats without a Fluent error."""
    assert set(advice.args).isdisjoint(advice.dates), advice
    for value in advice.args.values():
        assert isinstance(value, str | int), advice
    for locale in SUPPORTED_LOCALES:
        assert CORE.get_translator(locale).has_message(advice.key), (locale, advice.key)
        used = set(_VAR.findall(SOURCES[locale][advice.key]))
        assert set(advice.args) | set(advice.dates) <= used, (locale, advice)
        said = text_of(advice, locale)  # raises on a missing variable
        assert "{" not in said, said
        assert "$" not in said, said


# -- example rows -----------------------------------------------------------------------------


def test_done_closes_and_says_nothing_more() -> None:
    advice = advise(_case(), _reply(AnswerKind.DONE), TODAY)
    assert advice.close
    assert advice.cancels_deadline_reminder
    assert advice.document is None
    assert not advice.escalate
    assert advice.remind_on is None
    assert "congratulations" in _said(advice)
    assert "поздравляю" in _said(advice, "ru")


def test_a_quality_check_asks_to_attend_and_keeps_the_demands_date() -> None:
    case = _case()  # a refund: ст. 22, 10 days from 20.11.2026
    advice = advise(case, _reply(AnswerKind.CHECK, until=date(2026, 12, 10)), TODAY)
    assert advice.document is DocKind.REPLY_CHECK
    assert advice.remind_on == date(2026, 12, 10)
    assert not advice.cancels_deadline_reminder
    assert not advice.close
    assert advice.dates["due"] == date(2026, 11, 30)  # 20.11 + 10 days, a Monday
    assert advice.args["clock"] == Clock.PASSED
    assert advice.escalate
    text = _said(advice)
    assert "50 %" in text
    assert "seller's cost" in text
    assert "10 Dec 2026" in text
    ru = _said(advice, "ru")
    assert "за его счёт" in ru
    assert "10.12.2026" in ru
    assert "30.11.2026" in ru


def test_a_check_before_a_replacement_gives_the_seller_20_days() -> None:
    case = _case(demand=Demand.REPLACEMENT, delivered=date(2026, 11, 25))
    advice = advise(case, _reply(AnswerKind.CHECK), TODAY)
    assert advice.args["clock"] == Clock.REPLACEMENT
    assert advice.dates["due"] == date(2026, 12, 15)  # 25.11 + 20 days (ст. 21)
    # the claim's 7 days would call the period passed on 03.12: that reminder goes
    assert advice.cancels_deadline_reminder
    assert advice.remind_on == date(2026, 12, 16)
    assert "20 days" in _said(advice)
    assert "20 дней" in _said(advice, "ru")


def test_a_check_date_in_the_past_sets_no_reminder() -> None:
    advice = advise(_case(), _reply(AnswerKind.CHECK, until=date(2026, 12, 1)), TODAY)
    assert advice.remind_on is None
    assert advice.args["when"] == "open"
    assert "on" not in advice.dates


@pytest.mark.parametrize("offer", [Offer.REPAIR, Offer.VOUCHER, Offer.OTHER])
def test_an_offer_instead_of_the_refund_may_be_refused(offer: Offer) -> None:
    case = _case(delivered=date(2026, 11, 28))
    advice = advise(case, _reply(AnswerKind.OFFER, offer=offer), TODAY)
    assert advice.document is DocKind.REPLY_INSIST
    assert not advice.escalate
    assert advice.args == {
        "clock": "due",
        "offer": offer.value,
        "demand": "refund",
        "ground": "quality",
    }
    text = _said(advice)
    assert "choose the remedy" in text
    assert "your money back" in text
    assert "you may say no" in text
    assert "вы выбрали возврат денег" in _said(advice, "ru")


def test_the_offer_of_what_was_asked_is_no_conflict() -> None:
    case = _case(demand=Demand.REPAIR)
    advice = advise(case, _reply(AnswerKind.OFFER, offer=Offer.REPAIR), TODAY)
    assert advice.key == "advice-offer-same"
    assert advice.document is None


def test_an_offer_on_a_proper_quality_return_cites_the_ten_days() -> None:
    case = _case(ProblemId.RETURN, return_info=True)
    advice = advise(case, _reply(AnswerKind.OFFER, offer=Offer.VOUCHER), TODAY)
    assert advice.args["ground"] == Ground.RETURN
    assert "art. 26.1" in _said(advice)
    assert "bonus points" in _said(advice)


def test_a_partial_sum_reserves_the_rest() -> None:
    advice = advise(_case(), _reply(AnswerKind.PARTIAL, amount=Decimal(5000)), TODAY)
    assert advice.document is DocKind.REPLY_PARTIAL
    assert advice.args["amount"] == "5\u00a0000"
    assert advice.args["rest"] == "15\u00a0000"
    ru = _said(advice, "ru")
    assert "от остальных требований не отказываюсь" in ru
    assert "15\u00a0000 ₽" in ru


def test_a_partial_price_cut_counts_the_rest_from_the_cut() -> None:
    case = _case(demand=Demand.PRICE_CUT, price_cut=Decimal(6000))
    advice = advise(case, _reply(AnswerKind.PARTIAL, amount=Decimal(2000)), TODAY)
    assert advice.args["rest"] == "4\u00a0000"


def test_documents_asked_do_not_move_the_period() -> None:
    case = _case(delivered=date(2026, 11, 28))
    advice = advise(case, _reply(AnswerKind.DOCUMENTS, detail="фото"), TODAY)
    assert advice.document is None
    assert advice.remind_on is None
    assert not advice.escalate
    assert advice.dates == {"due": date(2026, 12, 8)}
    assert "does not move" in _said(advice)
    assert "8 Dec 2026" in _said(advice)


def test_a_promise_after_the_legal_date_does_not_move_it() -> None:
    case = _case(delivered=date(2026, 11, 28))  # due 08.12.2026
    late = advise(case, _reply(AnswerKind.LATER, until=date(2026, 12, 20)), TODAY)
    assert late.args["promise"] == "late"
    assert late.remind_on is None
    assert not late.cancels_deadline_reminder
    assert "does not move the legal date" in _said(late)
    early = advise(case, _reply(AnswerKind.LATER, until=date(2026, 12, 5)), TODAY)
    assert early.args["promise"] == "dated"
    assert early.remind_on == date(2026, 12, 5)


def test_a_refusal_for_the_period_within_two_years_is_answered() -> None:
    case = _case(received=date(2025, 1, 10), delivered=date(2026, 11, 20))
    advice = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.PERIOD), TODAY)
    assert advice.key == "advice-period-within"
    assert advice.document is DocKind.REPLY_INSIST
    assert advice.escalate
    assert advice.cancels_deadline_reminder
    assert advice.dates["two_years"] == date(2027, 1, 11)  # 10.01.2027 is a holiday (ГК ст. 193)
    assert "If the warranty is longer" not in _said(advice)  # worded «a longer warranty counts»
    assert "a longer warranty counts" in _said(advice)


def test_a_refusal_for_the_period_after_two_years_is_right() -> None:
    case = _case(received=date(2024, 6, 3), delivered=date(2026, 11, 20))
    advice = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.PERIOD), TODAY)
    assert advice.key == "advice-period-passed"
    assert advice.document is None
    assert not advice.escalate
    text = _said(advice)
    assert "it has" in text
    assert "If the warranty is longer" in text
    assert "3 Jun 2024" in text


def test_a_defect_first_reported_to_support_within_two_years_counts_from_then() -> None:
    support = SupportContact(channel="app_chat", written_on=date(2026, 5, 20), outcome="refused")
    case = _case(received=date(2024, 6, 3), delivered=date(2026, 11, 20), support=support)
    advice = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.PERIOD), TODAY)
    assert advice.key == "advice-period-within"
    assert advice.args == {"first": "support"}
    assert advice.dates["found"] == date(2026, 5, 20)
    assert "first wrote to support about it on 20 May 2026" in _said(advice)
    assert "в поддержку о нём вы впервые написали 20.05.2026" in _said(advice, "ru")


def test_a_partial_sum_for_a_replacement_counts_no_rest() -> None:
    case = _case(demand=Demand.REPLACEMENT)
    advice = advise(case, _reply(AnswerKind.PARTIAL, amount=Decimal(5000)), TODAY)
    assert advice.args["sums"] == "amount"
    assert "rest" not in advice.args


def test_a_technically_complex_refund_after_15_days_is_honestly_late() -> None:
    case = _case(tech_complex=True, tech_ground=TechGround.WITHIN_15, received=date(2026, 11, 1))
    advice = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.PERIOD), TODAY)
    assert advice.key == "advice-period-tech"
    assert advice.document is None
    assert advice.dates["fifteen"] == date(2026, 11, 16)
    assert "repair" in _said(advice)
    assert "price cut" in _said(advice)


@pytest.mark.parametrize(
    ("info", "received", "key", "insist"),
    [
        (True, date(2026, 11, 15), "advice-period-return-within", True),
        (True, date(2026, 10, 1), "advice-period-return-passed", False),
        (False, date(2026, 9, 1), "advice-period-return-within", True),
        (False, date(2026, 7, 1), "advice-period-return-passed", False),
        (None, date(2026, 10, 1), "advice-period-return-terms", False),
    ],
)
def test_a_return_period_refusal_counts_seven_days_or_three_months(
    info: bool | None, received: date, key: str, insist: bool
) -> None:
    case = _case(ProblemId.RETURN, received=received, return_info=info)
    advice = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.PERIOD), TODAY)
    assert advice.key == key
    assert (advice.document is DocKind.REPLY_INSIST) is insist
    assert advice.escalate is insist


def test_the_return_is_declared_when_the_person_first_wrote_to_support() -> None:
    support = SupportContact(channel="app_chat", written_on=date(2026, 11, 20), outcome="refused")
    case = _case(ProblemId.RETURN, received=date(2026, 11, 15), return_info=True, support=support)
    advice = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.PERIOD), TODAY)
    assert advice.key == "advice-period-return-within"
    assert advice.dates["declared"] == date(2026, 11, 20)


def test_goods_never_handed_over_have_no_period_run() -> None:
    case = _case(ProblemId.NOT_DELIVERED, received=None)
    advice = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.PERIOD), TODAY)
    assert advice.key == "advice-period-not-handed"
    assert advice.document is DocKind.REPLY_INSIST


@pytest.mark.parametrize(
    ("reason", "key", "phrase"),
    [
        (RefusalReason.FAULT, "advice-refused-fault", "at the seller's cost"),
        (RefusalReason.NOT_WARRANTY, "advice-refused-not-warranty", "two years"),
        (RefusalReason.MANUFACTURER, "advice-refused-manufacturer", "must accept the goods"),
        (RefusalReason.NO_RECEIPT, "advice-refused-no-receipt", "bank statement"),
        (RefusalReason.USED, "advice-refused-used", "remedy you choose"),
        (RefusalReason.OTHER, "advice-refused-other", "Keep the refusal"),
    ],
)
def test_a_refusal_of_a_defect_claim_is_answered(
    reason: RefusalReason, key: str, phrase: str
) -> None:
    advice = advise(_case(), _reply(AnswerKind.REFUSED, reason=reason), TODAY)
    assert advice.key == key
    assert phrase in _said(advice)
    assert advice.document is DocKind.REPLY_INSIST
    assert advice.escalate
    # «go to the manufacturer» leaves the seller's period running: its reminder stays (the
    # lawyer's review of issue 20, finding 28); every other refusal ends the wait
    assert advice.cancels_deadline_reminder is (reason is not RefusalReason.MANUFACTURER)
    assert not advice.close


def test_no_receipt_cites_26_1_only_for_a_return() -> None:
    refused = _reply(AnswerKind.REFUSED, reason=RefusalReason.NO_RECEIPT)
    assert "26.1" not in _said(advise(_case(), refused, TODAY))
    assert "26.1" in _said(advise(_case(ProblemId.RETURN, return_info=True), refused, TODAY))


def test_used_goods_returned_without_a_defect_may_be_a_real_ground() -> None:
    case = _case(ProblemId.RETURN, return_info=True)
    advice = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.USED), TODAY)
    assert "may be right" in _said(advice)
    assert "товарный вид" in _said(advice, "ru")
    assert not advice.escalate


def test_not_a_warranty_case_after_two_years_is_the_period_passed() -> None:
    case = _case(received=date(2024, 1, 10))
    refused = _reply(AnswerKind.REFUSED, reason=RefusalReason.NOT_WARRANTY)
    assert advise(case, refused, TODAY).key == "advice-period-passed"


@pytest.mark.parametrize(
    ("kind", "key"),
    [
        (AnswerKind.DONE, "advice-review-done"),
        (AnswerKind.REFUSED, "advice-review-kept"),
        (AnswerKind.LATER, "advice-review-later"),
        (AnswerKind.DOCUMENTS, "advice-review-documents"),
        (AnswerKind.OFFER, "advice-review-kept"),
    ],
)
def test_the_review_platforms_answers(kind: AnswerKind, key: str) -> None:
    case = Case(
        owner_id=1,
        created_at=datetime(2026, 11, 1, tzinfo=UTC),
        path=Path.SELLER,
        seller_form=SellerForm.COMPANY,
    )
    advice = advise(case, _reply(kind, until=date(2026, 12, 9)), TODAY)
    assert advice.key == key
    assert advice.document is None
    assert advice.close is (kind is AnswerKind.DONE)
    check_texts(advice)
    if kind is AnswerKind.REFUSED:
        assert "п. 1, 11 ст. 152" in _said(advice, "ru")
        assert "арбитражный" in _said(advice, "ru")
        assert "289" in _said(advice)
    if kind is AnswerKind.LATER:
        assert advice.remind_on == date(2026, 12, 9)


def test_demand_deadline_is_the_letters_own() -> None:
    """The advice's date is the one the claim and the reminders count (`flows.schedule`)."""
    from flows import schedule

    case = _case()
    assert demand_deadline(case) == schedule.seller_deadline(case)
    assert ground(case) is Ground.QUALITY


# -- generated cases --------------------------------------------------------------------------


class Drawn(NamedTuple):
    case: Case
    reply: SellerReply
    today: date


MARKETPLACES = ["ozon", "wildberries", "yandex_market", "other"]


@st.composite
def drawn(draw: st.DrawFn) -> Drawn:
    if draw(st.integers(0, 9)) == 0:
        case = Case(
            owner_id=1,
            created_at=datetime(2026, 1, 1, tzinfo=UTC),
            path=Path.SELLER,
            seller_form=draw(st.sampled_from([None, *SellerForm])),
        )
        today = draw(st.dates(date(2026, 1, 1), date(2027, 6, 1)))
        return Drawn(case, draw(replies(today, None)), today)
    problem = draw(st.sampled_from(list(ProblemId)))
    marketplace = draw(st.sampled_from(MARKETPLACES))
    received = draw(st.dates(date(2023, 6, 1), date(2026, 11, 30)))
    # the claim soon after receipt, or near and past the two years of ст. 19
    after = st.integers(0, 40) | st.integers(600, 1000)
    delivered = draw(st.none() | after.map(lambda d: received + timedelta(days=d)))
    case = Case(
        owner_id=1,
        created_at=datetime(2023, 1, 1, tzinfo=UTC),
        marketplace=marketplace,
        problem=problem,
        ordered_on=received - timedelta(days=3),
        promised_on=received - timedelta(days=draw(st.integers(0, 5))),
        received_on=received,
        item="Чайник",
        price=Decimal(draw(st.integers(500, 200_000))),
        prepaid=draw(st.booleans()),
        seller=draw(st.sampled_from([Seller(name="ООО «Ромашка»"), Seller(is_marketplace=True)])),
        fraud_kind=draw(st.sampled_from(list(FraudKind))) if problem is ProblemId.FRAUD else None,
        wrong_kind=(
            draw(st.sampled_from(list(WrongKind))) if problem is ProblemId.WRONG_ITEM else None
        ),
        return_info=draw(st.sampled_from([None, True, False])),
        support=draw(
            st.sampled_from(
                [
                    SupportContact(skipped=True),
                    SupportContact(
                        channel="app_chat",
                        written_on=received + timedelta(days=draw(st.integers(0, 120))),
                        outcome="refused",
                    ),
                ]
            )
        ),
        delivery=ClaimDelivery(method="post", delivered_on=delivered),
    )
    if claims.asks_tech_complex(case):
        case.tech_complex = draw(st.booleans())
        if case.tech_complex:
            case.tech_ground = draw(st.sampled_from([None, *TechGround]))
    if not claims.received(case):
        case.received_on = None
    if problem is ProblemId.REFUND:
        case.return_reason = draw(st.sampled_from(list(ReturnReason)))
        if claims.asks_return_demanded_on(case):
            case.return_demanded_on = received + timedelta(days=draw(st.integers(0, 30)))
    case.demand = draw(st.sampled_from(claims.allowed_demands(case)))
    if case.demand is Demand.NEW_DATE:
        case.new_date = (delivered or received) + timedelta(days=draw(st.integers(1, 20)))
    if case.demand is Demand.PRICE_CUT:
        case.price_cut = (case.price or Decimal(1000)) / 4
    today = (delivered or received) + timedelta(days=draw(st.integers(0, 60)))
    return Drawn(case, draw(replies(today, case.price)), today)


def replies(today: date, price: Decimal | None) -> st.SearchStrategy[SellerReply]:
    return st.builds(
        SellerReply,
        number=st.just(1),
        kind=st.sampled_from(list(AnswerKind)),
        received_on=st.just(today),
        reason=st.none() | st.sampled_from(list(RefusalReason)),
        offer=st.none() | st.sampled_from(list(Offer)),
        amount=st.none() | st.integers(1, int(price or 1000) + 100).map(Decimal),
        until=st.none() | st.integers(-10, 60).map(lambda d: today + timedelta(days=d)),
    )


def _two_years_after(day: date) -> date:
    """The law's two years, counted here without the domain's help (ГК ст. 192: 29 Feb → 28)."""
    try:
        return day.replace(year=day.year + 2)
    except ValueError:
        return date(day.year + 2, 2, 28)


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn())
def test_every_advice_is_well_formed(d: Drawn) -> None:
    advice = advise(d.case, d.reply, d.today)
    assert advice.document is None or advice.document in REPLIES
    assert advice.close is (d.reply.kind is AnswerKind.DONE)
    assert advice.remind_on is None or advice.remind_on >= d.today
    if advice.close:
        assert advice.document is None
        assert not advice.escalate
        assert advice.remind_on is None
    if d.case.path is Path.SELLER:
        assert advice.document is None
    elif d.reply.kind is AnswerKind.REFUSED:
        # nothing left to wait for — but «go to the manufacturer», whose advice names the
        # seller's period still running: its reminder stays (review of issue 20, finding 28)
        manufacturer = d.reply.reason is RefusalReason.MANUFACTURER
        assert advice.cancels_deadline_reminder is not manufacturer
    elif d.reply.kind is AnswerKind.CHECK:
        assert advice.document is DocKind.REPLY_CHECK
        if d.reply.until is not None and d.reply.until >= d.today:
            assert advice.remind_on == d.reply.until
    elif d.reply.kind is AnswerKind.LATER:
        assert not advice.cancels_deadline_reminder
        due = advice.dates.get("due")
        if d.reply.until is not None and due is not None and d.reply.until > due:
            assert advice.remind_on is None
            assert advice.args["promise"] == "late"
    if advice.args.get("clock") == Clock.PASSED:
        assert advice.dates["due"] < d.today
        assert advice.escalate
    check_texts(advice)


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn())
def test_a_period_refusal_is_insisted_on_exactly_when_the_period_did_not_pass(d: Drawn) -> None:
    case = d.case
    refused = d.reply.model_copy(
        update={"kind": AnswerKind.REFUSED, "reason": RefusalReason.PERIOD}
    )
    advice = advise(case, refused, d.today)
    if case.path is Path.SELLER:
        return
    insists = advice.document is DocKind.REPLY_INSIST
    assert insists is advice.escalate
    if case.received_on is None or not claims.handed_over(case):
        return
    basis = ground(case)
    received = case.received_on
    if basis is Ground.QUALITY:
        claimed = (
            case.return_demanded_on
            if claims.defect_refund(case) and case.return_demanded_on is not None
            else case.delivery.delivered_on or d.today
        )
        # ст. 19 counts a defect found within the period: the first written word of it
        wrote = None if case.support.skipped else case.support.written_on
        found = min(claimed, wrote) if wrote is not None else claimed
        end = _two_years_after(received)
        if found > end + timedelta(days=10):  # past any move off a run of holidays
            assert not insists, advice
        tech_late = (
            bool(case.tech_complex)
            and case.demand in (Demand.REFUND, Demand.REPLACEMENT)
            and case.tech_ground in (None, TechGround.WITHIN_15)
            and claimed > received + timedelta(days=15 + 10)
        )
        if found <= end and not tech_late and claimed > received + timedelta(days=15 + 10):
            assert insists, advice
        if claimed <= received + timedelta(days=15):
            assert insists, advice
    elif basis is Ground.RETURN:
        declared = claims.return_declared_on(case, case.delivery.delivered_on or d.today)
        week, months = received + timedelta(days=7), add_months(received, 3)
        if declared <= week or (case.return_info is False and declared <= months):
            assert insists, advice
        if declared > months + timedelta(days=10):
            assert not insists, advice
        if case.return_info is True and declared > week + timedelta(days=10):
            assert not insists, advice


# -- the legal review of issue 20: the advice's mends ------------------------------------------


def test_a_partial_sum_that_arrived_is_said_paid_with_its_day() -> None:
    reply = _reply(AnswerKind.PARTIAL, amount=Decimal(5000), paid_on=date(2026, 11, 25))
    advice = advise(_case(), reply, TODAY)
    assert advice.args["paid"] == "yes"
    assert advice.dates["paid_on"] == date(2026, 11, 25)
    ru = _said(advice, "ru")
    assert "Продавец перечислил 5\u00a0000 ₽ (25.11.2026)" in ru
    assert "предлагает" not in ru
    assert "paid you 5\u00a0000 ₽ on 25 Nov 2026" in _said(advice)


def test_a_partial_sum_only_offered_is_an_offer() -> None:
    reply = _reply(AnswerKind.PARTIAL, amount=Decimal(5000), paid_asked=True)
    advice = advise(_case(), reply, TODAY)
    assert advice.args["paid"] == "no"
    assert "paid_on" not in advice.dates
    ru = _said(advice, "ru")
    assert "Продавец предлагает 5\u00a0000 ₽" in ru
    assert "перечислил" not in ru
    assert "вернул" not in ru
    assert "paid you" not in _said(advice)


def test_a_return_paid_short_may_keep_the_carriage_back() -> None:
    case = _case(ProblemId.RETURN, return_info=True)
    advice = advise(case, _reply(AnswerKind.PARTIAL, amount=Decimal(19000)), TODAY)
    assert advice.args["ground"] == Ground.RETURN
    ru = _said(advice, "ru")
    assert "вправе удержать свои расходы на доставку возвращённого товара" in ru
    assert "ст. 26.1" in ru
    # a defect's refund paid short: no such deduction is said
    other = _said(advise(_case(), _reply(AnswerKind.PARTIAL, amount=Decimal(19000)), TODAY), "ru")
    assert "удержать" not in other


@pytest.mark.parametrize(
    ("problem", "fields", "expertise"),
    [
        (ProblemId.DEFECTIVE, {}, True),
        (ProblemId.RETURN, {"return_info": True}, False),
        (ProblemId.WRONG_ITEM, {"wrong_kind": WrongKind.OTHER_ITEM}, False),
    ],
)
def test_the_check_speaks_of_an_expertise_only_where_a_defect_is_disputed(
    problem: ProblemId, fields: dict[str, Any], expertise: bool
) -> None:
    advice = advise(_case(problem, **fields), _reply(AnswerKind.CHECK), TODAY)
    assert advice.document is DocKind.REPLY_CHECK
    assert ("экспертиза проводится за его счёт" in _said(advice, "ru")) is expertise
    assert ("the expertise is at the seller's cost" in _said(advice)) is expertise


def test_goods_over_5_kg_are_collected_by_the_seller() -> None:
    heavy = advise(_case(heavy=True), _reply(AnswerKind.CHECK), TODAY)
    ru = _said(heavy, "ru")
    assert "Товар тяжелее 5 кг" in ru
    assert "за свой счёт (ст. 18 Закона о защите прав потребителей)" in ru
    assert "О проверке закон этого прямо не говорит" in ru  # the sheet names no check
    assert "сохраните чеки" in ru
    assert "over 5 kg" in _said(heavy)
    light = advise(_case(heavy=False), _reply(AnswerKind.CHECK), TODAY)
    assert "5 кг" not in _said(light, "ru")


def test_a_repairs_period_is_a_limit_not_a_last_day() -> None:
    case = _case(demand=Demand.REPAIR, delivered=date(2026, 11, 28))
    advice = advise(case, _reply(AnswerKind.DOCUMENTS, detail="фото"), TODAY)
    assert advice.args["clock"] == Clock.REPAIR
    ru = _said(advice, "ru")
    assert "незамедлительно" in ru
    assert "не позже 12.01.2027" in ru  # 28.11 + 45 days = 12.01.2027, a Tuesday
    assert "последний день" not in ru
    assert "no later than 12 Jan 2027" in _said(advice)


def test_an_offer_for_technically_complex_goods_names_the_grounds() -> None:
    case = _case(tech_complex=True, tech_ground=TechGround.WITHIN_15, delivered=date(2026, 11, 5))
    advice = advise(case, _reply(AnswerKind.OFFER, offer=Offer.REPAIR), TODAY)
    assert advice.key == "advice-offer-tech"
    assert advice.document is DocKind.REPLY_INSIST
    ru = _said(advice, "ru")
    assert "для технически сложного товара — если в претензии указано основание" in ru
    assert "вы выбрали возврат денег" in ru
    assert ru.startswith("🔁")
    # a repair asked of the same goods: no ground is needed, none is named
    repair = _case(demand=Demand.REPAIR, tech_complex=True)
    voucher = advise(repair, _reply(AnswerKind.OFFER, offer=Offer.VOUCHER), TODAY)
    assert voucher.key == "advice-offer"


def test_the_refusals_wording_points() -> None:
    fault = _said(advise(_case(), _reply(AnswerKind.REFUSED, reason=RefusalReason.FAULT), TODAY))
    assert "Do not repair the item yourself" in fault
    ru = _said(advise(_case(), _reply(AnswerKind.REFUSED, reason=RefusalReason.FAULT), TODAY), "ru")
    assert "Не ремонтируйте товар сами и не отдавайте его без акта" in ru
    maker = advise(_case(), _reply(AnswerKind.REFUSED, reason=RefusalReason.MANUFACTURER), TODAY)
    assert "отвечать по ней должен продавец" in _said(maker, "ru")
    assert "возлагает" not in _said(maker, "ru")
    assert not maker.cancels_deadline_reminder
    assert maker.escalate
    case = _case(received=date(2025, 6, 1))
    warranty = advise(case, _reply(AnswerKind.REFUSED, reason=RefusalReason.NOT_WARRANTY), TODAY)
    assert "о недостатке, обнаруженном в течение двух лет" in _said(warranty, "ru")
    assert "можно предъявить" not in _said(warranty, "ru")


def _period_reply(warranty: Warranty | None, until: date | None = None) -> SellerReply:
    return _reply(
        AnswerKind.REFUSED, reason=RefusalReason.PERIOD, warranty=warranty, warranty_until=until
    )


@pytest.mark.parametrize(
    ("received", "warranty", "until", "key", "insist"),
    [
        # a three-year warranty, the claim after the two years: the warranty counts
        (date(2024, 6, 3), Warranty.UNTIL, date(2027, 6, 3), "advice-period-warranty", True),
        # a year's warranty over, the claim within the two years: an expertise first
        (date(2025, 6, 3), Warranty.UNTIL, date(2026, 6, 3), "advice-period-warranty-over", True),
        (date(2025, 6, 3), Warranty.NONE, None, "advice-period-no-warranty", True),
        (date(2025, 6, 3), Warranty.UNKNOWN, None, "advice-period-within-unknown", True),
        (date(2024, 6, 3), Warranty.NONE, None, "advice-period-passed", False),
        (date(2024, 6, 3), Warranty.UNTIL, date(2025, 6, 3), "advice-period-passed", False),
        (date(2024, 6, 3), Warranty.UNKNOWN, None, "advice-period-passed", False),
    ],
)
def test_the_warranty_decides_the_period(
    received: date, warranty: Warranty, until: date | None, key: str, insist: bool
) -> None:
    case = _case(received=received, delivered=date(2026, 11, 20))
    advice = advise(case, _period_reply(warranty, until), TODAY)
    assert advice.key == key
    assert (advice.document is DocKind.REPLY_INSIST) is insist
    assert advice.escalate is insist
    assert advice.cancels_deadline_reminder
    check_texts(advice)
    ru, en = _said(advice, "ru"), _said(advice)
    if key == "advice-period-warranty":
        assert "Гарантия на товар — до 03.06.2027" in ru
        assert "прошёл, — но по вашим датам это не так" in ru
    if key == "advice-period-warranty-over":
        assert "возможно, придётся доказать, что недостаток был до передачи" in ru
        assert "экспертизу" in ru
        assert "expertise" in en
    if key == "advice-period-no-warranty":
        assert "Гарантии, по вашим словам, нет" in ru
        assert "Если гарантия дольше" not in ru  # nothing the person has not said
    if key == "advice-period-within-unknown":
        assert "Всё зависит от гарантии" in ru
        assert "гарантийном талоне" in ru
    if key == "advice-period-passed":
        assert ("Если гарантия дольше" in ru) is (warranty is Warranty.UNKNOWN)


@st.composite
def period_refusals(draw: st.DrawFn) -> Drawn:
    """A refusal over the period with a warranty the person may have named."""
    d = draw(drawn())
    warranty = draw(st.none() | st.sampled_from(list(Warranty)))
    until = None
    if warranty is Warranty.UNTIL:
        received = d.case.received_on or d.today
        until = received + timedelta(days=draw(st.integers(1, 365 * 5)))
    reply = d.reply.model_copy(
        update={
            "kind": AnswerKind.REFUSED,
            "reason": RefusalReason.PERIOD,
            "warranty": warranty,
            "warranty_until": until,
        }
    )
    return Drawn(d.case, reply, d.today)


_SEEMS_PASSED = {"advice-period-passed", "advice-period-warranty-over"}


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(period_refusals())
def test_a_warranty_running_on_the_claims_day_is_never_a_period_passed(d: Drawn) -> None:
    advice = advise(d.case, d.reply, d.today)
    check_texts(advice)
    if d.case.path is Path.SELLER or ground(d.case) is not Ground.QUALITY:
        return
    until = d.reply.warranty_until
    claimed = claimed_on(d.case, d.today)
    if until is not None and until >= claimed and claims.handed_over(d.case):
        assert advice.key not in _SEEMS_PASSED, advice
        if advice.key != "advice-period-tech":  # the 15 days of ст. 18, not ст. 19's period
            assert advice.document is DocKind.REPLY_INSIST
            assert advice.key in {"advice-period-warranty", "advice-period-unknown"}
    if d.reply.warranty is Warranty.NONE and advice.key.startswith("advice-period-"):
        assert "Если гарантия дольше" not in text_of(advice, "ru")  # none was said


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn(), st.none() | st.dates(date(2023, 6, 1), date(2027, 6, 1)), st.booleans())
def test_an_offered_sum_is_never_said_paid(d: Drawn, paid_on: date | None, asked: bool) -> None:
    reply = d.reply.model_copy(
        update={
            "kind": AnswerKind.PARTIAL,
            "paid_on": paid_on,
            "paid_asked": asked or bool(paid_on),
        }
    )
    advice = advise(d.case, reply, d.today)
    check_texts(advice)
    if d.case.path is Path.SELLER:
        return
    ru, en = text_of(advice, "ru"), text_of(advice, "en")
    if paid_on is None:
        assert "перечислил" not in ru
        assert "вернул" not in ru
        assert "paid you" not in en
        assert "paid back" not in en
    elif advice.args["sums"] != "none":
        assert "перечислил" in ru
        assert "paid you" in en


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn())
def test_a_manufacturer_refusal_never_cancels_the_deadline_reminder(d: Drawn) -> None:
    reply = d.reply.model_copy(
        update={"kind": AnswerKind.REFUSED, "reason": RefusalReason.MANUFACTURER}
    )
    advice = advise(d.case, reply, d.today)
    if d.case.path is Path.SELLER:
        return
    assert not advice.cancels_deadline_reminder
    assert advice.document is DocKind.REPLY_INSIST


@settings(max_examples=examples(600), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(drawn(), st.booleans())
def test_the_checks_advice_fits_the_ground(d: Drawn, heavy: bool) -> None:
    d.case.heavy = heavy
    reply = d.reply.model_copy(update={"kind": AnswerKind.CHECK})
    advice = advise(d.case, reply, d.today)
    check_texts(advice)
    if d.case.path is Path.SELLER:
        return
    ru = text_of(advice, "ru")
    disputed = ground(d.case) not in (Ground.RETURN, Ground.WRONG)
    assert ("экспертиза проводится за его счёт" in ru) is disputed
    assert ("тяжелее 5 кг" in ru) is heavy
    if advice.args["clock"] == Clock.DUE:
        assert "последний день" in ru
    else:
        assert "последний день" not in ru  # a repair's 45 days are a limit (ст. 20)
