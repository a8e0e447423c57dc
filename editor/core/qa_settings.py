"""The project's QA settings as a user changes them: checks turned on or off, severity
overrides, and issues ignored for good (listed, and shown again). The window's Check settings
dialog and ``posteditor config`` both work through here; the stored form is
editor.core.checks.persist's."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from editor.core.checks import CheckContext, CheckSettings, Issue, Severity, all_checks, check_segment
from editor.core.checks.persist import Ignored, save_settings
from editor.core.errors import UsageError
from editor.core.model import Document
from editor.core.store import ProjectStore

IgnoredKey = tuple[int, str, str]  # (segment id, check id, issue fingerprint)


@dataclass(frozen=True, slots=True)
class CheckChoice:
    """One registered check as the project has it."""

    id: str
    name: str
    description: str
    default: Severity
    enabled: bool
    override: Severity | None  # None: the check's own severity

    @property
    def severity(self) -> Severity:
        return self.override or self.default


def check_choices(settings: CheckSettings) -> list[CheckChoice]:
    """Every registered check, in display order, with the project's choice for it."""
    return [
        CheckChoice(
            check.id,
            check.name,
            check.description,
            check.severity,
            settings.enabled(check.id),
            settings.severities.get(check.id),
        )
        for check in all_checks()
    ]


def settings_of(choices: Iterable[CheckChoice]) -> CheckSettings:
    """The settings that make these choices (overrides equal to the default are dropped)."""
    choices = list(choices)
    return CheckSettings(
        disabled=frozenset(c.id for c in choices if not c.enabled),
        severities={c.id: c.override for c in choices if c.override and c.override is not c.default},
    )


def changed_settings(
    settings: CheckSettings,
    *,
    enable: Iterable[str] = (),
    disable: Iterable[str] = (),
    severities: Mapping[str, Severity | None] | None = None,
) -> CheckSettings:
    """``settings`` with checks turned on or off and severities overridden (None: back to the
    check's own). Raises UsageError naming an unknown check id."""
    choices = {choice.id: choice for choice in check_choices(settings)}
    wanted: list[tuple[str, dict[str, object]]] = [(i, {"enabled": True}) for i in enable]
    wanted += [(i, {"enabled": False}) for i in disable]
    wanted += [(i, {"override": s}) for i, s in (severities or {}).items()]
    for check_id, change in wanted:
        if check_id not in choices:
            known = ", ".join(sorted(choices))
            raise UsageError(f"unknown check {check_id!r} (known: {known})")
        choices[check_id] = replace(choices[check_id], **change)  # type: ignore[arg-type]
    return replace(settings_of(choices.values()), options=settings.options)


def store_settings(store: ProjectStore, settings: CheckSettings) -> None:
    """Keep the choice for every registered check in the project (one transaction)."""
    save_settings(store, settings, [check.id for check in all_checks()])


@dataclass(frozen=True, slots=True)
class IgnoredIssue:
    """An issue the user ignored for good; ``issue`` is it as the check finds it now, or
    None when the segment's text changed so that the check no longer finds it."""

    segment: int
    check: str
    fingerprint: str
    issue: Issue | None

    @property
    def key(self) -> IgnoredKey:
        return self.segment, self.check, self.fingerprint


def ignored_issues(document: Document, context: CheckContext, ignored: Ignored) -> list[IgnoredIssue]:
    """Every ignored issue in segment order, found again by running the checks (all of
    them, so that a check turned off since still names its issues) on its segment."""
    everything = CheckContext(
        context.source_lang,
        context.target_lang,
        CheckSettings(severities=context.settings.severities, options=context.settings.options),
        context.stats,
    )
    found: list[IgnoredIssue] = []
    for segment_id in sorted(ignored):
        try:
            segment = document[segment_id]
        except KeyError:
            now: dict[tuple[str, str], Issue] = {}
        else:
            now = {(i.check, i.fingerprint): i for i in check_segment(segment, everything)}
        for check_id, fingerprint in sorted(ignored[segment_id]):
            found.append(IgnoredIssue(segment_id, check_id, fingerprint, now.get((check_id, fingerprint))))
    return found


def unignore(store: ProjectStore, keys: Iterable[IgnoredKey]) -> None:
    """Show these ignored issues again (one transaction)."""
    with store.transaction() as conn:
        conn.executemany(
            "DELETE FROM ignored_issues WHERE segment_id = ? AND check_id = ? AND fingerprint = ?",
            list(keys),
        )


def select_ignored(ignored: Ignored, spec: str) -> list[IgnoredKey]:
    """The ignored issues a command-line spec names: ``all``, ``SEGMENT``, ``SEGMENT:CHECK``
    or ``SEGMENT:CHECK:FINGERPRINT``. Raises UsageError when it names none."""
    keys = [(s, c, f) for s, pairs in ignored.items() for c, f in pairs]
    if spec.strip().lower() == "all":
        chosen = keys
    else:
        parts = spec.split(":")
        if not 1 <= len(parts) <= 3 or not parts[0].strip().isdigit():
            raise UsageError(
                f"--unignore {spec!r}: expected all, SEGMENT, SEGMENT:CHECK or SEGMENT:CHECK:FINGERPRINT"
            )
        segment = int(parts[0])
        chosen = [
            k for k in keys if k[0] == segment and all(k[i] == p.strip() for i, p in enumerate(parts[1:], 1))
        ]
    if not chosen:
        raise UsageError(f"--unignore {spec!r}: no ignored issue matches")
    return sorted(chosen)


def parse_severity(spec: str) -> tuple[str, Severity | None]:
    """``ID=SEVERITY`` from the command line; ``ID=default`` gives the check its own back."""
    check_id, sep, value = spec.partition("=")
    if not sep or not check_id.strip() or not value.strip():
        raise UsageError(f"--severity {spec!r}: expected CHECK=SEVERITY, e.g. punctuation=info")
    if value.strip().lower() == "default":
        return check_id.strip(), None
    try:
        return check_id.strip(), Severity.parse(value)
    except ValueError as exc:
        raise UsageError(f"--severity {spec!r}: {exc}") from None
