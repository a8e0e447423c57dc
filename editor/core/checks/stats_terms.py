"""Document-wide term statistics: spelling variants, repeated sources, paragraph neighbours."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from editor.core.model import Document, Segment

# Words with inner hyphens; the unit whose spelling variants are compared.
_WORD = re.compile(r"[^\W\d_][^\W_]*(?:[-\u2010][^\W_]+)*")
_SPACE = re.compile(r"\s+")
_MIN_KEY = 4  # shorter words vary legitimately ("An"/"an") and carry no term
_MIN_SENTENCE_WORDS = 4  # "Thank you." may be translated by context


def term_key(word: str) -> str:
    """What every spelling variant of a term shares: lowercase, no hyphens."""
    return word.lower().replace("-", "").replace("\u2010", "")


def term_variant(word: str) -> str:
    """The spelling as compared: the first letter's case is free (sentence starts, German)."""
    return word[:1].lower() + word[1:]


def term_words(text: str) -> Iterator[re.Match[str]]:
    """The words of ``text`` that can carry a term."""
    for match in _WORD.finditer(text):
        word = match.group()
        # Words in capitals for emphasis or headlines would differ from their usual spelling.
        if len(word) >= _MIN_KEY and not (len(word) > 5 and word.isupper()):
            yield match


def sentence_key(text: str) -> int | None:
    """A hash of a source sentence worth comparing across the document, else None."""
    norm = _SPACE.sub(" ", text.strip().lower())
    if norm.count(" ") + 1 < _MIN_SENTENCE_WORDS:
        return None
    return hash(norm)


def term_stats(stats: object) -> TermStats | None:
    """The :class:`TermStats` inside a context's ``stats``, if it was built."""
    terms = getattr(stats, "terms", None)
    return terms if isinstance(terms, TermStats) else None


def _target_key(text: str) -> int:
    return hash(_SPACE.sub(" ", text.strip()))


class TermStats:
    """Counts spelling variants of target words and translations of repeated source sentences.

    Built once per document (``build``) and kept current with ``update(old, new)`` on every
    edit, so a keystroke costs work proportional to one segment, never to the document.
    """

    def __init__(self, document: Document | None = None) -> None:
        self.document = document
        self.variants: dict[str, Counter[str]] = {}
        # source sentence hash -> target hash -> [count, id of one segment with it]
        self.translations: dict[int, dict[int, list[int]]] = {}
        self.paragraphs: dict[int, list[int]] = {}

    @classmethod
    def build(cls, document: Document) -> TermStats:
        stats = cls(document)
        for segment in document:
            stats.paragraphs.setdefault(segment.paragraph, []).append(segment.id)
            stats._count(segment, 1)
        return stats

    def update(self, old: Segment, new: Segment) -> None:
        """Account for one edit (fits ``Document.subscribe``)."""
        self._count(old, -1)
        self._count(new, 1)

    def _count(self, segment: Segment, step: int) -> None:
        for match in term_words(segment.target):
            word = match.group()
            key, variant = term_key(word), term_variant(word)
            counter = self.variants.setdefault(key, Counter())
            counter[variant] += step
            if counter[variant] <= 0:
                del counter[variant]
                if not counter:
                    del self.variants[key]
        key = sentence_key(segment.source)
        if key is None or not segment.target.strip():
            return
        targets = self.translations.setdefault(key, {})
        entry = targets.setdefault(_target_key(segment.target), [0, segment.id])
        entry[0] += step
        if entry[0] <= 0:
            del targets[_target_key(segment.target)]
            if not targets:
                del self.translations[key]

    def variants_of(self, word: str) -> Counter[str]:
        """How often each spelling of ``word``'s term occurs in the document's targets."""
        return self.variants.get(term_key(word), Counter())

    def other_translation(self, segment: Segment) -> tuple[str, int, int] | None:
        """A different, at least as frequent translation of this segment's source elsewhere:
        (its text, its count, this translation's count)."""
        key = sentence_key(segment.source)
        if key is None or self.document is None:
            return None
        targets = self.translations.get(key, {})
        mine = _target_key(segment.target)
        own = targets.get(mine, [0, segment.id])[0]
        best: tuple[str, int, int] | None = None
        for target_key, (count, example) in targets.items():
            if target_key == mine or count < own or count <= 0:
                continue
            text = self.document[example].target
            if _target_key(text) != target_key:
                continue  # that segment was edited since; its entry's example is stale
            if best is None or count > best[1]:
                best = (text, count, own)
        return best

    def neighbours(self, segment: Segment) -> list[Segment]:
        """The other segments of ``segment``'s paragraph, current versions, in order."""
        if self.document is None:
            return []
        ids = self.paragraphs.get(segment.paragraph, [])
        return [self.document[i] for i in ids if i != segment.id]

    def paragraph(self, segment: Segment) -> list[Segment]:
        """The whole paragraph with ``segment`` (as given) in its place."""
        if self.document is None or segment.paragraph not in self.paragraphs:
            return [segment]
        ids = self.paragraphs[segment.paragraph]
        if segment.id not in ids:
            return [segment]
        return [segment if i == segment.id else self.document[i] for i in ids]
