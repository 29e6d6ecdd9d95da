"""What a seller's answer means and what to do next (issue 20 p. 2), decided once, here.

The dialogue records an answer (`SellerReply`) and asks `advise` for the next step: one locale
message (`locales/*/advice.ftl`, every sentence beside the fact-sheet item it rests on), the
written reply worth sending, whether the routes come back, and the reminder to set. Everything
that depends on the case's dates — whether a period really passed, when the seller's period
ends — is computed from `flows.law` / `flows.schedule` / `flows.claims`, never recounted here,
so the advice and the documents cannot disagree about a date.

Nothing here is worded for a language: amounts go out as figures (`flows.money.figures`, as
every error message's amounts do), dates as `date` objects in `Advice.dates` for the dialogue
to write in the person's language (`flows/steps/engine/fields.day_text`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from flows import claims, schedule
from flows.case import AnswerKind, Case, Offer, Path, RefusalReason, SellerReply, Warranty
from flows.claims import DocKind, LetterForm
from flows.law import Deadline, DeadlineKind, deadline
from flows.money import figures
from flows.problems import MONEY_DEMANDS, Demand, TechGround

# The written replies an answer may call for (`flows/documents/replies.py` makes them).
REPLIES = frozenset({DocKind.REPLY_INSIST, DocKind.REPLY_CHECK, DocKind.REPLY_PARTIAL})


@dataclass(frozen=True)
class Advice:
    """The next step after one answer. `key` is a message in `advice.ftl`; its variables are
    `args` (strings and numbers) and `dates` (days the dialogue writes in the person's
    language) — together exactly what the message may use."""

    key: str
    args: dict[str, str | int] = field(default_factory=dict)
    dates: dict[str, date] = field(default_factory=dict)
    document: DocKind | None = None  # a written reply worth sending (one of `REPLIES`)
    escalate: bool = False  # offer «escalate now»: the routes come back
    # a day to remind the person (a promised answer, the quality check); None: the seller's
    # deadline reminder, if any, is the one that stays
    remind_on: date | None = None
    # the answer makes the "the seller's period passed" reminder pointless (or wrong)
    cancels_deadline_reminder: bool = False
    close: bool = False  # the seller did everything: the case can close happily


class Ground(StrEnum):
    """The rule the claim's demand rests on, as far as an answer's advice cares: each ground
    has its own law on the remedy's choice and on periods (law-facts §1)."""

    QUALITY = "quality"  # ст. 18–22: goods with a defect (an incomplete set, a counterfeit)
    PREPAID = "prepaid"  # ст. 23.1: goods paid for and not handed over
    RETURN = "return"  # ст. 26.1: goods of proper quality sent back
    WRONG = "wrong"  # ГК ст. 468 п. 1: another item delivered
    OTHER = "other"  # unpaid goods, a misleading ad, or no claim to speak of


class Clock(StrEnum):
    """Where the seller's period stands, for the sentence every advice ends with."""

    DUE = "due"  # runs; ends on `due`
    # a repair: due «незамедлительно», `due` the 45 days' end at most (ст. 20 п. 1), never
    # called the seller's "last day" (the lawyer's review of issue 20, finding 20)
    REPAIR = "repair"
    REPLACEMENT = "replacement"  # a replacement with a quality check: ст. 21's 20 days
    PASSED = "passed"  # ended on `due`, before today
    OPEN = "open"  # not known (no delivery date, or nothing to wait for)


# -- the case's rules and dates ---------------------------------------------------------------


def ground(case: Case) -> Ground:
    if case.problem is None:
        return Ground.OTHER
    letter = claims.main_letter(case)
    if letter.form is LetterForm.WRONG:
        return Ground.WRONG
    if "zozpp-26.1" in letter.basis and letter.form is not LetterForm.REFUSE:
        return Ground.RETURN
    if "zozpp-23.1" in letter.basis:
        return Ground.PREPAID
    if "zozpp-18" in letter.basis:
        return Ground.QUALITY
    return Ground.OTHER


def demand(case: Case) -> Demand | None:
    return claims.demand_of(case) if case.problem is not None else None


def checked_replacement(case: Case, reply: SellerReply) -> bool:
    """A replacement the seller wants to check first: ст. 21 gives it 20 days, not 7
    (law-facts §1 Deadlines [S4])."""
    if reply.kind is not AnswerKind.CHECK or case.problem is None:
        return False
    return claims.main_letter(case).deadline is DeadlineKind.ANSWER_REPLACEMENT


def demand_deadline(case: Case, reply: SellerReply | None = None) -> Deadline | None:
    """The seller's period for the claim's demand, as the answer leaves it: the main letter's
    (a refund after a defective return keeps the original demand's, `schedule.letter_deadline`);
    ст. 21's 20 days once the seller asks to check a replacement."""
    if case.problem is None or case.delivery.delivered_on is None:
        return None
    if reply is not None and checked_replacement(case, reply):
        return deadline(DeadlineKind.ANSWER_REPLACEMENT_CHECK, case.delivery.delivered_on)
    return schedule.letter_deadline(case, claims.main_letter(case))


def claimed_on(case: Case, today: date) -> date:
    """The day the demand reached the seller: the original demand's for a refund after a
    defective return, the claim's delivery otherwise; today when neither is known."""
    if claims.defect_refund(case) and case.return_demanded_on is not None:
        return case.return_demanded_on
    return case.delivery.delivered_on or today


def found_by(case: Case, today: date) -> tuple[date, str]:
    """The latest day the defect was known, as the case proves it (ст. 19 counts defects
    *found* within its periods): the person's first written word of it — the support chat,
    when they wrote there before the claim ("support") — or the claim ("claim")."""
    claimed = claimed_on(case, today)
    support = case.support
    if not support.skipped and support.written_on is not None and support.written_on < claimed:
        return support.written_on, "support"
    return claimed, "claim"


def _clock(period: Deadline | None, today: date, *, replacement: bool = False) -> Clock:
    if period is None:
        return Clock.OPEN
    if period.passed(today):
        return Clock.PASSED
    if replacement:
        return Clock.REPLACEMENT
    return Clock.REPAIR if period.kind is DeadlineKind.ANSWER_REPAIR else Clock.DUE


def _on_or_after(day: date | None, today: date) -> date | None:
    return day if day is not None and day >= today else None


# -- advice -----------------------------------------------------------------------------------


def advise(case: Case, reply: SellerReply, today: date) -> Advice:
    """The next step after `reply`, on `today`."""
    if case.path is Path.SELLER:
        return _review(case, reply, today)
    kind = reply.kind
    if kind is AnswerKind.DONE:
        return Advice("advice-done", close=True, cancels_deadline_reminder=True)
    if kind is AnswerKind.REFUSED:
        return _refused(case, reply, today)
    period = demand_deadline(case, reply)
    clock = _clock(period, today, replacement=checked_replacement(case, reply))
    args: dict[str, str | int] = {"clock": clock.value}
    dates = {"due": period.due} if period is not None else {}
    passed = clock is Clock.PASSED
    if kind is AnswerKind.CHECK:
        return _check(case, reply, today, args, dates, period)
    if kind is AnswerKind.OFFER:
        return _offer(case, reply, args, dates, passed)
    if kind is AnswerKind.PARTIAL:
        return _partial(case, reply, args, dates, passed)
    if kind is AnswerKind.DOCUMENTS:
        return Advice("advice-documents", args, dates, escalate=passed)
    if kind is AnswerKind.LATER:
        return _later(reply, today, args, dates, period)
    # an answer not yet sorted: what holds for every answer — the period runs
    return Advice("advice-unsorted", args, dates, escalate=passed)


def _check(
    case: Case,
    reply: SellerReply,
    today: date,
    args: dict[str, str | int],
    dates: dict[str, date],
    period: Deadline | None,
) -> Advice:
    remind = _on_or_after(reply.until, today)
    args["when"] = "dated" if remind is not None else "open"
    if remind is not None:
        dates["on"] = remind
    basis = ground(case)
    # no defect is in dispute over a proper-quality return or another item: no expertise
    args["defect"] = "no" if basis in (Ground.RETURN, Ground.WRONG) else "yes"
    # goods over 5 kg: the seller carries them (ст. 18); whether for the check too, the
    # sheet does not say — the advice says so (the lawyer's review of issue 20, finding 9)
    args["heavy"] = "yes" if case.heavy else "no"
    replacement = checked_replacement(case, reply)
    if replacement and remind is None and period is not None:
        # the claim's 7 days no longer hold: remind the morning after the 20
        remind = _on_or_after(period.due + timedelta(days=1), today)
    return Advice(
        "advice-check",
        args,
        dates,
        document=DocKind.REPLY_CHECK,
        escalate=args["clock"] == Clock.PASSED,
        remind_on=remind,
        # the reminder counted on the claim's 7 days would call the period passed too early
        cancels_deadline_reminder=replacement,
    )


_SAME_OFFER = {Offer.REPAIR: Demand.REPAIR, Offer.REPLACEMENT: Demand.REPLACEMENT}


def _offer(
    case: Case,
    reply: SellerReply,
    args: dict[str, str | int],
    dates: dict[str, date],
    passed: bool,
) -> Advice:
    asked = demand(case)
    offer = reply.offer or Offer.OTHER
    if asked is not None and _SAME_OFFER.get(offer) is asked:
        # what was asked, offered: agree the terms in writing, the period still holds
        return Advice("advice-offer-same", args, dates, escalate=passed)
    args["offer"] = offer.value
    args["demand"] = asked.value if asked is not None else "none"
    basis = ground(case)
    if basis is Ground.QUALITY and claims.asks_tech_ground(case) and asked in _TECH_DEMANDS:
        # technically complex goods: a refund or replacement is the person's choice only on a
        # ground the claim states (ст. 18; the lawyer's review of issue 20, finding 27)
        return Advice(
            "advice-offer-tech", args, dates, document=DocKind.REPLY_INSIST, escalate=passed
        )
    args["ground"] = basis.value
    return Advice("advice-offer", args, dates, document=DocKind.REPLY_INSIST, escalate=passed)


_TECH_DEMANDS = (Demand.REFUND, Demand.REPLACEMENT)


def _owed(case: Case) -> Decimal | None:
    if demand(case) is Demand.PRICE_CUT:
        return case.price_cut
    return case.price


def _partial(
    case: Case,
    reply: SellerReply,
    args: dict[str, str | int],
    dates: dict[str, date],
    passed: bool,
) -> Advice:
    owed, amount = _owed(case), reply.amount
    # a sum is said to be paid only once the person said when it came: an offer is an offer
    # (the lawyer's review of issue 20, blocker 1)
    args["paid"] = "yes" if reply.paid_on is not None else "no"
    if reply.paid_on is not None:
        dates["paid_on"] = reply.paid_on
    # ст. 26.1: the seller may keep its cost of carrying the returned goods back (finding 7)
    args["ground"] = ground(case).value
    money = demand(case) in MONEY_DEMANDS
    if money and amount is not None and owed is not None and 0 < amount < owed:
        args.update(sums="rest", amount=figures(amount), rest=figures(owed - amount))
    elif amount is not None and amount > 0:
        args.update(sums="amount", amount=figures(amount))
    else:
        args["sums"] = "none"
    return Advice("advice-partial", args, dates, document=DocKind.REPLY_PARTIAL, escalate=passed)


def _later(
    reply: SellerReply,
    today: date,
    args: dict[str, str | int],
    dates: dict[str, date],
    period: Deadline | None,
) -> Advice:
    promised = reply.until
    if promised is not None and period is not None and promised > period.due:
        args["promise"] = "late"  # after the legal date: the promise does not move it
        dates["until"] = promised
        remind = None
    elif promised is not None and promised >= today:
        args["promise"] = "dated"
        dates["until"] = promised
        remind = promised
    else:
        args["promise"] = "open"
        remind = None
    return Advice(
        "advice-later", args, dates, escalate=args["clock"] == Clock.PASSED, remind_on=remind
    )


# -- refusals ---------------------------------------------------------------------------------


def _insist(
    key: str,
    args: dict[str, str | int],
    dates: dict[str, date],
    *,
    cancels_deadline_reminder: bool = True,
) -> Advice:
    """A refusal the law does not back: reply in writing, insisting, and the routes now."""
    return Advice(
        key,
        args,
        dates,
        document=DocKind.REPLY_INSIST,
        escalate=True,
        cancels_deadline_reminder=cancels_deadline_reminder,
    )


def _honest(key: str, args: dict[str, str | int], dates: dict[str, date]) -> Advice:
    """A refusal the case's own dates bear out: no reply insisting, no routes."""
    return Advice(key, args, dates, cancels_deadline_reminder=True)


_REFUSAL_KEYS = {
    RefusalReason.FAULT: "advice-refused-fault",
    RefusalReason.NO_RECEIPT: "advice-refused-no-receipt",
    RefusalReason.USED: "advice-refused-used",
    RefusalReason.OTHER: "advice-refused-other",
}

# refusals whose advice depends on the rule the demand rests on
_GROUNDED = frozenset({"advice-refused-no-receipt", "advice-refused-used"})


def _refused(case: Case, reply: SellerReply, today: date) -> Advice:
    reason = reply.reason or RefusalReason.OTHER
    if reason is RefusalReason.PERIOD:
        return _period(case, reply, today)
    basis = ground(case)
    args: dict[str, str | int] = {"ground": basis.value}
    if reason is RefusalReason.NOT_WARRANTY:
        return _not_warranty(case, reply, today, args)
    if reason is RefusalReason.MANUFACTURER:
        period = demand_deadline(case, reply)
        args["clock"] = _clock(period, today).value
        # the seller's period still runs and the advice names its end: the reminder of it
        # stays, as for an offer (the lawyer's review of issue 20, finding 28)
        return _insist(
            "advice-refused-manufacturer",
            args,
            {"due": period.due} if period is not None else {},
            cancels_deadline_reminder=False,
        )
    if reason is RefusalReason.USED and basis is Ground.RETURN:
        # ст. 26.1: the goods must keep their look and properties — a real ground when they did
        # not; the reply is there for the person who knows they did, the routes are not offered
        return Advice(
            "advice-refused-used",
            args,
            document=DocKind.REPLY_INSIST,
            cancels_deadline_reminder=True,
        )
    key = _REFUSAL_KEYS.get(reason, "advice-refused-other")
    return _insist(key, args if key in _GROUNDED else {}, {})


def _not_warranty(
    case: Case, reply: SellerReply, today: date, args: dict[str, str | int]
) -> Advice:
    """The seller says "not a warranty case": ст. 19's two years answer it where no warranty
    was set — unless they, too, ran out before the claim."""
    two_years = _two_years(case)
    if args["ground"] != Ground.QUALITY or two_years is None:
        return _insist("advice-refused-other", {}, {})
    if found_by(case, today)[0] > two_years.due:
        return _period(case, reply, today)
    dates = {"received": two_years.start, "two_years": two_years.due}
    return _insist("advice-refused-not-warranty", {}, dates)


def _two_years(case: Case) -> Deadline | None:
    """ст. 19: two years from handover, where the goods were handed over."""
    if case.received_on is None or not claims.handed_over(case):
        return None
    return deadline(DeadlineKind.DEFECT_NO_WARRANTY, case.received_on)


def asks_warranty(case: Case) -> bool:
    """Whether a refusal over the period calls for the warranty the item has: only where ст. 19
    decides it — a defect of goods handed over, with the day of handover known — since the two
    years hold only where no warranty was set (law-facts §1 ст. 19 [S13]; the lawyer's review
    of issue 20, finding 11)."""
    reply = case.reply
    return (
        case.path is Path.BUYER
        and reply is not None
        and reply.kind is AnswerKind.REFUSED
        and reply.reason is RefusalReason.PERIOD
        and case.problem is not None
        and ground(case) is Ground.QUALITY
        and _two_years(case) is not None
    )


def _period(case: Case, reply: SellerReply, today: date) -> Advice:
    """The seller says "the period has passed": which period applies to this case, and
    whether it really did."""
    basis = ground(case)
    claimed = claimed_on(case, today)
    if case.problem is not None and not claims.handed_over(case):
        return _insist("advice-period-not-handed", {}, {})
    if basis is Ground.RETURN:
        return _period_return(case, claimed)
    two_years = _two_years(case)
    if basis is not Ground.QUALITY or two_years is None:
        return _insist("advice-period-unknown", {}, {})
    found, first = found_by(case, today)
    dates = {"received": two_years.start, "found": found, "two_years": two_years.due}
    warranty = reply.warranty
    until = reply.warranty_until if warranty is Warranty.UNTIL else None
    if until is not None and found <= until:
        # found within the warranty the person names: the seller is wrong about ст. 19's period
        # whatever the two years say (a longer warranty counts)
        if _tech_window_missed(case, claimed):
            return _tech(case, claimed, two_years)
        return _insist("advice-period-warranty", {"first": first}, {"found": found, "until": until})
    if found > two_years.due:
        args: dict[str, str | int] = {"first": first, "warranty": _told(warranty, until)}
        if until is not None:
            dates["until"] = until
        return _honest("advice-period-passed", args, dates)
    if _tech_window_missed(case, claimed):
        return _tech(case, claimed, two_years)
    if until is not None:
        # the warranty ran out before the defect was found, within the two years: ст. 19's
        # rule for this is unconfirmed in its text — worded as "may need to show", with an
        # expertise advised before the reply goes
        return _insist("advice-period-warranty-over", {"first": first}, dates | {"until": until})
    return _insist(_WITHIN[warranty], {"first": first}, dates)


# within the two years, by what the person said of the warranty (None: not asked)
_WITHIN = {
    None: "advice-period-within",
    Warranty.NONE: "advice-period-no-warranty",
    Warranty.UNKNOWN: "advice-period-within-unknown",
    Warranty.UNTIL: "advice-period-within",  # never reached: a date is answered above
}


def _told(warranty: Warranty | None, until: date | None) -> str:
    """What the person said of the warranty: "until" (a date), "none", or "open" (not known, or
    not asked — an answer recorded before the question existed)."""
    if until is not None:
        return "until"
    return "none" if warranty is Warranty.NONE else "open"


def _tech(case: Case, claimed: date, two_years: Deadline) -> Advice:
    fifteen = deadline(DeadlineKind.TECH_COMPLEX, two_years.start)
    tech = {"received": two_years.start, "claimed": claimed, "fifteen": fifteen.due}
    return _honest("advice-period-tech", {}, tech | {"two_years": two_years.due})


def _tech_window_missed(case: Case, claimed: date) -> bool:
    """A refund or replacement of technically complex goods claimed "within 15 days" (or on no
    stated ground) after those 15 days: the seller's period objection is right (ст. 18)."""
    if not claims.asks_tech_ground(case) or demand(case) not in (Demand.REFUND, Demand.REPLACEMENT):
        return False
    if case.tech_ground not in (TechGround.WITHIN_15, None):
        return False
    return case.received_on is not None and not claims.tech_window_open(case, claimed)


def _period_return(case: Case, claimed: date) -> Advice:
    """ст. 26.1: 7 days after handover, 3 months without written return terms, counted to
    the day the refusal was declared (the support chat, if the person wrote there first)."""
    if case.received_on is None:
        return _insist("advice-period-unknown", {}, {})
    declared = claims.return_declared_on(case, claimed)
    week = deadline(DeadlineKind.RETURN_WINDOW, case.received_on)
    months = deadline(DeadlineKind.RETURN_WINDOW_NO_INFO, case.received_on)
    dates = {"received": case.received_on, "declared": declared}
    if case.return_info is False:
        dates["until"] = months.due
        if declared > months.due:
            return _honest("advice-period-return-passed", {"window": "months"}, dates)
        return _insist("advice-period-return-within", {"window": "months"}, dates)
    dates["until"] = week.due
    if declared <= week.due:
        return _insist("advice-period-return-within", {"window": "week"}, dates)
    if case.return_info is None and declared <= months.due:
        # whether written return terms came with the goods decides it: the person knows
        dates["months"] = months.due
        return Advice("advice-period-return-terms", {}, dates, cancels_deadline_reminder=True)
    return _honest("advice-period-return-passed", {"window": "week"}, dates)


# -- the seller's path: the platform's answer to an appeal against a review -------------------


def _review(case: Case, reply: SellerReply, today: date) -> Advice:
    kind = reply.kind
    if kind is AnswerKind.DONE:
        return Advice("advice-review-done", close=True, cancels_deadline_reminder=True)
    if kind is AnswerKind.LATER:
        remind = _on_or_after(reply.until, today)
        if remind is None:
            return Advice("advice-review-later", {"promise": "open"})
        return Advice(
            "advice-review-later", {"promise": "dated"}, {"until": remind}, remind_on=remind
        )
    if kind is AnswerKind.DOCUMENTS:
        return Advice("advice-review-documents")
    form = case.seller_form.value if case.seller_form is not None else "other"
    return Advice(
        "advice-review-kept", {"form": form}, escalate=True, cancels_deadline_reminder=True
    )
