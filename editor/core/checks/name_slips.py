"""Whether a word the translation writes for a name's word is a slip of it ("Siemes" for
"Siemens") or another spelling of the same name (a transliteration, a convention)."""

from __future__ import annotations

import os
import re

from rapidfuzz.distance import Levenshtein

from editor.core.checks.lexicon import is_known, zipf
from editor.core.checks.name_forms import fold, plain
from editor.core.checks.names import Name
from editor.core.langdata import language
from editor.core.model import Segment

_CODE = re.compile(r"([A-Z]{1,4})(\d{2,6})")  # "E464", "K47", "IB3402"
_MIN_MISSPELT = 5  # a shorter word of a name may take a letter in translation
_VOWELS = frozenset("aeiouy")
_WORD_OF_TARGET = 2.0  # Zipf frequency of a word of the target language, not a slip
_CUT = (1, 2)  # letters a surname may lose at its end and still be that name's slip
_ENDING = 4  # letters at a name's end that make another person's name where names do not decline
_COMMONER = 1.0  # Zipf points by which a common name that replaced a rare one is commoner
_COMMON = 3.0  # Zipf: a word this common may open a description ("Dark Mode"), not a name
_KNOWN_NAME = 2.0  # Zipf: a word of a language this common is a name it knows ("Chiswick")
_SHARED_MARGIN = 0.5  # Zipf points a name may be rarer in the target language than in the source


def shared_name(word: str, source_lang: str, target_lang: str) -> bool:
    """Whether a word common in the source language is as common in the target's: a name both
    know ("Jensen", "Schmidt"), not a word of the source's vocabulary ("Palace")."""
    return zipf(word, target_lang) >= zipf(word, source_lang) - _SHARED_MARGIN


def slip(
    name_word: str,
    written: str,
    lang: str,
    *,
    beside_kept: bool = False,
    last: bool = False,
    first: bool = False,
    person: bool = False,
) -> bool:
    """One letter more, less or other than the name's word ("Siemes" for "Siemens"), two
    swapped, (``last`` word of a name, ``beside_kept`` words as written) another ending, or
    (its ``first``, or the last of a ``person``'s name) another name of the target language
    ("Nowitzki" for "Nowicki"); neither a form of the other, nor a spelling convention
    ("Oktal" for "Octal", "Adend" for "Addend"; none respells a person's surname: "Backer" for
    "Bakker" is a slip), nor a word of the target language ("décimal" for "Decimal")."""
    a, b = name_word.lower(), written.lower()
    if beside_kept and first and b.isascii() and not a.isascii() and len(plain(a)) - len(b) in _CUT:
        if plain(a).startswith(b) and len(b) >= _MIN_MISSPELT:
            return True  # "Helen" for "Hélène": another language's form of the name, unmarked
    if a.startswith(b) or b.startswith(a):
        # an inflected form ("Ostroms"); but a surname cut short after words kept as written,
        # in a language whose names do not decline, is another family's name ("Marra" for
        # "Marras"), and so is one grown by letters that are none of the language's endings
        # for names ("Vosselmann" for "Vosselman"; not "Vosselmans")
        endings = language(lang).name_endings
        cut = len(a) >= _MIN_MISSPELT and len(a) - len(b) in _CUT
        grown = len(a) >= _MIN_MISSPELT and len(b) - len(a) in _CUT and b[len(a) :] not in (endings or ())
        return beside_kept and last and (cut or grown) and endings is not None
    if min(len(a), len(b)) < _MIN_MISSPELT:
        return False
    if beside_kept and not (a.isascii() and b.isascii()) and plain(a) == plain(b):
        return False  # with or without diacritics ("Erdoğan"): a slip only where the document shows it
    swapped = len(a) == len(b) and any(
        a[i] != b[i] and a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :] and a[:i] == b[:i]
        for i in range(len(a) - 1)
    )  # two letters swapped ("Pryia" for "Priya")
    # The last word of a name (a surname) after words kept as written, or a word of a person's
    # name: in a language whose names do not decline, another ending makes another person's
    # name ("Kazlauskas" for "Kazlauskienė", "Herr Kowalski" for "Mr Kowalczyk"; a first word's
    # ending may be an adjective's, "Pariser" for "Parisian").
    ending = beside_kept and (last or person) and not swapped and _other_ending(a, b, lang)
    # A ``first`` name (no word of the source's language) before a surname kept as written,
    # given as a far commoner name of the target language two letters off: the language's own
    # form of another name ("Thomas Nowak" for "Tomasz Nowak").
    replaced = (
        beside_kept
        and (first or (last and person))
        and written[:1].isupper()
        and Levenshtein.distance(a, b, score_cutoff=2) == 2
        and _commoner(b, a, lang)
    )
    # ... or its own form of another name, marked as the source's is not ("Solène Le Gall" for
    # "Solenn Le Gall")
    marked = (
        beside_kept and first and a.isascii() and not b.isascii() and Levenshtein.distance(a, plain(b)) == 1
    )
    if not (swapped or ending or replaced or marked) and Levenshtein.distance(a, b, score_cutoff=1) != 1:
        return False
    if (
        not swapped
        and fold(a) == fold(b)
        and not (beside_kept and ((person and last) or _commoner(b, a, lang) or _own_letters(a, b)))
    ):
        # a spelling convention ("Oktal" for "Octal"); but next to a name's words kept as
        # written, a far commoner name of the language is the rare one replaced ("Sofie
        # Nováková" for "Zofie Nováková"), and a name kept in its own letters was not
        # transliterated ("Doğrucan" for "Doğrukan")
        return False
    if not (beside_kept and last) and any(
        a[i] == a[i + 1] and a[:i] + a[i + 1 :] == b for i in range(len(a) - 1)
    ):
        return False  # a doubled letter made single ("Adend" for "Addend"; not "Karim Hadad")
    if _transliterated(a, b) or _transliterated(b, a):
        return False  # "Mahmoud" / "Mahmud", "Gaddafi" / "Ghaddafi"
    if beside_kept and plain(a.translate(_DIGRAPHS)) == plain(b.translate(_DIGRAPHS)):
        return False  # "Ševčuk" / "Shevchuk": a slip only where the document shows it
    # "décimal" for "Decimal" is a word of the language; next to a name's words kept as
    # written, a word is a slip all the same ("Priya Ramen").
    return beside_kept or not is_known(written, lang, _WORD_OF_TARGET)


def near_spelling(target: str, name: Name, lang: str) -> tuple[int, int] | None:
    """The span of the one word of ``target`` (a part of a compound name too) that is a
    slip of a one-word name the translation does not write ("Delacroix-Ivanov" for
    "Ivanova"): where the name is missing, that word stands for it."""
    if len(name.words) != 1:
        return None
    word = name.words[0]
    found = [
        m.span()
        for m in _PART.finditer(target)
        if m.group()[:1].isupper()
        and m.group() != word
        and slip(word, m.group(), lang, beside_kept=True, last=True)
    ]
    return found[0] if len(found) == 1 else None


_PART = re.compile(r"[^\W\d_]+")


def own_cognate(name_word: str, written: str, source_lang: str, target_lang: str) -> bool:
    """Whether a word of a name is a word of the source language only, said by a word of the
    target language only ("Mini Acrobatas" for "Mini Acrobats"): a descriptive word translated
    by its cognate, not a slip (a name both languages know, "Henrik", is a person's). The
    target language may know the source's word less well than its own ("pairs", "Paires")."""
    ours, theirs = zipf(written, target_lang), zipf(name_word, source_lang)
    known = min(ours, theirs)  # each a word of its language
    return known >= _WORD_OF_TARGET > zipf(written, source_lang) and zipf(name_word, target_lang) < known


def joined_half(source: str, target: str, start: int, hit: list[tuple[str, int, int]]) -> bool:
    """Whether the name at ``start`` of the source is the second half of a double-barrelled
    name whose first half the translation keeps ("Solheim-Paiva": "Solheim-" as written), or a
    surname after a first name and a particle that the translation writes just so before one
    of ``hit`` ("Fatima el Idrissi": "Fatima el ")."""
    before = _HALF_BEFORE.search(source, 0, start)
    if before is not None and f"{before.group(1)}-" in target:
        return True
    particled = _PARTICLED.search(source, max(0, start - _REACH), start)
    if particled is None or not particled.group(1)[:1].isupper():
        return False
    said = particled.group()
    return any(target[max(0, w[1] - len(said)) : w[1]] == said for w in hit)


_PARTICLED = re.compile(r"(?<![\w'’-])([^\W\d_]+) (?:[^\W\d_A-Z]{1,3} ){1,2}\Z")  # "Fatima el "
_REACH = 40  # characters before a name that hold its first name and particle


_HALF_BEFORE = re.compile(r"([^\W\d_]+)-\Z")


def other_name(name_word: str, written: str, source_lang: str, target_lang: str) -> bool:
    """Another name of the source's language in place of the name's word, in Latin letters
    ("Chiswick" for "Keswick"): another first letter, and a word the
    source's language writes at least as often as the target's (a place's form in the target
    language, "Varsavia" for "Warsaw", is the target's own)."""
    a, b = plain(name_word.lower()), plain(written.lower())
    if a[:1] == b[:1] or not (a.isascii() and b.isascii()) or min(len(a), len(b)) < _MIN_MISSPELT:
        return False
    theirs = zipf(written, source_lang)
    return theirs >= _KNOWN_NAME and theirs >= zipf(written, target_lang)


def _own_letters(name_word: str, written: str) -> bool:
    """Whether a name is written in its own Latin letters ("Doğrukan", "Dębski") and the
    translation keeps them: it was not transliterated, so a letter changed is a slip
    ("Doğrucan")."""
    marked = {ch for ch in name_word if not ch.isascii() and ch.isalpha()}
    return bool(marked) and marked <= set(written)


def _other_ending(a: str, b: str, lang: str) -> bool:
    """Whether two lowercase words differ in their last few letters only, in a language that
    does not decline names (its :attr:`~editor.core.langdata.LanguageData.name_endings` are
    not None); a name written with marks compared without them too (not one the translation
    marks: "Planetário" for "Planetarium" is the language's own word)."""
    if language(lang).name_endings is None:
        return False
    if not a.isascii():  # "Cortez" for "Cortés": its marks dropped and its ending changed
        a, b = plain(a), plain(b)
    shared = len(os.path.commonprefix((a, b)))
    return shared >= _MIN_MISSPELT and max(len(a), len(b)) - shared <= _ENDING


def _commoner(written: str, name_word: str, lang: str) -> bool:
    """Whether ``written`` is a word of the target language far commoner than the name's word."""
    here = zipf(written, lang)
    return here >= _WORD_OF_TARGET and here - zipf(name_word, lang) >= _COMMONER


# Letters with a háček or acute that English spells with two ("Ševčuk" / "Shevchuk").
_DIGRAPHS = str.maketrans({"š": "sh", "č": "ch", "ž": "zh", "ś": "sh", "ć": "ch", "ź": "zh"})


def _transliterated(longer: str, shorter: str) -> bool:
    """Whether ``longer`` is ``shorter`` with one letter more that transliterations of the
    same name differ by: a vowel next to a vowel ("Mahmoud"), an "h" after a consonant
    ("Ghaddafi")."""
    if len(longer) != len(shorter) + 1:
        return False
    for i, ch in enumerate(longer):
        if longer[:i] + longer[i + 1 :] == shorter:
            near = longer[max(0, i - 1) : i] + longer[i + 1 : i + 2]
            if ch in _VOWELS and any(c in _VOWELS for c in near):
                return True
            if ch == "h" and i and longer[i - 1] not in _VOWELS:
                return True
    return False


def recased(name_word: str, written: str) -> bool:
    """Whether a word of a name with a capital inside it ("IJmuiden", "YouTube", "McLeod") is
    written with the same letters and other capitals ("Ijmuiden", "Youtube", "Mcleod"), maybe
    inflected ("Youtubes"); not in capitals throughout (a heading) nor in lowercase (an
    address: "youtube.com")."""
    if written.isupper() or written.islower() or written[1 : len(name_word)] == name_word[1:]:
        return False  # (the first letter alone: a sentence's start, "keyDB" as "KeyDB")
    if not any(ch.isupper() for ch in name_word[1:]) or name_word[1:].isupper():
        return False  # no capital inside, or an acronym ("NASA": "Nasa" is a convention)
    return written.lower().startswith(name_word.lower()) and len(written) - len(name_word) <= 2


def changed_code(segment: Segment, name: Name) -> re.Match[str] | None:
    """A code of capitals and digits ("E464", "K47", "IB3402") the target writes with the
    same letters and as many digits, but other ones ("E646"), that the source does not have."""
    code = _CODE.fullmatch(name.text)
    if code is None:
        return None
    pattern = re.compile(rf"(?<![\w-]){code[1]}\d{{{len(code[2])}}}(?![\w-])")
    return next((m for m in pattern.finditer(segment.target) if m.group() not in segment.source), None)


def shortened(
    text: str, name: Name, hits: list[list[tuple[str, int, int]]], source_lang: str = ""
) -> tuple[int, int, str] | None:
    """A name of three words or more kept in the original, as written and in order, with a
    word after its first left out ("Free Software Foundation" -> "Free Software", "Super Cow
    Powers" -> "Super Powers"): the span of what is kept and the words left out. A title or
    description before a name ("President", "Chancellor") may go; what follows its first
    word, in a name the translator did not translate, may not. Nor may the words that end a
    name after its first ones kept, given capitalised words of the translation's own in their
    place ("Hartmann Removals" -> "Hartmann Umzüge", "Brightway Car Hire" -> "Brightway
    Autovermietung"): a firm's name is kept whole."""
    if hits[0] and not hits[-1]:
        return _renamed_tail(text, name, hits, source_lang) if source_lang else None
    if not hits[0] or not hits[-1]:
        return None
    kept = [word for word, hit in zip(name.words, hits, strict=True) if hit]
    if len(kept) < 2:
        return None
    pattern = r"(?<![\w-])" + re.escape(" ".join(kept)) + r"(?![\w-])"
    match = re.search(pattern, text)
    if match is None:
        return None  # translated, or written otherwise: the words found are not the name kept
    missing = " ".join(word for word, hit in zip(name.words, hits, strict=True) if not hit)
    return match.start(), match.end(), missing


_TAIL_WORDS = 2  # capitalised words of the translation's own that may stand for a name's tail
_FIRM_WORD = 3.0  # Zipf: a word of a name rarer than this in the source's language is the name's own


def _renamed_tail(
    text: str, name: Name, hits: list[list[tuple[str, int, int]]], source_lang: str
) -> tuple[int, int, str] | None:
    """The span of a name's first words kept as written and the capitalised words of the
    translation right after them that are none of the source's name, and the words left out.
    The words kept are a firm's own: capitalised words, one of them no word of the source's
    language ("Hartmann", "Brightway"; not a keyword, "SUBTYPE An", nor "Code Folding")."""
    head = 0
    while head < len(hits) and hits[head]:
        head += 1
    if any(hits[head:]):
        return None  # a word after the left-out ones kept: not a tail
    words = name.words[:head]
    if not all(w.isalpha() and w.istitle() for w in words):
        return None
    if all(zipf(w, source_lang) >= _FIRM_WORD for w in words):
        return None
    pattern = r"(?<![\w-])" + re.escape(" ".join(words)) + r"((?:[ \u00a0][A-ZÄÖÜ][^\W\d_]+)+)"
    match = re.search(pattern, text)
    if match is None:
        return None
    after = match.group(1).split()
    if len(after) > _TAIL_WORDS or any(word in name.text for word in after):
        return None
    return match.start(), match.end(), " ".join(name.words[head:])


# A reference code: three parts or more of capitals and digits joined by hyphens, with a
# letter and a digit ("RX-22B-2031"); not a date, all digits ("2024-05-01").
_REFERENCE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+){2,}(?![\w-])")


def reshaped_references(source: str, target: str) -> list[tuple[int, int, str]]:
    """(start, end, the source's code) for each reference code of the target that is one of
    the source's with one of its parts doubled ("RX-22B-22B-2031") or left out ("RX-2031"),
    where the source's code is not in the target as written."""
    codes = [code for code in set(_REFERENCE.findall(source)) if code not in target]
    if not codes:
        return []
    found = []
    for m in re.finditer(r"(?<![\w-])[A-Z0-9]+(?:-[A-Z0-9]+)+(?![\w-])", target):
        parts = m.group().split("-")
        for code in codes:
            said = code.split("-")
            doubled = len(parts) == len(said) + 1 and any(
                parts[k] == parts[k + 1] and parts[:k] + parts[k + 1 :] == said for k in range(len(said))
            )
            dropped = len(parts) == len(said) - 1 and any(
                said[:k] + said[k + 1 :] == parts for k in range(len(said))
            )
            if (doubled or dropped) and m.group() not in source:
                found.append((m.start(), m.end(), code))
                break
    return found


def lowered(name: Name, target: str, source_lang: str, target_lang: str) -> tuple[int, int, str] | None:
    """A later word of a person's or place's name ("Pema Molinero") the target writes in
    lowercase right after the name's word before it ("Pema molinero"), and nowhere with its
    capital: the name taken for a common word. Not after a common word ("Dark Mode" ->
    "Dark mode", a description the target language does not capitalise)."""
    for before, word in zip(name.words, name.words[1:], strict=False):
        if not (word[:1].isupper() and word[1:].islower()) or word.lower() not in target.lower():
            continue
        if (
            word in target
            or max(zipf(before.lower(), source_lang), zipf(before.lower(), target_lang)) >= _COMMON
        ):
            continue
        m = re.search(rf"(?<![\w-]){re.escape(before)} ({re.escape(word.lower())})(?![\w-])", target)
        if m is not None:
            return m.start(1), m.end(1), word
    return None


_CAPITALISED = re.compile(r"(?<![\w-])[^\W\d_a-z][^\W\d_A-Z]+(?![\w-])")


def respelt_repeat(source: str, target: str, name: Name) -> list[tuple[int, int, str]]:
    """A one-word name the source writes more often than the translation, which writes once
    a capitalised word of the same length one letter off instead ("gemeente Hardenburg"
    beside "7772 BK Hardenberg" for "Hardenberg" twice): that word's span and a message."""
    word = name.text
    if len(name.words) != 1 or source.count(word) < 2:
        return []  # (most names: one scan settles them)
    said = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", source))
    written = len(re.findall(rf"(?<![\w-]){re.escape(word)}(?![\w-])", target))
    if len(name.words) != 1 or said < 2 or written + 1 != said or len(word) < _MIN_MISSPELT:
        return []
    slips = [
        m
        for m in _CAPITALISED.finditer(target)
        if len(m.group()) == len(word)
        and m.group() not in source
        and Levenshtein.distance(m.group(), word, score_cutoff=1) == 1
    ]
    if len(slips) != 1:
        return []
    return [(*slips[0].span(), f"'{slips[0].group()}' for '{word}', written as in the source beside it")]


def reordered(hits: list[list[tuple[str, int, int]]], skip: int) -> bool:
    """Whether the translation writes the words of a name (but the one at ``skip``) in
    another order than the source: the name said in the target language's word order
    ("Festival da Sardinha de Alcamar" for "Alcamar Sardine Festival"), which a person's
    name never is."""
    starts = [h[0][1] for k, h in enumerate(hits) if k != skip and h]
    return starts != sorted(starts)
