"""The document model: aligned segments and what is needed to rebuild the original files."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import Enum
from typing import NamedTuple


class SegmentStatus(Enum):
    """Where a segment stands in the post-editing workflow."""

    NEW = "new"  # the MT as imported, nobody touched it
    DRAFT = "draft"  # edited, not yet confirmed
    CONFIRMED = "confirmed"  # the translator confirmed it
    REVIEWED = "reviewed"  # a reviewer signed it off

    @property
    def label(self) -> str:
        return self.value.capitalize()


class Origin(NamedTuple):
    """Where a piece of text sits in its file: 1-based lines, 0-based code-point columns.

    A named tuple rather than a dataclass: a big project builds two per segment on opening.
    """

    line: int
    col: int
    end_line: int
    end_col: int

    def as_dict(self) -> dict[str, int]:
        return {"line": self.line, "col": self.col, "end_line": self.end_line, "end_col": self.end_col}


@dataclass(frozen=True, slots=True)
class Segment:
    """One aligned unit: source sentence(s), the MT as imported, and the current target.

    ``mt`` never changes after import; ``target`` is what the translator made of it.
    ``target_par`` and ``gap`` place the target back into the target file: the index of the
    file paragraph it belongs to and the exact whitespace that followed it there.
    """

    id: int
    paragraph: int
    source: str
    mt: str
    target: str
    status: SegmentStatus = SegmentStatus.NEW
    kind: str = "1-1"
    score: float = 1.0
    source_origin: Origin | None = None
    target_origin: Origin | None = None
    target_par: int | None = None
    gap: str = ""
    key: str | None = None
    note: str = ""

    @property
    def edited(self) -> bool:
        return self.target != self.mt

    def with_target(self, target: str, status: SegmentStatus | None = None) -> Segment:
        """A copy with a new target; status becomes DRAFT unless given."""
        if status is None:
            status = SegmentStatus.DRAFT if target != self.target else self.status
        return replace(self, target=target, status=status)

    def with_status(self, status: SegmentStatus) -> Segment:
        return replace(self, status=status)

    def __reduce__(self) -> tuple[type[Segment], tuple[object, ...]]:
        """Pickled as the arguments of ``__init__``, in field order. The ``__setstate__`` that
        ``dataclass(slots=True)`` generates looks the fields up again for every object, which
        made unpickling a document (the window's check workers receive one) ~10x slower."""
        return (
            Segment,
            (
                self.id,
                self.paragraph,
                self.source,
                self.mt,
                self.target,
                self.status,
                self.kind,
                self.score,
                self.source_origin,
                self.target_origin,
                self.target_par,
                self.gap,
                self.key,
                self.note,
            ),
        )


@dataclass(frozen=True, slots=True)
class TextLayout:
    """How a plain-text file was laid out, so the article can be rebuilt byte for byte.

    ``leads[i]`` is the whitespace before paragraph i's first sentence; ``separators[i]`` the
    exact text (line breaks, blank lines) after paragraph i; ``head`` precedes paragraph 0.
    """

    head: str
    leads: tuple[str, ...]
    separators: tuple[str, ...]
    encoding: str = "utf-8"
    bom: bool = False
    newline: str = "\n"

    @property
    def paragraph_count(self) -> int:
        return len(self.leads)


Observer = Callable[["Segment", "Segment"], None]


@dataclass(eq=False)
class Document:
    """An ordered collection of segments with a language pair; notifies observers of edits.

    Segments are immutable values; an edit replaces one and tells every observer
    ``(old, new)``. Lookup by id is O(1).
    """

    source_lang: str
    target_lang: str
    segments: list[Segment]
    source_name: str = ""
    target_name: str = ""
    format: str = "text"
    target_layout: TextLayout | None = None
    _index: dict[int, int] = field(default_factory=dict, init=False, repr=False)
    _observers: list[Observer] = field(default_factory=list, init=False, repr=False)

    def __post_init__(self) -> None:
        self._reindex()

    def __getstate__(self) -> dict[str, object]:
        """Pickled (for worker processes) without its observers: they belong to this process."""
        state = self.__dict__.copy()
        state["_observers"] = []
        return state

    def _reindex(self) -> None:
        self._index = {seg.id: i for i, seg in enumerate(self.segments)}
        if len(self._index) != len(self.segments):
            raise ValueError("segment ids must be unique")

    def __len__(self) -> int:
        return len(self.segments)

    def __iter__(self) -> Iterator[Segment]:
        return iter(self.segments)

    def __getitem__(self, segment_id: int) -> Segment:
        return self.segments[self._index[segment_id]]

    def row(self, segment_id: int) -> int:
        """The 0-based position of a segment in document order."""
        return self._index[segment_id]

    def subscribe(self, observer: Observer) -> None:
        self._observers.append(observer)

    def unsubscribe(self, observer: Observer) -> None:
        self._observers.remove(observer)

    @property
    def observers(self) -> tuple[Observer, ...]:
        return tuple(self._observers)

    def replace(self, segment: Segment) -> Segment:
        """Put a new version of a segment in place; returns the old one."""
        i = self._index[segment.id]
        old = self.segments[i]
        if old == segment:
            return old
        self.segments[i] = segment
        for observer in list(self._observers):
            observer(old, segment)
        return old

    def set_target(self, segment_id: int, target: str, status: SegmentStatus | None = None) -> Segment:
        """Change one segment's target; returns the new segment."""
        new = self[segment_id].with_target(target, status)
        self.replace(new)
        return new

    def paragraphs(self) -> list[list[Segment]]:
        """Segments grouped by their aligned paragraph, in order."""
        groups: dict[int, list[Segment]] = {}
        for seg in self.segments:
            groups.setdefault(seg.paragraph, []).append(seg)
        return [groups[k] for k in sorted(groups)]

    @property
    def paragraph_count(self) -> int:
        return len({seg.paragraph for seg in self.segments})

    def source_text(self) -> str:
        return "\n\n".join(" ".join(s.source for s in p if s.source) for p in self.paragraphs())


def renumber(segments: Iterable[Segment]) -> list[Segment]:
    """Give segments consecutive ids from 1 in the order given."""
    return [replace(seg, id=i) for i, seg in enumerate(segments, start=1)]


def rebuild_target(layout: TextLayout, segments: Sequence[Segment]) -> str:
    """The target file's text from its layout and the current segment targets.

    Unedited segments give back exactly the imported text. A segment whose target was empty
    at import (a source sentence with no counterpart) gets a single space before it when
    the translator fills it in; a filled segment with no paragraph of its own goes into the
    paragraph of its nearest neighbour before it.
    """
    return rebuild_target_with_offsets(layout, segments)[0]


_LINE_BREAK = re.compile(r"\r\n|\n|\r")
_BLANK_LINE = re.compile(r"(?:\r\n|\n|\r)[ \t\f\v]*(?:\r\n|\n|\r)")


def paragraphs_hold_lines(layout: TextLayout) -> bool:
    """Whether the file separates paragraphs by blank lines, so that a paragraph may hold
    line breaks (a file with no blank line has one paragraph per line)."""
    return any(_BLANK_LINE.search(piece) for piece in (layout.head, *layout.separators))


def within_paragraph(target: str, line_breaks: bool) -> str:
    """A segment's target as it goes into its paragraph of the article: a line break inside
    it never starts a paragraph. It stays a line break only where paragraphs may hold lines
    and it has text on both sides within the target (no blank line, no break at an edge);
    otherwise each of its characters becomes a space, so offsets into the text stay valid.
    An imported target is never changed (the file's own line breaks are such)."""
    if "\n" not in target and "\r" not in target:
        return target
    breaks = list(_LINE_BREAK.finditer(target))
    out: list[str] = []
    position = 0
    for index, found in enumerate(breaks):
        before = target[breaks[index - 1].end() if index else 0 : found.start()]
        after = target[found.end() : breaks[index + 1].start() if index + 1 < len(breaks) else len(target)]
        keep = line_breaks and bool(before.strip()) and bool(after.strip())
        out += (target[position : found.start()], found.group() if keep else " " * len(found.group()))
        position = found.end()
    out.append(target[position:])
    return "".join(out)


def rebuild_target_with_offsets(
    layout: TextLayout, segments: Sequence[Segment]
) -> tuple[str, dict[int, int]]:
    """``rebuild_target`` and where each segment's target starts in that text; an empty
    target is placed where the text of its paragraph goes on, so that an issue about it
    (an omission) points at the gap rather than nowhere."""
    pieces: list[list[str]] = [[] for _ in range(layout.paragraph_count)]
    placed: list[tuple[int, int, int]] = []  # (segment id, paragraph, offset in paragraph)
    lengths = [0] * layout.paragraph_count
    placer = TargetPlacer(layout)
    line_breaks = paragraphs_hold_lines(layout)
    for seg in segments:
        place = placer.place(seg.target, seg.target_par, seg.gap)
        if place is None:
            if not seg.target and placer.paragraph < layout.paragraph_count:
                placed.append((seg.id, placer.paragraph, lengths[placer.paragraph]))
            continue
        par, space = place
        bucket = pieces[par]
        if space:
            bucket.append(" ")
            lengths[par] += 1
        placed.append((seg.id, par, lengths[par]))
        bucket.append(within_paragraph(seg.target, line_breaks))
        if seg.gap:
            bucket.append(seg.gap)
        lengths[par] += len(seg.target) + len(seg.gap)
    out = [layout.head]
    par_starts = []
    position = len(layout.head)
    for i, bucket in enumerate(pieces):
        position += len(layout.leads[i])
        par_starts.append(position)
        position += lengths[i] + len(layout.separators[i])
        out += (layout.leads[i], "".join(bucket), layout.separators[i])
    return "".join(out), {seg_id: par_starts[par] + offset for seg_id, par, offset in placed}


class TargetPlacer:
    """Where :func:`rebuild_target` puts each target, fed the segments in order: keeps no
    segment, so a project can be streamed through it."""

    def __init__(self, layout: TextLayout) -> None:
        self._paragraphs = layout.paragraph_count
        self._last_par = 0
        self._last_char: dict[int, str] = {}  # per paragraph: the last character placed

    @property
    def paragraph(self) -> int:
        """The paragraph the last segment placed (or passed over) belongs to."""
        return self._last_par

    def place(self, target: str, target_par: int | None, gap: str) -> tuple[int, bool] | None:
        """Where the next segment's target goes: (target paragraph, whether a space goes
        before it), or None for a segment with no target or no paragraph in the layout."""
        par = target_par if target_par is not None else self._last_par
        self._last_par = par
        if not target or par >= self._paragraphs:
            return None
        before = self._last_char.get(par)
        self._last_char[par] = (gap or target)[-1]
        return par, before is not None and not before.isspace()
