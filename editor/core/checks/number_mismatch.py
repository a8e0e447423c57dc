"""Numbers of the source that are missing or changed in the target, compared by value."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.bound_amounts import amount_slips
from editor.core.checks.calendar_slips import month_slips
from editor.core.checks.clock_times import changed_minutes, clock_slips, midnight_or_noon, names_an_hour
from editor.core.checks.digit_dates import date_slips
from editor.core.checks.name_slips import reshaped_references
from editor.core.checks.negation_parts import gap_at
from editor.core.checks.number_bounds import may_bound, turned_bounds
from editor.core.checks.number_compass import turned_hemispheres
from editor.core.checks.number_counterparts import (
    age_of_majority,
    clock_end,
    in_neighbours,
    lost_in_list,
    named_hour,
    nearest,
    one_said_by_unit,
    ordinal_counterpart,
    round_the_clock,
    said_as_word,
    slips,
    spelled_counterpart,
    time_span,
    unit_fraction,
    year_range_end,
)
from editor.core.checks.number_days import may_count_workdays, workday_slips
from editor.core.checks.number_directions import may_turn, turned_directions
from editor.core.checks.number_forms import (
    LETTER_HYPHEN_DIGIT,
    dropped_for_conversion,
    numbered,
    quoted_measure,
    renamed_numbers,
    render,
    source_convention,
    written_span,
)
from editor.core.checks.number_inclusion import inclusion_slips
from editor.core.checks.number_marks import lost_marks
from editor.core.checks.number_one_bounds import turned_one
from editor.core.checks.number_pairs import broken_up, pair_numbers
from editor.core.checks.number_ranges import may_alternate, range_alternatives
from editor.core.checks.number_rates import added_periods, frequency_slips, may_rate, may_repeat, period_slips
from editor.core.checks.number_roman import roman_slips
from editor.core.checks.number_slip import Slip
from editor.core.checks.number_swaps import swapped_pairs
from editor.core.checks.number_units import may_say_units, unit_slips
from editor.core.checks.number_words import (
    TARGET_MINUS,
    around,
    negative,
    negative_words,
    says_negative,
    sign_of,
)
from editor.core.checks.numparse import Number, numbers, ones
from editor.core.checks.phone_numbers import PhoneSlip, regrouped_phones, zero_slips
from editor.core.checks.prose import running_prose
from editor.core.checks.registry import register
from editor.core.checks.units import converted
from editor.core.checks.weekday_gaps import changed_days
from editor.core.langdata import language
from editor.core.model import Segment

# A number in brackets right after a number and its unit: the same quantity converted.
_CONVERSION = re.compile(
    r"(?:\d[^\W\d_]*[ \u00a0]?(?:°?[^\W\d_]{1,8}|[%°$€£¥])|[$€£¥][\d.,]*\d)[ \u00a0]?\([ ~≈]*"
    r"(?:(?:about|approx\.|ca\.|c\.|circa|around|roughly|some) )?[$€£¥]?\Z"
)
# A country calling code before a telephone number ("+47 22 …", "+1 (555) …").
_CALLING_CODE = re.compile(r"\+\d{1,3}[ \u00a0(]\(?\d")
_COMPARED = re.compile(r"[<>\u2264\u2265]=?[\s\u00a0]*\Z")  # "< 0", ">= 0": often "negative"


@register
class NumberMismatchCheck(Check):
    id = "number_mismatch"
    name = "Number mismatch"
    description = (
        "A number of the source is missing from the translation or has a different value "
        "(formats, number words and scale words of each language are read by value)."
    )
    severity = Severity.ERROR
    category = "Accuracy/Mistranslation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        if not segment.source.strip() or not segment.target.strip():
            return
        source_text = segment.source
        if ("-" in source_text or "\u2010" in source_text) and LETTER_HYPHEN_DIGIT.search(source_text):
            yield from self._named_numbers(segment, context)
        yield from self._months(segment, context)
        langs = (context.source_lang, context.target_lang)
        lower = source_text.lower()  # for the substring tests that open the rarer rules
        bounded = may_bound(lower, context.source_lang)  # ("at least one": no number read, below)
        for read in (roman_slips, turned_hemispheres, *((turned_one, amount_slips) if bounded else ())):
            yield from self._slips(segment, context, read(segment.source, segment.target, *langs))
        if may_repeat(lower, context.source_lang):
            yield from self._slips(segment, context, frequency_slips(segment.source, segment.target, *langs))
        for slip in date_slips(segment.source, segment.target, context.source_lang, context.target_lang):
            yield self.issue(
                segment,
                context,
                slip.written.start,
                slip.written.end,
                f"'{segment.target[slip.written.start : slip.written.end]}' "
                + ("swaps the day and month of" if slip.swapped else "is another date than")
                + f" the source's '{segment.source[slip.said.start : slip.said.end]}'",
                source_span=(slip.said.start, slip.said.end),
            )
        source = numbers(segment.source, context.source_lang)
        target = None
        clock = language(context.target_lang).twenty_four_hour_clock
        if clock and names_an_hour(segment.source, context.source_lang):
            target = numbers(segment.target, context.target_lang)
            yield from self._slips(segment, context, midnight_or_noon(segment, context, target))
        for start, end, message, fix, said in changed_days(segment.source, segment.target, *langs):
            fixed = Fix(start, end, fix) if fix else None
            yield self.issue(
                segment, context, start, end, message, fix=fixed, source_span=said, severity=Severity.WARNING
            )
        if not source:
            return
        target = target if target is not None else numbers(segment.target, context.target_lang)
        if "-" in source_text or "\u2212" in source_text or says_negative(source_text, context.source_lang):
            yield from self._signs(segment, context, source, target)
        yield from self._slips(segment, context, clock_slips(segment, context, source, target, clock))
        missing, extra = pair_numbers(source, target, len(segment.source), len(segment.target))
        yield from self._lost_marks(segment, context, source, target)
        if may_say_units(lower, context.source_lang):
            yield from self._slips(
                segment, context, unit_slips(source_text, segment.target, *langs, source, target)
            )
        if may_count_workdays(lower, segment.target, *langs):
            yield from self._slips(
                segment, context, workday_slips(source_text, segment.target, *langs, source, target)
            )
        for read in (turned_bounds, inclusion_slips) if bounded else ():
            yield from self._slips(
                segment, context, read(source_text, segment.target, *langs, source, target)
            )
        if may_turn(lower, segment.target, *langs):
            yield from self._slips(segment, context, turned_directions(source_text, segment.target, *langs))
        if may_rate(lower, context.source_lang):
            yield from self._slips(segment, context, period_slips(source_text, segment.target, *langs))
        elif running_prose(source_text):
            yield from self._slips(segment, context, added_periods(source_text, segment.target, *langs))
        if len(source) > 1:
            yield from self._slips(
                segment, context, swapped_pairs(source_text, segment.target, *langs, source, target)
            )
        if len(source) > 1 and len(target) > 1 and may_alternate(segment.target, context.target_lang):
            yield from self._slips(
                segment, context, range_alternatives(source_text, segment.target, *langs, source, target)
            )
        yield from self._foreign_format(segment, context, source, target, extra)
        phones: list[PhoneSlip] = []
        if missing and extra:
            missing, extra, phones = regrouped_phones(segment.source, segment.target, missing, extra)
            for phone in phones:
                dialled = segment.target[slice(*phone.written)]
                yield self.issue(
                    segment,
                    context,
                    *phone.written,
                    f"'{dialled}' where the source has '{segment.source[slice(*phone.said)]}'",
                    source_span=phone.said,
                )
        zeros = [
            z
            for z in zero_slips(segment.source, segment.target)
            if all(z.start != p.written[0] for p in phones)
        ]
        yield from self._slips(segment, context, iter(zeros))
        if not missing:
            return
        extra = [n for n in extra if not (n.weak and 1 in n.values)]
        rest: list[Number] = []
        for number in missing:
            split = broken_up(number, extra)
            if split is None:
                rest.append(number)
                continue
            extra.remove(split[0])
            extra.remove(split[1])
            yield self.issue(
                segment,
                context,
                split[0].start,
                split[1].end,
                f"'{number.text}' in the source is broken up here",
                source_span=(number.start, number.end),
            )
        rest, extra, written = self._as_written(segment, context, rest, extra)
        yield from written
        yield from self._changed_or_missing(segment, context, rest, extra)

    def _foreign_format(
        self,
        segment: Segment,
        context: CheckContext,
        source: Sequence[Number],
        target: Sequence[Number],
        extra: Sequence[Number],
    ) -> Iterator[Issue]:
        """Numbers of the target equal to the source's but written in the source's convention,
        one the target language does not use ("1,250.00" or "0.001" in German; "2,000,000" in
        Portuguese, whose decimal mark cannot stand twice): readable, but not how the language
        writes them."""
        src, tgt = language(context.source_lang), language(context.target_lang)
        for number, text, same in source_convention(segment, source, target, extra, context.source_lang, tgt):
            rendered = render(same, src, tgt)
            end = number.start + len(text)
            yield self.issue(
                segment,
                context,
                number.start,
                end,
                f"'{text}' is written in the source's number convention ({src.name}), "
                f"which {tgt.name} does not use",
                fix=Fix(number.start, end, rendered) if rendered and not same.scaled else None,
                source_span=(same.start, same.end),
                severity=Severity.WARNING,
            )

    def _lost_marks(
        self, segment: Segment, context: CheckContext, source: Sequence[Number], target: Sequence[Number]
    ) -> Iterator[Issue]:
        """Warnings for numbers whose percent sign or currency the target leaves out (see
        :mod:`editor.core.checks.number_marks`)."""
        for lost in lost_marks(
            segment.source, segment.target, context.source_lang, context.target_lang, source, target
        ):
            number = lost.written
            end = number.end - number.text.endswith(".")  # "2,5 miliardi." ending a sentence
            what = "percent sign" if lost.kind == "percent" else "currency"
            yield self.issue(
                segment,
                context,
                number.start,
                end,
                f"'{segment.target[number.start : end]}' has lost the {what} of "
                f"'{segment.source[lost.said[0] : lost.said[1]]}' in the source",
                fix=Fix(number.start, end, lost.fix) if lost.fix else None,
                source_span=lost.said,
                severity=Severity.WARNING,
            )

    def _slips(self, segment: Segment, context: CheckContext, slips: Iterator[Slip]) -> Iterator[Issue]:
        """Times of day twelve hours off (see :mod:`editor.core.checks.clock_times`), numbers
        whose meaning changed (:mod:`editor.core.checks.number_slip`)."""
        for slip in slips:
            yield self.issue(
                segment,
                context,
                slip.start,
                slip.end,
                slip.message,
                fix=slip.fix,
                source_span=slip.source_span,
                severity=Severity.WARNING if slip.warning else Severity.ERROR,
            )

    def _signs(
        self, segment: Segment, context: CheckContext, source: Sequence[Number], target: Sequence[Number]
    ) -> Iterator[Issue]:
        """Negative numbers of the source written in the target with their value but without
        a minus sign, or a word for one around them ("-3.2%" -> "3,2 %"): the meaning is
        reversed. A warning, as a translation may also say it with a verb ("fell 3.2%")."""
        text = segment.source
        signed = [
            (n, sign)
            for n in source
            if n.digits and not n.part and (sign := sign_of(text, n, context.source_lang)) is not None
        ]
        if not signed:
            return
        free = [n for n in target if n.digits]
        words = negative_words(context.target_lang)
        for number, (sign_start, sign_end) in signed:
            same = [n for n in free if number.matches(n)]
            if not same:
                continue  # missing or changed: reported as such
            kept = [n for n in same if negative(segment.target, n, TARGET_MINUS)]
            said = [n for n in same if words.search(around(segment.target, n)) is not None]
            if kept or said:
                free.remove((kept or said)[0])
                continue
            where = number.start / max(1, len(segment.source))
            lost = min(same, key=lambda n: abs(n.start / max(1, len(segment.target)) - where))
            free.remove(lost)
            minus = text[sign_start:sign_end]
            start, end = min(sign_start, number.start), max(sign_end, number.end)
            yield self.issue(
                segment,
                context,
                lost.start,
                lost.end,
                f"'{lost.text}' has lost the minus of '{text[start:end]}' in the source",
                fix=Fix(lost.start, lost.end, (minus if len(minus) == 1 else "-") + lost.text),
                source_span=(start, end),
                severity=Severity.WARNING,
            )

    def _months(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A month of the source given as another month (see :func:`month_slips`)."""
        for said, wrong in month_slips(
            segment.source, segment.target, context.source_lang, context.target_lang
        ):
            yield self.issue(
                segment,
                context,
                wrong.start(),
                wrong.end(),
                f"'{wrong.group()}' where the source has '{said.group()}'",
                source_span=said.span(),
            )

    def _named_numbers(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """The number of a name joined to it by a hyphen, changed (see :func:`renamed_numbers`)."""
        reshaped: list[tuple[int, int, str]] | None = None
        for m, name, number in renamed_numbers(segment.source, segment.target):
            if reshaped is None:
                reshaped = reshaped_references(segment.source, segment.target)
            if any(start <= m.start() and m.end() <= end for start, end, _ in reshaped):
                continue  # a code with a part doubled or left out: ``named_entity`` reports it
            yield self.issue(
                segment,
                context,
                m.start(2),
                m.end(2),
                f"'{m.group()}' where the source has '{name}-{number}'",
                fix=Fix(m.start(2), m.end(2), number),
            )

    def _as_written(
        self, segment: Segment, context: CheckContext, missing: list[Number], extra: list[Number]
    ) -> tuple[list[Number], list[Number], list[Issue]]:
        """Missing numbers the target writes exactly as the source does ("Kerberos-5-Datei",
        "3.5" kept in German): the same number, read otherwise. Only a decimal that the
        target's convention reads differently is reported. Returns the numbers still missing,
        the target's numbers not found this way, and the issues."""
        rest: list[Number] = []
        issues: list[Issue] = []
        versions = any(n.literal for n in numbers(segment.source, context.source_lang))
        for number in missing:
            span = written_span(number, segment)
            if span is None:
                rest.append(number)
                continue
            extra = [n for n in extra if n.end <= span[0] or n.start >= span[1]]
            if number.part or number.literal or not any(ch in ".," for ch in number.text):
                continue
            if versions or numbered(number, span, segment, context.source_lang):
                continue  # a version in a list with "1.9.1"; one by its look or a section number
            if quoted_measure(number, span, segment, context.source_lang, context.target_lang):
                continue
            src, tgt = language(context.source_lang), language(context.target_lang)
            rendered = render(number, src, tgt)
            issue = self.issue(
                segment,
                context,
                span[0],
                span[1],
                f"'{number.text}' is written in the source's number convention ({src.name}), "
                f"which {tgt.name} reads as another number",
                fix=Fix(span[0], span[1], rendered) if rendered else None,
                source_span=(number.start, number.end),
                severity=Severity.WARNING,
            )
            issues.append(issue)
        return rest, extra, issues

    def _changed_or_missing(
        self, segment: Segment, context: CheckContext, missing: list[Number], extra: list[Number]
    ) -> Iterator[Issue]:
        candidates = list(extra)
        words_for_one = ones(segment.target, context.target_lang)
        if words_for_one:  # a "1" may be said with a word ("1 URL", "eine URL"): paired last
            missing = sorted(missing, key=lambda n: n.text == "1")
        reported: set[tuple[int, int]] = set()  # a date's or clock time's parts are one token
        gaps: set[tuple[int, int] | None] = set()  # where missing numbers are marked in the target
        slipped = slips(missing, candidates)
        candidates = [n for n in candidates if all(n is not slip for slip in slipped.values())]
        for number in missing:
            slip = slipped.get(id(number))  # a slip is reported even for an ordinal ("87th" -> "78.")
            if (
                in_neighbours(number, segment, context)
                or round_the_clock(number, segment, context)
                or named_hour(number, segment, context)
                or time_span(number, segment, context)
                or unit_fraction(number, segment, context)
                or age_of_majority(number, segment, context)
            ):
                continue
            shortened = year_range_end(number, segment, candidates)
            if shortened is not None:  # "2026–27" as "2026-2027": the same years
                candidates.remove(shortened)
                continue
            metric = converted(
                number,
                segment.source,
                segment.target,
                [slip] if slip is not None else candidates,
                context.source_lang,
                context.target_lang,
            )
            if metric is not None:
                if metric is not slip:
                    candidates.remove(metric)  # "10 miles" as "16 km": the same distance
                continue
            if number.weak and slip is None:
                # not a number of the source the target says twice ("7 giorni su 7")
                said = {v for n in numbers(segment.source, context.source_lang) for v in n.values}
                fresh = [n for n in candidates if n.values.isdisjoint(said)]
                spelled = ordinal_counterpart(number, segment, fresh) or spelled_counterpart(
                    number, segment, candidates
                )
                if spelled is not None:
                    candidates.remove(spelled)
                    yield self.issue(
                        segment,
                        context,
                        spelled.start,
                        spelled.end,
                        f"'{spelled.text}' where the source has '{number.text}'",
                        source_span=(number.start, number.end),
                        severity=Severity.ERROR if number.digits else Severity.WARNING,
                    )
                continue
            counterpart = slip or nearest(number, segment, candidates)
            if counterpart is not None:
                if counterpart in candidates:
                    candidates.remove(counterpart)
                rendered = render(number, language(context.source_lang), language(context.target_lang))
                fix = (
                    Fix(counterpart.start, counterpart.end, rendered)
                    if rendered and counterpart.digits and not counterpart.scaled
                    else None
                )
                yield self.issue(
                    segment,
                    context,
                    counterpart.start,
                    counterpart.end,
                    f"'{counterpart.text}' where the source has '{number.text}'",
                    fix=fix,
                    source_span=(number.start, number.end),
                )
            elif number.text == "1" and words_for_one > 0 and said_as_word(number, segment.source):
                words_for_one -= 1
            elif (number.start, number.end) in reported:
                continue
            elif one_said_by_unit(number, segment, context):
                continue  # "every £1" as "por cada libra"
            elif _CONVERSION.search(segment.source, max(0, number.start - 30), number.start):
                continue  # "200°C (390°F)": a conversion a localised text leaves out
            elif "(" in segment.source and dropped_for_conversion(
                number, segment.source, numbers(segment.source, context.source_lang), missing
            ):
                continue  # "7.5 furlongs (1.5 km)" as "1,5 км": the original measure left out
            elif _CALLING_CODE.match(segment.source, number.start - 1, number.end + 2):
                continue  # "+47 22 …": a country's calling code, which a local reader dials without
            elif (clock := changed_minutes(number, segment, context.target_lang)) is not None:
                yield from self._slips(segment, context, iter([clock]))  # "9:30" -> "9:00 Uhr"
            elif number.text != "0" or not _COMPARED.search(
                segment.source, max(0, number.start - 8), number.start
            ):
                end = clock_end(number, segment.source, context.source_lang, missing)  # "14:30": one time
                reported.update({(number.start, number.end), (number.end + 1, end)})
                langs = (context.source_lang, context.target_lang)
                gap, where = lost_in_list(number, segment.source, segment.target, langs)
                if gap is None and running_prose(segment.source):  # where it would stand
                    gap, where = (
                        gap_at(segment.source, segment.target, number.start, anchored=True),
                        " about here",
                    )
                    if gap is not None and (
                        gap in gaps or any(ch in segment.target[slice(*gap)] for ch in "\n\t")
                    ):
                        gap = None  # (not across a line, where a layout's parts pair by chance; one each)
                gaps.add(gap)
                yield self.issue(
                    segment,
                    context,
                    *(gap or (number.start, end)),
                    f"'{segment.source[number.start : end]}' of the source is missing from the translation"
                    + (where if gap else ""),
                    side="target" if gap else "source",
                    source_span=(number.start, end),
                    severity=Severity.WARNING,
                )
