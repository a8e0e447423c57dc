"""Finding the words of a source's name in a translation: the same, inflected, transliterated
or in another spelling convention (see :func:`word_matches`)."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii
from rapidfuzz.distance import Indel

from editor.core.checks.name_forms import as_spoken, fold, plain, unmarked
from editor.core.checks.names import APOSTROPHES, INNER_CAPITAL, is_acronym, opens_sentence
from editor.core.text import SPACELESS

# A word of a target text; Latin letters and those of other scripts part ways, since Chinese
# and Japanese write a kept name straight against their own words ("はPostgreSQLの").
_LATIN = "A-Za-z0-9\u00c0-\u02af\u02b0-\u02ff\u1e00-\u1eff\u2070-\u209f"  # (sub- and superscripts: "CO₂")
_TARGET_WORD = re.compile(rf"[{_LATIN}]+|[^\W_{_LATIN}]+")
# A word of an alphabet other than Latin (Cyrillic, Greek, ...): names are transliterated
# there ("Thierry Breton" -> "Тьерри Бретон"), so such words are compared romanised.
_OTHER_ALPHABET = re.compile(rf"[^\W\d_{_LATIN}{SPACELESS}]")
_GREEK_TO_GEORGIAN = re.compile("[\u0370-\u10ff]")
# Letters each in both cases, "yYnN": the keys a prompt accepts, which translations localise.
_SHORT_NAME = 4  # letters of a name short enough that a changed ending alone lowers its similarity
_VOWELS = "aeiouy"
_CASE_LETTERS = "aeiouyjm"  # the letters of a short case ending, romanised ("-u", "-oi", "-oy", "-om")
_CONSONANT_NAME, _CONSONANT_KEY = 5, 3  # letters of a name, and consonants, compared by consonants
_NOT_CONSONANT = re.compile(r"[^bcdfghjklmnpqrstvwxz]")
_DOUBLED = re.compile(r"(.)\1+")
_VOWEL_CLASSES = str.maketrans(
    {**dict.fromkeys("aou", "o"), **dict.fromkeys("eiy", "i")} | {ch: None for ch in "bcdfghjklmnpqrstvwxz'"}
)
_KEY_LETTERS = re.compile(r"(?:([a-z])(?!\1)(?i:\1)|([A-Z])(?!\2)(?i:\2))+")


def word_matches(
    name_word: str, target_word: str, strict: bool = False, endings: tuple[str, ...] | None = None
) -> bool:
    """Whether a target word renders one word of a name: the same, inflected ("Mistrals"),
    a variant spelling ("Centre"), a transliteration, or a cognate ("Europäische"). A word
    with inner capitals is an identifier or a brand: another such word renders it only as
    itself, inflected or without a plural "s" ("GtkWidget" is not "GtkWindow", nor
    "GtkActionGroup" "GtkAction"). ``strict``, for a rare word (a surname, a brand, a
    place): no cognate, so no shared beginning alone ("Ferrari" for "Ferrante", "Kowalski"
    for "Kowalczyk") and no shortened form ("Lorenz" for "Lorenzo"); a transliteration or
    an inflected form still renders it ("Tschaikowski", "Lissabon", "Mahmud"), with one of
    the target language's ``endings`` for names where it has them (see
    :attr:`~editor.core.langdata.LanguageData.name_endings`)."""
    a, b = name_word.lower().rstrip("."), target_word.lower()
    if a == b:
        return True
    if "kh" in b and "kh" not in a and "h" in a:
        # romanised Russian "Х", which renders the "H" of a name in Latin letters ("Ханое",
        # "Khanoe", for "Hanoi")
        plain_h = target_word.replace("kh", "h").replace("Kh", "H").replace("KH", "H")
        if word_matches(name_word, plain_h, strict, endings):
            return True
    if a[:1] == "h" and b[:1] == "g" and word_matches("g" + name_word[1:], target_word, strict, endings):
        return True  # romanised Russian "Г" for a name's "H" ("Гамбург", "Галина" for "Halyna")
    if not (a.isascii() and b.isascii()):
        a, b = plain(a), plain(b)
        if a == b or unmarked(a) == unmarked(b):  # "Bækgaard" and "Baekgaard" too
            return True
    if len(a) <= 3 or is_acronym(name_word):
        return b.startswith(a) and len(b) - len(a) <= 1 and not is_acronym(target_word[len(a) :])
    if strict and endings is not None and b.startswith(a) and target_word[:1].isupper():
        return b[len(a) :] in endings  # "Ostroms", not "Daniela" for "Daniel"
    if b.startswith(a) and len(b) - len(a) <= 2:
        return True
    if (
        INNER_CAPITAL.match(name_word)
        and INNER_CAPITAL.match(target_word)
        and not _KEY_LETTERS.fullmatch(name_word)
    ):
        # Two identifiers ("GtkAction", "GtkActionGroup") are different names; an English
        # plural ending may go ("GdkEvents" -> "GdkEvent").
        return a[-1] == "s" and a[:-1] == b
    if strict and target_word[:1].isupper() and len(b) <= len(a) + 2:
        # rendered by a name (a derived word, "bosnios", "Installationspaket", may share
        # only its beginning)
        if a.startswith(b) and a[len(b) :] not in ("e", "s"):
            # a name cut short ("Lorenz"); a silent "e" or a plural "s" may go ("Rhin",
            # "Tamerlan", "Srecord")
            return False
    elif len(a) >= 5 and len(b) >= 5 and a[:5] == b[:5]:
        return True
    if not strict and _declined_short(a, b):
        return True
    return Indel.normalized_similarity(fold(a), fold(b)) >= 0.8


def _declined_short(a: str, b: str) -> bool:
    """A four-letter name whose final vowel a case ending replaced ("Musa" said "Мусу",
    "Olga" "Ольгой"): its first three letters kept, a short vowel ending after them. A
    longer name so declined is similar enough already."""
    return (
        len(a) == _SHORT_NAME
        and a[-1] in _VOWELS
        and _SHORT_NAME <= len(b) <= _SHORT_NAME + 2
        and b[:3] == a[:3]
        and not b[3:].strip(_CASE_LETTERS)
    )


def target_words(text: str) -> list[tuple[str, int, int]]:
    """Words of a target text (hyphenated compounds split into parts) with offsets; words of
    another alphabet than Latin romanised (see :func:`_romanised`)."""
    if not _other_alphabet(text):
        return [(m.group(), m.start(), m.end()) for m in _TARGET_WORD.finditer(text)]
    return [(_romanised(m.group()), m.start(), m.end()) for m in _TARGET_WORD.finditer(text)]


def word_key(part: str) -> str:
    """The piece of a name's word that a target's words are matched with: the word itself,
    or for one with an apostrophe inside ("O'Connell", "D’Amico"), which target words are
    split at, its longest piece ("Connell")."""
    if "'" not in part and "\u2019" not in part:
        return part
    return max(part.replace("\u2019", "'").split("'"), key=len)


_S_CLUSTER = re.compile(r"S[bcdfgklmnpqtvwz]")  # "Sm", "St": no "Sh", "Sch", "Sy"


# English spellings of a sound that other alphabets write as it is said, as Latin letters.
_ENGLISH_SOUNDS = re.compile(r"ee|ea|oo|oa|ay|ai|j|e\Z(?<=[^aeiouy]e)")
_SOUNDS = {"ee": "i", "ea": "i", "oo": "u", "oa": "ou", "ay": "ei", "ai": "ei", "j": "dzh", "e": ""}


def said_in_english(word: str) -> str:
    """An English name's word as an alphabet that writes the sound renders it, in Latin
    letters ("Greenwood" -> "Grinwud", "Arjun" -> "Ardzhun", "Hale" -> "Hal"); the same letters once
    more give the same word."""
    if len(word) < 4 or not word[1:].islower():
        return word  # (a brand or an identifier, "OpenCL", is no word said)
    said = _ENGLISH_SOUNDS.sub(lambda m: _SOUNDS[m.group()], word.lower())
    return said.capitalize() if word[:1].isupper() else said


def _other_alphabet(text: str) -> bool:
    # Greek to Georgian first: one range, the fastest scan, rules out Latin text.
    return (
        not text.isascii()
        and _GREEK_TO_GEORGIAN.search(text) is not None
        and _OTHER_ALPHABET.search(text) is not None
    )


@lru_cache(maxsize=100_000)
def _romanised(word: str) -> str:
    """A word of Cyrillic, Greek, ... in Latin letters ("Бретон" -> "Breton", "Тьерри" ->
    "Terri"); any other word as it is."""
    if not _OTHER_ALPHABET.match(word):
        return word
    return anyascii(word).replace("'", "")


class TargetIndex:
    """The words of one target text, indexed for finding the rendering of a name's word.

    Only a name's few words are looked up: each is found in the list of the words
    lowercased, by C-level list scans, rather than every word being entered in a table."""

    def __init__(self, text: str) -> None:
        self.words = target_words(text)
        self._text = text
        self._latin = not _other_alphabet(text)  # else the words are romanised: no strict match
        self._lowered = [word.lower() for word, _, _ in self.words]
        self._initials: list[str] | None = None

    def word_set(self) -> set[str]:
        """The words lowercased, as :meth:`find` compares them."""
        return set(self._lowered)

    def find(
        self, part: str, strict: bool = False, endings: tuple[str, ...] | None = None
    ) -> list[tuple[str, int, int]]:
        """The target words that render ``part`` (see :func:`word_matches`)."""
        part = word_key(part)
        key, lowered = part.lower().rstrip("."), self._lowered
        if "." in key:  # a dotted acronym ("S.L."), which the target's words part at its stops
            dotted = re.finditer(rf"(?<!\w){re.escape(key)}(?!\w)", self._text, re.IGNORECASE)
            if spans := [(m.group(), m.start(), m.end()) for m in dotted]:
                return spans
        count = lowered.count(key)
        if count:
            exact, i = [], -1
            for _ in range(count):
                i = lowered.index(key, i + 1)
                exact.append(self.words[i])
            return exact
        if self._initials is None:
            self._initials = [_initial(word[:1]) for word, _, _ in self.words]
        initial = _initial(part[:1])  # "Š" with "S"
        strict = strict and self._latin
        found = [
            w
            for w, i in zip(self.words, self._initials, strict=True)
            # "Kh" of romanised "Х"; "G" of "Г", which says an "H" in Russian ("Гамбург")
            if (
                i == initial
                or (initial == "h" and (w[0][:2] == "Kh" or (w[0][:1] == "G" and not self._latin)))
            )
            and word_matches(part, w[0], strict and self._as_name(w), endings)
        ]
        if not found and not self._latin:
            spoken = as_spoken(part)
            if spoken != part:  # "Işıl" written in Cyrillic as it is said: "Ышыл" ("Yshyl")
                return self.find(spoken, strict, endings)
            said = said_in_english(part)
            if said != part:  # "Greenwood" written as it is said: "Гринвуд" ("Grinvud")
                return self.find(said, strict, endings)
            found = self._by_consonants(part, initial)
        if not found and _S_CLUSTER.match(part):
            # an "e" put before "s" and a consonant, as Spanish and Portuguese say such a
            # name ("Estrasburgo", "Esmirna")
            return self.find("Es" + part[1:], strict, endings)
        return found

    def _by_consonants(self, part: str, initial: str) -> list[tuple[str, int, int]]:
        """The romanised words with ``part``'s consonants in order, its vowels said otherwise:
        another alphabet's established form of a name ("Молдавия" for "Moldova", "Киргизия"
        for "Kyrgyzia"), maybe with a case ending's "m". Only for a name of five letters or more
        with three consonants or more."""
        key = _consonants(part)
        if len(part) < _CONSONANT_NAME or len(key) < _CONSONANT_KEY:
            return []
        vowels = _vowels(part)
        if part[-1:].lower() in "aeiouy":
            vowels = vowels[:-1]  # a final vowel a case ending may take the place of
        return [
            w
            for w, i in zip(self.words, self._initials or (), strict=True)
            if i == initial and _consonants(w[0]) in (key, key + "m") and _vowels(w[0]).startswith(vowels)
        ]

    def _as_name(self, word: tuple[str, int, int]) -> bool:
        """Whether a capitalised word stands as a name would: not first in a sentence (where
        any word has a capital: "Convergió"), not the stem of a word written with an
        apostrophe ("Boole’schen")."""
        text, start, end = self._text, word[1], word[2]
        if text[end : end + 1] in APOSTROPHES and text[end + 1 : end + 2].isalpha():
            return False
        return not opens_sentence(text, start)


@lru_cache(maxsize=4096)
def _consonants(word: str) -> str:
    """A word's consonants in Latin letters, lowercase, doubled ones once ("Belorussiyu" ->
    "blrs"): what transliterations of a name keep when they say its vowels otherwise."""
    letters = _NOT_CONSONANT.sub("", plain(word.lower()))
    return _DOUBLED.sub(r"\1", letters)


@lru_cache(maxsize=4096)
def _vowels(word: str) -> str:
    """A word's vowels as back ("o": a, o, u) or front ("i": e, i, y), the only distinction a
    transliteration keeps for certain ("Moldova" and "Moldaviya"; not "Pellman" and "Pulman")."""
    return plain(word.lower()).translate(_VOWEL_CLASSES)


@lru_cache(maxsize=4096)
def _initial(letter: str) -> str:
    """A word's first letter as :class:`TargetIndex` compares them: lowercase, without
    diacritics, in one transliteration convention."""
    return fold(plain(letter.lower()))[:1]
