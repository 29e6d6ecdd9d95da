"""A deadline in words: "claim delivered 03.03.2026 + 10 days = 13.03.2026, Friday"."""

from __future__ import annotations

from flows.law import Deadline, text_key
from flows.steps.engine import Ctx
from flows.steps.engine.fields import day_text


def explain(ctx: Ctx, period: Deadline) -> str:
    return ctx.t(
        "deadline-explain",
        start=day_text(ctx.t, period.start),
        amount=period.amount,
        unit=period.unit.value,
        nominal=day_text(ctx.t, period.nominal),
        due=day_text(ctx.t, period.due),
        weekday=ctx.t(f"weekday-{period.due.weekday()}"),
        moved="yes" if period.moved else "no",
        lead=period.lead,
        registered=day_text(ctx.t, period.counted_from),
        limit="yes" if period.at_most else "no",
        article=ctx.t(f"cite-{text_key(period.article)}"),
    )
