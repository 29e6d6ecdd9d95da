"""The bot in a terminal: the same dispatcher, an offline Bot API, a movable clock.

Protocol (DESIGN.md §7, scripts rely on it):
- a typed line is a message; a line starting with `/` is a command;
- buttons of the last bot message print as `[1] Text`; typing the number presses one;
- `/attach PATH [caption]` sends a file (a photo when it is an image);
- `/clock +11d`, `+5h`, `+30m` or `2026-12-01` moves the clock; letters followed at Russian
  Post are asked about once for each day it passed (when tracking is configured), then due
  reminders fire;
- documents the bot sends are saved under `--out` and printed as `📎 <path>`;
- EOF or `/quit` ends with exit code 0.
"""

from __future__ import annotations

import asyncio
import mimetypes
import re
import sys
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from itertools import count
from pathlib import Path
from typing import Any, TextIO
from zoneinfo import ZoneInfo

from aiogram import Dispatcher
from aiogram.methods import (
    AnswerCallbackQuery,
    EditMessageReplyMarkup,
    EditMessageText,
    SendDocument,
    SendMessage,
)
from aiogram.types import (
    CallbackQuery,
    Chat,
    Contact,
    Document,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    KeyboardButton,
    Message,
    PhotoSize,
    ReplyKeyboardMarkup,
    ReplyKeyboardRemove,
    Update,
    User,
)

from bot.app import create_bot, create_scheduler
from bot.clock import ManualClock
from bot.config import Settings
from bot.offline import OFFLINE_TOKEN, OfflineSession, Sent, html_to_text

IMAGE_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp"}
_SHIFT = re.compile(r"^\+(\d+)([dhm])$")

Markup = InlineKeyboardMarkup | ReplyKeyboardMarkup | ReplyKeyboardRemove | ForceReply


def _unlink(*held: object) -> None:
    for item in held:
        if isinstance(item, Path):
            item.unlink(missing_ok=True)


def parse_clock(arg: str, now: datetime) -> datetime:
    """`+11d` / `+5h` / `+30m` from now, or an ISO date or date-time (UTC when no zone)."""
    arg = arg.strip()
    if match := _SHIFT.match(arg):
        amount, unit = int(match.group(1)), match.group(2)
        units = {"d": "days", "h": "hours", "m": "minutes"}
        try:
            return now + timedelta(**{units[unit]: amount})
        except OverflowError:
            raise ValueError(f"{arg} is beyond the calendar") from None
    moment = datetime.fromisoformat(arg)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


class Console:
    """Turns terminal lines into Telegram updates and the bot's requests into printed lines."""

    def __init__(
        self,
        dp: Dispatcher,
        settings: Settings,
        clock: ManualClock,
        out_dir: Path,
        user_id: int,
        language: str,
        output: TextIO = sys.stdout,
    ) -> None:
        self.dp = dp
        self.clock = clock
        self.output = output
        self.session = OfflineSession(clock=clock, out_dir=out_dir, on_request=self._show)
        self.bot = create_bot(settings, session=self.session, token=OFFLINE_TOKEN)
        self.user = User(id=user_id, is_bot=False, first_name="Console", language_code=language)
        self.chat = Chat(id=user_id, type="private", first_name="Console")
        self._update_ids = count(1)
        self._message_ids = count(1_000_000)
        self._buttons: list[tuple[str, InlineKeyboardButton | KeyboardButton]] = []
        self._buttons_message: Message | None = None
        # Each returns how many reminders it sent (None: it does not count).
        self.after_clock: list[Callable[[], Awaitable[int | None]]] = []
        # The retention sweep runs for the time moved (issue 22 p. 5), before the reminders,
        # so a warning it queues goes out in the same move.
        self.after_clock.append(self._sweep)
        # Reminders fire when the console's clock is moved past them (`/clock +11d`).
        scheduler = create_scheduler(dp, self.bot)
        self.after_clock.append(scheduler.run_due)
        # /delete removes the person's saved documents from `--out` too; an erased case, its own.
        dp["people"].on_forget.append(self.session.forget_chat)
        dp["people"].on_forget_case.append(self.forget_case_files)

    async def _sweep(self) -> None:
        """The retention sweep at the console's time; an erasure is said on a console line
        (the person is not messaged: they were warned three days before)."""
        report = await self.dp["retention"].run_once()
        core, language = self.dp["i18n_core"], self.user.language_code or "ru"
        for case_id in report.erased:
            self._print(core.get("console-case-erased", language, id=str(case_id)))

    async def forget_case_files(self, owner_id: int, case_id: int, file_ids: list[str]) -> None:
        """An erased case's documents, files and archives (`delo-<id>-…`), from memory and
        from `--out`; the chat's other files stay."""
        gone, archive = set(file_ids), f"delo-{case_id}-"
        sent = self.session._sent_to.get(owner_id, [])
        kept: list[tuple[str, Path | None]] = []
        for file_id, path in sent:
            if file_id in gone or (path is not None and path.name.startswith(archive)):
                await asyncio.to_thread(_unlink, self.session._files.pop(file_id, None), path)
            else:
                kept.append((file_id, path))
        sent[:] = kept
        for file_id in gone:  # the person's own uploads (`/attach`)
            self.session._files.pop(file_id, None)

    # -- what the bot says ---------------------------------------------------------------------

    def _print(self, text: str = "") -> None:
        print(text, file=self.output, flush=True)

    def _show(self, sent: Sent) -> None:
        method = sent.method
        if isinstance(method, (SendMessage, EditMessageText)):
            self._print(html_to_text(method.text or ""))  # an edit always carries text here
            self._take_buttons(method.reply_markup, sent.result)
            self._print()
        elif isinstance(method, SendDocument):
            if method.caption:
                self._print(html_to_text(method.caption))
            self._print(f"📎 {sent.file}")
            self._take_buttons(method.reply_markup, sent.result)
            self._print()
        elif isinstance(method, EditMessageReplyMarkup):
            if (
                self._buttons_message is not None
                and method.message_id == self._buttons_message.message_id
            ):
                self._take_buttons(method.reply_markup, self._buttons_message)
        elif isinstance(method, AnswerCallbackQuery) and method.text and method.show_alert:
            self._print(f"⚠️ {method.text}")
            self._print()

    def _take_buttons(self, markup: Markup | None, message: object) -> None:
        self._buttons = []
        self._buttons_message = message if isinstance(message, Message) else None
        if isinstance(markup, InlineKeyboardMarkup):
            for inline_row in markup.inline_keyboard:
                self._buttons.extend((b.text, b) for b in inline_row)
        elif isinstance(markup, ReplyKeyboardMarkup):
            for reply_row in markup.keyboard:
                self._buttons.extend((b.text, b) for b in reply_row)
        elif isinstance(markup, ReplyKeyboardRemove) or markup is None:
            return
        for number, (text, _) in enumerate(self._buttons, start=1):
            self._print(f"[{number}] {text}")

    # -- what the person does ------------------------------------------------------------------

    def _message(self, **fields: Any) -> Message:
        return Message(
            message_id=next(self._message_ids),
            date=self.clock.now(),
            chat=self.chat,
            from_user=self.user,
            **fields,
        )

    async def _feed(self, **event: Any) -> None:
        update = Update(update_id=next(self._update_ids), **event)
        await self.dp.feed_update(self.bot, update)

    async def send_text(self, text: str) -> None:
        await self._feed(message=self._message(text=text))

    async def press(self, number: int) -> None:
        text, button = self._buttons[number - 1]
        if (
            isinstance(button, InlineKeyboardButton)
            and button.callback_data is not None
            and self._buttons_message is not None
        ):
            query = CallbackQuery(
                id=str(next(self._update_ids)),
                from_user=self.user,
                chat_instance=str(self.chat.id),
                data=button.callback_data,
                message=self._buttons_message,
            )
            await self._feed(callback_query=query)
        elif isinstance(button, KeyboardButton) and button.request_contact:
            contact = Contact(
                phone_number="+79990000000", first_name="Console", user_id=self.user.id
            )
            await self._feed(message=self._message(contact=contact))
        else:
            await self.send_text(text)

    async def attach(self, arg: str) -> None:
        path_str, _, caption = arg.strip().partition(" ")
        path = Path(path_str)
        try:
            data = await asyncio.to_thread(path.read_bytes)
        except OSError:
            self._print(f"(console) cannot read file: {path}")
            return
        file_id = f"console-{next(self._message_ids)}"
        self.session.put_file(file_id, data)
        if path.suffix.lower() in IMAGE_SUFFIXES:
            photo = PhotoSize(
                file_id=file_id, file_unique_id=file_id, width=0, height=0, file_size=len(data)
            )
            await self._feed(message=self._message(photo=[photo], caption=caption or None))
        else:
            mime, _ = mimetypes.guess_type(path.name)
            document = Document(
                file_id=file_id,
                file_unique_id=file_id,
                file_name=path.name,
                mime_type=mime,
                file_size=len(data),
            )
            await self._feed(message=self._message(document=document, caption=caption or None))

    async def move_clock(self, arg: str) -> None:
        before = self.clock.now()
        try:
            moment = parse_clock(arg, before)
            if moment < before:
                raise ValueError("time does not run backwards")
        except ValueError as exc:
            self._print(f"(console) clock: {exc}")
            return
        self._print(f"(console) 🕒 {moment.astimezone(UTC).isoformat(timespec='minutes')}")
        fired = await self._track_until(before, moment)
        self.clock.set(moment)
        for hook in self.after_clock:
            fired += await hook() or 0
        if not fired:
            await self._say_next_due()

    async def _track_until(self, before: datetime, moment: datetime) -> int:
        """Russian Post tracking, when configured, as the bot's hourly task would have done it
        while the clock moved: once for each day passed and once at `moment` (a letter is
        asked at most once a Moscow day). What fell due by a day (a letter's news, a reminder)
        is sent that day, as the running bot would: a letter's arrival is not lost behind its
        later return. The reminders of `moment` follow. Returns the messages sent on the way."""
        tracker = self.dp.workflow_data.get("tracker")
        if tracker is None:
            return 0
        fired = 0
        step = before + timedelta(days=1)
        while step < moment:
            self.clock.set(step)
            await tracker.run_once()
            for hook in self.after_clock:  # what fell due by that day goes out that day
                fired += await hook() or 0
            step += timedelta(days=1)
        self.clock.set(moment)
        await tracker.run_once()
        return fired

    async def _say_next_due(self) -> None:
        """Nothing fired: say so, and when the next reminder is due (in the person's zone)."""
        core, language = self.dp["i18n_core"], self.user.language_code or "ru"
        upcoming = await self.dp["reminder_store"].next_due()
        if upcoming is None:
            self._print(core.get("console-nothing-due-none", language))
            return
        zone = await self.dp["users"].get_timezone(self.user.id) or self.dp["settings"].timezone
        when = upcoming.astimezone(ZoneInfo(zone)).strftime("%d.%m.%Y %H:%M")
        self._print(core.get("console-nothing-due-next", language, when=when))

    async def handle(self, line: str) -> bool:
        """One line of input; False when the session should end."""
        line = line.rstrip("\r\n")
        stripped = line.strip()
        if not stripped:
            return True
        if stripped in {"/quit", "/exit"}:
            return False
        if stripped.startswith("/attach"):
            await self.attach(stripped.removeprefix("/attach"))
        elif stripped.startswith("/clock"):
            await self.move_clock(stripped.removeprefix("/clock"))
        elif stripped.isascii() and stripped.isdigit() and 1 <= int(stripped) <= len(self._buttons):
            await self.press(int(stripped))
        else:
            await self.send_text(line)
        # What the bot goes on doing after the update (an /export's archive) ends before the
        # next line is read, so a script reads the archive where its line asked for it.
        await self.dp["exporter"].idle()
        return True

    async def run(self, lines: TextIO = sys.stdin) -> None:
        echo = not lines.isatty()
        await self.dp.emit_startup(bot=self.bot, dispatcher=self.dp, **self.dp.workflow_data)
        core = self.dp.workflow_data.get("i18n_core")
        if core is not None:  # say how to begin, in the console's language
            self._print(core.get("console-hello", self.user.language_code))
            self._print()
        try:
            while True:
                line = await asyncio.to_thread(lines.readline)
                if not line:
                    break
                if echo:
                    self._print(f"> {line.rstrip()}")
                if not await self.handle(line):
                    break
        finally:
            await self.dp.emit_shutdown(bot=self.bot, dispatcher=self.dp, **self.dp.workflow_data)
            await self.session.close()  # the big files it kept (an export's parts) go
