"""Document-wide term statistics: spelling variants, repeated sources, paragraph neighbours."""

from __future__ import annotations

import re
from array import array
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from typing import Protocol

try:  # hashlib's BLAKE2 is this one; importing hashlib loads OpenSSL (3 MB in each check process)
    from _blake2 import blake2b
except ImportError:  # pragma: no cover - a Python built without its own BLAKE2
    from hashlib import blake2b

from editor.core.checks.memo import TokenMemo
from editor.core.checks.paragraph_ids import ParagraphIds
from editor.core.checks.wordtrie import word_trie
from editor.core.model import Segment

# Words with inner hyphens; the unit whose spelling variants are compared.
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-\u2010][^\W_]+)*")
_UPPER = "".join(re.escape(ch) for ch in map(chr, range(0x0530)) if ch.isupper())
# Two capitalised words in a row: a term perhaps written apart ("Super Computer").
# Its capital comes first (no word character before it) so that the scan for a start runs in C;
# the rest is a lookahead, so overlapping pairs ("A B C": "A B", "B C") are all found.
_PAIR = re.compile(rf"([{_UPPER}])(?<!\w.)(?=([^\W_]+ [{_UPPER}][^\W_]+)(?![^\W_-]))")
_MIN_KEY = 4  # shorter words vary legitimately ("An"/"an") and carry no term
_MIN_SENTENCE_WORDS = 4  # "Thank you." may be translated by context
_PENDING = 64  # targets held back to be counted once for their repeats close by


_PAIR_HINT = re.compile(rf"[{_UPPER}][^\W_]+ [{_UPPER}]")  # a cheap test for _PAIR
# A capitalised word of four letters or more after a space, in a source: how often the
# document's sources write it so (sentence starts after a full stop included).
_SOURCE_CAPITAL = re.compile(r"[A-Z](?<= .)[a-z]{3,}(?![^\W_])")
_SOURCE_POSSESSIVE = re.compile(r"[A-Z](?<= .)[a-z]{3,}(?=['’]s(?![^\W_]))")


def _pairs(text: str) -> list[str]:
    """Two capitalised words in a row, every such pair (overlapping)."""
    return [first + rest for first, rest in _PAIR.findall(text)]


def source_capitals(text: str) -> list[str]:
    """The capitalised words of four letters or more after a space in a source text, as
    :attr:`TermStats.capitals` counts them, and each such word written with a possessive
    "'s" once more, so ("Anna's"): what remains of a name's count is its bare uses."""
    found: list[str] = _SOURCE_CAPITAL.findall(text)
    if "'s" in text or "’s" in text:
        found += [f"{word}'s" for word in _SOURCE_POSSESSIVE.findall(text)]
    return found


def term_key(word: str) -> str:
    """What every spelling variant of a term shares: lowercase, no hyphens, no spaces, "ss"
    for "ß" ("Straße", Swiss "Strasse")."""
    return word.lower().replace("-", "").replace("\u2010", "").replace(" ", "").replace("ß", "ss")


def term_variant(word: str) -> str:
    """The spelling as compared: the first letter's case is free (sentence starts, German),
    and so is the second's of Dutch "IJ", one letter written with two ("IJsbaan", "ijsbaan")."""
    if word.startswith("IJ") and word[2:3].islower():
        return "ij" + word[2:]
    return word[:1].lower() + word[1:]


def _eligible(word: str) -> bool:
    # Words in capitals (emphasis, headlines, placeholders such as "FILE" -> "DATEI", with an
    # ending "ARGUMENTe") would differ from their usual spelling by design.
    return len(word) >= _MIN_KEY and not word[:-2].isupper()


def term_words(text: str) -> Iterator[str]:
    """The words of ``text`` that can carry a term: not those of a web or e-mail address
    ("www.salzbergwerk-haldenstein.de"), which is written in lowercase whatever the term."""
    for token in text.split():
        if _ADDRESS.search(token) is None:
            yield from filter(_eligible, _WORD.findall(token))


_ADDRESS = re.compile(r"@|[^\W_]\.[^\W_]")  # in a token: an address (or sentences run together)
_TOKEN_AROUND = re.compile(r"\S*")


def in_address(text: str, start: int, end: int) -> bool:
    """Whether the word at ``start``-``end`` of ``text`` is part of an address's token (or of a
    dotted name, "user.email", "hint.b")."""
    opened = max(text.rfind(space, 0, start) for space in " \t\n\u00a0") + 1
    token = _TOKEN_AROUND.match(text, opened)
    return token is not None and _ADDRESS.search(token.group()) is not None


def sentence_key(text: str) -> int | None:
    """A hash of a source sentence worth comparing across the document, else None."""
    words = text.lower().split()
    if len(words) < _MIN_SENTENCE_WORDS:
        return None
    return _stable_hash(" ".join(words))


def _stable_hash(text: str) -> int:
    """A 64-bit digest that is the same in every process (``hash`` of a str is salted per
    process, so statistics sent to a worker process or kept would no longer match)."""
    return int.from_bytes(blake2b(text.encode("utf-8"), digest_size=8).digest(), "little")


def term_stats(stats: object) -> TermStats | None:
    """The :class:`TermStats` inside a context's ``stats``, if it was built."""
    terms = getattr(stats, "terms", None)
    return terms if isinstance(terms, TermStats) else None


def _target_key(text: str) -> int:
    return _stable_hash(" ".join(text.split()))


class SegmentLookup(Protocol):
    """Segments by id: a :class:`Document`, or the part of a project a worker holds."""

    def __getitem__(self, segment_id: int) -> Segment: ...


class TermStatsBuilder:
    """Builds :class:`TermStats` in one pass over the segments, in document order, without
    keeping them: a project can be streamed through it.

    C-level scans and counts segment by segment (never the whole text at once: its tokens
    would take more memory than the document); Python work per distinct token only. A word
    never spans whitespace, so the words of each distinct token count as often as the token.
    """

    def __init__(self, lookup: SegmentLookup | None) -> None:
        self._stats = TermStats(lookup)
        self._tokens: Counter[str] = Counter()
        self._pairs: Counter[str] = Counter()
        # Targets seen lately, not yet counted: how often, their tokens and pairs. A target
        # repeated close by (a list item, a label) is then counted once, its count times.
        self._pending: dict[str, tuple[int, tuple[str, ...], tuple[str, ...]]] = {}
        # Source sentence hashes, and of those with a translation: the hash, the target's hash
        # and the segment's id. Arrays, not tuples of Python integers: a fifth of the memory
        # (the statistics of a big project are built while nothing else is held).
        self._keys = array("Q")
        self._translated, self._targets, self._ids = array("Q"), array("Q"), array("q")
        self._paragraphs, self._members = array("q"), array("q")  # each segment's paragraph and id

    def add(self, segment: Segment) -> None:
        self._paragraphs.append(segment.paragraph)
        self._members.append(segment.id)
        key, capitals = _source_counts(segment.source)
        tokens, target_key, pairs = _target_counts(segment.target)
        if key is not None:
            self._keys.append(key)
            if target_key is not None:
                self._translated.append(key)
                self._targets.append(target_key)
                self._ids.append(segment.id)
        pending = self._pending
        seen = pending.get(segment.target)
        if seen is None:
            if len(pending) >= _PENDING:
                self._count(*pending.pop(next(iter(pending))))  # the earliest seen
            pending[segment.target] = (1, tokens, pairs)
        else:
            pending[segment.target] = (seen[0] + 1, tokens, pairs)
        self._stats.capitals.update(capitals)

    def _count(self, times: int, tokens: tuple[str, ...], pairs: tuple[str, ...]) -> None:
        """Count a target's tokens and pairs ``times`` times. Targets are counted in the order
        they were first seen, so every counter meets its keys in document order, as when each
        target is counted when seen (the order of a term's spellings follows it)."""
        if times == 1:
            self._tokens.update(tokens)
            if pairs:
                self._pairs.update(pairs)
            return
        for counter, found in ((self._tokens, tokens), (self._pairs, pairs)):
            get = counter.get
            for item in found:
                counter[item] = get(item, 0) + times

    def _flush(self) -> None:
        for entry in self._pending.values():
            self._count(*entry)
        self._pending.clear()

    def __getstate__(self) -> dict[str, object]:
        # A builder sent back from a worker travels (and waits to be merged) as counts only.
        self._flush()
        return self.__dict__

    def merge(self, other: TermStatsBuilder) -> None:
        """Take in what ``other`` saw of the segments that follow this one's (the parts of a
        document built in parallel, merged in document order, give what one pass gives)."""
        self._paragraphs += other._paragraphs
        self._members += other._members
        self._flush()
        other._flush()
        self._keys += other._keys
        self._translated += other._translated
        self._targets += other._targets
        self._ids += other._ids
        self._tokens.update(other._tokens)
        self._pairs.update(other._pairs)
        self._stats.capitals.update(other._stats.capitals)

    def finish(self) -> TermStats:
        self._flush()
        stats = self._stats
        stats.paragraphs = ParagraphIds(self._paragraphs, self._members)
        # Only a source that occurs twice can be translated two ways (edits never change it).
        counts = Counter(self._keys)
        for key, target, segment_id in zip(self._translated, self._targets, self._ids, strict=True):
            if counts[key] > 1:
                entry = stats.translations.setdefault(key, {}).setdefault(target, [0, segment_id])
                entry[0] += 1
        words: Counter[str] = Counter()
        for token, count in self._tokens.items():
            if _ADDRESS.search(token) is not None:
                continue  # (see term_words)
            for word in _WORD.findall(token):
                words[word] += count
        for word, count in words.items():
            if _eligible(word):
                stats._add_word(word, count)
        for pair, count in self._pairs.items():
            stats._add_word(pair, count, stats.spaced)
        return stats


# What is counted of a text, remembered for the few texts seen last: a document repeats a
# sentence, a label or a list item close by (on the 90k project three segments in four have
# the source or target of one of the 64 before), and a repeat then costs no scan or hash.


@lru_cache(maxsize=64)
def _source_counts(source: str) -> tuple[int | None, tuple[str, ...]]:
    """A source's sentence key and its capitalised words (see :func:`source_capitals`)."""
    return sentence_key(source), tuple(source_capitals(source))


@lru_cache(maxsize=64)
def _target_counts(target: str) -> tuple[tuple[str, ...], int | None, tuple[str, ...]]:
    """A target's tokens, its key (None when it is blank) and its pairs of capitalised words."""
    tokens = target.split()  # split once: the target's key and its tokens
    # (split and strip agree on what whitespace is: the key of _target_key)
    key = _stable_hash(" ".join(tokens)) if tokens else None
    return tuple(tokens), key, tuple(_pairs(target)) if _PAIR_HINT.search(target) else ()


def target_tokens(target: str) -> tuple[str, ...]:
    """The whitespace-delimited tokens of a target (remembered for the texts seen last)."""
    return _target_counts(target)[0]


class TermStats:
    """Counts spelling variants of target words and translations of repeated source sentences.

    Built once per document (:class:`TermStatsBuilder`) and kept current with
    ``update(old, new)`` on every edit, so a keystroke costs work proportional to one segment,
    never to the document.
    """

    def __init__(self, document: SegmentLookup | None = None) -> None:
        # Where other segments are found by id (the document, or a project being streamed).
        self.document = document
        self.variants: dict[str, Counter[str]] = {}
        # Capitalised word pairs by the key they would have written as one word.
        self.spaced: dict[str, Counter[str]] = {}
        # source sentence hash -> target hash -> [count, id of one segment with it]
        self.translations: dict[int, dict[int, list[int]]] = {}
        self.paragraphs = ParagraphIds(array("q"), array("q"))  # each paragraph's segment ids, in order
        self.capitals: Counter[str] = Counter()  # capitalised words of the sources (_SOURCE_CAPITAL)
        self._inconsistent: set[str] = set()  # keys spelled more than one way
        self._spellings: _Spellings | None = None  # every spelling of those keys
        self._spellings_stale = False
        # How many times a check has asked for the paragraph of a segment that is not alone
        # in it. Whether it asks depends on the segment alone; a finding made without asking
        # depends on nothing else (see engine.Repeats).
        self.reads = 0

    def update(self, old: Segment, new: Segment) -> None:
        """Account for one edit (fits ``Document.subscribe``)."""
        self._count(old, -1)
        self._count(new, 1)
        if old.source != new.source:  # (a split or a merge)
            self.capitals.subtract(source_capitals(old.source))
            self.capitals.update(source_capitals(new.source))

    def _count(self, segment: Segment, step: int) -> None:
        for word in term_words(segment.target):
            self._add_word(word, step)
        for pair in _pairs(segment.target):
            self._add_word(pair, step, self.spaced)
        if sentence_key(segment.source) in self.translations:  # only repeated sources are kept
            self._count_translation(segment, step)

    def _add_word(self, word: str, step: int, table: dict[str, Counter[str]] | None = None) -> None:
        table = self.variants if table is None else table
        key, variant = term_key(word), term_variant(word)
        counter = table.setdefault(key, Counter())
        counter[variant] += step
        if counter[variant] <= 0:
            del counter[variant]
        if not counter:
            del table[key]
        inconsistent = len(self.variants_of(key)) > 1 and key in self.variants
        if inconsistent != (key in self._inconsistent):
            (self._inconsistent.add if inconsistent else self._inconsistent.discard)(key)
            self._spellings_stale = True

    def _count_translation(self, segment: Segment, step: int, key: int | None = None) -> None:
        key = sentence_key(segment.source) if key is None else key
        if key is None or not segment.target.strip():
            return
        targets = self.translations.setdefault(key, {})
        target_key = _target_key(segment.target)
        entry = targets.setdefault(target_key, [0, segment.id])
        entry[0] += step
        if entry[0] <= 0:
            del targets[target_key]
            if not targets:
                del self.translations[key]

    def inconsistent_words(self, text: str) -> Iterator[re.Match[str]]:
        """The words of ``text`` whose term is spelled more than one way in the document."""
        spellings = self._spellings
        if spellings is None or self._spellings_stale:
            self._spellings_stale = False
            spellings = self._spellings = _Spellings(
                {v.lower() for k in self._inconsistent for v in self.variants_of(k)}
            )
        for match in spellings.find(text):
            if (
                _eligible(match.group())
                and term_key(match.group()) in self._inconsistent
                and not in_address(text, match.start(), match.end())
            ):
                yield match

    def variants_of(self, word: str) -> Counter[str]:
        """How often each spelling of ``word``'s term occurs in the document's targets (as one
        word, hyphenated, or as two capitalised words)."""
        key = term_key(word)
        single, apart = self.variants.get(key), self.spaced.get(key)
        if apart is None or single is None:
            return single or Counter()
        return single + apart

    def other_translation(self, segment: Segment) -> tuple[str, int, int] | None:
        """A different, at least as frequent translation of this segment's source elsewhere:
        (its text, its count, this translation's count)."""
        if not self.translations:
            return None  # no source sentence occurs twice (most documents): no hash needed
        key = sentence_key(segment.source)
        if key is None or self.document is None:
            return None
        targets = self.translations.get(key, {})
        if len(targets) < 2:
            return None
        mine = _target_key(segment.target)
        own = targets.get(mine, [0, segment.id])[0]
        # The most frequent first (the first seen among equals): only its text is looked up,
        # unless that segment has gone or changed since.
        candidates = sorted(
            (-count, order, target_key, example)
            for order, (target_key, (count, example)) in enumerate(targets.items())
            if target_key != mine and count >= own and count > 0
        )
        for negative, _, target_key, example in candidates:
            try:
                text = self.document[example].target
            except KeyError:
                continue  # that segment is gone (split or merged since)
            if _target_key(text) == target_key:  # else it was edited since: a stale example
                return text, -negative, own
        return None

    def neighbours(self, segment: Segment) -> list[Segment]:
        """The other segments of ``segment``'s paragraph, current versions, in order."""
        return [s for s in self.paragraph(segment) if s.id != segment.id]

    def alone(self, segment: Segment) -> bool:
        """Whether ``segment`` is its paragraph (as far as these statistics know it)."""
        if self.document is None:
            return True
        ids = self.paragraphs.get(segment.paragraph)
        return len(ids) <= 1 or segment.id not in ids

    def paragraph(self, segment: Segment) -> list[Segment]:
        """The whole paragraph with ``segment`` (as given) in its place. Ids the document no
        longer holds (segments split or merged since the build) are skipped."""
        document = self.document
        if document is None or self.alone(segment):
            return [segment]
        self.reads += 1
        ids = self.paragraphs.get(segment.paragraph)
        found = []
        for i in ids:
            if i == segment.id:
                found.append(segment)
                continue
            try:
                other = document[i]
            except KeyError:
                continue
            if other.paragraph == segment.paragraph:
                found.append(other)
        return found


class _Spellings:
    """Finds given spellings in a text, case-insensitively, as whole words (a spelling may be
    two words one space apart, "Super Computer"); at a position the longest wins.

    A document may spell hundreds of terms two ways (catalogues joined from many programs): one
    alternative per spelling, tried in turn at every position, took some 150 µs a message.
    The spellings share a pattern shaped as a trie (each position tries one branch per next
    letter), and a text none of whose tokens holds a word of a spelling is answered from two
    sets without a scan.
    """

    def __init__(self, spellings: set[str]) -> None:
        words = {w for spelling in spellings for w in spelling.split(" ")}
        self._memo = TokenMemo(lambda token: not words.isdisjoint(map(str.lower, _WORD.findall(token))))
        self._pattern = (
            re.compile(word_trie(spellings, _WORD_EDGE) + r"(?!\w|[-\u2010]\w)", re.IGNORECASE)
            if spellings
            else None
        )

    def find(self, text: str) -> Iterator[re.Match[str]]:
        if self._pattern is None or not self._memo.any_suspect(text):
            return iter(())
        return self._pattern.finditer(text)


_WORD_EDGE = r"[\w\-\u2010]"  # before a spelling: it would be part of a longer word
