"""The house's rules for leaving a conversation and for the chat's memory, checked in the
source: one module ends a conversation (`flows/steps/exits.py`), one module reads and writes
the chat's FSM data (`flows/steps/memory.py`). A new step that writes `set_state(None)` or a
bare `update_data(...)` key fails here, with the line to change."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
DIALOGUE = sorted((ROOT / "flows" / "steps").rglob("*.py"))

# FSM data calls: only the memory module makes them.
DATA_CALLS = {"get_data", "set_data", "update_data", "get_value"}


def _calls(path: Path) -> list[tuple[str, ast.Call]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            found.append((node.func.attr, node))
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            found.append((node.func.id, node))
    return found


def _where(path: Path, node: ast.AST) -> str:
    return f"{path.relative_to(ROOT)}:{getattr(node, 'lineno', '?')}"


def test_only_the_memory_module_touches_the_chats_fsm_data() -> None:
    offenders = [
        _where(path, node)
        for path in DIALOGUE
        if path.name != "memory.py"
        for name, node in _calls(path)
        if name in DATA_CALLS
    ]
    assert offenders == [], "use flows/steps/memory.py's Memory instead: " + ", ".join(offenders)


def test_only_the_exits_module_closes_a_question_or_shows_the_menu() -> None:
    offenders = []
    for path in DIALOGUE:
        if path.name in {"exits.py", "menu.py"}:
            continue
        for name, node in _calls(path):
            closes = (
                name == "set_state"
                and len(node.args) == 1
                and isinstance(node.args[0], ast.Constant)
                and node.args[0].value is None
            )
            if closes or name == "show_menu":
                offenders.append(_where(path, node))
    assert offenders == [], "leave through flows/steps/exits.py: " + ", ".join(offenders)


@pytest.mark.parametrize("path", DIALOGUE, ids=lambda p: str(p.relative_to(ROOT)))
def test_no_bare_bookmark_key_in_the_dialogue(path: Path) -> None:
    """The bookmarks' names are `ChatMemory`'s fields; outside memory.py none is spelled as
    a string (a typo there would be a silent, empty bookmark)."""
    if path.name == "memory.py":
        return
    from typing import get_type_hints

    from flows.steps.memory import ChatMemory

    keys = set(get_type_hints(ChatMemory))
    tree = ast.parse(path.read_text(encoding="utf-8"))
    spelled = [
        _where(path, node)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and node.value in keys
    ]
    assert spelled == []
