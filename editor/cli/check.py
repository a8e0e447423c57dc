"""``posteditor check INPUT…``: the QA checks, as linter-style lines or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import IO, Any

from editor.cli.inputs import add_language_options, load, report
from editor.core.checks import CheckSettings, Issue, Severity, all_checks, build_context, check_document
from editor.core.checks.persist import load_ignored, load_settings
from editor.core.checks.streamed import Located, ProjectCheck, check_project
from editor.core.errors import UsageError
from editor.core.model import Document
from editor.core.positions import Position, Positions
from editor.core.store import ProjectStore, is_project_file

JSON_VERSION = 1


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="run the QA checks; exit 1 when issues at --fail-on or above")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="a project, or SOURCE TARGET")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.add_argument("--select", metavar="IDS", help="only these checks (comma-separated ids)")
    p.add_argument("--ignore", metavar="IDS", help="skip these checks (comma-separated ids)")
    p.add_argument(
        "--fail-on",
        default="error",
        metavar="SEVERITY",
        help="exit 1 when an issue is at least this severe: error (default), warning, info, never",
    )
    p.add_argument("--list", action="store_true", help="list the checks and exit")
    add_language_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.list:
        return _list_checks(args.json)
    if not args.inputs:
        raise UsageError("check needs a project, a bilingual file, or SOURCE TARGET")
    # Options first: a typo should not cost an import.
    fail_on = None if args.fail_on.strip().lower() == "never" else _severity(args.fail_on)
    selected, skipped = _ids(args.select, "--select"), _ids(args.ignore, "--ignore")
    checked = _check_project(args.inputs, selected, skipped)
    if checked is None:
        checked = _check_input(args, selected, skipped)
    document, segments, files, located = checked
    if args.json:
        _write_json(sys.stdout, document, segments, files, located)
    else:
        _print_lines(files, located)
    if fail_on is None:
        return 0
    return 1 if any(issue.severity.at_least(fail_on) for issue, _ in located) else 0


Checked = tuple[Document, int, dict[str, str], list[Located]]  # document (maybe no segments), size


def _check_project(inputs: list[str], selected: set[str], skipped: set[str]) -> Checked | None:
    """A project checked as it is streamed from the file (never loaded whole), or None for
    other input."""
    if len(inputs) != 1 or not Path(inputs[0]).is_file() or not is_project_file(inputs[0]):
        return None
    with ProjectStore.open(inputs[0], readonly=True) as store:
        settings, ignored = _settings(store, selected, skipped), load_ignored(store)
        result = check_project(store, settings, ignored)
        if result is None:  # cannot be streamed: load it
            document = store.load_document()
            located = _locate(document, check_document(document, build_context(document, settings), ignored))
            result = ProjectCheck(document, len(document), located)
    files = {"source": result.document.source_name, "target": str(store.path)}
    return result.document, result.segments, files, result.issues


def _check_input(args: argparse.Namespace, selected: set[str], skipped: set[str]) -> Checked:
    loaded = load(args.inputs, args)
    try:
        report(loaded)
        settings = _settings(loaded.store, selected, skipped)
        ignored = load_ignored(loaded.store) if loaded.store else {}
        document = loaded.document
        located = _locate(document, check_document(document, build_context(document, settings), ignored))
        files = {"source": document.source_name, "target": loaded.target_file}
    finally:
        loaded.close()
    return document, len(document), files, located


def _locate(document: Document, issues: list[Issue]) -> list[Located]:
    positions = Positions(document)
    return [(issue, positions.locate(issue.segment, issue.side, issue.start, issue.end)) for issue in issues]


def _severity(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError as exc:
        raise UsageError(f"--fail-on: {exc}") from None


def _ids(text: str | None, option: str) -> set[str]:
    if not text:
        return set()
    ids = {part.strip() for part in text.split(",") if part.strip()}
    known = {check.id for check in all_checks()}
    unknown = sorted(ids - known)
    if unknown:
        raise UsageError(f"{option}: unknown check {', '.join(unknown)} (known: {', '.join(sorted(known))})")
    return ids


def _settings(store: ProjectStore | None, selected: set[str], skipped: set[str]) -> CheckSettings:
    """The project's stored settings (if any) with the command's filters."""
    stored = load_settings(store) if store else CheckSettings()
    disabled = set(stored.disabled) | skipped
    if selected:
        # An explicit --select runs those checks even when the project turned them off.
        disabled = {c.id for c in all_checks() if c.id not in selected} | skipped
    return CheckSettings(disabled=frozenset(disabled), severities=stored.severities)


def _print_lines(files: dict[str, str], located: list[Located]) -> None:
    for issue, (line, col, _, _) in located:
        suggestion = ""
        if issue.suggestion is not None:
            suggestion = f" -> {issue.suggestion}" if issue.suggestion else " -> (delete)"
        print(
            f"{files[issue.side]}:{line}:{col}: {issue.severity.value} {issue.check} "
            f"{issue.message}{suggestion}"
        )
    counts = Counter(issue.severity.value for issue, _ in located)
    detail = ", ".join(f"{counts[s.value]} {s.value}" for s in Severity if counts[s.value])
    print(f"posteditor: {len(located)} issues" + (f" ({detail})" if detail else ""), file=sys.stderr)


def _write_json(
    out: IO[str], document: Document, segments: int, files: dict[str, str], located: list[Located]
) -> None:
    """The report as ``json.dumps(report, ensure_ascii=False, indent=1)`` would print it, written
    issue by issue: the issues of a big project are never all held as JSON at once."""
    head = {
        "version": JSON_VERSION,
        "files": files,
        "languages": {"source": document.source_lang, "target": document.target_lang},
    }
    text = json.dumps(head, ensure_ascii=False, indent=1)
    out.write(text[:-2] + ',\n "issues": [')
    by_severity: Counter[str] = Counter()
    by_check: Counter[str] = Counter()
    for n, (issue, position) in enumerate(located):
        entry = _entry(issue, position)
        by_severity[entry["severity"]] += 1
        by_check[entry["check"]] += 1
        item = json.dumps(entry, ensure_ascii=False, indent=1).replace("\n", "\n  ")
        out.write(("," if n else "") + "\n  " + item)
    summary = {
        "segments": segments,
        "issues": len(located),
        "by_severity": dict(by_severity),
        "by_check": dict(by_check),
    }
    tail = json.dumps({"summary": summary}, ensure_ascii=False, indent=1)
    out.write(("\n ]" if located else "]") + ",\n" + tail[2:] + "\n")


def _entry(issue: Issue, position: Position) -> dict[str, Any]:
    line, col, end_line, end_col = position
    entry: dict[str, Any] = {
        "check": issue.check,
        "severity": issue.severity.value,
        "category": issue.category,
        "segment": issue.segment,
        "side": issue.side,
        "start": issue.start,
        "end": issue.end,
        "line": line,
        "col": col,
        "end_line": end_line,
        "end_col": end_col,
        "text": issue.text,
        "message": issue.message,
    }
    if issue.suggestion is not None:
        entry["suggestion"] = issue.suggestion
    return entry


def _list_checks(as_json: bool) -> int:
    rows = [
        {
            "id": c.id,
            "name": c.name,
            "severity": c.severity.value,
            "category": c.category,
            "description": c.description,
        }
        for c in all_checks()
    ]
    if as_json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    id_width = max(len(r["id"]) for r in rows)
    category_width = max(len(r["category"]) for r in rows)
    for r in rows:
        print(f"{r['id']:<{id_width}}  {r['severity']:<7}  {r['category']:<{category_width}}  {r['name']}")
    return 0
