"""placeholder_mismatch: the variables of software strings ("%d", "%1$s", "%(name)s", "{0}",
"{count}") must come through the translation as they are; a lost, added or reordered one
breaks the program that fills them in."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from editor.core.checks.addresses import altered
from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.model import Segment

# printf conversions with their flags, width, precision and length ("%-10ld", "%.*s",
# "%3$.*2$s"), the kernel's pointer formats ("%pB"), Python's named ones ("%(count)d"), and
# brace fields ("{0}", "{name!r:>10}"). Not prose: no space flag, no digit right before the
# "%" ("5 % des", "5%ige"), a "-" or "0" flag only with a width ("%-encoding"), a rare length
# modifier not run into a word ("%time"), no names in capitals ("{HEXNUMBER}" is syntax).
_STAR = r"\*(?:\d+\$)?"
_PLACEHOLDER = re.compile(
    rf"(?<![\d%])%(?:(?P<position>\d+)\$)?(?:[-0][-+#0']*(?:\d+|{_STAR})|[+#']*(?:\d+|{_STAR})?)"
    rf"(?:\.(?:\d+|{_STAR}))?"
    r"(?:(?:hh|h|ll|l)?[diouxXeEfFgGcsaA]|[Lqjzt][diouxXeEfFgGcsaAp](?![a-z])|p[A-Z][A-Za-z0-9]*|p)"
    r"|(?<![\d%])%\([^()\s]+\)[-+#0]*\d*(?:\.\d+)?[diouxXeEfFgGcrs]"
    r"|\{(?:\d+|(?![A-Z_]+[}!:])[A-Za-z_]\w*(?:\.\w+)*)(?:![rsa])?(?::[^{}\s]*)?\}",
    re.ASCII,
)
# Not printf: "%%" (a percent sign) and "%NAME%" in capitals (a Windows variable, a metavariable).
_NOT_PRINTF = re.compile(r"%%|%[A-Z_][A-Z0-9_]+%", re.ASCII)
# Directives only strftime has: a date format, which translations localise ("%d.%m.%Y").
_STRFTIME = re.compile(r"(?<!%)%[EO]?[HMSYZBTDjUWyb](?![A-Za-z])", re.ASCII)
_ARGUMENT_STAR = re.compile(r"\*\d+\$")
_KIND = re.compile(r"p[A-Z][A-Za-z0-9]*$|(?:hh|h|ll|l|L|q|j|z|t)?[A-Za-z]$")
# Conversions that take the same argument the same way ("%i" is "%d"; "%X" prints "%x" in
# capitals): a translation may use either.
_SAME = str.maketrans("iXEFGA", "dxefga")


def placeholders(text: str) -> list[re.Match[str]]:
    """The placeholders of ``text`` in order ("%%" is a percent sign, not one)."""
    if "%" not in text and "{" not in text:
        return []
    if "%" in text:
        text = _NOT_PRINTF.sub(lambda m: " " * len(m.group()), text)
    return list(_PLACEHOLDER.finditer(text))


@register
class PlaceholderMismatchCheck(Check):
    id = "placeholder_mismatch"
    name = "Placeholder mismatch"
    description = (
        "Format placeholders of the source (%d, %1$s, %(name)s, {0}, {name}) missing, doubled or "
        "added in the translation, or unnumbered ones put in another order; code in backticks "
        "(`onSave`), web and e-mail addresses and @handles changed or lost."
    )
    severity = Severity.ERROR
    category = "Fluency/Other"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        if "`" in segment.source and "`" in segment.target:
            yield from self._inline_code(segment, context)
        said = segment.source
        if ("@" in said or "/" in said or "www." in said) and segment.target.strip():
            yield from self._addresses(segment, context)
        source, target = placeholders(segment.source), placeholders(segment.target)
        if not source and not target:
            return
        if [m.group() for m in source] == [m.group() for m in target]:
            return  # the same placeholders in the same order (most strings): nothing to compare
        theirs, mine = _keyed(source), _keyed(target)
        if _STRFTIME.search(segment.source):
            return  # a date format: localised, not filled in
        by_position = {key[0]: text for key, text, _ in theirs if isinstance(key[0], int)}
        wanted = Counter(key for key, _, _ in theirs)
        seen: Counter[tuple[int | str, str]] = Counter()
        for key, text, match in mine:
            seen[key] += 1
            if seen[key] <= wanted[key] or (wanted[key] and match.group("position")):
                continue  # a numbered argument may be used again ("%2$u ... %2$u")
            if isinstance(key[0], int) and key[0] in by_position and not wanted[key]:
                message = (
                    f"Placeholder '{text}' stands where the source has '{by_position[key[0]]}': "
                    "unnumbered placeholders are filled in order (numbered ones, as in %1$s, may "
                    "be reordered)"
                )
            elif wanted[key]:
                message = f"Placeholder '{text}' is here more often than in the source"
            else:
                message = f"Placeholder '{text}' is not in the source"
            yield self.issue(segment, context, match.start(), match.end(), message)
        found = Counter(key for key, _, _ in mine)
        lost: Counter[tuple[int | str, str]] = Counter()
        for key, text, match in theirs:
            lost[key] += 1
            if lost[key] > found[key] and not _taken(key, mine):
                yield self.issue(
                    segment,
                    context,
                    match.start(),
                    match.end(),
                    f"Placeholder '{text}' of the source is missing from the translation",
                    side="source",
                    source_span=(match.start(), match.end()),
                )

    def _addresses(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A web or e-mail address or a @handle of the source that the translation changes
        (a translated path or mailbox) or drops: a warning, as a translator may point to a
        page in the target's language."""
        for address, partner in altered(segment.source, segment.target, context.target_lang):
            if partner is None:
                yield self.issue(
                    segment,
                    context,
                    address.start,
                    address.end,
                    f"'{address.text}' of the source is missing from the translation",
                    side="source",
                    source_span=(address.start, address.end),
                    severity=Severity.WARNING,
                )
                continue
            yield self.issue(
                segment,
                context,
                partner.start,
                partner.end,
                f"'{partner.text}' where the source has '{address.text}': addresses are kept as written",
                fix=Fix(partner.start, partner.end, address.text),
                severity=Severity.WARNING,
            )

    def _inline_code(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """Code in backticks (`onSave`, `--no-tray`) is kept as written: a span of the
        translation's that holds none of the source's code is translated code. Only where both
        texts mark code so; one marked differently ("»onSave«") is the translator's style."""
        ours = [m.group(1) for m in _INLINE_CODE.finditer(segment.source)]
        if not ours:
            return
        left = list(ours)
        changed = []
        for m in _INLINE_CODE.finditer(segment.target):
            if m.group(1) in left:
                left.remove(m.group(1))
            else:
                changed.append(m)
        for m, meant in zip(changed, [code for code in ours if code in left], strict=False):
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"Code '{m.group(1)}' where the source has '{meant}': code in backticks is kept as written",
                fix=Fix(m.start(), m.end(), f"`{meant}`"),
                severity=Severity.WARNING,
            )


_Keyed = tuple[tuple[int | str, str], str, re.Match[str]]
# `onSave`, `--no-tray`; not GNU `quoting' (no apostrophe inside, none after the span)
_INLINE_CODE = re.compile(r"(?<![\w`])`([^`\s'’](?:[^`\n'’]{0,38}[^`\s'’])?)`(?![\w`'])")


def _keyed(found: list[re.Match[str]]) -> list[_Keyed]:
    """Each placeholder with what identifies it: a printf conversion by the argument it takes
    (its number, or its place among the unnumbered ones) and its conversion ("%2$s" in a
    translation is the source's second "%s", "%-20s" its "%12s"); a named one or a brace
    field by its text."""
    keyed: list[_Keyed] = []
    place = 0
    for match in found:
        text = match.group()
        if text.startswith("%") and not text.startswith("%("):
            position = match.group("position")
            spec = _ARGUMENT_STAR.sub("*", text[1:] if position is None else text[len(position) + 2 :])
            if position is None:
                place += 1 + spec.count("*")  # a "*" takes an argument of its own
            # Flags, width and precision are layout (a translation may widen a column):
            # what must agree is the argument's type, the length modifier and conversion.
            kind = _KIND.search(spec)
            conversion = kind.group() if kind else spec
            conversion = conversion[:-1] + conversion[-1].translate(_SAME)
            keyed.append(((int(position) if position else place, conversion), text, match))
        else:
            keyed.append(((text, ""), text, match))
    return keyed


def _taken(key: tuple[int | str, str], mine: list[_Keyed]) -> bool:
    """Whether the target fills this argument with another conversion (reported there)."""
    return isinstance(key[0], int) and any(k[0] == key[0] for k, _, _ in mine)
