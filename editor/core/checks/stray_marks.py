"""Debris of a document's conversion left in running text: a page's counter of a PDF's header
or footer, a link's scheme before an address, a word processor's comment anchor or field code,
a PDF's unmapped glyph, a dictionary's stress mark. Helpers of ``stray_artifact``; each finds
only what the source does not have itself."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.lexicon import zipf
from editor.core.langdata import language


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    what: str
    replacement: str | None  # None: deleted with a space beside it


PAGE = "a page's counter from a document's header or footer"
SCHEME = "a link's scheme left before an address"
ANCHOR = "a comment anchor of a word processor"
FOOTNOTE = "a footnote's number"
OCR = "a digit read for a letter"
FIELD = "a word processor's message for a broken field"
PLUGIN = "a browser plug-in's marker around a phone number"
QUOTED = "an e-mail's quotation marker"
SHAPE = "a symbol of a PDF's extraction or a subtitle's lyrics"
STRESS = "a letter with a dictionary's stress mark"
FIELD_CODE = "a word processor's field code"
BACKSLASH = "a backslash for a slash"
BROKEN = "a scan's mark of a word broken at a line's end"
TIE = "a typesetter's tie (LaTeX's no-break space)"
BULLET = "a list's bullet for a middle dot"


_DIGIT = re.compile(r"\d")
# cheap test: a letter before "1" or "0" (the digit first: a scan stops at digits only)
_OCR_DIGIT = re.compile(r"[10](?<=[^\W\d_][10])")


@lru_cache(maxsize=64)
def _page_words(source_lang: str, target_lang: str) -> frozenset[tuple[str, str]]:
    """The (page, of) words of the target's language, the source's and English, lowercase."""
    return frozenset(
        (page.lower(), of.lower())
        for lang in (target_lang, source_lang, "en")
        for page, of in language(lang).page_counters
    )


@lru_cache(maxsize=64)
def _page_counter(source_lang: str, target_lang: str) -> re.Pattern[str] | None:
    """A page's counter ("Seite 3 von 4") in the target's language, the source's or English."""
    pairs = {pair for lang in (target_lang, source_lang, "en") for pair in language(lang).page_counters}
    if not pairs:
        return None
    words = "|".join(rf"{re.escape(page)}\s+(\d{{1,4}})\s+{re.escape(of)}" for page, of in sorted(pairs))
    return re.compile(rf"(?<!\w)(?:{words})\s+(\d{{1,4}})(?!\w|[.,]\d)", re.IGNORECASE)


def page_counters(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Mark]:
    """A page's counter ("Seite 3 von 4") where the source has none: the first number no
    greater than the second, and not both numbers in the source ("on page 3 of 40")."""
    pattern = _page_counter(source_lang, target_lang)
    if pattern is None:
        return
    lowered = target.lower()
    if not any(page in lowered for page, _ in _page_words(source_lang, target_lang)):
        return  # (substring tests before the scan of the pattern)
    if pattern.search(source):
        return
    numbers = set(re.findall(r"\d+", source))
    for m in pattern.finditer(target):
        first, last = (g for g in m.groups() if g is not None)
        if int(first) > int(last) or int(first) == 0 or {first, last} <= numbers:
            continue
        yield Mark(m.start(), m.end(), PAGE, None)


# "mailto:" before an e-mail address, "tel:" before a number, not inside markup or a link
_SCHEME = re.compile(r"(?<![\w\"'=(<:/.-])(?:(?i:mailto):(?=[\w.+-]+@\w)|tel:(?=\+?\d))")


def schemes(source: str, target: str) -> Iterator[Mark]:
    """A link's scheme left in prose ("schreiben Sie an mailto:info@…") where the source
    writes none."""
    lowered = source.lower()
    for m in _SCHEME.finditer(target):
        if m.group().lower() not in lowered:
            yield Mark(m.start(), m.end(), SCHEME, "")


# "[AB1]": a reviewer's initials and the comment's number, as a converted .docx prints them
_ANCHOR = re.compile(r"(?<=[\w.,;:!?)\s])\[([^\W\d_]{1,3})(\d{1,3})\]")
_BRACKETED_CODE = re.compile(r"\[[^\W\d_]+\d+\]")


def anchors(source: str, target: str) -> Iterator[Mark]:
    """A comment anchor after a word or a mark, in capitals, where the source has no bracketed
    code of letters and a number ("[F1]", "[ARG1]") that the target's could stand for, nor the
    anchor's letters as a word."""
    if _BRACKETED_CODE.search(source):
        return
    for m in _ANCHOR.finditer(target):
        initials = m.group(1)
        if initials.isupper() and re.search(rf"\b{initials}(?![^\W\d_])", source) is None:
            # (not a code of the source written without its hyphen, "[UTF8]" for "UTF-8")
            glued = not target[m.start() - 1].isspace()  # glued to its word: only the anchor goes
            yield Mark(m.start(), m.end(), ANCHOR, "" if glued else None)


# Superscript digits glued to a word of three letters or more: not a unit's power ("km²", "m³")
_RAISED = "\u00b9\u00b2\u00b3\u2070\u2074-\u2079"
_SUPERSCRIPT = re.compile(rf"(?<=[^\W\d_]{{3}})[{_RAISED}]{{1,3}}(?![\w{_RAISED}])")
_SUPERSCRIPTS = re.compile(f"[{_RAISED}]")


def footnotes(source: str, target: str, target_lang: str) -> Iterator[Mark]:
    """A footnote's superscript number glued to a word ("Gebühr¹") where the source has no
    superscript at all: a unit's symbol before it is a power ("sqft²"), so is a word of the
    language's unit symbols."""
    if _SUPERSCRIPTS.search(source):
        return
    units = language(target_lang).unit_symbols
    for m in _SUPERSCRIPT.finditer(target):
        word = re.search(r"[^\W\d_]+$", target[: m.start()])
        if word is None or word.group().lower() in units or word.group().lower() in _POWERS:
            continue
        yield Mark(m.start(), m.end(), FOOTNOTE, "")


_POWERS = frozenset("sqft sqin sqm sec min mol".split())

# A word of lowercase letters with one "1" or "0" inside or at its end, not in an identifier,
# a path or an address ("file1.txt", "eth0"), nor a code of a capital ("A1", "B12")
_OCR_TOKEN = re.compile(r"(?<![\w./\\@#$%&=+-])[^\W\d_A-Z]+[10][^\W\d_A-Z]*(?![\w/\\@=+-]|[.-]\w)")
_COMMON = 4.0  # how common (Zipf) the word read with the letter must be
_RARE = 2.5  # and how rare the token (scanned text has its slips too)


def ocr_slips(source: str, target: str, target_lang: str) -> Iterator[Mark]:
    """A digit a scan read for a letter ("de1" for "del", "f1ight" for "flight"): a token that
    reads as a common word of the target language with "l" for its "1" or "o" for its "0", and
    that the source does not have."""
    for m in _OCR_TOKEN.finditer(target):
        token = m.group()
        letters = sum(ch.isalpha() for ch in token)
        if letters < 2 or letters + 1 != len(token) or token.lower() != token or token in source:
            continue
        word = token.replace("1", "l").replace("0", "o")
        if zipf(word, target_lang) >= _COMMON and zipf(token, target_lang) < _RARE:
            yield Mark(m.start(), m.end(), OCR, word)


_SPACE = "[\\s\u00a0\u202f]"
_MARKS = {"!": "[!\uff01]", ".": "[.\u3002]", "\u3002": "[.\u3002]", "'": "['\u2019]"}


def _field_pattern(message: str) -> str:
    """``message`` as a pattern: any case, any spacing around its marks ("Erreur !", "Error!"),
    full-width marks for ASCII ones, an optional opening "¡" and final mark."""
    parts = []
    for i, ch in enumerate(message):
        if ch == " ":
            after_mark = i and message[i - 1] in _MARKS
            before_mark = message[i + 1 : i + 2] in _MARKS
            parts.append(f"{_SPACE}*" if after_mark or before_mark else f"{_SPACE}+")
        elif ch in _MARKS:
            parts.append(f"{_SPACE}*{_MARKS[ch]}" + ("?" if i == len(message) - 1 else ""))
        elif ch == "\u00a1":
            parts.append("\u00a1?")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


@lru_cache(maxsize=64)
def _field_errors(source_lang: str, target_lang: str) -> tuple[re.Pattern[str], tuple[str, ...]] | None:
    """Word's messages for a broken field in the target's language, the source's or English,
    and a substring each holds (its longest word but the first letter, which a capital may
    change): a text without any of them holds no message."""
    messages = {m for lang in (target_lang, source_lang, "en") for m in language(lang).field_errors}
    if not messages:
        return None
    alternatives = "|".join(_field_pattern(m) for m in sorted(messages, key=len, reverse=True))
    gates = tuple({max(re.findall(r"\w+", m), key=len)[1:].lower() for m in messages})
    return re.compile(f"(?:{alternatives})", re.IGNORECASE), gates


def field_errors(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Mark]:
    """A word processor's message for a broken field ("Error! Bookmark not defined.") where
    the source has none: the field's text was lost in the document the translation came from."""
    found = _field_errors(source_lang, target_lang)
    if found is None or not any(gate in target for gate in found[1]):
        return
    pattern = found[0]
    if pattern.search(source):
        return
    for m in pattern.finditer(target):
        yield Mark(m.start(), m.end(), FIELD, None)


# Skype's click-to-call plug-in wraps the phone numbers of a web page in these, and a copy of
# the page's text keeps them.
_PLUGIN = re.compile(r"(?<![^\W_])(?:begin|end)_of_the_skype_highlighting(?![^\W_])", re.IGNORECASE)


def plugin_markers(source: str, target: str) -> Iterator[Mark]:
    """A browser plug-in's marker left around a phone number, where the source has none."""
    if _PLUGIN.search(source):
        return
    for m in _PLUGIN.finditer(target):
        yield Mark(m.start(), m.end(), PLUGIN, None)


# "> " opening a line (a line of a forwarded or replied-to e-mail) before a word
_QUOTE_MARKER = re.compile(r"(?:^|(?<=\n))[ \t]*>[ \t\u00a0]+(?=[^\W\d_])")
_SOURCE_QUOTE = re.compile(r"(?:^|\n)[ \t]*>")


def quote_markers(source: str, target: str) -> Iterator[Mark]:
    """An e-mail's quotation marker opening a line of the target, where no line of the
    source opens with one: the translation quotes what the source does not."""
    if _SOURCE_QUOTE.search(source):
        return
    for m in _QUOTE_MARKER.finditer(target):
        yield Mark(m.start(), m.end(), QUOTED, "")


# Geometric shapes (U+25A0-U+25FF: a glyph a PDF's extraction could not map, a bullet) and
# music notes (subtitles mark sung lines with them)
_LIST_ITEM = re.compile(r"\s*(?:[^\w\s\"'“‘«„(\[]|\d{1,2}[.)]|[a-z]\))")
_SHAPES = re.compile("[\u25a0-\u25ff\u2669-\u266c]")


def shapes(source: str, target: str) -> Iterator[Mark]:
    """A geometric shape or a music note where the source has none: not one opening a line
    of the target where the source opens with a list's marker ("-", "•", "1.": a bullet the
    translator chose for it)."""
    if _SHAPES.search(source):
        return
    listed = _LIST_ITEM.match(source) is not None
    for m in _SHAPES.finditer(target):
        if listed and not target[: m.start()].rpartition("\n")[2].strip():
            continue
        yield Mark(m.start(), m.end(), SHAPE, None)


# A Cyrillic letter with a combining acute or grave accent: a stress mark as dictionaries and
# textbooks print it, never in running text (the grave not after "и": Bulgarian "ѝ")
_STRESS = re.compile("[\u0301\u0300](?<=[\u0400-\u04ff][\u0301\u0300])(?<!\u0438\u0300)")


def stress_marks(source: str, target: str) -> Iterator[Mark]:
    """A stress mark on a letter of a Cyrillic word ("моло́ко") where the source has none."""
    if "\u0301" in source or "\u0300" in source:
        return
    for m in _STRESS.finditer(target):
        yield Mark(m.start() - 1, m.end(), STRESS, target[m.start() - 1])


# A field's code as a word processor shows it when codes are shown: braces, a space, a field's
# keyword in capitals and its arguments ("{ PAGE }", "{ SEQ Table \\* ARABIC }")
_FIELD_KEYWORDS = (
    "ADDRESSBLOCK ASK AUTHOR AUTONUM AUTOTEXT BIBLIOGRAPHY CITATION COMMENTS CREATEDATE DATE "
    "DOCPROPERTY DOCVARIABLE EQ FILENAME FILESIZE FILLIN FORMCHECKBOX FORMDROPDOWN FORMTEXT "
    "GREETINGLINE HYPERLINK INCLUDEPICTURE INCLUDETEXT INDEX KEYWORDS LINK MACROBUTTON "
    "MERGEFIELD NOTEREF NUMPAGES NUMWORDS PAGE PAGEREF PRINTDATE QUOTE RD REF SAVEDATE SECTION "
    "SECTIONPAGES SEQ STYLEREF SUBJECT SYMBOL TA TC TEMPLATE TIME TITLE TOA TOC USERNAME XE"
).split()
_FIELD_CODE = re.compile(
    "\\{[ \u00a0](?:" + "|".join(sorted(_FIELD_KEYWORDS, key=len, reverse=True)) + ")"
    "(?:[ \u00a0][^{}\n]{0,200})?[ \u00a0]\\}"
)


def field_codes(source: str, target: str) -> Iterator[Mark]:
    """A word processor's field code in running text ("{ XE "Schraube" }") where the source
    has no such code: the document was converted with its codes shown."""
    if _FIELD_CODE.search(source):
        return
    for m in _FIELD_CODE.finditer(target):
        yield Mark(m.start(), m.end(), FIELD_CODE, None)


# A backslash between two numbers ("12\34" for "12/34"), not in a path, an address, an escape
# or a group's number ("$1\2")
_BACKSLASH = re.compile(r"(?<![\w\\/:.%$])(\d{1,4})\\(?=\d{1,4}(?![\w\\/]))")


def backslashes(source: str, target: str) -> Iterator[Mark]:
    """A backslash between two numbers where the source writes none at all (a slash typed on
    the key beside it): the slash it stands for if the source writes one, else no fix."""
    if "\\" in source:
        return
    slash = "/" if "/" in source else None
    for m in _BACKSLASH.finditer(target):
        yield Mark(m.end(1), m.end(1) + 1, BACKSLASH, slash)


# A negation sign between two lowercase letters ("Haus¬tür"): a scan's or a converter's
# rendering of the hyphen that broke the word at a line's end (mojibake's "Î¬Ï" has capitals)
_BROKEN = re.compile("\u00ac(?<=[^\\W\\d_]\u00ac)(?=[^\\W\\d_])")


def broken_words(source: str, target: str) -> Iterator[Mark]:
    """A negation sign inside a word where the source has none: deleted, the word whole."""
    if "\u00ac" in source:
        return
    for m in _BROKEN.finditer(target):
        if target[m.start() - 1].islower() and target[m.end()].islower():
            yield Mark(m.start(), m.end(), BROKEN, "")


# A tilde glued between a word of letters (maybe cut with a point) and a capitalised one
# ("Prof~Lindqvist", "Mr.~Okafor"): LaTeX's tie between a title and a name, left by a
# conversion. Not in a path, an address or a code ("~/bin", "host/~ana", "%d~Tag"): no such
# mark before the word; a cased letter both sides (a range of a script without case, "月~金")
_TIE = re.compile(r"(?<![\w%$&@/\\~:.#=+-])[^\W\d_]+\.?~(?=[^\W\d_])")
_ADDRESS_TAIL = re.compile(r"[^\W\d_]*[/\\@=:~%#]")


def ties(source: str, target: str) -> Iterator[Mark]:
    """A LaTeX tie between a title and a name where the source has no tilde: the no-break
    space it stands for."""
    if "~" in source:
        return
    for m in _TIE.finditer(target):
        tie = m.end() - 1
        if not (
            target[tie + 1].isupper()
            and (target[tie - 1].isupper() or target[tie - 1].islower() or target[tie - 1] == ".")
        ):
            continue
        if _ADDRESS_TAIL.match(target, tie + 1):
            continue  # "Docs~Home/x": a path's or an address's part
        yield Mark(tie, tie + 1, TIE, "\u00a0")


# A bullet between two letters of a short symbol ("kW•h", "N•m"): a converter's or a font's
# mark for the middle dot of a unit's product
_BULLET = re.compile("(?<![^\\W\\d_])[^\\W\\d_]{1,3}\u2022[^\\W\\d_]{1,3}(?![^\\W\\d_])")


def bullets(source: str, target: str) -> Iterator[Mark]:
    """A bullet between the letters of a unit's symbol where the source has no bullet."""
    if "\u2022" in source:
        return
    for m in _BULLET.finditer(target):
        at = target.index("\u2022", m.start())
        yield Mark(at, at + 1, BULLET, "\u00b7")


def conversion_marks(source: str, target: str, source_lang: str, target_lang: str) -> Iterator[Mark]:
    """This module's marks in ``target``, each kind only past a cheap test of its characters."""
    if _DIGIT.search(target):
        yield from page_counters(source, target, source_lang, target_lang)
    if ":" in target:
        yield from schemes(source, target)
    if "[" in target:
        yield from anchors(source, target)
    if not target.isascii() and _SUPERSCRIPTS.search(target):
        yield from footnotes(source, target, target_lang)
    if _OCR_DIGIT.search(target):
        yield from ocr_slips(source, target, target_lang)
    if "_skype_" in target:
        yield from plugin_markers(source, target)
    if "> " in target or ">\t" in target or ">\u00a0" in target:
        yield from quote_markers(source, target)
    yield from field_errors(source, target, source_lang, target_lang)
    if not target.isascii():
        if _SHAPES.search(target):
            yield from shapes(source, target)
        if _STRESS.search(target):
            yield from stress_marks(source, target)
    if "\\" in target:
        yield from backslashes(source, target)
    if "{ " in target or "{\u00a0" in target:
        yield from field_codes(source, target)
    if "~" in target:
        yield from ties(source, target)
    if not target.isascii():
        if "\u00ac" in target:
            yield from broken_words(source, target)
        if "\u2022" in target:
            yield from bullets(source, target)
