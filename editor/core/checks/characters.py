"""Characters a pipeline garbles inside words: escape sequences written out, letters of another
script that look the same ("Mосква" with a Latin "M"). Helpers of ``stray_artifact``."""

from __future__ import annotations

import codecs
import html
import re
import unicodedata
from collections.abc import Iterator

# --- escape sequences: "Gr\u00fc\u00dfe", "Gr\xc3\xbc\xc3\x9fe" ---------------------------

ESCAPE_RUN = re.compile(r"(?:\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}))+")


def decoded_escape(run: str) -> str | None:
    """The characters a run of ``\\uXXXX``, ``\\UXXXXXXXX`` or ``\\xXX`` escapes stands for, or
    None when it stands for no printable text (a terminal's control code, "\\x1b"). Bytes
    written as ``\\xXX`` are read as UTF-8 where they decode so, else one character each."""
    try:
        text = codecs.decode(run, "unicode_escape")
        if "\\x" in run and "\\u" not in run and "\\U" not in run:
            try:
                text = text.encode("latin-1").decode("utf-8")
            except UnicodeDecodeError:
                pass  # single-byte codes: "\xfc" is "ü" in Latin-1
        # a character outside the BMP written as two UTF-16 halves ("\ud83d\ude00")
        text = text.encode("utf-16", "surrogatepass").decode("utf-16")
    except (UnicodeError, ValueError):
        return None
    return text if text.isprintable() and not text.isspace() else None


def decoded_entity(entity: str) -> str | None:
    """The character an HTML entity stands for ("&#252;" -> "ü"), if it names a printable one."""
    text = html.unescape(entity)
    return text if text != entity and text.isprintable() and not text.isspace() else None


# --- letters of another script that look alike ----------------------------------------------

_LATIN, _CYRILLIC, _GREEK = "Latin", "Cyrillic", "Greek"
# Look-alikes by script: {from: {to: "letters of from" -> "letters of to"}}. Only letters that
# are drawn the same (Unicode's confusables), and into Cyrillic only Russian's letters.
_PAIRS = {
    (_CYRILLIC, _LATIN): ("аеорсухѕіјԁһёАВЕКМНОРСТХЅІЈЁ", "aeopcyxsijdhëABEKMHOPCTXSIJË"),
    (_LATIN, _CYRILLIC): ("aeopcyxëABEKMHOPCTXË", "аеорсухёАВЕКМНОРСТХЁ"),
    (_GREEK, _LATIN): ("οΑΒΕΖΗΙΚΜΝΟΡΤΥΧ", "oABEZHIKMNOPTYX"),
    (_LATIN, _GREEK): ("oABEZHIKMNOPTYX", "οΑΒΕΖΗΙΚΜΝΟΡΤΥΧ"),
}
_MAPS = {pair: dict(zip(a, b, strict=True)) for pair, (a, b) in _PAIRS.items()}
# The script a language is written in, where it is one of these three.
_SCRIPT_OF_LANGUAGE = {"ru": _CYRILLIC, "uk": _CYRILLIC, "be": _CYRILLIC, "bg": _CYRILLIC, "el": _GREEK}
_ROMAN = frozenset("IVXLCDM")
_WORD = re.compile(r"[^\W\d_]+")
# Tokens of code, addresses and identifiers, where letters of two scripts may meet on purpose.
_CODE_MARKS = frozenset("0123456789_@/\\={}<>%$#&|~^*+[]")


def _script(ch: str) -> str | None:
    code = ord(ch)
    if ch.isascii():
        return _LATIN if ch.isalpha() else None
    if 0x00C0 <= code <= 0x024F or 0x1E00 <= code <= 0x1EFF:
        return _LATIN if ch.isalpha() else None
    if 0x0400 <= code <= 0x052F:
        return _CYRILLIC
    if 0x0370 <= code <= 0x03FF or 0x1F00 <= code <= 0x1FFF:
        return _GREEK
    return None


_LATIN_LETTERS = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
_OTHER_LETTERS = "\u0370-\u03ff\u0400-\u052f\u1f00-\u1fff"
# Letters of two scripts side by side: where a word of two scripts changes script.
_MIXED = re.compile(f"[{_LATIN_LETTERS}][{_OTHER_LETTERS}]|[{_OTHER_LETTERS}][{_LATIN_LETTERS}]")


def mixes_scripts(token: str) -> bool:
    """Whether a token holds a Latin letter beside a Cyrillic or Greek one (the quick test,
    judged once per distinct token by ``stray_artifact``'s token memo)."""
    return not token.isascii() and _MIXED.search(token) is not None


def lookalike_words(text: str, source: str, lang: str) -> Iterator[tuple[int, int, str, str, str]]:
    """Words of ``text`` that mix scripts through look-alike letters, each as (start, end, the
    word in one script, the script of the letters replaced, the word's script). Not a word or
    token the source has, not in code (digits, marks of paths and identifiers), not where the
    script changes with the case (see ``_glued``)."""
    own = _SCRIPT_OF_LANGUAGE.get(lang.lower().replace("_", "-").split("-")[0], _LATIN)
    for token in re.finditer(r"\S+", text):
        if (
            not mixes_scripts(token.group())
            or token.group() in source
            or _CODE_MARKS.intersection(token.group())
        ):
            continue
        for m in _WORD.finditer(token.group()):
            word = m.group()
            fixed = _one_script(word, own, source)
            if fixed is None or word in source:
                continue
            start = token.start() + m.start()
            yield start, start + len(word), *fixed


def _one_script(word: str, own: str, source: str) -> tuple[str, str, str] | None:
    """``word`` with the letters of one script replaced by their look-alikes in the other, that
    script and the other; None if the word is no such mix. Letters of two or more in a row that
    the source writes so are kept from it ("TOCКОД" for "TOCCODE": an abbreviation before a word
    the translator wrote in Cyrillic), no look-alikes to replace with the other script's."""
    scripts = [_script(ch) for ch in word]
    present = {s for s in scripts if s is not None}
    if len(present) != 2 or None in scripts or _glued(word, scripts):
        return None
    a, b = sorted(present)
    options = []
    for old, new in ((a, b), (b, a)):
        table = _MAPS.get((old, new))
        if table is None:
            continue
        moved = [i for i, s in enumerate(scripts) if s == old]
        run = word[moved[0] : moved[-1] + 1]
        if len(run) == len(moved) > 1 and run in source:
            continue
        if all(word[i] in table for i in moved):
            fixed = "".join(
                table.get(ch, ch) if s == old else ch for ch, s in zip(word, scripts, strict=True)
            )
            options.append((fixed, old, new, len(moved)))
    if not options:
        return None
    if len(options) == 2:
        latin = next(o for o in options if o[1] != _LATIN)  # the word written in Latin
        if set(latin[0]) <= _ROMAN:
            return latin[:3]  # a Roman numeral: "XХ" is "XX"
        into_own = [o for o in options if o[1] != own]
        if len(into_own) == 1:
            options = into_own
        elif options[0][3] == options[1][3]:
            return None  # as many letters of either script, and neither the language's
        else:
            options = [min(options, key=lambda o: o[3])]
    return options[0][:3]


def _glued(word: str, scripts: list[str | None]) -> bool:
    """Whether the script changes where the case does as no word's case does: lowercase before
    capitals ("-wН", an option's letter before a placeholder written in the translation's
    letters) or capitals before lowercase ("ИМЯxx", a placeholder before a literal suffix;
    "SMSка", an abbreviation with an ending)."""
    for i in range(len(word) - 1):
        if scripts[i] == scripts[i + 1]:
            continue
        if word[i].islower() and word[i + 1].isupper():
            return True
        if word[i].isupper() and word[i + 1].islower() and i > 0 and word[i - 1].isupper():
            return True
    return False


# --- marks and digits of another script's typing: "１４０", "incluido;" with U+037E ----------

# Full-width forms of ASCII (East Asian input), the Greek question mark and ano teleia (";",
# "·" to the eye).
_FOREIGN_MARKS = re.compile("[\uff01-\uff5e\u037e\u0387]+")


def lookalike_marks(text: str, source: str, lang: str) -> Iterator[tuple[int, int, str, str]]:
    """Runs of full-width characters or Greek marks in a text of a language that writes
    neither, not copied from the source: (start, end, the plain characters, what they are)."""
    greek = lang.split("-")[0] == "el"
    for m in _FOREIGN_MARKS.finditer(text):
        run = m.group()
        if run in source or (greek and run[0] in "\u037e\u0387"):
            continue
        kind = (
            "full-width characters that look" if run[0] >= "\uff01" else "a Greek punctuation mark that looks"
        )
        yield m.start(), m.end(), unicodedata.normalize("NFKC", run), kind
