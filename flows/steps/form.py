"""The engine under every stage: one question at a time, each described by a `Spec`.

A stage module lists its questions as specs (prompt, buttons, how to read a typed answer,
what to store); this module puts them to the person, checks the answers, keeps the case in
the database after every answer, and moves along `flows/procedure.py`. The same code gives
every question a Back button, a clear answer to the unexpected, stale-button detection, and
resumption after a restart — so no stage writes them again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal
from zoneinfo import ZoneInfo

from aiogram import F, Router
from aiogram.filters import StateFilter
from aiogram.filters.callback_data import CallbackData
from aiogram.types import (
    CallbackQuery,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
)
from pydantic import Field

from flows import marketplaces, problems, procedure
from flows.case import Case, InputError, Path, Status
from flows.marketplaces import Marketplace
from flows.ports import CaseStore
from flows.problems import Problem
from flows.steps.callbacks import RowId, Word
from flows.steps.filters import fast
from flows.steps.keyboards import Keyboard
from flows.steps.menu import show_menu
from flows.steps.questions import Questions
from flows.steps.turn import Turn, done, flush_outbox, later_album_part

STATE_PREFIX = "q:"
LAST_ANSWER = "last"  # FSM data: [message id, question] of the last typed answer taken


def state_of(qid: str) -> str:
    return STATE_PREFIX + qid


def qid_of(state: str | None) -> str | None:
    return state.removeprefix(STATE_PREFIX) if state and state.startswith(STATE_PREFIX) else None


class AnswerCb(CallbackData, prefix="a"):
    c: RowId  # case id: a button of another case is stale
    q: Word  # question id: a button of another question is stale
    v: str = Field(max_length=64)  # the value, checked against the question's options


class NavCb(CallbackData, prefix="n"):
    c: RowId
    q: Word
    a: Literal["back", "skip"]


@dataclass(frozen=True)
class Goto:
    """Go to this question next (instead of the procedure's next one)."""

    qid: str
    return_to: str | None = None  # come back here after answering (edit from a review)


@dataclass(frozen=True)
class Stay:
    """Ask the same question again (e.g. one more file for the evidence)."""


@dataclass(frozen=True)
class Quiet:
    """The answer was taken and acknowledged; keep the question open, say nothing more."""


@dataclass(frozen=True)
class Leave:
    """Leave the procedure for now: no open question, the menu after `text_key`. `resume_at`
    is where «Продолжить» brings the person back (by default the question left)."""

    text_key: str | None = None
    resume_at: str | None = None


Outcome = Goto | Stay | Quiet | Leave | None


@dataclass
class Ctx:
    """What an answer is read against: the turn, the chat's case, and today in the person's
    time zone."""

    turn: Turn
    case: Case
    today: date
    engine: Engine

    @property
    def cases(self) -> CaseStore:
        return self.turn.services.cases

    @property
    def marketplace(self) -> Marketplace:
        """The case's marketplace: the first question, so every later one has it."""
        if self.case.marketplace is None:
            raise LookupError("no marketplace chosen yet")
        return marketplaces.get(self.case.marketplace)

    @property
    def problem(self) -> Problem:
        """The case's problem: asked right after the marketplace."""
        if self.case.problem is None:
            raise LookupError("no problem chosen yet")
        return problems.get(self.case.problem)

    def t(self, key: str, /, **kwargs: Any) -> str:
        return self.turn.t(key, **kwargs)


Option = tuple[str, str]  # (value, label)


def _no_options(ctx: Ctx) -> list[Option]:
    return []


@dataclass(frozen=True)
class Spec:
    """One question. It stores its answer one of two ways: `attr`, the case field it fills as
    a dotted path ("delivery.method"; the case model converts the value to the field's type),
    or `apply`, a function for an answer that does more than fill a field. `done` tells
    whether the case already holds an answer (for `attr`: the field is not empty)."""

    qid: str
    prompt: Callable[[Ctx], str | Awaitable[str]]
    options: Callable[[Ctx], list[Option] | Awaitable[list[Option]]] = _no_options
    parse: Callable[[str, Ctx], Any] | None = None  # typed answers; None: buttons only
    attr: str | None = None
    apply: Callable[[Ctx, Any], Outcome | Awaitable[Outcome]] | None = None
    done: Callable[[Case], bool] | None = None
    skip: Callable[[Ctx], Outcome | Awaitable[Outcome]] | None = None
    hint: str = "hint-button"  # what to say to an unexpected message
    columns: int = 1
    contact: bool = False  # offer "share my phone number"
    back: bool = True
    parse_buttons: bool = False  # button values go through `parse` too (dates)
    on_media: Callable[[Ctx, Message], Awaitable[Outcome]] | None = None

    def __post_init__(self) -> None:
        if self.attr is not None and self.apply is not None:
            raise ValueError(f"question {self.qid}: store by `attr` or by `apply`, not both")

    async def store(self, ctx: Ctx, value: Any) -> Outcome:
        if self.apply is not None:
            return await _maybe(self.apply(ctx, value))
        if self.attr is not None:
            owner, name = _field(ctx.case, self.attr)
            setattr(owner, name, value)
        return None

    def answered(self, case: Case) -> bool:
        if self.done is not None:
            return self.done(case)
        if self.attr is not None:
            owner, name = _field(case, self.attr)
            return getattr(owner, name) not in (None, "")
        return True


def _field(case: Case, path: str) -> tuple[Any, str]:
    """The object holding a dotted field, and the field's name: ("delivery.method") ->
    (case.delivery, "method")."""
    *parents, name = path.split(".")
    owner: Any = case
    for parent in parents:
        owner = getattr(owner, parent)
    return owner, name


@dataclass
class Form:
    specs: dict[str, Spec] = field(default_factory=dict)

    def add(self, *specs: Spec) -> None:
        for spec in specs:
            if spec.qid in self.specs:
                raise ValueError(f"question {spec.qid} defined twice")
            if not procedure.is_question(spec.qid):
                raise ValueError(f"question {spec.qid} is not in flows/procedure.py")
            self.specs[spec.qid] = spec


# -- the machinery -------------------------------------------------------------------------


def today_for(turn: Turn) -> date:
    """Today in the person's time zone, by the injected clock."""
    return turn.services.clock.now().astimezone(ZoneInfo(turn.zone)).date()


async def _maybe(value: Any) -> Any:
    if isinstance(value, Awaitable):
        return await value
    return value


class Engine:
    """Asks, reads answers, moves on. Lives in `workflow_data` as `engine`."""

    def __init__(self, form: Form, questions: Questions) -> None:
        self.form = form
        for qid in form.specs:
            questions.register(state_of(qid), self._asker(qid))

    def _asker(self, qid: str) -> Callable[[Turn], Awaitable[None]]:
        async def ask_again(turn: Turn) -> None:
            ctx = await self.context(turn)
            if ctx is None:
                await turn.state.set_state(None)
                await show_menu(turn)
                return
            await self.ask(ctx, qid)

        return ask_again

    async def context(self, turn: Turn, case_id: int | None = None) -> Ctx | None:
        cases = turn.services.cases
        if case_id is None:
            case_id = await turn.state.get_value("case_id")
        if case_id is None:
            return None
        case = await cases.get(int(case_id), turn.user.id)
        if case is None:
            return None
        return Ctx(turn=turn, case=case, today=today_for(turn), engine=self)

    async def save(self, ctx: Ctx) -> None:
        await ctx.cases.save(ctx.case, ctx.turn.services.clock.now())

    async def start_case(self, turn: Turn, path: Path = Path.BUYER) -> Case:
        """A new case, made the chat's current one in the same commit: a crash cannot leave
        an empty case that no chat points to."""
        async with turn.services.db.transaction():
            case = await turn.services.cases.create(
                turn.user.id, turn.services.clock.now(), path=path
            )
            await turn.state.set_data({"case_id": case.id})
        return case

    async def open_case(self, turn: Turn, case_id: int) -> Ctx | None:
        """Make `case_id` the chat's current case and resume it at its open question."""
        ctx = await self.context(turn, case_id)
        if ctx is None:
            return None
        await turn.state.set_data({"case_id": case_id})
        await self.ask(ctx, ctx.case.question or procedure.first_question(ctx.case))
        return ctx

    async def ask(self, ctx: Ctx, qid: str) -> None:
        spec = self.form.specs[qid]
        turn, case = ctx.turn, ctx.case
        stage = procedure.stage_of(case, qid)
        changed = case.question != qid or case.stage != stage.id
        case.question, case.stage = qid, stage.id
        # One commit for the step: the case, the chat's state and the documents it owes.
        async with turn.services.db.transaction():
            if changed:
                await self.save(ctx)
            await turn.state.set_state(state_of(qid))
            if turn.outbox:
                await turn.services.paperwork.commit(turn)
        await flush_outbox(turn)
        step = procedure.progress(case, qid)
        header = turn.t("progress", number=step.number, total=step.total, stage=turn.t(step.label))
        text = f"<i>{header}</i>\n\n{await _maybe(spec.prompt(ctx))}"
        await turn.say(text, await self.keyboard(ctx, spec))

    async def keyboard(self, ctx: Ctx, spec: Spec) -> InlineKeyboardMarkup | ReplyKeyboardMarkup:
        turn, case_id = ctx.turn, ctx.case.id
        if spec.contact:
            rows = [[KeyboardButton(text=turn.t("btn-share-phone"), request_contact=True)]]
            if spec.back:
                rows.append([KeyboardButton(text=turn.t("btn-back"))])
            return ReplyKeyboardMarkup(keyboard=rows, resize_keyboard=True, one_time_keyboard=True)
        kb = Keyboard()
        options = await _maybe(spec.options(ctx))
        for value, label in options:
            kb.button(text=label, callback_data=AnswerCb(c=case_id, q=spec.qid, v=value))
        sizes = [spec.columns] * (len(options) // spec.columns)
        if len(options) % spec.columns:
            sizes.append(len(options) % spec.columns)
        nav = 0
        if spec.skip is not None:
            kb.button(text=turn.t("btn-skip"), callback_data=NavCb(c=case_id, q=spec.qid, a="skip"))
            nav += 1
        if spec.back and procedure.previous_question(ctx.case, spec.qid) is not None:
            kb.button(text=turn.t("btn-back"), callback_data=NavCb(c=case_id, q=spec.qid, a="back"))
            nav += 1
        if nav:
            sizes.append(nav)
        kb.adjust(*sizes) if sizes else None
        return kb.as_markup()

    async def after(self, ctx: Ctx, qid: str, outcome: Outcome) -> None:
        """Carry out what an answer leads to."""
        turn = ctx.turn
        if isinstance(outcome, Quiet):
            await self.save(ctx)
            return
        if isinstance(outcome, Stay):
            await self.save(ctx)
            await self.ask(ctx, qid)
            return
        if isinstance(outcome, Leave):
            if outcome.resume_at is not None:
                ctx.case.question = outcome.resume_at
                ctx.case.stage = procedure.stage_of(ctx.case, outcome.resume_at).id
            await self.save(ctx)
            await turn.state.set_state(None)
            await show_menu(turn, turn.t(outcome.text_key) if outcome.text_key else None)
            return
        if isinstance(outcome, Goto):
            if outcome.return_to:
                await turn.state.update_data(return_to=outcome.return_to)
            await self.ask(ctx, outcome.qid)
            return
        return_to = await turn.state.get_value("return_to")
        if return_to and return_to != qid:
            # An edit can open a question the case has no answer for yet (a new demand that
            # needs a date, a seller that needs a name): ask those before the review again.
            gap = self.first_unanswered(ctx.case, before=return_to)
            if gap is not None:
                await self.ask(ctx, gap)
                return
            await turn.state.update_data(return_to=None)
            await self.ask(ctx, return_to)
            return
        following = procedure.next_question(ctx.case, qid)
        if following is None:
            await self.save(ctx)
            await turn.state.set_state(None)
            await show_menu(turn)
            return
        await self.ask(ctx, following)

    def first_unanswered(self, case: Case, before: str) -> str | None:
        for qid in procedure.sequence(case):
            if qid == before:
                return None
            spec = self.form.specs.get(qid)
            if spec is not None and not spec.answered(case):
                return qid
        return None

    async def answer(self, ctx: Ctx, qid: str, value: Any) -> None:
        outcome = await self.form.specs[qid].store(ctx, value)
        await self.after(ctx, qid, outcome)

    async def reject(self, ctx: Ctx, qid: str, error: InputError) -> None:
        await ctx.turn.say(ctx.t(error.key, **error.args_))
        await self.ask(ctx, qid)


async def close_case(ctx: Ctx, status: Status, text_key: str | None = None) -> Leave:
    """Close the case: its status and time, a line in the timeline, and no more reminders."""
    now = ctx.turn.services.clock.now()
    ctx.case.status, ctx.case.closed_at = status, now
    await ctx.cases.log(ctx.case.id, now, "closed", status=status.value)
    await ctx.turn.services.reminders.cancel_case(ctx.case.id)
    return Leave(text_key)


async def current(turn: Turn, engine: Engine) -> tuple[Ctx, str] | None:
    """The open question and its case, or None when no question of the form is open."""
    qid = qid_of(await turn.state.get_state())
    if qid is None or qid not in engine.form.specs:
        return None
    ctx = await engine.context(turn)
    return (ctx, qid) if ctx is not None else None


async def _pressed(turn: Turn, engine: Engine, case_id: int, qid: str) -> tuple[Ctx, str] | None:
    """The open question, if a button was pressed under it; None for a stale button."""
    now = await current(turn, engine)
    if now is None or now[1] != qid or now[0].case.id != case_id:
        return None
    return now


# -- the handlers: each one state-independent, the form's states in their filters ----------


async def on_button(
    query: CallbackQuery, callback_data: AnswerCb, turn: Turn, engine: Engine
) -> None:
    now = await _pressed(turn, engine, callback_data.c, callback_data.q)
    if now is None:
        await _stale(query, turn)
        return
    ctx, qid = now
    spec = engine.form.specs[qid]
    if callback_data.v not in {v for v, _ in await _maybe(spec.options(ctx))}:
        await _stale(query, turn)
        return
    await done(query)
    if spec.parse_buttons and spec.parse is not None:
        await _typed(ctx, qid, callback_data.v, engine)
        return
    await engine.answer(ctx, qid, callback_data.v)


async def on_nav(query: CallbackQuery, callback_data: NavCb, turn: Turn, engine: Engine) -> None:
    now = await _pressed(turn, engine, callback_data.c, callback_data.q)
    if now is None:
        await _stale(query, turn)
        return
    ctx, qid = now
    spec = engine.form.specs[qid]
    if callback_data.a == "skip" and spec.skip is not None:
        await done(query)
        await engine.after(ctx, qid, await _maybe(spec.skip(ctx)))
    elif callback_data.a == "back":
        await done(query)
        await go_back(ctx, qid, engine)
    else:
        await _stale(query, turn)


async def on_contact(message: Message, turn: Turn, engine: Engine) -> None:
    now = await current(turn, engine)
    if now is None or message.contact is None:
        return
    ctx, qid = now
    contact = message.contact
    if contact.user_id is not None and contact.user_id != turn.user.id:
        await engine.reject(ctx, qid, InputError("err-contact-not-yours"))
        return
    await _typed(ctx, qid, contact.phone_number, engine)


async def on_media(message: Message, turn: Turn, engine: Engine) -> None:
    now = await current(turn, engine)
    if now is None:
        return
    ctx, qid = now
    take = engine.form.specs[qid].on_media
    if take is not None:
        await engine.after(ctx, qid, await take(ctx, message))


async def on_text(message: Message, turn: Turn, engine: Engine) -> None:
    now = await current(turn, engine)
    if now is None or message.text is None:
        return
    ctx, qid = now
    if message.text == turn.t("btn-back"):
        await turn.say(turn.t("going-back"), ReplyKeyboardRemove())
        await go_back(ctx, qid, engine)
        return
    if await _typed(ctx, qid, message.text, engine):
        await turn.state.update_data({LAST_ANSWER: [message.message_id, qid]})


async def on_edited(message: Message, turn: Turn, engine: Engine) -> None:
    """An edited message. The last typed answer, edited, is the new answer to its question
    (and the conversation goes on from there); an older one cannot be matched to a question
    safely, so the person hears how to change it."""
    now = await current(turn, engine)
    last = await turn.state.get_value(LAST_ANSWER)
    qid = last[1] if last and last[0] == message.message_id else None
    spec = engine.form.specs.get(qid) if qid else None
    if now is None or qid is None or spec is None or spec.parse is None or not message.text:
        await turn.say(turn.t("edit-old"))
        if now is not None:
            await engine.ask(*now)
        return
    await turn.say(turn.t("edit-taken"))
    ctx = now[0]
    if await _typed(ctx, qid, message.text, engine):
        await engine.save(ctx)  # the open question did not change, so nothing saved it


async def on_unexpected(message: Message, turn: Turn, engine: Engine) -> None:
    """Anything else while a question is open: what we expect, and the question again."""
    now = await current(turn, engine)
    if now is None:
        await turn.state.set_state(None)
        await show_menu(turn)
        return
    ctx, qid = now
    if later_album_part(turn, message):
        return
    if message.text is not None and message.text == turn.t("btn-back"):
        await go_back(ctx, qid, engine)
        return
    await turn.say(turn.t(engine.form.specs[qid].hint))
    await engine.ask(ctx, qid)


def create_router(form: Form) -> Router:
    """Handlers for every question of `form`: typed answers, buttons, Back/Skip, and the rest."""
    router = Router(name="form")

    def states(which: Callable[[Spec], object] = lambda spec: True) -> StateFilter:
        return StateFilter(*(state_of(q) for q, spec in form.specs.items() if which(spec)))

    router.callback_query.register(on_button, AnswerCb.filter())
    router.callback_query.register(on_nav, NavCb.filter())
    if any(spec.contact for spec in form.specs.values()):
        router.message.register(on_contact, states(lambda s: s.contact), fast(F.contact))
    if any(spec.on_media for spec in form.specs.values()):
        router.message.register(
            on_media, states(lambda s: s.on_media), fast(F.photo | F.document | F.video)
        )
    router.message.register(on_text, states(lambda s: s.parse), fast(F.text))
    router.edited_message.register(on_edited, fast(F.chat.type == "private"))
    router.message.register(on_unexpected, states())
    return router


async def _typed(ctx: Ctx, qid: str, text: str, engine: Engine) -> bool:
    """Read a typed answer and go on; False when it was not understood (asked again)."""
    spec = engine.form.specs[qid]
    if spec.parse is None:  # a question answered by buttons only
        await engine.reject(ctx, qid, InputError(spec.hint))
        return False
    if len(text) > 4096:  # more than one Telegram message holds
        await engine.reject(ctx, qid, InputError("err-text-long", limit=4096))
        return False
    try:
        value = spec.parse(text, ctx)
    except InputError as error:
        await engine.reject(ctx, qid, error)
        return False
    if spec.contact:
        await ctx.turn.say(ctx.t("ok"), ReplyKeyboardRemove())
    await engine.answer(ctx, qid, value)
    return True


async def go_back(ctx: Ctx, qid: str, engine: Engine) -> None:
    await ctx.turn.state.update_data(return_to=None)
    previous = procedure.previous_question(ctx.case, qid)
    await engine.ask(ctx, previous or qid)


async def _stale(query: CallbackQuery, turn: Turn) -> None:
    await done(query, turn.t("stale-button"))
    await turn.say(turn.t("stale-button"))
    await turn.services.questions.ask_current(turn)


def yesterday(today: date) -> date:
    return today - timedelta(days=1)
