"""``posteditor check INPUT…``: the QA checks, as linter-style lines or JSON.

Several inputs are checked one by one: projects and bilingual files each on their own, plain
text in SOURCE TARGET pairs. The JSON of several inputs is one object whose ``inputs`` are the
reports one input would give, with a ``summary`` adding them up.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from pathlib import Path

from editor.cli.check_report import IssueReport, NestedReports, issue_count, summed
from editor.cli.inputs import add_language_options, group_inputs, load, report
from editor.core.checks import CheckSettings, Severity, all_checks, build_context, check_document
from editor.core.checks.persist import load_ignored, load_settings
from editor.core.checks.streamed import Located, check_project
from editor.core.errors import EditorError, UsageError
from editor.core.formats.bilingual import file_locator
from editor.core.importing import ORIGINAL
from editor.core.model import Document, Segment
from editor.core.positions import Locator, Positions
from editor.core.store import ProjectStore, is_project_file
from editor.core.text import counted


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("check", help="run the QA checks; exit 1 when issues at --fail-on or above")
    p.add_argument(
        "inputs", nargs="*", metavar="INPUT", help="projects, bilingual files, or SOURCE TARGET pairs"
    )
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
    groups = group_inputs(args.inputs)
    if len(groups) == 1:
        writer = IssueReport(sys.stdout, args.json, fail_on)
        _check_one(groups[0], args, selected, skipped, writer)
        return writer.exit_code
    return _check_many(groups, args, fail_on, selected, skipped)


def _check_many(
    groups: list[list[str]],
    args: argparse.Namespace,
    fail_on: Severity | None,
    selected: set[str],
    skipped: set[str],
) -> int:
    """Check each input on its own, reporting them one after the other; an input that cannot
    be read is reported on stderr and the others are still checked. The exit code is the
    worst of all."""
    nested = NestedReports(sys.stdout) if args.json else None
    if nested is not None:
        nested.open()
    summaries, worst = [], 0
    for paths in groups:
        if nested is not None:
            nested.next_item()
        writer = IssueReport(nested or sys.stdout, args.json, fail_on, named=True)
        try:
            _check_one(paths, args, selected, skipped, writer)
        except EditorError as exc:
            print(f"posteditor: error: {exc}", file=sys.stderr)
            worst = 2
            continue
        summaries.append(writer.summary)
        worst = max(worst, writer.exit_code)
    total = summed(summaries)
    if nested is not None:
        nested.close(total)
    else:
        print(
            f"posteditor: in all: {issue_count(total)} in {counted(len(summaries), 'input')}", file=sys.stderr
        )
    return worst


def _check_one(
    paths: list[str], args: argparse.Namespace, selected: set[str], skipped: set[str], writer: IssueReport
) -> None:
    if not _check_project(paths, selected, skipped, writer):
        _check_input(paths, args, selected, skipped, writer)


def _check_project(inputs: list[str], selected: set[str], skipped: set[str], writer: IssueReport) -> bool:
    """Check a project as it is streamed from the file (never loaded whole), writing the
    report as issues come; False for other input."""
    if len(inputs) != 1 or not Path(inputs[0]).is_file() or not is_project_file(inputs[0]):
        return False
    with ProjectStore.open(inputs[0], readonly=True) as store:
        settings, ignored = _settings(store, selected, skipped), load_ignored(store)
        shell = store.empty_document()
        writer.start(shell, _files(shell, str(store.path)))
        locator = file_locator(shell.format, lambda: store.original(ORIGINAL))
        add = writer.add if locator is None else _relocating(writer.add, store, locator)
        result = check_project(store, settings, ignored, emit=add)
        if result is None:  # cannot be streamed: load it
            document = store.load_document()
            writer.add(_checked(document, settings, ignored, locator))
            segments = len(document)
        else:
            segments = result.segments
    writer.finish(segments)
    return True


def _files(document: Document, target: str) -> dict[str, str]:
    """The files a report names, the ones its positions are in: a project made from a
    bilingual file is located in that file as imported (see Positions), a plain-text pair in
    its source file and its target text as it stands (named ``target``: a project, or the MT)."""
    if document.target_layout is None:
        return {"source": document.source_name, "target": document.target_name}
    return {"source": document.source_name, "target": target}


def _relocating(
    add: Callable[[list[Located]], None], store: ProjectStore, locator: Locator
) -> Callable[[list[Located]], None]:
    """``add`` for streamed issues, located first through the file's own layout: a worker
    locates from the segments' origins alone. One segment is read back per issue's segment."""

    def relocated(located: list[Located]) -> None:
        segments: dict[int, Segment | None] = {}
        better: list[Located] = []
        for issue, position in located:
            if issue.segment not in segments:
                segments[issue.segment] = store.segment(issue.segment)
            segment = segments[issue.segment]
            found = None if segment is None else locator.locate(segment, issue.side, issue.start, issue.end)
            better.append((issue, position if found is None else found))
        add(better)

    return relocated


def _check_input(
    paths: list[str], args: argparse.Namespace, selected: set[str], skipped: set[str], writer: IssueReport
) -> None:
    loaded = load(paths, args)
    try:
        report(loaded)
        settings = _settings(loaded.store, selected, skipped)
        ignored = load_ignored(loaded.store) if loaded.store else {}
        document = loaded.document
        writer.start(document, _files(document, loaded.target_file))
        locator = file_locator(document.format, lambda: loaded.original)
        writer.add(_checked(document, settings, ignored, locator))
    finally:
        loaded.close()
    writer.finish(len(document))


def _checked(
    document: Document,
    settings: CheckSettings,
    ignored: dict[int, set[tuple[str, str]]],
    locator: Locator | None = None,
) -> list[Located]:
    """The issues of a loaded document, located in its files."""
    issues = check_document(document, build_context(document, settings), ignored)
    positions = Positions(document, locator)
    return [(issue, positions.locate(issue.segment, issue.side, issue.start, issue.end)) for issue in issues]


def _severity(text: str) -> Severity:
    try:
        return Severity.parse(text)
    except ValueError:
        # Severity.parse names the severities; --fail-on also takes "never".
        choices = ", ".join([*(s.value for s in Severity), "never"])
        raise UsageError(f"--fail-on: unknown severity {text!r} (choose from {choices})") from None


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
        print(json.dumps(rows, ensure_ascii=False, indent=1, allow_nan=False))
        return 0
    id_width = max(len(r["id"]) for r in rows)
    category_width = max(len(r["category"]) for r in rows)
    for r in rows:
        print(f"{r['id']:<{id_width}}  {r['severity']:<7}  {r['category']:<{category_width}}  {r['name']}")
    return 0
