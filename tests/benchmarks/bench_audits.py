"""Benchmark: MT errors found on the fresh-text audits, and false alarms on their human texts.

Each audit (``tests/benchmarks/audits/qaNN``) holds six text pairs that a helper who did not
read the checks' code wrote from ``audits/builder-prompt.md``: an English source, a careful
human translation and an "MT" (the human translation with realistic injected errors), one
paragraph per line, and ``truth.json``, the injected errors with their spans in ``mt.txt``
(line, exact text, occurrence). ``result-snap-*.txt`` is the audit run once on the code of
the session it was written in.

Strict: an error or warning on the target that overlaps the injected span. Lenient: that, or
an info issue overlapping it, or an error or warning within 20 characters on the same line.
False alarms: errors and warnings on the human translation.

    .venv/bin/python tests/benchmarks/bench_audits.py [AUDIT ...] [--show] [--validate]

AUDIT is a folder name ("qa38"; default: all) or a path to an audit elsewhere. ``--show``
lists the misses and false alarms (do not use it on an audit held out to measure rules
written after it). The checks run as a
user runs them: ``python -m editor check SOURCE TARGET --json`` with this interpreter, so
``PYTHONPATH=OTHER_TREE`` scores another copy of the code.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

AUDITS = Path(__file__).resolve().parent / "audits"
NEAR = 20  # characters either side of a span where an error or warning counts leniently
Issue = dict[str, Any]


def check(source: Path, target: Path, lang: str) -> list[Issue]:
    """The target-side issues of ``posteditor check`` on the pair."""
    result = subprocess.run(
        [sys.executable, "-m", "editor", "check", str(source), str(target), "--source-lang", "en"]
        + ["--target-lang", lang, "--json", "--fail-on", "never"],
        capture_output=True,
        text=True,
        env=os.environ.copy(),
        check=False,
    )
    if result.returncode != 0:
        raise SystemExit(f"check failed on {target}: rc {result.returncode}\n{result.stderr}")
    issues: list[Issue] = json.loads(result.stdout)["issues"]
    return [issue for issue in issues if issue.get("side", "target") == "target"]


def span(lines: list[str], item: Issue, name: str) -> tuple[int, int, int]:
    """(line, start, end) of a truth item in ``mt.txt``."""
    line = item["line"]
    if not 1 <= line <= len(lines):
        raise SystemExit(f"{name} {item['id']}: line {line} out of range (1..{len(lines)})")
    text, start = lines[line - 1], -1
    for _ in range(item.get("occurrence", 1)):
        start = text.find(item["text"], start + 1)
        if start < 0:
            raise SystemExit(f"{name} {item['id']}: {item['text']!r} not found on line {line}")
    return line, start, start + len(item["text"])


def overlaps(issue: Issue, where: tuple[int, int, int], near: int = 0) -> bool:
    line, start, end = where
    if not issue["line"] <= line <= issue["end_line"]:
        return False
    first = issue["col"] if issue["line"] == line else 0
    last = issue["end_col"] if issue["end_line"] == line else 10**9
    last = max(last, first + 1)
    return first < end + near and start - near < last


def score(audit: Path, show: bool, validate: bool) -> dict[str, int]:
    truth = json.loads((audit / "truth.json").read_text(encoding="utf-8"))
    totals = {"items": 0, "strict": 0, "lenient": 0, "fa": 0}
    for name in sorted(truth):
        folder = audit / "pairs" / name
        lang = (folder / "lang").read_text(encoding="utf-8").strip()
        texts = {
            part: (folder / f"{part}.txt").read_text(encoding="utf-8").splitlines()
            for part in ("source", "human", "mt")
        }
        counts = {part: len(lines) for part, lines in texts.items()}
        if len(set(counts.values())) != 1:
            raise SystemExit(f"{name}: line counts differ {counts}")
        spans = [(item, span(texts["mt"], item, name)) for item in truth[name]]
        if validate:
            print(f"{name}: {lang}, {counts['source']} lines, {len(spans)} items: ok")
            continue
        mt = check(folder / "source.txt", folder / "mt.txt", lang)
        serious = [i for i in mt if i["severity"] in ("error", "warning")]
        human = [
            i
            for i in check(folder / "source.txt", folder / "human.txt", lang)
            if i["severity"] in ("error", "warning")
        ]
        strict = lenient = 0
        misses = []
        for item, where in spans:
            if any(overlaps(i, where) for i in serious):
                strict, lenient = strict + 1, lenient + 1
            elif any(overlaps(i, where) for i in mt) or any(overlaps(i, where, NEAR) for i in serious):
                lenient += 1
                misses.append(("LENIENT", item))
            else:
                misses.append(("MISSED", item))
        print(f"{audit.name} {name} ({lang}): {strict} ({lenient}) / {len(spans)}, false alarms {len(human)}")
        if show:
            for mark, item in misses:
                print(
                    f"  {mark} {item['id']} line {item['line']} [{item.get('kind', '')}] "
                    f"{item['text']!r}: {item.get('note', '')}"
                )
            for issue in human:
                print(f"  FA line {issue['line']} {issue['check']} {issue['text']!r}: {issue['message']}")
        totals["items"] += len(spans)
        totals["strict"] += strict
        totals["lenient"] += lenient
        totals["fa"] += len(human)
    return totals


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("audits", nargs="*", help="audit folders (default: all)")
    parser.add_argument("--show", action="store_true", help="list misses and false alarms")
    parser.add_argument("--validate", action="store_true", help="only check the files' shape")
    args = parser.parse_args()
    names = args.audits or sorted(p.name for p in AUDITS.iterdir() if (p / "truth.json").exists())
    for name in names:
        totals = score(Path(name) if "/" in name else AUDITS / name, args.show, args.validate)
        if not args.validate:
            print(
                f"{name} TOTAL: {totals['strict']} ({totals['lenient']}) / {totals['items']}, "
                f"false alarms on human translations {totals['fa']}"
            )


if __name__ == "__main__":
    main()
