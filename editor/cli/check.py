"""``posteditor check INPUT…``: the QA checks, as linter-style lines or JSON."""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from editor.cli.inputs import add_language_options, load, report
from editor.core.checks import CheckSettings, Issue, Severity, all_checks, build_context, check_document
from editor.core.checks.persist import load_ignored, load_settings
from editor.core.checks.streamed import Located, check_project
from editor.core.errors import UsageError
from editor.core.formats.bilingual import file_locator
from editor.core.importing import ORIGINAL
from editor.core.model import Document, Segment
from editor.core.positions import Locator, Position, Positions
from editor.core.store import ProjectStore, is_project_file
from editor.core.text import counted

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
    writer = _Report(sys.stdout, args.json, fail_on)
    if not _check_project(args.inputs, selected, skipped, writer):
        _check_input(args, selected, skipped, writer)
    return writer.exit_code


def _check_project(inputs: list[str], selected: set[str], skipped: set[str], writer: _Report) -> bool:
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


def _check_input(args: argparse.Namespace, selected: set[str], skipped: set[str], writer: _Report) -> None:
    loaded = load(args.inputs, args)
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


class _Report:
    """The issues written as they come: linter-style lines (and a count on stderr), or the
    JSON report exactly as ``json.dumps(report, ensure_ascii=False, indent=1)`` prints it;
    the issues of a big project are never all held at once."""

    def __init__(self, out: IO[str], as_json: bool, fail_on: Severity | None) -> None:
        self._out, self._json, self._fail_on = out, as_json, fail_on
        self._files: dict[str, str] = {}
        self._languages: dict[str, str] = {}
        self._by_severity: Counter[str] = Counter()
        self._by_check: Counter[str] = Counter()
        self._count = 0
        self._started = False
        self.exit_code = 0

    def start(self, document: Document, files: dict[str, str]) -> None:
        self._files = files
        self._languages = {"source": document.source_lang, "target": document.target_lang}

    def _head(self) -> None:
        """The JSON report up to its issues, written with the first issue or at the end: an
        error before then leaves nothing half-written on stdout."""
        if self._json and not self._started:
            head = {"version": JSON_VERSION, "files": self._files, "languages": self._languages}
            self._out.write(json.dumps(head, ensure_ascii=False, indent=1)[:-2] + ',\n "issues": [')
        self._started = True

    def add(self, located: list[Located]) -> None:
        if located:
            self._head()
        for issue, position in located:
            self._by_severity[issue.severity.value] += 1
            self._by_check[issue.check] += 1
            if self._fail_on is not None and issue.severity.at_least(self._fail_on):
                self.exit_code = 1
            if self._json:
                self._out.write(("," if self._count else "") + "\n" + _entry_json(_entry(issue, position)))
            else:
                self._out.write(_line(self._files, issue, position) + "\n")
            self._count += 1

    def finish(self, segments: int) -> None:
        self._head()
        if self._json:
            summary = {
                "segments": segments,
                "issues": self._count,
                "by_severity": dict(self._by_severity),
                "by_check": dict(self._by_check),
            }
            tail = json.dumps({"summary": summary}, ensure_ascii=False, indent=1)
            self._out.write(("\n ]" if self._count else "]") + ",\n" + tail[2:] + "\n")
            return
        counts = self._by_severity
        detail = ", ".join(counted(counts[s.value], s.value) for s in Severity if counts[s.value])
        print(
            f"posteditor: {counted(self._count, 'issue')}" + (f" ({detail})" if detail else ""),
            file=sys.stderr,
        )


def _entry_json(entry: dict[str, Any]) -> str:
    """``entry`` as ``json.dumps(entry, ensure_ascii=False, indent=1)`` prints it two levels
    deep in the report, five times faster: texts through json's own string encoder, numbers as
    they are (a big project's report has tens of thousands of entries)."""
    fields = ",\n".join(
        f'   "{key}": {_json_string(value) if isinstance(value, str) else _json_value(value)}'
        for key, value in entry.items()
    )
    return "  {\n" + fields + "\n  }"


_json_string = json.encoder.encode_basestring  # the encoder json.dumps(ensure_ascii=False) uses


def _json_value(value: object) -> str:
    if type(value) is int:
        return str(value)
    return json.dumps(value, ensure_ascii=False)


def _line(files: dict[str, str], issue: Issue, position: Position) -> str:
    line, col, _, _ = position
    suggestion = ""
    if issue.suggestion is not None:
        suggestion = f" -> {issue.suggestion}" if issue.suggestion else " -> (delete)"
    return (
        f"{files[issue.side]}:{line}:{col}: {issue.severity.value} {issue.check} {issue.message}{suggestion}"
    )


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
