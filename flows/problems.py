"""The problem catalogue, as data: for each kind of trouble, which articles apply, which
demands the law allows, what evidence to gather, what to write to support, and where to go
next. Texts live in `locales/` under keys derived from the ids (`problem-<id>`, `ev-<item>`,
`check-<item>`, `support-msg-<id>`, `claim-facts-<id>`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from flows.law import RULES, DeadlineKind, PenaltyKind


class ProblemId(StrEnum):
    NOT_DELIVERED = "not_delivered"
    DAMAGED = "damaged"
    DEFECTIVE = "defective"
    WRONG_ITEM = "wrong_item"
    RETURN = "return"
    REFUND = "refund"
    FRAUD = "fraud"
    MISLEADING_AD = "misleading_ad"


class Demand(StrEnum):
    REFUND = "refund"
    REPLACEMENT = "replacement"
    REPAIR = "repair"
    PRICE_CUT = "price_cut"
    NEW_DATE = "new_date"
    COMPENSATION = "compensation"


class Route(StrEnum):
    ROSPOTREBNADZOR = "rospotrebnadzor"
    COURT = "court"
    FAS = "fas"
    POLICE = "police"
    PROSECUTOR = "prosecutor"


# How long the seller has to meet each demand, and which article says so.
DEMAND_DEADLINE: dict[Demand, DeadlineKind] = {
    Demand.REFUND: DeadlineKind.ANSWER_MONEY,
    Demand.PRICE_CUT: DeadlineKind.ANSWER_MONEY,
    Demand.COMPENSATION: DeadlineKind.ANSWER_MONEY,
    Demand.REPLACEMENT: DeadlineKind.ANSWER_REPLACEMENT,
    Demand.REPAIR: DeadlineKind.ANSWER_REPAIR,
    Demand.NEW_DATE: DeadlineKind.NEW_DELIVERY,
}

# Articles that only set one demand's deadline (ЗоЗПП ст. 20 repair, 21 replacement, 22 money).
DEMAND_ARTICLES = frozenset({"zozpp-20", "zozpp-21", "zozpp-22"})

# Demands that pay money back, so the claim asks for bank details.
MONEY_DEMANDS = frozenset({Demand.REFUND, Demand.PRICE_CUT, Demand.COMPENSATION})

ROUTE_DEADLINE: dict[Route, DeadlineKind | None] = {
    Route.ROSPOTREBNADZOR: DeadlineKind.STATE_BODY,
    Route.PROSECUTOR: DeadlineKind.STATE_BODY,
    Route.FAS: DeadlineKind.STATE_BODY,
    Route.POLICE: DeadlineKind.POLICE,
    Route.COURT: None,
}


@dataclass(frozen=True)
class Problem:
    id: ProblemId
    articles: tuple[str, ...]  # ids in flows.law.ARTICLES
    demands: tuple[Demand, ...]
    evidence: tuple[str, ...]  # checklist item ids
    checks: tuple[str, ...]  # the seeds' advice before going on
    routes: tuple[Route, ...]
    needs_receipt: bool = True  # asks the date the parcel was received
    needs_promised_date: bool = False  # asks the delivery date the order promised
    claim: bool = True  # a claim to the seller comes before escalation
    penalty: PenaltyKind | None = PenaltyKind.DELAY
    own_windows: tuple[DeadlineKind, ...] = ()  # the buyer's own periods, counted from receipt
    # Refund deadline for a money demand when not the general ст. 22 one.
    refund_deadline: DeadlineKind = DeadlineKind.ANSWER_MONEY
    marketplace_answers_if_prepaid: bool = False  # ЗоЗПП ст. 12: prepaid non-delivery

    def basis_for(self, demand: Demand) -> tuple[str, ...]:
        """The articles a claim with this demand cites: the problem's own, less the deadline
        articles of the demands not made (a refund claim does not cite repair's ст. 20)."""
        own = RULES[self.deadline_for(demand)].article
        return tuple(a for a in self.articles if a not in DEMAND_ARTICLES or a == own)

    def deadline_for(self, demand: Demand) -> DeadlineKind:
        """The seller's period to meet `demand` (a refund's period depends on the problem)."""
        if demand is Demand.REFUND:
            return self.refund_deadline
        return DEMAND_DEADLINE[demand]


CATALOGUE: dict[ProblemId, Problem] = {
    p.id: p
    for p in (
        Problem(
            id=ProblemId.NOT_DELIVERED,
            articles=("zozpp-23.1", "zozpp-26.1", "zozpp-12"),
            demands=(Demand.REFUND, Demand.NEW_DATE),
            evidence=("order_page", "payment", "tracking", "support_chat"),
            checks=("check_tracking", "keep_screens"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
            needs_receipt=False,
            needs_promised_date=True,
            penalty=PenaltyKind.PREPAID,
            refund_deadline=DeadlineKind.PREPAID_REFUND,
            marketplace_answers_if_prepaid=True,
        ),
        Problem(
            id=ProblemId.DAMAGED,
            articles=("zozpp-18", "zozpp-21", "zozpp-22", "zozpp-23"),
            demands=(Demand.REFUND, Demand.REPLACEMENT, Demand.PRICE_CUT),
            evidence=("parcel_photo", "item_photo", "pickup_act", "order_page", "payment"),
            checks=("open_at_pickup", "photo_parcel", "refuse_damaged"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
        ),
        Problem(
            id=ProblemId.DEFECTIVE,
            articles=("zozpp-18", "zozpp-19", "zozpp-20", "zozpp-21", "zozpp-22", "zozpp-23"),
            demands=(Demand.REFUND, Demand.REPLACEMENT, Demand.REPAIR, Demand.PRICE_CUT),
            evidence=("defect_photo", "order_page", "payment", "warranty", "expert_report"),
            checks=("open_at_pickup", "film_defect", "keep_packaging"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
            own_windows=(DeadlineKind.TECH_COMPLEX, DeadlineKind.DEFECT_NO_WARRANTY),
        ),
        Problem(
            id=ProblemId.WRONG_ITEM,
            articles=("zozpp-26.1", "zozpp-22", "zozpp-23"),
            demands=(Demand.REFUND, Demand.REPLACEMENT),
            evidence=("item_photo", "parcel_photo", "order_page", "payment"),
            checks=("open_at_pickup", "compare_card", "refuse_damaged"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
        ),
        Problem(
            id=ProblemId.RETURN,
            articles=("zozpp-26.1",),
            demands=(Demand.REFUND,),
            evidence=("item_photo", "order_page", "payment"),
            checks=("keep_condition", "return_in_time"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
            penalty=None,
            own_windows=(DeadlineKind.RETURN_WINDOW, DeadlineKind.RETURN_WINDOW_NO_INFO),
            refund_deadline=DeadlineKind.DISTANCE_REFUND,
        ),
        Problem(
            id=ProblemId.REFUND,
            articles=("zozpp-26.1", "zozpp-22"),
            demands=(Demand.REFUND,),
            evidence=("return_proof", "order_page", "payment", "support_chat"),
            checks=("check_bank", "keep_screens"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
            penalty=None,
            refund_deadline=DeadlineKind.DISTANCE_REFUND,
        ),
        Problem(
            id=ProblemId.FRAUD,
            articles=("upk-144", "zozpp-12"),
            demands=(Demand.REFUND,),
            evidence=("parcel_photo", "item_photo", "order_page", "payment", "support_chat"),
            checks=("film_opening", "refuse_damaged", "keep_screens"),
            routes=(Route.POLICE, Route.PROSECUTOR, Route.ROSPOTREBNADZOR),
            claim=False,
            penalty=None,
        ),
        Problem(
            id=ProblemId.MISLEADING_AD,
            articles=("reklama-33", "zozpp-12"),
            demands=(Demand.REFUND, Demand.COMPENSATION),
            evidence=("ad_screenshot", "order_page", "payment", "item_photo"),
            checks=("screenshot_ad", "keep_screens"),
            routes=(Route.FAS, Route.ROSPOTREBNADZOR, Route.COURT),
            claim=False,
            penalty=None,
        ),
    )
}


def get(problem_id: str | ProblemId) -> Problem:
    return CATALOGUE[ProblemId(problem_id)]
