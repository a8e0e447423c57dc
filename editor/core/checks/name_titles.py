"""A courtesy title of the other gender than the source's before the same name ("Ms Roe" ->
"Herr Roe", "Mr Roe" -> "Mme Roe"): a mistranslation of the person."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.names import Name
from editor.core.langdata import language

_TITLE_BEFORE = re.compile(r"([^\W\d_]+\.?) +\Z")  # the word right before a name's
# ... or before a first name before it ("Dr. Sofia Marinescu")
_TITLE_OR_NAME_BEFORE = re.compile(r"([^\W\d_]+\.?) +(?:[A-Z][^\W\d_A-Z]+ +)?\Z")
_TITLE_REACH = 20
_NAME = r"[^\W\d_][^\W\d_'’-]*"  # the word after a title: a first name or the surname


@lru_cache(maxsize=32)
def _titled(lang: str) -> re.Pattern[str] | None:
    """A title of courtesy with a gender (language data ``feminine_titles``,
    ``masculine_titles``), its full stop, and the word after it."""
    data = language(lang)
    titles = data.feminine_titles | data.masculine_titles
    if not titles:
        return None
    choices = "|".join(re.escape(t) for t in sorted(titles, key=len, reverse=True))
    return re.compile(rf"(?<![^\W_])({choices})\.?[ \u00a0]+({_NAME})", re.IGNORECASE)


def _gender(title: str, lang: str) -> str | None:
    """ "f" or "m" for a title as written; None for a short one in lowercase ("ms" of "10 ms",
    "m" of "5 m"), which is a unit rather than a title."""
    if len(title) <= 2 and not title[0].isupper():
        return None
    key, data = title.lower(), language(lang)
    return "f" if key in data.feminine_titles else "m" if key in data.masculine_titles else None


def crossed_titles(
    source: str, target: str, source_lang: str, target_lang: str
) -> list[tuple[int, int, str]]:
    """Spans of the target (start, end, message) where a title of the other gender than the
    source's stands before the same word of a name. A name the source gives titles of both
    genders ("Mr Roe and Ms Roe", "Mr and Ms Roe", which a translation may write in the
    other order) is left alone."""
    source_titles, target_titles = _titled(source_lang), _titled(target_lang)
    if source_titles is None or target_titles is None:
        return []
    genders: dict[str, set[str]] = {}
    written: dict[str, str] = {}
    shared: set[str] = set()  # of titles before a word in lowercase: "Mr and Ms Roe"
    for found in source_titles.finditer(source):
        title, name = found.groups()
        gender = _gender(title, source_lang)
        if gender is not None and name[0].isupper():
            genders.setdefault(name, set()).add(gender)
            written.setdefault(name, found.group().split()[0])
        elif gender is not None:
            shared.add(gender)
    if not genders:
        return []
    for found_genders in genders.values():
        found_genders |= shared
    crossed = []
    for found in target_titles.finditer(target):
        title, name = found.groups()
        gender = _gender(title, target_lang)
        if gender is not None and name in genders and gender not in genders[name]:
            crossed.append(
                (
                    found.start(),
                    found.end(),
                    f"'{found.group()}' gives '{name}' a title of the other gender than "
                    f"'{written[name]} {name}' of the source",
                )
            )
    return crossed


_OPENING_WORDS = re.compile(r"[^\W\d_]+")


def bare_salutation(source: str, start: int, target: str, source_lang: str, target_lang: str) -> bool:
    """Whether the name at ``start`` of the source is the addressee of a letter's salutation
    ("Dear Ms Roe,") and the translation opens with a salutation of titles alone ("Madame,",
    "Chère Madame,", "Estimada señora:"), as its language may greet without the name."""
    theirs, ours = language(source_lang), language(target_lang)
    before = _OPENING_WORDS.findall(source[:start].lower())
    if not before or before[0] not in theirs.salutations or len(before) > 2:
        return False  # not "Dear [Ms] " opening the text
    if len(before) == 2 and before[1] not in theirs.titles | theirs.courtesy_titles:
        return False
    head = target.lstrip()
    mark = ours.salutation_mark or ","
    opening = head.split(mark, 1)[0] if mark in head[:40] else ""
    words = _OPENING_WORDS.findall(opening.lower())
    greeting = ours.salutations | ours.titles | ours.feminine_titles | ours.masculine_titles
    return bool(words) and all(word in greeting for word in words)


def titled_surname(target: str, name: Name, hits: list[list[tuple[str, int, int]]], lang: str) -> bool:
    """Whether the translation gives the person as a title and the surname, the first names
    left out, as a letter or a formal text addresses one ("Frau Vasilaki", "Mme Dubois"):
    the name's last words are there as written, the words before them missing, and a title
    of the target language stands right before the first one kept."""
    kept = [k for k, h in enumerate(hits) if h]
    if not kept or kept[0] == 0 or kept != list(range(kept[0], len(hits))):
        return False
    titles = language(lang).titles
    for _, start, _ in hits[kept[0]]:
        before = _TITLE_BEFORE.search(target, max(0, start - _TITLE_REACH), start)
        if before is not None and before.group(1).lower().rstrip(".") in titles:
            return True
    return False


def after_title(source: str, start: int, lang: str) -> bool:
    """Whether a title of a person stands right before the name at ``start`` ("Mrs Whitfield",
    "Dr. Roe"), or before a first name before it ("Dr. Sofia Marinescu")."""
    before = _TITLE_OR_NAME_BEFORE.search(source, max(0, start - _TITLE_REACH), start)
    data = language(lang)
    return before is not None and before.group(1).lower().rstrip(".") in data.titles | data.courtesy_titles


_TARGET_QUOTES = '\u00ab\u201c\u201e"\u2039\u300c'  # « “ „ " ‹ 「


def quoted_title(source: str, start: int, target: str) -> bool:
    """Whether the name at ``start`` of the source stands inside a quotation ("our pantomime
    “Jack and the Beanstalk”") and the translation quotes something too: a title of a work,
    which a translation may give in its language's established form."""
    before = source[:start]
    quoted = before.count("\u201c") > before.count("\u201d") or before.count('"') % 2 == 1
    return quoted and any(mark in target for mark in _TARGET_QUOTES)
