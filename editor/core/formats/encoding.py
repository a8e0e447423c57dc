"""Decoding text files: UTF-8 (with or without BOM) and UTF-16 with BOM; anything else refused."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from editor.core.errors import FormatError

MAX_TEXT_BYTES = 512 * 1024 * 1024

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass(frozen=True, slots=True)
class DecodedText:
    """A file's text and how it was stored, so it can be written back the same way."""

    text: str
    encoding: str
    bom: bool


def decode_bytes(data: bytes, path: str | Path) -> DecodedText:
    """Decode a file's bytes or raise a FormatError naming the file, line and byte offset."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            body = data[len(bom) :]
            try:
                return DecodedText(body.decode(encoding), encoding, True)
            except UnicodeDecodeError as exc:
                raise FormatError(
                    path, f"invalid {encoding.upper()} text", offset=exc.start + len(bom)
                ) from None
    nul = data.find(b"\x00")
    if nul >= 0:
        raise FormatError(
            path,
            "binary data (NUL byte), not a text file; UTF-16 needs a byte-order mark",
            line=data.count(b"\n", 0, nul) + 1,
            offset=nul,
        )
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", False)
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise FormatError(
            path,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x} at offset {exc.start}); save it as UTF-8",
            line=line,
            offset=exc.start,
        ) from None


def read_text(path: str | Path) -> DecodedText:
    """Read and decode a text file; every failure is a FormatError naming the file."""
    p = Path(path)
    try:
        size = p.stat().st_size
        if size > MAX_TEXT_BYTES:
            raise FormatError(p, f"file too large ({size} bytes; the limit is {MAX_TEXT_BYTES})")
        data = p.read_bytes()
    except FormatError:
        raise
    except IsADirectoryError:
        raise FormatError(p, "is a directory, not a file") from None
    except FileNotFoundError:
        raise FormatError(p, "no such file") from None
    except OSError as exc:
        raise FormatError(p, f"cannot read: {exc.strerror or exc}") from None
    return decode_bytes(data, p)


def encode_text(text: str, encoding: str = "utf-8", bom: bool = False) -> bytes:
    """The inverse of decode_bytes for a text and how it was stored."""
    data = text.encode(encoding)
    if bom:
        prefix = {
            "utf-8": codecs.BOM_UTF8,
            "utf-16-le": codecs.BOM_UTF16_LE,
            "utf-16-be": codecs.BOM_UTF16_BE,
        }[encoding]
        data = prefix + data
    return data
