"""``posteditor config PROJECT``: check settings and ignored issues from the command line."""

from __future__ import annotations

import json

import pytest

from editor.cli import main
from editor.core.checks import build_context, check_document
from editor.core.checks.persist import ignore
from editor.core.store import ProjectStore
from tests.conftest import SEED_MT, SEED_SOURCE


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path, capsys):
    path = tmp_path / "p.pedit"
    assert (
        main(
            [
                "new",
                str(SEED_SOURCE),
                str(SEED_MT),
                "-o",
                str(path),
                "--source-lang",
                "en",
                "--target-lang",
                "de",
            ]
        )
        == 0
    )
    capsys.readouterr()
    return path


def _checks(capsys, project) -> dict[str, int]:
    code, out, _ = run(capsys, "check", project, "--json", "--fail-on", "never")
    assert code == 0
    return json.loads(out)["summary"]["by_check"]


def test_config_turns_checks_off_and_overrides_severities(project, capsys):
    code, out, _ = run(capsys, "config", project)
    assert code == 0 and "merged_token" in out and "ignored issues: 0" in out
    assert _checks(capsys, project).get("merged_token")
    code, out, _ = run(
        capsys, "config", project, "--disable", "merged_token", "--severity", "punctuation=info"
    )
    assert code == 0
    line = next(x for x in out.splitlines() if x.startswith("punctuation"))
    assert " info " in line and "its own: warning" in line
    assert "merged_token" not in _checks(capsys, project)
    code, out, _ = run(capsys, "check", project, "--json", "--select", "punctuation", "--fail-on", "never")
    assert {i["severity"] for i in json.loads(out)["issues"]} == {"info"}
    code, out, _ = run(
        capsys, "config", project, "--enable", "merged_token", "--severity", "punctuation=default", "--json"
    )
    data = {c["id"]: c for c in json.loads(out)["checks"]}
    assert data["merged_token"]["enabled"] and data["punctuation"]["severity"] == "warning"
    assert _checks(capsys, project).get("merged_token")


def test_config_lists_and_restores_ignored_issues(project, capsys):
    with ProjectStore.open(project) as store:
        document = store.load_document()
        issue = next(
            i for i in check_document(document, build_context(document)) if i.check == "merged_token"
        )
        ignore(store, issue)
    before = _checks(capsys, project)["merged_token"]
    code, out, _ = run(capsys, "config", project, "--ignored")
    assert code == 0 and "ignored issues: 1" in out
    assert f"segment {issue.segment}:merged_token:{issue.fingerprint}" in out and f"“{issue.text}”" in out
    code, out, _ = run(capsys, "config", project, "--ignored", "--json")
    [listed] = json.loads(out)["ignored"]
    assert listed == {
        "segment": issue.segment,
        "check": "merged_token",
        "fingerprint": issue.fingerprint,
        "text": issue.text,
        "message": issue.message,
    }
    code, out, _ = run(capsys, "config", project, "--unignore", f"{issue.segment}:merged_token")
    assert code == 0 and "shown again" in out and "ignored issues: 0" in out
    assert _checks(capsys, project)["merged_token"] == before + 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--disable", "fused"], "unknown check 'fused'"),
        (["--severity", "punctuation=fatal"], "unknown severity"),
        (["--enable", "whitespace", "--disable", "whitespace"], "both name whitespace"),
        (["--unignore", "3"], "no ignored issue matches"),
    ],
)
def test_config_refuses_bad_input_in_one_line(project, capsys, args, message):
    code, out, err = run(capsys, "config", project, *args)
    assert code == 2 and message in err and err.count("\n") == 1


def test_config_needs_a_project(capsys):
    code, _, err = run(capsys, "config", SEED_MT)
    assert code == 2 and "not a project" in err
