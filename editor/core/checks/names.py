"""Finding proper names in a source sentence and their forms in a translation.

A name is a run of capitalised words not at a sentence start ("Mistral AI", "Destination
Earth"), a single capitalised word that is not a common word of the language ("Salesforce"),
or a word with an inner capital ("OpenAI"). Stand-alone acronyms ("AI", "EU") are left out:
translations localise them as a rule ("KI", "UE"). In languages that capitalise nouns
(German) capitals say little: there a name needs an acronym or inner capital ("Mistral AI").

Software text adds look-alikes that translators rightly translate: numbered placeholders
("FILE1" -> "DATEI1"), abbreviations without vowels ("Ctrl" -> "Strg", "Nth"), units ("KiB"
-> "Kio"), words glued to a printf placeholder ("%sPlease"), the first word of a line in help
text, and short UI labels in Title Case ("Kinetic Scrolling").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.lexicon import zipf as lexicon_zipf
from editor.core.checks.prose import running_prose
from editor.core.langdata import language
from editor.core.text import has_word

_DEMONSTRATIVE_BEFORE = re.compile(r"([^\W\d_]+) \Z")
_TERM_ZIPF = 2.5  # a word of the language, if a rarer one ("Tenancy")
COMMON_ZIPF = 3.5  # at or above: an everyday word ("Earth", "Union"), below: likely a name
_UPPER = "".join(re.escape(ch) for ch in map(chr, range(0x0530)) if ch.isupper())
# Only words holding a capital letter can be (part of) a name; found in one C-level scan.
_WORD = re.compile(
    rf"\b(?:[{_UPPER}]\.(?:[{_UPPER}]\.)+"
    rf"|(?:[{_UPPER}]|[a-z\u00df-\u00ff]+[{_UPPER}])[^\W_]*(?:['\u2019][^\W\d_]+)?)"
)
# The same words where no lowercase letter stands right before a capital (most texts: no
# "iPhone"): matched from their capital on, which the scan jumps to in C; "\b" before the
# capital is the lookbehind after it. About twice as fast as _WORD, with the same matches.
_CAPITALISED_WORD = re.compile(rf"[{_UPPER}](?<!\w.)(?:\.(?:[{_UPPER}]\.)+|[^\W_]*(?:['\u2019][^\W\d_]+)?)")
_INNER_CAPITAL = re.compile(rf"[{_UPPER}](?<=[a-z\u00df-\u00ff].)")
_LOWER_WORD = re.compile(r"\b[a-z\u00df-\u00ff][^\W_]*")
_OPENERS = "\"'\u201c\u201e\u00ab\u2018\u201a([\u00bb¡¿"
_STOPS = ".!?:\u2026"
_CLOSERS = "\"'\u201d\u2019\u00bb)]"
INNER_CAPITAL = re.compile(r"[^\W\d_]*[a-z\u00df-\u00ff][A-Z]")
_ACRONYM = re.compile(r"(?:[A-Z]{2,}|(?:[A-Z]\.)+[A-Z]?\.?|[A-Z])s?")
APOSTROPHES = ("'", "\u2019")
# A printf conversion ("%s", "%1$s", "%-10ld", "%.*s"): masked so that a word glued to it
# ("%sPlease") is read as the word it is.
_PRINTF = re.compile(
    r"%+(?:\d+\$)?[-+#0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?(?:hh|ll|[hlLqjzt])?[diouxXeEfFgGaAcspn]"
)
# A menu's mnemonic marker before a word's letter ("_Leave", "&File"), masked the same way.
_MNEMONIC = re.compile(r"(?<![\w&])[_&](?=[^\W\d_])")
# An ALL-CAPS stem with a number or ordinal ending: a placeholder ("FILE1", "NUMBERth") when
# the stem is a common word or is numbered twice in the text ("EXPR1 ... EXPR2").
_NUMBERED = re.compile(r"([A-Z]{2,})(\d+|['\u2019]?(?:th|st|nd|rd))")
_PLACEHOLDER_ZIPF = 3.0  # a placeholder's stem is a real word of the language ("integer")
_CAMEL = re.compile(r"[a-z]+(?:[A-Z][a-z]+)+")
_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+")
_VOWELS = frozenset("aeiouyAEIOUY")
_LETTERS_DIGITS = re.compile(r"[A-Z][A-Za-z]{0,2}\d{1,3}")
_GROUP_AFTER = re.compile(r"[,.\u00a0\u202f]\d{3}(?!\d)")
_SHORT = 3  # an inner capital in a word this short is a unit or abbreviation ("KiB", "kB")


@dataclass(frozen=True, slots=True)
class Name:
    """A name of the source: where, its words, and whether it looks like a brand."""

    start: int
    end: int
    words: tuple[str, ...]
    distinctive: bool  # holds a rare word or an inner capital: must survive translation

    @property
    def text(self) -> str:
        return " ".join(self.words)


@lru_cache(maxsize=200_000)
def zipf(word: str, code: str) -> float:
    return lexicon_zipf(word, code)


def target_language_word(word: str, source_lang: str, target_lang: str) -> bool:
    """Whether a word is a point or more commoner in the target language than in the source's:
    the target language's word ("Bahnhof", "Hauptbahnhof"), not a name both write."""
    return lexicon_zipf(word, target_lang) - lexicon_zipf(word, source_lang) >= _TARGET_WORD


_TARGET_WORD = 1.0  # Zipf points


def _bare(word: str) -> str:
    """The word without a possessive ending ("France’s" -> "France")."""
    if word[-2:-1] in APOSTROPHES and word[-1:] == "s":
        return word[:-2]
    return word[:-1] if word[-1:] in APOSTROPHES else word


def _possessive(word: str) -> bool:
    return _bare(word) != word


def is_acronym(word: str) -> bool:
    return _ACRONYM.fullmatch(word) is not None


@lru_cache(maxsize=100_000)
def word_kind(word: str, code: str) -> str:
    """'inner', 'acronym', 'rare', 'common' or '' (not capitalised).

    Placeholders, units, keys of the keyboard and abbreviations without vowels count as
    acronyms: like "AI" -> "KI", translations localise them."""
    data, bare = language(code), word.lower().rstrip(".")
    if bare in data.titles or bare in data.date_abbreviations:
        return "common"  # "Ms" -> "mevrouw", "Fri" -> "Fr.": translated like a word
    if is_acronym(word):
        return "acronym"
    if word.lower() in data.key_names:
        return "acronym"  # "Esc" -> "Échap", "Backspace" -> "Rücktaste": localised like "Ctrl"
    numbered = _NUMBERED.fullmatch(word)
    if numbered and len(numbered[1]) >= 4 and zipf(numbered[1], code) >= _PLACEHOLDER_ZIPF:
        return "acronym"
    inner = INNER_CAPITAL.match(word) is not None
    if not (inner or word[:1].isupper()):
        return ""
    common = zipf(word, code) >= COMMON_ZIPF or any(
        word.endswith(ending) and zipf(word[: -len(ending)], code) >= COMMON_ZIPF
        for ending in data.plural_endings
    )
    letters = word.replace("'", "").replace("\u2019", "")
    if not common and letters.isascii() and letters.isalpha() and _VOWELS.isdisjoint(letters):
        return "acronym"  # "Ctrl", "Nth", "PrtSc"
    if inner:
        capitals = sum(ch.isupper() for ch in letters)
        if capitals * 3 >= len(letters) * 2:
            return "acronym"  # mostly capitals ("eGFR", "mRNA"): localised ("TFGe", "ARNm")
        return "acronym" if len(word) <= _SHORT or _identifier(word, code) else "inner"
    return "common" if common else "rare"


def _identifier(word: str, code: str) -> bool:
    """A variable name in camelCase made of words of the language ("directoryName",
    "oldCluster"): a placeholder that help texts translate, unlike "iPhone" or "eBay"."""
    if _CAMEL.fullmatch(word) is None:
        return False
    return all(len(part) >= 3 and zipf(part, code) >= _PLACEHOLDER_ZIPF for part in _CAMEL_PART.findall(word))


@lru_cache(maxsize=100_000)
def _kind_of_written(word: str, code: str) -> str:
    """:func:`word_kind` of a word as written (possessive and all), or '' for a part of the
    year ("Q3", "FY2025"): no name; in one cache lookup."""
    if _period(word, language(code).periods):
        return ""
    return word_kind(_bare(word), code)


# The end of a news dateline: a year or a place in capitals (and an agency), then a dash.
_DATELINE = re.compile(r"(?:\b\d{4}|\b[A-Z]{3,}(?:[ .][A-Z]+)*)(?:\s*\([^()]*\))?\s*[\u2013\u2014]\s*\Z")


def opens_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` begins a sentence, a line, or a column of a table."""
    before = text[max(0, start - 12) : start].rstrip()
    gap = text[max(0, start - 12) + len(before) : start]
    if "\n" in gap or "\t" in gap or "   " in gap:  # a line, or a column of a table
        return True
    if not before and start > 12:
        before = text[:start].rstrip()
    quoted = before.endswith(tuple(_OPENERS))
    before = before.rstrip(_OPENERS + " ")
    if before[-1:] in _CLOSERS:
        before = before.rstrip(_CLOSERS)  # a quotation or bracket closed after a full stop
    if before[-1:] in ("\u2013", "\u2014") and _DATELINE.search(text, max(0, start - 60), start):
        return True  # the first word after a dateline ("GENEVA, 14 November 2025 – Glaciers")
    return quoted or not before or before[-1] in _STOPS


def _title_case(text: str, capitalised: int, code: str) -> bool:
    """A headline or label in Title Case ("EU To Expand Support For AI Startups", "Kinetic
    Scrolling"), with ``capitalised`` capitalised words: every lowercase word is a function
    word. Capitals say nothing about names there."""
    if capitalised < 2:
        return False
    words = len(text.split(None, capitalised * 2))  # (more than twice as many: no headline)
    if capitalised * 2 < words or (capitalised == 2 and words > 3):
        return False  # most words of a headline in Title Case are capitalised
    function_words = language(code).function_words
    return all(w in function_words for w in _LOWER_WORD.findall(text))


def source_names(
    text: str, code: str, target: str = "", elsewhere: Callable[[str], bool] | None = None
) -> list[Name]:
    """The names of a source sentence, in order. ``target``, its translation, and
    ``elsewhere``, whether the document's sources write a word with a capital inside a
    sentence elsewhere, tell a name that starts a sentence from a word that does."""
    if "%" in text:
        text = _PRINTF.sub(lambda m: " " * len(m.group()), text)
    if "_" in text or "&" in text:
        text = _MNEMONIC.sub(" ", text)  # "_Leave Fullscreen" is "Leave Fullscreen"
    words = _WORD if _INNER_CAPITAL.search(text) else _CAPITALISED_WORD
    found = [(m, _kind_of_written(m.group(), code)) for m in words.finditer(text)]
    if not found:
        return []
    if any(kind == "rare" and m.group()[-1:].isdigit() for m, kind in found):
        found = _numbered_placeholders(found)
        # a currency's letters before an amount ("R56,000", "Rs1,200"): no name
        found = [(m, "" if kind == "rare" and _amount(text, m) else kind) for m, kind in found]
    if _title_case(text, len(found), code):
        return [_name([(m, kind)]) for m, kind in found if kind == "inner"]
    names: list[Name] = []
    run: list[tuple[re.Match[str], str]] = []
    titles, function_words = language(code).titles, language(code).function_words
    for item in found:
        # a title before a person's name ("Acme CEO Jane Roe", "Dr Jane Roe") is translated
        # and parts the names on either side of it
        titled = item[1] == "common" and item[0].group().lower().rstrip(".") in titles
        if run and (not item[1] or titled or not _continues(text, run[-1][0], item[0], function_words)):
            names.extend(_from_run(text, run, code, target, elsewhere))
            run = []
        if item[1] and not titled:
            run.append(item)
    names.extend(_from_run(text, run, code, target, elsewhere))
    return names


def lone_capitals(text: str, code: str) -> list[tuple[int, str]]:
    """The everyday words of a source sentence written with a capital inside it, each alone
    (no capitalised word beside it): "Linux or Windows", "a Java class". Alone such a word is
    no name (a label, "click Save", is translated); the document may say otherwise."""
    found: list[tuple[int, str]] = []
    inner = text.strip()
    if "\t" in inner or "  " in inner:
        return found  # a layout: a table's columns, a list of options
    last_end = -2
    matches = list(_CAPITALISED_WORD.finditer(text))
    data = language(code)
    links, function_words = data.names.name_links, data.function_words
    for k, match in enumerate(matches):
        word = _bare(match.group())
        start, end = match.start(), match.end()
        after = matches[k + 1].start() if k + 1 < len(matches) else len(text) + 2
        beside = (
            start - last_end <= 1
            or after - end <= 1
            or (last_end >= 0 and _linked(text[last_end:start], links))
            or _linked(text[end:after], links)
        )
        last_end = end
        if opens_sentence(text, start):
            if word.lower() in function_words and text[:start].rstrip()[-1:] in ("", ".", "!", "?"):
                # a sentence's first word, "If" of "If Pepper", is no neighbour (a quoted
                # label's is: "Do Nothing")
                last_end = -2
            continue
        if beside or len(word) < 4 or not word[1:].islower():
            continue
        if text[max(0, start - 2) : start] in ("- ", "\u2013 ", "\u2014 ", ") "):
            continue  # a heading's first word after a dash or a bracket ("variables - Names and")
        if word_kind(word, code) == "common":
            found.append((start, word))
    if found and _title_case(text, len(matches), code):
        return []  # (asked last: most sentences have no such word)
    return found


def _linked(gap: str, links: frozenset[str]) -> bool:
    """Whether the text between two capitalised words is one word linking them into a name
    ("Head of Sales": " of ")."""
    return bool(links) and len(gap) <= 6 and gap[:1] == " " == gap[-1:] and gap[1:-1] in links


def _period(word: str, periods: frozenset[str]) -> bool:
    """A part of the year, maybe with its year glued on ("Q3", "FY2025")."""
    return word in periods or word.rstrip("0123456789") in periods


def _numbered_placeholders(found: list[tuple[re.Match[str], str]]) -> list[tuple[re.Match[str], str]]:
    """``found`` with placeholders numbered in the text ("EXPR1 ... EXPR2", "STRING ...
    STRING1") made acronyms."""
    forms: dict[str, set[str]] = {}
    for m, kind in found:
        numbered = _NUMBERED.fullmatch(m.group())
        if numbered:
            forms.setdefault(numbered[1], set()).add(numbered[2])
        elif kind == "acronym":
            forms.setdefault(m.group(), set()).add("")
    placeholders = {stem for stem, endings in forms.items() if len(endings) > 1}
    if not placeholders:
        return found
    return [
        (m, "acronym" if (n := _NUMBERED.fullmatch(m.group())) and n[1] in placeholders else kind)
        for m, kind in found
    ]


def _amount(text: str, word: re.Match[str]) -> bool:
    """Whether a word of letters and digits is an amount after a currency's letters: its
    digits go on after a group mark ("R56,000", "Rs1.200")."""
    return (
        _LETTERS_DIGITS.fullmatch(word.group()) is not None
        and _GROUP_AFTER.match(text, word.end()) is not None
    )


def _continues(text: str, last: re.Match[str], match: re.Match[str], function_words: frozenset[str]) -> bool:
    """Whether ``match`` extends the run ending in ``last``: one space, no possessive, and
    not a function word after a full stop ("Eventos S.L. These terms": a new sentence)."""
    if text[last.end() : match.start()] != " " or _possessive(last.group()):
        return False
    return not (last.group().endswith(".") and match.group().lower() in function_words)


def _from_run(
    text: str,
    run: list[tuple[re.Match[str], str]],
    code: str,
    target: str,
    elsewhere: Callable[[str], bool] | None = None,
) -> list[Name]:
    """The name a run of capitalised words makes, if any."""
    if len(run) == 1 and run[0][1] not in ("inner", "rare"):
        return []  # one everyday word or acronym: no name, wherever it stands
    if run and run[0][1] != "inner" and opens_sentence(text, run[0][0].start()):
        first, kind = run[0][0].group(), run[0][1]
        # a rare word the document writes with a capital inside a sentence is a name
        named = kind == "rare" and elsewhere is not None and elsewhere(_bare(first))
        # a word that heads names of companies and places after it ("Brenlow Software today
        # released …", "Harlow Street is closed"), in a sentence: a name, not a label
        # ("Unsupported JPEG", "Toolbar Style")
        named = named or (
            kind == "rare"
            and len(run) > 1
            and run[1][0].group().lower() in language(code).names.name_heads
            and running_prose(text)
        )
        if not named and (len(run) == 1 or kind != "rare" or not has_word(target, first)):
            # a sentence's first word is capitalised whatever it is; a rare one the
            # translation keeps, before another word of the run ("Zentrix AI took part" ->
            # "Zentrix-KI nahm teil"), starts the name ("Unsupported JPEG" is translated)
            run = run[1:]
    if not run:
        return []
    if len(run) > 1 and _defined_term(text, run, code):
        return []
    kinds = [kind for _, kind in run]
    if len(run) == 1:
        single = kinds[0] == "inner" or (kinds[0] == "rare" and not language(code).capitalises_nouns)
        return [_name(run)] if single else []
    if all(k == "acronym" for k in kinds) or _holiday(run, code):
        return []
    if language(code).capitalises_nouns and not any(k in ("acronym", "inner") for k in kinds):
        return []  # German nouns in a row ("des Programms Hintergrundinformationen")
    return [_name(run)]


_HOLIDAY_WORD = 2.5  # Zipf: a word of a holiday's name this common is a word of the language


def _holiday(run: list[tuple[re.Match[str], str]], code: str) -> bool:
    """A name ending in a weekday's name or a word for a day ("Whit Monday", "Ascension
    Day"; language data ``weekdays``, ``holiday_heads``), its other words words of the
    language, not a people's or place's name ("Komi Language Day"): a holiday, which each
    language names its own way."""
    data = language(code)
    last = run[-1][0].group().lower()
    if last not in data.holiday_heads and not any(last in day for day in data.weekdays):
        return False
    return all(zipf(m.group(), code) >= _HOLIDAY_WORD for m, _ in run[:-1])


def _defined_term(text: str, run: list[tuple[re.Match[str], str]], code: str) -> bool:
    """A phrase of the language's words in capitals after a demonstrative ("This Tenancy
    Agreement", "these Terms and Conditions"): a term the text defines, translated as words."""
    before = _DEMONSTRATIVE_BEFORE.search(text, max(0, run[0][0].start() - 20), run[0][0].start())
    if before is None or before.group(1).lower() not in language(code).demonstratives:
        return False
    return all(kind in ("rare", "common") and zipf(m.group(), code) >= _TERM_ZIPF for m, kind in run)


def _name(run: list[tuple[re.Match[str], str]]) -> Name:
    words = tuple(_bare(m.group()) for m, _ in run)
    distinctive = any(kind in ("inner", "rare") for _, kind in run)
    return Name(run[0][0].start(), run[-1][0].start() + len(words[-1]), words, distinctive)


def column_label(text: str, name: Name) -> bool:
    """Whether a one-word name is a cell of a table's header or rows, set off by a gap of two
    spaces or a tab ("Offset   VirtAddr   PhysAddr"): a label, which translations translate."""
    if len(name.words) != 1:
        return False
    before, after = text[max(0, name.start - 2) : name.start], text[name.end : name.end + 2]
    return before[-1:] == "\t" or after[:1] == "\t" or before == "  " or after == "  "
