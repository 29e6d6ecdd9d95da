"""Inline keyboards, built straight into markup.

aiogram's `InlineKeyboardBuilder` deep-copies the whole keyboard on every button it adds;
a bot that sends a keyboard with nearly every message paid for that on every update. This
keeps the builder's three verbs (`button`, `adjust`, `as_markup`) and its row rules, and
builds each button once.
"""

from __future__ import annotations

from aiogram.filters.callback_data import CallbackData
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup

MAX_WIDTH = 8  # Telegram shows at most eight buttons in a row


class Keyboard:
    def __init__(self) -> None:
        self._buttons: list[InlineKeyboardButton] = []
        self._sizes: tuple[int, ...] = ()

    def button(self, *, text: str, callback_data: CallbackData | str) -> Keyboard:
        data = callback_data if isinstance(callback_data, str) else callback_data.pack()
        self._buttons.append(InlineKeyboardButton(text=text, callback_data=data))
        return self

    def adjust(self, *sizes: int) -> Keyboard:
        """Rows of these sizes, in order; the last size repeats for the buttons left over
        (as the aiogram builder does). No sizes: rows as wide as Telegram allows."""
        if any(size < 1 for size in sizes):
            raise ValueError("a row holds at least one button")
        self._sizes = sizes
        return self

    def rows(self) -> list[list[InlineKeyboardButton]]:
        sizes = [min(size, MAX_WIDTH) for size in self._sizes or (MAX_WIDTH,)]
        rows: list[list[InlineKeyboardButton]] = []
        start = 0
        while start < len(self._buttons):
            size = sizes[min(len(rows), len(sizes) - 1)]
            rows.append(self._buttons[start : start + size])
            start += size
        return rows

    def as_markup(self) -> InlineKeyboardMarkup:
        return InlineKeyboardMarkup(inline_keyboard=self.rows())
