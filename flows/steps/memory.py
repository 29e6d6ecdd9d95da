"""The chat's memory between updates, beside its FSM state: which case is current, and the
few bookmarks the dialogue keeps while a question is open.

The case itself lives in `cases`; the chat remembers only a pointer to it and where it is in
the conversation. One typed shape (`ChatMemory`) and one accessor (`Memory`): no module
writes a bare key, and mypy checks every field and value.
"""

from __future__ import annotations

from typing import Literal, NamedTuple, TypedDict, cast

from aiogram.fsm.context import FSMContext

EvidenceMode = Literal["warn", "manage"]  # the evidence question's sub-screens


class ChatMemory(TypedDict, total=False):
    """The FSM data of a chat, as stored (JSON)."""

    case_id: int  # the chat's current case
    return_to: str | None  # come back to this question after answering (an edit from a review)
    ev_mode: EvidenceMode | None  # the evidence question: the why-gather warning, removing files
    last: list[int | str] | None  # [message id, question] of the last typed answer taken
    tz_wait: bool | None  # /timezone was asked without a place: the next text may be a city


class LastAnswer(NamedTuple):
    message_id: int
    question: str


class Memory:
    """Typed reads and writes of one chat's `ChatMemory` through its FSM context."""

    def __init__(self, state: FSMContext) -> None:
        self.state = state

    async def _read(self) -> ChatMemory:
        return cast(ChatMemory, await self.state.get_data())

    async def _write(self, patch: ChatMemory) -> None:
        await self.state.update_data(dict(patch))

    # -- the current case ---------------------------------------------------------------

    async def case_id(self) -> int | None:
        value = (await self._read()).get("case_id")
        return int(value) if value is not None else None

    async def start(self, case_id: int) -> None:
        """`case_id` becomes the chat's current case; every bookmark of the last one goes."""
        fresh: ChatMemory = {"case_id": case_id}
        await self.state.set_data(dict(fresh))

    async def forget(self) -> None:
        """No current case, no bookmark (the case was closed from the list)."""
        await self.state.set_data({})

    async def keep_case_only(self) -> None:
        """The conversation left: the bookmarks of its open question go, the current case
        stays (so «Продолжить» in the menu brings the person back)."""
        data = await self._read()
        kept: ChatMemory = {"case_id": data["case_id"]} if "case_id" in data else {}
        if dict(kept) != dict(data):
            await self.state.set_data(dict(kept))

    # -- the bookmarks of an open question ------------------------------------------------

    async def return_to(self) -> str | None:
        return (await self._read()).get("return_to")

    async def set_return_to(self, question: str | None) -> None:
        await self._write({"return_to": question})

    async def evidence_mode(self) -> EvidenceMode | None:
        return (await self._read()).get("ev_mode")

    async def set_evidence_mode(self, mode: EvidenceMode | None) -> None:
        await self._write({"ev_mode": mode})

    async def last_answer(self) -> LastAnswer | None:
        last = (await self._read()).get("last")
        if not last or len(last) != 2:
            return None
        return LastAnswer(int(last[0]), str(last[1]))

    async def set_last_answer(self, message_id: int, question: str) -> None:
        await self._write({"last": [message_id, question]})

    async def waiting_for_place(self) -> bool:
        return bool((await self._read()).get("tz_wait"))

    async def set_waiting_for_place(self, waiting: bool) -> None:
        await self._write({"tz_wait": True if waiting else None})
