"""The contract every bilingual format keeps; each format's tests subclass ``BilingualContract``."""

from __future__ import annotations

import dataclasses
import json
import shutil
from pathlib import Path
from typing import ClassVar

import pytest

from editor.cli import main
from editor.core.errors import FormatError
from editor.core.formats.bilingual import BilingualFormat, detect, read_bilingual
from editor.core.formats.inline import strip_tokens, tokens
from editor.core.model import Document, SegmentStatus

DATA = Path(__file__).resolve().parents[2] / "data" / "formats"


def edited(document: Document, segment_id: int, target: str, status: SegmentStatus) -> Document:
    segments = [
        dataclasses.replace(s, target=target, status=status) if s.id == segment_id else s for s in document
    ]
    return Document(
        document.source_lang,
        document.target_lang,
        segments,
        document.source_name,
        document.target_name,
        document.format,
    )


def _shape(text: str) -> tuple[str, tuple[str, ...]]:
    return strip_tokens(text), tuple(t.kind for t in tokens(text))


class BilingualContract:
    fmt: ClassVar[BilingualFormat]
    sample: ClassVar[str]
    segments: ClassVar[int]
    languages: ClassVar[tuple[str, str]] = ("en", "de")
    edit: ClassVar[int] = 1  # the segment the round-trip tests edit
    tagged: ClassVar[int | None] = None  # a segment whose text holds tag tokens
    states: ClassVar[tuple[SegmentStatus, ...]] = (
        SegmentStatus.DRAFT,
        SegmentStatus.CONFIRMED,
        SegmentStatus.REVIEWED,
    )
    malformed: ClassVar[list[tuple[bytes, str]]] = []

    @property
    def path(self) -> Path:
        return DATA / self.sample

    def test_read_counts_and_languages(self):
        document = read_bilingual(self.path).document
        assert len(document) == self.segments
        assert (document.source_lang, document.target_lang) == self.languages
        assert document.format == self.fmt.name
        assert all(segment.key for segment in document)
        assert len({segment.key for segment in document}) == len(document)

    def test_detected_from_content_not_extension(self, tmp_path):
        copy = tmp_path / "no-extension"
        shutil.copy(self.path, copy)
        assert detect(copy) is self.fmt

    def test_unchanged_export_is_the_same_file(self):
        imported = read_bilingual(self.path)
        assert self.fmt.patch(imported.original, imported.document, str(self.path)) == imported.original

    def test_edited_target_round_trips_with_non_ascii(self, tmp_path):
        imported = read_bilingual(self.path)
        before = imported.document
        old = before[self.edit]
        keep = "".join(t.text for t in tokens(old.target))  # keep the segment's tags
        text = f"Geänderter Text — „ÄÖÜß“ 😀 {keep}".strip()
        document = edited(before, self.edit, text, SegmentStatus.CONFIRMED)
        out = tmp_path / ("patched" + self.path.suffix)
        out.write_bytes(self.fmt.patch(imported.original, document, str(self.path)))
        after = read_bilingual(out).document
        assert after[self.edit].target == text
        for a, b in zip(before, after, strict=True):
            assert (a.key, a.source, a.note) == (b.key, b.source, b.note)
            if a.id != self.edit:
                assert (a.target, a.status) == (b.target, b.status)

    def test_tags_are_written_back_as_they_were(self, tmp_path):
        if self.tagged is None:
            pytest.skip("this sample has no inline tags")
        imported = read_bilingual(self.path)
        old = imported.document[self.tagged].target
        assert tokens(old)
        text = "Neu: " + old.replace("e", "é")
        out = tmp_path / ("tags" + self.path.suffix)
        document = edited(imported.document, self.tagged, text, SegmentStatus.DRAFT)
        out.write_bytes(self.fmt.patch(imported.original, document, str(self.path)))
        assert read_bilingual(out).document[self.tagged].target == text

    def test_broken_tags_are_refused_on_export(self):
        if self.tagged is None:
            pytest.skip("this sample has no inline tags")
        imported = read_bilingual(self.path)
        target = imported.document[self.tagged].target
        broken = target + "⟨99/⟩"
        document = edited(imported.document, self.tagged, broken, SegmentStatus.DRAFT)
        with pytest.raises(FormatError, match=f"segment {self.tagged}"):
            self.fmt.patch(imported.original, document, str(self.path))

    @pytest.mark.parametrize("status", [SegmentStatus.DRAFT, SegmentStatus.CONFIRMED, SegmentStatus.REVIEWED])
    def test_states_map_both_ways(self, tmp_path, status):
        if status not in self.states:
            pytest.skip(f"{self.fmt.label} has no state for {status.value}")
        imported = read_bilingual(self.path)
        old = imported.document[self.edit]
        document = edited(imported.document, self.edit, old.target + " x", status)
        out = tmp_path / ("states" + self.path.suffix)
        out.write_bytes(self.fmt.patch(imported.original, document, str(self.path)))
        assert read_bilingual(out).document[self.edit].status is status

    def test_malformed_input_names_the_file(self, tmp_path):
        for number, (content, message) in enumerate(self.malformed):
            bad = tmp_path / f"bad{number}{self.path.suffix}"
            bad.write_bytes(content)
            with pytest.raises(FormatError) as err:
                read_bilingual(bad)
            assert str(bad) in str(err.value)
            assert message in str(err.value), str(err.value)

    def test_build_from_any_document_reads_back(self, tmp_path):
        document = read_bilingual(self.path).document
        confirmed = Document(
            document.source_lang,
            document.target_lang,
            [dataclasses.replace(s, status=SegmentStatus.CONFIRMED) for s in document if s.target],
            "x",
            "x",
            "text",
        )
        out = tmp_path / ("built" + self.path.suffix)
        out.write_bytes(self.fmt.build(confirmed))
        again = read_bilingual(out).document
        # A new file numbers its codes afresh: compare the text and the kinds of tags.
        assert [_shape(s.source) + _shape(s.target) for s in again] == [
            _shape(s.source) + _shape(s.target) for s in confirmed
        ]

    def test_info_reports_the_counts(self, capsys):
        assert main(["info", str(self.path), "--json"]) == 0
        facts = json.loads(capsys.readouterr().out)
        assert facts["segments"] == self.segments
        assert facts["format"] == self.fmt.name

    def test_project_round_trip_through_the_cli(self, tmp_path, capsys):
        project = tmp_path / "p.pedit"
        assert main(["new", str(self.path), "-o", str(project)]) == 0
        out = tmp_path / ("out" + self.path.suffix)
        assert main(["export", str(project), "--format", self.fmt.name, "-o", str(out)]) == 0
        assert out.read_bytes() == self.path.read_bytes()
