"""The project file: SQLite with a schema version, migrations, a writer lock and durable edits.

Every change is one committed transaction in WAL mode with ``synchronous=FULL``: a process
killed at any moment loses no change that a save call returned from.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import IO, Any

from editor.core.errors import ProjectError, ProjectInUseError
from editor.core.follow_edits import follow_edits
from editor.core.gcpause import gc_paused
from editor.core.model import Document, Origin, Segment, TextLayout
from editor.core.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION
from editor.core.snapshot import checksum, decode, encode, overlay, segment_from_row

try:
    import fcntl
except ImportError:  # pragma: no cover - not POSIX
    fcntl = None  # type: ignore[assignment]

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
PROJECT_SUFFIX = ".pedit"

_COLUMNS = (
    "id, paragraph, source, mt, target, status, kind, score, "
    "s_line, s_col, s_end_line, s_end_col, t_line, t_col, t_end_line, t_end_col, "
    "target_par, gap, key, note"
)


def is_project_file(path: str | Path) -> bool:
    """True when the file starts like an SQLite database (it may still be a foreign one)."""
    try:
        with open(path, "rb") as fh:
            return fh.read(16) == SQLITE_MAGIC
    except OSError:
        return False


def _origin_row(origin: Origin | None) -> tuple[int | None, ...]:
    if origin is None:
        return (None, None, None, None)
    return (origin.line, origin.col, origin.end_line, origin.end_col)


def _segment_row(seg: Segment) -> tuple[object, ...]:
    return (
        seg.id,
        seg.paragraph,
        seg.source,
        seg.mt,
        None if seg.target == seg.mt else seg.target,  # NULL: the MT unchanged
        seg.status.value,
        seg.kind,
        seg.score,
        *_origin_row(seg.source_origin),
        *_origin_row(seg.target_origin),
        seg.target_par,
        seg.gap,
        seg.key,
        seg.note,
    )


class ProjectStore:
    """An open project file. Use ``create`` or ``open``; close it (or use ``with``)."""

    def __init__(
        self,
        path: Path,
        conn: sqlite3.Connection,
        lock: IO[str] | None,
        *,
        readonly: bool,
        copy: bool = False,
    ) -> None:
        self.path = path
        self._conn = conn
        self._lock = lock
        self.readonly = readonly
        # Read from a migrated copy in memory (an older project opened read-only): another
        # connection to the file would see the old schema.
        self.in_memory_copy = copy

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def create(cls, path: str | Path, document: Document, *, overwrite: bool = True) -> ProjectStore:
        """Write a new project for ``document`` atomically and open it for writing."""
        target = Path(path)
        if target.exists() and not overwrite:
            raise ProjectError(target, "already exists")
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        for leftover in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        try:
            conn = sqlite3.connect(tmp)
            try:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                _migrate(conn, 0)
                _write_document(conn, document)
                conn.commit()
            finally:
                conn.close()
            lock = _acquire_lock(target)
            os.replace(tmp, target)
        except sqlite3.Error as exc:
            raise ProjectError(target, f"cannot create project: {exc}") from None
        except OSError as exc:
            raise ProjectError(target, f"cannot create project: {exc.strerror or exc}") from None
        finally:
            with contextlib.suppress(FileNotFoundError):
                tmp.unlink()
        return cls(target, _connect(target, readonly=False), lock, readonly=False)

    @classmethod
    def open(cls, path: str | Path, *, readonly: bool = False) -> ProjectStore:
        """Open an existing project. An older schema is migrated: in the file when opened for
        writing, in a copy in memory when read-only."""
        target = Path(path)
        if not target.is_file():
            raise ProjectError(target, "no such project file")
        if not is_project_file(target):
            raise ProjectError(target, "not a Posteditor project (not an SQLite database)")
        lock = None if readonly else _acquire_lock(target)
        try:
            conn = _connect(target, readonly=readonly)
            version = _check_identity(conn, target)
            copy = readonly and version < SCHEMA_VERSION
            if version < SCHEMA_VERSION:
                if readonly:
                    conn = _upgraded_copy(conn, version)  # the file itself stays as it is
                else:
                    _migrate(conn, version)
        except sqlite3.DatabaseError as exc:
            _release(lock)
            raise ProjectError(target, f"corrupt or unreadable project: {exc}") from None
        except ProjectError:
            _release(lock)
            raise
        return cls(target, conn, lock, readonly=readonly, copy=copy)

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(sqlite3.Error):
                if not self.readonly:
                    self._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            self._conn.close()
        _release(self._lock)
        self._lock = None

    def __enter__(self) -> ProjectStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """For core modules that keep their own tables in the project (review, effort)."""
        return self._conn

    # -- reading -------------------------------------------------------------------------

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return default if row is None else str(row[0])

    def load_document(self) -> Document:
        try:
            with gc_paused():
                segments = _read_snapshot(self._conn)
                if segments is None:  # a project from before snapshots, or a damaged one
                    # Row by row, not fetchall: each row is dropped once its segment is
                    # built, so the rows of a big project are never all in memory at once.
                    rows = self._conn.execute(f"SELECT {_COLUMNS} FROM segments ORDER BY id")
                    segments = [segment_from_row(r) for r in rows]
                    if not self.readonly:
                        self._rewrite_snapshot(segments)
        except (sqlite3.DatabaseError, ValueError, TypeError, KeyError, IndexError) as exc:
            raise ProjectError(self.path, f"corrupt project: {exc}") from None
        return self._document(segments)

    def empty_document(self) -> Document:
        """The document's languages, names, format and layout, with no segments: what goes
        with :meth:`iter_segments` when a project is streamed rather than loaded."""
        return self._document([])

    def _document(self, segments: list[Segment]) -> Document:
        try:
            layout = _layout(self.meta("target_layout"))
            return Document(
                source_lang=self.meta("source_lang") or "",
                target_lang=self.meta("target_lang") or "",
                segments=segments,
                source_name=self.meta("source_name") or "",
                target_name=self.meta("target_name") or "",
                format=self.meta("format") or "text",
                target_layout=layout,
            )
        except (sqlite3.DatabaseError, ValueError, TypeError, KeyError) as exc:
            raise ProjectError(self.path, f"corrupt project: {exc}") from None

    def iter_segments(self, first_id: int | None = None, last_id: int | None = None) -> Iterator[Segment]:
        """The segments in order (those with ids from ``first_id`` to ``last_id`` when
        given), read row by row: a big project is never all in memory at once."""
        where, bounds = "", tuple[int, ...]()
        if first_id is not None and last_id is not None:
            where, bounds = "WHERE id BETWEEN ? AND ?", (first_id, last_id)
        try:
            for row in self._conn.execute(f"SELECT {_COLUMNS} FROM segments {where} ORDER BY id", bounds):
                yield segment_from_row(row)
        except (sqlite3.DatabaseError, ValueError, TypeError, KeyError, IndexError) as exc:
            raise ProjectError(self.path, f"corrupt project: {exc}") from None

    def placement_rows(self) -> Iterator[tuple[int, str, int | None, str]]:
        """(id, current target, target paragraph, gap) of every segment in order: what laying
        out the target file needs, and no more."""
        yield from self._rows("SELECT id, COALESCE(target, mt), target_par, gap FROM segments ORDER BY id")

    def paragraph_rows(self) -> Iterator[tuple[int, int]]:
        """(id, paragraph) of every segment in order: what planning a streamed pass needs."""
        yield from self._rows("SELECT id, paragraph FROM segments ORDER BY id")

    def _rows(self, query: str) -> Iterator[Any]:
        try:
            yield from self._conn.execute(query)
        except sqlite3.DatabaseError as exc:
            raise ProjectError(self.path, f"corrupt project: {exc}") from None

    def segment(self, segment_id: int) -> Segment | None:
        """One segment as stored now, or None when there is no such id."""
        return next(self.iter_segments(segment_id, segment_id), None)

    def _rewrite_snapshot(self, segments: list[Segment]) -> None:
        """Write the snapshot again from segments read from the rows. It only speeds up the
        next opening: when it cannot be written (a full disk), the project opens all the same."""
        try:
            with self.transaction() as conn:
                _write_snapshot(conn, segments)
        except ProjectError as exc:
            log.warning("%s: snapshot not written (%s); the project opens from its rows", self.path, exc)

    def original(self, name: str) -> bytes | None:
        """A file kept verbatim at import (a bilingual file, for round trips)."""
        row = self._conn.execute("SELECT data FROM originals WHERE name = ?", (name,)).fetchone()
        return None if row is None else bytes(row[0])

    # -- writing -------------------------------------------------------------------------

    def _writable(self) -> None:
        if self.readonly:
            raise ProjectError(self.path, "opened read-only")

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed transaction; rolled back if the block raises."""
        self._writable()
        try:
            with self._conn:
                yield self._conn
        except sqlite3.Error as exc:
            raise ProjectError(self.path, f"cannot save: {exc}") from None

    def save_segment(self, segment: Segment) -> None:
        """Persist one segment's target, status and note; returns once it is on disk."""
        self.save_segments((segment,))

    def save_segments(self, segments: Iterable[Segment]) -> None:
        """Persist targets, statuses and notes in one transaction. Review annotations on an
        edited target follow the edit (see :mod:`editor.core.follow_edits`) in the same transaction."""
        segments = list(segments)
        now = time.time()
        with self.transaction() as conn:
            follow_edits(conn, segments)
            conn.executemany(
                "UPDATE segments SET target = NULLIF(?, mt), status = ?, note = ?, modified = ? WHERE id = ?",
                [(s.target, s.status.value, s.note, now, s.id) for s in segments],
            )

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def set_original(self, name: str, data: bytes) -> None:
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO originals (name, data) VALUES (?, ?)", (name, data))


def _layout(layout_json: str | None) -> TextLayout | None:
    if not layout_json:
        return None
    raw = json.loads(layout_json)
    return TextLayout(
        head=raw["head"],
        leads=tuple(raw["leads"]),
        separators=tuple(raw["separators"]),
        encoding=raw["encoding"],
        bom=raw["bom"],
        newline=raw["newline"],
    )


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    # One thread uses a store at a time, but not always the one that opened it: the window
    # opens big projects in a worker thread and hands the store to the GUI thread.
    if readonly:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
    else:
        conn = sqlite3.connect(path, timeout=5.0, check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _check_identity(conn: sqlite3.Connection, path: Path) -> int:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    if app_id != APPLICATION_ID:
        raise ProjectError(path, "not a Posteditor project (a different SQLite database)")
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    if version > SCHEMA_VERSION:
        raise ProjectError(
            path,
            f"made by a newer Posteditor (schema {version}; this version reads up to "
            f"{SCHEMA_VERSION}); please upgrade",
        )
    return version


def _migrate(conn: sqlite3.Connection, version: int) -> None:
    for number, (_name, script) in enumerate(MIGRATIONS[version:], start=version + 1):
        # executescript commits first; the version bump goes in the same script.
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version = {number};\nCOMMIT;")


def _upgraded_copy(conn: sqlite3.Connection, version: int) -> sqlite3.Connection:
    """An in-memory copy of an older project, migrated: a read-only open of a project made
    by an earlier version reads it with today's schema and never writes to the file."""
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    try:
        conn.backup(copy)
        _migrate(copy, version)
    except sqlite3.Error:
        copy.close()
        raise
    finally:
        conn.close()
    return copy


def _write_document(conn: sqlite3.Connection, doc: Document) -> None:
    meta = {
        "source_lang": doc.source_lang,
        "target_lang": doc.target_lang,
        "source_name": doc.source_name,
        "target_name": doc.target_name,
        "format": doc.format,
        "created": str(time.time()),
    }
    if doc.target_layout is not None:
        lay = doc.target_layout
        meta["target_layout"] = json.dumps(
            {
                "head": lay.head,
                "leads": list(lay.leads),
                "separators": list(lay.separators),
                "encoding": lay.encoding,
                "bom": lay.bom,
                "newline": lay.newline,
            }
        )
    conn.executemany("INSERT INTO meta (key, value) VALUES (?, ?)", list(meta.items()))
    placeholders = ", ".join("?" * 20)
    conn.executemany(
        f"INSERT INTO segments ({_COLUMNS}) VALUES ({placeholders})",
        (_segment_row(s) for s in doc.segments),
    )
    _write_snapshot(conn, doc.segments)


def _write_snapshot(conn: sqlite3.Connection, segments: Sequence[Segment]) -> None:
    """Segments column by column (see editor/core/snapshot.py), in the caller's transaction."""
    conn.execute("DELETE FROM snapshot")
    try:
        chunks = list(encode(segments))
    except OverflowError:  # a number beyond 32 bits: no snapshot, reopening reads the rows
        return
    conn.executemany("INSERT INTO snapshot VALUES (?, ?, ?, ?, ?, ?, ?, ?)", chunks)


_SNAPSHOT_COLUMNS = "numbers, scores, texts, lengths, vocabulary"


def _read_snapshot(conn: sqlite3.Connection) -> list[Segment] | None:
    """The segments from the snapshot with the edited rows laid over, or None when the
    snapshot is missing or does not match the rows (the caller then reads the rows)."""
    if conn.execute("SELECT NOT EXISTS (SELECT 1 FROM snapshot)").fetchone()[0]:
        return None
    # The texts come from the rows, in one query: SQLite hands over three values per row
    # instead of twenty, and the project holds each text once.
    rows = conn.execute("SELECT id, source, mt FROM segments ORDER BY id").fetchall()
    if not rows:
        return None
    row_ids, sources, mts = zip(*rows, strict=True)
    del rows
    count = len(sources)
    segments: list[Segment] = []
    chunks = conn.execute(f"SELECT chunk, size, {_SNAPSHOT_COLUMNS}, checksum FROM snapshot ORDER BY chunk")
    try:
        for expected, (chunk, size, numbers, scores, text, lengths, vocabulary, crc) in enumerate(chunks):
            start = len(segments)
            columns = (numbers, scores, text, lengths, vocabulary)
            if chunk != expected or start + size > count or checksum(*columns) != crc:
                return None
            part = slice(start, start + size)
            segments += decode(size, *columns, sources[part], mts[part])
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):  # not as written
        return None
    del sources, mts
    ids = [segment.id for segment in segments]
    if ids != list(row_ids):  # the rows were added, removed or renumbered since
        return None
    edited = conn.execute(
        "SELECT id, target, status, note FROM segments WHERE modified IS NOT NULL"
    ).fetchall()
    if edited:
        index = dict(zip(ids, range(count), strict=True))
        for ident, target, status, note in edited:
            if ident not in index:
                return None
            overlay(segments[index[ident]], target, status, note)
    return segments


def _lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _acquire_lock(path: Path) -> IO[str] | None:
    """Take the single-writer lock; released by the OS when the process dies."""
    if fcntl is None:  # pragma: no cover
        return None
    lock_path = _lock_path(path)
    try:
        fh = open(lock_path, "a+", encoding="utf-8")
    except OSError as exc:
        raise ProjectError(path, f"cannot lock: {exc.strerror or exc}") from None
    try:
        fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        fh.seek(0)
        holder = fh.read().strip() or "another process"
        fh.close()
        raise ProjectInUseError(
            path, f"in use: opened for writing by {holder}; close it there first"
        ) from None
    fh.seek(0)
    fh.truncate()
    fh.write(f"process {os.getpid()}")
    fh.flush()
    return fh


def _release(lock: IO[str] | None) -> None:
    if lock is not None:
        with contextlib.suppress(OSError):
            lock.close()
