"""Inline tags and placeholders as protected tokens in segment text.

Bilingual files carry markup inside segments: XLIFF's <g>, <x/>, <ph>, <bpt>/<ept>, <pc>, <sc>/<ec>;
TMX's <bpt>, <ept>, <ph>, <it>, <hi>. In a segment's text each becomes a token numbered in order
of appearance in the source: ``⟨1⟩…⟨/1⟩`` for a tag pair around text, ``⟨2/⟩`` for a standalone
code. The window shows tokens as chips, the ``tag_mismatch`` check compares them with the
source's, and a writer turns them back into the very elements they came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN, CLOSE, STANDALONE = "open", "close", "standalone"
TOKEN = re.compile(r"⟨(/?)(\d+)(/?)⟩")


def open_token(n: int) -> str:
    return f"⟨{n}⟩"


def close_token(n: int) -> str:
    return f"⟨/{n}⟩"


def standalone_token(n: int) -> str:
    return f"⟨{n}/⟩"


@dataclass(frozen=True, slots=True)
class Token:
    number: int
    kind: str
    start: int
    end: int

    @property
    def text(self) -> str:
        if self.kind == OPEN:
            return open_token(self.number)
        if self.kind == CLOSE:
            return close_token(self.number)
        return standalone_token(self.number)


def tokens(text: str) -> list[Token]:
    """Every tag token in ``text``, in order (malformed ones such as ⟨/1/⟩ are text)."""
    found = []
    for m in TOKEN.finditer(text):
        closing, number, slash = m.group(1), int(m.group(2)), m.group(3)
        if closing and slash:
            continue
        kind = CLOSE if closing else STANDALONE if slash else OPEN
        found.append(Token(number, kind, m.start(), m.end()))
    return found


def strip_tokens(text: str) -> str:
    """The text without tag tokens (for the cleaned article and for metrics)."""
    return TOKEN.sub("", text) if "⟨" in text else text


def has_tokens(text: str) -> bool:
    return "⟨" in text and TOKEN.search(text) is not None


def balance_errors(text: str) -> list[str]:
    """What is wrong with the nesting of tag pairs in ``text`` (empty when well formed)."""
    problems = []
    stack: list[int] = []
    for token in tokens(text):
        if token.kind == OPEN:
            stack.append(token.number)
        elif token.kind == CLOSE:
            if not stack:
                problems.append(f"{token.text} closes a tag that is not open")
            elif stack[-1] != token.number:
                problems.append(f"{token.text} closes {open_token(stack[-1])} out of order")
                if token.number in stack:
                    stack.remove(token.number)
            else:
                stack.pop()
    problems.extend(f"{open_token(n)} is never closed" for n in stack)
    return problems
