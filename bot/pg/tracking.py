"""Russian Post tracking for a fleet: every instance runs the tracker on the same rows.

The pick takes the least recently asked letter under `FOR UPDATE SKIP LOCKED`, so two
instances claiming at the same moment take different letters and never wait for each other;
the day's quota row is then taken in the same transaction (`used < limit`, re-checked on the
row as the other instance committed it), so together they stay within the limit. A letter
claimed by one instance is marked asked today when its transaction commits, before the post
is asked: the other instance's next pick no longer sees it.
"""

from __future__ import annotations

from bot.tracking import LetterStore


class PgLetterStore(LetterStore):
    CLAIM_SQL = (
        "UPDATE letters SET asked_before = polled_on, polled_on = ?"
        " WHERE id = (SELECT l.id FROM letters l JOIN cases c ON c.id = l.case_id"
        " WHERE l.done = 0 AND c.status = ? AND (l.polled_on IS NULL OR l.polled_on < ?)"
        " ORDER BY l.polled_on IS NOT NULL, l.polled_on, l.id LIMIT 1"
        " FOR UPDATE OF l SKIP LOCKED)"
        " AND done = 0 AND (polled_on IS NULL OR polled_on < ?)"
        " RETURNING id, case_id, chat_id, purpose, number"
    )
