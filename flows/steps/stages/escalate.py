"""Stage 5 · escalation: the routes this problem allows, what each can and cannot do, its
document, where to file it, and the answer's deadline once filed.

A lawsuit first asks what ГПК ст. 131 needs of the plaintiff (only with consent), what the
court is asked now, the moral damages the person chooses and any losses; a complaint to the
prosecutor asks what became of the police report. Both end on a review screen."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from aiogram import html

from flows import claims, procedure
from flows.case import (
    Case,
    Escalation,
    IdKind,
    InputError,
    Loss,
    PoliceAnswer,
    PoliceExtension,
    Venue,
    parse_address,
    parse_court_name,
    parse_date,
    parse_identifier,
    parse_losses,
    parse_price,
    parse_price_cut,
    parse_text,
)
from flows.claims import police_filed_on
from flows.documents import ROUTE_DOCUMENT
from flows.law import Court, deadline
from flows.money import figures
from flows.problems import PLATFORM_ADS, Demand, Route
from flows.schedule import (
    body_terms,
    demand_status,
    lawsuit_sums,
    police_deadline,
    police_term_passed,
    route_deadline,
    switch_allowed,
)
from flows.steps import similar
from flows.steps.engine import Ctx, Goto, Leave, Option, Outcome, Spec
from flows.steps.engine.fields import (
    edit_options,
    edit_target,
    fmt_date,
    past_date_question,
    summary,
    text_question,
    yes_no,
)
from flows.steps.explain import explain

# Routes whose document needs more answers before it can be written.
ASKS_FIRST = frozenset({Route.COURT, Route.PROSECUTOR, Route.POLICE, Route.FAS})


def _available(ctx: Ctx) -> tuple[Route, ...]:
    """The routes open today: the court waits while a repair, replacement or new date still
    has time (a lawsuit would ask for something else, which the law allows only later)."""
    routes = claims.routes(ctx.case)
    if switch_allowed(ctx.case, ctx.today):
        return routes
    return tuple(r for r in routes if r is not Route.COURT)


def _court_later(ctx: Ctx) -> str:
    if Route.COURT not in claims.routes(ctx.case) or switch_allowed(ctx.case, ctx.today):
        return ""
    status = demand_status(ctx.case, claims.main_letter(ctx.case), ctx.today)
    due = fmt_date(status.due, ctx.t) if status.due else "none"
    return "\n\n" + ctx.t("route-court-later", due=due)


def _prompt(ctx: Ctx) -> str:
    routes = _available(ctx)
    if not routes:
        return ctx.t("q-route-none") if not claims.routes(ctx.case) else _court_later(ctx)
    lines = "\n\n".join(ctx.t(f"route-about-{r.value}") for r in routes) + _court_later(ctx)
    done = _route_states(ctx)
    if done:
        return ctx.t("q-route-next", states=done, routes=lines)
    return ctx.t("q-route", routes=lines)


def _route_states(ctx: Ctx) -> str:
    """Where the person has already gone: filed (and the answer's deadline) or only written."""
    out = []
    for e in ctx.case.escalations:
        kind = route_deadline(ctx.case, e.route)
        due = deadline(kind, e.filed_on).due if kind and e.filed_on else None
        out.append(
            ctx.t(
                "route-state",
                route=ctx.t(f"route-{e.route.value}"),
                state="filed" if e.filed_on else "prepared",
                date=fmt_date(e.filed_on or e.prepared_on, ctx.t),
                due=fmt_date(due, ctx.t) if due else "none",
            )
        )
    return "\n".join(out)


FILED = "filed."
REMAKE = "remake."


def _options(ctx: Ctx) -> list[Option]:
    """New routes, and for a document made but not yet filed, its filing date or a new
    version of it (the case's facts may have changed since: the post's record of the claim's
    delivery, issue 21) — a route already filed is not offered again."""
    filed = {e.route for e in ctx.case.escalations if e.filed_on}
    prepared = {e.route for e in ctx.case.escalations if not e.filed_on} - filed
    options: list[Option] = []
    for r in _available(ctx):
        if r in prepared:
            label = ctx.t("btn-route-filed", route=ctx.t(f"route-{r.value}"))
            options.append((FILED + r.value, label))
            remake = ctx.t("btn-route-remake", route=ctx.t(f"route-{r.value}"))
            options.append((REMAKE + r.value, remake))
        elif r not in filed:
            options.append((r.value, ctx.t(f"route-{r.value}")))
    # after filing somewhere, or while the court must wait, waiting is a choice too
    if ctx.case.escalations or len(options) < len(claims.routes(ctx.case)):
        options.append((WAIT, ctx.t("btn-route-wait")))
    return options


WAIT = "wait"


async def _make(ctx: Ctx, route: Route) -> None:
    """Write and send the route's document, and say where and how to file it."""
    case = ctx.case
    await ctx.turn.say(ctx.t("docs-preparing"))
    kind = ROUTE_DOCUMENT[route]
    made = [row.version for row in await ctx.cases.documents(case.id) if row.kind == kind.value]
    # a new version after every one made, also when a route's document is made again
    version = max([len(case.escalations) + 1, *(v + 1 for v in made)])
    await ctx.turn.owe(case, kind, ctx.today, version)
    case.escalations.append(Escalation(route=route, prepared_on=ctx.today))
    case.route_pending = None
    where = ctx.t(f"route-how-{route.value}")
    if route is Route.PROSECUTOR and claims.petty(case):
        # law-facts §3 «Petty theft»: the КоАП route; ch. 30 appeals only for the victim
        where = ctx.t("route-how-prosecutor-petty", victim=_victim(case))
    if route is Route.COURT:
        sums = lawsuit_sums(case, ctx.today)
        where += "\n\n" + ctx.t(
            "court-which",
            court=ctx.t(f"court-{sums.court.value}"),
            price=figures(sums.claim_price),
            duty="free" if sums.duty_free else ("unknown" if sums.duty is None else "due"),
            amount=figures(sums.duty or Decimal(0)),
        )
    await ctx.turn.say(where)
    await ctx.cases.log(case.id, ctx.turn.services.clock.now(), "escalation", route=route.value)


async def _apply(ctx: Ctx, value: str) -> Outcome:
    if value == WAIT:
        # hesitating: how similar cases went may help decide (said once per case)
        await similar.tell_once(ctx.turn, ctx.case)
        return Leave("route-wait")
    if value.startswith(FILED):
        ctx.case.route_pending = None
        ctx.case.filing = Route(value.removeprefix(FILED))
        return Goto("filed_on")
    if value.startswith(REMAKE):
        return await _remake(ctx, Route(value.removeprefix(REMAKE)))
    route = Route(value)
    if route in ASKS_FIRST:
        ctx.case.route_pending = route
        return None
    ctx.case.route_pending = None
    await _make(ctx, route)
    return None


async def _remake(ctx: Ctx, route: Route) -> Outcome:
    """A route's document made again from the case as it stands (the one made before and not
    filed is replaced): a route with its own questions goes through its review again, which
    checks what the facts may have moved (the court, a missing address)."""
    case = ctx.case
    case.escalations = [e for e in case.escalations if e.route is not route or e.filed_on]
    if route in ASKS_FIRST:
        case.route_pending = route
        return Goto("route_review")
    case.route_pending = None
    await _make(ctx, route)
    return None


# -- the lawsuit's questions -----------------------------------------------------------------


def _set_consent(ctx: Ctx, value: str) -> None:
    # nothing asked without consent, so nothing kept: the engine clears what is not asked
    ctx.case.plaintiff.consent = value == "yes"


def _parse_birth(text: str, ctx: Ctx) -> date:
    day = parse_date(text, ctx.today)
    if day > ctx.today:
        raise InputError("err-date-future")
    if day.year < ctx.today.year - 120:
        raise InputError("err-date-too-old")
    if (ctx.today - day).days < 18 * 365:
        raise InputError("err-birth-young")
    return day


def _parse_id(text: str, ctx: Ctx) -> str:
    return parse_identifier(text, ctx.case.plaintiff.id_kind or IdKind.PASSPORT)


def _court_demands(ctx: Ctx) -> list[Option]:
    return [(d.value, ctx.t(f"court-demand-{d.value}")) for d in claims.court_demands(ctx.case)]


def _set_losses(ctx: Ctx, value: list[Loss] | None) -> None:
    """Losses as items, each with what it was (issue 17 p. 15); skipping claims none."""
    ctx.case.loss_items, ctx.case.losses_skipped = value or [], value is None
    ctx.case.losses = None  # an amount without its composition is never claimed


def _losses_text(ctx: Ctx) -> str:
    items = ctx.case.loss_items
    if not items:
        return "—"
    return "; ".join(
        html.quote(i.what) + " — " + ctx.t("price-value", price=figures(i.amount)) for i in items
    )


def _defendant_address_prompt(ctx: Ctx) -> str:
    seller = ctx.case.seller
    return ctx.t(
        "q-defendant-address",
        name=html.quote(seller.name if seller and seller.name else "—"),
        inn=seller.inn if seller and seller.inn else "none",
    )


def _set_defendant_address(ctx: Ctx, value: str) -> None:
    if ctx.case.seller is not None:
        ctx.case.seller = ctx.case.seller.model_copy(update={"address": value})
    ctx.case.seller_address_at_court = True


def _marketplace_address_prompt(ctx: Ctx) -> str:
    legal = ctx.marketplace.legal
    return ctx.t("q-marketplace-address", name=html.quote(legal.name), inn=legal.inn or "none")


def _venues(ctx: Ctx) -> list[Option]:
    return [(v.value, ctx.t(f"venue-{v.value}")) for v in Venue]


def _court_level(ctx: Ctx) -> Court:
    return lawsuit_sums(ctx.case, ctx.today).court


def _court_name_prompt(ctx: Ctx) -> str:
    return ctx.t(
        f"q-court-name-{_court_level(ctx).value}",
        venue=(ctx.case.venue or Venue.RESIDENCE).value,
    )


def _set_court_name(ctx: Ctx, value: str) -> None:
    ctx.case.court_name, ctx.case.court_level = value, _court_level(ctx)


# -- the prosecutor's questions --------------------------------------------------------------


def _police_answers(ctx: Ctx) -> list[Option]:
    return [(a.value, ctx.t(f"police-answer-{a.value}")) for a in PoliceAnswer]


def _victim(case: Case) -> str:
    return "yes" if claims.buyer_injured(case) else "no"


def _extension_prompt(ctx: Ctx) -> str:
    """Which term ran out: asked, never assumed (УПК ст. 144 ч. 3, law-facts §3 Police)."""
    filed = police_filed_on(ctx.case)
    return ctx.t("q-police-extension", filed=fmt_date(filed, ctx.t))


def _extensions(ctx: Ctx) -> list[Option]:
    return [(e.value, ctx.t(f"police-extension-{e.value}")) for e in PoliceExtension]


def _too_early(ctx: Ctx) -> date | None:
    """The police's term (as the person said it was, or was not, extended) still runs: the
    last day, when a complaint about their silence would say something untrue."""
    case = ctx.case
    if (
        case.route_pending is not Route.PROSECUTOR
        or case.police.answer is not PoliceAnswer.NO_ANSWER
        or claims.petty(case)
        or police_term_passed(case, ctx.today)
    ):
        return None
    period = police_deadline(case)
    return period.due if period is not None else None


def _set_department(ctx: Ctx, value: str | None) -> None:
    ctx.case.police.department, ctx.case.police.department_skipped = value, value is None


def _set_office(ctx: Ctx, value: str | None) -> None:
    ctx.case.police.prosecutor_office = value
    ctx.case.police.prosecutor_skipped = value is None


# -- the FAS complaint's questions: who is who (38-ФЗ ст. 3, law-facts §3 FAS) ---------------

UNLABELLED = "none"


def _parse_advertiser(text: str, ctx: Ctx) -> tuple[str, str]:
    return ("named", parse_text(text, limit=300, minimum=2))


def _set_advertiser(ctx: Ctx, value: str | tuple[str, str]) -> None:
    if value == UNLABELLED:
        ctx.case.ad_advertiser, ctx.case.ad_unlabelled = None, True
    elif isinstance(value, tuple):
        ctx.case.ad_advertiser, ctx.case.ad_unlabelled = value[1], False


def _advertiser_prompt(ctx: Ctx) -> str:
    return ctx.t("q-ad-advertiser", kind=ctx.case.ad_kind or "banner")


def _distributor_prompt(ctx: Ctx) -> str:
    return ctx.t("q-ad-distributor", kind=ctx.case.ad_kind or "outside")


# -- the review before the document ------------------------------------------------------------


def _fas_lines(ctx: Ctx) -> list[tuple[str, str]]:
    case = ctx.case
    advertiser = ctx.t("btn-ad-unlabelled") if case.ad_unlabelled else case.ad_advertiser
    rows = [("ad_advertiser", html.quote(advertiser or "—"))]
    if case.ad_kind not in PLATFORM_ADS:
        rows.append(("ad_distributor", html.quote(case.ad_distributor or "—")))
    return rows


def _review_lines(ctx: Ctx) -> list[tuple[str, str]]:
    """The review screen's rows for the route whose document is about to be made."""
    route = ctx.case.route_pending
    if route is Route.FAS:
        return _fas_lines(ctx)
    if route in (Route.POLICE, Route.PROSECUTOR):
        return _police_lines(ctx)
    return _court_lines(ctx)


def _police_lines(ctx: Ctx) -> list[tuple[str, str]]:
    case = ctx.case
    report = case.police
    department = ("police_department", html.quote(report.department or "—"))
    if case.route_pending is Route.POLICE:
        return [department]
    rows = [
        ("police_filed_on", fmt_date(police_filed_on(case), ctx.t)),
        department,
        ("police_kusp", html.quote(report.kusp or "—")),
        ("police_answer", ctx.t(f"police-answer-{report.answer}") if report.answer else "—"),
    ]
    if report.extension is not None and report.answer is PoliceAnswer.NO_ANSWER:
        rows.append(("police_extension", ctx.t(f"police-extension-{report.extension}")))
    if report.answer is PoliceAnswer.REFUSED_CASE:
        rows.append(("police_decided_on", fmt_date(report.decided_on, ctx.t)))
    rows.append(("prosecutor_office", html.quote(report.prosecutor_office or "—")))
    return rows


def _court_lines(ctx: Ctx) -> list[tuple[str, str]]:
    case = ctx.case
    p = case.plaintiff
    rows = [("plaintiff_consent", ctx.t("btn-yes" if p.consent else "btn-no"))]
    if p.consent:
        rows += [
            ("birth_date", fmt_date(p.birth_date, ctx.t)),
            ("birth_place", html.quote(p.birth_place or "—")),
            ("id_kind", ctx.t(f"id-kind-{p.id_kind}") if p.id_kind else "—"),
            ("id_number", html.quote(p.id_number or "—")),
        ]
    if claims.court_demands(case):
        rows.append(("court_demand", ctx.t(f"court-demand-{claims.court_demand(case).value}")))
        if claims.court_demand(case) is Demand.PRICE_CUT:
            rows.append(("court_cut", ctx.t("price-value", price=figures(case.price_cut or 0))))
    rows.append(("moral_damages", ctx.t("price-value", price=figures(case.moral_damages or 0))))
    if procedure.court_losses(case):
        rows.append(("losses", _losses_text(ctx)))
    if procedure.court_seller_address(case):
        rows.append(("defendant_address", html.quote(case.seller.address if case.seller else "")))
    if procedure.court_marketplace_address(case):
        rows.append(("marketplace_address", html.quote(case.marketplace_address or "—")))
    rows.append(("venue", ctx.t(f"venue-{case.venue.value}") if case.venue else "—"))
    rows.append(("court_name", html.quote(case.court_name or "—")))
    return rows


_REVIEW_KEY = {
    Route.PROSECUTOR: "q-prosecutor-review",
    Route.POLICE: "q-police-review",
    Route.FAS: "q-fas-review",
}


def _review_prompt(ctx: Ctx) -> str:
    key = _REVIEW_KEY.get(ctx.case.route_pending or Route.COURT, "q-suit-review")
    text = summary(ctx, key, _review_lines(ctx))
    early = _too_early(ctx)
    if early is not None:
        text += "\n\n" + ctx.t("prosecutor-too-early", due=fmt_date(early, ctx.t))
    if ctx.case.route_pending is Route.COURT:
        sums = lawsuit_sums(ctx.case, ctx.today)
        line = sums.penalty
        text += "\n\n" + ctx.t(
            "suit-figures",
            price=figures(sums.claim_price),
            penalty=figures(line.amount) if line else "0",
            capped="yes" if line and line.capped else "no",
            has_penalty="yes" if line else "no",
        )
    return text


def _review_options(ctx: Ctx) -> list[Option]:
    return edit_options(ctx, ("make", ctx.t("btn-make-document")), _review_lines(ctx))


def _court_gap(ctx: Ctx) -> str | None:
    """The first of the lawsuit's questions still without an answer (an address, the court)."""
    order = procedure.sequence(ctx.case)
    for qid in order[order.index("route") + 1 : order.index("route_review")]:
        spec = ctx.engine.form.specs.get(qid)
        if spec is not None and not spec.answered(ctx.case):
            return qid
    return None


async def _review_apply(ctx: Ctx, value: str) -> Outcome:
    if (edit := edit_target(value, "route_review")) is not None:
        return edit
    route = ctx.case.route_pending
    if route is None:
        return None
    early = _too_early(ctx)
    if early is not None:
        # a complaint about silence before the term ran out would state something untrue
        await ctx.turn.say(ctx.t("prosecutor-too-early", due=fmt_date(early, ctx.t)))
        return Leave("route-wait")
    if route is Route.COURT:
        # never a lawsuit without the defendant's address or the court (issue 17 p. 19)
        gap = _court_gap(ctx)
        if gap is not None:
            return Goto(gap, return_to="route_review")
        if ctx.case.court_level is not _court_level(ctx):  # the claim price moved the court
            ctx.case.court_name = ctx.case.court_level = None
            return Goto("court_name", return_to="route_review")
    await _make(ctx, route)
    return None


async def _filed(ctx: Ctx, value: date) -> Outcome:
    case = ctx.case
    unfiled = [e for e in case.escalations if e.filed_on is None]
    chosen = [e for e in unfiled if e.route is case.filing] or unfiled[-1:]
    case.filing = None
    if not chosen:
        return Goto("route")
    escalation = chosen[-1]
    escalation.filed_on = value
    kind = route_deadline(case, escalation.route)
    if kind is None:
        await ctx.turn.say(ctx.t("filed-court"))
        return Goto("route")
    period, *extended = body_terms(kind, value)
    for term in (period, *extended):  # the FAS: after one month and again after two
        await ctx.turn.services.reminders.state_body(case, ctx.turn.chat_id, term)
    if extended:
        await ctx.turn.say(
            ctx.t(
                "filed-answer-by-extendable",
                explain=explain(ctx, period),
                extended=fmt_date(extended[0].due, ctx.t),
            )
        )
    else:
        await ctx.turn.say(ctx.t("filed-answer-by", explain=explain(ctx, period)))
    return Goto("route")  # the other routes, with where this one stands


def _filed_prompt(ctx: Ctx) -> str:
    unfiled = [e for e in ctx.case.escalations if e.filed_on is None]
    chosen = [e for e in unfiled if e.route is ctx.case.filing] or unfiled[-1:]
    route = ctx.t(f"route-{chosen[-1].route.value}") if chosen else "none"
    return ctx.t("q-filed-on", route=route)


SPECS = (
    Spec(
        "route",
        _prompt,
        _options,
        apply=_apply,
        # a route chosen whose document still needs answers is an answer too (a review's edit
        # must come back to the review, not to the routes)
        done=lambda case: bool(case.escalations) or case.route_pending is not None,
    ),
    Spec(
        "plaintiff_consent",
        lambda ctx: ctx.t("q-plaintiff-consent"),
        yes_no,
        apply=_set_consent,
        done=lambda case: case.plaintiff.consent is not None,
        columns=2,
    ),
    Spec(
        "birth_date",
        lambda ctx: ctx.t("q-birth-date"),
        parse=_parse_birth,
        attr="plaintiff.birth_date",
        hint="hint-date",
    ),
    text_question(
        "birth_place",
        "q-birth-place",
        limit=200,
        russian=True,
        attr="plaintiff.birth_place",
    ),
    Spec(
        "id_kind",
        lambda ctx: ctx.t("q-id-kind"),
        lambda ctx: [(k.value, ctx.t(f"id-kind-{k.value}")) for k in IdKind],
        attr="plaintiff.id_kind",
        columns=2,
    ),
    Spec(
        "id_number",
        lambda ctx: ctx.t(f"q-id-number-{ctx.case.plaintiff.id_kind or 'passport'}"),
        parse=_parse_id,
        attr="plaintiff.id_number",
        hint="hint-text",
    ),
    Spec(
        "court_demand",
        lambda ctx: ctx.t("q-court-demand", first=claims.lawsuit_letter(ctx.case).demand.value),
        _court_demands,
        attr="court_demand",
    ),
    Spec(
        "court_cut",
        lambda ctx: ctx.t("q-price-cut", price=figures(ctx.case.price or 0)),
        parse=lambda text, ctx: parse_price_cut(text, ctx.case.price),
        attr="price_cut",
        hint="hint-text",
    ),
    Spec(
        "moral_damages",
        lambda ctx: ctx.t("q-moral-damages"),
        parse=lambda text, ctx: parse_price(text),
        attr="moral_damages",
        hint="hint-text",
    ),
    Spec(
        "losses",
        lambda ctx: ctx.t("q-losses"),
        parse=lambda text, ctx: parse_losses(text),
        apply=_set_losses,
        skip=lambda ctx: _set_losses(ctx, None),
        done=lambda case: bool(case.loss_items) or case.losses_skipped,
        hint="hint-text",
    ),
    Spec(
        "defendant_address",
        _defendant_address_prompt,
        parse=lambda text, ctx: parse_address(text),
        apply=_set_defendant_address,
        done=lambda case: bool(case.seller and case.seller.address),
        hint="hint-text",
    ),
    Spec(
        "marketplace_address",
        _marketplace_address_prompt,
        parse=lambda text, ctx: parse_address(text),
        attr="marketplace_address",
        hint="hint-text",
    ),
    Spec(
        "venue",
        lambda ctx: ctx.t("q-venue"),
        _venues,
        attr="venue",
    ),
    Spec(
        "court_name",
        _court_name_prompt,
        parse=lambda text, ctx: parse_court_name(text, _court_level(ctx)),
        apply=_set_court_name,
        done=lambda case: bool(case.court_name) and case.court_level is not None,
        hint="hint-text",
    ),
    text_question(
        "police_department",
        "q-police-department",
        limit=200,
        minimum=5,
        russian=True,
        apply=_set_department,
        skip=lambda ctx: _set_department(ctx, None),
        done=lambda case: bool(case.police.department) or case.police.department_skipped,
    ),
    Spec(
        "police_extension",
        _extension_prompt,
        _extensions,
        attr="police.extension",
    ),
    text_question(
        "prosecutor_office",
        "q-prosecutor-office",
        limit=200,
        minimum=5,
        russian=True,
        apply=_set_office,
        skip=lambda ctx: _set_office(ctx, None),
        done=lambda case: bool(case.police.prosecutor_office) or case.police.prosecutor_skipped,
    ),
    past_date_question(
        "police_filed_on",
        "q-police-filed-on",
        after_order=False,
        attr="police.filed_on",
        done=lambda case: police_filed_on(case) is not None,
    ),
    text_question(
        "police_kusp",
        "q-police-kusp",
        limit=40,
        minimum=1,
        attr="police.kusp",
        skip=lambda ctx: setattr(ctx.case.police, "kusp_skipped", True),
        done=lambda case: bool(case.police.kusp) or case.police.kusp_skipped,
    ),
    Spec(
        "police_answer",
        lambda ctx: ctx.t("q-police-answer"),
        _police_answers,
        attr="police.answer",
    ),
    text_question(
        "police_omissions",
        "q-police-omissions",
        limit=500,
        russian=True,
        minimum=5,
        attr="police.omissions",
        skip=lambda ctx: setattr(ctx.case.police, "omissions", None),
        done=lambda case: True,  # optional: the complaint then says the check was incomplete
    ),
    past_date_question(
        "police_decided_on",
        "q-police-decided-on",
        after_order=False,
        attr="police.decided_on",
    ),
    Spec(
        "ad_advertiser",
        _advertiser_prompt,
        lambda ctx: [(UNLABELLED, ctx.t("btn-ad-unlabelled"))],
        parse=_parse_advertiser,
        apply=_set_advertiser,
        done=lambda case: bool(case.ad_advertiser) or case.ad_unlabelled,
        hint="hint-text",
    ),
    text_question(
        "ad_distributor",
        _distributor_prompt,
        limit=300,
        attr="ad_distributor",
    ),
    Spec("route_review", _review_prompt, _review_options, apply=_review_apply, columns=2),
    past_date_question(
        "filed_on",
        _filed_prompt,
        apply=_filed,
        # «Продолжить» then brings back the routes, each with its state (issue 17, the flow)
        skip=lambda ctx: Leave("filed-later", resume_at="route"),
    ),
)
