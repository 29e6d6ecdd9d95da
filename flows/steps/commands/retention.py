"""What retention says (issue 22 p. 5, `flows/retention.py`): the warning before a closed case
is erased, with «Keep for a year» and the archive; the question to an open case nobody touched
for long, with «still needed» and «close it».

The buttons carry the case's id, never memory, so they work after a restart; one for a case
that is gone, not the person's, or no longer in the state it was asked about (kept already,
reopened, answered, touched since) says it is out of date and changes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Literal

from aiogram import F, Router
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, InlineKeyboardMarkup

from flows import outcome, retention
from flows.case import Case, Status
from flows.schedule import ReminderKind
from flows.steps import exits
from flows.steps.callbacks import RowId
from flows.steps.commands.export import export
from flows.steps.engine.fields import day_text
from flows.steps.keyboards import Keyboard
from flows.steps.memory import Memory
from flows.steps.turn import Turn, done
from flows.titles import spoken_title

KINDS = frozenset({ReminderKind.RETENTION_WARNING, ReminderKind.STALE_QUESTION})


class RetainCb(CallbackData, prefix="k"):
    a: Literal["keep", "export", "needed", "close"]
    c: RowId  # the case's id


def compose(
    t: Callable[..., str],
    case: Case,
    kind: ReminderKind,
    policy: retention.Policy,
    now: datetime,
    local_day: Callable[[datetime], date],
) -> tuple[str, InlineKeyboardMarkup] | None:
    """A retention reminder's words and buttons as it goes at `now`, or None when the case is
    no longer in the state it was queued for (reopened, kept, answered)."""
    title = spoken_title(t, case)
    kb = Keyboard()
    if kind is ReminderKind.RETENTION_WARNING:
        if case.status is Status.OPEN or not retention.warned(case):
            return None
        on = local_day(retention.announced(case, policy, now))
        kb.button(text=t("btn-retain-keep"), callback_data=RetainCb(a="keep", c=case.id))
        kb.button(text=t("btn-retain-export"), callback_data=RetainCb(a="export", c=case.id))
        kb.adjust(1)
        return t("retain-warning", case=title, date=day_text(t, on)), kb.as_markup()
    if case.status is not Status.OPEN or case.stale_asked_at is None:
        return None
    until = local_day(case.stale_asked_at + retention.STALE_ANSWER)
    kb.button(text=t("btn-retain-needed"), callback_data=RetainCb(a="needed", c=case.id))
    kb.button(text=t("btn-retain-close"), callback_data=RetainCb(a="close", c=case.id))
    kb.adjust(1)
    text = t(
        "retain-stale",
        case=title,
        months=max(1, policy.stale_days // 30),
        until=day_text(t, until),
        days=policy.retention_days,
    )
    return text, kb.as_markup()


async def on_keep(query: CallbackQuery, callback_data: RetainCb, turn: Turn) -> None:
    """«Keep for a year»: a closed, warned case is kept a year from now and warned again."""
    await done(query)
    cases = turn.services.cases
    case = await cases.get(callback_data.c, turn.user.id)
    if case is None or case.status is Status.OPEN or not retention.warned(case):
        await turn.say(turn.t("retain-stale-button"))
        return
    now = turn.services.clock.now()
    retention.keep(case, now)
    await cases.save(case, now)
    await cases.log(case.id, now, "kept")
    until = case.keep_until.date() if case.keep_until else now.date()
    title = spoken_title(turn.t, case)
    await turn.say(turn.t("retain-kept", case=title, until=day_text(turn.t, until)))


async def on_export(query: CallbackQuery, callback_data: RetainCb, turn: Turn) -> None:
    """The archive of the case about to be erased (`/export`'s own path)."""
    await done(query)
    case = await turn.services.cases.get(callback_data.c, turn.user.id)
    if case is None or case.status is Status.OPEN:  # erased (SQLite may reuse its id), reopened
        await turn.say(turn.t("retain-stale-button"))
        return
    await export(turn, case)


async def _asked(turn: Turn, case_id: int) -> Case | None:
    case = await turn.services.cases.get(case_id, turn.user.id)
    if case is None or case.status is not Status.OPEN or case.stale_asked_at is None:
        await turn.say(turn.t("retain-stale-button"))
        return None
    return case


async def on_needed(query: CallbackQuery, callback_data: RetainCb, turn: Turn) -> None:
    """«Still needed»: the question is answered and the save restarts the clock."""
    await done(query)
    if (case := await _asked(turn, callback_data.c)) is None:
        return
    retention.still_needed(case)
    await turn.services.cases.save(case, turn.services.clock.now())
    months = max(1, turn.services.retention.stale_days // 30)
    await turn.say(turn.t("retain-still-needed", case=spoken_title(turn.t, case), months=months))


async def on_close(query: CallbackQuery, callback_data: RetainCb, turn: Turn) -> None:
    """«Close it»: closed as given up, as /cases would close it, with its outcome row."""
    await done(query)
    if (case := await _asked(turn, callback_data.c)) is None:
        return
    retention.still_needed(case)  # answered
    await exits.close_case(turn, case, Status.GIVEN_UP)
    await turn.services.cases.save(case, turn.services.clock.now())
    lead = turn.t(
        "retain-closed",
        case=spoken_title(turn.t, case),
        days=turn.services.retention.retention_days,
    )
    if await Memory(turn.state).case_id() == case.id:
        await exits.to_menu(turn, lead, forget_case=True)
        return
    await turn.say(lead)  # another case is in hand: its question stays open
    if outcome.asked(case):
        await exits.ask_outcome(turn, case.id)


def create_router() -> Router:
    router = Router(name="retention")
    router.callback_query.register(on_keep, RetainCb.filter(F.a == "keep"))
    router.callback_query.register(on_export, RetainCb.filter(F.a == "export"))
    router.callback_query.register(on_needed, RetainCb.filter(F.a == "needed"))
    router.callback_query.register(on_close, RetainCb.filter(F.a == "close"))
    return router
