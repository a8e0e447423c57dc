"""Marks a language writes after a space (French: a no-break space before ; : ! ?) or, for
opening marks, before one ("« oui »"), and how a translation writes them: the document's habit
decides whether one written without is a slip.

Software text and older house styles often write them tight ("Attention: …"), so one tight
mark alone says nothing; in a translation that otherwise writes the space, it is a slip.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from editor.core.langdata import language
from editor.core.model import Segment

_SPACES = " \u00a0\u202f"
_LAST_TOKEN = re.compile(r"\S+$")
# Segments writing the space for each one writing a mark without it that make the space the
# translation's habit (and the others slips); one slip is one whatever the size. Catalogues of
# software messages joined from many translators mix the two styles about 3 to 1.
_DOMINANT = 10


@lru_cache(maxsize=16)
def _patterns(marks: str, quotes: bool = False) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(a mark right after a word's letter or digit or, for marks of prose, a closing bracket,
    a typographic quotation mark ("»:") or a currency or per cent sign ("€;"), a mark after
    a space), each before a space, a closing mark or the end: punctuation of prose
    ("Remarque : …", "(étudiants) ;", "à 9 h 15 ;"), not a clock ("10:30"), an address
    ("https://") or syntax ("key:value"); for closing ``quotes``, after a letter, before
    anything but a letter."""
    if not marks:
        return None
    mark = "[" + re.escape(marks) + "]"
    # (a closing quotation mark may stand before any mark: "« oui »,")
    after = r"(?![^\W\d_])" if quotes else r"(?=[\s\u00bb\u201d\")\]]|$)"
    before = r"(?<=[^\W\d_].)" if quotes else r"(?:(?<=[^\W_].)|(?<=[)\]\u00bb\u201d%€$£¥].))"
    return (
        re.compile(rf"{mark}{before}{after}"),
        re.compile(rf"{mark}(?<=\S[{_SPACES}].){after}"),
    )


@lru_cache(maxsize=16)
def _opening_patterns(marks: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """(an opening mark right before a word's letter, one before a space)."""
    if not marks:
        return None
    mark = "[" + re.escape(marks) + "]"
    return re.compile(rf"{mark}(?=[^\W\d_])"), re.compile(rf"{mark}(?=[{_SPACES}]\S)")


@dataclass
class SpacingStats:
    """Segments of the translation that write the target language's spaced marks with a space
    before them and without one, and which space they write."""

    marks: str = ""  # the target language's spaced marks; "" when it has none
    openers: str = ""  # the opening marks written with a space after them
    spaced: int = 0
    tight: int = 0
    # segments writing a no-break space the source does not ("50\u00a0%", "28\u00a0£"):
    # a translation set by the language's typography, which spaces these marks too
    typographic: int = 0
    spaces: Counter[str] = field(default_factory=Counter)

    def add(self, segment: Segment, sign: int = 1) -> None:
        patterns = _patterns(self.marks, bool(self.openers))
        if patterns is None:
            return
        if _typographic(segment):
            self.typographic += sign
        if not any(mark in segment.target for mark in self.marks + self.openers):
            return
        tight, spaced = patterns
        opening = _opening_patterns(self.openers)
        if (tight.search(segment.target) and _unkept(segment, tight)) or (
            opening is not None and opening[0].search(segment.target)
        ):
            self.tight += sign
        found = [segment.target[m.start() - 1] for m in spaced.finditer(segment.target)]
        if opening is not None:
            found += [segment.target[m.end()] for m in opening[1].finditer(segment.target)]
        if found:
            self.spaced += sign
            self.spaces.update({space: sign for space in set(found)})

    def merge(self, other: SpacingStats) -> None:
        self.spaced += other.spaced
        self.tight += other.tight
        self.typographic += other.typographic
        self.spaces.update(other.spaces)

    @property
    def house_style(self) -> bool:
        """Whether the translation writes the space before these marks as a rule: where it
        writes them, or, where it writes none, one no-break space set by the rules of its
        typography and at most one mark without its space."""
        if self.spaced == 0:
            return self.typographic > 0 and self.tight <= 1
        return self.tight <= 1 or self.spaced >= _DOMINANT * self.tight

    @property
    def space(self) -> str:
        """The space the translation writes before these marks most (a no-break space when
        it is a tie)."""
        ranked = sorted(self.spaces.items(), key=lambda item: (-item[1], item[0] != "\u00a0"))
        return ranked[0][0] if ranked and ranked[0][1] > 0 else "\u00a0"


def _typographic(segment: Segment) -> bool:
    """Whether the target writes a no-break space where the source writes none."""
    target = segment.target
    return any(space in target and space not in segment.source for space in _SPACES[1:])


def spacing_stats(target_lang: str) -> SpacingStats:
    return SpacingStats(marks=language(target_lang).spaced_punctuation if target_lang else "")


def quote_spacing_stats(target_lang: str) -> SpacingStats:
    """The same for the quotation marks the language writes with a space inside them."""
    opening, closing = language(target_lang).spaced_quotes if target_lang else ("", "")
    return SpacingStats(marks=closing, openers=opening)


def tight_marks(segment: Segment, stats: SpacingStats) -> list[tuple[int, str]]:
    """Positions and marks of the target's spaced marks written without their space (before
    a closing mark, after an opening one), where the document writes the space as a rule."""
    patterns = _patterns(stats.marks, bool(stats.openers))
    if patterns is None or not stats.house_style:
        return []
    found = _unkept(segment, patterns[0])
    opening = _opening_patterns(stats.openers)
    if opening is not None and any(mark in segment.target for mark in stats.openers):
        found += [(m.start(), m.group()) for m in opening[0].finditer(segment.target)]
    return sorted(found)


def unspaced_colons(segment: Segment, stats: SpacingStats) -> list[int]:
    """Positions of the target's colons written without a space, where the target language
    spaces colons (French does under every norm, Canada's too, which drops the space before
    ; ! ? only) and the translation shows no habit of its own: no spaced mark, no other
    segment with a tight one."""
    patterns = _patterns(stats.marks)
    if patterns is None or ":" not in stats.marks or stats.spaced > 0 or stats.tight > 1:
        return []
    return [pos for pos, mark in _unkept(segment, patterns[0]) if mark == ":"]


def _unkept(segment: Segment, tight: re.Pattern[str]) -> list[tuple[int, str]]:
    """The matches of ``tight`` in the target, except the end of a character reference
    ("&amp;") and one after a token the source writes with the same mark that is no plain word
    or number ("ERROR:", "%s:", kept as a program prints them)."""
    target = segment.target
    found = []
    for match in tight.finditer(target):
        start = match.start()
        word = _LAST_TOKEN.search(target, 0, start)
        before = word.group() if word else ""
        if "&" in before:
            continue
        if (
            (before.isalpha() and not before.isupper())
            or before.isdigit()
            or before + match.group() not in segment.source
        ):
            found.append((start, match.group()))
    return found


# A space after an opening bracket or Spanish opening mark before a word ("( 12 euro",
# "¿ Quieren"), the mark first so the scan jumps to it in C.
_SPACE_AFTER_OPENING = re.compile(r"[(\[¿¡\u201e](?=[ \u00a0]+[^\W_])")
_RUN_OF_SPACES = re.compile(r"[ \u00a0]+")
_CLOSERS = {"(": ")", "[": "]"}


def spaced_openers(target: str, source: str) -> list[tuple[int, int, str]]:
    """(start, end, mark) of each opening bracket, "¿", "¡" or "„" (only ever an opener) with
    a space after it before a word, the space included, beyond as many as the source writes
    (a layout it chose: "( a | b )")."""
    found = list(_SPACE_AFTER_OPENING.finditer(target))
    if not found:
        return []
    said = Counter(m.group() for m in _SPACE_AFTER_OPENING.finditer(source))
    written = Counter(m.group() for m in found)
    spaces = [_RUN_OF_SPACES.match(target, m.end()) for m in found]
    return [
        (m.start(), run.end(), m.group())
        for m, run in zip(found, spaces, strict=True)
        if run is not None
        and written[m.group()] > said[m.group()]
        and run.end() - run.start() == 1  # (a wider gap is layout: columns)
        and target[m.start() : run.end() + 1] not in source  # "( 0..23)": a padding it copies
        and not _spaced_closer(target, run.end(), m.group())
    ]


def _spaced_closer(text: str, start: int, opener: str) -> bool:
    """Whether the bracket opened before ``start`` closes after a space too ("( ou encore … )":
    a house style of spacing inside brackets, not a slip) or never closes (a bracket named as
    a character: "( non apparié")."""
    closer = _CLOSERS.get(opener)
    if closer is None:
        return False
    end = text.find(closer, start)
    return end < 0 or text[end - 1] in " \u00a0"


@lru_cache(maxsize=16)
def _elisions(code: str) -> re.Pattern[str] | None:
    words = language(code).elided_words
    if not words:
        return None
    alternation = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    # after a space, an opening mark or the start only: not the "s" of a placeholder ("'%s' ")
    return re.compile(rf"(?<![^\s(\[«\"“])(?:{alternation})['’](?=[ \u00a0]+[^\W\d_])", re.IGNORECASE)


def spaced_elisions(target: str, source: str, code: str) -> list[tuple[int, int, str]]:
    """(start, end, elided word with its apostrophe) of each elided word written apart from the
    word it is joined to ("l' autobus", "dell' olio"), the space included; not where the
    source writes the same (a quotation of it)."""
    pattern = _elisions(code)
    if pattern is None or ("'" not in target and "’" not in target):
        return []
    found = []
    for m in pattern.finditer(target):
        run = _RUN_OF_SPACES.match(target, m.end())
        if run is not None and target[m.start() : run.end()] not in source:
            found.append((m.start(), run.end(), m.group()))
    return found
