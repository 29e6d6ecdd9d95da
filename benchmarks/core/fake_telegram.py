"""A Bot API session inside the process for the benchmarks: every request is answered at once,
as Telegram would answer it, and what the bot sent is kept per chat so a simulated person can
read the text and press the buttons.

It goes through aiogram's own response parsing (`check_response` on the JSON text), as the
HTTP session does, so the bot pays what it pays in production except the network itself.
It keeps only the latest screens of each chat, so memory measurements measure the bot.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import AsyncGenerator
from dataclasses import dataclass, field
from itertools import count
from typing import TYPE_CHECKING, Any

from aiogram.client.session.base import BaseSession
from aiogram.methods import TelegramMethod
from aiogram.methods.base import TelegramType
from aiogram.types import InlineKeyboardMarkup, InputFile

if TYPE_CHECKING:
    from aiogram import Bot

BOT_TOKEN = "42:BENCHMARK-token-not-for-telegram"
BOT_USER = {"id": 42, "is_bot": True, "first_name": "claimbot", "username": "claimbot_bot"}
DATE = 1795251600  # 2026-11-21, the benchmark clock's day
SCREENS_KEPT = 8  # per chat: the current screen and a few older ones (stale buttons)


@dataclass
class ChatView:
    """What one chat shows: the latest text and the messages that still carry buttons."""

    last_text: str = ""
    screens: deque[dict[str, Any]] = field(default_factory=lambda: deque(maxlen=SCREENS_KEPT))
    replies: int = 0  # requests the bot made for this chat since the person last looked

    @property
    def screen(self) -> dict[str, Any] | None:
        """The newest message with buttons, as the person sees it."""
        return self.screens[-1] if self.screens else None


def _markup(method: TelegramMethod[Any]) -> dict[str, Any] | None:
    markup = getattr(method, "reply_markup", None)
    if not isinstance(markup, InlineKeyboardMarkup):
        return None  # Telegram echoes only inline keyboards in the message
    return markup.model_dump(mode="json", exclude_none=True)


class BenchSession(BaseSession):
    def __init__(self) -> None:
        super().__init__()
        self.chats: dict[int, ChatView] = {}
        self.methods: dict[str, int] = {}
        self._ids = count(1)

    def view(self, chat_id: int) -> ChatView:
        return self.chats.setdefault(chat_id, ChatView())

    def forget(self, chat_id: int) -> None:
        self.chats.pop(chat_id, None)

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        name = type(method).__name__
        self.methods[name] = self.methods.get(name, 0) + 1
        payload = await self._answer(bot, name, method)
        body = json.dumps({"ok": True, "result": payload}, ensure_ascii=False)
        return self.check_response(bot, method, 200, body).result  # type: ignore[return-value]

    async def _answer(self, bot: Bot, name: str, method: TelegramMethod[Any]) -> Any:
        if name == "GetMe":
            return BOT_USER
        chat_id = getattr(method, "chat_id", None)
        if chat_id is None:
            return True  # answerCallbackQuery, setMyCommands, ...
        view = self.view(int(chat_id))
        view.replies += 1
        if name in {"SendMessage", "EditMessageText"}:
            message = self._message(method, text=method.text)
            self._show(view, message)
            return message
        if name == "SendDocument":
            document = await self._upload(bot, method.document)
            message = self._message(method, document=document, caption=method.caption)
            self._show(view, message)
            return message
        if name == "EditMessageReplyMarkup":
            self._restyle(view, method.message_id, _markup(method))
            return self._message(method)
        return True

    def _message(self, method: TelegramMethod[Any], **extra: Any) -> dict[str, Any]:
        message = {
            "message_id": getattr(method, "message_id", None) or next(self._ids),
            "date": DATE,
            "chat": {"id": int(method.chat_id), "type": "private"},
            "from": BOT_USER,
            "reply_markup": _markup(method),
            **extra,
        }
        return {k: v for k, v in message.items() if v is not None}

    @staticmethod
    def _show(view: ChatView, message: dict[str, Any]) -> None:
        view.last_text = message.get("text") or message.get("caption") or ""
        if "reply_markup" in message:
            edited = [s for s in view.screens if s["message_id"] == message["message_id"]]
            for old in edited:
                view.screens.remove(old)
            view.screens.append(message)

    @staticmethod
    def _restyle(view: ChatView, message_id: int, markup: dict[str, Any] | None) -> None:
        """Buttons taken off (or replaced on) a message the person already has."""
        for screen in list(view.screens):
            if screen["message_id"] == message_id:
                if markup is None:
                    view.screens.remove(screen)
                else:
                    screen["reply_markup"] = markup

    async def _upload(self, bot: Bot, file: InputFile | str) -> dict[str, Any]:
        """Read the file as an upload would, and answer with a file id."""
        size = 0
        if not isinstance(file, str):
            async for chunk in file.read(bot):
                size += len(chunk)
        file_id = f"bench-{next(self._ids)}"
        return {"file_id": file_id, "file_unique_id": file_id, "file_size": size}

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        yield b""

    async def close(self) -> None:
        return None
