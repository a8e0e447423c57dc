"""lost_list_item: a list of the source ("wardrobes, beds, desks, kitchen cabinets and
children's furniture") whose translation gives fewer items ("kledingkasten, bedden,
keukenkastjes en kindermeubels"): an item left out."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.base import Check, CheckContext, Issue, Severity
from editor.core.checks.prose import everyday_sentence, technical_document
from editor.core.checks.registry import register
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language
from editor.core.model import Segment

_CLAUSE = re.compile(r"[.;:!?()\[\]\"“”„«»]")  # a list stays within its clause
_COMMA = re.compile(r",\s+")
_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"[^\W\d_]+")
_SHORT = 3  # words of an item the source's list is counted by: longer, it may be a clause
_MIN_ITEMS = 3  # items of the source's list: two joined by "and" are a pair, not a list


@dataclass(frozen=True, slots=True)
class _List:
    items: int
    start: int  # where its text starts (the last word of the part that opens it)
    end: int
    last: int  # where its last item's first word ends ("… saunas and sunbeds| for 3 weeks")


@register
class LostListItemCheck(Check):
    id = "lost_list_item"
    name = "List item left out"
    description = (
        'A list of the source ("wardrobes, beds, desks and chairs": three items or more, '
        'commas and a closing "and" or "or") whose translation in the same segment gives '
        "fewer items, even counted generously: an item left out. In everyday prose only, and not "
        "a list of numbers."
    )
    severity = Severity.WARNING
    category = "Accuracy/Omission"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        source, target = segment.source, segment.target
        if ", " not in source or not everyday_sentence(source, context.stats):
            return  # most sentences list nothing
        if technical_document(context.stats):
            return  # software's messages list values and options their own ways
        if "(" in source and (
            bracketed := _bracketed(source, target, context.source_lang, context.target_lang)
        ):
            (start, end), (said_start, said_end), items, said_items = bracketed
            yield self.issue(
                segment,
                context,
                start,
                end,
                f"This list has {items} items where the source's has {said_items} "
                f"('{source[said_start:said_end]}'): an item may be left out",
                source_span=(said_start, said_end),
            )
            return
        said = _longest(source, context.source_lang, least=True)
        if said is None or said.items < _MIN_ITEMS or _DIGIT.search(source, said.start, said.last):
            return  # (a list of numbers is the numbers' check's)
        written = _longest(target, context.target_lang, least=False) or _pair(target, context.target_lang)
        if written is None or written.items >= said.items or _elsewhere(source, said, target, written):
            return
        listed = source[said.start : said.last] + ("…" if said.last < said.end else "")
        yield self.issue(
            segment,
            context,
            written.start,
            written.end,
            f"This list has {written.items} items where the source's has {said.items} "
            f"('{listed}'): an item may be left out",
            source_span=(said.start, said.end),
        )


def _longest(text: str, lang: str, least: bool) -> _List | None:
    """The list of ``text`` with the most items: comma-separated parts before one joined by
    a conjunction ("bell, lights and tyre pressure"). ``least``: only parts of a few words
    without a conjunction count, back to the first that is none (an opening clause, "Before
    you set off, check the brakes" or "For fire safety, keep tents", is no item); else every
    part counts, back to the clause's start or a part with a conjunction of its own, which
    opens the list (the most items a translation may hold). The last item's words run on
    into the clause ("saunas and sunbeds for 3 weeks"): the list ends where its text does."""
    joined = _joining(lang)
    if joined is None:
        return None
    best: _List | None = None
    for clause in _clauses(text):
        start, end = clause
        parts = _parts(text, start, end)
        for k in range(1, len(parts)):
            a, b = parts[k]
            conjunction = joined.search(text[a:b])
            if conjunction is None or (least and len(text[a : a + conjunction.start()].split()) > _SHORT):
                continue  # (the last item's words after the conjunction run on into the clause)
            items = 1 if conjunction.start() == 0 else 2  # ", and W" (a serial comma) or ", V and W"
            word = _WORD.search(text, a + conjunction.end(), b)
            last = word.end() if word else b
            opened = a
            for j in range(k - 1, -1, -1):
                c, d = parts[j]
                part = text[c:d]
                own = joined.search(part) is not None  # a conjunction of its own: the list opens here
                if least and (own or len(part.split()) > _SHORT or _adverbial(parts, j, k, text, lang)):
                    if _opening_item(parts, j, k, own, text, lang):
                        items += 1  # "All coaches have reclining seats, air conditioning and …"
                        opened = _last_word(text, c, d)
                    break
                items += 1
                opened = _last_word(text, c, d)  # (the words that open the list are no item)
                if own or _includes(part, lang):
                    break  # ("€385 per child, including travel, food and …": the list opens here)
            if best is None or items > best.items:
                best = _List(items, opened, b, last)
    return best


_BRACKETS = re.compile(r"\(([^()]+)\)")


def _bracketed(
    source: str, target: str, source_lang: str, target_lang: str
) -> tuple[tuple[int, int], tuple[int, int], int, int] | None:
    """A list that fills a bracket of the source with commas alone ("(weddings, fashion,
    advertising)": three items or more of a few words, no number), whose translation, with as
    many brackets, gives fewer items in the bracket at its place, two at least, each comma and
    conjunction counted ("(bruiloften, mode)"): the spans of both lists and their items."""
    said, written = list(_BRACKETS.finditer(source)), list(_BRACKETS.finditer(target))
    joined, joining = _joining(source_lang), _joining(target_lang)
    if len(said) != len(written) or joined is None or joining is None:
        return None
    for ours, theirs in zip(said, written, strict=True):
        parts = _parts(source, *ours.span(1))
        if (
            len(parts) < _MIN_ITEMS
            or joined.search(ours.group(1))
            or _DIGIT.search(ours.group(1))
            or any(len(source[a:b].split()) > _SHORT for a, b in parts)
        ):
            continue
        items = sum(1 + len(joining.findall(target[a:b])) for a, b in _parts(target, *theirs.span(1)))
        if 1 < items < len(parts):  # (one item alone: another bracket's words, "(ook modeshows)")
            return theirs.span(1), ours.span(1), items, len(parts)
    return None


def _includes(part: str, lang: str) -> bool:
    """Whether ``part`` opens with a word for including ("including travel"): the first item
    of a list, after what the list details."""
    first = _WORD.search(part)
    return first is not None and first.group().lower() in language(lang).opposites.included_words


_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b[^\W\d_a-z][^\W\d_]+")  # a capitalised word inside a sentence


def _elsewhere(source: str, said: _List, target: str, written: _List) -> bool:
    """Whether a name of the source's list stands in the target outside the list counted
    there ("your fitter, usually Maria Okafor or Tom Reyes, will measure your flexibility,
    saddle height and reach"): that list is another, not the source's with an item fewer."""
    listed = target[written.start : written.end]
    for name in _NAME.finditer(source, said.start, said.end):
        word = name.group()
        if word in target and word not in listed and not word.isupper():
            return True
    return False


def _opening_item(parts: list[tuple[int, int]], j: int, k: int, own: bool, text: str, lang: str) -> bool:
    """Whether part ``j``, too long to be an item, is the clause's first part and ends with the
    list's first item ("All coaches have reclining seats, air conditioning and a toilet"): it
    opens with no function word but a determiner ("Before you set off, check the brakes and
    lights"), is no opening phrase (see :func:`_adverbial`), and a conjunction of its own joins
    another verb, a few words before its end ("A service costs £65 and includes cleaning,
    oiling …"); the part after it opens with no preposition ("on completion of the work, by
    card or in cash" lists two ways to pay)."""
    if j != 0 or _adverbial(parts, j, k, text, lang):
        return False
    data = language(lang)
    part = text[slice(*parts[0])]
    if own:
        joined = _joining(lang)
        last = list(joined.finditer(part)) if joined is not None else []
        if not last or len(part[last[-1].end() :].split()) > _SHORT:
            return False
    first = part.split(maxsplit=1)[0].lower()
    if first in data.function_words and first not in data.determiners:
        return False
    # items that open with a preposition ("…of the work, by card or in cash") follow a clause
    following = text[slice(*parts[1])].split(maxsplit=1)[0].lower()
    return following not in data.function_words or following in data.determiners


def _adverbial(parts: list[tuple[int, int]], j: int, k: int, text: str, lang: str) -> bool:
    """Whether part ``j`` is a phrase that opens the sentence, not an item of the list that
    ``k`` closes: the clause's first part, of words that open with a function word ("For
    fire safety"), before a part in which the list seems to open, of as many words as an
    item may have ("please keep tents, awnings and vehicles")."""
    if j != 0 or k < 2:
        return False
    words = text[slice(*parts[0])].split(maxsplit=1)
    if len(words) < 2 or words[0].lower() not in language(lang).function_words:
        return False
    return len(text[slice(*parts[1])].split()) >= _SHORT


def _pair(text: str, lang: str) -> _List | None:
    """Two items joined by a conjunction, where the text has no comma ("papel triturado ni
    cajas"): the words either side of it; None with a comma or another conjunction."""
    joined = _joining(lang)
    if joined is None or "," in text:
        return None
    found = list(joined.finditer(text))
    if len(found) != 1:
        return None
    before = text.rfind(" ", 0, found[0].start())
    after = _WORD.match(text, found[0].end())
    end = after.end() if after else found[0].end()
    return _List(2, before + 1, end, end)


def _clauses(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for m in _CLAUSE.finditer(text):
        yield start, m.start()
        start = m.end()
    yield start, len(text)


def _parts(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the clause's comma-separated parts, spaces trimmed."""
    spans, at = [], start
    for m in _COMMA.finditer(text, start, end):
        spans.append((at, m.start()))
        at = m.end()
    spans.append((at, end))
    trimmed = []
    for a, b in spans:
        part = text[a:b]
        a += len(part) - len(part.lstrip())
        b -= len(part) - len(part.rstrip())
        trimmed.append((a, b))
    return [(a, b) for a, b in trimmed if a < b]


def _last_word(text: str, start: int, end: int) -> int:
    """Where the last word of ``text[start:end]`` starts (the first item of a list, at the end
    of the words that open it)."""
    space = text.rfind(" ", start, end)
    return start if space < 0 else space + 1


@lru_cache(maxsize=16)
def _joining(lang: str) -> re.Pattern[str] | None:
    """The language's words that join a list's last item ("and", "or", "ni"), as words."""
    data = language(lang)
    words = data.coordinators | data.list_negations
    if not words:
        return None
    return re.compile(rf"(?:^|\s)(?i:{alternatives(set(words))})\s")
