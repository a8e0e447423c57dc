"""Words of a translation with a negative prefix that render another word of the source,
their cognate ("descuento" of "discount"), not its negation (used by :mod:`negation`)."""

from __future__ import annotations

from rapidfuzz.fuzz import ratio

from editor.core.checks.negation_words import WORD

# rapidfuzz ratio: a prefixed word this like a word of the source that opens alike is
# that word's cognate ("descuento": "discount", "desinfectar": "disinfect"), prefix and all
_COGNATE = 70
_OPENING = 4  # letters of a word whose consonants a cognate shares ("desc" of "discount")
_VOWELS = frozenset("aeiouyáàâãäéèêëíìîïóòôõöúùûü")


def cognates(text: str, spans: list[tuple[int, int]], source: str) -> set[tuple[int, int]]:
    """The ``spans`` of ``text`` (words with a negative prefix, see :func:`prefixed_words`)
    that are each the cognate of another word of ``source``, prefix and all ("descuento" of
    "discount"): they render that word, not a negation of the source ("not valid" said
    "inválido" has none, "valid" opens otherwise; "Invalid … not valid" said "inválido …
    inválido" has one). A cognate opens with the same consonants and is spelt much like it."""
    words = [m.group().casefold() for m in WORD.finditer(source)]
    found: set[tuple[int, int]] = set()
    for a, b in spans:
        word = text[a:b].casefold()
        match = next((w for w in words if _opening(w) == _opening(word) and ratio(word, w) >= _COGNATE), None)
        if match is not None:
            words.remove(match)
            found.add((a, b))
    return found


def _opening(word: str) -> str:
    return "".join(ch for ch in word[:_OPENING] if ch not in _VOWELS)
