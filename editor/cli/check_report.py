"""How ``posteditor check`` writes its findings: linter lines or JSON, streamed as issues come."""

from __future__ import annotations

import json
import sys
from collections import Counter
from typing import Any, Protocol

from editor.core.checks import Issue, Severity
from editor.core.checks.streamed import Located
from editor.core.model import Document
from editor.core.positions import Position
from editor.core.text import counted

JSON_VERSION = 1


class TextOut(Protocol):
    """Where a report goes: stdout, or the list of several inputs' reports."""

    def write(self, text: str, /) -> int: ...


class IssueReport:
    """The issues of one input written as they come: linter-style lines (and a count on
    stderr), or the JSON report exactly as ``json.dumps(report, ensure_ascii=False, indent=1)``
    prints it; the issues of a big project are never all held at once."""

    def __init__(self, out: TextOut, as_json: bool, fail_on: Severity | None, *, named: bool = False) -> None:
        self._out, self._json, self._fail_on = out, as_json, fail_on
        self._named = named  # the count on stderr names the file: one input among several
        self._files: dict[str, str] = {}
        self._languages: dict[str, str] = {}
        self._by_severity: Counter[str] = Counter()
        self._by_check: Counter[str] = Counter()
        self._count = 0
        self._segments = 0
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
            self._out.write(
                json.dumps(head, ensure_ascii=False, indent=1, allow_nan=False)[:-2] + ',\n "issues": ['
            )
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
                self._out.write(("," if self._count else "") + "\n" + issue_json(issue, position))
            else:
                self._out.write(_line(self._files, issue, position) + "\n")
            self._count += 1

    @property
    def summary(self) -> dict[str, Any]:
        return {
            "segments": self._segments,
            "issues": self._count,
            "by_severity": dict(self._by_severity),
            "by_check": dict(self._by_check),
        }

    def finish(self, segments: int) -> None:
        self._segments = segments
        self._head()
        if self._json:
            tail = json.dumps({"summary": self.summary}, ensure_ascii=False, indent=1, allow_nan=False)
            self._out.write(("\n ]" if self._count else "]") + ",\n" + tail[2:] + "\n")
            return
        where = f"{self._files['target']}: " if self._named else ""
        print(f"posteditor: {where}{issue_count(self.summary)}", file=sys.stderr)


def issue_count(summary: dict[str, Any]) -> str:
    """'3 issues (1 error, 2 warnings)' for a summary."""
    counts = summary["by_severity"]
    detail = ", ".join(counted(counts[s.value], s.value) for s in Severity if counts.get(s.value))
    return counted(summary["issues"], "issue") + (f" ({detail})" if detail else "")


def issue_json(issue: Issue, position: Position) -> str:
    """The issue's entry as ``json.dumps(entry, ensure_ascii=False, indent=1)`` prints it two
    levels deep in the report, written straight from the issue: texts through json's own
    string encoder, numbers as they are (a big project's report has tens of thousands)."""
    line, col, end_line, end_col = position
    text = _json_string
    suggestion = issue.suggestion
    last = "" if suggestion is None else f',\n   "suggestion": {text(suggestion)}'
    return (
        f'  {{\n   "check": {text(issue.check)},\n   "severity": {text(issue.severity.value)},\n'
        f'   "category": {text(issue.category)},\n   "segment": {issue.segment:d},\n'
        f'   "side": {text(issue.side)},\n   "start": {issue.start:d},\n   "end": {issue.end:d},\n'
        f'   "line": {line:d},\n   "col": {col:d},\n'
        f'   "end_line": {end_line:d},\n   "end_col": {end_col:d},\n'
        f'   "text": {text(issue.text)},\n   "message": {text(issue.message)}{last}\n  }}'
    )


_json_string = json.encoder.encode_basestring  # the encoder json.dumps(ensure_ascii=False) uses


def _line(files: dict[str, str], issue: Issue, position: Position) -> str:
    line, col, _, _ = position
    suggestion = ""
    if issue.suggestion is not None:
        suggestion = f" -> {issue.suggestion}" if issue.suggestion else " -> (delete)"
    return (
        f"{files[issue.side]}:{line}:{col}: {issue.severity.value} {issue.check} {issue.message}{suggestion}"
    )


class NestedReports:
    """Several inputs' JSON reports as the items of one object's "inputs" list, indented as
    ``json.dumps(indent=1)`` nests them and still streamed: each report is written through
    this as if it stood alone."""

    def __init__(self, out: TextOut) -> None:
        self._out = out
        self._items = 0
        self._in_item = False
        self._newline = ""  # a report's last newline, written only if more of it follows

    def open(self) -> None:
        self._out.write(f'{{\n "version": {JSON_VERSION},\n "inputs": [')

    def next_item(self) -> None:
        self._in_item, self._newline = False, ""

    def write(self, text: str) -> int:
        if not text:
            return 0
        if not self._in_item:  # the separator only once the item has something to show
            self._out.write(("," if self._items else "") + "\n  ")
            self._items += 1
            self._in_item = True
        held = text.endswith("\n")
        body = text[:-1] if held else text
        self._out.write(self._newline + body.replace("\n", "\n  "))
        self._newline = "\n  " if held else ""
        return len(text)

    def close(self, summary: dict[str, Any]) -> None:
        tail = json.dumps({"summary": summary}, ensure_ascii=False, indent=1, allow_nan=False)
        self._out.write(("\n ]" if self._items else "]") + ",\n" + tail[2:] + "\n")


def summed(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    """One summary for several inputs: every count added up."""
    by_severity: Counter[str] = Counter()
    by_check: Counter[str] = Counter()
    for summary in summaries:
        by_severity.update(summary["by_severity"])
        by_check.update(summary["by_check"])
    return {
        "segments": sum(s["segments"] for s in summaries),
        "issues": sum(s["issues"] for s in summaries),
        "by_severity": dict(by_severity),
        "by_check": dict(by_check),
    }
