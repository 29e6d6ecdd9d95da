"""How similar cases went (issue 22 p. 3): one sentence, said once per case, at the moment it
helps — the claim is ready, or the person chooses to wait instead of escalating.

The figure comes from the public, suppressed table (`OutcomeBook.figure`): a cell the table
does not show gives None, and then nothing is said — never a default or a guess. The words
say that the count is this bot's users only (`locales/*/statistics.ftl`)."""

from __future__ import annotations

from flows.case import Case, Path
from flows.steps.turn import Turn


async def tell_once(turn: Turn, case: Case) -> None:
    """Say the person's cell's figure if it is shown and not said for this case yet; the
    caller stores the case (`stats_told`)."""
    if case.stats_told or case.path is not Path.BUYER:
        return
    if case.marketplace is None or case.problem is None:
        return
    figure = await turn.services.outcomes.figure(case.marketplace, case.problem.value)
    if figure is None:
        return
    case.stats_told = True
    await turn.say(
        turn.t(
            "similar-cases",
            cases=figure.cases,
            marketplace=case.marketplace,
            percent=figure.met_percent,
            days="none" if figure.median_days is None else figure.median_days,
        )
    )
