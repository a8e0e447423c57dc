"""Word frequencies (wordfreq's offline lists), kept compact and cached on disk.

wordfreq's own ``get_frequency_dict`` holds each list as a dict of Python strings: about
75 MB for German and 30 MB for English, more than the rest of a check pass needs. Here a list
is a hash table in two arrays: each slot holds a word's Adler-32 (32 bits), and 16 bits with
its frequency (wordfreq's lists are only precise to a centibel, a hundredth of a Zipf point, so
ten bits hold it exactly) and six more bits of its CRC-32, whose low bits pick the slot. That
is about 10 bytes a word (6 MB for German); a lookup probes one or two slots. Words are looked
up as wordfreq keys them: case-folded ("Straße" -> "strasse"), quotes uncurled ("they’re" ->
"they're").

The hash is the same in every process (CRC-32 and Adler-32 of the UTF-8 bytes: no collision
among the 630 000 German words; one false hit in five million random non-words), so a built table is
written to the user's cache folder and later read back in milliseconds: building it from
wordfreq's file takes about a second for German and English, which every ``posteditor check``
and every check worker would otherwise pay. A cache that cannot be written or read is only
slower; one that does not match its file is built again. Built in plain Python: numpy would
start BLAS threads, and a process with threads cannot fork its check workers.
"""

from __future__ import annotations

import importlib.util
import logging
import math
import os
import struct
import sys
from array import array
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from zlib import adler32, crc32

from editor.core.atomic import write_atomic
from editor.core.errors import EditorError

log = logging.getLogger(__name__)

_BITS = 10  # low bits holding the frequency: up to 1023 centibels (wordfreq lists stop at 800)
_LOW = (1 << _BITS) - 1
_CHECK = 16 - _BITS  # bits of the CRC-32 above the slot's beside the frequency
_ADLER = (1 << 32) - 1
_LOAD = 0.7  # at most this share of the table's slots is used: lookups probe one or two
# wordfreq lists apostrophes straight (its lookups uncurl them the same way: ʼ ‘ ’ ‚ ‛).
_UNCURL = str.maketrans(dict.fromkeys("\u02bc\u2018\u2019\u201a\u201b", "'"))
_INDEX = 32  # a table slot is picked by the CRC-32 half of the hash
_MAGIC = b"PEWORDS2"  # the cached table's format: change it when the table changes
_HEAD = struct.Struct("<8sQQ")  # magic, words, slots
_ZIPF_CENTIBELS = 900  # Zipf = log10 of frequency per billion words: 9 - centibels / 100


class Lexicon:
    """The word frequencies of one language."""

    def __init__(self, lang: str, buckets: Iterable[list[str]]) -> None:
        """``buckets`` yields, in order, the words whose frequency is 0, -1, -2 … centibels
        (10 ** (-i / 100)), as wordfreq's cBpack files hold them. Each is hashed as it comes
        (8 bytes a word), so the words are never all held as strings."""
        self.lang = lang
        hashed = [
            (centibels, array("q", map(_hash, bucket)))
            for centibels, bucket in enumerate(buckets)
            if 0 < centibels <= _LOW  # not a word that is every word, nor rarer than the lists go
        ]
        count = sum(len(hashes) for _, hashes in hashed)
        size = 1 << max(4, math.ceil(math.log2(count / _LOAD + 1)))
        mask = size - 1
        shift = mask.bit_length()  # the CRC's bits above those that pick the slot
        keys, tags = array("I", [0]) * size, array("H", [0]) * size
        while hashed:
            centibels, hashes = hashed.pop()  # rarest first: each array is freed once placed
            for h in hashes:
                crc = (h >> _INDEX) & _ADLER
                i = crc & mask
                while tags[i]:  # linear probing
                    i = (i + 1) & mask
                keys[i] = h & _ADLER
                tags[i] = ((crc >> shift) & ((1 << _CHECK) - 1)) << _BITS | centibels  # never 0
        self._keys, self._tags, self._mask, self._count = keys, tags, mask, count

    @classmethod
    def read(cls, lang: str, path: Path) -> Lexicon:
        """A table as :meth:`to_bytes` wrote it, read straight into its array; ValueError when
        the file is not one."""
        with open(path, "rb") as fh:
            head = fh.read(_HEAD.size)
            if len(head) != _HEAD.size:
                raise ValueError("too short")
            magic, count, size = _HEAD.unpack(head)
            if magic != _MAGIC or not size or size & (size - 1) or count > size:
                raise ValueError("not a word table of this version")
            keys, tags = array("I"), array("H")
            try:
                keys.fromfile(fh, size)
                tags.fromfile(fh, size)
            except EOFError:
                raise ValueError("cut short") from None
            if fh.read(1):
                raise ValueError("longer than its table")
        lexicon = cls.__new__(cls)
        lexicon.lang, lexicon._keys, lexicon._tags = lang, keys, tags
        lexicon._mask, lexicon._count = size - 1, count
        return lexicon

    def to_bytes(self) -> bytes:
        return _HEAD.pack(_MAGIC, self._count, len(self._keys)) + self._keys.tobytes() + self._tags.tobytes()

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return _load, (self.lang,)  # a process that needs it loads it (from the cache)

    def __len__(self) -> int:
        return self._count

    def centibels(self, word: str) -> int | None:
        """-100 × log10 of the word's frequency (0 for the commonest), None when unlisted."""
        key = word.casefold()
        if not key.isalnum():
            key = key.translate(_UNCURL)  # "they’re" is listed as "they're"
        data = key.encode("utf-8", "surrogatepass")
        crc, mask, keys, tags = crc32(data), self._mask, self._keys, self._tags
        check, adler = crc >> mask.bit_length() & ((1 << _CHECK) - 1), adler32(data)
        i = crc & mask
        while tag := tags[i]:
            if keys[i] == adler and tag >> _BITS == check:
                return tag & _LOW
            i = (i + 1) & mask
        return None

    def zipf(self, word: str) -> float:
        """The word's Zipf frequency: 0 when unlisted, about 3 for once per million words."""
        centibels = self.centibels(word)
        return 0.0 if centibels is None else (_ZIPF_CENTIBELS - centibels) / 100


def _base(lang: str) -> str:
    return lang.lower().replace("_", "-").split("-")[0]


def _hash(word: str) -> int:
    """A 64-bit hash of ``word``, the same in every process (see the module's notes)."""
    data = word.encode("utf-8", "surrogatepass")
    return (crc32(data) << 32 | adler32(data)) - (1 << 63)


@lru_cache(maxsize=8)
def _load(lang: str) -> Lexicon | None:
    """The list of ``lang``, or None when wordfreq has none: from the cache, else built from
    wordfreq's file (about 0.7 s for German) and cached."""
    base = _base(lang)
    path = word_list_file(base)
    if path is None:
        return None
    cached = _cache_file(base, path)
    if cached is not None:
        try:
            return Lexicon.read(base, cached)
        except (OSError, ValueError) as exc:
            if cached.exists():
                log.info("word list cache %s not used (%s); building it again", cached, exc)
    table = Lexicon(base, _buckets(path))
    if cached is not None:
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(cached, table.to_bytes())
        except (OSError, EditorError) as exc:  # a read-only home, a full disk: only slower
            log.info("word list cache %s not written (%s)", cached, exc)
    return table


def _cache_file(base: str, source: str) -> Path | None:
    """Where the table built from ``source`` is cached: named after the file's size and time
    and this format, so a new wordfreq means a new table. None when there is no cache folder."""
    folder = os.environ.get("POSTEDITOR_CACHE_DIR")
    if not folder:
        try:
            from platformdirs import user_cache_dir

            folder = user_cache_dir("posteditor", appauthor=False)
        except Exception:  # noqa: BLE001 - no cache folder is only slower
            return None
    try:
        stat = os.stat(source)
    except OSError:
        return None
    key = f"{stat.st_size}-{stat.st_mtime_ns}-{_MAGIC.decode()}-{sys.byteorder}"
    return Path(folder) / f"words-{base}-{crc32(key.encode()):08x}.bin"


def word_list_file(base: str) -> str | None:
    """The file of wordfreq's "best" list for a language: its large list, else its small one
    (as ``wordfreq.available_languages("best")`` has it), found in the installed package's
    data folder without importing wordfreq, whose modules (langcodes, regex, ftfy) take
    13 MB. No nearest match: another language's list would mislead."""
    spec = importlib.util.find_spec("wordfreq")
    if spec is None or not spec.submodule_search_locations or not base.isalpha():
        return None
    data = Path(next(iter(spec.submodule_search_locations))) / "data"
    for size in ("large", "small"):
        path = data / f"{size}_{base}.msgpack.gz"
        if path.is_file():
            return str(path)
    return None


def _buckets(path: str) -> Iterator[list[str]]:
    """The word lists of a cBpack file (see ``wordfreq.read_cBpack``) one frequency at a time,
    rather than all 630 000 German words as strings at once (45 MB at the peak)."""
    import gzip

    import msgpack

    with gzip.open(path, "rb") as fh:
        unpacker = msgpack.Unpacker(fh, raw=False)
        buckets = unpacker.read_array_header() - 1
        header = unpacker.unpack()
        if not isinstance(header, dict) or header.get("format") != "cB" or header.get("version") != 1:
            raise ValueError(f"{path}: not a cBpack word list")
        for _ in range(buckets):
            yield unpacker.unpack()


_BY_CODE: dict[str, Lexicon | None] = {}  # "de-AT" -> the list of "de": one lookup per word


def lexicon(lang: str) -> Lexicon | None:
    try:
        return _BY_CODE[lang]
    except KeyError:
        found = _BY_CODE[lang] = _load(_base(lang))
        return found


def forget() -> None:
    """Drop the lists loaded so far: the next look-up reads them again (a changed word file,
    a changed cache folder)."""
    _BY_CODE.clear()
    _load.cache_clear()


def has_lexicon(lang: str) -> bool:
    return lexicon(lang) is not None


def zipf(word: str, lang: str) -> float:
    """The Zipf frequency of ``word`` in ``lang``: 0 for unknown words, about 3 for a word
    seen once per million, 7 for the most common; 0 when there is no list."""
    table = lexicon(lang)
    return 0.0 if table is None else table.zipf(word)


def common_words(lang: str, floor: float) -> dict[str, float]:
    """The words of ``lang`` at least ``floor`` common (Zipf), with their frequencies, read
    from the head of wordfreq's list (the commonest come first) without building its table:
    about 7 000 words at Zipf 4 (600 kB: not cached here, keep what is needed of it). Empty
    with no list."""
    path = word_list_file(_base(lang))
    if path is None:
        return {}
    last = round(_ZIPF_CENTIBELS - floor * 100)
    found: dict[str, float] = {}
    for centibels, bucket in enumerate(_buckets(path)):
        if centibels > last:
            break
        for word in bucket:
            found.setdefault(word, (_ZIPF_CENTIBELS - centibels) / 100)
    return found


def is_known(word: str, lang: str, floor: float) -> bool:
    """``zipf(word, lang) >= floor`` (a Zipf point is 100 centibels); False with no list."""
    table = lexicon(lang)
    if table is None:
        return False
    if floor <= 0:
        return True
    centibels = table.centibels(word)
    return centibels is not None and centibels <= round(_ZIPF_CENTIBELS - floor * 100)
