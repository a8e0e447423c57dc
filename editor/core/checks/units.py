"""Numbers with units or currencies whose unit changed in the translation ("$5" -> "5 Euro")."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.numparse import Number, numbers
from editor.core.langdata import language
from editor.core.model import Segment

# Symbols written the same in every language; words are per language (langdata.unit_words).
SYMBOLS = frozenset(
    "€ $ £ ¥ % ‰ km m cm mm kg g mg t l ml gb mb tb kb ghz mhz kw mw gw kwh mwh °c °f mi lb".split()
)
_BEFORE = re.compile(r"([€$£¥])[\s\u00a0\u202f]?$")
_AFTER = re.compile(r"[\s\u00a0\u202f]?(°[CF]|[€$£¥%‰]|[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?)")


@lru_cache(maxsize=32)
def _words(code: str) -> dict[str, str]:
    return dict(language(code).unit_words)


@lru_cache(maxsize=32)
def _hint(code: str) -> re.Pattern[str]:
    """Finds, in one C-level scan, whether a text may hold a number with a unit at all."""
    words = sorted(set(_words(code)) | {s for s in SYMBOLS if s.isalpha()}, key=len, reverse=True)
    alternation = "|".join(re.escape(w) for w in words)
    return re.compile(rf"[€$£¥%‰°]|\d[\s\u00a0\u202f]?(?:{alternation})\b", re.IGNORECASE)


def unit_of(text: str, number: Number, code: str) -> str | None:
    """The unit symbol written next to a number, if any."""
    before = _BEFORE.search(text, 0, number.start)
    if before is not None:
        return before.group(1)
    after = _AFTER.match(text, number.end)
    if after is None:
        return None
    word = after.group(1).lower()
    if word in SYMBOLS:
        return word
    return _words(code).get(word)


def unit_issues(segment: Segment, source_lang: str, target_lang: str) -> list[tuple[int, int, str]]:
    """(start, end, message) on the target for each number whose unit differs from the source."""
    found: list[tuple[int, int, str]] = []
    if not _hint(source_lang).search(segment.source):
        return found
    source = [n for n in numbers(segment.source, source_lang) if n.digits]
    if not source:
        return found
    target = [n for n in numbers(segment.target, target_lang) if n.digits]
    used: set[int] = set()
    for number in source:
        unit = unit_of(segment.source, number, source_lang)
        if unit is None:
            continue
        for i, other in enumerate(target):
            if i in used or not number.matches(other):
                continue
            used.add(i)
            theirs = unit_of(segment.target, other, target_lang)
            if theirs is not None and theirs != unit:
                found.append(
                    (other.start, other.end, f"'{number.text}' is in {unit} in the source, in {theirs} here")
                )
            break
    return found
