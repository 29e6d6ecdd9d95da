"""Settings come from the environment and `.env`, so one image runs anywhere.

The token is a `SecretStr`: it never shows up in a repr, a log line or a traceback.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from aiogram.utils.token import TokenValidationError, validate_token
from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

SUPPORTED_LOCALES = ("ru", "en")


class ConfigError(Exception):
    """A setting is missing or wrong; the message is one line meant for the operator."""


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    bot_token: SecretStr | None = None

    @field_validator(
        "bot_token",
        "database_password",
        "russian_post_login",
        "russian_post_password",
        mode="before",
    )
    @classmethod
    def _blank_token_is_none(cls, value: object) -> object:
        """`BOT_TOKEN=` left empty (as `.env.example` has it) means no token: the console
        (and an empty `DATABASE_PASSWORD=`, none; an empty Russian Post login, no tracking)."""
        return None if isinstance(value, str) and not value.strip() else value

    database_path: Path = Path("./data/claimbot.sqlite3")
    # Unset or sqlite:///path: SQLite (DATABASE_PATH when unset); postgresql://…: PostgreSQL,
    # for several webhook instances on one database (`bot/backend.py`).
    database_url: SecretStr | None = None
    # PostgreSQL's password on its own, used instead of the URL's: any characters, no
    # percent-encoding (compose passes POSTGRES_PASSWORD this way).
    database_password: SecretStr | None = None
    database_pool: int = Field(default=10, ge=1, le=1000)  # PostgreSQL connections for queries
    database_locks: int = Field(default=20, ge=1, le=1000)  # … for per-chat advisory locks
    default_locale: str = "ru"
    timezone: str = "Europe/Moscow"
    admin_ids: Annotated[list[int], NoDecode] = Field(default_factory=list)
    webhook_url: str | None = None
    webhook_path: str = "/telegram"
    webhook_secret: SecretStr | None = None
    webhook_host: str = "0.0.0.0"
    webhook_port: int = 8080
    telegram_api_url: str | None = None
    log_level: str = "INFO"
    # Stopping: how long updates already accepted may take to finish before they are cut off.
    shutdown_timeout: float = Field(default=8.0, ge=0, le=600)
    # Starting: how many times to try reaching Telegram, and PostgreSQL, before exiting
    # non-zero (bot/backend.py).
    startup_attempts: int = Field(default=8, ge=1, le=1000)
    # Russian Post tracking (issue 21, `bot/tracking.py`): on only when both are set. The
    # login and password of the tracking API (https://tracking.pochta.ru/specification),
    # secrets like the token: never in a repr, a log line or a traceback.
    russian_post_login: SecretStr | None = None
    russian_post_password: SecretStr | None = None
    russian_post_url: str = "https://tracking.russianpost.ru/rtm34"
    # Requests a day, all instances together; the free quota is 100. The day is Moscow's.
    russian_post_daily_limit: int = Field(default=100, ge=1, le=1_000_000)
    # Retention (issue 22 p. 5, `flows/retention.py`): a closed case is erased this many days
    # after it closed (warned 3 days before); an open case untouched this many days is asked
    # whether it is still needed.
    retention_days: int = Field(default=30, ge=4, le=3650)
    stale_days: int = Field(default=180, ge=1, le=3650)

    @field_validator("database_url")
    @classmethod
    def _known_database(cls, value: SecretStr | None) -> SecretStr | None:
        text = value.get_secret_value().strip() if value is not None else ""
        if not text:
            return None
        if not text.startswith(("sqlite:///", "postgresql://", "postgres://")):
            raise ValueError("must start with sqlite:/// or postgresql://")
        return value

    @field_validator("admin_ids", mode="before")
    @classmethod
    def _split_ids(cls, value: object) -> object:
        """`ADMIN_IDS=1, 2;3` (commas, semicolons or spaces; `[1, 2]` too): the operators of
        /stats and /health. A typo must stop the start, not quietly leave nobody in charge."""
        if isinstance(value, str):
            parts = [p for p in re.split(r"[,;\s]+", value.strip().strip("[]")) if p]
            for part in parts:
                if not (part.isascii() and part.isdigit()):
                    raise ValueError(
                        f"must be Telegram user ids (whole numbers) separated by commas; "
                        f"{part[:20]!r} is not one"
                    )
            return [int(part) for part in parts]
        if isinstance(value, int):
            return [value]
        return value

    @field_validator("admin_ids")
    @classmethod
    def _user_ids(cls, value: list[int]) -> list[int]:
        if any(user_id <= 0 for user_id in value):
            raise ValueError("must be Telegram user ids, which are positive (a group's is not)")
        return value

    @field_validator("default_locale")
    @classmethod
    def _known_locale(cls, value: str) -> str:
        if value not in SUPPORTED_LOCALES:
            raise ValueError(f"must be one of {', '.join(SUPPORTED_LOCALES)}")
        return value

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError("is not an IANA time zone such as Europe/Moscow") from exc
        return value

    @field_validator("log_level")
    @classmethod
    def _known_level(cls, value: str) -> str:
        value = value.upper()
        if value not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return value

    @property
    def tracking_enabled(self) -> bool:
        """Russian Post tracking is on: the operator gave both the login and the password."""
        return self.russian_post_login is not None and self.russian_post_password is not None

    def token(self) -> str:
        """The token, checked; `ConfigError` with a one-line reason otherwise."""
        if self.bot_token is None or not self.bot_token.get_secret_value().strip():
            raise ConfigError(
                "BOT_TOKEN is not set: get one from @BotFather and put it in .env "
                "(or run `python -m bot console` to try the bot without Telegram)"
            )
        token = self.bot_token.get_secret_value().strip()
        try:
            validate_token(token)
        except TokenValidationError:
            raise ConfigError(
                "BOT_TOKEN is malformed: it should look like 123456789:AA... as @BotFather gives it"
            ) from None
        return token

    def secret(self) -> str:
        if self.webhook_secret is None or not self.webhook_secret.get_secret_value():
            raise ConfigError(
                "WEBHOOK_SECRET is not set: webhook mode refuses to start without a secret token"
            )
        secret = self.webhook_secret.get_secret_value()
        if not all(ch.isalnum() or ch in "_-" for ch in secret) or not 1 <= len(secret) <= 256:
            raise ConfigError("WEBHOOK_SECRET may hold only A-Z, a-z, 0-9, _ and -, 1-256 chars")
        return secret


def load_settings(**overrides: object) -> Settings:
    """Build settings; a validation error becomes a `ConfigError` with one line per field."""
    from pydantic import ValidationError

    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as exc:
        parts = []
        for err in exc.errors():
            field = ".".join(str(p) for p in err["loc"]).upper() or "settings"
            parts.append(f"{field} {err['msg'].removeprefix('Value error, ')}")
        raise ConfigError("; ".join(parts)) from None
