"""The dialogue, assembled: `create_engine()` (the engine over every stage's questions, which
the composition root hands to the handlers in `Services`) and `create_router()`: a router
per family of commands and menus, and one router for the questions of every stage (the
stage modules are lists of `Spec`s that the engine in `engine/` asks; `flows/procedure.py`
orders them).

Order matters: group chats are turned away first, then commands and menus, then the stages,
and the fallback catches whatever nobody expected.
"""

from __future__ import annotations

from aiogram import Router

from flows.steps.commands import (
    cases,
    export,
    fallback,
    groups,
    operator,
    outcome,
    privacy,
    remind,
    retention,
    settings,
    start,
    track,
)
from flows.steps.engine import Engine, Form
from flows.steps.engine.router import create_router as form_router
from flows.steps.questions import Questions
from flows.steps.stages import (
    answer,
    claim,
    escalate,
    evidence,
    letter_facts,
    order,
    seller,
    support,
)
from flows.steps.turn import TurnMiddleware

STAGE_MODULES = (order, support, evidence, claim, escalate, seller, letter_facts, answer)


def create_form() -> Form:
    built = Form()
    for module in STAGE_MODULES:
        built.add(*module.SPECS)
    return built


def create_engine(questions: Questions) -> Engine:
    """The engine that asks the procedure's questions; it registers an asker for each of them
    with `questions`, so /help, a stale button or a restart can put the open one again."""
    return Engine(create_form(), questions)


def create_router(engine: Engine) -> Router:
    """A fresh tree of routers for `engine`'s form. The handlers take the `turn` and reach
    everything else through `turn.services` (the engine too: `engine_of(turn)`)."""
    root = Router(name="claimbot")
    root.message.middleware(TurnMiddleware())
    root.callback_query.middleware(TurnMiddleware())
    root.edited_message.middleware(TurnMiddleware())
    root.my_chat_member.middleware(TurnMiddleware())  # the bot added to a group
    root.include_routers(
        groups.create_router(),
        start.create_router(),
        privacy.create_router(),
        settings.create_router(),
        cases.create_router(),
        export.create_router(),
        track.create_router(),
        outcome.create_router(),
        remind.create_router(),
        retention.create_router(),
        operator.create_router(),
        form_router(engine.form),
        fallback.create_router(),
    )
    return root
