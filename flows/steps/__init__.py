"""The dialogue: one aiogram Router per stage, assembled by `create_router()`.

Order matters: group chats are turned away first, then commands and menus, then the stages,
and the fallback catches whatever nobody expected.
"""

from __future__ import annotations

from aiogram import Router

from flows.steps import fallback, groups, privacy, start
from flows.steps.questions import Questions
from flows.steps.turn import TurnMiddleware


def create_router(questions: Questions) -> Router:
    """A fresh tree of routers; `questions` is filled with every stage's askers."""
    root = Router(name="claimbot")
    root.message.middleware(TurnMiddleware())
    root.callback_query.middleware(TurnMiddleware())
    root.include_routers(
        groups.create_router(),
        start.create_router(),
        privacy.create_router(),
        fallback.create_router(),
    )
    return root
