"""lost_qualifier: a qualifier of the source ("about 30", "5 € each", "only", "except") with no
word of its kind anywhere in the translation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.base import Check, CheckContext, Issue, Severity
from editor.core.checks.negation_blanks import second_negation
from editor.core.checks.negation_parts import gap_at, negations_in
from editor.core.checks.negation_words import (
    CONTRACTED,
    WORD,
    any_word,
    negating,
    negation_pattern,
    sentence_begin,
    sentence_of,
)
from editor.core.checks.prose import everyday_sentence, running_prose, technical_document
from editor.core.checks.qualifier_added import ADDED
from editor.core.checks.qualifier_bounds import lost_bound, may_bound
from editor.core.checks.registry import register
from editor.core.checks.tax_basis import TAX_WORDS, tax_added, tax_slip
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language
from editor.core.model import Segment
from editor.core.text import SPACELESS_CHAR

_STEM = 5  # letters from which a word also opens its inflected forms ("einzig" -> "einzigen")
_AMOUNT = r"(?:(?:[$€£¥]|[A-Z]{2,3}\$?)\s?)?\d[\d.,]*(?:\s?[%$€£¥])?"
# A price: an amount with a currency sign or code ("£8", "3,000 NPR"); "8 kB each" is a size.
_PRICE = r"(?:(?:[$€£¥]|\b[A-Z]{2,3}\$?)\s?\d[\d.,]*|\d[\d.,]*\s?(?:[$€£¥]|[A-Z]{3}\b))"
# A year is no amount: "painted around 1525" is said "um 1525", with the word for "at".
_YEAR = r"(?!(?:1[5-9]|20)\d\d\b)"
_MAX_WORDS = 40  # words of a source read for "only" and "except": one sentence, not a help text
# A tax's name or sign in a source: a cheap first test for a price's tax said the other way.
# Letters any word for a tax holds, lowercase ("VAT", "MwSt.", "IVA", "HT"): a cheap first test.
# What each kind of qualifier says, for the message.
_SAYS = {
    "hedges": "an estimate",
    "distributives": "an amount for each one",
    "restrictives": "a restriction",
    "exclusions": "an exception",
    "gratis": "no charge",
    "wholes": "the whole amount",
    "unless": "a condition",
}


def _alternation(entries: frozenset[str], wide: bool = False, exact: bool = False) -> str:
    """One regex alternative per entry, longest first, each ending at a word's end; a long
    word also opens its endings, an elided one ("qu'") runs on into its word."""
    parts = []
    for entry in sorted(entries, key=len, reverse=True):
        escaped = re.escape(entry).replace("'", "['’]")
        if wide or entry.endswith("'"):
            parts.append(escaped)
        elif len(entry) >= _STEM and entry.isalpha() and not exact:
            parts.append(escaped + r"\w*")
        else:
            parts.append(escaped + r"(?![\w-])")
    return "|".join(parts)


@lru_cache(maxsize=64)
def _target_pattern(lang: str, kind: str) -> re.Pattern[str] | None:
    """Any word of the target language's class ``kind`` (its restrictive words with "only")."""
    data = language(lang)
    if kind == "unless":  # "unless" said with the language's own, or as an exception ("sauf si")
        entries = data.unless_words | data.qualifiers.exclusions
    else:
        entries = getattr(data.qualifiers, kind)
    if kind == "restrictives":
        entries |= data.restrictive_words
    if kind == "gratis" and entries:
        entries |= data.qualifiers.free_words  # ("a free afternoon": "un pomeriggio libero")
    if not entries:
        return None
    if data.wide_script:  # no spaces between words: any occurrence counts
        return re.compile(_alternation(entries, wide=True))
    unrelated = data.qualifiers.unrelated
    skip = rf"(?!(?:{_alternation(unrelated, exact=True)}))" if unrelated else ""
    return re.compile(rf"(?<!\w){skip}(?:{_alternation(entries)})", re.IGNORECASE)


@lru_cache(maxsize=16)
def _source_patterns(lang: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """Each kind of qualifier the source language can be read for, with its pattern: an
    estimate before an amount, "each" after one, a restriction, an exception."""
    data = language(lang).qualifiers
    found = []
    if data.hedges:
        words = _alternation(frozenset(w for w in data.hedges if w[:1].isalpha()), exact=True)
        found.append(("hedges", re.compile(rf"(?<![\w-])(?:{words})(?=\s+{_YEAR}{_AMOUNT})")))
    if data.distributives:
        words = _alternation(frozenset(w for w in data.distributives if w in _EACH), exact=True)
        if words:
            found.append(
                (
                    "distributives",
                    re.compile(rf"{_PRICE}\s+(?:[^\W\d]+\s+)?(?:{words})"),
                )
            )
    for kind in ("restrictives", "exclusions", "gratis", "wholes"):
        entries = getattr(data, kind)
        if entries:
            found.append((kind, re.compile(rf"(?<![\w-])(?:{_alternation(entries, exact=True)})")))
    if unless := _unless(lang):
        found.append(("unless", re.compile(rf"(?<![\w-])(?:{_alternation(unless, exact=True)})")))
    return tuple(found)


@lru_cache(maxsize=16)
def _unless(lang: str) -> frozenset[str]:
    """The language's words for "unless" that open with no restrictive word ("only if" is a
    restriction, read as one)."""
    data = language(lang)
    return frozenset(w for w in data.unless_words if w.split()[0] not in data.restrictive_words)


# Words for "each" after an amount ("3 € each", "two tickets each"); "per" before a unit is a rate.
_EACH = frozenset({"each", "apiece"})


def _unless_said(source: str, target: str, context: CheckContext, negated: bool) -> bool:
    """Whether a translation with no word for "unless" may say it otherwise: as a restriction
    ("no refund unless …" said "nur wenn …"), as "if … not" (more negations than the source),
    or, for a negated rule, in words of its own with no negation ("Do not accept a key unless
    held …" said "Délai … entre l'appui et son acceptation") or as a time before which it holds,
    after the negation ("not correct unless you restart" said "pas correcte avant d'avoir
    relancé"; not "24 Stunden vorher … weder … noch"). Not read in a language without the
    words ("пока не", "でなければ" are grammar)."""
    if not language(context.target_lang).unless_words:
        return True
    written = _negations(target, context.target_lang)
    if negated and not written:
        return True
    before = (
        language(context.source_lang).opposites.prior_words,
        language(context.target_lang).opposites.prior_words,
    )
    pattern = negation_pattern(context.target_lang)
    denied = pattern.search(target.lower()) if negated and pattern is not None else None
    if denied is not None and _count(target[denied.end() :], before[1]) > _count(source, before[0]):
        return True  # "not … unless you restart" said "pas … avant d'avoir relancé": before
    return _said_as_restriction(target, context.target_lang) or written > _negations(
        source, context.source_lang
    )


def _negations(text: str, lang: str) -> int:
    """How many negations ``text`` says ("ne … pas" once, "doesn't" once)."""
    pattern = negation_pattern(lang)
    openers = language(lang).negation_openers
    return 0 if pattern is None else len(negations_in(text.lower(), pattern, openers))


def _negated(text: str, lang: str) -> bool:
    pattern = negation_pattern(lang)
    return pattern is not None and negating(text, pattern) is not None


# The last two words or numbers, the closing marks after them aside ("krijgen 10%", "in de velden")
_LAST_WORDS = re.compile(r"[^\W_][^\s]*?(?:\s+[^\W_][^\s]*?)?(?=[^\w%‰°]*$)")


def _inclusion(target: str, lang: str) -> tuple[int, int] | None:
    """The span of the first word of the target language's for including ("incluindo",
    "einschließlich"; data ``opposites.included_words``), as a whole word."""
    pattern = _inclusion_pattern(lang)
    lowered = target.lower()
    if pattern is None or len(lowered) != len(target):
        return None  # (a letter whose lowercase is longer would shift the offsets)
    found = pattern.search(lowered)
    return found.span() if found is not None else None


@lru_cache(maxsize=16)
def _inclusion_pattern(lang: str) -> re.Pattern[str] | None:
    return any_word(language(lang).opposites.included_words)


_CLAUSE_MARKS = re.compile(r"[,;:.!?]")
_CLAUSED = ("exclusions", "unless")  # qualifiers with a phrase of their own ("except on Sundays")
# ... which their word and up to three more make, to its clause's or a bracket's end
_PHRASE = re.compile(r"\S+(?:\s+[^\s,;:.!?()]+){0,3}")

_OPENING_CAPITAL = re.compile(r"(?:^|(?<=[.!?:] ))[A-Z](?=[a-z])")


def _carried(source: str, at: int, lang: str) -> bool:
    """Whether a negation of ``source`` may carry the restriction at ``at``: one in its clause
    ("cannot use only one"; not with an auxiliary between, which opens another verb), or
    opening a clause with no verb of its own ("by card only, not in cash"). A negation with a
    clause and a verb of its own restricts nothing of the other's ("served from the kitchen
    only, and cooking … is not allowed"), nor one joined on ("only volunteers may use them,
    and never alone")."""
    pattern = negation_pattern(lang)
    if pattern is None:
        return True
    auxiliaries = language(lang).auxiliaries
    start = 0
    for stop in [*(m.start() for m in _CLAUSE_MARKS.finditer(source)), len(source)]:
        clause, opened = source[start:stop], start
        start = stop + 1
        negation = negating(clause, pattern)
        if negation is None:
            continue
        if opened <= at < stop:
            between = WORD.findall(clause, negation[1], max(negation[1], at - opened))
            # (an auxiliary between opens the verb the restriction is of: "pieces not
            # collected in 30 days will be kept for 30 days only")
            return not any(w.lower() in auxiliaries for w in between)
        words = WORD.findall(clause)
        if negating(" ".join(words[:1]), pattern) is not None and not (
            CONTRACTED.search(clause) or any(w.lower() in auxiliaries for w in words)
        ):
            return True  # ", not in cash"; not ", and never alone", a rule of its own
    return False


_CLAUSE_COMMA = re.compile(r",(?!\d)")  # a comma between clauses, not a decimal one ("2,80 m")


def _closing_clause(source: str, start: int, target: str, lang: str) -> tuple[int, int] | None:
    """For a qualifier that opens the last clause of the source's last sentence after a comma
    ("…, except assistance dogs.", maybe with a relative clause of its own after it, "…, which
    must be announced"), where the translation's last sentence has fewer such clauses: its
    last two words, where the clause would follow ("in de velden."); else None."""
    if not source[:start].rstrip().endswith(",") or _CLAUSE_MARK.search(source, start):
        return None  # (a clause of a semicolon or a colon after it; not a clock time's "2:00")
    if _NEXT_SENTENCE.search(source, start) or any(
        not _relative(source, comma.end(), lang) for comma in _CLAUSE_COMMA.finditer(source, start)
    ):
        return None  # (a sentence, or a clause other than a relative one, after it)
    clauses = len(_CLAUSE_COMMA.findall(source, sentence_begin(source, start)))
    written = target[sentence_begin(target, len(target.rstrip()) - 1) :]
    if SPACELESS_CHAR.search(target) or len(_CLAUSE_COMMA.findall(written)) >= clauses:
        return None  # (a script written without spaces has no words to point at)
    last = _LAST_WORDS.search(target)
    return last.span() if last is not None else None


def _long(source: str, at: int) -> bool:
    """Whether the source is too long to read its "only" or "except" at ``at``: more than
    ``_MAX_WORDS`` words, unless it has two sentences at most and the one that holds ``at``
    has no more (a help text says many sentences, and says them its own way)."""
    if len(source.split(None, _MAX_WORDS)) <= _MAX_WORDS:
        return False
    if len(_NEXT_SENTENCE.findall(source)) > 1:
        return True
    return len(sentence_of(source, at).split(None, _MAX_WORDS)) > _MAX_WORDS


def _relative(text: str, at: int, lang: str) -> bool:
    """Whether the clause at ``at`` opens with a relative pronoun of the language ("which")."""
    first = WORD.search(text, at)
    return first is not None and first.group().lower() in language(lang).relative_pronouns


_CLAUSE_MARK = re.compile(r";|:(?!\d)")
_NEXT_SENTENCE = re.compile(r"[.!?][\"”»)]*\s+\S")


def _said(wanted: re.Pattern[str], kind: str, source: str, target: str, context: CheckContext) -> bool:
    """Whether ``target`` holds a word of ``kind``; for an exception, one that is not only the
    word for "without" or for "outside" which the source says as often as that ("not allowed
    without written permission, except for …" said "niet toegestaan zonder … toestemming.";
    "outside the EU, except to Norway" said "al di fuori dell'UE.")."""
    found = [m.group().lower() for m in wanted.finditer(target)]
    if kind == "gratis" and not found:
        # "free" said "available" ("si un coiffeur est disponible"), the source saying none
        ours, theirs = language(context.target_lang).qualifiers, language(context.source_lang).qualifiers
        return _count(target, ours.available_words) > 0 and not _count(source, theirs.available_words)
    if kind == "restrictives" and found:
        # a restrictive word that also joins a clause of contrast (Dutch "maar": but, only)
        # renders the source's "but" first ("but only with" said "maar met")
        joining = language(context.target_lang).contrastive_words
        joins = sum(word in joining for word in found)
        return joins < len(found) or joins > _count(source, language(context.source_lang).contrastive_words)
    if kind != "exclusions" or not found:
        return bool(found)
    withouts = language(context.target_lang).double_negatives
    outside = language(context.target_lang).opposites.outside_words
    outsides = [word for word in found if any(part in outside for part in word.split())]
    if any(word not in withouts and word not in outsides for word in found):
        return True
    said = second_negation(context.source_lang)
    if outsides and len(outsides) > _count(source, language(context.source_lang).opposites.outside_words):
        return True
    return said is None or len(found) - len(outsides) > len(said.findall(source.lower()))


def _count(text: str, words: frozenset[str]) -> int:
    """How many of ``words`` (lowercase) ``text`` says, as whole words."""
    pattern = _any(words)
    return 0 if pattern is None else len(pattern.findall(text.lower()))


@lru_cache(maxsize=64)
def _any(words: frozenset[str]) -> re.Pattern[str] | None:
    return any_word(words)


def _said_as_restriction(text: str, lang: str) -> bool:
    """Whether ``text`` restricts: a restrictive word of its language, or a pair ("ne … que")."""
    restrictive = _target_pattern(lang, "restrictives")
    return (restrictive is not None and restrictive.search(text) is not None) or _paired(text, lang)


def _paired(text: str, lang: str) -> bool:
    """Whether ``text`` restricts with a pair of words of its language ("ne … que", "n'… qu'"),
    the second after the first in its clause, and not part of a conjunction of time ("non
    raccogliere mai un tartufo prima che": before; the language's ``prior_words`` and
    ``after_words``)."""
    data = language(lang)
    times = data.opposites.prior_words | data.opposites.after_words
    for clause in re.split(r"[.;:!?,]", text.lower().replace("’", "'")):
        words = re.findall(r"[^\W\d_]+'?", clause)
        for first, second in data.restrictive_pairs:
            firsts, seconds = (first, first[:-1] + "'"), (second, second[:-1] + "'")
            opened = next((k for k, word in enumerate(words) if word in firsts), None)
            if opened is not None and any(
                word in seconds and words[k - 1] not in times
                for k, word in enumerate(words[opened + 1 :], opened + 1)
            ):
                return True
    return False


_CONDITION_WORDS = 6  # words after "only" within which its condition may open


@lru_cache(maxsize=64)
def _pattern_of(lang: str, kind: str) -> re.Pattern[str] | None:
    """Any of the language's ``conditions``, ``requirements`` or ``idle`` phrases as a word."""
    entries = getattr(language(lang).qualifiers, kind)
    return re.compile(rf"(?<![\w-])(?:{_alternation(entries)})", re.IGNORECASE) if entries else None


def _required(lowered: str, end: int, target: str, context: CheckContext) -> bool:
    """Whether the source's "only" restricts by a condition that follows it ("only available
    if you book by Friday") and the translation says a requirement instead ("muss bis Freitag
    gebucht werden", "doit être réservé")."""
    condition = _pattern_of(context.source_lang, "conditions")
    requirement = _pattern_of(context.target_lang, "requirements")
    if condition is None or requirement is None:
        return False
    after = " ".join(re.split(r"[.;:!?]", lowered[end:], maxsplit=1)[0].split()[:_CONDITION_WORDS])
    if condition.search(after) is None:
        return False
    # more of them than the source says: its own "necessary" is said "necesario"
    said = _pattern_of(context.source_lang, "requirements")
    return len(requirement.findall(target)) > (len(said.findall(lowered)) if said is not None else 0)


def _blank_idle(lowered: str, lang: str) -> str:
    """``lowered`` with its idle phrases blanked, where a qualifier's word says something else
    ("only to find", "free of traces"), not one a longer qualifier runs on from ("free of" of
    "free of charge")."""
    if (idle := _pattern_of(lang, "idle")) is None:
        return lowered
    patterns = [pattern for _, pattern in _source_patterns(lang)]

    def blank(m: re.Match[str]) -> str:
        for start in (m.start(), *(m.start() + w.end() for w in re.finditer(" +", m.group()))):
            if any((q := p.match(lowered, start)) and q.end() > m.end() for p in patterns):
                return m.group()
        return " " * len(m.group())

    return idle.sub(blank, lowered)


@lru_cache(maxsize=16)
def _cues(lang: str) -> tuple[str, ...]:
    """Lowercase substrings one of which any qualifier of the source holds: a cheap first test."""
    data = language(lang).qualifiers
    entries = data.restrictives | data.exclusions | data.gratis | data.wholes | (data.distributives & _EACH)
    entries |= data.bounds | {phrase for pair in language(lang).opposites.trailing_bounds for phrase in pair}
    entries |= _unless(lang)
    # whole entries: the first word of "an estimated" or "with the exception of" is in most texts
    return tuple(sorted({e for e in entries if e[:1].isalpha()}))


@lru_cache(maxsize=16)
def _cue_pattern(lang: str) -> re.Pattern[str] | None:
    """The words above, or an estimate's or a price bound's word before an amount ("about 30",
    "some £5", "from £18"; "some" and "from" alone are in many sentences)."""
    cues = _cues(lang)
    q = language(lang).qualifiers
    hedges = {e for e in q.hedges | q.price_bounds if e[:1].isalpha()}
    parts = [alternatives(set(cues))] if cues else []
    if hedges:
        parts.append(rf"{alternatives(hedges)}\s+\S{{0,3}}\d")
    return re.compile("|".join(parts)) if parts else None


@register
class LostQualifierCheck(Check):
    id = "lost_qualifier"
    name = "Lost qualifier"
    description = (
        'A qualifier of the source ("about 30 minutes", "5 € each", "only", "except") has no '
        "word of its kind anywhere in the translation: the estimate reads as exact, the price "
        "for each as a total, the restriction or the exception is gone."
    )
    severity = Severity.WARNING
    category = "Accuracy/Omission"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        source, target = segment.source, segment.target
        lowered = source.lower()
        if any(word in lowered for word in TAX_WORDS) and target.strip():
            slip = tax_slip(segment, context.source_lang, context.target_lang)
            if slip is not None:
                yield self.issue(segment, context, slip[0], slip[1], slip[2])
        if (added := tax_added(segment, context.source_lang, context.target_lang)) is not None:
            yield self.issue(segment, context, added[0], added[1], added[2])
        for added_here, says in ADDED:
            span = added_here(source, target, context.source_lang, context.target_lang)
            if span is not None and running_prose(source) and not technical_document(context.stats):
                why = f"'{target[span[0] : span[1]]}' {says}"
                yield self.issue(segment, context, *span, why)
        cue = _cue_pattern(context.source_lang)
        if cue is None or not target.strip() or cue.search(lowered) is None:
            return  # most sentences qualify nothing: one scan settles them
        if context.source_lang.split("-")[0] == context.target_lang.split("-")[0] or target == source:
            return  # (a target that is the source, untranslated, is ``untranslated``'s)
        if not everyday_sentence(source, context.stats):
            return  # software messages and labels say "only" and "each" their own ways
        # Lowercase words only (a capital one opening the text or a sentence, or after a colon:
        # "Safety: Only our volunteers"): "ONLY" and "Trivial Only" are keywords and names, kept
        # as written.
        lowered = _OPENING_CAPITAL.sub(lambda m: m.group().lower(), source)
        lowered = _blank_idle(lowered, context.source_lang)
        negated = _negated(source, context.source_lang)
        for kind, pattern in _source_patterns(context.source_lang):
            found = pattern.search(lowered)
            if found is None:
                continue
            if kind in ("restrictives", "exclusions", "unless") and _long(source, found.start()):
                continue
            if kind == "restrictives" and negated and _carried(source, found.start(), context.source_lang):
                continue  # "cannot use only one": a negation often carries the restriction
            wanted = _target_pattern(context.target_lang, kind)
            if wanted is None or _said(wanted, kind, source, target, context):
                continue
            # a negated rule's exception may be said as a restriction ("not allowed, except
            # assistance dogs": "nur Assistenzhunde"; "ne … que")
            if kind == "exclusions" and negated and _said_as_restriction(target, context.target_lang):
                continue
            if kind == "restrictives" and _paired(target, context.target_lang):
                continue  # "ne … que"
            if kind == "unless" and _unless_said(source, target, context, negated):
                continue
            if kind == "restrictives" and _required(lowered, found.end(), target, context):
                continue  # "only available if you book" said "muss gebucht werden"
            start, end = found.span()
            if kind == "distributives":  # mark the word, not the amount before it
                start = end - len(found.group().split()[-1])
            why = f"'{source[start:end]}' of the source ({_SAYS[kind]}) has no counterpart in the translation"
            # marked in the translation where it would stand, between the words there; an
            # exception said as an inclusion on that word ("except in" as "incluindo na")
            included = None
            if kind == "exclusions" and _inclusion(source, context.source_lang) is None:
                included = _inclusion(target, context.target_lang)  # (none the source says)
            if included is not None:
                why += f": '{target[slice(*included)]}' includes instead"
            # (an exception's phrase is lost with its word: see _PHRASE)
            phrase = _PHRASE.match(source, start) if kind in _CLAUSED else None
            dropped = len(phrase.group()) if phrase else 0
            gap = (
                included
                or _closing_clause(source, start, target, context.source_lang)
                or gap_at(source, target, start, lost=dropped)
            )
            if gap is None:
                yield self.issue(segment, context, start, end, why, side="source", source_span=(start, end))
            else:
                yield self.issue(segment, context, *gap, why, source_span=(start, end))
            return
        if may_bound(lowered.lower(), context.source_lang):
            lost = lost_bound(source, target, context.source_lang, context.target_lang)
            if lost is not None:
                yield self.issue(
                    segment,
                    context,
                    *lost.written,
                    f"'{target[lost.written[0] : lost.written[1]]}' has lost the bound "
                    f"'{source[lost.said[0] : lost.said[1]]}' of the source",
                    source_span=lost.said,
                )
