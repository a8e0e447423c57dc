"""Live issue highlights in the target editor: spans coloured by severity, per text block."""

from __future__ import annotations

from PySide6.QtGui import QSyntaxHighlighter, QTextDocument

from editor.core.checks import Issue
from editor.ui.delegates import issue_format
from editor.ui.text_offsets import span_to_qt


class IssueHighlighter(QSyntaxHighlighter):
    """Paints the current segment's issues; ``set_issues`` re-highlights (this segment only)."""

    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int, Issue]] = []

    def set_issues(self, text: str, issues: list[Issue]) -> None:
        self._spans = []
        for issue in issues:
            if issue.side == "target" and issue.end > issue.start and issue.end <= len(text):
                start, length = span_to_qt(text, issue.start, issue.end)
                self._spans.append((start, length, issue))
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        begin, end = block.position(), block.position() + block.length()
        for start, length, issue in self._spans:
            lo, hi = max(start, begin), min(start + length, end)
            if lo < hi:
                self.setFormat(lo - begin, hi - lo, issue_format(issue))
