"""Parsing XML from files we did not write, safely.

No entity is ever expanded and no DTD or other resource is ever fetched: a file declaring
entities (the billion-laughs and quadratic blow-up bombs, external entities that read local
files) is refused with a clear error. A DOCTYPE that only names an external DTD, as TMX files
often do, is accepted and the DTD is not loaded. Documents nested deeper than a depth limit are
refused politely (files over a size limit never get here: see bilingual.py); every syntax
error names the file and line.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from lxml import etree

from editor.core.errors import FormatError
from editor.core.formats.xmltags import keep_declaring_tags

MAX_DEPTH = 256  # libxml2's own limit without XML_PARSE_HUGE, which is never set here
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


# Byte-order marks, longest first (UTF-32 LE begins as UTF-16 LE does), and the first bytes of
# "<?" in UTF-16 and UTF-32 written without one (XML 1.0, appendix F).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_SNIFF = (
    (b"<\x00\x00\x00", "utf-32-le"),
    (b"\x00\x00\x00<", "utf-32-be"),
    (b"<\x00?\x00", "utf-16-le"),
    (b"\x00<\x00?", "utf-16-be"),
)
_DECLARED = re.compile(rb"^<\?xml[^>]*?encoding\s*=\s*[\"']([A-Za-z0-9._-]+)[\"']")


def xml_encoding(data: bytes) -> tuple[bytes, str]:
    """How an XML file is stored: its byte-order mark (b"" if none) and the Python codec of the
    bytes after it, from the mark, the shape of "<?" or the declaration (UTF-8 by default).
    A declaration naming UTF-16 over single-byte text is wrong and libxml2 ignores it; so
    does this."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return bom, codec
    for start, codec in _SNIFF:
        if data.startswith(start):
            return b"", codec
    declared = _DECLARED.match(data)
    if declared is None:
        return b"", "utf-8"
    name = declared.group(1).decode("ascii").lower()
    try:
        codec = codecs.lookup(name).name
    except LookupError:
        return b"", name  # not Python's: callers fall back to what lxml can write
    return b"", "utf-8" if codec.startswith(("utf-16", "utf-32")) else codec


def head_text(head: bytes) -> str:
    """The first bytes of a file as text, for recognising a format by content in any encoding."""
    bom, codec = xml_encoding(head)
    try:
        return head[len(bom) :].decode(codec, "ignore")
    except LookupError:
        return head.decode("utf-8", "ignore")


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def _markup(data: bytes) -> bytes:
    """The bytes to search for declarations: wide encodings narrowed (as UTF-8), so that
    "<!ENTITY" in a UTF-16 file is found too."""
    bom, codec = xml_encoding(data)
    if codec.startswith(("utf-16", "utf-32")):
        return data[len(bom) :].decode(codec, "replace").encode("utf-8")
    return data


def parse(data: bytes, path: str | Path) -> etree._ElementTree:
    """Parse XML bytes into a tree, or raise FormatError naming the file and line."""
    markup = _markup(data)
    doctype = _DOCTYPE.search(markup)
    entity = _ENTITY_DECL.search(markup)
    if doctype is not None and entity is not None:
        raise FormatError(
            path,
            "the document declares entities (<!ENTITY>); refused, as entity declarations are how "
            "XML bombs and external-entity attacks work",
            line=_line_of(markup, entity.start()),
        )
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        strip_cdata=False,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        message = str(exc.msg or exc).split(", line ")[0]
        if "Excessive depth" in message:
            raise FormatError(
                path, f"elements nested more than {MAX_DEPTH} levels deep; refused", line=exc.lineno or None
            ) from None
        raise FormatError(path, f"malformed XML: {message}", line=exc.lineno or None) from None
    except ValueError as exc:
        raise FormatError(path, f"malformed XML: {exc}") from None
    for entity in root.iter(etree.Entity):  # an unexpanded reference (filtered in C: cheap)
        raise FormatError(path, f"unexpanded entity &{entity.name};", line=entity.sourceline)
    return root.getroottree()


_LOCAL: dict[str, str] = {}


def local(tag: object) -> str:
    """An element's tag without its namespace ('' for comments and processing instructions)."""
    if not isinstance(tag, str):
        return ""
    name = _LOCAL.get(tag)
    if name is None:
        name = _LOCAL[tag] = tag.rsplit("}", 1)[-1]
    return name


def prolog(data: bytes) -> bytes:
    """Everything before the root element (XML declaration, comments, DOCTYPE), verbatim."""
    i = 0
    while True:
        start = data.find(b"<", i)
        if start < 0:
            return b""
        nxt = data[start + 1 : start + 2]
        if nxt in (b"?", b"!"):
            if data.startswith(b"<!--", start):
                end = data.find(b"-->", start)
                i = end + 3 if end >= 0 else len(data)
            else:
                end = data.find(b">", start)
                i = end + 1 if end >= 0 else len(data)
            continue
        return data[:start]


def serialize(tree: etree._ElementTree, original: bytes) -> bytes:
    """The whole tree as lxml writes it, in the original's encoding (its byte-order mark kept,
    none added), with the original prolog kept verbatim and the start tags that declare
    namespaces as the original wrote them. See xmlsplice.py, which changes far less."""
    bom, codec = xml_encoding(original)
    try:
        text = original[len(bom) :].decode(codec)
    except (LookupError, UnicodeDecodeError):
        return _serialize_bytes(tree, original)
    head = prolog(text.encode("utf-8")).decode("utf-8")
    body = etree.tostring(tree.getroot(), encoding="unicode")
    tail = text[len(text.rstrip()) :]
    body = keep_declaring_tags(body, text[len(head) :])
    return bom + (head + body + tail).encode(codec, "xmlcharrefreplace")


def _serialize_bytes(tree: etree._ElementTree, original: bytes) -> bytes:
    """``serialize`` for an encoding Python lacks: lxml encodes, the prolog is found in bytes."""
    encoding = tree.docinfo.encoding or "UTF-8"
    head = prolog(original)
    body = bytes(etree.tostring(tree.getroot(), encoding=encoding, xml_declaration=False))
    return head + body + original[len(original.rstrip()) :]
