"""The ids of every paragraph's segments, in order, held in three flat arrays."""

from __future__ import annotations

from array import array
from bisect import bisect_left
from collections.abc import Iterator
from itertools import pairwise


class ParagraphIds:
    """Each paragraph's segment ids in the order they were given.

    Built from each segment's paragraph and id in document order (a paragraph's segments may
    come apart: their order is kept). Flat arrays (8 bytes a segment, 16 a paragraph) rather
    than an array per paragraph in a dict (some 190 bytes a paragraph): no Python object per
    paragraph, so a forked check worker that reads them copies none of their memory pages.
    """

    def __init__(self, paragraphs: array[int], ids: array[int]) -> None:
        if any(a > b for a, b in pairwise(paragraphs)):
            order = sorted(range(len(paragraphs)), key=paragraphs.__getitem__)  # stable
            paragraphs = array("q", [paragraphs[i] for i in order])
            ids = array("q", [ids[i] for i in order])
        keys, starts = array("q"), array("q")
        for i, paragraph in enumerate(paragraphs):
            if not keys or keys[-1] != paragraph:
                keys.append(paragraph)
                starts.append(i)
        starts.append(len(ids))
        self._keys, self._starts, self._ids = keys, starts, ids
        # The last paragraph asked for: the segments of a paragraph are checked one after another.
        self._last: tuple[int | None, array[int] | tuple[()]] = (None, ())

    def get(self, paragraph: int) -> array[int] | tuple[()]:
        """The ids of the paragraph's segments, () when it has none."""
        last = self._last
        if last[0] == paragraph:
            return last[1]
        keys = self._keys
        i = bisect_left(keys, paragraph)
        found: array[int] | tuple[()] = ()
        if i < len(keys) and keys[i] == paragraph:
            found = self._ids[self._starts[i] : self._starts[i + 1]]
        self._last = (paragraph, found)
        return found

    def __iter__(self) -> Iterator[int]:
        return iter(self._keys)

    def __len__(self) -> int:
        return len(self._keys)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParagraphIds):
            return NotImplemented
        return (self._keys, self._starts, self._ids) == (other._keys, other._starts, other._ids)

    __hash__ = None  # type: ignore[assignment]
