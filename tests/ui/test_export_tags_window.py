"""File > Export of a bilingual file whose edited tags no longer match: a dialog names the
segment; Cancel writes nothing, "Go to segment" shows it, "Export anyway" writes it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from editor.core.importing import read_file, save_project
from editor.ui.main_window import MainWindow
from editor.ui.session import Session
from tests.core.formats.contract import DATA


@pytest.fixture
def window(qtbot, tmp_path: Path):
    project = tmp_path / "p.pedit"
    save_project(project, read_file(DATA / "trados.sdlxliff"))
    window = MainWindow(Session.open(project), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    yield window
    window.close()
    window.session.close()


def _delete_the_chip(window) -> None:
    window.go_to_segment(3)
    editor = window.editor.target
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.setPosition(editor.toPlainText().index("⟨1/⟩"))
    editor.setTextCursor(cursor)
    QTest.keyClick(editor, Qt.Key.Key_Delete)
    assert "⟨" not in window.session.document[3].target


def _answer(qtbot, button_text: str, seen: list[str]) -> None:
    """Click ``button_text`` in the message box once it shows, keeping what it said."""

    tries = [250]

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            tries[0] -= 1
            if tries[0]:
                QTimer.singleShot(20, click)
            return
        seen.append(f"{box.text()}\n{box.informativeText()}")
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    QTimer.singleShot(0, click)


@pytest.mark.parametrize("answer", ["Cancel", "Go to segment 3"])
def test_a_missing_tag_stops_the_export(window, qtbot, tmp_path, answer):
    _delete_the_chip(window)
    window.go_to_segment(1)
    out = tmp_path / "out.sdlxliff"
    seen: list[str] = []
    _answer(qtbot, answer, seen)
    job = window.export_to("xliff", out)
    qtbot.waitUntil(lambda: bool(seen) and not job.running, timeout=10000)
    assert "segment 3" in seen[0] and "⟨1/⟩ missing" in seen[0]
    assert not out.exists()
    assert window.current_segment_id() == (3 if answer.startswith("Go") else 1)


def test_export_anyway_writes_the_target_as_it_stands(window, qtbot, tmp_path):
    _delete_the_chip(window)
    out = tmp_path / "out.sdlxliff"
    seen: list[str] = []
    _answer(qtbot, "Export anyway", seen)
    window.export_to("xliff", out)
    qtbot.waitUntil(out.exists, timeout=10000)
    assert 'mid="3">Drücken Sie Eingabe, um fortzufahren.</mrk>' in out.read_text(encoding="utf-8")
