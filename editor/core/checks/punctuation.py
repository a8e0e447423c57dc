"""Punctuation: spacing around marks, doubled marks, unbalanced quotes and brackets, and final
punctuation that differs from the source."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterator
from functools import lru_cache

from editor.core.checks.artifacts import SLUG
from editor.core.checks.balance import MARKS, imbalance_of, marks, surplus, unclosed_end, unclosed_singles
from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.glued_marks import glued_across
from editor.core.checks.mark_slips import mark_slips
from editor.core.checks.opening_marks import unopened
from editor.core.checks.prose import everyday_sentence, plain
from editor.core.checks.quote_marks import (
    QuotePair,
    accent_apostrophes,
    foreign_pairs,
    foreign_quotes,
    typed_accents,
)
from editor.core.checks.quote_order import misplaced_marks
from editor.core.checks.registry import register
from editor.core.checks.salutation_marks import salutation_commas
from editor.core.checks.sentence_ends import cut_off
from editor.core.checks.spaced_marks import (
    SpacingStats,
    spaced_elisions,
    spaced_openers,
    tight_marks,
    unspaced_colons,
)
from editor.core.checks.stats_terms import term_stats
from editor.core.checks.straight_quotes import straight_quotes
from editor.core.langdata import language
from editor.core.model import Segment

_SPACE_BEFORE = re.compile(
    r"[ \t\u00a0\u202f]+(?P<mark>[.,;:!?)\]])(?=[\s\"'\u201c\u201d\u201e\u00ab\u00bb)\]]|$)"
)
# What a match of _SPACE_BEFORE needs: one of its marks right after one of its spaces. The mark
# first: marks are rarer than spaces, so this scan is three times faster than the pattern's own.
_SPACED_MARK = re.compile(r"[.,;:!?)\]](?<=[ \t\u00a0\u202f].)")
# Signs written after an amount ("15 £ ,"): a space before a mark after one is as wrong as after a word.
_AMOUNT_SIGNS = frozenset("%‰€£$¥₹₽₺₩₪")
# A letter, a mark, a letter: the core of a missing space; the words around are checked after.
# a mark after a letter before a letter; or a comma after a number before a short word and a
# space ("17h00,e as vagas")
_NO_SPACE_AFTER = re.compile(r"[.!?;,:](?<=[^\W\d_][.!?;,:])(?=[^\W\d_])|(?<=\d)[,;](?=[^\W\d_]{1,3} )")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+$")
_TOKEN_BEFORE = re.compile(r"[^\W_]+$")
_LETTERS_AFTER = re.compile(r"[^\W\d_]+")
# "..", ",,", ";;", ",.", "??", "!!" (not "...", "../", "1..10"); the mark first, so the scan is fast.
_DOUBLED = re.compile(
    r"[.,;](?:(?<![.\d/]\.)(?<=\.)\.(?![./\d])|(?<=,)[,.]|(?<=;);)"
    r"|(?<=\d)\.\.(?=\s|$)"  # after a number, before a space: no range ("1..10"), an ellipsis
    r"|[?!](?<=[^\W_].)(?:(?<=\?)\?|(?<=!)!)(?![?!])"  # "Domande??" after a word: no "?!", no "???"
)
_LAST_WORD = re.compile(r"[^\W_]\S*$")
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)")
_URLISH = re.compile(r"://|www\.|@")
_TRAILING = " \t\n\r\u00a0\u202f\"'\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019)]}"
_FINAL = {
    ".": ".",
    "!": "!",
    "?": "?",
    ":": ":",
    ";": ";",
    "\u2026": "\u2026",
    "\u3002": ".",
    "\uff01": "!",
    "\uff1f": "?",
}
_SENTENCE_MARKS = ".!?"
_END_MARKUP = re.compile(r"(?:\s*(?:</[a-zA-Z][\w:-]*>|\*\*|__))+\Z")  # closing tags, bold marks
_SINGLE_OPENERS = "\u201a\u2039\u2018"  # ‚ ‹ ‘
_HEADING = 4  # a word in capitals this long after a full stop: "VERALTET:", not "NET"
_LONG_AFTER_ACRONYM = 5  # "URL.Dieser", "RAM.Questo"; not "VB.Net"


def final_mark(text: str) -> tuple[str, int]:
    """The sentence-final mark (folded: "..." is "…") and where the text before it ends."""
    stop = len(text.rstrip(_TRAILING))
    if text[stop - 1 : stop] in (">", "*", "_"):  # markup after the sentence ("…</b>", "…**")
        stop = len(_END_MARKUP.sub("", text[:stop]).rstrip(_TRAILING))
    if text[:stop].endswith("..."):
        return "\u2026", stop - 3
    mark = _FINAL.get(text[stop - 1 : stop], "")
    return mark, stop - len(mark)


# A short word's dot closing a bracket at the text's end ("Canadian (intl.)"); one that ends a
# sentence ("…, icons only, etc.") is that sentence's full stop too
_ABBREVIATED = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,6})\.\)\W*\Z")


def _written_out(source: str, last: str, lang: str) -> bool:
    """Whether the source's final full stop is an abbreviation's in brackets (the language's
    own, "approx.", or one whose letters the translation's last word spells in order from its
    first, "intl." as "international"), not a sentence's end."""
    m = _ABBREVIATED.search(source)
    if m is None:
        return False
    short = m.group(1)
    if len(last) <= len(short) + 2:
        return False  # not written out ("etc." as "etc", a dot lost)
    if f"{short}.".lower() in {a.lower() for a in language(lang).abbreviations}:
        return True
    if not short.islower() or len(short) < 3 or short in language(lang).function_words:
        return False
    written = last.lower()
    if not written.startswith(short[0]) or not written.isalpha() or max(written) > "\u024f":
        return False  # a word of its own ("name." as "Bus-Name"), or of another script
    letters = iter(written)
    return all(c in letters for c in short)


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
        for part in self.parts():
            yield from part(segment, context)

    def parts(self) -> tuple[Callable[[Segment, CheckContext], Iterator[Issue]], ...]:
        # Quotes, brackets and the space before the next segment may ask for the paragraph
        # (for most segments: a quote or bracket is common); the rest is remembered for a
        # repeated text. Final punctuation comes last, as it did in one pass: a finding at the
        # same place as a bracket's keeps its order.
        return (self._marks_in_text, self._in_paragraph, self._final_in_text)

    def _marks_in_text(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """Spacing around marks and doubled marks: the segment's texts alone."""
        text = segment.target
        if not text.strip():
            return
        yield from self._spacing(segment, context)
        for found in unopened(text, context.target_lang, segment.source) if plain(text) else ():
            if found.fix is None:
                message = f"'{found.closer}' closes a sentence with no '{found.opener}' to open it"
            else:
                message = f"The sentence ends with '{found.closer}' and opens with no '{found.opener}'"
            yield self.issue(
                segment,
                context,
                found.start,
                found.end,
                message,
                fix=None if found.fix is None else Fix(found.start, found.end, found.fix),
            )
        closing = language(context.target_lang).salutation_mark
        for at in salutation_commas(segment.source, text, context.source_lang, context.target_lang):
            message = f"A {language(context.target_lang).name} salutation ends with '{closing}', not a comma"
            yield self.issue(segment, context, at, at + 1, message, fix=Fix(at, at + 1, closing))
        for at, apostrophe, what in accent_apostrophes(text, segment.source):
            yield self.issue(
                segment,
                context,
                at,
                at + 1,
                f"'{text[at]}' is {what}, not an apostrophe",
                fix=Fix(at, at + 1, apostrophe),
            )
        for start, end, fixed in typed_accents(text, segment.source, context.target_lang):
            why = f"'{text[start:end]}' writes an apostrophe for the accent of '{fixed}'"
            yield self.issue(segment, context, start, end, why, fix=Fix(start, end, fixed))
        for slip in mark_slips(text, segment.source, context.target_lang):
            yield self.issue(
                segment, context, slip.start, slip.end, slip.why, fix=Fix(slip.start, slip.end, slip.fix)
            )
        for mark in misplaced_marks(text, segment.source, context.target_lang, context.source_lang):
            fix = Fix(mark.start, mark.end, mark.fix)
            yield self.issue(segment, context, mark.start, mark.end, mark.why, fix=fix)
        doubled = _beyond_source(_DOUBLED, text, segment.source, lambda m: m.group())
        for match in doubled:
            yield self.issue(
                segment,
                context,
                match.start(),
                match.end(),
                f"Doubled punctuation '{match.group()}'",
                fix=Fix(match.start(), match.end(), match.group()[-1]),
                severity=Severity.ERROR,
            )

    def _in_paragraph(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A space lost before the next segment, quotes and brackets paired over the
        paragraph, quotation marks of a style the paragraph shows: what may ask for it."""
        text = segment.target
        if not text.strip():
            return
        if not segment.gap and text[-1] in _SENTENCE_MARKS and segment.target_par is not None:
            yield from self._lost_gap(segment, context)
        foreign = foreign_pairs(context.source_lang, context.target_lang)
        slips = []
        if foreign and any(pair.closer in text for pair in foreign):
            slips = list(self._foreign_quotes(segment, context, foreign))
        if MARKS.search(text):
            # (a quotation closed with a mark of the other kind, "„…‘", is that slip, no more)
            ends = {at for slip in slips for at in (slip.start, slip.end - 1)}
            yield from (i for i in self._balance(segment, context) if i.start not in ends)
        if "\u2018" in text or "\u201a" in text:
            for start, end in unclosed_singles(segment.source, text):
                why = f"Unbalanced quotation mark '{text[start]}': never closed (the source closes its own)"
                closer = "\u2018" if text[start] == "\u201a" else "\u2019"
                fix = Fix(start, end, text[start:end] + closer)
                yield self.issue(segment, context, start, end, why, fix=fix)
        for slip in straight_quotes(segment, context) if '"' in text else ():
            fix = Fix(slip.start, slip.end, slip.fix)
            yield self.issue(
                segment, context, slip.start, slip.end, slip.why, fix=fix, severity=slip.severity
            )
        yield from slips

    def _final_in_text(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """Final punctuation against the source's: the segment's texts alone."""
        if segment.target.strip() and segment.source.strip():
            yield from self._final(segment, context)

    def _spacing(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        text = segment.target
        spaced = language(context.target_lang).spaced_punctuation
        before: list[re.Match[str]] = []
        if _SPACED_MARK.search(text):
            before = _beyond_source(_SPACE_BEFORE, text, segment.source, lambda m: m.group("mark"))
        for match in before:
            mark = match.group("mark")
            start = text.rfind(" ", 0, match.start()) + 1
            word = text[start : match.start()]
            if mark in spaced or not any(ch.isalnum() or ch in _AMOUNT_SIGNS for ch in word):
                continue  # French: a (narrow) no-break space before ; : ! ? is the rule
            end = match.end()
            yield self.issue(
                segment,
                context,
                start,
                end,
                f"Space before '{mark}'",
                fix=Fix(start, end, word + mark),
                severity=Severity.ERROR,
            )
        for start, end, mark in spaced_openers(text, segment.source) + spaced_elisions(
            text, segment.source, context.target_lang
        ):
            fix = Fix(start, end, mark)
            yield self.issue(
                segment, context, start, end, f"Space after '{mark}'", fix=fix, severity=Severity.ERROR
            )
        for spacing in (
            getattr(context.stats, "spacing", None),
            getattr(context.stats, "quote_spacing", None),
        ):
            if not isinstance(spacing, SpacingStats) or not spacing.house_style:
                continue
            for pos, mark in tight_marks(segment, spacing):
                after = mark in spacing.openers
                side = "after" if after else "before"
                yield self.issue(
                    segment,
                    context,
                    pos,
                    pos + 1,
                    f"No space {side} '{mark}', which this translation writes elsewhere"
                    if spacing.spaced
                    else f"No space {side} '{mark}', which {language(context.target_lang).name} "
                    "typography writes, and this translation follows it (no-break spaces)",
                    fix=Fix(pos, pos + 1, mark + spacing.space if after else spacing.space + mark),
                )
        spacing = getattr(context.stats, "spacing", None)
        if isinstance(spacing, SpacingStats) and ":" in text and everyday_sentence(text, context.stats):
            for pos in unspaced_colons(segment, spacing):
                why = f"No space before ':', which {language(context.target_lang).name} writes before a colon"
                yield self.issue(segment, context, pos, pos + 1, why, fix=Fix(pos, pos + 1, "\u00a0:"))
        for match in _beyond_source(_NO_SPACE_AFTER, text, segment.source, lambda m: m.group()):
            found = _missing_space(text, match.start(), context.target_lang)
            if found is not None:
                start, end = found
                mark = text[match.start()]
                replacement = text[start : match.start() + 1] + " " + text[match.end() : end]
                yield self.issue(
                    segment, context, start, end, f"No space after '{mark}'", fix=Fix(start, end, replacement)
                )

    def _lost_gap(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A sentence mark that ends the segment with no space before the next sentence of
        its paragraph in the target file ("altro?Chiami" split as two sentences): the space is
        lost there as within a segment. Rebuilding the target file puts a space back, so there
        is nothing to fix."""
        terms = term_stats(context.stats)
        if terms is None or final_mark(segment.source)[0] not in _SENTENCE_MARKS:
            return
        paragraph = terms.paragraph(segment)
        index = next(i for i, part in enumerate(paragraph) if part.id == segment.id)
        following = paragraph[index + 1] if index + 1 < len(paragraph) else None
        if following is None or following.target_par != segment.target_par or not following.target:
            return
        text, sources = segment.target, (segment.source, following.source)
        found = _missing_space(text + following.target, len(text) - 1, context.target_lang)
        found = found or glued_across(sources, (text, following.target), context.target_lang)
        if found is not None and found[1] > len(text):
            yield self.issue(segment, context, found[0], len(text), f"No space after '{text[-1]}'")

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
        pairs = dict(language(context.target_lang).quotes)
        for pos in _surplus(source, target, context.source_lang, context.target_lang):
            pos -= offset
            if not 0 <= pos < len(segment.target):
                continue
            mark = segment.target[pos]
            closing = unclosed_end(segment.source, segment.target, pos, pairs)
            if closing is None:
                yield self.issue(segment, context, pos, pos + 1, _unbalanced(mark))
                continue
            # the quotation or bracket, from its opening mark to where the source closes its own
            end, closer = closing
            what = "bracket" if mark == "(" else "quotation mark"
            why = f"Unbalanced {what} '{mark}': never closed (the source closes it here)"
            fix = Fix(pos, end, segment.target[pos:end] + closer)
            yield self.issue(segment, context, pos, end, why, fix=fix)

    def _foreign_quotes(
        self, segment: Segment, context: CheckContext, foreign: tuple[QuotePair, ...]
    ) -> Iterator[Issue]:
        """Quotation marks of another language's style (see :func:`foreign_quotes`)."""
        for slip in foreign_quotes(segment, context, foreign):
            fix = Fix(slip.start, slip.end, slip.fix)
            yield self.issue(
                segment, context, slip.start, slip.end, slip.why, fix=fix, severity=slip.severity
            )

    def _final(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        src_mark, _ = final_mark(segment.source)
        tgt_mark, stop = final_mark(segment.target)
        if src_mark == tgt_mark:
            return
        text = segment.target
        if not tgt_mark and src_mark in _SENTENCE_MARKS:
            written = dict(language(context.target_lang).sentence_marks).get(src_mark, src_mark)
            last = _LAST_WORD.search(text, 0, stop)
            word = last.start() if last else stop - 1
            if word < 0 or (SLUG.fullmatch(text, word, stop) and text[word:stop] not in segment.source):
                return  # the text ends in debris (stray_artifact's): the stop goes before it
            if src_mark == "." and _written_out(segment.source, text[word:stop], context.source_lang):
                return  # "(QWERTY, intl.)" as "(QWERTY, internacional)": an abbreviation's dot
            yield self.issue(
                segment,
                context,
                word,
                stop,
                f"No final '{written}' as in the source",
                fix=Fix(word, stop, text[word:stop] + written),
            )
            return
        if not tgt_mark:
            return
        where = (stop, stop + (3 if text[stop : stop + 3] == "..." else 1))
        if (
            tgt_mark == "?"
            and src_mark in ("", ".")
            and _indirect_question(segment.source, context.source_lang)
        ):
            yield self.issue(
                segment,
                context,
                *where,
                f"Final '?' where the source has '{src_mark or 'none'}': "
                "its indirect question is asked directly",
                severity=Severity.INFO,
            )
            return
        if src_mark == "?" or tgt_mark == "?":
            yield self.issue(
                segment,
                context,
                *where,
                f"Final '{tgt_mark}' where the source has '{src_mark or 'none'}'",
                fix=Fix(*where, src_mark) if src_mark in "?.!" and src_mark else None,
            )
            return
        cut = tgt_mark == "\u2026" and src_mark == "." and cut_off(segment.source)
        yield self.issue(
            segment,
            context,
            *where,
            f"Final '{tgt_mark}' where the source has '{src_mark or 'none'}'"
            + (": the sentence looks cut off" if cut else ""),
            severity=Severity.WARNING if cut else Severity.INFO,
        )


def _indirect_question(source: str, lang: str) -> bool:
    """Whether the source opens with a word of an indirect question ("Whether the item is
    shown", "How long to wait"): a translation may ask it ("Soll … angezeigt werden?")."""
    first = _FIRST_WORD.match(source)
    return first is not None and first.group(1).lower() in language(lang).question_words


def _beyond_source(
    pattern: re.Pattern[str], target: str, source: str, kind: Callable[[re.Match[str]], str]
) -> list[re.Match[str]]:
    """The matches of ``pattern`` in the target, except those of a kind the source shows at
    least as often: spacing the author chose ("[ NAME ]", "a..b", "key:value" in syntax and
    lists) is a convention the translation keeps, not a slip."""
    found = list(pattern.finditer(target))
    if not found:
        return found
    mine = Counter(map(kind, found))
    theirs = Counter(map(kind, pattern.finditer(source)))
    return [m for m in found if mine[kind(m)] > theirs[kind(m)]]


@lru_cache(maxsize=8)
def _surplus(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, ...]:
    """Positions of the target paragraph's quotes and brackets with no source counterpart
    (cached: every segment of a paragraph asks the same question)."""
    if imbalance_of(source, source_lang) == imbalance_of(target, target_lang):
        return ()  # what surplus would find, without building the marks
    found = surplus(
        marks(source, source_lang), len(source), marks(target, target_lang), len(target), target, target_lang
    )
    return tuple(mark.pos for mark in found)


def _missing_space(text: str, pos: int, lang: str) -> tuple[int, int] | None:
    """The words around the mark at ``pos`` when they are two words run together, not an
    abbreviation ("z.B."), a name ("ASP.NET", "Node.js") or part of a URL or address."""
    left = _LETTERS_BEFORE.search(text, 0, pos) or (
        _TOKEN_BEFORE.search(text, 0, pos) if text[pos] in ",;" else None
    )
    right = _LETTERS_AFTER.match(text, pos + 1)
    if left is None or right is None:
        return None
    start, end = left.start(), right.end()
    word, nxt, mark = left.group(), right.group(), text[pos]
    if len(word) < 2 or not _two_words(word, nxt, mark, text[end : end + 1], lang):
        return None
    if start > 0 and text[start - 1] in ".@/:&" or text[start - 1 : start].isalnum():  # "&nbsp;"
        return None
    after = text[end : end + 2]
    address = after[:1] in ("@", "/") or (after[:1] == ":" and after[1:] not in ("", " "))
    if address or (after[:1] == "." and after[1:].isalpha()):
        return None  # an address ("user@host", "http://", "host:port") or a name ("a.b.c")
    chunk_start = text.rfind(" ", 0, start) + 1
    chunk_end = text.find(" ", end)
    if _URLISH.search(text, chunk_start, len(text) if chunk_end < 0 else chunk_end):
        return None
    return start, end


def _two_words(word: str, nxt: str, mark: str, follows: str, lang: str) -> bool:
    """Whether ``word``, ``mark`` and ``nxt`` are two words whose space was lost. After a
    sentence mark the next word starts a sentence: capitalised ("Monat.Laut"), a function
    word of one letter ("attiva.I possibili", "ignorata.L'applicazione"), or a heading in
    capitals ("festgelegt.VERALTET:"). After an acronym ("URL.Dies") only a function word or
    a long word will do: "ASP.NET" and "VB.Net" are names."""
    data = language(lang)
    if mark == ":" and nxt in data.gender_endings:
        return False  # a gender colon ("Bürger:innen")
    if mark not in _SENTENCE_MARKS:
        if len(nxt) == 1 or not word[-1].isalpha():  # "quintas,e as", "17h00,e as", "12h30;as"
            return mark in ",;" and nxt.lower() in data.function_words and follows == " "
        return not word[-1].isupper()
    function_word = nxt.lower() in data.function_words and nxt.lower() not in data.capitalised_pronouns
    if len(nxt) == 1:
        return nxt.isupper() and function_word and follows in (" ", "'", "’") and not word[-1].isupper()
    if nxt.isupper():
        return len(nxt) >= _HEADING and word[-1].islower() and follows in (" ", ":")
    if not (nxt[0].isupper() and nxt[1:].islower()):
        return False
    return not word[-1].isupper() or function_word or len(nxt) >= _LONG_AFTER_ACRONYM


def _unbalanced(char: str) -> str:
    kind = "quotation mark" if char not in "()[]{}" else "bracket"
    return f"Unbalanced {kind} '{char}': it has no counterpart in the source"
