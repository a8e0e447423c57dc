"""``posteditor metrics (PROJECT | --mt FILE --pe FILE [--source FILE]) [--json]``."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from editor.cli.inputs import add_language_options, load, report
from editor.core.effort import load_logs
from editor.core.errors import FormatError, UsageError
from editor.core.formats.encoding import read_text
from editor.core.model import Document, Segment


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("metrics", help="post-editing metrics per segment and for the document")
    p.add_argument("inputs", nargs="*", metavar="PROJECT", help="a project (or SOURCE TARGET)")
    p.add_argument("--mt", metavar="FILE", help="the machine translation, one segment per line")
    p.add_argument("--pe", metavar="FILE", help="the post-edited text, line by line with --mt")
    p.add_argument("--source", metavar="FILE", help="the source, line by line (optional)")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    add_language_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from editor.core.metrics.report import metrics_data  # sacrebleu: only for this command

    if args.mt or args.pe:
        if args.inputs or not (args.mt and args.pe):
            raise UsageError("give a project, or both --mt and --pe (line-aligned files)")
        data = metrics_data(_line_aligned(args.mt, args.pe, args.source))
    else:
        if not args.inputs:
            raise UsageError("metrics needs a project, or --mt FILE --pe FILE")
        loaded = load(args.inputs, args)
        try:
            report(loaded)
            logs = load_logs(loaded.store) if loaded.store else None
            data = metrics_data(loaded.document, logs)
        finally:
            loaded.close()
    if args.json:
        print(json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False))
    else:
        _print_table(data)
    return 0


def _lines(path: str) -> list[str]:
    """The lines of a line-aligned file; one without any text is refused, as every command
    refuses an empty input (it would score zero segments and look like success)."""
    text = read_text(Path(path)).text
    if not text.strip():
        raise FormatError(Path(path), "the file is empty (no text to score)")
    return text.splitlines()


def _line_aligned(mt_path: str, pe_path: str, source_path: str | None) -> Document:
    mt, pe = _lines(mt_path), _lines(pe_path)
    if len(mt) != len(pe):
        raise FormatError(
            Path(pe_path),
            f"has {len(pe)} lines but {mt_path} has {len(mt)}; the files must be line-aligned",
            line=min(len(mt), len(pe)) + 1,
        )
    source = _lines(source_path) if source_path else [""] * len(mt)
    if len(source) != len(mt):
        raise FormatError(
            Path(source_path or ""),
            f"has {len(source)} lines but {mt_path} has {len(mt)}",
            line=min(len(mt), len(source)) + 1,
        )
    segments = [
        Segment(id=k, paragraph=k, source=s, mt=m, target=p)
        for k, (s, m, p) in enumerate(zip(source, mt, pe, strict=True), 1)
    ]
    return Document("", "", segments, source_name=source_path or "", target_name=pe_path)


def _print_table(data: dict[str, Any]) -> None:
    print(
        f"{'seg':>5} {'edit chars':>10} {'ratio':>6} {'words':>6} {'HTER':>7} {'chrF':>6} {'BLEU':>6} "
        f"{'seconds':>8} {'keys':>6}"
    )
    for row in data["segments"]:
        if not row["edited"] and not row.get("seconds"):
            continue
        bleu = f"{row['bleu']:6.1f}" + ("" if row["bleu_reliable"] else "*")
        seconds = "" if row["seconds"] is None else f"{row['seconds']:8.1f}"
        keys = "" if row["keystrokes"] is None else f"{row['keystrokes']:6d}"
        print(
            f"{row['id']:>5} {row['chars_edit_distance']:>10} {row['chars_edit_ratio']:>6.1%} "
            f"{row['words_edit_distance']:>6} {row['hter']:>7.2f} {row['chrf']:>6.1f} {bleu:>6} "
            f"{seconds:>8} {keys:>6}"
        )
    doc = data["document"]
    print(
        f"document: {doc['segments']} segments, {doc['edited_segments']} edited; "
        f"HTER {doc['hter']:.2f}, chrF {doc['chrf']:.1f}, BLEU {doc['bleu']:.1f}, "
        f"character edit ratio {doc['chars_edit_ratio']:.1%}"
    )
    effort = data.get("effort")
    if effort:
        spw = effort["seconds_per_word"]
        print(
            f"effort: {effort['seconds']:.0f} s, "
            f"{'n/a' if spw is None else f'{spw:.2f}'} s/word over {effort['segments_counted']} segments "
            f"({effort['outliers_left_out']} outliers left out), "
            f"{effort['keystrokes']} keystrokes"
        )
    print("* sentence BLEU on fewer than 10 tokens is unreliable; use the document BLEU")
