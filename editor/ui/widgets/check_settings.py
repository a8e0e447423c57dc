"""Segment > Check settings: every check with its description, on or off, its severity; and
the issues ignored for good, to show again."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import CheckSettings, Severity
from editor.core.qa_settings import CheckChoice, IgnoredIssue, IgnoredKey, check_choices, settings_of

KEY_ROLE = Qt.ItemDataRole.UserRole


class CheckSettingsDialog(QDialog):
    """Shows the choices; the caller stores ``settings()`` and ``restored()`` on OK."""

    NAME, SEVERITY, DESCRIPTION = range(3)

    def __init__(self, settings: CheckSettings, ignored: list[IgnoredIssue], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle("Check settings")
        self.original = settings
        self.choices = check_choices(settings)
        self.table = QTableWidget(len(self.choices), 3)
        self.table.setObjectName("checkTable")
        self.table.setHorizontalHeaderLabels(["Check", "Severity", "What it finds"])
        self.table.verticalHeader().hide()
        self.table.setWordWrap(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(self.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.SEVERITY, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: QTimer.singleShot(0, self.table.resizeRowsToContents))
        self.severities: list[QComboBox] = []
        for row, choice in enumerate(self.choices):
            name = QTableWidgetItem(choice.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            name.setCheckState(Qt.CheckState.Checked if choice.enabled else Qt.CheckState.Unchecked)
            name.setToolTip(f"{choice.id}: untick to turn the check off for this project")
            self.table.setItem(row, self.NAME, name)
            combo = QComboBox()
            combo.addItem(f"{choice.default.value} (its own)", None)
            for severity in Severity:
                combo.addItem(severity.value, severity)
            if choice.override is not None and choice.override is not choice.default:
                combo.setCurrentIndex(combo.findData(choice.override))
            combo.setAccessibleName(f"Severity of {choice.name}")
            self.severities.append(combo)
            holder = QWidget()  # keeps the combo its own height in a tall row
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(4, 2, 4, 2)
            holder_layout.addWidget(combo, 0, Qt.AlignmentFlag.AlignVCenter)
            self.table.setCellWidget(row, self.SEVERITY, holder)
            description = QTableWidgetItem(choice.description)
            description.setFlags(Qt.ItemFlag.ItemIsEnabled)
            description.setToolTip(choice.description)
            self.table.setItem(row, self.DESCRIPTION, description)

        self.ignored = QListWidget()
        self.ignored.setObjectName("ignoredList")
        self.ignored.setWordWrap(True)
        for item in ignored:
            entry = QListWidgetItem(_describe(item))
            entry.setFlags(
                Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable
            )
            entry.setCheckState(Qt.CheckState.Checked)
            entry.setData(KEY_ROLE, item.key)
            self.ignored.addItem(entry)
        self.ignored.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.unignore_button = QPushButton("Un-ignore selected")
        self.unignore_button.setToolTip("Show the selected issues again (untick one to do the same)")
        self.unignore_button.clicked.connect(self._unignore_selected)
        ignored_page = QWidget()
        ignored_layout = QVBoxLayout(ignored_page)
        note = (
            "Issues ignored for good in this project. Untick one (or select and Un-ignore) to show it again."
            if ignored
            else "No issue is ignored in this project."
        )
        ignored_layout.addWidget(QLabel(note))
        ignored_layout.addWidget(self.ignored, 1)
        ignored_layout.addWidget(self.unignore_button, 0, Qt.AlignmentFlag.AlignRight)
        self.unignore_button.setEnabled(bool(ignored))

        self.tabs = QTabWidget()
        checks_page = QWidget()
        checks_layout = QVBoxLayout(checks_page)
        checks_layout.addWidget(
            QLabel("Turned-off checks report nothing; a severity chosen here replaces the check's own.")
        )
        checks_layout.addWidget(self.table, 1)
        self.tabs.addTab(checks_page, "&Checks")
        self.tabs.addTab(ignored_page, f"&Ignored issues ({len(ignored)})")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)
        self.resize(900, 600)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # Rows fit their wrapped descriptions once the columns have their widths (not before).
        QTimer.singleShot(0, self.table.resizeRowsToContents)

    def settings(self) -> CheckSettings:
        """The settings as chosen in the dialog."""
        chosen: list[CheckChoice] = []
        for row, choice in enumerate(self.choices):
            enabled = self.table.item(row, self.NAME).checkState() == Qt.CheckState.Checked
            override = self.severities[row].currentData()
            chosen.append(
                CheckChoice(choice.id, choice.name, choice.description, choice.default, enabled, override)
            )
        return replace(settings_of(chosen), options=self.original.options)

    def restored(self) -> list[IgnoredKey]:
        """The ignored issues to show again (unticked)."""
        keys = []
        for row in range(self.ignored.count()):
            item = self.ignored.item(row)
            if item.checkState() != Qt.CheckState.Checked:
                keys.append(item.data(KEY_ROLE))
        return keys

    def _unignore_selected(self) -> None:
        for item in self.ignored.selectedItems():
            item.setCheckState(Qt.CheckState.Unchecked)


def _describe(item: IgnoredIssue) -> str:
    if item.issue is None:
        return f"Segment {item.segment} · {item.check} · no longer found (the text changed since)"
    issue = item.issue
    return f"Segment {item.segment} · {item.check} · “{issue.text}” — {issue.message}"
