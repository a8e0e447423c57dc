"""The command line end to end, through ``editor.cli.main`` and a real subprocess."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from tests.conftest import SEED_MT, SEED_SOURCE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_align_json_follows_the_contract(capsys):
    code, out, err = run(capsys, "align", SEED_SOURCE, SEED_MT, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["languages"] == {"source": "en", "target": "de"}
    assert "languages inferred: en -> de" in err
    segments = data["segments"]
    assert [s["id"] for s in segments] == list(range(1, len(segments) + 1))
    target_lines = SEED_MT.read_text(encoding="utf-8").split("\n")
    for seg in segments:
        assert set(seg) >= {"id", "paragraph", "kind", "score", "source", "target"}
        tgt = seg["target"]
        if tgt is None:
            continue
        # The position points at exactly the text reported.
        assert tgt["line"] == tgt["end_line"]
        assert target_lines[tgt["line"] - 1][tgt["col"] : tgt["end_col"]] == tgt["text"]
    kinds = {s["kind"] for s in segments}
    assert "1-2" in kinds  # sentence boundaries the MT kept that the source did not have


def test_align_text_lists_every_segment(capsys):
    code, out, _ = run(capsys, "align", SEED_SOURCE, SEED_MT, "--source-lang", "en", "--target-lang", "de")
    assert code == 0
    assert "MonatLaut" in out and "¶19" in out


def test_new_info_export_round_trip(tmp_path, capsys):
    project = tmp_path / "seed.pedit"
    code, out, _ = run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)
    assert code == 0 and project.exists()
    assert "19 paragraphs" in out

    code, out, _ = run(capsys, "info", project, "--json")
    info = json.loads(out)
    assert code == 0
    assert info["paragraphs"] == 19
    assert info["languages"] == {"source": "en", "target": "de"}

    out_file = tmp_path / "clean.txt"
    code, _, _ = run(capsys, "export", project, "--format", "txt", "-o", out_file)
    assert code == 0
    assert out_file.read_bytes() == SEED_MT.read_bytes()


def test_new_refuses_to_overwrite_without_force(tmp_path, capsys):
    project = tmp_path / "p.pedit"
    assert run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)[0] == 0
    code, _, err = run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)
    assert code == 2 and "already exists" in err
    assert run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project, "--force")[0] == 0


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "empty"),
        (b"Gr\xfc\xdfe aus K\xf6ln\n", "offset"),
        ("Hallo\nWelt\n".encode("utf-16-le"), "binary"),
    ],
    ids=["empty", "latin-1", "utf16-no-bom"],
)
def test_bad_input_is_one_line_naming_the_file(tmp_path, capsys, content, expected):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(content)
    code, out, err = run(capsys, "align", SEED_SOURCE, bad)
    assert code == 2
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert str(bad) in lines[0] and expected in lines[0]
    assert "Traceback" not in err


def test_missing_file_and_corrupt_project(tmp_path, capsys):
    code, _, err = run(capsys, "info", tmp_path / "nope.pedit")
    assert code == 2 and "nope.pedit" in err
    corrupt = tmp_path / "corrupt.pedit"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x00" * 200)
    code, _, err = run(capsys, "info", corrupt)
    assert code == 2 and "corrupt.pedit" in err


def test_export_to_stdout(tmp_path, capsys):
    project = tmp_path / "p.pedit"
    run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)
    code = main(["export", str(project), "-o", "-"])
    assert code == 0


def test_python_dash_m_runs_the_same_program(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "editor", "align", str(SEED_SOURCE), str(tmp_path / "missing.txt")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert proc.returncode == 2
    assert proc.stderr.startswith("posteditor: error:")
    assert "missing.txt" in proc.stderr


LINE_ENDS = {"lf": "\n", "crlf": "\r\n", "cr": "\r", "mixed": None}
SOURCE_LINES = ["A first line", "of one paragraph.", "", "Second paragraph.", "", "Third one", "ends here."]
TARGET_LINES = ["Eine erste Zeile", "von einem Absatz.", "", "Zweiter Absatz.", "", "Dritter", "endet."]


def _joined(lines: list[str], end: str | None) -> str:
    """The lines with ``end`` after each; None cycles through all three kinds of line end."""
    ends = ["\r\n", "\n", "\r"] if end is None else [end]
    return "".join(line + ends[k % len(ends)] for k, line in enumerate(lines))


def _slice(text: str, side: dict[str, object]) -> str:
    """The text a position names, counting "\\r\\n", "\\n" and a lone "\\r" as line ends."""
    starts = [0] + [m.end() for m in re.finditer(r"\r\n|\n|\r", text)]
    return text[starts[side["line"] - 1] + side["col"] : starts[side["end_line"] - 1] + side["end_col"]]


@pytest.mark.parametrize(
    ("source_end", "target_end"),
    [(e, "\n") for e in LINE_ENDS.values()] + [("\r\n", "\r\n"), ("\r\n", "\r"), (None, None)],
    ids=[*LINE_ENDS, "crlf-crlf", "crlf-cr", "mixed-mixed"],
)
def test_line_ends_do_not_change_paragraphs_or_positions(tmp_path, capsys, source_end, target_end):
    source, target = _joined(SOURCE_LINES, source_end), _joined(TARGET_LINES, target_end)
    (tmp_path / "en.txt").write_bytes(source.encode())
    (tmp_path / "de.txt").write_bytes(target.encode())
    code, out, err = run(capsys, "align", tmp_path / "en.txt", tmp_path / "de.txt", "--json")
    assert code == 0
    assert "paragraphs" not in err  # counts agree: matched 1:1, no alignment warning
    segments = json.loads(out)["segments"]
    assert [(s["paragraph"], s["kind"]) for s in segments] == [(1, "1-1"), (2, "1-1"), (3, "1-1")]
    for seg in segments:
        assert _slice(source, seg["source"]) == seg["source"]["text"]
        assert _slice(target, seg["target"]) == seg["target"]["text"]
    assert segments[0]["source"]["text"].split() == "A first line of one paragraph.".split()


def test_export_through_a_symlink_keeps_the_link(tmp_path, capsys):
    project = tmp_path / "p.pedit"
    run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)
    (tmp_path / "clean.txt").write_text("old")
    (tmp_path / "latest.txt").symlink_to("clean.txt")
    assert run(capsys, "export", project, "-o", tmp_path / "latest.txt")[0] == 0
    assert (tmp_path / "latest.txt").is_symlink()
    assert (tmp_path / "clean.txt").read_bytes() == SEED_MT.read_bytes()


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="needs /proc")
def test_export_to_proc_self_fd_writes_to_stdout(tmp_path, capsys):
    project = tmp_path / "p.pedit"
    run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)
    proc = subprocess.run(
        [sys.executable, "-m", "editor", "export", str(project), "-o", "/proc/self/fd/1"],
        capture_output=True,
        timeout=60,
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == SEED_MT.read_bytes()


def _output_is_input(tmp_path, how):
    """The path to give as -o for ``how``: an input by name, through a symlink, or a hard link."""
    if how == "name":
        return tmp_path / "de.txt"
    if how == "symlink":
        (tmp_path / "out").symlink_to("de.txt")
    else:
        os.link(tmp_path / "de.txt", tmp_path / "out")
    return tmp_path / "out"


@pytest.mark.parametrize("how", ["name", "symlink", "hardlink"])
@pytest.mark.parametrize(
    "argv",
    [
        ["new", "EN", "DE", "-o", "OUT", "--force"],
        ["new", "EN", "DE", "-o", "OUT"],
        ["export", "EN", "DE", "-o", "OUT"],
        ["export", "PROJECT", "--format", "xliff", "-o", "OUT"],
    ],
    ids=["new-force", "new", "export-pair", "export-project"],
)
def test_an_output_that_is_an_input_is_refused(tmp_path, capsys, argv, how):
    (tmp_path / "en.txt").write_bytes(SEED_SOURCE.read_bytes())
    (tmp_path / "de.txt").write_bytes(SEED_MT.read_bytes())
    if "PROJECT" in argv:  # the project is the file named de.txt
        run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", tmp_path / "p.pedit")
        os.replace(tmp_path / "p.pedit", tmp_path / "de.txt")
    before = (tmp_path / "de.txt").read_bytes()
    names = {"EN": tmp_path / "en.txt", "DE": tmp_path / "de.txt", "PROJECT": tmp_path / "de.txt"}
    names["OUT"] = _output_is_input(tmp_path, how)
    code, out, err = run(capsys, *[names.get(a, a) for a in argv])
    assert code == 2 and out == ""
    assert f"{names['OUT']} is an input of this command" in err and "--force" not in err
    assert (tmp_path / "de.txt").read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["check", "SRC", "MT", "--fail-on", "bogus"], "(choose from error, warning, info, never)"),
        (["check", "", ""], "an empty path was given for an input"),
        (["info", ""], "an empty path was given for an input"),
        (["align", "", "MT"], "an empty path was given for the source"),
        (["metrics", "--mt", "", "--pe", "MT"], "an empty path was given for --mt"),
        (["new", "SRC", "MT", "-o", ""], "an empty path was given for -o"),
        (["export", "SRC", "MT", "-o", ""], "an empty path was given for -o"),
        (["review", "config", ""], "an empty path was given for the project"),
        (["info", "SRC", "MT", "--source-lang", "xx"], "--source-lang: 'xx' is not an ISO 639-1 or 639-3"),
        (["info", "SRC", "MT", "--target-lang", "zz"], "--target-lang: 'zz' is not an ISO 639-1 or 639-3"),
    ],
)
def test_usage_errors_say_what_is_wrong(capsys, argv, message):
    names = {"SRC": SEED_SOURCE, "MT": SEED_MT}
    code, out, err = run(capsys, *[names.get(a, a) for a in argv])
    assert code == 2 and out == ""
    assert err.startswith("posteditor: error: ") and message in err
    assert err.count("\n") == 1 and "is a directory" not in err


# (options, the languages used, what stderr says about them)
LANGUAGES = [
    ([], ("en", "de"), "languages inferred: en -> de (set --source-lang/--target-lang to override)"),
    (["--source-lang", "EN"], ("en", "de"), "languages: en (given) -> de (inferred; set --target-lang"),
    (
        ["--target-lang", "De"],
        ("en", "de"),
        "languages: en (inferred; set --source-lang to override) -> de (given)",
    ),
    (["--source-lang", "en-GB", "--target-lang", "de-DE"], ("en", "de"), "--target-lang de-DE is read as de"),
    (["--source-lang", "eng", "--target-lang", "deu"], ("en", "de"), ""),
]


@pytest.mark.parametrize(("options", "languages", "said"), LANGUAGES)
def test_language_options_and_what_is_said_about_them(capsys, options, languages, said):
    code, out, err = run(capsys, "info", SEED_SOURCE, SEED_MT, "--json", *options)
    assert code == 0
    assert tuple(json.loads(out)["languages"].values()) == languages
    assert said in err
    if options and "--source-lang" in options and "--target-lang" in options:
        assert "inferred" not in err
