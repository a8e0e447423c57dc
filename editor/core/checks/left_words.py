"""Words of the source language left in a translation where the target language has its own:
a unit's name after a number ("15 seconds" in a Russian sentence), a range of short weekday
names ("Tue–Sat"), a letter's salutation ("Dear Ana"), a telephone extension's sign ("ext. 12"),
a conjunction between two words of the translation ("Mitarbeiter or Gäste"), an article
before a name ("bei the Mill Bakery")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.left_counts import left_counted_words
from editor.core.checks.left_heads import left_greeting, left_verbs_among
from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.langdata import language

_LEXICAL = 2.5  # a word at least this common in the source language is a real word there
_MARGIN = 1.0  # Zipf points it must be more common there than in the target language
_QUOTES = "\"'“”„«»‘’`"
_NUMBER_PARTS = "0123456789.,\u00a0\u202f "
_MIN_UNIT = 4  # letters of a unit's name: shorter ones ("sec", "hrs") may be symbols anywhere


def left_words(source: str, target: str, source_lang: str, target_lang: str) -> list[tuple[int, int, str]]:
    """The spans of all of these in ``target``, each with its message."""
    theirs, ours = language(source_lang).name, language(target_lang).name
    found = [
        (start, end, f"'{target[start:end]}' is the {theirs} name of the unit, not the {ours} one")
        for start, end in left_units(source, target, source_lang, target_lang)
    ]
    units = {start for start, _, _ in found}
    found += [
        (start, end, f"'{target[start:end]}' is the {theirs} word, left after the number")
        for start, end in left_counted_words(source, target, source_lang, target_lang)
        if start not in units
    ]
    found += [
        (start, end, f"'{target[start:end]}' are the {theirs} short names of weekdays, not the {ours} ones")
        for start, end in left_weekday_ranges(source, target, source_lang, target_lang)
    ]
    found += [
        (start, end, f"'{target[start:end]}' is the {theirs} conjunction, left between {ours} words")
        for start, end in left_links(source, target, source_lang, target_lang)
    ]
    found += [
        (start, end, f"'{target[start:end]}' is the {theirs} article, left before a name in {ours}")
        for start, end in left_articles(source, target, source_lang, target_lang)
    ]
    if salutation := left_salutation(source, target, source_lang, target_lang):
        start, end = salutation
        found.append((start, end, f"'{target[start:end]}' is the {theirs} salutation, not a {ours} one"))
    if greeting := left_greeting(source, target, source_lang, target_lang):
        start, end = greeting
        found.append(
            (start, end, f"'{target[start:end]}' is the {theirs} greeting, left before {ours} words")
        )
    found += [
        (start, end, f"'{target[start:end]}' is the {theirs} verb, left among {ours} words")
        for start, end in left_verbs_among(source, target, source_lang, target_lang)
    ]
    found += [
        (start, end, f"'{target[start:end]}' is the {theirs} sign of an extension, not the {ours} one")
        for start, end in left_extension_signs(source, target, source_lang, target_lang)
    ]
    return found


@lru_cache(maxsize=64)
def _unit_words(source_lang: str, target_lang: str) -> frozenset[str]:
    """The source language's names of units ("minutes", "pounds") that the target language
    neither writes as its own unit words nor uses as a word of its own ("dollars" in Dutch,
    "metre" in French): each is a word left untranslated after a number."""
    if not (has_lexicon(source_lang) and has_lexicon(target_lang)):
        return frozenset()
    own = {word for word, _ in language(target_lang).unit_words}
    return frozenset(
        word
        for word, _ in language(source_lang).unit_words
        if len(word) >= _MIN_UNIT
        and word.isalpha()
        and word not in own
        and zipf(word, source_lang) >= _LEXICAL
        and zipf(word, source_lang) - zipf(word, target_lang) >= _MARGIN
    )


@lru_cache(maxsize=64)
def _unit_pattern(source_lang: str, target_lang: str) -> re.Pattern[str] | None:
    """A number, maybe a space, and one of :func:`_unit_words` in lowercase, as a whole word
    (the digit first, so that a scan skips to digits)."""
    words = _unit_words(source_lang, target_lang)
    if not words:
        return None
    alternation = "|".join(sorted(words, key=len, reverse=True))
    return re.compile(rf"\d(?<![^\W\d_]\d)[\s\u00a0\u202f]?({alternation})(?![\w-])")


def left_units(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[tuple[int, int]]:
    """The spans of source-language unit names after a number in ``target`` that the source
    writes after a number too ("nach 15 seconds"), not quoted."""
    pattern = _unit_pattern(source_lang, target_lang)
    if pattern is None:
        return
    found = list(pattern.finditer(target))
    if not found:
        return
    folded = source.casefold()
    for m in found:
        word = m.group(1)
        if re.search(rf"\d[\s\u00a0\u202f]?{word}(?![\w-])", folded) is None:
            continue
        before = target[: m.start()].rstrip(_NUMBER_PARTS)
        if before and before[-1] in _QUOTES:
            continue  # quoted (a label of the source's interface)
        yield m.start(1), m.end(1)


@lru_cache(maxsize=64)
def _weekday_range(source_lang: str, target_lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """Two of the source language's short weekday names joined by a dash ("Tue–Sat"), each
    capitalised, maybe with a full stop, that the target language does not write (it writes
    no weekday's name or short name so). Months' short names are left alone: "Mar", "Jun"
    are those of several languages."""
    source, target = language(source_lang), language(target_lang)
    days = {form.lower() for forms in source.weekdays for form in forms}
    theirs = {form.lower() for forms in target.weekdays for form in forms} | target.date_abbreviations
    short = sorted(
        (a for a in source.date_abbreviations if a not in theirs and any(d.startswith(a) for d in days)),
        key=len,
        reverse=True,
    )
    if not short:
        return None
    names = tuple(a.capitalize() for a in short)
    day = f"(?:{'|'.join(names)})"
    return re.compile(rf"(?<![^\W\d_]){day}\.? ?[-–—] ?{day}(?![^\W\d_])"), names


def left_weekday_ranges(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[tuple[int, int]]:
    """The spans of ranges of short weekday names of the source language in ``target`` that
    the source writes too ("Tue–Sat" in a German opening time), dashes and spaces aside."""
    found = _weekday_range(source_lang, target_lang)
    if found is None or not ("-" in target or "–" in target or "—" in target):
        return
    pattern, names = found
    if not any(name in target for name in names):
        return
    written: set[str] | None = None  # (read only for a target with such a range: rare)
    for m in pattern.finditer(target):
        if written is None:
            written = {_DASHES.sub("-", m.group()) for m in pattern.finditer(source)}
        if _DASHES.sub("-", m.group()) in written:
            yield m.start(), m.end()


_DASHES = re.compile(r" ?[-–—] ?")


def left_salutation(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a letter's salutation word of the source language that opens ``target``
    as it opens the source, before a capitalised name ("Dear Ana, …" in a Spanish letter):
    one the target language neither writes as its own salutation nor uses as a word."""
    first = _FIRST_WORD.match(target)
    if first is None or not (first.group(1)[0].isupper() and first.group(2)[0].isupper()):
        return None
    word = first.group(1)
    theirs, ours = language(source_lang).salutations, language(target_lang).salutations
    if word.lower() not in theirs or word.lower() in ours or not ours:
        return None
    opening = _FIRST_WORD.match(source)
    if opening is None or opening.group(1) != word:
        return None
    if zipf(word, source_lang) - zipf(word, target_lang) < _MARGIN:
        return None  # a loanword the target language uses ("Hi" in German)
    return first.start(1), first.end(1)


# A text's first word, a space and the first letter of the next (a name's or a title's).
_FIRST_WORD = re.compile(r"\s*([^\W\d_]+)[ \u00a0]+([^\W\d_])")


@lru_cache(maxsize=64)
def _extension(source_lang: str, target_lang: str) -> re.Pattern[str] | None:
    """The source language's extension signs that the target language does not write, as
    whole words before a number; none where the target language's are unknown."""
    ours = language(target_lang).extension_signs
    left = language(source_lang).extension_signs - ours
    if not left or not ours:
        return None
    alternation = "|".join(re.escape(s) for s in sorted(left, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?=[ \u00a0]?\d)")


@lru_cache(maxsize=64)
def _left_signs(source_lang: str, target_lang: str) -> tuple[str, ...]:
    return tuple(language(source_lang).extension_signs - language(target_lang).extension_signs)


def left_extension_signs(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[tuple[int, int]]:
    """The spans of extension signs of the source language before a number in ``target``
    that the source writes too ("ext. 12" in a German sentence)."""
    pattern = _extension(source_lang, target_lang)
    if pattern is None or not any(sign in source for sign in _left_signs(source_lang, target_lang)):
        return
    for m in pattern.finditer(target):
        if pattern.search(source) and m.group() in source:
            yield m.start(), m.end()


_LINK_COMMON = 5.5  # Zipf: a conjunction this common in the source language
_LINK_FOREIGN = 2.0  # Zipf points it must be more common there than in the target language
_LINK_OWN = 3.0  # a neighbour at least this common in the source language may be its word


def _foreign_class(
    entries: frozenset[str], source_lang: str, target_lang: str, common: float, margin: float
) -> list[str]:
    """The closed-class words of the source language among ``entries`` that are none of the
    target language's closed-class words, at least ``common`` there and ``margin`` Zipf points
    commoner there than in the target language, sorted."""
    ours = language(target_lang)
    own = ours.conjunctions | ours.prepositions | ours.function_words | ours.determiners
    return sorted(
        word
        for word in entries
        if word not in own
        and zipf(word, source_lang) >= common
        and zipf(word, source_lang) - zipf(word, target_lang) >= margin
    )


def _between_words(words: list[str], after: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A pattern for one of ``words`` after a word and before ``after`` (a pattern), spaces
    around it; and one for the space, word and space each of its matches holds: a scan that
    jumps from space to space in C rules out most texts (the full pattern, a lookbehind
    first, tries every position)."""
    either = "|".join(words)
    return (
        re.compile(f" (?:{either}) "),
        re.compile(rf"(?<![\w'’-])([^\W\d_]+) ({either}) ({after})(?![\w'’])"),
    )


@lru_cache(maxsize=64)
def _link_pattern(source_lang: str, target_lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    if not (has_lexicon(source_lang) and has_lexicon(target_lang)):
        return None
    ours = language(target_lang)
    if ours.wide_script:
        return None  # written without spaces: a Latin word there is a term ("so 名"), not a join
    conjunctions = frozenset(w for w in language(source_lang).conjunctions if len(w) >= 2)
    words = _foreign_class(conjunctions, source_lang, target_lang, _LINK_COMMON, _LINK_FOREIGN)
    if not words:
        return None
    return _between_words(words, r"[^\W_]+")  # a word between two words (or a word and a number)


def _theirs(word: str, source_lang: str, target_lang: str) -> bool:
    """Whether ``word`` may be a word of the source language (then the phrase may be too)."""
    if word.isdigit():
        return False
    if word.isupper():
        return True  # an acronym ("PDF or PNG"): a name, of either language
    theirs, ours = zipf(word.lower(), source_lang), zipf(word.lower(), target_lang)
    return theirs > ours and (theirs >= _LINK_OWN or ours == 0.0)


def left_links(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[tuple[int, int]]:
    """The spans of source-language conjunctions in ``target`` between two words of the
    target language that the source does not write ("Nutzerin or Nutzer" for "users"): one
    it writes is a copied fragment, which the untranslated check says as such."""
    patterns = _link_pattern(source_lang, target_lang)
    if patterns is None or patterns[0].search(target) is None:
        return
    pattern = patterns[1]
    ours = language(target_lang)
    theirs = {w.lower() for w in re.findall(r"[^\W\d_]+", source)}
    for m in pattern.finditer(target):
        if m.group(2) in theirs:
            continue  # a word the source writes: a copied fragment, said as one elsewhere
        # (overlapping matches, "A or B or C", are rare: the scan takes each once)
        if _theirs(m.group(1), source_lang, target_lang) or _theirs(m.group(3), source_lang, target_lang):
            continue
        if m.group(1).lower() in ours.prepositions | ours.determiners:
            continue  # a word named after a preposition, not one that joins
        yield m.start(2), m.end(2)


_ARTICLE_COMMON = 7.2  # Zipf: an article this common in the source language ("the", "a")
_ARTICLE_FOREIGN = 1.5  # Zipf points it must be more common there than in the target language


@lru_cache(maxsize=64)
def _article_pattern(source_lang: str, target_lang: str) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """The source language's commonest articles that the target language neither has among
    its own words nor writes often (English "the"; not "a", a preposition in Spanish), lowercase
    between a lowercase word and a capitalised one."""
    if not (has_lexicon(source_lang) and has_lexicon(target_lang)):
        return None
    ours = language(target_lang)
    if ours.wide_script:
        return None
    articles = language(source_lang).determiners
    words = _foreign_class(articles, source_lang, target_lang, _ARTICLE_COMMON, _ARTICLE_FOREIGN)
    if not words:
        return None
    return _between_words(words, r"[^\W\d_]+")


def left_articles(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[tuple[int, int]]:
    """The spans of source-language articles left before a name the translation keeps as
    the source writes it ("bei the Mill Bakery" for "at the Mill Bakery"): the article
    lowercase after a lowercase word of the target language, before a capitalised word the
    source writes too (with the article or without it: MT adds one before a name of the
    source language, "bei the Corn Exchange" for "at Corn Exchange"). A title the source
    capitalises with its article ("The Times") keeps its capital and is left alone."""
    patterns = _article_pattern(source_lang, target_lang)
    if patterns is None or patterns[0].search(target) is None:
        return
    for m in patterns[1].finditer(target):
        before, article, name = m.groups()
        if not before.islower() or not name[0].isupper():
            continue
        if not re.search(rf"(?<![\w'’-]){re.escape(name)}(?![\w'’-])", source):
            continue  # a name the translation keeps as the source writes it
        copied = re.search(rf"(?<!\w){re.escape(before)}(?!\w)", source)
        if copied or _theirs(before, source_lang, target_lang):
            continue  # a word of the source's: a phrase copied whole, said as one elsewhere
        yield m.start(2), m.end(2)
