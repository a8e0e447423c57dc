"""A segment whose texts were checked before in the pass takes the earlier findings, and only
where those findings could not depend on anything else (engine.Repeats)."""

from __future__ import annotations

import random

import pytest

from editor.core.checks import build_context
from editor.core.checks.engine import Repeats, check_segments
from editor.core.checks.registry import all_checks
from editor.core.model import Document, Segment
from tests.conftest import SEED_MT, SEED_SOURCE
from tests.factories import make_segment

OPENS = ('He said: "The vote is close.', "Er sagte: „Die Abstimmung ist knapp.")
CLOSES = ('Nobody knows."', "Niemand weiß es.“")
LEFT_OPEN = ('Nobody knows."', "Niemand weiß es.")
FUSED = ("Last month. According to the report, it works.", "Im vergangenen MonatLaut dem Bericht geht es.")


def _document(paragraphs: list[list[tuple[str, str]]]) -> Document:
    segments, number = [], 0
    for paragraph, pairs in enumerate(paragraphs, start=1):
        for source, target in pairs:
            number += 1
            segments.append(make_segment(source, target, id=number, paragraph=paragraph))
    return Document("en", "de", segments)


def _both(document: Document, batch: int = 500, size: int = 4096) -> tuple[list, list]:
    """The document's issues checked without and with repeats, in batches as a pass does."""
    context = build_context(document)
    segments = list(document)
    plain, remembered, repeats = [], [], Repeats(size)
    for start in range(0, len(segments), batch):
        plain += check_segments(segments[start : start + batch], context)
        remembered += check_segments(segments[start : start + batch], context, None, repeats)
    return plain, remembered


def _unbalanced(issues: list, segment: int) -> list:
    return [
        i for i in issues if i.segment == segment and i.check == "punctuation" and "nbalanced" in i.message
    ]


def test_a_finding_that_read_the_paragraph_is_made_again_for_each_repeat():
    # The same opening sentence, closed by the next one of its paragraph; then in a
    # paragraph whose translation never closes the quotation.
    document = _document([[OPENS, CLOSES], [OPENS, LEFT_OPEN], [OPENS, CLOSES]])
    plain, remembered = _both(document)
    assert remembered == plain
    assert not _unbalanced(remembered, 1) and not _unbalanced(remembered, 5)
    assert _unbalanced(remembered, 3)


def test_a_repeat_keeps_its_own_text_findings_and_pairs_its_quotes_in_its_paragraph():
    # punctuation asks for the paragraph to pair quotes, not to find a doubled full stop
    doubled = (OPENS[0], OPENS[1] + ".")
    document = _document([[doubled, CLOSES], [doubled, LEFT_OPEN], [doubled, CLOSES]])
    plain, remembered = _both(document)
    assert remembered == plain
    found = [i.segment for i in remembered if i.message.startswith("Doubled punctuation")]
    assert found == [1, 3, 5]
    assert not _unbalanced(remembered, 1) and not _unbalanced(remembered, 5)
    assert _unbalanced(remembered, 3)


@pytest.mark.parametrize("batch", [1, 2, 500])  # repeats within one batch and across batches
def test_a_repeat_takes_the_earlier_findings_with_its_own_segment(batch):
    document = _document([[FUSED], [("Hello world.", "Hallo Welt.")], [FUSED], [FUSED]])
    plain, remembered = _both(document, batch)
    assert remembered == plain
    fused = [i for i in remembered if i.check == "merged_token"]
    assert [i.segment for i in fused] == [1, 3, 4]
    assert {(i.start, i.end, i.text) for i in fused} == {(fused[0].start, fused[0].end, "MonatLaut")}


def test_a_repeat_where_the_target_file_lost_the_space_after_it_is_checked_again():
    """Whether a space follows the segment in the target file is part of what it is."""
    from dataclasses import replace

    pairs = [("Have a nice weekend!", "Ein schönes Wochenende!"), ("Helen will come.", "Helen kommt.")]
    segments = []
    for paragraph, gap in ((1, " "), (2, ""), (3, " ")):
        for k, (source, target) in enumerate(pairs):
            number = len(segments) + 1
            segment = make_segment(source, target, id=number, paragraph=paragraph)
            segments.append(replace(segment, target_par=paragraph, gap=gap if k == 0 else "\n"))
    plain, remembered = _both(Document("en", "de", segments))
    assert remembered == plain
    assert [i.segment for i in remembered if i.check == "punctuation"] == [3]


def test_a_segment_alone_in_its_paragraph_is_remembered_apart_from_one_with_neighbours():
    """Alone, asking for its paragraph reads nothing else: its findings are remembered, and
    only for repeats that are alone too."""
    opens = ('He said: "The vote is close.', "Er sagte: „Die Abstimmung ist knapp.")
    document = _document([[opens], [opens, CLOSES], [opens], [opens, LEFT_OPEN]])
    plain, remembered = _both(document)
    assert remembered == plain
    assert [i.segment for i in remembered if i.check == "punctuation"] == [5]
    repeats = Repeats()
    context = build_context(document)
    check_segments(list(document), context, None, repeats)
    alone = repeats.entries([document[1]], 0, context.stats.terms)[0]
    parts = [part for check in all_checks() for part in check.parts()]
    # every check's findings kept, but those made from the segment's place (never remembered)
    assert all(found is not None for found, part in zip(alone, parts, strict=True) if not _placed(part))
    assert all(found is None for found, part in zip(alone, parts, strict=True) if _placed(part))


def _placed(part) -> bool:
    return getattr(part, "reads_place", False)


def test_the_memory_holds_the_most_recently_seen_pairs():
    repeats = Repeats(size=2)
    a, b, c = (make_segment(f"Word {n}.", f"Wort {n}.", id=n) for n in range(3))
    first = repeats.entries([a, b], 1)
    first[0][0] = []  # a's findings, as the engine would store them
    assert repeats.entries([a], 1)[0] is first[0]  # seen again: now the most recent
    repeats.entries([c], 1)  # b, the least recently seen, makes room
    assert repeats.entries([a], 1)[0] == [[]]
    assert repeats.entries([b], 1)[0] == [None]


def test_a_document_of_repeated_sentences_gives_the_same_issues():
    """The seed article's sentences recombined into paragraphs, as a long document repeats
    itself: every check, remembered or not, in small batches and with a small memory."""
    from editor.core.formats.plaintext import read_pair

    seed = [(s.source, s.target) for s in read_pair(SEED_SOURCE, SEED_MT, "en", "de").document if s.source]
    rng = random.Random(5)
    paragraphs = [[rng.choice(seed) for _ in range(rng.randint(1, 4))] for _ in range(60)]
    document = _document(paragraphs)
    for batch, size in ((50, 4096), (7, 8)):
        plain, remembered = _both(document, batch, size)
        assert remembered == plain
    assert len(plain) > 40


def test_a_segment_alone_keeps_its_findings():
    only: Segment = make_segment(*FUSED)
    context = build_context(Document("en", "de", [only]))
    assert check_segments([only], context, None, Repeats()) == check_segments([only], context)
