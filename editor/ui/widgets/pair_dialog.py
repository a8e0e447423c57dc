"""File > New from pair: a source and a target file, their languages, the project to write."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QWidget,
)

from editor.core.langdata import known_languages, language


class PairDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New project from a source and a target file")
        self.source = QLineEdit()
        self.target = QLineEdit()
        self.output = QLineEdit()
        self.source_lang = _language_picker()
        self.target_lang = _language_picker()
        form = QFormLayout(self)
        form.addRow("Source file", _with_browse(self.source, self._browse_source))
        form.addRow("Source language", self.source_lang)
        form.addRow("Target (MT) file", _with_browse(self.target, self._browse_target))
        form.addRow("Target language", self.target_lang)
        form.addRow("Project file", _with_browse(self.output, self._browse_output))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(620, 0)

    def values(self) -> tuple[Path, Path, str | None, str | None, Path]:
        return (
            Path(self.source.text()),
            Path(self.target.text()),
            self.source_lang.currentData(),
            self.target_lang.currentData(),
            Path(self.output.text()),
        )

    def _browse_source(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Source file", "", "Text files (*.txt);;All files (*)")
        if path:
            self.source.setText(path)

    def _browse_target(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Target file", "", "Text files (*.txt);;All files (*)")
        if path:
            self.target.setText(path)
            if not self.output.text():
                self.output.setText(str(Path(path).with_suffix(".pedit")))

    def _browse_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Project file", self.output.text(), "Projects (*.pedit)")
        if path:
            self.output.setText(path)


def _language_picker() -> QComboBox:
    box = QComboBox()
    box.addItem("Detect", None)
    for code in known_languages():
        box.addItem(f"{language(code).name} ({code})", code)
    return box


def _with_browse(edit: QLineEdit, browse: object) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(edit, 1)
    button = QPushButton("Browse…")
    button.clicked.connect(browse)
    layout.addWidget(button)
    return row
