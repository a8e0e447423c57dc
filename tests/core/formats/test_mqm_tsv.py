"""MQM TSV (google/wmt-mqm-human-evaluation layout): reading, writing back row for row."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.core.errors import FormatError, UsageError
from editor.core.formats.mqm_tsv import COLUMNS, read_mqm_tsv, render_mqm_tsv
from editor.core.review import MqmSeverity, Review

SAMPLE = Path(__file__).resolve().parents[2] / "data" / "mqm_sample.tsv"
HEADER = "\t".join(COLUMNS)


def _review(imported) -> Review:
    return Review.of_imported(imported.annotations, imported.ratings)


def _system_rows(path: Path, system: str) -> str:
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    return lines[0] + "".join(line for line in lines[1:] if line.startswith(system + "\t"))


@pytest.mark.parametrize("system", ["sysA", "sysB"])
def test_round_trip_keeps_every_row_of_the_system(system):
    imported = read_mqm_tsv(SAMPLE, system)
    out = render_mqm_tsv(imported.document, _review(imported), imported.layout).decode("utf-8")
    assert out == _system_rows(SAMPLE, system)


def test_segments_spans_and_ratings():
    imported = read_mqm_tsv(SAMPLE, "sysA")
    doc = imported.document
    assert len(doc) == 5
    assert (doc.source_lang, doc.target_lang) == ("en", "de")
    first = doc[1]
    assert first.source == 'The "Earth" orbits the Sun.'
    assert first.target == first.mt == "Die „Erde“ kreist um die Sonne."
    by_text = {
        (
            a.side,
            doc[a.segment].target[a.start : a.end]
            if a.side == "target"
            else doc[a.segment].source[a.start : a.end],
        ): a
        for a in imported.annotations
    }
    assert ("target", "kreist") in by_text
    omission = by_text[("source", "March")]
    assert omission.category == "Accuracy/Omission" and omission.severity is MqmSeverity.MAJOR
    assert by_text[("target", "")].comment == "missing full stop"  # an empty span, kept
    critical = [a for a in imported.annotations if a.severity is MqmSeverity.CRITICAL]
    assert critical[0].side == "segment"  # no <v> marks: the whole segment
    raters = {(r.segment, r.rater) for r in imported.ratings}
    assert (2, "rater1") in raters and (2, "rater2") in raters
    assert doc[5].target == "<b>Fett</b> & mehr"  # markup in the text is text


def test_quoted_tsv_with_tabs_and_quotes_inside_fields(tmp_path):
    path = tmp_path / "quoted.tsv"
    path.write_text(
        HEADER + "\n"
        'sys\td\t1\t1\tr1\t"He said ""tab\there"""\t"Er sagte ""Tab\t<v>hier</v>"""'
        "\tAccuracy/Mistranslation\tMajor\t\n"
        "sys\td\t2\t2\tr1\tPlain.\tSchlicht.\tNo-error\tNo-error\t\n",
        encoding="utf-8",
    )
    imported = read_mqm_tsv(path)
    assert imported.layout.quoted
    assert imported.document[1].source == 'He said "tab\there"'
    a = imported.annotations[0]
    assert imported.document[1].target[a.start : a.end] == "hier"
    assert render_mqm_tsv(imported.document, _review(imported), imported.layout) == path.read_bytes()


def test_crlf_bom_and_missing_final_newline_are_kept(tmp_path):
    path = tmp_path / "crlf.tsv"
    text = HEADER + "\r\nsys\td\t1\t1\tr\tA.\tB.\tNo-error\tNo-error\t"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    imported = read_mqm_tsv(path)
    assert render_mqm_tsv(imported.document, _review(imported), imported.layout) == path.read_bytes()


@pytest.mark.parametrize(
    ("content", "message", "line"),
    [
        ("", "empty file", None),
        ("source\ttarget\nA\tB\n", "not an MQM TSV", 1),
        (HEADER + "\n", "no rows", 2),
        (HEADER + "\nsys\td\t1\t1\tr\tA\tB\tX\n", "expected 10 tab-separated columns", 2),
        (HEADER + "\nsys\td\t1\t1\tr\tA\t<v>B</v>\tFluency/Grammar\tHuge\t\n", "unknown MQM severity", 2),
    ],
)
def test_malformed_files_name_the_line(tmp_path, content, message, line):
    path = tmp_path / "bad.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(FormatError) as err:
        read_mqm_tsv(path)
    assert message in str(err.value)
    assert err.value.line == line
    assert str(path) in str(err.value)


def test_several_systems_need_a_choice():
    with pytest.raises(UsageError, match="2 systems.*sysA, sysB"):
        read_mqm_tsv(SAMPLE)
    with pytest.raises(UsageError, match="no system 'sysC'"):
        read_mqm_tsv(SAMPLE, "sysC")


# (target cell of the segment's first row, the flagged text, its column in that row: the
#  cell's column plus its offset in the text, <v> marks not counted)
CELLS = [
    pytest.param("Eine Katz.", "Katz", 21 + 5, id="plain"),
    pytest.param("Eine <v>Katz</v>.", "Katz", 21 + 5, id="marked"),
    pytest.param("<v>Eine</v> Katz.", "Katz", 21 + 5, id="marked-before"),
]


@pytest.mark.parametrize(("cell", "text", "col"), CELLS)
def test_positions_are_on_the_segments_first_row(tmp_path, cell, text, col):
    """Never a segment number for a line, marked cells included."""
    from editor.core.positions import Positions

    rows = [
        "s\td1\t1\t9\tr1\tTwo dogs.\tZwei Hunde.\tNo-error\tNo-error\t",
        f"s\td1\t1\t1\tr1\tOne cat.\t{cell}\tFluency/Spelling\tMinor\t",
        "s\td1\t1\t1\tr2\tOne cat.\tEine Katz.\tNo-error\tNo-error\t",
    ]
    path = tmp_path / "m.tsv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    document = read_mqm_tsv(path).document
    start = document[2].target.index(text)
    line, found, _, _ = Positions(document).locate(2, "target", start, start + len(text))
    assert (line, found) == (3, col)
