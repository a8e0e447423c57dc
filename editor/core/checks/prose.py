"""Whether a source text reads as running prose rather than a software message."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from editor.core.model import Segment

# Placeholders, format fields, command options, escapes ("\n"), markup and code: a software
# message; a number's percent sign before a space is a percentage ("60 % de"), no placeholder
# with a space flag ("% d"). Every alternative starts with a literal character (an option's
# dash before what stands before it; the markup characters one by one, not as a class): then
# the scan jumps from one of those characters to the next in C, seven times faster than
# trying every position.
_SOFTWARE = re.compile(
    r"%(?!(?<=\d%) )(?!(?<=\d[ \u00a0\u202f]%) )[-+ #0-9.*]*[a-zA-Z@]"
    r"|\{\w*\}|-(?<![\w-]-)-?[a-zA-Z]|\\[a-zA-Z]|<|>|\[|\]|\||=|_|`"
)
_PROSE_WORDS = 8  # words in a sentence of prose


def running_prose(text: str, words: int = _PROSE_WORDS) -> bool:
    """Whether ``text`` reads as running prose: a sentence of some length (``words``) with no
    placeholders or command options. Software messages and option help are written tersely, and their
    translators follow conventions of their own ("do not show" -> "verbergen")."""
    # (split no further than ``words`` words: a long text's word list is not built)
    return len(text.split(None, words)) >= words and _SOFTWARE.search(text) is None


def plain(text: str) -> bool:
    """Whether ``text`` holds no placeholders, command options, markup or code."""
    return _SOFTWARE.search(text) is None


_TECHNICAL_SHARE = 10  # one source in this many holding code makes a document software text
_TECHNICAL_MIN = 3  # ... and at least this many (one "50%." in a short text is no software)


@dataclass(slots=True)
class RegisterStats:
    """How much of a document is software text: its sources that hold placeholders, command
    options, markup or code (see :func:`plain`). Software is localised with its terms kept in
    the source language on purpose ("commit graph", "hot standby"); an everyday text keeps none."""

    segments: int = 0
    software: int = 0

    def add(self, segment: Segment, sign: int = 1) -> None:
        self.segments += sign
        if not plain(segment.source):
            self.software += sign

    def merge(self, other: RegisterStats) -> None:
        self.segments += other.segments
        self.software += other.software

    def technical(self) -> bool:
        """Whether the document is software text (a tenth of its sources hold code)."""
        return self.software >= _TECHNICAL_MIN and self.software * _TECHNICAL_SHARE >= self.segments


def technical_document(stats: object) -> bool:
    """Whether a context's ``stats`` describe software text; without them, not."""
    register = getattr(stats, "register", None)
    return isinstance(register, RegisterStats) and register.technical()


_SHORT_PROSE_WORDS = 5  # words in a short sentence of an everyday text ("Gutters are only covered …")


def everyday_sentence(text: str, stats: object) -> bool:
    """Whether ``text`` reads as running prose (see :func:`running_prose`), or as a shorter
    plain sentence in a document that is no software text: there a sentence of five words is
    prose too."""
    if running_prose(text):
        return True
    return (
        len(text.split(None, _SHORT_PROSE_WORDS)) >= _SHORT_PROSE_WORDS
        and plain(text)
        and not technical_document(stats)
    )
