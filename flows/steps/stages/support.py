"""Stage 2 · support: where to write, a ready message to paste, and what came of it."""

from __future__ import annotations

from datetime import timedelta

from aiogram import html

from flows.case import Status, SupportOutcome, parse_ticket
from flows.steps.engine import Ctx, Leave, Option, Outcome, Spec, close_case
from flows.steps.engine.fields import fmt_date, past_date_question
from flows.support_message import support_message

CHANNELS = ("app_chat", "email", "phone", "other")
OUTCOMES = ("solved", "waiting", "refused", "no_answer")
FOLLOW_UP = timedelta(days=3)


def _intro_prompt(ctx: Ctx) -> str:
    mp = ctx.marketplace
    channels = "\n".join(f"• {ctx.t(f'channel-{c.kind}-{mp.id}')}" for c in mp.channels)
    message = support_message(ctx.case, ctx.turn.services.texts)
    return ctx.t("q-support-intro", channels=channels, message=html.quote(message))


def _intro_options(ctx: Ctx) -> list[Option]:
    return [("wrote", ctx.t("btn-support-wrote")), ("skip", ctx.t("btn-support-skip"))]


def _intro_apply(ctx: Ctx, value: str) -> None:
    ctx.case.support.skipped = value == "skip"


def _set(field: str):
    def apply(ctx: Ctx, value: object) -> None:
        setattr(ctx.case.support, field, value)

    return apply


NO_TICKET = "none"


def _set_ticket(ctx: Ctx, value: str | None) -> None:
    """A typed number, or None for the "no number" button or «нет номера» typed."""
    ctx.case.support.ticket = None if value in (None, NO_TICKET) else value


async def _outcome(ctx: Ctx, value: str) -> Outcome:
    case, now = ctx.case, ctx.turn.services.clock.now()
    case.support.outcome = SupportOutcome(value)
    await ctx.cases.log(case.id, now, "support_outcome", outcome=value)
    if value == "solved":
        return await close_case(ctx, Status.SOLVED, "support-solved")
    if value == "waiting":
        await ctx.turn.services.reminders.support_follow_up(case, ctx.turn.chat_id, now + FOLLOW_UP)
        return Leave("support-waiting")
    return None


SPECS = (
    Spec("support_intro", _intro_prompt, _intro_options, apply=_intro_apply),
    Spec(
        "support_channel",
        lambda ctx: ctx.t("q-support-channel"),
        lambda ctx: [(c, ctx.t(f"support-via-{c}")) for c in CHANNELS],
        apply=_set("channel"),
        done=lambda case: case.support.channel is not None,
        columns=2,
    ),
    past_date_question(
        "support_date",
        "q-support-date",
        apply=_set("written_on"),
        done=lambda case: case.support.written_on is not None,
    ),
    Spec(
        "support_ticket",
        lambda ctx: ctx.t("q-support-ticket"),
        lambda ctx: [(NO_TICKET, ctx.t("btn-no-ticket"))],
        parse=lambda text, ctx: parse_ticket(text),
        apply=_set_ticket,
        hint="hint-text",
    ),
    Spec(
        "support_outcome",
        lambda ctx: ctx.t(
            "q-support-outcome", written=fmt_date(ctx.case.support.written_on, ctx.t)
        ),
        lambda ctx: [(o, ctx.t(f"support-outcome-{o}")) for o in OUTCOMES],
        apply=_outcome,
        done=lambda case: case.support.outcome is not None,
    ),
)
