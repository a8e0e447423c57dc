"""Punctuation: spacing around marks, doubled marks, unbalanced quotes and brackets, and final
punctuation that differs from the source."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks.balance import MARKS, marks, surplus
from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.checks.stats_terms import term_stats
from editor.core.langdata import language
from editor.core.model import Segment

_SPACE_BEFORE = re.compile(
    r"(?P<word>[^\s\-\u2013\u2014]*[^\W_][^\s]*?)(?P<space>[ \t\u00a0\u202f]+)"
    r"(?P<mark>[.,;:!?)\]])(?=[\s\"'\u201c\u201d\u201e\u00ab\u00bb)\]]|$)"
)
_NO_SPACE_AFTER = re.compile(
    r"(?<![\w.@/:])(?P<left>[^\W\d_]+[^\W\d_A-Z])(?P<mark>[.!?;,:])"
    r"(?P<right>[^\W\d_][^\W\d_]+)(?![\w@/:]|\.[^\W\d_])"
)
_DOUBLED = re.compile(r"(?<![.\d/])\.\.(?![./\d])|,,|;;|,\.")
_LAST_WORD = re.compile(r"[^\W_]\S*$")
_URLISH = re.compile(r"://|www\.|@")
_TRAILING = re.compile(r"[\s\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019)\]}]*$")
_FINAL = {".": ".", "!": "!", "?": "?", ":": ":", ";": ";", "\u2026": "\u2026",
          "\u3002": ".", "\uff01": "!", "\uff1f": "?"}
_SENTENCE_MARKS = ".!?"


def final_mark(text: str) -> tuple[str, int]:
    """The sentence-final mark (folded: "..." is "…") and where the text before it ends."""
    end = _TRAILING.search(text)
    stop = end.start() if end else len(text)
    if text[:stop].endswith("..."):
        return "\u2026", stop - 3
    mark = _FINAL.get(text[stop - 1: stop], "")
    return mark, stop - len(mark)


@register
class PunctuationCheck(Check):
    id = "punctuation"
    name = "Punctuation"
    description = (
        "Spaces before punctuation, missing spaces after it, doubled marks, quotation marks "
        "and brackets left unbalanced (under the target language's quote style), and final "
        "punctuation that differs from the source."
    )
    severity = Severity.WARNING
    category = "Fluency/Punctuation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        text = segment.target
        if not text.strip():
            return
        yield from self._spacing(segment, context)
        for match in _DOUBLED.finditer(text):
            yield self.issue(segment, context, match.start(), match.end(),
                             f"Doubled punctuation '{match.group()}'",
                             fix=Fix(match.start(), match.end(), match.group()[-1]),
                             severity=Severity.ERROR)
        if MARKS.search(text):
            yield from self._balance(segment, context)
        if segment.source.strip():
            yield from self._final(segment, context)

    def _spacing(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        text = segment.target
        spaced = language(context.target_lang).spaced_punctuation
        for match in _SPACE_BEFORE.finditer(text):
            mark = match.group("mark")
            if mark in spaced:
                continue  # French: a (narrow) no-break space before ; : ! ? is the rule
            word, start, end = match.group("word"), match.start(), match.end()
            yield self.issue(segment, context, start, end, f"Space before '{mark}'",
                             fix=Fix(start, end, word + mark), severity=Severity.ERROR)
        for match in _NO_SPACE_AFTER.finditer(text):
            mark, right = match.group("mark"), match.group("right")
            if mark in _SENTENCE_MARKS and not (right[0].isupper() and right[1:].islower()):
                continue
            chunk = text[max(0, match.start() - 30): match.end() + 30].split()
            if any(_URLISH.search(piece) for piece in chunk if match.group() in piece):
                continue
            start, end = match.start(), match.end()
            replacement = match.group("left") + mark + " " + right
            yield self.issue(segment, context, start, end, f"No space after '{mark}'",
                             fix=Fix(start, end, replacement))

    def _balance(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        paragraph = [segment]
        terms = term_stats(context.stats)
        if terms is not None:
            paragraph = terms.paragraph(segment)
        source = " ".join(s.source for s in paragraph if s.source)
        offset, pieces = 0, list[str]()
        for part in paragraph:
            if part.id == segment.id:
                offset = sum(len(p) + 1 for p in pieces)
            if part.target:
                pieces.append(part.target)
        target = " ".join(pieces)
        src_marks = marks(source, context.source_lang)
        tgt_marks = marks(target, context.target_lang)
        for mark in surplus(src_marks, len(source), tgt_marks, len(target), target,
                            context.target_lang):
            pos = mark.pos - offset
            if 0 <= pos < len(segment.target):
                yield self.issue(segment, context, pos, pos + 1, _unbalanced(mark.char))

    def _final(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        src_mark, _ = final_mark(segment.source)
        tgt_mark, stop = final_mark(segment.target)
        if src_mark == tgt_mark:
            return
        text = segment.target
        if not tgt_mark and src_mark in _SENTENCE_MARKS:
            last = _LAST_WORD.search(text, 0, stop)
            word = last.start() if last else stop
            yield self.issue(segment, context, word, stop,
                             f"No final '{src_mark}' as in the source",
                             fix=Fix(word, stop, text[word:stop] + src_mark))
            return
        if not tgt_mark:
            return
        where = (stop, stop + (3 if text[stop:stop + 3] == "..." else 1))
        if src_mark == "?" or tgt_mark == "?":
            yield self.issue(segment, context, *where,
                             f"Final '{tgt_mark}' where the source has '{src_mark or 'none'}'",
                             fix=Fix(*where, src_mark) if src_mark in "?.!" and src_mark else None)
            return
        yield self.issue(segment, context, *where,
                         f"Final '{tgt_mark}' where the source has '{src_mark or 'none'}'",
                         severity=Severity.INFO)


def _unbalanced(char: str) -> str:
    kind = "quotation mark" if char not in "()[]{}" else "bracket"
    return f"Unbalanced {kind} '{char}': it has no counterpart in the source"
