"""``posteditor metrics`` and the metric exports, end to end."""

from __future__ import annotations

import csv
import io
import json

import pytest
from sacrebleu.metrics.bleu import BLEU
from sacrebleu.metrics.ter import TER

from editor.cli import main
from editor.core.effort import EffortLog, save_logs
from editor.core.store import ProjectStore
from tests.conftest import SEED_MT, SEED_PE, SEED_SOURCE


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def test_line_aligned_files_give_the_corpus_hter(capsys):
    code, out, _ = run(capsys, "metrics", "--mt", SEED_MT, "--pe", SEED_PE, "--json")
    assert code == 0
    data = json.loads(out)
    mt = SEED_MT.read_text(encoding="utf-8").splitlines()
    pe = SEED_PE.read_text(encoding="utf-8").splitlines()
    assert data["document"]["hter"] == pytest.approx(TER().corpus_score(mt, [pe]).score, abs=0.01)
    assert data["document"]["segments"] == len(mt)
    first = data["segments"][0]
    assert set(first) >= {
        "id",
        "chars_edit_distance",
        "chars_edit_ratio",
        "words_edit_distance",
        "hter",
        "chrf",
        "bleu",
        "seconds",
        "keystrokes",
    }
    assert first["seconds"] is None and first["keystrokes"] is None


@pytest.mark.parametrize(
    ("mt", "pe"),
    [
        (
            ["Datei öffnen", "Speichern unter", "Beenden Sie das"],
            ["Datei öffnen", "Speichern als", "Beenden Sie das"],
        ),
        (None, None),  # the seed article
    ],
    ids=["short-lines", "seed"],
)
def test_document_bleu_is_sacrebleus_corpus_score(tmp_path, capsys, mt, pe):
    if mt is None:
        mt_file, pe_file = SEED_MT, SEED_PE
    else:
        mt_file, pe_file = tmp_path / "mt.txt", tmp_path / "pe.txt"
        mt_file.write_text("\n".join(mt) + "\n", encoding="utf-8")
        pe_file.write_text("\n".join(pe) + "\n", encoding="utf-8")
    code, out, _ = run(capsys, "metrics", "--mt", mt_file, "--pe", pe_file, "--json")
    mts = mt_file.read_text(encoding="utf-8").splitlines()
    pes = pe_file.read_text(encoding="utf-8").splitlines()
    assert code == 0
    assert json.loads(out)["document"]["bleu"] == pytest.approx(
        BLEU().corpus_score(mts, [pes]).score, abs=0.01
    )


def test_text_table(capsys):
    code, out, _ = run(capsys, "metrics", "--mt", SEED_MT, "--pe", SEED_PE)
    assert code == 0 and "document:" in out and "HTER" in out


def test_mismatched_line_counts_exit_2(tmp_path, capsys):
    short = tmp_path / "pe.txt"
    short.write_text("eins\nzwei\n", encoding="utf-8")
    code, out, err = run(capsys, "metrics", "--mt", SEED_MT, "--pe", short)
    assert code == 2 and out == ""
    assert str(short) in err and "line-aligned" in err


def test_project_metrics_with_effort_and_exports(tmp_path, capsys):
    project = tmp_path / "p.pedit"
    assert run(capsys, "new", SEED_SOURCE, SEED_MT, "-o", project)[0] == 0
    with ProjectStore.open(project) as store:
        document = store.load_document()
        document.set_target(2, document[2].target.replace("MonatLaut", "Monat. Laut"))
        store.save_segment(document[2])
        save_logs(store, [EffortLog(2, seconds=60.0, visits=1, keystrokes=4, insertions=2)])
    code, out, _ = run(capsys, "metrics", project, "--json")
    data = json.loads(out)
    row = next(r for r in data["segments"] if r["id"] == 2)
    assert row["edited"] and row["seconds"] == 60.0 and row["keystrokes"] == 4
    assert data["document"]["edited_segments"] == 1 and data["effort"]["seconds_per_word"] is not None
    out_csv, out_json = tmp_path / "m.csv", tmp_path / "m.json"
    assert run(capsys, "export", project, "--format", "metrics-csv", "-o", out_csv)[0] == 0
    assert run(capsys, "export", project, "--format", "metrics-json", "-o", out_json)[0] == 0
    rows = list(csv.DictReader(io.StringIO(out_csv.read_text(encoding="utf-8"))))
    assert rows[-1]["id"] == "document" and rows[1]["seconds"] == "60.0"
    # Yes/no columns are 1/0, numbers to a spreadsheet; "edited" sums to the document's count.
    assert {r["edited"] for r in rows[:-1]} == {"0", "1"} and {r["bleu_reliable"] for r in rows[:-1]} <= {
        "0",
        "1",
    }
    assert sum(int(r["edited"]) for r in rows[:-1]) == int(rows[-1]["edited"]) == 1
    assert json.loads(out_json.read_text(encoding="utf-8"))["document"] == data["document"]


@pytest.mark.parametrize("content", [b"", b"\n\n  \n", b"\xef\xbb\xbf", "\n".encode("utf-16")], ids=repr)
@pytest.mark.parametrize("role", ["--mt", "--pe", "both"])
def test_an_empty_line_aligned_file_is_exit_2_naming_it(tmp_path, capsys, content, role):
    empty, text = tmp_path / "empty.txt", tmp_path / "text.txt"
    empty.write_bytes(content)
    text.write_text("Eins.\n", encoding="utf-8")
    mt, pe = (empty, text) if role == "--mt" else (text, empty) if role == "--pe" else (empty, empty)
    code, out, err = run(capsys, "metrics", "--mt", mt, "--pe", pe, "--json")
    assert code == 2 and out == ""
    assert err == f"posteditor: error: {empty}: the file is empty (no text to score)\n"
