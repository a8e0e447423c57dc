"""Review annotations follow edits of the target: stored spans are moved through the edit in
the transaction that writes the new target (see :class:`editor.core.spans.TextEdit`)."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from editor.core.model import Segment
from editor.core.spans import TextEdit, follow_span


def follow_edits(conn: sqlite3.Connection, segments: Sequence[Segment]) -> None:
    """Move the target-side review annotations of the segments from their stored target to
    the new one: a reviewer's span keeps marking the same words, a span whose words were
    deleted stays (empty) where they were. Runs before the targets are written."""
    any_target = "SELECT EXISTS (SELECT 1 FROM review_annotations WHERE side = 'target')"
    if not conn.execute(any_target).fetchone()[0]:
        return
    moves: list[tuple[int, int, int]] = []
    for segment in segments:
        rows = conn.execute(
            "SELECT id, start, end FROM review_annotations WHERE segment_id = ? AND side = 'target'",
            (segment.id,),
        ).fetchall()
        if not rows:
            continue
        stored = conn.execute(
            "SELECT COALESCE(target, mt) FROM segments WHERE id = ?", (segment.id,)
        ).fetchone()
        if stored is None or stored[0] == segment.target:
            continue
        edit = TextEdit.between(stored[0], segment.target)
        for ident, start, end in rows:
            new_start, new_end = follow_span(edit, start, end, len(stored[0]), len(segment.target))
            if (new_start, new_end) != (start, end):
                moves.append((new_start, new_end, ident))
    conn.executemany("UPDATE review_annotations SET start = ?, end = ? WHERE id = ?", moves)
