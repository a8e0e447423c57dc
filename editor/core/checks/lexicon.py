"""Word frequencies (wordfreq's offline lists), loaded once per language and looked up fast."""

from __future__ import annotations

import math
from functools import lru_cache

_SCALE = 1e9  # wordfreq's Zipf scale: log10 of frequency per billion words


@lru_cache(maxsize=8)
def _table(lang: str) -> dict[str, float] | None:
    """The frequency list of ``lang`` (about 0.5 s to load), or None when wordfreq has none."""
    from wordfreq import available_languages, get_frequency_dict

    base = lang.lower().replace("_", "-").split("-")[0]
    if base not in available_languages("best"):
        return None
    return get_frequency_dict(base, "best")


def has_lexicon(lang: str) -> bool:
    return _table(lang) is not None


def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of ``word`` (lowercased) in ``lang``: 0 for unknown words, about
    3 for a word seen once per million, 7 for the most common; 0 when there is no list."""
    table = _table(lang)
    if table is None:
        return 0.0
    frequency = table.get(word.lower())
    return math.log10(frequency * _SCALE) if frequency else 0.0


def is_known(word: str, lang: str, floor: float) -> bool:
    """``zipf(word, lang) >= floor``, without the logarithm: for hot loops."""
    table = _table(lang)
    if table is None:
        return False
    return table.get(word.lower(), 0.0) >= 10 ** (floor - 9) if floor > 0 else True
