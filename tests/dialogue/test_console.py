"""The console's `/clock` command in the in-process bot (the console itself, run as a
process, is `tests/system/test_console.py`)."""

from __future__ import annotations

from flows.problems import ProblemId
from tests.helpers import walk


async def test_clock_far_beyond_the_calendar_is_refused_not_a_crash(talk) -> None:
    me = talk()
    await me.say("/start")
    await me.say("/clock +55555555d")
    await me.say("/clock +99999999999h")
    output = me.output.getvalue()
    assert "(console) clock:" in output
    assert "beyond the calendar" in output
    await me.say("/help")  # still alive
    assert "Traceback" not in output


async def test_clock_that_fires_nothing_says_so_and_when_the_next_is_due(talk) -> None:
    me = talk()
    await me.say("/start")
    await me.say("/clock +1d")
    assert "Ничего не пришло: напоминаний не запланировано." in me.output.getvalue()
    await walk(me, ProblemId.DEFECTIVE, "support_outcome")
    await me.choose("waiting")  # support follow-up in 3 days
    await me.say("/clock +1h")
    assert "Ничего не пришло. Следующее напоминание — " in me.output.getvalue()
    assert "25.11.2026" in me.output.getvalue().rsplit("Следующее", 1)[1]
