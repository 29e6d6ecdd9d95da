"""Our keyboard builder lays buttons out exactly as aiogram's builder does, without its
deep copies."""

from __future__ import annotations

import pytest
from aiogram.utils.keyboard import InlineKeyboardBuilder

from flows.steps.keyboards import Keyboard


@pytest.mark.parametrize("count", [0, 1, 2, 3, 7, 8, 9, 17])
@pytest.mark.parametrize("sizes", [(), (1,), (2,), (3, 1), (2, 2, 1), (8,), (9,), (1, 3)])
def test_the_same_rows_as_aiogram(count: int, sizes: tuple[int, ...]) -> None:
    ours, theirs = Keyboard(), InlineKeyboardBuilder()
    for i in range(count):
        ours.button(text=f"b{i}", callback_data=f"d{i}")
        theirs.button(text=f"b{i}", callback_data=f"d{i}")
    if sizes:
        ours.adjust(*sizes)
        theirs.adjust(*(min(s, 8) for s in sizes))
    assert ours.as_markup() == theirs.as_markup()


def test_a_row_of_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match="at least one"):
        Keyboard().adjust(0)
