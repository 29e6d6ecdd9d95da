"""The seller's answer as the procedure sees it (issue 20 p. 1): its questions are met only while
an answer is recorded, exactly the detail its kind needs on each path; another kind clears the
last one's detail; typed words are read only when they name one kind; a partial sum is below
the price; the reminders an answer plans fall on the person's own morning."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from bot.reminders import Reminders
from flows import answers, claims, procedure
from flows.case import (
    AnswerKind,
    Case,
    InputError,
    Offer,
    Path,
    RefusalReason,
    SellerReply,
    Warranty,
    parse_answer_kind,
    parse_partial_amount,
)
from flows.problems import ProblemId
from flows.schedule import ReminderKind
from flows.steps.stages.answer import SELLER_KINDS
from tests.depth import examples

NOW = datetime(2026, 11, 21, 9, tzinfo=UTC)

DETAILS = {
    "reply_reason",
    "reply_words",
    "reply_offer",
    "reply_amount",
    "reply_until",
    "reply_where",
    "reply_documents",
    "reply_paid",
    "reply_paid_on",
    "reply_warranty",
    "reply_warranty_until",
}
RECORDING = {"reply_text", "reply_kind", "reply_date", "reply_advice"} | DETAILS


def _case(path: Path) -> Case:
    case = Case(owner_id=1, created_at=NOW, path=path)
    if path is Path.BUYER:
        case.problem = ProblemId.DEFECTIVE
    return case


def _expected(path: Path, reply: SellerReply) -> set[str]:
    """The detail questions a kind needs: the table of issue 20 p. 1, written out."""
    kind = reply.kind
    if path is Path.SELLER:
        return {
            AnswerKind.LATER: {"reply_until"},
            AnswerKind.DOCUMENTS: {"reply_documents"},
        }.get(kind, set())  # type: ignore[arg-type]
    if kind is AnswerKind.REFUSED:
        return {"reply_reason"} | (
            {"reply_words"} if reply.reason is RefusalReason.OTHER else set()
        )  # the warranty needs the day the item came: this case has none
    if kind is AnswerKind.PARTIAL:
        # the day the money came, unless it is only offered
        offered = reply.paid_asked and reply.paid_on is None
        return {"reply_amount", "reply_paid"} | (set() if offered else {"reply_paid_on"})
    return {
        AnswerKind.OFFER: {"reply_offer"},
        AnswerKind.LATER: {"reply_until"},
        AnswerKind.CHECK: {"reply_until", "reply_where"},
        AnswerKind.DOCUMENTS: {"reply_documents"},
    }.get(kind, set())  # type: ignore[arg-type]


replies = st.builds(
    SellerReply,
    number=st.integers(1, 5),
    kind=st.none() | st.sampled_from(AnswerKind),
    reason=st.none() | st.sampled_from(RefusalReason),
    received_on=st.none() | st.dates(date(2026, 10, 20), date(2026, 11, 21)),
    paid_on=st.none() | st.just(date(2026, 11, 1)),
    paid_asked=st.booleans(),
    warranty=st.none() | st.sampled_from(Warranty),
)


@settings(max_examples=examples(300), deadline=None)
@given(path=st.sampled_from(Path), reply=st.none() | replies)
def test_the_answers_questions_are_met_only_while_one_is_recorded(
    path: Path, reply: SellerReply | None
) -> None:
    # the platform's answer is one of four kinds (stages/answer.py offers no other)
    assume(path is Path.BUYER or reply is None or reply.kind in SELLER_KINDS or reply.kind is None)
    case = _case(path)
    case.reply = reply
    met = set(procedure.sequence(case)) & RECORDING
    if reply is None:
        assert met == set()
        return
    assert met & DETAILS == _expected(path, reply)
    assert {"reply_text", "reply_kind", "reply_date"} <= met
    assert ("reply_advice" in met) == (reply.received_on is not None)
    order = procedure.sequence(case)
    # as it came, what it says, its detail, its date, the advice: in this order
    assert order.index("reply_text") < order.index("reply_kind") < order.index("reply_date")
    assert all(order.index(q) < order.index("reply_date") for q in met & DETAILS)


@settings(max_examples=examples(200), deadline=None)
@given(first=st.sampled_from(AnswerKind), second=st.sampled_from(AnswerKind))
def test_another_kind_clears_the_last_kinds_detail(first: AnswerKind, second: AnswerKind) -> None:
    case = _case(Path.BUYER)
    case.reply = SellerReply(
        number=1,
        kind=first,
        reason=RefusalReason.OTHER,
        offer=Offer.VOUCHER,
        amount=Decimal(100),
        until=date(2026, 12, 1),
        detail="их слова",
        text="ответ",
        files=2,
        paid_on=date(2026, 11, 1),
        paid_asked=True,
        warranty=Warranty.UNTIL,
        warranty_until=date(2027, 3, 1),
    )
    before = procedure.answer_of(case, "reply_kind")
    case.reply.kind = second
    if procedure.answer_of(case, "reply_kind") != before:
        procedure.clear_voided(case, "reply_kind")
    procedure.void(case)
    reply = case.reply
    assert reply is not None
    assert (reply.text, reply.files, reply.number) == ("ответ", 2, 1)  # what came stays
    if first is second:
        return
    assert reply.reason is None
    assert reply.offer is None
    assert reply.amount is None
    assert reply.until is None
    assert reply.detail is None
    assert (reply.paid_on, reply.paid_asked) == (None, False)
    assert (reply.warranty, reply.warranty_until) == (None, None)


WORDS = {
    "отказ": AnswerKind.REFUSED,
    "Отказали в возврате": AnswerKind.REFUSED,
    "ремонт": AnswerKind.OFFER,
    "предлагают замену": AnswerKind.OFFER,
    "частично": AnswerKind.PARTIAL,
    "вернули половину": AnswerKind.PARTIAL,
    "проверка качества": AnswerKind.CHECK,
    "экспертиза": AnswerKind.CHECK,
    "просят документы": AnswerKind.DOCUMENTS,
    "ответят позже": AnswerKind.LATER,
    "выполнили": AnswerKind.DONE,
    "refused": AnswerKind.REFUSED,
    "a repair": AnswerKind.OFFER,
    "partial refund": AnswerKind.PARTIAL,
    "later": AnswerKind.LATER,
}


@pytest.mark.parametrize(("typed", "kind"), WORDS.items())
def test_typed_words_that_name_one_kind(typed: str, kind: AnswerKind) -> None:
    assert parse_answer_kind(typed) is kind


@settings(max_examples=examples(200), deadline=None)
@given(a=st.sampled_from(sorted(WORDS)), b=st.sampled_from(sorted(WORDS)))
def test_words_naming_two_kinds_are_not_guessed(a: str, b: str) -> None:
    typed = f"{a}, {b}"
    if WORDS[a] is WORDS[b]:
        assert parse_answer_kind(typed) is WORDS[a]
    else:
        with pytest.raises(InputError):
            parse_answer_kind(typed)


@settings(max_examples=examples(200), deadline=None)
@given(text=st.text(max_size=80))
def test_any_text_is_one_kind_or_the_hint(text: str) -> None:
    kind: AnswerKind | str
    try:
        kind = parse_answer_kind(text)
    except InputError as error:
        kind = error.key
    assert isinstance(kind, AnswerKind) or kind == "hint-reply-kind"


@settings(max_examples=examples(300), deadline=None)
@given(
    amount=st.integers(1, 10_000_000),
    price=st.none() | st.integers(1, 10_000_000).map(Decimal),
)
def test_a_partial_sum_is_below_the_price(amount: int, price: Decimal | None) -> None:
    if price is not None and amount >= price:
        with pytest.raises(InputError, match="err-reply-amount-too-big"):
            parse_partial_amount(str(amount), price)
        return
    value = parse_partial_amount(str(amount), price)
    assert value == amount
    assert price is None or value < price


class _Store:
    """The reminder rows, as the planner writes them."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, Any, datetime | None, dict[str, Any]]] = []

    async def add(
        self, case_id: int, chat_id: int, kind: ReminderKind, due_at: datetime, **payload: Any
    ) -> None:
        self.rows.append(("add", kind, due_at, payload))

    async def cancel_case(self, case_id: int, kinds: tuple[str, ...] | None = None) -> None:
        self.rows.append(("cancel", kinds, None, {"case": case_id}))


class _Zones:
    def __init__(self, zone: str | None) -> None:
        self.zone = zone

    async def get_timezone(self, user_id: int) -> str | None:
        return self.zone


class _Clock:
    def now(self) -> datetime:
        return NOW


@pytest.mark.parametrize("zone", [None, "Asia/Vladivostok", "Europe/Kaliningrad", "Asia/Kolkata"])
@pytest.mark.parametrize("kind", [ReminderKind.ANSWER_PROMISED, ReminderKind.QUALITY_CHECK])
async def test_a_date_an_answer_named_is_reminded_on_its_local_morning(
    zone: str | None, kind: ReminderKind
) -> None:
    store = _Store()
    planner = Reminders(store, _Clock(), "Europe/Moscow", _Zones(zone))  # type: ignore[arg-type]
    case = _case(Path.BUYER)
    case.id = 7
    await planner.reply_follow_up(case, 1001, kind, date(2026, 12, 5))
    (cancel, kinds, _, _), (add, planned, due_at, payload) = store.rows
    assert (cancel, kinds) == ("cancel", (kind,))  # a newer date replaces the last one's
    assert (add, planned, payload) == ("add", kind, {"due": "2026-12-05"})
    assert due_at is not None
    local = due_at.astimezone(ZoneInfo(zone or "Europe/Moscow"))
    assert (local.date(), local.hour, local.minute) == (date(2026, 12, 5), 10, 0)


async def test_cancelling_the_deadline_reminder_names_only_that_kind() -> None:
    store = _Store()
    planner = Reminders(store, _Clock(), "Europe/Moscow", _Zones(None))  # type: ignore[arg-type]
    await planner.cancel_seller_deadline(7)
    assert store.rows == [("cancel", (ReminderKind.SELLER_DEADLINE,), None, {"case": 7})]


@settings(max_examples=examples(300), deadline=None)
@given(
    problem=st.sampled_from(ProblemId),
    received=st.none() | st.just(date(2025, 3, 1)),
    reason=st.none() | st.sampled_from(RefusalReason),
    warranty=st.none() | st.sampled_from(Warranty),
)
def test_the_warranty_is_asked_only_for_a_defects_refusal_over_the_period(
    problem: ProblemId,
    received: date | None,
    reason: RefusalReason | None,
    warranty: Warranty | None,
) -> None:
    """ст. 19's period turns on the warranty only for a defect of goods handed over on a known
    day (the lawyer's review of issue 20, finding 11); its last day only when one was said."""
    case = Case(owner_id=1, created_at=NOW, problem=problem, received_on=received)
    case.reply = SellerReply(number=1, kind=AnswerKind.REFUSED, reason=reason, warranty=warranty)
    met = set(procedure.sequence(case))
    asked = (
        reason is RefusalReason.PERIOD
        and received is not None
        and claims.handed_over(case)
        and answers.ground(case) is answers.Ground.QUALITY
    )
    assert ("reply_warranty" in met) is asked
    assert ("reply_warranty_until" in met) is (
        asked and warranty not in (Warranty.NONE, Warranty.UNKNOWN)
    )
    if problem is ProblemId.DEFECTIVE and received is not None:
        assert ("reply_warranty" in met) is (reason is RefusalReason.PERIOD)
    procedure.void(case)
    if not asked:  # a question not met keeps no answer
        assert (case.reply.warranty, case.reply.warranty_until) == (None, None)


def test_only_a_recorded_refusal_counts_once_answers_are_recorded() -> None:
    """`answered.refused`: the person's word (the waiting question's button) stands while no
    answer is recorded; with answers recorded, only a refusal among them dated by the day."""
    from datetime import UTC, date, datetime

    from flows import answered
    from flows.case import AnswerKind, Case, SellerAnswer, SellerReply

    case = Case(owner_id=1, created_at=datetime(2026, 11, 1, tzinfo=UTC))
    case.seller_answer = SellerAnswer.REFUSED
    assert answered.refused(case, date(2026, 12, 1))
    check = SellerReply(number=1, kind=AnswerKind.CHECK, received_on=date(2026, 11, 19))
    case.replies = [check]
    assert not answered.refused(case, date(2026, 12, 1))
    refusal = SellerReply(number=2, kind=AnswerKind.REFUSED, received_on=date(2026, 11, 25))
    case.replies = [check, refusal]
    assert not answered.refused(case, date(2026, 11, 24))  # not yet given on that day
    assert answered.refused(case, date(2026, 11, 25))
