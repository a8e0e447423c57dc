"""A space lost around a number's unit or an address: a number glued to its unit where the
language writes a space and the source does ("24m²" for "24 m²"), a unit glued to the word
after it ("100 kmdel" for "100 km del"), a word glued to an address the source writes
("aninfo@example.org" for "an info@…", "…/infoFür" for "…/info. For").

A translation that writes its units glued as a rule ("5kg" wherever it has one) keeps its
style: the document's counts decide (:class:`UnitStats`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.addresses import addresses
from editor.core.checks.fusion import known
from editor.core.checks.glued_marks import GluedMark
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment

# Unit symbols written alike in every language, as written (case matters: "5M" is no metre).
_UNITS = (
    "km m cm mm µm nm kg g mg µg t l ml L GB MB TB KB kB Gb Mb GHz MHz Hz kW MW GW W kWh MWh "
    "V mAh mi lb ft m² km² cm² mm² m³ ha"
).split()
_SPACES = " \u00a0\u202f"
# A number, its first digit first (a scan that jumps to digits), none before it.
_NUMBER = r"(\d(?<![\w.,]\d)\d*(?:[.,]\d+)*)"
# Where the source writes an address: an e-mail address, a web address with its scheme.
_ADDRESS = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?:https?://|www\.)[^\s\"'<>()]+")
_DIGIT = re.compile(r"\d")
_LONG_ENOUGH = 3  # letters of a common word glued after an address: shorter ones end paths
_HOUSE_STYLE = 2  # segments with glued units that make them the translation's style
_CURRENCY = {"€", "£"}  # signs a language may write after the amount (``currency_after``)
_SIGNED = re.compile(r"[€£][\u00a0\u202f ]?(\d[\d.,]*)")  # an amount after its sign ("€42")


@lru_cache(maxsize=16)
def _pattern(code: str) -> re.Pattern[str]:
    """A number, a space or none, one of the language's unit symbols and the letters glued
    after it (none after a unit alone): one scan tells glued, spaced and run-on units."""
    data = language(code)
    every = set(_UNITS) | data.unit_symbols | (_CURRENCY if data.currency_after else set())
    units = "|".join(re.escape(unit) for unit in sorted(every, key=lambda unit: (-len(unit), unit)))
    return re.compile(rf"{_NUMBER}([{_SPACES}]?)({units})([^\W\d_²³]*)")


@dataclass
class UnitStats:
    """Segments of the translation that write a number and its unit glued, and apart."""

    lang: str = ""
    glued: int = 0
    spaced: int = 0

    def add(self, segment: Segment, sign: int = 1) -> None:
        if not self.lang or not language(self.lang).spaces_units:
            return
        kinds = {bool(m.group(2)) for m in _pattern(self.lang).finditer(segment.target) if not m.group(4)}
        self.glued += sign * (False in kinds)
        self.spaced += sign * (True in kinds)

    def merge(self, other: UnitStats) -> None:
        self.glued += other.glued
        self.spaced += other.spaced

    @property
    def glued_style(self) -> bool:
        """Whether the translation writes its units glued as a rule (a style of its own)."""
        return self.glued >= _HOUSE_STYLE and self.glued > self.spaced


def glued_units(target: str, source: str, lang: str, stats: object) -> list[GluedMark]:
    """Numbers glued to their units, and units glued to the word after them, where the
    source writes the same number's unit apart."""
    data = language(lang)
    if not data.spaces_units or not _DIGIT.search(target):
        return []
    pattern = _pattern(lang)
    # the common case: no number glued to a unit, nor a unit to a word
    suspects = [m for m in pattern.finditer(target) if not m.group(2) or len(m.group(4)) > 1]
    if not suspects:
        return []
    apart = {_digits(m.group(1)) for m in pattern.finditer(source) if m.group(2) and not m.group(4)}
    if data.currency_after:  # "€42" of the source: the amount is written apart from its sign
        apart |= {_digits(m.group(1).rstrip(".,")) for m in _SIGNED.finditer(source)}
    style = isinstance(stats, UnitStats) and stats.glued_style
    found = []
    for m in suspects:
        number, unit, word = m.group(1), m.group(3), m.group(4)
        if _digits(number) not in apart:
            continue
        if len(word) > 1 and _glued_word(unit, word, lang, data):
            why = f"The unit '{unit}' and the word '{word}' are fused"
            found.append(GluedMark(m.start(3), m.end(), m.end(3), why))
        elif not word and not style:
            what = "currency sign" if unit in _CURRENCY else "unit"
            why = f"A space is missing between '{number}' and its {what} '{unit}'"
            found.append(GluedMark(m.start(), m.end(), m.end(1), why))
    return found


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def _glued_word(unit: str, word: str, lang: str, data: LanguageData) -> bool:
    """Whether ``word`` glued to ``unit`` is a function word that lost its space ("kmdel"),
    not a word that starts with the unit's letters ("5 gel", "2 mal")."""
    return word.lower() in data.function_words and not known(unit + word, lang, data)


def glued_addresses(target: str, source: str, lang: str) -> list[GluedMark]:
    """A word glued to an address the source writes apart ("àsales@…" for "à sales@…",
    "…/infoFür" for "…/info. For"): the address is found whole in the target with letters
    before or after it."""
    if "@" not in source and "/" not in source and "www." not in source:
        return []
    data = language(lang)
    found = _glued_after(target, source, lang, data)
    for address in sorted({m.group() for m in _ADDRESS.finditer(source)}):
        at = target.find(address, 1)
        while at > 0:
            start = at
            while start > 0 and target[start - 1].isalpha():
                start -= 1
            word, end = target[start:at], at + len(address)
            if word and target[start:end] not in source and _word_before(word, lang, data):
                why = f"'{word}' is glued to the address '{address}'"
                found.append(GluedMark(start, end, at, why))
            at = target.find(address, at + 1)
    return found


def _glued_after(target: str, source: str, lang: str, data: LanguageData) -> list[GluedMark]:
    """Words glued to the end of an address of the source, where the source ends it with a
    space or a mark: the word is one of the sentence, and the address with it is none of the
    source's ("…/parking" + "s" of "…/parkings")."""
    found = []
    for address in sorted({a.text for a in addresses(source) if a.kind != "handle"}):
        at = target.find(address)
        while at >= 0:
            end = start = at + len(address)
            while end < len(target) and target[end].isalpha():
                end += 1
            word = target[start:end]
            if word and target[at:end] not in source and _word_after(word, lang, data):
                why = f"The address '{address}' is glued to the word '{word}'"
                found.append(GluedMark(at, end, start, why))
            at = target.find(address, at + 1)
    return found


def _word_after(word: str, lang: str, data: LanguageData) -> bool:
    """Whether ``word`` glued to the end of an address is a word of the sentence (a function
    word, a common word of three letters or more), not an ending the translation added to
    its path ("/docs", "/enfr")."""
    return word.lower() in data.function_words or (len(word) >= _LONG_ENOUGH and known(word, lang, data))


def _word_before(word: str, lang: str, data: LanguageData) -> bool:
    """Whether ``word`` glued to an address is a word of the sentence (a preposition, an
    article, any common word), not a part of the address the translation adapted."""
    return word.lower() in data.function_words or known(word, lang, data)
