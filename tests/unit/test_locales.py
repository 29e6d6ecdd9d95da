"""Every text exists in every language, with the same variables, and Fluent parses cleanly."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fluent.syntax import FluentParser, ast

from bot import LOCALES_DIR
from bot.config import SUPPORTED_LOCALES
from bot.i18n import create_core

_VAR = re.compile(r"\{\s*\$([a-z_][a-z0-9_-]*)", re.IGNORECASE)


# Documents go to Russian companies and authorities: they exist in Russian only.
DOCUMENTS = "documents"  # locales/ru/documents/*.ftl


def _messages(locale: str, *, documents: bool = False) -> dict[str, str]:
    found: dict[str, str] = {}
    parser = FluentParser()
    for path in sorted((LOCALES_DIR / locale).rglob("*.ftl")):
        if (DOCUMENTS in path.relative_to(LOCALES_DIR / locale).parts) != documents:
            continue
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                pytest.fail(f"{path}: cannot parse: {entry.content[:80]!r}")
            if isinstance(entry, ast.Message):
                key = entry.id.name
                assert key not in found, f"{path}: {key} defined twice"
                found[key] = path.read_text(encoding="utf-8")[entry.span.start : entry.span.end]
    return found


def test_locales_are_the_supported_ones() -> None:
    assert sorted(p.name for p in LOCALES_DIR.iterdir() if p.is_dir()) == sorted(SUPPORTED_LOCALES)


@pytest.mark.parametrize("locale", [loc for loc in SUPPORTED_LOCALES if loc != "ru"])
def test_every_key_in_every_locale(locale: str) -> None:
    ru, other = _messages("ru"), _messages(locale)
    assert sorted(set(ru) - set(other)) == [], f"missing in {locale}"
    assert sorted(set(other) - set(ru)) == [], f"missing in ru (present in {locale})"


# A date's format is the language's own: 01.12.2026 takes day and month numbers, 1 Dec 2026 a
# day and a month name, so these keys use different parts of the same arguments.
FORMATS = {"date-short"}


@pytest.mark.parametrize("locale", [loc for loc in SUPPORTED_LOCALES if loc != "ru"])
def test_same_variables(locale: str) -> None:
    ru, other = _messages("ru"), _messages(locale)
    for key, text in ru.items():
        if key not in FORMATS:
            assert set(_VAR.findall(text)) == set(_VAR.findall(other[key])), key


def test_files_mirror_each_other() -> None:
    names = {
        loc: sorted(p.name for p in (LOCALES_DIR / loc).glob("*.ftl")) for loc in SUPPORTED_LOCALES
    }
    assert names["ru"] == names["en"]


def test_documents_are_russian_only_and_parse() -> None:
    assert _messages("ru", documents=True)
    assert not (LOCALES_DIR / "en" / DOCUMENTS).exists()


def test_core_loads_both(tmp_path: Path) -> None:
    core = create_core("ru")
    assert core.get("menu-new", "ru") != core.get("menu-new", "en")
    # an unknown locale falls back to Russian, the default
    assert core.get("menu-new", "de") == core.get("menu-new", "ru")


def test_no_key_is_defined_twice_across_files() -> None:
    """One Fluent bundle per language holds every file: a second definition would win silently."""
    ru_ui, ru_docs = _messages("ru"), _messages("ru", documents=True)
    assert sorted(set(ru_ui) & set(ru_docs)) == []


def test_a_review_rows_name_is_its_question_id() -> None:
    """A review screen names a row `field-<question id>`, the id as the table spells it
    (`field-order_number`): a key spelled otherwise would be found by no row, and the
    mistake would show only when a journey reaches the review."""
    from flows import procedure

    questions = {
        q.id for stage in procedure.STAGES + procedure.SELLER_STAGES for q in stage.questions
    }
    for locale in SUPPORTED_LOCALES:
        stray = sorted(
            key
            for key in _messages(locale)
            if key.startswith("field-") and key.removeprefix("field-") not in questions
        )
        assert stray == [], f"{locale}: field- keys must be field-<question id>: {stray}"
