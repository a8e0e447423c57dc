"""Annotations, ratings and QA-suggestion decisions survive in the project file."""

from __future__ import annotations

import pytest

from editor.core.model import Document, Segment, SegmentStatus
from editor.core.review import (
    Annotation,
    MqmSeverity,
    delete_annotation,
    deleted_text,
    follow_edit,
    load_review,
    record_decision,
    reload_annotations,
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


FOLLOWED = [
    # (new target, what the annotation on "Mistral-KI" marks afterwards)
    ("Im Monat. Laut Mistral-KI ist sie neu.", "Mistral-KI"),  # an edit before it
    ("Übrigens: Im MonatLaut Mistral-KI ist sie neu.", "Mistral-KI"),  # inserted at the start
    ("Im MonatLaut Mistral AI ist sie neu.", "Mistral AI"),  # its own words corrected
    ("Im MonatLaut Mistral ist sie neu.", "Mistral"),  # partly deleted
    ("Im MonatLaut ist sie neu.", ""),  # deleted: kept, empty, where the words were
]


@pytest.mark.parametrize(("new", "marked"), FOLLOWED)
def test_saving_an_edited_target_moves_its_annotations_in_the_same_transaction(tmp_path, new, marked):
    old = "Im MonatLaut Mistral-KI ist sie neu."
    doc = Document("en", "de", [Segment(1, 1, "In the month.", old, old)])
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, doc) as store:
        review = load_review(store)
        start = old.index("Mistral-KI")
        on_target = save_annotation(
            store,
            review,
            Annotation(1, "ann", start, start + 10, "Accuracy/Mistranslation", MqmSeverity.MAJOR),
        )
        on_source = save_annotation(
            store, review, Annotation(1, "ann", 3, 8, "Source issue", MqmSeverity.MINOR, side="source")
        )
        follow_edit(review, 1, old, new)  # what the window does as the translator types
        store.save_segments([doc[1].with_target(new)])
        assert reload_annotations(store, review, [1]) == set()  # memory and file agree
    with ProjectStore.open(path) as store:
        after = {a.id: a for a in load_review(store).of(1)}
    moved = after[on_target.id]
    assert new[moved.start : moved.end] == marked
    assert deleted_text(moved) == (marked == "")
    if not marked:
        assert new[: moved.start].rstrip() == "Im MonatLaut"  # at the deletion point
    assert (after[on_source.id].start, after[on_source.id].end) == (3, 8)  # the source does not change


def test_saving_an_unchanged_target_or_another_segment_moves_nothing(store):
    review = load_review(store)
    made = save_annotation(store, review, Annotation(1, "ann", 6, 10, "Fluency/Spelling", MqmSeverity.MINOR))
    store.save_segments([store.segment(1).with_status(SegmentStatus.CONFIRMED)])
    store.save_segments([store.segment(2).with_target("Neu B")])
    [again] = load_review(store).of(1)
    assert (again.start, again.end) == (made.start, made.end)
