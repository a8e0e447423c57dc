"""Metric reports of a project: per segment and for the document, as CSV or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from editor.core.effort import EffortLog, load_logs, report
from editor.core.export import ExportSource
from editor.core.metrics.tracker import MetricsTracker
from editor.core.model import Document

CSV_COLUMNS = (
    "id",
    "edited",
    "status",
    "chars_edit_distance",
    "chars_edit_ratio",
    "words_edit_distance",
    "hter",
    "chrf",
    "bleu",
    "bleu_reliable",
    "seconds",
    "keystrokes",
    "insertions",
    "deletions",
    "navigation",
    "control",
    "visits",
)


def metrics_data(document: Document, logs: dict[int, EffortLog] | None = None) -> dict[str, Any]:
    """``posteditor metrics --json``'s structure (docs/CLI.md), with effort where it was logged."""
    tracker = MetricsTracker(document)
    segments = []
    for segment in document:
        row = tracker.segment(segment).as_dict()
        log = logs.get(segment.id) if logs else None
        row["status"] = segment.status.value
        row["seconds"] = round(log.seconds, 2) if log else None
        row["keystrokes"] = log.keystrokes if log else None
        if log:
            row.update(
                insertions=log.insertions,
                deletions=log.deletions,
                navigation=log.navigation,
                control=log.control,
                visits=log.visits,
            )
        segments.append(row)
    data: dict[str, Any] = {"segments": segments, "document": tracker.document().as_dict()}
    if logs is not None:
        effort = report(document, logs, lambda sid: tracker.scores(sid).chars_distance)
        data["effort"] = effort.as_dict()
    return data


def _logs(source: ExportSource) -> dict[int, EffortLog] | None:
    return load_logs(source.store) if source.store is not None else None


def render_json(source: ExportSource) -> bytes:
    data = metrics_data(source.document, _logs(source))
    return (json.dumps(data, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode("utf-8")


def render_csv(source: ExportSource) -> bytes:
    data = metrics_data(source.document, _logs(source))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in data["segments"]:
        # Yes/no as 1/0: what every spreadsheet reads as a number (a column of True/False is
        # text to some), and the "edited" column then sums to the document row's count.
        writer.writerow({key: int(value) if isinstance(value, bool) else value for key, value in row.items()})
    document = data["document"]
    writer.writerow(
        {
            "id": "document",
            "edited": document["edited_segments"],
            **{
                k: document[k]
                for k in (
                    "chars_edit_distance",
                    "chars_edit_ratio",
                    "words_edit_distance",
                    "hter",
                    "chrf",
                    "bleu",
                )
            },
        }
    )
    return out.getvalue().encode("utf-8")
