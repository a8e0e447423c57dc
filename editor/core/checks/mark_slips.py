"""Marks lost or mistyped inside words and numbers of the target: the apostrophe of an elided
word ("nell atrio"), the full stop of a day written as an ordinal ("am 4 Mai"), and the
masculine ordinal indicator and the degree sign taken for each other ("60 ºC", "n.° 5"), a
word written with the wrong accent ("benchè"), and two hyphens for a dash ("10--12")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import LanguageData, language


class Slip(NamedTuple):
    start: int
    end: int
    fix: str
    why: str


_VOWELS = frozenset("aeiouyhàáâäèéêëìíîïòóôöùúûüœæ")
# A common word of English (Zipf) that needs the next word to be plainly the target
# language's ("all" of an English phrase in Italian text: "formula all inclusive").
_ENGLISH_WORD = 4.0
# How much commoner in English than in the target language the next word may be: "a", "in"
# are common in both.
_ENGLISH_MARGIN = 0.5


@lru_cache(maxsize=16)
def _bound_elisions(code: str) -> re.Pattern[str] | None:
    forms = language(code).bound_elisions
    if not forms:
        return None
    # after a space, an opening mark or the start only (not the "s" of "%s", nor "'s"), one
    # space, then a word
    return re.compile(rf"(?<![^\s(\[«\"“„‹¿¡]){alternatives(set(forms))}(?=[ \u00a0][^\W\d_])", re.IGNORECASE)


_NEXT_WORD = re.compile(r"[ \u00a0]([^\W\d_]+)(?![\w'’])")
_NUMBER_BEFORE = re.compile(r"\d[ \u00a0]?$")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:]\s+)[(\[«\"“„‹¿¡]?$")


def lost_apostrophes(target: str, source: str, code: str) -> list[Slip]:
    """An elided form that is no word alone written with a space before a word of the
    language that opens with a vowel or "h" ("nell atrio", "l avion", "qu il"): the apostrophe
    was lost. Not after a number ("5 m au-dessus"), not in capitals inside a sentence ("N
    octets", a variable), not a form the source writes as a word (a letter, a name, "all" of a
    phrase it quotes; not the "s" of "it's"), not before a conjunction, a word in capitals, or
    a word commoner in English (a phrase of English kept: "all over")."""
    pattern = _bound_elisions(code)
    if pattern is None:
        return []
    found = list(pattern.finditer(target))
    if not found:
        return []
    data = language(code)
    apostrophe = "’" if target.count("’") > target.count("'") else "'"
    slips = []
    for m in found:
        form = m.group()
        after = _NEXT_WORD.match(target, m.end())
        if after is None or after.group(1)[0].lower() not in _VOWELS:
            continue
        word = after.group(1)
        lower = word.lower()
        if (len(form) > 1 and form.isupper()) or (len(word) > 1 and word.isupper()):
            continue
        if lower in data.conjunctions or _NUMBER_BEFORE.search(target, 0, m.start()):
            continue
        if form[0].isupper() and not _SENTENCE_START.search(target, 0, m.start()):
            continue  # a variable or a name inside a sentence ("N octets", "Dell")
        if re.search(rf"(?<![^\W\d_]|['’]){re.escape(form)}(?![^\W\d_]|['’])", source, re.IGNORECASE):
            continue
        if not _target_word(lower, form.lower(), code):
            continue
        slips.append(
            Slip(
                m.start(),
                after.end(1),
                form + apostrophe + word,
                f"'{form} {word}' has lost the apostrophe of '{form}{apostrophe}'",
            )
        )
    return slips


def _target_word(word: str, form: str, code: str) -> bool:
    """Whether ``word`` after the elided ``form`` is a word of the target language rather than
    of English."""
    if not has_lexicon(code):
        return False
    own = zipf(word, code)
    if own == 0:
        return False
    english = zipf(word, "en") if code != "en" else 0.0
    margin = 0.0 if zipf(form, "en") >= _ENGLISH_WORD else _ENGLISH_MARGIN
    return own + margin > english


@lru_cache(maxsize=16)
def _undotted_days(code: str) -> re.Pattern[str] | None:
    """A day of the month with no stop before a month's full name, in a language that writes
    the day as an ordinal ("4. Mai"): not a decimal, a time or a list's number before it, nor a
    month that opens a compound ("4 Mai-Termine")."""
    data = language(code)
    if not data.ordinal_dot or not data.calendar:
        return None
    months = {name for month in data.calendar for name in month}
    return re.compile(
        rf"(?<![\d.,:/\-–])\b(0?[1-9]|[12]\d|3[01])[ \u00a0]{alternatives(months)}(?![\w\-])",
        re.IGNORECASE,
    )


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \u00a0]$")
_DIGIT = re.compile(r"\d")  # (a scan in C: a generator over the text's characters is slow)


def _numbered(before: re.Match[str] | None, data: LanguageData) -> bool:
    """Whether the word before a number is a noun it numbers ("Kapitel 2", "Seite 4"): a
    capitalised word that is no function word nor a weekday."""
    if before is None or not before.group(1)[0].isupper():
        return False
    word = before.group(1).lower()
    if word in data.function_words or word in data.prepositions:
        return False
    return not any(word in day for day in data.weekdays)


def undotted_days(target: str, source: str, code: str) -> list[Slip]:
    """Days of the month written without the full stop the language gives them before a
    month's name ("am 4 Mai 2027" for "am 4. Mai 2027"), unless the source writes the same."""
    pattern = _undotted_days(code)
    if pattern is None or _DIGIT.search(target) is None:
        return []
    slips = []
    data = language(code)
    for m in pattern.finditer(target):
        if m.group() in source or _numbered(_WORD_BEFORE.search(target, 0, m.start()), data):
            continue
        day = m.group(1)
        slips.append(
            Slip(m.start(1), m.end(1), day + ".", f"'{day}' before a month needs its full stop: '{day}.'")
        )
    return slips


# The masculine ordinal indicator "º" (U+00BA) after a number before C or F: a degree sign
# ("°") mistyped.
_ORDINAL_DEGREE = re.compile(r"(?<=\d)[ \u00a0]?(º)(?=[ \u00a0]?[CF](?![^\W\d_]))")
# The degree sign in the abbreviation of a word for "number" ("n.°", "N°") before a number.
_DEGREE_NUMBER = re.compile(r"(?<![^\W\d_])[nN]\.?(°)(?=[ \u00a0]?\d)")


def degree_slips(target: str, source: str, code: str) -> list[Slip]:
    """ "º" written for the degree sign of a temperature ("60 ºC"), unless the source writes it
    so, and in a language that abbreviates its word for "number" with "º" (Spanish "n.º",
    data ``number_abbreviation``), a degree sign written there ("n.° 5")."""
    slips = []
    if "º" in target and not _ORDINAL_DEGREE.search(source):
        slips += [
            Slip(
                m.start(1),
                m.end(1),
                "°",
                "'º' is the ordinal indicator; a temperature takes the degree sign '°'",
            )
            for m in _ORDINAL_DEGREE.finditer(target)
        ]
    mark = language(code).number_abbreviation
    if mark and "°" in target:
        slips += [
            Slip(
                m.start(1),
                m.end(1),
                mark,
                f"The abbreviation of a number takes '{mark}', not the degree sign",
            )
            for m in _DEGREE_NUMBER.finditer(target)
        ]
    return slips


# Two hyphens for a dash, as plain text writes it: between numbers ("10--12") or words
# ("Preis--nur", "Preis -- nur"); not three or more, nor an option's ("--help"), which a
# space opens and a word follows.
_DASH = re.compile("[\u2013\u2014]")
_OPTION = re.compile(r"(?<!\S)--[^\W\d_]")
_DOUBLE_HYPHEN = re.compile(r"(?<=[^\W_])--(?=[^\W_])|(?<=[^\W_]) -- (?=[^\W_])")


def double_hyphens(target: str, source: str, code: str) -> list[Slip]:
    """Two hyphens written for the source's dash (where it writes two hyphens nowhere, as
    plain text does for a dash): an en dash between numbers, else the language's dash between
    clauses (data ``clause_dash``)."""
    if "--" not in target or "--" in source or _OPTION.search(target) or not _DASH.search(source):
        return []  # (a text with an option, "--help", is about a command line)
    dash = language(code).clause_dash or "\u2014"
    slips = []
    for m in _DOUBLE_HYPHEN.finditer(target):
        if target[m.start() - 1].isdigit() and target[m.end()].isdigit():
            fix = "\u2013"
        else:
            fix = f" {dash} " if m.group()[0] == " " or dash == "\u2013" else dash
        slips.append(Slip(m.start(), m.end(), fix, f"Two hyphens '--' written for the dash '{fix.strip()}'"))
    return slips


# A hyphen-minus spaced between two words as a dash ("niemand - auch"), and a dash spaced so
# ("– "): a text that writes its dashes both ways. Not a number's range ("5 - 7"), a list's
# item opening a line ("- Äpfel"), nor in a text with a command line's option ("-v").
_SPACED_HYPHEN = re.compile(r"(?<=[^\W\d_]) - (?=[^\W\d_])")
_SPACED_DASH = re.compile("(?<=\\S)[ \u00a0]([\u2013\u2014])[ \u00a0](?=\\S)")
_SHORT_OPTION = re.compile(r"(?<!\S)-[^\W\d_]")


def mixed_dashes(target: str, source: str, code: str) -> list[Slip]:
    """Hyphens spaced as dashes in a text that spaces a dash (en or em) too, where the source
    spaces no hyphen so: the text's own dash."""
    if " - " not in target or " - " in source or _SHORT_OPTION.search(target):
        return []
    dashes = {m.group(1) for m in _SPACED_DASH.finditer(target)}
    if len(dashes) != 1:
        return []  # no dash, or both: no one style to follow
    dash = dashes.pop()
    return [
        Slip(
            m.start() + 1,
            m.start() + 2,
            dash,
            f"A hyphen '-' spaced as a dash where the text's dashes are '{dash}'",
        )
        for m in _SPACED_HYPHEN.finditer(target)
    ]


@lru_cache(maxsize=16)
def _misaccented(code: str) -> tuple[dict[str, str], re.Pattern[str]] | None:
    pairs = dict(language(code).misaccented_words)
    if not pairs:
        return None
    return pairs, re.compile(rf"(?<![\w'’-]){alternatives(set(pairs))}(?![\w'’-])", re.IGNORECASE)


def misaccented(target: str, source: str, code: str) -> list[Slip]:
    """A word written with the wrong accent (Italian "benchè", "nè" for "benché", "né"; data
    ``misaccented_words``), fixed to the right one in the word's case; not where the source
    writes it so (a quotation, a name)."""
    found = _misaccented(code)
    if found is None or not any(ch in target for ch in "èÈ"):
        return []
    pairs, pattern = found
    slips = []
    for m in pattern.finditer(target):
        word = m.group()
        if word in source:
            continue
        right = pairs[word.lower()]
        fix = right.upper() if word.isupper() and len(word) > 1 else right
        fix = fix[0].upper() + fix[1:] if word[0].isupper() else fix
        slips.append(Slip(m.start(), m.end(), fix, f"'{word}' takes an acute accent: '{fix}'"))
    return slips


# An hour, maybe with its minutes: "9", "9h", "9h30", "9:30" (or a clock word after it).
_HOUR = r"(?:[01]?\d|2[0-4])"
_MINUTES = r"(?:h(?:[0-5]\d)?|:[0-5]\d)"


@lru_cache(maxsize=16)
def _hour_range(code: str) -> tuple[str, str, re.Pattern[str]] | None:
    openers, wrong, right = language(code).hour_range_accent
    if not openers:
        return None
    clock = alternatives({word for word in language(code).clock_words if len(word) > 1})
    pattern = re.compile(
        rf"(?<![\w-])(?:{alternatives(set(openers))})[ \u00a0]{_HOUR}(?P<m1>{_MINUTES})?[ \u00a0]"
        rf"(?P<word>{re.escape(wrong)})[ \u00a0]{_HOUR}(?P<m2>{_MINUTES}|[ \u00a0]{clock}\b)?(?![\w:.,]\d)",
        re.IGNORECASE,
    )
    return wrong, right, pattern


def hour_ranges(target: str, source: str, code: str) -> list[Slip]:
    """A range of hours whose closing word lost its accent (Portuguese "das 8h as 18h" for
    "às"; data ``hour_range_accent``): an hour written as one ("9h", "9:30") at one end at
    least, or after "das"."""
    found = _hour_range(code)
    if found is None or f" {found[0]} " not in target.lower():
        return []
    _, right, pattern = found
    data = language(code)
    slips = []
    for m in pattern.finditer(target):
        if not (m.group("m1") or m.group("m2") or _hours_after(target, m.end(), m.group(), data)):
            continue
        fix = right.upper() if m.group("word").isupper() else right
        why = f"'{m.group('word')}' closes a range of hours: '{fix}'"
        slips.append(Slip(m.start("word"), m.end("word"), fix, why))
    return slips


def _hours_after(text: str, end: int, found: str, data: LanguageData) -> bool:
    """Whether bare numbers after "das" are hours: a mark, the end or a function word after
    them ("das 9 as 17, de segunda"), not a noun they count ("das 10 as 5 melhores")."""
    if not found.lower().startswith("das"):
        return False
    after = _NEXT_WORD.match(text, end)
    if after is None:
        return not text[end:].strip()[:1].isalnum()
    word = after.group(1).lower()
    return word in data.function_words or word in data.prepositions


def mark_slips(target: str, source: str, code: str) -> list[Slip]:
    """Every slip of this module in ``target``, in order."""
    return sorted(
        lost_apostrophes(target, source, code)
        + undotted_days(target, source, code)
        + degree_slips(target, source, code)
        + misaccented(target, source, code)
        + hour_ranges(target, source, code)
        + double_hyphens(target, source, code)
        + mixed_dashes(target, source, code)
    )
