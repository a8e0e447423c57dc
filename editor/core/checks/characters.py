"""Characters a pipeline garbles inside words: escape sequences written out. Helpers of
``stray_artifact``."""

from __future__ import annotations

import codecs
import html
import re

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
