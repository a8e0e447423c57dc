"""Telephone numbers a translation writes in another grouping or the international form.

"0113 496 0275" may be written "0113 4960275" or, for readers abroad, "+44 113 4960275": the
country's calling code added and the trunk prefix "0" dropped. Compared group by group, the
groups would not match ("496" and "0275" missing, "44" and "4960275" extra); compared as the
digits one dials, they are the same number.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from editor.core.checks.numparse import Number

# A telephone number: digits in groups split by one space, hyphen, full stop or slash, or in
# brackets ("(0)20"), maybe after "+" (the calling code), seven digits or more (checked below).
_PHONE = re.compile(
    r"(?<![\w.,])\+?(?:\(\d+\)\d*|\d+)(?:[ \u00a0\u202f.\-/](?:\(\d+\)\d*|\d+))+(?![\w.,]\d|\w)"
)
_NOT_DIGIT = re.compile(r"\D")
_MIN_DIGITS = 7
_CODE_DIGITS = (1, 2, 3)  # a country calling code: "+1", "+44", "+353"
_SLIPPED_DIGITS = 2  # digits changed, left out or added: the same number mistyped, not another


def _phones(text: str) -> list[tuple[int, int, str]]:
    """The telephone-like digit runs of ``text``: span and the digits alone."""
    found = []
    for m in _PHONE.finditer(text):
        digits = _NOT_DIGIT.sub("", m.group().replace("(0)", ""))  # "+44 (0)20": the trunk "0" not dialled
        if len(digits) >= _MIN_DIGITS:
            found.append((m.start(), m.end(), ("+" if m.group()[0] == "+" else "") + digits))
    return found


def _forms(phone: str) -> set[str]:
    """The digits one may dial for a telephone number ("+" before a calling code): as written,
    and for one with a calling code, without it, with or without the trunk "0" instead."""
    plain = phone.lstrip("+")
    if not phone.startswith("+"):
        return {plain}
    return {plain} | {form for n in _CODE_DIGITS for form in (plain[n:], "0" + plain[n:])}


def _distance(said: str, written: str) -> int:
    """Digits changed, left out or added between two telephone numbers, one of them maybe
    with the calling code where the other has the trunk "0" or nothing (the code's length
    as fits best). Two in the international form are compared whole: another calling code
    is another country."""
    if said.startswith("+") and written.startswith("+"):
        return Levenshtein.distance(said, written)
    return min(Levenshtein.distance(a, b) for a in _forms(said) for b in _forms(written))


class PhoneSlip(NamedTuple):
    """A telephone number of the source written with other digits in the target."""

    said: tuple[int, int]
    written: tuple[int, int]


def regrouped_phones(
    source: str, target: str, missing: Sequence[Number], extra: Sequence[Number]
) -> tuple[list[Number], list[Number], list[PhoneSlip]]:
    """``missing`` and ``extra`` without the numbers inside a telephone number that the target
    writes otherwise grouped or in the international form (see the module's description),
    and the telephone numbers it writes with a digit or two changed, left out or added, as
    one slip each rather than group by group."""
    said_phones, written_phones = _phones(source), _phones(target)
    if not said_phones or not written_phones:
        return list(missing), list(extra), []
    said_spans, written_spans, slips = [], [], []
    for s_start, s_end, said in said_phones:
        for t_start, t_end, written in written_phones:
            if (t_start, t_end) in written_spans:
                continue
            distance = _distance(said, written)
            if distance > _SLIPPED_DIGITS:
                continue
            said_spans.append((s_start, s_end))
            written_spans.append((t_start, t_end))
            if distance:
                slips.append(PhoneSlip((s_start, s_end), (t_start, t_end)))
            break
    return _outside(missing, said_spans), _outside(extra, written_spans), slips


def _outside(found: Sequence[Number], spans: list[tuple[int, int]]) -> list[Number]:
    return [n for n in found if not any(start <= n.start and n.end <= end for start, end in spans)]
