"""``posteditor check`` end to end: linter lines at exact positions, JSON, filters, exit codes,
a project's stored settings and ignores."""

from __future__ import annotations

import json
import re

import pytest

from editor.cli import main
from editor.core.checks import CheckSettings, Severity, all_checks, build_context, check_document
from editor.core.checks.persist import ignore, load_ignored, load_settings, save_settings
from editor.core.store import ProjectStore
from tests.conftest import SEED_MT, SEED_PE, SEED_SOURCE

LINE = re.compile(
    r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<sev>error|warning|info) (?P<check>\w+) (?P<rest>.*)$"
)


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_text_lines_point_at_the_flagged_characters(capsys):
    code, out, err = run(capsys, "check", SEED_SOURCE, SEED_MT)
    assert code == 1  # errors found, --fail-on defaults to error
    lines = SEED_MT.read_text(encoding="utf-8").split("\n")
    parsed = [LINE.match(line) for line in out.splitlines()]
    assert all(parsed), out
    fused = [m for m in parsed if m["check"] == "merged_token"]
    assert [lines[int(m["line"]) - 1][int(m["col"]) :].split()[0].rstrip(".,") for m in fused] == [
        "MonatLaut",
        "5ein",
        "Erdeund",
    ]
    assert fused[0]["rest"].endswith("-> Monat. Laut")
    assert re.search(r"\d+ issues \(\d+ errors?, \d+ warnings?", err)


def test_json_follows_the_contract(capsys):
    langs = ("--source-lang", "en", "--target-lang", "de")
    code, out, _ = run(capsys, "check", SEED_SOURCE, SEED_MT, "--json", *langs)
    data = json.loads(out)
    assert code == 1
    assert data["version"] == 1 and data["languages"] == {"source": "en", "target": "de"}
    lines = SEED_MT.read_text(encoding="utf-8").split("\n")
    for issue in data["issues"]:
        assert issue["side"] == "target"
        assert lines[issue["line"] - 1][issue["col"] : issue["end_col"]] == issue["text"]
    summary = data["summary"]
    assert summary["issues"] == len(data["issues"]) == sum(summary["by_severity"].values())
    assert summary["by_check"]["merged_token"] == 3


def test_select_ignore_and_fail_on(capsys):
    code, out, _ = run(capsys, "check", SEED_SOURCE, SEED_MT, "--select", "repeated_word,whitespace")
    assert (code, out) == (0, "")
    code, out, _ = run(
        capsys, "check", SEED_SOURCE, SEED_MT, "--select", "inconsistent_term", "--fail-on", "warning"
    )
    assert code == 1 and {LINE.match(line)["check"] for line in out.splitlines()} == {"inconsistent_term"}
    code, out, _ = run(capsys, "check", SEED_SOURCE, SEED_MT, "--ignore", "merged_token", "--json")
    assert "merged_token" not in json.loads(out)["summary"]["by_check"]
    code, _, _ = run(capsys, "check", SEED_SOURCE, SEED_MT, "--fail-on", "never")
    assert code == 0


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--select", "no_such_check"], "unknown check no_such_check"),
        (["--fail-on", "fatal"], "unknown severity 'fatal'"),
    ],
)
def test_bad_options_exit_2_with_one_line(capsys, argv, message):
    code, out, err = run(capsys, "check", SEED_SOURCE, SEED_MT, *argv)
    assert code == 2 and out == ""
    assert message in err and len(err.strip().splitlines()) == 1


def test_the_post_edited_seed_is_clean(capsys):
    code, out, _ = run(capsys, "check", SEED_SOURCE, SEED_PE, "--fail-on", "warning", "--json")
    data = json.loads(out)
    assert data["summary"]["by_severity"].get("error", 0) == 0
    assert data["summary"]["by_severity"].get("warning", 0) <= 3
    assert data["summary"]["segments"] > 30


def test_list_names_every_check(capsys):
    code, out, _ = run(capsys, "check", "--list", "--json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == [c.id for c in all_checks()]


def test_project_settings_and_ignores_are_used(tmp_path, capsys):
    project = tmp_path / "seed.pedit"
    assert run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)[0] == 0
    with ProjectStore.open(project) as store:
        document = store.load_document()
        issues = check_document(document, build_context(document))
        first = next(i for i in issues if i.check == "merged_token")
        ignore(store, first)
        settings = CheckSettings(
            disabled=frozenset({"inconsistent_term"}), severities={"stray_artifact": Severity.INFO}
        )
        save_settings(store, settings, [c.id for c in all_checks()])
    code, out, _ = run(capsys, "check", project, "--json")
    issues = json.loads(out)["issues"]
    assert first.text not in {i["text"] for i in issues if i["check"] == "merged_token"}
    assert not any(i["check"] == "inconsistent_term" for i in issues)
    assert {i["severity"] for i in issues if i["check"] == "stray_artifact"} == {"info"}
    with ProjectStore.open(project, readonly=True) as store:
        assert load_settings(store) == settings
        assert load_ignored(store) == {first.segment: {(first.check, first.fingerprint)}}


@pytest.mark.parametrize("select", [None, "repeated_word"], ids=["issues", "none"])
def test_a_project_is_reported_as_its_pair_is(tmp_path, capsys, select):
    """A project is checked streamed from the file: the same issues at the same lines as
    the pair it was made from, and JSON printed exactly as json.dumps(indent=1) prints it."""
    project = tmp_path / "seed.pedit"
    assert run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)[0] == 0
    options = ["--json", "--fail-on", "never", *(["--select", select] if select else [])]
    _, pair, _ = run(capsys, "check", SEED_SOURCE, SEED_MT, *options)
    _, out, _ = run(capsys, "check", project, *options)
    data = json.loads(out)
    assert out == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    expected = json.loads(pair)
    assert data["issues"] == expected["issues"]
    assert data["summary"] == expected["summary"]
    assert data["files"] == {"source": expected["files"]["source"], "target": str(project)}
    assert bool(data["issues"]) == (select is None)


def test_a_project_that_cannot_be_streamed_is_loaded_and_reported_alike(tmp_path, capsys):
    """An older project opened read-only is read through a migrated copy in memory."""
    import sqlite3

    project = tmp_path / "seed.pedit"
    assert run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)[0] == 0
    streamed = run(capsys, "check", project, "--json")
    with sqlite3.connect(project) as conn:
        conn.execute("DROP TABLE snapshot")
        conn.execute("PRAGMA user_version = 5")
    loaded = run(capsys, "check", project, "--json")
    assert loaded == streamed and json.loads(loaded[1])["issues"]
    text = run(capsys, "check", project)
    assert text[0] == 1 and len(text[1].splitlines()) == len(json.loads(loaded[1])["issues"])


def test_a_damaged_project_is_exit_2_with_nothing_half_written(tmp_path, capsys):
    import sqlite3

    project = tmp_path / "seed.pedit"
    assert run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)[0] == 0
    with sqlite3.connect(project) as conn:
        conn.execute("UPDATE segments SET status = 'lost' WHERE id = 30")
    code, out, err = run(capsys, "check", project, "--json")
    assert code == 2 and out == ""
    assert str(project) in err and "corrupt project" in err


@pytest.mark.parametrize(
    ("text", "suggestion", "segment"),
    [
        ('q"uote\\ back\n\t\x01 \u2028 😀 „de“', None, 3),
        ("", "", -1),
        ("x", 'a "fix"\n', 10**12),
    ],
)
def test_an_issue_is_written_as_json_dumps_writes_its_entry(text, suggestion, segment):
    from editor.cli.check_report import issue_json
    from editor.core.checks import Fix, Issue, Severity

    fix = None if suggestion is None else Fix(0, 1, suggestion)
    issue = Issue(
        "punctuation", Severity.WARNING, "fluency", segment, 0, 12, text, "a message", fix, side="source"
    )
    entry = {
        "check": "punctuation",
        "severity": "warning",
        "category": "fluency",
        "segment": segment,
        "side": "source",
        "start": 0,
        "end": 12,
        "line": 7,
        "col": 0,
        "end_line": 8,
        "end_col": 1,
        "text": text,
        "message": "a message",
    }
    if suggestion is not None:
        entry["suggestion"] = suggestion
    expected = "  " + json.dumps(entry, ensure_ascii=False, indent=1).replace("\n", "\n  ")
    assert issue_json(issue, (7, 0, 8, 1)) == expected


@pytest.fixture(scope="module")
def projects(tmp_path_factory):
    """Two projects: the seed's MT (errors) and its post-edit (no errors)."""
    folder = tmp_path_factory.mktemp("projects")
    mt, pe = folder / "mt.pedit", folder / "pe.pedit"
    assert main(["new", str(SEED_SOURCE), str(SEED_MT), "-o", str(mt)]) == 0
    assert main(["new", str(SEED_SOURCE), str(SEED_PE), "-o", str(pe)]) == 0
    return {"MT": mt, "PE": pe, "SRC": SEED_SOURCE, "MTTXT": SEED_MT, "PETXT": SEED_PE}


# Inputs (names in the projects fixture; others are missing files), the files reported in order
# (their targets), the exit code, and what stderr must say.
SEVERAL = [
    (["MT", "PE"], ["MT", "PE"], 1, []),
    (["PE", "PE"], ["PE", "PE"], 0, []),
    (["PE", "SRC", "MTTXT"], ["PE", "MTTXT"], 1, []),
    (["SRC", "PETXT", "SRC", "MTTXT", "MT"], ["PETXT", "MTTXT", "MT"], 1, []),
    (["MT", "gone.pedit"], ["MT"], 2, ["gone.pedit: no such file"]),
    (["SRC", "PETXT", "SRC"], ["PETXT"], 2, ["eu-supercomputers.en.txt: not a project", "SOURCE TARGET"]),
    (["SRC", "MT"], ["MT"], 2, ["eu-supercomputers.en.txt: not a project"]),
]


SEVERAL_IDS = ["+".join(names).lower() for names, *_ in SEVERAL]


def _paths(projects, names, tmp_path):
    return [projects.get(name, tmp_path / name) for name in names]


def _alone(projects, name):
    """The arguments that check one reported input on its own."""
    return [projects["SRC"], projects[name]] if name.endswith("TXT") else [projects[name]]


@pytest.mark.parametrize(("names", "reported", "code", "errors"), SEVERAL, ids=SEVERAL_IDS)
def test_several_inputs_are_checked_one_by_one(projects, tmp_path, capsys, names, reported, code, errors):
    got, out, err = run(capsys, "check", *_paths(projects, names, tmp_path))
    assert got == code
    assert out == "".join(run(capsys, "check", *_alone(projects, name))[1] for name in reported)
    assert all(message in err for message in errors), err
    assert "Traceback" not in err
    assert f"in {len(reported)} input" in err
    for name in reported:
        assert f"posteditor: {projects[name]}: " in err  # each input's count names it


@pytest.mark.parametrize(("names", "reported", "code", "errors"), SEVERAL, ids=SEVERAL_IDS)
def test_several_inputs_in_json_are_one_object(projects, tmp_path, capsys, names, reported, code, errors):
    got, out, _ = run(capsys, "check", "--json", *_paths(projects, names, tmp_path))
    data = json.loads(out)
    assert got == code
    assert out == json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    assert list(data) == ["version", "inputs", "summary"] and data["version"] == 1
    assert [item["files"]["target"] for item in data["inputs"]] == [str(projects[n]) for n in reported]
    for item, name in zip(data["inputs"], reported, strict=True):
        assert item == json.loads(run(capsys, "check", "--json", *_alone(projects, name))[1])
    summaries = [item["summary"] for item in data["inputs"]]
    assert data["summary"]["issues"] == sum(s["issues"] for s in summaries)
    assert data["summary"]["segments"] == sum(s["segments"] for s in summaries)
    for check in {c for s in summaries for c in s["by_check"]}:
        assert data["summary"]["by_check"][check] == sum(s["by_check"].get(check, 0) for s in summaries)


@pytest.mark.parametrize("command", ["export", "info", "metrics", "align"])
def test_two_projects_where_one_input_is_expected_is_a_usage_error(projects, tmp_path, capsys, command):
    extra = ["-o", tmp_path / "out.txt"] if command == "export" else []
    code, out, err = run(capsys, command, projects["MT"], projects["PE"], *extra)
    assert code == 2 and out == ""
    assert f"{projects['MT']} is a project: give one project, or a plain-text SOURCE TARGET pair" in err
    assert "binary" not in err and not (tmp_path / "out.txt").exists()
