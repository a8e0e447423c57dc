"""Segments stored column by column, so that a big project reopens in a fraction of a second.

The ``segments`` table is the truth and the only place edits go (target, status and note;
nothing else changes after import). Next to it the project keeps a *snapshot* of the other
fields as they were written, in chunks of ``CHUNK`` segments, each field one packed column:
numbers as a little-endian int32 array (-1 for None), short texts (key, note, a target that
differs from its MT) concatenated with an array of their lengths, small vocabularies (status,
alignment kind, gap) as codes, and a CRC-32 over it all. Reopening reads the source and MT of
every row (the project holds each text once), the dozen chunks, and the rows edited since
(``modified IS NOT NULL``): SQLite hands over 3 values per row instead of 20, which for
90 000 segments is ~1.5 million Python values less.

Building the segments is column-wise too: each field is set on all segments of a chunk by one
``map`` over the slot descriptor, so no Python frame runs per segment. ``segment_from_row`` is
the row-by-row way, used for projects without a snapshot.

The decoder trusts nothing: a chunk whose checksum, sizes or codes do not add up raises
``ValueError``, and the store then reads the rows (and writes the snapshot again when it may)."""

from __future__ import annotations

import dataclasses
import json
import sys
import zlib
from array import array
from collections import deque
from collections.abc import Iterable, Sequence
from itertools import accumulate, compress, repeat
from operator import eq
from typing import Any

from editor.core.model import Origin, Segment, SegmentStatus

CHUNK = 8192  # segments per snapshot row: bounds the temporary text copies when reading

# Number columns of a chunk, in this order; -1 stands for None (all are >= 0 otherwise).
_NUMBERS = (
    "id",
    "paragraph",
    "s_line",
    "s_col",
    "s_end_line",
    "s_end_col",
    "t_line",
    "t_col",
    "t_end_line",
    "t_end_col",
    "target_par",
    "status",  # the last three are codes into the chunk's vocabularies
    "kind",
    "gap",
)
_CODED = ("status", "kind", "gap")
_TEXTS = ("target", "key", "note")  # target None: the MT unchanged
_NONE = -1
_INT_CODE = "i"  # 32 bits: lines, columns, ids and text lengths all fit
assert array(_INT_CODE).itemsize == 4

_NO_ORIGIN = (_NONE,) * 4


def _little_endian(values: array[Any]) -> array[Any]:
    if sys.byteorder == "big":  # pragma: no cover - no big-endian machine to test on
        values.byteswap()
    return values


# -- building segments fast -----------------------------------------------------------------

_new_object = object.__new__
_new_tuple = tuple.__new__
(
    _set_id,
    _set_paragraph,
    _set_source,
    _set_mt,
    _set_target,
    _set_status,
    _set_kind,
    _set_score,
    _set_source_origin,
    _set_target_origin,
    _set_target_par,
    _set_gap,
    _set_key,
    _set_note,
) = (getattr(Segment, field.name).__set__ for field in dataclasses.fields(Segment))
assert not hasattr(Segment, "__post_init__")
_STATUS = {status.value: status for status in SegmentStatus}


def segment_from_row(row: Sequence[Any]) -> Segment:
    """A segment from a ``segments`` row (the store's column order); no conversions needed.

    ``Segment.__init__`` (one ``object.__setattr__`` per field of the frozen dataclass) and
    NamedTuple's ``__new__`` are bypassed for the slot descriptors and ``tuple.__new__``; the
    values are those ``__init__`` would set (``Segment`` has no ``__post_init__``; the tests
    compare both ways).
    """
    # fmt: off
    (ident, paragraph, source, mt, target, status, kind, score,
     sl, sc, sel, sec, tl, tc, tel, tec, target_par, gap, key, note) = row
    # fmt: on
    segment = _new_object(Segment)
    _set_id(segment, ident)
    _set_paragraph(segment, paragraph)
    _set_source(segment, source)
    _set_mt(segment, mt)
    _set_target(segment, mt if target is None else target)  # NULL: the MT unchanged (one str)
    _set_status(segment, _STATUS[status])
    _set_kind(segment, kind)
    _set_score(segment, score)
    _set_source_origin(segment, None if sl is None else _new_tuple(Origin, (sl, sc, sel, sec)))
    _set_target_origin(segment, None if tl is None else _new_tuple(Origin, (tl, tc, tel, tec)))
    _set_target_par(segment, target_par)
    _set_gap(segment, gap)
    _set_key(segment, key)
    _set_note(segment, note)
    return segment


def overlay(segment: Segment, target: str | None, status: str, note: str) -> None:
    """Put an edited row's target, status and note on a segment just built from a snapshot."""
    _set_target(segment, segment.mt if target is None else target)
    _set_status(segment, _STATUS[status])
    _set_note(segment, note)


def _consume(iterator: Iterable[object]) -> None:
    deque(iterator, maxlen=0)


# -- encoding -------------------------------------------------------------------------------


def encode(segments: Sequence[Segment]) -> Iterable[tuple[int, int, bytes, bytes, str, bytes, str, int]]:
    """Snapshot rows ``(chunk, size, numbers, scores, texts, lengths, vocabulary, checksum)``."""
    for number, start in enumerate(range(0, len(segments), CHUNK)):
        part = segments[start : start + CHUNK]
        vocabulary: dict[str, list[str]] = {}
        numbers = array(_INT_CODE)
        numbers.extend(seg.id for seg in part)
        numbers.extend(seg.paragraph for seg in part)
        for origins in ([seg.source_origin for seg in part], [seg.target_origin for seg in part]):
            for slot in zip(*(_NO_ORIGIN if o is None else o for o in origins), strict=True):
                numbers.extend(slot)
        numbers.extend(_NONE if seg.target_par is None else seg.target_par for seg in part)
        for name, values in (
            ("status", [seg.status.value for seg in part]),
            ("kind", [seg.kind for seg in part]),
            ("gap", [seg.gap for seg in part]),
        ):
            codes: dict[str, int] = {}
            numbers.extend([codes.setdefault(value, len(codes)) for value in values])
            vocabulary[name] = list(codes)
        texts: list[str] = []
        lengths = array(_INT_CODE)
        column: Sequence[str | None]
        for column in (
            [None if seg.target == seg.mt else seg.target for seg in part],
            [seg.key for seg in part],
            [seg.note for seg in part],
        ):
            lengths.extend([_NONE if value is None else len(value) for value in column])
            texts.extend(value for value in column if value)
        columns = (
            _little_endian(numbers).tobytes(),
            _little_endian(array("d", [seg.score for seg in part])).tobytes(),
            "".join(texts),
            _little_endian(lengths).tobytes(),
            json.dumps(vocabulary, ensure_ascii=False),
        )
        yield (number, len(part), *columns, checksum(*columns))


def checksum(numbers: bytes, scores: bytes, text: str, lengths: bytes, vocabulary: str) -> int:
    """CRC-32 of a chunk's columns: a snapshot changed behind the store's back is not used."""
    crc = 0
    for data in (numbers, scores, text.encode("utf-8", "surrogatepass"), lengths, vocabulary.encode()):
        crc = zlib.crc32(data, crc)
    return crc


# -- decoding -------------------------------------------------------------------------------


def _array(code: str, data: bytes, size: int) -> list[Any]:
    values = array(code)
    values.frombytes(data)
    if len(values) != size:
        raise ValueError(f"snapshot column holds {len(values)} values, expected {size}")
    return _little_endian(values).tolist()


def _indexes(column: Sequence[object], value: object) -> list[int]:
    """Indexes where ``column`` holds ``value`` (None, or -1 for None in numbers); at C speed."""
    return list(compress(range(len(column)), map(eq, column, repeat(value))))


def _texts(text: str, lengths: list[int], size: int) -> list[list[str | None]]:
    """The text columns of a chunk: pieces of ``text`` cut by ``lengths`` (-1: None)."""
    columns: list[list[str | None]] = []
    start = 0
    for k in range(len(_TEXTS)):
        column_lengths = lengths[k * size : (k + 1) * size]
        if column_lengths.count(_NONE) == size:  # the usual target (the MT) and key
            columns.append([None] * size)
            continue
        nones = _indexes(column_lengths, _NONE)
        for i in nones:
            column_lengths[i] = 0
        ends = list(accumulate(column_lengths, initial=start))
        column: list[str | None] = list(map(text.__getitem__, map(slice, ends, ends[1:])))
        for i in nones:
            column[i] = None
        columns.append(column)
        start = ends[-1]
    if start != len(text):
        raise ValueError("snapshot texts and lengths disagree")
    return columns


def decode(
    size: int,
    numbers: bytes,
    scores: bytes,
    text: str,
    lengths: bytes,
    vocab_json: str,
    sources: Sequence[str],
    mts: Sequence[str],
) -> list[Segment]:
    """The segments of one snapshot chunk, given their sources and MTs from the rows (as
    written; edits are laid over by the caller)."""
    flat = _array(_INT_CODE, numbers, size * len(_NUMBERS))
    columns = dict(
        zip(_NUMBERS, (flat[k * size : (k + 1) * size] for k in range(len(_NUMBERS))), strict=True)
    )
    if len(sources) != size or len(mts) != size:
        raise ValueError("snapshot and rows disagree on the number of segments")
    targets, keys, notes = _texts(text, _array(_INT_CODE, lengths, size * len(_TEXTS)), size)
    vocab = json.loads(vocab_json)
    coded = {}
    for name in _CODED:
        values = [_STATUS[v] for v in vocab[name]] if name == "status" else vocab[name]
        if size and min(columns[name]) < 0:
            raise ValueError(f"snapshot has a negative {name} code")
        coded[name] = list(map(values.__getitem__, columns[name]))

    segments = list(map(_new_object, repeat(Segment, size)))
    for setter, values in (
        (_set_id, columns["id"]),
        (_set_paragraph, columns["paragraph"]),
        (_set_source, sources),
        (_set_mt, mts),
        (_set_status, coded["status"]),
        (_set_kind, coded["kind"]),
        (_set_score, _array("d", scores, size)),
        (_set_gap, coded["gap"]),
        (_set_key, keys),
        (_set_note, notes),
    ):
        _consume(map(setter, segments, values))
    if targets.count(None) == size:  # nothing edited at import: each target is its MT
        _consume(map(_set_target, segments, mts))
    else:
        for i in _indexes(targets, None):
            targets[i] = mts[i]  # NULL: the MT unchanged (one str)
        _consume(map(_set_target, segments, targets))
    target_pars: list[int | None] = columns["target_par"]
    for i in _indexes(target_pars, _NONE):
        target_pars[i] = None
    _consume(map(_set_target_par, segments, target_pars))
    for setter, prefix in ((_set_source_origin, "s_"), (_set_target_origin, "t_")):
        lines, cols, end_lines, end_cols = (columns[prefix + n] for n in Origin._fields)
        origins: list[Origin | None] = list(
            map(_new_tuple, repeat(Origin, size), zip(lines, cols, end_lines, end_cols, strict=True))
        )
        for i in _indexes(lines, _NONE):
            origins[i] = None
        _consume(map(setter, segments, origins))
    return segments
