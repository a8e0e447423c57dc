"""A web address's slug made of the source's words ("visiting-hours-update" in a Dutch text
whose source speaks of "visiting hours"), or of the target language's words with their accents
stripped ("pista-gelo-precos"): a pipeline's debris. A helper of ``stray_artifact``."""

from __future__ import annotations

import re
from itertools import pairwise

from editor.core.checks.lexicon import zipf
from editor.core.checks.prose import running_prose
from editor.core.langdata import language

_MIN_PARTS = 3  # parts of a slug: two hyphenated words are a compound ("follow-up")
_FROM_SOURCE = 2  # parts that are words of the source
# Zipf points a part is more common in the source language than in the target: a word of
# the source's language, not one both share ("hotel", "update")
_FOREIGN = 1.5
_LEANING = 1.0  # Zipf points each part of a slug of words the source does not write leans so
_PART = re.compile(r"[a-z]{2,}")
_CHAIN = re.compile(r"[^\W_]+(?:-[^\W_]+){2,}")
_VERSION = re.compile(r"v\d{1,3}")  # a version tag ending a file's name ("-v2")


def source_word_slug(chain: str, source: str, source_lang: str, target_lang: str) -> tuple[str, ...]:
    """The source's words that make up ``chain`` (lowercase words joined by hyphens, which the
    source does not write), or () when it is no slug of them. A slug: three parts or more, all
    words of letters, two of them the source's words and one (of any) the source language's
    own; no function word of either language, which a phrase written with hyphens has
    ("state-of-the-art", "doe-het-zelf", "rez-de-chaussée"); not where the source writes such
    chains itself, nor joins two of its parts ("docker-compose-up" for "docker-compose up").
    A number may end it ("heating-upgrade-2025", "livery-fees-2024"): then one of its words
    from the source is enough. So may a language's code ("arrival-info-nl"): a resource's
    key, whose words need not be the source's. So may a version tag ("-v2"), after three
    words of any language: a file's name. No phrase ends so. Three words that each lean to
    the source language (``_LEANING``) make a slug though the source writes none of them
    ("guitar-repair-terms" in a Portuguese text)."""
    parts = chain.split("-")
    coded = parts[-1] in language_codes(source_lang, target_lang)
    versioned = _VERSION.fullmatch(parts[-1]) is not None
    numbered = parts[-1].isdigit() or coded or versioned
    if numbered:
        parts = parts[:-1]
    if len(parts) + numbered < _MIN_PARTS or not all(_PART.fullmatch(part) for part in parts):
        return ()
    theirs, ours = language(source_lang), language(target_lang)
    function_words = theirs.function_words | ours.function_words | ours.determiners | ours.conjunctions
    if any(part in function_words for part in parts):
        return ()
    lowered = source.lower()
    if _CHAIN.search(lowered) or any(f"{a}-{b}" in lowered for a, b in pairwise(parts)):
        # the source writes identifiers so ("base-commit-id"): the translation's is one of
        # them, localised; or a hyphenated name of the source, extended ("docker-compose-up")
        return ()
    if versioned:  # a file's or page's version ("contrato-limpeza-janelas-v2"): its words any
        return tuple(parts) if len(parts) >= _MIN_PARTS else ()
    written = set(re.findall(r"[^\W\d_]+", lowered))
    shared = tuple(part for part in parts if coded or part in written)
    leaning = [zipf(part, source_lang) - zipf(part, target_lang) for part in parts]
    if len(shared) < _FROM_SOURCE - numbered:
        # three words or more that each lean to the source language are a slug of that
        # language though the source says none of them ("guitar-repair-terms")
        return tuple(parts) if len(parts) >= _MIN_PARTS and min(leaning) >= _LEANING else ()
    return shared if max(leaning) >= _FOREIGN else ()


_AFTER = 4  # words of a sentence after a leading slug (a label's name is one or two: "sous-titres SubRip")
# A page's slug of two words or more (letters or digits, one word of two letters at least)
# that opens a segment, right before its first capitalised word ("guida-volontari Benvenuti")
_LEADING = re.compile(r"(?=[a-z0-9-]*[a-z]{2})[a-z0-9]+(?:-[a-z0-9]+)+(?=[ \t]+[^\W\d_])")


def leading_slug(source: str, target: str) -> tuple[int, int] | None:
    """Where the target opens with a slug of lowercase words before its first sentence's
    capitalised first word, which the source opens with a capital and does not write
    ("guida-volontari Benvenuti a …" for "Welcome to …"): a page's name the pipeline left in
    front of its text. Two words are enough there, where no sentence opens in lowercase."""
    start = len(target) - len(target.lstrip())
    m = _LEADING.match(target, start)
    if m is None or not source.lstrip()[:1].isupper() or m.group() in source.lower():
        return None
    after = target[m.end() :].lstrip()
    # a sentence follows, not a label's name ("sous-titres SubRip")
    return (
        m.span()
        if after[:1].isupper() and running_prose(after, _AFTER) and running_prose(source, _AFTER)
        else None
    )


def language_codes(source_lang: str, target_lang: str) -> tuple[str, ...]:
    """The two languages' codes ("en", "nl" of "nl-BE"), lowercase."""
    return tuple(code.split("-")[0].lower() for code in (source_lang, target_lang))


# The accented letters a slug writes without their marks ("preços" -> "precos")
_ACCENTED = {
    "a": "áàâãä",
    "e": "éèêë",
    "i": "íìîï",
    "o": "óòôõö",
    "u": "úùûü",
    "c": "ç",
    "n": "ñ",
}
_MARKS = 2  # letters of a word whose marks a slug strips ("informação" -> "informacao")
_STRIPPED = 1.5  # Zipf points the word with its marks is commoner than without them


def stripped_slug(chain: str, target_lang: str) -> tuple[str, str] | None:
    """A part of ``chain`` (three lowercase words or more joined by hyphens, no function word
    among them) that is a word of the target language with its accents stripped, and the
    word ("precos", "preços"), where no part is a digit: how a web address writes a page's
    title. None otherwise."""
    parts = chain.split("-")
    if len(parts) < _MIN_PARTS or not all(_PART.fullmatch(part) for part in parts):
        return None
    data = language(target_lang)
    if any(part in data.function_words | data.determiners | data.conjunctions for part in parts):
        return None  # a phrase written with hyphens ("rez-de-chaussee")
    for part in parts:
        accented = _accented(part, target_lang)
        if accented is not None:
            return part, accented
    return None


def _accented(word: str, lang: str) -> str | None:
    """The form of ``word`` with up to two letters marked that the language writes far more
    often than ``word`` itself, or None."""
    bare = zipf(word, lang)
    best, best_zipf = None, bare + _STRIPPED
    candidates = [word]
    for _ in range(_MARKS):
        candidates = [
            w[:i] + marked + w[i + 1 :]
            for w in candidates
            for i, letter in enumerate(w)
            for marked in _ACCENTED.get(letter, "")
        ]
        for candidate in candidates:
            found = zipf(candidate, lang)
            if found >= best_zipf:
                best, best_zipf = candidate, found
    return best
