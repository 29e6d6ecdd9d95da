"""What the domain needs from the text catalogue: a message by key, in a given language.

Documents and messages to companies are always Russian (`DOCS`), whatever the interface says.
"""

from __future__ import annotations

from typing import Any, Protocol

DOCS = "ru"


class Texts(Protocol):
    def get(self, message: str, locale: str | None = None, /, **kwargs: Any) -> str: ...
