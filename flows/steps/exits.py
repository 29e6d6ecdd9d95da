"""The one way out of a conversation. Whatever ends it — the last question answered, an
outcome that leaves (`Leave`), /start, /cancel, the menu's «Назад», /cases, a case closed,
a state from an older version of the bot — comes here, so leaving always does the same
things in the same order: the open question closes (FSM state), its bookmarks go
(`flows/steps/memory.py`), the case is stored as left, and the person sees the menu or a
closing word.

A buyer's case that closes gets one optional question after the closing word and the menu:
what came of it (issue 20 p. 4; answered in `commands/outcome.py`). Whoever closes it — a step
of the procedure or the card in /cases — leaves through `to_menu`, which asks it last, so the
person reads "closed" before "what came of it".
"""

from __future__ import annotations

from typing import Literal
from weakref import WeakKeyDictionary

from aiogram.filters.callback_data import CallbackData

from flows import outcome, statistics
from flows.case import Case, CaseOutcome, Status
from flows.steps.callbacks import RowId
from flows.steps.keyboards import Keyboard
from flows.steps.memory import Memory
from flows.steps.menu import show_menu
from flows.steps.turn import Turn


class OutcomeCb(CallbackData, prefix="o"):
    """An answer to the closing question: the case's id travels with it, so it works after a
    restart and a forged or stale one is recognised (`commands/outcome.py`)."""

    v: Literal["paid_full", "paid_part", "replaced", "nothing", "skip"]
    id: RowId = 0


# Cases closed during one update, to ask about once it leaves: keyed by the update's FSM
# context, which aiogram makes for each update, so nothing outlives the update.
_closed: WeakKeyDictionary[object, int] = WeakKeyDictionary()


async def leave_question(turn: Turn) -> None:
    """No question open any more; the chat keeps its current case and nothing else."""
    await _close_state(turn)
    await Memory(turn.state).keep_case_only()


async def to_menu(turn: Turn, lead: str | None = None, *, forget_case: bool = False) -> None:
    """Leave the question and show the menu, with `lead` above it. `forget_case`: the chat
    has no current case any more (it was closed from the list), so the menu offers none."""
    await _close_state(turn)
    memory = Memory(turn.state)
    await (memory.forget() if forget_case else memory.keep_case_only())
    await show_menu(turn, lead)
    closed = _closed.pop(turn.state, None)
    if closed is not None:
        await ask_outcome(turn, closed)


async def _close_state(turn: Turn) -> None:
    if await turn.state.get_state() is not None:  # read once per update: no extra trip
        await turn.state.set_state(None)


async def after_erasure(turn: Turn, farewell: str) -> None:
    """/delete: the person, their state and their cases are gone; only the farewell is left
    to say (said in their language, read before the language was forgotten)."""
    await turn.say(farewell)


async def close_case(turn: Turn, case: Case, status: Status) -> None:
    """Close the case: its status and time, a line in the timeline, no more reminders. The
    caller stores the case and leaves (a step returns `Leave`, see `engine.close_case`)."""
    now = turn.services.clock.now()
    case.status, case.closed_at = status, now
    await turn.services.cases.log(case.id, now, "closed", status=status.value)
    await turn.services.reminders.cancel_case(case.id)
    await count(turn, case)
    if outcome.asked(case):
        _closed[turn.state] = case.id


async def count(turn: Turn, case: Case) -> None:
    """The closed case's anonymised row (issue 22), written or corrected with the step's other
    writes; a reopened case's row is dropped (`uncount`)."""
    case.stats_key = case.stats_key or statistics.new_key()
    row = statistics.row_of(case, case.stats_key, await turn.services.users.source(turn.user.id))
    if row is not None:
        await turn.services.outcomes.record(row)


async def uncount(turn: Turn, case: Case) -> None:
    if case.stats_key is not None:
        await turn.services.outcomes.drop(case.stats_key)
        case.stats_key = None


async def ask_outcome(turn: Turn, case_id: int) -> None:
    """The one optional question of a closed case: what came of it."""
    kb = Keyboard()
    for value in CaseOutcome:
        kb.button(
            text=turn.t(f"btn-outcome-{value.value}"),
            callback_data=OutcomeCb(v=value.value, id=case_id),
        )
    kb.button(text=turn.t("btn-outcome-skip"), callback_data=OutcomeCb(v="skip", id=case_id))
    kb.adjust(2, 2, 1)
    await turn.say(turn.t("outcome-ask", id=case_id), kb.as_markup())
