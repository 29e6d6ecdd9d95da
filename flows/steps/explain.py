"""A deadline in words: "claim delivered 03.03.2026 + 10 days = 13.03.2026, Friday"."""

from __future__ import annotations

from flows.law import Deadline, text_key
from flows.steps.form import Ctx


def explain(ctx: Ctx, period: Deadline) -> str:
    return ctx.t(
        "deadline-explain",
        start=period.start.strftime("%d.%m.%Y"),
        amount=period.amount,
        unit=period.unit.value,
        nominal=period.nominal.strftime("%d.%m.%Y"),
        due=period.due.strftime("%d.%m.%Y"),
        weekday=ctx.t(f"weekday-{period.due.weekday()}"),
        moved="yes" if period.moved else "no",
        lead=period.lead,
        registered=period.counted_from.strftime("%d.%m.%Y"),
        limit="yes" if period.at_most else "no",
        article=ctx.t(f"cite-{text_key(period.article)}"),
    )
