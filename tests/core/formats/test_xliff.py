"""XLIFF 1.2 and 2.0 beyond the shared contract: paragraphs per unit in big files, and a
patched file keeping its markup as written."""

from __future__ import annotations

import pytest

from editor.cli import main
from editor.core.formats.bilingual import by_name, read_bilingual
from tests.core.formats.contract import edited

UNITS = 60  # enough that freed lxml proxies had their id() reused when units were keyed on it

XLIFF12 = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
    '<file original="x" source-language="en" target-language="de" datatype="plaintext"><body>\n'
    "{units}</body></file></xliff>\n"
)
UNIT12 = (
    '<trans-unit id="u{n}"><source>Sentence {n} is here.</source>'
    "<target>Satz {n} ist hier.</target></trans-unit>\n"
)
# A unit segmented in two (as Trados and memoQ write them): one paragraph, two segments.
SPLIT12 = (
    '<trans-unit id="u{n}"><source>First {n}. Second {n}.</source><seg-source>'
    '<mrk mtype="seg" mid="1">First {n}.</mrk> <mrk mtype="seg" mid="2">Second {n}.</mrk></seg-source>'
    '<target><mrk mtype="seg" mid="1">Erster {n}.</mrk> <mrk mtype="seg" mid="2">Zweiter {n}.</mrk>'
    "</target></trans-unit>\n"
)
XLIFF2 = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="en" trgLang="de">'
    '<file id="f">\n{units}</file></xliff>\n'
)
UNIT2 = (
    '<unit id="u{n}"><segment><source>Sentence {n} is here.</source>'
    "<target>Satz {n} ist hier.</target></segment></unit>\n"
)
SPLIT2 = (
    '<unit id="u{n}"><segment><source>First {n}.</source><target>Erster {n}.</target></segment>'
    "<ignorable><source> </source></ignorable>"
    "<segment><source>Second {n}.</source><target>Zweiter {n}.</target></segment></unit>\n"
)


def _file(template: str, unit: str, split: str) -> str:
    """UNITS units, every seventh split in two segments."""
    units = (split if n % 7 == 0 else unit for n in range(1, UNITS + 1))
    return template.format(units="".join(u.format(n=n) for n, u in enumerate(units, start=1)))


def _expected_paragraphs() -> list[int]:
    return [n for n in range(1, UNITS + 1) for _ in range(2 if n % 7 == 0 else 1)]


FILES = [
    pytest.param(XLIFF12, UNIT12, SPLIT12, id="xliff12"),
    pytest.param(XLIFF2, UNIT2, SPLIT2, id="xliff2"),
]


@pytest.mark.parametrize(("template", "unit", "split"), FILES)
def test_every_unit_is_one_paragraph_in_document_order(tmp_path, template, unit, split):
    path = tmp_path / "many.xlf"
    path.write_text(_file(template, unit, split), encoding="utf-8")
    document = read_bilingual(path).document
    assert [s.paragraph for s in document] == _expected_paragraphs()


@pytest.mark.parametrize(("template", "unit", "split"), FILES)
def test_info_and_article_export_follow_the_units(tmp_path, capsys, template, unit, split):
    path = tmp_path / "many.xlf"
    path.write_text(_file(template, unit, split), encoding="utf-8")
    assert main(["info", str(path), "--json"]) == 0
    assert '"paragraphs": 60' in capsys.readouterr().out
    out = tmp_path / "article.txt"
    assert main(["export", str(path), "--format", "txt", "-o", str(out)]) == 0
    paragraphs = out.read_text(encoding="utf-8").strip().split("\n\n")
    assert paragraphs == [
        f"Erster {n}. Zweiter {n}." if n % 7 == 0 else f"Satz {n} ist hier." for n in range(1, UNITS + 1)
    ]


# Start tags as tools write them, namespace declarations among or after the other attributes
# (lxml writes declarations first); a patched file must keep them character for character.
ROOTS = [
    pytest.param(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
        '<file original="x" source-language="en" target-language="de" datatype="plaintext">',
        id="xliff12",
    ),
    pytest.param(
        "<xliff version='1.2' xmlns='urn:oasis:names:tc:xliff:document:1.2' xmlns:mq=\"MQXliff\" "
        'mq:version="1">\n<!-- <file xmlns="not-an-element"> -->\n'
        '<file original="x" xmlns:okp="okapi-framework:xliff-extensions" source-language="en"\n'
        '      target-language="de" okp:inputEncoding="UTF-8" datatype="plaintext">',
        id="xliff12-nested-declarations",
    ),
    pytest.param(
        '<xliff version="2.0" srcLang="en" xmlns="urn:oasis:names:tc:xliff:document:2.0" trgLang="de">'
        '<file id="f">',
        id="xliff2",
    ),
]


def _unit(root: str, n: int, target: str) -> str:
    if 'version="2.0"' in root:
        return f'<unit id="u{n}"><segment><source>S {n}</source><target>{target}</target></segment></unit>\n'
    return f'<trans-unit id="u{n}"><source>S {n}</source><target>{target}</target></trans-unit>\n'


@pytest.mark.parametrize("root", ROOTS)
def test_an_edit_changes_only_the_edited_target(tmp_path, root):
    end = "</file></xliff>\n"
    path = tmp_path / "order.xlf"
    path.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        + root
        + "\n"
        + _unit(root, 1, "T 1")
        + _unit(root, 2, "T 2")
        + end,
        encoding="utf-8",
    )
    imported = read_bilingual(path)
    document = edited(imported.document, 2, "Neu", imported.document[2].status)
    fmt = by_name(imported.document.format)
    assert fmt is not None
    patched = fmt.patch(imported.original, document, str(path)).decode("utf-8")
    assert patched == path.read_text(encoding="utf-8").replace("T 2", "Neu")


# memoQ reads a segment's status from mq:status on the trans-unit, every other tool from XLIFF's
# state on the <target>: a confirmed segment must say so in both, untouched ones keep theirs.
MEMOQ = "memoq.mqxliff"  # segment 1: MT (MachineTranslated, leveraged-mt), 3: no target yet
MEMOQ_WRITES = [
    # segment, text added to its target, status, then: mq:status, state, state-qualifier
    (1, "", "confirmed", "ManuallyConfirmed", "translated", None),
    (1, " Fertig.", "confirmed", "ManuallyConfirmed", "translated", None),
    (1, "", "reviewed", "Reviewer1Confirmed", "final", None),
    (1, " Fertig.", "draft", "PartiallyEdited", "needs-review-translation", None),
    (1, " Fertig.", "new", "MachineTranslated", "needs-review-translation", "leveraged-mt"),
    (3, "Noch nicht übersetzt.", "confirmed", "ManuallyConfirmed", "translated", None),
]


@pytest.mark.parametrize(("segment", "target", "status", "mq_status", "state", "qualifier"), MEMOQ_WRITES)
def test_memoq_status_is_written_for_memoq_and_xliff(
    tmp_path, segment, target, status, mq_status, state, qualifier
):
    from lxml import etree

    from editor.core.model import SegmentStatus
    from tests.core.formats.contract import DATA

    path = DATA / MEMOQ
    imported = read_bilingual(path)
    old = imported.document[segment]
    document = edited(imported.document, segment, old.target + target, SegmentStatus(status))
    patched = by_name("xliff").patch(imported.original, document, str(path))  # type: ignore[union-attr]
    units = list(etree.fromstring(patched).iter("{*}trans-unit"))
    before = list(etree.fromstring(imported.original).iter("{*}trans-unit"))
    number = {1: 0, 2: 1, 3: 3}[segment]  # units 3 (translate="no") and 5 (another file) hold no edit
    unit = units[number]
    assert unit.get("{MQXliff}status") == mq_status
    target_element = unit.find("{*}target")
    assert (target_element.get("state"), target_element.get("state-qualifier")) == (state, qualifier)
    for n, (a, b) in enumerate(zip(before, units, strict=True)):
        if n != number:
            assert etree.tostring(a) == etree.tostring(b)
    out = tmp_path / MEMOQ
    out.write_bytes(patched)
    assert read_bilingual(out).document[segment].status is SegmentStatus(status)


STATES_READ = [
    ('mq:status="Reviewer2Confirmed"', 'state="translated"', "reviewed"),
    ('mq:status="PartiallyEdited"', 'state="translated"', "draft"),  # memoQ's own status wins
    ('mq:status="Pretranslated"', 'state="translated"', "new"),
    (
        'mq:status="ManuallyConfirmed"',
        'state="needs-review-translation" state-qualifier="leveraged-mt"',
        "confirmed",
    ),
    ("", 'state="needs-review-translation" state-qualifier="leveraged-mt"', "new"),
    ("", 'state="translated" state-qualifier="leveraged-mt"', "confirmed"),  # MT someone confirmed
    ('mq:status="SomethingNew"', 'state="final"', "reviewed"),  # unknown to us: XLIFF's state
]


@pytest.mark.parametrize(("mq_status", "state", "expected"), STATES_READ)
def test_memoq_and_xliff_states_are_read(tmp_path, mq_status, state, expected):
    path = tmp_path / "states.mqxliff"
    path.write_text(
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff">'
        '<file source-language="en" target-language="de" datatype="plaintext"><body>'
        f'<trans-unit id="1" {mq_status}><source>Hello</source><target {state}>Hallo</target></trans-unit>'
        "</body></file></xliff>",
        encoding="utf-8",
    )
    assert read_bilingual(path).document[1].status.value == expected


def test_plain_xliff_gets_no_memoq_status(tmp_path):
    from editor.core.model import SegmentStatus

    path = tmp_path / "plain.xlf"
    path.write_text(XLIFF12.format(units=UNIT12.format(n=1)), encoding="utf-8")
    imported = read_bilingual(path)
    document = edited(imported.document, 1, "Satz eins.", SegmentStatus.CONFIRMED)
    patched = by_name("xliff").patch(imported.original, document, str(path))  # type: ignore[union-attr]
    assert b'<target state="translated">Satz eins.</target>' in patched
    assert b"mq:" not in patched and b"MQXliff" not in patched


def test_trados_confirmed_mt_keeps_its_origin_and_edited_becomes_interactive(tmp_path):
    from editor.core.model import SegmentStatus
    from tests.core.formats.contract import DATA

    path = DATA / "trados.sdlxliff"
    imported = read_bilingual(path)
    document = edited(imported.document, 1, imported.document[1].target, SegmentStatus.CONFIRMED)
    document = edited(document, 2, "Er kostet 5 Millionen €.", SegmentStatus.CONFIRMED)
    patched = by_name("xliff").patch(imported.original, document, str(path))  # type: ignore[union-attr]
    assert b'<sdl:seg id="1" conf="Translated" origin="mt"/>' in patched
    assert b'<sdl:seg id="2" conf="Translated" origin="interactive"/>' in patched
