"""Whether a word of a translation that its source has too reads as prose (a word a
translation may have left untranslated), not code, syntax, an address or a name. A helper of
``untranslated``."""

from __future__ import annotations

import re

_CODE = re.compile(r"[_=<>/\\%{}\[\]|@#\d]")  # a token holding one of these is code or syntax
_STOPS = ".!?:"
_DOTTED = re.compile(r"[^\W\d_]\.[^\W\d_]{2}")  # a web address or a file's name ("fretwork.co.uk")
OPENERS = "\"'“„«([¿¡"
_WIDE = "\u3000"  # from here on, characters of scripts written without spaces (and their marks)


def lowercase_noun(source: str, target: str, word: re.Match[str]) -> bool:
    """Whether a capitalised word is the source's lowercase word as a noun of a language that
    capitalises them ("Ihre Secateurs" for "your secateurs"), in prose."""
    found, lowered = word.group(), target.lower()
    if not found.istitle() or len(lowered) != len(target):
        return False
    written = re.compile(re.escape(found.lower())).match(lowered, word.start())
    if written is None or not prose_word(lowered, written):
        return False  # (read as the lowercase word it was: code, an address)
    return said_in_lowercase(found, source)


def said_in_lowercase(word: str, source: str) -> bool:
    """Whether ``source`` writes ``word`` in lowercase, as a whole word."""
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", source) is not None


def prose_word(text: str, word: re.Match[str]) -> bool:
    """Whether a word reads as prose: not in code or syntax ("--dry-run", "<name>",
    "FIN_WAIT1", "init | list"), nor in a web address or a file's name ("fretwork-repairs.co.uk"),
    not an acronym or ALL-CAPS keyword, not a capitalised name after a sentence's start
    ("Logitech Cordless Desktop"). Software keeps those as they are."""
    found = word.group()
    if len(found) > 1 and not found[1:].islower():
        return False  # "ALL", "NaN", "iTouch"
    start, end = word.start(), word.end()
    # A token ends at a space, or at a character of a script written without spaces (CJK),
    # whose words run on from Latin ones ("価格(including delivery)は40").
    while start and not text[start - 1].isspace() and text[start - 1] < _WIDE:
        start -= 1
    while end < len(text) and not text[end].isspace() and text[end] < _WIDE:
        end += 1
    token = text[start:end]
    if token.lstrip(OPENERS).startswith("-") or _CODE.search(token) or _DOTTED.search(token):
        return False
    left, right = start, end  # the neighbouring tokens' edges
    while left and text[left - 1].isspace():
        left -= 1
    while right < len(text) and text[right].isspace():
        right += 1
    if text[left - 1 : left] == "|" or text[right : right + 1] == "|":
        return False  # one of the alternatives of a syntax ("init | list")
    if not found[0].isupper():
        return True
    if text[start : word.start()].strip(OPENERS):
        return False  # a capital inside a token
    # Capitalised at the start of the text, a sentence or a line; elsewhere a name.
    return not left or text[left - 1] in _STOPS or "\n" in text[left:start]
