"""File > New from source and target…: an existing project is never replaced silently."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QMessageBox

from editor.ui.app import Launcher
from editor.ui.widgets.pair_dialog import PairDialog
from tests.conftest import SEED_MT, SEED_SOURCE


@pytest.fixture
def pair(tmp_path: Path) -> tuple[Path, Path]:
    source, target = tmp_path / "article.en.txt", tmp_path / "article.de.txt"
    shutil.copy(SEED_SOURCE, source)
    shutil.copy(SEED_MT, target)
    return source, target


@pytest.fixture
def asked(monkeypatch) -> list[tuple[str, str]]:
    """Questions and warnings shown (title, text); every question is answered No."""
    shown: list[tuple[str, str]] = []

    def question(parent, title, text, *args):
        shown.append((title, text))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda parent, title, text, *a: shown.append((title, text)))
    )
    return shown


def _dialog(qtbot, source: Path, target: Path, output: Path, open_project: Path | None = None) -> PairDialog:
    dialog = PairDialog(None, open_project)
    qtbot.addWidget(dialog)
    dialog.source.setText(str(source))
    dialog.target.setText(str(target))
    dialog.output.setText(str(output))
    dialog.show()
    return dialog


def test_browse_proposes_a_free_project_name(qtbot, pair, monkeypatch):
    source, target = pair
    target.with_suffix(".pedit").write_bytes(b"yesterday's work")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(target), "")))
    dialog = PairDialog()
    qtbot.addWidget(dialog)
    dialog._browse_target()
    assert Path(dialog.output.text()) == target.with_name("article.de-2.pedit")


def test_an_existing_project_is_replaced_only_when_the_user_says_so(qtbot, pair, asked, monkeypatch):
    source, target = pair
    existing = target.with_suffix(".pedit")
    existing.write_bytes(b"yesterday's work")
    dialog = _dialog(qtbot, source, target, existing)
    dialog.accept()
    assert asked and str(existing) in asked[0][1] and "already exists" in asked[0][1]
    assert dialog.isVisible() and not dialog.result()  # still open: choose another name
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: QMessageBox.StandardButton.Yes))
    dialog.accept()
    assert not dialog.isVisible() and dialog.result() == PairDialog.DialogCode.Accepted


def test_the_open_project_is_never_replaced(qtbot, pair, project, settings, asked, monkeypatch):
    """s20: another import of the same files, with the project open in the window."""
    source, target = pair
    launcher = Launcher(settings)
    window = launcher.open_project(project)
    qtbot.waitUntil(lambda: not window.check_job.running, timeout=20000)
    before = project.read_bytes()

    def run(dialog):
        dialog.source.setText(str(source))
        dialog.target.setText(str(target))
        dialog.output.setText(str(project))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(PairDialog, "exec", run)
    try:
        launcher.ask_pair()
        assert launcher.job is None  # nothing imported
        assert len(asked) == 1 and "open in this window" in asked[0][1]
        assert launcher.window is window and project.read_bytes() == before
    finally:
        window.close()
        window.session.close()
