"""Stage 4 · the claim: the person's details (kept for next time only with consent), one
demand the law allows, a review where any field can be corrected, the documents, how the
claim was delivered, and the seller's deadline that delivery starts."""

from __future__ import annotations

from datetime import date, timedelta

from aiogram import html

from flows import claims, marketplaces, procedure
from flows.case import (
    Case,
    InputError,
    Person,
    SellerAnswer,
    Status,
    parse_address,
    parse_date,
    parse_email,
    parse_full_name,
    parse_phone,
    parse_price_cut,
    parse_tracking,
)
from flows.claims import Addressee, DocKind
from flows.documents import claim_chat
from flows.law import Deadline
from flows.money import figures
from flows.names import Grammar
from flows.problems import MONEY_DEMANDS, Demand, ProblemId, TechGround
from flows.schedule import ReminderKind, marketplace_deadline, seller_deadline
from flows.steps import similar
from flows.steps import tracked as letters
from flows.steps.engine import Ctx, Goto, Leave, Option, Outcome, Spec, Stay, close_case
from flows.steps.engine.fields import (
    date_options,
    day_text,
    edit_options,
    edit_target,
    fmt_date,
    not_before,
    past_date,
    summary,
    text_question,
    yes_no,
)
from flows.steps.explain import explain
from flows.steps.stages import answer, letter_facts
from flows.tracking import Purpose, Unclaimed

# -- the person (asked here, or at escalation when a problem has no claim) -------------------


async def _name_options(ctx: Ctx) -> list[Option]:
    profile = await ctx.turn.services.profiles.get(ctx.turn.user.id)
    if not profile or ctx.case.person.full_name:
        return []
    return [("profile", ctx.t("btn-use-profile", name=html.quote(profile["full_name"])))]


async def _name_apply(ctx: Ctx, value: str) -> Outcome:
    if value != "profile":
        ctx.case.person.full_name = value
        return None
    profile = await ctx.turn.services.profiles.get(ctx.turn.user.id)
    if not profile:
        return Goto("full_name")
    ctx.case.person = Person.model_validate(profile)
    ctx.case.profile_asked = True
    following = procedure.next_question(ctx.case, "email")
    return Goto(following) if following else None


def _person(field: str):
    def apply(ctx: Ctx, value: str) -> None:
        setattr(ctx.case.person, field, value)

    return apply


def _set_email(ctx: Ctx, value: str) -> None:
    ctx.case.person.email, ctx.case.person.email_skipped = value, False


def _skip_email(ctx: Ctx) -> None:
    ctx.case.person.email, ctx.case.person.email_skipped = None, True


async def _save_profile(ctx: Ctx, value: str) -> None:
    ctx.case.profile_asked = True
    profiles = ctx.turn.services.profiles
    if value == "yes":
        await profiles.save(
            ctx.turn.user.id, ctx.case.person.model_dump(), ctx.turn.services.clock.now()
        )


PERSON_SPECS = (
    Spec(
        "full_name",
        lambda ctx: ctx.t("q-full-name"),
        _name_options,
        parse=lambda text, ctx: parse_full_name(text),
        apply=_name_apply,
        done=lambda case: bool(case.person.full_name),
        hint="hint-text",
    ),
    Spec(
        "address",
        lambda ctx: ctx.t("q-address"),
        parse=lambda text, ctx: parse_address(text),
        apply=_person("address"),
        done=lambda case: bool(case.person.address),
        hint="hint-text",
    ),
    Spec(
        "phone",
        lambda ctx: ctx.t("q-phone"),
        parse=lambda text, ctx: parse_phone(text),
        apply=_person("phone"),
        done=lambda case: bool(case.person.phone),
        hint="hint-text",
        contact=True,
    ),
    Spec(
        "email",
        lambda ctx: ctx.t("q-email"),
        parse=lambda text, ctx: parse_email(text),
        apply=_set_email,
        skip=_skip_email,
        done=lambda case: bool(case.person.email) or case.person.email_skipped,
        hint="hint-text",
    ),
    Spec(
        "surname",
        lambda ctx: ctx.t("q-surname", name=html.quote(ctx.case.person.full_name or "")),
        lambda ctx: [(w, w) for w in (ctx.case.person.full_name or "").split()],
        attr="person.surname",
        done=lambda case: case.person.surname in (case.person.full_name or "").split(),
        columns=2,
    ),
    Spec(
        "gender",
        lambda ctx: ctx.t("q-gender"),
        lambda ctx: [(g.value, ctx.t(f"gender-{g.value}")) for g in (Grammar.MALE, Grammar.FEMALE)],
        attr="person.grammar",
        columns=2,
    ),
    Spec(
        "save_profile",
        lambda ctx: ctx.t("q-save-profile"),
        yes_no,
        apply=_save_profile,
        done=lambda case: case.profile_asked,
        columns=2,
    ),
)

# -- demand, review, documents, delivery -----------------------------------------------------


def _demand_prompt(ctx: Ctx) -> str:
    demands = claims.allowed_demands(ctx.case)
    if demands == (Demand.REFUSE,):
        return ctx.t("q-demand-refuse")
    if claims.asks_tech_ground(ctx.case) and ctx.case.tech_ground is TechGround.NONE:
        return ctx.t("q-demand-tech")
    return ctx.t("q-demand")


def _tech_grounds(ctx: Ctx) -> list[Option]:
    return [
        (g.value, ctx.t(f"tech-ground-{g.value}")) for g in claims.tech_grounds(ctx.case, ctx.today)
    ]


def _set_tech_ground(ctx: Ctx, value: str) -> None:
    ctx.case.tech_ground = TechGround(value)
    if ctx.case.demand is not None and ctx.case.demand not in claims.allowed_demands(ctx.case):
        ctx.case.demand = None  # a rule of the law, not of the sequence: see order.py


def _demands(ctx: Ctx) -> list[Option]:
    return [(d.value, ctx.t(f"demand-{d.value}")) for d in claims.allowed_demands(ctx.case)]


def _set_seller_address(ctx: Ctx, value: str) -> None:
    if ctx.case.seller is not None:
        ctx.case.seller = ctx.case.seller.model_copy(update={"address": value})


def _parse_new_date(text: str, ctx: Ctx) -> date:
    day = parse_date(text, ctx.today, prefer="future")
    if day <= ctx.today:
        raise InputError("err-new-date-past")
    return day


def _review_lines(ctx: Ctx) -> list[tuple[str, str]]:
    case, p = ctx.case, ctx.case.person
    rows = [
        ("full_name", html.quote(p.full_name or "—")),
        ("address", html.quote(p.address or "—")),
        ("phone", p.phone or "—"),
        ("email", html.quote(p.email or "—")),
        ("demand", ctx.t(f"demand-{case.demand}") if case.demand else "—"),
    ]
    if case.demand is Demand.NEW_DATE:
        rows.append(("new_date", fmt_date(case.new_date, ctx.t)))
    if case.demand is Demand.PRICE_CUT:
        rows.append(("price_cut", ctx.t("price-value", price=figures(case.price_cut or 0))))
    if case.seller is not None and not case.seller.is_marketplace:
        rows.append(("seller_address", html.quote(case.seller.address or "—")))
    if case.demand in MONEY_DEMANDS:
        rows.append(("bank", html.quote(case.bank_details or ctx.t("bank-same-way"))))
    return rows + letter_facts.claim_rows(ctx)


def _review_prompt(ctx: Ctx) -> str:
    return summary(ctx, "q-claim-review", _review_lines(ctx))


def _review_options(ctx: Ctx) -> list[Option]:
    return edit_options(ctx, ("make", ctx.t("btn-make-claim")), _review_lines(ctx))


async def _review_apply(ctx: Ctx, value: str) -> Outcome:
    if (edit := edit_target(value, "claim_review")) is not None:
        return edit
    case = ctx.case
    case.claim_version += 1
    await ctx.turn.say(ctx.t("docs-preparing"))
    await ctx.turn.owe(case, DocKind.CLAIM, ctx.today, case.claim_version)
    letters = claims.letters(case)
    if len(letters) > 1:  # the seller's notice first, then the marketplace's demand
        await ctx.turn.say(ctx.t("claim-two-letters"))
    if _entity_unconfirmed(case, letters):
        await ctx.turn.say(ctx.t("claim-entity-check"))
    if case.problem is ProblemId.RETURN and not claims.return_in_time(case, ctx.today):
        await ctx.turn.say(ctx.t("claim-return-late"))
    core = ctx.turn.services.texts
    for letter in letters:
        await ctx.turn.say(ctx.t(f"claim-chat-version-{letter.kind.value}"))
        await ctx.turn.say(f"<pre>{html.quote(claim_chat(case, core, ctx.today, letter))}</pre>")
    if case.demand in MONEY_DEMANDS and not case.bank_details:
        # law-facts §1 «Правила продажи»: a missing detail may give the seller a pretext to delay
        await ctx.turn.say(ctx.t("claim-details-missing"))
    if any(letter.penalty is not None and claims.handed_over(case) for letter in letters):
        await ctx.turn.say(ctx.t("claim-quality-check-advice"))
    await ctx.cases.log(
        case.id, ctx.turn.services.clock.now(), "claim_made", version=case.claim_version
    )
    await similar.tell_once(ctx.turn, case)  # how similar cases went, when the cell is large
    if case.demand is Demand.REFUSE:
        return Leave("claim-refuse-sent")
    return None


def _entity_unconfirmed(case: Case, letters: tuple[claims.Letter, ...]) -> bool:
    """A letter goes to a marketplace whose legal entity our data marks unconfirmed."""
    legal = marketplaces.get(case.marketplace or "other").legal
    to_marketplace = any(letter.to is Addressee.MARKETPLACE for letter in letters) or bool(
        case.seller and case.seller.is_marketplace
    )
    return legal.known and legal.unconfirmed and to_marketplace


def answer_deadline(ctx: Ctx) -> Deadline | None:
    return seller_deadline(ctx.case)


NOT_YET = "not_yet"
HANDED = "handed"  # «the letter was handed over after all»: undo a return pressed by mistake
LETTER_CHECK = timedelta(days=7)


def _by_post(ctx: Ctx) -> bool:
    return ctx.case.delivery.method == "post"


def _tracking_prompt(ctx: Ctx) -> str:
    return ctx.t("q-tracking", followed="yes" if ctx.turn.services.letters.enabled else "no")


async def _tracking(ctx: Ctx, number: str) -> Outcome:
    """The claim's letter by its number: kept for the documents and the reminder, and followed
    at Russian Post when the operator has configured it (issue 21)."""
    services = ctx.turn.services
    await letters.follow(services, ctx.case, ctx.turn.chat_id, Purpose.CLAIM, number, ctx.today)
    return None


def _delivered_prompt(ctx: Ctx) -> str:
    if not _by_post(ctx):
        return ctx.t("q-delivered-on")
    if ctx.case.delivery.unclaimed is not None:
        # law-facts §5 Counting [S62]: the day the post sent the letter back is the day it counts
        return ctx.t("q-returned-on-post", why=ctx.case.delivery.unclaimed.value)
    followed = letters.followed(ctx, Purpose.CLAIM)
    return ctx.t("q-delivered-on-post", followed="yes" if followed else "no")


def _delivered_options(ctx: Ctx) -> list[Option]:
    options = date_options(ctx)
    if not _by_post(ctx):
        return options
    if ctx.case.delivery.unclaimed is not None:
        return [*options, (HANDED, ctx.t("btn-letter-handed"))]
    return [
        *options,
        (NOT_YET, ctx.t("btn-letter-not-yet")),
        (Unclaimed.STORAGE.value, ctx.t("btn-letter-unclaimed")),
        (Unclaimed.REFUSED.value, ctx.t("btn-letter-refused")),
    ]


_LETTER_WORDS = {NOT_YET, HANDED, Unclaimed.STORAGE.value, Unclaimed.REFUSED.value}


def _parse_delivered(text: str, ctx: Ctx) -> date | str:
    if text in _LETTER_WORDS and _by_post(ctx):
        return text
    return past_date(not_before("ordered_on", "err-before-order"))(text, ctx)


async def _delivered(ctx: Ctx, value: date | str) -> Outcome:
    if value == NOT_YET:  # the letter is still on its way: come back, nothing lost
        await ctx.turn.services.reminders.snooze(
            ctx.case.id, ctx.turn.chat_id, ReminderKind.LETTER_FOLLOW_UP, LETTER_CHECK.days
        )
        followed = letters.followed(ctx, Purpose.CLAIM)
        return Leave("letter-not-yet-followed" if followed else "letter-not-yet")
    if isinstance(value, str):  # returned unclaimed or refused (ГК 165.1), or not after all
        ctx.case.delivery.unclaimed = None if value == HANDED else Unclaimed(value)
        return Stay()
    ctx.case.delivery.delivered_on = value
    ctx.case.delivery.by_post = False  # the person's own date, whatever the post said before
    return await delivery_counted(ctx)


async def delivery_counted(ctx: Ctx) -> Outcome:
    """The claim's delivery day is known (typed, or read from the post): the seller's period
    runs from it, logged and reminded."""
    now = ctx.turn.services.clock.now()
    period = answer_deadline(ctx)
    if period is None:
        return None
    await ctx.cases.log(ctx.case.id, now, "claim_delivered", due=period.due.isoformat())
    await ctx.turn.services.reminders.seller_deadline(ctx.case, ctx.turn.chat_id, period)
    return None


def _marketplace_options(ctx: Ctx) -> list[Option]:
    return [*date_options(ctx), (NOT_YET, ctx.t("btn-letter-not-yet"))]


def _parse_marketplace_delivered(text: str, ctx: Ctx) -> date | str:
    if text == NOT_YET:
        return NOT_YET
    earliest = ctx.case.delivery.delivered_on
    day = past_date()(text, ctx)
    if earliest is not None and day < earliest:
        # the marketplace's demand goes after the seller's notice, with a copy of it
        raise InputError("err-before-notice", earliest=day_text(ctx.t, earliest))
    return day


async def _marketplace_delivered(ctx: Ctx, value: date | str) -> Outcome:
    """The aggregator owner's 10 days (ЗоЗПП ст. 12) run from the day its own demand reached
    it: counted, explained and reminded like the seller's."""
    if isinstance(value, str):
        await ctx.turn.services.reminders.snooze(
            ctx.case.id,
            ctx.turn.chat_id,
            ReminderKind.LETTER_FOLLOW_UP,
            LETTER_CHECK.days,
            question="marketplace_delivered_on",
        )
        return Leave("marketplace-not-yet")
    ctx.case.marketplace_delivery.delivered_on = value
    period = marketplace_deadline(ctx.case)
    if period is None:
        return None
    now = ctx.turn.services.clock.now()
    await ctx.cases.log(ctx.case.id, now, "marketplace_delivered", due=period.due.isoformat())
    await ctx.turn.services.reminders.marketplace_deadline(ctx.case, ctx.turn.chat_id, period)
    await ctx.turn.say(ctx.t("marketplace-answer-by", explain=explain(ctx, period)))
    return None


def _awaiting_prompt(ctx: Ctx) -> str:
    period = answer_deadline(ctx)
    if period is None:
        return ctx.t("q-awaiting-none")
    key = "q-awaiting-passed" if period.passed(ctx.today) else "q-awaiting"
    return ctx.t(
        key,
        explain=explain(ctx, period),
        due=day_text(ctx.t, period.due),
        kind="repair" if period.at_most else "answer",
    )


def _awaiting_options(ctx: Ctx) -> list[Option]:
    return [
        ("answered", ctx.t("btn-seller-answered")),
        ("solved", ctx.t("btn-seller-solved")),
        ("refused", ctx.t("btn-seller-refused")),
        ("escalate", ctx.t("btn-escalate-now")),
        ("later", ctx.t("btn-later")),
    ]


async def _awaiting_apply(ctx: Ctx, value: str) -> Outcome:
    case, now = ctx.case, ctx.turn.services.clock.now()
    if value == "answered":  # the answer as it came, what it says, the advice (answer.py)
        return await answer.begin(ctx)
    if value == "refused" and any(r.kind is not None for r in case.replies):
        # with answers on record, a refusal is recorded too: the documents count only a
        # recorded one, with its date (`answered.refused`)
        return await answer.begin(ctx)
    answer.drop_unrecorded(case)
    if value == "solved":
        case.seller_answer = SellerAnswer.SOLVED
        return await close_case(ctx, Status.SOLVED, "seller-solved")
    if value == "later":
        return Leave("awaiting-later")
    if value == "refused":
        case.seller_answer = SellerAnswer.REFUSED
    await ctx.cases.log(case.id, now, "escalate", reason=value)
    return Goto("route")


SPECS = (
    *PERSON_SPECS,
    Spec(
        "tech_ground",
        lambda ctx: ctx.t("q-tech-ground"),
        _tech_grounds,
        apply=_set_tech_ground,
        done=lambda case: case.tech_ground is not None,
    ),
    Spec(
        "demand",
        _demand_prompt,
        _demands,
        attr="demand",
    ),
    Spec(
        "new_date",
        lambda ctx: ctx.t("q-new-date"),
        parse=_parse_new_date,
        attr="new_date",
        hint="hint-date",
    ),
    Spec(
        "price_cut",
        lambda ctx: ctx.t("q-price-cut", price=figures(ctx.case.price or 0)),
        parse=lambda text, ctx: parse_price_cut(text, ctx.case.price),
        attr="price_cut",
        hint="hint-text",
    ),
    text_question(
        "seller_address",
        "q-seller-address",
        limit=300,
        russian=True,
        minimum=10,
        apply=_set_seller_address,
        skip=lambda ctx: _set_seller_address(ctx, ""),
        done=lambda case: True,  # optional: a skipped address leaves a line to fill in
    ),
    text_question(
        "bank",
        "q-bank",
        limit=300,
        minimum=5,
        attr="bank_details",
        skip=lambda ctx: setattr(ctx.case, "bank_skipped", True),
        done=lambda case: bool(case.bank_details) or case.bank_skipped,
    ),
    Spec("claim_review", _review_prompt, _review_options, apply=_review_apply, columns=2),
    Spec(
        "delivery_method",
        lambda ctx: ctx.t("q-delivery-method"),
        lambda ctx: [(m, ctx.t(f"delivery-via-{m}")) for m in ("chat", "post", "in_person")],
        attr="delivery.method",
    ),
    Spec(
        "tracking",
        _tracking_prompt,
        parse=lambda text, ctx: parse_tracking(text),
        apply=_tracking,
        skip=lambda ctx: setattr(ctx.case.delivery, "tracking_skipped", True),
        done=lambda case: bool(case.delivery.tracking) or case.delivery.tracking_skipped,
        hint="hint-tracking",
    ),
    Spec(
        "delivered_on",
        _delivered_prompt,
        _delivered_options,
        parse=_parse_delivered,
        apply=_delivered,
        done=lambda case: case.delivery.delivered_on is not None,
        hint="hint-date",
        columns=2,
        parse_buttons=True,
    ),
    Spec(
        "marketplace_delivered_on",
        lambda ctx: ctx.t("q-marketplace-delivered-on"),
        _marketplace_options,
        parse=_parse_marketplace_delivered,
        apply=_marketplace_delivered,
        done=lambda case: case.marketplace_delivery.delivered_on is not None,
        hint="hint-date",
        columns=2,
        parse_buttons=True,
    ),
    Spec("awaiting_answer", _awaiting_prompt, _awaiting_options, apply=_awaiting_apply, columns=1),
)
