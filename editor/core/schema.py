"""The project file's schema as an ordered list of migrations; version = migrations applied."""

from __future__ import annotations

# Each entry upgrades the schema by one version. Append only: never edit a released step.
MIGRATIONS: tuple[tuple[str, str], ...] = (
    (
        "core",
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE segments (
            id INTEGER PRIMARY KEY,
            paragraph INTEGER NOT NULL,
            source TEXT NOT NULL,
            mt TEXT NOT NULL,
            target TEXT NOT NULL,
            status TEXT NOT NULL,
            kind TEXT NOT NULL,
            score REAL NOT NULL,
            s_line INTEGER, s_col INTEGER, s_end_line INTEGER, s_end_col INTEGER,
            t_line INTEGER, t_col INTEGER, t_end_line INTEGER, t_end_col INTEGER,
            target_par INTEGER,
            gap TEXT NOT NULL,
            key TEXT,
            note TEXT NOT NULL DEFAULT '',
            modified REAL
        );
        CREATE TABLE originals (name TEXT PRIMARY KEY, data BLOB NOT NULL);
        """,
    ),
    (
        "qa-settings",
        """
        CREATE TABLE check_settings (
            check_id TEXT PRIMARY KEY,
            enabled INTEGER NOT NULL DEFAULT 1,
            severity TEXT
        );
        CREATE TABLE ignored_issues (
            segment_id INTEGER NOT NULL,
            check_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            PRIMARY KEY (segment_id, check_id, fingerprint)
        );
        """,
    ),
    (
        "effort",
        """
        CREATE TABLE effort (
            segment_id INTEGER PRIMARY KEY,
            seconds REAL NOT NULL DEFAULT 0,
            visits INTEGER NOT NULL DEFAULT 0,
            keystrokes INTEGER NOT NULL DEFAULT 0,
            insertions INTEGER NOT NULL DEFAULT 0,
            deletions INTEGER NOT NULL DEFAULT 0,
            navigation INTEGER NOT NULL DEFAULT 0,
            control INTEGER NOT NULL DEFAULT 0
        );
        """,
    ),
    (
        "review",
        """
        CREATE TABLE review_annotations (
            id INTEGER PRIMARY KEY,
            segment_id INTEGER NOT NULL,
            rater TEXT NOT NULL,
            side TEXT NOT NULL,
            start INTEGER NOT NULL,
            end INTEGER NOT NULL,
            category TEXT NOT NULL,
            severity TEXT NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            origin TEXT NOT NULL DEFAULT '',
            seq INTEGER NOT NULL,
            modified REAL
        );
        CREATE INDEX review_annotations_segment ON review_annotations (segment_id);
        CREATE TABLE review_ratings (
            segment_id INTEGER NOT NULL,
            rater TEXT NOT NULL,
            score REAL,
            comment TEXT NOT NULL DEFAULT '',
            seq INTEGER NOT NULL,
            PRIMARY KEY (segment_id, rater)
        );
        CREATE TABLE review_suggestions (
            segment_id INTEGER NOT NULL,
            check_id TEXT NOT NULL,
            fingerprint TEXT NOT NULL,
            accepted INTEGER NOT NULL,
            PRIMARY KEY (segment_id, check_id, fingerprint)
        );
        """,
    ),
    (
        # A target nobody edited is stored as NULL ("the MT unchanged"): a reopened project
        # reads and decodes one text per segment less, and holds the text once in memory.
        "shared-target",
        """
        CREATE TABLE segments_shared (
            id INTEGER PRIMARY KEY,
            paragraph INTEGER NOT NULL,
            source TEXT NOT NULL,
            mt TEXT NOT NULL,
            target TEXT,
            status TEXT NOT NULL,
            kind TEXT NOT NULL,
            score REAL NOT NULL,
            s_line INTEGER, s_col INTEGER, s_end_line INTEGER, s_end_col INTEGER,
            t_line INTEGER, t_col INTEGER, t_end_line INTEGER, t_end_col INTEGER,
            target_par INTEGER,
            gap TEXT NOT NULL,
            key TEXT,
            note TEXT NOT NULL DEFAULT '',
            modified REAL
        );
        INSERT INTO segments_shared
            SELECT id, paragraph, source, mt, NULLIF(target, mt), status, kind, score,
                   s_line, s_col, s_end_line, s_end_col, t_line, t_col, t_end_line, t_end_col,
                   target_par, gap, key, note, modified
            FROM segments;
        DROP TABLE segments;
        ALTER TABLE segments_shared RENAME TO segments;
        """,
    ),
    (
        # The segments column by column, as written (editor/core/snapshot.py): reopening
        # reads these chunks plus the rows edited since. A migration that rewrites segment
        # rows must DELETE FROM snapshot (the store then rebuilds it from the rows).
        "snapshot",
        """
        CREATE TABLE snapshot (
            chunk INTEGER PRIMARY KEY,
            size INTEGER NOT NULL,
            numbers BLOB NOT NULL,
            scores BLOB NOT NULL,
            texts TEXT NOT NULL,
            lengths BLOB NOT NULL,
            vocabulary TEXT NOT NULL,
            checksum INTEGER NOT NULL
        );
        """,
    ),
)

SCHEMA_VERSION = len(MIGRATIONS)
APPLICATION_ID = 0x50454454  # "PEDT": marks a SQLite file as a Posteditor project
