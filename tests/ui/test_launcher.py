"""Opening projects from the window and the command line: damaged files, the open project."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from editor.ui.app import Launcher
from tests.conftest import ROOT


@pytest.fixture
def errors(monkeypatch) -> list[tuple[str, str]]:
    """Error dialogs shown (title, text), instead of showing them."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text, *a: shown.append((title, text)))
    )
    return shown


@pytest.fixture
def launcher(qtbot, settings):
    launcher = Launcher(settings)
    yield launcher
    if launcher.window is not None:
        job = launcher.window.check_job
        if job is not None and job.running:
            qtbot.waitUntil(lambda: not job.running, timeout=20000)
        launcher.window.close()
        launcher.window.session.close()


def _damaged(tmp_path: Path) -> list[Path]:
    empty = tmp_path / "empty.pedit"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.pedit"
    binary.write_bytes(bytes(range(256)) * 8)
    return [empty, binary]


def test_a_damaged_project_gets_an_error_dialog_naming_it(launcher, project, tmp_path, errors):
    window = launcher.open_project(project)
    assert window is not None
    for damaged in _damaged(tmp_path):
        assert launcher.open_project(damaged) is None  # File > Open: no recursion, no import
        assert errors[-1][0] == "Cannot open the project"
        assert str(damaged) in errors[-1][1] and "not a Posteditor project" in errors[-1][1]
        assert launcher.window is window  # the open project stays open
    assert not (tmp_path / "empty.pedit.pedit").exists()


def test_the_command_line_reports_a_damaged_project_and_exits_2(tmp_path):
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        POSTEDITOR_DATA_DIR=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    for damaged in _damaged(tmp_path):
        done = subprocess.run(
            [sys.executable, "-m", "editor", "gui", str(damaged)],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 2
        assert done.stderr.strip().splitlines() == [
            f"posteditor: error: {damaged}: not a Posteditor project (not an SQLite database)"
        ]


def test_opening_the_open_project_again_only_brings_it_to_front(qtbot, launcher, project, errors):
    window = launcher.open_project(project)
    qtbot.waitUntil(lambda: not window.check_job.running, timeout=20000)
    window._fill_recent()
    assert [a.text() for a in window.recent_menu.actions()] == ["No other recent projects"]
    assert launcher.open_project(str(project)) is window  # File > Open recent, the same file
    assert errors == []
    assert launcher.window is window and window.isVisible()
    assert "already open" in window.statusBar().currentMessage()
    window.session.set_target(2, "Noch bearbeitbar.")  # the session was not closed
    assert window.session.document[2].target == "Noch bearbeitbar."


def test_unmatched_paragraphs_are_announced_after_an_import(qtbot, launcher, tmp_path, errors):
    source, target = tmp_path / "mis.en.txt", tmp_path / "mis.de.txt"
    source.write_text("Para one.\n\nPara two.\n\nPara three.\n", encoding="utf-8")
    target.write_text("Absatz eins.\n\nAbsatz zwei.\n", encoding="utf-8")
    launcher.import_pair(source, target, "en", "de", tmp_path / "mis.pedit")
    qtbot.waitUntil(lambda: launcher.window is not None and launcher.notice is not None, timeout=20000)
    notice = launcher.notice
    assert notice.isVisible() and not notice.isModal()  # the window stays usable
    assert notice.text() == (
        f"{source} has 3 paragraphs and {target} has 2: paragraphs were matched by alignment"
    )
    assert "3 paragraphs" in launcher.window.statusBar().currentMessage()
    assert errors == []
    notice.close()
