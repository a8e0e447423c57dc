"""The column-wise snapshot a project reopens from: same segments as the rows, edits laid over,
and the rows as the fallback whenever the snapshot is missing or does not fit."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from editor.core import snapshot
from editor.core.model import Document, Origin, Segment, SegmentStatus
from editor.core.store import _COLUMNS, ProjectStore, _read_snapshot

# Values that stress the encoding: None in every nullable field, empty texts, texts outside
# the BMP, a NUL, a target edited at import, every status, gaps and kinds repeated.
ODD_SEGMENTS = [
    Segment(
        1, 0, "Hi.", "Hallo.", "Hallo.", source_origin=Origin(1, 0, 1, 3), target_origin=Origin(1, 0, 1, 6)
    ),
    Segment(
        2,
        0,
        "",
        "Nur Ziel.",
        "Nur Ziel.",
        kind="0-1",
        score=0.25,
        target_origin=Origin(1, 7, 1, 16),
        gap="\n",
    ),
    Segment(3, 1, "Only source.", "", "", kind="1-0", source_origin=Origin(3, 0, 3, 12), target_par=None),
    Segment(7, 1, "Emoji 🙂.", "Emoji 🙂.", "Emoji 😀!", SegmentStatus.DRAFT, key="u-7", note="checked"),
    Segment(9, 2, "NUL\x00in", "NUL\x00drin", "NUL\x00drin", SegmentStatus.CONFIRMED, key="", target_par=4),
    Segment(12, 2, "שלום", "Frieden", "", SegmentStatus.REVIEWED, kind="2-2", score=0.0, gap=" ", note=""),
]


def _rows_way(path: Path) -> list[Segment]:
    conn = sqlite3.connect(path)
    try:
        return [
            snapshot.segment_from_row(r) for r in conn.execute(f"SELECT {_COLUMNS} FROM segments ORDER BY id")
        ]
    finally:
        conn.close()


def _execute(path: Path, sql: str) -> None:
    """Change the project file behind the store's back, as another tool would."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(sql)
    conn.close()


def _snapshot_fits(store: ProjectStore) -> bool:
    return _read_snapshot(store.connection) is not None


def _assert_same(built: list[Segment], expected: list[Segment]) -> None:
    assert built == expected
    for a, b in zip(built, expected, strict=True):
        assert type(a.source_origin) is type(b.source_origin)
        assert type(a.target_origin) is type(b.target_origin)
        assert hash(a) == hash(b)


@pytest.mark.parametrize("chunk", [1, 4, snapshot.CHUNK])
def test_snapshot_rebuilds_exactly_the_segments_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int
) -> None:
    monkeypatch.setattr(snapshot, "CHUNK", chunk)
    path = tmp_path / "p.pedit"
    ProjectStore.create(path, Document("en", "de", list(ODD_SEGMENTS))).close()
    conn = sqlite3.connect(path)
    chunks = conn.execute("SELECT count(*) FROM snapshot").fetchone()[0]
    conn.close()
    assert chunks == -(-len(ODD_SEGMENTS) // chunk)
    with ProjectStore.open(path, readonly=True) as store:
        _assert_same(store.load_document().segments, ODD_SEGMENTS)
    _assert_same(_rows_way(path), ODD_SEGMENTS)


def test_edits_since_import_are_laid_over_the_snapshot(tmp_path: Path, seed_document: Document) -> None:
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document) as store:
        first, second = seed_document[1], seed_document[4]
        store.save_segment(first.with_target("Ganz neu.", SegmentStatus.CONFIRMED))
        store.save_segment(replace(second, note="Reviewer: check the name", status=SegmentStatus.REVIEWED))
        store.save_segment(first.with_target(first.mt, SegmentStatus.DRAFT))  # back to the MT
    with ProjectStore.open(path, readonly=True) as store:
        doc = store.load_document()
    _assert_same(doc.segments, _rows_way(path))
    assert doc[1].target == doc[1].mt and doc[1].status is SegmentStatus.DRAFT
    assert doc[4].note == "Reviewer: check the name" and doc[4].status is SegmentStatus.REVIEWED


@pytest.mark.parametrize(
    "damage",
    [
        "DELETE FROM snapshot WHERE chunk = 1",
        "UPDATE snapshot SET chunk = 7 WHERE chunk = 1",
        "UPDATE snapshot SET numbers = substr(numbers, 1, 12)",
        "UPDATE snapshot SET texts = texts || 'x'",
        "UPDATE snapshot SET lengths = zeroblob(length(lengths))",
        "UPDATE snapshot SET vocabulary = '{}'",
        "UPDATE snapshot SET vocabulary = 'not json'",
        "UPDATE snapshot SET texts = CAST(texts AS BLOB), vocabulary = 7",
        "UPDATE snapshot SET size = size + 1 WHERE chunk = 0",
        "DELETE FROM segments WHERE id = 3",
        "UPDATE segments SET id = 100 WHERE id = 2",
    ],
)
def test_a_snapshot_that_does_not_fit_falls_back_to_the_rows_and_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_document: Document, damage: str
) -> None:
    monkeypatch.setattr(snapshot, "CHUNK", 8)
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document) as store:
        store.save_segment(seed_document[5].with_target("Geändert."))
    _execute(path, damage)
    truth = _rows_way(path)
    with ProjectStore.open(path, readonly=True) as store:
        _assert_same(store.load_document().segments, truth)
    with ProjectStore.open(path) as store:  # may write: the snapshot is built again
        _assert_same(store.load_document().segments, truth)
    with ProjectStore.open(path, readonly=True) as store:
        assert _snapshot_fits(store)
        _assert_same(store.load_document().segments, truth)


def test_project_from_before_snapshots_gets_one_when_opened_for_writing(
    tmp_path: Path, seed_document: Document
) -> None:
    path = tmp_path / "p.pedit"
    ProjectStore.create(path, seed_document).close()
    _execute(path, "DELETE FROM snapshot")
    with ProjectStore.open(path, readonly=True) as store:
        assert not _snapshot_fits(store)
        assert store.load_document().segments == seed_document.segments
    with ProjectStore.open(path) as store:
        assert store.load_document().segments == seed_document.segments
        assert _snapshot_fits(store)


def test_empty_document(tmp_path: Path) -> None:
    path = tmp_path / "p.pedit"
    ProjectStore.create(path, Document("en", "de", [])).close()
    with ProjectStore.open(path) as store:
        assert len(store.load_document()) == 0


def test_numbers_beyond_32_bits_are_read_from_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "p.pedit"
    segments = [Segment(2**40, 0, "Hi.", "Hallo.", "Hallo.", source_origin=Origin(2**33, 0, 2**33, 3))]
    ProjectStore.create(path, Document("en", "de", segments)).close()
    with ProjectStore.open(path) as store:
        assert store.load_document().segments == segments


def test_a_snapshot_that_cannot_be_written_does_not_stop_the_project_opening(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_document: Document
) -> None:
    path = tmp_path / "p.pedit"
    ProjectStore.create(path, seed_document).close()
    _execute(path, "DELETE FROM snapshot")

    def disk_full(conn: sqlite3.Connection, segments: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr("editor.core.store._write_snapshot", disk_full)
    with ProjectStore.open(path) as store:
        assert store.load_document().segments == seed_document.segments
        store.save_segment(seed_document[2].with_target("Gespeichert."))
    monkeypatch.undo()
    with ProjectStore.open(path, readonly=True) as store:
        assert store.load_document()[2].target == "Gespeichert."
