"""``posteditor align SOURCE TARGET``: print the aligned segments."""

from __future__ import annotations

import argparse
import json

from editor.cli.inputs import add_language_options, load, report
from editor.core.model import Origin, Segment


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("align", help="print the aligned segments of a pair")
    p.add_argument("source", metavar="SOURCE")
    p.add_argument("target", metavar="TARGET")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_language_options(p)
    p.set_defaults(run=run)


def _side(text: str, origin: Origin | None) -> dict[str, object] | None:
    if origin is None:
        return None
    return {**origin.as_dict(), "text": text}


def segment_json(seg: Segment) -> dict[str, object]:
    return {
        "id": seg.id,
        "paragraph": seg.paragraph,
        "kind": seg.kind,
        "score": seg.score,
        "source": _side(seg.source, seg.source_origin),
        "target": _side(seg.mt, seg.target_origin),
    }


def run(args: argparse.Namespace) -> int:
    loaded = load([args.source, args.target], args)
    report(loaded)
    doc = loaded.document
    if args.json:
        out = {
            "source_file": doc.source_name,
            "target_file": doc.target_name,
            "languages": {"source": doc.source_lang, "target": doc.target_lang},
            "segments": [segment_json(s) for s in doc],
        }
        print(json.dumps(out, ensure_ascii=False, indent=1, allow_nan=False))
        return 0
    for seg in doc:
        print(f"{seg.id:>5}  ¶{seg.paragraph}  {seg.kind}  {seg.score:.2f}")
        print(f"       {doc.source_lang}: {seg.source or '∅'}")
        print(f"       {doc.target_lang}: {seg.mt or '∅'}")
    return 0
