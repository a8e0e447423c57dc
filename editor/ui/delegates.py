"""Paints segment text in the table, word-wrapped, with issue spans coloured by severity."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QTextCharFormat, QTextCursor, QTextDocument, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from editor.core.checks import Issue
from editor.ui.models.segments import ISSUES_ROLE
from editor.ui.text_offsets import span_to_qt
from editor.ui.theme import SEVERITY_BACKGROUNDS, SEVERITY_COLOURS

PADDING = 4


def issue_format(issue: Issue) -> QTextCharFormat:
    """How an issue span looks, in the table and in the editor."""
    fmt = QTextCharFormat()
    fmt.setBackground(SEVERITY_BACKGROUNDS[issue.severity])
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(SEVERITY_COLOURS[issue.severity])
    return fmt


def current_issue(text: str, issue: Issue) -> bool:
    """Whether a target issue was found on ``text``: its span is inside it and holds the words
    it flagged. A check's result may be older than the text on screen (the user typed while a
    background pass ran); its spans are never painted on text they were not found in."""
    return issue.side == "target" and issue.end <= len(text) and text[issue.start : issue.end] == issue.text


def issue_spans(text: str, issues: Iterable[Issue]) -> list[tuple[int, int, Issue]]:
    """Qt (start, length) of every target issue of ``text`` worth painting (not empty, current)."""
    return [
        (*span_to_qt(text, issue.start, issue.end), issue)
        for issue in issues
        if issue.end > issue.start and current_issue(text, issue)
    ]


class SegmentTextDelegate(QStyledItemDelegate):
    """Rows have one height for the whole table (fast at any size); the text wraps inside."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        document = QTextDocument()
        document.setDefaultFont(opt.font)
        document.setDocumentMargin(0)
        document.setDefaultTextOption(QTextOption(Qt.AlignmentFlag.AlignLeft))
        document.setPlainText(text)
        document.setTextWidth(max(10, opt.rect.width() - 2 * PADDING))
        issues = index.data(ISSUES_ROLE) or []
        for start, length, issue in issue_spans(text, issues):
            cursor = QTextCursor(document)
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(issue_format(issue))
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        if selected:
            whole = QTextCursor(document)
            whole.select(QTextCursor.SelectionType.Document)
            fmt = QTextCharFormat()
            fmt.setForeground(opt.palette.color(QPalette.ColorRole.HighlightedText))
            whole.mergeCharFormat(fmt)
        painter.save()
        painter.translate(opt.rect.left() + PADDING, opt.rect.top() + PADDING)
        clip = QRectF(0, 0, opt.rect.width() - 2 * PADDING, opt.rect.height() - 2 * PADDING)
        painter.setClipRect(clip)
        document.drawContents(painter, clip)
        painter.restore()
