"""What the seller's answers settle (issue 20): which of them a document dated on a day may speak
of, what they paid back and what is still owed, whether the seller asked for a quality check —
counted here once, for the written replies, the police statement, the lawsuit and the periods.

An answer counts on a day only when it is dated by then: a document never speaks of an answer
still to come (issue 20 p. 2)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from flows import claims
from flows.case import AnswerKind, Case, SellerAnswer, SellerReply
from flows.law import money
from flows.problems import Demand


def dated(case: Case, on: date) -> list[SellerReply]:
    """The answers recorded with what they said and a date no later than `on`, in the order of
    their dates (an answer recorded late still takes its place by its date)."""
    found = [
        r
        for r in case.replies
        if r.kind is not None and r.received_on is not None and r.received_on <= on
    ]
    return sorted(found, key=lambda r: (r.received_on or on, r.number))


def paid(reply: SellerReply, on: date) -> bool:
    """A partial sum that reached the person by `on`; one only offered is never paid
    (`SellerReply.paid_on`)."""
    return reply.kind is AnswerKind.PARTIAL and reply.paid_on is not None and reply.paid_on <= on


def paid_parts(case: Case, on: date) -> list[SellerReply]:
    """The answers whose part of the money reached the person by `on`."""
    return [r for r in dated(case, on) if paid(r, on)]


def paid_back(case: Case, on: date) -> Decimal:
    """The parts of the money the seller paid back by `on`, as its answers record them."""
    return money(sum((r.amount for r in paid_parts(case, on) if r.amount), Decimal(0)))


def parts_known(case: Case, on: date) -> bool:
    """Every part paid back by `on` has its sum: only then can a document say what is owed."""
    return all(r.amount for r in paid_parts(case, on))


def demanded_sum(case: Case) -> Decimal | None:
    """The money the claim demanded: the price cut, or the price paid back; None where the
    demand was not money (a repair, a replacement, a delivery)."""
    letter = claims.main_letter(case)
    if letter.demand is Demand.PRICE_CUT:
        return money(case.price_cut) if case.price_cut is not None else None
    if letter.demand is Demand.REFUND and case.price is not None:
        return money(case.price)
    return None


def still_owed(case: Case, on: date) -> Decimal | None:
    """The rest of the money demanded once the parts paid back by `on` are counted."""
    demanded = demanded_sum(case)
    if demanded is None:
        return None
    return max(demanded - paid_back(case, on), Decimal(0))


def asked_check(case: Case) -> bool:
    """The seller asked for the item for a quality check: a replacement then has 20 days, not 7
    (ЗоЗПП ст. 21, law-facts §1 Deadlines [S4])."""
    return any(r.kind is AnswerKind.CHECK for r in case.replies)


def refused(case: Case, on: date) -> bool:
    """Whether the seller refused the claim's demand by `on`. With answers recorded, only a
    recorded refusal dated by then counts: the waiting question's «Продавец отказал» pressed
    beside a recorded request for a check must not let a lawsuit switch demands while the
    period runs (the lawyer's re-check of issue 20, B1). With none recorded, the person's word
    (`Case.seller_answer`) stands, as before answers were recorded."""
    if any(r.kind is not None for r in case.replies):
        return any(r.kind is AnswerKind.REFUSED for r in dated(case, on))
    return case.seller_answer is SellerAnswer.REFUSED
