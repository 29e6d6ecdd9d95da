"""The first conversation: greeting in the right language, menu, help, cancel, language,
privacy, /delete, anything unexpected, and group chats."""

from __future__ import annotations

import pytest
from aiogram import Dispatcher

from bot.db import Database
from tests import factories

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)


async def test_start_greets_in_russian_with_menu(talk) -> None:
    me = talk()
    await me.say("/start")
    assert me.said[0].startswith("Здравствуйте, Console!")
    assert "шаблоны, а не юридическая консультация" in me.said[0]
    assert me.buttons == [
        "📝 Новое обращение",
        "🏪 Я продавец: несправедливый отзыв",
        "📂 Мои обращения",
        "❓ Помощь",
    ]


async def test_english_telegram_gets_english(talk) -> None:
    me = talk(language="en-GB")
    await me.say("/start")
    assert me.said[0].startswith("Hello, Console!")
    assert me.buttons == [
        "📝 New case",
        "🏪 I'm a seller: an unfair review",
        "📂 My cases",
        "❓ Help",
    ]


async def test_unknown_telegram_language_gets_russian(talk) -> None:
    me = talk(language="de")
    await me.say("/start")
    assert me.said[0].startswith("Здравствуйте")


async def test_language_choice_is_remembered(talk, db: Database) -> None:
    me = talk(language="ru")
    await me.say("/language")
    await me.tap("English")
    assert "we speak English" in me.said[-2]
    assert me.buttons[0] == "📝 New case"
    row = await db.fetchone("SELECT locale FROM users WHERE user_id = ?", (1001,))
    assert row["locale"] == "en"
    # Telegram still says Russian, but the choice wins
    await me.say("/start")
    assert me.said[-2].startswith("Hello")


async def test_help_from_menu_and_command(talk) -> None:
    me = talk()
    await me.say("/start")
    await me.tap("Помощь")
    assert "/delete" in me.said[-2]
    assert me.buttons[0] == "📝 Новое обращение"
    await me.say("/help")
    assert "/cancel" in me.said[-2]


async def test_cancel_with_nothing_open_shows_menu(talk) -> None:
    me = talk()
    await me.say("/cancel")
    assert "нечего отменять" in me.last
    assert me.buttons[0] == "📝 Новое обращение"


async def test_unexpected_text_sticker_and_stale_button(dp: Dispatcher, talk) -> None:
    me = talk()
    await me.say("привет, где моя посылка")
    assert "не понял" in me.said[-2]
    assert me.buttons[0] == "📝 Новое обращение"

    await dp.feed_update(me.bot, factories.sticker(sender=factories.user(1001)))
    assert "не жду файлов" in me.said[-2]

    await dp.feed_update(me.bot, factories.button("nonsense:1", sender=factories.user(1001)))
    assert "кнопка устарела" in me.said[-2]
    assert me.buttons[0] == "📝 Новое обращение"


async def test_group_chat_is_told_to_go_private(dp: Dispatcher, talk) -> None:
    me = talk()
    await dp.feed_update(me.bot, factories.message("/start", chat=factories.group()))
    assert "только в личных сообщениях" in me.last
    count = len(me.said)
    await dp.feed_update(me.bot, factories.message("обычный разговор", chat=factories.group()))
    assert len(me.said) == count  # ordinary group talk gets no answer


async def test_privacy_and_delete_erase_the_person(talk, db: Database) -> None:
    me = talk()
    await me.say("/language")
    await me.tap("English")
    await me.say("/privacy")
    assert "What data I keep" in me.said[-2]
    await me.say("/delete")
    await me.tap("No, keep it")
    assert "Nothing was deleted" in me.said[-2]
    assert await db.fetchone("SELECT 1 FROM users WHERE user_id = 1001") is not None

    await me.say("/delete")
    await me.tap("Yes, delete everything")
    assert "All your data is deleted" in me.last
    assert await db.fetchone("SELECT 1 FROM users WHERE user_id = 1001") is None
    assert await db.fetchone("SELECT 1 FROM fsm WHERE chat_id = 1001 OR user_id = 1001") is None


async def test_one_person_does_not_see_another(talk, db: Database) -> None:
    anna, boris = talk(1001), talk(2002, "en")
    await anna.say("/language")
    await anna.tap("English")
    await boris.say("/start")
    assert all(s.method.chat_id == 2002 for s in boris.session.log if hasattr(s.method, "chat_id"))
    assert all(s.method.chat_id == 1001 for s in anna.session.log if hasattr(s.method, "chat_id"))


async def test_a_fault_is_logged_without_what_the_person_typed(
    dp: Dispatcher, talk, caplog, monkeypatch
) -> None:
    from flows.steps.commands import start as start_module

    me = talk()
    await me.say("/start")

    typed = "".join(["Ива", "нов Иван, +7", "9991234567"])  # not in any source line

    async def broken(*args, **kwargs):
        raise ValueError(typed)

    monkeypatch.setattr(me.bot, "send_message", broken)
    with caplog.at_level("ERROR"):
        await dp.feed_update(me.bot, factories.message("/help", sender=factories.user(1001)))
    assert "update" in caplog.text
    assert "ValueError" in caplog.text
    assert "Иванов" not in caplog.text
    assert "+7999" not in caplog.text
    assert start_module  # the handler that failed lives there
