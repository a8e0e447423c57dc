"""Gettext PO, read and written with translate-toolkit: msgid/msgstr, contexts, plurals (one
segment per plural form, written back as the same unit), fuzzy <-> draft, comments as notes."""

from __future__ import annotations

import json
import re
from pathlib import Path

from translate.misc.multistring import multistring
from translate.storage import pypo
from translate.storage.poparser import PoParseError

from editor.core.errors import FormatError
from editor.core.formats.bilingual import BilingualImport, finish, unique_key
from editor.core.model import Document, Segment, SegmentStatus

_LINE = re.compile(r"line (\d+)")


def _parse(data: bytes, path: str | Path) -> pypo.pofile:
    try:
        store: pypo.pofile = pypo.pofile.parsestring(data)
        return store
    except PoParseError as exc:
        match = _LINE.search(str(exc))
        raise FormatError(path, f"malformed PO: {exc}", line=int(match.group(1)) if match else None) from None
    except (UnicodeDecodeError, LookupError) as exc:
        raise FormatError(path, f"cannot decode the PO file: {exc}") from None


def _line_of(data: bytes, unit: pypo.pounit, occurrence: int) -> int | None:
    """The line of the ``occurrence``-th msgid of this unit's text (pypo keeps no lines)."""
    needle = b'msgid "' + str(unit.source.strings[0] if unit.hasplural() else unit.source).encode("utf-8")
    position = -1
    for _ in range(occurrence):
        position = data.find(needle, position + 1)
        if position < 0:
            return None
    return data.count(b"\n", 0, position) + 1


def _forms(unit: pypo.pounit) -> tuple[list[str], list[str]]:
    """Source and target per plural form (one form for a unit without plurals)."""
    if unit.hasplural():
        sources = [str(s) for s in unit.source.strings]
        targets = [str(t) for t in unit.target.strings] if unit.target else []
        count = max(len(targets), 2)
        sources = [sources[min(i, len(sources) - 1)] for i in range(count)]
        targets = targets + [""] * (count - len(targets))
        return sources, targets
    return [str(unit.source)], [str(unit.target or "")]


def _status(unit: pypo.pounit, target: str) -> SegmentStatus:
    if unit.isfuzzy():
        return SegmentStatus.DRAFT
    return SegmentStatus.CONFIRMED if target else SegmentStatus.NEW


def _units(store: pypo.pofile) -> list[pypo.pounit]:
    return [u for u in store.units if not u.isheader() and not u.isobsolete()]


class Po:
    name = "po"
    label = "Gettext PO"
    extensions: tuple[str, ...] = (".po", ".pot")

    def detect(self, head: bytes) -> bool:
        text = head.decode("utf-8", "ignore")
        return re.search(r'^msgid\s+"', text, re.MULTILINE) is not None and "<" not in text[:1]

    def read(
        self, path: Path, data: bytes, source_lang: str | None, target_lang: str | None
    ) -> BilingualImport:
        store = _parse(data, path)
        units = _units(store)
        if not units:
            raise FormatError(path, "no messages in the PO file")
        segments: list[Segment] = []
        seen: set[str] = set()
        for number, unit in enumerate(units, start=1):
            unit_id = unit.getid()
            if unit_id in seen:
                raise FormatError(path, f"duplicate message {unit_id!r}", line=_line_of(data, unit, 2))
            unique_key(seen, unit_id, path, None, f"message {unit_id!r}")
            sources, targets = _forms(unit)
            plural = unit.hasplural()
            for form, (source, target) in enumerate(zip(sources, targets, strict=True)):
                segments.append(
                    Segment(
                        id=len(segments) + 1,
                        paragraph=number,
                        source=source,
                        mt=target,
                        target=target,
                        status=_status(unit, target),
                        kind=f"plural {form}" if plural else "1-1",
                        key=json.dumps([unit_id, form] if plural else [unit_id]),
                        note=unit.getnotes() or "",
                    )
                )
        source_lang = source_lang or store.getsourcelanguage()
        target_lang = target_lang or store.gettargetlanguage()
        return finish(path, data, segments, source_lang, target_lang, self.name, "no messages in the PO file")

    def patch(self, original: bytes, document: Document, path: str) -> bytes:
        store = _parse(original, path)
        by_unit: dict[str, list[Segment]] = {}
        for segment in document:
            if segment.key:
                by_unit.setdefault(json.loads(segment.key)[0], []).append(segment)
        changed = False
        for unit in _units(store):
            segments = by_unit.get(unit.getid())
            if not segments:
                continue
            _, old_targets = _forms(unit)
            new_targets = list(old_targets)
            for segment in segments:
                form = json.loads(segment.key)[1] if unit.hasplural() else 0  # type: ignore[arg-type]
                if form < len(new_targets):
                    new_targets[form] = segment.target
            statuses = {s.status for s in segments}
            old_status = _status(unit, old_targets[0])
            if new_targets == old_targets and statuses == {old_status}:
                continue
            changed = True
            unit.target = multistring(new_targets) if unit.hasplural() else new_targets[0]
            draft = SegmentStatus.DRAFT in statuses or (
                SegmentStatus.NEW in statuses and any(new_targets) and old_status is SegmentStatus.DRAFT
            )
            unit.markfuzzy(draft)
        return bytes(store) if changed else original

    def build(self, document: Document) -> bytes:
        store = pypo.pofile()
        store.updateheader(add=True, Language=document.target_lang, Content_Type="text/plain; charset=UTF-8")
        counts: dict[str, int] = {}
        for segment in document:
            counts[segment.source] = counts.get(segment.source, 0) + 1
        for segment in document:
            unit = store.addsourceunit(segment.source)
            if counts[segment.source] > 1:
                unit.setcontext(str(segment.id))  # msgids must be unique
            unit.target = segment.target
            if segment.note:
                unit.addnote(segment.note, origin="translator")
            unit.markfuzzy(
                segment.status is SegmentStatus.DRAFT
                or (segment.status is SegmentStatus.NEW and bool(segment.target))
            )
        return bytes(store)


FORMAT = Po()
