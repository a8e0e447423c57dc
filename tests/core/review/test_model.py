"""Annotations, ratings and QA-suggestion decisions survive in the project file."""

from __future__ import annotations

import pytest

from editor.core.model import Document, Segment
from editor.core.review import (
    Annotation,
    MqmSeverity,
    delete_annotation,
    load_review,
    record_decision,
    save_annotation,
    set_rating,
    validate,
)
from editor.core.store import ProjectStore


@pytest.fixture
def store(tmp_path):
    doc = Document(
        "en",
        "de",
        [Segment(1, 1, "Hello world.", "Hallo Welt.", "Hallo Welt."), Segment(2, 2, "A", "B", "B")],
    )
    store = ProjectStore.create(tmp_path / "p.pedit", doc)
    yield store
    store.close()


def test_annotations_ratings_and_decisions_round_trip(store, tmp_path):
    review = load_review(store)
    first = save_annotation(
        store, review, Annotation(1, "ann", 0, 5, "Accuracy/Mistranslation", MqmSeverity.MAJOR, "wrong word")
    )
    assert first.id is not None and first.seq == 1
    assert "ann" in review.ratings[1]  # annotating a segment rates it
    second = save_annotation(
        store, review, Annotation(1, "ann", 6, 10, "Fluency/Spelling", MqmSeverity.MINOR)
    )
    save_annotation(store, review, second.with_(severity=MqmSeverity.MAJOR, comment="edited"))
    delete_annotation(store, review, first)
    set_rating(store, review, 2, "ann", 87.5)
    record_decision(store, review, 1, "merged_token", "abc", True)
    record_decision(store, review, 1, "punctuation", "def", False)
    record_decision(store, review, 2, "merged_token", "ghi", False)
    store.close()
    again = ProjectStore.open(tmp_path / "p.pedit")
    try:
        loaded = load_review(again)
    finally:
        again.close()
    assert [(a.start, a.end, a.severity, a.comment) for a in loaded.of(1)] == [
        (6, 10, MqmSeverity.MAJOR, "edited")
    ]
    assert loaded.ratings[2]["ann"].score == 87.5
    assert loaded.precision("merged_token") == 0.5
    assert loaded.precision("punctuation") == 0.0
    assert loaded.precision("whitespace") is None
    assert loaded.decided(1, "merged_token", "abc") and not loaded.decided(1, "merged_token", "zzz")


def test_rating_outside_0_100_is_refused(store):
    with pytest.raises(ValueError, match="0-100"):
        set_rating(store, load_review(store), 1, "ann", 101)


@pytest.mark.parametrize(
    ("start", "end", "ok"), [(0, 5, True), (0, 11, True), (5, 4, False), (0, 12, False), (-1, 2, False)]
)
def test_validate_span(start, end, ok):
    annotation = Annotation(1, "r", start, end, "Other", MqmSeverity.MINOR)
    if ok:
        validate(annotation, "Hallo Welt.")
    else:
        with pytest.raises(ValueError):
            validate(annotation, "Hallo Welt.")
