"""ParagraphIds: each paragraph's segment ids, in the order given."""

from __future__ import annotations

from array import array

from editor.core.checks.paragraph_ids import ParagraphIds


def _ids(paragraphs: list[int], ids: list[int]) -> ParagraphIds:
    return ParagraphIds(array("q", paragraphs), array("q", ids))


def test_each_paragraph_has_its_ids_in_order():
    found = _ids([1, 1, 2, 5, 5, 5], [10, 11, 12, 13, 14, 15])
    assert list(found.get(1)) == [10, 11]
    assert list(found.get(2)) == [12]
    assert list(found.get(5)) == [13, 14, 15]
    assert list(found) == [1, 2, 5] and len(found) == 3


def test_a_paragraph_that_comes_apart_keeps_its_order():
    found = _ids([4, 4, 2, 4, 2], [1, 2, 3, 4, 5])
    assert list(found.get(4)) == [1, 2, 4]
    assert list(found.get(2)) == [3, 5]


def test_an_unknown_paragraph_has_no_ids():
    found = _ids([1, 3], [7, 8])
    assert found.get(2) == () and found.get(0) == () and found.get(9) == ()
    assert _ids([], []).get(1) == ()


def test_the_same_ids_are_equal():
    assert _ids([1, 2], [5, 6]) == _ids([1, 2], [5, 6])
    assert _ids([1, 2], [5, 6]) != _ids([1, 1], [5, 6])
