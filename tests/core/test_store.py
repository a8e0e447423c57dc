"""The project file: round trip, migrations, corrupt input, durability and the writer lock."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from copy import deepcopy
from dataclasses import replace
from pathlib import Path

import pytest

from editor.core.errors import ProjectError, ProjectInUseError
from editor.core.model import Document, SegmentStatus
from editor.core.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from editor.core.store import ProjectStore


def test_round_trip_keeps_everything(tmp_path: Path, seed_document) -> None:
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document):
        pass
    with ProjectStore.open(path, readonly=True) as store:
        loaded = store.load_document()
    assert loaded.segments == seed_document.segments
    assert loaded.target_layout == seed_document.target_layout
    assert (loaded.source_lang, loaded.target_lang) == ("en", "de")


def test_saved_edit_survives_reopen(tmp_path: Path, seed_document) -> None:
    path = tmp_path / "p.pedit"
    doc = deepcopy(seed_document)
    with ProjectStore.create(path, doc) as store:
        new = doc.set_target(3, "Neu.", SegmentStatus.CONFIRMED)
        store.save_segment(new)
    with ProjectStore.open(path) as store:
        again = store.load_document()
    assert again[3].target == "Neu." and again[3].status is SegmentStatus.CONFIRMED
    assert again[3].mt == seed_document[3].mt  # the MT never changes


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_older_schema_is_migrated(tmp_path: Path, version: int) -> None:
    path = tmp_path / "old.pedit"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    for number, (_name, script) in enumerate(MIGRATIONS[:version], start=1):
        conn.executescript(f"BEGIN;{script}; PRAGMA user_version = {number}; COMMIT;")
    shared_target = [name for name, _ in MIGRATIONS].index("shared-target") + 1
    conn.execute(
        "INSERT INTO segments (id, paragraph, source, mt, target, status, kind, score, gap)"
        " VALUES (1, 1, 'Hi.', 'Hallo.', 'Hallo!', 'draft', '1-1', 1.0, ''),"
        " (2, 1, 'Bye.', 'Tschüss.', ?, 'draft', '1-1', 1.0, ' ')",
        ("Tschüss." if version < shared_target else None,),  # as that version stored it
    )
    conn.execute("INSERT INTO meta VALUES ('source_lang', 'en'), ('target_lang', 'de')")
    conn.commit()
    conn.close()
    with ProjectStore.open(path, readonly=True) as store:  # read as today's schema, file untouched
        assert store.load_document()[1].target == "Hallo!"
    untouched = sqlite3.connect(path)
    assert untouched.execute("PRAGMA user_version").fetchone()[0] == version
    untouched.close()
    with ProjectStore.open(path) as store:
        doc = store.load_document()
    assert doc[1].target == "Hallo!"
    assert doc[2].target == doc[2].mt == "Tschüss."
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    # An unedited target is stored once, as the MT (NULL in the target column).
    stored = check.execute("SELECT id, target FROM segments ORDER BY id").fetchall()
    assert stored == [(1, "Hallo!"), (2, None)]
    check.close()


def test_target_back_to_the_mt_is_stored_once_and_reads_back(tmp_path: Path, seed_document: Document) -> None:
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document) as store:
        store.save_segment(replace(seed_document[3], target="Neu."))
        store.save_segment(replace(seed_document[4], target="Anders."))
        store.save_segment(replace(seed_document[4], target=seed_document[4].mt))
    raw = sqlite3.connect(path)
    stored = dict(raw.execute("SELECT id, target FROM segments WHERE id IN (3, 4, 5)").fetchall())
    raw.close()
    assert stored == {3: "Neu.", 4: None, 5: None}
    with ProjectStore.open(path, readonly=True) as store:
        again = store.load_document()
    assert [s.target for s in again] == ["Neu." if s.id == 3 else s.mt for s in seed_document]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"this is not a database at all", "not an SQLite database"),
        (b"", "not an SQLite database"),
        (b"SQLite format 3\x00" + b"\xff" * 200, "corrupt"),
    ],
)
def test_corrupt_file_is_an_error_never_a_reset(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "bad.pedit"
    path.write_bytes(content)
    with pytest.raises(ProjectError, match=message):
        ProjectStore.open(path)
    assert path.read_bytes() == content  # untouched


def test_foreign_sqlite_and_newer_schema(tmp_path: Path, seed_document) -> None:
    foreign = tmp_path / "foreign.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)").connection.commit()
    with pytest.raises(ProjectError, match="different SQLite database"):
        ProjectStore.open(foreign)
    newer = tmp_path / "newer.pedit"
    with ProjectStore.create(newer, seed_document):
        pass
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.commit()
    conn.close()
    with pytest.raises(ProjectError, match="newer Posteditor"):
        ProjectStore.open(newer)


def test_create_does_not_leave_partial_files(tmp_path: Path, seed_document) -> None:
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document):
        pass
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert leftovers == []


def _run(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _stop(proc: subprocess.Popen[str]) -> None:
    proc.kill()
    proc.communicate()


def test_second_writer_is_told_the_project_is_in_use(tmp_path: Path, seed_document) -> None:
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document):
        pass
    holder = _run(
        """
        import sys, time
        from editor.core.store import ProjectStore
        store = ProjectStore.open(sys.argv[1])
        print("open", flush=True)
        time.sleep(60)
        """,
        str(path),
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with pytest.raises(ProjectInUseError, match="in use"):
            ProjectStore.open(path)
        with ProjectStore.open(path, readonly=True) as reader:  # readers are welcome
            assert len(reader.load_document()) == len(seed_document)
    finally:
        _stop(holder)
    with ProjectStore.open(path):  # the lock died with the process
        pass


def test_writer_killed_mid_way_loses_no_saved_change(tmp_path: Path, seed_document) -> None:
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document):
        pass
    writer = _run(
        """
        import sys
        from editor.core.store import ProjectStore
        store = ProjectStore.open(sys.argv[1])
        doc = store.load_document()
        n = 0
        while True:
            for seg in doc:
                n += 1
                store.save_segment(seg.with_target(f"edit {n}"))
                print(seg.id, n, flush=True)
        """,
        str(path),
    )
    assert writer.stdout is not None
    acknowledged: dict[int, int] = {}
    deadline = time.monotonic() + 30
    saves = 0
    # Kill it mid-way through its second pass over the document.
    while saves < len(seed_document) * 3 // 2 and time.monotonic() < deadline:
        sid, n = map(int, writer.stdout.readline().split())
        acknowledged[sid] = n
        saves += 1
    assert saves == len(seed_document) * 3 // 2, "the writer stopped acknowledging saves"
    writer.send_signal(signal.SIGKILL)
    _stop(writer)
    with ProjectStore.open(path) as store:
        doc = store.load_document()
    for sid, n in acknowledged.items():
        # Each acknowledged save is there (or a later one, saved before the kill landed).
        assert int(doc[sid].target.split()[1]) >= n


def test_fast_segment_rows_equal_the_dataclass_way(seed_document) -> None:
    """Reopening builds segments through slot descriptors; they must be what __init__ makes."""
    import dataclasses

    import pytest

    from editor.core.model import Origin
    from editor.core.snapshot import segment_from_row as _segment
    from editor.core.store import _segment_row

    samples = [
        seed_document[1],
        dataclasses.replace(
            seed_document[2], source_origin=None, target_origin=Origin(3, 4, 5, 6), key="k", note="n"
        ),
    ]
    for segment in samples:
        rebuilt = _segment(_segment_row(segment))
        assert rebuilt == segment
        assert type(rebuilt.target_origin) is type(segment.target_origin)
        assert hash(rebuilt) == hash(segment)
        with pytest.raises(dataclasses.FrozenInstanceError):
            rebuilt.target = "x"  # type: ignore[misc]


def test_segments_read_row_by_row_are_the_loaded_ones(tmp_path: Path, seed_document: Document) -> None:
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document) as store:
        store.save_segment(seed_document.set_target(4, "Neu.", SegmentStatus.CONFIRMED))
    with ProjectStore.open(path, readonly=True) as store:
        loaded = store.load_document()
        assert list(store.iter_segments()) == loaded.segments
        assert list(store.iter_segments(3, 5)) == loaded.segments[2:5]
        assert store.segment(4) == loaded[4] and store.segment(999) is None
        assert list(store.paragraph_rows()) == [(s.id, s.paragraph) for s in loaded]
        assert list(store.placement_rows()) == [(s.id, s.target, s.target_par, s.gap) for s in loaded]
        shell = store.empty_document()
        assert shell.segments == [] and shell.target_layout == loaded.target_layout
        assert (shell.source_lang, shell.target_lang, shell.source_name) == (
            loaded.source_lang,
            loaded.target_lang,
            loaded.source_name,
        )


def test_a_damaged_row_read_row_by_row_is_a_project_error(tmp_path: Path, seed_document: Document) -> None:
    path = tmp_path / "p.pedit"
    ProjectStore.create(path, seed_document).close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE segments SET status = 'lost' WHERE id = 7")
    with (
        ProjectStore.open(path, readonly=True) as store,
        pytest.raises(ProjectError, match="corrupt project"),
    ):
        list(store.iter_segments())
