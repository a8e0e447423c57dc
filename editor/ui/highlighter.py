"""Live issue highlights in the target editor: spans coloured by severity, per text block."""

from __future__ import annotations

from PySide6.QtGui import QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from editor.core.checks import Issue
from editor.core.formats.inline import TOKEN
from editor.ui.delegates import issue_format, issue_spans
from editor.ui.text_offsets import span_to_qt
from editor.ui.theme import TAG_CHIP_BACKGROUND, TAG_CHIP_FOREGROUND


class IssueHighlighter(QSyntaxHighlighter):
    """Paints the current segment's issues; ``set_issues`` re-highlights (this segment only)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int, Issue]] = []

    def set_issues(self, text: str, issues: list[Issue]) -> None:
        self._spans = issue_spans(text, issues)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        paint_chips(self, text)
        block = self.currentBlock()
        begin, end = block.position(), block.position() + block.length()
        for start, length, issue in self._spans:
            lo, hi = max(start, begin), min(start + length, end)
            if lo < hi:
                self.setFormat(lo - begin, hi - lo, issue_format(issue))


def chip_format() -> QTextCharFormat:
    """How an inline tag token looks: a grey chip in a smaller, fixed-width face."""
    fmt = QTextCharFormat()
    fmt.setBackground(TAG_CHIP_BACKGROUND)
    fmt.setForeground(TAG_CHIP_FOREGROUND)
    fmt.setFontFixedPitch(True)
    fmt.setFontPointSize(max(7.0, QFont().pointSizeF() * 0.85))
    fmt.setToolTip("An inline tag of the original file: it moves as a whole; keep it in the target")
    return fmt


class TokenHighlighter(QSyntaxHighlighter):
    """Paints tag tokens as chips (for the read-only source and MT views)."""

    def highlightBlock(self, text: str) -> None:
        paint_chips(self, text)


def paint_chips(highlighter: QSyntaxHighlighter, text: str) -> None:
    if "⟨" not in text:
        return
    fmt = chip_format()
    for match in TOKEN.finditer(text):
        start, length = span_to_qt(text, match.start(), match.end())
        highlighter.setFormat(start, length, fmt)
