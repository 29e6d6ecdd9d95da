"""/stats and /health in the chat: for the ids in ADMIN_IDS, counts and vital signs; for
anyone else exactly what an unknown command gets, so nobody learns they exist."""

from __future__ import annotations

import logging
import re
from datetime import timedelta
from pathlib import Path

import pytest
from aiogram.exceptions import TelegramBadRequest
from aiogram.methods import SetMyCommands
from aiogram.types import BotCommandScopeChat, BotCommandScopeDefault

from bot.app import set_commands
from bot.clock import ManualClock
from bot.config import Settings
from bot.outcomes import OutcomeRepo
from flows.operator import Stats
from flows.problems import ProblemId
from flows.statistics import OutcomeRow, new_key
from flows.steps.commands.operator import duration_text, stats_text
from tests.helpers import NAME, TYPED, Talk, current, walk

pytestmark = pytest.mark.backends  # SQLite and PostgreSQL (tests/conftest.py)

ADMIN, PERSON = 4242, 1001


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(  # type: ignore[call-arg]
        _env_file=None, database_path=tmp_path / "bot.sqlite3", admin_ids=[ADMIN]
    )


async def replies(me: Talk, text: str) -> list[str]:
    before = len(me.said)
    await me.say(text)
    return me.said[before:]


async def test_an_operator_sees_the_counts(talk) -> None:
    person = talk(PERSON)
    await walk(person, ProblemId.DEFECTIVE, "item")
    admin = talk(ADMIN)
    said = await replies(admin, "/stats")
    assert len(said) == 3  # the operator's counts, the public table, the menu
    assert said[1].startswith("📊 Закрытых обращений пока нет")
    text = said[0]
    assert text.startswith("Статистика\n")
    assert (
        "1 обращение: открыто 1, решено 0, закрыто без результата 0, отозвано 0, решено судом 0."
        in text
    )
    assert "По площадкам: Ozon — 1." in text
    assert "По проблемам: 🔧 Товар с браком — 1." in text
    assert "0 документов сделано, ждут отправки в чат: 0." in text
    # the person and the operator (who met the bot with /stats: their language is stored)
    assert "2 пользователя." in text


async def test_the_counts_hold_nothing_personal(talk) -> None:
    person = talk(PERSON)
    await walk(person, ProblemId.DEFECTIVE, "full_name")
    await person.say(NAME)
    admin = talk(ADMIN, language="en")
    text = "\n".join([*await replies(admin, "/stats"), *await replies(admin, "/health")])
    assert "2 users." in text
    for secret in (str(PERSON), NAME, "Иванов", TYPED["order_number"], TYPED["item"], "Console"):
        assert secret not in text
    # only catalogue words and numbers: no number longer than a count could be
    assert not re.search(r"\d{5,}", text)


async def test_an_operator_sees_the_health(talk, clock: ManualClock, backend: str) -> None:
    person = talk(PERSON)
    await walk(person, ProblemId.DEFECTIVE, "item")
    admin = talk(ADMIN)
    said = await replies(admin, "/health")
    assert len(said) == 1
    text = said[0]
    shown = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}[backend]
    assert f"✅ База данных ({shown}) отвечает. Версия схемы:" in text
    assert "Напоминаний пора отправить: 0; из них опаздывают больше чем на 10 мин.: 0." in text
    assert "Документов, которые ждут отправки, нет." in text
    assert "Бот работает меньше минуты." in text
    assert "Отслеживание писем Почты России выключено" in text  # no RUSSIAN_POST_* here
    assert "postgresql://" not in text
    assert "sqlite3" not in text
    clock.set(clock.now() + timedelta(days=2, hours=3, seconds=59))
    assert "Бот работает 2 дня 3 часа." in (await replies(admin, "/health"))[0]


@pytest.mark.parametrize("command", ["/health"])
async def test_anyone_else_gets_what_an_unknown_command_gets(talk, command: str) -> None:
    """Two people in the same place: one types a command that does not exist, the other an
    operator's command. They hear the same, at the menu and at an open question (where a
    typed answer is taken as typed, whatever it is), and end up in the same place."""
    one, other = talk(PERSON), talk(PERSON + 1)
    for me in (one, other):
        await me.say("/start")
    assert await replies(other, command) == await replies(one, "/frobnicate")
    for me in (one, other):
        await walk(me, ProblemId.DEFECTIVE, "item")
    assert await replies(other, command) == await replies(one, "/frobnicate")
    assert await current(other) == await current(one)
    assert not any("Статистика" in line or "Состояние" in line for line in other.said)


async def test_only_the_operators_menu_lists_the_commands(talk, dp) -> None:
    me = talk(ADMIN)
    await me.say("/start")
    await set_commands(me.bot, dp)
    menus = [s.method for s in me.session.log if s.name == "SetMyCommands"]
    everyone = [m for m in menus if isinstance(m.scope, BotCommandScopeDefault)]
    operators = [m for m in menus if isinstance(m.scope, BotCommandScopeChat)]
    assert len(everyone) == len(operators) == 3  # the default language, then each language
    for menu in everyone:  # /stats is public since issue 22: the table anyone may read
        assert "health" not in {c.command for c in menu.commands}
        assert "stats" in {c.command for c in menu.commands}
    for menu in operators:
        assert menu.scope.chat_id == ADMIN
        assert {"stats", "health"} <= {c.command for c in menu.commands}
    assert {m.language_code for m in operators} == {None, "ru", "en"}


@pytest.mark.parametrize(
    ("n", "cases", "users", "days"),
    [
        (1, "1 обращение", "1 пользователь", "1 день"),
        (3, "3 обращения", "3 пользователя", "3 дня"),
        (5, "5 обращений", "5 пользователей", "5 дней"),
        (11, "11 обращений", "11 пользователей", "11 дней"),
        (21, "21 обращение", "21 пользователь", "21 день"),
        (22, "22 обращения", "22 пользователя", "22 дня"),
    ],
)
async def test_russian_counts_agree_with_their_numbers(
    dp, n: int, cases: str, users: str, days: str
) -> None:
    def t(key: str, **args: object) -> str:
        return dp["i18n_core"].get(key, "ru", **args)

    text = stats_text(t, Stats(cases_by_status={"open": n}, users=n))
    assert f"{cases}: открыто {n}," in text
    assert f"\n{users}." in text
    assert duration_text(t, timedelta(days=n)) == days


async def test_an_operator_the_bot_has_not_met_does_not_stop_the_start(dp, caplog) -> None:
    """Telegram refuses a menu for a chat the bot has never seen: logged, and the start
    goes on (the everyone's menu is set all the same)."""
    caplog.set_level(logging.INFO, logger="bot.app")
    scopes: list[object] = []

    class Refusing:
        async def set_my_commands(self, commands, scope, language_code=None) -> bool:
            scopes.append(scope)
            if isinstance(scope, BotCommandScopeChat):
                raise TelegramBadRequest(SetMyCommands(commands=commands), "chat not found")
            return True

    await set_commands(Refusing(), dp)  # type: ignore[arg-type]
    assert sum(isinstance(s, BotCommandScopeDefault) for s in scopes) == 3
    assert "has not met that chat" in caplog.text
    assert str(ADMIN) not in caplog.text


async def test_anyone_reads_the_public_table_and_nothing_of_the_operators(talk, db) -> None:
    """/stats for a person (issue 22 p. 3): the suppressed table, not the operator's counts."""
    book = OutcomeRepo(db)

    def row(marketplace: str, outcome: str, days: int, in_time: bool | None) -> OutcomeRow:
        return OutcomeRow(
            new_key(), "2026-10", "solved", marketplace, "defective", None, "refund", None,
            "claim", outcome, days, in_time, None,
        )  # fmt: skip

    for n in range(14):
        await book.record(row("ozon", "paid_full" if n < 7 else "nothing", 5 + n % 3, True))
    for _ in range(3):  # a small cell
        await book.record(row("wildberries", "paid_full", 4, None))
    me = talk(PERSON)
    await me.say("/start")
    text = (await replies(me, "/stats"))[0]
    assert text.startswith("📊 Чем заканчивались обращения пользователей этого бота")
    # Wildberries' 3 cases are hidden, and Ozon's 14 with them: the whole (17, shown) minus
    # Ozon's would give Wildberries' (complementary suppression hides the smaller)
    assert "• Wildberries: закрыто: < 11; претензия дошла до продавца: < 11" in text
    assert "• Ozon: закрыто: —; претензия дошла до продавца: —" in text
    assert "Всего. закрыто: 17; претензия дошла до продавца: 17" in text
    assert "обычно за" not in text  # the whole's median rests on 10 timed cases
    assert "Статистика\n" not in text
    assert "только обращения пользователей этого бота" in text
    en = talk(PERSON + 1, language="en")
    await en.say("/start")
    assert (await replies(en, "/stats"))[0].startswith("📊 How this bot's users' cases ended")
