"""Sentence alignment: shapes the MT produces (lost boundaries, omissions, additions)."""

from __future__ import annotations

import pytest

from editor.core.alignment import PARAGRAPH_SHAPES, align, anchors, anchors_among


def _align(src: list[str], tgt: list[str], **kw: object) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    src_anchors = [anchors(s) for s in src]
    vocab = frozenset().union(*src_anchors)
    beads = align(
        [len(s) for s in src],
        [len(t) for t in tgt],
        src_anchors=src_anchors,
        tgt_anchors=[anchors(t) & vocab for t in tgt],
        ratio=1.1,
        **kw,  # type: ignore[arg-type]
    )
    return [(tuple(range(b.src_start, b.src_end)), tuple(range(b.tgt_start, b.tgt_end))) for b in beads]


CASES = [
    pytest.param(
        [
            "The plan was announced in September and started last month.",
            "According to an update from the EU, Mistral AI took part in the pilot.",
        ],
        [
            "Der Plan wurde im September angekündigt und gestartet Im vergangenen MonatLaut einem "
            "Update der EU hat Mistral AI an der Pilotphase teilgenommen."
        ],
        [((0, 1), (0,))],
        id="lost-boundary-2-1",
    ),
    pytest.param(
        ["A short one.", "The committee approved 385 million euros for new machines in 2024.", "It is done."],
        [
            "Eine kurze.",
            "Der Ausschuss genehmigte 385 Millionen Euro für neue Maschinen im Jahr 2024.",
            "Das ist erledigt.",
        ],
        [((0,), (0,)), ((1,), (1,)), ((2,), (2,))],
        id="one-to-one",
    ),
    pytest.param(
        [
            "The first sentence talks about supercomputers in Europe and their use.",
            "The weather in the capital was rainy and cold for the whole week.",
            "The third sentence mentions Mistral and OpenAI as examples of companies.",
        ],
        [
            "Der erste Satz spricht über Supercomputer in Europa und ihre Nutzung durch Firmen.",
            "Der dritte Satz nennt Mistral und OpenAI als Beispiele für solche Unternehmen.",
        ],
        [((0,), (0,)), ((1,), ()), ((2,), (1,))],
        id="source-sentence-dropped-1-0",
    ),
    pytest.param(
        ["The EU announced a prize of 1 million euros for the winners of the challenge."],
        [
            "Die EU kündigte ein Preisgeld von 1 Million Euro an.",
            "Es geht an die Gewinner der Herausforderung.",
        ],
        [((0,), (0, 1))],
        id="split-1-2",
    ),
    pytest.param(
        ["Short intro.", "The EU spent 7 billion euros on its network of supercomputers since 2018."],
        [
            "Kurze Einleitung.",
            "Hinzugefügter Satz ohne Gegenstück im Original, ganz ohne Bezug.",
            "Die EU hat seit 2018 sieben Milliarden Euro für ihr Netz von Supercomputern ausgegeben.",
        ],
        [((0,), (0,)), ((), (1,)), ((1,), (2,))],
        id="target-sentence-added-0-1",
    ),
    pytest.param(
        [
            "A deposit of 50 euros is due when you book.",
            "Parties outside Lisbon and its nearest towns incur a travel charge of 0.40 euros for every "
            "kilometre that our entertainer has to drive to reach the venue and return home afterwards.",
        ],
        [
            "É devido um sinal de 50 euros na reserva.",
            "As festas fora de Lisboa e das localidades vizinhas têm um custo de deslocação de 0,40 euros "
            "por cada quilómetro que o animador percorre até ao local e no regresso a casa.",
            "As festas fora de Lisboa e das localidades vizinhas têm um custo de deslocação de 0,40 euros "
            "por cada quilómetro que o animador percorre até ao local e no regresso a casa.",
        ],
        [((0,), (0,)), ((1,), (1,)), ((), (2,))],
        id="doubled-sentence-the-second-copy-is-added",
    ),
]


@pytest.mark.parametrize(("src", "tgt", "expected"), CASES)
def test_sentence_alignment(src: list[str], tgt: list[str], expected: list[object]) -> None:
    assert _align(src, tgt) == expected


def test_breaks_are_never_crossed() -> None:
    src = ["One sentence here.", "Another sentence there."]
    tgt = ["Ein Satz hier und noch ein Satz dort."]
    # With a paragraph break before source sentence 1, a 2-1 bead is not allowed.
    result = _align(src, tgt, src_breaks=frozenset({1}))
    assert all(not (0 in s and 1 in s) for s, _ in result)


def test_paragraph_alignment_merged_paragraph() -> None:
    src = ["A" * 100, "B" * 300, "C" * 120, "D" * 200]
    tgt = ["a" * 105, "b" * 310 + "c" * 118, "d" * 190]
    beads = align([len(s) for s in src], [len(t) for t in tgt], shapes=PARAGRAPH_SHAPES)
    assert [b.kind for b in beads] == ["1-1", "2-1", "1-1"]


def test_banded_alignment_matches_full_on_long_input() -> None:
    lengths = [40 + (i * 37) % 90 for i in range(150)]
    tgt = [round(x * 1.1) for x in lengths]
    full = align(lengths, tgt)
    banded = align(lengths, tgt, band=20)
    assert [(b.src_start, b.tgt_start) for b in full] == [(b.src_start, b.tgt_start) for b in banded]
    assert all(b.kind == "1-1" for b in banded)


def test_anchors_are_numbers_and_names() -> None:
    found = anchors("In 2024, the EU gave Mistral AI access to 1,200 GPUs via OpenAI.")
    assert {"2024", "1200", "EU", "OpenAI", "GPUs", "Mistral", "AI"} <= found
    assert "In" not in found


VOCABULARY = frozenset({"EU", "GPT-4", "OpenAI", "1200", "2024"})
AMONG = [
    ("Die EU zahlt.", {"EU"}),
    ("EU-Mittel fließen.", set()),  # part of a longer word
    ("Die NEU-Regel gilt.", set()),
    ("(EU) und «OpenAI».", {"EU", "OpenAI"}),
    ("Mit GPT-4o nicht, mit GPT-4 schon.", {"GPT-4"}),
    ("1.200 Karten seit 2024.", {"1200", "2024"}),  # separators dropped
    ("Bis 20245 nicht.", set()),
    ("Seit\u00a02024\nund EU\tauch.", {"2024", "EU"}),  # any whitespace separates words
    ("Nichts davon.", set()),
]


@pytest.mark.parametrize(("text", "expected"), AMONG)
def test_anchors_among_finds_whole_words_only(text: str, expected: set[str]) -> None:
    assert anchors_among(text, VOCABULARY) == expected
