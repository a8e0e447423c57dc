"""UTF-8 text decoded with a single-byte code page: "Ã¤" for "ä", and Cyrillic or Greek words
turned into runs of two characters per letter ("Ð¼Ð¸Ñ€" or "РјРёСЂ" for "мир"). A helper of
``stray_artifact``: a candidate counts only if its characters give valid UTF-8 back."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Windows-1252: the characters of bytes 0x80-0x9F ("â€œ" for "“"); Latin-1 shows these bytes
# as the C1 controls U+0080-U+009F, which the runs take too.
_CP1252_HIGH = (
    "\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013\u2014"
    "\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122"
)
# A lead byte's character followed by continuation bytes' characters.
_CP1252_RUN = re.compile(f"(?:[\u00c2-\u00f4][\u0080-\u00bf{_CP1252_HIGH}]+)+")
# Lead bytes of two-byte letters (0xC3 "Ã" for "ä", ...) whose runs the pass looks for; the
# leads of Cyrillic (0xD0, 0xD1) and Greek (0xCE, 0xCF) letters are letters of Spanish,
# French and Icelandic ("Ñ", "Î", "Ð"), so their runs need two letters in a row.
_CP1252_LEADS = re.compile("[ÂÃÄÅâÎÏÐÑ]")


def _continuations(codec: str) -> str:
    """The characters ``codec`` reads UTF-8's continuation bytes (0x80-0xBF) as; a byte the
    code page lacks is read as the C1 control of its number, as Latin-1 does."""
    return "".join(bytes([b]).decode(codec, errors="ignore") or chr(b) for b in range(0x80, 0xC0))


# Windows-1251 reads the lead bytes of Cyrillic letters as "Р" and "С", of Greek ones as "О"
# and "П", and the continuation bytes as rare letters and marks ("СЂ" for "р").
_CP1251_PAIR = re.compile(f"(?:[РСОП][{re.escape(_continuations('cp1251'))}])+")
# Between the words of one mis-decoded phrase: spaces, digits, ASCII marks (never a letter).
_GAP = re.compile(r"[\s\d!-/:-@\[-`{-~]*")


def _bytes_of(text: str, codec: str) -> bytes | None:
    """``text`` encoded with ``codec``, a character it lacks taken as the byte of its number
    (a C1 control that stands for a byte the code page has no character for)."""
    try:
        return text.encode(codec)
    except UnicodeEncodeError:
        pass
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode(codec)
        except UnicodeEncodeError:
            if ord(ch) > 0xFF:
                return None
            out.append(ord(ch))
    return bytes(out)


def _decoded(text: str, codec: str) -> str | None:
    """The intended text when ``text`` is UTF-8 decoded with ``codec``, else None."""
    data = _bytes_of(text, codec)
    if data is None:
        return None
    try:
        fixed = data.decode("utf-8")
    except UnicodeDecodeError:
        return None
    return fixed if fixed != text and fixed.isprintable() else None


def _letters(fixed: str) -> bool:
    """Whether the characters a run of another script gives back are letters, two of them
    side by side at least: a lone pair ("Р»" is "л") is too often a word's end before a mark."""
    other = [ch for ch in fixed if not ch.isascii()]
    return all(ch.isalpha() for ch in other) and re.search(r"[^\W\d_]{2}", fixed) is not None


def _non_latin(fixed: str) -> bool:
    return any("\u0370" <= ch <= "\u052f" or "\u1f00" <= ch <= "\u1fff" for ch in fixed)


def mojibake(text: str) -> Iterator[tuple[int, int, str]]:
    """Stretches of ``text`` that are UTF-8 decoded with the wrong code page, each as (start,
    end, the text intended). Runs of a Cyrillic or Greek phrase with spaces and marks between
    them make one stretch."""
    if text.isascii():
        return
    if _CP1252_LEADS.search(text):
        yield from _phrases(text, _CP1252_RUN, "cp1252")
    if _CP1251_PAIR.search(text):
        yield from _phrases(text, _CP1251_PAIR, "cp1251")


def _phrases(text: str, run: re.Pattern[str], codec: str) -> Iterator[tuple[int, int, str]]:
    start = end = -1
    fixed = ""
    for m in run.finditer(text):
        part = _decoded(m.group(), codec)
        if part is None:
            continue
        if not _non_latin(part):
            if codec == "cp1252":  # a letter with an accent, or a typographic mark
                yield m.start(), m.end(), part
            continue
        if start >= 0 and _GAP.fullmatch(text, end, m.start()):
            fixed += text[end : m.start()] + part
            end = m.end()
            continue
        if start >= 0 and _letters(fixed):
            yield start, end, fixed
        start, end, fixed = m.start(), m.end(), part
    if start >= 0 and _letters(fixed):
        yield start, end, fixed
