"""Types for callback-data fields, with bounds.

Callback data comes back from the person's client and can be forged or corrupted. Each field
is declared with its type and range here, so aiogram's `CallbackData.filter()` rejects what
does not fit (a 40-digit id would overflow SQLite; an unknown word would raise deep in a
handler) and the fallback router answers "this button is out of date" with the current step.
"""

from __future__ import annotations

from typing import Annotated

from pydantic import Field

MAX_ID = 2**63 - 1  # SQLite's largest integer

# A row id from our database (a case): positive, within SQLite's integers. 0 = none.
RowId = Annotated[int, Field(ge=0, le=MAX_ID)]
# A small index into one of our lists (time zones).
Index = Annotated[int, Field(ge=0, le=999)]
# An identifier we wrote ourselves: a question id, a value key.
Word = Annotated[str, Field(max_length=64, pattern=r"^[A-Za-z0-9_.\-]*$")]
