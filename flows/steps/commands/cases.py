"""/new starts a case; /cases lists a person's cases, opens one to continue, closes one."""

from __future__ import annotations

from typing import Literal

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message

from flows import procedure
from flows.case import Case, Path, Status
from flows.money import figures
from flows.schedule import next_deadline, penalty_to
from flows.steps import exits
from flows.steps.callbacks import RowId
from flows.steps.engine import Engine, engine_of, today_for
from flows.steps.engine.fields import day_text
from flows.steps.keyboards import Keyboard
from flows.steps.memory import Memory
from flows.steps.menu import MenuCb, open_case_id
from flows.steps.turn import Turn, done
from flows.titles import spoken_title


class CaseCb(CallbackData, prefix="c"):
    a: Literal["open", "resume", "solved", "given_up", "docs", "list"]
    id: RowId = 0


def case_state(turn: Turn, case: Case) -> str:
    if case.status is not Status.OPEN:
        return turn.t(f"status-{case.status}")
    question = case.question or procedure.first_question(case)
    step = procedure.progress(case, question)
    return turn.t("progress", number=step.number, total=step.total, stage=turn.t(step.label))


async def start_new_case(turn: Turn, engine: Engine, path: Path = Path.BUYER) -> None:
    case = await engine.start_case(turn, path)
    await turn.say(turn.t("new-case", id=case.id))
    await engine.open_case(turn, case.id)


async def show_list(turn: Turn) -> None:
    cases = await turn.services.cases.owned_by(turn.user.id)
    if not cases:
        await exits.to_menu(turn, turn.t("cases-none"))
        return
    kb = Keyboard()
    lines = []
    today = today_for(turn)
    for case in cases[:20]:
        line = f"<b>{spoken_title(turn.t, case)}</b>\n{case_state(turn, case)}"
        if case.status is Status.OPEN:
            upcoming = next_deadline(case, today)
            if upcoming is not None:
                line += "\n" + turn.t(
                    "cases-next-deadline",
                    date=day_text(turn.t, upcoming.due),
                    what=turn.t(f"window-{upcoming.kind.value}"),
                )
            owed = penalty_to(case, today) if case.problem else None
            if owed is not None and owed.days:
                line += "\n" + turn.t(
                    "cases-penalty",
                    amount=figures(owed.amount),
                    capped="yes" if owed.capped else "no",
                )
        lines.append(line)
        kb.button(
            text=turn.t("btn-open-case", id=case.id), callback_data=CaseCb(a="open", id=case.id)
        )
    kb.button(text=turn.t("menu-back"), callback_data=MenuCb(action="home"))
    kb.adjust(2)
    await turn.say(turn.t("cases-list") + "\n\n" + "\n\n".join(lines), kb.as_markup())


async def on_new(event: Message | CallbackQuery, turn: Turn) -> None:
    engine = engine_of(turn)
    await done(event)
    await start_new_case(turn, engine)


async def on_resume_current(event: CallbackQuery, turn: Turn) -> None:
    engine = engine_of(turn)
    await done(event)
    case_id = await open_case_id(turn)
    if case_id is None:
        await show_list(turn)
        return
    await engine.open_case(turn, case_id)


async def on_seller(event: CallbackQuery, turn: Turn) -> None:
    engine = engine_of(turn)
    await done(event)
    await start_new_case(turn, engine, path=Path.SELLER)


async def on_cases(event: Message | CallbackQuery, turn: Turn) -> None:
    await done(event)
    await exits.leave_question(turn)
    await show_list(turn)


async def on_open(query: CallbackQuery, callback_data: CaseCb, turn: Turn) -> None:
    await done(query)
    case = await turn.services.cases.get(callback_data.id, turn.user.id)
    if case is None:
        await show_list(turn)
        return
    kb = Keyboard()
    if case.status is Status.OPEN:
        kb.button(text=turn.t("btn-continue"), callback_data=CaseCb(a="resume", id=case.id))
    docs = await turn.services.cases.documents(case.id)
    if docs:
        kb.button(text=turn.t("btn-resend-docs"), callback_data=CaseCb(a="docs", id=case.id))
    if case.status is Status.OPEN:
        kb.button(text=turn.t("btn-close-solved"), callback_data=CaseCb(a="solved", id=case.id))
        kb.button(text=turn.t("btn-close-given-up"), callback_data=CaseCb(a="given_up", id=case.id))
    kb.button(text=turn.t("btn-all-cases"), callback_data=CaseCb(a="list"))
    kb.adjust(1)
    text = f"<b>{spoken_title(turn.t, case)}</b>\n{case_state(turn, case)}"
    await turn.say(text, kb.as_markup())


async def on_resume(query: CallbackQuery, callback_data: CaseCb, turn: Turn) -> None:
    engine = engine_of(turn)
    await done(query)
    case = await turn.services.cases.get(callback_data.id, turn.user.id)
    if case is None or case.status is not Status.OPEN:
        await show_list(turn)
        return
    await engine.open_case(turn, case.id)


async def on_close(query: CallbackQuery, callback_data: CaseCb, turn: Turn) -> None:
    engine = engine_of(turn)
    await done(query)
    ctx = await engine.context(turn, callback_data.id)
    if ctx is None or ctx.case.status is not Status.OPEN:
        await show_list(turn)
        return
    await exits.close_case(turn, ctx.case, Status(callback_data.a))
    await engine.save(ctx)
    current = await Memory(turn.state).case_id() == ctx.case.id
    await exits.to_menu(turn, turn.t(f"closed-{callback_data.a}"), forget_case=current)


async def on_docs(query: CallbackQuery, callback_data: CaseCb, turn: Turn) -> None:
    await done(query)
    case = await turn.services.cases.get(callback_data.id, turn.user.id)
    paperwork = turn.services.paperwork
    if case is None:
        await show_list(turn)
        return
    await paperwork.resend(turn.bot, turn.chat_id, case)


def create_router() -> Router:
    router = Router(name="cases")
    router.message.register(on_new, Command("new"))
    router.callback_query.register(on_new, MenuCb.filter(F.action == "new"))
    router.callback_query.register(on_resume_current, MenuCb.filter(F.action == "resume"))
    router.callback_query.register(on_seller, MenuCb.filter(F.action == "seller"))
    router.message.register(on_cases, Command("cases"))
    router.callback_query.register(on_cases, MenuCb.filter(F.action == "cases"))
    router.callback_query.register(on_cases, CaseCb.filter(F.a == "list"))
    router.callback_query.register(on_open, CaseCb.filter(F.a == "open"))
    router.callback_query.register(on_resume, CaseCb.filter(F.a == "resume"))
    router.callback_query.register(on_close, CaseCb.filter(F.a.in_({"solved", "given_up"})))
    router.callback_query.register(on_docs, CaseCb.filter(F.a == "docs"))
    return router
