"""A Bot API that lives in this process: it records every request and answers it as Telegram
would, without a token or a network.

Console mode prints what it records; tests read it back (aiogram's own `MockedBot` habit,
turned around: instead of queueing canned answers it makes plausible ones, so a whole
conversation runs without scripting every reply).
"""

from __future__ import annotations

import asyncio
import json
import re
import shutil
import tempfile
from collections.abc import AsyncGenerator, Callable
from dataclasses import dataclass, field
from html import unescape
from itertools import count
from pathlib import Path
from typing import TYPE_CHECKING, Any

from aiogram.client.session.base import BaseSession
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import (
    EditMessageText,
    GetFile,
    GetMe,
    GetMyCommands,
    SendDocument,
    SendMessage,
    SendPhoto,
    SendVideo,
    TelegramMethod,
)
from aiogram.methods.base import TelegramType
from aiogram.types import InlineKeyboardMarkup, InputFile, User

if TYPE_CHECKING:
    from aiogram import Bot

    from bot.clock import Clock

OFFLINE_TOKEN = "42:OFFLINE-console-token-not-for-telegram"
BOT_USER = User(id=42, is_bot=True, first_name="claimbot", username="claimbot_bot")

_TAG = re.compile(r"<[^>]+>")

# Telegram's Bot API lets a bot download files up to 20 MB (getFile); larger ones it refuses.
DOWNLOAD_LIMIT = 20 * 1024 * 1024
# A sent file larger than this is kept on disk, not in memory (an export's ZIP parts).
KEEP_IN_MEMORY = 1024 * 1024


def html_to_text(text: str) -> str:
    """What a person sees of an HTML message: no tags, entities decoded."""
    return unescape(_TAG.sub("", text))


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def _read_chunk(path: Path, offset: int, size: int) -> bytes:
    with path.open("rb") as f:
        f.seek(offset)
        return f.read(size)


def _append(path: Path, data: bytes) -> None:
    with path.open("ab") as f:
        f.write(data)


def _size(data: bytes | Path) -> int:
    return len(data) if isinstance(data, bytes) else data.stat().st_size


@dataclass
class Sent:
    """One request the bot made, with what the offline API answered."""

    method: TelegramMethod[Any]
    result: Any
    file: Path | None = None

    @property
    def name(self) -> str:
        return type(self.method).__name__


@dataclass
class OfflineSession(BaseSession):
    clock: Clock | None = None
    out_dir: Path | None = None
    on_request: Callable[[Sent], None] | None = None
    log: list[Sent] = field(default_factory=list)

    # Tests queue errors here; each SendMessage raises the next one instead of being sent.
    failures: list[Exception] = field(default_factory=list)
    # ... and here per method name ("AnswerCallbackQuery", "SendChatAction", ...).
    method_failures: dict[str, list[Exception]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        super().__init__()
        self._ids = count(1)
        # file id -> its bytes, or the file holding them (a big one, or one on disk already)
        self._files: dict[str, bytes | Path] = {}
        self._spool: Path | None = None  # where big sent files are kept; gone with `close`
        self._sent_to: dict[int, list[tuple[str, Path | None]]] = {}  # chat -> (file id, path)

    # -- BaseSession ---------------------------------------------------------------------------

    async def make_request(
        self, bot: Bot, method: TelegramMethod[TelegramType], timeout: int | None = None
    ) -> TelegramType:
        saved: Path | None = None
        if self.failures and type(method).__name__ == "SendMessage":
            raise self.failures.pop(0)
        if queued := self.method_failures.get(type(method).__name__):
            raise queued.pop(0)
        payload = await self._result(bot, method)
        if isinstance(payload, dict) and "document" in payload and self.out_dir is not None:
            saved = self.out_dir / payload["document"]["file_name"]
        response = self.check_response(
            bot, method, 200, json.dumps({"ok": True, "result": payload}, default=str)
        )
        sent = Sent(method=method, result=response.result, file=saved)
        self.log.append(sent)
        if self.on_request is not None:
            self.on_request(sent)
        return response.result  # type: ignore[return-value]

    async def stream_content(
        self,
        url: str,
        headers: dict[str, Any] | None = None,
        timeout: int = 30,
        chunk_size: int = 65536,
        raise_for_status: bool = True,
    ) -> AsyncGenerator[bytes, None]:
        data = self._files.get(url.rsplit("/", 1)[-1], b"")
        if isinstance(data, bytes):
            for start in range(0, len(data), chunk_size):
                yield data[start : start + chunk_size]
            return
        offset = 0
        while chunk := await asyncio.to_thread(_read_chunk, data, offset, chunk_size):
            offset += len(chunk)
            yield chunk

    async def close(self) -> None:
        if self._spool is not None:
            await asyncio.to_thread(shutil.rmtree, self._spool, True)
            self._spool = None

    # -- answers -------------------------------------------------------------------------------

    def _now(self) -> int:
        if self.clock is None:
            return 0
        return int(self.clock.now().timestamp())

    def _message(
        self, chat_id: int | str, message_id: int | None = None, **extra: Any
    ) -> dict[str, Any]:
        message: dict[str, Any] = {
            "message_id": message_id or next(self._ids),
            "date": self._now(),
            "chat": {"id": int(chat_id), "type": "private"},
            "from": BOT_USER.model_dump(exclude_none=True),
        }
        message.update({k: v for k, v in extra.items() if v is not None})
        return message

    @staticmethod
    def _markup(method: TelegramMethod[Any]) -> dict[str, Any] | None:
        markup = getattr(method, "reply_markup", None)
        # Telegram echoes only inline keyboards back in the sent message.
        if not isinstance(markup, InlineKeyboardMarkup):
            return None
        return markup.model_dump(mode="json", exclude_none=True)

    async def _result(self, bot: Bot, method: TelegramMethod[Any]) -> Any:
        if isinstance(method, GetMe):
            return BOT_USER.model_dump(exclude_none=True)
        if isinstance(method, SendMessage):
            return self._message(
                method.chat_id, text=method.text, reply_markup=self._markup(method)
            )
        if isinstance(method, EditMessageText):
            if method.chat_id is None:  # an inline message; this bot edits only chat messages
                raise TypeError("EditMessageText without chat_id is not supported offline")
            return self._message(
                method.chat_id,
                method.message_id,
                text=method.text,
                reply_markup=self._markup(method),
            )
        if isinstance(method, SendDocument):
            return self._message(
                method.chat_id,
                document=await self._store(bot, method.document, int(method.chat_id)),
                caption=method.caption,
                reply_markup=self._markup(method),
            )
        if isinstance(method, (SendPhoto, SendVideo)):  # a file sent again by its id
            return self._message(method.chat_id, caption=method.caption)
        if isinstance(method, GetFile):
            return self._file(method)
        if isinstance(method, GetMyCommands):
            return []
        return True

    def _file(self, method: GetFile) -> dict[str, Any]:
        """As Telegram: an unknown id, or a file past the bots' download limit, is refused."""
        data = self._files.get(method.file_id)
        if data is None:
            raise TelegramBadRequest(method, "Bad Request: invalid file_id")
        size = _size(data)
        if size > DOWNLOAD_LIMIT:
            raise TelegramBadRequest(method, "Bad Request: file is too big")
        return {
            "file_id": method.file_id,
            "file_unique_id": method.file_id,
            "file_size": size,
            "file_path": method.file_id,
        }

    async def _store(self, bot: Bot, document: InputFile | str, chat_id: int) -> dict[str, Any]:
        """Keep a sent file's bytes (and write it under `out_dir`); answer with a file_id."""
        file_id = f"offline-doc-{next(self._ids)}"
        if isinstance(document, str):
            return {"file_id": document, "file_unique_id": document, "file_name": document}
        name = Path(document.filename or file_id).name
        data = await self._keep(bot, document, file_id)
        self._files[file_id] = data
        path = self.out_dir / name if self.out_dir is not None else None
        self._sent_to.setdefault(chat_id, []).append((file_id, path))
        if path is not None:
            if isinstance(data, bytes):
                await asyncio.to_thread(_write, path, data)
            else:
                await asyncio.to_thread(path.parent.mkdir, parents=True, exist_ok=True)
                await asyncio.to_thread(shutil.copyfile, data, path)
        return {
            "file_id": file_id,
            "file_unique_id": file_id,
            "file_name": name,
            "file_size": _size(data),
        }

    async def _keep(self, bot: Bot, document: InputFile, file_id: str) -> bytes | Path:
        """A sent file's bytes: in memory while small, spooled to a file of this session's
        own past `KEEP_IN_MEMORY` (an export's ZIP parts run to 50 MB each), so what the bot
        sends never has to fit in memory here either."""
        held: list[bytes] = []
        size = 0
        spooled: Path | None = None
        async for chunk in document.read(bot):
            if spooled is None:
                held.append(chunk)
                size += len(chunk)
                if size <= KEEP_IN_MEMORY:
                    continue
                if self._spool is None:
                    self._spool = Path(await asyncio.to_thread(tempfile.mkdtemp, "-offline"))
                spooled = self._spool / file_id
                chunk, held = b"".join(held), []
            await asyncio.to_thread(_append, spooled, chunk)
        return b"".join(held) if spooled is None else spooled

    async def forget_chat(self, user_id: int, chat_id: int) -> None:
        """/delete: the documents sent to this chat go, from memory and from `out_dir`."""
        for chat in {user_id, chat_id}:
            for file_id, path in self._sent_to.pop(chat, []):
                kept = self._files.pop(file_id, None)
                if isinstance(kept, Path):
                    await asyncio.to_thread(kept.unlink, missing_ok=True)
                if path is not None:
                    await asyncio.to_thread(path.unlink, missing_ok=True)

    def put_file(self, file_id: str, data: bytes | Path) -> None:
        """Make a file the person "uploaded" downloadable by the bot: its bytes, or the file
        on disk that holds them (`/attach PATH`; read in chunks when the bot downloads it)."""
        self._files[file_id] = data

    # -- reading back (tests) ------------------------------------------------------------------

    def texts(self) -> list[str]:
        """Every message text the bot sent or edited, in order, as a person would read it."""
        return [
            html_to_text(s.method.text or "")  # an edit always carries text here
            for s in self.log
            if isinstance(s.method, (SendMessage, EditMessageText))
        ]

    def last_markup(self) -> Any:
        for sent in reversed(self.log):
            if sent.name in {"SendMessage", "EditMessageText", "SendDocument"}:
                return getattr(sent.method, "reply_markup", None)
        return None

    def clear(self) -> None:
        self.log.clear()
