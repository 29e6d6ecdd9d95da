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
                            demand delivered) → waiting for the answer → (the answer
                            recorded: as it came → what it says → its detail → its date →
                            the advice; again for every answer)
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
    Шаг 5 · Ответ площадки  the ticket → the outcome (a reminder while waiting; or its answer
                            recorded as the buyer's is, in fewer kinds) → further routes
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any

from flows import answers, claims, marketplaces
from flows.case import (
    AnswerKind,
    Case,
    Path,
    PoliceAnswer,
    RefusalReason,
    SellerForm,
    StageId,
    Warranty,
)
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
    """When the police report was filed, unless the bot recorded it (the police route's own
    filing date); kept in the sequence once told, so the answer given is not void."""
    if case.route_pending is not Route.PROSECUTOR:
        return False
    return not any(e.route is Route.POLICE and e.filed_on for e in case.escalations)


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


# -- the seller's (or the platform's) answer being recorded (issue 20 p. 1) ------------------


def _recording(case: Case) -> bool:
    """An answer is being recorded: its questions are asked only then, and leave the walk
    (their fields with it) once the advice screen is left."""
    return case.reply is not None


def _reply_is(*kinds: AnswerKind) -> Predicate:
    def check(case: Case) -> bool:
        return case.reply is not None and case.reply.kind in kinds

    return check


def _refusal_words(case: Case) -> bool:
    """A refusal for a reason of their own: its words, for the advice and the documents."""
    reply = case.reply
    return (
        reply is not None
        and reply.kind is AnswerKind.REFUSED
        and reply.reason is RefusalReason.OTHER
    )


def _paid_on_asked(case: Case) -> bool:
    """The day a partial sum came: asked unless the person said it is only offered (the
    lawyer's review of issue 20, blocker 1: an offered sum is never written as paid)."""
    reply = case.reply
    return (
        reply is not None
        and reply.kind is AnswerKind.PARTIAL
        and not (reply.paid_asked and reply.paid_on is None)
    )


def _warranty_until_asked(case: Case) -> bool:
    """The warranty's last day: asked unless the person said there is none or they do not
    know (review of issue 20, finding 11)."""
    reply = case.reply
    return (
        answers.asks_warranty(case)
        and reply is not None
        and reply.warranty not in (Warranty.NONE, Warranty.UNKNOWN)
    )


def _reply_dated(case: Case) -> bool:
    """The advice screen: once the answer is dated, and so recorded."""
    return case.reply is not None and case.reply.received_on is not None


def _reply_questions(*, seller: bool) -> tuple[Question, ...]:
    """The answer as it came, what it says, its detail, its date, the advice: the same on both
    paths (the seller's platform answers in fewer ways, so fewer details are asked)."""
    details: tuple[Question, ...] = (
        Question("reply_reason", _reply_is(AnswerKind.REFUSED), stores=("reply.reason",)),
        # a refusal over the period of a defect: the warranty decides which period applies
        Question(
            "reply_warranty",
            answers.asks_warranty,
            stores=("reply.warranty", "reply.warranty_until"),
        ),
        Question("reply_warranty_until", _warranty_until_asked, stores=("reply.warranty_until",)),
        Question("reply_words", _refusal_words, stores=("reply.detail",)),
        Question("reply_offer", _reply_is(AnswerKind.OFFER), stores=("reply.offer",)),
        Question("reply_amount", _reply_is(AnswerKind.PARTIAL), stores=("reply.amount",)),
        # a partial sum: arrived (and when) or only offered
        Question(
            "reply_paid",
            _reply_is(AnswerKind.PARTIAL),
            stores=("reply.paid_on", "reply.paid_asked"),
        ),
        Question("reply_paid_on", _paid_on_asked, stores=("reply.paid_on",)),
        Question(
            "reply_until", _reply_is(AnswerKind.LATER, AnswerKind.CHECK), stores=("reply.until",)
        ),
        Question("reply_where", _reply_is(AnswerKind.CHECK), stores=("reply.detail",)),
        Question("reply_documents", _reply_is(AnswerKind.DOCUMENTS), stores=("reply.detail",)),
    )
    if seller:  # the platform: done, refused, later, documents — no reasons, offers or sums
        keep = {"reply_until", "reply_documents"}
        details = tuple(q for q in details if q.id in keep)
    return (
        Question("reply_text", _recording, stores=("reply.text", "reply.files")),
        # another kind makes every detail given for the last one meaningless
        Question(
            "reply_kind", _recording, stores=("reply.kind",), clears=tuple(q.id for q in details)
        ),
        *details,
        Question("reply_date", _recording, stores=("reply.received_on",)),
        Question("reply_advice", _reply_dated, stores=()),
    )


@dataclass(frozen=True)
class Question:
    """One question: asked `when` the case needs it. `stores` are the case fields its answer
    fills (dotted paths into the case; by default the field named like the question, if there
    is one). `clears` are the questions whose answers a change of this one makes meaningless
    though they stay in the sequence (a new marketplace: another seller). An answer whose
    question leaves the sequence is cleared without saying so: see `void`."""

    id: str
    when: Predicate = _always
    stores: tuple[str, ...] | None = None
    clears: tuple[str, ...] = ()

    @cached_property
    def fields(self) -> tuple[str, ...]:
        if self.stores is not None:
            return self.stores
        return (self.id,) if self.id in Case.model_fields else ()


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
    Question("full_name", stores=("person.full_name",)),
    Question("surname", _surname_unknown, stores=("person.surname",)),
    Question("gender", _gender_unknown, stores=("person.grammar",)),
    Question("address", stores=("person.address",)),
    Question("phone", stores=("person.phone",)),
    Question("email", stores=("person.email", "person.email_skipped")),
    # `profile_asked` marks the question asked (it leaves the sequence then): not an answer
    Question("save_profile", _profile_question, stores=()),
)

STAGES: tuple[Stage, ...] = (
    Stage(
        StageId.ORDER,
        "stage-order",
        (
            Question(
                "marketplace",
                # who sells, and the address a lawsuit needs, depend on where it was bought
                clears=(
                    "seller_kind",
                    "seller_name",
                    "seller_ids",
                    "seller_address",
                    "marketplace_address",
                ),
            ),
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
            Question(
                "tech_complex", claims.asks_tech_complex, stores=("tech_category", "tech_complex")
            ),
            Question("tech_list", _tech_unsure, stores=("tech_complex",)),
            Question("return_info", _is(ProblemId.RETURN)),
            Question("return_reason", _is(ProblemId.REFUND)),
            Question("return_demanded_on", claims.asks_return_demanded_on),
            Question("price", stores=("price", "price_unconfirmed")),
            Question("price_confirm", _price_unconfirmed),
            Question("prepaid"),
            Question("seller_kind", _seller_choice, stores=("seller",)),
            Question("seller_name", _third_party_seller, stores=("seller.name",)),
            Question("seller_ids", _third_party_seller, stores=("seller.inn", "seller.ogrn")),
            Question("marketplace_holds", claims.asks_marketplace_holds),
            Question("checks", stores=("checks_seen",)),
            Question("order_summary"),
        ),
    ),
    Stage(
        StageId.SUPPORT,
        "stage-support",
        (
            Question("support_intro", stores=("support.skipped",)),
            Question("support_channel", _support_reported, stores=("support.channel",)),
            Question("support_date", _support_reported, stores=("support.written_on",)),
            Question("support_ticket", _support_reported, stores=("support.ticket",)),
            Question("support_outcome", _support_reported, stores=("support.outcome",)),
            # a proper-quality return refused "only in our store" (КС РФ 7-П)
            Question("shop_answer", claims.asks_shop_answer),
            Question("return_sent_by", claims.only_in_store),
            Question("return_sent_on", claims.return_sent),
            Question(
                "return_tracking",
                claims.return_sent,
                stores=("return_tracking", "return_tracking_skipped"),
            ),
        ),
    ),
    Stage(StageId.EVIDENCE, "stage-evidence", (Question("evidence", stores=("evidence_done",)),)),
    Stage(
        StageId.CLAIM,
        "stage-claim",
        (
            *PERSON,
            Question("tech_ground", claims.asks_tech_ground),
            Question("repair_handed_on", claims.asks_repair_dates),
            Question(
                "repair_returned_on",
                claims.asks_repair_dates,
                stores=("repair_returned_on", "repair_pending"),
            ),
            Question("demand"),
            Question("new_date", _new_date),
            Question("price_cut", _price_cut),
            Question("heavy", _repair),
            Question("substitute", _repair),
            Question("seller_address", _seller_address, stores=("seller.address",)),
            Question("account_contact", _money),
            Question("bank", _money, stores=("bank_details", "bank_skipped")),
            Question("card_last4", _card, stores=("card_last4", "card_skipped")),
            Question("claim_review"),
            Question("delivery_method", _awaits_answer, stores=("delivery.method",)),
            Question(
                "tracking", _by_post, stores=("delivery.tracking", "delivery.tracking_skipped")
            ),
            Question("delivered_on", _awaits_answer, stores=("delivery.delivered_on",)),
            Question(
                "marketplace_delivered_on",
                _marketplace_demand,
                stores=("marketplace_delivery.delivered_on",),
            ),
            Question("awaiting_answer", _awaits_answer, stores=("seller_answer",)),
            *_reply_questions(seller=False),
        ),
    ),
    Stage(
        StageId.ESCALATE,
        "stage-escalate",
        (
            Question("route"),
            # a lawsuit (ГПК ст. 131): the plaintiff's details only with consent
            Question("plaintiff_consent", _route(Route.COURT), stores=("plaintiff.consent",)),
            Question("birth_date", _lawsuit_consent, stores=("plaintiff.birth_date",)),
            Question("birth_place", _lawsuit_consent, stores=("plaintiff.birth_place",)),
            Question(
                "id_kind",
                _lawsuit_consent,
                stores=("plaintiff.id_kind",),
                clears=("id_number",),  # a number of another document
            ),
            Question("id_number", _lawsuit_consent, stores=("plaintiff.id_number",)),
            Question("court_demand", _court_choice),
            Question("court_cut", _court_cut, stores=("price_cut",)),
            Question("moral_damages", _route(Route.COURT)),
            Question("losses", court_losses, stores=("loss_items", "losses_skipped", "losses")),
            # never a lawsuit without the defendants' addresses; the court chosen (issue 17)
            Question(
                "defendant_address",
                court_seller_address,
                stores=("seller.address", "seller_address_at_court"),
            ),
            Question("marketplace_address", court_marketplace_address),
            Question("venue", _route(Route.COURT), clears=("court_name",)),  # another court
            Question("court_name", _route(Route.COURT), stores=("court_name", "court_level")),
            # the police statement: to which department (issue 17 p. 19)
            Question(
                "police_department",
                _police_department,
                stores=("police.department", "police.department_skipped"),
            ),
            # a complaint to the prosecutor about the police (УПК ст. 124; КоАП for petty theft)
            Question("police_filed_on", _police_unknown, stores=("police.filed_on",)),
            Question(
                "police_kusp",
                _route(Route.PROSECUTOR),
                stores=("police.kusp", "police.kusp_skipped"),
            ),
            Question("police_answer", _route(Route.PROSECUTOR), stores=("police.answer",)),
            Question("police_extension", _police_silent, stores=("police.extension",)),
            Question("police_decided_on", _police_decided, stores=("police.decided_on",)),
            Question("police_omissions", _police_decided, stores=("police.omissions",)),
            # a complaint to the FAS: who is who (38-ФЗ ст. 3, law-facts §3 FAS)
            Question("ad_advertiser", _route(Route.FAS), stores=("ad_advertiser", "ad_unlabelled")),
            Question("ad_distributor", _fas_distributor),
            Question(
                "prosecutor_office",
                _route(Route.PROSECUTOR),
                stores=("police.prosecutor_office", "police.prosecutor_skipped"),
            ),
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
            Question("review_sku", stores=("review.sku",)),
            Question("review_date", stores=("review.published_on",)),
            Question("review_rating", stores=("review.rating",)),
            Question("review_text", stores=("review.text",)),
            Question("review_author", stores=("review.author",)),
            Question("review_order", stores=("review.order", "review.order_skipped")),
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
            Question("verdict", stores=("verdict_seen",)),
        ),
    ),
    Stage(StageId.EVIDENCE, "stage-evidence", (Question("evidence", stores=("evidence_done",)),)),
    Stage(
        StageId.APPEAL,
        "stage-appeal",
        (
            Question("rules", stores=("rules", "rules_done")),
            Question(
                "review_quote", _review_quote, stores=("review_quote", "review_quote_skipped")
            ),
            # the name tells the legal form where it can («ИП …», «ООО …»)
            Question("shop_name", stores=("shop_name", "seller_form")),
            Question("shop_form", _form_unclear, stores=("seller_form",)),
            Question("signatory", _company, stores=("signatory", "signatory_skipped")),
            Question("appeal_review"),
        ),
    ),
    Stage(
        StageId.ESCALATE,
        "stage-seller-answer",  # sending the appeal and the platform's answer, not a court
        (
            Question("appeal_ticket"),
            Question("appeal_outcome"),
            *_reply_questions(seller=True),
            Question("seller_routes"),
        ),
    ),
)

_STAGES_ALL = (*STAGES, *SELLER_STAGES)
_ALL = [q.id for stage in _STAGES_ALL for q in stage.questions]
_RANK = {qid: rank for rank, qid in reversed(list(enumerate(_ALL)))}


def _table(case: Case) -> tuple[Stage, ...]:
    return SELLER_STAGES if case.path is Path.SELLER else STAGES


def _questions(table: tuple[Stage, ...]) -> dict[str, Question]:
    return {q.id: q for stage in table for q in stage.questions}


def is_question(question: str) -> bool:
    return question in _RANK


def stores(question: str) -> tuple[str, ...]:
    """The case fields `question` fills, on either path."""
    return tuple(
        path
        for table in _COMPILED.values()
        if question in table.questions
        for path in table.questions[question].fields
    )


def question_of(case: Case, question: str) -> Question:
    """The table's line for `question` on this case's path."""
    return _compiled(case).questions[question]


@dataclass(frozen=True)
class Walk:
    """The questions one case meets, in order, with their stages: computed once per state of
    the case (`walk`, `void`) and asked as often as a step needs."""

    stages: tuple[Stage, ...]  # the stages this case goes through
    order: tuple[tuple[Stage, str], ...]
    table: tuple[Stage, ...]

    @property
    def sequence(self) -> list[str]:
        return [q for _, q in self.order]

    def stage_of(self, question: str) -> Stage:
        """The stage this case meets `question` in (the applicant's data can belong to either
        the claim or the escalation)."""
        for stage, q in self.order:
            if q == question:
                return stage
        return next(s for s in self.table if any(q.id == question for q in s.questions))

    def first(self) -> str:
        return self.order[0][1]

    def next(self, after: str) -> str | None:
        """The question after `after`, skipping what does not apply; None at the end."""
        order = self.sequence
        position = _position(order, after)
        return order[position + 1] if position + 1 < len(order) else None

    def previous(self, before: str) -> str | None:
        order = self.sequence
        position = _position(order, before)
        return order[position - 1] if position > 0 else None

    def progress(self, question: str) -> Progress:
        stage = self.stage_of(question)
        return Progress(self.stages.index(stage) + 1, len(self.stages), stage.label)


def walk(case: Case) -> Walk:
    """(stage, question) in the order this case meets them."""
    table = _table(case)
    flat = _COMPILED[id(table)].flat
    stages: list[Stage] = []
    seen: set[str] = set()
    order: list[tuple[Stage, str]] = []
    for stage, stage_when, questions in flat:
        if not stage_when(case):
            continue
        stages.append(stage)
        for qid, when in questions:
            if qid not in seen and when(case):
                seen.add(qid)
                order.append((stage, qid))
    return Walk(tuple(stages), tuple(order), table)


Flat = tuple[tuple[Stage, Predicate, tuple[tuple[str, Predicate], ...]], ...]


def _flatten(table: tuple[Stage, ...]) -> Flat:
    """The table as `walk` reads it, its predicates at hand: the walk runs on every answer."""
    return tuple(
        (stage, stage.when, tuple((q.id, q.when) for q in stage.questions)) for stage in table
    )


def sequence(case: Case) -> list[str]:
    """Every question this case meets, in order."""
    return walk(case).sequence


def stage_of(case: Case, question: str) -> Stage:
    return walk(case).stage_of(question)


def first_question(case: Case) -> str:
    return walk(case).first()


def next_question(case: Case, after: str) -> str | None:
    """The question after `after` for this case, skipping what does not apply; None at the end."""
    return walk(case).next(after)


def previous_question(case: Case, before: str) -> str | None:
    return walk(case).previous(before)


def _position(order: list[str], question: str) -> int:
    if question in order:
        return order.index(question)
    # A question that no longer applies (an answer changed): place it by the table order.
    rank = _RANK[question]
    earlier = [q for q in order if _RANK[q] < rank]
    return order.index(earlier[-1]) if earlier else -1


@dataclass(frozen=True)
class Progress:
    number: int  # 1-based among the stages this case goes through
    total: int
    label: str  # locale key


def progress(case: Case, question: str) -> Progress:
    return walk(case).progress(question)


# -- what an answer voids ---------------------------------------------------------------------
#
# An answer stays only while its question is in the case's sequence: when an answer changes
# which questions the case meets (another problem, another demand), the answers of those it no
# longer meets are cleared, and theirs in turn. `route_pending` says which route's questions
# are asked now, not what the case is: an answer given for one route serves the next (the
# prosecutor's complaint names the department the police statement was sent to), so a route's
# answer is void only when no route would ask it.


def answer_of(case: Case, question: str) -> tuple[Any, ...]:
    """What the case holds for `question`: compared before and after an answer, it tells
    whether the answer changed (and so voids the questions it `clears`)."""
    return tuple(_get(case, path) for path in question_of(case, question).fields)


def void(case: Case, changed: Collection[str] = ()) -> Walk:
    """Clear what the answers to `changed` void, then every answer whose question the case
    no longer meets; the walk of the case as it is left."""
    questions = _compiled(case).questions
    for qid in changed:
        clear_voided(case, qid)
    for _ in range(len(_EMPTY) + 1):  # each round empties a field, or it is the last
        current = walk(case)
        stray = _stray(case, questions, current)
        if not stray:
            return current
        for q, paths in stray:
            _clear(case, paths)
            for voided in q.clears:
                _clear(case, questions[voided].fields)
    raise RuntimeError("clearing void answers does not settle")  # a field that cannot empty


def clear_voided(case: Case, question: str) -> None:
    """Clear the answers a change of `question`'s answer makes meaningless (its `clears`)."""
    questions = _compiled(case).questions
    for voided in questions[question].clears:
        _clear(case, questions[voided].fields)


def _stray(
    case: Case, questions: dict[str, Question], current: Walk
) -> list[tuple[Question, tuple[str, ...]]]:
    """Questions the case meets on no route, with their fields still holding an answer that
    no question it meets stores too (a shared field, like the price cut asked at the claim
    and again at the court, stays while either is asked)."""
    met = set(current.sequence)
    table = _compiled(case)
    filled = [q for q, read in table.readers if q.id not in met and _holds(case, read)]
    if not filled:
        return []
    asked = _Asked(case, met)
    sharing = table.sharing
    stray = []
    for q in filled:
        if asked(q):
            continue
        paths = tuple(
            path
            for path in q.fields
            if not _is_default(case, path) and not any(asked(o) for o in sharing[q.id, path])
        )
        if paths:
            stray.append((q, paths))
    return stray


class _Asked:
    """Whether the case meets a question on its route or on any other: a question's own
    predicate checked against the case with another `route_pending`, only when needed."""

    def __init__(self, case: Case, met: set[str]) -> None:
        self.case, self.met = case, met
        self.known: dict[str, bool] = {}
        self._variants: list[Case] | None = None
        self.stage = _compiled(case).stage_of

    def variants(self) -> list[Case]:
        if self._variants is None:
            case = self.case
            routes = () if case.path is Path.SELLER or case.problem is None else (None, *Route)
            # no route before the claim, and none on the seller's path
            self._variants = [
                case.model_copy(update={"route_pending": r})
                for r in routes
                if r is not case.route_pending
            ]
        return self._variants

    def __call__(self, q: Question) -> bool:
        if q.id in self.met:
            return True
        if q.id not in self.known:
            stage = self.stage[q.id]
            self.known[q.id] = any(stage.when(v) and q.when(v) for v in self.variants())
        return self.known[q.id]


Readers = tuple[tuple[Question, tuple[tuple[Callable[[Case], Any], Any], ...]], ...]


def _holds(case: Case, read: tuple[tuple[Callable[[Case], Any], Any], ...]) -> bool:
    """Whether a question's fields hold an answer, with each field's reader and empty value at
    hand: `void` asks it of every question the case does not meet, on every answer."""
    for get, empty in read:
        try:
            value = get(case)
        except AttributeError:  # inside a part the case does not have
            continue
        if not bool(value == empty):
            return True
    return False


def _sharing(table: tuple[Stage, ...]) -> dict[tuple[str, str], list[Question]]:
    """For each question's field, the other questions storing it, or a field in or around it."""
    questions = _questions(table)
    return {
        (q.id, path): [
            other
            for other in questions.values()
            if other.id != q.id and any(_overlap(path, theirs) for theirs in other.fields)
        ]
        for q in questions.values()
        for path in q.fields
    }


def _overlap(a: str, b: str) -> bool:
    """One field inside the other ("seller" and "seller.name"), or the same."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def _owner(case: Case, path: str) -> tuple[Any, str]:
    *parents, name = path.split(".")
    owner: Any = case
    for parent in parents:
        owner = getattr(owner, parent)
        if owner is None:
            break
    return owner, name


def _get(case: Case, path: str) -> Any:
    try:
        return _GETTER[path](case)
    except AttributeError:  # inside a part the case does not have (no seller yet)
        return None


def _default(owner: Any, name: str) -> Any:
    """A field's empty value, fresh (a list is never shared between cases)."""
    return type(owner).model_fields[name].get_default(call_default_factory=True)


def _is_default(case: Case, path: str) -> bool:
    try:
        value = _GETTER[path](case)
    except AttributeError:
        return True
    return bool(value == _EMPTY[path])


def _clear(case: Case, paths: tuple[str, ...]) -> None:
    for path in paths:
        if not _is_default(case, path):
            owner, name = _owner(case, path)
            setattr(owner, name, _default(owner, name))


def _check_fields() -> None:
    """Every `stores` names a field of the case and every `clears` a question of the table:
    a typo fails at import, not in a person's conversation. Keeps each field's reader and
    empty value on the way."""
    for table in (STAGES, SELLER_STAGES):
        questions = _questions(table)
        for q in questions.values():
            for voided in q.clears:
                if voided not in questions:
                    raise ValueError(f"question {q.id} clears {voided}, which is not a question")
            for path in q.fields:
                model: Any = Case
                *parents, name = path.split(".")
                for parent in parents:
                    model = _model_of(model, parent, q.id)
                if name not in model.model_fields:
                    raise ValueError(f"question {q.id} stores {path}, which is not a case field")
                _GETTER[path] = attrgetter(path)
                _EMPTY[path] = model.model_fields[name].get_default(call_default_factory=True)


def _model_of(model: Any, name: str, qid: str) -> Any:
    if name not in model.model_fields:
        raise ValueError(f"question {qid} stores into {name}, which is not a case field")
    annotation = model.model_fields[name].annotation
    for candidate in (annotation, *getattr(annotation, "__args__", ())):
        if isinstance(candidate, type) and hasattr(candidate, "model_fields"):
            return candidate
    raise ValueError(f"question {qid} stores into {name}, which holds no fields")


_GETTER: dict[str, Callable[[Case], Any]] = {}
_EMPTY: dict[str, Any] = {}  # each stored field's empty value, to compare with
_check_fields()


@dataclass(frozen=True)
class _Compiled:
    """One path's table, read once at import into the shapes `walk` and `void` use on every
    answer."""

    questions: dict[str, Question]
    stage_of: dict[str, Stage]
    flat: Flat
    sharing: dict[tuple[str, str], list[Question]]
    readers: Readers


def _compile(table: tuple[Stage, ...]) -> _Compiled:
    questions = _questions(table)
    return _Compiled(
        questions=questions,
        stage_of={q.id: stage for stage in table for q in stage.questions},
        flat=_flatten(table),
        sharing=_sharing(table),
        readers=tuple(
            (q, tuple((_GETTER[path], _EMPTY[path]) for path in q.fields))
            for q in questions.values()
        ),
    )


_COMPILED = {id(table): _compile(table) for table in (STAGES, SELLER_STAGES)}


def _compiled(case: Case) -> _Compiled:
    return _COMPILED[id(_table(case))]
