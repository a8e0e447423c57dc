"""``posteditor check INPUT…``: the QA checks, as linter-style lines or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from typing import Any

from editor.cli.inputs import LoadedInput, add_language_options, load, report
from editor.core.checks import CheckSettings, Issue, Severity, all_checks, build_context, check_document
from editor.core.checks.persist import load_ignored, load_settings
from editor.core.errors import UsageError
from editor.core.positions import Positions

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
    loaded = load(args.inputs, args)
    try:
        report(loaded)
        issues = _issues(loaded, selected, skipped)
        positions = Positions(loaded.document)
        located = [
            (issue, positions.locate(issue.segment, issue.side, issue.start, issue.end)) for issue in issues
        ]
        files = {"source": loaded.document.source_name, "target": loaded.target_file}
    finally:
        loaded.close()
    if args.json:
        print(json.dumps(_as_json(loaded, files, located), ensure_ascii=False, indent=1))
    else:
        _print_lines(files, located)
    if fail_on is None:
        return 0
    return 1 if any(issue.severity.at_least(fail_on) for issue in issues) else 0


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


def _issues(loaded: LoadedInput, selected: set[str], skipped: set[str]) -> list[Issue]:
    """Every issue, with the project's stored settings and ignores and the command's filters."""
    stored = load_settings(loaded.store) if loaded.store else CheckSettings()
    ignored = load_ignored(loaded.store) if loaded.store else {}
    disabled = set(stored.disabled) | skipped
    if selected:
        # An explicit --select runs those checks even when the project turned them off.
        disabled = {c.id for c in all_checks() if c.id not in selected} | skipped
    settings = CheckSettings(disabled=frozenset(disabled), severities=stored.severities)
    document = loaded.document
    return check_document(document, build_context(document, settings), ignored)


def _print_lines(files: dict[str, str], located: list[tuple[Issue, tuple[int, int, int, int]]]) -> None:
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


def _as_json(
    loaded: LoadedInput, files: dict[str, str], located: list[tuple[Issue, tuple[int, int, int, int]]]
) -> dict[str, Any]:
    doc = loaded.document
    issues = []
    for issue, (line, col, end_line, end_col) in located:
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
        issues.append(entry)
    return {
        "version": JSON_VERSION,
        "files": files,
        "languages": {"source": doc.source_lang, "target": doc.target_lang},
        "issues": issues,
        "summary": {
            "segments": len(doc),
            "issues": len(issues),
            "by_severity": dict(Counter(i["severity"] for i in issues)),
            "by_check": dict(Counter(i["check"] for i in issues)),
        },
    }


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
