"""/stats and /health: the operator's view of the running bot, in the chat; and /stats for
anyone: how this bot's users' cases ended (issue 22 p. 3).

Only the Telegram ids in `ADMIN_IDS` have /health and the operator's counts. For anyone else
that handler does not match (a filter, not a refusal), and `/stats` shows the public table,
suppressed as the CLI's (`flows/statistics.py`): an operator sees both. What is shown are
counts and vital signs (`flows/operator.py`), never a person.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import timedelta

from aiogram import Router
from aiogram.filters import Command
from aiogram.types import Message

from flows.case import Status
from flows.operator import OVERDUE_AFTER, Health, Stats
from flows.statistics import Stat, Table
from flows.steps.services import Services
from flows.steps.turn import Turn

T = Callable[..., str]
# In the operators' own command menus only (`bot/app.py`, `set_operator_commands`).
OPERATOR_COMMANDS = ("health",)  # /stats is in everyone's menu (issue 22)
BACKENDS = {"sqlite": "SQLite", "postgresql": "PostgreSQL"}
# The reminder row's states, in the order a row lives through them (`bot/reminders.py`).
REMINDER_STATES = ("pending", "sending", "sent", "failed", "cancelled", "undeliverable")


def is_operator(message: Message, services: Services) -> bool:
    return message.from_user is not None and services.operator.is_operator(message.from_user.id)


def duration_text(t: T, span: timedelta) -> str:
    """The two largest units: "2 дня 3 часа", "5 минут"; under a minute says so."""
    minutes = int(span.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    units = [(key, n) for key, n in (("op-days", days), ("op-hours", hours)) if n]
    units.append(("op-minutes", minutes))
    shown = [t(key, n=n) for key, n in units[:2] if n]
    return " ".join(shown) if shown else t("op-under-a-minute")


def _listed(t: T, counts: Mapping[str | None, int], prefix: str) -> str:
    if not counts:
        return t("op-stats-nothing")
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0] or ""))
    return ", ".join(
        f"{t(f'{prefix}-{key}') if key else t('op-stats-not-chosen')} — {n}" for key, n in ordered
    )


def stats_text(t: T, stats: Stats) -> str:
    by_status = stats.cases_by_status
    reminders = {state: stats.reminders_by_status.get(state, 0) for state in REMINDER_STATES}
    return "\n".join(
        (
            t("op-stats-title"),
            t(
                "op-stats-cases",
                total=sum(by_status.values()),
                open=by_status.get(Status.OPEN.value, 0),
                solved=by_status.get(Status.SOLVED.value, 0),
                given_up=by_status.get(Status.GIVEN_UP.value, 0),
                withdrawn=by_status.get(Status.WITHDRAWN.value, 0),
                court=by_status.get(Status.COURT.value, 0),
            ),
            t("op-stats-marketplaces", list=_listed(t, stats.cases_by_marketplace, "mp")),
            t("op-stats-problems", list=_listed(t, stats.cases_by_problem, "problem")),
            t("op-stats-documents", made=stats.documents, owed=stats.owed_documents),
            t("op-stats-reminders", **reminders),
            t("op-stats-users", users=stats.users),
        )
    )


def health_text(t: T, health: Health) -> str:
    backend = BACKENDS.get(health.backend, health.backend)
    lines = [t("op-health-title")]
    if not health.database_ok:
        lines.append(t("op-health-db-down", backend=backend))
    elif health.schema_version != health.schema_expected:
        lines.append(
            t(
                "op-health-db-behind",
                backend=backend,
                schema=health.schema_version,
                expected=health.schema_expected,
            )
        )
    else:
        lines.append(t("op-health-db-ok", backend=backend, schema=health.schema_version))
    if health.reminders_due is not None:
        lines.append(
            t(
                "op-health-reminders",
                due=health.reminders_due,
                overdue=health.reminders_overdue or 0,
                minutes=int(OVERDUE_AFTER.total_seconds() // 60),
            )
        )
    if health.database_ok and health.oldest_owed is None:
        lines.append(t("op-health-outbox-empty"))
    elif health.oldest_owed is not None:
        lines.append(t("op-health-outbox", age=duration_text(t, health.oldest_owed)))
    if health.post_limit is None:
        lines.append(t("op-health-post-off"))
    elif health.letters_followed is not None:
        lines.append(
            t(
                "op-health-post",
                letters=health.letters_followed,
                used=health.post_requests_today or 0,
                limit=health.post_limit,
            )
        )
    lines.append(t("op-health-uptime", uptime=duration_text(t, health.uptime)))
    return "\n".join(lines)


def _figures(t: T, stat: Stat) -> str:
    """One line's figures, each shown, «< 11» (a small group) or «—» (hidden only so that a
    small one cannot be computed from the rest: `Stat.linked`)."""
    return t(
        "pub-stats-figures",
        cases=_shown(stat, "cases"),
        claimed=_shown(stat, "claimed"),
        percent=_shown(stat, "met_percent"),
        days=_shown(stat, "median_days"),
        intime=_shown(stat, "in_time_percent"),
    )


def _shown(stat: Stat, name: str) -> int | str:
    value = getattr(stat, name)
    if value is not None:
        return int(value)
    return "linked" if name in stat.linked else "small"


def _line(t: T, prefix: str, label: str | None, stat: Stat) -> str:
    name = t(f"{prefix}-{label}") if label else t("op-stats-not-chosen")
    return f"• {name}: {_figures(t, stat)}"


def public_stats_text(t: T, table: Table) -> str:
    """The public table for the chat: the whole, then each marketplace and each problem as
    `overall()` shows them (suppressed there, never here). The full grid is the CLI's."""
    if not table.cells:  # no case closed yet
        return t("pub-stats-empty")
    parts = [t("pub-stats-title"), t("pub-stats-total") + " " + _figures(t, table.total)]
    by_marketplace = [_line(t, "mp", line.row, line.stat) for line in table.row_totals]
    by_problem = [_line(t, "problem", line.column, line.stat) for line in table.column_totals]
    if by_marketplace:
        parts.append(t("pub-stats-by-marketplace") + "\n" + "\n".join(by_marketplace))
    if by_problem:
        parts.append(t("pub-stats-by-problem") + "\n" + "\n".join(by_problem))
    parts.append(t("pub-stats-note"))
    return "\n\n".join(parts)


def create_router() -> Router:
    router = Router(name="operator")

    @router.message(Command("stats"))
    async def on_stats(message: Message, turn: Turn) -> None:
        if is_operator(message, turn.services):
            await turn.say(stats_text(turn.t, await turn.services.operator.stats()))
        await turn.say(public_stats_text(turn.t, await turn.services.outcomes.overall()))
        await turn.services.questions.ask_current(turn)

    @router.message(Command("health"), is_operator)
    async def on_health(message: Message, turn: Turn) -> None:
        await turn.say(health_text(turn.t, await turn.services.operator.health()))

    return router
