"""/track NUMBER: follow a letter the person sent by post — the claim, the lawsuit's copy to the
defendant (ГПК ст. 132 wants proof it was sent, law-facts §2 [S28]), a complaint (issue 21 p. 3).

The claim's number is asked in the conversation; the later letters are sent when the person is
already done talking to the bot, so a command (and the news's own advice) is their way in. The
number is checked as it is typed (`flows.case.parse_tracking`); the button carries the case id
and the number, so it works after a restart and never reaches another person's case."""

from __future__ import annotations

from aiogram import Router
from aiogram.filters import Command, CommandObject
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message
from pydantic import Field

from flows.case import Case, DeliveryMethod, InputError, Status, parse_tracking
from flows.problems import Route
from flows.steps.callbacks import RowId
from flows.steps.engine import today_for
from flows.steps.keyboards import Keyboard
from flows.steps.menu import open_case_id
from flows.steps.tracked import follow
from flows.steps.turn import Turn, done
from flows.titles import spoken_title
from flows.tracking import Purpose


class TrackCb(CallbackData, prefix="tk"):
    c: RowId  # the case
    p: Purpose
    n: str = Field(max_length=16)  # the checked number


def purposes(case: Case) -> list[Purpose]:
    """The letters this case has that go by post: the claim once it is made (unless it was
    given in the chat or by hand), the lawsuit's copy once a lawsuit is, a complaint once one
    is."""
    routes = {e.route for e in case.escalations}
    out = []
    if case.claim_version > 0 and case.delivery.method in (None, DeliveryMethod.POST):
        out.append(Purpose.CLAIM)  # a claim given in the chat or by hand is not a letter
    if Route.COURT in routes:
        out.append(Purpose.LAWSUIT_COPY)
    if routes - {Route.COURT}:
        out.append(Purpose.COMPLAINT)
    return out


async def _case(turn: Turn) -> Case | None:
    """The case in hand, or the only open one."""
    cases = [c for c in await turn.services.cases.owned_by(turn.user.id) if c.status is Status.OPEN]
    current = await open_case_id(turn)
    chosen = [c for c in cases if c.id == current] or (cases if len(cases) == 1 else [])
    return chosen[0] if chosen else None


async def on_track(message: Message, command: CommandObject, turn: Turn) -> None:
    if not turn.services.letters.enabled:
        await turn.say(turn.t("track-off"))
        return
    if not command.args:
        await turn.say(turn.t("track-usage"))
        return
    try:
        number = parse_tracking(command.args)
    except InputError as error:
        await turn.say(turn.t(error.key, **error.args_))
        return
    case = await _case(turn)
    if case is None:
        await turn.say(turn.t("track-no-case"))
        return
    choices = purposes(case)
    if not choices:
        await turn.say(turn.t("track-nothing-sent"))
        return
    kb = Keyboard()
    for purpose in choices:
        data = TrackCb(c=case.id, p=purpose, n=number)
        kb.button(text=turn.t(f"btn-track-{purpose.value}"), callback_data=data)
    kb.adjust(1)
    await turn.say(turn.t("track-which", case=spoken_title(turn.t, case)), kb.as_markup())


async def on_pick(query: CallbackQuery, callback_data: TrackCb, turn: Turn) -> None:
    await done(query)
    case = await turn.services.cases.get(callback_data.c, turn.user.id)
    number = callback_data.n
    if (
        case is None
        or case.status is not Status.OPEN
        or callback_data.p not in purposes(case)
        or not turn.services.letters.enabled
    ):
        await turn.say(turn.t("track-stale"))
        return
    purpose = callback_data.p
    await follow(turn.services, case, turn.chat_id, purpose, number, today_for(turn))
    await turn.services.cases.save(case, turn.services.clock.now())
    await turn.say(turn.t("track-started", number=number, purpose=purpose.value))


def create_router() -> Router:
    router = Router(name="track")
    router.message.register(on_track, Command("track"))
    router.callback_query.register(on_pick, TrackCb.filter())
    return router
