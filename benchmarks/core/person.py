"""A simulated shopper: reads what the bot last sent and decides what to do next.

The person knows nothing of the bot's internals (states, question ids, routers), only what a
Telegram client shows: the text and the inline buttons with their callback data. So the
benchmark keeps working while the bot's internals are rebuilt. Buttons are chosen by their
callback data (navigation and destructive ones are avoided); typed answers use the example
the question itself gives ("Например: 05.12.2026"), else a few keywords of the question.

The mix per update (seeded per chat, so both storages see the same people):
answer the current question, `/cases`, `/help`, press a button of an older message, or type
a date that cannot be right.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from html import unescape
from itertools import count
from typing import Any

from benchmarks.core.fake_telegram import DATE, ChatView

MIX = (("answer", 0.72), ("cases", 0.06), ("help", 0.06), ("stale", 0.08), ("wrong_date", 0.08))
WRONG_DATES = ("31.02.2026", "32.10.2026", "01.01.2031", "10/40/2026", "вчера или позавчера")
AVOID = ("del:", "lang:", "menu:seller", "tz:", "solved", "given_up")
# (erasing the person, switching path or language, closing the case: this person wants a claim)
NAVIGATION = ("back", "skip")
EXAMPLE = re.compile(r"(?:например|пример)[:,]?\s*«?([^»\n]+?)»?\.?\s*(?:$|\n)", re.IGNORECASE)

# (words in the question, what to type): the first that matches is typed.
KEYWORDS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("номер заказа",), "12345678-0001"),
    (("фамилия",), "Иванов Иван Иванович"),
    (("адрес",), "123456, г. Москва, ул. Ленина, д. 1, кв. 2"),
    (("телефон",), "8 (999) 123-45-67"),
    (("e-mail",), "ivanov@mail.ru"),
    (("инн", "огрн"), "7707083893"),
    (("сколько", "рубл", "сумм"), "4 990 ₽"),
    (("что за товар",), "Смартфон Xiaomi Redmi Note 13"),
    (("продав", "магазин"), "ИП Петров Пётр Петрович"),
    (("номер",), "T-123"),
)
DATE_WORDS = ("когда", "дат", "какого числа")
GENERIC = "не включается, экран мерцает"

_update_ids = count(1)
_query_ids = count(1)


@dataclass
class Person:
    """One private chat. `next_update()` is the person's next move, as Telegram would post it."""

    chat_id: int
    rng: random.Random = field(init=False)
    days: int = 0  # typed dates go forward, so "received" follows "ordered"
    asked: str = ""
    repeats: int = 0
    did: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.chat_id)

    # -- what Telegram posts -------------------------------------------------------------------

    def _user(self) -> dict[str, Any]:
        return {"id": self.chat_id, "is_bot": False, "first_name": "Анна", "language_code": "ru"}

    def text(self, text: str) -> dict[str, Any]:
        update_id = next(_update_ids)
        return {
            "update_id": update_id,
            "message": {
                "message_id": update_id,
                "date": DATE,
                "chat": {"id": self.chat_id, "type": "private"},
                "from": self._user(),
                "text": text,
            },
        }

    def press(self, message: dict[str, Any], data: str) -> dict[str, Any]:
        return {
            "update_id": next(_update_ids),
            "callback_query": {
                "id": str(next(_query_ids)),
                "from": self._user(),
                "chat_instance": str(self.chat_id),
                "message": message,
                "data": data,
            },
        }

    # -- deciding ------------------------------------------------------------------------------

    def next_update(self, view: ChatView) -> dict[str, Any]:
        """The next move, given what the chat shows now."""
        self._notice(view)
        action = self.rng.choices([a for a, _ in MIX], [w for _, w in MIX])[0]
        update = None
        if action == "cases":
            update = self.text("/cases")
        elif action == "help":
            update = self.text("/help")
        elif action == "stale":
            update = self._stale(view)
        elif action == "wrong_date":
            update = self.text(self.rng.choice(WRONG_DATES))
        if update is None:
            action = "answer"
            update = self._answer(view)
        self.did[action] = self.did.get(action, 0) + 1
        return update

    def _notice(self, view: ChatView) -> None:
        """Count how often the same question comes back: a person stuck tries another way."""
        question = _question(view.last_text)
        self.repeats = self.repeats + 1 if question == self.asked else 0
        self.asked = question

    def _answer(self, view: ChatView) -> dict[str, Any]:
        if self.repeats >= 4:
            self.repeats = 0
            return self.text("/new")
        screen = view.screen
        answers, navigation = _buttons(screen)
        typed = self._typed(view.last_text, bool(answers))
        if typed is not None and self.repeats < 2:
            return self.text(typed)
        if answers and screen is not None:
            first = self.rng.random() < 0.75 or self.repeats >= 2
            data = answers[0] if first else self.rng.choice(answers)
            return self.press(screen, data)
        skips = [d for d in navigation if d.endswith("skip")]
        if skips and screen is not None:
            return self.press(screen, skips[0])
        return self.text(typed or GENERIC)

    def _typed(self, text: str, has_buttons: bool) -> str | None:
        """What to type for the question in `text`; None when pressing a button is the way."""
        match = EXAMPLE.search(_prompt(text))
        example = match.group(1).strip() if match else None
        question = _question(text).lower()
        if any(word in question for word in DATE_WORDS):
            # Our date was refused (a date to come, say): the question's own example is right.
            return example if example and self.repeats >= 1 else self._date()
        if has_buttons:
            return None
        if example:
            return example
        for words, answer in KEYWORDS:
            if any(word in question for word in words):
                return answer
        return GENERIC

    def _date(self) -> str:
        """A plausible past date, later than the ones typed before."""
        self.days += 3
        return (date(2026, 9, 1) + timedelta(days=self.days)).strftime("%d.%m.%Y")

    def _stale(self, view: ChatView) -> dict[str, Any] | None:
        """A button of an older message that still shows its keyboard."""
        older = list(view.screens)[:-1]
        if not older:
            return None
        screen = self.rng.choice(older)
        answers, navigation = _buttons(screen)
        choices = answers + navigation
        return self.press(screen, self.rng.choice(choices)) if choices else None


_TAG = re.compile(r"<[^>]+>")


def _prompt(text: str) -> str:
    """The last paragraph as the client shows it (no HTML): where the bot puts its question."""
    paragraphs = [p for p in unescape(_TAG.sub("", text)).split("\n\n") if p.strip()]
    return paragraphs[-1] if paragraphs else ""


def _question(text: str) -> str:
    lines = _prompt(text).strip().splitlines()
    return lines[0] if lines else ""


def _buttons(screen: dict[str, Any] | None) -> tuple[list[str], list[str]]:
    """Callback data of a message's buttons: (answers, navigation), the avoided ones left out."""
    answers: list[str] = []
    navigation: list[str] = []
    if screen is None:
        return answers, navigation
    for row in screen.get("reply_markup", {}).get("inline_keyboard", []):
        for button in row:
            data = button.get("callback_data")
            if data is None or any(word in data for word in AVOID):
                continue
            if any(data.endswith(word) for word in NAVIGATION):
                navigation.append(data)
            else:
                answers.append(data)
    return answers, navigation
