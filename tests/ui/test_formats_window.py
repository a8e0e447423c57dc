"""Bilingual files in the window: tags as chips that move and go as a whole, tag_mismatch
live, export back to the file's format, the export dialog, opening a file imports it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.core.formats.bilingual import read_bilingual
from editor.core.importing import read_file, save_project
from editor.ui.main_window import MainWindow
from editor.ui.session import Session
from editor.ui.widgets.export_dialog import ExportDialog
from tests.core.formats.contract import DATA


def _open(qtbot, tmp_path: Path, sample: str) -> MainWindow:
    project = tmp_path / "p.pedit"
    save_project(project, read_file(DATA / sample))
    window = MainWindow(Session.open(project), QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    window.check_all()
    qtbot.waitUntil(lambda: not window.check_job.running, timeout=20000)
    return window


def test_a_chip_goes_as_a_whole_and_tag_mismatch_follows(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, "phrase.xlf")
    try:
        window.go_to_segment(2)  # "Drücken Sie dann ⟨2/⟩."
        editor = window.editor.target
        editor.setFocus()
        text = editor.toPlainText()
        assert "⟨2/⟩" in text
        cursor = editor.textCursor()
        cursor.setPosition(text.index("⟨2/⟩") + 2)  # inside the chip: the caret snaps out
        editor.setTextCursor(cursor)
        assert editor.textCursor().position() in (text.index("⟨2/⟩"), text.index("⟨2/⟩") + 4)
        cursor.setPosition(text.index("⟨2/⟩") + 4)
        editor.setTextCursor(cursor)
        QTest.keyClick(editor, Qt.Key.Key_Backspace)
        assert editor.toPlainText() == "Drücken Sie dann ."
        qtbot.waitUntil(lambda: any(i.check == "tag_mismatch" for i in window.session.issues_of(2)))
        editor.undo()
        assert editor.toPlainText() == text
        qtbot.waitUntil(lambda: not any(i.check == "tag_mismatch" for i in window.session.issues_of(2)))
    finally:
        window.close()
        window.session.close()


def test_export_back_to_the_original_format(qtbot, tmp_path):
    window = _open(qtbot, tmp_path, "trados.sdlxliff")
    try:
        window.go_to_segment(2)
        editor = window.editor.target
        editor.moveCursor(QTextCursor.MoveOperation.End)
        QTest.keyClicks(editor, " Neu")
        out = tmp_path / "out.sdlxliff"
        job = window.export_to("xliff", out)
        qtbot.waitUntil(lambda: not job.running and out.exists(), timeout=10000)
        document = read_bilingual(out).document
        assert document[2].target == "Er kostet 5 Mio. €. Neu"
        assert document[1].target == read_bilingual(DATA / "trados.sdlxliff").document[1].target
    finally:
        window.close()
        window.session.close()


def test_export_dialog_offers_every_format_with_a_path(qtbot, tmp_path):
    dialog = ExportDialog(tmp_path / "article.de.edited", "xliff2")
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ("xliff2", tmp_path / "article.de.edited.xlf")
    names = [dialog.format.itemData(i)[0] for i in range(dialog.format.count())]
    assert {"txt", "md", "html", "xliff", "xliff2", "tmx", "po", "tsv", "report-html", "mqm-tsv"} <= set(
        names
    )
    dialog.format.setCurrentIndex(names.index("report-html"))
    assert dialog.chosen()[1].name == "article.de.edited.report.html"


def test_opening_a_bilingual_file_imports_it_next_to_it(qtbot, tmp_path):
    from editor.ui.app import Launcher

    sample = tmp_path / "job.xlf"
    sample.write_bytes((DATA / "phrase.xlf").read_bytes())
    launcher = Launcher(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    job = launcher.open_file(sample)
    assert job is not None
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
    try:
        assert launcher.window.session.path == tmp_path / "job.pedit"
        assert launcher.window.session.document.format == "xliff2"
    finally:
        launcher.window.close()
        launcher.window.session.close()


def test_an_mqm_tsv_with_several_systems_asks_which(qtbot, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from editor.ui.app import Launcher

    sample = tmp_path / "mqm.tsv"
    sample.write_bytes((DATA.parent / "mqm_sample.tsv").read_bytes())
    asked = []

    def choose(parent, title, label, items, current, editable):
        asked.append(list(items))
        return "sysB", True

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(choose))
    launcher = Launcher(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    launcher.open_file(sample)
    qtbot.waitUntil(lambda: launcher.window is not None, timeout=20000)
    try:
        assert asked == [["sysA", "sysB"]]
        assert launcher.window.session.path == tmp_path / "mqm.sysB.pedit"
        assert len(launcher.window.session.document) == 2
        assert launcher.window.session.review.raters() == ["rater2"]
    finally:
        launcher.window.close()
        launcher.window.session.close()
