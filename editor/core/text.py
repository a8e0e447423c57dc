"""Text helpers shared by import, checks and metrics: tokens with offsets, line/column lookup."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

# A word: letters/digits with inner hyphens, apostrophes, dots or commas between digits.
_TOKEN_RE = re.compile(
    r"\d+(?:[.,\u202f\u00a0]\d+)*"  # numbers with grouping/decimal marks
    r"(?:[^\W\d_]+)?"  # a unit or letters glued to the number (3die, 10km)
    r"|[^\W_]+(?:['’\-][^\W_]+)*"  # words, hyphenated compounds, elisions
    r"|\S",  # any other single non-space character
)
_WORD_RE = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")
# Scripts written without spaces between words (kana, CJK ideographs, Hangul), as a regex
# character-class body: numbers and Latin names stand right against their words ("400万人").
SPACELESS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f"
# One character of those scripts: ``SPACELESS_CHAR.search(text)`` tells a text that writes them.
SPACELESS_CHAR = re.compile(f"[{SPACELESS}]")


@dataclass(frozen=True, slots=True)
class Token:
    """A token and where it is: ``text == source[start:end]``."""

    text: str
    start: int
    end: int

    @property
    def is_word(self) -> bool:
        return any(ch.isalpha() for ch in self.text)

    @property
    def is_number(self) -> bool:
        return self.text[:1].isdigit()


def tokens(text: str) -> list[Token]:
    """Words, numbers and single punctuation marks with their offsets."""
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(text)]


def words(text: str) -> Iterator[Token]:
    """Only the word tokens (letters, optionally hyphenated or with apostrophes)."""
    for m in _WORD_RE.finditer(text):
        yield Token(m.group(), m.start(), m.end())


def normalize(text: str) -> str:
    """NFC with typographic variants folded: the form comparisons use."""
    text = unicodedata.normalize("NFC", text)
    return text.replace("\u00a0", " ").replace("\u202f", " ")


def is_blank(text: str) -> bool:
    return not text.strip()


_ANY_BREAK = re.compile(r"\r\n|\n|\r")
# Whether a text holds a digit: a scan in C (a generator over its characters is slow).
DIGIT = re.compile(r"\d")
_NEWLINE = re.compile(r"\n")


def line_ends(text: str) -> tuple[int, int]:
    """How many line ends ``text`` holds (counted as :class:`LineIndex` counts them) and
    where the last one ends (0 when there is none)."""
    if "\r" not in text:
        count = text.count("\n")
        return count, text.rfind("\n") + 1 if count else 0
    ends = [m.end() for m in _ANY_BREAK.finditer(text)]
    return len(ends), ends[-1] if ends else 0


class LineIndex:
    """Maps offsets in a text to 1-based line and 0-based column (code points).

    A line ends after ``\\n``; ``\\r\\n`` and a lone ``\\r`` are line ends too.
    """

    __slots__ = ("_starts",)

    def __init__(self, text: str) -> None:
        # A plain "\n" search is ten times faster than the alternation; most files have no "\r".
        breaks = _ANY_BREAK if "\r" in text else _NEWLINE
        self._starts = [0, *(m.end() for m in breaks.finditer(text))]

    def position(self, offset: int) -> tuple[int, int]:
        """(line, col) of an offset."""
        i = bisect.bisect_right(self._starts, offset) - 1
        return i + 1, offset - self._starts[i]

    @property
    def line_count(self) -> int:
        return len(self._starts)


_UNCOUNTED = frozenset({"info"})


def counted(n: int, noun: str) -> str:
    """ "1 error", "3 warnings", "0 issues", "2 info": a count with its noun, for messages."""
    return f"{n} {noun}" if n == 1 or noun in _UNCOUNTED else f"{n} {noun}s"


# East Asian wide and fullwidth characters: one of them carries about what two Latin letters do.
_WIDE = re.compile(
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


# Where the wide characters are (not „“–…, below U+2E80): one range, the fastest scan; the
# rare ones elsewhere (Hangul jamo, CJK beyond the BMP) count only next to common ones.
_BEYOND = re.compile("[\u2e80-\uffff]")


def text_width(text: str) -> int:
    """The length of ``text`` with wide characters counted twice (as a terminal shows them):
    a measure of length that holds across scripts ("演算子族" is as long as "operator")."""
    if text.isascii() or _BEYOND.search(text) is None:  # a one-range class scans fast
        return len(text)
    return len(text) + len(_WIDE.findall(text))


def word_ends(text: str, word: str) -> Iterator[int]:
    """Where ``word`` ends in ``text``, wherever it starts a word (no letter or digit before
    it); whether one ends a word too is the caller's test."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if at == 0 or not text[at - 1].isalnum():
            yield end
        at = text.find(word, end)


def has_word(text: str, word: str) -> bool:
    """Whether ``text`` writes ``word`` as it is, as a word of its own."""
    return any(not text[end : end + 1].isalnum() for end in word_ends(text, word))


def substring_keys(words: Iterable[str]) -> tuple[str, ...]:
    """The fewest of ``words`` whose substring tests find each of them: a word that holds
    another ("monthly" holds "month") is found by that one's test."""
    unique = sorted(set(words), key=lambda word: (len(word), word))
    keys: list[str] = []
    for word in unique:
        if word and not any(key in word for key in keys):
            keys.append(word)
    return tuple(keys)
