"""The cleaned article as Markdown and HTML, the QA report, atomic writes."""

from __future__ import annotations

import csv
import io
import os
import stat

import pytest

from editor.core.atomic import write_atomic
from editor.core.export import ExportSource, export, render
from editor.core.model import Document, Segment
from editor.core.reports import markdown_escape

HOSTILE = '<script>alert("x")</script> & <b>bold</b>'


def _document() -> Document:
    return Document(
        "en",
        "de",
        [
            Segment(1, 1, "Intro.", "# Not a heading *really*", "# Not a heading *really*"),
            Segment(
                2, 2, "It costs 5 euros.", f"Es kostet 6 Euro. {HOSTILE}", f"Es kostet 6 Euro. {HOSTILE}"
            ),
            Segment(3, 2, "Open ⟨1⟩it⟨/1⟩.", "Öffnen ⟨1⟩es⟨/1⟩.", "Öffnen ⟨1⟩es⟨/1⟩."),
        ],
        target_name="article.de.txt",
    )


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("# h", "\\# h"),
        ("a *b* _c_", "a \\*b\\* \\_c\\_"),
        ("1. item", "\\1. item"),
        ("x [y](z)", "x \\[y\\](z)"),
    ],
)
def test_markdown_escape(text, escaped):
    assert markdown_escape(text) == escaped


def test_markdown_article_keeps_paragraphs_and_drops_tags():
    text = render("md", ExportSource(_document())).decode()
    assert text.split("\n\n")[0] == "\\# Not a heading \\*really\\*"
    assert "Öffnen es." in text and "⟨" not in text


def test_html_article_escapes_everything():
    page = render("html", ExportSource(_document())).decode()
    assert "<script>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert page.count("<p>") == 2 and '<html lang="de">' in page


def test_report_html_shows_issues_and_texts_escaped():
    page = render("report-html", ExportSource(_document())).decode()
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "number_mismatch" in page  # 5 euros -> 6 Euro
    assert '<mark class="error">6</mark>' in page
    assert "MQM" in page and "HTER" in page


def test_report_csv_has_one_row_per_issue():
    rows = list(csv.reader(io.StringIO(render("report-csv", ExportSource(_document())).decode())))
    assert rows[0][:3] == ["segment", "check", "severity"]
    assert any(r[1] == "number_mismatch" and r[0] == "2" for r in rows[1:])


def test_atomic_write_gives_a_normal_mode_and_keeps_an_existing_one(tmp_path):
    fresh = tmp_path / "fresh.txt"
    write_atomic(fresh, b"a")
    umask = os.umask(0)
    os.umask(umask)
    assert stat.S_IMODE(fresh.stat().st_mode) == 0o666 & ~umask
    kept = tmp_path / "kept.txt"
    kept.write_bytes(b"old")
    kept.chmod(0o640)
    write_atomic(kept, b"new")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o640 and kept.read_bytes() == b"new"


def test_export_to_a_missing_folder_is_a_clear_error(tmp_path):
    from editor.core.errors import EditorError

    with pytest.raises(EditorError, match="cannot write"):
        export("html", ExportSource(_document()), tmp_path / "no" / "such" / "out.html")
