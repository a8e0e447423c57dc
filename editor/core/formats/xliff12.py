"""XLIFF 1.2 (OASIS): trans-units in one or several <file> elements, in groups or not;
segmented units (<seg-source> with <mrk mtype="seg">, as Trados and memoQ write them); target
states; notes; inline codes as tag tokens.

translate-toolkit reads XLIFF 1.2, but it rewrites the header as 1.1 and has no notion of
segmented units' round trip, so the file is read and patched here with lxml (safely, see
xmlsafe.py) and only the edited parts of the tree change.
"""

from __future__ import annotations

import copy
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from lxml import etree

from editor.core.errors import FormatError
from editor.core.formats import mqxliff
from editor.core.formats.bilingual import BilingualImport, finish, unique_key
from editor.core.formats.bilingual import key as _key
from editor.core.formats.xmlcodes import Codes, TagError
from editor.core.formats.xmlsafe import head_text, local, parse
from editor.core.formats.xmlsplice import Splice
from editor.core.model import Document, Segment, SegmentStatus

NS = "urn:oasis:names:tc:xliff:document:1.2"
PAIRED = frozenset({"g", "mrk"})
_MT_QUALIFIERS = {"leveraged-mt", "mt-suggestion"}
_READ_STATE = {
    "new": SegmentStatus.NEW,
    "needs-translation": SegmentStatus.NEW,
    "needs-adaptation": SegmentStatus.NEW,
    "needs-l10n": SegmentStatus.NEW,
    "needs-review-translation": SegmentStatus.DRAFT,
    "needs-review-adaptation": SegmentStatus.DRAFT,
    "needs-review-l10n": SegmentStatus.DRAFT,
    "translated": SegmentStatus.CONFIRMED,
    "final": SegmentStatus.REVIEWED,
    "signed-off": SegmentStatus.REVIEWED,
}
WRITE_STATE = {
    SegmentStatus.NEW: "needs-translation",
    SegmentStatus.DRAFT: "needs-review-translation",
    SegmentStatus.CONFIRMED: "translated",
    SegmentStatus.REVIEWED: "final",
}


_ORDER = [SegmentStatus.NEW, SegmentStatus.DRAFT, SegmentStatus.CONFIRMED, SegmentStatus.REVIEWED]
# Trados Studio keeps each segment's state in <sdl:seg conf="..." origin="..."> (SDLXLIFF).
_SDL_READ = {
    "Draft": SegmentStatus.DRAFT,
    "Translated": SegmentStatus.CONFIRMED,
    "ApprovedTranslation": SegmentStatus.REVIEWED,
    "ApprovedSignOff": SegmentStatus.REVIEWED,
    "RejectedTranslation": SegmentStatus.DRAFT,
    "RejectedSignOff": SegmentStatus.DRAFT,
}
_SDL_WRITE = {
    SegmentStatus.DRAFT: "Draft",
    SegmentStatus.CONFIRMED: "Translated",
    SegmentStatus.REVIEWED: "ApprovedTranslation",
}
_SDL_MT_ORIGINS = {"mt", "nmt", "auto-propagated"}


def _sdl_seg(unit: etree._Element, mid: str | None) -> etree._Element | None:
    if mid is None:
        return None
    for defs in unit:
        if local(defs.tag) == "seg-defs":
            for seg in defs:
                if local(seg.tag) == "seg" and seg.get("id") == mid:
                    return seg
    return None


def _set_sdl_conf(sdl: etree._Element, status: SegmentStatus) -> None:
    if status is SegmentStatus.NEW:
        sdl.attrib.pop("conf", None)
    else:
        sdl.set("conf", _SDL_WRITE[status])


def _status(part: _Part, text: str) -> SegmentStatus:
    sdl = _sdl_seg(part.unit, part.mid)
    if sdl is None:
        memoq = mqxliff.status(part.unit)
        if memoq is not None:
            return memoq if text else SegmentStatus.NEW
        return status_of(part.target_holder, text)
    if not text or sdl.get("origin") in _SDL_MT_ORIGINS and sdl.get("conf", "Draft") == "Draft":
        return SegmentStatus.NEW  # machine translation waiting for post-editing
    return _SDL_READ.get(sdl.get("conf", ""), SegmentStatus.NEW)


def status_of(target: etree._Element | None, text: str) -> SegmentStatus:
    if target is None or not text:
        return SegmentStatus.NEW
    status = _READ_STATE.get(target.get("state", ""), SegmentStatus.NEW)
    if target.get("state-qualifier") in _MT_QUALIFIERS and status is SegmentStatus.DRAFT:
        return SegmentStatus.NEW  # machine translation waiting for post-editing (memoQ's)
    return status


@dataclass
class _Part:
    """One segment of the file: where it lives and its text as the file has it."""

    key: str
    unit: etree._Element
    unit_no: int  # the unit's place in document order: lxml proxies die, so never id(unit)
    source: etree._Element  # <source> or a <mrk mtype="seg"> of <seg-source>
    target: etree._Element | None  # <target> or its matching <mrk>
    target_holder: etree._Element | None  # the unit's <target>
    codes: Codes
    mid: str | None


def _child(element: etree._Element, name: str) -> etree._Element | None:
    for child in element:
        if local(child.tag) == name:
            return child
    return None


def _seg_mrks(element: etree._Element | None) -> list[etree._Element]:
    if element is None:
        return []
    return [e for e in element.iter() if local(e.tag) == "mrk" and e.get("mtype") == "seg"]


def _parts(root: etree._Element, path: Path) -> Iterator[_Part]:
    """Every translatable segment in document order, each with a stable key."""
    files = [e for e in root if local(e.tag) == "file"]
    if local(root.tag) != "xliff":
        raise FormatError(path, f"not XLIFF: the root element is <{local(root.tag)}>", line=root.sourceline)
    unit_no = 0
    for file_no, file in enumerate(files, start=1):
        seen: set[str] = set()
        for unit in file.iter("{*}trans-unit"):
            unit_no += 1
            unit_id = unit.get("id")
            if unit_id is None:
                raise FormatError(path, "trans-unit without an id", line=unit.sourceline)
            unique_key(seen, unit_id, path, unit.sourceline, f"trans-unit id {unit_id!r} in <file> {file_no}")
            if unit.get("translate") == "no":
                continue
            source = _child(unit, "source")
            if source is None:
                raise FormatError(path, f"trans-unit {unit_id!r} has no <source>", line=unit.sourceline)
            target = _child(unit, "target")
            codes = Codes(paired=PAIRED)
            mrks = _seg_mrks(_child(unit, "seg-source"))
            if not mrks:
                yield _Part(_key(file_no, unit_id), unit, unit_no, source, target, target, codes, None)
                continue
            targets = {m.get("mid"): m for m in _seg_mrks(target)}
            for mrk in mrks:
                mid = mrk.get("mid", "")
                key = _key(file_no, unit_id, mid)
                yield _Part(key, unit, unit_no, mrk, targets.get(mid), target, codes, mid)


def _text_of(part: _Part) -> str:
    """The part's target text; numbers its codes (source first) as reading does."""
    part.codes.to_text(part.source)
    return part.codes.to_text(part.target) if part.target is not None else ""


def _notes(unit: etree._Element) -> str:
    return "\n".join(
        (n.text or "").strip() for n in unit if local(n.tag) == "note" and (n.text or "").strip()
    )


def _languages(root: etree._Element) -> tuple[str, str, int | None]:
    for file in root:
        if local(file.tag) == "file":
            return file.get("source-language", ""), file.get("target-language", ""), file.sourceline
    return "", "", root.sourceline


class Xliff12:
    name = "xliff"
    label = "XLIFF 1.2"
    extensions: tuple[str, ...] = (".xlf", ".xliff", ".sdlxliff", ".mqxliff")

    def detect(self, head: bytes) -> bool:
        text = head_text(head)
        start = text.find("<xliff")
        if start < 0:
            return False
        tag = text[start : text.find(">", start) + 1]
        return 'version="2' not in tag and "version='2" not in tag and "xliff:document:2" not in tag

    def read(
        self, path: Path, data: bytes, source_lang: str | None, target_lang: str | None
    ) -> BilingualImport:
        tree = parse(data, path)
        root = tree.getroot()
        file_source, file_target, line = _languages(root)
        source_lang = source_lang or file_source
        target_lang = target_lang or file_target
        if not target_lang:
            raise FormatError(
                path, "no target language (the <file> has no target-language); give --target-lang", line=line
            )
        segments: list[Segment] = []
        unit_numbers: dict[int, int] = {}
        for part in _parts(root, path):
            segments.append(
                part.codes.segment(
                    len(segments) + 1,
                    unit_numbers.setdefault(part.unit_no, len(unit_numbers) + 1),
                    part.source,
                    part.target,
                    partial(_status, part),
                    key=part.key,
                    note=_notes(part.unit),
                )
            )
        return finish(path, data, segments, source_lang, target_lang, self.name, "no translatable trans-unit")

    def patch(self, original: bytes, document: Document, path: str) -> bytes:
        tree = parse(original, path)
        splice = Splice(tree, original)
        by_key = {segment.key: segment for segment in document}
        # First how the file stands, then the changes: segments of one unit share its <target>.
        # A segment's MT is its target as imported from this very file, so the texts of
        # unchanged segments need not be rebuilt; only edited units number their codes.
        parts = []
        for part in _parts(tree.getroot(), Path(path)):
            segment = by_key.get(part.key)
            if segment is not None:
                old_text = segment.mt
            else:
                old_text = _text_of(part)
            parts.append((part, old_text, _status(part, old_text)))
        units: dict[int, list[_Part]] = {}
        for part, _, _ in parts:
            units.setdefault(part.unit_no, []).append(part)
        numbered: set[int] = set()
        statuses: dict[int, list[SegmentStatus]] = {}
        restate: dict[int, _Part] = {}  # units whose state is written anew, by one of their parts
        for part, old_text, old_status in parts:
            segment = by_key.get(part.key)
            new_status = old_status if segment is None else segment.status
            statuses.setdefault(part.unit_no, []).append(new_status)
            if segment is None or (segment.target == old_text and segment.status is old_status):
                continue
            if segment.target != old_text:
                self._write_target(splice, part, segment, units, numbered, path)
            sdl = _sdl_seg(part.unit, part.mid)
            if sdl is not None:
                splice.touch(sdl)
                if segment.target != old_text and sdl.get("origin") in _SDL_MT_ORIGINS:
                    sdl.set("origin", "interactive")  # as Trados marks a segment edited by hand
                if segment.status is not old_status or sdl.get("conf") is None:
                    _set_sdl_conf(sdl, segment.status)
            elif segment.status is not old_status:
                restate[part.unit_no] = part
        for unit_no, part in restate.items():
            # A unit's state is that of its least advanced segment.
            self._write_state(splice, part, units[unit_no], min(statuses[unit_no], key=_ORDER.index))
        return splice.render()

    @staticmethod
    def _write_target(
        splice: Splice,
        part: _Part,
        segment: Segment,
        units: dict[int, list[_Part]],
        numbered: set[int],
        path: str,
    ) -> None:
        if part.unit_no not in numbered:  # number the unit's codes as on reading
            numbered.add(part.unit_no)
            for sibling in units[part.unit_no]:
                _text_of(sibling)
        _holder(splice, part, units[part.unit_no])
        element = part.target
        if element is None:
            splice.touch(part.target_holder)
            holder = part.target_holder
            assert holder is not None
            element = holder if part.mid is None else _new_mrk(holder, part.source)
            part.target = element
        splice.touch(element)
        part.codes.fill_segment(element, segment, path)

    @staticmethod
    def _write_state(splice: Splice, part: _Part, unit: list[_Part], status: SegmentStatus) -> None:
        """XLIFF's state on the unit's <target> and memoQ's on the unit. A state past new ends
        what an MT qualifier says (a machine translation waiting for post-editing)."""
        splice.touch(part.unit)
        mqxliff.set_status(part.unit, status)
        holder = _holder(splice, part, unit)
        splice.touch(holder)
        holder.set("state", WRITE_STATE[status])
        if status is not SegmentStatus.NEW and holder.get("state-qualifier") in _MT_QUALIFIERS:
            del holder.attrib["state-qualifier"]

    def build(self, document: Document) -> bytes:
        root = etree.Element(f"{{{NS}}}xliff", nsmap={None: NS})
        root.set("version", "1.2")
        file = etree.SubElement(root, f"{{{NS}}}file")
        file.set("original", Path(document.target_name).name or "document")
        file.set("source-language", document.source_lang)
        file.set("target-language", document.target_lang)
        file.set("datatype", "plaintext")
        body = etree.SubElement(file, f"{{{NS}}}body")
        for segment in document:
            unit = etree.SubElement(body, f"{{{NS}}}trans-unit", id=str(segment.id))
            generic_fill(etree.SubElement(unit, f"{{{NS}}}source"), segment.source, NS, "g", "x")
            target = etree.SubElement(unit, f"{{{NS}}}target", state=WRITE_STATE[segment.status])
            generic_fill(target, segment.target, NS, "g", "x")
            if segment.note:
                etree.SubElement(unit, f"{{{NS}}}note").text = segment.note
        etree.indent(root, space="  ")
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8")) + b"\n"


def _holder(splice: Splice, part: _Part, unit: list[_Part]) -> etree._Element:
    """The unit's <target>, made (once for all its segments) where it has none."""
    if part.target_holder is None:
        splice.touch(part.unit)
        holder = _new_target(part.unit)
        for sibling in unit:
            sibling.target_holder = holder
    assert part.target_holder is not None
    return part.target_holder


def _new_target(unit: etree._Element) -> etree._Element:
    """A <target> placed after <seg-source> (or <source>), as the schema orders them."""
    anchor = _child(unit, "seg-source") or _child(unit, "source")
    assert anchor is not None
    target = etree.Element(
        f"{{{etree.QName(anchor).namespace}}}target" if etree.QName(anchor).namespace else "target"
    )
    target.tail = anchor.tail
    anchor.addnext(target)
    seg_source = _child(unit, "seg-source")
    if seg_source is not None:  # copy the segmentation so each segment has its <mrk>
        for child in seg_source:
            target.append(_empty_copy(child))
        target.text = seg_source.text
    return target


def _empty_copy(element: etree._Element) -> etree._Element:
    new = copy.deepcopy(element)
    for mrk in [new, *new.iter()]:
        if local(mrk.tag) == "mrk" and mrk.get("mtype") == "seg":
            for child in list(mrk):
                mrk.remove(child)
            mrk.text = None
    return new


def _new_mrk(holder: etree._Element, source_mrk: etree._Element) -> etree._Element:
    return etree.SubElement(holder, source_mrk.tag, dict(source_mrk.attrib))


def generic_fill(
    element: etree._Element, text: str, ns: str, paired: str, standalone: str, id_attribute: str = "id"
) -> None:
    """Write text whose tokens came from another format: pairs as <paired id>, codes as
    <standalone id/> (XLIFF's generic inline elements)."""
    from editor.core.formats.inline import tokens

    codes = Codes(paired=frozenset({paired}))
    for token in tokens(text):
        if token.number not in codes.prototypes:
            tag = paired if token.kind != "standalone" else standalone
            prototype = etree.Element(f"{{{ns}}}{tag}" if ns else tag, {id_attribute: str(token.number)})
            codes.prototypes[token.number] = prototype
    try:
        codes.fill(element, text)
    except TagError:
        element.text = text  # unbalanced tokens from another format: keep them as text


FORMAT = Xliff12()
