"""untranslated: a target that is the source, or runs of source-language words left in it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.calendar_words import left_abbreviations, left_names, left_ordinals
from editor.core.checks.left_heads import left_compound_heads
from editor.core.checks.left_pairs import lowercase_copies
from editor.core.checks.left_words import left_words
from editor.core.checks.leftover import (
    QUOTE,
    Scene,
    everyday_foreign,
    foreign_compound,
    labelled,
    leaning_run,
    loan_phrase,
    lone_function_word,
    lone_leftover,
    openers,
    other_script,
    prose_line,
    quoted,
    scene_prose,
    sentence_start,
    translated_beside,
    unborrowed,
    unheard_phrase,
)
from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.checks.memo import TokenMemo
from editor.core.checks.prose import everyday_sentence, technical_document
from editor.core.checks.prose_words import OPENERS, lowercase_noun, prose_word
from editor.core.checks.registry import register
from editor.core.checks.short_forms import ShortForm, left_short_forms
from editor.core.checks.stats_terms import term_stats
from editor.core.checks.third_language import stray_words
from editor.core.langdata import language
from editor.core.model import Segment
from editor.core.text import normalize

_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
_NOTICE = re.compile(r"\s*(?:copyright\b|©|\(c\)\s*\d)", re.IGNORECASE)  # a copyright notice
_TOKEN = re.compile(r"[^\W_][\w-]*")  # a word or a code ("KKB-2050HS")
_MIN_RUN = 3  # words in a row copied from the source that read as the source language
_COPIED = 4  # words in a row as the source writes them, of which _MIN_FOREIGN are foreign
_MIN_FOREIGN = 2
_SENTENCE = 3  # foreign prose words that make a copied target an untranslated sentence
_MARGIN = 1.0  # Zipf points a word must be more common in the source language
_LEXICAL = 2.5  # a word at least this common in the source language is a real word there
_RUNNING = re.compile(r" (?:\d+(?:[.,]\d+)?%? )*")  # between two words of prose: a space, maybe numbers
_WORD_BEFORE = re.compile(r"([^\W\d_]+) +\Z")
_WORD_AFTER = re.compile(r" +([^\W\d_]+)")
_PHRASE_ENDS = ("", " ", ",", ".", ";", ":", "!", "?")  # what may follow a phrase in prose


@register
class UntranslatedCheck(Check):
    id = "untranslated"
    name = "Untranslated text"
    description = (
        "The target is the source unchanged, or holds a run of words copied from the source "
        "that belong to the source language, not the target language."
    )
    severity = Severity.WARNING
    category = "Accuracy/Untranslated"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        source, target = segment.source, segment.target
        if not source.strip() or not target.strip():
            return
        if context.source_lang.split("-")[0] == context.target_lang.split("-")[0]:
            return
        if _same_text(source, target):
            words = {
                m.group()
                for m in _WORD.finditer(target)
                if _is_foreign(m.group(), context) and prose_word(target, m)
            }
            foreign = len({word.casefold() for word in words})
            if foreign:
                # a product's or a layout's name: capitalised words beside a model's code or
                # another name ("Genius KKB-2050HS", "Filipino (Capewell-Dvorak, baybayin)")
                named = all(word[0].isupper() for word in words) and any(
                    token[:1].isupper() and zipf(token, context.source_lang) < _LEXICAL
                    for token in _TOKEN.findall(target)
                )
                named = named or _NOTICE.match(target) is not None  # kept as written, by law
                severity = Severity.ERROR if foreign >= _SENTENCE else Severity.WARNING
                yield self.issue(
                    segment,
                    context,
                    0,
                    len(target),
                    "The target is the source text, untranslated",
                    severity=Severity.INFO if named else severity,
                )
            return
        leftovers = left_words(source, target, context.source_lang, context.target_lang)
        spans = {(start, end) for start, end, _ in leftovers}
        runs = []
        for issue in self._fragments(segment, context):
            runs.append((issue.start, issue.end))
            if (issue.start, issue.end) not in spans:  # said below, with what the word is
                yield issue
        # (software keeps its commands and terms in lowercase; the gates are asked only where
        # there is a pair, which few segments have)
        copies = lowercase_copies(source, target, context.source_lang, context.target_lang)
        if copies and not technical_document(context.stats) and everyday_sentence(target, context.stats):
            for start, end in copies:
                if all(end <= a or start >= b for a, b in runs):
                    runs.append((start, end))
                    yield self.issue(
                        segment,
                        context,
                        start,
                        end,
                        f"'{target[start:end]}' is copied from the source, untranslated",
                    )
        leftovers = [  # a word inside a longer run said above is said once
            left
            for left in leftovers
            if not any(
                start <= left[0] and left[1] <= end and (start, end) != left[:2] for start, end in runs
            )
        ]
        for stray in stray_words(source, target, context.source_lang, context.target_lang):
            word = target[stray.start : stray.end]
            yield self.issue(
                segment,
                context,
                stray.start,
                stray.end,
                f"'{word}' is {language(stray.lang).name}, neither {language(context.source_lang).name} "
                f"nor {language(context.target_lang).name}",
                severity=stray.severity,
            )
        for left in left_names(source, target, context.source_lang, context.target_lang):
            yield self.issue(
                segment,
                context,
                left.start,
                left.end,
                f"'{left.word}' is the {language(context.source_lang).name} name of the {left.kind}, "
                f"left in a {language(context.target_lang).name} date",
                fix=None if left.fix is None else Fix(left.start, left.end, left.fix),
            )
        for number in left_ordinals(source, target, context.source_lang, context.target_lang):
            yield self.issue(
                segment,
                context,
                number.start(),
                number.end(),
                f"'{number.group()}' keeps the {language(context.source_lang).name} ordinal ending",
            )
        for short in left_abbreviations(source, target, context.source_lang, context.target_lang):
            yield self.issue(
                segment,
                context,
                short.start(),
                short.end(),
                f"'{short.group()}' is the {language(context.source_lang).name} abbreviation, not one "
                f"of {language(context.target_lang).name}",
            )
        for start, end, message in leftovers:
            yield self.issue(segment, context, start, end, message)
        terms = term_stats(context.stats)
        for start, end in left_compound_heads(
            source, target, context.source_lang, context.target_lang, terms
        ):
            yield self.issue(
                segment,
                context,
                start,
                end,
                f"'{target[start:end]}' is the {language(context.source_lang).name} word, left as the "
                f"first part of a {language(context.target_lang).name} compound",
                severity=Severity.INFO,
            )
        for form in left_short_forms(source, target, context.source_lang, context.target_lang, terms):
            yield self.issue(
                segment, context, form.start, form.end, _short_form_message(target, form, context)
            )

    def _fragments(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        if not (has_lexicon(context.source_lang) and has_lexicon(context.target_lang)):
            return  # no word lists: no word can be told to be foreign
        everyday = not technical_document(context.stats)  # (software keeps rarer terms)
        if not _foreign_words_in(context.source_lang, context.target_lang, everyday).any_suspect(
            segment.target
        ):
            return  # no source-language word in the target at all: most segments stop here
        source_words = set(_WORD.findall(segment.source.casefold()))
        # (a compound's parts written apart: "made to measure" for "made-to-measure")
        source_words |= {part for word in source_words if "-" in word for part in word.split("-")}
        nouns, target = language(context.target_lang).capitalises_nouns, segment.target
        langs = (context.source_lang, context.target_lang)
        scene = None
        copied: list[tuple[re.Match[str], bool]] = []  # words of the source in a row, foreign?
        for m in [*_WORD.finditer(segment.target), None]:
            if (
                m is not None
                and m.group().casefold() in source_words
                and (prose_word(target, m) or (nouns and lowercase_noun(segment.source, target, m)))
            ):
                # a compound of source-language words ("drop-off") is foreign too,
                # except among the words of another script, where it is a command's name
                word = m.group()
                compound = foreign_compound(word, langs) and not other_script(segment.target, word)
                foreign = compound or _is_foreign(word, context)
                copied.append((m, foreign or (everyday and everyday_foreign(word, langs))))
                continue
            if not copied:
                continue  # a word the source does not have, after another: no run ends here
            if not any(foreign or "-" in m.group() for m, foreign in copied):
                copied = []  # no foreign word, no compound: nothing to report (most runs: names)
                continue
            scene = scene or _scene(segment, context)
            for start, end, severity in _untranslated(segment.target, copied, scene, nouns):
                yield self.issue(
                    segment,
                    context,
                    start,
                    end,
                    f"'{segment.target[start:end]}' is copied from the source, untranslated"
                    + ("" if severity is Severity.WARNING else " (or a loanword)"),
                    severity=severity,
                )
            copied = []


def _scene(segment: Segment, context: CheckContext) -> Scene:
    """What a run of words copied from the source is judged against (see :class:`Scene`)."""
    source_data = language(context.source_lang)
    terms = term_stats(context.stats)
    parts = terms.paragraph(segment) if terms is not None else [segment]
    return Scene(
        " ".join(segment.source.casefold().split()),
        openers(segment.source),
        scene_prose(segment.source, segment.target),
        source_data.function_words,
        source_data.verb_endings,
        (context.source_lang, context.target_lang),
        terms,
        technical_document(context.stats),
        (" ".join(p.source for p in parts).casefold(), " ".join(p.target for p in parts).casefold()),
        " ".join(segment.source.split()),
    )


def _short_form_message(target: str, form: ShortForm, context: CheckContext) -> str:
    written = target[form.start : form.end]
    theirs, ours = language(context.source_lang).name, language(context.target_lang).name
    if form.kind == "possessive":
        return f"'{written}' has the {theirs} possessive 's, which {ours} does not write"
    return f"'{written}' is the {theirs} {form.kind}, not one of {ours}"


def _same_text(source: str, target: str) -> bool:
    """Whether the target is the source, Unicode forms, case and spaces at the ends aside.
    Whitespace parts the texts alike in each form (NFC neither composes nor decomposes a
    space; case folding maps letters to letters): texts whose first words differ differ,
    and most are told apart without folding them whole (both hold a word: see the caller)."""
    first, other = source.split(None, 1)[0], target.split(None, 1)[0]
    if normalize(first).casefold() != normalize(other).casefold():
        return False
    return normalize(source).strip().casefold() == normalize(target).strip().casefold()


def _untranslated(
    text: str,
    copied: list[tuple[re.Match[str], bool]],
    scene: Scene,
    nouns: bool,
) -> list[tuple[int, int, Severity]]:
    """The spans of a run of words the target shares with the source that are left in the
    source language: three foreign words in a row, or four words and more the source writes
    just so, two of them foreign ("of these instructions may not", where "instructions" is
    French too), or three with a function word, foreign ones at both ends ("out of order"
    in Dutch, which writes "of" too); a phrase of two (see :func:`_phrase`) or a word alone (see
    :func:`lone_leftover`), with its severity."""
    spans: list[tuple[int, int]] = []
    phrases: list[tuple[int, int, Severity]] = []
    run: list[re.Match[str]] = []
    for index, (m, foreign) in enumerate([*copied, (None, False)]):
        if m is not None and foreign:
            run.append(m)
            continue
        if len(run) >= _MIN_RUN and _adjacent(text, run):
            if loan_phrase([m.group() for m in run], scene) or _listed_names(text, run, scene):
                phrases.append((run[0].start(), run[-1].end(), Severity.INFO))
            else:
                spans.append((run[0].start(), run[-1].end()))
        elif len(run) == 1:
            if lone := (
                lone_leftover(text, copied, index - 1, scene)
                or lone_function_word(text, copied, index - 1, scene)
                or _request(text, run[0], scene)
            ):
                phrases.append(lone)
        elif (severity := _phrase(text, run, scene, nouns)) and _adjacent(text, run):
            phrases.append((run[0].start(), run[-1].end(), severity))
        run = []
        if m is not None and "-" in m.group() and (lone := lone_leftover(text, copied, index, scene)):
            phrases.append(lone)  # a compound the lists do not hold ("self-raising")
    if not spans and len(copied) >= _COPIED - 1 and sum(foreign for _, foreign in copied) >= _MIN_FOREIGN:
        for words in _verbatim(text, copied, scene.source):
            # Prose has function words; a list of keywords or a command ("lt le eq ne") has none.
            # One the target language never uses ("through open fields") makes three words enough.
            # So does one the target language writes too ("in", "of" in Dutch) between two
            # foreign words: the source's phrase whole ("free of charge"), not a join of two terms.
            function = [f for m, f in words if m.group().casefold() in scene.function_words]
            framed = words[0][1] and words[-1][1]
            short = (
                (any(function) or framed)
                and scene.prose
                and not labelled(text, words[0][0].start(), words[-1][0].end())
            )
            enough = _COPIED - 1 if short else _COPIED
            if loan_phrase([m.group() for m, _ in words], scene):
                continue
            if function and len(words) >= enough and sum(f for _, f in words) >= _MIN_FOREIGN:
                spans.append((words[0][0].start(), words[-1][0].end()))
    spans += [(s, e) for s, e in leaning_run(text, copied, scene) if all(e <= a or s >= b for a, b in spans)]
    found = [(s, e, Severity.WARNING) for s, e in spans]
    found += [p for p in phrases if all(p[1] <= s or p[0] >= e for s, e in spans)]
    return sorted(found)


def _listed_names(text: str, run: list[re.Match[str]], scene: Scene) -> bool:
    """Whether the run stands in brackets whose every word the source writes, but for the
    target language's function words ("(yoga, spinning, body pump et aquagym)"), in an
    everyday text: a list of names kept as the source gives them."""
    opened, closed = text.rfind("(", 0, run[0].start()), text.find(")", run[-1].end())
    if (
        scene.technical
        or opened < 0
        or closed < 0
        or ")" in text[opened : run[0].start()]
        or "(" in text[run[-1].end() : closed]
    ):
        return False
    own, said = language(scene.langs[1]).function_words, set(_WORD.findall(scene.source))
    words = _WORD.findall(text, opened, closed)
    return len(words) > len(run) and all(w.casefold() in said or w.casefold() in own for w in words)


def _request(text: str, word: re.Match[str], scene: Scene) -> tuple[int, int, Severity] | None:
    """A request word of the source (data ``sentence_openers``, "please") copied where it
    opens a sentence of the target, before a word of the target's ("Please, chiami …"): no
    loanword, left untranslated."""
    if word.group().casefold() not in language(scene.langs[0]).sentence_openers:
        return None
    if not sentence_start(text, word.start()) or quoted(text, word.start()):
        return None
    return word.start(), word.end(), Severity.WARNING


def _phrase(
    text: str,
    run: list[re.Match[str]],
    scene: Scene,
    nouns: bool,
) -> Severity | None:
    """Two foreign words in a row that the source writes just so, one of them a function
    word of the source language ("or later", "of posts"): a phrase left untranslated. A
    content word alone, or two of them ("open source"), may be a loanword: information ("flat
    fare" in Spanish), except in a language that capitalises its nouns, where a loanword is
    written with a capital ("Open Source") and two lowercase ones are left as they were
    ("black ice"), and where the first is a request word of the source opening a sentence
    ("Please remember que …"), or where the target language never writes one of them, or
    where its paragraph translates one of them elsewhere ("réunions … meeting room"), or
    hardly writes one in an everyday text ("un vacuum cleaner", see :func:`unborrowed`): a
    warning. A phrase in quotes is quoted ("«drag and drop»"), one next to
    a capitalised word is part of a name ("Regents of the University")."""
    if len(run) != 2:
        return None
    source = scene.source
    words = [m.group().casefold() for m in run]
    first, second = run
    # Lowercase, or capitalised only as a sentence's first word ("Black ice is likely").
    lowercase = second.group().islower() and (first.group().islower() or sentence_start(text, first.start()))
    function = any(w in scene.function_words for w in words)
    if not (lowercase or function) or " ".join(words) not in source:
        return None
    line_start = text.rfind("\n", 0, run[0].start()) + 1
    if len(QUOTE.findall(text, line_start, run[0].start())) % 2:
        return None
    if text[run[0].start() - 1 : run[0].start()] not in ("", " ", *OPENERS):
        return None  # the tail of a token (".gnu.attributes")
    if not function and not _loose(text, run, line_start, source, language(scene.langs[1]).conjunctions):
        return None
    phrase = " ".join(words)
    before = _WORD_BEFORE.search(text, max(0, run[0].start() - 40), run[0].start())
    after = _WORD_AFTER.match(text, run[-1].end())
    named = (
        before is not None and before[1][0].isupper() and f"{before[1]} {phrase}".casefold() in source
    ) or (after is not None and after[1][0].isupper() and f"{phrase} {after[1]}".casefold() in source)
    if named:
        return None
    # A request word of the source opening a sentence ("Please remember que …") opens no loanword.
    request = words[0] in language(scene.langs[0]).sentence_openers and sentence_start(text, first.start())
    # A word the target language's lists lack is none of its loanwords ("drink cartons").
    unheard = unheard_phrase(text, first.start(), tuple(words), scene)
    # An everyday text keeps no phrase the target language hardly writes ("un vacuum cleaner").
    unborrowed_phrase = unborrowed(text, words, scene) or translated_beside(tuple(words), scene)
    return Severity.WARNING if function or nouns or request or unheard or unborrowed_phrase else Severity.INFO


_OWN_ITEMS = 2  # words of the translation's own before a bracket's conjunction: a list, no gloss


def _loose(text: str, run: list[re.Match[str]], line_start: int, source: str, joins: frozenset[str]) -> bool:
    """Whether two lowercase content words stand loose in the target's own prose: not at the
    start of a line unless it is a sentence (a command: "stash list <log-options>"), not in
    brackets or quotes (a gloss of the translated term, "Ladebereich (load range)", or a quoted
    value; but brackets and all as the source writes them are copied, "Preis (including
    delivery)", and so is a list's item after a comma, or its last after a conjunction of
    ``joins``, "(Staupe und kennel cough)"), and not the end of a longer run the source writes
    just so ("git notes add")."""
    start, end = run[0].start(), run[-1].end()
    if (
        text[start - 2 : start] in ("(", " (")
        and text[end : end + 1] == ")"
        and f"({text[start:end]})".casefold() in source
    ):
        return True  # copied with the source's brackets: no gloss of the term before them
    if not text[line_start:start].strip() and not prose_line(text, line_start):
        return False
    opened = text.rfind("(", line_start, start)
    bracketed = opened >= 0 and text.count("(", line_start, start) > text.count(")", line_start, start)
    ends = (*_PHRASE_ENDS, ")") if bracketed else _PHRASE_ENDS
    if text[start - 1 : start] not in ("", " ", "\n") or text[end : end + 1] not in ends:
        return False
    if bracketed:  # a gloss or a name fills its brackets; a list's item stands after a comma,
        # between commas or last, or last after its conjunction ("(alimentação, litter tray,
        # água fresca e …)", "(limpieza, ajuste de frenos, wheel truing)")
        if text[start - 2 : start] == ", " and text[end : end + 1] in (",", ")"):
            return True
        before = _WORD_BEFORE.search(text, opened, start)
        if before is None or before[1].casefold() not in joins:
            return False
        # a list's other items: after a comma, or words of the translation's own ("(Express avec
        # nettoyage des jantes et foam polish)")
        own = [w for w in _WORD.findall(text, opened, before.start()) if w.casefold() not in source]
        return "," in text[opened:start] or len(own) >= _OWN_ITEMS
    before = _WORD_BEFORE.search(text, max(0, start - 40), start)
    return before is None or f"{before[1]} {text[start:end]}".casefold() not in source


def _verbatim(
    text: str, copied: list[tuple[re.Match[str], bool]], source: str
) -> Iterator[list[tuple[re.Match[str], bool]]]:
    """The longest runs of ``copied`` running on in prose (words, spaces and numbers, no
    punctuation: not a list of keywords) that the source writes just so, case and spacing
    aside: a sentence copied with its numbers ("in about 1 in 4 children"), ended where the
    target's own text starts ("« … line », a estimé")."""
    first = 0
    while first < len(copied):
        last = first
        while last + 1 < len(copied):
            gap = text[copied[last][0].end() : copied[last + 1][0].start()]
            span = text[copied[first][0].start() : copied[last + 1][0].end()]
            if not _RUNNING.fullmatch(gap) or " ".join(span.casefold().split()) not in source:
                break
            last += 1
        yield copied[first : last + 1]
        first = last + 1


@lru_cache(maxsize=16)
def _foreign_words_in(source_lang: str, target_lang: str, everyday: bool) -> TokenMemo:
    """Remembers which tokens hold a word of the source language that the target language
    does not use (or a compound of such words, "self-raising"; in an ``everyday`` text, a
    rarer word too: see :func:`everyday_foreign`)."""
    context = CheckContext(source_lang=source_lang, target_lang=target_lang)
    langs = (source_lang, target_lang)
    return TokenMemo(
        lambda token: any(
            _is_foreign(w, context) or foreign_compound(w, langs) or (everyday and everyday_foreign(w, langs))
            for w in _WORD.findall(token)
        )
    )


def _is_foreign(word: str, context: CheckContext) -> bool:
    """A word of the source language that the target language does not use."""
    if not (has_lexicon(context.source_lang) and has_lexicon(context.target_lang)):
        return False
    there = zipf(word, context.source_lang)
    return there >= _LEXICAL and there - zipf(word, context.target_lang) >= _MARGIN


def _adjacent(text: str, run: list[re.Match[str]]) -> bool:
    """The words follow each other with only spaces (or light punctuation) between them."""
    return all(not text[a.end() : b.start()].strip(" ,'’-") for a, b in zip(run, run[1:], strict=False))
