"""Exports to bilingual formats refuse edited segments whose inline tags no longer match the
source (they would silently lose or gain codes), unless forced."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.errors import TagMismatchError
from editor.core.export import ExportSource, export, render, tag_mismatches
from editor.core.formats.bilingual import read_bilingual
from editor.core.model import Document
from tests.factories import make_segment

DATA = Path(__file__).resolve().parent.parent / "data" / "formats"

# (source, MT, target after the edit, what the export reports; None: nothing)
TAGS = [
    ("Press ⟨1/⟩Enter.", "Drücken Sie ⟨1/⟩Eingabe.", "Drücken Sie Eingabe.", "⟨1/⟩ missing"),
    ("Press ⟨1/⟩Enter.", "Drücken Sie ⟨1/⟩Eingabe.", "Drücken ⟨1/⟩Sie ⟨1/⟩Eingabe.", "⟨1/⟩ doubled"),
    (
        "Press ⟨1/⟩Enter.",
        "Drücken Sie ⟨1/⟩Eingabe.",
        "Drücken ⟨2/⟩Sie ⟨1/⟩Eingabe.",
        "⟨2/⟩ not in the source",
    ),
    ("The ⟨1⟩file⟨/1⟩ menu.", "Das ⟨1⟩Datei⟨/1⟩-Menü.", "Das Datei⟨/1⟩-Menü.", "⟨1⟩ missing"),
    ("The ⟨1⟩file⟨/1⟩ menu.", "Das ⟨1⟩Datei⟨/1⟩-Menü.", "Das Datei-Menü.", "⟨1⟩ missing, ⟨/1⟩ missing"),
    # silent: tags kept (moved is fine), nothing edited, nothing translated, no tags at all
    ("Press ⟨1/⟩Enter.", "Drücken Sie ⟨1/⟩Eingabe.", "⟨1/⟩Eingabe drücken.", None),
    ("Press ⟨1/⟩Enter.", "Drücken Sie Eingabe.", "Drücken Sie Eingabe.", None),  # as imported
    ("Press ⟨1/⟩Enter.", "", "", None),
    ("Press Enter.", "Drücken Sie Eingabe.", "Drücken Sie die Eingabetaste.", None),
]


@pytest.mark.parametrize(("source", "mt", "target", "expected"), TAGS)
def test_tag_mismatches_of_edited_segments(source, mt, target, expected):
    segment = make_segment(source, target, mt=mt)
    found = tag_mismatches(Document("en", "de", [segment]))
    assert [what for _, what in found] == ([] if expected is None else [expected])


@pytest.fixture
def trados_without_a_tag() -> Document:
    document = read_bilingual(DATA / "trados.sdlxliff").document
    segment = document[3]
    document.set_target(3, segment.target.replace("⟨1/⟩", ""))
    return document


def test_an_xliff_export_stops_at_a_missing_tag_and_names_the_segment(trados_without_a_tag, tmp_path):
    out = tmp_path / "out.sdlxliff"
    original = (DATA / "trados.sdlxliff").read_bytes()
    with pytest.raises(TagMismatchError) as caught:
        export("xliff", ExportSource(trados_without_a_tag, given_original=original), out)
    message = str(caught.value)
    assert "segment 3 (trados.sdlxliff:" in message and "⟨1/⟩ missing" in message
    assert "XLIFF 1.2" in message
    assert not out.exists()
    for name in ("xliff2", "tmx", "tsv", "po"):  # any bilingual file would lose it
        with pytest.raises(TagMismatchError):
            render(name, ExportSource(trados_without_a_tag, given_original=original))
    render("txt", ExportSource(trados_without_a_tag))  # the article has no tags to lose


def test_a_forced_export_writes_the_target_as_it_stands(trados_without_a_tag, tmp_path):
    original = (DATA / "trados.sdlxliff").read_bytes()
    out = tmp_path / "forced.sdlxliff"
    export("xliff", ExportSource(trados_without_a_tag, given_original=original, force=True), out)
    again = read_bilingual(out).document
    assert again[3].target == trados_without_a_tag[3].target == "Drücken Sie Eingabe, um fortzufahren."
