"""Spellings of a name's word that compare equal: without diacritics, in ASCII letters, in
one transliteration convention."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from anyascii import anyascii

# Spellings that differ between transliteration conventions (Tchaikovsky / Tschaikowski).
_FOLDS = (
    ("tsch", "ch"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("ph", "f"),
    ("qu", "k"),  # Spanish, French "qu" before "e", "i" (Iquique / Икике)
    ("q", "k"),  # "Qatar" / "Катар"
    ("w", "v"),
    ("k", "c"),
    ("y", "i"),
    ("j", "i"),
    ("z", "s"),
)


# Letters with a hook that no decomposition reduces (Hausa, Fula: "Ɗangote", "Ɓello"), and
# the modifier letters that mark a glottal stop or Uzbek "oʻ" ("Hawaiʻi", "Oʻktam").
_HOOKED = str.maketrans(
    {"Ɓ": "B", "ɓ": "b", "Ɗ": "D", "ɗ": "d", "Ƙ": "K", "ƙ": "k", "Ƴ": "Y", "ƴ": "y", "ʻ": None, "ʼ": None}
)


@lru_cache(maxsize=100_000)
def plain(word: str) -> str:
    """The word without diacritics ("Nikšić" -> "Niksic", "booléenne" -> "booleenne", "Ɗangote"
    -> "Dangote"): a name's spelling with or without them, and cognates, compare equal."""
    if not word.isascii():
        word = word.translate(_HOOKED)
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


@lru_cache(maxsize=100_000)
def unmarked(word: str) -> str:
    """The word in ASCII letters ("Dąbrowska" -> "Dabrowska", "Læsø" -> "Laeso")."""
    return word if word.isascii() else anyascii(word)


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """The word in one transliteration convention ("tsch" and "ch", "k" and "c" alike)."""
    for old, new in _FOLDS:
        word = word.replace(old, new)
    return word


# Latin letters with marks as another alphabet's transliteration renders their sound: "ş",
# "š" as "ш" (romanised "sh"), Turkish dotless "ı" as "ы" ("y"), Azerbaijani "ə" as "а" or
# "я"; plain() would take them for "s", "i" and "e".
_SPOKEN = str.maketrans(
    {
        "ı": "y",
        "ş": "sh",
        "ș": "sh",
        "š": "sh",
        "Ş": "Sh",
        "Ș": "Sh",
        "Š": "Sh",
        "ç": "ch",
        "č": "ch",
        "Ç": "Ch",
        "Č": "Ch",
        "ž": "zh",
        "Ž": "Zh",
        "ğ": "",
        "ə": "a",
        "Ə": "A",
    }
)


def as_spoken(word: str) -> str:
    """A name's word with its marked letters as their sound is transliterated (see _SPOKEN);
    a capital "I" is dotless too in a word that writes "ı" ("Işıl"), and Uzbek "oʻ" is said
    "u" ("Oʻktam": "Уктам")."""
    if "ʻ" in word:
        word = word.replace("oʻ", "u").replace("Oʻ", "U")
    spoken = word.translate(_SPOKEN)
    return "Y" + spoken[1:] if word[:1] == "I" and "ı" in word else spoken
