"""Two words the source writes apart, kept as they are and run together in the target: a
brand and its model ("Lumo ax-20" -> "Lumoax-20", "Vento 7" -> "Vento7"). The parts need no
word list: the source shows the space that was lost.

So is an ampersand the source writes with a space on either side ("Smith & Jones",
"R & D") glued to the words on both sides of it in the target ("Smith&Jones").

So is a Latin code the source writes after a space glued to a Cyrillic or Greek word
("дляPDF"), a conjunction of one letter glued to the number before it ("9.30e poi"), and a
plural possessive's apostrophe run into the next word ("Growers'Fair").

Two capitalised words joined ("NumLock" for "Num Lock") are left to :mod:`merged_token`'s
word lists: software writes key and product names so.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise

from editor.core.checks.fusion import WHOLE_KNOWN, is_suffix
from editor.core.checks.glued_marks import GluedMark
from editor.core.checks.lexicon import is_known
from editor.core.langdata import LanguageData, language
from editor.core.text import DIGIT, SPACELESS_CHAR

# letters and digits, a hyphen or a full stop inside ("ax-20", "2.x")
_TOKEN = re.compile(r"[^\W_]+(?:[-.][^\W_]+)*")
# A letter and a digit in one token ("Vento7", "ax-20"): most texts have none, and the
# source's pairs need no look then.
# (the digit first: a scan stops at digits only, five times faster than at every letter)
_LETTER_THEN_DIGIT = re.compile(r"\d(?:(?<=[^\W\d_]\d)|(?<=[^\W\d_][-.]\d))")
_MIN_PART = 2  # a first part of one letter is as often a name's initial or a series ("X 11")


def glued_source_words(target: str, source: str, lang: str) -> list[GluedMark]:
    """Where ``target`` holds, as one token, two tokens that follow each other in ``source``
    with a space between them, the second holding a digit (a model's code, a version),
    written exactly as the source writes them: no word the translation made of them, no join
    the source writes too, no name the word lists hold as one word."""
    if not _LETTER_THEN_DIGIT.search(target) or " " not in source or SPACELESS_CHAR.search(target):
        return []
    found = []
    for a, b in pairwise(_TOKEN.finditer(source)):
        if a.end() + 1 != b.start() or source[a.end()] != " ":
            continue
        first, second = a.group(), b.group()
        joined = first + second
        if joined not in target:  # the cheap test, before any other
            continue
        if len(first) < _MIN_PART or not first[-1].isalpha():
            continue  # a number and its unit are unit_glue's ("5 GB" -> "5GB")
        if not any(ch.isdigit() for ch in second):
            continue
        if re.search(rf"(?<![^\W_]){re.escape(joined)}(?![^\W_])", source, re.IGNORECASE):
            continue  # the source writes it as one word too
        letters = joined.replace("-", "")
        if is_known(letters, lang, WHOLE_KNOWN) or is_known(letters, "en", WHOLE_KNOWN):
            continue  # a name spelt as one word ("PowerPoint")
        for m in re.finditer(rf"(?<![^\W_]){re.escape(joined)}(?![^\W_])", target):
            why = f"'{first}' and '{second}' are fused; the source writes them apart"
            found.append(GluedMark(m.start(), m.end(), m.start() + len(first), why))
    return found


# "&" between letters or digits: the target's join, the source's own (a name, "AT&T"; a
# menu's accelerator, "&Save", "Sa&ve"; an entity, "&amp;"), the source's spaced one
_GLUED_AMPERSAND = re.compile(r"&(?<=[^\W_]&)(?=[^\W_])")
_AMPERSAND_GLUED = re.compile(r"&[^\W_]|[^\W_]&")
_SPACED_AMPERSAND = re.compile(r"\s&\s")
_IN_CODE = frozenset("=/?;:#%<>{}")  # a query string, an entity, a format: no prose around it


def glued_ampersands(target: str, source: str, lang: str) -> list[GluedMark]:
    """Where ``target`` glues an ampersand to the words on both sides ("Smith&Jones") and
    the source writes every one of its ampersands with a space on either side and none
    glued to a letter (no name like "AT&T", no menu accelerator like "&Save"): not where the
    token is in an address or a format, nor where the two words without it make one word
    (an accelerator moved inside a word, "Spe&ichern")."""
    if "&" not in target or not _SPACED_AMPERSAND.search(source) or _AMPERSAND_GLUED.search(source):
        return []
    found = []
    for m in _GLUED_AMPERSAND.finditer(target):
        start = end = m.start()
        while start > 0 and target[start - 1].isalnum():
            start -= 1
        end = m.end()
        while end < len(target) and target[end].isalnum():
            end += 1
        before, after = target[start - 1 : start], target[end : end + 1]
        if before in _IN_CODE or before == "&" or after in _IN_CODE or after == "&":
            continue
        left, right = target[start : m.start()], target[m.end() : end]
        initials = left.isupper() and right.isupper()  # "R&D": no accelerator inside a word
        if not initials and (
            is_known(left + right, lang, WHOLE_KNOWN) or is_known(left + right, "en", WHOLE_KNOWN)
        ):
            continue
        why = f"'{left}' and '{right}' are glued to '&'; the source writes it with spaces"
        found.append(GluedMark(start, end, m.start(), why, f"{left} & {right}"))
    return found


# Two capitalised words of Cyrillic or Greek letters run together ("ЛератоДубе"): in those
# scripts a capital inside a word is rare (a brand's, which the source writes so too)
_CAPITALISED = r"(?:[\u0400-\u042f][\u0430-\u045f]{2,}|[\u0386-\u03ab][\u03ac-\u03ce]{2,})"
_GLUED_CAPITALISED = re.compile(rf"(?<![^\W_])({_CAPITALISED})({_CAPITALISED})(?![^\W_])")
_SOURCE_NAME_PAIR = re.compile(
    r"(?<![^\W_])([A-Z][a-z\u00df-\u024f]{2,}) (?=([A-Z][a-z\u00df-\u024f]{2,})(?![^\W_]))"
)
_SOURCE_HUMP = re.compile(r"[a-z\u00df-\u024f][A-Z\u00c0-\u00de]")
_SAME_SCRIPT = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
_LENGTH_SLACK = 3  # letters a transliteration adds or drops ("Sithole" -> "Ситоле")


def glued_transliterated_names(target: str, source: str, lang: str) -> list[GluedMark]:
    """Two capitalised Cyrillic or Greek words run together ("ЛератоДубе") where the source,
    in Latin letters, writes two capitalised words of about their lengths one after the other
    ("Lerato Dube"): a name whose space was lost. Not where the source has letters of the
    target's script (its own words, compared as written elsewhere), nor where it writes a
    word with a capital inside (a brand spelt so, "MegaFon"), nor a word the lists hold."""
    if target.isascii() or not _GLUED_CAPITALISED.search(target):
        return []
    if _SAME_SCRIPT.search(source) or _SOURCE_HUMP.search(source):
        return []
    pairs = [(len(m.group(1)), len(m.group(2))) for m in _SOURCE_NAME_PAIR.finditer(source)]
    found = []
    for m in _GLUED_CAPITALISED.finditer(target):
        first, second = m.group(1), m.group(2)
        if is_known(first + second.lower(), lang, WHOLE_KNOWN):
            continue
        if any(
            abs(a - len(first)) <= _LENGTH_SLACK and abs(b - len(second)) <= _LENGTH_SLACK for a, b in pairs
        ):
            why = f"'{first}' and '{second}' are fused; the source writes the name apart"
            found.append(GluedMark(m.start(), m.end(), m.start() + len(first), why))
    return found


# A lowercase word of Cyrillic or Greek letters (its first may be a capital) run into a code
# or name in Latin capitals and digits ("дляPDF", "илиVG1"): no word mixes the scripts so.
_NON_LATIN_WORD = r"[\u0400-\u042f\u0386-\u03ab]?[\u0430-\u045f\u0491\u03ac-\u03ce]+"
_GLUED_LATIN = re.compile(rf"(?<![^\W_])({_NON_LATIN_WORD})([A-Z][A-Za-z\d]+)(?![^\W_])")
_CYRILLIC_OR_GREEK_LOWER = re.compile(r"[\u0430-\u045f\u0491\u03ac-\u03ce][A-Z]")


def glued_latin_tokens(target: str, source: str) -> list[GluedMark]:
    """A Cyrillic or Greek word with a Latin code or name glued to its end ("иUSB" for "and
    USB") where the source writes that code as a word of its own after a space: the space the
    translation lost. Not where the source glues them too."""
    if not _CYRILLIC_OR_GREEK_LOWER.search(target):
        return []
    found = []
    for m in _GLUED_LATIN.finditer(target):
        word, code = m.groups()
        if m.group() in source or not re.search(rf"(?<!\S){re.escape(code)}(?![^\W_])", source):
            continue
        why = f"'{word}' and '{code}' are fused; the source writes '{code}' after a space"
        found.append(GluedMark(m.start(), m.end(), m.start() + len(word), why))
    return found


# A number or a time with a word of one letter glued on, a word following ("11.00e poi"):
# the conjunction or preposition lost its space. Not after a letter, a mark of a code or a
# decimal's part ("v2.0a", "#00e", "%1e").
_NUMBER_LETTER = re.compile(r"(?<![^\W_.,:/#%$&\\])(\d+(?:[.:,]\d+)*)([^\W\d_])(?=[ \t]+[^\W_])")
# Letters written glued to numbers as units in Cyrillic texts ("5с", "3к", "9в")
_CYRILLIC_UNITS = frozenset("сктмгчдлцбв")
_NOT_UNITS = frozenset("ey")  # a unit elsewhere (a French ordinal, a year): a conjunction here


@lru_cache(maxsize=16)
def _one_letter_words(data: LanguageData) -> frozenset[str]:
    """The language's function words of one letter that no number takes as a suffix."""
    return frozenset(
        word
        for word in data.function_words
        if len(word) == 1
        and word.isalpha()
        and not (is_suffix(word, data) and word not in _NOT_UNITS)
        and word not in data.ordinal_suffixes
        and word not in data.elided_words
        and word not in _CYRILLIC_UNITS
    )


def glued_letter_words(target: str, source: str, lang: str) -> list[GluedMark]:
    """A number or a time with a conjunction or preposition of one letter glued on, a word
    after it ("alle 9.30e poi" for "at 9:30 and then"), where the source writes the same
    number (any separator) with a space after it and never with a letter glued on: no unit,
    ordinal or suffix of the language ("11.00h", "5e", "3a")."""
    if not DIGIT.search(target):
        return []
    letters = _one_letter_words(language(lang))
    if not letters:
        return []
    found = []
    for m in _NUMBER_LETTER.finditer(target):
        number, letter = m.groups()
        if letter not in letters:
            continue
        digits = "[.:,]".join(re.findall(r"\d+", number))  # "11:00" of the source for "11.00"
        if not re.search(rf"(?<![\d.,:]){digits}\s", source):
            continue
        if re.search(rf"(?<![\d.,:]){digits}[^\W\d_]", source):
            continue  # the source glues a letter to it itself
        why = f"the number {number} is glued to the word '{letter}'"
        found.append(GluedMark(m.start(), m.end(), m.end() - 1, why))
    return found


# An English possessive's apostrophe run into the next capitalised word ("Parents'Evening")
_GLUED_POSSESSIVE = re.compile(r"(?<![^\W_])([^\W\d_]{2,}s)(['\u2019])([A-Z][^\W\d_]+)(?![^\W_])")
_SPACED_POSSESSIVE = re.compile(r"s['\u2019]\s")


def glued_possessives(target: str, source: str) -> list[GluedMark]:
    """A plural possessive's apostrophe with the next capitalised word glued to it
    ("Farmers'Market") where the source writes that possessive with a space after its
    apostrophe ("Farmers' Market"): a name kept from the source lost its space."""
    if "s'" not in target and "s\u2019" not in target:
        return []
    if not _SPACED_POSSESSIVE.search(source):
        return []
    found = []
    for m in _GLUED_POSSESSIVE.finditer(target):
        word, mark, after = m.groups()
        if not re.search(rf"(?<![^\W_]){re.escape(word)}['\u2019]\s", source):
            continue
        why = f"'{word}{mark}' and '{after}' are fused; the source writes a space after the apostrophe"
        found.append(GluedMark(m.start(), m.end(), m.start(3), why))
    return found
