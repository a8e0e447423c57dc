"""Every bilingual format against the contract, on samples shaped like real exports."""

from __future__ import annotations

from editor.core.formats import po, tabular, tmx, xliff2, xliff12
from editor.core.model import SegmentStatus
from tests.core.formats.contract import BilingualContract

XLIFF12_HEAD = b'<?xml version="1.0"?><xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'


class TestXliff12Trados(BilingualContract):
    fmt = xliff12.FORMAT
    sample = "trados.sdlxliff"
    segments = 3
    tagged = 1
    malformed = [
        (
            XLIFF12_HEAD
            + b'<file source-language="en" target-language="de"><body><trans-unit id="1"><source>x',
            "malformed XML",
        ),
        (
            XLIFF12_HEAD
            + b'<file source-language="en"><body><trans-unit id="1"><source>a</source></trans-unit>'
            b"</body></file></xliff>",
            "no target language",
        ),
        (
            XLIFF12_HEAD + b'<file source-language="en" target-language="de"><body>'
            b'<trans-unit id="1"><source>a</source></trans-unit>'
            b'<trans-unit id="1"><source>b</source></trans-unit>'
            b"</body></file></xliff>",
            "duplicate trans-unit id '1'",
        ),
        (
            '<?xml version="1.0" encoding="UTF-8"?><xliff version="1.2"><file source-language="en" '
            'target-language="de"><body><trans-unit id="1"><source>caf\u00e9</source></trans-unit>'
            "</body></file></xliff>".encode("latin-1"),
            "malformed XML",
        ),
    ]


class TestXliff12MemoQ(BilingualContract):
    fmt = xliff12.FORMAT
    sample = "memoq.mqxliff"
    segments = 4
    tagged = 1
    edit = 3  # a unit without a target: the target is created


class TestXliff2Phrase(BilingualContract):
    fmt = xliff2.FORMAT
    sample = "phrase.xlf"
    segments = 4
    tagged = 1
    edit = 4  # a segment without a target
    malformed = [
        (
            b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en">'
            b'<file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>',
            "no target language",
        ),
        (
            b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="de">'
            b'<file id="f"><unit id="u"><segment><source>a</source></segment></unit>'
            b'<unit id="u"><segment><source>b</source></segment></unit></file></xliff>',
            "duplicate unit id",
        ),
    ]


class TestTmxOkapi(BilingualContract):
    fmt = tmx.FORMAT
    sample = "okapi.tmx"
    segments = 3
    tagged = 1
    states = ()
    malformed = [
        (
            b'<tmx version="1.4"><header srclang="en"/><body><tu tuid="1">'
            b'<tuv xml:lang="en"><seg>a</seg></tuv><tuv xml:lang="de"><seg>b</seg></tuv></tu>'
            b'<tu tuid="1"><tuv xml:lang="en"><seg>c</seg></tuv></tu>'
            b"</body></tmx>",
            "duplicate tuid '1'",
        ),
        (
            b'<tmx version="1.4"><body><tu><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>',
            "without <header>",
        ),
    ]

    def test_build_writes_only_confirmed_segments(self):
        from editor.core.formats.bilingual import read_bilingual

        document = read_bilingual(self.path).document
        built = self.fmt.build(document).decode()
        assert "<tu " not in built  # nothing confirmed yet


class TestPo(BilingualContract):
    fmt = po.FORMAT
    sample = "messages.po"
    segments = 5
    edit = 5
    states = (SegmentStatus.DRAFT, SegmentStatus.CONFIRMED)  # PO has fuzzy or not
    malformed = [
        (b'msgid "a"\nmsgstr "b\n', "line 2"),
        (b'msgid "a"\nmsgstr "b"\n\nmsgid "a"\nmsgstr "c"\n', ":4: duplicate message 'a'"),
    ]

    def test_plural_forms_are_kept_together(self, tmp_path):
        from editor.core.formats.bilingual import read_bilingual
        from tests.core.formats.contract import edited

        imported = read_bilingual(self.path)
        document = edited(imported.document, 3, "%d Dateien sind hochgeladen", SegmentStatus.CONFIRMED)
        text = self.fmt.patch(imported.original, document, str(self.path)).decode()
        assert 'msgstr[0] "Eine Datei wurde hochgeladen"' in text
        assert 'msgstr[1] "%d Dateien sind hochgeladen"' in text
        assert 'msgid_plural "%d files were uploaded"' in text

    def test_fuzzy_is_draft(self):
        from editor.core.formats.bilingual import read_bilingual

        assert read_bilingual(self.path).document[1].status is SegmentStatus.DRAFT


class TestTsv(BilingualContract):
    fmt = tabular.FORMAT
    sample = "table.tsv"
    segments = 3
    states = ()
    malformed = [(b"id\tsource\ttarget\n1\tonly source\n", "expected at least 3 columns")]


class TestCsv(BilingualContract):
    fmt = tabular.FORMAT
    sample = "table.csv"
    segments = 2
    states = ()


def _blank_targets(data: bytes, unit_id: str) -> bytes:
    """The document in canonical form with one unit's targets (and states) blanked."""
    from lxml import etree

    root = etree.fromstring(data)
    for unit in root.iter("{*}trans-unit", "{*}unit"):
        if unit.get("id") != unit_id:
            continue
        unit.attrib.pop("{MQXliff}status", None)
        for element in unit.iter("{*}target", "{*}segment", "{*}seg"):
            element.attrib.pop("state", None)
            if element.tag.endswith("target"):
                for child in list(element):
                    element.remove(child)
                element.text = "X"
        for seg in unit.iter("{http://sdl.com/FileTypes/SdlXliff/1.0}seg"):
            seg.attrib.pop("conf", None)
            seg.attrib.pop("origin", None)
    return etree.tostring(root)  # (C14N refuses memoQ's relative namespace URI)


import pytest  # noqa: E402

from editor.core.formats.bilingual import read_bilingual  # noqa: E402
from editor.core.formats.xmlsafe import prolog  # noqa: E402
from tests.core.formats.contract import DATA, edited  # noqa: E402


@pytest.mark.parametrize(
    ("sample", "fmt", "segment", "unit"),
    [
        ("trados.sdlxliff", xliff12.FORMAT, 1, "a1b2c3"),
        ("memoq.mqxliff", xliff12.FORMAT, 2, "2"),
        ("phrase.xlf", xliff2.FORMAT, 2, "u1"),
    ],
)
def test_only_the_edited_unit_changes(sample, fmt, segment, unit):
    path = DATA / sample
    imported = read_bilingual(path)
    document = edited(imported.document, segment, "Ganz neu", SegmentStatus.REVIEWED)
    patched = fmt.patch(imported.original, document, str(path))
    assert patched != imported.original
    assert prolog(patched) == prolog(imported.original)  # XML declaration and encoding as they were
    assert _blank_targets(patched, unit) == _blank_targets(imported.original, unit)
