"""People: their chosen language and time zone. A profile is stored only with consent."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from datetime import datetime

from bot.db import Sql


class UserRepo:
    def __init__(self, db: Sql) -> None:
        self.db = db

    async def get_locale(self, user_id: int) -> str | None:
        row = await self.db.fetchone("SELECT locale FROM users WHERE user_id = ?", (user_id,))
        return row["locale"] if row else None

    async def get_timezone(self, user_id: int) -> str | None:
        row = await self.db.fetchone("SELECT timezone FROM users WHERE user_id = ?", (user_id,))
        return row["timezone"] if row else None

    async def source(self, user_id: int) -> str | None:
        row = await self.db.fetchone("SELECT source FROM users WHERE user_id = ?", (user_id,))
        return row["source"] if row else None

    async def first_contact(self, user_id: int, source: str | None) -> None:
        """Called only at the person's first contact (`Turn.newcomer`), after the language
        middleware may have made their row in the same update: a tag already stored stays."""
        await self.db.execute(
            "INSERT INTO users (user_id, source) VALUES (?, ?) ON CONFLICT (user_id)"
            " DO UPDATE SET source = COALESCE(users.source, excluded.source)",
            (user_id, source),
        )

    async def set_timezone(self, user_id: int, zone: str) -> None:
        await self.db.execute(
            "INSERT INTO users (user_id, timezone) VALUES (?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET timezone = excluded.timezone",
            (user_id, zone),
        )

    async def set_locale(self, user_id: int, locale: str) -> None:
        await self.db.execute(
            "INSERT INTO users (user_id, locale) VALUES (?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET locale = excluded.locale",
            (user_id, locale),
        )


Forgetter = Callable[[int, int], Awaitable[None]]
# (owner id, case id, the Telegram file ids the case held): whatever keeps a case's files
CaseForgetter = Callable[[int, int, list[str]], Awaitable[None]]

_FSM_KEY = "bot_id, chat_id, user_id, thread_id, business_connection_id, destiny"


class People:
    """Everything kept about one person, and the one way to erase it (/delete).

    Erasure is complete: the rows go (secure_delete zeroes them), the WAL is checkpointed and
    truncated, and whatever else holds the person's bytes (the console's saved documents)
    registers a forgetter in `on_forget`."""

    def __init__(self, db: Sql) -> None:
        self.db = db
        self.on_forget: list[Forgetter] = []
        self.on_forget_case: list[CaseForgetter] = []

    async def forget(self, user_id: int, chat_id: int) -> None:
        async with self.db.transaction() as conn:
            await conn.execute(
                "DELETE FROM fsm WHERE user_id IN (?, ?) OR chat_id IN (?, ?)",
                (user_id, chat_id, user_id, chat_id),
            )
            await conn.execute("DELETE FROM users WHERE user_id = ?", (user_id,))
            # evidence, events, documents and letters go with their cases (ON DELETE CASCADE)
            await conn.execute("DELETE FROM cases WHERE owner_id = ?", (user_id,))
            await conn.execute("DELETE FROM reminders WHERE chat_id IN (?, ?)", (user_id, chat_id))
            # followed letters name their chat as reminders do: gone by it too
            await conn.execute("DELETE FROM letters WHERE chat_id IN (?, ?)", (user_id, chat_id))
        await self.db.erase_traces()
        for forgetter in self.on_forget:
            await forgetter(user_id, chat_id)

    async def forget_case(self, case_id: int, owner_id: int) -> bool:
        """One case erased the way /delete erases a person (retention, issue 22 p. 5): its row
        and, by ON DELETE CASCADE, its evidence, events, documents, reminders, outbox and
        letters; a chat whose memory points at it forgets it (its answer in progress with it);
        the freed bytes are zeroed and the WAL truncated; the case's files go from whatever
        keeps them (`on_forget_case`). The person's own row (language, a profile kept with
        consent) and the case's anonymised outcome row stay. False: it was not there."""
        files = await self._files_of(case_id)
        async with self.db.transaction() as conn:
            cursor = await conn.execute(
                "DELETE FROM cases WHERE id = ? AND owner_id = ?", (case_id, owner_id)
            )
            gone = cursor.rowcount == 1
            for key in await self._memories_of(case_id, owner_id):
                await conn.execute(
                    "DELETE FROM fsm WHERE bot_id = ? AND chat_id = ? AND user_id = ?"
                    " AND thread_id = ? AND business_connection_id = ? AND destiny = ?",
                    key,
                )
        await self.db.erase_traces()
        for forgetter in self.on_forget_case:
            await forgetter(owner_id, case_id, files)
        return gone

    async def _files_of(self, case_id: int) -> list[str]:
        rows = await self.db.fetchall(
            "SELECT file_id AS f FROM evidence WHERE case_id = ?"
            " UNION SELECT docx_file_id FROM documents WHERE case_id = ?"
            " UNION SELECT pdf_file_id FROM documents WHERE case_id = ?"
            " UNION SELECT docx_file_id FROM outbox WHERE case_id = ?"
            " UNION SELECT pdf_file_id FROM outbox WHERE case_id = ?",
            (case_id,) * 5,
        )
        return sorted(r[0] for r in rows if r[0])

    async def _memories_of(self, case_id: int, owner_id: int) -> list[tuple]:
        """The FSM rows of the owner's chat whose current case is this one (a private chat's
        id is its person's): read in Python, so the SQL stays the same on both databases."""
        rows = await self.db.fetchall(
            f"SELECT {_FSM_KEY}, data FROM fsm WHERE chat_id = ? OR user_id = ?",
            (owner_id, owner_id),
        )
        out = []
        for row in rows:
            try:
                data = json.loads(row["data"] or "{}")
            except ValueError:
                continue
            if isinstance(data, dict) and data.get("case_id") == case_id:
                out.append(tuple(row[i] for i in range(6)))
        return out


class ProfileRepo:
    """A person's name, address, phone and e-mail, kept for next time only with consent."""

    def __init__(self, db: Sql) -> None:
        self.db = db

    async def get(self, user_id: int) -> dict | None:
        row = await self.db.fetchone(
            "SELECT profile FROM users WHERE user_id = ? AND consent_at IS NOT NULL", (user_id,)
        )
        return json.loads(row["profile"]) if row and row["profile"] else None

    async def save(self, user_id: int, profile: dict, consent_at: datetime) -> None:
        await self.db.execute(
            "INSERT INTO users (user_id, profile, consent_at) VALUES (?, ?, ?)"
            " ON CONFLICT (user_id) DO UPDATE SET profile = excluded.profile,"
            " consent_at = excluded.consent_at",
            (user_id, json.dumps(profile, ensure_ascii=False), consent_at.isoformat()),
        )
