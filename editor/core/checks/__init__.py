"""The QA engine: span-level checks for MT errors (see base.py for the vocabulary)."""

from editor.core.checks.base import Check, CheckContext, CheckSettings, Fix, Issue, Severity
from editor.core.checks.engine import build_context, check_document, check_segment
from editor.core.checks.registry import all_checks, get_check

__all__ = [
    "Check",
    "CheckContext",
    "CheckSettings",
    "Fix",
    "Issue",
    "Severity",
    "all_checks",
    "build_context",
    "check_document",
    "check_segment",
    "get_check",
]
