"""File > New from pair: a source and a target file, their languages, the project to write.

An existing project is never replaced silently: Browse proposes a free name, and OK on an
existing file asks first (and refuses the project open in the window)."""

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
    QMessageBox,
    QPushButton,
    QWidget,
)

from editor.core.langdata import known_languages, language
from editor.core.store import PROJECT_SUFFIX


class PairDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, open_project: Path | None = None) -> None:
        super().__init__(parent)
        self.open_project = open_project  # the project open in the window: never replaced
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

    def accept(self) -> None:
        """Take the values, unless the project file exists and the user keeps it."""
        output = Path(self.output.text())
        if self.output.text() and output.exists() and not self._may_replace(output):
            self.output.setFocus()
            return
        super().accept()

    def _may_replace(self, output: Path) -> bool:
        if self.open_project is not None and same_file(output, self.open_project):
            QMessageBox.warning(
                self,
                "Project is open",
                f"{output} is the project open in this window; a new import cannot replace it.\n\n"
                "Choose another project file.",
            )
            return False
        answer = QMessageBox.question(
            self,
            "Replace the project?",
            f"{output} already exists.\n\nReplace it with a new import? Its edits, confirmed "
            "segments and review annotations are lost.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

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
                self.output.setText(str(free_project_path(Path(path).with_suffix(PROJECT_SUFFIX))))

    def _browse_output(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            "Project file",
            self.output.text(),
            "Projects (*.pedit)",
            options=QFileDialog.Option.DontConfirmOverwrite,  # OK asks, once
        )
        if path:
            self.output.setText(path)


def free_project_path(path: Path) -> Path:
    """``path``, or the first of ``name-2.pedit``, ``name-3.pedit``, … that does not exist."""
    candidate, number = path, 2
    while candidate.exists():
        candidate = path.with_name(f"{path.stem}-{number}{path.suffix}")
        number += 1
    return candidate


def same_file(a: Path, b: Path) -> bool:
    """Whether two paths name the same file (either may not exist yet)."""
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


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
