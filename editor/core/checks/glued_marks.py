"""A space lost next to a mark: after a percent sign ("45%der"), before an opening bracket
("Wände(zum Beispiel …)") or after a closing one ("(siehe oben)und"), after a closing
quotation mark ("„Laden“auf"), after a hyphen that stands for a word's other half
("Zu-und Abfluss"), after a number's full stop ("im 3.Stock", "2024.Die"), before an opening
quotation mark ("dem Formular„Neue Kunden“"). The marks are no
letters, so the words on either side are not one token that :mod:`merged_token`'s word lists could judge.

Each join is judged against the source, which writes the mark with its space (or does not
write it at all): what the source glues the same way is kept ("%d", "f(x)"), and so is a
bracket round one word, a part of the word ("Kunde(n)", "(Mit)arbeiter", "(s)he").
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from editor.core.checks.lexicon import is_known
from editor.core.langdata import LanguageData, language
from editor.core.text import SPACELESS_CHAR

_AFTER_WORD = re.compile(r"\u2019(?<=\S\u2019)")  # a ’ that ends a word: an apostrophe or a closing mark
_REACH = 80  # characters an opening bracket's phrase runs to its closing one
_NUMBER_DIGITS = 4  # a number with a full stop after it: an ordinal, a year
# What may stand before a number: not a letter, a digit's mark or a hyphen ("v2.", "3.1.", "-3.")
_BEFORE_NUMBER = frozenset(("", " ", "\u00a0", "\n", "\t", "(", "[", '"', "«", "„", "“"))
_GOES_ON = frozenset("./@:_-")  # an address, a file or a name goes on after the word ("2.de/")
_GLUED_NUMBER = re.compile(r"\d\.[^\W\d_]")  # the source glues a number's stop to letters
# A sentence of the source that ends in a clock time, its "a.m." or "p.m." closing it ("at
# 11:40 p.m. On the day after", "at 10:30. The doors"): the next word's first letter follows.
_CLOCK_ENDS = re.compile(
    r"\d[:.]\d\d(?:[ \u00a0]?[ap]\.[ \u00a0]?m\.|[ \u00a0]?[ap]m\.|\.)[ \u00a0]+([^\W\d_])", re.I
)
_BRACKET_STOP = re.compile(r"\)[.!?][ \u00a0]+[^\W\d_]")  # the source ends a sentence after a bracket
_ANY_MARK = re.compile(r"[.,]")  # an amount's decimal or thousands mark, in either style
_SIGNS = frozenset("€$£¥%")  # a currency's sign after its amount ("18 €"), a per cent
_INNER = frozenset(" \u00a0\u202f")
_COMMON = 3.0  # Zipf: a word a reader knows
# Quotation marks as (opening, closing) pairs in any language's style: a mark that opens a
# quotation where the target's language writes it may close one in another's (Swiss «…»).
_ANY_PAIRS = (
    ("\u201e", "\u201c"),
    ("\u201e", "\u201d"),
    ("\u201c", "\u201d"),
    ("\u201a", "\u2018"),
    ("\u00ab", "\u00bb"),
    ("\u00bb", "\u00ab"),
    ("\u2039", "\u203a"),
    ("\u203a", "\u2039"),
)
_CODE_SIGILS = frozenset("%$\\@#&{<")  # open a format, a variable, a markup's name
# A sentence of the source that ends (a quotation's mark before or after its stop) and goes on
_SENTENCE_GOES_ON = re.compile(r"[.!?][\"'\u201d\u2019\u00bb]?[ \u00a0]+[^\W\d_]")
_QUOTE_GLUED_STOP = re.compile(r"[\"\u201c\u201d\u00bb][.!?][^\W\d_]")
_GLUED_OPENING = re.compile(r"[^\W\d_][\u201c\u201e\u00ab](?=[^\W\d_])")  # the source glues so itself


class GluedMark(NamedTuple):
    start: int  # the span reported: the words on either side of the mark and the mark
    end: int
    at: int  # where the space goes
    why: str
    fix: str = ""  # the span as it should read, where more than one space goes in


def _closers(data: LanguageData) -> str:
    """The language's closing quotation marks that open no quotation (not the apostrophe)."""
    return "".join(sorted({close for open_, close in data.quotes if open_ != close} - {"\u2019", "'"}))


@lru_cache(maxsize=32)
def _patterns(code: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    """The joins to look at in a text of this language: (kind, its marks, a pattern that opens
    with the mark, so that a scan skips to those rare characters), tried only where the text
    holds one of its marks."""
    data = language(code)
    closers = _closers(data)
    found = [
        ("percent", "%", re.compile(r"%(?<=\d%)(?=[^\W\d_]{2})")),
        ("bracket", "(", re.compile(r"\((?<=[^\W\d_]{2}\()(?=[^\W\d_])")),
        ("closing", ")", re.compile(r"\)(?<=[^\s(]\))(?=[.!?]?[^\W\d_])")),
        # (or one capital letter: a word of one letter opens the sentence, "21h00.É mais curto")
        ("number", ".", re.compile(r"\.(?<=[\d€$£¥%]\.)(?=[^\W\d_]{2}|[^\W\d_][ \u00a0])")),
    ]
    if closers:
        # (two letters: one is an ending the language glues to a quoted word, "»etype«s")
        marks = re.escape(closers)
        found.append(("quote", closers, re.compile(rf"[{marks}](?<=[^\W\d_.!?…][{marks}])(?=[^\W\d_]{{2}})")))
        # ... or with a sentence's mark between, to the next sentence's first word (« X ».Vos)
        found.append(("quote_stop", closers, re.compile(rf"[{marks}](?=[.!?][^\W\d_]{{2}})")))
    # An opening mark that closes no quotation of the language (not the ‘ that is also an
    # apostrophe's look-alike, "Hawai‘i"), glued to a word before it and a word after it.
    openers = "".join(
        sorted({open_ for open_, close in data.quotes if open_ != close} - set(closers) - {"\u2018", "'"})
    )
    if openers:
        marks = re.escape(openers)
        found.append(("opening", openers, re.compile(rf"[{marks}](?<=[^\W\d_][{marks}])(?=[^\W\d_])")))
    if not any(close == "\u2018" for _, close in data.quotes):
        # a closing single mark that is also the apostrophe: judged by its quotation's balance
        found.append(("single", "\u2018", re.compile(r"\u2019(?<=[^\W\d_.!?…]\u2019)(?=[^\W\d_]{2})")))
    halves = sorted(w for w in data.conjunctions if len(w) > 1 and w.isalpha())
    if data.hyphen_halves and halves:
        # "Zu-und Abfluss": the hyphen stands for the second word's shared end
        found.append(("half", "-", re.compile(rf"-(?<=[^\W\d_]{{2}}-)(?:{'|'.join(halves)})(?= [^\W\d_])")))
    return tuple(found)


def glued_marks(target: str, source: str, lang: str) -> list[GluedMark]:
    """The joins of ``target`` where a space next to a mark was lost."""
    marks = [
        (m.start(), kind)
        for kind, chars, pattern in _patterns(lang)
        if any(ch in target for ch in chars)
        for m in pattern.finditer(target)
    ]
    if not marks or SPACELESS_CHAR.search(target):
        return []  # (languages written without spaces between words)
    data = language(lang)
    found = []
    for mark, kind in sorted(marks):
        if kind == "percent":
            glued = _percent(target, source, mark, data)
        elif kind == "bracket":
            glued = _bracket(target, source, mark)
        elif kind == "closing":
            glued = _closing(target, source, mark, data)
        elif kind == "number":
            glued = _numbered(target, source, mark, data)
        elif kind == "quote":
            glued = _quote(target, mark, data)
        elif kind == "quote_stop":
            glued = _quote_stop(target, source, mark, data)
        elif kind == "opening":
            glued = _opening(target, source, mark, data)
        elif kind == "single":
            glued = _single(target, source, mark, lang)
        else:
            glued = _half(target, source, mark)
        if glued is not None:
            found.append(glued)
    return found


def glued_half(text: str, end: int, lang: str) -> bool:
    """Whether the word ending at ``end`` is the first half of a pair glued to its
    conjunction ("Zu-und Abfluss"): a word of a compound, no word of its own."""
    half = next((pattern for kind, _, pattern in _patterns(lang) if kind == "half"), None)
    return half is not None and half.match(text, end) is not None


def _word_before(text: str, end: int) -> int:
    start = end
    while start > 0 and (text[start - 1].isalnum() or text[start - 1] in ".,\u00a0"):
        start -= 1
    return start


def _word_after(text: str, start: int) -> int:
    end = start
    while end < len(text) and text[end].isalpha():
        end += 1
    return end


def _percent(target: str, source: str, mark: int, data: LanguageData) -> GluedMark | None:
    end = _word_after(target, mark + 1)
    letters = target[mark + 1 : end]
    if letters.lower().startswith(data.percent_suffixes) or "%" in target[end : end + 1]:
        return None  # "5%ige" (German), an encoded address ("%AB%CD")
    if re.search(rf"%{re.escape(letters[:1])}", source):
        return None  # the source glues a letter to it too: a placeholder, a format ("%d")
    return GluedMark(
        _word_before(target, mark), end, mark + 1, f"A space is missing after '%' before '{letters}'"
    )


def _bracket(target: str, source: str, mark: int) -> GluedMark | None:
    close = target.find(")", mark, mark + _REACH)
    if close < 0 or " " not in target[mark:close]:
        return None  # a word's optional part ("Kunde(n)", "file(s)"), a call ("f(x)")
    if re.search(r"[^\W\d_]\(", source) or "(" not in source:
        return None  # the source glues its brackets too, or has none to compare with
    start = _word_before(target, mark)
    word = target[start:mark]
    return GluedMark(
        start, _word_after(target, mark + 1), mark, f"A space is missing between '{word}' and '('"
    )


def _closing(target: str, source: str, mark: int, data: LanguageData) -> GluedMark | None:
    """A closing bracket glued to the word after it ("(siehe unten)und"), or with a sentence's
    mark between, to the next sentence's first word ("(ongeveer 60 km).Nieuwe"): the bracket's
    phrase has words, and the source writes its closing brackets apart (and ends a sentence
    after one)."""
    opened = target.rfind("(", max(0, mark - _REACH), mark)
    if opened < 0 or ")" in target[opened + 1 : mark] or " " not in target[opened:mark]:
        return None  # a word's optional part ("Datei(en)", "(Mit)arbeiter"), a call ("f(x)y")
    if re.search(r"\)[.!?]?[^\W\d_]", source) or ")" not in source:
        return None  # the source glues its brackets too, or has none to compare with
    stop = mark + 1 if target[mark + 1] in ".!?" else mark
    end = _word_after(target, stop + 1)
    word = target[stop + 1 : end]
    if stop > mark:
        if not (word[:1].isupper() and word[1:].islower() and _BRACKET_STOP.search(source)):
            return None  # ("(v2).exe", "(siehe oben).txt")
        why = f"A space is missing after '){target[stop]}' before '{word}'"
        return GluedMark(_word_before(target, mark), end, stop + 1, why)
    if len(word) < 2 and word.lower() not in data.function_words:
        return None
    return GluedMark(
        _word_before(target, mark), end, mark + 1, f"A space is missing between ')' and '{word}'"
    )


def glued_across(sources: tuple[str, str], targets: tuple[str, str], lang: str) -> tuple[int, int] | None:
    """The span of a number's full stop, or a bracket's and its full stop, that ends the first
    of two targets of a paragraph, glued to the second's first word, as :func:`glued_marks`
    reads them inside one ("… a las 23:40.El día", "(ongeveer 60 km).Nieuwe", "« X ».Vos", which the
    splitter cut after the stop), against both sources."""
    first = targets[0]
    if not first.endswith((".", "!", "?")):
        return None
    joined, source, data = "".join(targets), " ".join(sources), language(lang)
    if first.endswith(")", 0, -1):
        glued = _closing(joined, source, len(first) - 2, data)
    elif (first[-2:-1].isdigit() or first[-2:-1] in _SIGNS) and first.endswith("."):
        glued = _numbered(joined, source, len(first) - 1, data)
    elif first[-2:-1] in _closers(data):
        glued = _quote_stop(joined, source, len(first) - 2, data)
    else:
        return None
    return None if glued is None else (glued.start, glued.end)


def _numbered(target: str, source: str, mark: int, data: LanguageData) -> GluedMark | None:
    """A number's full stop glued to the word after it: an ordinal's in a language that
    writes them with one ("im 3.Stock", "am 5.Mai"; data ``ordinal_dot``) for a number of the
    source, or a sentence's last number where the source ends one in it ("2024.Die"). Not a
    version, a section or a file ("3.1", "v2.Release", "web2.de", "1.txt"): a number that
    follows a letter or a mark, a word that goes on as an address or a name, a source that
    glues numbers so itself. A currency sign or a per cent may follow the number ("18 €.Los",
    "10%.Os")."""
    last = mark  # where the number's digits end
    if target[mark - 1 : mark] in _SIGNS:
        last = mark - 2 if target[mark - 2 : mark - 1] in _INNER else mark - 1
    start, signed = last, last < mark
    # (an amount's decimals and thousands too: "4,00 €.Dopo")
    while start > 0 and (target[start - 1].isdigit() or (signed and _inner_mark(target, start - 1))):
        start -= 1
    clock = _clock_start(target, start, last) if last == mark else None
    if clock is not None:
        start = clock
    elif (
        not 0 < last - start <= _NUMBER_DIGITS * (1 + 2 * signed)
        or target[start - 1 : start] not in _BEFORE_NUMBER
    ):
        return None
    end = _word_after(target, mark + 1)
    word, digits = target[mark + 1 : end], target[start:last]
    if target[end : end + 1] in _GOES_ON and target[end + 1 : end + 2].isalnum():
        return None  # an address, a file's or a program's name ("2.de/x", "3.Stock.html")
    if _GLUED_NUMBER.search(source):
        return None
    title = word[0].isupper() and (word[1:].islower() or _one_letter_word(word, data))
    if len(word) == 1 and not title:
        return None
    if clock is not None:
        # a clock time ends a sentence of the source, which may write it another way ("11:40
        # p.m." for "23:40")
        reads = title and any(m.group(1).isupper() for m in _CLOCK_ENDS.finditer(source))
    elif re.search(rf"(?<![\d.,]){_ANY_MARK.sub('[.,]', digits)}(?: ?%)?\.\s", source):
        reads = title  # a sentence of the source ends in the number
    elif last < mark:
        return None  # (a sign's number is no ordinal)
    elif data.ordinal_dot and re.search(rf"(?<![\d.,]){digits}(?![\d]|[.,]\d)", source):
        reads = title or (word.islower() and is_known(word, data.code, _COMMON))
    else:
        return None
    if not reads:
        return None
    return GluedMark(start, end, mark + 1, f"A space is missing after '{digits}.' before '{word}'")


def _inner_mark(text: str, at: int) -> bool:
    """Whether the mark at ``at`` stands between digits ("4,00", "1.250")."""
    return text[at] in ".," and text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit()


def _one_letter_word(word: str, data: LanguageData) -> bool:
    """Whether ``word`` is a capital letter that is a word of the language ("É", "A")."""
    return len(word) == 1 and word.isupper() and is_known(word.lower(), data.code, _COMMON)


def _clock_start(target: str, start: int, mark: int) -> int | None:
    """Where the clock time ends at ``mark`` starts ("23:40" of "23:40.El", "20h00" of
    "20h00.Nos"), if the digits from ``start`` are its minutes; else None."""
    if mark - start != 2 or target[start - 1 : start] not in (":", "h"):
        return None
    hour = start - 1
    while hour > 0 and target[hour - 1].isdigit():
        hour -= 1
    if not 1 <= start - 1 - hour <= 2 or target[hour - 1 : hour] not in _BEFORE_NUMBER:
        return None
    return hour


def _quote(target: str, mark: int, data: LanguageData) -> GluedMark | None:
    closing = _open_quotation(target, mark, data)
    if closing is None:
        return None  # no quotation open here: the mark opens one (»…« in German) or is alone
    end = _word_after(target, mark + 1)
    return GluedMark(
        mark,
        end,
        mark + 1,
        f"A space is missing after the closing '{closing}' before '{target[mark + 1 : end]}'",
    )


def _quote_stop(target: str, source: str, mark: int, data: LanguageData) -> GluedMark | None:
    """A closing quotation mark and a sentence's mark glued to the next sentence's first word
    ("« MonImagerie ».Vos", "„Tag“.Ihre"): a quotation is open, the word is written as a
    sentence's first, and the source ends a sentence and goes on, writing no such join."""
    if _open_quotation(target, mark, data) is None:
        return None
    stop = mark + 1
    end = _word_after(target, stop + 1)
    word = target[stop + 1 : end]
    if not (word[:1].isupper() and word[1:].islower()) or not _SENTENCE_GOES_ON.search(source):
        return None  # ("„Datei“.docx"; across two segments the next may open with no word)
    if _QUOTE_GLUED_STOP.search(source):
        return None  # the source glues so itself
    why = f"A space is missing after '{target[mark : stop + 1]}' before '{word}'"
    return GluedMark(mark, end, stop + 1, why)


def _open_quotation(target: str, mark: int, data: LanguageData) -> str | None:
    """The closing mark at ``mark`` when a quotation is open before it (its opening mark
    follows the last closing one); None where the mark opens one (»…« in German) or is alone."""
    closing = target[mark]
    opening = next(open_ for open_, close in data.quotes if close == closing and open_ != close)
    if target.rfind(opening, 0, mark) <= target.rfind(closing, 0, mark):
        return None
    return closing


def _opening(target: str, source: str, mark: int, data: LanguageData) -> GluedMark | None:
    """An opening quotation mark glued to the word before it ("dem Formular„Neue Kunden“"):
    its closing mark follows, with no other opening one before it, and no quotation is open
    that the mark could close in another language's style ("«Datei»Name" in Swiss German);
    not where the source glues a word to its opening marks too."""
    opening = target[mark]
    closing = next(close for open_, close in data.quotes if open_ == opening)
    after = target.find(closing, mark + 1)
    if after < 0 or opening in target[mark + 1 : after]:
        return None
    before = target[:mark]
    if any(before.count(open_) > before.count(close) for open_, close in _ANY_PAIRS if close == opening):
        return None
    if _GLUED_OPENING.search(source):
        return None
    start = mark
    while start > 0 and target[start - 1].isalpha():
        start -= 1
    if mark - start < 2 or target[start - 1 : start] in _CODE_SIGILS:
        return None  # a format's conversion ("%c«C»"), a variable
    return GluedMark(
        start,
        _word_after(target, mark + 1),
        mark,
        f"A space is missing between '{target[start:mark]}' and the opening '{opening}'",
    )


def _single(target: str, source: str, mark: int, lang: str) -> GluedMark | None:
    """A closing ’ glued to the next word ("‘Battery saver’on"): the last ’ after a word
    before the next ‘, with none that closes the quotation between the opening ‘ and it, so
    no apostrophe ("l’option" and "auto’s" in a quotation have another ’ after them; "’s
    morgens" opens a word), in a text whose source quotes too."""
    opened = target.rfind("\u2018", 0, mark)
    if opened < 0 or target[opened - 1 : opened].isalnum() or not target[opened + 1 : opened + 2].isalnum():
        return None
    following = target.find("\u2018", mark)
    following = len(target) if following < 0 else following
    inner = [m.start() for m in _AFTER_WORD.finditer(target, opened + 1, following)]
    if inner[-1] != mark or any(not target[i + 1 : i + 2].isalpha() for i in inner[:-1]):
        return None  # another ’ closes the quotation, before the mark or after it
    if not any(quote in source for quote in "\u2018\u201c\"'"):
        return None
    start, end = _word_before(target, mark), _word_after(target, mark + 1)
    if is_known(target[start:end], lang, 1.0):
        return None  # a word with its apostrophe in an unclosed quotation ("‘aujourd’hui")
    word = target[mark + 1 : end]
    return GluedMark(mark, end, mark + 1, f"A space is missing after the closing '\u2019' before '{word}'")


def _half(target: str, source: str, mark: int) -> GluedMark | None:
    end = _word_after(target, mark + 1)
    conjunction = target[mark + 1 : end]
    start = _word_before(target, mark)
    if re.search(rf"-{re.escape(conjunction)}(?!\w)", source, re.IGNORECASE):
        return None
    return GluedMark(
        start, end, mark + 1, f"A space is missing between '{target[start : mark + 1]}' and '{conjunction}'"
    )
