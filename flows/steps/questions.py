"""Which question is open, and how to ask it again.

Every step registers an asker for each of its states. The same asker serves the first time a
question is put, a wrong answer ("here is what I expect — and the question again"), a stale
button, /help, a language switch and a restart: one place decides what the person sees.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from flows.steps import exits
from flows.steps.turn import Turn

Asker = Callable[[Turn], Awaitable[None]]


class Questions:
    def __init__(self) -> None:
        self._askers: dict[str, Asker] = {}

    def register(self, state_name: str, asker: Asker) -> None:
        if state_name in self._askers:
            raise ValueError(f"{state_name} already has an asker")
        self._askers[state_name] = asker

    async def ask_current(self, turn: Turn) -> None:
        """Put the open question again, or show the menu when none is open."""
        name = await turn.state.get_state()
        asker = self._askers.get(name) if name else None
        if asker is None:
            # No question open, or a state from an older version of the bot: nothing to
            # resume at; the chat keeps its current case.
            await exits.to_menu(turn)
            return
        await asker(turn)
