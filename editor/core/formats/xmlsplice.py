"""A patched XML tree written back by splicing: what a patch changed is written anew into the
original text, everything else is copied from it character for character.

lxml serialises a whole tree its own way: ``&apos;`` and ``&#160;`` come out as characters,
single-quoted attributes double-quoted, ``<a></a>`` as ``<a/>``, CDATA as text, namespace
declarations first. Each is the same XML, but a bilingual round trip promises that only the
edited targets and the states it must change differ, byte for byte, so that a diff (and the
CAT tool's own change tracking) shows nothing else. So a patch ``touch``es each element before
it changes it, and ``render`` copies the original text but for those elements:

- a start tag whose attributes changed keeps the others as written (quotes, order, spacing)
  and gets only the changed values replaced, removed ones dropped, new ones appended;
- a content that changed is rebuilt from its pieces: text or tails that changed are escaped
  anew, children that were there are copied (or rendered, if touched themselves), and children
  the patch made are serialised by lxml, without the namespace declarations already in scope.

The text is decoded and encoded in the encoding the file was read in (byte-order mark and XML
declaration kept as they were; characters the encoding lacks become character references), so a
UTF-16 SDLXLIFF stays UTF-16. Where splicing is not possible (an encoding Python does not know,
or markup the scanner cannot follow) the whole tree is serialised instead (``serialize``): the
same XML, with lxml's spelling outside the edited units.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

from lxml import etree

from editor.core.formats.xmlsafe import local, serialize, xml_encoding

XML_NS = "http://www.w3.org/XML/1998/namespace"
_MARKUP = re.compile(
    r"<(?:"
    r"(?P<comment>!--.*?-->)"
    r"|(?P<cdata>!\[CDATA\[.*?\]\]>)"
    r"|(?P<pi>\?.*?\?>)"
    r"|(?P<decl>![^\[>]*(?:\[.*?\]\s*)?>)"  # a DOCTYPE, with its internal subset
    r"|/(?P<end>[^\s>]+)\s*>"
    r"|(?P<name>[^\s/>!?]+)(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*\s*(?P<empty>/?)>"
    r")",
    re.S,
)
_ATTRIBUTE = re.compile(r"(\s+)([^\s=/>]+)(\s*=\s*)(?:\"([^\"]*)\"|'([^']*)')")
_NAME = re.compile(r"<([^\s/>]+)")


class _Unspliceable(Exception):
    """The original text cannot be followed node by node: serialise the whole tree instead."""


@dataclass(frozen=True, slots=True)
class _Before:
    """An element as it was before the patch touched it."""

    attributes: tuple[tuple[str, str], ...]
    text: str | None
    children: tuple[tuple[etree._Element, str | None], ...]  # each child with its tail


def escape_text(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")


def escape_attribute(value: str, quote: str) -> str:
    value = value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    value = value.replace("\t", "&#9;").replace("\n", "&#10;").replace("\r", "&#13;")
    return value.replace(quote, "&quot;" if quote == '"' else "&apos;")


class Splice:
    """The original text of a parsed tree and the elements a patch touched.

    Create it right after parsing, before the tree changes: nodes are matched to the text by
    their place in document order, so the list of nodes is taken then (and keeps lxml's proxies
    alive, so that identity means the same node).
    """

    def __init__(self, tree: etree._ElementTree, original: bytes) -> None:
        self._tree = tree
        self._original = original
        self._root = tree.getroot()
        self._nodes = list(self._root.iter())
        self._index = {node: i for i, node in enumerate(self._nodes)}
        self._before: dict[etree._Element, _Before] = {}
        self._bom, self._codec = xml_encoding(original)
        self._text: str | None
        try:
            self._text = original[len(self._bom) :].decode(self._codec)
        except (LookupError, UnicodeDecodeError):
            self._text = None

    def touch(self, element: etree._Element) -> None:
        """Remember an element as it is, before it changes (new elements need no touch)."""
        if element in self._index and element not in self._before:
            self._before[element] = _Before(
                tuple(element.attrib.items()),
                element.text,
                tuple((child, child.tail) for child in element),
            )

    def render(self) -> bytes:
        """The file with the touched elements' changes; the original itself if none changed."""
        changed = [element for element, before in self._before.items() if _changed(element, before)]
        if not changed:
            return self._original
        if self._text is None:
            return serialize(self._tree, self._original)
        try:
            text = _Render(self._text, self._nodes, self._index, self._before, changed).document()
        except _Unspliceable:
            return serialize(self._tree, self._original)
        return self._bom + text.encode(self._codec, "xmlcharrefreplace")


def _changed(element: etree._Element, before: _Before) -> bool:
    return (
        tuple(element.attrib.items()) != before.attributes
        or element.text != before.text
        or tuple((child, child.tail) for child in element) != before.children
    )


class _Render:
    def __init__(
        self,
        text: str,
        nodes: list[etree._Element],
        index: dict[etree._Element, int],
        before: dict[etree._Element, _Before],
        changed: list[etree._Element],
    ) -> None:
        self.text = text
        self.nodes = nodes
        self.index = index
        self.before = before
        self.start, self.open_end, self.close_start, self.end = _scan(text, len(nodes))
        self.open: set[etree._Element] = set()  # changed, or holding something changed
        for element in changed:
            node: etree._Element | None = element
            while node is not None and node not in self.open:
                self.open.add(node)
                node = node.getparent()

    def document(self) -> str:
        root = self.nodes[0]
        return self.text[: self.start[0]] + self.node(root) + self.text[self.end[0] :]

    def node(self, node: etree._Element) -> str:
        i = self.index.get(node)
        if i is None:
            return _serialised(node)
        if node not in self.open:
            return self.text[self.start[i] : self.end[i]]
        if not isinstance(node.tag, str):  # a comment or processing instruction the patch changed
            return _serialised(node)
        raw_start = self.text[self.start[i] : self.open_end[i]]
        match = _NAME.match(raw_start)
        if match is None or local(match.group(1).rsplit(":", 1)[-1]) != local(node.tag):
            raise _Unspliceable(f"element {i} is <{local(node.tag)}> in the tree, not in the text")
        before = self.before.get(node)
        start_tag = raw_start
        if before is not None and tuple(node.attrib.items()) != before.attributes:
            rewritten = _start_tag(raw_start, node, dict(before.attributes))
            if rewritten is None:  # an attribute in a namespace with no prefix here
                return _serialised(node)
            start_tag = rewritten
        content = self.content(node, i, before)
        if self.open_end[i] != self.end[i]:  # <a ...>…</a>
            return start_tag + content + self.text[self.close_start[i] : self.end[i]]
        if not content:  # <a .../> stays so
            return start_tag
        return re.sub(r"\s*/>$", ">", start_tag) + content + f"</{match.group(1)}>"

    def content(self, node: etree._Element, i: int, before: _Before | None) -> str:
        children = before.children if before is not None else tuple((c, c.tail) for c in node)
        if any(child not in self.index for child, _ in children):
            raise _Unspliceable("an element changed without being touched first")
        # Where the original's text and tails are: between the original children.
        bounds = [self.start[self.index[child]] for child, _ in children] + [self.close_start[i]]
        tails = {
            child: (tail, self.end[self.index[child]], bounds[k + 1])
            for k, (child, tail) in enumerate(children)
        }
        pieces = []
        if before is None or node.text == before.text:
            pieces.append(self.text[self.open_end[i] : bounds[0]])
        else:
            pieces.append(escape_text(node.text or ""))
        for child in node:
            pieces.append(self.node(child))
            old = tails.get(child)
            if old is not None and old[0] == child.tail:
                pieces.append(self.text[old[1] : old[2]])
            else:
                pieces.append(escape_text(child.tail or ""))
        return "".join(pieces)


def _scan(text: str, count: int) -> tuple[list[int], list[int], list[int], list[int]]:
    """Where each node inside the root element is in the text, in document order: its start,
    the end of its start tag, the start of its end tag and its end (for an empty element,
    a comment or a processing instruction the last three are one)."""
    start: list[int] = []
    open_end: list[int] = []
    close_start: list[int] = []
    end: list[int] = []
    stack: list[int] = []
    for match in _MARKUP.finditer(text):
        kind = match.lastgroup
        if kind == "name" or kind == "empty":
            n = len(start)
            start.append(match.start())
            open_end.append(match.end())
            close_start.append(match.end())
            end.append(match.end())
            if not match.group("empty"):
                stack.append(n)
        elif kind == "end":
            if not stack:
                raise _Unspliceable("an end tag closes nothing")
            n = stack.pop()
            close_start[n] = match.start()
            end[n] = match.end()
        elif (kind == "comment" or kind == "pi") and stack:
            start.append(match.start())
            open_end.append(match.end())
            close_start.append(match.end())
            end.append(match.end())
    if stack or len(start) != count:
        raise _Unspliceable(f"{len(start)} nodes in the text, {count} in the tree")
    return start, open_end, close_start, end


def _start_tag(tag: str, element: etree._Element, before: dict[str, str]) -> str | None:
    """The original start tag with the element's new attribute values, others as written."""
    nsmap = element.nsmap
    after = dict(element.attrib)
    edits: list[tuple[int, int, str]] = []
    seen: set[str] = set()
    last = _NAME.match(tag).end()  # type: ignore[union-attr]  # checked by the caller
    quote = '"'
    for attribute in _ATTRIBUTE.finditer(tag, last):
        qname = attribute.group(2)
        last = attribute.end()
        quote = '"' if attribute.group(4) is not None else "'"
        if qname == "xmlns" or qname.startswith("xmlns:"):
            continue
        name = _clark(qname, nsmap)
        seen.add(name)
        if name not in after:
            edits.append((attribute.start(), attribute.end(), ""))
        elif after[name] != before.get(name):
            value = 4 if attribute.group(4) is not None else 5
            edits.append((attribute.start(value), attribute.end(value), escape_attribute(after[name], quote)))
    added = []
    for name, value in after.items():
        if name in seen:
            continue
        qname = _qualified(name, nsmap)
        if qname is None:
            return None
        added.append(f" {qname}={quote}{escape_attribute(value, quote)}{quote}")
    if added:
        edits.append((last, last, "".join(added)))
    for start, stop, new in sorted(edits, reverse=True):
        tag = tag[:start] + new + tag[stop:]
    return tag


def _clark(qname: str, nsmap: dict[str | None, str]) -> str:
    if ":" not in qname:
        return qname  # attributes are in no namespace unless prefixed
    prefix, name = qname.split(":", 1)
    uri = XML_NS if prefix == "xml" else nsmap.get(prefix)
    if uri is None:
        raise _Unspliceable(f"undeclared prefix {prefix!r}")
    return f"{{{uri}}}{name}"


def _qualified(name: str, nsmap: dict[str | None, str]) -> str | None:
    if not name.startswith("{"):
        return name
    uri, local_name = name[1:].split("}", 1)
    if uri == XML_NS:
        return f"xml:{local_name}"
    prefix = next((p for p, u in nsmap.items() if p and u == uri), None)
    return None if prefix is None else f"{prefix}:{local_name}"


def _serialised(node: etree._Element) -> str:
    """A node the patch made, as lxml writes it, without re-declaring the namespaces that are
    in scope where it stands (lxml declares them on the node it is asked to write)."""
    text = str(etree.tostring(node, encoding="unicode", with_tail=False))
    parent = node.getparent()
    match = _NAME.match(text)
    if parent is None or match is None:
        return text
    inherited = parent.nsmap
    tag_end = _MARKUP.match(text)
    end = tag_end.end() if tag_end is not None else len(text)

    def keep(attribute: re.Match[str]) -> str:
        qname = attribute.group(2)
        if qname == "xmlns" or qname.startswith("xmlns:"):
            prefix = qname[6:] or None
            value = attribute.group(4) if attribute.group(4) is not None else attribute.group(5)
            if prefix in inherited and inherited[prefix] == html.unescape(value):
                return ""
        return attribute.group(0)

    return _ATTRIBUTE.sub(keep, text[:end]) + text[end:]
