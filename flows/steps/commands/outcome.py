"""The answer to the closing question (issue 20 p. 4): what came of a closed case, stored with
it, how long it took, and what it means for the person's own periods (`flows/outcome.py`).

The button carries the case's id, never memory: it works after a restart, and one for a case
that is not the person's, still open, or already answered says it is out of date and changes
nothing."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery

from flows import outcome
from flows.case import CaseOutcome
from flows.steps import exits
from flows.steps.exits import OutcomeCb
from flows.steps.turn import Turn, done


async def on_outcome(query: CallbackQuery, callback_data: OutcomeCb, turn: Turn) -> None:
    await done(query)
    cases = turn.services.cases
    case = await cases.get(callback_data.id, turn.user.id)
    if case is None or not outcome.asked(case):
        await turn.say(turn.t("outcome-stale"))
        return
    if callback_data.v == "skip":
        await turn.say(turn.t("outcome-skipped"))
        return
    now = turn.services.clock.now()
    case.outcome = CaseOutcome(callback_data.v)
    await exits.count(turn, case)
    await cases.save(case, now)
    await cases.log(case.id, now, "outcome", outcome=case.outcome.value)
    lines = []
    days = outcome.took(case)
    if days is not None:
        lines.append(turn.t("outcome-took", days=days, since=outcome.counted_from(case)))
    lines.append(turn.t(outcome.MEANING[case.outcome]))
    # said, not a menu: an old question answered later must not close the one now open
    await turn.say("\n\n".join(lines))


def create_router() -> Router:
    router = Router(name="outcome")
    router.callback_query.register(on_outcome, OutcomeCb.filter())
    return router
