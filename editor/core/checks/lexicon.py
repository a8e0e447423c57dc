"""Word frequencies (wordfreq's offline lists), loaded once per language, kept compact.

wordfreq's own ``get_frequency_dict`` holds each list as a dict of Python strings: about
75 MB for German and 30 MB for English, more than the rest of a check pass needs. Here a list
is a sorted array of 64-bit integers, one per word: the word's hash with its frequency in the
low bits (wordfreq's lists are only precise to a centibel, a hundredth of a Zipf point, so ten
bits hold it exactly). That is 8 bytes a word (5 MB for German) and a lookup is a binary search
within the words sharing the hash's top 16 bits (a handful). Words are looked up as wordfreq
keys them: case-folded ("Straße" -> "strasse"), quotes uncurled ("they’re" -> "they're").

The hashes are Python's own ``hash`` of a str: fast, 64 bits, but salted per process, so a
list is never sent to another process; a process that needs one builds it (``__reduce__``).
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from functools import lru_cache

_BITS = 10  # low bits holding the frequency: up to 1023 centibels (wordfreq lists stop at 800)
_LOW = (1 << _BITS) - 1
_TOP = 48  # the top 16 bits of a hash pick the range searched
# wordfreq lists apostrophes straight (its lookups uncurl them the same way: ʼ ‘ ’ ‚ ‛).
_UNCURL = str.maketrans(dict.fromkeys("\u02bc\u2018\u2019\u201a\u201b", "'"))
_ZIPF_CENTIBELS = 900  # Zipf = log10 of frequency per billion words: 9 - centibels / 100


class Lexicon:
    """The word frequencies of one language."""

    def __init__(self, lang: str, buckets: list[list[str]]) -> None:
        """``buckets[i]`` holds the words whose frequency is -i centibels (10 ** (-i / 100)),
        as wordfreq's cBpack files store them."""
        import numpy as np

        self.lang = lang
        buckets = buckets[: _LOW + 1]
        sizes = [len(bucket) for bucket in buckets]
        hashes = np.fromiter(
            (h for bucket in buckets for h in map(hash, bucket)), dtype=np.int64, count=sum(sizes)
        )
        keys = (hashes >> _BITS << _BITS) | np.repeat(np.arange(len(buckets), dtype=np.int64), sizes)
        keys.sort()
        self._keys = array("q", keys.tobytes())
        # starts[t]: the first key whose top 16 bits (as an unsigned number) are t or more.
        tops = np.arange(-(1 << 15), (1 << 15) + 1, dtype=np.int64) << _TOP
        tops[-1] = np.iinfo(np.int64).max
        starts = np.searchsorted(keys, tops).astype(np.uint32)
        starts[-1] = len(keys)
        self._starts = array("I", starts.tobytes())

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return _load, (self.lang,)  # hashes are salted per process: build it there

    def __len__(self) -> int:
        return len(self._keys)

    def centibels(self, word: str) -> int | None:
        """-100 × log10 of the word's frequency (0 for the commonest), None when unlisted."""
        key = word.casefold()
        if not key.isalnum():
            key = key.translate(_UNCURL)  # "they’re" is listed as "they're"
        h = hash(key) >> _BITS
        top = (h >> (_TOP - _BITS)) + (1 << 15)
        keys, hi = self._keys, self._starts[top + 1]
        i = bisect_left(keys, h << _BITS, self._starts[top], hi)
        if i < hi and keys[i] >> _BITS == h:
            return keys[i] & _LOW
        return None

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency: 0 when unlisted, about 3 for once per million words."""
        centibels = self.centibels(word)
        return 0.0 if centibels is None else (_ZIPF_CENTIBELS - centibels) / 100


def _base(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-")[0]


@lru_cache(maxsize=8)
def _load(lang: str) -> Lexicon | None:
    """The list of ``lang`` (about 0.5 s to build), or None when wordfreq has none."""
    from wordfreq import available_languages, read_cBpack

    files = available_languages("best")
    base = _base(lang)
    if base not in files:
        return None  # no nearest match: another language's list would mislead
    return Lexicon(base, read_cBpack(files[base]))


def lexicon(lang: str) -> Lexicon | None:
    return _load(_base(lang))


def has_lexicon(lang: str) -> bool:
    return lexicon(lang) is not None


def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of ``word`` in ``lang``: 0 for unknown words, about 3 for a word
    seen once per million, 7 for the most common; 0 when there is no list."""
    table = lexicon(lang)
    return 0.0 if table is None else table.zipf(word)


def is_known(word: str, lang: str, floor: float) -> bool:
    """``zipf(word, lang) >= floor`` (a Zipf point is 100 centibels); False with no list."""
    table = lexicon(lang)
    if table is None:
        return False
    if floor <= 0:
        return True
    centibels = table.centibels(word)
    return centibels is not None and centibels <= round(_ZIPF_CENTIBELS - floor * 100)
