"""The development set: every known error found by the check of its family, and no correct
phrase flagged as error or warning by any check."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.core.checks import (
    CheckSettings,
    Issue,
    Severity,
    build_context,
    check_document,
)
from editor.core.model import Document

DEV_SET = Path(__file__).resolve().parents[2] / "data" / "dev-set" / "seeds-known-errors.json"
FAMILIES = {
    "merged-token": "merged_token",
    "lost-sentence-boundary": "lost_sentence_boundary",
    "stray-artifact": "stray_artifact",
    "number-mismatch": "number_mismatch",
    "punctuation-spacing": "punctuation",
    "unbalanced-quotes": "punctuation",
    "named-entity": "named_entity",
    "inconsistent-term": "inconsistent_term",
}


@pytest.fixture(scope="module")
def located(seed_document: Document) -> list[tuple[Issue, int, int, int]]:
    """Every check's target-side issues as (issue, line, col, end_col) in the target file."""
    context = build_context(seed_document, CheckSettings())
    found = []
    for issue in check_document(seed_document, context):
        origin = seed_document[issue.segment].target_origin
        if issue.side != "target" or origin is None:
            continue
        found.append((issue, origin.line, origin.col + issue.start, origin.col + issue.end))
    return found


def _items() -> list[dict[str, object]]:
    data = json.loads(DEV_SET.read_text(encoding="utf-8"))
    return [item for item in data["must_find"] if item["family"] in FAMILIES]


@pytest.mark.parametrize("item", _items(), ids=lambda item: str(item["family"]))
def test_known_error_is_found(item: dict[str, object], located: list[tuple[Issue, int, int, int]]) -> None:
    check = FAMILIES[str(item["family"])]
    assert any(
        issue.check == check
        and line == item["line"]
        and col < int(item["end_col"])
        and int(item["col"]) < end  # type: ignore[call-overload]
        for issue, line, col, end in located
    ), item


def test_correct_phrases_are_not_flagged(located: list[tuple[Issue, int, int, int]]) -> None:
    from tests.conftest import SEED_MT

    data = json.loads(DEV_SET.read_text(encoding="utf-8"))
    lines = SEED_MT.read_text(encoding="utf-8").splitlines()
    flagged = []
    for phrase in data["must_not_flag_as_error"]:
        for number, line in enumerate(lines, start=1):
            start = line.find(phrase)
            while start >= 0:
                end = start + len(phrase)
                flagged += [
                    (phrase, issue.check)
                    for issue, ln, col, stop in located
                    if ln == number
                    and col < end
                    and start < stop
                    and issue.severity.at_least(Severity.WARNING)
                ]
                start = line.find(phrase, start + 1)
    assert flagged == []
