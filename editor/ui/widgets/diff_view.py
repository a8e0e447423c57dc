"""A word-level diff of the MT and the current target: deletions struck red, insertions green."""

from __future__ import annotations

import html
import re

from PySide6.QtWidgets import QTextBrowser, QWidget
from rapidfuzz.distance import Levenshtein

from editor.ui.theme import DELETED, INSERTED

_TOKENS = re.compile(r"\s+|[^\s]+")


def diff_html(mt: str, target: str) -> str:
    """HTML of the word-level edit script MT -> target (spaces kept as they are)."""
    a, b = _TOKENS.findall(mt), _TOKENS.findall(target)
    out = []
    for op in Levenshtein.opcodes(a, b):
        tag, i1, i2, j1, j2 = op.tag, op.src_start, op.src_end, op.dest_start, op.dest_end
        if tag == "equal":
            out.append(html.escape("".join(a[i1:i2])))
            continue
        if i2 > i1:
            out.append(
                f'<span style="color:{DELETED.name()};text-decoration:line-through">'
                f"{html.escape(''.join(a[i1:i2]))}</span>"
            )
        if j2 > j1:
            out.append(
                f'<span style="color:{INSERTED.name()};text-decoration:underline">'
                f"{html.escape(''.join(b[j1:j2]))}</span>"
            )
    return "".join(out)


class DiffView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)

    def show_diff(self, mt: str, target: str) -> None:
        self.setHtml(f"<div style='white-space:pre-wrap'>{diff_html(mt, target)}</div>")
