"""What Chinese and Japanese share: numerals written in Han characters, full-width marks."""

from __future__ import annotations

NUMERALS: tuple[tuple[str, float], ...] = tuple(
    (ch, float(n)) for n, ch in enumerate("一二三四五六七八九十", 1)
)
SENTENCE_MARKS = ((".", "\u3002"), ("!", "\uff01"), ("?", "\uff1f"))
