"""The model's values: segments pickle (worker processes receive them) to equal values."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

from editor.core.model import Origin, Segment, SegmentStatus

SEGMENTS = [
    Segment(1, 0, "Hi.", "Hallo.", "Hallo."),
    Segment(
        7,
        3,
        "Emoji 🙂.",
        "Emoji 🙂.",
        "Emoji 😀!",
        SegmentStatus.REVIEWED,
        kind="2-1",
        score=0.25,
        source_origin=Origin(1, 2, 3, 4),
        target_origin=Origin(5, 6, 7, 8),
        target_par=9,
        gap="\n\n",
        key="unit-7",
        note="checked",
    ),
]


@pytest.mark.parametrize("segment", SEGMENTS)
def test_segment_pickles_to_an_equal_segment(segment: Segment) -> None:
    # __reduce__ lists the fields by hand: it must follow the dataclass's order exactly.
    assert segment.__reduce__()[1] == tuple(getattr(segment, f.name) for f in dataclasses.fields(Segment))
    for protocol in range(2, pickle.HIGHEST_PROTOCOL + 1):
        again = pickle.loads(pickle.dumps(segment, protocol))
        assert again == segment and hash(again) == hash(segment)
        assert type(again.source_origin) is type(segment.source_origin)


@pytest.mark.parametrize(
    ("n", "noun", "expected"),
    [(0, "issue", "0 issues"), (1, "error", "1 error"), (3, "warning", "3 warnings"), (2, "info", "2 info")],
)
def test_counted_messages_read_as_english(n: int, noun: str, expected: str) -> None:
    from editor.core.text import counted

    assert counted(n, noun) == expected
