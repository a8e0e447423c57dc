"""Where each string of a PO file sits, so that issues get the file's lines and columns.

translate-toolkit's pypo keeps no line numbers, and a PO string cannot be walked from one
origin: it is escaped (``\\"``, ``\\n``, ``\\\\``) and often split into quoted pieces on
consecutive lines (``msgstr ""`` then one piece per line). One search finds where each
message starts; a message is read when one of its segments is located, as the pieces of its
strings (line, column after the opening quote, raw text), and the segment's offsets map exactly
to the characters that hold them. Reading the whole file this way would cost about what pypo's
parse costs; the few messages with issues cost nothing to speak of.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass

from editor.core.model import Segment
from editor.core.positions import Position

# A line holding a string: a keyword and its first piece, or a piece continuing the string.
_STRING_LINE = re.compile(
    r"^[ \t]*(?:(?P<keyword>msgctxt|msgid_plural|msgid|msgstr(?:\[\d+\])?)[ \t]*)?"
    r'"(?P<raw>(?:[^"\\\n]|\\.)*)"',
    re.MULTILINE,
)
_MESSAGE_START = re.compile(r'^[ \t]*(msgctxt|msgid)[ \t]*"', re.MULTILINE)
_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")
# pypo's escapes: these five, and a backslash before any other character stands for that character.
_UNESCAPE = {"r": "\r", "t": "\t", '"': '"', "n": "\n", "\\": "\\"}
_ESCAPED = re.compile(r"\\.")
_ESCAPED_OR_NOT = re.compile(r"\\.|.", re.DOTALL)
_NEEDS_ESCAPE = tuple(_UNESCAPE.values())


def _unescape(match: re.Match[str]) -> str:
    return _UNESCAPE.get(match.group(0)[1], match.group(0)[1])


@dataclass(frozen=True, slots=True)
class Piece:
    """One quoted piece of a string: its line, the column after its opening quote, its text
    as written between the quotes."""

    line: int
    col: int
    raw: str


class PoString:
    """A string of a message (its msgid, msgstr[1], …) as the pieces the file splits it in."""

    __slots__ = ("_text", "pieces")

    def __init__(self, pieces: list[Piece]) -> None:
        self.pieces = pieces
        self._text: str | None = None  # worked out when asked: most msgstrs never are

    @property
    def text(self) -> str:
        """The string as pypo reads it: pieces joined, escapes undone."""
        if self._text is None:
            raws = [piece.raw for piece in self.pieces]
            joined = "".join(raws) if len(raws) > 1 else raws[0]
            # Unescaped piece by piece: an escape never spans two pieces.
            self._text = joined if "\\" not in joined else "".join(_ESCAPED.sub(_unescape, r) for r in raws)
        return self._text

    def _character(self, offset: int) -> tuple[int, int, int]:
        """The line of the text's character at ``offset`` and the columns it spans there (two
        for an escape); ``offset`` is inside the text."""
        for piece in self.pieces:
            raw = piece.raw
            if "\\" not in raw:
                if offset < len(raw):
                    return piece.line, piece.col + offset, piece.col + offset + 1
                offset -= len(raw)
                continue
            for character in _ESCAPED_OR_NOT.finditer(raw):
                if not offset:
                    return piece.line, piece.col + character.start(), piece.col + character.end()
                offset -= 1
        raise IndexError(offset)

    @property
    def start(self) -> tuple[int, int]:
        """Where the text starts: its first character, or inside the quotes of an empty string."""
        piece = next((p for p in self.pieces if p.raw), self.pieces[0])
        return piece.line, piece.col

    @property
    def end(self) -> tuple[int, int]:
        """Where the text ends: after its last character (its closing quote's column)."""
        piece = next((p for p in reversed(self.pieces) if p.raw), None)
        return self.start if piece is None else (piece.line, piece.col + len(piece.raw))

    def locate(self, start: int, end: int) -> Position:
        """The span [start, end) of this very text: from its first character to the end of its
        last (a span ending a piece ends on that piece's line, not at the next one's quote)."""
        if start < len(self.text):
            line, col, _ = self._character(start)
        else:
            line, col = self.end
        if end <= start:
            return line, col, line, col
        end_line, _, end_col = self._character(end - 1)
        return line, col, end_line, end_col

    def locate_edited(self, text: str, start: int, end: int) -> Position:
        """A span of an edited ``text``, as if it were written here in one piece from where
        this string starts (the file does not hold it, so no piece can be named)."""
        line, col = self.start
        return line, col + _escaped_length(text[:start]), line, col + _escaped_length(text[:end])


def _escaped_length(text: str) -> int:
    return len(text) + sum(text.count(char) for char in _NEEDS_ESCAPE)


class PoLayout:
    """Finds a segment's strings in a PO file, by its message's place in the file.

    Only where each message starts is found up front (one search); a message is read when a
    segment of it is located, and checked against the segment's key (pypo's ``getid``:
    context, "\\x04", msgid), so a file numbered otherwise than pypo numbers it is never
    located wrong: its messages are then looked up by id, all read once.
    """

    def __init__(self, text: str) -> None:
        self._text = text
        self._starts, self._lines = _message_starts(text)
        first = self._message(0) if self._starts else {}
        self._skip = 1 if _is_header(first) else 0  # pypo's header is no segment
        self._by_id: dict[str, dict[str, PoString]] | None = None

    @classmethod
    def read(cls, data: bytes) -> PoLayout:
        text = _decode(data)
        if "\r" in text:  # line ends as LineIndex counts them; columns do not change
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return cls(text)

    def locate(self, segment: Segment, side: str, start: int, end: int) -> Position | None:
        """A span of a segment in the file, or None when the file holds no such string (the
        project's file is not the one read). A plural form the file lacks is empty: it is
        placed after the message's last msgstr, where it would be written."""
        if not segment.key:
            return None
        unit_id, *form = json.loads(segment.key)
        strings = self._message_of(segment.paragraph, unit_id)
        if side == "source":
            string = strings.get("msgid_plural" if form and form[0] > 0 else "msgid")
        else:
            string = strings.get(f"msgstr[{form[0]}]" if form else "msgstr")
            if string is None and form and not segment.mt:
                last = [s for name, s in strings.items() if name.startswith("msgstr")][-1:]
                return (*last[0].end, *last[0].end) if last else None
        if string is None or string.text != (segment.source if side == "source" else segment.mt):
            return None
        if side == "source" or not segment.edited:
            return string.locate(start, end)
        return string.locate_edited(segment.target, start, end)

    def _message_of(self, paragraph: int, unit_id: str) -> dict[str, PoString]:
        """A message's strings: the reader numbers messages as paragraphs, in file order;
        the id tells whether this file numbers them so, else all messages are read by id."""
        strings = self._message(paragraph - 1 + self._skip)
        if _message_id(strings) != unit_id:
            strings = self._all().get(unit_id, {})
        return strings

    def _message(self, index: int) -> dict[str, PoString]:
        if not 0 <= index < len(self._starts):
            return {}
        end = self._starts[index + 1] if index + 1 < len(self._starts) else len(self._text)
        return _strings(self._text, self._starts[index], end, self._lines[index])

    def _all(self) -> dict[str, dict[str, PoString]]:
        if self._by_id is None:
            self._by_id = {}
            for index in range(len(self._starts)):
                strings = self._message(index)
                unit_id = _message_id(strings)
                if unit_id is not None:
                    self._by_id.setdefault(unit_id, strings)
        return self._by_id


def _message_id(strings: dict[str, PoString]) -> str | None:
    """pypo's ``getid`` of a message: its context, "\\x04" and its msgid (None without a msgid)."""
    msgid = strings.get("msgid")
    if msgid is None:
        return None
    context = strings["msgctxt"].text if "msgctxt" in strings else ""
    return f"{context}\x04{msgid.text}" if context else msgid.text


def _is_header(strings: dict[str, PoString]) -> bool:
    msgid, msgstr = strings.get("msgid"), strings.get("msgstr")
    return "msgctxt" not in strings and msgid is not None and not msgid.text and bool(msgstr and msgstr.text)


def _decode(data: bytes) -> str:
    if data.startswith(codecs.BOM_UTF8):
        return data.decode("utf-8-sig", "replace")
    match = _CHARSET.search(data, 0, 8192)
    encoding = match.group(1).decode("ascii") if match else "utf-8"
    try:
        return data.decode(encoding, "replace")
    except LookupError:  # a charset Python does not know: pypo refuses it anyway
        return data.decode("utf-8", "replace")


def _message_starts(text: str) -> tuple[list[int], list[int]]:
    """Where each message starts (its msgctxt, else its msgid) and on which line: obsolete
    messages (``#~``) and previous strings (``#|``) are comments, as pypo keeps them out of the
    units read."""
    starts: list[int] = []
    lines: list[int] = []
    line, position, context = 1, 0, False
    for match in _MESSAGE_START.finditer(text):
        start = match.start()
        line += text.count("\n", position, start)
        position = start
        if match.group(1) == "msgid" and context:
            context = False  # the msgid of the context just seen
            continue
        context = match.group(1) == "msgctxt"
        starts.append(start)
        lines.append(line)
    return starts, lines


def _strings(text: str, start: int, end: int, line: int) -> dict[str, PoString]:
    """The strings of the message in ``text[start:end]`` (starting on ``line``) by keyword."""
    strings: dict[str, list[Piece]] = {}
    pieces: list[Piece] | None = None  # the string a continuation line goes to
    position = start
    for match in _STRING_LINE.finditer(text, start, end):
        line += text.count("\n", position, match.start())
        position = match.start()
        name = match.group("keyword")
        if name is not None:
            pieces = strings.setdefault(name, [])
        elif not pieces or pieces[-1].line != line - 1:
            pieces = None  # a comment or a blank line ended the string: not a continuation
            continue
        pieces.append(Piece(line, match.start("raw") - match.start(), match.group("raw")))
    return {name: PoString(p) for name, p in strings.items() if p}
