"""``posteditor export`` of a bilingual project whose edited tags no longer match."""

from __future__ import annotations

from pathlib import Path

from editor.cli import main
from editor.core.store import ProjectStore

DATA = Path(__file__).resolve().parent / "data" / "formats"


def test_export_stops_at_a_deleted_tag_unless_forced(tmp_path, capsys):
    project = tmp_path / "job.pedit"
    assert main(["new", str(DATA / "trados.sdlxliff"), "-o", str(project)]) == 0
    with ProjectStore.open(project) as store:
        segment = store.load_document()[3]
        store.save_segments([segment.with_target(segment.target.replace("⟨1/⟩", ""))])
    capsys.readouterr()
    out = tmp_path / "job.done.sdlxliff"
    assert main(["export", str(project), "--format", "xliff", "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert str(project) in err and "segment 3" in err and "⟨1/⟩ missing" in err and "--force" in err
    assert not out.exists()
    assert main(["export", str(project), "--format", "xliff", "-o", str(out), "--force"]) == 0
    assert 'mid="3">Drücken Sie Eingabe, um fortzufahren.</mrk>' in out.read_text(encoding="utf-8")
