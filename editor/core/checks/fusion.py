"""How a token splits into the words MT fused: the kinds of join, and a number glued to a word.

:mod:`editor.core.checks.merged_token` judges tokens with these; a number glued to a word
("3die", "80Zeichen", "libxml2nicht", "Jahr2024") is read here, the source deciding some.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from editor.core.checks.lexicon import has_lexicon, is_known
from editor.core.langdata import LanguageData

_SHORT_HEAD = 2  # letters of a function word glued to a number ("de2")
_DIGITS_LETTERS = re.compile(r"(\d+)([^\W\d_]+)")
_LETTERS_DIGITS = re.compile(r"([^\W\d_]+)(\d+)")
_CLOCK_WORD = re.compile(r"(\d{1,2}h\d{2})([^\W\d_]+)")  # "21h00e": a time, then a word
# The same shapes as whole runs inside a text ("file1", "~2running").
GLUED_DIGITS = re.compile(r"(?<![^\W_])[^\W\d_]+(\d+)(?![^\W_])")
_CODE_WORD = re.compile(r"([^\W\d_]+(\d+))([^\W\d_]+)")  # "libxml2nicht"
_WORD_BEFORE_CODE = 6  # letters of a word glued to a code at least
_WORD_CODE = re.compile(r"([^\W\d_]*[a-z\u00df-\u00ff])([A-Z]{2,}[A-Z\d]*)")  # "NummerGBH"
DIGITS_GLUED = re.compile(r"(?<![^\W_])(\d+)([^\W\d_]+)(?![^\W_])")
# A whole number followed by a comma, semicolon or colon and a space ("5, a"): one pattern for
# every number (a pattern built per number missed the pattern cache, 2 700 compiles a pass).
_NUMBER_THEN_MARK = re.compile(r"(?<![\d.,])(\d+)([,;:])\s")
_SENTENCE_END_NUMBER = re.compile(r"(?<!\d)(\d+)[.!?](?:\s|\Z)")  # "… to 19:45. Tuesday"
# Unit and suffix abbreviations written glued to numbers in many languages ("5km", "4x").
_GLUED_UNITS = frozenset(
    "k m g t x h s d y mm cm km m2 km2 mg kg ml cl dl hl ha ms min hrs hz khz mhz ghz kb mb gb tb pb "
    "kbit mbit gbit kw kwh mw mwh gw gwh tw twh w v mv kv ma a ah mah nm µm fps dpi ppi px pt em "
    "rem bn mn mio mrd mill tsd bp kt lbs lb oz ft in yd mi mph kmh sek std jh jhd nd st rd th "
    "er e ème eme re ère ères èmes".split()
)
COMMON = 3.0  # Zipf frequency of a word a reader knows (about once per million words)
VERY_COMMON = 4.0
# A fused token this common as a whole is a word or brand ("YouTube", "PowerPoint"); web text
# holds rarer fusions ("thehouse" at 1.2) that are still typos.
WHOLE_KNOWN = 2.0
MIN_PART = 2
LONG_WORD = 6  # a word after a number: this long, a common one will do ("1deaktiviert")
# ... or a less common one: an inflected verb is rarer than its meaning ("0désactive" at 2.9)
LONG_WORD_KNOWN = 2.5
# ... or a compound no list holds, this long, its head and its common last word this long
_COMPOUND, _HEAD, _TAIL = 10, 4, 4


class Join(Enum):
    """What was fused: the source may show the same join as the author's convention."""

    CASE = "wordWord"
    TAIL = "wordfunctionword"
    PREPOSITION = "rarewordprep"  # a rare word and a preposition: an article must follow
    WORD_NUMBER = "word2"
    NUMBER_WORD = "2word"
    CODE_WORD = "file2word"
    WORD_CODE = "wordABC"  # a word glued to a code in capitals the source writes apart
    BOUNDARY = "loanwordThe"  # the word before is not common: a boundary of the source shows it
    SENTENCE = "wordPango"  # uncommon words: the source starts a sentence with the second
    FOLDED = "seinEs"  # a word only as the lists fold case ("seines"): a boundary of the source shows it
    NAME = "NameThe"  # a name, then a capitalised function word: the source ends a sentence in the name
    WORDS = "wordword"  # two content words, lowercase, in a language that writes compounds apart
    LETTER = "вword"  # a word of one letter glued to a common word
    END_LETTER = "wordи"  # ... glued to the end of one, before the next word
    ELIDED = "lhotel"  # an elided form glued to the next word, its apostrophe lost


@dataclass(frozen=True, slots=True)
class Split:
    """A token read as two words: where, what goes between them, why, and which join."""

    at: int  # offset inside the token
    glue: str  # what goes between the parts
    why: str
    join: Join


def known(word: str, lang: str, data: LanguageData, threshold: float = COMMON) -> bool:
    """A word the language's frequency list knows (or, with no list, a function word)."""
    if has_lexicon(lang):
        return is_known(word, lang, threshold)
    return word.lower() in data.function_words and threshold < WHOLE_KNOWN


def by_source(token: str, source: str, lang: str, data: LanguageData) -> Split | None:
    if token[0].isdigit():
        return digits_then_word(token, source, lang, data)
    return (
        code_then_word(token, source, lang, data)
        or word_then_code(token, source)
        or short_word_then_digits(token, source, data)
    )


def short_word_then_digits(token: str, source: str, data: LanguageData) -> Split | None:
    """ "de2" for "de 2 horas": a function word of two letters glued to a number that the
    source writes apart ("for 2 hours"), and not as the token ("mp3"); ``source`` "" asks
    whether the shape fits."""
    m = _LETTERS_DIGITS.fullmatch(token)
    if m is None or len(m.group(1)) != _SHORT_HEAD or m.group(1) not in data.function_words:
        return None
    word, digits = m.groups()
    if source and (
        re.search(rf"(?<![\w.,]){digits}(?![\w.,])", source) is None
        or re.search(rf"(?<!\w){token}(?!\w)", source, re.IGNORECASE) is not None
    ):
        return None
    return Split(len(word), " ", f"the word '{word}' is glued to the number {digits}", Join.WORD_NUMBER)


def word_then_code(token: str, source: str) -> Split | None:
    """ "BuchungsnummerXKR": a word glued to a code in capitals that the source writes apart
    ("booking number XKR-…"), not as one word ("PowerPC", "macOS") nor as the source's words
    ("NextOID" for "next OID"). ``source`` "" asks
    whether the shape fits; the verdict then needs the source."""
    m = _WORD_CODE.fullmatch(token)
    if m is None:
        return None
    word, code = m.groups()
    if len(word) < _WORD_BEFORE_CODE or not word[1:].islower():
        return None  # (a brand's short first part: "OpenAI")
    if source and re.search(rf"(?<![^\W_]){code}(?![^\W_])", source) is None:
        return None
    if source and re.search(rf"(?<![^\W_]){word}(?![^\W_])", source, re.IGNORECASE):
        return None  # an identifier of the source's words ("NextOID" for "next OID")
    return Split(len(word), " ", f"'{word}' is glued to '{code}'", Join.WORD_CODE)


def digits_then_word(token: str, source: str, lang: str, data: LanguageData) -> Split | None:
    """ "3die", "80Zeichen": a number glued to a common word (not a unit, ordinal or decade);
    "21h00e": a clock time glued to a function word."""
    m = _DIGITS_LETTERS.fullmatch(token)
    if m is None:
        clock = _CLOCK_WORD.fullmatch(token)
        if clock is None or clock.group(2).lower() not in data.function_words:
            return None
        time, word = clock.groups()
        return Split(len(time), " ", f"the time {time} is glued to the word '{word}'", Join.NUMBER_WORD)
    digits, word = m.groups()
    if not _a_word_after_a_number(word, lang, data) and not _compound_after_spaced(
        word, digits, source, lang, data
    ):
        return None
    ends = word.istitle() and digits in _SENTENCE_END_NUMBER.findall(source)  # "19:45Il martedì"
    if source and len(word) == 2 and word.istitle() and not ends:
        return None  # a short word opens a sentence only where the source ends one ("%0Al'")
    mark = "." if ends else _mark_after_number(source, digits)
    why = f"the number {digits} is glued to the word '{word}'"
    return Split(len(digits), mark + " ", why, Join.NUMBER_WORD)


def _a_word_after_a_number(word: str, lang: str, data: LanguageData) -> bool:
    """A word that, glued to a number, was fused with it: no unit, ordinal or decade suffix;
    a function word or a very common lowercase word ("3die", "7eine"); a common word
    capitalised ("80Zeichen": no unit is written so), or a function word of two letters
    ("45Il"), or long ("1deaktiviert")."""
    if len(word) < MIN_PART or is_suffix(word.lower(), data):
        return False
    if word.islower():
        if word in data.function_words or known(word, lang, data, VERY_COMMON):
            return True
        return len(word) >= LONG_WORD and known(word, lang, data, LONG_WORD_KNOWN)
    if word.istitle() and len(word) == 2:  # a sentence's first word: "19:45Il martedì" (not "5Gb")
        return word.lower() in data.function_words
    return word.istitle() and len(word) >= 3 and known(word, lang, data)


def _compound_after_spaced(word: str, digits: str, source: str, lang: str, data: LanguageData) -> bool:
    """A long lowercase compound no list holds, closed by a common word ("25voorrijkosten":
    "kosten"), after a number the source writes apart from the word after it ("€25 call-out
    fee"); capitalised in a language that capitalises its nouns ("45Fahrstunden":
    "stunden"). ``source`` "" asks whether the shape fits."""
    noun = data.capitalises_nouns and word.istitle()
    if not (word.islower() or noun) or len(word) < _COMPOUND or is_suffix(word.lower(), data):
        return False
    if source and re.search(rf"(?<![\d.,]){digits} [^\W\d_]", source) is None:
        return False
    return any(known(word[cut:], lang, data, VERY_COMMON) for cut in range(_HEAD, len(word) - _TAIL + 1))


def code_then_word(token: str, source: str, lang: str, data: LanguageData) -> Split | None:
    """ "libxml2nicht", "DATEI1und": a name or placeholder ending in digits, as the source
    writes one ("libxml2", "FILE1"), glued to a function word or common word. ``source`` ""
    asks whether the shape fits; the verdict then needs the source."""
    m = _CODE_WORD.fullmatch(token)
    if m is None:
        return None
    code, digits, word = m.groups()
    if not _a_word_after_a_number(word, lang, data):
        return None
    if data.capitalises_nouns and word.islower() and not known(word, lang, data, VERY_COMMON):
        return None  # a compound's tail ("mp3dateien"), misspelt but no lost space
    if source and digits not in GLUED_DIGITS.findall(source):
        return None
    why = f"'{code}' is glued to the word '{word}'"
    return Split(len(code), " ", why, Join.CODE_WORD)


def word_then_digits(token: str, lang: str, data: LanguageData) -> Split | None:
    """ "Jahr2024": a common word glued to a number."""
    m = _LETTERS_DIGITS.fullmatch(token)
    if m is None:
        return None
    word, digits = m.groups()
    if len(word) < 3 or not word[1:].islower() or not known(word, lang, data, VERY_COMMON):
        return None
    why = f"the word '{word}' is glued to the number {digits}"
    return Split(len(word), " ", why, Join.WORD_NUMBER)


def is_suffix(word: str, data: LanguageData) -> bool:
    return (
        word in _GLUED_UNITS
        or word in data.ordinal_suffixes
        or word in data.decade_suffixes
        or word in data.afternoon_marks
        or any(
            word.startswith(suffix) and (word == suffix or word[len(suffix) :] in data.inflection_endings)
            for suffix in data.numeral_suffixes
        )
    )


def _mark_after_number(source: str, digits: str) -> str:
    """The punctuation that follows the same number in the source ("5, a" -> ","), if any."""
    return next((m.group(2) for m in _NUMBER_THEN_MARK.finditer(source) if m.group(1) == digits), "")
