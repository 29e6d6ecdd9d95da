"""Which deadlines a case has, and when each is worth a reminder — computed, never stored, so a
corrected answer moves its deadline with it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from flows import answered, claims, problems
from flows.case import Case, PoliceExtension, Status
from flows.law import (
    Court,
    Deadline,
    DeadlineKind,
    Penalty,
    PenaltyKind,
    consumer_duty,
    court_for,
    deadline,
    money,
    penalty,
)
from flows.problems import ROUTE_DEADLINE, Demand, Route


class ReminderKind(StrEnum):
    OWN_WINDOW = "own_window"  # two days before the person's own period closes
    SELLER_DEADLINE = "seller_deadline"  # the morning after the seller's period passed
    SUPPORT_FOLLOW_UP = "support_follow_up"  # the person chose "waiting" for support
    STATE_BODY = "state_body"  # the morning after a body's 30 days
    LETTER_FOLLOW_UP = "letter_follow_up"  # the claim's registered letter is still on its way
    MARKETPLACE_DEADLINE = "marketplace_deadline"  # the morning after the aggregator's 10 days
    # issue 20: the morning of a date the seller's answer named
    ANSWER_PROMISED = "answer_promised"  # "we will answer by"
    QUALITY_CHECK = "quality_check"  # the quality check or expertise they set
    LETTER_NEWS = "letter_news"  # issue 21: what Russian Post said of a followed letter
    # issue 22 p. 5 (`flows/retention.py`): a closed case is about to be erased; an open case
    # untouched for long: still needed?
    RETENTION_WARNING = "retention_warning"
    STALE_QUESTION = "stale_question"


OWN_WINDOW_NOTICE = timedelta(days=2)


@dataclass(frozen=True)
class Planned:
    kind: ReminderKind
    day: date  # the local day to remind on (the hour is the scheduler's business)
    deadline: Deadline


def own_windows(case: Case) -> list[Deadline]:
    """The person's own periods from receipt; the 15 days of technically complex goods only for
    such goods and only while no claim has been delivered (law-facts §1 ст. 18)."""
    if case.problem is None or case.received_on is None:
        return []
    kinds = list(problems.get(case.problem).own_windows)
    if claims.tech_window_reminded(case):
        kinds.insert(0, DeadlineKind.TECH_COMPLEX)
    return [deadline(kind, case.received_on) for kind in kinds]


def own_window_applies(case: Case, kind: str) -> bool:
    """A planned own-window reminder still fits the case (the answers or the claim may have
    changed since it was planned)."""
    return any(period.kind.value == kind for period in own_windows(case))


def seller_deadline(case: Case, letter: claims.Letter | None = None) -> Deadline | None:
    """The period the claim's delivery started (the main letter's unless another is given)."""
    if case.problem is None or case.delivery.delivered_on is None:
        return None
    kind = (letter or claims.main_letter(case)).deadline
    if kind is None or (kind is DeadlineKind.NEW_DELIVERY and case.new_date is None):
        return None
    if kind is DeadlineKind.ANSWER_REPLACEMENT and answered.asked_check(case):
        kind = DeadlineKind.ANSWER_REPLACEMENT_CHECK  # ст. 21: 20 days with a quality check
    return deadline(kind, case.delivery.delivered_on, until=case.new_date)


def marketplace_deadline(case: Case) -> Deadline | None:
    """The aggregator owner's 10 days to return a prepayment (ЗоЗПП ст. 12, law-facts §1 ст. 12):
    counted from the day its own demand reached it, never from the seller's notice."""
    delivered = case.marketplace_delivery.delivered_on
    if delivered is None or not claims.marketplace_refunds(case):
        return None
    return deadline(DeadlineKind.MARKETPLACE_REFUND, delivered)


def letter_deadline(case: Case, letter: claims.Letter) -> Deadline | None:
    """The period a claim-stage letter started when it was delivered, whoever it went to."""
    if letter.form is claims.LetterForm.MARKETPLACE:
        return marketplace_deadline(case)
    original = claims.overdue_since(case)
    if original is not None and case.delivery.delivered_on is not None:
        # a refund after a defective return: its 10 days ran from the original demand, and the
        # claim asks payment without delay — no fresh period (law-facts §1)
        return original
    return seller_deadline(case, letter)


class Standing(StrEnum):
    """Where a written demand stands on a document's date. Every sentence that says a demand
    was not met in time is chosen by this value, and only `demand_status` computes it — from the
    delivery date, the period and the document's date — so no document can state a deadline as
    missed before it is (issue 17 p. 1; law-facts §3 Police, §5 «Заявление в полицию»)."""

    UNSENT = "unsent"  # not delivered to its addressee yet (or its date is not known)
    NOTHING_DUE = "nothing"  # asks nothing to wait for: refusing unpaid goods before handover
    RUNNING = "running"  # delivered; its period ends on `due`, on or after the document's date
    MISSED = "missed"  # its period ended before the document's date, and it was not met
    REFUSED = "refused"  # the addressee refused it (the person told the bot)


@dataclass(frozen=True)
class DemandStatus:
    letter: claims.Letter
    standing: Standing
    delivered_on: date | None
    due: date | None  # the last day of its period, where there is one


def demand_status(
    case: Case, letter: claims.Letter, on: date, *, refusals: bool = True
) -> DemandStatus:
    """Where `letter` stands on `on`, the date of the document that speaks of it. Without
    `refusals`, the period as counted: for documents that tell the seller's answers (a refusal
    among them) themselves."""
    to_marketplace = letter.form is claims.LetterForm.MARKETPLACE
    delivery = case.marketplace_delivery if to_marketplace else case.delivery
    delivered = delivery.delivered_on
    if delivered is None or delivered > on:
        return DemandStatus(letter, Standing.UNSENT, None, None)
    period = letter_deadline(case, letter)
    if letter.deadline is None or period is None:
        return DemandStatus(letter, Standing.NOTHING_DUE, delivered, None)
    if refusals and not to_marketplace and answered.refused(case, on):
        standing = Standing.REFUSED
    else:
        standing = Standing.MISSED if period.passed(on) else Standing.RUNNING
    return DemandStatus(letter, standing, delivered, period.due)


def switch_allowed(case: Case, on: date) -> bool:
    """A repair, replacement or new delivery date gives way to another demand (in court) only
    once it was refused or its period ran out (ЗоЗПП ст. 18, 20–23.1; law-facts §1)."""
    main = claims.main_letter(case)
    if main.demand not in (Demand.REPAIR, Demand.REPLACEMENT, Demand.NEW_DATE):
        return True
    return demand_status(case, main, on).standing in (Standing.MISSED, Standing.REFUSED)


def penalty_to(case: Case, today: date, letter: claims.Letter | None = None) -> Penalty | None:
    """The penalty for this case to `today` under `letter` (the main one by default), or None
    where the law gives none. ст. 23.1 runs from the delivery date the contract set; ст. 23 from
    the day after the claim's period; both capped (law-facts §1)."""
    letter = letter or claims.main_letter(case)
    if letter.penalty is None or case.price is None:
        return None
    overdue = claims.overdue_since(case)
    if letter.penalty is PenaltyKind.PREPAID:
        if not case.prepaid or case.promised_on is None:
            return None
        due = case.promised_on
    elif overdue is not None:
        # a refund after a defective return: from the day after the original demand's 10 days
        due = overdue.due
    else:
        period = seller_deadline(case, letter)
        if period is None:
            return None
        due = period.due
    return penalty(letter.penalty, case.price, due, today, paid=case.price)


def repair_penalty(case: Case, today: date) -> Penalty | None:
    """ст. 23 п. 1 for a repair that ran late (ст. 20, at most 45 days from handover for
    repair): 1 % of the price a day from the day after the period until the item came back —
    or, not back, until the person switched to this claim's demand (its delivery, or the
    document's date); capped at the amount paid (law-facts §1 «Repair delay = penalty»)."""
    if not claims.repair_late(case) or case.price is None or case.repair_handed_on is None:
        return None
    period = deadline(DeadlineKind.ANSWER_REPAIR, case.repair_handed_on)
    end = case.repair_returned_on or case.delivery.delivered_on or today
    line = penalty(PenaltyKind.DELAY, case.price, period.due, end, paid=case.price)
    return line if line.days else None


def interest_from(case: Case) -> date | None:
    """A late ст. 26.1 refund earns ГК ст. 395 interest, not the ст. 23 penalty: from the day
    after the claim's 10 days to the day of payment (law-facts §1 «Late ст. 26.1 refund»).
    None where the refund does not rest on ст. 26.1 or the period is not known."""
    letter = claims.lawsuit_letter(case)
    if letter.deadline is not DeadlineKind.DISTANCE_REFUND:
        return None
    period = seller_deadline(case, letter)
    return period.due + timedelta(days=1) if period is not None else None


@dataclass(frozen=True)
class LawsuitSums:
    """Every figure of a lawsuit, computed once: what is claimed, the claim price (the moral
    damages are not part of it), the court and the duty."""

    demand: Demand
    principal: Decimal  # the price refunded, or the price cut
    losses: Decimal
    penalty: Penalty | None
    continues: bool  # the penalty goes on to performance (below its cap, demand unchanged)
    moral: Decimal | None
    claim_price: Decimal
    court: Court
    duty: Decimal | None  # None: above the brackets the fact sheet confirms
    two_defendants: bool  # the marketplace for the prepayment, the seller for its penalty
    repair: Penalty | None = None  # ст. 23 for a repair that ran late (before this demand)
    interest_from: date | None = None  # ГК ст. 395 from this day (a late ст. 26.1 refund)
    repaid: Decimal = Decimal(0)  # parts the seller paid back, already taken off the principal

    @property
    def duty_free(self) -> bool:
        return self.duty == 0


def lawsuit_sums(case: Case, today: date) -> LawsuitSums:
    """The lawsuit's figures. Where the marketplace owes the prepayment (ЗоЗПП ст. 12), the
    seller still owes its ст. 23.1 penalty: a second defendant, never the marketplace. A demand
    switched in court (a repair not done, now a refund) stops the first penalty today."""
    demand = claims.court_demand(case)
    price = money(case.price or 0)
    if demand is Demand.PRICE_CUT:
        if case.price_cut is None or case.price_cut >= price:
            raise ValueError("a price cut must be given and be below the price")
        principal = money(case.price_cut)
    else:
        principal = price
    # issue 20: parts the seller paid back (its answers record them) are not claimed again
    back = answered.paid_back(case, today)  # a part whose sum was not given: see suit.lawsuit
    principal = max(principal - back, Decimal(0))
    # losses only as the person itemised them, each with its receipt (issue 17 p. 15)
    losses = money(sum((item.amount for item in case.loss_items), Decimal(0)))
    two = claims.marketplace_refunds(case)
    line = penalty_to(case, today, claims.main_letter(case) if two else claims.lawsuit_letter(case))
    if line is not None and line.days == 0:
        line = None
    repair = repair_penalty(case, today)
    claim_price = principal + losses + (line.amount if line else Decimal(0))
    claim_price += repair.amount if repair else Decimal(0)
    return LawsuitSums(
        demand=demand,
        principal=principal,
        losses=losses,
        penalty=line,
        # ст. 23.1 runs until the goods come or the prepayment is back, whatever is demanded
        continues=line is not None
        and not line.capped
        and (line.kind is PenaltyKind.PREPAID or not claims.switched(case)),
        moral=money(case.moral_damages) if case.moral_damages is not None else None,
        claim_price=claim_price,
        court=court_for(claim_price),
        duty=consumer_duty(claim_price),
        two_defendants=two,
        repair=repair,
        interest_from=interest_from(case),
        repaid=back,
    )


# A second reminder where the body may extend its term (law-facts §3 FAS: the ПП № 1922 rules
# allow one more month; remind after one month and again after two).
EXTENDED = {DeadlineKind.FAS: DeadlineKind.FAS_EXTENDED}


def body_terms(kind: DeadlineKind, filed_on: date) -> list[Deadline]:
    """A body's answer term from the day it received the paper, and the term as extended where
    the rules allow an extension."""
    terms = [deadline(kind, filed_on)]
    if kind in EXTENDED:
        terms.append(deadline(EXTENDED[kind], filed_on))
    return terms


# law-facts §3 Police: 3 days, 10 or 30 when the police announced an extension (УПК ст. 144)
POLICE_TERM = {
    PoliceExtension.NONE: DeadlineKind.POLICE,
    PoliceExtension.TEN: DeadlineKind.POLICE_10,
    PoliceExtension.THIRTY: DeadlineKind.POLICE_30,
}


def police_term(case: Case) -> DeadlineKind:
    """The police's term for this report: 3 days unless the person said it was extended."""
    return POLICE_TERM[case.police.extension or PoliceExtension.NONE]


def police_deadline(case: Case) -> Deadline | None:
    """The police's term counted from the day the report was filed, or None when not known."""
    filed = claims.police_filed_on(case)
    return deadline(police_term(case), filed) if filed is not None else None


def police_term_passed(case: Case, on: date) -> bool:
    """Has the police's term (3, 10 or 30 days, as the person said) ended before `on`? Only
    then may a complaint say the police missed it (law-facts §3, §5 prosecutor)."""
    period = police_deadline(case)
    return period is not None and period.passed(on)


def route_deadline(case: Case, route: Route) -> DeadlineKind | None:
    """The answer term of a route: the police's as extended; the prosecutor's 3 days (УПК
    ст. 124), or 30 (59-ФЗ) for a complaint about a petty-theft case under the КоАП."""
    if route is Route.POLICE:
        return police_term(case)
    if route is Route.PROSECUTOR and claims.petty(case):
        return DeadlineKind.STATE_BODY
    return ROUTE_DEADLINE[route]


def state_bodies(case: Case) -> list[Deadline]:
    out = []
    for escalation in case.escalations:
        kind = route_deadline(case, escalation.route)
        if kind is not None and escalation.filed_on is not None:
            out += body_terms(kind, escalation.filed_on)
    return out


def all_deadlines(case: Case) -> list[Deadline]:
    found = own_windows(case)
    seller = seller_deadline(case)
    if seller is not None:
        found.append(seller)
    market = marketplace_deadline(case)
    if market is not None:
        found.append(market)
    return found + state_bodies(case)


def next_deadline(case: Case, today: date) -> Deadline | None:
    """The nearest deadline that has not passed, for /cases."""
    if case.status is not Status.OPEN:
        return None
    upcoming = [d for d in all_deadlines(case) if d.due >= today]
    return min(upcoming, key=lambda d: d.due, default=None)


def plan_own_windows(case: Case, today: date) -> list[Planned]:
    out = []
    for period in own_windows(case):
        day = period.due - OWN_WINDOW_NOTICE
        if day >= today:
            out.append(Planned(ReminderKind.OWN_WINDOW, day, period))
    return out


def plan_after(kind: ReminderKind, period: Deadline) -> Planned:
    """A reminder for the morning after `period` ends."""
    return Planned(kind, period.due + timedelta(days=1), period)
