"""The last router: whatever no step expected. The person hears what is expected now and gets
the open question again; nothing they gave is touched."""

from __future__ import annotations

from aiogram import Router
from aiogram.types import CallbackQuery, Message

from flows.steps.turn import Turn, done, later_album_part


def create_router() -> Router:
    router = Router(name="fallback")

    @router.message()
    async def on_unexpected_message(message: Message, turn: Turn) -> None:
        if later_album_part(turn, message):
            return
        key = "unexpected-text" if message.text is not None else "unexpected-media"
        await turn.say(turn.t(key))
        await turn.services.questions.ask_current(turn)

    @router.callback_query()
    async def on_stale_button(query: CallbackQuery, turn: Turn) -> None:
        await done(query, turn.t("stale-button"))
        await turn.say(turn.t("stale-button"))
        await turn.services.questions.ask_current(turn)

    return router
