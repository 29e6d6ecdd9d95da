"""Texts in Fluent files under `locales/`; each person's language is remembered in `users`.

Russian is the default. A person whose Telegram speaks English gets English: the language
detected at first contact is stored, and every later message, reminders included, uses it
until they pick another with /language.
"""

from __future__ import annotations

from pathlib import Path

from aiogram.types import Chat, User
from aiogram_i18n import I18nMiddleware
from aiogram_i18n.cores import FluentRuntimeCore
from aiogram_i18n.managers import BaseManager

from bot import LOCALES_DIR
from bot.config import SUPPORTED_LOCALES
from bot.users import UserRepo
from flows.ports import Prefetched


def guess_locale(language_code: str | None, default: str) -> str:
    """Telegram's `language_code` -> one of ours ("en-GB" -> "en"); unknown -> default."""
    if language_code:
        base = language_code.split("-")[0].lower()
        if base in SUPPORTED_LOCALES:
            return base
    return default


class UserLocaleManager(BaseManager):
    async def get_locale(
        self,
        event_from_user: User | None = None,
        users: UserRepo | None = None,
        event_chat: Chat | None = None,
        prefetched: Prefetched | None = None,
    ) -> str:
        """The stored language (read with the person's row, `bot/prefetch.py`), else the one
        Telegram reports, remembered at first contact."""
        default = self.default_locale or "ru"
        if event_from_user is None:
            return default
        detected = guess_locale(event_from_user.language_code, default)
        if users is not None and prefetched is not None:
            if prefetched.locale in SUPPORTED_LOCALES:
                return prefetched.locale
            # First contact in a private chat: remember the language Telegram told us, so
            # everything said later without an update to read it from (reminders) speaks it.
            # People the bot only meets in groups are not recorded.
            if event_chat is not None and event_chat.type == "private":
                await users.set_locale(event_from_user.id, detected)
        return detected

    async def set_locale(
        self, locale: str, event_from_user: User | None = None, users: UserRepo | None = None
    ) -> None:
        if event_from_user is not None and users is not None:
            await users.set_locale(event_from_user.id, locale)


def create_core(default_locale: str, path: Path = LOCALES_DIR) -> FluentRuntimeCore:
    """A Fluent core with its bundles loaded now, so texts work outside updates too."""
    core = FluentRuntimeCore(path=path / "{locale}", default_locale=default_locale)
    core.locales.update(core.find_locales())
    return core


def create_i18n(default_locale: str) -> I18nMiddleware:
    return I18nMiddleware(
        core=create_core(default_locale),
        manager=UserLocaleManager(default_locale=default_locale),
        default_locale=default_locale,
    )
