"""Inline XML elements <-> tag tokens (see inline.py), shared by the XLIFF and TMX formats."""

from __future__ import annotations

import copy
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree

from editor.core.errors import FormatError
from editor.core.formats.inline import CLOSE, OPEN, close_token, open_token, standalone_token, tokens
from editor.core.formats.xmlsafe import local
from editor.core.model import Origin, Segment, SegmentStatus


class TagError(ValueError):
    """A segment's tag tokens cannot be written back (unknown or badly nested)."""


@dataclass
class Codes:
    """The inline elements of one unit, numbered in order of appearance (source first).

    ``paired`` names the elements that wrap text (<g>, <pc>, <mrk>, <hi>); every other inline
    element is a standalone code, kept whole with whatever it holds (native codes of <ph>).
    """

    paired: frozenset[str]
    id_attributes: tuple[str, ...] = ("id", "mid", "i", "x")
    numbers: dict[tuple[str, str], int] = field(default_factory=dict)
    prototypes: dict[int, etree._Element] = field(default_factory=dict)

    def _key(self, element: etree._Element, fallback: int) -> tuple[str, str]:
        for name in self.id_attributes:
            value = element.get(name)
            if value is not None:
                return local(element.tag), f"{name}={value}"
        return local(element.tag), f"#{fallback}"

    def number(self, element: etree._Element, order: int) -> int:
        key = self._key(element, order)
        if key not in self.numbers:
            n = len(self.numbers) + 1
            self.numbers[key] = n
            self.prototypes[n] = element
        return self.numbers[key]

    # -- reading ---------------------------------------------------------------------

    def to_text(self, element: etree._Element | None, skip: frozenset[str] = frozenset()) -> str:
        """The element's content as text with tokens; children named in ``skip`` are left out."""
        if element is None:
            return ""
        if len(element) == 0:  # plain text, the common case
            return element.text or ""
        counter = [0]
        return self._content(element, counter, skip)

    def _content(self, element: etree._Element, counter: list[int], skip: frozenset[str]) -> str:
        parts = [element.text or ""]
        for child in element:
            name = local(child.tag)
            if not name or name in skip:  # comments, processing instructions, skipped
                parts.append(child.tail or "")
                continue
            counter[0] += 1
            n = self.number(child, counter[0])
            if name in self.paired:
                parts.append(open_token(n) + self._content(child, counter, skip) + close_token(n))
            else:
                parts.append(standalone_token(n))
            parts.append(child.tail or "")
        return "".join(parts)

    # -- writing ---------------------------------------------------------------------

    def segment(
        self,
        number: int,
        paragraph: int,
        source: etree._Element,
        target: etree._Element | None,
        status: Callable[[str], SegmentStatus] | None = None,
        *,
        key: str,
        note: str,
    ) -> Segment:
        """A segment read from a bilingual file's elements: texts with tokens, the target as
        both MT and target, positions from the elements (the source's when there is no target)."""
        source_text = self.to_text(source)
        target_text = self.to_text(target)
        return Segment(
            id=number,
            paragraph=paragraph,
            source=source_text,
            mt=target_text,
            target=target_text,
            status=SegmentStatus.NEW if status is None else status(target_text),
            key=key,
            note=note,
            source_origin=element_origin(source),
            target_origin=element_origin(target if target is not None else source),
        )

    def fill_segment(self, element: etree._Element, segment: Segment, path: str) -> None:
        """``fill`` with the segment's target; broken tags stop the export, naming the segment."""
        try:
            self.fill(element, segment.target)
        except TagError as exc:
            raise FormatError(path, f"segment {segment.id}: {exc}; fix its tags before exporting") from None

    def fill(self, element: etree._Element, text: str) -> None:
        """Replace the element's content by ``text``, tokens turned back into their elements."""
        for child in list(element):
            element.remove(child)
        element.text = None
        stack: list[tuple[etree._Element, int | None]] = [(element, None)]
        last: etree._Element | None = None  # the element whose tail takes the next text
        position = 0

        def add_text(piece: str) -> None:
            if not piece:
                return
            if last is None:
                container = stack[-1][0]
                container.text = (container.text or "") + piece
            else:
                last.tail = (last.tail or "") + piece

        for token in tokens(text):
            add_text(text[position : token.start])
            position = token.end
            prototype = self.prototypes.get(token.number)
            if prototype is None:
                raise TagError(f"{token.text} is not a tag of this segment's source")
            name = local(prototype.tag)
            if token.kind == OPEN:
                if name not in self.paired:
                    raise TagError(f"{token.text} opens a standalone code")
                new = etree.SubElement(stack[-1][0], prototype.tag, dict(prototype.attrib))
                stack.append((new, token.number))
                last = None
            elif token.kind == CLOSE:
                if stack[-1][1] != token.number:
                    raise TagError(f"{token.text} does not close the tag open at this point")
                closed, _ = stack.pop()
                last = closed
            else:
                if name in self.paired:
                    raise TagError(f"{token.text} is a tag pair written as a standalone code")
                new = copy.deepcopy(prototype)
                new.tail = None
                stack[-1][0].append(new)
                last = new
        add_text(text[position:])
        if len(stack) > 1:
            raise TagError(f"{open_token(stack[-1][1] or 0)} is never closed")


def element_origin(element: etree._Element) -> Origin:
    """Where an element's text is, for linter-style positions: its line; columns count from the
    start of its text (XML escapes and markup make file columns meaningless)."""
    line = element.sourceline or 1
    return Origin(line, 0, line, 0)
