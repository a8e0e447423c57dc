"""A number of the source whose meaning the translation changed: a time twelve hours off, a
Roman numeral, a bound or direction turned, a frequency or a rate's period said as another
(see the modules that find them)."""

from __future__ import annotations

from typing import NamedTuple

from editor.core.checks.base import Fix


class Slip(NamedTuple):
    """Where the target says it, why, the fix, where the source says it, and whether it is
    only a warning (a word changed next to a number) rather than an error (a number changed)."""

    start: int
    end: int
    message: str
    fix: Fix | None
    source_span: tuple[int, int] | None
    warning: bool = True
