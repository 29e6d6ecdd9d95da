"""What a question is: a `Spec` (prompt, buttons, how to read a typed answer, what to store),
the context an answer is read against, and the outcomes a step may lead to. A stage module is
a list of specs; `flows/procedure.py` orders them; the engine asks them.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Literal, Protocol

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardMarkup, Message, ReplyKeyboardMarkup
from pydantic import Field

from flows import marketplaces, problems, procedure
from flows.case import Case
from flows.marketplaces import Marketplace
from flows.ports import CaseStore
from flows.problems import Problem
from flows.steps.callbacks import RowId, Word
from flows.steps.turn import Turn

STATE_PREFIX = "q:"


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


class Runner(Protocol):
    """The engine as a spec sees it (`engine.Engine`): named here by what the stages use of
    it, so this module need not import the engine, which imports it."""

    form: Form

    async def keyboard(
        self, ctx: Ctx, spec: Spec
    ) -> InlineKeyboardMarkup | ReplyKeyboardMarkup: ...


@dataclass
class Ctx:
    """What an answer is read against: the turn, the chat's case, and today in the person's
    time zone."""

    turn: Turn
    case: Case
    today: date
    engine: Runner

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


async def maybe(value: Any) -> Any:
    if isinstance(value, Awaitable):
        return await value
    return value


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
            return await maybe(self.apply(ctx, value))
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


def yesterday(today: date) -> date:
    return today - timedelta(days=1)
