"""A place's or people's name of the source (a demonym, a language's name) that the translation
says with its own adjective ("Maltese" -> "maltais", "Cornish" -> "córnico", "Komi" -> "комийский")."""

from __future__ import annotations

from editor.core.checks.name_forms import fold, plain
from editor.core.checks.name_targets import _DOUBLED, _consonants, _initial, _romanised
from editor.core.langdata import language

_DEMONYM_STEM = 4  # letters of a place's name in its adjective ("Malt" of "Maltese")
_ADJECTIVE_STEM = 3  # letters of the name before the target's adjective suffix ("Kom" of "комийский")
_ADJECTIVE_KEY = 2  # consonants of the name in its adjective, at least ("km")
_ADJECTIVE_TAIL = 8  # letters of the suffix and its ending after the name ("анische", "ского")


def demonym_hits(
    part: str, words: list[tuple[str, int, int]], source_lang: str, target_lang: str, compound: bool = False
) -> list[tuple[str, int, int]]:
    """The target's words that render a place's or people's name ``part`` in a name. First
    those that start with its stem, the adjective's ending dropped (source language data
    ``demonym_endings``), of four letters at least ("Maltesischen", "maltais" for the "Maltese"
    of "Maltese Islands"); else the target's adjectives made of the name's consonants and an
    adjective suffix of the target language (``adjective_suffixes``): "córnico" for "Cornish",
    "комийского" for "Komi" (romanised, the vowels said otherwise); with the name's other
    words, inside a compound ("северокомийский" for "Northern Komi")."""
    lower, stem = part.lower(), part.lower()
    for ending in language(source_lang).names.demonym_endings:
        if lower.endswith(ending) and len(lower) - len(ending) >= _ADJECTIVE_STEM:
            stem = lower[: len(lower) - len(ending)]
            if len(stem) >= _DEMONYM_STEM:
                hits = [w for w in words if w[0].lower().startswith(stem)]
                if hits:
                    return hits
            break
    suffixes = language(target_lang).names.adjective_suffixes
    if not suffixes or not part.isalpha() or not part[1:].islower():
        return []
    key = fold(_consonants(stem))
    if len(key) < _ADJECTIVE_KEY:
        return []
    return [
        w for w in words if w[0][:1].islower() and _adjective(w[0].lower(), key, stem, suffixes, compound)
    ]


def _adjective(word: str, key: str, stem: str, suffixes: tuple[str, ...], compound: bool) -> bool:
    """Whether ``word`` is a name's letters (consonants ``key``, first letter the stem's)
    followed by an adjective suffix and a short ending, maybe after a first part of a compound."""
    initial = _initial(stem[:1])
    for suffix in suffixes:
        at = word.find(suffix, _ADJECTIVE_STEM)
        while at > 0:
            if len(word) - at <= _ADJECTIVE_TAIL:
                head = _romanised(word[:at])
                for start in range(len(head) - _ADJECTIVE_STEM + 1 if compound else 1):
                    if _initial(head[start]) == initial and _same_letters(head[start:], key, stem):
                        return True
            at = word.find(suffix, at + 1)
    return False


def _same_letters(head: str, key: str, stem: str) -> bool:
    """Whether ``head`` has the name's consonants ``key``; with two consonants only, its letters
    too, doubled ones once, a final vowel aside ("saam" for "Sami", not "sem" of "semana")."""
    if fold(_consonants(head)) != key:
        return False
    if len(key) > _ADJECTIVE_KEY:
        return True
    letters, name = _letters(head), _letters(stem)
    return letters in (name, name[:-1]) or letters[:-1] == name


def _letters(word: str) -> str:
    return _DOUBLED.sub(r"\1", fold(plain(word.lower())))
