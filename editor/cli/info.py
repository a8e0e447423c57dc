"""``posteditor info INPUT``: what a file holds."""

from __future__ import annotations

import argparse
import json
from collections import Counter

from editor.cli.inputs import add_language_options, load, report
from editor.core.model import SegmentStatus


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("info", help="format, languages, paragraphs and segments of an input")
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a project, or SOURCE TARGET")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_language_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    loaded = load(args.inputs, args)
    try:
        report(loaded)
        doc = loaded.document
        statuses = Counter(seg.status.value for seg in doc)
        facts: dict[str, object] = {
            "file": loaded.target_file,
            "format": "project" if loaded.store else doc.format,
            "source_format": doc.format,
            "languages": {"source": doc.source_lang, "target": doc.target_lang},
            "source_file": doc.source_name,
            "target_file": doc.target_name,
            "paragraphs": doc.paragraph_count,
            "segments": len(doc),
            "edited": sum(1 for seg in doc if seg.edited),
            "status": {s.value: statuses.get(s.value, 0) for s in SegmentStatus},
            "source_words": sum(len(seg.source.split()) for seg in doc),
        }
    finally:
        loaded.close()
    if args.json:
        print(json.dumps(facts, ensure_ascii=False, indent=1, allow_nan=False))
        return 0
    for key, value in facts.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        print(f"{key:>14}: {value}")
    return 0
