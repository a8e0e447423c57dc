"""MQM TSV in and out and ``posteditor review score``, end to end."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from editor.cli import main
from tests.conftest import SEED_MT, SEED_SOURCE

SAMPLE = Path(__file__).resolve().parent / "data" / "mqm_sample.tsv"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def project(tmp_path, capsys) -> Path:
    out = tmp_path / "review.pedit"
    code, stdout, _ = run(capsys, "new", SAMPLE, "--system", "sysA", "-o", out)
    assert code == 0, stdout
    assert "8 annotations, 7 ratings by 2 raters" in stdout
    return out


def test_new_without_system_lists_the_systems(tmp_path, capsys):
    code, _, err = run(capsys, "new", SAMPLE, "-o", tmp_path / "x.pedit")
    assert code == 2
    assert "--system" in err and "sysA, sysB" in err
    assert not (tmp_path / "x.pedit").exists()


def test_review_score_json(project, capsys):
    code, out, _ = run(capsys, "review", "score", project, "--json")
    assert code == 0
    data = json.loads(out)
    doc = data["document"]
    # By hand: #1 1 + 0.1; #2 0 (No-error, Neutral); #3 5 + 1; #4 mean(5, 25) = 15; #5 1.
    assert doc["mqm"] == pytest.approx(23.1)
    assert doc["mqm_per_segment"] == pytest.approx(23.1 / 5)
    assert doc["raters"] == ["rater1", "rater2"]
    assert doc["threshold"] == 25.0 and doc["pass"] is False
    assert doc["by_severity"]["Critical"] == pytest.approx(12.5)
    assert [s["mqm"] for s in data["segments"]] == pytest.approx([1.1, 0.0, 6.0, 15.0, 1.0])
    code, out, _ = run(
        capsys, "review", "score", project, "--json", "--critical-weight", "10", "--threshold", "2000"
    )
    data = json.loads(out)
    assert data["document"]["mqm"] == pytest.approx(23.1 - 12.5 + 5.0)
    assert data["document"]["pass"] is True


def test_review_score_reads_a_tsv_directly(capsys):
    code, out, _ = run(capsys, "review", "score", SAMPLE, "--system", "sysB")
    assert code == 0
    assert out.startswith("MQM 25.00 over 2 segments")


def test_export_mqm_tsv_round_trip(project, tmp_path, capsys):
    out = tmp_path / "back.tsv"
    assert run(capsys, "export", project, "--format", "mqm-tsv", "-o", out)[0] == 0
    lines = SAMPLE.read_text(encoding="utf-8").splitlines(keepends=True)
    expected = lines[0] + "".join(line for line in lines[1:] if line.startswith("sysA\t"))
    assert out.read_text(encoding="utf-8") == expected


def test_export_esa_json(project, tmp_path, capsys):
    out = tmp_path / "esa.json"
    assert run(capsys, "export", project, "--format", "esa-json", "-o", out)[0] == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    items = {(i["segment"], i["rater"]): i for i in data["items"]}
    first = items[(1, "rater1")]
    assert [(e["text"], e["severity"]) for e in first["errors"]] == [("kreist", "minor"), (".", "minor")]
    assert items[(4, "rater1")]["errors"][0]["severity"] == "major"  # Critical folds onto major


def test_a_plain_project_exports_its_review_in_the_same_layout(tmp_path, capsys):
    project = tmp_path / "seed.pedit"
    assert run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)[0] == 0
    code, out, _ = run(capsys, "review", "score", project, "--json")
    assert json.loads(out)["document"]["mqm"] == 0
    assert json.loads(out)["document"]["pass"] is None  # nobody reviewed it: not judged
    assert "not judged" in run(capsys, "review", "score", project)[1]
    tsv = tmp_path / "empty.tsv"
    assert run(capsys, "export", project, "--format", "mqm-tsv", "-o", tsv)[0] == 0
    assert tsv.read_text(encoding="utf-8").splitlines() == [
        "\t".join(
            [
                "system",
                "doc",
                "doc_id",
                "seg_id",
                "rater",
                "source",
                "target",
                "category",
                "severity",
                "comment",
            ]
        )
    ]


def test_bad_tsv_is_exit_2_with_file_and_line(tmp_path, capsys):
    bad = tmp_path / "bad.tsv"
    bad.write_text(SAMPLE.read_text(encoding="utf-8").splitlines()[0] + "\nsys\td\t1\n", encoding="utf-8")
    code, _, err = run(capsys, "review", "score", bad)
    assert code == 2
    assert f"{bad}:2:" in err and "columns" in err


def test_review_without_action_is_a_usage_error(capsys):
    code, _, err = run(capsys, "review")
    assert code == 2 and "review score" in err


def test_console_script_runs_review_score(project):
    result = subprocess.run(
        [sys.executable, "-m", "editor", "review", "score", str(project), "--json"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["document"]["segments"] == 5


def test_review_config_is_stored_and_used(project, capsys):
    code, out, _ = run(capsys, "review", "config", project, "--critical-weight", "10", "--threshold", "2000")
    assert code == 0 and "critical weight: 10" in out and "pass threshold: 2000" in out
    data = json.loads(run(capsys, "review", "score", project, "--json")[1])
    assert data["document"]["mqm"] == pytest.approx(23.1 - 12.5 + 5.0)
    assert data["document"]["threshold"] == 2000 and data["document"]["pass"] is True
    assert run(capsys, "review", "config", project, "--threshold", "-1")[0] == 2


BAD_NUMBERS = ["nan", "NaN", "inf", "-inf", "-1", "-0.5", "1e999"]


@pytest.mark.parametrize("action", ["config", "score"])
@pytest.mark.parametrize("option", ["--critical-weight", "--threshold"])
@pytest.mark.parametrize("value", BAD_NUMBERS)
def test_a_weight_or_threshold_must_be_finite_and_not_negative(project, capsys, action, option, value):
    code, out, err = run(capsys, "review", action, project, f"{option}={value}")
    assert code == 2 and out == ""
    assert f"{option} must be a finite number, not negative" in err and len(err.strip().splitlines()) == 1
    data = json.loads(run(capsys, "review", "score", project, "--json")[1])
    assert data["document"]["threshold"] == 25.0  # nothing was stored
    assert data["document"]["mqm"] == pytest.approx(23.1)


@pytest.mark.parametrize("value", ["0", "0.0", "12.5"])
def test_zero_and_fractions_are_accepted(project, capsys, value):
    assert run(capsys, "review", "config", project, "--critical-weight", value, "--threshold", value)[0] == 0


def test_a_nan_stored_by_an_earlier_version_falls_back_to_the_default(project, capsys, caplog):
    from editor.core.store import ProjectStore

    with ProjectStore.open(project) as store:
        store.set_meta("review_critical_weight", "nan")
        store.set_meta("review_threshold", "inf")
    code, out, _ = run(capsys, "review", "score", project, "--json")
    assert code == 0
    assert "NaN" not in out and "Infinity" not in out
    data = json.loads(out)
    assert data["document"]["threshold"] == 25.0 and data["document"]["mqm"] == pytest.approx(23.1)
    assert "stored critical weight 'nan' is unusable" in caplog.text
    assert "stored pass threshold 'inf' is unusable" in caplog.text
