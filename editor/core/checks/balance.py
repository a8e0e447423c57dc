"""Pairing quotation marks and brackets under a language's conventions.

German opens with „ and closes with “, English opens with “, French uses «…»: the language's
own pairs come first, common foreign styles are accepted too (a German text quoting in English
style is a style question, not an unbalanced quote). Single quotes are left alone: ’ is also
the apostrophe.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from editor.core.langdata import language

DOUBLE_QUOTES = '\u201e\u201c\u201d\u00ab\u00bb"\u201f'
BRACKETS = "()[]{}"
_FOREIGN = (
    ("\u201c", "\u201d"),
    ("\u201e", "\u201c"),
    ("\u201e", "\u201d"),
    ("\u00ab", "\u00bb"),
    ("\u00bb", "\u00ab"),
    ('"', '"'),
)
_BRACKET_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"))
# "a)" and "1)" in lists, ":)" smileys: closing brackets that never had an opening one.
_LONE_CLOSE = re.compile(r"(?:^|\s)[^\W_]{1,2}$|[:;]-?$")
# (not the double prime of a time or length written with primes: 41'07", 5'11"; the class
# first, so that the scan jumps to a mark in C, the double prime ruled out behind it)
MARKS = re.compile(
    "[" + re.escape(DOUBLE_QUOTES + BRACKETS) + "](?<!['\u2019\u2032]\\d\")(?<!['\u2019\u2032]\\d\\d\")"
)


class Mark(NamedTuple):
    """A quotation mark or bracket: where, which character, whether it found its partner.

    A named tuple: a paragraph's marks are built again for every candidate in ``surplus``.
    """

    pos: int
    char: str
    opening: bool
    matched: bool


@lru_cache(maxsize=32)
def _closers(code: str) -> dict[str, frozenset[str]]:
    """Opening mark -> the marks that may close it, the language's own pairs first."""
    pairs = [p for p in language(code).quotes if p[0] in DOUBLE_QUOTES] + list(_FOREIGN)
    table: dict[str, set[str]] = {}
    for opening, closing in pairs + list(_BRACKET_PAIRS):
        table.setdefault(opening, set()).add(closing)
    return {k: frozenset(v) for k, v in table.items()}


def marks(text: str, code: str) -> list[Mark]:
    """Every quotation mark and bracket of ``text`` with its pairing, in order."""
    closers = _closers(code)
    found: list[Mark | None] = []
    stacks: dict[bool, list[int]] = {True: [], False: []}  # quotes / brackets
    for match in MARKS.finditer(text):
        pos, char = match.start(), match.group()
        stack = stacks[char in DOUBLE_QUOTES]
        if char == ")" and _lone_close(text, pos, bool(stack)):
            continue
        top = found[stack[-1]] if stack else None
        if top is not None and char in closers.get(top.char, ()) and not _opens_only(text, pos, char):
            found[stack.pop()] = Mark(top.pos, top.char, True, True)
            found.append(Mark(pos, char, False, True))
        elif char in closers:
            stack.append(len(found))
            found.append(Mark(pos, char, True, False))
        else:
            found.append(Mark(pos, char, False, False))
    return [m for m in found if m is not None]


def _opens_only(text: str, pos: int, char: str) -> bool:
    """A straight quote after a space and right before a letter or digit opens a quotation; it
    cannot close the one before (in '"on, "off"' the first is left open, not the second)."""
    if char != '"' or pos + 1 >= len(text) or not text[pos + 1].isalnum():
        return False  # '" ,' or a French '"\u00a0on\u00a0"' closes as before
    return pos == 0 or text[pos - 1].isspace()


def _lone_close(text: str, pos: int, open_brackets: bool) -> bool:
    """A ")" that never had an opening one: a list marker or a smiley, when no bracket is
    open ("(bzip 圧縮)" closes its bracket: CJK words are often two characters long)."""
    return not open_brackets and _LONE_CLOSE.search(text, max(0, pos - 3), pos) is not None


def imbalance_of(text: str, code: str) -> tuple[int, int, int, int]:
    """``imbalance(marks(text, code))`` without building the marks: the same pairing, counted.
    Most paragraphs pair up like their source, and this settles them."""
    found = [(match.start(), match.group()) for match in MARKS.finditer(text)]
    return _pair_on(_START, text, found, _closers(code))


def imbalance(found: list[Mark]) -> tuple[int, int, int, int]:
    """Unmatched (quote opens, quote closes, bracket opens, bracket closes)."""
    counts = [0, 0, 0, 0]
    for mark in found:
        if not mark.matched:
            counts[(0 if mark.char in DOUBLE_QUOTES else 2) + (0 if mark.opening else 1)] += 1
    return counts[0], counts[1], counts[2], counts[3]


def surplus(
    source: list[Mark], src_len: int, target: list[Mark], tgt_len: int, target_text: str, code: str
) -> list[Mark]:
    """The target marks with no counterpart in the source.

    When the target has exactly one mark more than the source and removing one mark makes
    its balance equal the source's, the mark removed is the one whose absence leaves the
    other marks closest, by relative position, to the source's marks. Otherwise the marks
    left unmatched are returned.
    """
    wanted = imbalance(source)
    if imbalance(target) == wanted:
        return []
    if len(target) == len(source) + 1:
        best: tuple[float, Mark] | None = None
        src_rel = [m.pos / max(1, src_len) for m in source]
        blanked = _Blanking(target_text, code)
        for i, mark in enumerate(target):
            if blanked.imbalance(mark.pos) != wanted:
                continue
            others = [m.pos / max(1, tgt_len) for j, m in enumerate(target) if j != i]
            cost = sum(abs(a - b) for a, b in zip(others, src_rel, strict=True))
            if best is None or cost < best[0]:
                best = (cost, mark)
        if best is not None:
            return [best[1]]
    return [m for m in target if not m.matched]


class _Pairing(NamedTuple):
    """Where a left-to-right pairing scan stands: the marks still open, the closes unmatched."""

    quotes: tuple[str, ...]
    brackets: tuple[str, ...]
    quote_closes: int
    bracket_closes: int


_START = _Pairing((), (), 0, 0)


def _pair_on(
    state: _Pairing,
    text: str,
    found: list[tuple[int, str]],
    closers: dict[str, frozenset[str]],
    record: list[_Pairing] | None = None,
) -> tuple[int, int, int, int]:
    """The pairing of the marks ``found`` (position, character) of ``text`` from ``state``:
    an opener waits for its closers, a ")" with no bracket open may be a list marker; the
    unmatched (quote opens, quote closes, bracket opens, bracket closes). ``record`` receives
    the state before each mark and at the end."""
    quotes, brackets = list(state.quotes), list(state.brackets)
    quote_closes, bracket_closes = state.quote_closes, state.bracket_closes
    for pos, char in found:
        if record is not None:
            record.append(_Pairing(tuple(quotes), tuple(brackets), quote_closes, bracket_closes))
        quote = char in DOUBLE_QUOTES
        stack = quotes if quote else brackets
        if char == ")" and _lone_close(text, pos, bool(stack)):
            continue
        if stack and char in closers.get(stack[-1], ()) and not _opens_only(text, pos, char):
            stack.pop()
        elif char in closers:
            stack.append(char)
        elif quote:
            quote_closes += 1
        else:
            bracket_closes += 1
    if record is not None:
        record.append(_Pairing(tuple(quotes), tuple(brackets), quote_closes, bracket_closes))
    return len(quotes), quote_closes, len(brackets), bracket_closes


class _Blanking:
    """``imbalance_of`` a text with one character replaced by a space, for one character after
    another, without rescanning the whole text each time.

    The text's marks are found once, with the scan's state before each. Blanking a character
    changes nothing for the marks before it (the rules look at most one character ahead), so
    the scan resumes from the state recorded just before the blank's reach.
    """

    def __init__(self, text: str, code: str) -> None:
        self._text = text
        self._closers = _closers(code)
        self._marks = [(match.start(), match.group()) for match in MARKS.finditer(text)]
        self._positions = [pos for pos, _ in self._marks]
        self._before: list[_Pairing] = []  # the state before each mark, then at the end
        _pair_on(_START, text, self._marks, self._closers, self._before)

    def imbalance(self, blank: int) -> tuple[int, int, int, int]:
        """``imbalance_of`` the text with the character at ``blank`` (a position in it) a space."""
        text = self._text[:blank] + " " + self._text[blank + 1 :]
        first = bisect_left(self._positions, blank - 1)  # the first mark that may see the blank
        rest = [mark for mark in self._marks[first:] if mark[0] != blank]
        return _pair_on(self._before[first], text, rest, self._closers)


# The source's quotation closed after a mark ("… instructions,” says").
_CLOSED_AFTER = re.compile(r"([,.!?])[\u201d\"]")


def quotation_end(source: str, target: str, opened: int) -> int | None:
    """Where the quotation opened at ``opened`` of ``target`` and never closed would close: at
    the end of the word before the mark the source closes its quotation after ("… instructions,”
    says" → "… instruções|, afirma"), the one of those marks after the opening one about as far
    into the target as the source's is into the source; None where the source closes none."""
    closed = _CLOSED_AFTER.search(source)
    if closed is None or len(_CLOSED_AFTER.findall(source)) != 1:
        return None
    mark = closed.group(1)
    where = closed.start() / max(1, len(source)) * len(target)
    found = [m.start() for m in re.finditer(re.escape(mark), target[opened + 1 :])]
    places = [opened + 1 + k for k in found if target[opened + k : opened + 1 + k].isalpha()]
    return min(places, key=lambda k: abs(k - where)) if places else None


def bracket_end(source: str, target: str, opened: int) -> int | None:
    """Where the bracket opened at ``opened`` of ``target`` and never closed would close: before
    the mark the source writes right after its one closing bracket ("(a certificate is
    required)." → "(un certificat est exigé|."), the one of those marks after the opening
    about as far into the target as the source's bracket is into the source; None where the
    source closes no bracket, or no mark follows it. Where the source closes several, the
    target's brackets pair with the source's in order, as many opened in each."""
    opened_here = [m.start() for m in re.finditer(r"\(", target)]
    opened_there = [m.start() for m in re.finditer(r"\(", source)]
    if source.count(")") == 1:
        closed = source.index(")")
    elif len(opened_here) == len(opened_there) == source.count(")") and opened in opened_here:
        own = opened_there[opened_here.index(opened)]  # the source's bracket of the same place
        closed = source.find(")", own)
        if closed < 0 or "(" in source[own + 1 : closed]:
            return None  # (a bracket inside another)
    else:
        return None
    mark = source[closed + 1 : closed + 2]
    if mark not in (".", ",", ";", ":", "!", "?"):
        return _after_words(source, target, opened, closed)
    where = closed / max(1, len(source)) * len(target)
    places = [m.start() for m in re.finditer(re.escape(mark), target[opened + 1 :])]
    places = [opened + 1 + k for k in places if target[opened + k : opened + 1 + k].isalnum()]
    return min(places, key=lambda k: abs(k - where)) if places else None


_SHORT_ASIDE = 6  # words of a bracketed aside that a translation says in about as many


def _after_words(source: str, target: str, opened: int, closed: int) -> int | None:
    """After as many words of the target as the source's brackets hold, where those are
    few and a word follows the source's closing bracket ("(without chemical sprays) with"):
    "(ohne chemische Spritzmittel| mit"."""
    inside = len(_WORDS.findall(source, source.rfind("(", 0, closed) + 1, closed))
    if not 0 < inside <= _SHORT_ASIDE or _WORDS.match(source, closed + 2) is None:
        return None
    ends = [m.end() for m in _WORDS.finditer(target, opened + 1)]
    return ends[inside - 1] if len(ends) > inside else None


_WORDS = re.compile(r"[^\W_][\w'’-]*")


def unclosed_end(source: str, target: str, opened: int, pairs: dict[str, str]) -> tuple[int, str] | None:
    """Where the quotation (of ``pairs``, opening to closing marks) or the bracket opened at
    ``opened`` and never closed would close, and its closing mark; None where that is not
    told."""
    mark = target[opened]
    if mark in pairs:
        end = quotation_end(source, target, opened)
        return None if end is None else (end, pairs[mark])
    end = bracket_end(source, target, opened) if mark == "(" else None
    if end is not None and "\n" in target[opened:end]:
        return None  # (a line of a list or of help text: no bracket runs on to the next)
    return None if end is None else (end, ")")


# A single mark opening a quotation: after a space, a bracket or the start, before a word that
# is no elision's ("‘s avonds", "‘t"); one closing it: after a word or a mark, before no letter
# (a double one too: "‚alte“" is a mark of the other kind, another slip).
_SINGLE_OPEN = re.compile(r"(?<![^\s(\[])[\u2018\u201a](?=\w)(?![^\W\d_]{1,2}\s)")
_SINGLE_CLOSE = re.compile(r"(?<=[\w.,!?])[\u2018\u2019'\u201c\u201d\u00bb\"](?!\w)")
_SOURCE_SINGLE = re.compile(r"(?<![^\s(\[])['\u2018](?=\w)[^'\u2018\u2019\n]+?(?<=[\w.,!?])['\u2019](?!\w)")
# (a translation may quote in single marks what its source quotes in double ones)
_SOURCE_DOUBLE = re.compile(
    r'(?<![^\s(\[])["\u201c\u201e\u00ab](?=\w)[^"\u201c\u201d\u201e\u00ab\u00bb\n]+?["\u201d\u201c\u00bb]'
)
_QUOTED_END = re.compile(r"[.,;:!?\u2026]|\s+[-\u2013\u2014]\s|$")


def unclosed_singles(source: str, target: str) -> list[tuple[int, int]]:
    """The quotations of ``target`` opened with a single mark ("‘Open Studio.") that no single
    mark closes before the next one opens, where the source quotes (in single or double
    marks): each from its mark to the end of the words the source quotes, where it keeps
    them, or of its words (before the next punctuation). Single marks are left to this count
    alone, as ’ is also the apostrophe."""
    quoted = [m.group()[1:-1] for m in (*_SOURCE_SINGLE.finditer(source), *_SOURCE_DOUBLE.finditer(source))]
    if not quoted:
        return []
    opened = [m.start() for m in _SINGLE_OPEN.finditer(target)]
    found = []
    for k, start in enumerate(opened):
        stop = opened[k + 1] if k + 1 < len(opened) else len(target)
        if _SINGLE_CLOSE.search(target, start + 1, stop) is None:
            # to the end of the words the source quotes, where the translation keeps them
            kept = [len(words) for words in quoted if target.startswith(words, start + 1)]
            end = _QUOTED_END.search(target, start + 1)
            found.append((start, start + 1 + max(kept) if kept else end.start() if end else len(target)))
    return found
