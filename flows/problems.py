"""The problem catalogue, as data: for each kind of trouble, which articles apply, which
demands the law allows, what evidence to gather, what to write to support, and where to go
next. Texts live in `locales/` under keys derived from the ids (`problem-<id>`, `ev-<item>`,
`check-<item>`, `support-msg-<id>`, `claim-facts-<id>`).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from flows.law import DeadlineKind


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
    REFUSE = "refuse"  # not prepaid, not delivered: refusing the goods before handover (26.1)


class FraudKind(StrEnum):
    """What happened, in the person's case; decides whether the goods were handed over."""

    COUNTERFEIT = "counterfeit"
    EMPTY_PARCEL = "empty_parcel"
    COURIER_THEFT = "courier_theft"
    SELLER_GONE = "seller_gone"


class TechGround(StrEnum):
    """Why a refund or replacement of technically complex goods is still open (ЗоЗПП ст. 18,
    law-facts §1): within 15 days of handover, or later on one of the three grounds; NONE
    leaves repair and a price cut."""

    WITHIN_15 = "within_15"
    SUBSTANTIAL = "substantial"
    REPAIR_LATE = "repair_late"
    UNUSABLE_30 = "unusable_30"
    NONE = "none"


class WrongKind(StrEnum):
    OTHER_ITEM = "other_item"  # ГК ст. 468: goods not in the agreed assortment
    INCOMPLETE = "incomplete"  # ГК ст. 480: an incomplete set


class AdKind(StrEnum):
    """What the misleading "ad" was (law-facts §3 FAS): only a real advertisement goes to the
    FAS; a product card, a catalogue or search results are not advertising [S94]."""

    BANNER = "banner"  # a banner in the marketplace's (or the shop's) own app or site
    PROMOTED = "promoted"  # a paid promoted block or position on the platform
    MARKED = "marked"  # a post or video marked «Реклама» or with an erid
    OUTSIDE = "outside"  # an ad outside the marketplace: a channel, a site, a blogger
    CARD = "card"  # just the product card or search results: not an ad


# Ads the platform itself published (its distributor is the platform, 38-ФЗ ст. 3 п. 7)
PLATFORM_ADS = frozenset({AdKind.BANNER, AdKind.PROMOTED})


class TechCategory(StrEnum):
    """The Government's list of technically complex goods (ПП № 924, law-facts §1 ст. 18) as a
    person sees them, grouped for buttons; NOT_LISTED and UNSURE are the person's answers,
    never a conclusion the bot draws."""

    PHONE = "phone"  # smartphones, tablets, navigators with a touchscreen
    COMPUTER = "computer"  # laptops, desktops, system units
    TV = "tv"  # TVs, projectors
    CAMERA = "camera"  # digital cameras, video cameras, their lenses
    CONSOLE = "console"  # game consoles, satellite-TV kits
    OFFICE = "office"  # laser or inkjet MFPs, monitors
    APPLIANCE = "appliance"  # fridges, freezers, dishwashers, washers, dryers, coffee machines...
    WATCH = "watch"  # watches with two or more functions (smart watches)
    POWER_TOOL = "power_tool"  # hand-held and portable electric machines
    VEHICLE = "vehicle"  # cars, motorcycles, boats, snowmobiles, tractors, aircraft
    NOT_LISTED = "not_listed"
    UNSURE = "unsure"


LISTED = frozenset(TechCategory) - {TechCategory.NOT_LISTED, TechCategory.UNSURE}


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
    Demand.REPLACEMENT: DeadlineKind.ANSWER_REPLACEMENT,
    Demand.REPAIR: DeadlineKind.ANSWER_REPAIR,
    Demand.NEW_DATE: DeadlineKind.NEW_DELIVERY,
}

# Demands whose period counts from the claim; a refusal before handover has none.
TIMED_DEMANDS = frozenset(DEMAND_DEADLINE)

# Demands that pay money back, so the claim asks for bank details.
MONEY_DEMANDS = frozenset({Demand.REFUND, Demand.PRICE_CUT})

ROUTE_DEADLINE: dict[Route, DeadlineKind | None] = {
    Route.ROSPOTREBNADZOR: DeadlineKind.STATE_BODY,
    Route.PROSECUTOR: DeadlineKind.PROSECUTOR,
    Route.FAS: DeadlineKind.FAS,  # 38-ФЗ and the ПП № 1922 rules, not 59-ФЗ (law-facts §3)
    Route.POLICE: DeadlineKind.POLICE,
    Route.COURT: None,
}


@dataclass(frozen=True)
class Problem:
    id: ProblemId
    demands: tuple[Demand, ...]
    evidence: tuple[str, ...]  # checklist item ids
    checks: tuple[str, ...]  # the seeds' advice before going on
    routes: tuple[Route, ...]
    needs_receipt: bool = True  # asks the date the parcel was received
    own_windows: tuple[DeadlineKind, ...] = ()  # the buyer's own periods, counted from receipt


CATALOGUE: dict[ProblemId, Problem] = {
    p.id: p
    for p in (
        Problem(
            id=ProblemId.NOT_DELIVERED,
            demands=(Demand.REFUND, Demand.NEW_DATE),
            evidence=("order_page", "payment", "tracking", "support_chat"),
            checks=("check_tracking", "keep_screens"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
            needs_receipt=False,
        ),
        Problem(
            id=ProblemId.DAMAGED,
            demands=(Demand.REFUND, Demand.REPLACEMENT, Demand.PRICE_CUT),
            evidence=("parcel_photo", "item_photo", "pickup_act", "order_page", "payment"),
            checks=("open_at_pickup", "photo_parcel", "refuse_damaged"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
        ),
        Problem(
            id=ProblemId.DEFECTIVE,
            demands=(Demand.REFUND, Demand.REPLACEMENT, Demand.REPAIR, Demand.PRICE_CUT),
            evidence=("defect_photo", "order_page", "payment", "warranty", "expert_report"),
            checks=("open_at_pickup", "film_defect", "keep_packaging"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
            # the 15 days of technically complex goods: only for them (schedule.own_windows)
            own_windows=(DeadlineKind.DEFECT_NO_WARRANTY,),
        ),
        Problem(
            id=ProblemId.WRONG_ITEM,
            demands=(Demand.REFUND, Demand.REPLACEMENT),
            evidence=("item_photo", "parcel_photo", "order_page", "payment"),
            checks=("open_at_pickup", "compare_card", "refuse_damaged"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
        ),
        Problem(
            id=ProblemId.RETURN,
            demands=(Demand.REFUND,),
            evidence=("item_photo", "order_page", "payment"),
            checks=("keep_condition", "return_in_time"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
            own_windows=(DeadlineKind.RETURN_WINDOW, DeadlineKind.RETURN_WINDOW_NO_INFO),
        ),
        Problem(
            id=ProblemId.REFUND,
            demands=(Demand.REFUND,),
            evidence=("return_proof", "order_page", "payment", "support_chat"),
            checks=("check_bank", "keep_screens"),
            routes=(Route.ROSPOTREBNADZOR, Route.COURT),
        ),
        Problem(
            id=ProblemId.FRAUD,
            demands=(Demand.REFUND,),
            evidence=("parcel_photo", "item_photo", "order_page", "payment", "support_chat"),
            checks=("film_opening", "refuse_damaged", "keep_screens", "platform_cards"),
            routes=(Route.POLICE, Route.PROSECUTOR, Route.ROSPOTREBNADZOR, Route.COURT),
        ),
        Problem(
            id=ProblemId.MISLEADING_AD,
            demands=(Demand.REFUND,),
            evidence=("ad_screenshot", "order_page", "payment", "item_photo"),
            checks=("screenshot_ad", "keep_screens", "platform_cards"),
            routes=(Route.FAS, Route.ROSPOTREBNADZOR, Route.COURT),
        ),
    )
}


def get(problem_id: str | ProblemId) -> Problem:
    return CATALOGUE[ProblemId(problem_id)]
