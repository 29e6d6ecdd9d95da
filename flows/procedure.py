"""The buyer's procedure in one table: five stages, their questions in order, and when a
question is skipped. Read this file to know the whole conversation.

    Шаг 1 · Заказ           marketplace → problem (→ what kind of fraud / wrong item) →
                            order number → dates → item → what exactly happened (→ where and
                            when the ad was seen) → price → prepaid → seller → the seeds'
                            checks → summary
    Шаг 2 · Поддержка       the ready message → channel → date → ticket → outcome
                            (solved closes the case; waiting sets a reminder)
    Шаг 3 · Доказательства  the checklist; files with captions; done or skip
    Шаг 4 · Претензия       name → address → phone → e-mail → save profile? → demand →
                            new date / price cut / seller's address / bank details → review →
                            documents (one letter, or the seller's notice and the marketplace's
                            refund demand) → delivery → date delivered (→ the marketplace's
                            demand delivered) → waiting for the answer
    Шаг 5 · Эскалация       route → (court: consent → birth → identifier → the demand now →
                            moral damages → losses → the defendants' addresses where unknown →
                            the court chosen → the court's name → review; prosecutor: the
                            police report and its fate → review) → its document → filed on
                            (reminded)

Every problem starts with a claim, because the penalty and the court fine hinge on a demand:
fraud and misleading advertising too, before the police statement or the FAS complaint. Who
gets which demand (the seller, or the marketplace for a prepayment) is `flows/claims.py`.

The seller's path (an unfair review) has its own table, `SELLER_STAGES`, on the same engine:

    Шаг 1 · Отзыв           marketplace → article (SKU) → date → rating → text → author → order
    Шаг 2 · Проверка        profile → content → timing → facts → the verdict (or the advice
                            that the review is probably fair criticism)
    Шаг 3 · Доказательства  the same collector as the buyer's
    Шаг 4 · Жалоба          the rules it breaks → the words disputed → the shop's name (→ its
                            legal form when the name does not tell → a company's signatory) →
                            the appeal documents
    Шаг 5 · Ответ площадки  the ticket → the outcome (a reminder while waiting) → further routes
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from flows import claims, marketplaces
from flows.case import Case, Path, PoliceAnswer, SellerForm, StageId
from flows.claims import Addressee
from flows.documents import parties
from flows.names import Grammar, grammar, latin_name
from flows.problems import MONEY_DEMANDS, PLATFORM_ADS, Demand, ProblemId, Route, TechCategory
from flows.reviews import form_from_name

Predicate = Callable[[Case], bool]


def _always(case: Case) -> bool:
    return True


def _needs_promised(case: Case) -> bool:
    return claims.promised(case)


def _needs_receipt(case: Case) -> bool:
    return claims.received(case)


def _is(problem: ProblemId) -> Predicate:
    def check(case: Case) -> bool:
        return case.problem is problem

    return check


def _needs_details(case: Case) -> bool:
    """What exactly happened, in the person's words (issue: facts, never alternatives)."""
    return case.problem not in (None, ProblemId.NOT_DELIVERED, ProblemId.RETURN)


def _seller_choice(case: Case) -> bool:
    return case.marketplace is not None and marketplaces.get(case.marketplace).is_seller_possible


def _third_party_seller(case: Case) -> bool:
    """Ask who the seller is: a marketplace's third-party seller, or any other shop itself."""
    if case.marketplace is not None and not marketplaces.get(case.marketplace).is_seller_possible:
        return True
    return case.seller is not None and not case.seller.is_marketplace


def _support_reported(case: Case) -> bool:
    return not case.support.skipped


def _price_unconfirmed(case: Case) -> bool:
    return case.price_unconfirmed is not None


def _new_date(case: Case) -> bool:
    return case.demand is Demand.NEW_DATE


def _price_cut(case: Case) -> bool:
    return case.demand is Demand.PRICE_CUT


def _money(case: Case) -> bool:
    return case.demand in MONEY_DEMANDS


def _repair(case: Case) -> bool:
    """A repair demand: heavy goods carried by the seller (ст. 18 п. 7), a substitute item
    (ст. 20 п. 2)."""
    return case.demand is Demand.REPAIR


def _card(case: Case) -> bool:
    """No bank details: the card paid with, by its last digits (law-facts §1 «Правила продажи»)."""
    return _money(case) and case.bank_skipped


def _seller_address(case: Case) -> bool:
    """A third-party seller's postal address, for a registered letter and a lawsuit."""
    return case.seller is not None and not case.seller.is_marketplace


def _by_post(case: Case) -> bool:
    return case.delivery.method == "post" and _awaits_answer(case)


def _awaits_answer(case: Case) -> bool:
    """A refusal before handover asks for nothing, so there is no answer to wait for."""
    return case.demand is not Demand.REFUSE


def _marketplace_demand(case: Case) -> bool:
    """The aggregator owner's refund demand has its own delivery date and 10 days (ст. 12),
    asked once the seller's notice was delivered."""
    return claims.marketplace_refunds(case) and case.delivery.delivered_on is not None


def _route(route: Route) -> Predicate:
    def check(case: Case) -> bool:
        return case.route_pending is route

    return check


def _lawsuit_consent(case: Case) -> bool:
    return case.route_pending is Route.COURT and bool(case.plaintiff.consent)


def _court_choice(case: Case) -> bool:
    return case.route_pending is Route.COURT and bool(claims.court_demands(case))


def _court_cut(case: Case) -> bool:
    return _court_choice(case) and case.court_demand is Demand.PRICE_CUT


def court_losses(case: Case) -> bool:
    """Losses a lawsuit may claim with their receipts (ЗоЗПП ст. 18, 23.1); a return of goods of
    proper quality (ст. 26.1) gives none."""
    return case.route_pending is Route.COURT and case.problem is not ProblemId.RETURN


def court_seller_address(case: Case) -> bool:
    """The seller's postal address for a lawsuit, asked again at the court route when it was
    skipped at the claim (ГПК ст. 131; issue 17 p. 19) — and kept in the sequence once given."""
    if case.route_pending is not Route.COURT or case.seller is None:
        return False
    if Addressee.SELLER not in parties.defendants(case) or parties.seller_is_marketplace(case):
        return False
    return not case.seller.address or case.seller_address_at_court


def court_marketplace_address(case: Case) -> bool:
    """The marketplace's address for a lawsuit against it where its data file has none."""
    if case.route_pending is not Route.COURT or case.marketplace is None:
        return False
    sued = Addressee.MARKETPLACE in parties.defendants(case) or parties.seller_is_marketplace(case)
    return sued and not marketplaces.get(case.marketplace).legal.address


def _police_decided(case: Case) -> bool:
    answer = case.police.answer
    return case.route_pending is Route.PROSECUTOR and answer is PoliceAnswer.REFUSED_CASE


def _police_unknown(case: Case) -> bool:
    return case.route_pending is Route.PROSECUTOR and claims.police_filed_on(case) is None


def _police_department(case: Case) -> bool:
    """The police statement's addressee; the prosecutor complaint names it too."""
    return case.route_pending in (Route.POLICE, Route.PROSECUTOR)


def _police_silent(case: Case) -> bool:
    """No decision told: was the check extended to 10 or 30 days (УПК ст. 144 ч. 3)? Asked,
    never assumed (law-facts §3 Police). A petty-theft case runs under the КоАП instead."""
    return (
        case.route_pending is Route.PROSECUTOR
        and case.police.answer is PoliceAnswer.NO_ANSWER
        and not claims.petty(case)
    )


def _route_review(case: Case) -> bool:
    return case.route_pending in (Route.COURT, Route.PROSECUTOR, Route.FAS, Route.POLICE)


def _fas_distributor(case: Case) -> bool:
    """Where an ad outside the platform's own banners ran, and who runs it (38-ФЗ ст. 3 п. 7):
    a platform's banner or promoted block was distributed by the platform itself."""
    return case.route_pending is Route.FAS and case.ad_kind not in PLATFORM_ADS


def _tech_unsure(case: Case) -> bool:
    return claims.asks_tech_complex(case) and case.tech_category is TechCategory.UNSURE


def _review_quote(case: Case) -> bool:
    """The words a seller disputes as false, to quote (law-facts §7: never a template's)."""
    return bool({"crime_accusation", "false_statements"} & set(case.rules))


def _form_unclear(case: Case) -> bool:
    return form_from_name(case.shop_name or "") is None


def _company(case: Case) -> bool:
    return case.seller_form is SellerForm.COMPANY


def _profile_question(case: Case) -> bool:
    return not case.profile_asked


@dataclass(frozen=True)
class Question:
    id: str
    when: Predicate = _always


@dataclass(frozen=True)
class Stage:
    id: StageId
    label: str  # locale key of the short name: "Заказ", "Поддержка", ...
    questions: tuple[Question, ...]
    when: Predicate = _always


def _gender_unknown(case: Case) -> bool:
    """Documents write "обратился"/"обратилась": asked only when no patronymic tells."""
    return bool(case.person.full_name) and grammar(case.person.full_name) is Grammar.UNKNOWN


def _surname_unknown(case: Case) -> bool:
    """A name in Latin script: which word is the surname, for the signature («J. Smith»)."""
    return latin_name(case.person.full_name)


PERSON = (
    Question("full_name"),
    Question("surname", _surname_unknown),
    Question("gender", _gender_unknown),
    Question("address"),
    Question("phone"),
    Question("email"),
    Question("save_profile", _profile_question),
)

STAGES: tuple[Stage, ...] = (
    Stage(
        StageId.ORDER,
        "stage-order",
        (
            Question("marketplace"),
            Question("problem"),
            Question("fraud_kind", _is(ProblemId.FRAUD)),
            Question("wrong_kind", _is(ProblemId.WRONG_ITEM)),
            Question("order_number"),
            Question("ordered_on"),
            Question("promised_on", _needs_promised),
            Question("received_on", _needs_receipt),
            Question("item"),
            Question("details", _needs_details),
            Question("ad_kind", _is(ProblemId.MISLEADING_AD)),
            Question("empty_cause", claims.asks_empty_cause),
            Question("ad_where", _is(ProblemId.MISLEADING_AD)),
            Question("ad_seen_on", _is(ProblemId.MISLEADING_AD)),
            Question("tech_complex", claims.asks_tech_complex),
            Question("tech_list", _tech_unsure),
            Question("return_info", _is(ProblemId.RETURN)),
            Question("return_reason", _is(ProblemId.REFUND)),
            Question("return_demanded_on", claims.asks_return_demanded_on),
            Question("price"),
            Question("price_confirm", _price_unconfirmed),
            Question("prepaid"),
            Question("seller_kind", _seller_choice),
            Question("seller_name", _third_party_seller),
            Question("seller_ids", _third_party_seller),
            Question("marketplace_holds", claims.asks_marketplace_holds),
            Question("checks"),
            Question("order_summary"),
        ),
    ),
    Stage(
        StageId.SUPPORT,
        "stage-support",
        (
            Question("support_intro"),
            Question("support_channel", _support_reported),
            Question("support_date", _support_reported),
            Question("support_ticket", _support_reported),
            Question("support_outcome", _support_reported),
            # a proper-quality return refused "only in our store" (КС РФ 7-П)
            Question("shop_answer", claims.asks_shop_answer),
            Question("return_sent_by", claims.only_in_store),
            Question("return_sent_on", claims.return_sent),
            Question("return_tracking", claims.return_sent),
        ),
    ),
    Stage(StageId.EVIDENCE, "stage-evidence", (Question("evidence"),)),
    Stage(
        StageId.CLAIM,
        "stage-claim",
        (
            *PERSON,
            Question("tech_ground", claims.asks_tech_ground),
            Question("repair_handed_on", claims.asks_repair_dates),
            Question("repair_returned_on", claims.asks_repair_dates),
            Question("demand"),
            Question("new_date", _new_date),
            Question("price_cut", _price_cut),
            Question("heavy", _repair),
            Question("substitute", _repair),
            Question("seller_address", _seller_address),
            Question("account_contact", _money),
            Question("bank", _money),
            Question("card_last4", _card),
            Question("claim_review"),
            Question("delivery_method", _awaits_answer),
            Question("tracking", _by_post),
            Question("delivered_on", _awaits_answer),
            Question("marketplace_delivered_on", _marketplace_demand),
            Question("awaiting_answer", _awaits_answer),
        ),
    ),
    Stage(
        StageId.ESCALATE,
        "stage-escalate",
        (
            Question("route"),
            # a lawsuit (ГПК ст. 131): the plaintiff's details only with consent
            Question("plaintiff_consent", _route(Route.COURT)),
            Question("birth_date", _lawsuit_consent),
            Question("birth_place", _lawsuit_consent),
            Question("id_kind", _lawsuit_consent),
            Question("id_number", _lawsuit_consent),
            Question("court_demand", _court_choice),
            Question("court_cut", _court_cut),
            Question("moral_damages", _route(Route.COURT)),
            Question("losses", court_losses),
            # never a lawsuit without the defendants' addresses; the court chosen (issue 17)
            Question("defendant_address", court_seller_address),
            Question("marketplace_address", court_marketplace_address),
            Question("venue", _route(Route.COURT)),
            Question("court_name", _route(Route.COURT)),
            # the police statement: to which department (issue 17 p. 19)
            Question("police_department", _police_department),
            # a complaint to the prosecutor about the police (УПК ст. 124; КоАП for petty theft)
            Question("police_filed_on", _police_unknown),
            Question("police_kusp", _route(Route.PROSECUTOR)),
            Question("police_answer", _route(Route.PROSECUTOR)),
            Question("police_extension", _police_silent),
            Question("police_decided_on", _police_decided),
            Question("police_omissions", _police_decided),
            # a complaint to the FAS: who is who (38-ФЗ ст. 3, law-facts §3 FAS)
            Question("ad_advertiser", _route(Route.FAS)),
            Question("ad_distributor", _fas_distributor),
            Question("prosecutor_office", _route(Route.PROSECUTOR)),
            Question("route_review", _route_review),
            Question("filed_on"),
        ),
    ),
)

SELLER_STAGES: tuple[Stage, ...] = (
    Stage(
        StageId.REVIEW,
        "stage-review",
        (
            Question("marketplace"),
            Question("review_sku"),
            Question("review_date"),
            Question("review_rating"),
            Question("review_text"),
            Question("review_author"),
            Question("review_order"),
        ),
    ),
    Stage(
        StageId.CHECK,
        "stage-check",
        (
            Question("sig_profile"),
            Question("sig_content"),
            Question("sig_timing"),
            Question("sig_facts"),
            Question("verdict"),
        ),
    ),
    Stage(StageId.EVIDENCE, "stage-evidence", (Question("evidence"),)),
    Stage(
        StageId.APPEAL,
        "stage-appeal",
        (
            Question("rules"),
            Question("review_quote", _review_quote),
            Question("shop_name"),
            Question("shop_form", _form_unclear),
            Question("signatory", _company),
            Question("appeal_review"),
        ),
    ),
    Stage(
        StageId.ESCALATE,
        "stage-seller-answer",  # sending the appeal and the platform's answer, not a court
        (Question("appeal_ticket"), Question("appeal_outcome"), Question("seller_routes")),
    ),
)

_ALL = [q.id for stage in (*STAGES, *SELLER_STAGES) for q in stage.questions]


_STAGES_ALL = (*STAGES, *SELLER_STAGES)


def _table(case: Case) -> tuple[Stage, ...]:
    return SELLER_STAGES if case.path is Path.SELLER else STAGES


def is_question(question: str) -> bool:
    return question in _ALL


def _walk(case: Case) -> list[tuple[Stage, str]]:
    """(stage, question) in the order this case meets them."""
    seen: set[str] = set()
    order: list[tuple[Stage, str]] = []
    for stage in _table(case):
        if not stage.when(case):
            continue
        for q in stage.questions:
            if q.id not in seen and q.when(case):
                seen.add(q.id)
                order.append((stage, q.id))
    return order


def sequence(case: Case) -> list[str]:
    """Every question this case meets, in order."""
    return [q for _, q in _walk(case)]


def stage_of(case: Case, question: str) -> Stage:
    """The stage this case meets `question` in (the applicant's data can belong to either the
    claim or the escalation)."""
    for stage, q in _walk(case):
        if q == question:
            return stage
    return next(s for s in _table(case) if any(q.id == question for q in s.questions))


def first_question(case: Case) -> str:
    return sequence(case)[0]


def next_question(case: Case, after: str) -> str | None:
    """The question after `after` for this case, skipping what does not apply; None at the end."""
    order = sequence(case)
    position = _position(order, after)
    return order[position + 1] if position + 1 < len(order) else None


def previous_question(case: Case, before: str) -> str | None:
    order = sequence(case)
    position = _position(order, before)
    return order[position - 1] if position > 0 else None


def _position(order: list[str], question: str) -> int:
    if question in order:
        return order.index(question)
    # A question that no longer applies (an answer changed): place it by the table order.
    everything = [q.id for stage in _STAGES_ALL for q in stage.questions]
    rank = everything.index(question)
    earlier = [q for q in order if q in everything and everything.index(q) < rank]
    return order.index(earlier[-1]) if earlier else -1


@dataclass(frozen=True)
class Progress:
    number: int  # 1-based among the stages this case goes through
    total: int
    label: str  # locale key


def progress(case: Case, question: str) -> Progress:
    stages = [s for s in _table(case) if s.when(case)]
    stage = stage_of(case, question)
    return Progress(stages.index(stage) + 1, len(stages), stage.label)
