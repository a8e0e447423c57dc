"""``posteditor new SOURCE TARGET -o PROJECT``: import, align and write a project."""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from editor.cli.inputs import add_language_options, load, refuse_writing_an_input, report
from editor.core.checks import Severity, build_context, check_document
from editor.core.errors import UsageError
from editor.core.importing import FileImport, save_project
from editor.core.text import counted


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("new", help="import a pair (or a bilingual file) into a new project")
    p.add_argument("inputs", nargs="+", metavar="FILE", help="SOURCE TARGET, or one bilingual file")
    p.add_argument("-o", "--output", required=True, metavar="PROJECT", help="the .pedit to write")
    p.add_argument("--force", action="store_true", help="replace an existing project file")
    add_language_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    out = Path(args.output)
    refuse_writing_an_input(args.output, args.inputs)
    if out.exists() and not args.force:
        raise UsageError(f"{out} already exists; use --force to replace it")
    loaded = load(args.inputs, args, allow_project=False)
    report(loaded)
    doc = loaded.document
    save_project(out, FileImport(doc, loaded.original, loaded.mqm))
    issues = check_document(doc, build_context(doc))
    counts = Counter(issue.severity.value for issue in issues)
    found = ", ".join(counted(counts[s.value], s.value) for s in Severity if counts[s.value]) or "none"
    print(
        f"{out}: {len(doc)} segments in {doc.paragraph_count} paragraphs "
        f"({doc.source_lang} -> {doc.target_lang}); issues: {found}"
    )
    if loaded.mqm is not None:
        print(
            f"{out}: system {loaded.mqm.layout.system}: {len(loaded.mqm.annotations)} annotations, "
            f"{len(loaded.mqm.ratings)} ratings by {len({r.rater for r in loaded.mqm.ratings})} raters"
        )
    return 0
