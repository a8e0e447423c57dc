"""Running one check on a sentence pair, for table-driven check tests."""

from __future__ import annotations

from editor.core.checks import Issue, build_context, get_check
from tests.factories import make_document


def run(check_id: str, source: str, target: str, src: str = "en", tgt: str = "de") -> list[Issue]:
    """The issues one check finds in a one-segment document (each span checked against the
    text it reports)."""
    document = make_document([(source, target)], src, tgt)
    context = build_context(document)
    issues = list(get_check(check_id).check(document.segments[0], context))
    for issue in issues:  # every span points at the text it reports
        text = source if issue.side == "source" else target
        assert text[issue.start : issue.end] == issue.text, issue
    return issues


def spans(issues: list[Issue], side: str = "target") -> list[str]:
    """The flagged text of each issue on ``side``."""
    return [i.text for i in issues if i.side == side]
