"""The ``posteditor`` command line: subcommands over editor.core (see docs/CLI.md).

Errors a user can fix are one line on stderr and exit code 2, never a traceback.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from editor import __version__
from editor.cli import align, check, config, export, gui, info, metrics, new, review
from editor.cli.inputs import normalize_languages, refuse_empty_paths
from editor.core.errors import EditorError

# Each command module offers ``register(subparsers)``, which sets ``run`` as the default.
COMMANDS = (gui, new, align, check, metrics, info, export, review, config)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="posteditor",
        description="Post-edit and check machine translation: window, QA checks, metrics, exports.",
    )
    parser.add_argument("--version", action="version", version=f"posteditor {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="log progress to stderr")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMANDS:
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING,
        format="posteditor: %(message)s",
    )
    if args.command is None:
        args = parser.parse_args(["gui", *(argv or [])])
    try:
        refuse_empty_paths(args)
        normalize_languages(args)
        return int(args.run(args))
    except EditorError as exc:
        print(f"posteditor: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("posteditor: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); nothing more to say.
        sys.stderr.close()
        return 0
