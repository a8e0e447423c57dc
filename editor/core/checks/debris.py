"""Debris of text pipelines that counts only where the source and the script say so. Helpers
of ``stray_artifact``, which holds the patterns: what each kind needs of the segment (a source
with none of its kind, a script) and the fix it takes."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote_to_bytes

from editor.core.checks.base import Fix

PERCENT = "a percent-encoded character of a web address"
ESCAPED_QUOTE = "a quotation mark escaped for a program's string"
DIRECTION = "an invisible directional mark"
LINK = "a Markdown link"
WIKI = "wiki link markup"
BYTE = "a byte token of a subword vocabulary"
CODE = "Markdown code marks"
LIGATURE = "a typographic ligature of a PDF's text"
QUOTED = "quoted-printable encoding of an e-mail"
COMMENT = "an HTML comment"
STRIKE = "Markdown strikethrough (deleted text)"
UNDERLINE_BOLD = "Markdown bold underscores"
TAB = "a tab of a table's cell in running text"
SNAKE = "a file's or a variable's name"

# "%20", "%C3%A9" right after a letter ("Cedar%20Lane", "caf%C3%A9").
PERCENT_RUN = re.compile(r"(?<=[^\W\d_])(?:%[0-9A-Fa-f]{2})+")
# A backslash before a quotation mark ("l\'app", "\"Start\""), not one the marks around it
# quote themselves ("'\'" names the backslash), not an escaped backslash's second half.
ESCAPED_QUOTE_MARK = re.compile(r"(?<![\\'\"`‘’“”„«»‹›])\\['\"]")
# Marks that set the direction of the text around them, invisible in print: LRM, RLM, the
# Arabic letter mark, embeddings and overrides, isolates.
DIRECTION_MARK = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# "[text](https://…)": a link of Markdown around a web address.
LINK_MARKUP = re.compile(r"\[([^\[\]\n]{1,200})\]\((?:https?://|www\.|mailto:)[^\s()]{1,500}\)")
# "[[Page]]", "[[Page|text]]": a wiki's link, starting with a letter (not "[[:space:]]", not
# the shell's "[[ test ]]").
WIKI_MARKUP = re.compile(r"\[\[(?=[^\W\d_])([^\[\]\n|]{1,100})(?:\|([^\[\]\n]{1,100}))?(?<=\S)\]\]")

# "<0x0D>": a byte a subword model's vocabulary lacked, written as its token.
BYTE_TOKEN = re.compile(r"<0x[0-9A-Fa-f]{2}>")
# "`%TEMP%`": inline code of Markdown, marks and all, around a word or a path.
_LETTERS = re.compile(r"[^\W\d_]")  # (a placeholder, "`%s`", is quoted, not marked as code)
CODE_MARKS = re.compile(r"`(?=\S)([^`\n]{1,100})(?<=\S)`")

# "ﬁ", "ﬀ": a presentation form joining two or three Latin letters, touching a letter.
LIGATURE_MARK = re.compile(r"(?<=[^\W\d_])[\ufb00-\ufb06]|[\ufb00-\ufb06](?=[^\W\d_])")
# "caf=C3=A9", "l=E2=80=99eau", "Hola=2C=20amigo": bytes written as quoted-printable (its hex
# is in capitals); which runs stand for text is keeps()'s.
QUOTED_RUN = re.compile(r"(?:=[0-9A-F]{2})+")
# "<!--more-->", "<!-- wp:paragraph -->": a comment of HTML, which a tag's pattern cannot match.
COMMENT_MARKUP = re.compile(r"<!--[^\n]{0,200}?-->")
# "~~word~~": text struck through, that is deleted, by a revision exported as Markdown.
STRIKE_MARKUP = re.compile(r"(?<![\w~])~~(?=[^\s~])[^~\n]{1,200}?(?<=[^\s~])~~(?![\w~])")
# "__word__": Markdown bold, not a name of Python's in code ("__init__.py", "obj.__dict__",
# "__len__()"; one in prose is in the source too).
UNDERLINE_MARKUP = re.compile(r"(?<![\w./\\])__(?=[^\W_])[^_\n]{1,200}?(?<=[^\W_])__(?![\w(]|\.\w)")
# "riparazione_scarpe_v2": lowercase words joined by underscores, a file's or a variable's
# name, not inside an address, a path or a format ("{user_name}", "a/b_c", "$my_var").
SNAKE_RUN = re.compile(r"(?<![\w@./\\:#$%{<=&?-])[^\W\d_A-Z]{2,}(?:_[^\W_A-Z]+)+(?![\w@/\\:}(>=&?-]|\.\w)")
# A tab between two characters of a line: a cell of a table joined to the next one.
INNER_TAB = re.compile(r"(?<=\S)\t+(?=\S)")
_COLUMNS = re.compile(r"\S {2,}\S")

# Letters of the scripts written right to left: their text sets directions with these marks.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# A token's marks of an address, a path, a query or code: its percent signs are its own.
_ADDRESS_MARKS = frozenset("/\\=?&@#_:{}<>$|")


def applies(what: str, source: str, target: str) -> bool:
    """Whether a kind of this module can be debris in this segment at all: the source writes
    none of its kind (it shows escapes, encoded addresses, links itself) and, for directional
    marks, neither text holds a right-to-left script, whose words need them."""
    if what == DIRECTION:
        return _RIGHT_TO_LEFT.search(target) is None and _RIGHT_TO_LEFT.search(source) is None
    if what == ESCAPED_QUOTE:
        return "\\" not in source
    if what == PERCENT:
        return re.search(r"%[0-9A-Fa-f]{2}", source) is None
    if what == LINK:
        return "](" not in source
    if what == WIKI:
        return "[[" not in source
    if what == BYTE:
        return "<0x" not in source
    if what == CODE:
        return "`" not in source
    if what == QUOTED:
        return QUOTED_RUN.search(source) is None
    if what == COMMENT:
        return "<!--" not in source
    if what == STRIKE:
        return "~~" not in source
    if what == UNDERLINE_BOLD:
        return "__" not in source
    if what == SNAKE:  # a source that writes none: not software that names its variables
        return "_" not in source
    if what == TAB:  # tabs or runs of spaces in the source lay out columns the target keeps
        return "\t" not in source and _COLUMNS.search(source) is None
    return True


def keeps(what: str, text: str, start: int, end: int, source: str = "") -> bool:
    """Whether a match of a kind of this module is debris: a percent-encoded run stands for
    characters of a word (a space or a mark between letters, letters of an accent), in a token
    that is no address, path or format string; code marks are around what the source writes
    bare, not quoted (a translator may quote with them: "`%s`" for "'%s'")."""
    if what == CODE:
        inner = text[start + 1 : end - 1]
        bare = re.search(rf"(?<![\w'\"‘’“”«»`]){re.escape(inner)}(?![\w'\"‘’“”«»`])", source)
        return bare is not None and "'" not in inner and len(_LETTERS.findall(inner)) >= 2
    if what == QUOTED:
        return _quoted_text(text, start, end)
    if what != PERCENT:
        return True
    decoded = _unquoted(text[start:end])
    if decoded is None or decoded.isascii() and decoded.isalnum():
        return False
    if not decoded.isalpha() and not (end < len(text) and text[end].isalpha()):
        return False  # a space or a mark decoded must stand between two letters
    left = text.rfind(" ", 0, start) + 1
    right = len(text) if (stop := text.find(" ", end)) < 0 else stop
    token = text[left:right]
    return not _ADDRESS_MARKS.intersection(token) and token.count("%") * 3 == sum(
        len(m.group()) for m in PERCENT_RUN.finditer(token)
    )


def _unquoted(run: str) -> str | None:
    """The characters a run of percent escapes stands for, if they are valid UTF-8 and printable."""
    try:
        decoded = unquote_to_bytes(run).decode("utf-8")
    except UnicodeDecodeError:
        return None
    return decoded if decoded.isprintable() and decoded else None


def _quoted_text(text: str, start: int, end: int) -> bool:
    """Whether a run of quoted-printable escapes stands for text: valid UTF-8, printable, a
    character beyond ASCII touching a letter ("inmersi=C3=B3n"), or two or more escapes between
    letters ("Hola=2C=20amigo"); never one "=20" of a formula ("x=20")."""
    raw = bytes.fromhex(text[start:end].replace("=", ""))
    try:
        decoded = raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    if not decoded.isprintable() or decoded.isascii() and decoded.isalnum():
        return False
    before = start > 0 and text[start - 1].isalpha()
    after = end < len(text) and text[end].isalpha()
    if not decoded.isascii():
        return before or after
    return len(raw) >= 2 and before and after


def fix(what: str, text: str, start: int, end: int) -> Fix | None:
    """The repair of a match of this module's kind; None for the kinds of ``stray_artifact``."""
    found = text[start:end]
    if what == PERCENT:
        return Fix(start, end, _unquoted(found) or "")
    if what == ESCAPED_QUOTE:
        return Fix(start, end, found[1:])
    if what == DIRECTION:
        return Fix(start, end, "")
    if what == LINK:
        m = LINK_MARKUP.fullmatch(found)
        return None if m is None else Fix(start, end, m.group(1))
    if what == WIKI:
        m = WIKI_MARKUP.fullmatch(found)
        return None if m is None else Fix(start, end, m.group(2) or m.group(1))
    if what == CODE:
        return Fix(start, end, found[1:-1])
    if what == UNDERLINE_BOLD:
        return Fix(start, end, found[2:-2])
    if what == LIGATURE:
        return Fix(start, end, unicodedata.normalize("NFKC", found))
    if what == QUOTED:
        return Fix(start, end, bytes.fromhex(found.replace("=", "")).decode("utf-8"))
    if what == TAB:
        return Fix(start, end, " ")
    if what == BYTE:  # a line break or a space between two words: a space
        spaced = text[start - 1 : start].isspace() or text[end : end + 1].isspace()
        return Fix(start, end, "" if spaced or not start or end == len(text) else " ")
    return None
