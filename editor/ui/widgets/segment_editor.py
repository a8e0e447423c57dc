"""The editor pane for the current segment: source and MT (read-only) and the live target."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QLabel,
    QPlainTextEdit,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from editor.core.checks import Issue, get_check
from editor.core.formats.inline import tokens
from editor.core.model import Segment
from editor.core.review import Annotation
from editor.ui.delegates import current_issue
from editor.ui.highlighter import IssueHighlighter, TokenHighlighter
from editor.ui.text_offsets import plain_text, span_to_qt, to_python
from editor.ui.theme import ANNOTATION_BACKGROUNDS, SOURCE_HIGHLIGHT

_LINE_BREAK = re.compile(r"\r\n|\n|\r")


class TargetEdit(QPlainTextEdit):
    """The target editor: tooltips on highlighted spans and quick fixes in the context menu."""

    fixRequested = Signal(object)  # Issue
    ignoreRequested = Signal(object)  # Issue
    hint = Signal(str)  # why a key did nothing, for the status bar

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.issues: list[Issue] = []
        self.source_breaks = 0  # line breaks in the segment's source: the target may have as many
        self._snapping = False
        self.cursorPositionChanged.connect(self._snap_out_of_tokens)

    # -- line breaks: Return never splits a segment --------------------------------------

    def _line_breaks_left(self) -> int:
        """How many more line breaks the target may take (the source's, less the target's;
        a selection about to be replaced gives its own back)."""
        cursor = self.textCursor()
        selected = cursor.selectedText().count("\u2029") + cursor.selectedText().count("\u2028")
        return self.source_breaks - plain_text(self).count("\n") + selected

    def _break_line(self) -> None:
        """Shift+Return: a line break, where the source has one the target lacks."""
        if self._line_breaks_left() > 0:
            self.textCursor().insertText("\n")
        elif self.source_breaks:
            self.hint.emit("The target already has the source's line breaks; a segment gets no more")
        else:
            self.hint.emit("The source has no line break in this segment, so the target gets none")

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Pasted or dropped text keeps only the line breaks the source has room for; the
        others become spaces (a pasted paragraph break would split the article's paragraph)."""
        if not source.hasText():
            super().insertFromMimeData(source)
            return
        left = self._line_breaks_left()
        pieces = re.split(r"\r\n|\n|\r|\u2028|\u2029", source.text())
        text = pieces[0]
        for number, piece in enumerate(pieces[1:], start=1):
            text += ("\n" if number <= left else " ") + piece
        self.textCursor().insertText(text)
        self.ensureCursorVisible()

    # -- tag tokens are chips: one unit for the caret, for deleting and for typing --------

    def _token_spans(self) -> list[tuple[int, int]]:
        """Qt (start, end) of every tag token in the text."""
        text = plain_text(self)
        if "⟨" not in text:
            return []
        spans = []
        for token in tokens(text):
            start, length = span_to_qt(text, token.start, token.end)
            spans.append((start, start + length))
        return spans

    def _snap_out_of_tokens(self) -> None:
        """The caret never rests inside a chip: it goes to the chip's nearer edge."""
        if self._snapping:
            return
        cursor = self.textCursor()
        position = cursor.position()
        for start, end in self._token_spans():
            if start < position < end:
                edge = start if position - start < end - position else end
                self._snapping = True
                try:
                    if cursor.hasSelection():
                        cursor.setPosition(edge, QTextCursor.MoveMode.KeepAnchor)
                    else:
                        cursor.setPosition(edge)
                    self.setTextCursor(cursor)
                finally:
                    self._snapping = False
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            if modifiers == Qt.KeyboardModifier.ShiftModifier:
                self._break_line()
            elif modifiers == Qt.KeyboardModifier.NoModifier:
                self.hint.emit(
                    "Return does not split a segment: Ctrl+Return confirms it and goes on; "
                    "Shift+Return breaks the line where the source has a line break"
                )
            else:
                event.ignore()  # not a line break either: the window may want it
            return
        cursor = self.textCursor()
        spans = self._token_spans()
        if spans and not cursor.hasSelection() and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            position = cursor.position()
            key = event.key()
            for start, end in spans:
                hit = (key == Qt.Key.Key_Backspace and end == position) or (
                    key == Qt.Key.Key_Delete and start == position
                )
                if hit:  # a chip goes as a whole
                    cursor.setPosition(start)
                    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                    cursor.removeSelectedText()
                    self.setTextCursor(cursor)
                    return
                if key == Qt.Key.Key_Right and start == position:
                    cursor.setPosition(end)
                    self.setTextCursor(cursor)
                    return
                if key == Qt.Key.Key_Left and end == position:
                    cursor.setPosition(start)
                    self.setTextCursor(cursor)
                    return
        if (
            spans
            and cursor.hasSelection()
            and (event.text() or event.key() in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete))
        ):
            # A selection that cuts a chip takes the whole chip.
            lo, hi = cursor.selectionStart(), cursor.selectionEnd()
            for start, end in spans:
                if start < lo < end:
                    lo = start
                if start < hi < end:
                    hi = end
            cursor.setPosition(lo)
            cursor.setPosition(hi, QTextCursor.MoveMode.KeepAnchor)
            self.setTextCursor(cursor)
        super().keyPressEvent(event)

    def issues_at(self, qt_position: int) -> list[Issue]:
        offset = to_python(plain_text(self), qt_position)
        return [i for i in self.issues if i.side == "target" and i.start <= offset <= i.end]

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            cursor = self.cursorForPosition(self.viewport().mapFrom(self, event.pos()))
            found = self.issues_at(cursor.position())
            if found:
                QToolTip.showText(event.globalPos(), "\n".join(_describe(i) for i in found), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        found = self.issues_at(self.cursorForPosition(event.pos()).position())
        if found:
            standard = menu.actions()
            ours: list[QAction] = []
            for issue in found:
                if issue.fix is not None:
                    action = QAction(f"Fix: {_fix_label(issue)}", menu)
                    action.triggered.connect(lambda _=False, i=issue: self.fixRequested.emit(i))
                    ours.append(action)
                action = QAction(f"Ignore this issue ({get_check(issue.check).name})", menu)
                action.triggered.connect(lambda _=False, i=issue: self.ignoreRequested.emit(i))
                ours.append(action)
            if standard:
                menu.insertActions(standard[0], ours)
                menu.insertSeparator(standard[0])
            else:
                menu.addActions(ours)
        menu.exec(event.globalPos())


def _reading_order(issue: Issue) -> tuple[int, int, int, str]:
    return (0 if issue.side == "target" else 1, issue.start, issue.end, issue.check)


def _fix_label(issue: Issue) -> str:
    replacement = issue.suggestion or ""
    return f"'{issue.text}' → '{replacement}'" if replacement else f"delete '{issue.text}'"


def _describe(issue: Issue) -> str:
    fix = f" — fix: {_fix_label(issue)} (Ctrl+.)" if issue.fix is not None else ""
    return f"{issue.severity.value}: {issue.message}{fix}"


class SegmentEditor(QWidget):
    """Shows one segment; emits ``targetEdited`` as the translator types."""

    targetEdited = Signal(int, str)  # segment id, new target

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.segment: Segment | None = None
        self.annotations: list[Annotation] = []
        self._source_issue: list[QTextEdit.ExtraSelection] = []
        # The issue F8 selected last and the caret it left (anchor, position).
        self._selected: tuple[Issue | None, tuple[int, int]] = (None, (0, 0))
        self.source = _read_only()
        self.mt = _read_only()
        self.target = TargetEdit()
        self.target.setObjectName("targetEditor")
        self.target.setTabChangesFocus(True)
        self.highlighter = IssueHighlighter(self.target.document())
        self.chips = [TokenHighlighter(view.document()) for view in (self.source, self.mt)]
        self.title = QLabel("No segment")
        self.title.setObjectName("paneTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        # Heights follow the stretch alone (not the views' size hints), down to a few lines
        # each: on a small screen the target keeps the biggest share.
        for label, widget, stretch, lines in (
            ("Source", self.source, 2, 2),
            ("Machine translation", self.mt, 2, 2),
            ("Target", self.target, 4, 3),
        ):
            caption = QLabel(label)
            caption.setObjectName("caption")
            layout.addWidget(caption)
            widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
            widget.ensurePolished()
            widget.setMinimumHeight(widget.fontMetrics().lineSpacing() * lines + 2 * widget.frameWidth() + 8)
            layout.addWidget(widget, stretch)
        self.target.textChanged.connect(self._typed)

    def show_segment(self, segment: Segment, issues: list[Issue]) -> None:
        """Load a segment (resets the editor's undo history)."""
        self.segment = segment
        self.target.source_breaks = len(_LINE_BREAK.findall(segment.source))
        self.title.setText(f"Segment {segment.id} · {segment.status.label} · {segment.kind}")
        self.source.setPlainText(segment.source)
        self.mt.setPlainText(segment.mt)
        blocked = self.target.blockSignals(True)
        self.target.setPlainText(segment.target)
        self.target.blockSignals(blocked)
        self.set_issues(issues)
        self.highlight_source(None)

    def refresh(self, segment: Segment, issues: list[Issue]) -> None:
        """The same segment changed elsewhere (status, a fix, a replace)."""
        self.segment = segment
        self.title.setText(f"Segment {segment.id} · {segment.status.label} · {segment.kind}")
        if plain_text(self.target) != segment.target:
            cursor = self.target.textCursor()
            blocked = self.target.blockSignals(True)
            cursor.select(QTextCursor.SelectionType.Document)
            cursor.insertText(segment.target)  # one undoable step in the editor
            self.target.blockSignals(blocked)
        # Review marks from the spans as they followed the edit (the list is the review's own):
        # Qt's own tracking of the marks would take in text typed right after one.
        self._paint_marks()
        self.set_issues(issues)

    def set_issues(self, issues: list[Issue]) -> None:
        """The segment's issues; target issues found on other text than the editor's are left
        out (F8, the quick fix and the tooltips would act on the wrong words)."""
        text = plain_text(self.target)
        issues = [i for i in issues if i.side != "target" or current_issue(text, i)]
        self.target.issues = issues
        self.highlighter.set_issues(text, issues)

    def highlight_source(self, issue: Issue | None) -> None:
        """Mark the source counterpart of ``issue`` where the check knows it."""
        self._source_issue = []
        if issue is not None and issue.source_span is not None:
            mark = _mark(self.source, *issue.source_span, SOURCE_HIGHLIGHT)
            if mark is not None:
                self._source_issue.append(mark)
        self._paint_marks()

    def set_annotations(self, annotations: list[Annotation]) -> None:
        """Draw review annotations: a violet background, darker for graver severities."""
        self.annotations = annotations
        self._paint_marks()

    def _paint_marks(self) -> None:
        target: list[QTextEdit.ExtraSelection] = []
        source: list[QTextEdit.ExtraSelection] = list(self._source_issue)
        for annotation in self.annotations:
            if annotation.side == "segment":
                continue
            view = self.source if annotation.side == "source" else self.target
            colour = ANNOTATION_BACKGROUNDS[annotation.severity.value]
            mark = _mark(view, annotation.start, annotation.end, colour)
            if mark is not None:
                (source if view is self.source else target).append(mark)
        self.source.setExtraSelections(source)
        self.target.setExtraSelections(target)

    def apply_fix(self, issue: Issue) -> bool:
        """Replace the issue's span with its fix, as one undoable edit in the target editor."""
        if issue.fix is None or self.segment is None or issue.segment != self.segment.id:
            return False
        text = plain_text(self.target)
        if issue.fix.end > len(text) or text[issue.start : issue.end] != issue.text:
            return False  # the text moved on since the check
        start, length = span_to_qt(text, issue.fix.start, issue.fix.end)
        cursor = self.target.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(issue.fix.replacement)
        return True

    def issue_at_cursor(self) -> Issue | None:
        """The issue under the caret, else the segment's first fixable issue."""
        found = self.target.issues_at(self.target.textCursor().position())
        fixable = [i for i in found if i.fix is not None] or [
            i for i in self.target.issues if i.fix is not None
        ]
        return fixable[0] if fixable else None

    def select_issue(self, issue: Issue) -> None:
        text = plain_text(self.target)
        if issue.side == "target" and issue.end <= len(text):
            start, length = span_to_qt(text, issue.start, issue.end)
            cursor = self.target.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(start + length, QTextCursor.MoveMode.KeepAnchor)
            self.target.setTextCursor(cursor)
        self.highlight_source(issue)
        self._selected = (issue, self._caret())

    def ordered_issues(self) -> list[Issue]:
        """The segment's issues in reading order: target spans, then source-side ones."""
        return sorted(self.target.issues, key=_reading_order)

    def issue_from_caret(self, step: int) -> Issue | None:
        """The segment's next (``step`` 1) or previous (-1) issue from the caret, None past the
        last (or first). From an issue F8 selected, the one after (or before) it."""
        ordered = self.ordered_issues()
        issue, caret = self._selected
        if issue is not None and issue in ordered and caret == self._caret():
            here = _reading_order(issue)
        else:
            text = plain_text(self.target)
            cursor = self.target.textCursor()
            start = to_python(text, cursor.selectionStart())
            end = to_python(text, cursor.selectionEnd())
            # A bare caret stands before an issue that starts there; a selection on it.
            here = (0, start, end, "~") if cursor.hasSelection() or step < 0 else (0, start, -1, "")
        if step > 0:
            return next((i for i in ordered if _reading_order(i) > here), None)
        return next((i for i in reversed(ordered) if _reading_order(i) < here), None)

    def _caret(self) -> tuple[int, int]:
        cursor = self.target.textCursor()
        return cursor.anchor(), cursor.position()

    def select_span(self, start: int, end: int) -> None:
        """Select [start, end) of the target (Python offsets), clamped to the text."""
        text = plain_text(self.target)
        end = min(end, len(text))
        qt_start, length = span_to_qt(text, min(start, end), end)
        cursor = self.target.textCursor()
        cursor.setPosition(qt_start)
        cursor.setPosition(qt_start + length, QTextCursor.MoveMode.KeepAnchor)
        self.target.setTextCursor(cursor)

    def _typed(self) -> None:
        if self.segment is not None:
            self.targetEdited.emit(self.segment.id, plain_text(self.target))


def _mark(view: QPlainTextEdit, start: int, end: int, colour: QColor) -> QTextEdit.ExtraSelection | None:
    """A background over [start, end) of the view's text (Python offsets), clamped to the text."""
    text = plain_text(view)
    end = min(end, len(text))
    start = min(start, end)
    if start == end:
        return None
    qt_start, length = span_to_qt(text, start, end)
    selection = QTextEdit.ExtraSelection()
    cursor = QTextCursor(view.document())
    cursor.setPosition(qt_start)
    cursor.setPosition(qt_start + length, QTextCursor.MoveMode.KeepAnchor)
    selection.cursor = cursor
    fmt = QTextCharFormat()
    fmt.setBackground(colour)
    selection.format = fmt
    return selection


def _read_only() -> QPlainTextEdit:
    view = QPlainTextEdit()
    view.setReadOnly(True)
    view.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return view
