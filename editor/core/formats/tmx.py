"""TMX 1.4: read as a bilingual document (one segment per <tu>: the source-language <tuv> and
the target-language one), patched for a round trip; and written from any project as a memory
of its confirmed segments. Inline codes (<bpt>, <ept>, <ph>, <it>, <ut>, <hi>) are tag tokens.

A memory holds finished translations: TMX has no workflow states, so imported segments are new
and written memories hold only confirmed (and reviewed) segments.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

from editor import __version__
from editor.core.errors import FormatError
from editor.core.formats.bilingual import BilingualImport, finish, unique_key
from editor.core.formats.xliff12 import generic_fill
from editor.core.formats.xmlcodes import Codes
from editor.core.formats.xmlsafe import head_text, local, parse
from editor.core.formats.xmlsplice import Splice
from editor.core.model import Document, Segment, SegmentStatus

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
PAIRED = frozenset({"hi"})


def _lang(tuv: etree._Element) -> str:
    return (tuv.get(XML_LANG) or tuv.get("lang") or "").strip()


def _same(a: str, b: str) -> bool:
    """Language codes match on their primary subtag ('de' ~ 'de-DE')."""
    return a.lower().split("-")[0] == b.lower().split("-")[0]


@dataclass
class _Part:
    key: str
    tu: etree._Element
    source: etree._Element
    target_tuv: etree._Element | None
    target: etree._Element | None
    codes: Codes


def _seg(tuv: etree._Element | None) -> etree._Element | None:
    if tuv is None:
        return None
    for child in tuv:
        if local(child.tag) == "seg":
            return child
    return None


def _header(root: etree._Element) -> etree._Element | None:
    for child in root:
        if local(child.tag) == "header":
            return child
    return None


def _parts(root: etree._Element, path: Path, source_lang: str, target_lang: str) -> Iterator[_Part]:
    seen: set[str] = set()
    for number, tu in enumerate(root.iter("{*}tu"), start=1):
        tuvs = [e for e in tu if local(e.tag) == "tuv"]
        source_tuv = next((t for t in tuvs if _same(_lang(t), source_lang)), None)
        if source_tuv is None:
            raise FormatError(
                path, f"<tu> has no <tuv> in the source language {source_lang!r}", line=tu.sourceline
            )
        target_tuv = next((t for t in tuvs if t is not source_tuv and _same(_lang(t), target_lang)), None)
        tuid = tu.get("tuid")
        key = tuid if tuid is not None else f"#{number}"
        if tuid is not None:
            unique_key(seen, tuid, path, tu.sourceline, f"tuid {tuid!r}")
        source = _seg(source_tuv)
        if source is None:
            raise FormatError(path, "<tuv> without <seg>", line=source_tuv.sourceline)
        yield _Part(
            key,
            tu,
            source,
            target_tuv,
            _seg(target_tuv),
            Codes(paired=PAIRED, id_attributes=("i", "x")),
        )


def _languages(
    root: etree._Element, path: Path, source_lang: str | None, target_lang: str | None
) -> tuple[str, str]:
    header = _header(root)
    if header is None:
        raise FormatError(path, "TMX without <header>", line=root.sourceline)
    source = source_lang or header.get("srclang", "")
    if not source or source == "*all*":
        first = next(root.iter("{*}tuv"), None)
        source = _lang(first) if first is not None else ""
    if not target_lang:
        for tuv in root.iter("{*}tuv"):
            if _lang(tuv) and not _same(_lang(tuv), source):
                target_lang = _lang(tuv)
                break
    if not source or not target_lang:
        raise FormatError(
            path, "cannot tell the source and target languages; give --source-lang/--target-lang"
        )
    return source, target_lang


def _new_tuv(splice: Splice, tu: etree._Element, lang: str) -> etree._Element:
    """A <tuv> after the unit's last one, indented as it is."""
    splice.touch(tu)
    last = [e for e in tu if local(e.tag) == "tuv"][-1]
    tuv = etree.Element("tuv")
    tuv.set(XML_LANG, lang)
    last.addnext(tuv)
    before = last.getprevious()
    tuv.tail, last.tail = last.tail, before.tail if before is not None else tu.text
    return tuv


class Tmx:
    name = "tmx"
    label = "TMX"
    extensions: tuple[str, ...] = (".tmx",)

    def detect(self, head: bytes) -> bool:
        text = head_text(head)
        return "<tmx" in text and "<xliff" not in text

    def read(
        self, path: Path, data: bytes, source_lang: str | None, target_lang: str | None
    ) -> BilingualImport:
        root = parse(data, path).getroot()
        if local(root.tag) != "tmx":
            raise FormatError(path, f"not TMX: the root element is <{local(root.tag)}>", line=root.sourceline)
        source_lang, target_lang = _languages(root, path, source_lang, target_lang)
        segments: list[Segment] = []
        for part in _parts(root, path, source_lang, target_lang):
            n = len(segments) + 1
            notes = [(e.text or "").strip() for e in part.tu if local(e.tag) == "note"]
            segments.append(
                part.codes.segment(
                    n, n, part.source, part.target, key=part.key, note="\n".join(filter(None, notes))
                )
            )
        return finish(path, data, segments, source_lang, target_lang, self.name, "no <tu> in the memory")

    def patch(self, original: bytes, document: Document, path: str) -> bytes:
        tree = parse(original, path)
        root = tree.getroot()
        splice = Splice(tree, original)
        by_key = {segment.key: segment for segment in document}
        for part in _parts(root, Path(path), document.source_lang, document.target_lang):
            segment = by_key.get(part.key)
            if segment is None or segment.target == segment.mt:  # mt: the target as in this file
                continue
            part.codes.to_text(part.source)  # number the codes as on reading
            if segment.target == part.codes.to_text(part.target):
                continue
            target = part.target
            if target is None:
                tuv = part.target_tuv
                if tuv is None:
                    tuv = _new_tuv(splice, part.tu, document.target_lang)
                splice.touch(tuv)
                target = etree.SubElement(tuv, "seg")
            splice.touch(target)
            part.codes.fill_segment(target, segment, path)
        return splice.render()

    def build(self, document: Document) -> bytes:
        """A memory of the confirmed and reviewed segments."""
        root = etree.Element("tmx", version="1.4")
        etree.SubElement(
            root,
            "header",
            creationtool="Posteditor",
            creationtoolversion=__version__,
            segtype="sentence",
            adminlang="en",
            srclang=document.source_lang,
            datatype="plaintext",
            **{"o-tmf": "Posteditor"},
        )
        body = etree.SubElement(root, "body")
        for segment in document:
            if segment.status not in (SegmentStatus.CONFIRMED, SegmentStatus.REVIEWED) or not segment.target:
                continue
            tu = etree.SubElement(body, "tu", tuid=str(segment.id))
            for lang, text in (
                (document.source_lang, segment.source),
                (document.target_lang, segment.target),
            ):
                tuv = etree.SubElement(tu, "tuv")
                tuv.set(XML_LANG, lang)
                generic_fill(etree.SubElement(tuv, "seg"), text, "", "hi", "ph", "x")
        etree.indent(root, space="  ")
        return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8")) + b"\n"


FORMAT = Tmx()
