"""Exports for people: the cleaned article as Markdown and HTML, and the QA report (issues,
post-editing metrics and review scores with the segment texts) as self-contained HTML and CSV.

Every text that reaches HTML is escaped: a segment holding <script> is shown, never run.
"""

from __future__ import annotations

import csv
import html
import io
import re
from collections import Counter
from typing import TYPE_CHECKING

from editor.core.checks import Issue, Severity, check_document
from editor.core.checks.engine import build_context
from editor.core.formats.inline import strip_tokens
from editor.core.model import Document

if TYPE_CHECKING:
    from editor.core.export import ExportSource

_MD_INLINE = re.compile(r"([\\`*_\[\]<>|])")
_MD_LINE_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])", re.MULTILINE)


def _paragraphs(document: Document) -> list[str]:
    from editor.core.export import article_text

    return [p.strip() for p in re.split(r"\n\s*\n", article_text(document)) if p.strip()]


def markdown_escape(text: str) -> str:
    text = _MD_INLINE.sub(r"\\\1", text)
    return _MD_LINE_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text)


def render_markdown(source: ExportSource) -> bytes:
    paragraphs = [markdown_escape(p) for p in _paragraphs(source.document)]
    return ("\n\n".join(paragraphs) + "\n").encode("utf-8")


def _page(title: str, lang: str, body: str, style: str = "") -> bytes:
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{html.escape(lang)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{html.escape(title)}</title>\n"
        f"<style>{style}</style>\n</head>\n<body>\n{body}</body>\n</html>\n"
    ).encode()


def render_html(source: ExportSource) -> bytes:
    document = source.document
    body = (
        "<article>\n"
        + "".join("<p>" + html.escape(p).replace("\n", "<br>\n") + "</p>\n" for p in _paragraphs(document))
        + "</article>\n"
    )
    title = document.target_name.rsplit("/", 1)[-1] or "Article"
    style = "body{font:17px/1.6 Georgia,serif;max-width:42em;margin:3em auto;padding:0 1em;color:#222}"
    return _page(title, document.target_lang, body, style)


def _issues(source: ExportSource) -> list[Issue]:
    from editor.core.checks.persist import load_ignored, load_settings

    document = source.document
    settings = load_settings(source.store) if source.store is not None else None
    ignored = load_ignored(source.store) if source.store is not None else {}
    return check_document(document, build_context(document, settings), dict(ignored))


def _marked(text: str, issues: list[Issue]) -> str:
    """HTML of ``text`` with the issue spans in <mark>, everything escaped."""
    spans = sorted((i.start, i.end, i.severity.value) for i in issues if i.end > i.start)
    out, position = [], 0
    for start, end, severity in spans:
        if start < position:
            continue
        out.append(html.escape(text[position:start]))
        out.append(f'<mark class="{severity}">{html.escape(text[start:end])}</mark>')
        position = end
    out.append(html.escape(text[position:]))
    return "".join(out)


_REPORT_STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em;color:#1f2328}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em}
table{border-collapse:collapse;width:100%}
th,td{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
th{background:#f6f8fa}td.n{text-align:right;white-space:nowrap}
mark.error{background:#f8d7d7}mark.warning{background:#fbe7c0}mark.info{background:#dbe8fb}
.summary td{border:none;padding:2px 12px 2px 0}
"""


def render_report_html(source: ExportSource) -> bytes:
    from editor.core.metrics import MetricsTracker
    from editor.core.review import score

    document = source.document
    issues = _issues(source)
    by_segment: dict[int, list[Issue]] = {}
    for issue in issues:
        by_segment.setdefault(issue.segment, []).append(issue)
    severities = Counter(i.severity for i in issues)
    tracker = MetricsTracker(document)
    figures = tracker.document()
    review = score(document, source.review())
    doc = review.document
    name = document.target_name.rsplit("/", 1)[-1] or "document"
    rows = [
        ("Languages", f"{document.source_lang} → {document.target_lang}"),
        ("Segments", f"{len(document)} ({sum(1 for s in document if s.edited)} edited)"),
        ("QA issues", ", ".join(f"{severities[s]} {s.value}" for s in Severity) or "none"),
        ("HTER / chrF / BLEU", f"{figures.hter:.2f} / {figures.chrf:.1f} / {figures.bleu:.1f}"),
        ("Character edit ratio", f"{figures.chars_edit_ratio:.1%}"),
        (
            "MQM",
            f"{doc.mqm:.2f} ({doc.per_1000_words:.1f} per 1000 words, "
            f"{doc.verdict} at {doc.threshold:g}; {doc.reviewed} segments reviewed)",
        ),
    ]
    parts = [f"<h1>QA report: {html.escape(name)}</h1>\n<table class=summary>"]
    parts += [f"<tr><td>{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in rows]
    parts.append("</table>\n<h2>Issues</h2>\n")
    if issues:
        parts.append(
            "<table><tr><th>#</th><th>Severity</th><th>Check</th><th>Message</th><th>Suggestion</th></tr>"
        )
        for i in issues:
            parts.append(
                f"<tr><td class=n>{i.segment}</td><td>{i.severity.value}</td><td>{html.escape(i.check)}</td>"
                f"<td>{html.escape(i.message)}</td><td>{html.escape(i.suggestion or '')}</td></tr>"
            )
        parts.append("</table>\n")
    else:
        parts.append("<p>No issues.</p>\n")
    parts.append(
        "<h2>Segments</h2>\n<table><tr><th>#</th><th>Status</th><th>Source</th><th>Target</th>"
        "<th>Edit</th><th>HTER</th><th>MQM</th></tr>"
    )
    mqm = {s.id: s.mqm for s in review.segments}
    for segment in document:
        figures_of = tracker.segment(segment)
        source_issues = [i for i in by_segment.get(segment.id, []) if i.side == "source"]
        target_issues = [i for i in by_segment.get(segment.id, []) if i.side == "target"]
        parts.append(
            f"<tr><td class=n>{segment.id}</td><td>{segment.status.value}</td>"
            f"<td>{_marked(segment.source, source_issues)}</td>"
            f"<td>{_marked(segment.target, target_issues)}</td>"
            f"<td class=n>{figures_of.chars_edit_ratio:.0%}</td><td class=n>{figures_of.hter:.1f}</td>"
            f"<td class=n>{mqm.get(segment.id, 0):g}</td></tr>"
        )
    parts.append("</table>\n")
    return _page(f"QA report: {name}", "en", "".join(parts), _REPORT_STYLE)


def render_report_csv(source: ExportSource) -> bytes:
    document = source.document
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(
        [
            "segment",
            "check",
            "severity",
            "category",
            "side",
            "start",
            "end",
            "text",
            "message",
            "suggestion",
            "source",
            "target",
        ]
    )
    for i in _issues(source):
        segment = document[i.segment]
        writer.writerow(
            [
                i.segment,
                i.check,
                i.severity.value,
                i.category,
                i.side,
                i.start,
                i.end,
                i.text,
                i.message,
                i.suggestion or "",
                strip_tokens(segment.source),
                strip_tokens(segment.target),
            ]
        )
    return out.getvalue().encode("utf-8")
