"""``posteditor gui [PROJECT | SOURCE TARGET]``: the window (the only place the CLI imports Qt)."""

from __future__ import annotations

import argparse

from editor.cli.inputs import add_language_options
from editor.core.errors import UsageError


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("gui", help="open the window (the demo article when no input is given)")
    p.add_argument("inputs", nargs="*", metavar="INPUT", help="a project, SOURCE TARGET, or a bilingual file")
    add_language_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if len(args.inputs) > 2:
        raise UsageError("gui takes a project, a bilingual file, or SOURCE TARGET")
    try:
        from editor.ui.app import run_app
    except ImportError as exc:
        raise UsageError(f"the window is not available: {exc}") from None
    return run_app(args.inputs, args.source_lang, args.target_lang)
