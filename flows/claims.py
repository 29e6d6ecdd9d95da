"""Who gets which demand, on which legal basis, with which deadline and penalty: the routing a
consumer lawyer does before writing a word. Documents and the dialogue ask this module; none of
them decides it again.

Sources are the fact sheet's items (`shared/reference/law-facts.md`), named at each rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from flows import marketplaces
from flows.case import Case, EmptyCause, ReturnReason, SentBy, ShopAnswer
from flows.law import Deadline, DeadlineKind, PenaltyKind, deadline, money
from flows.problems import (
    DEMAND_DEADLINE,
    LISTED,
    AdKind,
    Demand,
    FraudKind,
    ProblemId,
    Route,
    TechCategory,
    TechGround,
    WrongKind,
    get,
)


class Addressee(StrEnum):
    SELLER = "seller"
    MARKETPLACE = "marketplace"


class DocKind(StrEnum):
    """Every document the bot writes. Value = file prefix key and stored `documents.kind`."""

    CLAIM = "claim"  # to the seller (the marketplace when it is the seller)
    MARKETPLACE_CLAIM = "claim_marketplace"  # prepaid goods not delivered: ст. 12
    ROSPOTREBNADZOR = "rospotrebnadzor"
    LAWSUIT = "lawsuit"
    POLICE = "police"
    PROSECUTOR = "prosecutor"
    FAS = "fas"
    APPEAL = "appeal"
    # written replies to the seller's answer (issue 20 p. 2; `flows/documents/replies.py`)
    REPLY_INSIST = "reply_insist"  # insisting on the demand chosen
    REPLY_CHECK = "reply_check"  # asking to attend the quality check
    REPLY_PARTIAL = "reply_partial"  # accepting part of the money, reserving the rest
    CASEFILE = "casefile"  # the export's case.pdf (issue 20 p. 5): never owed nor stored


class LetterForm(StrEnum):
    """What a claim-stage letter is, as its title and every later document name it. Decided
    here, with the demand, never guessed from the articles a letter cites."""

    CLAIM = "claim"  # ПРЕТЕНЗИЯ: a demand about the goods (ст. 18–23)
    RETURN = "return"  # ПРЕТЕНЗИЯ: refusing goods of proper quality, the money back (ст. 26.1)
    REFUND = "refund"  # ПРЕТЕНЗИЯ: the money for goods already returned
    NOTICE = "notice"  # УВЕДОМЛЕНИЕ об отказе от исполнения договора (ст. 23.1, ст. 12 needs it)
    REFUSE = "refuse"  # УВЕДОМЛЕНИЕ об отказе от товара до его передачи (unpaid goods)
    MARKETPLACE = "marketplace"  # ТРЕБОВАНИЕ to the aggregator's owner (ст. 12)
    WRONG = "wrong"  # ПРЕТЕНЗИЯ: another item delivered, the ordered one not (ГК ст. 468 п. 1)


@dataclass(frozen=True)
class Letter:
    """One written demand: to whom, what, on which articles, by when, and what delay costs."""

    kind: DocKind
    form: LetterForm
    to: Addressee
    demand: Demand
    basis: tuple[str, ...]  # article ids that give this right
    deadline: DeadlineKind | None  # None: nothing to wait for (a refusal before handover)
    penalty: PenaltyKind | None


# Goods that never reached the person: the order was not delivered, or fraud took them
# before handover. Fraud with the goods handed over (a counterfeit) is a quality case.
_NOT_HANDED = frozenset({FraudKind.EMPTY_PARCEL, FraudKind.COURIER_THEFT, FraudKind.SELLER_GONE})


def handed_over(case: Case) -> bool:
    if case.problem is ProblemId.NOT_DELIVERED:
        return False
    if case.problem is ProblemId.FRAUD:
        return case.fraud_kind not in _NOT_HANDED
    return True


def promised(case: Case) -> bool:
    """Is there a delivery date the contract set, to ask and state (ст. 23.1 runs from it)?
    An empty parcel is goods not handed over too: its penalty needs the date (issue 17 p. 17);
    a wrong item too: the ordered one was never transferred (law-facts §1 «Wrong item»)."""
    if case.problem is ProblemId.NOT_DELIVERED or wrong_item(case):
        return True
    return case.problem is ProblemId.FRAUD and case.fraud_kind in _NOT_HANDED


def wrong_item(case: Case) -> bool:
    """Another item delivered instead of the ordered one: goods not transferred (ГК ст. 456,
    468 п. 1), not a defect; an incomplete set stays ГК ст. 480 (law-facts §1 «Wrong item»)."""
    return case.problem is ProblemId.WRONG_ITEM and case.wrong_kind is WrongKind.OTHER_ITEM


def defect_refund(case: Case) -> bool:
    """A refund missing after a DEFECTIVE item was returned: ст. 18, 22, 23, its 10 days long
    gone (law-facts §1 «Refund after a DEFECTIVE item was returned»)."""
    return case.problem is ProblemId.REFUND and case.return_reason is ReturnReason.DEFECT


def asks_return_demanded_on(case: Case) -> bool:
    return defect_refund(case)


def overdue_since(case: Case) -> Deadline | None:
    """The original demand's 10 days (ст. 22) for a refund after a defective return: the
    penalty runs from the next day and the claim gives no fresh period."""
    if not defect_refund(case) or case.return_demanded_on is None:
        return None
    return deadline(DeadlineKind.ANSWER_MONEY, case.return_demanded_on)


def asks_marketplace_holds(case: Case) -> bool:
    """A refund after a return, from a third-party seller on a marketplace we can name."""
    if case.problem is not ProblemId.REFUND or case.marketplace is None:
        return False
    if case.seller is None or case.seller.is_marketplace:
        return False
    return marketplaces.get(case.marketplace).legal.known


def aggregator_cosigned(case: Case) -> bool:
    """The marketplace accepted the return and holds the payment: named as a second addressee
    («владелец агрегатора, принявший оплату и возврат товара», law-facts §1 ст. 12)."""
    return asks_marketplace_holds(case) and bool(case.marketplace_holds)


def repair_late(case: Case) -> bool:
    """A refund or replacement of technically complex goods on the ground that a repair ran
    late, with the repair's dates known: the ст. 23 penalty for the ст. 20 delay is claimed."""
    return (
        asks_tech_ground(case)
        and case.tech_ground is TechGround.REPAIR_LATE
        and case.repair_handed_on is not None
    )


def asks_repair_dates(case: Case) -> bool:
    return asks_tech_ground(case) and case.tech_ground is TechGround.REPAIR_LATE


def asks_shop_answer(case: Case) -> bool:
    """A proper-quality return the shop's support refused: ask what it answered (КС 7-П)."""
    return case.problem is ProblemId.RETURN and case.support.outcome == "refused"


def only_in_store(case: Case) -> bool:
    return asks_shop_answer(case) and case.shop_answer is ShopAnswer.ONLY_STORE


def return_sent(case: Case) -> bool:
    return only_in_store(case) and case.return_sent_by in (SentBy.POST, SentBy.COURIER)


def received(case: Case) -> bool:
    """Did the person receive a parcel at all (so there is a date of receipt to ask)?"""
    if case.problem is ProblemId.FRAUD:
        return case.fraud_kind in (FraudKind.COUNTERFEIT, FraudKind.EMPTY_PARCEL, None)
    return case.problem is None or get(case.problem).needs_receipt


def paid(case: Case) -> bool:
    """Money changed hands: prepaid, or paid on receipt for goods handed over. An undelivered
    order paid for on delivery has cost nothing (law-facts §1 ст. 23.1: prepaid goods)."""
    return bool(case.prepaid) or handed_over(case) or case.fraud_kind is FraudKind.EMPTY_PARCEL


def allowed_demands(case: Case) -> tuple[Demand, ...]:
    """The demands the law gives for this case. Not prepaid and not delivered: only refusing
    the goods before handover (ст. 26.1), no refund and no ст. 23.1 penalty. Technically
    complex goods after 15 days without one of ст. 18's grounds: repair or a price cut."""
    if case.problem is None:
        return ()
    if not handed_over(case) and not paid(case):
        # law-facts §1 «Unpaid goods»: refuse, or demand delivery by a date (ГК ст. 456, 457)
        if case.problem is ProblemId.NOT_DELIVERED:
            return (Demand.REFUSE, Demand.NEW_DATE)
        return (Demand.REFUSE,)
    if not handed_over(case) and case.problem is ProblemId.FRAUD:
        return (Demand.REFUND,)
    if wrong_item(case):
        # law-facts §1 «Wrong item»: the ordered item by a date, or the money back
        return (Demand.NEW_DATE, Demand.REFUND)
    demands = get(case.problem).demands
    if asks_tech_ground(case) and case.tech_ground is TechGround.NONE:
        return tuple(d for d in demands if d not in (Demand.REFUND, Demand.REPLACEMENT))
    return demands


# law-facts §1 ст. 18: technically complex goods — a refund or replacement at will only within
# 15 days of handover; later only for a substantial defect, a missed repair deadline, or more
# than 30 days of a warranty year unusable through repeated repairs.
TECH_PROBLEMS = frozenset({ProblemId.DEFECTIVE, ProblemId.DAMAGED})


def asks_tech_complex(case: Case) -> bool:
    return case.problem in TECH_PROBLEMS


def asks_tech_ground(case: Case) -> bool:
    return asks_tech_complex(case) and bool(case.tech_complex)


def tech_complex_of(category: TechCategory, on_list: bool | None = None) -> bool | None:
    """Whether the item is technically complex, from the list's category the person chose.
    "Not sure" decides nothing: the person reads the list's wording and says (`on_list`)."""
    if category in LISTED:
        return True
    if category is TechCategory.NOT_LISTED:
        return False
    return on_list


def tech_window_reminded(case: Case) -> bool:
    """The 15-day reminder (law-facts §1 ст. 18: "only for goods the person marked ТСТ"), and
    only while no claim has reached the seller — after it, the claim has done its work."""
    return (
        asks_tech_complex(case) and bool(case.tech_complex) and case.delivery.delivered_on is None
    )


def tech_window_open(case: Case, on: date) -> bool:
    """Is `on` within the 15 days after handover (counted as every period, ГК ст. 191, 193)?"""
    if case.received_on is None:
        return False
    return on <= deadline(DeadlineKind.TECH_COMPLEX, case.received_on).due


def tech_grounds(case: Case, today: date) -> tuple[TechGround, ...]:
    """The grounds a person may state today; "within 15 days" only while it is true."""
    later = (
        TechGround.SUBSTANTIAL,
        TechGround.REPAIR_LATE,
        TechGround.UNUSABLE_30,
        TechGround.NONE,
    )
    return (TechGround.WITHIN_15, *later) if tech_window_open(case, today) else later


def tech_statement(case: Case, demand: Demand) -> TechGround | None:
    """The ground a refund or replacement of technically complex goods rests on, to state."""
    if not asks_tech_ground(case) or demand not in (Demand.REFUND, Demand.REPLACEMENT):
        return None
    return case.tech_ground if case.tech_ground is not TechGround.NONE else None


def is_advertising(case: Case) -> bool:
    """A banner, a promoted block, a post marked «Реклама» or an ad outside the platform; a
    product card or search results are not advertising (law-facts §3 FAS [S94])."""
    return case.ad_kind is not None and case.ad_kind is not AdKind.CARD


def routes(case: Case) -> tuple[Route, ...]:
    """Where this case may go next. A refusal of goods never paid for claims nothing, so there
    is nothing to complain about or sue for (law-facts §1 ст. 23.1, 26.1). The FAS only for an
    advertisement: a misleading product card goes to Rospotrebnadzor (law-facts §3 FAS)."""
    if case.problem is None or demand_of(case) is Demand.REFUSE:
        return ()
    if not paid(case):
        # a delivery demanded for goods never paid: nothing to recover in court, a complaint
        return (Route.ROSPOTREBNADZOR,)
    found = get(case.problem).routes
    if case.problem is ProblemId.MISLEADING_AD and not is_advertising(case):
        found = tuple(r for r in found if r is not Route.FAS)
    return found


# law-facts §1 ст. 26.1: 7 days after receipt, 3 months when written return terms were not given
def return_window(case: Case) -> DeadlineKind:
    if case.return_info is False:
        return DeadlineKind.RETURN_WINDOW_NO_INFO
    return DeadlineKind.RETURN_WINDOW


def return_declared_on(case: Case, today: date) -> date:
    """When the person declared the refusal: the support chat if they wrote there first."""
    support = case.support
    if not support.skipped and support.written_on is not None:
        return min(support.written_on, today)
    return today


def return_in_time(case: Case, today: date) -> bool:
    if case.received_on is None:
        return False
    period = deadline(return_window(case), case.received_on)
    return return_declared_on(case, today) <= period.due


def demand_of(case: Case) -> Demand:
    demands = allowed_demands(case)
    return case.demand if case.demand in demands else demands[0]


def marketplace_refunds(case: Case) -> bool:
    """ЗоЗПП ст. 12 (law-facts §1 ст. 12 [S21]): the marketplace returns a prepayment for goods
    not delivered on time once the buyer has told the seller they refuse the contract — when
    a third-party seller sold through a marketplace whose owner we can name."""
    if handed_over(case) or not case.prepaid or demand_of(case) is not Demand.REFUND:
        return False
    if case.marketplace is None or case.seller is None or case.seller.is_marketplace:
        return False
    return marketplaces.get(case.marketplace).legal.known


def _quality_basis(case: Case, demand: Demand) -> tuple[str, ...]:
    """Goods of improper quality (ст. 18) — plus what this problem adds — the deadline article
    of the demand made (ст. 20 repair, 21 replacement, 22 money) and the penalty (ст. 23)."""
    own = {
        Demand.REPAIR: "zozpp-20",
        Demand.REPLACEMENT: "zozpp-21",
    }.get(demand, "zozpp-22")
    extra: tuple[str, ...] = ()
    if case.problem is ProblemId.DEFECTIVE:
        extra = ("zozpp-19",)
    elif case.problem is ProblemId.WRONG_ITEM:
        extra = ("gk-480",) if case.wrong_kind is WrongKind.INCOMPLETE else ("gk-468",)
    elif case.problem is ProblemId.MISLEADING_AD:
        return ("zozpp-10", "zozpp-12", own, "zozpp-23")
    return ("zozpp-18", *extra, own, "zozpp-23")


def letters(case: Case) -> tuple[Letter, ...]:
    """The claim stage's documents, in the order they are sent."""
    demand = demand_of(case)
    if wrong_item(case):
        return (_wrong_item_letter(case, demand),)
    if not handed_over(case):
        if not paid(case) and demand is Demand.NEW_DATE:
            # law-facts §1 «Unpaid goods»: delivery by a date, no ст. 23.1 (no prepayment)
            return (
                Letter(
                    DocKind.CLAIM,
                    LetterForm.CLAIM,
                    Addressee.SELLER,
                    demand,
                    ("gk-456", "gk-457"),
                    DeadlineKind.NEW_DELIVERY,
                    None,
                ),
            )
        if demand is Demand.REFUSE:
            return (
                Letter(
                    DocKind.CLAIM,
                    LetterForm.REFUSE,
                    Addressee.SELLER,
                    demand,
                    ("zozpp-26.1",),
                    None,
                    None,
                ),
            )
        # law-facts §1 ст. 23.1: new date or refund of the prepayment, 0.5 % a day — the seller's
        penalty = PenaltyKind.PREPAID if case.prepaid else None
        kind = (
            DeadlineKind.NEW_DELIVERY if demand is Demand.NEW_DATE else DeadlineKind.PREPAID_REFUND
        )
        form = LetterForm.NOTICE if demand is Demand.REFUND else LetterForm.CLAIM
        seller = Letter(
            DocKind.CLAIM, form, Addressee.SELLER, demand, ("zozpp-23.1",), kind, penalty
        )
        if not marketplace_refunds(case):
            return (seller,)
        market = Letter(
            DocKind.MARKETPLACE_CLAIM,
            LetterForm.MARKETPLACE,
            Addressee.MARKETPLACE,
            Demand.REFUND,
            ("zozpp-12",),
            DeadlineKind.MARKETPLACE_REFUND,
            None,  # the 0.5 % is the seller's debt, never claimed from the marketplace
        )
        return (seller, market)
    if defect_refund(case):
        # law-facts §1 «Refund after a DEFECTIVE item was returned»: ст. 18, 22, 23 — the
        # original demand's 10 days ran out; 1 % a day from the next day, capped
        return (
            Letter(
                DocKind.CLAIM,
                LetterForm.REFUND,
                Addressee.SELLER,
                demand,
                ("zozpp-18", "zozpp-22", "zozpp-23"),
                DeadlineKind.ANSWER_MONEY,  # a reasonable wait before court; no fresh period
                PenaltyKind.DELAY,
            ),
        )
    if case.problem in (ProblemId.RETURN, ProblemId.REFUND):
        # law-facts §1 ст. 26.1: refund within 10 days of the demand; no ст. 23 penalty
        return (
            Letter(
                DocKind.CLAIM,
                LetterForm.RETURN if case.problem is ProblemId.RETURN else LetterForm.REFUND,
                Addressee.SELLER,
                demand,
                ("zozpp-26.1",),
                DeadlineKind.DISTANCE_REFUND,
                None,
            ),
        )
    return (
        Letter(
            DocKind.CLAIM,
            LetterForm.CLAIM,
            Addressee.SELLER,
            demand,
            _quality_basis(case, demand),
            DEMAND_DEADLINE[demand],
            PenaltyKind.DELAY,  # law-facts §1 ст. 23, capped at the amount paid (500-ФЗ)
        ),
    )


def _wrong_item_letter(case: Case, demand: Demand) -> Letter:
    """law-facts §1 «Wrong item»: the ordered item by a date or the money back (ГК ст. 456,
    468 п. 1); for a prepaid order ЗоЗПП ст. 23.1 and its 0,5 % from the promised date."""
    basis: tuple[str, ...] = ("gk-456", "gk-468")
    if case.prepaid:
        basis += ("zozpp-23.1",)
    kind = DeadlineKind.NEW_DELIVERY if demand is Demand.NEW_DATE else DeadlineKind.PREPAID_REFUND
    penalty = PenaltyKind.PREPAID if case.prepaid else None
    return Letter(DocKind.CLAIM, LetterForm.WRONG, Addressee.SELLER, demand, basis, kind, penalty)


def main_letter(case: Case) -> Letter:
    return letters(case)[0]


def lawsuit_letter(case: Case) -> Letter:
    """The demand a lawsuit pursues first: the marketplace's refund where it owes one (the
    seller's penalty then goes against the seller, a second defendant), otherwise the claim."""
    return letters(case)[-1]


def switched(case: Case) -> bool:
    """The person now asks the court for something other than the claim demanded."""
    return court_demand(case) is not lawsuit_letter(case).demand


def court_demand(case: Case) -> Demand:
    """What the court is asked to award. A repair or replacement not done, or a new delivery
    date missed, leaves the person a new choice (ст. 18, ст. 23.1) — stated, never implied."""
    demand = lawsuit_letter(case).demand
    if demand in (Demand.REPAIR, Demand.REPLACEMENT, Demand.NEW_DATE):
        return case.court_demand or Demand.REFUND
    return demand


def court_demands(case: Case) -> tuple[Demand, ...]:
    """The choices a person has in court after a repair, replacement or new date failed."""
    demand = lawsuit_letter(case).demand
    if demand is Demand.NEW_DATE:
        return (Demand.REFUND,)
    if demand in (Demand.REPAIR, Demand.REPLACEMENT):
        return (Demand.REFUND, Demand.PRICE_CUT)
    return ()


# -- the police (law-facts §3 Police, «Goods lost before handover», «Counterfeits», «Petty
# theft ≤ 2 500 ₽») ----------------------------------------------------------------------------

PETTY_THEFT_LIMIT = Decimal(2500)  # КоАП ст. 7.27: up to 2 500 ₽, no aggravating features


class Offence(StrEnum):
    """What the police are asked to check, by whose loss it is. The qualification is always
    the police's: documents say «имеются признаки …», never that a crime was committed."""

    SELLERS_GOODS = "sellers_goods"  # taken before handover: the seller's goods, not the buyer's
    DECEIT = "deceit"  # the seller itself deceived the buyer: the buyer's loss, ст. 159 may apply
    COUNTERFEIT = "counterfeit"  # ст. 159, or a trademark offence (КоАП 14.10, УК 180)
    UNCLEAR = "unclear"  # an empty parcel the person cannot explain: facts and a check only


def empty_cause(case: Case) -> EmptyCause | None:
    return case.empty_cause if case.fraud_kind is FraudKind.EMPTY_PARCEL else None


def asks_empty_cause(case: Case) -> bool:
    return case.problem is ProblemId.FRAUD and case.fraud_kind is FraudKind.EMPTY_PARCEL


def offence(case: Case) -> Offence:
    kind = case.fraud_kind
    if kind is FraudKind.COUNTERFEIT:
        return Offence.COUNTERFEIT
    if kind is FraudKind.COURIER_THEFT:
        return Offence.SELLERS_GOODS
    if kind is FraudKind.EMPTY_PARCEL:
        return {
            EmptyCause.STOLEN: Offence.SELLERS_GOODS,
            EmptyCause.SHIPPED_EMPTY: Offence.DECEIT,
        }.get(case.empty_cause or EmptyCause.UNSURE, Offence.UNCLEAR)
    return Offence.DECEIT  # a seller who vanished with the prepayment


def buyer_injured(case: Case) -> bool:
    """Only where the seller itself deceived the buyer is the buyer the injured party; goods
    lost before handover were the seller's (ГК ст. 458, 459)."""
    return offence(case) is Offence.DECEIT


def petty(case: Case) -> bool:
    """Up to 2 500 ₽: an administrative offence (КоАП ст. 7.27), not a crime."""
    return money(case.price or 0) <= PETTY_THEFT_LIMIT


def police_filed_on(case: Case) -> date | None:
    """When the person filed the police report: as the bot recorded it, or as they told."""
    filed = [e.filed_on for e in case.escalations if e.route is Route.POLICE and e.filed_on]
    return filed[-1] if filed else case.police.filed_on
