"""Find and replace across segments: plain or regex, whole word, match case, with a preview."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from editor.core.model import Document


@dataclass(frozen=True)
class Hit:
    segment: int
    start: int
    end: int
    replacement: str


def find_hits(
    document: Document,
    pattern: str,
    replacement: str,
    *,
    regex: bool = False,
    whole_word: bool = False,
    match_case: bool = False,
    side: str = "target",
) -> list[Hit]:
    """Every match in every segment's target (or source), with what would replace it."""
    if not pattern:
        return []
    body = pattern if regex else re.escape(pattern)
    if whole_word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    compiled = re.compile(body, 0 if match_case else re.IGNORECASE)
    hits = []
    for segment in document:
        text = segment.target if side == "target" else segment.source
        for m in compiled.finditer(text):
            if m.end() == m.start():
                continue
            new = m.expand(replacement) if regex else replacement
            hits.append(Hit(segment.id, m.start(), m.end(), new))
    return hits


def apply_hits(document: Document, hits: list[Hit]) -> list[tuple[int, str]]:
    """New targets for the segments touched by ``hits`` (applied right to left)."""
    by_segment: dict[int, list[Hit]] = {}
    for hit in hits:
        by_segment.setdefault(hit.segment, []).append(hit)
    changes = []
    for segment_id, group in by_segment.items():
        text = document[segment_id].target
        for hit in sorted(group, key=lambda h: h.start, reverse=True):
            text = text[: hit.start] + hit.replacement + text[hit.end :]
        changes.append((segment_id, text))
    return changes


class FindReplaceDialog(QDialog):
    """Preview every replacement; unticked hits are skipped; Replace is one undo step.

    Enter previews; only the Replace button (Alt+R) replaces, and only the hits of a preview
    made with the current settings. Whole word is on by default: "KI" must not hit "Kinder"."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Find and replace")
        self.document = document
        self.hits: list[Hit] = []
        self.find_edit = QLineEdit()
        self.replace_edit = QLineEdit()
        self.regex = QCheckBox("Regular expression")
        self.whole_word = QCheckBox("Whole word")
        self.whole_word.setChecked(True)
        self.match_case = QCheckBox("Match case")
        self.in_target = QRadioButton("Target")
        self.in_source = QRadioButton("Source (find only)")
        self.in_target.setChecked(True)
        sides = QButtonGroup(self)
        sides.addButton(self.in_target)
        sides.addButton(self.in_source)
        self.preview = QListWidget()
        self.status = QLabel("")
        self.preview_button = QPushButton("&Preview")
        self.preview_button.setDefault(True)  # Enter previews
        self.buttons = QDialogButtonBox()
        self.replace_edit_button = self.buttons.addButton("&Replace", QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.replace_edit_button, cancel):
            button.setAutoDefault(False)
        self.replace_edit_button.setEnabled(False)  # until a preview shows what it replaces
        form = QFormLayout()
        form.addRow("Find", self.find_edit)
        form.addRow("Replace with", self.replace_edit)
        options = QHBoxLayout()
        for widget in (self.regex, self.whole_word, self.match_case, self.in_target, self.in_source):
            options.addWidget(widget)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(options)
        layout.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.preview, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.preview_button.clicked.connect(self.run_preview)
        for edit in (self.find_edit, self.replace_edit):
            edit.textChanged.connect(self._outdated)
        for box in (self.regex, self.whole_word, self.match_case, self.in_target):
            box.toggled.connect(self._outdated)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(720, 480)

    def run_preview(self) -> None:
        self.preview.clear()
        try:
            self.hits = find_hits(
                self.document,
                self.find_edit.text(),
                self.replace_edit.text(),
                regex=self.regex.isChecked(),
                whole_word=self.whole_word.isChecked(),
                match_case=self.match_case.isChecked(),
                side="target" if self.in_target.isChecked() else "source",
            )
        except (re.error, IndexError) as exc:
            self.hits = []
            self.status.setText(f"Not a valid expression: {exc}")
            return
        for hit in self.hits:
            text = (
                self.document[hit.segment].target
                if self.in_target.isChecked()
                else self.document[hit.segment].source
            )
            before, found, after = (
                text[max(0, hit.start - 30) : hit.start],
                text[hit.start : hit.end],
                text[hit.end : hit.end + 30],
            )
            label = f"#{hit.segment}: …{before}[{found} → {hit.replacement}]{after}…"
            item = QListWidgetItem(label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.preview.addItem(item)
        segments = len({h.segment for h in self.hits})
        self.status.setText(f"{len(self.hits)} matches in {segments} segments")
        self.replace_edit_button.setEnabled(self.in_target.isChecked() and bool(self.hits))

    def _outdated(self) -> None:
        """The settings changed since the preview: it no longer shows what Replace would do."""
        self.hits = []
        self.preview.clear()
        self.replace_edit_button.setEnabled(False)
        self.status.setText("Enter previews the matches" if self.find_edit.text() else "")

    def chosen(self) -> list[Hit]:
        """The hits still ticked in the preview."""
        return [
            hit
            for k, hit in enumerate(self.hits)
            if self.preview.item(k).checkState() == Qt.CheckState.Checked
        ]

    def changes(self) -> list[tuple[int, str]]:
        return apply_hits(self.document, self.chosen()) if self.in_target.isChecked() else []
