"""Parsing XML from files we did not write, safely.

No entity is ever expanded and no DTD or other resource is ever fetched: a file declaring
entities (the billion-laughs and quadratic blow-up bombs, external entities that read local
files) is refused with a clear error. A DOCTYPE that only names an external DTD, as TMX files
often do, is accepted and the DTD is not loaded. Documents nested deeper than a depth limit are
refused politely (files over a size limit never get here: see bilingual.py); every syntax
error names the file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from editor.core.errors import FormatError
from editor.core.formats.xmltags import keep_declaring_tags

MAX_DEPTH = 256  # libxml2's own limit without XML_PARSE_HUGE, which is never set here
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE", re.IGNORECASE)


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def parse(data: bytes, path: str | Path) -> etree._ElementTree:
    """Parse XML bytes into a tree, or raise FormatError naming the file and line."""
    doctype = _DOCTYPE.search(data)
    entity = _ENTITY_DECL.search(data)
    if doctype is not None and entity is not None:
        raise FormatError(
            path,
            "the document declares entities (<!ENTITY>); refused, as entity declarations are how "
            "XML bombs and external-entity attacks work",
            line=_line_of(data, entity.start()),
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
    """The tree as bytes in the original's encoding, with the original prolog kept verbatim
    and the start tags that declare namespaces as the original wrote them."""
    encoding = tree.docinfo.encoding or "UTF-8"
    head = prolog(original)
    body = bytes(etree.tostring(tree.getroot(), encoding=encoding, xml_declaration=False))
    tail = original[len(original.rstrip()) :]
    try:
        text = keep_declaring_tags(body.decode(encoding), original[len(head) :].decode(encoding))
    except (UnicodeDecodeError, LookupError):
        return head + body + tail  # an encoding Python lacks: lxml's tags, still the same XML
    return head + text.encode(encoding) + tail
