"""negation: a source sentence says "not", the translation says nothing negative."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from editor.core.checks.base import Check, CheckContext, Issue, Severity, Side
from editor.core.checks.negation_added import added_negation, lost_modal_negation
from editor.core.checks.negation_antonyms import declined, said_as_waiting, said_badly, said_by_antonym
from editor.core.checks.negation_blanks import (
    double_negative,
    doubles_blanked,
    negated_after,
    second_negation,
    seconds_blanked,
    unless_kept,
    without_alternatives,
)
from editor.core.checks.negation_cognates import cognates
from editor.core.checks.negation_contrasts import contrasted, other_pairs
from editor.core.checks.negation_opposites import kept_positive, negated_state, opposite
from editor.core.checks.negation_parts import (
    aligned,
    counterpart,
    gap_at,
    joined_commands,
    main_then_relative,
    negations_in,
    prefix_rendering,
    second_conjunct,
    unnegated_conjunct,
    unnegated_first,
    verb_negated,
)
from editor.core.checks.negation_turns import proviso_negation, turned, unless_as_proviso
from editor.core.checks.negation_words import (
    CONTRACTED,
    WORD,
    apart_negation,
    ceases,
    echoed,
    gratis_rendered,
    idle_blanked,
    negating,
    negation_cues,
    negation_pattern,
    paraphrase_pattern,
    paraphrases,
    prefixed,
    prefixed_words,
    says_none,
    written_word,
)
from editor.core.checks.prose import plain, running_prose, technical_document
from editor.core.checks.registry import register
from editor.core.checks.stats_terms import term_stats
from editor.core.langdata import language
from editor.core.model import Segment

_MIN_WORDS = 6  # words in the source: a sentence, not a label


@register
class NegationCheck(Check):
    id = "negation"
    name = "Lost negation"
    description = (
        'The source negates ("not", "never", "cannot") and the translation has no negation '
        'at all: no negative word and no word with a negative prefix ("ungültig", '
        '"impossible"). A dropped "not" turns a warning into its opposite.'
    )
    severity = Severity.WARNING
    category = "Accuracy/Mistranslation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        source_pattern = negation_pattern(context.source_lang)
        if source_pattern is None:
            return  # a language without the data: nothing can be told
        source, target = segment.source, segment.target
        if target.strip() and context.source_lang.split("-")[0] != context.target_lang.split("-")[0]:
            turn = turned(
                source, target, context.source_lang, context.target_lang, lambda: _prose(segment, context)
            )
            if turn is not None:
                said = target[turn.said[0] : turn.said[1]]
                yield self.issue(
                    segment,
                    context,
                    *turn.said,
                    f"'{source[turn.start : turn.end]}' of the source is said as its opposite, '{said}'",
                    source_span=(turn.start, turn.end),
                )
                return
        lowered = source.lower()
        opposite = list(self._opposite(segment, context))
        if opposite:
            yield from opposite
            return
        if not any(word in lowered for word in negation_cues(context.source_lang)):
            added = added_negation(source, target, context.source_lang, context.target_lang)
            if added is not None and _prose(segment, context):  # "must" said "müssen nicht"
                yield self.issue(segment, context, *added[0], added[1], source_span=added[2])
            return  # most sentences negate nothing: substring tests settle them
        double = double_negative(lowered, context.source_lang)
        lowered = without_alternatives(lowered, context.source_lang)
        if kept := proviso_negation(lowered, target.lower(), context.source_lang, context.target_lang):
            lowered = lowered[: kept[0]] + " " * (kept[1] - kept[0]) + lowered[kept[1] :]
        target_pattern = negation_pattern(context.target_lang)
        if target_pattern is None or context.source_lang.split("-")[0] == context.target_lang.split("-")[0]:
            return
        span = negating(source, source_pattern, lowered)
        if span is None and not technical_document(context.stats):  # ("non-zero" is often "ungleich")
            span = apart_negation(lowered, context.source_lang)
        if double is not None and span is None and target.strip():
            yield from self._half_kept(segment, context, double, lowered, source_pattern, target_pattern)
            return
        if span is None or not target.strip():
            return
        if unless_as_proviso(lowered, span, target, context.source_lang, context.target_lang):
            return  # "cannot … unless" said "kann …, sofern": the same condition
        if _label(source, lowered, context.source_lang):
            return  # a label ("File not found"): translations say it with one word ("introuvable")
        prose = _prose(segment, context)
        # Software messages and option help say "do not show" as "verbergen", "could not
        # open" as "échec de l'ouverture", and "no" before a noun with a word for empty or
        # used up ("has no toner left": "est vide"): there only a clause's negation counts,
        # and only as a hint.
        if not prose:
            source_pattern = negation_pattern(context.source_lang, determiners=False)
            span = None if source_pattern is None else negating(source, source_pattern, lowered)
            if source_pattern is None or span is None:
                return
        sides = _Sides(
            source, lowered, source_pattern, context.source_lang, target_pattern, context.target_lang
        )
        langs = (context.source_lang, target, target_pattern, context.target_lang)
        # ("without a passport will not be admitted": "sin" renders "without", not "not")
        after = double is None and prose and negated_after(lowered, context.source_lang)
        if prose and (kept := unless_kept(source, target, context.source_lang, context.target_lang)):
            message = (
                f"'{written_word(source, span)}' of the source has no negation in the translation, "
                f"which keeps its exception ('{target[slice(*kept)]}'): it says the opposite"
            )
        elif not sides.negates(doubles_blanked(target, context.target_lang) if double else target) or (
            prose and prefix_rendering(source, lowered, source_pattern, *langs)
        ):
            message = f"'{written_word(source, span)}' of the source has no negation in the translation"
        elif prose and (span := sides.lost_clause(target)) is not None:
            message = (
                f"'{written_word(source, span)}' of the source has no negation in its part of the translation"
            )
        elif prose and (lost := sides.lost_conjunct(target) or sides.lost_second(target)) is not None:
            second, conjunct = lost
            # (the first: a main verb's negation lost, its relative clause's kept)
            which = "second" if source_pattern.search(lowered, 0, second[0]) else "first"
            message = (
                f"'{source[second[0] : second[1]]}' of the source's {which} negated verb has no negation here"
            )
            yield self.issue(segment, context, *conjunct, message, source_span=second)
            return
        elif prose and (lost := sides.lost_first(target)) is not None:
            first, conjunct = lost
            message = (
                f"'{source[first[0] : first[1]]}' of the source's first negated verb has no negation here"
            )
            yield self.issue(segment, context, *conjunct, message, source_span=first)
            return
        elif prose and (
            modal := lost_modal_negation(source, target, context.source_lang, context.target_lang)
        ):
            negated, plain = modal
            message = (
                f"'{source[negated[0] : negated[1]]}' of the source has no negation at "
                f"'{target[plain[0] : plain[1]]}': it says the opposite"
            )
            yield self.issue(segment, context, *plain, message, source_span=negated)
            return
        elif after and not sides.negates(seconds_blanked(target, context.target_lang)):
            span = after
            message = f"'{written_word(source, span)}' of the source has no negation in the translation"
        else:
            return
        severity = Severity.WARNING if prose else Severity.INFO
        # Marked on the target's clause that renders the negated one, else on the words about
        # as far into the sentence; outside prose (parts pair by chance) on the source's word.
        part = (
            (
                kept_positive(source, target, span[1], context.source_lang, context.target_lang)
                or counterpart(source, target, span[0], (context.source_lang, context.target_lang))
                or gap_at(source, target, span[0])
            )
            if prose
            else None
        )
        if part is None or "\n" in target[part[0] : part[1]]:
            yield self.issue(
                segment, context, *span, message, side="source", source_span=span, severity=severity
            )
        else:
            yield self.issue(segment, context, *part, message, source_span=span, severity=severity)

    def _opposite(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A word of the source said as its opposite, neither negated ("headphones are
        allowed" -> "sont interdits", "is off by default" -> "standardmäßig aktiviert"), or a
        state of the source negated ("lunch included" -> "déjeuner non compris"): the
        translation's word is marked."""
        langs = (context.source_lang, context.target_lang)
        found = opposite(segment.source, segment.target, *langs, lambda: _prose(segment, context))
        state = None
        if found is None and segment.target.strip():
            state = negated_state(segment.source, segment.target, *langs, lambda: _prose(segment, context))
        shown = found or state
        if shown is None:
            return
        said, written = segment.source[slice(*shown.said)], segment.target[slice(*shown.written)]
        why = f"'{said}' of the source is said as its opposite, '{written}'"
        if state is not None:
            why = f"'{said}' of the source is negated here ('{written}'): it says the opposite"
        yield self.issue(segment, context, *shown.written, why, source_span=shown.said)

    def _half_kept(
        self,
        segment: Segment,
        context: CheckContext,
        double: tuple[int, int, str],
        lowered: str,
        source_pattern: re.Pattern[str],
        target_pattern: re.Pattern[str],
    ) -> Iterator[Issue]:
        """A source that says the positive with two negations ("will not open without
        a key"), whose translation keeps the second ("ohne") and drops the first: it says
        the opposite ("opens even without a key"). A translation without the second word
        says the positive its own way ("only with changes")."""
        source, target = segment.source, segment.target
        pattern = second_negation(context.target_lang)
        lowered_target = idle_blanked(target.lower(), context.target_lang)  # "sin embargo"
        if pattern is None or pattern.search(lowered_target) is None or not _prose(segment, context):
            return  # ("cannot work without": software messages say "fails without")
        kept = pattern.sub(lambda m: " " * len(m.group()), lowered_target)
        # as many paraphrases as the source says ("other countries") render its own words
        said, other = paraphrases(lowered, context.source_lang), paraphrase_pattern(context.target_lang)
        kept = other.sub(lambda m: " " * len(m.group()), kept, count=said) if said and other else kept
        sides = _Sides(
            source, lowered, source_pattern, context.source_lang, target_pattern, context.target_lang
        )
        if sides.negates(kept):
            return
        start, end, second = double
        why = (
            f"'{source[start:end]} … {second}' of the source says the positive; the translation "
            "keeps the second negation only, and says the opposite"
        )
        at = gap_at(source, target, start)  # where the first negation would stand
        side: Side = "target" if at is not None else "source"
        yield self.issue(segment, context, *(at or (start, end)), why, side=side, source_span=(start, end))


@dataclass(frozen=True, slots=True)
class _Sides:
    """A negated source sentence (``lowered``: it in lowercase, set phrases blanked out) and
    the negations of the target language."""

    source: str
    lowered: str
    source_pattern: re.Pattern[str]
    source_lang: str
    target_pattern: re.Pattern[str]
    target_lang: str

    def negates(self, text: str, start: int = 0, end: int | None = None) -> bool:
        """Whether ``text``, the translation of the source's ``[start:end]``, says a negation:
        a negating word, a paraphrase (more of them than the source has: its "only" is said
        "nur" too), a word with a negative prefix, the source's negating word kept as written
        ("NOT NULL", "None"), a word for "badly" ("not … properly") or for deciding against
        ("decide not to"), a phrase for ceasing ("deixou de ser permitido": no longer allowed)."""
        if self._negating_word(text) or ceases(text, self.target_lang):
            return True
        source, lowered = self.source[start:end], self.lowered[start:end]
        span = negating(source, self.source_pattern, lowered) or apart_negation(lowered, self.source_lang)
        pair = (self.source_lang, self.target_lang)
        if span is not None and says_none(text, source[span[0] : span[1]], *pair):
            return True  # ("no change" said "nessuna modifica")
        free = gratis_rendered(source, text, pair)  # ("free of charge" said "gratuitamente")
        paraphrased = paraphrases(text, self.target_lang) - echoed(source, span, text, *pair)
        paraphrased -= other_pairs(source, text, *pair)
        other = paraphrase_pattern(self.target_lang)
        paraphrased -= sum(other is not None and other.match(text, at) is not None for at, _ in free)
        if paraphrased > contrasted(source, span, self.source_lang):
            return True
        if span is not None:
            said = re.escape(source[span[0] : span[1]])
            if re.search(rf"(?<!\w){said}(?!\w)", text, re.IGNORECASE):
                return True
        marked = [at for at in prefixed_words(text, self.target_lang) if at not in free]
        if len(marked) > len(cognates(text, marked, source)):  # ("descuento": discount)
            return True
        langs = (self.source_lang, text, self.target_lang)
        return (
            said_badly(lowered, self.source_pattern, *langs)
            or declined(lowered, self.source_pattern, *langs)
            or said_by_antonym(lowered, self.source_pattern, *langs)
            or said_as_waiting(lowered, self.source_pattern, *langs)
        )

    def _negating_word(self, text: str) -> bool:
        return negating(text, self.target_pattern, idle_blanked(text.lower(), self.target_lang)) is not None

    def lost_conjunct(self, target: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A source clause with two negated verbs joined by "and" or "or" ("do not touch the
        cases and do not use a flash") whose translation negates the first only ("non
        toccare … e di usare il flash"): the source's second negation and the translation's
        second verb with what follows it; or None."""
        pairs = aligned(self.source, target)
        theirs, ours = language(self.source_lang), language(self.target_lang)
        for (a, b), (c, d) in pairs or ():
            lowered = self.lowered[a:b]
            said = negations_in(lowered, self.source_pattern, theirs.negation_openers)
            at = (
                second_conjunct(lowered, said, theirs.coordinators, theirs.auxiliaries)
                if len(said) > 1
                else None
            )
            if at is None:
                continue
            written = idle_blanked(target[c:d].lower(), self.target_lang)
            kept = negations_in(written, self.target_pattern, ours.negation_openers)
            tail = unnegated_conjunct(written, kept, ours.coordinators)
            if tail is None or self.negates(target[c + tail[0] : c + tail[1]], a + at, b):
                continue
            second = next(m for m in said if m.start() > at)
            return (a + second.start(), a + second.end()), (c + tail[0], c + tail[1])
        return None

    def lost_first(self, target: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A source clause with two negated imperatives joined by "and" or "or" ("do not
        leave it in the sun and never charge it …") whose translation negates the second only
        ("Lassen Sie ihn in der Sonne liegen und laden Sie ihn niemals …"): the source's first
        negation and the translation's words before its coordinator; or None."""
        theirs, ours = language(self.source_lang), language(self.target_lang)
        for (a, b), (c, d) in aligned(self.source, target) or ():
            lowered = self.lowered[a:b]
            said = negations_in(lowered, self.source_pattern, theirs.negation_openers)
            if joined_commands(lowered, said, self.source_lang) is None:
                continue
            written = idle_blanked(target[c:d].lower(), self.target_lang)
            kept = negations_in(written, self.target_pattern, ours.negation_openers)
            head = unnegated_first(written, kept, ours.coordinators, len(said))
            if head is None or self.negates(target[c + head[0] : c + head[1]], a, a + said[1].start()):
                continue
            return (a + said[0].start(), a + said[0].end()), (c + head[0], c + head[1])
        return None

    def lost_second(self, target: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
        """A source clause with two verbs negated ("members who have not paid will not be
        able to book") whose translation has one negation and no other way of saying one
        ("les membres qui ne les auront pas réglées pourront réserver"): the source's second
        negation and the translation's words after its negation; or None."""
        pairs = aligned(self.source, target)
        theirs, ours = language(self.source_lang), language(self.target_lang)
        for (a, b), (c, d) in pairs or ():
            lowered = self.lowered[a:b]
            said = negations_in(lowered, self.source_pattern, theirs.negation_openers)
            if len(said) != 2 or not all(verb_negated(lowered, m, self.source_lang) for m in said):
                continue
            written = idle_blanked(target[c:d].lower(), self.target_lang)
            every = negations_in(written, self.target_pattern, frozenset())
            opened = sum(m.group().rstrip("'’") in ours.negation_openers for m in every)
            if max(opened, len(every) - opened) != 1:  # ("ne peut …, n'a pas": two)
                continue
            if paraphrases(target[c:d], self.target_lang) or prefixed(target[c:d], self.target_lang):
                continue
            # The translation's negation stands where the source's first does, not its second
            # (then the first is said another way: "do not select from one table" -> "lisent
            # plusieurs tables").
            kept = every[-1].start() / len(written)
            first, second = (m.start() / len(lowered) for m in said)
            if abs(kept - first) > abs(kept - second):
                # the main verb's negation lost, the relative clause's kept ("Aceitamos alunos
                # que não saibam nadar"): marked on the translation's first words
                opening = list(WORD.finditer(target, c, c + every[-1].start()))[:2]
                if len(opening) == 2 and main_then_relative(lowered, said, self.source_lang):
                    return (a + said[0].start(), a + said[0].end()), (opening[0].start(), opening[-1].end())
                continue
            rest = list(WORD.finditer(target, c + every[-1].end(), d))
            if len(rest) < 2:
                continue
            return (a + said[1].start(), a + said[1].end()), (rest[0].start(), rest[-1].end())
        return None

    def lost_clause(self, target: str) -> tuple[int, int] | None:
        """The source negation whose clause the translation renders with none, where both
        sentences have the same clauses, in order ("the lift does not stop …, the stairs have
        no rail" -> "der Aufzug hält …, die Treppe hat kein Geländer"), and the translation fewer negated
        ones: the source's span, or None. A clause without a verb ("no more handles: …",
        "…, not even for a check") is said in too many ways to tell."""
        pairs = aligned(self.source, target, (self.source_lang, self.target_lang))
        if pairs is None or len(pairs) < 2:
            return None
        found = [negating(self.source[a:b], self.source_pattern, self.lowered[a:b]) for (a, b), _ in pairs]
        # A clause the source does not negate counts with a negating word: the negation moved
        # there. With a paraphrase only where the source's clause has no verb of its own ("Smoking,
        # …, is not allowed" -> "É proibido fumar, …"); else the paraphrase or a word with a
        # negative affix renders the clause's own words ("free of charge" -> "kostenlos").
        # (nor where the source's clause says two negations that cancel out, "cannot book
        # without an appointment": the translation's renders them, it moved none there)
        said = [
            self.negates(target[c:d], a, b)
            if span is not None
            else negating(self.source[a:b], self.source_pattern) is None
            and (
                # (not where the source's clause says a closed or forbidden state, which its
                # negation renders: "is closed to the public" -> "is niet toegankelijk")
                (
                    self._negating_word(target[c:d])
                    and not _negative_state(self.lowered[a:b], self.source_lang)
                )
                or (
                    paraphrases(target[c:d], self.target_lang) > 0
                    and not _has_verb(self.lowered[a:b], self.source_lang)
                )
            )
            for ((a, b), (c, d)), span in zip(pairs, found, strict=True)
        ]
        if sum(span is not None for span in found) <= sum(said):
            return None
        for ((a, b), _), span, ok in zip(pairs, found, said, strict=True):
            if span is not None and not ok and _has_verb(self.lowered[a:b], self.source_lang):
                return a + span[0], a + span[1]
        return None


def _negative_state(lowered: str, code: str) -> bool:
    """Whether ``lowered`` says a closed, forbidden or switched-off state ("closed", "banned")."""
    data = language(code).opposites
    states = data.closed_words | data.prohibition_words | data.disabled_words
    return any(word in states for word in WORD.findall(lowered))


def _prose(segment: Segment, context: CheckContext) -> bool:
    """Whether the segment's source is running prose: a sentence, or a text among others of
    its paragraph, however short."""
    if running_prose(segment.source):
        return True
    terms = term_stats(context.stats)
    return terms is not None and not terms.alone(segment) and plain(segment.source)


def _label(source: str, lowered: str, code: str) -> bool:
    """Whether a negated ``source`` is a label ("File not found", "Not connected"): a few
    words, unless they make a sentence, with a capital, a full stop and an auxiliary verb
    ("The key is not included.")."""
    if len(source.split()) >= _MIN_WORDS:
        return False
    text = source.strip()
    if not text[:1].isupper() or not text.endswith(".") or text.endswith(".."):
        return True
    return not _has_verb(lowered, code)


def _has_verb(lowered: str, code: str) -> bool:
    """Whether ``lowered`` holds an auxiliary verb ("is", "can", "doesn't") or a subject
    pronoun ("we never allow"): a clause, not a phrase."""
    data = language(code)
    verbs = data.auxiliaries | data.agreement.subject_pronouns
    return CONTRACTED.search(lowered) is not None or any(w in verbs for w in WORD.findall(lowered))
