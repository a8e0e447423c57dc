"""Where a name of the source stands in a translation that changed it: the span of an
altered name, a local form ("Basel" -> "Bâle"), a run of capitalised words that translates it."""

from __future__ import annotations

import re

from rapidfuzz.distance import Indel

from editor.core.checks.base import CheckContext, Severity
from editor.core.checks.lexicon import zipf
from editor.core.checks.name_forms import fold, plain
from editor.core.checks.name_translated import translated_name
from editor.core.checks.names import Name, word_kind
from editor.core.checks.prose import running_prose
from editor.core.langdata import language
from editor.core.model import Segment

# a whitespace-delimited word, no punctuation; after an elided article, its capitalised rest
_CHUNK = re.compile(r"(?:[a-z]['’](?=[A-Z]))?([^\W_][^\s]*[^\W_]|[^\W_])")
_PART = re.compile(r"[^\W_]+")
_LETTERS = re.compile(r"[^\W\d_]+")
_NEAR = 0.3  # how far (as a fraction of the text) a translated name may move
_ORDINARY = 3.0  # Zipf: a word this common in the language is one of its words, not a name
# ... unless another language's texts write it too (Zipf), and not this many points less
# often: a name ("Sintra": 3.5 in Portuguese, 2.1 in English; "Prata": 4.5 and 1.9)
_ABROAD = 1.5
_LOCAL = 2.0
_STOPS = ".!?:\u2026"
_OPENERS = " \"'\u201e\u201c\u00ab\u00bb(¡¿"  # may stand between a sentence's end and its first word


def _letter_runs(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _LETTERS.finditer(text)]


def _chunks(text: str) -> list[tuple[int, int]]:
    """The words of ``text``; a capitalised word after an elided article is one ("l’Ancienne")."""
    return [(m.start(1), m.end()) for m in _CHUNK.finditer(text)]


def _parts(text: str) -> int:
    return len(_PART.findall(text))


def extend(text: str, pos: int, size: int, before: int = 0, opening: bool = False) -> tuple[int, int]:
    """The word holding ``pos``, extended back over as many as ``before`` capitalised words
    (the name's words before this one: "Lorenz Ferrante" for "Lorenzo Ferrante"; a
    sentence's first word only where the name ``opening`` its sentence in the source does),
    then over following capitalised words until it has as many parts as the name."""
    chunks = _chunks(text)
    i = next((k for k, (s, e) in enumerate(chunks) if s <= pos < e), None)
    if i is None:  # not inside a word (cannot happen for a word's start; never raise)
        return pos, pos + 1
    start, end = chunks[i]
    first = i
    while before and first > 0:
        prev = chunks[first - 1]
        if not text[prev[0]].isupper() or text[prev[1] : start] != " ":
            break
        if not opening and (first == 1 or text[: prev[0]].rstrip()[-1:] in _STOPS):
            break  # a sentence's first word is capitalised whatever it is ("Le groupe")
        first, start, before = first - 1, prev[0], before - 1
    while _parts(text[start:end]) < size and i + 1 < len(chunks):
        nxt = chunks[i + 1]
        if not text[nxt[0]].isupper() or text[end : nxt[0]] != " ":
            break
        i, end = i + 1, nxt[1]
    return start, end


def local_form(segment: Segment, context: CheckContext, name: Name, where: float) -> tuple[int, int] | None:
    """Capitalised words of the translation near where a name of the source would be, which
    the source does not have and which start as the name's words do: maybe the name's local
    form ("Basel" -> "Bâle", "Rhine" -> "Reno", "Rhône Glacier" -> "geleira do Ródano": a
    common word of a name is translated; "Kyiv" -> "Kiew"), as far as they are alike in
    letters. The span of the local words."""
    target, source = segment.target, segment.source.lower()
    data = language(context.target_lang)
    nouns = data.capitalises_nouns
    found: list[tuple[int, int]] = []
    for word in name.words:
        kind = word_kind(word, context.source_lang)
        if kind == "common" and len(name.words) > 1:
            continue  # "Glacier": translated with the name
        if not word.isalpha() or kind not in ("rare", "common"):
            return None  # a brand's spelling ("OpenCL", "GtkRange") has no local form
        # Local forms keep the first letter ("Bâle", "Reno", "Genf", "Londres") or write it as
        # the language respells it ("Giaffa" for "Jaffa", "Köln" for "Cologne"): another word
        # there is no form of the name.
        # Anywhere in the segment (a sentence may be turned round): the letters decide. A
        # lowercase word may be the name made an adjective ("Icelandic" -> "islandés").
        near = [
            (start, end)
            for start, end in _letter_runs(target)  # "danés-islandés": each part
            if target[start + 1 : end].islower()
            and target[start:end].isalpha()
            and end - start > 3
            and _same_initial(word, target[start:end], data.names.respelled_initials)
            and _alike(word, target[start:end], nouns or target[start].islower())
            and target[start:end].lower() not in source
            and not (target[start].isupper() and _opens_sentence(target, start))
        ]
        if not near:
            return None
        found.append(min(near, key=lambda span: abs(span[0] - where)))
    return (min(s for s, _ in found), max(e for _, e in found)) if found else None


# Letters a local form shares with the name (Indel similarity, spellings folded); more where
# every noun has a capital ("Kiew" for "Kyiv", not "Krieg").
_ALIKE = 0.4
_STRETCH = 5  # letters in a row a local form with another first letter keeps of the name
_LOST = 2  # ... after the first letters it lost ("Xcursor" is no "cursore" of old)
_ALIKE_NOUNS = 0.5


def _alike(name_word: str, local: str, nouns_capitalised: bool) -> bool:
    """Whether two words share enough letters to be forms of one name ("Basel" and
    "Basileia", "Rhine" and "Reno"; not "Toggle" and "Tri")."""
    a, b = fold(plain(name_word.lower())), fold(plain(local.lower()))
    return Indel.normalized_similarity(a, b) >= (_ALIKE_NOUNS if nouns_capitalised else _ALIKE)


def _opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens a sentence: the last character before it,
    openers and spaces skipped (no copy of the text before it: this runs for every word)."""
    k = start
    while k and text[k - 1] in _OPENERS:
        k -= 1
    return not k or text[k - 1] in _STOPS or text[k - 1] == "\n"


def _first_letter(word: str) -> str:
    return plain(word[:1].lower())


def _same_initial(name_word: str, local: str, respelled: frozenset[str]) -> bool:
    """Whether ``local`` starts as a local form of ``name_word`` would: with its first letter,
    or one the language writes for it (see ``respelled_initials``), or, an old form that
    lost the name's first letters, with a long stretch of the name's letters ("Giannina"
    for "Ioannina")."""
    a, b = _first_letter(name_word), _first_letter(local)
    if a == b or a + b in respelled:
        return True
    # (not a word written with capitals inside, "HTTPMethod": an identifier has no old form;
    # the stretch is half of either word at least: "Desktopumgebung" is no "Freedesktop")
    if not name_word[1:].islower():
        return False
    shared, at = _shared_stretch(plain(name_word), plain(local))
    return shared >= _STRETCH and 2 * shared >= max(len(name_word), len(local)) and at >= _LOST


def _shared_stretch(a: str, b: str) -> tuple[int, int]:
    """The length of the longest stretch of letters ``a`` and ``b`` share (lowercase), and
    where it starts in ``a``."""
    a, b = a.lower(), b.lower()
    best, at = 0, 0
    for i in range(len(a)):
        for j in range(i + best + 1, len(a) + 1):
            if a[i:j] not in b:
                break
            best, at = j - i, i
    return best, at


def capitalised_run(text: str, size: int, where: float, source: str) -> tuple[int, int] | None:
    """A run of capitalised words (not at a sentence start) with ``size`` parts near ``where``:
    where a translated multi-word name would be. Not another name kept from the source ("La
    Tour", "Joseph Wright"): that is no translation of this one."""
    chunks = _chunks(text)
    best: tuple[float, int, int] | None = None
    for i, (start, _) in enumerate(chunks):
        if _opens_sentence(text, start):
            continue
        end = _run_end(text, chunks, i, size)
        if end is not None and text[start:end] in source:
            continue
        if end is not None:
            distance = abs(start - where) / max(1, len(text))
            if distance <= _NEAR and (best is None or distance < best[0]):
                best = (distance, start, end)
    return None if best is None else (best[1], best[2])


def standing_in(segment: Segment, name: Name, where: float, context: CheckContext) -> tuple[int, int] | None:
    """Another name where the missing ``name`` would be: an altered run of capitalised words
    (:func:`altered_run`), the name translated word for word (:func:`translated_name`), or
    written apart (:func:`split_form`). Its span, or None."""
    return (
        altered_run(segment, len(name.words), where, context)
        or translated_name(segment, name, where, context)
        or split_form(segment, name)
    )


def altered_run(segment: Segment, size: int, where: float, context: CheckContext) -> tuple[int, int] | None:
    """Another name where a missing one of ``size`` words would be (see
    :func:`capitalised_run`), in prose of a language that capitalises names only, none of its
    words an ordinary word of the language (no label's or sentence's first word,
    "Visualizza") unless the source language's texts write it nearly as often, as they write
    a place's name ("Sintra"): the missing name altered ("la aplicación BrilloMax", "Lisboa e
    Sintra" for "Lisbon and Cascais"). Its span, or None."""
    source_lang, target_lang = context.source_lang, context.target_lang
    if language(target_lang).capitalises_nouns or not running_prose(segment.source):
        return None
    run = capitalised_run(segment.target, size, where, segment.source)
    if run is None:
        return None
    words = [word.lower() for word in _LETTERS.findall(segment.target, *run)]
    grammar = language(target_lang).function_words
    named = all(
        (here := zipf(word, target_lang)) < _ORDINARY
        or ((there := zipf(word, source_lang)) >= _ABROAD and here - there < _LOCAL and word not in grammar)
        for word in words
    )
    return run if named else None


def _run_end(text: str, chunks: list[tuple[int, int]], i: int, size: int) -> int | None:
    """Where a run of capitalised words from chunk ``i`` reaches ``size`` parts, if it does."""
    start = chunks[i][0]
    for k in range(i, len(chunks)):
        if not text[chunks[k][0]].isupper():
            return None
        if k > i and text[chunks[k - 1][1] : chunks[k][0]] != " ":
            return None
        parts = _parts(text[start : chunks[k][1]])
        if parts >= size:
            return chunks[k][1] if parts == size else None
    return None


_JOINED_ALIKE = 0.65  # Indel similarity of the joined name and the word ("nordkorea", "northkorea")
_JOINED_LENGTH = 0.8  # the shorter of the two at least this share of the longer: no word lost


def joined_form(segment: Segment, name: Name, target_lang: str) -> tuple[int, int] | None:
    """A capitalised word of a translation into a language that writes compounds closed,
    alike in letters to the name's words joined ("East Timor" -> "Osttimor", "New Zealand" ->
    "Neuseeland"): the name's local form as one word. Its span, or None."""
    if len(name.words) < 2 or language(target_lang).writes_compounds_apart:
        return None
    joined = fold(plain("".join(name.words).lower()))
    source = segment.source.lower()
    for found in _CAPITALISED.finditer(segment.target):
        if not found.group()[0].isupper():
            continue
        word = fold(plain(found.group().lower()))
        if min(len(word), len(joined)) < _JOINED_LENGTH * max(len(word), len(joined)):
            continue
        if found.group().lower() in source:
            continue
        if Indel.normalized_similarity(joined, word) >= _JOINED_ALIKE:
            return found.span()
    return None


_CAPITALISED = re.compile(r"(?<![\w-])[^\W\d_][^\W\d_]{4,}(?![\w-])")
_CAPITALISED_PAIR = re.compile(r"(?<![\w-])([^\W\d_a-z][^\W\d_]+) (?=([^\W\d_a-z][^\W\d_]+)(?![\w-]))")
_SPLIT_ALIKE = 0.85  # Indel similarity of a one-word name and two words joined ("bonjardim", "bomjardim")
_SPLIT_LETTERS = 7  # letters of such a name at least: a shorter one splits into anything


def split_form(segment: Segment, name: Name) -> tuple[int, int] | None:
    """Two capitalised words of the translation, none of the source's, whose letters joined
    are nearly the one-word name's ("Rua do Bom Jardim" for "Rua do Bonjardim"): the name
    written apart, respelt. Their span, or None."""
    if len(name.words) != 1 or len(name.text) < _SPLIT_LETTERS or not name.text[1:].islower():
        return None  # (an identifier's capitals inside, "PrinterOption", are its own)
    wanted, source = fold(plain(name.text.lower())), set(_LETTERS.findall(segment.source.lower()))
    for found in _CAPITALISED_PAIR.finditer(segment.target):
        first, second = found.group(1), found.group(2)
        if not (first.istitle() and second.istitle()) or first.lower() in source or second.lower() in source:
            continue
        joined = fold(plain((first + second).lower()))
        if Indel.normalized_similarity(joined, wanted) >= _SPLIT_ALIKE:
            return found.start(), found.end() + len(second)
    return None


# Zipf: a name this much commoner in the target language than in the source's is that
# language's own name, written there as the source writes it ("Amersfoort" in Dutch).
_OWN_NAME = 1.5
_ADJECTIVE_ENDING = 3  # letters after a place's name (its last vowel aside) in its adjective ("Goudse")


def local_verdict(said: str, name: str, source_lang: str, target_lang: str) -> tuple[str, Severity]:
    """What a name said another way (``said``, the span :func:`local_form` found) is: maybe
    the target language's form of a place's name ("Bâle" for "Basel"), information; or, for
    a one-word name of the target language's own, or one whose marked letters the translation
    keeps (no local form, which writes the letters of its own language), another name, a
    warning."""
    key = name.lower()
    stem = key[:-1] if key[-1:] in "aeiou" else key  # "Goudse" for "Gouda": its adjective
    adjective = said.lower().startswith(stem) and 0 < len(said) - len(stem) <= _ADJECTIVE_ENDING
    marked = {ch for ch in key if ch.isalpha() and not ch.isascii()}
    if marked and marked <= set(said.lower()) and not adjective:  # ("Mühlweg" for "Mühlbachweg")
        return (
            f"'{said}' for '{name}' of the source, whose own letters it keeps: another name",
            Severity.WARNING,
        )
    if (
        " " not in key.strip()
        and not adjective
        and zipf(key, target_lang) - zipf(key, source_lang) >= _OWN_NAME
    ):
        own = language(target_lang).name
        return f"'{said}' stands for '{name}' of the source, which {own} writes so itself", Severity.WARNING
    return f"'{said}' may be the local form of the name '{name}' of the source", Severity.INFO
