"""A line break typed or pasted into a segment's target never splits the article's paragraph
on export: it stays a line break only inside a paragraph that may hold lines, else a space."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core.export import ExportSource, article_text, render
from editor.core.formats.plaintext import read_pair
from editor.core.model import Document, within_paragraph
from tests.conftest import SEED_MT, SEED_SOURCE
from tests.factories import make_segment

# (target, paragraphs may hold lines, as it goes into the paragraph)
WITHIN = [
    ("Eine Zeile.", True, "Eine Zeile."),
    ("Erste Zeile.\nZweite Zeile.", True, "Erste Zeile.\nZweite Zeile."),  # a line break inside
    ("Erste Zeile.\nZweite Zeile.", False, "Erste Zeile. Zweite Zeile."),  # one paragraph per line
    ("Text.\n\nNeuer Absatz.", True, "Text.  Neuer Absatz."),  # a blank line: no new paragraph
    ("Text.\n \nNeu.", True, "Text.   Neu."),  # a whitespace-only line is blank too
    ("Text.\n", True, "Text. "),  # at the edge: the next segment follows on the line
    ("\nText.", True, " Text."),
    ("Text.\r\nMehr.", True, "Text.\r\nMehr."),
    ("Text.\r\n\r\nMehr.", True, "Text.    Mehr."),
    ("Text.\rMehr.", False, "Text. Mehr."),
]


@pytest.mark.parametrize(("target", "lines", "expected"), WITHIN)
def test_a_target_goes_into_its_paragraph(target: str, lines: bool, expected: str) -> None:
    placed = within_paragraph(target, lines)
    assert placed == expected
    assert len(placed) == len(target)  # offsets into the target stay valid


def _paragraphs(text: str) -> list[str]:
    return [p for p in re.split(r"\n[ \t]*\n", text) if p.strip()]


def test_returns_typed_into_a_segment_leave_the_article_its_paragraphs(tmp_path: Path) -> None:
    document = read_pair(SEED_SOURCE, SEED_MT, "en", "de").document
    before = _paragraphs(article_text(document))
    assert article_text(document) == SEED_MT.read_text(encoding="utf-8")  # nobody edited: the MT
    document.set_target(3, document[3].target + "\n\nNeuer Absatz.")
    document.set_target(5, "Erste Zeile.\nZweite Zeile.")
    after = _paragraphs(article_text(document))
    assert len(after) == len(before)
    assert "Erste Zeile.\nZweite Zeile." in article_text(document)  # a line break stays one
    assert "Neuer Absatz." in after[document[3].paragraph - 1]


def test_a_file_with_one_paragraph_per_line_keeps_its_lines(tmp_path: Path) -> None:
    source, target = tmp_path / "s.txt", tmp_path / "t.txt"
    source.write_text("First line.\nSecond line.\n", encoding="utf-8")
    target.write_text("Erste Zeile.\nZweite Zeile.\n", encoding="utf-8")
    document = read_pair(source, target, "en", "de").document
    document.set_target(1, "Erste\nZeile.")
    assert render("txt", ExportSource(document)).decode() == "Erste Zeile.\nZweite Zeile.\n"


def test_the_article_of_a_bilingual_file_keeps_its_paragraphs() -> None:
    document = Document(
        "en", "de", [make_segment("A.", "Eins.\n\nZwei.", id=1), make_segment(id=2, paragraph=2)]
    )
    assert article_text(document) == "Eins.  Zwei.\n\nHallo Welt.\n"
