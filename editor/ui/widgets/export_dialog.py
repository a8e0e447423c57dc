"""File > Export: every export format with what it is for, and where to write it."""

from __future__ import annotations

from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from editor.core.errors import TagMismatchError
from editor.core.export import ExportSource, export, export_formats
from editor.ui.session import Session
from editor.ui.workers import BackgroundJob

# (format, label, extension, what it is for)
FORMATS: tuple[tuple[str, str, str, str], ...] = (
    ("txt", "Cleaned article (text)", "txt", "The post-edited article in the original paragraphs"),
    ("md", "Cleaned article (Markdown)", "md", "The article as Markdown paragraphs"),
    ("html", "Cleaned article (HTML)", "html", "The article as a web page"),
    ("xliff", "XLIFF 1.2", "xlf", "Bilingual; the original file with your edits when it came as XLIFF 1.2"),
    ("xliff2", "XLIFF 2.0", "xlf", "Bilingual; the original file with your edits when it came as XLIFF 2"),
    ("tmx", "TMX memory", "tmx", "Confirmed segments as a translation memory"),
    ("po", "Gettext PO", "po", "Bilingual; drafts become fuzzy"),
    ("tsv", "TSV table", "tsv", "id, source, target, note, status"),
    ("report-html", "QA report (HTML)", "html", "Issues, metrics and review scores with the segment texts"),
    ("report-csv", "QA report (CSV)", "csv", "One row per issue"),
    ("metrics-csv", "Metrics (CSV)", "csv", "Edit distance, HTER, chrF, BLEU, time and keys per segment"),
    ("metrics-json", "Metrics (JSON)", "json", "The same, with the document figures and effort report"),
    ("mqm-tsv", "MQM annotations (TSV)", "tsv", "Review annotations in the WMT MQM layout"),
    ("esa-json", "ESA annotations (JSON)", "json", "Error spans and 0-100 ratings per segment and rater"),
)


class ExportDialog(QDialog):
    def __init__(self, stem: Path, current_format: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export")
        self.stem = stem
        self.format = QComboBox()
        known = set(export_formats())
        for name, label, extension, help_text in FORMATS:
            if name in known:
                self.format.addItem(label, (name, extension, help_text))
        if current_format:
            for index in range(self.format.count()):
                if self.format.itemData(index)[0] == current_format:
                    self.format.setCurrentIndex(index)
        self.help = QLabel()
        self.help.setWordWrap(True)
        self.path = QLineEdit()
        browse = QPushButton("Browse…")
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout(self)
        form.addRow("&Format", self.format)
        form.addRow("", self.help)
        save_to = QLabel("&Save to")
        save_to.setBuddy(self.path)  # Alt+S; a row of widgets gets no buddy by itself
        form.addRow(save_to, row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Export")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        browse.clicked.connect(self._browse)
        self._format_changed()
        self.resize(560, 0)

    @classmethod
    def for_session(cls, session: Session, parent: QWidget | None = None) -> ExportDialog:
        """The dialog with a default path next to the project, named after the target file."""
        document = session.document
        stem = (
            Path(document.target_name).with_suffix("")
            if document.target_name
            else session.path.with_suffix("")
        )
        if not stem.is_absolute():
            stem = session.path.parent / stem.name
        return cls(stem.with_name(stem.name + ".edited"), document.format, parent)

    def chosen(self) -> tuple[str, Path]:
        name, _, _ = self.format.currentData()
        return name, Path(self.path.text())

    def _suggested(self) -> Path:
        name, extension, _ = self.format.currentData()
        suffix = {
            "report-html": ".report",
            "report-csv": ".issues",
            "metrics-csv": ".metrics",
            "metrics-json": ".metrics",
            "mqm-tsv": ".mqm",
            "esa-json": ".esa",
        }.get(name, "")
        return self.stem.with_name(f"{self.stem.name}{suffix}.{extension}")

    def _format_changed(self) -> None:
        self.help.setText(self.format.currentData()[2])
        self.path.setText(str(self._suggested()))

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, "Export to", self.path.text())
        if path:
            self.path.setText(path)


def run_export(
    session: Session, name: str, path: Path, parent: QWidget, *, force: bool = False
) -> BackgroundJob:
    """Write an export in the background (progress and cancel for big documents); ``force``
    writes a bilingual file even where a segment's tags no longer match its source."""
    source = ExportSource(session.document, session.store, force=force)
    job = BackgroundJob(
        "Exporting…",
        lambda progress: export(name, source, path),
        parent,
        dialog=len(session.document) > 20000,
    )
    job.start()
    return job


class TagMismatchAnswer(Enum):
    CANCEL = "cancel"
    SHOW = "show"  # go to the first segment to fix it
    EXPORT = "export"  # export anyway


def ask_about_tags(error: TagMismatchError, parent: QWidget) -> tuple[TagMismatchAnswer, int]:
    """The export stopped at segments whose tags no longer match: fix the first one, export
    anyway (the codes are lost or added), or cancel. Returns the answer and that segment."""
    first = error.problems[0][0]
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Tags no longer match")
    whose = (
        f"segment {first} no longer match its"
        if len(error.problems) == 1
        else (f"{len(error.problems)} segments no longer match their")
    )
    box.setText(
        f"Not exported: the inline tags of {whose} source, so the {error.label} file would "
        "lose or gain codes. Fix them (the tag_mismatch issues) or export anyway."
    )
    box.setInformativeText(
        "\n".join(f"{where}: {what}" for _, where, what in error.problems[:10])
        + (f"\n… and {len(error.problems) - 10} more" if len(error.problems) > 10 else "")
    )
    show = box.addButton(f"Go to segment {first}", QMessageBox.ButtonRole.AcceptRole)
    anyway = box.addButton("Export anyway", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(show)
    box.exec()
    clicked = box.clickedButton()
    if clicked is show:
        return TagMismatchAnswer.SHOW, first
    if clicked is anyway:
        return TagMismatchAnswer.EXPORT, first
    return TagMismatchAnswer.CANCEL, first
