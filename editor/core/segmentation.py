"""Paragraphs and sentences with exact spans: sentencex plus the rules it misses.

sentencex is fast and handles abbreviations and quotes well. Two gaps matter in practice:
it does not split after a closing bracket that follows a full stop ("… (see above.) Then")
nor after a one-letter unit ("38 m. The"), and in languages that write ordinals with a full
stop it splits "am 3. | Mai".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sentencex import segment as _sentencex_segment

from editor.core.langdata import LanguageData, language
from editor.core.spans import Span

# A line break is "\r\n", "\n" or a lone "\r": the "\r" of a "\r\n" must not count as a line
# break of its own, or one CRLF line end would read as a blank line.
_BREAK = r"(?:\r\n|\n|\r(?!\n))"
_BLANK_LINE = re.compile(rf"{_BREAK}(?:[ \t\f\v]*{_BREAK})+")
_LINE_BREAK = re.compile(_BREAK)
# The same for text without "\r" (most files): a literal first character searches far faster.
_BLANK_LF = re.compile(r"\n(?:[ \t\f\v]*\n)+")
_LF = re.compile(r"\n")
_INNER_SPACES = " \u00a0\u202f"  # spaces inside a line
# ".)" or "?)" etc. followed by space and an uppercase letter or an opening quote.
_BRACKET_END = re.compile(r"[.!?…][)\]](?=\s+[\"'„“«‘(]?[^\W\d_])")
# A number's unit symbol with a full stop before a capitalised word ("38 m. The", "88 mm. Les"):
# the splitter takes a one-letter unit for an initial, and a longer one for an abbreviation,
# and reads on; an SI symbol never takes an abbreviation's full stop.
_UNIT_END = re.compile(
    r"(?<![^\W\d_])\d[ \u00a0\u202f]?(?:[mglh]|[mck]m|[mk]g|[mcd]l|kWh?|[KMGT]B|[kMG]?Hz|k?m[²³])\."
    r"(?=\s+[\"'„“«‘(]?[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ][a-zß-öø-ÿα-ωа-яё])"
)
# An e-mail or web address with a sentence's full stop before a capitalised word
# ("info@camp.si. Soggiornando", "www.camp.it. Grazie"): some languages' splitters read on.
_ADDRESS_END = re.compile(
    r"(?:[\w.+-]+@|\bwww\.)[\w-]+(?:\.[\w-]+)+\."
    r"(?=\s+[\"'„“«‘(]?[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ][a-zß-öø-ÿα-ωа-яё])"
)
# A short capitalised abbreviation before a telephone number ("Tel. +386 4 …", "Fax. 030 …"),
# which some languages' splitters take for a sentence's end: no sentence opens with "+" or "0".
_NUMBER_ABBREVIATION = re.compile(r"(?<![^\W\d_])[A-Z][a-z]{1,2}\.\s*\Z")
_NUMBER_NEXT = re.compile(r"\s*(?:\+|\(?0)\d")
_ORDINAL_END = re.compile(r"(?:^|\s)(\d{1,3})\.\s*$")
# A word and a full stop, then an ordinal, ending a piece ("Mendelssohn. 16. ")
_ENDED_BEFORE_ORDINAL = re.compile(r"(?<![^\W\d_])([^\W\d_][^\W\d_A-ZÀ-ÖØ-Þ]+)[.!?]\s+(\d{1,3}\.\s*)\Z")
_SENTENCE_WORD = 4  # letters of a word that ends a sentence before an ordinal: shorter, an abbreviation
_FIRST_WORD = re.compile(r"\s*[\"'„“«‘(]?([^\W_]+)")
_LAST_WORD = re.compile(r"([^\W\d_]+)\W*\s+\d{1,3}\.\s*$")


@dataclass(frozen=True, slots=True)
class ParagraphSplit:
    """Paragraph spans of a text and the exact text around them."""

    spans: tuple[Span, ...]
    head: str
    separators: tuple[str, ...]


def split_paragraphs(text: str) -> ParagraphSplit:
    """Paragraphs are blocks of non-blank lines separated by blank lines.

    A text with no blank line at all has one paragraph per line. Whitespace-only lines
    count as blank. ``head`` is the text before the first paragraph; ``separators[i]`` the
    text after paragraph i (line breaks and blank lines, up to the next paragraph).
    """
    blank, line = (_BLANK_LINE, _LINE_BREAK) if "\r" in text else (_BLANK_LF, _LF)
    splitter = blank if blank.search(text) else line
    spans: list[Span] = []
    pos = 0
    for m in splitter.finditer(text):
        if text[pos : m.start()].strip():
            spans.append(Span(pos, m.start()))
        pos = m.end()
    if text[pos:].strip():
        spans.append(Span(pos, len(text)))
    # Trim each paragraph to its non-blank lines: leading blank lines go to the separator.
    trimmed = []
    for span in spans:
        start, end = span.start, span.end
        chunk = text[start:end]
        lead = len(chunk) - len(chunk.lstrip("\r\n"))
        trail = len(chunk) - len(chunk.rstrip("\r\n"))
        trimmed.append(Span(start + lead, end - trail))
    if not trimmed:
        return ParagraphSplit((), text, ())
    separators = tuple(text[trimmed[i].end : trimmed[i + 1].start] for i in range(len(trimmed) - 1)) + (
        text[trimmed[-1].end :],
    )
    return ParagraphSplit(tuple(trimmed), text[: trimmed[0].start], separators)


def split_sentences(text: str, lang: str) -> list[Span]:
    """Sentence spans in ``text``, stripped of surrounding whitespace, in order."""
    return [Span(start, end) for start, end in sentence_bounds(text, lang)]


def sentence_bounds(text: str, lang: str, offset: int = 0) -> list[tuple[int, int]]:
    """``split_sentences`` as (start, end) pairs, shifted by ``offset``: for an import, which
    needs millions of them and no ``Span`` methods."""
    pieces = _pieces(text, lang)
    if _BRACKET_END.search(text):  # a match in a piece is a match in the text
        pieces = _split_after_brackets(text, pieces)
    if _UNIT_END.search(text):
        pieces = _split_at(_UNIT_END, text, pieces)
    if "@" in text or "www." in text:
        pieces = _split_at(_ADDRESS_END, text, pieces)
    if len(pieces) > 1:
        pieces = _merge_abbreviations(text, pieces)
    data = language(lang)
    quote_start = _quote_start(data.code)
    if quote_start.search(text):
        pieces = _split_at(quote_start, text, pieces, back=2)  # cut after the mark
    if len(pieces) > 1:
        pieces = _merge_initials(text, _openers_forward(text, pieces, _openers(data.code)))
    if len(pieces) > 1 and data.titles:
        pieces = _merge_titles(text, pieces, data.titles)
    if len(pieces) > 1 and data.morning_marks | data.afternoon_marks:
        pieces = _merge_time_zones(text, pieces, _clock_end(data.code))
    if data.ordinal_dot:
        pieces = _merge_ordinals(text, pieces, data)
    if data.sentence_words and (word_end := _word_end(data.code)).search(text):
        pieces = _split_at(word_end, text, pieces)
    bounds = []
    for start, end in pieces:
        chunk = text[start:end]
        stripped = chunk.strip()
        if not stripped:
            continue
        first = offset + start + len(chunk) - len(chunk.lstrip())
        bounds.append((first, first + len(stripped)))
    return bounds


def _pieces(text: str, lang: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for piece in _sentencex_segment(lang or "en", text):
        # sentencex returns consecutive pieces of the input; find defensively anyway.
        start = text.find(piece, pos) if not text.startswith(piece, pos) else pos
        if start < 0:
            start = pos
        out.append((start, start + len(piece)))
        pos = start + len(piece)
    if pos < len(text):
        out.append((pos, len(text)))
    return out


@lru_cache(maxsize=32)
def _word_end(code: str) -> re.Pattern[str]:
    """A full stop after one of the language's ``sentence_words``, written in lowercase, before
    a capitalised word ("Das freut mich. Wir …"): sentencex reads on after it, as after an
    abbreviation; the same word capitalised may be one ("Mag. Huber")."""
    words = "|".join(sorted(language(code).sentence_words, key=len, reverse=True))
    return re.compile(rf"(?<![^\W\d_])(?:{words})\.(?=\s+[\"'„“«‘(]?[A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ][a-zß-öø-ÿα-ωа-яё])")


@lru_cache(maxsize=32)
def _openers(code: str) -> str:
    """The language's opening quotes that never close a quote there."""
    data = language(code)  # cached by code: hashing the language's data is slow
    return "".join(sorted({open_ for open_, _ in data.quotes} - {close for _, close in data.quotes}))


@lru_cache(maxsize=32)
def _quote_start(code: str) -> re.Pattern[str]:
    """An opening quote of the language (one that never closes a quote there) before a letter,
    after a sentence's end and a space: „Die …" after "begann. " starts a sentence even where
    a quote left open before it keeps the splitter reading on. The quote comes first in the
    pattern, so that a scan skips to those rare characters."""
    openers = re.escape(_openers(code))
    if not openers:
        return re.compile(r"(?!)")
    return re.compile(rf"[{openers}](?<=[.!?…]\s[{openers}])(?=[^\W\d_])")


def _openers_forward(text: str, pieces: list[tuple[int, int]], openers: str) -> list[tuple[int, int]]:
    """``pieces`` with an opening quote (one of ``openers``, after a space) that ends one moved
    to the next: the splitter cut after a quotation it found no end of ("… certificato. «|Il
    nostro … reale”")."""
    out: list[tuple[int, int]] = []
    carried = -1
    for index, (start, end) in enumerate(pieces):
        start = carried if carried >= 0 else start
        carried = -1
        mark = end
        while mark > start and text[mark - 1] in _INNER_SPACES:
            mark -= 1
        mark -= 1
        if index + 1 < len(pieces) and mark > start and text[mark] in openers and text[mark - 1].isspace():
            carried, end = mark, mark
        out.append((start, end))
    return out


def _split_after_brackets(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return _split_at(_BRACKET_END, text, pieces)


def _split_at(
    pattern: re.Pattern[str], text: str, pieces: list[tuple[int, int]], back: int = 0
) -> list[tuple[int, int]]:
    """``pieces`` cut after each match of ``pattern`` inside them (``back`` characters
    before its end)."""
    out = []
    for start, end in pieces:
        cut = start
        for m in pattern.finditer(text, start, end):
            if not cut < m.end() - back < end:
                continue
            out.append((cut, m.end() - back))
            cut = m.end() - back
        out.append((cut, end))
    return out


_GOES_ON = re.compile(r"\s*(?:[^\W\d_]\.|[^\W\d_A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ])")


def _merge_initials(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with breaks inside an abbreviation of initials undone: after "I." a piece
    that starts with another initial ("A.") or a lowercase word goes on the same sentence
    ("l’I.A. ralentissaient", not three sentences)."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out and _ends_in_initial(text, *out[-1]) and _GOES_ON.match(text, start, end):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# A time zone: "CEST", "ET", "GMT", "UTC" (not any acronym: "NASA said"), "Eastern Time",
# "(CEST)".
_TIME_ZONE = re.compile(r"\s*(?:(?:[A-Z]{0,4}T|UTC)\b|(?:[A-Z][a-z]+ ){1,3}Time\b|\()")


@lru_cache(maxsize=32)
def _clock_end(code: str) -> re.Pattern[str]:
    """A piece that ends in a clock time's mark written with full stops ("8:00 a.m.")."""
    data = language(code)
    marks = sorted((m for m in data.morning_marks | data.afternoon_marks if "." in m), key=len, reverse=True)
    alternation = "|".join(re.escape(m) for m in marks) or "(?!)"
    return re.compile(rf"\d[\s\u00a0]?(?:{alternation})\s*\Z", re.IGNORECASE)


def _merge_time_zones(
    text: str, pieces: list[tuple[int, int]], clock_end: re.Pattern[str]
) -> list[tuple[int, int]]:
    """``pieces`` with a break between a clock time's mark and its time zone undone ("8:00
    a.m. | CEST and …"): the full stops are the abbreviation's."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out and _TIME_ZONE.match(text, start, end) and clock_end.search(text, out[-1][0], out[-1][1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _merge_abbreviations(text: str, pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``pieces`` with a break after a short capitalised abbreviation before a number undone
    ("Tel. | +386 4 574 21 90")."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out and _NUMBER_NEXT.match(text, start, end) and _NUMBER_ABBREVIATION.search(text, *out[-1]):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


_TITLE_END = re.compile(r"(?<![^\W\d_])([^\W\d_]{1,4})\.\s*\Z")  # "M.", "Dr.", "Sig." ending a piece
_NAME_NEXT = re.compile(r"\s*[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]")


def _merge_titles(text: str, pieces: list[tuple[int, int]], titles: frozenset[str]) -> list[tuple[int, int]]:
    """``pieces`` with a break after a person's title undone where a capitalised word follows
    ("du gardien, M. | Benoît Ravelomanana": data ``titles`` of four letters at most,
    capitalised, "63 mm." is a unit; not "St.", also a street's)."""
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        title = _TITLE_END.search(text, *out[-1]) if out else None
        title = title if title is not None and title[1][0].isupper() else None
        if (
            title is not None
            and title[1].lower() in titles
            and title[1].lower() != "st"
            and _NAME_NEXT.match(text, start, end)
        ):
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _ends_in_initial(text: str, start: int, end: int) -> bool:
    """Whether the piece ends in one letter and a full stop ("I."), looked at from its end."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return (
        end - start >= 2
        and text[end - 1] == "."
        and text[end - 2].isalpha()
        and (end - start == 2 or not text[end - 3].isalpha())
    )


def ordinal_dot(text: str, at: int, lang: str) -> bool:
    """Whether the full stop at ``at`` marks an ordinal the sentence goes on after ("am 3.
    Mai", "der 2. Platz") in a language that writes ordinals with one."""
    data = language(lang)
    return data.ordinal_dot and text[at] == "." and _is_ordinal_break(text[: at + 1], text[at + 1 :], data)


def _merge_ordinals(text: str, pieces: list[tuple[int, int]], data: LanguageData) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for start, end in pieces:
        if out and _is_ordinal_break(text[out[-1][0] : out[-1][1]], text[start:end], data):
            ended = _ENDED_BEFORE_ORDINAL.search(text, *out[-1])
            if ended is not None and _ends_sentence(ended[1], data):
                # "… und Mendelssohn. 16. | Juli: …": the sentence ends before the ordinal
                out[-1] = (out[-1][0], ended.end(1) + 1)
                out.append((ended.start(2), end))
            else:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def _ends_sentence(word: str, data: LanguageData) -> bool:
    """Whether a full stop after ``word``, before an ordinal, ends a sentence: a word of
    :data:`_SENTENCE_WORD` letters or a month ("am 3. Mai. 4. Mai: …"), no abbreviation."""
    return (
        len(word) >= _SENTENCE_WORD or word.lower() in data.months
    ) and f"{word}." not in data.abbreviations


def _is_ordinal_break(before: str, after: str, data: LanguageData) -> bool:
    """True when ``before`` ends in "N." that reads as an ordinal continued by ``after``."""
    # A match starts at most five characters before the last non-space one (" 123."), or at
    # 0: searching from there saves scanning the whole sentence.
    if not _ORDINAL_END.search(before, max(0, len(before.rstrip()) - 5)):
        return False
    m = _FIRST_WORD.match(after)
    if not m:
        return False
    word = m.group(1)
    if word[0].isdigit() or word[0].islower() or word.lower() in data.months:
        return True
    # "Der 1. Platz", "zum 2. Mal": an article or preposition before the number makes
    # the capitalised word after it a noun of the same phrase.
    prev = _LAST_WORD.search(before)
    return bool(
        prev and prev.group(1).lower() in data.function_words and word.lower() not in data.function_words
    )
