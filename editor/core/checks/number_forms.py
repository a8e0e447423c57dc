"""How a number is written, where that is compared rather than its value: versions ("version
9.3", "Ubuntu 8.04", "8.2p1"), section numbers ("clause 4.2"), and a target that keeps the
source's convention ("1,250.00" in German), and the number a hyphen joins to a name ("UTF-8")."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterator, Sequence

from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.checks.numparse import Number, mask, native
from editor.core.checks.prose import plain
from editor.core.checks.units import CURRENCY_CODES
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment

# A name and the number a hyphen joins to it: "UTF-8", "SCRAM-SHA-256", "CC0-1.0".
# (A name ending in a digit, "CC0-1.0", leaves its number to the number readings.)
_NAMED_NUMBER = re.compile(
    r"(?<![\w\-\u2010])([^\W\d_][\w\-\u2010]*?(?<=[^\W\d_]))[-\u2010](\d+(?:\.\d+)*)(?![\d.]?\d)"
)


LETTER_HYPHEN_DIGIT = re.compile(r"[-\u2010](?<=[^\W\d_][-\u2010])\d")  # the hyphen first: fast


def _as_named(name: str, number: str) -> re.Pattern[str]:
    """ "UTF-8" as a whole word, "UTF-8-Zeichen" included."""
    return re.compile(rf"(?<![\w\-\u2010]){re.escape(name)}[-\u2010]{re.escape(number)}(?![\d.]?\d)")


_PRERELEASE = re.compile(r"[ \u00a0-]?(?:alpha|beta|rc)(?![^\W\d_])", re.IGNORECASE)  # "9.4 beta", "2.0-rc1"
_HEADING = re.compile(r"\.? +([^\W\d_])")  # "4.1 The", "4.1. Die": a word follows
# "Ubuntu 8.04", "HTTP/0.9", "Linux < 5.3"
_WORD_BEFORE = re.compile(r"([^\W\d_][^\W_]*)[\s\u00a0/<>=\u2264\u2265-]*\Z")


def written_span(number: Number, segment: Segment) -> tuple[int, int] | None:
    """Where the target writes a digit number exactly as the source, not as part of a longer
    number, if it does so at least as often as the source."""
    if not number.digits or number.scaled:
        return None
    after = r"(?![^\W\d_])" if number.text[-1].isalpha() else r"(?!\d)(?![.,]\d)"  # "8.2p1"
    pattern = re.compile(rf"(?<!\d)(?<!\d[.,]){re.escape(number.text)}{after}")
    found = list(pattern.finditer(mask(segment.target)))
    if not found or len(found) < len(pattern.findall(mask(segment.source))):
        return None
    return found[0].span()


def identifier(number: Number, source: str) -> bool:
    """A number with letters and then digits glued to it ("8.2p1", "2.1r1"): a version."""
    return number.text[-1].isalpha() and source[number.end : number.end + 1].isdigit()


def numbered(number: Number, span: tuple[int, int], segment: Segment, lang: str) -> bool:
    """A number of the source that numbers something rather than counts it, so a target
    keeps it as written: a version by its look ("8.2p1"), after the same name in both texts
    ("Ubuntu 8.04" at ``span`` in the target) or after a word for one ("version 9.3"), or a
    section number ("clause 4.2")."""
    source = segment.source
    return (
        identifier(number, source)
        or named_version(number, span, segment)
        or version(number, source, lang)
        or section(number, source, lang)
    )


def version(number: Number, source: str, lang: str) -> bool:
    """A number the source calls a version: after one of its words for it ("in version 9.3",
    "versions <= 7.4", "Migrating to 4.2", "upgrade from 4.1") or before a pre-release mark
    ("9.4 beta")."""
    if _PRERELEASE.match(source, number.end):
        return True
    data = language(lang)
    before = _WORD_BEFORE.search(source, max(0, number.start - 40), number.start)
    if before is None:
        return False
    word = before.group(1).lower()
    if word in data.version_words:
        return True
    if word not in data.function_words:  # "to", "from": the version word stands before it
        return False
    verb = _WORD_BEFORE.search(source, max(0, before.start() - 40), before.start())
    return verb is not None and verb.group(1).lower() in data.version_words


def foreign_written(text: str, mark: str, decimal: str) -> bool:
    """Whether a number's digits are written with ``mark`` as their decimal mark where the
    language's own is ``decimal``: "1,250.00" (the last mark is the decimal one) or "0.001",
    "1250.00" (no reading with the language's marks)."""
    if decimal in text:
        return text.rfind(mark) > text.rfind(decimal)
    return not native(text, decimal) and native(text, mark)


def section(number: Number, source: str, lang: str) -> bool:
    """A number the source gives to a part of a text: after one of its words for one
    ("clause 4.2", "section 3.1") or opening a sentence before a capitalised word ("4.1 The
    Tenant shall"), where a decimal would be followed by its unit or noun."""
    before = _WORD_BEFORE.search(source, max(0, number.start - 40), number.start)
    if before is not None and before.group(1).lower() in language(lang).section_words:
        return True
    opens = not source[: number.start].strip() or source[: number.start].rstrip()[-1:] in ".:;!?"
    heading = _HEADING.match(source, number.end)
    return opens and heading is not None and heading.group(1).isupper()


def named_version(number: Number, span: tuple[int, int], segment: Segment) -> bool:
    """A number right after the same name in both texts ("Ubuntu 8.04", "JDK 1.2",
    "HTTP/0.9", "iOS 18.2"): a version, written as the name's owner writes it. Not after a
    currency code ("CHF 412.00"): an amount, written in the target's convention."""
    before = _WORD_BEFORE.search(segment.source, max(0, number.start - 40), number.start)
    if before is None or before.group(1).islower() or before.group(1) in CURRENCY_CODES:
        return False
    after = _WORD_BEFORE.search(segment.target, max(0, span[0] - 40), span[0])
    return after is not None and after.group(1) == before.group(1)


def render(number: Number, source: LanguageData, target: LanguageData) -> str | None:
    """A digit number written with the target language's marks, or None if not plain digits
    (nor for a part of a time, date or list, whose text is the whole token)."""
    if not number.digits or number.scaled or number.part or len(number.values) != 1 or not target.known:
        return None
    text = number.text
    if not re.fullmatch(r"[\d.,\u00a0\u202f ']+", text):
        return None
    whole, _, frac = text.partition(source.decimal_mark)
    group_mark = target.group_marks[:1] or ","
    grouped = re.sub(r"[^\d]", group_mark, whole) if re.search(r"\D", whole) else whole
    return grouped + (target.decimal_mark + frac if frac else "")


def renamed_numbers(source: str, target: str) -> Iterator[tuple[re.Match[str], str, str]]:
    """The number of a name joined to it by a hyphen ("UTF-8", "SHA-256", "CC0-1.0"), which
    the number readings leave to the name, where the target writes the same name with another
    number ("UTF-5"): the target's name and number, and the source's name and number."""
    said = Counter((m[1], m[2]) for m in _NAMED_NUMBER.finditer(source))
    spare = Counter(said)  # the source's own, each taken once by the target
    surplus = []
    for m in _NAMED_NUMBER.finditer(target):
        if spare[m[1], m[2]] > 0:
            spare[m[1], m[2]] -= 1
        else:
            surplus.append(m)
    for (name, number), times in said.items():
        if len(_as_named(name, number).findall(target)) >= times:
            continue  # written as in the source, as often ("CM-450 ... CM-450EU")
        for m in list(surplus):
            if m[1] == name and m[2] != number:
                surplus.remove(m)
                yield m, name, number


_WORD_AFTER = re.compile(r"[ \u00a0]?([^\W\d_]{3,})(?![\w-])")


def quoted_measure(
    number: Number, span: tuple[int, int], segment: Segment, source_lang: str, target_lang: str
) -> bool:
    """A number the target keeps as the source writes it, with the same word of the source
    language after it in both ("7.5 furlongs" in a German sentence, a word German does not
    use): the original measure, quoted as such, not a number read in the target's convention.
    Not a unit or scale word of the source ("3.5 miles", "2.5 million"), which a translation
    says in its own words."""
    said = _WORD_AFTER.match(segment.source, number.end)
    if said is None:
        return False
    kept = _WORD_AFTER.match(segment.target, span[1])
    if kept is None or kept.group(1) != said.group(1):
        return False
    word = said.group(1).lower()
    src, tgt = language(source_lang), language(target_lang)
    if any(word == w for w, _ in src.unit_words) or any(word == w for w, _ in src.scale_words):
        return False
    if any(word == w for w, _ in tgt.unit_words) or not (
        has_lexicon(source_lang) and has_lexicon(target_lang)
    ):
        return False
    return zipf(word, source_lang) - zipf(word, target_lang) >= _FOREIGN_MARGIN


_FOREIGN_MARGIN = 1.0  # Zipf points a word is more common in the source language than in the target
# A measure in brackets: maybe a hedge, a number or a range of two, and a unit ("(1.2–1.5 km)",
# "(about 40 km)", "(6 ft)"), right after a number and a few words of the source.
_MEASURE_AFTER = re.compile(
    r"[^()\n!?;:]{0,30}?\((?:[^\W\d_]{1,8}\.? )?[~≈]?[ \u00a0]?\d[\d.,]*(?:[ \u00a0]?(?:[-\u2013\u2014]|"
    r"[^\W\d_]{1,4})[ \u00a0]?\d[\d.,]*)?[ \u00a0]?(?:[^\W\d_]{1,6}|[%°\"'′″])[²³]?\.?\)"
)


def dropped_for_conversion(
    number: Number, source: str, source_numbers: Sequence[Number], missing: Sequence[Number]
) -> bool:
    """A number of the source, before a measure in brackets ("between 6 and 7.5 furlongs (1.2–1.5
    m)"), that the target leaves out while it keeps every number of the bracket: the original
    measure dropped for its conversion on purpose."""
    found = _MEASURE_AFTER.match(source, number.end)
    if found is None or re.search(r"[.!?][ \u00a0]", source[number.end : found.end()]):
        return False
    opening = source.index("(", number.end)
    inside = [n for n in source_numbers if opening < n.start < found.end()]
    return bool(inside) and all(all(n is not m for m in missing) for n in inside)


_DIGIT_RUN = re.compile(r"\d(?:[\d.,\u00a0\u202f ]*\d)?")
_MACHINE_DIGITS = re.compile(r"0\d.*|.*[.,]\d{5,}")  # leading zeros, a long fraction


def source_convention(
    segment: Segment,
    source: Sequence[Number],
    target: Sequence[Number],
    extra: Sequence[Number],
    source_lang: str,
    tgt: LanguageData,
) -> Iterator[tuple[Number, str, Number]]:
    """Numbers of the target equal to the source's but written in the source's convention,
    one the target language does not use ("1,250.00" or "0.001" in German; "2,000,000" in
    Portuguese, whose decimal mark cannot stand twice): each with its digits as written and
    the source's number. Not program output ("0.939000") nor a numbered part or version
    ("clause 4.2")."""
    src = language(source_lang)
    mark = src.decimal_mark
    if mark == tgt.decimal_mark or not src.known or not tgt.known:
        return
    # the target's decimal mark is the source's group mark ("," in English, Portuguese)
    # (in prose: software writes values so, "SHA{224,256,384}", and shows a locale's grouping)
    grouping = tgt.decimal_mark if tgt.decimal_mark in src.group_marks and plain(segment.source) else ""
    for number in target:
        grouped = bool(grouping) and number.text.count(grouping) > 1
        if not (mark in number.text or grouped) or not number.digits or number.literal:
            continue  # most numbers: no mark of the source's convention in them
        if number.part and not _priced(segment.target, number):
            continue  # a clock time's part ("15.00 Uhr"); not a price's ("15.00 €")
        digits = _DIGIT_RUN.match(number.text)  # "4,72" of "4,72 Mrd."
        text = digits.group() if digits else ""
        if grouped and _grouped(text, grouping):
            pass  # "2,000,000": groups of three, no decimal reading
        elif mark not in text or any(number is n for n in extra):
            continue
        elif not foreign_written(text, mark, tgt.decimal_mark) or _MACHINE_DIGITS.fullmatch(text):
            continue  # "0.939000", "00000001.0002": program output
        same = next((n for n in source if not n.part and not n.literal and n.matches(number)), None)
        if same is None or numbered(same, (number.start, number.end), segment, source_lang):
            continue  # "version 9.3", "POSIX 1003.1", "clause 4.2"
        yield number, text, same


def _priced(text: str, number: Number) -> bool:
    """Whether a currency sign (Unicode's "Sc") stands right before or after ``number``: an
    amount."""
    after, before = text[number.end :].lstrip(" \u00a0")[:1], text[: number.start].rstrip(" \u00a0")[-1:]
    return any(unicodedata.category(sign) == "Sc" for sign in after + before)


def _grouped(text: str, mark: str) -> bool:
    """Whether ``text`` is digits in groups of three parted by ``mark`` at least twice
    ("2,000,000"): a number grouped so, which no language reads as a decimal."""
    parts = text.split(mark)
    return (
        len(parts) > 2
        and 1 <= len(parts[0]) <= 3
        and parts[0].isdigit()
        and all(len(p) == 3 and p.isdigit() for p in parts[1:])
    )
