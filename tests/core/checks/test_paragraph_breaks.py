"""A paragraph break of the source that the translation lost: two source paragraphs run into
one of the translation's (lost_sentence_boundary, from the segments' places in their files)."""

from __future__ import annotations

import pytest

from editor.core.checks import build_context, check_document
from editor.core.checks import streamed as streamed_module
from editor.core.checks.engine import Repeats, check_segments
from editor.core.checks.paragraph_breaks import BreakStats
from editor.core.checks.streamed import check_project
from editor.core.formats.plaintext import read_pair
from editor.core.store import ProjectStore

SOURCE = (
    "The orchard opens in May. Visitors pick their own cherries.\n\n"
    "Parking is free on weekdays. Dogs must stay on a lead.\n\n"
    "The shop sells jam and juice.\n"
)
# The translation's first paragraph break is lost: the parking sentence runs on after the cherries.
LOST = (
    "Der Obstgarten öffnet im Mai. Besucher pflücken ihre Kirschen selbst. "
    "Parken ist werktags kostenlos. Hunde müssen an der Leine bleiben.\n\n"
    "Der Laden verkauft Marmelade und Saft.\n"
)
KEPT = (
    "Der Obstgarten öffnet im Mai. Besucher pflücken ihre Kirschen selbst.\n\n"
    "Parken ist werktags kostenlos. Hunde müssen an der Leine bleiben.\n\n"
    "Der Laden verkauft Marmelade und Saft.\n"
)
# The source written with its lines wrapped: a sentence starting on the next line of the same
# paragraph is no paragraph break.
WRAPPED = (
    "The orchard opens in May.\nVisitors pick their own cherries.\n\n"
    "Parking is free on weekdays.\nDogs must stay on a lead.\n\n"
    "The shop sells jam and juice.\n"
)
# Two source paragraphs, one translated as two lines of one paragraph (a line break kept).
ON_NEW_LINE = (
    "Der Obstgarten öffnet im Mai. Besucher pflücken ihre Kirschen selbst.\n"
    "Parken ist werktags kostenlos. Hunde müssen an der Leine bleiben.\n\n"
    "Der Laden verkauft Marmelade und Saft.\n"
)


def _document(tmp_path, source, target):
    (tmp_path / "s.txt").write_text(source, encoding="utf-8")
    (tmp_path / "t.txt").write_text(target, encoding="utf-8")
    return read_pair(tmp_path / "s.txt", tmp_path / "t.txt", "en", "de").document


def _breaks(issues):
    return [i for i in issues if "paragraph break" in i.message]


@pytest.mark.parametrize(
    ("source", "target"), [(SOURCE, KEPT), (WRAPPED, KEPT)], ids=["kept", "wrapped source"]
)
def test_silent_where_the_translation_keeps_the_source_paragraphs(tmp_path, source, target):
    document = _document(tmp_path, source, target)
    assert not _breaks(check_document(document, build_context(document)))


@pytest.mark.parametrize("target", [LOST, ON_NEW_LINE])
def test_a_lost_paragraph_break_is_reported_at_the_first_word_after_it(tmp_path, target):
    document = _document(tmp_path, SOURCE, target)
    issues = _breaks(check_document(document, build_context(document)))
    assert [(i.check, i.text, document[i.segment].source) for i in issues] == [
        ("lost_sentence_boundary", "Parken", "Parking is free on weekdays.")
    ]


def test_the_wrapped_source_with_a_lost_break_is_reported_too(tmp_path):
    document = _document(tmp_path, WRAPPED, LOST)
    issues = _breaks(check_document(document, build_context(document)))
    assert [i.text for i in issues] == ["Parken"]


@pytest.mark.parametrize("cut", range(1, 6))
def test_counts_merged_in_parts_are_the_one_pass_counts(tmp_path, cut):
    segments = list(_document(tmp_path, SOURCE, LOST))
    whole, first, second = BreakStats(), BreakStats(), BreakStats()
    for n, segment in enumerate(segments):
        whole.add(segment)
        (first if n < cut else second).add(segment)
    first.merge(second)
    assert first.ids == whole.ids and len(whole.ids) == 1


def test_a_repeated_text_is_judged_by_its_own_place(tmp_path):
    # The same sentence pair twice in one paragraph of the translation: once after a lost
    # break, once not. A pass that remembers repeated texts still reports only the first.
    source = "Close the gate.\n\nClose the gate. Thank you.\n"
    target = "Tor schließen. Tor schließen. Danke.\n"
    document = _document(tmp_path, source, target)
    context = build_context(document)
    remembered = _breaks(check_segments(list(document), context, None, Repeats()))
    assert [(i.segment, i.text) for i in remembered] == [(2, "Tor")]
    reversed_order = _breaks(check_segments(list(document)[::-1], context, None, Repeats()))
    assert [(i.segment, i.text) for i in reversed_order] == [(2, "Tor")]


@pytest.mark.parametrize("chunk", [1, 2, 100])
def test_a_project_checked_streamed_reports_it_alike(tmp_path, monkeypatch, chunk):
    monkeypatch.setattr(streamed_module, "CHUNK_SEGMENTS", chunk)
    document = _document(tmp_path, SOURCE, LOST)
    path = tmp_path / "p.pedit"
    ProjectStore.create(path, document).close()
    with ProjectStore.open(path, readonly=True) as store:
        result = check_project(store, workers=1)
    assert result is not None
    found = [(issue.text, place) for issue, place in result.issues if "paragraph break" in issue.message]
    assert len(found) == 1 and found[0][0] == "Parken"
    assert found[0][1][:2] == (1, LOST.index("Parken"))
