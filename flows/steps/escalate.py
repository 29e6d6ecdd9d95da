"""Stage 5 · escalation: the routes this problem allows, what each can and cannot do, its
document, where to file it, and the answer's deadline once filed."""

from __future__ import annotations

from datetime import date

from flows import problems
from flows.case import Escalation
from flows.documents import court_name
from flows.law import deadline, state_duty_free
from flows.problems import ROUTE_DEADLINE, Route
from flows.steps.explain import explain
from flows.steps.fields import past_date_question
from flows.steps.form import Ctx, Leave, Option, Outcome, Spec

KIND_OF_ROUTE = {Route.COURT: "lawsuit"}


def _prompt(ctx: Ctx) -> str:
    routes = problems.get(ctx.case.problem).routes
    lines = "\n\n".join(ctx.t(f"route-about-{r.value}") for r in routes)
    return ctx.t("q-route", routes=lines)


def _options(ctx: Ctx) -> list[Option]:
    return [(r.value, ctx.t(f"route-{r.value}")) for r in problems.get(ctx.case.problem).routes]


async def _apply(ctx: Ctx, value: str) -> Outcome:
    route, case = Route(value), ctx.case
    await ctx.turn.say(ctx.t("docs-preparing"))
    kind = KIND_OF_ROUTE.get(route, route.value)
    await ctx.turn.deps["paperwork"].send(
        ctx.turn, case, kind, ctx.today, len(case.escalations) + 1
    )
    case.escalations.append(Escalation(route=route, prepared_on=ctx.today))
    where = ctx.t(f"route-how-{route.value}")
    if route is Route.COURT:
        price = case.price or 0
        where += "\n\n" + ctx.t(
            "court-which",
            court=ctx.t(f"court-{court_name(case, ctx.today)}"),
            free="yes" if state_duty_free(price) else "no",
        )
    await ctx.turn.say(where)
    await ctx.cases.log(case.id, ctx.turn.deps["clock"].now(), "escalation", route=route.value)
    return None


async def _filed(ctx: Ctx, value: date) -> Outcome:
    case = ctx.case
    escalation = case.escalations[-1] if case.escalations else None
    if escalation is None:
        return Leave()
    escalation.filed_on = value
    kind = ROUTE_DEADLINE[escalation.route]
    if kind is None:
        return Leave("filed-court")
    period = deadline(kind, value)
    reminders = ctx.turn.deps.get("reminders")
    if reminders is not None:
        await reminders.state_body(case, ctx.turn.chat_id, period)
    await ctx.turn.say(ctx.t("filed-answer-by", explain=explain(ctx, period)))
    return Leave()


SPECS = (
    Spec("route", _prompt, _options, apply=_apply, done=lambda case: bool(case.escalations)),
    past_date_question(
        "filed_on", "q-filed-on", apply=_filed, skip=lambda ctx: Leave("filed-later")
    ),
)
