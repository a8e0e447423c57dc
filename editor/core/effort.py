"""Post-editing effort per segment: active time, visits and keystrokes (after PET), stored in
the project, and the document report (seconds per word with MateCat's outlier rule)."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from enum import Enum

from editor.core.model import Document, SegmentStatus
from editor.core.store import ProjectStore

IDLE_SECONDS = 30.0  # a pause longer than this is not editing time
# MateCat leaves out segments faster than 0.5 s or slower than 25 s per word as outliers.
MIN_SECONDS_PER_WORD = 0.5
MAX_SECONDS_PER_WORD = 25.0


class Key(Enum):
    """What a key press did."""

    INSERTION = "insertions"
    DELETION = "deletions"
    NAVIGATION = "navigation"
    CONTROL = "control"


@dataclass
class EffortLog:
    """One segment's effort so far."""

    segment_id: int
    seconds: float = 0.0
    visits: int = 0
    keystrokes: int = 0
    insertions: int = 0
    deletions: int = 0
    navigation: int = 0
    control: int = 0


class EffortRecorder:
    """Counts time and keys for the segment being edited; the clock is injectable for tests.

    Active time is the time between the visit's start and each input, and between inputs,
    each gap counted only up to ``idle`` seconds: a pause to fetch coffee is not editing.
    """

    def __init__(self, clock: Callable[[], float] = time.monotonic, idle: float = IDLE_SECONDS) -> None:
        self.clock = clock
        self.idle = idle
        self.logs: dict[int, EffortLog] = {}
        self.current: int | None = None
        self._last = 0.0
        self.dirty: set[int] = set()

    def log(self, segment_id: int) -> EffortLog:
        return self.logs.setdefault(segment_id, EffortLog(segment_id))

    def enter(self, segment_id: int) -> None:
        self.leave()
        self.current = segment_id
        self._last = self.clock()
        self.log(segment_id).visits += 1
        self.dirty.add(segment_id)

    def leave(self) -> None:
        if self.current is not None:
            self._tick()
            self.current = None

    def key(self, kind: Key) -> None:
        if self.current is None:
            return
        self._tick()
        log = self.log(self.current)
        log.keystrokes += 1
        setattr(log, kind.value, getattr(log, kind.value) + 1)
        self.dirty.add(self.current)

    def take_dirty(self) -> list[EffortLog]:
        """The logs changed since the last call (to be saved)."""
        logs = [self.logs[i] for i in sorted(self.dirty) if i in self.logs]
        self.dirty.clear()
        return logs

    def _tick(self) -> None:
        now = self.clock()
        gap = now - self._last
        self._last = now
        if self.current is not None and 0 < gap <= self.idle:
            self.log(self.current).seconds += gap
            self.dirty.add(self.current)


_COLUMNS = [f.name for f in fields(EffortLog)]


def load_logs(store: ProjectStore) -> dict[int, EffortLog]:
    rows = store.connection.execute(
        "SELECT segment_id, seconds, visits, keystrokes, insertions, deletions, navigation, control "
        "FROM effort"
    )
    return {row[0]: EffortLog(*row) for row in rows}


def save_logs(store: ProjectStore, logs: Iterable[EffortLog]) -> None:
    """Write logs in one transaction (called with the segment saves)."""
    rows = [tuple(getattr(log, name) for name in _COLUMNS) for log in logs]
    if not rows:
        return
    with store.transaction() as conn:
        conn.executemany(
            f"INSERT OR REPLACE INTO effort ({', '.join(_COLUMNS)}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows
        )


@dataclass(frozen=True)
class EffortReport:
    seconds: float
    seconds_per_word: float | None
    words_counted: int
    segments_counted: int
    outliers_left_out: int
    keystrokes: int
    keystrokes_per_edited_char: float | None
    unchanged_segments: int
    accepted_as_is: int

    def as_dict(self) -> dict[str, object]:
        return {k.name: getattr(self, k.name) for k in fields(self)}


def report(
    document: Document, logs: dict[int, EffortLog], edited_chars: Callable[[int], int]
) -> EffortReport:
    """The document's effort; ``edited_chars(segment_id)`` gives the segment's MT->final distance."""
    seconds = words = counted = outliers = keys = chars = 0.0
    for segment in document:
        log = logs.get(segment.id)
        if log is None or log.seconds <= 0:
            continue
        source_words = len(segment.source.split())
        rate = log.seconds / source_words if source_words else None
        if rate is None or not MIN_SECONDS_PER_WORD <= rate <= MAX_SECONDS_PER_WORD:
            outliers += 1
        else:
            seconds += log.seconds
            words += source_words
            counted += 1
        keys += log.keystrokes
        chars += edited_chars(segment.id) if segment.edited else 0
    visited = [s for s in document if s.id in logs and logs[s.id].visits]
    return EffortReport(
        seconds=round(sum(log.seconds for log in logs.values()), 2),
        seconds_per_word=round(seconds / words, 3) if words else None,
        words_counted=int(words),
        segments_counted=int(counted),
        outliers_left_out=int(outliers),
        keystrokes=int(keys),
        keystrokes_per_edited_char=round(keys / chars, 3) if chars else None,
        unchanged_segments=sum(1 for s in visited if not s.edited),
        accepted_as_is=sum(1 for s in visited if not s.edited and s.status is SegmentStatus.CONFIRMED),
    )
