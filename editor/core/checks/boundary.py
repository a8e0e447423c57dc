"""lost_sentence_boundary: MT ran two sentences together ("… gebracht wurde Im vergangenen …")."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from itertools import groupby

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity, reads_place
from editor.core.checks.boundary_signs import lost_stops
from editor.core.checks.boundary_tokens import closed_class, kept_token_stops
from editor.core.checks.comma_stops import after_salutation, common_start, elision, free
from editor.core.checks.glued_marks import glued_half
from editor.core.checks.lexicon import is_known
from editor.core.checks.merged_token import fused
from editor.core.checks.paragraph_breaks import lost_break
from editor.core.checks.registry import register
from editor.core.checks.sentence_ends import (
    NEXT_WORD,
    layout,
    matched_starts,
    may_end_sentence,
    polite_clitic,
    previous_word,
    sentence_count,
    sentence_start,
)
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment
from editor.core.segmentation import ordinal_dot, sentence_bounds

# A lowercase word, one space, a capitalised word: "wurde Im" (the capitalised word in a
# look-ahead, so that it may be the first word of the next match too). Not the first part of a
# compound ("binäre Ein-/Ausgabe", "des Nicht‐Verzeichnisses").
_LOWER = "a-zß-öø-ÿα-ωа-яё"  # Latin, Greek, Cyrillic
_UPPER = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ"
# An apostrophe may stand before the first word when it elides a word of one or two letters
# ("d’imprimer Par", see comma_stops.free), a hyphen when it ends a compound ("XKB-Optionen Jede"), and
# an apostrophe after the second when that is one letter ("L’application"). A hyphen after
# the second may join a short lowercase word to it, a pronoun written onto a verb
# ("Choisissez-en", "Existe-t-elle", "Celles-ci"), not another part of a compound.
_SECOND_ENDS = (
    rf"(?![\w\u2010\u2011/.]|-(?![{_LOWER}]{{1,4}}(?:-[{_LOWER}]{{1,5}})?(?![\w\-\u2010\u2011/.])))"
    rf"(?!['’](?<=[^\W\d_]{{2}}['’]))"
)
_JOIN = re.compile(
    rf"(?<![\w%])(?<!(?<![^\W\d_])-)([^\W\d_]*[{_LOWER}])( )(?=([{_UPPER}][^\W\d_]*){_SECOND_ENDS})"
)
# The same after a word in capitals ("… la HEAD Pas de …", "… SMTP Vérifiez …"): the second
# word capitalised, not in capitals; for the positional rule only, where the source shows the
# boundary and the second word is a common word of the language.
_CAPS_JOIN = re.compile(
    rf"(?<![\w%])([^\W\d_]*[{_UPPER}])( )(?=([{_UPPER}][{_LOWER}][^\W\d_]*){_SECOND_ENDS})"
)
# The same after a closing bracket ("… (etwa 3,40 Euro) Kommen Sie …"): whatever stands in
# the bracket, a sentence may end after it.
_BRACKET_JOIN = re.compile(rf"(?<![\w%])([^\W_]*%?[)\]])( )(?=([{_UPPER}][{_LOWER}][^\W\d_]*){_SECOND_ENDS})")
# The same after a closing quotation mark with no sentence mark inside it ("… «jamás» Las
# obras …"): for the positional rule only, where the source shows the boundary.
_CLOSING_QUOTE_JOIN = re.compile(
    rf"(?<![\w%])([^\W_]*[{_LOWER}\d][”»“\"’›])( )(?=([{_UPPER}][{_LOWER}][^\W\d_]*){_SECOND_ENDS})"
)
# The same before an opening quotation mark ("… de inverno “Ainda não …"): for the
# positional rule only, where the source shows the boundary.
_QUOTE_JOIN = re.compile(
    rf"(?<![\w%])([^\W\d_]*[{_LOWER}])( [\"“„«‘‚]) ?(?=([{_UPPER}][{_LOWER}][^\W\d_]*){_SECOND_ENDS})"
)
# The same after a number ("… 18,2 % El índice …", "… 2025 A public …", a clock time "… las
# 21:00 Nuestros …"), maybe with its currency sign ("… 120 € Die Zahlung …"), or a code that
# ends in one (".../kb41 Pour plus …"): for the positional rule only, where the source shows
# the boundary.
_NUMBER_JOIN = re.compile(
    rf"(?<![\w.,:])([^\W_]*\d+(?:[.,:]\d+)*(?:[ \u00a0\u202f]?[%€$£¥])?)( )"
    rf"(?=([{_UPPER}][{_LOWER}]*){_SECOND_ENDS})"
)
# A word with a capital after a lowercase letter inside it ("gestiegenLaut").
_INNER_CAPITAL = re.compile(rf"[{_LOWER}](?=[{_UPPER}])")
_COMMON = 3.0  # Zipf frequency of a word that starts a sentence rather than names something


# A sentence boundary inside a text: a full stop, question or exclamation mark (maybe closing
# a quote or bracket), a space, maybe an opening quote, a letter or digit.
_QUOTES = "\"'“”„‟‘’‚‛«»‹›「」『』"
_TARGET_END = re.compile(rf"[.!?…][{_QUOTES})\]]*\s+[{_QUOTES}(\[]*[^\W_]")
# The same before a capital or a digit: a fast first count of the source's boundaries (its
# splitter finds no more, and fewer where an abbreviation ends in a full stop).
_SOURCE_END = re.compile(rf"[.!?…][{_QUOTES})\]]*\s+[{_QUOTES}(\[]*[{_UPPER}\d]")
# How far (as a share of the text) the word after a lost boundary may stand from where the
# source's boundary stands: translations keep the order of sentences and roughly their
# proportions.
_DRIFT = 0.15
_LONE_DRIFT = 0.3  # when one boundary is lost and the target has one join to hold it
_MIN_WORDS = 3
_WORDS = re.compile(r"[^\W_]+")
_LETTERS_BEFORE = re.compile(r"[^\W\d_]+\Z")
_NAME_GOES_ON = re.compile(r" [A-Z]")  # "Num Lock": a name's first word at a sentence's start


@cache
def _candidate(code: str) -> re.Pattern[str]:
    """A fast first look for :data:`_JOIN` matches whose second word is one of the language's
    function words ("wurde Im"): the pattern starts with a literal space, so the regex engine
    skips to spaces instead of trying every position (~10x faster than ``_JOIN`` itself).
    Finds every text ``_JOIN`` would flag, and a few more, which ``_JOIN`` then settles."""
    words = sorted(w for w in closed_class(language(code)) if w)
    alternatives = []
    for first, group in groupby(words, key=lambda w: w[0]):
        rest = "|".join(sorted((re.escape(w[1:]) for w in group), key=len, reverse=True))
        alternatives.append(f"{re.escape(first.upper())}(?i:{rest})")
    if not alternatives:
        return re.compile(r"(?!)")
    return re.compile(rf" (?<=[{_LOWER}] )(?:{'|'.join(alternatives)})(?![^\W\d_])")


@register
class LostSentenceBoundaryCheck(Check):
    id = "lost_sentence_boundary"
    name = "Lost sentence boundary"
    description = (
        "A capitalised function word right after a lowercase word with no punctuation between "
        "them (a full stop was lost), checked against the number of sentences in the source."
    )
    severity = Severity.WARNING
    category = "Fluency/Punctuation"

    def parts(self) -> tuple[Callable[[Segment, CheckContext], Iterable[Issue]], ...]:
        return (self.check, self._paragraph_break)

    @reads_place
    def _paragraph_break(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """The source starts a paragraph here and the translation does not (two source
        paragraphs in one of the translation's): a paragraph break was lost."""
        span = lost_break(segment, getattr(context.stats, "breaks", None))
        if span is not None:
            yield self.issue(
                segment,
                context,
                *span,
                "The source starts a new paragraph here; the translation runs it on in the "
                "paragraph before (a paragraph break was lost)",
            )

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        target = segment.target
        if not target.strip():
            return
        joins = self._function_word_joins(segment, context)
        fewer = bool(joins) and sentence_count(target, context.target_lang) < sentence_count(
            segment.source, context.source_lang
        )
        homographs = language(context.target_lang).noun_homographs
        for m in joins:
            if not fewer and m.group(3).lower() in homographs:
                continue  # "verkaufen Waren": a noun where the source has no more sentences
            if _fused(m.group(1), segment, context):
                continue  # the full stop goes inside the word: merged_token's (still a boundary)
            if glued_half(target, m.end(3), context.target_lang):
                continue  # "Zu-und Abfluss": half a pair, glued to its conjunction (merged_token's)
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(3),
                f"'{m.group(3)}' after '{m.group(1)}' reads as a new sentence: a full stop seems lost"
                + (" (the source has more sentences)" if fewer else ""),
                fix=Fix(m.start(), m.end(3), f"{m.group(1)}.{target[m.end(1) : m.start(3)]}{m.group(3)}"),
                severity=Severity.ERROR if fewer else None,
            )
        signs = list(lost_stops(segment.source, target, context.target_lang))
        tokens: list[tuple[int, int, str, str]] = []
        if _SOURCE_END.search(segment.source):
            # after a code or a number the source ends a sentence with ("… 7QT Il …")
            tokens = [
                sign
                for sign in kept_token_stops(segment.source, target, context.source_lang, context.target_lang)
                if not any(m.start() < sign[1] and sign[0] < m.end(3) for m in joins)
            ]
            signs += tokens
        for start, end, message, replacement in signs:
            yield self.issue(segment, context, start, end, message, fix=Fix(start, end, replacement))
        if (", " in target or "; " in target or ": " in target) and not joins:
            yield from self._after_comma(segment, context)
        if (
            _SOURCE_END.search(segment.source)
            and not layout(segment.source)
            and not layout(target)
            # Written without spaces between words, a sentence does not show a lost stop as
            # a lowercase word before a capitalised one: those are words of another language.
            and not language(context.target_lang).wide_script
        ):
            yield from (
                issue
                for issue in self._by_position(segment, context, len(joins) + len(tokens))
                if not any(start < issue.end and issue.start < end for start, end, _, _ in signs)
            )

    def _after_comma(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A comma, semicolon or colon where a full stop was ("… le toit, Pour les fenêtres
        …", "… le toit ; Pour …", Dutch "… de kast: In de gang …"): a capitalised function
        word after it, or a common word where the language capitalises only names (see
        :func:`common_start`), not a name the source writes, and one sentence fewer than the
        source, or a comma that ends a salutation on the same line ("Querida Ana, Tu pedido …").
        A colon only where the language starts lowercase after one. Not where the source itself
        writes that mark before a capital (a list of items, a label, it writes so)."""
        target, data, lang = segment.target, language(context.target_lang), context.target_lang
        if not _COMMA_CAPITAL.search(target):
            return  # most commas: a literal first, so the scan skips to them
        fewer = None
        for m in _COMMA_JOIN.finditer(target):
            mark = {";": "semicolon", ":": "colon"}.get(m.group(2).strip()[:1], "comma")
            if mark != "comma" and re.search(rf"\{m.group(2).strip()} [{_UPPER}]", segment.source):
                continue
            word = m.group(3)
            if (
                mark == "colon" and not data.lowercase_after_colon
            ) or word.lower() in data.capitalised_pronouns:
                continue
            if word == word.upper() or _name_in_source(target, m, segment.source, data.determiners):
                continue
            closed = word.lower() in closed_class(data)  # after a salutation maybe polite "La"
            if not closed and not common_start(word, segment.source, lang, data):
                continue
            if closed or not (mark == "comma" and after_salutation(target, m.start(2), data)):
                if fewer is None:
                    fewer = sentence_count(target, lang) < sentence_count(segment.source, context.source_lang)
                if not fewer:
                    continue
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(3),
                f"'{word}' after a {mark} reads as a new sentence: the {mark} seems a lost full stop",
                fix=Fix(m.start(2), m.end(2), ". "),
            )

    def _function_word_joins(self, segment: Segment, context: CheckContext) -> list[re.Match[str]]:
        target = segment.target
        first_look = _candidate(context.target_lang)
        if not first_look.search(target):
            return []  # the common case: one scan in C
        candidates = list(first_look.finditer(target))
        data = language(context.target_lang)
        joins = [
            m
            for m in _joins_at(target, candidates)
            if free(target, m, data)
            and m.group(3).lower() in closed_class(data)
            and m.group(3).lower() not in data.capitalised_pronouns
            and not polite_clitic(target, m.group(3), m.end(3), data)
            # no sentence ends in an article or a conjunction ("dem Sein"); a preposition may
            # be a verb's particle ("… Wert aus Jeder …")
            and m.group(1).lower() not in data.determiners
            and m.group(1).lower() not in data.conjunctions
            # "auf Bitte des Benutzers": after a preposition a request word is a noun
            and (
                m.group(3).lower() not in data.sentence_openers or m.group(1).lower() not in data.prepositions
            )
            # an acronym ("IT", "AI") is no function word; one letter is one only when elided
            # ("L’application"), not in "plan A"
            and (m.group(3) != m.group(3).upper() or elision(target, m, segment.source))
            # Title Case ("Copy On", "Ir Al Inicio") where only names are capitalised otherwise
            and (m.group(1)[0].islower() or data.capitalises_nouns or sentence_start(target, m.start()))
        ]
        return [
            m
            for m in joins
            if not _source_writes(segment.source, m.group(1))
            and not _name_in_source(target, m, segment.source, data.determiners)
        ]

    def _by_position(self, segment: Segment, context: CheckContext, found: int) -> Iterator[Issue]:
        """Boundaries of the source the target lost where no function word shows it ("…
        werden Bitte prüfen Sie …"): when the target has fewer sentences than the source, the
        source's boundaries the target's own do not match are placed in the target by
        proportion between the matched ones, and a lowercase word followed by a capitalised
        one there is flagged."""
        source, target = segment.source, segment.target
        # The target's boundaries by their marks alone: a quote MT left open must not hide
        # them (a splitter reads on to the closing quote), and an abbreviation taken for one
        # only makes the check quieter.
        # (not an ordinal's full stop, "am 3. Mai")
        kept = [
            m.end() - 1
            for m in _TARGET_END.finditer(target)
            if not ordinal_dot(target, m.start(), context.target_lang)
        ]
        lost = len(_SOURCE_END.findall(source))
        if len(kept) + found >= lost:
            return  # the source has no more boundaries than the target (the common case)
        # A full stop lost inside a word ("gestiegenLaut") is merged_token's, and a boundary
        # all the same: not one to look for elsewhere.
        kept = sorted(kept + _fused_boundaries(segment, context))
        if len(kept) + found >= lost:
            return
        sentences = sentence_bounds(source, context.source_lang)
        starts = [start for start, _ in sentences[1:]]
        if len(kept) + found >= len(starts):
            return
        data = language(context.target_lang)
        # Words the source writes inside a sentence: names ("Autovacuum"), not a sentence's
        # first word ("Zero disables it" may be Italian "… Zero disattiva") unless a name
        # goes on after it ("Num Lock").
        names = {
            m.group()
            for m in _WORDS.finditer(source)
            if not sentence_start(source, m.start()) or _NAME_GOES_ON.match(source, m.end())
        }
        after_caps = [
            m
            for pattern in (_CAPS_JOIN, _BRACKET_JOIN, _QUOTE_JOIN)
            for m in pattern.finditer(target)
            if is_known(m.group(3), context.target_lang, _COMMON)
        ]
        # After a number a noun is its unit where every noun has a capital ("5 Prozent"),
        # after a quotation the word it names ("„Cloud“ Dienste"): there only a function word
        # shows the sentence's start.
        after_caps += [
            m
            for pattern in (_NUMBER_JOIN, _CLOSING_QUOTE_JOIN)
            for m in pattern.finditer(target)
            if (
                m.group(3).lower() in closed_class(data)
                if data.capitalises_nouns
                else is_known(m.group(3), context.target_lang, _COMMON)
            )
        ]
        joins = [
            m
            for m in sorted([*_JOIN.finditer(target), *after_caps], key=lambda m: m.start())
            if free(target, m, data)
            # function words are judged above (after a lowercase word); a polite pronoun or a
            # one-letter word ("I valori", "È possibile"; "plan A" above) needs this rule's
            # evidence, and so does one after a name, left above as Title Case ("… chez Martin
            # Dupont Nous avons …"), where a lowercase word follows it as in a sentence
            and (
                m.re is not _JOIN
                or m.group(3).lower() not in closed_class(data)
                or m.group(3).lower() in data.capitalised_pronouns
                or len(m.group(3)) == 1
                or _after_name(target, m, data)
            )
            and m.group(3) not in names
            # German "Öffnen Sie", "Wählen Sie Datei": a verb's polite pronoun, no start; after
            # a preposition the pronoun closes its phrase ("mit Ihnen") as "ihm" would
            and not (
                data.capitalises_nouns
                and (
                    (
                        m.group(1).lower() in data.capitalised_pronouns
                        and previous_word(target, m.start()).lower() not in data.prepositions
                    )
                    or (m.group(3).lower() in data.capitalised_pronouns and m.group(1)[:1].isupper())
                )
            )
            and (
                m.re is _BRACKET_JOIN
                or m.re is _NUMBER_JOIN
                or m.re is _CLOSING_QUOTE_JOIN
                or may_end_sentence(m.group(1), previous_word(target, m.start()), context.target_lang, data)
            )
            and not sentence_start(target, m.start())  # "Alle Ziele": one word is no sentence
        ]
        if not joins:
            return
        anchors = matched_starts(starts, kept, len(source), len(target))
        # The only join in the target, and the only boundary lost: it may have moved further
        # ("OS" written out as "du système d’exploitation" before it) — where capitals mark
        # sentences and names only, not every noun ("neue Dateien").
        lone = len(joins) == 1 and len(starts) - len(kept) - found == 1 and not data.capitalises_nouns
        drift = _LONE_DRIFT if lone else _DRIFT
        flagged = 0
        for start in starts:
            if flagged + found + len(kept) >= len(starts):
                break
            if start in anchors or _caption(source, sentences, start):
                continue
            before = max(((s, t) for s, t in anchors.items() if s < start), default=(0, 0))
            after = min(((s, t) for s, t in anchors.items() if s > start), default=(len(source), len(target)))
            scale = (after[1] - before[1]) / max(1, after[0] - before[0])
            expected = before[1] + (start - before[0]) * scale
            slack = max(drift * (after[1] - before[1]), 6)
            m = min(joins, key=lambda m: abs(m.start(3) - expected))
            if abs(m.start(3) - expected) > slack or not before[1] < m.start(3) < after[1]:
                continue
            flagged += 1
            if _fused(m.group(1), segment, context) or _fused(m.group(3), segment, context):
                # the boundary was lost inside a word ("geschossenElf Spiele", "par LSEGLe"):
                # merged_token's, with the full stop where it goes
                continue
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(3),
                f"the source starts a sentence here; '{m.group(3)}' after '{m.group(1)}' "
                "reads as a new sentence whose full stop was lost",
                fix=Fix(m.start(), m.end(3), f"{m.group(1)}.{target[m.end(1) : m.start(3)]}{m.group(3)}"),
            )


def _after_name(text: str, m: re.Match[str], data: LanguageData) -> bool:
    """Whether a join's first word is capitalised (a name's last word) where only names are,
    and a lowercase word follows its function word: not Title Case ("Go To Line")."""
    if not m.group(1)[0].isupper() or data.capitalises_nouns:
        return False
    after = NEXT_WORD.match(text, m.end(3))
    return after is not None and after.group(1)[0].islower()


def _fused_boundaries(segment: Segment, context: CheckContext) -> list[int]:
    """Where the target's words hold a boundary merged_token reports ("gestiegen|Laut"): the
    inner capitals first (one scan from a class), then their words."""
    text = segment.target
    found = []
    for m in _INNER_CAPITAL.finditer(text):
        start = _LETTERS_BEFORE.search(text, max(0, m.start() - 40), m.start() + 1)
        end = _WORDS.match(text, m.start() + 1)
        if (
            start is not None
            and end is not None
            and _fused(text[start.start() : end.end()], segment, context)
        ):
            found.append(m.start())
    return found


def _fused(word: str, segment: Segment, context: CheckContext) -> bool:
    """Whether ``word`` has a capital inside and merged_token reports it as two words run
    together (not a name the source writes so, "DeepMind")."""
    if word.islower() or word.istitle() or word.isupper():
        return False
    return fused(word, segment.source, context.target_lang, context.source_lang)


def _caption(source: str, sentences: list[tuple[int, int]], start: int) -> bool:
    """Whether a sentence on either side of the boundary at ``start`` has fewer than
    :data:`_MIN_WORDS` words: a caption or a "Source link" left out says nothing of a full
    stop lost."""
    index = next(i for i, (first, _) in enumerate(sentences) if first == start)
    return any(len(source[a:b].split()) < _MIN_WORDS for a, b in sentences[index - 1 : index + 1])


def _joins_at(text: str, candidates: list[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The :data:`_JOIN` matches whose space is one of ``candidates``' (a function word's
    first look): the full pattern is tried at the word before each, not along the text."""
    for candidate in candidates:
        space = candidate.start()
        word = _LETTERS_BEFORE.search(text, max(0, space - 80), space)
        if word is None:
            continue
        m = _JOIN.match(text, word.start())
        if m is not None and m.start(2) == space:
            yield m


def _name_in_source(target: str, m: re.Match[str], source: str, determiners: frozenset[str]) -> bool:
    """Whether the capitalised function word opens a name the source writes with it ("Den
    Helder", "La Paz", "Los Angeles"), or the article of a name the source writes inside a
    sentence after a lowercase word, without its article ("the Eikenhof complex" as "complex
    De Eikenhof")."""
    after = NEXT_WORD.match(target, m.end(3))
    if after is None:
        return False
    name = after.group(1)
    if f"{m.group(3)} {name}" in source:
        return True
    if m.group(3).lower() not in determiners or not name[:1].isupper() or name.isupper():
        return False  # (an acronym takes the language's article: "nutzen Die EU" lost a stop)
    return any(
        _INSIDE_SENTENCE.search(source, 0, found.start())
        for found in re.finditer(rf"\b{re.escape(name)}\b", source)
    )


# A word before a name, with no sentence mark between: the name stands inside a sentence.
_INSIDE_SENTENCE = re.compile(r"(?<![^\W\d_])[a-zß-öø-ÿ]+ \Z")


# A comma, a semicolon or a colon (French puts a space before them) before a capital: a cheap first
# test for _COMMA_JOIN.
_COMMA_CAPITAL = re.compile(rf"[,;:] [{_UPPER}]")
# A lowercase word, a comma, semicolon or colon, a capitalised word (see _after_comma).
_COMMA_JOIN = re.compile(
    rf"(?<![\w%])([^\W\d_]*[{_LOWER}])(, |[ \u00a0\u202f]?[;:] )(?=([{_UPPER}][{_LOWER}]*){_SECOND_ENDS})"
)


def _source_writes(source: str, word: str) -> bool:
    """Whether the source itself writes ``word`` before a capitalised word without a stop (an
    option before its description, "-z nodynamic-undefined-weak Do not …"): the target's
    same join is the layout it copies, not a stop it lost. Scanned only when the source holds
    the word at all (rarely: the languages differ)."""
    return f"{word} " in source and any(m.group(1) == word for m in _JOIN.finditer(source))
