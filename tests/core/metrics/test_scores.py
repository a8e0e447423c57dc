"""Metrics against sacrebleu: segment values, document values from summed statistics, O(1) edits."""

from __future__ import annotations

import statistics

import pytest
from rapidfuzz.distance import Levenshtein
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.chrf import CHRF
from sacrebleu.metrics.ter import TER

from editor.core.metrics import MetricsTracker, scores_for
from tests.factories import make_document

PAIRS = [  # (MT, post-edited)
    ("Das ist ein Test .", "Das ist ein kleiner Test."),
    ("Im vergangenen MonatLaut einem Update der EU", "Im vergangenen Monat. Laut einem Update der EU"),
    ("Er ging nach Hause.", "Er ging nach Hause."),
    ("tch-1-tech", "Quelle"),
    (
        "Die Kommission hat auch Investitionen in Quantencomputer geplant und plant die Anschaffung.",
        "Die Kommission plant auch Investitionen in Quantencomputer und die Anschaffung.",
    ),
    ("", "Neu hinzugefügt."),
]


@pytest.mark.parametrize(("mt", "pe"), PAIRS)
def test_segment_values_equal_sacrebleu(mt: str, pe: str) -> None:
    scores = scores_for(mt, pe)
    assert scores.hter == pytest.approx(TER().sentence_score(mt, [pe]).score)
    assert scores.chrf_score() == pytest.approx(CHRF().sentence_score(mt, [pe]).score)
    assert scores.bleu_score() == pytest.approx(BLEU(effective_order=True).sentence_score(mt, [pe]).score)
    assert scores.chars_distance == Levenshtein.distance(mt, pe)


def test_document_values_equal_corpus_scores_not_the_mean() -> None:
    document = make_document([("s", mt) for mt, _ in PAIRS])
    tracker = MetricsTracker(document)
    document.subscribe(tracker.update)
    for segment, (_, pe) in zip(list(document), PAIRS, strict=True):
        document.set_target(segment.id, pe)
    figures = tracker.document()
    mts, pes = [mt for mt, _ in PAIRS], [pe for _, pe in PAIRS]
    corpus_ter = TER().corpus_score(mts, [pes]).score
    assert figures.hter == pytest.approx(corpus_ter)
    assert figures.chrf == pytest.approx(CHRF().corpus_score(mts, [pes]).score)
    assert figures.bleu == pytest.approx(BLEU().corpus_score(mts, [pes]).score)
    mean = statistics.mean(tracker.segment(s).hter for s in document)
    assert abs(mean - corpus_ter) > 1  # the document figure is not the mean of segment figures
    assert figures.edited_segments == 5  # the third was left as it was


CORPORA = {  # (MT, post-edited) segments
    "short, no 4-gram": [("Datei öffnen", "Datei öffnen"), ("Speichern unter", "Speichern als")],
    "short, one 4-gram": [("Beenden Sie das Programm", "Beenden Sie das Programm"), ("Ja", "Nein")],
    "longer": PAIRS,
    "one word": [("Hallo", "Hallo")],
}


@pytest.mark.parametrize("pairs", CORPORA.values(), ids=list(CORPORA))
def test_document_bleu_is_sacrebleus_corpus_score(pairs: list[tuple[str, str]]) -> None:
    """sacrebleu's default corpus BLEU, never the effective order of sentence BLEU: a corpus
    without a 4-gram match scores 0, however well its shorter n-grams match."""
    document = make_document([("s", mt) for mt, _ in pairs])
    tracker = MetricsTracker(document)
    document.subscribe(tracker.update)
    for segment, (_, pe) in zip(list(document), pairs, strict=True):
        document.set_target(segment.id, pe)
    mts, pes = [mt for mt, _ in pairs], [pe for _, pe in pairs]
    assert tracker.document().bleu == pytest.approx(BLEU().corpus_score(mts, [pes]).score)
    for segment, (mt, pe) in zip(document, pairs, strict=True):
        sentence = BLEU(effective_order=True).sentence_score(mt, [pe]).score
        assert tracker.segment(segment).bleu == pytest.approx(sentence)


def test_an_edit_updates_the_totals_like_a_rebuild() -> None:
    document = make_document([(f"s{k}", mt) for k, (mt, _) in enumerate(PAIRS)])
    tracker = MetricsTracker(document)
    document.subscribe(tracker.update)
    document.set_target(2, "Im vergangenen Monat. Laut einem Update")
    document.set_target(2, "Im vergangenen Monat. Laut einem Update der EU")
    document.set_target(4, PAIRS[3][0])  # back to the MT
    rebuilt = MetricsTracker(document).document()
    assert tracker.document() == rebuilt


def test_unedited_closed_forms_equal_sacrebleu_statistics(seed_document) -> None:
    chrf, bleu, ter = CHRF(), BLEU(effective_order=True), TER()
    for segment in seed_document:
        scores = scores_for(segment.mt, segment.mt)
        mt = segment.mt
        assert list(scores.chrf) == chrf._extract_corpus_statistics([mt], [[mt]])[0]
        assert list(scores.bleu) == bleu._extract_corpus_statistics([mt], [[mt]])[0]
        assert list(scores.ter) == ter._extract_corpus_statistics([mt], [[mt]])[0]
