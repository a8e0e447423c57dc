"""XLIFF 2.0/2.1 (OASIS): units (in groups or not) made of segments and ignorables, segment
states, notes, inline codes (<ph>, <pc>, <sc>/<ec>, <mrk>, <sm>/<em>, <cp>) as tag tokens.

translate-toolkit's factory refuses XLIFF 2, so the file is read and patched here with lxml.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from lxml import etree

from editor.core.errors import FormatError
from editor.core.formats.bilingual import BilingualImport, finish, unique_key
from editor.core.formats.bilingual import key as _key
from editor.core.formats.xliff12 import generic_fill
from editor.core.formats.xmlcodes import Codes
from editor.core.formats.xmlsafe import head_text, local, parse
from editor.core.formats.xmlsplice import Splice
from editor.core.model import Document, Segment, SegmentStatus

NS = "urn:oasis:names:tc:xliff:document:2.0"
PAIRED = frozenset({"pc", "mrk"})
DRAFT_SUBSTATE = "pe:draft"  # edited, not confirmed (subState values are "prefix:value")
_READ_STATE = {
    "initial": SegmentStatus.NEW,
    "translated": SegmentStatus.CONFIRMED,
    "reviewed": SegmentStatus.REVIEWED,
    "final": SegmentStatus.REVIEWED,
}
WRITE_STATE = {
    SegmentStatus.NEW: "initial",
    SegmentStatus.DRAFT: "initial",  # XLIFF 2 has no draft: edited, not yet translated
    SegmentStatus.CONFIRMED: "translated",
    SegmentStatus.REVIEWED: "reviewed",
}


def status_of(segment: etree._Element, text: str) -> SegmentStatus:
    if not text:
        return SegmentStatus.NEW
    status = _READ_STATE.get(segment.get("state", "initial"), SegmentStatus.NEW)
    return (
        SegmentStatus.DRAFT
        if status is SegmentStatus.NEW and segment.get("subState") == DRAFT_SUBSTATE
        else status
    )


@dataclass
class _Part:
    key: str
    unit: etree._Element
    unit_no: int  # the unit's place in document order: lxml proxies die, so never id(unit)
    segment: etree._Element
    source: etree._Element
    target: etree._Element | None
    codes: Codes


def _child(element: etree._Element, name: str) -> etree._Element | None:
    for child in element:
        if local(child.tag) == name:
            return child
    return None


def _parts(root: etree._Element, path: Path) -> Iterator[_Part]:
    if local(root.tag) != "xliff":
        raise FormatError(path, f"not XLIFF: the root element is <{local(root.tag)}>", line=root.sourceline)
    unit_no = 0
    for file_no, file in enumerate((e for e in root if local(e.tag) == "file"), start=1):
        seen: set[str] = set()
        for unit in file.iter("{*}unit"):
            unit_no += 1
            unit_id = unit.get("id")
            if unit_id is None:
                raise FormatError(path, "unit without an id", line=unit.sourceline)
            unique_key(seen, unit_id, path, unit.sourceline, f"unit id {unit_id!r} in <file> {file_no}")
            if unit.get("translate") == "no":
                continue
            codes = Codes(paired=PAIRED, id_attributes=("id", "startRef"))
            segments = [e for e in unit if local(e.tag) == "segment"]
            if not segments:
                raise FormatError(path, f"unit {unit_id!r} has no <segment>", line=unit.sourceline)
            for number, segment in enumerate(segments, start=1):
                source = _child(segment, "source")
                if source is None:
                    raise FormatError(
                        path, f"a segment of unit {unit_id!r} has no <source>", line=segment.sourceline
                    )
                key = _key(file_no, unit_id, segment.get("id") or number)
                yield _Part(key, unit, unit_no, segment, source, _child(segment, "target"), codes)


def _notes(unit: etree._Element) -> str:
    notes = _child(unit, "notes")
    if notes is None:
        return ""
    return "\n".join(
        (n.text or "").strip() for n in notes if local(n.tag) == "note" and (n.text or "").strip()
    )


class Xliff2:
    name = "xliff2"
    label = "XLIFF 2.0"
    extensions: tuple[str, ...] = (".xlf", ".xliff")

    def detect(self, head: bytes) -> bool:
        text = head_text(head)
        start = text.find("<xliff")
        if start < 0:
            return False
        tag = text[start : text.find(">", start) + 1]
        return 'version="2' in tag or "version='2" in tag or "xliff:document:2" in tag

    def read(
        self, path: Path, data: bytes, source_lang: str | None, target_lang: str | None
    ) -> BilingualImport:
        tree = parse(data, path)
        root = tree.getroot()
        source_lang = source_lang or root.get("srcLang", "")
        target_lang = target_lang or root.get("trgLang", "")
        if not target_lang:
            raise FormatError(
                path, "no target language (<xliff> has no trgLang); give --target-lang", line=root.sourceline
            )
        segments: list[Segment] = []
        units: dict[int, int] = {}
        for part in _parts(root, path):
            segments.append(
                part.codes.segment(
                    len(segments) + 1,
                    units.setdefault(part.unit_no, len(units) + 1),
                    part.source,
                    part.target,
                    partial(status_of, part.segment),
                    key=part.key,
                    note=_notes(part.unit),
                )
            )
        return finish(path, data, segments, source_lang, target_lang, self.name, "no translatable unit")

    def patch(self, original: bytes, document: Document, path: str) -> bytes:
        tree = parse(original, path)
        splice = Splice(tree, original)
        by_key = {segment.key: segment for segment in document}
        parts = list(_parts(tree.getroot(), Path(path)))
        units: dict[int, list[_Part]] = {}
        for part in parts:
            units.setdefault(part.unit_no, []).append(part)
        numbered: set[int] = set()
        for part in parts:
            segment = by_key.get(part.key)
            if segment is None:
                continue
            old_text = segment.mt  # the target as imported from this very file
            old_status = status_of(part.segment, old_text)
            if segment.target == old_text and segment.status is old_status:
                continue
            if segment.status is not old_status:
                splice.touch(part.segment)
                part.segment.set("state", WRITE_STATE[segment.status])
                if segment.status is SegmentStatus.DRAFT:
                    part.segment.set("subState", DRAFT_SUBSTATE)
                elif part.segment.get("subState") == DRAFT_SUBSTATE:
                    del part.segment.attrib["subState"]
            if segment.target == old_text:
                continue
            if part.unit_no not in numbered:  # number the unit's codes as on reading
                numbered.add(part.unit_no)
                for sibling in units[part.unit_no]:
                    sibling.codes.to_text(sibling.source)
                    sibling.codes.to_text(sibling.target)
            target = part.target
            if target is None:
                splice.touch(part.segment)
                target = etree.Element(part.source.tag)
                target.tag = part.source.tag.replace("source", "target")
                target.tail = part.source.tail
                part.source.addnext(target)
            splice.touch(target)
            part.codes.fill_segment(target, segment, path)
        return splice.render()

    def build(self, document: Document) -> bytes:
        root = etree.Element(f"{{{NS}}}xliff", nsmap={None: NS})
        root.set("version", "2.0")
        root.set("srcLang", document.source_lang)
        root.set("trgLang", document.target_lang)
        file = etree.SubElement(root, f"{{{NS}}}file", id="f1")
        for segment in document:
            unit = etree.SubElement(file, f"{{{NS}}}unit", id=str(segment.id))
            if segment.note:
                notes = etree.SubElement(unit, f"{{{NS}}}notes")
                etree.SubElement(notes, f"{{{NS}}}note").text = segment.note
            seg = etree.SubElement(unit, f"{{{NS}}}segment", state=WRITE_STATE[segment.status])
            generic_fill(etree.SubElement(seg, f"{{{NS}}}source"), segment.source, NS, "pc", "ph")
            generic_fill(etree.SubElement(seg, f"{{{NS}}}target"), segment.target, NS, "pc", "ph")
        etree.indent(root, space="  ")
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8")) + b"\n"


FORMAT = Xliff2()
