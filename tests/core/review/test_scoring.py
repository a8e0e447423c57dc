"""MQM scores by WMT's published weights, on worked examples."""

from __future__ import annotations

import pytest

from editor.core.model import Document, Segment
from editor.core.review import Annotation, MqmSeverity, Rating, Review, Weights, score
from editor.core.review.scoring import segment_score

MINOR, MAJOR, CRITICAL, NEUTRAL = (
    MqmSeverity.MINOR,
    MqmSeverity.MAJOR,
    MqmSeverity.CRITICAL,
    MqmSeverity.NEUTRAL,
)


@pytest.mark.parametrize(
    ("category", "severity", "weight"),
    [
        ("Accuracy/Mistranslation", MAJOR, 5.0),
        ("Accuracy/Mistranslation", MINOR, 1.0),
        ("Fluency/Punctuation", MINOR, 0.1),
        ("Fluency/Punctuation", MAJOR, 5.0),  # Major punctuation errors weigh as any Major
        ("Non-translation!", MAJOR, 25.0),
        ("Non-translation!", MINOR, 25.0),  # at any severity
        ("Style/Awkward", NEUTRAL, 0.0),
        ("Accuracy/Omission", CRITICAL, 25.0),
        ("Source issue", MAJOR, 0.0),
        ("Something/Unknown", MINOR, 1.0),  # unknown categories weigh by severity
    ],
)
def test_wmt_weights(category, severity, weight):
    assert Weights().weight(category, severity) == weight


def test_critical_weight_is_configurable():
    assert Weights(critical=10).weight("Accuracy/Mistranslation", CRITICAL) == 10


def _doc(n: int) -> Document:
    return Document(
        "en",
        "de",
        [Segment(i, i, f"one two three four {i}", f"eins {i}", f"eins {i}") for i in range(1, n + 1)],
    )


def _review(annotations: list[Annotation], ratings: list[tuple[int, str]]) -> Review:
    review = Review.empty()
    for a in annotations:
        review.annotations.setdefault(a.segment, []).append(a)
    for segment, rater in ratings:
        review.ratings.setdefault(segment, {})[rater] = Rating(segment, rater)
    return review


def test_worked_example_two_raters():
    # Segment 1: rater A finds a Major mistranslation and a Minor punctuation error (5.1);
    # rater B finds one Minor grammar error (1). The segment scores their mean, 3.05.
    # Segment 2: rater A rates it clean ("No-error"): 0. Segment 3: nobody rated it: 0.
    annotations = [
        Annotation(1, "A", 0, 4, "Accuracy/Mistranslation", MAJOR),
        Annotation(1, "A", 4, 5, "Fluency/Punctuation", MINOR),
        Annotation(1, "B", 0, 4, "Fluency/Grammar", MINOR),
    ]
    review = _review(annotations, [(1, "A"), (1, "B"), (2, "A")])
    assert segment_score(review, 1) == pytest.approx(3.05)
    report = score(_doc(3), review)
    doc = report.document
    assert doc.mqm == pytest.approx(3.05)
    assert doc.per_segment == pytest.approx(3.05 / 3)
    assert doc.words == 15
    assert doc.per_1000_words == pytest.approx(3.05 * 1000 / 15)
    assert doc.reviewed == 2
    assert doc.raters == ["A", "B"]
    # The breakdown shares each rater's points by the number of raters, so it sums to the score.
    assert doc.by_category == pytest.approx(
        {"Accuracy/Mistranslation": 2.5, "Fluency/Punctuation": 0.05, "Fluency/Grammar": 0.5}
    )
    assert sum(doc.by_severity.values()) == pytest.approx(doc.mqm)
    assert [s.id for s in report.worst()] == [1]
    assert [s.mqm for s in report.segments] == pytest.approx([3.05, 0.0, 0.0])


def test_annotations_of_a_rater_who_did_not_rate_are_not_counted():
    review = _review([Annotation(1, "ghost", 0, 1, "Accuracy/Mistranslation", MAJOR)], [(1, "A")])
    assert segment_score(review, 1) == 0.0


def test_threshold_decides_pass():
    review = _review([Annotation(1, "A", 0, 1, "Accuracy/Mistranslation", MINOR)], [(1, "A")])
    doc = _doc(1)  # 5 source words: 1 point = 200 per 1000 words
    assert not score(doc, review).document.passed
    assert score(doc, review, threshold=250).document.passed


def test_a_document_nobody_reviewed_is_not_judged():
    report = score(_doc(2), _review([], []))
    assert report.document.passed is None and report.document.verdict == "not judged"
    assert report.as_dict()["document"]["pass"] is None
    reviewed = score(_doc(2), _review([], [(1, "A")])).document  # a clean rating is a review
    assert reviewed.passed is True and reviewed.verdict == "pass"


def test_json_shape_follows_the_contract():
    review = _review([Annotation(1, "A", 0, 1, "Fluency/Spelling", MINOR)], [(1, "A")])
    data = score(_doc(2), review).as_dict()
    assert set(data["document"]) >= {
        "segments",
        "words",
        "raters",
        "mqm",
        "mqm_per_segment",
        "mqm_per_1000_words",
        "threshold",
        "pass",
        "by_category",
        "by_severity",
    }
    assert data["segments"] == [
        {"id": 1, "mqm": 1.0, "annotations": 1, "rating": None},
        {"id": 2, "mqm": 0.0, "annotations": 0, "rating": None},
    ]
