"""Python offsets (code points) <-> Qt offsets (UTF-16 code units): the only place that converts.

Core spans index Python ``str``; Qt's QTextCursor and QTextLayout count UTF-16 units, so every
character outside the Basic Multilingual Plane (emoji, some CJK) counts twice on the Qt side.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QPlainTextEdit

_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n"})


def plain_text(edit: QPlainTextEdit) -> str:
    """The editor's text as typed: ``toPlainText()`` turns every no-break space into a plain
    one (French "«\u00a0oui\u00a0»" would lose its spacing on any edit); the raw text keeps
    them, with Qt's paragraph and line separators as the newlines they are."""
    return edit.document().toRawText().translate(_BREAKS)


def to_qt(text: str, offset: int) -> int:
    """The Qt (UTF-16) offset of Python offset ``offset`` in ``text``."""
    head = text[:offset]
    return offset + sum(1 for ch in head if ord(ch) > 0xFFFF)


def to_python(text: str, qt_offset: int) -> int:
    """The Python offset of Qt (UTF-16) offset ``qt_offset`` in ``text`` (clamped)."""
    units = 0
    for index, ch in enumerate(text):
        if units >= qt_offset:
            return index
        units += 2 if ord(ch) > 0xFFFF else 1
    return len(text)


def span_to_qt(text: str, start: int, end: int) -> tuple[int, int]:
    """A Python span as a Qt (start, length)."""
    qt_start = to_qt(text, start)
    return qt_start, to_qt(text, end) - qt_start
