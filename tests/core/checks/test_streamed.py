"""A project checked as it is streamed from the file gives what checking the loaded document
gives: the same issues, in the same order, at the same lines and columns."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from array import array

import pytest

from editor.core.checks import CheckSettings, build_context, check_document
from editor.core.checks import streamed as streamed_module
from editor.core.checks.stats import DocumentStats, DocumentStatsBuilder
from editor.core.checks.streamed import _chunks, check_project
from editor.core.formats.plaintext import read_pair
from editor.core.model import SegmentStatus
from editor.core.positions import Positions
from editor.core.store import ProjectStore
from tests.conftest import SEED_MT, SEED_SOURCE
from tests.factories import make_document


def _loaded_way(store, settings=None, ignored=None):
    document = store.load_document()
    positions = Positions(document)
    issues = check_document(document, build_context(document, settings), ignored, workers=1)
    return [(i, positions.locate(i.segment, i.side, i.start, i.end)) for i in issues]


def _project(tmp_path, source_text=None, target_text=None, edits=()):
    source, target = SEED_SOURCE, SEED_MT
    if source_text is not None:
        source, target = tmp_path / "s.txt", tmp_path / "t.txt"
        source.write_bytes(source_text.encode())
        target.write_bytes(target_text.encode())
    document = read_pair(source, target, "en", "de").document
    path = tmp_path / "p.pedit"
    store = ProjectStore.create(path, document)
    for segment_id, text in edits:
        store.save_segment(document.set_target(segment_id, text, SegmentStatus.DRAFT))
    store.close()
    return path


EDITS = [
    (2, "Im vergangenen Monat. Laut einem Update"),
    (3, ""),  # emptied: no longer placed in the target file
    (5, "Zwei Zeilen\nin einem Segment , mit Fehler"),
    (7, "Noch eine\r\nZeile „ohne Ende"),
]


@pytest.mark.parametrize("edits", [(), EDITS], ids=["as imported", "edited"])
@pytest.mark.parametrize("chunk", [1, 3, 2000])
def test_streamed_in_this_process_is_the_loaded_check(tmp_path, monkeypatch, edits, chunk):
    monkeypatch.setattr(streamed_module, "CHUNK_SEGMENTS", chunk)
    with ProjectStore.open(_project(tmp_path, edits=edits), readonly=True) as store:
        expected = _loaded_way(store)
        result = check_project(store, workers=1)
    assert result is not None
    assert result.issues == expected and expected
    assert result.segments == 35
    assert result.document.target_lang == "de" and result.document.segments == []


def test_crlf_files_and_blank_lines_are_located_alike(tmp_path):
    source = "First one here.\r\n\r\n\r\nSecond one  there .\r\nThird line (open.\r\n"
    target = "Erste hier.\r\n\r\n\r\nZweite  dort .\r\nDritte  Zeile (offen.\r\n"
    path = _project(tmp_path, source, target, edits=[(2, "Zweite\r\ndort ,")])
    with ProjectStore.open(path, readonly=True) as store:
        expected = _loaded_way(store)
        result = check_project(store, workers=1)
    assert result is not None and result.issues == expected
    assert {i.check for i, _ in expected} >= {"whitespace", "punctuation"}
    assert max(line for _, (line, *_) in expected) >= 5


def _untranslated_second(target_par: int | None, space: str):
    """Two paragraphs, the first's second sentence with no translation (a 1-0 segment);
    ``space`` between the words of its source and of the last target."""
    from editor.core.model import Document, Segment, TextLayout

    layout = TextLayout(head="", leads=("", ""), separators=("\n\n", "\n"))
    segments = [
        Segment(1, 1, "One sentence here.", "Ein Satz hier.", "Ein Satz hier.", target_par=0),
        Segment(2, 1, f"Another{space}one there.", "", "", kind="1-0", target_par=target_par),
        Segment(3, 2, "A last one.", f"Ein{space}letzter.", f"Ein{space}letzter.", target_par=1),
    ]
    return Document("en", "de", segments, target_layout=layout)


def test_a_filled_segment_with_no_place_of_its_own_is_located_alike(tmp_path):
    """A source sentence with no translation at import, filled in since: its target goes
    into its neighbour's paragraph after a space (the only place such a space is added)."""
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, _untranslated_second(None, "  ")) as store:
        document = store.load_document()
        empty = document[2]
        store.save_segment(document.set_target(2, "Noch ein  Satz ,", SegmentStatus.DRAFT))
    with ProjectStore.open(path, readonly=True) as store:
        expected = _loaded_way(store)
        result = check_project(store, workers=1)
    assert result is not None and result.issues == expected
    assert any(i.segment == empty.id for i, _ in expected)


@pytest.mark.parametrize("target_par", [None, 0], ids=["no paragraph", "its paragraph"])
def test_a_sentence_left_untranslated_is_pointed_at_where_its_paragraph_goes_on(tmp_path, target_par):
    """An empty target has no characters of its own: its issue (the omission) stands at the
    end of the paragraph's text so far, on the paragraph's line, never at a line numbered
    after the segment."""
    path = tmp_path / "p.pedit"
    ProjectStore.create(path, _untranslated_second(target_par, " ")).close()
    with ProjectStore.open(path, readonly=True) as store:
        expected = _loaded_way(store)
        result = check_project(store, workers=1)
    assert result is not None and result.issues == expected
    assert [position for i, position in expected if i.segment == 2 and i.side == "target"] == [(1, 14, 1, 14)]


@pytest.mark.parametrize("text", ["a\r\nb", "a\r\n\nb\r", "\r\r\n\n", "ab\ncd\r\nef", "\n\r"])
def test_lines_fed_in_pieces_count_as_the_whole_text(text):
    """However a text is cut into pieces, a "\r\n" across a cut is one line end."""
    from editor.core.positions import _Lines
    from editor.core.text import LineIndex

    for cut in range(len(text) + 1):
        for second in range(cut, len(text) + 1):
            lines = _Lines()
            for piece in (text[:cut], text[cut:second], text[second:]):
                lines.feed(piece)
            assert (lines.line, lines.col) == LineIndex(text).position(len(text)), (cut, second)


def test_settings_and_ignored_issues_are_honoured(tmp_path):
    with ProjectStore.open(_project(tmp_path), readonly=True) as store:
        first = _loaded_way(store)[0][0]
        ignored = {first.segment: {(first.check, first.fingerprint)}}
        settings = CheckSettings(disabled=frozenset({"punctuation"}))
        expected = _loaded_way(store, settings, ignored)
        result = check_project(store, settings, ignored, workers=1)
    assert result is not None and result.issues == expected
    assert first not in [i for i, _ in result.issues]
    assert not any(i.check == "punctuation" for i, _ in result.issues)


def test_spawned_workers_give_the_same(tmp_path, monkeypatch):
    """The test runner has threads, so its workers are spawned and sent the statistics."""
    monkeypatch.setattr(streamed_module, "CHUNK_SEGMENTS", 4)
    with ProjectStore.open(_project(tmp_path, edits=EDITS), readonly=True) as store:
        expected = _loaded_way(store)
        result = check_project(store, workers=2)
    assert result is not None and result.issues == expected


def test_forked_workers_give_the_same(tmp_path):
    """A single-threaded process (the CLI) forks; run in a fresh process."""
    path = _project(tmp_path, edits=EDITS)
    script = textwrap.dedent(
        f"""
        from editor.core.checks import streamed
        from editor.core.procs import can_fork
        from editor.core.store import ProjectStore
        from tests.core.checks.test_streamed import _loaded_way

        assert can_fork()
        streamed.CHUNK_SEGMENTS = 3
        with ProjectStore.open({str(path)!r}, readonly=True) as store:
            expected = _loaded_way(store)
            result = streamed.check_project(store, workers=2)
            assert can_fork()  # still one thread: the word lists did not start any
        assert result.issues == expected and expected, (len(result.issues), len(expected))
        print("same", len(expected))
        """
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("same")


def test_targets_out_of_paragraph_order_are_not_streamed(tmp_path):
    path = _project(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE segments SET target_par = 0 WHERE id = 30")
    with ProjectStore.open(path, readonly=True) as store:
        assert check_project(store, workers=1) is None


def test_an_older_project_read_through_a_copy_is_not_streamed(tmp_path):
    path = _project(tmp_path)
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA user_version = 5")
        conn.execute("DROP TABLE snapshot")
    with ProjectStore.open(path, readonly=True) as store:
        assert store.in_memory_copy
        assert check_project(store, workers=1) is None


def test_an_empty_project(tmp_path):
    from editor.core.model import Document

    path = tmp_path / "empty.pedit"
    ProjectStore.create(path, Document("en", "de", [])).close()
    with ProjectStore.open(path, readonly=True) as store:
        result = check_project(store, workers=2)
    assert result is not None and result.issues == [] and result.segments == 0


@pytest.mark.parametrize(
    ("paragraphs", "size", "ranges"),
    [
        ([], 3, []),
        ([0, 0, 1, 1, 2], 2, [(0, 2), (2, 4), (4, 5)]),
        ([0, 0, 0, 0, 1], 2, [(0, 4), (4, 5)]),  # a paragraph is never split
        ([0, 1, 2, 3], 3, [(0, 3), (3, 4)]),
        ([5, 5, 5], 1, [(0, 3)]),
    ],
)
def test_chunks_hold_whole_paragraphs(paragraphs, size, ranges):
    assert list(_chunks(array("q", paragraphs), size)) == ranges


@pytest.mark.parametrize("cut", [1, 9, 17, 34])
def test_statistics_built_in_parts_are_the_one_pass_statistics(seed_document, cut):
    whole = DocumentStats.build(seed_document)
    langs = (seed_document.source_lang, seed_document.target_lang)
    first, second = DocumentStatsBuilder(seed_document, langs), DocumentStatsBuilder(None, langs)
    for n, segment in enumerate(seed_document):
        (first if n < cut else second).add(segment)
    first.merge(second)
    merged = first.finish()
    assert merged.segments == whole.segments
    assert merged.lengths == whole.lengths
    assert merged.quotes == whole.quotes
    assert merged.register == whole.register
    for name in ("variants", "spaced", "translations", "paragraphs"):
        assert getattr(merged.terms, name) == getattr(whole.terms, name), name
        assert list(getattr(merged.terms, name)) == list(getattr(whole.terms, name)), name
    assert merged.terms._inconsistent == whole.terms._inconsistent


def test_quotation_counts_built_in_parts_are_the_one_pass_counts():
    """Every count of quotation styles survives a merge (the source language's marks too)."""
    pairs = [
        ("She said “no”.", "Sie sagte „nein“."),
        ('We said "fine".', 'Wir sagten "gut, klar".'),
        ("He said “yes”.", "Er sagte “ja”."),
        ("They said “maybe”.", 'Sie sagten "Vielleicht".'),
    ]
    document = make_document(pairs, "en", "de")
    whole = DocumentStats.build(document)
    first, second = DocumentStatsBuilder(document, ("en", "de")), DocumentStatsBuilder(None, ("en", "de"))
    for n, segment in enumerate(document):
        (first if n < 2 else second).add(segment)
    first.merge(second)
    merged = first.finish()
    assert merged.quotes == whole.quotes
    assert (whole.quotes.foreign, whole.quotes.rendered, whole.quotes.flattened) == (1, 1, 1)


def test_register_counts_built_in_parts_are_the_one_pass_counts():
    pairs = [
        ("Could not open %s.", "Kon %s niet openen."),
        ("The shop opens at nine.", "De winkel gaat om negen open."),
        ("Use --force to overwrite.", "Gebruik --force om te overschrijven."),
    ]
    document = make_document(pairs, "en", "nl")
    whole = DocumentStats.build(document)
    first, second = DocumentStatsBuilder(document, ("en", "nl")), DocumentStatsBuilder(None, ("en", "nl"))
    first.add(document.segments[0])
    for segment in document.segments[1:]:
        second.add(segment)
    first.merge(second)
    assert first.finish().register == whole.register
    assert (whole.register.segments, whole.register.software) == (3, 2)


def test_issues_handed_over_as_they_come_are_the_same_issues(tmp_path, monkeypatch):
    monkeypatch.setattr(streamed_module, "CHUNK_SEGMENTS", 5)
    handed: list[list] = []
    with ProjectStore.open(_project(tmp_path, edits=EDITS), readonly=True) as store:
        expected = _loaded_way(store)
        result = check_project(store, workers=1, emit=handed.append)
    assert result is not None and result.issues == []
    assert len(handed) > 3 and [x for part in handed for x in part] == expected


@pytest.mark.parametrize("workers", [1, 2])
def test_progress_goes_to_the_end_and_cancel_stops(tmp_path, monkeypatch, workers):
    from editor.core.checks.engine import Cancelled

    monkeypatch.setattr(streamed_module, "CHUNK_SEGMENTS", 5)
    seen: list[tuple[int, int]] = []
    with ProjectStore.open(_project(tmp_path), readonly=True) as store:
        result = check_project(store, workers=workers, progress=lambda d, t: seen.append((d, t)) or True)
        assert result is not None
        assert seen[0] == (0, 70) and seen[-1] == (70, 70)
        assert [d for d, _ in seen] == sorted(d for d, _ in seen) and len(seen) > 8
        with pytest.raises(Cancelled):
            check_project(store, workers=workers, progress=lambda d, t: d < 40)


def test_issues_alone_without_laying_out_the_target_file(tmp_path):
    with ProjectStore.open(_project(tmp_path, edits=EDITS), readonly=True) as store:
        expected = [issue for issue, _ in _loaded_way(store)]
        result = check_project(store, workers=1, locate=False)
    assert result is not None and [issue for issue, _ in result.issues] == expected
    assert result.stats.terms.document is None and result.stats.segments == 35


@pytest.mark.parametrize(
    "sample", ["phrase.xlf", "memoq.mqxliff", "trados.sdlxliff", "okapi.tmx", "messages.po", "table.tsv"]
)
def test_bilingual_projects_are_located_alike(tmp_path, sample):
    """No target file to lay out: positions come from each segment's place in the file."""
    from editor.core.importing import read_file, save_project
    from tests.conftest import ROOT

    path = tmp_path / "b.pedit"
    save_project(path, read_file(ROOT / "tests" / "data" / "formats" / sample))
    with ProjectStore.open(path) as store:  # an edit: its issues are placed by segment, not line
        document = store.load_document()
        first = document.segments[0]
        store.save_segment(document.set_target(first.id, "Zwei  Leerzeichen ,", SegmentStatus.DRAFT))
    with ProjectStore.open(path, readonly=True) as store:
        expected = _loaded_way(store)
        result = check_project(store, workers=1)
    assert result is not None and result.issues == expected
    assert any(issue.segment == first.id for issue, _ in expected)
