"""Outside private chats the bot says where it works and does nothing else: a complaint holds
personal data that must not be shown to a group."""

from __future__ import annotations

from aiogram import F, Router
from aiogram.enums import ChatType
from aiogram.filters import IS_MEMBER, IS_NOT_MEMBER, ChatMemberUpdatedFilter
from aiogram.types import CallbackQuery, ChatMemberUpdated, Message

from flows.steps.filters import fast
from flows.steps.turn import Turn

NOT_PRIVATE = fast(F.chat.type != ChatType.PRIVATE)


def create_router() -> Router:
    router = Router(name="groups")

    @router.my_chat_member(NOT_PRIVATE, ChatMemberUpdatedFilter(IS_NOT_MEMBER >> IS_MEMBER))
    async def on_added(event: ChatMemberUpdated, turn: Turn) -> None:
        await event.answer(turn.t("group-only-private"))

    @router.message(NOT_PRIVATE, fast(F.text.startswith("/")))
    async def on_group_command(message: Message, turn: Turn) -> None:
        await message.reply(turn.t("group-only-private"))

    @router.message(NOT_PRIVATE)
    async def on_group_chatter(message: Message) -> None:
        """Ordinary group talk is not for the bot: swallow it silently."""

    @router.callback_query(fast(F.message.chat.type != ChatType.PRIVATE))
    async def on_group_button(query: CallbackQuery, turn: Turn) -> None:
        await query.answer(turn.t("group-only-private"), show_alert=True)

    return router
