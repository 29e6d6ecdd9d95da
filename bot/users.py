"""People: their chosen language and time zone. A profile is stored only with consent."""

from __future__ import annotations

from bot.db import Database


class UserRepo:
    def __init__(self, db: Database) -> None:
        self.db = db

    async def get_locale(self, user_id: int) -> str | None:
        row = await self.db.fetchone("SELECT locale FROM users WHERE user_id = ?", (user_id,))
        return row["locale"] if row else None

    async def set_locale(self, user_id: int, locale: str) -> None:
        await self.db.execute(
            "INSERT INTO users (user_id, locale) VALUES (?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET locale = excluded.locale",
            (user_id, locale),
        )


class People:
    """Everything kept about one person, and the one way to erase it (/delete)."""

    def __init__(self, db: Database) -> None:
        self.db = db

    async def forget(self, user_id: int, chat_id: int) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                "DELETE FROM fsm WHERE user_id IN (?, ?) OR chat_id IN (?, ?)",
                (user_id, chat_id, user_id, chat_id),
            )
            await conn.execute("DELETE FROM users WHERE user_id = ?", (user_id,))
