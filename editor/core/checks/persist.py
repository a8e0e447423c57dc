"""Check settings and ignored issues, kept in the project file."""

from __future__ import annotations

from collections.abc import Iterable

from editor.core.checks.base import CheckSettings, Issue, Severity
from editor.core.store import ProjectStore

Ignored = dict[int, set[tuple[str, str]]]  # segment id -> {(check id, fingerprint)}


def load_settings(store: ProjectStore) -> CheckSettings:
    """The project's check choices: checks turned off and severity overrides."""
    rows = store.connection.execute("SELECT check_id, enabled, severity FROM check_settings").fetchall()
    disabled = frozenset(check for check, enabled, _ in rows if not enabled)
    severities = {}
    for check, _, severity in rows:
        if severity:
            try:
                severities[check] = Severity.parse(severity)
            except ValueError:
                continue  # written by a newer version: keep the check's default
    return CheckSettings(disabled=disabled, severities=severities)


def save_settings(store: ProjectStore, settings: CheckSettings, check_ids: Iterable[str]) -> None:
    """Store the choice for every check in ``check_ids`` in one transaction."""
    with store.transaction() as conn:
        conn.execute("DELETE FROM check_settings")
        conn.executemany(
            "INSERT INTO check_settings (check_id, enabled, severity) VALUES (?, ?, ?)",
            [
                (
                    check,
                    int(settings.enabled(check)),
                    settings.severities[check].value if check in settings.severities else None,
                )
                for check in check_ids
            ],
        )


def load_ignored(store: ProjectStore) -> Ignored:
    """Every dismissed issue, by segment; pass ``ignored.get(segment_id, ())`` to checks."""
    ignored: Ignored = {}
    for segment, check, fingerprint in store.connection.execute(
        "SELECT segment_id, check_id, fingerprint FROM ignored_issues"
    ):
        ignored.setdefault(segment, set()).add((check, fingerprint))
    return ignored


def ignore(store: ProjectStore, issue: Issue) -> None:
    """Dismiss ``issue`` for good: it stays hidden through re-checks and edits elsewhere."""
    with store.transaction() as conn:
        conn.execute(
            "INSERT OR IGNORE INTO ignored_issues (segment_id, check_id, fingerprint) VALUES (?, ?, ?)",
            (issue.segment, issue.check, issue.fingerprint),
        )


def unignore(store: ProjectStore, issue: Issue) -> None:
    with store.transaction() as conn:
        conn.execute(
            "DELETE FROM ignored_issues WHERE segment_id = ? AND check_id = ? AND fingerprint = ?",
            (issue.segment, issue.check, issue.fingerprint),
        )
