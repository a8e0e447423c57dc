"""Correct translations of everyday news sentences: no check raises an error or warning on
them (false alarms are what reviewers hate most)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.core.checks import Severity, all_checks, build_context
from tests.factories import make_document

DATA = Path(__file__).resolve().parents[2] / "data" / "checks" / "good-translations.json"
PAIRS = json.loads(DATA.read_text(encoding="utf-8"))["pairs"]


@pytest.mark.parametrize("target_lang", sorted(PAIRS))
def test_no_error_or_warning_on_good_translations(target_lang: str) -> None:
    document = make_document([tuple(p) for p in PAIRS[target_lang]], "en", target_lang)
    context = build_context(document)
    found = [
        (issue.segment, issue.check, issue.text)
        for check in all_checks()
        for segment in document
        for issue in check.check(segment, context)
        if issue.severity.at_least(Severity.WARNING)
    ]
    assert found == []
