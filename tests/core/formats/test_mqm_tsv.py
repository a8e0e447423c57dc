"""MQM TSV (google/wmt-mqm-human-evaluation layout): reading, writing back row for row."""

from __future__ import annotations

from pathlib import Path

import pytest

from editor.cli import main
from editor.core.errors import FormatError, UsageError
from editor.core.formats.mqm_tsv import COLUMNS, read_mqm_tsv, render_mqm_tsv
from editor.core.review import MqmSeverity, Review
from editor.core.review.model import Annotation, load_review, save_annotation
from editor.core.store import ProjectStore

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


HEADER9 = "\t".join(COLUMNS[:-1])
# (file name, content): files as WMT and others write them; a project made from each exports it
# byte for byte.
AS_WRITTEN = [
    (
        "nine-columns.tsv",
        HEADER9 + "\n"
        "s\td\t1\t1\tr1\tThe cat sat.\tDie Katze <v>saß</v>.\tAccuracy/Mistranslation\tMajor\n"
        "s\td\t1\t1\tr2\tThe cat sat.\tDie Katze saß.\tNo-error\tno-error\n"
        "s\td\t1\t2\tr1\tIt was May.\tIt was May.\tNon-translation!\tMajor\n",
    ),
    (
        "lower-case-severities.tsv",
        HEADER9 + "\n"
        's\td1\t1\t1\tr1\t"Hello," he said.\t„Hallo“, sagte er.\tNo-error\tno-error\n'
        's\td1\t1\t2\tr1\tHe "likes" it.\tEr <v>mag</v> es.\tAccuracy/Mistranslation\tmajor\n'
        "s\td1\t1\t3\tr1\tStop.\tHalt<v>.</v>\tFluency/Punctuation\tminor\n"
        "s\td1\t1\t3\tr2\tStop.\tHalt.\tNon-translation!\tMinor\n",
    ),
    (
        "odd-spelling-crlf.tsv",
        HEADER + "\r\n"
        "s\td\t1\t1\tr1\tA.\t<v>B</v>.\t fluency/grammar \t MINOR \tnote\r\n"
        "s\td\t1\t1\tr2\tA.\tB.\tno-error\tNO-ERROR\t\r\n",
    ),
    (
        "quoted-nine-columns.tsv",
        HEADER9 + "\n"
        's\td\t1\t1\tr1\t"Two\nlines"\t<v>Zwei</v> Zeilen\tAccuracy/Omission\tmajor\n'
        's\td\t1\t2\tr1\t"Say ""hi"""\tSag hallo\tno-error\tno-error\n',
    ),
    (
        "two-spans-and-differing-rows.tsv",
        HEADER9 + "\n"
        "s\td\t1\t1\tr1\tA b.\t<v>X</v> <v>y</v>.\tFluency/Spelling\tminor\n"
        "s\td\t1\t1\tr2\tA b.\tX y!\tFluency/Punctuation\tminor\n",
    ),
]


@pytest.mark.parametrize(("name", "content"), AS_WRITTEN, ids=[name for name, _ in AS_WRITTEN])
def test_an_imported_file_is_written_back_byte_for_byte(tmp_path, capsys, name, content):
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8"))
    imported = read_mqm_tsv(path)
    assert (
        render_mqm_tsv(imported.document, _review(imported), imported.layout, imported) == path.read_bytes()
    )
    project, out = tmp_path / "p.pedit", tmp_path / "back.tsv"
    assert main(["new", str(path), "-o", str(project)]) == 0
    assert main(["export", str(project), "--format", "mqm-tsv", "-o", str(out)]) == 0
    assert out.read_bytes() == path.read_bytes()
    direct = tmp_path / "direct.tsv"  # the TSV itself, no project
    assert main(["export", str(path), "--format", "mqm-tsv", "-o", str(direct)]) == 0
    assert direct.read_bytes() == path.read_bytes()


def _added(review: Review, **fields: object) -> Review:
    """The review with one annotation made in the tool (a new seq, no origin)."""
    annotation = Annotation(**{"rater": "me", "start": 0, "end": 0, "side": "segment", **fields})
    review.annotations.setdefault(annotation.segment, []).append(annotation.with_(seq=review.next_seq()))
    return review


def _changed(review: Review, seq: int, **changes: object) -> Review:
    for found in review.annotations.values():
        found[:] = [a.with_(**changes) if a.seq == seq else a for a in found]
    return review


LOWER = AS_WRITTEN[1][1]
NEW_ROW = 's\td1\t1\t1\tme\t"Hello," he said.\t„Hallo“, sagte er.\tFluency/Grammar\tMinor'
# (what the reviewer did, the file expected): rows nobody touched stay as written; rows made or
# changed in the tool are written in the canonical spelling, in the file's columns.
EDITS = [
    (
        lambda r: _added(r, segment=1, category="Fluency/Grammar", severity=MqmSeverity.MINOR),
        LOWER + NEW_ROW + "\n",
    ),
    (
        lambda r: _changed(r, 2, severity=MqmSeverity.MINOR),
        LOWER.replace("Accuracy/Mistranslation\tmajor", "Accuracy/Mistranslation\tMinor"),
    ),
    (  # a comment needs the comment column: the header gains it, older rows keep nine fields
        lambda r: _added(r, segment=1, category="Fluency/Grammar", severity=MqmSeverity.MINOR, comment="hm"),
        LOWER.replace(HEADER9, HEADER) + NEW_ROW + "\thm\n",
    ),
]


@pytest.mark.parametrize(("edit", "expected"), EDITS, ids=["added", "severity-changed", "comment-added"])
def test_rows_made_or_changed_in_the_tool_are_written_canonically(tmp_path, edit, expected):
    path = tmp_path / "lower.tsv"
    path.write_bytes(LOWER.encode("utf-8"))
    imported = read_mqm_tsv(path)
    review = edit(_review(imported))
    out = render_mqm_tsv(imported.document, review, imported.layout, imported).decode("utf-8")
    assert out == expected
    again = tmp_path / "again.tsv"
    again.write_text(out, encoding="utf-8")
    assert len(read_mqm_tsv(again).annotations) == len(
        [a for found in review.annotations.values() for a in found]
    )


def test_a_project_writes_an_annotation_made_in_it_canonically(tmp_path, capsys):
    path = tmp_path / "lower.tsv"
    path.write_bytes(LOWER.encode("utf-8"))
    project, out = tmp_path / "p.pedit", tmp_path / "back.tsv"
    assert main(["new", str(path), "-o", str(project)]) == 0
    with ProjectStore.open(project) as store:
        review = load_review(store)
        save_annotation(
            store, review, Annotation(1, "me", 0, 0, "Fluency/Grammar", MqmSeverity.MINOR, side="segment")
        )
    assert main(["export", str(project), "--format", "mqm-tsv", "-o", str(out)]) == 0
    assert out.read_text(encoding="utf-8") == LOWER + NEW_ROW + "\n"
