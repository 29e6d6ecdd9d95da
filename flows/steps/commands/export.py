"""/export: one ZIP of a case for a lawyer or a consumer organisation (issue 20 p. 5).

The case is read by its owner, so a forged button's id of somebody else's case reads as "not
found" and nothing is made; the archive itself is made and sent in the background
(`services.exporter`), one at a time per chat, while the conversation goes on."""

from __future__ import annotations

import html
from typing import Literal

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message

from flows import timeline
from flows.case import Case, Status
from flows.ports import ExportRequest
from flows.steps.callbacks import RowId
from flows.steps.engine import today_for
from flows.steps.keyboards import Keyboard
from flows.steps.menu import open_case_id
from flows.steps.turn import Turn, done
from flows.titles import spoken_title

PICK_AT_MOST = 20  # the newest cases offered
LABEL_AT_MOST = 60  # a button's label, as Telegram shows it whole


class ExportCb(CallbackData, prefix="x"):
    """The export button in a case's card (`commands/cases.py`)."""

    a: Literal["zip"] = "zip"
    id: RowId = 0


async def export(turn: Turn, case: Case) -> None:
    """Read the case's rows now, in this update, and hand them to the exporter."""
    cases = turn.services.cases
    documents = await cases.documents(case.id)
    evidence = await cases.evidence(case.id)
    events = await cases.events(case.id)
    today = today_for(turn)
    request = ExportRequest(
        case=case,
        documents=tuple(documents),
        evidence=tuple(evidence),
        timeline=tuple(timeline.timeline(case, events, documents, evidence, today)),
        today=today,
        locale=turn.i18n.locale,
    )
    if not turn.services.exporter.start(turn.bot, turn.chat_id, request):
        await turn.say(turn.t("export-busy"))


async def on_export(message: Message, turn: Turn) -> None:
    """With one open case (the one in hand, or the only one) export it; else let them pick."""
    cases = await turn.services.cases.owned_by(turn.user.id)
    if not cases:
        await turn.say(turn.t("export-none"))
        return
    open_cases = [c for c in cases if c.status is Status.OPEN]
    current = await open_case_id(turn)
    if len(open_cases) == 1 and current in (None, open_cases[0].id):
        await export(turn, open_cases[0])
        return
    kb = Keyboard()
    for case in cases[:PICK_AT_MOST]:
        label = html.unescape(spoken_title(turn.t, case))  # a label is not HTML
        if len(label) > LABEL_AT_MOST:
            label = label[: LABEL_AT_MOST - 1] + "…"
        kb.button(text=label, callback_data=ExportCb(id=case.id))
    kb.adjust(1)
    await turn.say(turn.t("export-pick"), kb.as_markup())


async def on_export_button(query: CallbackQuery, callback_data: ExportCb, turn: Turn) -> None:
    await done(query)
    case = await turn.services.cases.get(callback_data.id, turn.user.id)
    if case is None:  # gone, or never theirs: the same answer, and nothing is sent
        await turn.say(turn.t("export-not-found"))
        return
    await export(turn, case)


def create_router() -> Router:
    router = Router(name="export")
    router.message.register(on_export, Command("export"))
    router.callback_query.register(on_export_button, ExportCb.filter(F.a == "zip"))
    return router
