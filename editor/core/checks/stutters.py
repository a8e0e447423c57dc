"""A decoder's stutter inside a word: its first letters said twice ("prepreparation"). A helper
of ``repeated_word``."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from typing import NamedTuple

from editor.core.checks.lexicon import has_lexicon, zipf


class Stutter(NamedTuple):
    start: int
    end: int
    fix: str


def _folding() -> dict[int, str]:
    """Latin letters with a mark by their base letter, one character for one ("é" -> "e"), so
    that a folded text keeps the offsets of its original."""
    table = {}
    for code in range(0xC0, 0x250):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base.isascii() and base.isalpha():
            table[code] = base
    return table


_FOLD = _folding()
# A word whose first three to six letters come again right after them, and two more letters
# at least after those
_STUTTER = re.compile(r"(?<![^\W\d_])([^\W\d_]{3,6})\1[^\W\d_]{2,}(?![^\W\d_])", re.IGNORECASE)
_WORD_AFTER = re.compile(r"[^\W\d_]+")
# A letter beyond Latin (Cyrillic, Greek): its accents are folded only by _FOLD's table
_OTHER_SCRIPT = re.compile(r"[^\W\d_\u0000-\u024f]")
_KNOWN = 2.5  # Zipf: the word without the stutter is a word of the language in common use


def stutters(source: str, target: str, lang: str) -> Iterator[Stutter]:
    """Words of ``target`` that open with a piece of three letters or more said twice (accents
    aside: "reréunion"), where the word is unknown to the language's lexicon and the word
    without the first piece is common, and the source does not write the word."""
    if not has_lexicon(lang):
        return
    if target.isascii() or not _OTHER_SCRIPT.search(target):
        # a cheap first look in Latin letters: the text without its accents (positions shift,
        # so only whether there is a stutter at all)
        bare = target
        if not target.isascii():
            bare = unicodedata.normalize("NFD", target).encode("ascii", "ignore").decode()
        if _STUTTER.search(bare) is None:
            return
    folded = target.translate(_FOLD)
    for m in _STUTTER.finditer(folded):
        start = m.start()
        word = _WORD_AFTER.match(target, start)
        if word is None:
            continue
        whole = word.group()
        rest = whole[len(m.group(1)) :]
        if whole in source or zipf(whole.lower(), lang) > 0 or zipf(rest.lower(), lang) < _KNOWN:
            continue
        if whole[0].isupper():
            rest = rest[0].upper() + rest[1:]
        yield Stutter(start, word.end(), rest)


# A name or compound of four hyphenated parts or more, letters only ("Saint-Martin-de-Ré")
_HYPHENATED = re.compile(r"(?<![\w-])[^\W\d_]+(?:-[^\W\d_]+){3,}(?![\w-])")


def hyphen_loops(source: str, target: str) -> Iterator[Stutter]:
    """Hyphenated words of ``target`` with a run of two parts or more said again right after
    it ("Newport-on-Usk-on-Usk"), the run not one part over and over ("cha-cha-cha-cha"), and
    the source not writing the word so: the word without the second run."""
    if target.count("-") < 3:
        return
    for m in _HYPHENATED.finditer(target):
        word = m.group()
        if word in source:
            continue
        parts = word.split("-")
        for n in range(len(parts) // 2, 1, -1):
            at = next(
                (
                    i
                    for i in range(len(parts) - 2 * n + 1)
                    if parts[i : i + n] == parts[i + n : i + 2 * n] and len(set(parts[i : i + n])) > 1
                ),
                None,
            )
            if at is not None:
                yield Stutter(m.start(), m.end(), "-".join(parts[: at + n] + parts[at + 2 * n :]))
                break
