"""/new starts a case; /cases lists a person's cases, opens one's card (its timeline, its
documents and files to send again), continues it, closes or reopens it."""

from __future__ import annotations

from typing import Literal

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message

from flows import procedure
from flows.answers import advise
from flows.case import AnswerKind, Case, Path, Status
from flows.money import figures
from flows.schedule import (
    ReminderKind,
    marketplace_deadline,
    next_deadline,
    penalty_to,
    seller_deadline,
    state_bodies,
)
from flows.steps import exits
from flows.steps.callbacks import RowId
from flows.steps.commands import card
from flows.steps.commands.card import CardCb
from flows.steps.commands.export import ExportCb
from flows.steps.engine import Engine, engine_of, today_for
from flows.steps.engine.fields import day_text
from flows.steps.keyboards import Keyboard
from flows.steps.memory import Memory
from flows.steps.menu import MenuCb, open_case_id
from flows.steps.turn import Turn, done
from flows.titles import spoken_title


class CaseCb(CallbackData, prefix="c"):
    a: Literal[
        "open", "resume", "solved", "given_up", "withdrawn", "court", "reopen", "docs", "list"
    ]
    id: RowId = 0


Close = Literal["solved", "given_up", "withdrawn", "court"]
CLOSES: tuple[Close, ...] = ("solved", "given_up", "withdrawn", "court")


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
    await show_card(turn, callback_data.id, page=0)


async def on_card(query: CallbackQuery, callback_data: CardCb, turn: Turn) -> None:
    await done(query)
    if callback_data.a == "page":
        await show_card(turn, callback_data.id, page=callback_data.n)
        return
    case = await turn.services.cases.get(callback_data.id, turn.user.id)
    if case is None:
        await turn.say(turn.t("card-gone"))
        await show_list(turn)
        return
    if not await card.send_again(turn, case, callback_data.a, callback_data.n):
        await turn.say(turn.t("card-sent-none"))


async def show_card(turn: Turn, case_id: int, page: int) -> None:
    case = await turn.services.cases.get(case_id, turn.user.id)
    if case is None:  # not theirs, or gone: nothing of it is shown
        await turn.say(turn.t("card-gone"))
        await show_list(turn)
        return
    entries = await card.entries(turn, case)
    pages = card.paginate(turn, entries, card.letters_block(turn, case))
    page = min(page, len(pages) - 1)
    head = f"<b>{spoken_title(turn.t, case)}</b>\n{case_state(turn, case)}"
    if case.outcome is not None:
        head += "\n" + turn.t("outcome-is", outcome=case.outcome.value)
    kb, sizes = card.page_buttons(turn, case.id, pages, page)
    actions = _card_actions(turn, kb, case, documents=any(e.document for e in entries))
    kb.adjust(*sizes, *([1] * actions))
    await turn.say(head + "\n\n" + card.page_text(turn, pages, page), kb.as_markup())


def _card_actions(turn: Turn, kb: Keyboard, case: Case, *, documents: bool) -> int:
    """The card's own buttons, one a row: go on or reopen, documents, export, close, back."""
    buttons: list[tuple[str, CallbackData]] = []
    if case.status is Status.OPEN:
        buttons.append((turn.t("btn-continue"), CaseCb(a="resume", id=case.id)))
    elif case.path is Path.BUYER:
        buttons.append((turn.t("btn-card-reopen"), CaseCb(a="reopen", id=case.id)))
    if documents:
        buttons.append((turn.t("btn-resend-docs"), CaseCb(a="docs", id=case.id)))
    buttons.append((turn.t("btn-card-export"), ExportCb(id=case.id)))
    if case.status is Status.OPEN:
        for close in CLOSES:
            key = "btn-close-given-up" if close == "given_up" else f"btn-close-{close}"
            buttons.append((turn.t(key), CaseCb(a=close, id=case.id)))
    buttons.append((turn.t("btn-all-cases"), CaseCb(a="list")))
    for label, data in buttons:
        kb.button(text=label, callback_data=data)
    return len(buttons)


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


async def on_reopen(query: CallbackQuery, callback_data: CaseCb, turn: Turn) -> None:
    """A closed buyer's case opened again where it was left (the seller did nothing after
    all): its documents, timeline and answers stay; its outcome goes, to be asked again."""
    engine = engine_of(turn)
    await done(query)
    ctx = await engine.context(turn, callback_data.id)
    if ctx is None or ctx.case.status is Status.OPEN or ctx.case.path is not Path.BUYER:
        await show_list(turn)
        return
    now = turn.services.clock.now()
    ctx.case.status, ctx.case.closed_at, ctx.case.outcome = Status.OPEN, None, None
    await exits.uncount(turn, ctx.case)
    await turn.services.cases.log(ctx.case.id, now, "reopened")
    await _plan_again(turn, ctx.case)
    await engine.save(ctx)
    await engine.open_case(turn, ctx.case.id)


async def _plan_again(turn: Turn, case: Case) -> None:
    """The reminders the close cancelled, for the periods not yet over: the person's own
    windows, the seller's and the marketplace's answer, the state bodies'."""
    reminders, chat, today = turn.services.reminders, turn.chat_id, today_for(turn)
    await reminders.own_windows(case, chat, today)
    seller, market = seller_deadline(case), marketplace_deadline(case)
    if seller is not None and not seller.passed(today):
        await reminders.seller_deadline(case, chat, seller)
    if market is not None and not market.passed(today):
        await reminders.marketplace_deadline(case, chat, market)
    for term in state_bodies(case):
        if not term.passed(today):
            await reminders.state_body(case, chat, term)
    latest = case.replies[-1] if case.replies else None
    if latest is not None:  # the day the seller's last answer named, as its advice set it
        day = advise(case, latest, today).remind_on
        if day is not None and day >= today:
            check = latest.kind is AnswerKind.CHECK
            kind = ReminderKind.QUALITY_CHECK if check else ReminderKind.ANSWER_PROMISED
            await reminders.reply_follow_up(case, chat, kind, day)


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
    router.callback_query.register(on_close, CaseCb.filter(F.a.in_(set(CLOSES))))
    router.callback_query.register(on_reopen, CaseCb.filter(F.a == "reopen"))
    router.callback_query.register(on_docs, CaseCb.filter(F.a == "docs"))
    router.callback_query.register(on_card, CardCb.filter())
    return router
