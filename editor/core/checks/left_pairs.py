"""Two lowercase words copied from the source into a language that capitalises its nouns
("an einen zugelassenen pest controller"): a loanword there is written as a noun ("Pest
Controller", "Timeslot"), so two words left in lowercase, as the source writes them, were
not translated. Each word is common in the source language, neither is a function word of
either language, and the two stand together in the source just so. And a phrase the source
quotes, quoted as it writes it (:func:`quoted_copies`)."""

from __future__ import annotations

import re

from editor.core.checks.leftover import quoted
from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.langdata import language

_WORD = re.compile(r"[^\W\d_]{4,}")  # (shorter words are mostly function words: "in", "so")
_NEXT = re.compile(r" ([^\W\d_]{4,})(?![\w'’-])")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_BEFORE = re.compile(r"(?<![\w-])([^\W\d_]+)[\s:]+\Z")  # a whole word, not a hyphenated one's end
_ANY_NEXT = re.compile(r"[\s:]+([^\W\d_]+)")
_LOOK_BACK = 40  # characters before a pair where the word before it is read
_KNOWN = 3.0  # Zipf in the source language at least: a word its texts write often
# ... or, where the target capitalises nouns, one its texts know ("lint filter" in German)
_KNOWN_CAPITALISED = 2.5
# Zipf points a word is commoner in the source language than in a target language that
# writes nouns in lowercase, each word and the pair together ("hot" 1.2, "desk" 1.8)
_FOREIGN, _FOREIGN_PAIR = 0.5, 1.5


def _leaning(word: str, source_lang: str, target_lang: str) -> float:
    return zipf(word, source_lang) - zipf(word, target_lang)


def lowercase_copies(source: str, target: str, source_lang: str, target_lang: str) -> list[tuple[int, int]]:
    """The spans of such pairs in ``target``, and of the phrases of :func:`quoted_copies`."""
    return _pairs(source, target, source_lang, target_lang) + quoted_copies(
        source, target, source_lang, target_lang
    )


def _pairs(source: str, target: str, source_lang: str, target_lang: str) -> list[tuple[int, int]]:
    """The spans of such pairs in ``target``. In a language that writes its nouns in
    lowercase too, each word must also be commoner in the source language than in the
    target's ("hot desk" in Spanish; not "tyre lever" in Dutch, whose "lever" is a word)."""
    ours = language(target_lang)
    if not has_lexicon(source_lang) or not (ours.capitalises_nouns or has_lexicon(target_lang)):
        return []
    shared = set(_WORD.findall(target)).intersection(_WORD.findall(source))
    if len(shared) < 2:
        return []  # (most segments share no two words of four letters)
    theirs = language(source_lang).function_words
    words = {
        word
        for word in shared
        if word.islower()
        and word not in ours.function_words
        and word not in theirs
        and zipf(word, source_lang) >= (_KNOWN_CAPITALISED if ours.capitalises_nouns else _KNOWN)
        and (ours.capitalises_nouns or _leaning(word, source_lang, target_lang) >= _FOREIGN)
    }
    found = []
    said = None
    for m in _WORD.finditer(target) if len(words) >= 2 else ():
        after = _NEXT.match(target, m.end()) if m.group() in words else None
        if (
            after is None
            or after.group(1) not in words
            or target[m.start() - 1 : m.start()] in ("-", "'", "’")
        ):
            continue
        if f"{m.group()} {after.group(1)}" not in source or quoted(target, m.start()):
            continue
        # part of a longer copy, which the runs of copied words judge ("git help revisions",
        # "open source Software")
        said = said if said is not None else {word.casefold() for word in _ANY_WORD.findall(source)}
        before = _BEFORE.search(target, max(0, m.start() - _LOOK_BACK), m.start())
        beside = _ANY_NEXT.match(target, after.end(1))
        if any(w is not None and w.group(1).casefold() in said for w in (before, beside)):
            continue
        if (
            not ours.capitalises_nouns
            and sum(_leaning(w, source_lang, target_lang) for w in (m.group(), after.group(1)))
            < _FOREIGN_PAIR
        ):
            continue
        found.append((m.start(), after.end(1)))
    return found


# A phrase in quotation marks of any kind, of two to six words, the first maybe capitalised and
# the rest in lowercase ("the yellow route")
_QUOTED = re.compile(r"[\"“”„«‹]\s?([^\W\d_][^\W\d_'’-]*(?: [^\W\d_A-Z][^\W\d_'’-]*){1,5})\s?[\"“”«»‹›]")
_FOREIGN_QUOTED = 1.0  # Zipf points a word of a quoted copy is commoner in the source language


def quoted_copies(source: str, target: str, source_lang: str, target_lang: str) -> list[tuple[int, int]]:
    """The spans of phrases the source quotes that the translation quotes as the source writes
    them, with a function word of the source language and a common word of it that the target
    language hardly writes ("(“the yellow route”)"): running words of the source, left
    untranslated. Not a label or a name, which has no function word ("„booking reference“"),
    nor a title in title case ("«Green Sunday»")."""
    if not has_lexicon(source_lang) or not has_lexicon(target_lang) or not _QUOTED.search(target):
        return []
    said = {m.group(1).casefold() for m in _QUOTED.finditer(source)}
    function_words = language(source_lang).function_words
    found = []
    for m in _QUOTED.finditer(target):
        words = _ANY_WORD.findall(m.group(1).casefold())
        if m.group(1).casefold() not in said or not any(w in function_words for w in words):
            continue
        if any(
            zipf(w, source_lang) >= _KNOWN and _leaning(w, source_lang, target_lang) >= _FOREIGN_QUOTED
            for w in words
        ):
            found.append(m.span(1))
    return found
