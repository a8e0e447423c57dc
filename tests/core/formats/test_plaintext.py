"""Importing a plain-text pair: paragraphs, sentences, alignment, origins, exact rebuild."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from editor.core.errors import FormatError
from editor.core.formats.plaintext import read_pair
from editor.core.model import rebuild_target
from editor.core.segmentation import split_paragraphs, split_sentences
from tests.conftest import SEED_MT, SEED_SOURCE


def _write(tmp_path: Path, name: str, text: str, encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_seed_pair_has_19_paragraph_pairs(seed_document) -> None:
    doc = seed_document
    assert doc.paragraph_count == 19
    assert (doc.source_lang, doc.target_lang) == ("en", "de")
    assert [s.id for s in doc] == list(range(1, len(doc) + 1))


@pytest.mark.parametrize(("path", "side", "lang"), [(SEED_SOURCE, "source", "en"), (SEED_MT, "mt", "de")])
def test_every_sentence_in_exactly_one_segment_in_order(
    seed_document, path: Path, side: str, lang: str
) -> None:
    text = path.read_text(encoding="utf-8")
    split = split_paragraphs(text)
    sentences = [s.text(p.text(text)) for p in split.spans for s in split_sentences(p.text(text), lang)]
    joined = " ".join(getattr(seg, side) for seg in seed_document if getattr(seg, side))
    # Every sentence appears once, and in file order.
    pos = 0
    for sentence in sentences:
        found = joined.find(sentence, pos)
        assert found >= 0, sentence
        pos = found + len(sentence)
    assert re.sub(r"\s+", "", joined) == re.sub(r"\s+", "", "".join(sentences))


def test_seed_rebuild_is_byte_identical(seed_document) -> None:
    assert rebuild_target(seed_document.target_layout, seed_document.segments) == SEED_MT.read_text(
        encoding="utf-8"
    )


def test_origins_point_into_the_files(seed_document) -> None:
    lines = SEED_MT.read_text(encoding="utf-8").split("\n")
    for seg in seed_document:
        o = seg.target_origin
        assert o is not None and o.line == o.end_line
        assert lines[o.line - 1][o.col : o.end_col] == seg.mt


def test_lost_boundary_aligns_two_to_one(tmp_path: Path) -> None:
    src = _write(
        tmp_path,
        "en.txt",
        "Intro line.\n\nThe plan was announced in September and "
        "kicked off last month. According to an update from the EU, Mistral AI took part.\n",
    )
    tgt = _write(
        tmp_path,
        "de.txt",
        "Einleitung.\n\nDer Plan wurde im September angekündigt und "
        "gestartet Im vergangenen MonatLaut einem Update der EU hat Mistral AI teilgenommen.\n",
    )
    doc = read_pair(src, tgt, "en", "de").document
    assert [s.kind for s in doc] == ["1-1", "2-1"]
    assert doc[2].source.startswith("The plan") and doc[2].source.endswith("took part.")


def test_crlf_bom_and_trailing_spaces_rebuild_exactly(tmp_path: Path) -> None:
    text = "\r\n  Erster Satz.  Zweiter Satz. \r\n\r\n\r\nDritter Absatz.\r\n"
    src = _write(tmp_path, "en.txt", "First sentence. Second sentence.\r\n\r\nThird paragraph.\r\n")
    tgt = tmp_path / "de.txt"
    tgt.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    doc = read_pair(src, tgt, "en", "de").document
    assert doc.target_layout is not None and doc.target_layout.bom
    assert rebuild_target(doc.target_layout, doc.segments) == text


def test_paragraph_count_mismatch_is_aligned_and_reported(tmp_path: Path) -> None:
    src = _write(
        tmp_path,
        "en.txt",
        "The first paragraph talks about a plan for startups.\n\n"
        "The second paragraph is about supercomputers in Europe.\n\n"
        "The third paragraph mentions Mistral and the money.\n",
    )
    tgt = _write(
        tmp_path,
        "de.txt",
        "Der erste Absatz spricht über einen Plan für Startups.\n\n"
        "Der zweite Absatz handelt von Supercomputern in Europa. Der dritte Absatz nennt "
        "Mistral und das Geld.\n",
    )
    result = read_pair(src, tgt, "en", "de")
    assert any("3 paragraphs" in w and "2" in w for w in result.warnings)
    doc = result.document
    assert doc.paragraph_count == 2
    assert rebuild_target(doc.target_layout, doc.segments) == tgt.read_text(encoding="utf-8")
    assert [s.kind for s in doc] == ["1-1", "1-1", "1-1"]


def test_no_blank_lines_means_one_paragraph_per_line(tmp_path: Path) -> None:
    src = _write(tmp_path, "en.txt", "One.\nTwo.\nThree.\n")
    tgt = _write(tmp_path, "de.txt", "Eins.\nZwei.\nDrei.\n")
    doc = read_pair(src, tgt, "en", "de").document
    assert doc.paragraph_count == 3
    assert [s.target_origin.line for s in doc if s.target_origin] == [1, 2, 3]


def test_languages_are_inferred(tmp_path: Path) -> None:
    result = read_pair(SEED_SOURCE, SEED_MT)
    assert result.languages_inferred
    assert (result.document.source_lang, result.document.target_lang) == ("en", "de")


@pytest.mark.parametrize("content", [b"", b"  \n\n \n"])
def test_empty_file_is_refused(tmp_path: Path, content: bytes) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(content)
    with pytest.raises(FormatError, match="empty") as info:
        read_pair(SEED_SOURCE, empty, "en", "de")
    assert str(empty) in str(info.value)


def test_edited_segment_lands_in_its_paragraph(seed_document) -> None:
    from copy import deepcopy

    doc = deepcopy(seed_document)
    seg = doc[2]
    doc.set_target(2, seg.target.replace("MonatLaut", "Monat. Laut"))
    rebuilt = rebuild_target(doc.target_layout, doc.segments)
    original = SEED_MT.read_text(encoding="utf-8")
    assert rebuilt == original.replace("MonatLaut", "Monat. Laut")
