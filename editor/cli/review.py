"""``posteditor review score PROJECT [--json]``: MQM scores (docs/CLI.md)."""

from __future__ import annotations

import argparse
import json

from editor.cli.inputs import add_language_options, load, report
from editor.core.errors import UsageError
from editor.core.review import DEFAULT_THRESHOLD, Review, Weights, load_review, score
from editor.core.review.model import config_value, load_config


def register(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("review", help="review annotations: MQM scores")
    actions = p.add_subparsers(dest="action", metavar="ACTION")
    s = actions.add_parser("score", help="MQM scores: document, per segment, by category and severity")
    s.add_argument("inputs", nargs="+", metavar="PROJECT", help="a project, or an MQM TSV")
    s.add_argument("--json", action="store_true", help="machine-readable output")
    s.add_argument(
        "--threshold", type=float, metavar="POINTS", help="pass threshold, MQM points per 1000 words"
    )
    s.add_argument(
        "--critical-weight", type=float, metavar="W", help="weight of a Critical error (default 25)"
    )
    add_language_options(s)
    s.set_defaults(run=run_score)
    c = actions.add_parser("config", help="show or set the project's Critical weight and pass threshold")
    c.add_argument("project", metavar="PROJECT")
    c.add_argument(
        "--threshold", type=float, metavar="POINTS", help="pass threshold, MQM points per 1000 words"
    )
    c.add_argument("--critical-weight", type=float, metavar="W", help="weight of a Critical error")
    c.set_defaults(run=run_config)
    p.set_defaults(run=lambda args: _usage(p))


def _usage(parser: argparse.ArgumentParser) -> int:
    raise UsageError("review needs an action: posteditor review score PROJECT [--json]")


def _check_options(args: argparse.Namespace) -> None:
    """Refuse a Critical weight or threshold that is not a finite, non-negative number, before
    anything is read or stored."""
    for option, value in (("--threshold", args.threshold), ("--critical-weight", args.critical_weight)):
        if value is not None:
            config_value(value, option)


def run_score(args: argparse.Namespace) -> int:
    _check_options(args)
    loaded = load(args.inputs, args)
    try:
        report(loaded)
        review: Review | None = loaded.review()
        weights: Weights = Weights()
        threshold: float | None = None
        if loaded.store is not None:
            review = load_review(loaded.store)
            weights, threshold = load_config(loaded.store)
        if args.critical_weight is not None:
            weights = Weights(critical=args.critical_weight)
        if args.threshold is not None:
            threshold = args.threshold
        result = score(
            loaded.document,
            review or Review.empty(),
            weights,
            DEFAULT_THRESHOLD if threshold is None else threshold,
        )
    finally:
        loaded.close()
    if args.json:
        print(json.dumps(result.as_dict(), ensure_ascii=False, allow_nan=False))
        return 0
    doc = result.document
    print(
        f"MQM {doc.mqm:.2f} over {doc.segments} segments ({doc.reviewed} reviewed by "
        f"{', '.join(doc.raters) or 'nobody'}): {doc.per_segment:.3f} per segment, "
        f"{doc.per_1000_words:.2f} per 1000 source words — "
        f"{doc.verdict.upper() if doc.passed is not None else 'not judged'} (threshold {doc.threshold:g})"
    )
    if doc.by_severity:
        print("by severity: " + ", ".join(f"{k} {v:g}" for k, v in sorted(doc.by_severity.items())))
    for category, points in sorted(doc.by_category.items(), key=lambda kv: -kv[1]):
        print(f"  {points:8.2f}  {category}")
    worst = result.worst(10)
    if worst:
        print("worst segments: " + ", ".join(f"#{s.id} ({s.mqm:g})" for s in worst))
    return 0


def run_config(args: argparse.Namespace) -> int:
    from pathlib import Path

    from editor.core.store import ProjectStore, is_project_file

    _check_options(args)
    path = Path(args.project)
    if not is_project_file(path):
        raise UsageError(f"{path} is not a project (review config works on a .pedit)")
    changing = args.threshold is not None or args.critical_weight is not None
    with ProjectStore.open(path, readonly=not changing) as store:
        if args.critical_weight is not None:
            store.set_meta("review_critical_weight", repr(args.critical_weight))
        if args.threshold is not None:
            store.set_meta("review_threshold", repr(args.threshold))
        weights, threshold = load_config(store)
    print(f"critical weight: {weights.critical:g}")
    print(
        f"pass threshold: {DEFAULT_THRESHOLD if threshold is None else threshold:g} MQM points per 1000 words"
    )
    return 0
