"""memoQ's segment status in MQXLIFF: the ``mq:status`` attribute of each trans-unit.

memoQ reads its own status back from an MQXLIFF, not XLIFF's ``state``, so a segment confirmed
here must say so in ``mq:status`` too (and XLIFF's ``state`` for every other tool). The names
are memoQ's (its translation grid's row colours); read case-sensitively, as memoQ writes them.
"""

from __future__ import annotations

from lxml import etree

from editor.core.model import SegmentStatus

NS = "MQXliff"
STATUS = f"{{{NS}}}status"
_READ = {
    "NotStarted": SegmentStatus.NEW,
    "PreTranslated": SegmentStatus.NEW,
    "Pretranslated": SegmentStatus.NEW,
    "MachineTranslated": SegmentStatus.NEW,
    "AssembledFromFragments": SegmentStatus.NEW,
    "PartiallyEdited": SegmentStatus.DRAFT,
    "Edited": SegmentStatus.DRAFT,
    "Rejected": SegmentStatus.DRAFT,
    "ManuallyConfirmed": SegmentStatus.CONFIRMED,
    "Confirmed": SegmentStatus.CONFIRMED,
    "Reviewer1Confirmed": SegmentStatus.REVIEWED,
    "Reviewer2Confirmed": SegmentStatus.REVIEWED,
    "Proofread": SegmentStatus.REVIEWED,
}
_WRITE = {
    SegmentStatus.NEW: "NotStarted",
    SegmentStatus.DRAFT: "PartiallyEdited",
    SegmentStatus.CONFIRMED: "ManuallyConfirmed",
    SegmentStatus.REVIEWED: "Reviewer1Confirmed",
}


def status(unit: etree._Element) -> SegmentStatus | None:
    """The unit's memoQ status, None where it has none (or one this tool does not know)."""
    value = unit.get(STATUS)
    return None if value is None else _READ.get(value)


def set_status(unit: etree._Element, new: SegmentStatus) -> None:
    """Write a unit's status for memoQ, in files that declare memoQ's namespace; a value that
    already means the same (Pretranslated for a new segment) is left as it is."""
    if NS in unit.nsmap.values() and status(unit) is not new:
        unit.set(STATUS, _WRITE[new])
