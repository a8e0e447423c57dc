"""Words of the source language left at the head of the translation's own words: a greeting
or an answer opening the text ("Welcome chez nous", "Thanks für …"), the first part of a
hyphenated compound ("Nursery-Gelände" for "nursery area"); and an inflected verb left among
the words of a translation in another script ("она painted калитку")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.leftover import quoted, scene_prose
from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.checks.stats_terms import TermStats
from editor.core.langdata import language

_MARGIN = 1.0  # Zipf points a word must be more common in the source language
_ORDINARY = 3.0  # Zipf: a word at least this common in the source language is an ordinary word
_LOANED = 2.5  # Zipf: a word this common in the target language is used there (a loanword)
_LEXICAL = 2.5  # Zipf: a word at least this common in a language is a real word there
_LATIN_END = 0x250  # letters below are Latin
_OTHER_SCRIPT_MARGIN = 2.0  # Zipf points a Latin word is more common in the source language
# A text's first word, maybe a comma or an exclamation mark, and the next word.
_OPENING = re.compile(r"\s*([^\W\d_]+)[,!]?[ \u00a0]+([^\W\d_]+)")
# A compound of two or more words joined by hyphens, as a whole token.
_COMPOUND = re.compile(r"(?<![\w'’-])([^\W\d_]{3,})-([^\W\d_]+(?:-[^\W\d_]+)*)(?![\w'’-])")


def _target_word(word: str, source_lang: str, target_lang: str) -> bool:
    """Whether ``word`` is a word of the target language, not of the source language."""
    here = zipf(word.lower(), target_lang)
    return here >= _LEXICAL and here > zipf(word.lower(), source_lang)


def left_greeting(source: str, target: str, source_lang: str, target_lang: str) -> tuple[int, int] | None:
    """The span of a greeting, thanks or answer of the source language (data ``greetings``:
    "Welcome", "Thanks", "Yes") that opens ``target`` as it opens the source, before a word
    of the target language the source does not write ("Welcome chez nous"): one the target
    language neither has among its own greetings nor uses as a loanword (1 Zipf point rarer
    there). A name after it ("Hello Ana") is the source's, and left alone."""
    first = _OPENING.match(target)
    if first is None:
        return None
    word = first.group(1)
    if word.lower() not in language(source_lang).greetings:
        return None
    ours = language(target_lang)
    if word.lower() in ours.greetings | ours.salutations | ours.function_words:
        return None
    opening = _OPENING.match(source)
    if opening is None or opening.group(1) != word or not has_lexicon(target_lang):
        return None
    if zipf(word.lower(), source_lang) - zipf(word.lower(), target_lang) < _MARGIN:
        return None  # a loanword the target language uses ("Hi" in German)
    after = first.group(2)
    if re.search(rf"(?<!\w){re.escape(after.casefold())}(?!\w)", source.casefold()):
        return None  # a word the source writes: a name, or a phrase copied whole
    if not _target_word(after, source_lang, target_lang):
        return None
    return first.start(1), first.end(1)


@lru_cache(maxsize=4096)
def _foreign_head(word: str, source_lang: str, target_lang: str) -> bool:
    """An ordinary word of the source language that the target language does not use, not
    even as a loanword."""
    there, here = zipf(word, source_lang), zipf(word, target_lang)
    return there >= _ORDINARY and here < _LOANED and there - here >= _MARGIN


def left_compound_heads(
    source: str, target: str, source_lang: str, target_lang: str, terms: TermStats | None = None
) -> Iterator[tuple[int, int]]:
    """The spans of source-language words left as the first part of a hyphenated compound of
    the translation ("Nursery-Gelände" for "nursery area"): an ordinary word the source writes
    lowercase on its own, which the target language does not use (not even as a loanword,
    "Online-", "Team-", "Service-"), before a word of the target language the source does not
    write. Information: software keeps such terms on purpose ("Heap-Wert"), prose seldom
    does. Only in sentences of prose on both sides (no labels, options, code); not quoted,
    not in a script other than the compound's second part's, and not a word the document's
    other translations keep too (a term: "Commit-Nachricht" in a manual of the command)."""
    if "-" not in target or not has_lexicon(source_lang) or not has_lexicon(target_lang):
        return
    if language(target_lang).wide_script:
        return
    compounds = [
        m for m in _COMPOUND.finditer(target) if _foreign_head(m.group(1).lower(), source_lang, target_lang)
    ]
    if not compounds or not scene_prose(source, target):
        return  # most texts: no compound whose head is a foreign word (a lookup, remembered)
    for m in compounds:
        head, rest = m.group(1), m.group(2)
        if not head[1:].islower() or not all(ord(ch) < _LATIN_END for ch in head + rest):
            continue
        if not re.search(rf"(?<![\w'’-]){re.escape(head.lower())}(?![\w'’-])", source):
            continue  # the source does not write it as an ordinary word (a name, a compound)
        last = rest.rsplit("-", 1)[-1]
        if re.search(rf"(?<!\w){re.escape(last.casefold())}(?!\w)", source.casefold()):
            continue
        if not _target_word(last, source_lang, target_lang) or quoted(target, m.start()):
            continue
        if target.count(head) > 1:
            continue  # the translation uses the word on its own too ("ein Slice … Slice-Grenzen")
        if terms is not None and sum(terms.variants_of(head).values()) > 1:
            continue  # the document's other translations keep it: a term kept on purpose
        yield m.start(1), m.end(1)


# A lowercase Latin word between two words of another script, with only spaces, commas,
# dashes or quotation marks before it and spaces after it.
_LATIN_AMONG = re.compile(
    r"([^\W\d_A-Za-z\u00c0-\u024f])[ ,—–\-«»“”„\"']{1,6}([a-z]{3,})[ \u00a0]+([^\W\d_A-Za-z\u00c0-\u024f])"
)


def left_verbs_among(
    source: str, target: str, source_lang: str, target_lang: str
) -> Iterator[tuple[int, int]]:
    """The spans of inflected verbs of the source language left alone among the words of a
    translation in another script ("он painted забор", "— says Иван"): a verb of saying of the
    source (data ``speech_verbs``) or a past form with its ending after a stem that is a word
    (data ``verb_endings``: "painted", "shared"), which the source writes lowercase too. Terms
    kept in Latin among such words ("stat", "core", "git") are no inflected verbs."""
    if not has_lexicon(source_lang) or language(target_lang).wide_script:
        return
    theirs = language(source_lang)
    for m in _LATIN_AMONG.finditer(target):
        word = m.group(2)
        if not (word in theirs.speech_verbs or _past_form(word, source_lang)):
            continue
        there = zipf(word, source_lang)
        if there < _ORDINARY or there - zipf(word, target_lang) < _OTHER_SCRIPT_MARGIN:
            continue  # (a text in another script quotes Latin words: their use there is no loan)
        if not re.search(rf"(?<![\w'’-]){word}(?![\w'’-])", source) or quoted(target, m.start(2)):
            continue
        yield m.start(2), m.end(2)


def _past_form(word: str, lang: str) -> bool:
    """A verb form of ``lang`` with one of its endings after a stem that is a word there."""
    for ending in language(lang).verb_endings:
        if len(word) > len(ending) + 2 and word.endswith(ending):
            stem = word[: -len(ending)]
            if max(zipf(stem, lang), zipf(stem + "e", lang)) >= _LEXICAL:
                return True
    return False
