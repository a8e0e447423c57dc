"""``posteditor check`` on bilingual files and on projects made from them: every position is in
the bilingual file (named in the report), edited segments included — never a segment number."""

from __future__ import annotations

import json

import pytest

from editor.cli import main
from editor.core.store import ProjectStore

PAIRS = [
    ("Open the file.", "Öffnen Sie die Datei."),
    ("The price rose by 5 percent last month.", "Der Preis stieg letzten MonatLaut um 5 Prozent."),
    ("Close the file.", "Schließen Sie die Datei."),
]
EDIT = 'Schließen Sie die "DateiLaut" jetzt.'  # segment 3, edited in the project: one issue


def _xliff12() -> str:
    units = "".join(
        f'      <trans-unit id="u{n}">\n        <source>{s}</source>\n        <target>{t}</target>\n'
        "      </trans-unit>\n"
        for n, (s, t) in enumerate(PAIRS, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">\n'
        '  <file original="x" source-language="en" target-language="de" datatype="plaintext">\n'
        f"    <body>\n{units}    </body>\n  </file>\n</xliff>\n"
    )


def _xliff2() -> str:
    units = "".join(
        f'  <unit id="u{n}">\n    <segment>\n      <source>{s}</source>\n      <target>{t}</target>\n'
        "    </segment>\n  </unit>\n"
        for n, (s, t) in enumerate(PAIRS, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">\n'
        f'<file id="f">\n{units}</file>\n</xliff>\n'
    )


def _tmx() -> str:
    units = "".join(
        f'    <tu tuid="{n}">\n      <tuv xml:lang="en"><seg>{s}</seg></tuv>\n'
        f'      <tuv xml:lang="de"><seg>{t}</seg></tuv>\n    </tu>\n'
        for n, (s, t) in enumerate(PAIRS, start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n'
        '  <header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" '
        'srclang="en" datatype="plaintext"/>\n'
        f"  <body>\n{units}  </body>\n</tmx>\n"
    )


def _po() -> str:
    messages = "".join(f'\nmsgid "{s}"\nmsgstr "{t}"\n' for s, t in PAIRS)
    return 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: de\\n"\n' + messages


def _tsv() -> str:
    return "id\tsource\ttarget\n" + "".join(f"{n}\t{s}\t{t}\n" for n, (s, t) in enumerate(PAIRS, start=1))


# (format, file, where a target's column 0 is: the file's column for PO, the text's start for
#  the others, whose columns count from the start of the segment's text)
FORMATS = [
    pytest.param("xlf", _xliff12(), False, id="xliff12"),
    pytest.param("xlf", _xliff2(), False, id="xliff2"),
    pytest.param("tmx", _tmx(), False, id="tmx"),
    pytest.param("po", _po(), True, id="po"),
    pytest.param("tsv", _tsv(), False, id="tsv"),
]


def _check(capsys, path) -> dict:
    main(
        [
            "check",
            str(path),
            "--json",
            "--select",
            "merged_token",
            "--source-lang",
            "en",
            "--target-lang",
            "de",
        ]
    )
    return json.loads(capsys.readouterr().out)


def _where(content: str, text: str) -> tuple[int, int]:
    """The line holding ``text`` in the file and the column where it starts."""
    for number, line in enumerate(content.split("\n"), start=1):
        if text in line:
            return number, line.index(text)
    raise AssertionError(text)


@pytest.mark.parametrize(("suffix", "content", "file_columns"), FORMATS)
def test_a_bilingual_file_is_checked_at_its_own_lines(tmp_path, capsys, suffix, content, file_columns):
    path = tmp_path / f"job.{suffix}"
    path.write_text(content, encoding="utf-8")
    report = _check(capsys, path)
    assert report["files"]["target"] == str(path)
    [issue] = report["issues"]
    line, col = _where(content, "MonatLaut")
    start_col = _where(content, PAIRS[1][1])[1] if file_columns else 0
    assert (issue["segment"], issue["line"], issue["col"]) == (2, line, start_col + issue["start"])
    if file_columns:
        assert issue["col"] == col


@pytest.mark.parametrize(("suffix", "content", "file_columns"), FORMATS)
def test_a_projects_edited_segments_stay_in_the_files_coordinates(
    tmp_path, capsys, suffix, content, file_columns
):
    path = tmp_path / f"job.{suffix}"
    path.write_text(content, encoding="utf-8")
    project = tmp_path / "job.pedit"
    assert main(["new", str(path), "-o", str(project), "--source-lang", "en", "--target-lang", "de"]) == 0
    capsys.readouterr()
    with ProjectStore.open(project) as store:
        store.save_segment(store.load_document()[3].with_target(EDIT))
    report = _check(capsys, project)
    assert report["files"] == {"source": str(path), "target": str(path)}  # the file the lines are in
    assert [issue["segment"] for issue in report["issues"]] == [2, 3]
    unedited, edited = report["issues"]
    assert unedited == _check(capsys, path)["issues"][0]  # as in the file itself
    # The edited target is counted from where segment 3's target starts in the file.
    line, col = _where(content, PAIRS[2][1])
    escaped = len('Schließen Sie die \\"') if file_columns else edited["start"]
    assert (edited["line"], edited["col"]) == (line, (col if file_columns else 0) + escaped)


PIECES = (
    'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n'
    'msgid ""\n"The price rose by 5 percent last month. "\n"Then it fell."\n'
    'msgstr ""\n"Der \\"Preis\\" stieg letzten "\n"MonatLaut um 5 Prozent. "\n"Dann fiel er."\n'
)


def test_a_po_project_is_located_through_the_file_it_keeps(tmp_path, capsys):
    """A string in pieces with escapes cannot be walked from one origin: the project reads the
    PO file it keeps, so its report is the file's, streamed or not."""
    path = tmp_path / "pieces.po"
    path.write_text(PIECES, encoding="utf-8")
    project = tmp_path / "pieces.pedit"
    assert main(["new", str(path), "-o", str(project), "--source-lang", "en", "--target-lang", "de"]) == 0
    capsys.readouterr()
    report = _check(capsys, project)
    [issue] = report["issues"]
    assert (issue["line"], issue["col"], issue["end_line"], issue["end_col"]) == (10, 1, 10, 10)
    assert report == _check(capsys, path)
