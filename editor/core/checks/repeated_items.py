"""Repeats that are no word said twice: an elided word doubled ("l'l'eau"), a currency sign
or a unit symbol doubled ("40 € €"), an item said twice in a row of a list ("a pen; a pen"),
a label with its colon doubled ("Tip: Tip:"), a currency named by its sign and its code
("85 € EUR"), an address or a code token doubled ("info@example.org info@example.org"), a preposition
before its own contraction with the article ("in im Haus"), an abbreviation before the words it
stands for ("e.g. for example"), a courtesy title said as its word and its abbreviation ("Frau
Fr. Roe"). A helper of ``repeated_word``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from editor.core.checks.units import SYMBOL_CODES
from editor.core.langdata import known_languages, language

# A short word with its apostrophe, written twice before the word it is elided onto.
_ELIDED_TWICE = re.compile(r"(?<![\w'’])([^\W\d_]{1,5}['’])\1(?=[^\W\d_])", re.IGNORECASE)
# A currency sign or a unit symbol twice with a space between, after a number or before one.
_SYMBOLS = "$£€¥₽₹₩₺₴¢%‰°"
_SYMBOL_TWICE = re.compile(
    rf"(?:(?<=\d)|(?<=\d[ \u00a0\u202f]))([{_SYMBOLS}])[ \u00a0\u202f]\1(?![{_SYMBOLS}])"
)
# An item of a list and the same again after a semicolon, or after a comma when it has two
# words at least ("sí, sí" and "very, very" are said twice on purpose). An item starts the text
# or follows a mark, and ends before one.
_ITEM_TWICE = re.compile(
    r"(?:^|(?<=[;:,(]))[ \u00a0]*"
    r"(?P<item>[^\W\d_][^;:,()\n]{0,60}?)[ \u00a0]*(?P<sep>[;,])[ \u00a0]+(?P=item)"
    r"(?=[ \u00a0]*(?:[;,.!?)]|$))",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]{2,}")
# A token that is no word: letters with a mark of an address, a path or code between word
# characters ("info@example.org", "www.example.org/a", "make_all", "z.B.").
_CODE_MARK = re.compile(r"\w[@/_.:\\=#~+]\w")
_TOKEN = re.compile(r"\S+")
# The words after a contraction up to a mark, and the word before a preposition.
_NEXT_WORDS = re.compile(r"[^,;:.!?()\[\]\n]{1,80}")
_LAST_WORD = re.compile(r"([^\W\d_]+)[ \u00a0]*$")
_OPENING = "\"'`“„«‚‘(["
_CLOSING = ".,;:!?…\"'`“”»’)]"
_SPACES = re.compile(r"[ \u00a0\u202f]")
_PIECES = re.compile(r"[;:,()\n]")
# A label of one to three words (one of two letters at least) with its colon, twice in a row.
_LABEL_TWICE = re.compile(
    r"(?<![\w'’-])((?=[^\W\d_]{2})[^\W\d_]+(?:[ \u00a0][^\W\d_]+){0,2}:)[ \u00a0]+\1(?=\s|$)"
)
# An amount with a currency's sign and the same currency's ISO code after it: "40 € EUR",
# "£40 GBP".
_SPACE = "[ \u00a0\u202f]"
_AMOUNT = r"\d+(?:[.,\u00a0\u202f ]\d{3})*(?:[.,]\d+)?"
_SIGN_AND_CODE = re.compile(
    rf"(?:(?<=\d){_SPACE}?(?P<after>[{''.join(SYMBOL_CODES)}])"
    rf"|(?<![\w$£€¥])(?P<before>[{''.join(SYMBOL_CODES)}]){_SPACE}?{_AMOUNT})"
    rf"{_SPACE}+(?P<code>[A-Z]{{3}})(?![\w$£€¥-])"
)


class Repeat(NamedTuple):
    start: int
    end: int
    what: str
    fix: str


def repeated_items(source: str, target: str, lang: str = "") -> Iterator[Repeat]:
    """The repeats of ``target`` that are no word twice, where the source has no such repeat."""
    if "%" in target and lang:
        yield from _percent_twice(target, lang)
    if lang:
        yield from _preposition_twice(target, lang)
    if lang and "." in target:
        yield from _abbreviation_twice(source, target, lang)
    if lang:
        yield from _title_twice(target, lang)
        yield from _speech_twice(source, target, lang)
    if "'" in target or "’" in target:
        for m in _ELIDED_TWICE.finditer(target):
            if m.group() not in source:
                yield Repeat(m.start(), m.end(), f"'{m.group(1)}' is repeated", m.group(1))
    if any(symbol in target for symbol in _SYMBOLS):
        yield from currency_twice(source, target)
        for m in _SYMBOL_TWICE.finditer(target):
            if m.group() not in source:
                yield Repeat(m.start(), m.end(), f"'{m.group(1)}' is repeated", m.group(1))
    if ";" in target or ", " in target:
        yield from _items(source, target)
    if target.count(":") > 1 and not _LABEL_TWICE.search(source):
        for m in _LABEL_TWICE.finditer(target):
            yield Repeat(m.start(), m.end(), f"'{m.group(1)}' is repeated", m.group(1))


def currency_twice(source: str, target: str) -> Iterator[Repeat]:
    """An amount given its currency twice, by the sign and by the ISO code ("40 € EUR",
    "£40 GBP"), where the source does not write both: the code goes."""
    for m in _SIGN_AND_CODE.finditer(target):
        sign, code = m.group("after") or m.group("before"), m.group("code")
        if code not in SYMBOL_CODES[sign] or (sign in source and code in source):
            continue
        start = m.start("after") if m.group("after") else m.start()
        end = m.end()
        fix = target[start : m.start("code")].rstrip(" \u00a0\u202f")
        yield Repeat(start, end, f"'{sign}' and '{code}' name the currency twice", fix)


def tokens_twice(source: str, target: str) -> Iterator[Repeat]:
    """An address, a path or a code token written twice in a row with one space between
    ("an info@example.org info@example.org"), more often than the source writes it. The
    word pattern of ``repeated_word`` stops at the token's marks, so it never sees these."""
    words = target.split()
    firsts = [word.lstrip(_OPENING) for word in words]
    if not any(a == b or a == b.rstrip(_CLOSING) for a, b in zip(firsts, words[1:], strict=False)):
        return
    tokens = list(_TOKEN.finditer(target))
    for first, second in pairwise(tokens):
        token = first.group().lstrip(_OPENING)
        if (
            target[first.end() : second.start()] not in (" ", "\u00a0")
            or token not in (second.group(), second.group().rstrip(_CLOSING))
            or not _CODE_MARK.search(token)
            or not any(ch.isalpha() for ch in token)
            or target.count(token) <= source.count(token)
        ):
            continue
        start = first.end() - len(token)
        yield Repeat(start, second.start() + len(token), f"'{token}' is repeated", token)


def _percent_twice(target: str, lang: str) -> Iterator[Repeat]:
    """A percent sign and the language's word for it after one number ("60 % por ciento")."""
    pattern = _percent_then_word(lang)
    if pattern is None:
        return
    for m in pattern.finditer(target):
        yield Repeat(m.start(1), m.end(), f"'{m.group(1)}' and '{m.group(2)}' say percent twice", "%")


@lru_cache(maxsize=32)
def _percent_then_word(lang: str) -> re.Pattern[str] | None:
    words = [w for w in language(lang).percent_words if not w.endswith(".")]
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<=\d)[ \u00a0\u202f]?(%)[ \u00a0\u202f]+((?i:{alternation}))(?![^\W\d_])")


def _preposition_twice(target: str, lang: str) -> Iterator[Repeat]:
    """A preposition before its own contraction with the article ("in im Haus", "à au
    marché"): not before an adverb the contraction opens ("à au moins 10 %"), not a letter
    named as a value ("de a à z"), and not (German) before a participle's phrase that the
    preposition governs as a whole ("in im Ausland gefertigten Teilen")."""
    found = _contraction_pairs(lang)
    if found is None:
        return
    data = language(lang)
    for m in found.finditer(target):
        preposition, form = m.group("prep"), m.group("form")
        if (form.replace("’", "'"), preposition.casefold()) not in data.article_contractions:
            continue
        after = _NEXT_WORDS.match(target, m.end())
        words = after.group().split() if after else []
        if words and f"{form} {words[0]}".casefold() in data.contraction_adverbs:
            continue
        before = _LAST_WORD.search(target, 0, m.start())
        if len(preposition) == 1 and before and before.group(1).casefold() in _closed(lang):
            continue
        if data.capitalises_nouns and _governs_more(words, data.function_words):
            continue
        fix = form[:1].upper() + form[1:] if preposition[:1].isupper() else form
        yield Repeat(m.start(), m.end(), f"'{preposition}' is said twice: '{form}' holds it", fix)


def _abbreviation_twice(source: str, target: str, lang: str) -> Iterator[Repeat]:
    """An abbreviation right before the words it stands for ("z. B. zum Beispiel", "e.g., for
    example"), where the source does not write so: the words go."""
    found = _abbreviation_pairs(lang)
    if found is None or not any(gate in target for gate in _expansion_gates(lang)):
        return
    pairs = language(lang).abbreviation_expansions
    for m in found.finditer(target):
        abbreviation = _SPACES.sub("", m.group("abbr")).casefold()
        words = m.group("words").casefold()
        if not any(_SPACES.sub("", a).casefold() == abbreviation and w.casefold() == words for a, w in pairs):
            continue
        if m.group().casefold() in source.casefold():
            continue
        yield Repeat(
            m.start(), m.end(), f"'{m.group('abbr')}' and '{m.group('words')}' say it twice", m.group("abbr")
        )


@lru_cache(maxsize=32)
def _expansion_gates(lang: str) -> tuple[str, ...]:
    """A substring of each expansion (its longest word but the first letter, which a capital
    may change): a text without any of them holds none."""
    return tuple({max(w.split(), key=len)[1:] for _, w in language(lang).abbreviation_expansions})


@lru_cache(maxsize=32)
def _abbreviation_pairs(lang: str) -> re.Pattern[str] | None:
    pairs = language(lang).abbreviation_expansions
    if not pairs:
        return None

    def spaced(abbreviation: str) -> str:  # "z. B." also as "z.B." and with a no-break space
        return r"\.[ \u00a0\u202f]?".join(re.escape(part.strip()) for part in abbreviation.split("."))

    abbreviations = "|".join(spaced(a) for a in sorted({a for a, _ in pairs}, key=len, reverse=True))
    words = "|".join(
        re.escape(w).replace(r"\ ", "[ \u00a0]") for w in sorted({w for _, w in pairs}, key=len, reverse=True)
    )
    return re.compile(
        rf"(?<![\w'’-])(?P<abbr>{abbreviations}),?[ \u00a0\u202f]+(?P<words>{words})(?![\w'’-])",
        re.IGNORECASE,
    )


def _title_twice(target: str, lang: str) -> Iterator[Repeat]:
    """A courtesy title said twice before a name, as its word and as its abbreviation ("Frau
    Fr. Roe", "señora Sra. Gil"): two titles of one gender (data ``feminine_titles``,
    ``masculine_titles``), one of them the other's letters shortened ("fr" of "frau"), the
    abbreviation of two letters at least. Two titles that are not one ("señor don", "Sr. D."), or a
    title before an initial ("Monsieur M. Roe"), are left alone."""
    pattern = _titles_pattern(lang)
    if pattern is None:
        return
    data = language(lang)
    titles = data.feminine_titles | data.masculine_titles
    if len(titles.intersection(target.casefold().replace(".", " ").split())) < 2:
        return  # two titles, one the other's short form: two different words of the list
    for m in pattern.finditer(target):
        first, second = m.group("first").casefold(), m.group("second").casefold()
        if not any({first, second} <= titles for titles in (data.feminine_titles, data.masculine_titles)):
            continue
        short, long = sorted((first, second), key=len)
        if short == long or len(short.replace(".", "")) < 2 or not _shortens(short, long):
            continue
        keep = m.group("first") + m.group("stop")
        said = target[m.start() : m.end("stop")], target[m.start("second") : m.end()]
        what = f"'{said[0]}' and '{said[1]}' say the title twice"
        yield Repeat(m.start(), m.end(), what, keep)


# A quotation's closing mark, maybe a comma, a verb of saying, then up to a comma inside the
# attribution (no quotation mark, no sentence's end between) the same verb again, maybe with
# a lowercase word (a pronoun: "sagt sie", "dit-il").
_SPEECH_TWICE = (
    r"[\"”“’»‹›],?[ \u00a0]+(?P<verb>{verbs})(?![\w'’])[^.!?…\"“”„«»‘’‹›\n]{{1,80}}?"
    r"(?P<again>,[ \u00a0]+(?P=verb)(?:(?:[ \u00a0]|-)(?-i:[^\W\d_A-ZÀ-ÞА-Я]+))?)(?![\w'’-])"
)


def _speech_twice(source: str, target: str, lang: str) -> Iterator[Repeat]:
    """A verb of saying said twice in one attribution of a quotation ("…“, sagt Ana Roe,
    sagt sie."; data ``speech_verbs``), where the source's segment says it once at most: the
    second goes. Two quotations, each with its own attribution, have a quotation mark between."""
    found = _speech_pattern(lang)
    if found is None:
        return
    pattern, gates = found
    if not any(gate in target for gate in gates):
        return
    for m in pattern.finditer(target):
        theirs = _source_speech(source)
        if theirs > 1:
            return  # the source says it twice too
        what = f"'{m.group('verb')}' is said twice in the attribution"
        yield Repeat(m.start("again"), m.end("again"), what, "")


def _source_speech(source: str) -> int:
    """How many verbs of saying the source writes, in any language of the data."""
    every = _all_speech_verbs()
    return sum(word in every for word in _WORD.findall(source.casefold()))


@lru_cache(maxsize=1)
def _all_speech_verbs() -> frozenset[str]:
    return frozenset().union(*(language(code).speech_verbs for code in known_languages()))


@lru_cache(maxsize=32)
def _speech_pattern(lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    verbs = sorted(language(lang).speech_verbs, key=len, reverse=True)
    if not verbs:
        return None
    alternation = "|".join(re.escape(v) for v in verbs)
    return re.compile(_SPEECH_TWICE.format(verbs=alternation), re.IGNORECASE), tuple(verbs)


def _shortens(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` shortened: its first letter, then others of it in order
    ("sig.ra" of "signora", "mme" of "madame")."""
    letters = short.replace(".", "")
    if letters[0] != long[0]:
        return False
    rest = iter(long[1:])
    return all(ch in rest for ch in letters[1:])


@lru_cache(maxsize=32)
def _titles_pattern(lang: str) -> re.Pattern[str] | None:
    """Two gendered titles of ``lang`` in a row, each maybe with its full stop."""
    data = language(lang)
    titles = data.feminine_titles | data.masculine_titles
    if not titles:
        return None
    alternation = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’.-])(?P<first>{alternation})(?P<stop>\.?)[ \u00a0]+"
        rf"(?P<second>{alternation})\.?(?![\w'’-])",
        re.IGNORECASE,
    )


def _governs_more(words: list[str], closed: frozenset[str]) -> bool:
    """Whether a lowercase word that is no function word stands before a capitalised one
    among the words after a contraction: an attribute of a noun ("im Ausland gefertigten
    Teilen", "zum Teil sehr alten Häusern") that the preposition before governs."""
    return any(
        a[:1].islower() and len(a) > 2 and a not in closed and b[:1].isupper() for a, b in pairwise(words)
    )


@lru_cache(maxsize=32)
def _contraction_pairs(lang: str) -> re.Pattern[str] | None:
    pairs = language(lang).article_contractions
    if not pairs:
        return None
    prepositions = "|".join(sorted({re.escape(p) for _, p in pairs}, key=len, reverse=True))
    forms = "|".join(
        re.escape(form[:-1]) + "['’]" if form.endswith("'") else re.escape(form) + r"(?![\w'’-])"
        for form in sorted({form for form, _ in pairs}, key=len, reverse=True)
    )
    return re.compile(rf"(?<![\w'’-])(?P<prep>(?i:{prepositions}))[ \u00a0](?P<form>{forms})")


@lru_cache(maxsize=32)
def _closed(lang: str) -> frozenset[str]:
    data = language(lang)
    return data.function_words | data.prepositions | data.determiners


def _items(source: str, target: str) -> Iterator[Repeat]:
    """An item said twice in a row of a list, where no item of the source is."""
    if not _maybe_twice(target):
        return
    found = [m for m in _ITEM_TWICE.finditer(target) if _counts(m)]
    if not found or any(_counts(m) for m in _ITEM_TWICE.finditer(source)):
        return
    for m in found:
        item = m.group("item")
        yield Repeat(m.start("item"), m.end(), f"'{item}' is listed twice in a row", item)


def _maybe_twice(text: str) -> bool:
    """Whether a piece of ``text`` between marks opens the piece after it: a test in C for
    what :data:`_ITEM_TWICE` finds, which tries every item start with a back reference."""
    pieces = [piece.strip(" \u00a0").casefold() for piece in _PIECES.split(text)]
    return any(a and b.startswith(a) for a, b in pairwise(pieces))


def _counts(m: re.Match[str]) -> bool:
    """Whether a repeated item is a slip: after a semicolon any item with a word, after a
    comma an item of two words or more."""
    words = len(_WORD.findall(m.group("item")))
    return words >= 1 if m.group("sep") == ";" else words >= 2 and " " in m.group("item")
