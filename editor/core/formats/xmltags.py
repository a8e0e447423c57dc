"""Start tags of a patched XML file written as the original wrote them, where lxml would not.

lxml writes an element's namespace declarations before its other attributes, so
``<xliff version="1.2" xmlns="…">`` comes out as ``<xliff xmlns="…" version="1.2">``: the same
XML, but an export promises that only what was edited differs, and a diff of the file must
show just that. Other attributes keep their order in lxml, so only start tags that declare
namespaces need restoring.
"""

from __future__ import annotations

import html
import re
from bisect import bisect_right
from typing import NamedTuple

_START_TAG = re.compile(
    r"<(?P<name>[^\s/>!?]+)(?P<attributes>(?:\s+[^\s=/>]+\s*=\s*(?:\"[^\"]*\"|'[^']*'))*)\s*/?>"
)
_ATTRIBUTE = re.compile(r"([^\s=]+)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_HIDING = (("<!--", "-->"), ("<![CDATA[", "]]>"))  # where a "<" opens no element


class _Tag(NamedTuple):
    start: int
    end: int
    name: str
    attributes: list[tuple[str, str]]  # sorted: the order is what may differ


def keep_declaring_tags(body: str, original: str) -> str:
    """``body`` (lxml's serialization of a tree parsed from ``original`` and then patched) with
    each start tag that declares namespaces copied from ``original``.

    Only elements parsed from the original declare namespaces (lxml drops the redundant
    declarations of elements a patch adds), so the n-th declaring tag of each text is the same
    element. A tag is copied only when its name and attributes are the same in both, so
    nothing the tree does not hold can be written, whatever the texts look like.
    """
    pieces: list[str] = []
    position = 0
    for new, old in zip(_declaring_tags(body), _declaring_tags(original), strict=False):
        if (new.name, new.attributes) == (old.name, old.attributes):
            pieces += [body[position : new.start], original[old.start : old.end]]
            position = new.end
    return "".join(pieces) + body[position:]


def _declaring_tags(text: str) -> list[_Tag]:
    """The start tags declaring a namespace, in document order.

    Found from the few places "xmlns" occurs (str.find) rather than by matching every tag
    with a regular expression, which costs seconds on a big file.
    """
    hidden = _hidden_spans(text)
    hidden_starts = [start for start, _ in hidden]
    tags: list[_Tag] = []
    at = text.find("xmlns")
    while at >= 0:
        start = text.rfind("<", 0, at)
        match = _START_TAG.match(text, start) if start >= 0 and (not tags or start > tags[-1].start) else None
        if match is not None and match.end() > at and not _inside(hidden, hidden_starts, start):
            tag = _tag(match)
            if any(name == "xmlns" or name.startswith("xmlns:") for name, _ in tag.attributes):
                tags.append(tag)
        at = text.find("xmlns", at + 5)
    return tags


def _tag(match: re.Match[str]) -> _Tag:
    attributes = sorted(
        # html.unescape: only XML's own escapes get this far (other entities are refused)
        (a.group(1), html.unescape(a.group(2) if a.group(2) is not None else a.group(3)))
        for a in _ATTRIBUTE.finditer(match.group("attributes"))
    )
    return _Tag(match.start(), match.end(), match.group("name"), attributes)


def _hidden_spans(text: str) -> list[tuple[int, int]]:
    """Comments and CDATA sections, in order: text in them is no markup."""
    spans: list[tuple[int, int]] = []
    next_at = {opening: text.find(opening) for opening, _ in _HIDING}
    position = 0
    while True:
        for opening, _ in _HIDING:  # a cached find is stale once passed: look again from here
            if 0 <= next_at[opening] < position:
                next_at[opening] = text.find(opening, position)
        found = [(at, opening, closing) for opening, closing in _HIDING if (at := next_at[opening]) >= 0]
        if not found:
            return spans
        start, opening, closing = min(found)
        end = text.find(closing, start + len(opening))
        position = len(text) if end < 0 else end + len(closing)
        spans.append((start, position))


def _inside(spans: list[tuple[int, int]], starts: list[int], offset: int) -> bool:
    i = bisect_right(starts, offset) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]
