"""Finding proper names in a source sentence and their forms in a translation.

A name is a run of capitalised words not at a sentence start ("Mistral AI", "Destination
Earth"), a single capitalised word that is not a common word of the language ("Salesforce"),
or a word with an inner capital ("OpenAI"). Stand-alone acronyms ("AI", "EU") are left out:
translations localise them as a rule ("KI", "UE"). In languages that capitalise nouns
(German) capitals say little: there a name needs an acronym or inner capital ("Mistral AI").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Indel

from editor.core.checks.lexicon import zipf as lexicon_zipf
from editor.core.langdata import language

COMMON_ZIPF = 3.5  # at or above: an everyday word ("Earth", "Union"), below: likely a name
_UPPER = "".join(re.escape(ch) for ch in map(chr, range(0x0530)) if ch.isupper())
# Only words holding a capital letter can be (part of) a name; found in one C-level scan.
_WORD = re.compile(
    rf"\b(?:[{_UPPER}]\.(?:[{_UPPER}]\.)+"
    rf"|(?:[{_UPPER}]|[a-z\u00df-\u00ff]+[{_UPPER}])[^\W_]*(?:['\u2019][^\W\d_]+)?)"
)
_LOWER_WORD = re.compile(r"\b[a-z\u00df-\u00ff][^\W_]*")
_OPENERS = "\"'\u201c\u201e\u00ab\u2018\u201a([\u00bb"
_STOPS = ".!?:\u2026"
_INNER = re.compile(r"[^\W\d_]*[a-z\u00df-\u00ff][A-Z]")
_ACRONYM = re.compile(r"(?:[A-Z]{2,}|(?:[A-Z]\.)+[A-Z]?\.?|[A-Z])s?")
_APOSTROPHES = ("'", "\u2019")
_TARGET_WORD = re.compile(r"[^\W_]+")


@dataclass(frozen=True, slots=True)
class Name:
    """A name of the source: where, its words, and whether it looks like a brand."""

    start: int
    end: int
    words: tuple[str, ...]
    distinctive: bool  # holds a rare word or an inner capital: must survive translation

    @property
    def text(self) -> str:
        return " ".join(self.words)


@lru_cache(maxsize=200_000)
def zipf(word: str, code: str) -> float:
    return lexicon_zipf(word, code)


def _bare(word: str) -> str:
    """The word without a possessive ending ("France’s" -> "France")."""
    if word[-2:-1] in _APOSTROPHES and word[-1:] == "s":
        return word[:-2]
    return word[:-1] if word[-1:] in _APOSTROPHES else word


def _possessive(word: str) -> bool:
    return _bare(word) != word


def is_acronym(word: str) -> bool:
    return _ACRONYM.fullmatch(word) is not None


@lru_cache(maxsize=100_000)
def word_kind(word: str, code: str) -> str:
    """'inner', 'acronym', 'rare', 'common' or '' (not capitalised)."""
    if is_acronym(word):
        return "acronym"
    if _INNER.match(word):
        return "inner"
    if not word[:1].isupper():
        return ""
    return "rare" if zipf(word, code) < COMMON_ZIPF else "common"


@lru_cache(maxsize=100_000)
def _kind_of_written(word: str, code: str) -> str:
    """:func:`word_kind` of a word as written (possessive and all), in one cache lookup."""
    return word_kind(_bare(word), code)


def _sentence_start(text: str, start: int) -> bool:
    before = text[max(0, start - 12) : start].rstrip()
    if not before and start > 12:
        before = text[:start].rstrip()
    quoted = before.endswith(tuple(_OPENERS))
    before = before.rstrip(_OPENERS + " ")
    return quoted or not before or before[-1] in _STOPS


def _title_case(text: str, found: list[tuple[re.Match[str], str]], code: str) -> bool:
    """A headline in Title Case ("EU To Expand Support For AI Startups"): every lowercase
    word is a function word. Capitals say nothing about names there."""
    if len(found) < 3 or len(found) * 2 < text.count(" ") + 1:
        return False  # most words of a headline in Title Case are capitalised
    function_words = language(code).function_words
    return all(w in function_words for w in _LOWER_WORD.findall(text))


def source_names(text: str, code: str) -> list[Name]:
    """The names of a source sentence, in order."""
    found = [(m, _kind_of_written(m.group(), code)) for m in _WORD.finditer(text)]
    if not found:
        return []
    if _title_case(text, found, code):
        return [_name([(m, kind)]) for m, kind in found if kind == "inner"]
    names: list[Name] = []
    run: list[tuple[re.Match[str], str]] = []
    for item in found:
        if run and (not item[1] or not _continues(text, run[-1][0], item[0])):
            names.extend(_from_run(text, run, code))
            run = []
        if item[1]:
            run.append(item)
    names.extend(_from_run(text, run, code))
    return names


def _continues(text: str, last: re.Match[str], match: re.Match[str]) -> bool:
    """Whether ``match`` extends the run ending in ``last``: one space, no possessive."""
    return text[last.end() : match.start()] == " " and not _possessive(last.group())


def _from_run(text: str, run: list[tuple[re.Match[str], str]], code: str) -> list[Name]:
    """The name a run of capitalised words makes, if any."""
    if len(run) == 1 and run[0][1] not in ("inner", "rare"):
        return []  # one everyday word or acronym: no name, wherever it stands
    if run and run[0][1] != "inner" and _sentence_start(text, run[0][0].start()):
        run = run[1:]  # a sentence's first word is capitalised whatever it is
    if not run:
        return []
    kinds = [kind for _, kind in run]
    if len(run) == 1:
        single = kinds[0] == "inner" or (kinds[0] == "rare" and not language(code).capitalises_nouns)
        return [_name(run)] if single else []
    if all(k == "acronym" for k in kinds):
        return []
    if language(code).capitalises_nouns and not any(k in ("acronym", "inner") for k in kinds):
        return []  # German nouns in a row ("des Programms Hintergrundinformationen")
    return [_name(run)]


def _name(run: list[tuple[re.Match[str], str]]) -> Name:
    words = tuple(_bare(m.group()) for m, _ in run)
    distinctive = any(kind in ("inner", "rare") for _, kind in run)
    return Name(run[0][0].start(), run[-1][0].start() + len(words[-1]), words, distinctive)


def word_matches(name_word: str, target_word: str) -> bool:
    """Whether a target word renders one word of a name: the same, inflected ("Mistrals"),
    a variant spelling ("Centre"), a transliteration, or a cognate ("Europäische")."""
    a, b = name_word.lower().rstrip("."), target_word.lower()
    if a == b:
        return True
    if len(a) <= 3 or is_acronym(name_word):
        return b.startswith(a) and len(b) - len(a) <= 1 and not is_acronym(target_word[len(a) :])
    if b.startswith(a) and len(b) - len(a) <= 2:
        return True
    if len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        return True
    return Indel.normalized_similarity(_fold(a), _fold(b)) >= 0.8


# Spellings that differ between transliteration conventions (Tchaikovsky / Tschaikowski).
_FOLDS = (
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("ph", "f"),
    ("w", "v"),
    ("k", "c"),
    ("y", "i"),
    ("j", "i"),
    ("z", "s"),
)


@lru_cache(maxsize=100_000)
def _fold(word: str) -> str:
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return word


def target_words(text: str) -> list[tuple[str, int, int]]:
    """Words of a target text (hyphenated compounds split into parts) with offsets."""
    return [(m.group(), m.start(), m.end()) for m in _TARGET_WORD.finditer(text)]


def target_word_set(text: str) -> set[str]:
    """The lowercased words of a target text (as :class:`TargetIndex` keys them)."""
    return set(map(str.lower, _TARGET_WORD.findall(text)))


class TargetIndex:
    """The words of one target text, indexed for finding the rendering of a name's word."""

    def __init__(self, text: str) -> None:
        self.words = target_words(text)
        self.exact: dict[str, list[tuple[str, int, int]]] = {}
        for word in self.words:
            self.exact.setdefault(word[0].lower(), []).append(word)
        self._by_initial: dict[str, list[tuple[str, int, int]]] | None = None

    def find(self, part: str) -> list[tuple[str, int, int]]:
        """The target words that render ``part`` (see :func:`word_matches`)."""
        exact = self.exact.get(part.lower().rstrip("."))
        if exact:
            return exact
        if self._by_initial is None:
            self._by_initial = {}
            for word in self.words:
                self._by_initial.setdefault(_fold(word[0].lower())[:1], []).append(word)
        candidates = self._by_initial.get(_fold(part.lower())[:1], [])
        return [w for w in candidates if word_matches(part, w[0])]
