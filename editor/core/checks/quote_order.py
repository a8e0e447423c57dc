"""Punctuation copied in the source language's order: a comma or full stop before a closing
quotation mark where the target language writes it after ("familia,»" for "family,”"), and a
spaced hyphen where the language writes a dash ("», - сказала", "Paris - la ville"), a dash
spaced on one side only where the language spaces both ("das Ende– und"); and
marks of another script's style: guillemets turned the other way ("» … «" in French) and the
full-width marks of Chinese and Japanese in a text of another script ("Achtung："), and a
quotation opened with the closing mark where the language opens with another ("’Hello’" for
"‘Hello’")."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from editor.core.langdata import LanguageData, language

_SPACES = " \u00a0\u202f"
# The source writes a comma or full stop before a closing quotation mark ("family,” says").
_SOURCE_ORDER = re.compile(r"[,.](?<=[^\W\d_][,.])[\"\u201d\u2019']")
# A dash of the source between words: an em dash with or without spaces, an en dash with
# them (one without joins a range or a pair: "Paris–Berlin").
_SOURCE_DASH = re.compile(r"[\u2014\u2013](?:(?<=\w\u2014)|(?<=\w [\u2014\u2013]))(?=[^\W\d_]| [^\W\d_])")
_DASH = re.compile(r"[\u2014\u2013](?<=\w [\u2014\u2013])(?= [^\W\d_])")
# A dash between words with a space on one side only: glued to the word before ("Ende– und")
# or to the word after ("Danke. –Jana", or opening a line: "–Jana"), and the same in the
# source (its author's style). The dash first: a scan skips to those rare characters.
_ONE_SIDED = re.compile(
    r"[\u2014\u2013](?:(?<=[^\W\d_].)(?= [^\W\d_])|(?:(?<=[\w.,;:!?…\"»”“)] .)|(?<![^\n].))(?=[^\W\d_]))"
)
# A dash spaced on both sides, or opening a line with a space after it.
_SPACED_DASH = re.compile(r"[\u2014\u2013](?:(?<=\S .)|(?<![^\n].))(?= \S)")
# A hyphen-minus written with spaces between words: a dash typed on a keyboard.
_SPACED_HYPHEN = re.compile(r"-(?<=\w -)(?= [^\W\d_])")
# The full-width marks of Chinese and Japanese text (colon, comma, semicolon, marks of
# exclamation and question, brackets, the ideographic full stop and comma) after a letter
# of another script, or opening before one, with no wide character beside it: "Achtung：",
# "（siehe".
_WIDE_MARKS = "\uff1a\uff0c\uff1b\uff01\uff1f\uff08\uff09\u3002\u3001"
_HALF_WIDTH = dict(zip(_WIDE_MARKS, ":,;!?().,", strict=True))
_WIDE = "\u2e80-\U0003ffff"  # the wide scripts' characters, their marks among them
_WIDE_MARK = re.compile(rf"(?<![{_WIDE}])[{_WIDE_MARKS}](?![{_WIDE}])(?:(?<=[^\W_].)|(?=[^\W_]))")
# "» text «": a closing guillemet that opens a quotation and an opening one that closes it.
_REVERSED = re.compile(
    r"(?<![^\s(\[])»(?=[ \u00a0\u202f]?[^\W\d_])([^«»\n]{1,300}?[^\W\d_.!?…][ \u00a0\u202f]?)«(?![^\W\d_])"
)
_SOURCE_OPENER = re.compile("[`\u201c\u2018\u201e\u00ab]")
_SOURCE_CLOSER = re.compile("(?<=\\S)['\u201d\u2019\u00bb](?=\\s|$)")
_FRAGMENT_WORD = 4  # letters before a quoted fragment's full stop: "etc." and "usw." end as they are


class Misplaced(NamedTuple):
    start: int
    end: int
    why: str
    fix: str


@lru_cache(maxsize=32)
def _patterns(code: str) -> tuple[dict[str, str], re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's closing quotation marks (each with its openers), a comma or full stop
    right before one, and a hyphen after one and its comma (where a dash opens the author's
    words). Apostrophes are no closing marks: "l’", "it's"."""
    data = language(code)
    openers: dict[str, str] = {}
    for open_, close in data.quotes:
        if open_ != close and close not in "\u2019'":
            openers[close] = openers.get(close, "") + open_
    if not openers:
        return openers, None, None
    closers = re.escape("".join(openers))
    order = re.compile(rf"[,.](?<=[^\W\d_][,.])[{_SPACES}]?[{closers}](?=[\s)\]]|$)")
    speech = re.compile(rf"-(?<=[{closers}], -)(?= [^\W\d_])") if data.speech_dash else None
    return openers, order, speech


def misplaced_marks(text: str, source: str, lang: str, source_lang: str) -> list[Misplaced]:
    """The commas, full stops and hyphens of ``text`` (in ``lang``) written as the source's
    language writes them where the target language writes them otherwise."""
    data = language(lang)
    found: list[Misplaced] = []
    closers = _patterns(lang)[0]
    quoted = data.marks_after_quote and any(mark in text for mark in closers)
    if quoted and _SOURCE_ORDER.search(source):
        found += _copied_order(text, source, data)
    if quoted and data.speech_verbs and not data.speech_dash:
        found += _lost_comma(text, source, data, source_lang)
    if "- " in text and (data.speech_dash or data.clause_dash):
        found += _hyphens(text, source, data)
    if "»" in text and "«" in text and ("«", "»") in data.quotes and ("»", "«") not in data.quotes:
        found += _reversed(text, source, data)
    if not data.wide_script and not text.isascii():
        found += _wide_marks(text, source, data)
    if ("\u2019" in text or "\u201d" in text) and not data.wide_script:
        found += _opened_by_closer(text, source, data)
    if data.symmetric_dashes and ("\u2014" in text or "\u2013" in text):
        found += _one_sided_dashes(text, source, data)
    return found


def _one_sided_dashes(text: str, source: str, data: LanguageData) -> list[Misplaced]:
    """A dash between words spaced on one side only, where the source spaces its dashes
    (and writes none so itself)."""
    if not _SPACED_DASH.search(source) or _ONE_SIDED.search(source):
        return []
    found = []
    for m in _ONE_SIDED.finditer(text):
        dash = m.group()
        if text[m.end()] == " ":  # glued to the word before
            why = f"No space before '{dash}': {data.name} spaces a dash between words on both sides"
            found.append(Misplaced(m.start(), m.end(), why, " " + dash))
        else:
            why = f"No space after '{dash}': {data.name} spaces a dash between words on both sides"
            found.append(Misplaced(m.start(), m.end(), why, dash + " "))
    return found


def _reversed(text: str, source: str, data: LanguageData) -> list[Misplaced]:
    """Guillemets pointing inwards ("» … «", German and Danish style) in a language that
    writes them pointing outwards, where the source has none so."""
    if _REVERSED.search(source) or _closes_first(source):
        return []
    why = f"Guillemets turned the other way: {data.name} writes '«' to open and '»' to close"
    found = []
    for m in _REVERSED.finditer(text):
        if text.rfind("«", 0, m.start()) > text.rfind("»", 0, m.start()):
            continue  # a quotation closes there and another opens: "« a » et « b »"
        found.append(Misplaced(m.start(), m.start() + 1, why, "«"))
        found.append(Misplaced(m.end() - 1, m.end(), why, "»"))
    return found


# A closing mark at a word's start before a letter (for the single one, a capital: "’t" and
# "’s" are elisions), and the same mark closing after a word or a mark later on.
_OPENED_BY = {
    "\u2019": re.compile(
        r"(?:^|(?<=[\s(\[]))\u2019(?=[^\W\d_](?<=[^\W\d_a-z]))(?=.*?\w[.,!?…]?\u2019(?!\w))"
    ),
    "\u201d": re.compile(r"(?:^|(?<=[\s(\[]))\u201d(?=[^\W\d_])(?=.*?[\w.,!?…]\u201d(?!\w))"),
}
_SOURCE_QUOTE = re.compile("[\"'\u2018\u2019\u201c\u201d]")


def _opened_by_closer(text: str, source: str, data: LanguageData) -> list[Misplaced]:
    """A quotation opened with the closing mark ("’Hello’", "”Hello”") in a language that
    opens it with another ("‘", "“"), where the source quotes and does not write so itself."""
    found = []
    for opener, closer in data.quotes:
        pattern = _OPENED_BY.get(closer)
        if pattern is None or opener == closer or opener in text or not _SOURCE_QUOTE.search(source):
            continue
        if pattern.search(source):
            continue
        why = f"Quotation opened with '{closer}': {data.name} opens it with '{opener}'"
        found += [Misplaced(m.start(), m.end(), why, opener) for m in pattern.finditer(text)]
    return found


def _closes_first(source: str) -> bool:
    """Whether the source closes a quotation before it opens one: a fragment of a message
    cut between two quotations ("x' and `y"), whose translation turns its marks so too."""
    opened = _SOURCE_OPENER.search(source)
    closed = _SOURCE_CLOSER.search(source)
    return closed is not None and (opened is None or closed.start() < opened.start())


def _wide_marks(text: str, source: str, data: LanguageData) -> list[Misplaced]:
    """Full-width marks of Chinese and Japanese beside letters of another script, which the
    source does not write."""
    why = "'{}' is a full-width mark of Chinese and Japanese text: {} writes '{}'"
    return [
        Misplaced(
            m.start(),
            m.end(),
            why.format(m.group(), data.name, _HALF_WIDTH[m.group()]),
            _HALF_WIDTH[m.group()],
        )
        for m in _WIDE_MARK.finditer(text)
        if m.group() not in source
    ]


def _copied_order(text: str, source: str, data: LanguageData) -> list[Misplaced]:
    """A comma (or a quoted fragment's full stop) before the closing mark, as the source
    writes its own: the language puts it after the mark ("„…“, sagt", "«…», dice")."""
    openers, order, _ = _patterns(data.code)
    if order is None:
        return []
    marks = {m.group()[0] for m in _SOURCE_ORDER.finditer(source)}
    found = []
    for m in order.finditer(text):
        mark, closer = text[m.start()], text[m.end() - 1]
        if mark not in marks:
            continue
        opened = max(text.rfind(opener, 0, m.start()) for opener in openers[closer])
        if opened < 0 or text.find(closer, opened + 1, m.start()) >= 0:
            continue  # no quotation open here
        if mark == "." and not _fragment(text, opened, m.start()):
            continue  # a whole sentence quoted may keep its full stop inside ("Er sagte: „Ja.“")
        found.append(
            Misplaced(
                m.start(),
                m.end(),
                f"'{mark}' before the closing '{closer}': {data.name} writes it after the quotation mark",
                text[m.start() + 1 : m.end()] + mark,
            )
        )
    return found


def _lost_comma(text: str, source: str, data: LanguageData, source_lang: str) -> list[Misplaced]:
    """A quotation closed after a word and followed by the speaker's verb with no comma
    ("„…traben“ sagt Kalina"), where the source writes its comma ("…,” says Kalina") and the
    language writes one after the closing mark ("„…“, sagt")."""
    if _attribution(source_lang).search(source) is None:
        return []
    openers, _, _ = _patterns(data.code)
    verbs = "|".join(sorted(map(re.escape, data.speech_verbs), key=len, reverse=True))
    found = []
    closers = re.escape("".join(openers))
    after_word = r"(?:(?<=[^\W\d_].)|(?<=[^\W\d_][ \u00a0\u202f].))"  # (French spaces its marks)
    for m in re.finditer(rf"[{closers}]{after_word}(?= +(?:{verbs})\b)", text):
        closer = m.group()
        opened = max(text.rfind(opener, 0, m.start()) for opener in openers[closer])
        if opened < 0:
            continue  # no quotation open here
        why = f"No comma after the quotation before the speaker: {data.name} writes '{closer},'"
        found.append(Misplaced(m.start(), m.end(), why, closer + ","))
    return found


@lru_cache(maxsize=16)
def _attribution(code: str) -> re.Pattern[str]:
    """A quotation closed by its comma and followed by the speaker's verb within a few words
    (“…,” says Kalina; “…,” Kalina said), in the source's language."""
    verbs = "|".join(map(re.escape, language(code).speech_verbs)) or "(?!)"
    return re.compile(rf",[\"\u201d\u2019'] +(?:[^\W\d_]+ +){{0,2}}(?:{verbs})\b")


def _fragment(text: str, opened: int, stop: int) -> bool:
    """Whether the quotation that opens at ``opened`` and has a full stop at ``stop`` is part
    of a sentence: it follows a word (no colon) and opens in lowercase, and the stop ends a
    word, no abbreviation."""
    before = text[:opened].rstrip(_SPACES)
    quoted = text[opened + 1 : stop].lstrip(_SPACES)
    word = re.search(r"[^\W\d_]+$", quoted)
    return (
        before[-1:].isalpha()
        and quoted[:1].islower()
        and word is not None
        and len(word.group()) >= _FRAGMENT_WORD
    )


def _hyphens(text: str, source: str, data: LanguageData) -> list[Misplaced]:
    """A spaced hyphen where the language writes a dash: after a quotation and its comma,
    before the author's words (Russian "», — говорит"), or where the source has a dash
    between words and no spaced hyphen ("Name - Description" of software stays)."""
    _, _, speech = _patterns(data.code)
    at = [m.start() for m in speech.finditer(text)] if speech is not None else []
    why = "A hyphen where {} writes a dash after a quotation and its comma"
    found = [Misplaced(pos, pos + 1, why.format(data.name), data.speech_dash) for pos in at]
    if data.clause_dash and " - " not in source and _SOURCE_DASH.search(source):
        hyphens = list(_SPACED_HYPHEN.finditer(text))
        spare = len(_SOURCE_DASH.findall(source)) - len(_DASH.findall(text))
        if hyphens and len(hyphens) <= spare:
            found += [
                Misplaced(
                    m.start(),
                    m.end(),
                    f"A hyphen where the source has a dash: {data.name} writes '{data.clause_dash}'",
                    data.clause_dash,
                )
                for m in hyphens
            ]
    return found
