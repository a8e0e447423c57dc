"""How the words of a name of the source reach the translation: kept as written, or, in a
place's name whose first or last words describe it ("Loch Lomond", "Glacier Point Ice Rink"),
the description said in the target language's words and the rest kept ("el lago Lomond", "a
pista de gelo Glacier Point")."""

from __future__ import annotations

import re

from editor.core.checks.name_targets import word_key
from editor.core.checks.names import Name, word_kind, zipf
from editor.core.langdata import language
from editor.core.text import has_word

_WORD_ZIPF = 3.0  # at or above: a word of the language ("Rink" 3.4), not a surname ("Pryce" 2.8)
_TARGET_ZIPF = 2.5  # a German noun after the name is a word of the language ("Eisbahn" 2.7)
_NEXT_WORD = re.compile(r"[\s\-‐]*([^\W\d_]+)")
_WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s\-‐]+\Z")
_TITLED_WORD = re.compile(r"[^\W\d_]+")
_TITLED_RUN = re.compile(r"(?:[^\W\d_]+[\s\u00a0'’\-]+)+\Z")  # words up to a name, no other mark
_AHEAD_ZIPF = 2.0  # a rarer word of the language ("Locksmiths" 2.1) described a business
# A word and the one before it, then names joined by "&" or a conjunction ("Kowalczyk & "),
# up to a name's first word
_AHEAD = re.compile(
    r"(?:([^\W\d_]+)['’\s\u00a0]+)?(?<![^\W\d_])([^\W\d_]{4,})[\s\u00a0]+(?:[A-Z][^\W\d_]*[\s\u00a0]+(?:&|\w{1,3})[\s\u00a0]+)?\Z"
)


def translated_description(
    source: str, target: str, name: Name, hits: list[list[tuple[str, int, int]]], langs: tuple[str, str]
) -> bool:
    """Whether the words of ``name`` the translation lacks describe the place, said in the
    target language's words: its last ones (:func:`translated_head`, or said ahead of the
    rest: :func:`head_ahead`) or its first ones (:func:`translated_lead`)."""
    return (
        translated_head(target, name, hits, *langs)
        or translated_lead(target, name, hits, *langs)
        or head_ahead(source, target, name, hits, langs)
    )


def translated_head(
    target: str, name: Name, hits: list[list[tuple[str, int, int]]], source_lang: str, target_lang: str
) -> bool:
    """Whether the words of ``name`` the translation lacks are its last ones, each a word of
    the source language and no acronym, and the translation writes the words before them with
    no other name's word after them ("Glacier Point abre", not "Hartley & Zonen"): the
    description translated, as the target language says it."""
    lost = [k for k, found in enumerate(hits) if not found]
    if not lost or lost[0] == 0 or lost != list(range(lost[0], len(hits))):
        return False
    if _compounded(target, name, lost, source_lang, target_lang):
        return True
    for k in lost:
        word = name.words[k]
        if word_kind(word, source_lang) == "acronym" or zipf(word.lower(), source_lang) < _WORD_ZIPF:
            return False
    nouns = language(target_lang).capitalises_nouns  # (there "Eisbahn" is a capitalised word)
    for _, _, end in hits[lost[0] - 1]:
        after = _NEXT_WORD.match(target, end)
        if after is None or not after[1][:1].isupper():
            continue
        if not nouns or after[1] in name.words or zipf(after[1].lower(), target_lang) < _TARGET_ZIPF:
            return False
    return True


def _compounded(target: str, name: Name, lost: list[int], source_lang: str, target_lang: str) -> bool:
    """Whether the first word the translation lacks is written there joined to a word of the
    target language that says the rest, as a language that writes compounds does ("Van
    Hasseltgebouw" for "Van Hasselt Building", "Goethehaus" for "Goethe House"): the rest are
    words of the source language, no acronyms."""
    if language(target_lang).writes_compounds_apart or len(lost) < 2:
        return False
    rest = [name.words[k] for k in lost[1:]]
    if any(word_kind(w, source_lang) == "acronym" or zipf(w.lower(), source_lang) < _WORD_ZIPF for w in rest):
        return False
    joined = re.search(rf"(?<![^\W\d_]){re.escape(name.words[lost[0]])}-?([^\W\d_]{{3,}})", target)
    return joined is not None and zipf(joined[1].lower(), target_lang) >= _TARGET_ZIPF


def translated_lead(
    target: str, name: Name, hits: list[list[tuple[str, int, int]]], source_lang: str, target_lang: str
) -> bool:
    """Whether the words of ``name`` the translation lacks are its first ones, each a word of
    the source language and no acronym, and the translation writes a lowercase word of its
    own language right before the rest ("al lago Lomond" for "Loch Lomond", "le mont
    Kinabalu"): a place's description said in the target language's words, the rest kept. A
    capitalised word there is another name's ("Lorenz Ferrante" for "Lorenzo Ferrante")."""
    lost = [k for k, found in enumerate(hits) if not found]
    if not lost or lost[0] != 0 or lost != list(range(len(lost))) or len(lost) == len(hits):
        return False
    for k in lost:
        word = name.words[k]
        if word_kind(word, source_lang) == "acronym" or zipf(word.lower(), source_lang) < _WORD_ZIPF:
            return False
    for _, start, _ in hits[len(lost)]:
        before = _WORD_BEFORE.search(target, max(0, start - 40), start)
        if before is not None and before[1].islower() and zipf(before[1], target_lang) >= _TARGET_ZIPF:
            return True
    return False


def head_ahead(
    source: str, target: str, name: Name, hits: list[list[tuple[str, int, int]]], langs: tuple[str, str]
) -> bool:
    """Whether the words of ``name`` the translation lacks are its last ones, words of the
    source language (rarer ones too: "Locksmiths"), and the translation writes a content word
    of its own before the rest, or before the other names joined to it, where the source has
    none ("der Schlüsseldienst Kowalczyk & Brandt" for "by Kowalczyk & Brandt Locksmiths"): a
    business's description said ahead of its name, as the target language orders it."""
    source_lang, target_lang = langs
    lost = [k for k, found in enumerate(hits) if not found]
    if not lost or lost[0] == 0 or lost != list(range(lost[0], len(hits))):
        return False
    for k in lost:
        word = name.words[k]
        if word_kind(word, source_lang) == "acronym" or zipf(word.lower(), source_lang) < _AHEAD_ZIPF:
            return False
    said = _AHEAD.search(source, max(0, name.start - 60), name.start)
    if said is not None and said[2].lower() in language(source_lang).titles:
        return False  # a person's name ("Ms Ingrid Vos")
    if said is not None and said[2].islower() and said[2] not in language(source_lang).function_words:
        return False  # its own word there ("the firm Hartley & Pryce"), which the translation says
    data = language(target_lang)
    for _, start, _ in hits[0]:
        before = _AHEAD.search(target, max(0, start - 60), start)
        if before is None or (before[1] or "").lower() not in data.function_words:
            continue  # a noun's determiner before it ("der Schlüsseldienst", "la serrurerie")
        word = before[2]
        if not (word.islower() or (data.capitalises_nouns and word[1:].islower())):
            continue  # (another name's word: "Lorenz Ferrante")
        lowered = word.lower()
        if lowered not in data.function_words and lowered not in data.titles:
            return zipf(lowered, target_lang) >= _TARGET_ZIPF
    return any(_titled_ahead(source, target, start, target_lang) for _, start, _ in hits[0])


def _titled_ahead(source: str, target: str, start: int, target_lang: str) -> bool:
    """Whether the capitalised run before ``start`` holds a word of the target language the
    source lacks ("la Asociación de Patchwork Hilo de Plata" for "the Hilo de Plata Quilting
    Guild"): the description said ahead, capitalised as part of the name."""
    data = language(target_lang)
    run = _TITLED_RUN.search(target, max(0, start - 60), start)
    for word in reversed(_TITLED_WORD.findall(run.group() if run else "")):
        lowered = word.lower()
        if word.islower():
            if lowered not in data.function_words:
                return False  # the run ends at a lowercase word
            continue  # a particle inside a name ("Hilo de Plata")
        if (
            lowered not in data.function_words
            and not has_word(source, word)
            and zipf(lowered, target_lang) >= _TARGET_ZIPF
        ):
            return True
    return False


def kept_as_written(name: Name, hits: list[list[tuple[str, int, int]]]) -> bool:
    """Whether the translation writes a word of the name as the source does: then another word
    of it changed is a slip ("Lorenzo Ferrari" for "Lorenzo Ferrante"), not the name's local
    form, which renders all of it ("Monte Ventoso" for "Mont Ventoux")."""
    return any(any(w[0] == word_key(part) for w in hit) for part, hit in zip(name.words, hits, strict=True))
