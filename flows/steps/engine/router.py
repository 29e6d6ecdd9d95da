"""The form's router: the handlers of `handlers.py`, filtered by the states of its questions."""

from __future__ import annotations

from collections.abc import Callable

from aiogram import F, Router
from aiogram.filters import StateFilter

from flows.steps.engine.handlers import (
    on_button,
    on_contact,
    on_edited,
    on_media,
    on_nav,
    on_text,
    on_unexpected,
)
from flows.steps.engine.specs import AnswerCb, Form, NavCb, Spec, state_of
from flows.steps.filters import fast


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
