"""``posteditor config PROJECT``: show or change the project's check settings (checks on or
off, severity overrides) and list or restore the issues ignored in it."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from editor.core.checks import build_context
from editor.core.checks.persist import load_ignored, load_settings
from editor.core.errors import UsageError
from editor.core.qa_settings import (
    changed_settings,
    check_choices,
    ignored_issues,
    parse_severity,
    select_ignored,
    store_settings,
    unignore,
)
from editor.core.store import ProjectStore, is_project_file


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser(
        "config",
        help="show or change a project's check settings; list or restore its ignored issues",
        description="Without options: every check with its state and severity. Changes are stored "
        "in the project and apply to the window and to `posteditor check` alike.",
    )
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--list", action="store_true", help="show the settings (the default)")
    p.add_argument(
        "--enable", action="append", default=[], metavar="IDS", help="turn checks on (comma-separated)"
    )
    p.add_argument("--disable", action="append", default=[], metavar="IDS", help="turn checks off")
    p.add_argument(
        "--severity",
        action="append",
        default=[],
        metavar="ID=SEVERITY",
        help="override a check's severity (error, warning, info; 'default' restores its own)",
    )
    p.add_argument("--ignored", action="store_true", help="list the issues ignored in the project")
    p.add_argument(
        "--unignore",
        action="append",
        default=[],
        metavar="SPEC",
        help="show ignored issues again: all, SEGMENT, SEGMENT:CHECK or SEGMENT:CHECK:FINGERPRINT",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(run=run)


def _ids(values: list[str]) -> list[str]:
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


def run(args: argparse.Namespace) -> int:
    path = Path(args.project)
    if not is_project_file(path):
        raise UsageError(f"{path} is not a project (config works on a .pedit)")
    enable, disable = _ids(args.enable), _ids(args.disable)
    both = sorted(set(enable) & set(disable))
    if both:
        raise UsageError(f"--enable and --disable both name {', '.join(both)}")
    severities = dict(parse_severity(spec) for spec in args.severity)
    changing = bool(enable or disable or severities or args.unignore)
    with ProjectStore.open(path, readonly=not changing) as store:
        settings = load_settings(store)
        if enable or disable or severities:
            settings = changed_settings(settings, enable=enable, disable=disable, severities=severities)
        ignored = load_ignored(store)
        restored = sorted({key for spec in args.unignore for key in select_ignored(ignored, spec)})
        if enable or disable or severities:
            store_settings(store, settings)
        if restored:
            unignore(store, restored)
            for segment, check, fingerprint in restored:
                ignored[segment].discard((check, fingerprint))
        listed = None
        if args.ignored:
            document = store.load_document()
            listed = ignored_issues(document, build_context(document, settings), ignored)
    choices = check_choices(settings)
    count = sum(len(pairs) for pairs in ignored.values())
    if args.json:
        data: dict[str, object] = {
            "checks": [
                {
                    "id": c.id,
                    "name": c.name,
                    "enabled": c.enabled,
                    "severity": c.severity.value,
                    "default_severity": c.default.value,
                }
                for c in choices
            ],
            "ignored_count": count,
        }
        if restored:
            data["unignored"] = [{"segment": s, "check": c, "fingerprint": f} for s, c, f in restored]
        if listed is not None:
            data["ignored"] = [
                {
                    "segment": item.segment,
                    "check": item.check,
                    "fingerprint": item.fingerprint,
                    "text": item.issue.text if item.issue else None,
                    "message": item.issue.message if item.issue else None,
                }
                for item in listed
            ]
        print(json.dumps(data, ensure_ascii=False))
        return 0
    width = max(len(c.id) for c in choices)
    for c in choices:
        own = "" if c.override is None else f"  (its own: {c.default.value})"
        print(f"{c.id:<{width}}  {'on ' if c.enabled else 'off'}  {c.severity.value:<7}  {c.name}{own}")
    for segment, check, fingerprint in restored:
        print(f"shown again: segment {segment} {check} {fingerprint}")
    if listed is None:
        hint = " (--ignored lists them)" if count else ""
        print(f"ignored issues: {count}{hint}")
    else:
        print(f"ignored issues: {count}")
        for item in listed:
            what = (
                f"“{item.issue.text}” {item.issue.message}"
                if item.issue
                else "(no longer found: the text changed)"
            )
            print(f"  segment {item.segment}:{item.check}:{item.fingerprint}  {what}")
    return 0
