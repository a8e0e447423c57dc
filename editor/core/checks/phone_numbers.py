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

from editor.core.checks.number_slip import Slip
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


# Calling codes whose numbers keep their leading "0" after the code (Italy, San Marino, the
# Vatican: "+39 06 …"); elsewhere the "0" is a trunk prefix, dialled at home only.
_KEEPS_ZERO = frozenset({"39", "378", "379"})
_CODE = re.compile(r"\+(\d{1,3})[ \u00a0\u202f.\-/]")  # a calling code set apart: "+44 "
_LEADING_ZERO = re.compile(r"(?<![\d+])0\d")


def _parts(text: str, start: int, end: int) -> tuple[str | None, str, bool]:
    """A telephone number's calling code (None if none is set apart), its digits after it
    ("(0)" left out) and whether they start with a "0" written plainly."""
    code = _CODE.match(text, start, end)
    rest = text[code.end() if code else start : end].lstrip(" \u00a0\u202f")
    national = _NOT_DIGIT.sub("", rest.replace("(0)", "", 1))
    return (code.group(1) if code else None), national, rest.startswith("0")


def zero_slips(source: str, target: str) -> list[Slip]:
    """Telephone numbers of the source the target writes with its "0" wrong: kept after a
    calling code it adds or writes where it is a trunk prefix ("0113 …" -> "+44 0113 …"; "+44
    (0)113" is a notation of its own), or dropped where no code is added or the country keeps
    it ("0372 …" -> "372 …", "+39 0372 …" -> "+39 372 …")."""
    if not (_LEADING_ZERO.search(source) or "+" in target):
        return []
    said_phones = _phones(source)
    if not said_phones:
        return []
    found = []
    for t_start, t_end, _ in _phones(target):
        code, national, zero = _parts(target, t_start, t_end)
        for s_start, s_end, _ in said_phones:
            said_code, said_national, said_zero = _parts(source, s_start, s_end)
            if national.lstrip("0") != said_national.lstrip("0") or (code and said_code not in (None, code)):
                continue  # another number (a digit changed is the regrouping's slip)
            said, written = source[s_start:s_end], target[t_start:t_end]
            country = code or said_code
            if zero and code is not None and code not in _KEEPS_ZERO and not (said_zero and said_code):
                message = f"'{written}': the trunk '0' is not dialled after the calling code +{code}"
            elif (
                said_zero
                and not zero
                and (country is None or country in _KEEPS_ZERO)
                and not (code and said_code)
            ):
                # (both with the code: the regrouping's slip)
                message = f"'{written}' has lost the leading '0' of '{said}', which is part of the number"
            else:
                break
            found.append(Slip(t_start, t_end, message, None, (s_start, s_end)))
            break
    return found
