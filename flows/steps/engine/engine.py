"""The engine under every stage: one question at a time, each described by a `Spec`.

It puts the questions to the person, checks the answers, keeps the case in the database after
every answer, and moves along `flows/procedure.py`. The same code gives every question a Back
button, a clear answer to the unexpected, stale-button detection, and resumption after a
restart — so no stage writes them again.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import date
from typing import Any
from zoneinfo import ZoneInfo

from aiogram.types import (
    InlineKeyboardMarkup,
    KeyboardButton,
    ReplyKeyboardMarkup,
)

from flows import procedure
from flows.case import Case, InputError, Path, Status
from flows.steps import exits
from flows.steps.engine.specs import (
    AnswerCb,
    Ctx,
    Form,
    Goto,
    Leave,
    NavCb,
    Outcome,
    Quiet,
    Spec,
    Stay,
    maybe,
    qid_of,
    state_of,
)
from flows.steps.keyboards import Keyboard
from flows.steps.memory import Memory
from flows.steps.questions import Questions
from flows.steps.turn import Turn, flush_outbox


def today_for(turn: Turn) -> date:
    """Today in the person's time zone, by the injected clock."""
    return turn.services.clock.now().astimezone(ZoneInfo(turn.zone)).date()


class Engine:
    """Asks, reads answers, moves on. Handlers reach it through `Services` (`engine_of`)."""

    def __init__(self, form: Form, questions: Questions) -> None:
        self.form = form
        for qid in form.specs:
            questions.register(state_of(qid), self._asker(qid))

    def _asker(self, qid: str) -> Callable[[Turn], Awaitable[None]]:
        async def ask_again(turn: Turn) -> None:
            ctx = await self.context(turn)
            if ctx is None:
                await exits.to_menu(turn)
                return
            await self.ask(ctx, qid)

        return ask_again

    async def context(self, turn: Turn, case_id: int | None = None) -> Ctx | None:
        cases = turn.services.cases
        if case_id is None:
            case_id = await Memory(turn.state).case_id()
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
            await Memory(turn.state).start(case.id)
        return case

    async def open_case(self, turn: Turn, case_id: int) -> Ctx | None:
        """Make `case_id` the chat's current case and resume it at its open question."""
        ctx = await self.context(turn, case_id)
        if ctx is None:
            return None
        await Memory(turn.state).start(case_id)
        await self.ask(ctx, ctx.case.question or procedure.first_question(ctx.case))
        return ctx

    async def ask(self, ctx: Ctx, qid: str) -> None:
        spec = self.form.specs[qid]
        turn, case = ctx.turn, ctx.case
        walk = ctx.walk or procedure.walk(case)
        stage = walk.stage_of(qid)
        changed = case.question != qid or case.stage != stage.id
        case.question, case.stage = qid, stage.id
        # One commit for the step: the case, the chat's state and the documents it owes wait
        # in the update's unit of work and are stored together before the documents go out
        # (`flush_outbox`) or the question is put (`Turn.say`).
        if changed:
            await self.save(ctx)
        await turn.state.set_state(state_of(qid))
        if turn.outbox:
            services = turn.services
            await services.paperwork.commit(turn.outbox, turn.chat_id, services.clock.now())
        await flush_outbox(turn)
        step = walk.progress(qid)
        header = turn.t("progress", number=step.number, total=step.total, stage=turn.t(step.label))
        text = f"<i>{header}</i>\n\n{await maybe(spec.prompt(ctx))}"
        await turn.say(text, await self.keyboard(ctx, spec, walk))

    async def keyboard(
        self, ctx: Ctx, spec: Spec, walk: procedure.Walk | None = None
    ) -> InlineKeyboardMarkup | ReplyKeyboardMarkup:
        turn, case_id = ctx.turn, ctx.case.id
        if spec.contact:
            rows = [[KeyboardButton(text=turn.t("btn-share-phone"), request_contact=True)]]
            if spec.back:
                rows.append([KeyboardButton(text=turn.t("btn-back"))])
            return ReplyKeyboardMarkup(keyboard=rows, resize_keyboard=True, one_time_keyboard=True)
        kb = Keyboard()
        options = await maybe(spec.options(ctx))
        for value, label in options:
            kb.button(text=label, callback_data=AnswerCb(c=case_id, q=spec.qid, v=value))
        sizes = [spec.columns] * (len(options) // spec.columns)
        if len(options) % spec.columns:
            sizes.append(len(options) % spec.columns)
        nav = 0
        if spec.skip is not None:
            kb.button(text=turn.t("btn-skip"), callback_data=NavCb(c=case_id, q=spec.qid, a="skip"))
            nav += 1
        walk = walk or ctx.walk or procedure.walk(ctx.case)
        if spec.back and walk.previous(spec.qid) is not None:
            kb.button(text=turn.t("btn-back"), callback_data=NavCb(c=case_id, q=spec.qid, a="back"))
            nav += 1
        if nav:
            sizes.append(nav)
        kb.adjust(*sizes) if sizes else None
        return kb.as_markup()

    async def after(self, ctx: Ctx, qid: str, outcome: Outcome) -> None:
        """Carry out what an answer leads to, once the answers it voids are cleared."""
        ctx.walk = procedure.void(ctx.case)
        try:
            await self._after(ctx, qid, outcome)
        finally:
            ctx.walk = None  # the case may change after this step: walk it again then

    async def _after(self, ctx: Ctx, qid: str, outcome: Outcome) -> None:
        turn, walk = ctx.turn, ctx.walk or procedure.walk(ctx.case)
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
                ctx.case.stage = walk.stage_of(outcome.resume_at).id
            await self.save(ctx)
            await exits.to_menu(turn, turn.t(outcome.text_key) if outcome.text_key else None)
            return
        if isinstance(outcome, Goto):
            if outcome.return_to:
                await Memory(turn.state).set_return_to(outcome.return_to)
            await self.ask(ctx, outcome.qid)
            return
        return_to = await Memory(turn.state).return_to()
        if return_to and return_to != qid:
            # An edit can open a question the case has no answer for yet (a new demand that
            # needs a date, a seller that needs a name): ask those before the review again.
            gap = self.first_unanswered(ctx.case, before=return_to, walk=walk)
            if gap is not None:
                await self.ask(ctx, gap)
                return
            await Memory(turn.state).set_return_to(None)
            await self.ask(ctx, return_to)
            return
        following = walk.next(qid)
        if following is None:
            await self.save(ctx)
            await exits.to_menu(turn)
            return
        await self.ask(ctx, following)

    def first_unanswered(
        self, case: Case, before: str, walk: procedure.Walk | None = None
    ) -> str | None:
        for qid in (walk or procedure.walk(case)).sequence:
            if qid == before:
                return None
            spec = self.form.specs.get(qid)
            if spec is not None and not spec.answered(case):
                return qid
        return None

    async def answer(self, ctx: Ctx, qid: str, value: Any) -> None:
        """Store the answer; a changed one clears what it voids (its question's `clears` in
        `flows/procedure.py`), and `after` what left the sequence."""
        before = procedure.answer_of(ctx.case, qid)
        outcome = await self.form.specs[qid].store(ctx, value)
        if procedure.answer_of(ctx.case, qid) != before:
            procedure.clear_voided(ctx.case, qid)
        await self.after(ctx, qid, outcome)

    async def reject(self, ctx: Ctx, qid: str, error: InputError) -> None:
        await ctx.turn.say(ctx.t(error.key, **error.args_))
        await self.ask(ctx, qid)


async def close_case(ctx: Ctx, status: Status, text_key: str | None = None) -> Leave:
    """A step that closes its case: closed by `exits.close_case`, then the conversation
    leaves with `text_key` as its closing word."""
    await exits.close_case(ctx.turn, ctx.case, status)
    return Leave(text_key)


async def current(turn: Turn, engine: Engine) -> tuple[Ctx, str] | None:
    """The open question and its case, or None when no question of the form is open."""
    qid = qid_of(await turn.state.get_state())
    if qid is None or qid not in engine.form.specs:
        return None
    ctx = await engine.context(turn)
    return (ctx, qid) if ctx is not None else None


async def pressed(turn: Turn, engine: Engine, case_id: int, qid: str) -> tuple[Ctx, str] | None:
    """The open question, if a button was pressed under it; None for a stale button."""
    now = await current(turn, engine)
    if now is None or now[1] != qid or now[0].case.id != case_id:
        return None
    return now


def engine_of(turn: Turn) -> Engine:
    """The engine, from the turn's `Services` (which cannot name it: it is below `Turn`)."""
    engine = turn.services.engine
    if not isinstance(engine, Engine):
        raise TypeError(f"services.engine is a {type(engine).__name__}, not the Engine")
    return engine
