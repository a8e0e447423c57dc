"""Proper names and brands of the source that are missing or altered in the translation."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.lexicon import is_known, zipf
from editor.core.checks.name_added import added_names
from editor.core.checks.name_adjectives import demonym_hits
from editor.core.checks.name_forms import unmarked
from editor.core.checks.name_halves import cut_surnames, renamed_half
from editor.core.checks.name_heads import kept_as_written, translated_description
from editor.core.checks.name_kept import always_kept, dropped_kept, kept_count
from editor.core.checks.name_order import swapped_names
from editor.core.checks.name_particles import particle_slips
from editor.core.checks.name_slips import (
    changed_code,
    joined_half,
    lowered,
    near_spelling,
    other_name,
    own_cognate,
    recased,
    reordered,
    reshaped_references,
    respelt_repeat,
    shared_name,
    shortened,
    slip,
)
from editor.core.checks.name_spans import (
    capitalised_run,
    extend,
    joined_form,
    local_form,
    local_verdict,
    standing_in,
)
from editor.core.checks.name_targets import TargetIndex, target_words, word_key, word_matches
from editor.core.checks.name_titles import (
    after_title,
    bare_salutation,
    crossed_titles,
    quoted_title,
    titled_surname,
)
from editor.core.checks.names import Name, column_label, source_names, word_kind
from editor.core.checks.prose import running_prose
from editor.core.checks.registry import register
from editor.core.checks.stats_terms import source_capitals, term_stats, term_variant
from editor.core.checks.street_names import translated_streets
from editor.core.checks.units import time_word_issues, unit_after_number, unit_issues
from editor.core.langdata import language
from editor.core.model import Segment

# The rest of a name, then a bracket: "(Vrt tišine)" after "the Garden of Silence"
_BRACKET_AFTER = re.compile(r"[^\W\d_ ]*(?: [^\W\d_]+){0,4} \(([^()]{4,80})\)")
_OTHER_NAME = re.compile(r"[^\W\d_]+(?:[ -][^\W\d_]+)+")  # words, and nothing else
_CAMEL_PART = re.compile(r"[A-Z]?[a-z\u00df-\u00ff]+|[A-Z]+(?![a-z])|\d+")  # "CellView" -> Cell, View
_CEDILLAS = str.maketrans("şţŞŢ", "șțȘȚ")
# Below this Zipf frequency, a rare word that starts a sentence may be a name by what the
# document says of it (names of people and small places; not a label's verb, "Override").
_START_NAME_ZIPF = 2.5
_FIRST_NAME_ZIPF = 3.0  # a first name this rare in the source language is no word of it ("Tomasz")


@register
class NamedEntityCheck(Check):
    id = "named_entity"
    name = "Names and brands"
    description = (
        "A proper name, brand or number with a unit of the source is missing or altered in the "
        "translation (inflected forms, spelling variants and cognates count as present)."
    )
    severity = Severity.WARNING
    category = "Accuracy/Mistranslation"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        if not segment.source.strip() or not segment.target.strip():
            return
        names = source_names(
            segment.source, context.source_lang, segment.target, _capitalised_elsewhere(segment, context)
        )
        index, streets = None, list(translated_streets(segment, context))
        if names:
            # Most names are written in the target as in the source: a set of the target's
            # words (lowercased, as the index keys them) settles those; the others are looked
            # up in the index (built here, as nearly every sentence with a name needs it).
            index = TargetIndex(segment.target)
            written = index.word_set()
            for name in names:
                if any(name.text in street for _, _, street, _ in streets):
                    continue  # a street the source writes in the target's language (below)
                if all(word_key(part).lower().rstrip(".") in written for part in name.words):
                    yield from self._swapped(segment, context, name)
                    for start, end, why in respelt_repeat(segment.source, segment.target, name):
                        yield self.issue(segment, context, start, end, why, fix=Fix(start, end, name.text))
                    if any(part not in segment.target for part in name.words):  # (rare)
                        yield from self._recased(segment, context, name, [index.find(p) for p in name.words])
                        low = lowered(name, segment.target, context.source_lang, context.target_lang)
                        if low is not None and running_prose(segment.source):
                            start, end, word = low
                            message = (
                                f"'{segment.target[start:end]}' writes the name's '{word}' as a common word"
                            )
                            yield self.issue(segment, context, start, end, message, fix=Fix(start, end, word))
                    continue
                if len(name.words) > 1 and "".join(name.words).lower() in written:
                    continue  # written as one word ("Num Lock" -> "NumLock")
                if len(name.words) == 1 and _written_apart(name.words[0], written):
                    continue  # written in parts ("CellView" -> "Cell-View-Modell")
                if _glossed(segment, name):
                    continue
                hits = self._hits(name, index, written, context)
                yield from self._name(segment, context, name, hits)
        yield from self._kept_elsewhere(segment, context, index)
        if "-" in segment.target and "-" in segment.source:
            for start, end, code in reshaped_references(segment.source, segment.target):
                why = f"'{segment.target[start:end]}' where the source has '{code}'"
                yield self.issue(segment, context, start, end, why, fix=Fix(start, end, code))
        for start, end, surname in cut_surnames(segment.source, segment.target):
            why = f"'{segment.target[start:end]}' drops the second half of the surname '{surname}'"
            yield self.issue(segment, context, start, end, why, severity=Severity.WARNING)
        for start, end, street, fix in streets:
            said = segment.target[start:end]
            why = f"'{said}' for the street '{street}' of the source, which stays as written"
            yield self.issue(segment, context, start, end, why, fix=Fix(start, end, fix) if fix else None)
        langs = (context.source_lang, context.target_lang)
        for start, end, message in crossed_titles(segment.source, segment.target, *langs):
            yield self.issue(segment, context, start, end, message, severity=Severity.WARNING)
        for start, end, message in (
            unit_issues(segment, *langs)
            + time_word_issues(segment, *langs)
            + added_names(segment, *langs, context.stats)
            + particle_slips(segment.source, segment.target, context.source_lang)
        ):
            yield self.issue(segment, context, start, end, message)

    def _swapped(self, segment: Segment, context: CheckContext, name: Name) -> Iterator[Issue]:
        found = swapped_names(segment, name, context.source_lang, context.target_lang)
        if found is not None:
            why = f"'{found.group()}' writes '{name.text}' of the source the other way round"
            fix = Fix(found.start(), found.end(), name.text)
            yield self.issue(
                segment, context, *found.span(), why, fix=fix, source_span=(name.start, name.end)
            )

    def _renamed(
        self, segment: Segment, context: CheckContext, name: Name, hits: list[list[tuple[str, int, int]]]
    ) -> Iterator[Issue]:
        """Another surname after the person's first name kept as written ("Claire Davidson"),
        or another first name before the surname ("Marguerite Okafor")."""
        langs = (context.source_lang, context.target_lang)
        renamed = renamed_half(segment.source, segment.target, name.words, hits, langs)
        if renamed is not None:
            span, word = renamed
            why = f"'{segment.target[slice(*span)]}' where the source has '{word}' ('{name.text}')"
            yield self.issue(
                segment, context, *span, why, fix=Fix(*span, word), source_span=(name.start, name.end)
            )

    def _hits(
        self, name: Name, index: TargetIndex, written: set[str], context: CheckContext
    ) -> list[list[tuple[str, int, int]]]:
        """The target words that render each word of the name. A rare word (a surname, a
        brand) is matched strictly; in a name the translation keeps in the original (another
        of its words in ``written``, the target's words in lowercase), only with an ending
        the target language gives names ("Ostroms"; "Falk & Ostromi" for "Falk & Ostrom" is
        another name)."""
        lang, endings = context.source_lang, language(context.target_lang).name_endings
        if endings is not None and not (
            len(name.words) > 1 and any(word_key(part).lower().rstrip(".") in written for part in name.words)
        ):
            endings = None
        hits = [index.find(part, word_kind(part, lang) == "rare", endings) for part in name.words]
        for k, part in enumerate(name.words):
            if not hits[k]:
                hits[k] = demonym_hits(part, index.words, lang, context.target_lang, len(name.words) > 1)
        return hits

    def _kept_elsewhere(
        self, segment: Segment, context: CheckContext, index: TargetIndex | None
    ) -> Iterator[Issue]:
        """A capitalised word the document's translations keep as written (see
        :func:`dropped_kept`) that this one drops or translates."""
        for start, word, kept in dropped_kept(segment, context, lambda: index or TargetIndex(segment.target)):
            why = (
                f"'{word}' of the source is missing from the translation, which writes it as the source does"
            )
            span = (start, start + len(word))
            yield self.issue(
                segment, context, *span, f"{why} in {kept} other places", side="source", source_span=span
            )

    def _name(
        self,
        segment: Segment,
        context: CheckContext,
        name: Name,
        hits: list[list[tuple[str, int, int]]],
    ) -> Iterator[Issue]:
        found = sum(1 for h in hits if h)
        if found == len(name.words):
            yield from self._misspelt(segment, context, name, hits)
            yield from self._unmarked(segment, context, name, hits)
            return
        # a title before a person's name ("Chief Financial Officer Zoë Roe") is translated; the
        # name's words that are there still keep their marks
        yield from self._unmarked(segment, context, name, hits)
        where = name.start / max(1, len(segment.source)) * len(segment.target)
        # Titles and descriptions around a name ("Chancellor", "French") are translated;
        # a lost acronym or rare word inside it ("Hugging Face" -> "Umarmendes Gesicht") is not.
        lost = [word_kind(p, context.source_lang) for p, h in zip(name.words, hits, strict=True) if not h]
        if found and name.distinctive and any(k in ("acronym", "rare", "inner") for k in lost):
            # "Frau Vasilaki" for "Ms Eleni Vasilaki" (a letter's address), "pista de gelo Glacier Point"
            if titled_surname(segment.target, name, hits, context.target_lang) or translated_description(
                segment.source, segment.target, name, hits, (context.source_lang, context.target_lang)
            ):
                return
            local = None if kept_as_written(name, hits) else local_form(segment, context, name, where)
            if local is not None:  # every word changed, as a local form changes a place's name
                yield self._local(segment, context, name, local)
                return
            nearest = min((w for h in hits for w in h), key=lambda w: abs(w[1] - where))
            before = next(k for k, h in enumerate(hits) if nearest in h)  # the name's words before it
            opening = not segment.source[: name.start].strip(" \"'“‘«(")
            start, end = extend(segment.target, nearest[1], len(name.words), before, opening)
            yield self.issue(
                segment,
                context,
                start,
                end,
                f"'{name.text}' of the source appears altered here",
                source_span=(name.start, name.end),
            )
        elif found:
            prose = context.source_lang if running_prose(segment.source) else ""  # (a firm's name: prose)
            kept = shortened(segment.target, name, hits, prose)
            renamed = list(self._renamed(segment, context, name, hits)) if prose else []
            yield from renamed
            if kept is not None and not renamed:
                start, end, missing = kept
                why = f"'{name.text}' of the source is kept in the original here, but without '{missing}'"
                yield self.issue(segment, context, start, end, why, source_span=(name.start, name.end))
        elif name.distinctive:
            if _in_neighbours(name, segment, context) or column_label(segment.source, name):
                return
            if bare_salutation(
                segment.source, name.start, segment.target, context.source_lang, context.target_lang
            ):
                return  # "Dear Ms Roe," -> "Madame,": greeted without the name
            if unit_after_number(segment.source, name.start, name.end, context.source_lang) and unit_issues(
                segment, context.source_lang, context.target_lang
            ):
                return  # a unit changed is the units' ("2 Gbit" as "2 ГБ")
            code = changed_code(segment, name)
            if code is not None:
                yield self.issue(
                    segment,
                    context,
                    code.start(),
                    code.end(),
                    f"'{code.group()}' where the source has '{name.text}'",
                    fix=Fix(code.start(), code.end(), name.text),
                    source_span=(name.start, name.end),
                )
                return
            local = local_form(segment, context, name, where) or joined_form(
                segment, name, context.target_lang
            )
            if local is not None:
                yield self._local(segment, context, name, local)
                return
            title = quoted_title(segment.source, name.start, segment.target)  # (which may be translated)
            why = f"The name '{name.text}' of the source is missing from the translation" + (
                " (a title in quotation marks, which may be translated)" if title else ""
            )
            said, severity = (name.start, name.end), Severity.INFO if title else None
            run = None if title else near_spelling(segment.target, name, context.target_lang)
            run = run or (None if title else standing_in(segment, name, where, context))
            if run is not None:  # another name where this one would be ("aplicación BrilloMax")
                why += f"; '{segment.target[run[0] : run[1]]}' stands where it would be"
                yield self.issue(segment, context, *run, why, source_span=said)
                return
            yield self.issue(segment, context, *said, why, side="source", source_span=said, severity=severity)
        else:
            run = capitalised_run(segment.target, len(name.words), where, segment.source)
            # (the document asked only where there is a run, or may be one a word shorter)
            always = always_kept(name, segment, context) if run is not None or len(name.words) > 2 else 0
            if run is None and always:  # "l'Ancienne Halle aux grains"
                run = capitalised_run(segment.target, len(name.words) - 1, where, segment.source)
            if run is not None:
                how = f"is kept in the original in {always} other place{'s' * (always > 1)}"
                how = how if always else "may be a name kept in the original"
                why = f"'{name.text}' {how}; here it is translated"
                severity = Severity.WARNING if always else Severity.INFO
                yield self.issue(
                    segment, context, *run, why, source_span=(name.start, name.end), severity=severity
                )

    def _local(self, segment: Segment, context: CheckContext, name: Name, span: tuple[int, int]) -> Issue:
        """A place's name said another way: its local form, or another name (``local_verdict``)."""
        said = segment.target[span[0] : span[1]]
        why, severity = local_verdict(said, name.text, context.source_lang, context.target_lang)
        return self.issue(segment, context, *span, why, source_span=(name.start, name.end), severity=severity)

    def _misspelt(
        self, segment: Segment, context: CheckContext, name: Name, hits: list[list[tuple[str, int, int]]]
    ) -> Iterator[Issue]:
        """A rare word of a name rendered by a near spelling ("Siemes", "Ekstrom") where the
        document's translation writes it as the source does elsewhere, or where it writes the
        name's other words as the source does ("Priya Ramen" for "Priya Raman", "Farnwood
        Software"): a slip, not a transliteration or an inflection."""
        terms = term_stats(context.stats)
        for i, (part, hit) in enumerate(zip(name.words, hits, strict=True)):
            kind = word_kind(part, context.source_lang)
            # a common surname ("Jensen") is a name where both languages know it as well
            surname = kind == "common" and shared_name(part, context.source_lang, context.target_lang)
            if kind not in ("rare", "inner") and not surname:
                continue
            # The name's other words (titles such as "Dr" aside) written as in the source.
            others = [
                (p, h) for k, (p, h) in enumerate(zip(name.words, hits, strict=True)) if k != i and len(p) > 2
            ]
            # (or the second half of a surname whose first half is: "Solheim-Paiva")
            joined = len(name.words) == 1 and joined_half(segment.source, segment.target, name.start, hit)
            kept = joined or (
                bool(others) and all(any(w[0].lower() == word_key(p).lower() for w in h) for p, h in others)
            )
            elsewhere = terms is not None and term_variant(part) in terms.variants_of(part)
            # a surname after a title ("Mrs Whitfield") is a person's, which no language respells
            titled = i == len(name.words) - 1 and after_title(segment.source, name.start, context.source_lang)
            langs = (context.source_lang, context.target_lang)
            other = kind == "rare" and bool(hit) and all(other_name(part, w[0], *langs) for w in hit)
            if not (elsewhere or kept or titled or other):
                continue  # never written as the source writes it: a transliteration
            # Next to words kept as written, even a word of the language is a slip ("Priya Ramen").
            key = word_key(part)  # "Connell" of "O'Connell", as target words are split
            last = kept and i == len(name.words) - 1
            if surname and not last:
                continue  # only after a name's words kept as written
            lang = context.target_lang
            # a first name no word of the source language ("Tomasz", not "Optimize"): a person's
            named = kept and zipf(name.words[0], context.source_lang) < _FIRST_NAME_ZIPF
            named = named and not reordered(hits, i)  # "Festival da Sardinha de Alcamar"
            roles = {"beside_kept": surname or not elsewhere, "last": last, "first": named and i == 0}
            roles["person"] = titled or joined or named
            slips = hit if other else [w for w in hit if slip(key, w[0], lang, **roles)]
            if not slips and elsewhere and kept:  # "Anselm Brandt", "Montilla-Morales": beside kept words
                slips = [w for w in hit if slip(key, w[0], lang, **{**roles, "beside_kept": True})]
                # (a compound's half said by its cognate is translated: "Vector-Escalar")
                slips = [w for w in slips if not (joined and own_cognate(part, w[0], *langs))]
            if slips and not roles["person"] and all(own_cognate(part, w[0], *langs) for w in slips):
                continue  # "Mini Acrobatas": a descriptive word translated by its cognate
            if surname and not slips and running_prose(segment.source):
                yield from self._renamed(segment, context, name, hits)  # "Claire Davidson"
            if not slips or len(slips) < len(hit):
                continue  # written as in the source, inflected ("Mistrals"), or a word
            _, start, end = slips[0]
            yield self.issue(
                segment,
                context,
                start,
                end,
                f"'{segment.target[start:end]}' for '{key}'"
                + (
                    ", written as in the source elsewhere"
                    if elsewhere
                    else f" of '{name.text}'" * (len(name.words) > 1)
                ),
                fix=Fix(start, end, key),
                source_span=(name.start, name.end),
            )
            return

    def _recased(
        self, segment: Segment, context: CheckContext, name: Name, hits: list[list[tuple[str, int, int]]]
    ) -> Iterator[Issue]:
        """A word of a name with a capital inside it written with other capitals throughout the
        segment ("Ijmuiden" for "IJmuiden", "Youtube" for "YouTube")."""
        for part, hit in zip(name.words, hits, strict=True):
            if hit and all(recased(part, w[0]) for w in hit):
                _, start, end = hit[0]
                written = segment.target[start:end]
                yield self.issue(
                    segment,
                    context,
                    start,
                    end,
                    f"'{written}' writes '{part}' of the source with other capitals",
                    fix=Fix(start, start + len(part), part),
                    source_span=(name.start, name.end),
                )

    def _unmarked(
        self, segment: Segment, context: CheckContext, name: Name, hits: list[list[tuple[str, int, int]]]
    ) -> Iterator[Issue]:
        """A word of a name written without its diacritics ("Dabrowska" for "Dąbrowska",
        "Baekgaard" for "Bækgaard") in a text of Latin letters: a person's or place's name
        is written as its owner writes it (style guides agree; some house styles drop the
        marks, so the fix is offered, not forced). Only "ß" written "ss" is information: Swiss
        spelling writes every "ß" so."""
        for part, hit in zip(name.words, hits, strict=True):
            key = word_key(part)
            if key.isascii() or any(w[0].lower() == key.lower() for w in hit):
                continue
            if unicodedata.normalize("NFKC", key).isascii():
                continue  # a subscript or a ligature, no diacritic ("CO₂" as "CO2")
            bare = unmarked(key.lower())
            for word, start, end in hit:
                if segment.target[start:end] != word:
                    continue
                if not word.isascii() and word.lower() != key.lower() and unmarked(word.lower()) == bare:
                    yield self.issue(
                        segment,
                        context,
                        start,
                        end,
                        f"'{word}' is '{key}' of the source with other diacritics",
                        fix=Fix(start, end, key if word[:1].isupper() else key.lower()),
                        source_span=(name.start, name.end),
                        # Romanian's comma below written as a cedilla (old fonts), or a name
                        # of one word, maybe a place's local spelling ("Tromsö"): information
                        severity=Severity.INFO
                        if len(name.words) == 1
                        or word.lower().translate(_CEDILLAS) == key.lower().translate(_CEDILLAS)
                        else Severity.WARNING,
                    )
                    break
                if word.isascii() and word.lower() == bare:
                    yield self.issue(
                        segment,
                        context,
                        start,
                        end,
                        f"'{word}' is '{key}' of the source without its diacritics",
                        fix=Fix(start, end, key if word[:1].isupper() else key.lower()),
                        source_span=(name.start, name.end),
                        severity=Severity.INFO if key.replace("ß", "ss").isascii() else Severity.WARNING,
                    )
                    break


def _capitalised_elsewhere(segment: Segment, context: CheckContext) -> Callable[[str], bool] | None:
    """Whether the document's other sources write a word with a capital inside a sentence and
    its translations keep it as written: a sentence's first word is capitalised whatever it
    is, a rare one written so elsewhere is a name ("Ilona said …" where another sentence has
    "Aunt Ilona", translated "tante Ilona"; not a term of software text, "Authentication",
    which the translations translate)."""
    terms = term_stats(context.stats)
    if terms is None or not terms.capitals:
        return None
    lang = context.source_lang

    def elsewhere(word: str) -> bool:
        if is_known(word, lang, _START_NAME_ZIPF) or not terms.capitals[word]:
            return False  # a word of software text's labels ("Override", "Timeout") or no evidence
        if terms.capitals[word] <= source_capitals(segment.source).count(word):
            return False  # capitalised inside this sentence only
        # (a label's first word says nothing: "Opcode %d", "Untracked files")
        return running_prose(segment.source) and kept_count(word, segment, terms, 1) > 0

    return elsewhere


def _glossed(segment: Segment, name: Name) -> bool:
    """Whether the name glosses the one in brackets after it, which the target keeps ("the
    Garden of Silence (Vrt tišine)" -> "el Jardín del Silencio (Vrt tišine)"): a gloss is
    translated."""
    after = _BRACKET_AFTER.match(segment.source, name.end)
    if after is None or _OTHER_NAME.fullmatch(after.group(1)) is None or after.group(1).isupper():
        return False  # (an acronym, "(FSF)", names the name itself; "(QWERTY, intl.)" is none)
    return after.group(1) in segment.target


def _written_apart(word: str, written: set[str]) -> bool:
    """Whether the parts of a word with inner capitals are all words of the target."""
    parts = _CAMEL_PART.findall(word)
    return len(parts) > 1 and all(part.lower() in written for part in parts)


def _in_neighbours(name: Name, segment: Segment, context: CheckContext) -> bool:
    """Whether the name turns up in another target sentence of the paragraph (the aligner
    put it across a sentence boundary): more often than that sentence's source names it, else
    each is its own copy ("SparkleMax" kept there, altered here)."""
    terms = term_stats(context.stats)
    if terms is None:
        return False
    for other in terms.neighbours(segment):
        words = target_words(other.target)
        if not all(any(word_matches(p, w[0]) for w in words) for p in name.words):
            continue
        own = other.source.casefold().count(name.text.casefold())
        if not own or sum(word_matches(name.words[0], w[0]) for w in words) > own:
            return True
    return False
