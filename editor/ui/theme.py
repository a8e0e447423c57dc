"""Colours shared by the table, the editor and the issues list, and the application style."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QIcon

from editor.core.checks import Severity

RESOURCES = Path(__file__).resolve().parents[2] / "resources"

SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#d14343"),
    Severity.WARNING: QColor("#d98e04"),
    Severity.INFO: QColor("#3b7dd8"),
}
SEVERITY_BACKGROUNDS = {
    Severity.ERROR: QColor(209, 67, 67, 46),
    Severity.WARNING: QColor(217, 142, 4, 40),
    Severity.INFO: QColor(59, 125, 216, 30),
}
SOURCE_HIGHLIGHT = QColor(59, 125, 216, 50)
INSERTED = QColor("#2e7d32")
DELETED = QColor("#c62828")


def icon(name: str) -> QIcon:
    """An SVG icon from resources/icons (an empty icon if the file is missing)."""
    path = RESOURCES / "icons" / f"{name}.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def stylesheet() -> str:
    path = RESOURCES / "theme.qss"
    return path.read_text(encoding="utf-8") if path.exists() else ""


# Review annotations: a background by MQM severity (violet, so they never pass for QA findings).
ANNOTATION_BACKGROUNDS = {
    "Neutral": QColor(124, 77, 255, 28),
    "Minor": QColor(124, 77, 255, 48),
    "Major": QColor(124, 77, 255, 90),
    "Critical": QColor(124, 77, 255, 140),
}

# Inline tags of bilingual files, shown as chips.
TAG_CHIP_BACKGROUND = QColor("#e3e7ed")
TAG_CHIP_FOREGROUND = QColor("#4a5568")
