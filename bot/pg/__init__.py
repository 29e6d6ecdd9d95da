"""PostgreSQL backend (`DATABASE_URL=postgresql://…`): the same repositories and FSM contract
as SQLite, for several webhook instances on one database.

- `db.PgDatabase`: an asyncpg pool behind the small interface the repositories use
  (`transaction()`, `fetchone`, `fetchall`, `execute`), the portable SQL translated from `?`
  placeholders to `$n`; numbered migrations recorded in `schema_migrations`.
- `storage.PgStorage`: aiogram FSM storage.
- `isolation.FleetEventIsolation`: one chat's updates never run at once on two instances
  (a session advisory lock per chat, behind the in-process per-chat lock).
- `reminders`: due rows claimed with `FOR UPDATE SKIP LOCKED`, new rows announced with
  `NOTIFY`, and Telegram's limits handed out as send slots by the database for the fleet.
- `inbox`: webhook updates answered 200 once stored in a shared table, handled per chat in
  update_id order by whichever instance holds the chat, taken over when an instance dies.
- `migrate`: `python -m bot migrate-db --to postgresql://…`.
"""
