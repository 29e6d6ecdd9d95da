"""The engine every stage runs on: `specs` (what a question is, its outcomes), `engine`
(asking, storing, moving along `flows/procedure.py`), `handlers` and `router` (the updates
that reach an open question), `fields` (ready-made kinds of question: dates, texts, yes/no)."""

from __future__ import annotations

from flows.steps.engine.engine import Engine, close_case, current, engine_of, today_for
from flows.steps.engine.specs import (
    AnswerCb,
    Ctx,
    Form,
    Goto,
    Leave,
    NavCb,
    Option,
    Outcome,
    Quiet,
    Spec,
    Stay,
    qid_of,
    state_of,
    yesterday,
)

__all__ = [
    "AnswerCb",
    "Ctx",
    "Engine",
    "Form",
    "Goto",
    "Leave",
    "NavCb",
    "Option",
    "Outcome",
    "Quiet",
    "Spec",
    "Stay",
    "close_case",
    "current",
    "engine_of",
    "qid_of",
    "state_of",
    "today_for",
    "yesterday",
]
