"""/privacy says what is kept; /delete erases the person entirely, after one confirmation."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.filters import Command
from aiogram.filters.callback_data import CallbackData
from aiogram.types import CallbackQuery, Message

from flows.steps import exits
from flows.steps.keyboards import Keyboard
from flows.steps.turn import Turn, done


class DeleteCb(CallbackData, prefix="del"):
    sure: bool


def create_router() -> Router:
    router = Router(name="privacy")

    @router.message(Command("privacy"))
    async def on_privacy(message: Message, turn: Turn) -> None:
        policy = turn.services.retention  # the operator's RETENTION_DAYS and STALE_DAYS
        await turn.say(
            turn.t("privacy-text", retention=policy.retention_days, stale=policy.stale_days)
        )
        await turn.services.questions.ask_current(turn)

    @router.message(Command("delete"))
    async def on_delete(message: Message, turn: Turn) -> None:
        kb = Keyboard()
        kb.button(text=turn.t("delete-yes"), callback_data=DeleteCb(sure=True))
        kb.button(text=turn.t("delete-no"), callback_data=DeleteCb(sure=False))
        kb.adjust(1)
        await turn.say(turn.t("delete-confirm"), kb.as_markup())

    @router.callback_query(DeleteCb.filter(F.sure))
    async def on_delete_sure(query: CallbackQuery, turn: Turn) -> None:
        await done(query)
        # Say it in the person's language before the language itself is forgotten.
        farewell = turn.t("delete-done")
        await turn.services.eraser.forget(turn.user.id, turn.chat_id)
        if query.message is not None:
            await turn.bot.edit_message_reply_markup(
                chat_id=turn.chat_id, message_id=query.message.message_id, reply_markup=None
            )
        await exits.after_erasure(turn, farewell)

    @router.callback_query(DeleteCb.filter(~F.sure))
    async def on_delete_kept(query: CallbackQuery, turn: Turn) -> None:
        await done(query)
        await turn.say(turn.t("delete-kept"))
        await turn.services.questions.ask_current(turn)

    return router
