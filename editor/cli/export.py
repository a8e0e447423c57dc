"""``posteditor export PROJECT --format FMT -o OUT``."""

from __future__ import annotations

import argparse
import sys

from editor.cli.inputs import add_language_options, load, refuse_writing_an_input, report
from editor.core.errors import TagMismatchError
from editor.core.export import ExportSource, export, export_formats


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("export", help="write the cleaned article or another export")
    p.add_argument("inputs", nargs="+", metavar="PROJECT", help="a project (or SOURCE TARGET)")
    p.add_argument(
        "--format",
        "-f",
        default="txt",
        metavar="FMT",
        help=f"one of: {', '.join(export_formats())} (default: txt)",
    )
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="file to write ('-': stdout)")
    p.add_argument(
        "--force",
        action="store_true",
        help="write a bilingual file even where an edited segment's tags no longer match its source",
    )
    add_language_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.output != "-":
        refuse_writing_an_input(args.output, args.inputs)
    loaded = load(args.inputs, args)
    try:
        report(loaded)
        source = ExportSource(
            loaded.document, loaded.store, loaded.review(), loaded.original, loaded.mqm, force=args.force
        )
        if args.output == "-":
            from editor.core.export import render

            sys.stdout.buffer.write(render(args.format, source))
            sys.stdout.flush()
        else:
            export(args.format, source, args.output)
    except TagMismatchError as exc:
        print(f"posteditor: error: {exc} (--force writes it anyway)", file=sys.stderr)
        return 2
    finally:
        loaded.close()
    return 0
