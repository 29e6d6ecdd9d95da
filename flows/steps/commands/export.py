"""/export: one ZIP of a case for a lawyer or a consumer organisation (issue 20 p. 5)."""

from __future__ import annotations

from typing import Literal

from aiogram import Router
from aiogram.filters.callback_data import CallbackData

from flows.steps.callbacks import RowId


class ExportCb(CallbackData, prefix="x"):
    """The export button in a case's card (`commands/cases.py`)."""

    a: Literal["zip"] = "zip"
    id: RowId = 0


def create_router() -> Router:
    return Router(name="export")
