"""How a document addresses its reader: segments with polite and with familiar forms of "you".

A translation that says "Sie" throughout and "du" once, or "vous" and then "tu", has slipped
(machine translation picks the register sentence by sentence). The forms of each register are
language data (:attr:`LanguageData.address`); the document counts the segments with
each, so a check knows the register of the rest of the document from two numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.memo import TokenMemo
from editor.core.checks.stats_terms import target_tokens
from editor.core.langdata import language
from editor.core.model import Segment

_QUOTES = re.compile('["\u201c\u201d\u201e\u00ab\u00bb\u2039\u203a\u201a\u2018]')
_SENTENCE_END = ".!?:;\u2026\u2013\u2014-(\u00bf\u00a1"  # before a sentence start or a heading
_MIN_SEGMENTS = 3  # segments of the document's register before one in the other is a slip
_MARGIN = 10  # ... and as many times those of the other register elsewhere, at least
_MAX_OTHERS = 1  # segments of the other register elsewhere: more are a second voice (a quote,
# a joined catalogue's other program), not a slip


@dataclass(frozen=True, slots=True)
class Forms:
    """One language's polite and familiar forms as patterns, and whether the polite ones are
    also the familiar plural (French "vous")."""

    polite: re.Pattern[str] | None
    familiar: re.Pattern[str] | None
    polite_plural: bool
    idioms: frozenset[str] = frozenset()
    memo: TokenMemo | None = None  # whether a token holds a form of either register


def _pattern(words: frozenset[str]) -> re.Pattern[str] | None:
    """The words as written, as whole words outside code ("--dir", "%du", "$DIR")."""
    if not words:
        return None
    alternatives = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(rf"(?<![\w'\u2019/\\$%<\[{{=.@-])(?:{alternatives})(?![\w'\u2019/\\<>\]}}=@-])")


@lru_cache(maxsize=16)
def forms(lang: str) -> Forms:
    data = language(lang) if lang else None
    if data is None or not data.address.familiar:
        return Forms(None, None, True)
    polite, familiar = data.address.polite, data.address.familiar
    # familiar forms also capitalised (a sentence start), not in capitals ("TU": an acronym)
    familiar |= {w[:1].upper() + w[1:] for w in familiar}
    either = _pattern(polite | familiar)
    assert either is not None
    return Forms(
        _pattern(polite),
        _pattern(familiar),
        data.address.polite_plural,
        data.address.idioms,
        TokenMemo(lambda token: either.search(token) is not None),
    )


def _found(pattern: re.Pattern[str] | None, text: str, sentence_start: bool) -> list[re.Match[str]]:
    """The forms in ``text``; with ``sentence_start`` False, not those opening a sentence
    (a capital there says nothing of politeness)."""
    if pattern is None:
        return []
    found = []
    for match in pattern.finditer(text):
        before = text[: match.start()].rstrip()
        if not sentence_start and (not before or before[-1] in _SENTENCE_END):
            continue
        found.append(match)
    return found


@lru_cache(maxsize=64)
def registers(
    source: str, target: str, lang: str, build: bool = False
) -> tuple[tuple[tuple[int, int], ...], tuple[tuple[int, int], ...]]:
    """Where ``target`` uses polite and familiar forms; none in a text that quotes (speech
    and titles address someone else)."""
    kinds = forms(lang)
    # (while the statistics are built, the target was split for the term statistics just now)
    tokens = target_tokens(target) if build else target.split()
    if kinds.memo is None or not kinds.memo.any_suspect_token(tokens):
        return (), ()
    if _QUOTES.search(target):
        return (), ()
    polite = tuple(m.span() for m in _found(kinds.polite, target, False))
    familiar = tuple(m.span() for m in _found(kinds.familiar, target, True))
    if familiar and kinds.idioms:
        lowered = target.lower()
        idioms = [
            (m.start(), m.end()) for idiom in kinds.idioms for m in re.finditer(re.escape(idiom), lowered)
        ]
        familiar = tuple(f for f in familiar if not any(a <= f[0] < b for a, b in idioms))
    if (polite or familiar) and source:
        # a form the source has too is copied (a name, an option, a language code)
        copied = set(re.findall(r"\w+", source.lower()))
        polite = tuple(s for s in polite if target[s[0] : s[1]].lower() not in copied)
        familiar = tuple(s for s in familiar if target[s[0] : s[1]].lower() not in copied)
    return polite, familiar


@dataclass
class AddressStats:
    """Segments of the document with polite forms of address, and with familiar ones."""

    lang: str = ""
    polite: int = 0
    familiar: int = 0

    def add(self, segment: Segment, sign: int = 1) -> None:
        if not self.lang:
            return
        polite, familiar = registers(segment.source, segment.target, self.lang, build=True)
        self.polite += sign * bool(polite)
        self.familiar += sign * bool(familiar)

    def merge(self, other: AddressStats) -> None:
        self.polite += other.polite
        self.familiar += other.familiar

    def slips(self, segment: Segment) -> Iterator[tuple[int, int, str]]:
        """The forms of the register the rest of the document does not use, with a message."""
        if not self.lang or min(self.polite, self.familiar) == 0:
            return
        if (
            min(self.polite, self.familiar) > _MAX_OTHERS + 1
            or max(self.polite, self.familiar) < _MIN_SEGMENTS
        ):
            return  # two registers in use (or too little of either): no slip, nothing to read
        polite, familiar = registers(segment.source, segment.target, self.lang)
        polite_else = self.polite - bool(polite)
        familiar_else = self.familiar - bool(familiar)
        if familiar and _clear(polite_else, familiar_else):
            slips, here, usual, count = familiar, "familiarly", "polite", polite_else
        elif polite and not forms(self.lang).polite_plural and _clear(familiar_else, polite_else):
            slips, here, usual, count = polite, "politely", "familiar", familiar_else
        else:
            return
        for start, end in slips:
            yield (
                start,
                end,
                f"'{segment.target[start:end]}' addresses the reader {here}; {count} other segments "
                f"of the document use the {usual} form",
            )


def _clear(usual: int, other: int) -> bool:
    return usual >= _MIN_SEGMENTS and other <= _MAX_OTHERS and other * _MARGIN <= usual


def address_stats(stats: object) -> AddressStats | None:
    """The :class:`AddressStats` inside a context's ``stats``, if it was built."""
    found = getattr(stats, "address", None)
    return found if isinstance(found, AddressStats) else None
