"""merged_token: two words fused where MT lost a space (and often punctuation) between them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from itertools import pairwise

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.elision_glue import glued_elisions
from editor.core.checks.fusion import (
    COMMON,
    DIGITS_GLUED,
    GLUED_DIGITS,
    Join,
    Split,
    by_source,
    code_then_word,
    digits_then_word,
    is_suffix,
    short_word_then_digits,
    word_then_code,
)
from editor.core.checks.glued_marks import glued_marks
from editor.core.checks.lexicon import is_known
from editor.core.checks.memo import MAX_REMEMBERED, TokenMemo
from editor.core.checks.prose import running_prose
from editor.core.checks.registry import register
from editor.core.checks.source_joins import (
    glued_ampersands,
    glued_latin_tokens,
    glued_letter_words,
    glued_possessives,
    glued_source_words,
    glued_transliterated_names,
)
from editor.core.checks.unit_glue import glued_addresses, glued_units
from editor.core.checks.word_splits import OVERLAP, split_token, tails, word_stems, worth_a_look
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment
from editor.core.text import has_word, word_ends

_RUN = re.compile(r"[^\W_]+")  # letters and digits, no hyphens: each part of a compound
# Runs joined by underscores: a mnemonic-marked word ("b_eenden") or an identifier ("foo_bar").
_WORD = re.compile(r"[^\W_]+(?:_[^\W_]+)*")
_FULL_STOP = re.compile(r"[.!?][\"'”’»)]*\s+\S")  # a sentence of the source ends
_SOURCE_BOUNDARY = re.compile(r"[.!?:;][\"'”’»)]*\s+\S")
_SOURCE_BOUNDARY_CAPITAL = re.compile(r"[^\W\d_]{2}[.!?][\"'”’»)]*\s+[^\W\d_a-z]")  # "… fluid. Keep"
_KNOWN_RARE = 1.0  # Zipf: a rare word of the language ("Feuerzeugbenzin"), not an identifier's part
_COMMON_OPENER = 3.5  # Zipf: a common word, which may open a sentence ("Behalten")
# The first word of a sentence of the source after its first ("… text. Pango can …").
_SENTENCE_START = re.compile(r"[.!?:;][\"'”’»)\]]*\s+[\"'“‘«(\[]*([^\W\d_]+)")
_OPENERS = " \t\n\"'\u201e\u201c\u00ab\u00bb("  # between a sentence's end and its first word
_STOPS = ".!?:\n"
_LETTERS_NEXT = re.compile(r" [^\W\d_]")  # a word after a space
_SIGILS = frozenset("$%@#&\\")  # before a variable's or a handle's name ("$nombrearchivo")


@register
class MergedTokenCheck(Check):
    id = "merged_token"
    name = "Merged words"
    description = (
        "Two words fused where the space, and often punctuation, was lost: a capital inside a "
        "word, a number glued to a word, a word glued to a function word. Names and joins the "
        "source shows too ('file1', 'oldCluster'), inflected words and real compounds stay silent."
    )
    severity = Severity.ERROR
    category = "Fluency/Spelling"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        lang = context.target_lang
        data = language(lang)
        runs = _runs(lang)
        target = segment.target
        glued_words = glued_marks(target, segment.source, lang)
        glued_words += glued_units(target, segment.source, lang, getattr(context.stats, "units", None))
        glued_words += glued_addresses(target, segment.source, lang)
        glued_words += glued_source_words(target, segment.source, lang)
        glued_words += glued_ampersands(target, segment.source, lang)
        glued_words += glued_transliterated_names(target, segment.source, lang)
        glued_words += glued_latin_tokens(target, segment.source)
        glued_words += glued_letter_words(target, segment.source, lang)
        glued_words += glued_possessives(target, segment.source)
        glued_words += glued_elisions(target, segment.source, lang)
        for glued in sorted(glued_words):
            text = glued.fix or target[glued.start : glued.at] + " " + target[glued.at : glued.end]
            fix = Fix(glued.start, glued.end, text)
            yield self.issue(segment, context, glued.start, glued.end, glued.why, fix=fix)
        if not runs.tokens.any_suspect(target):
            return  # the common case: decided by set operations in C
        source: _Source | None = None
        for start, end, token, underscore in _words(target):
            if glued_words and any(g.start <= start and end <= g.end for g in glued_words):
                continue  # reported with its mark ("…/infoFür")
            split = runs.judge(token)
            if split is _BY_SOURCE:
                split = by_source(token, segment.source, lang, data)
            if not isinstance(split, Split) or split.at == underscore:
                continue  # the underscore is the space ("neue_Tabelle")
            if source is None:  # only for suspects: judged per segment, never remembered
                source = _Source(segment.source, language(context.source_lang))
            if source.shows(token, split, data):
                continue
            severity = None
            if split.join is Join.WORDS:
                if not running_prose(segment.source) or target[start - 1 : start] in _SIGILS:
                    continue  # software messages coin words ("nomepercorso") and keep identifiers
                severity = Severity.WARNING  # a word no list holds may still be a coinage
            if split.join in (Join.ELIDED, Join.LETTER) and target[start - 1 : start] in _SIGILS:
                continue  # a format's conversion before a word ("%sastuce", "%osistema")
            if split.join is Join.TAIL and _gendered(token, split.at, segment.source, data):
                continue
            if split.join is Join.END_LETTER and not _LETTERS_NEXT.match(target, end):
                continue  # a conjunction, a preposition: a word follows it
            if split.join is Join.PREPOSITION:
                if not _article_next(target, end, data):
                    continue  # a preposition opens a phrase: "handgelbij de ingang"
                severity = Severity.WARNING  # the word before it is rare: a name may end so
            if split.join is Join.TAIL and token[:1].isupper() and _sentence_start(target, start):
                if runs.judge(token[0].lower() + token[1:]) is None:
                    continue  # capitalised only as a sentence's first word ("Anzuzeigender …")
            at = split.at + (0 <= underscore < split.at)  # back to an offset in the text
            written = target[start:end]
            glue, why = split.glue, split.why
            if split.join is Join.ELIDED and target.count("\u2019") > target.count("'"):
                glue = "\u2019"  # the apostrophe the text writes
            elif glue == " " and _lost_stop(written[at:], segment, data):
                glue, why = ". ", why.replace("a space is missing", "a sentence boundary was lost")
            elif split.join in (Join.BOUNDARY, Join.SENTENCE) and source.names_apart(
                written[:at], written[at:]
            ):
                glue, why = (
                    " ",
                    f"'{written[:at]}' and the name '{written[at:]}' are fused; a space is missing",
                )
            fix = Fix(start, end, written[:at] + glue + written[at:])
            yield self.issue(segment, context, start, end, why, fix=fix, severity=severity)


def _article_next(text: str, end: int, data: LanguageData) -> bool:
    """Whether the word after ``end`` (past one space) is an article or a determiner."""
    m = _LETTERS_NEXT.match(text, end)
    if m is None:
        return False
    word = _RUN.match(text, m.start() + 1)
    return word is not None and word.group().lower() in data.determiners


def _gendered(token: str, at: int, source: str, data: LanguageData) -> bool:
    """A noun for a person with a gender ending ("Recruiterin", "Autorinnen"), which the word
    list may not know, rather than a noun and a function word run together: unless the
    source writes that noun and that word apart ("team in" -> "Teamin")."""
    head, tail = token[:at], token[at:].lower()
    if tail not in data.gender_endings or not head[:1].isupper():
        return False
    if not head.lower().endswith(data.agent_endings):
        return False
    apart = re.search(rf"(?<!\w){re.escape(head)}\s+{re.escape(tail)}(?!\w)", source, re.IGNORECASE)
    return apart is None


def _lost_stop(second: str, segment: Segment, data: LanguageData) -> bool:
    """Whether a capitalised word glued on starts a sentence the source has and the target
    lost ("d’habitudeFin" for "As usual. End …"): where only sentences and names start with a
    capital, and the source ends more sentences than the target."""
    if data.capitalises_nouns or not second[:1].isupper() or not second[1:].islower():
        return False
    return len(_FULL_STOP.findall(segment.source)) > len(_FULL_STOP.findall(segment.target))


def fused(word: str, source: str, lang: str, source_lang: str) -> bool:
    """Whether this check reports ``word`` of a target as words run together (for
    lost_sentence_boundary, which leaves such a word to it)."""
    data = language(lang)
    split = _runs(lang).judge(word)
    if split is _BY_SOURCE:
        split = by_source(word, source, lang, data)
    return isinstance(split, Split) and not _Source(source, language(source_lang)).shows(word, split, data)


def _source_participle(token: str, words: frozenset[str], data: LanguageData) -> bool:
    """Whether a lowercase ``token`` is a participle (data ``plural_participles``, and their
    singulars) whose stem opens one of the source's ``words`` ("apostil-ados", "apostille"):
    a verb made of the source's word, however rare, not two words run together."""
    plural = data.agreement.plural_participles
    if not token.islower() or not plural:
        return False
    endings = {*plural, *(e[:-1] for e in plural if e.endswith("s"))}
    stems = tuple(
        token[: -len(e)] for e in endings if token.endswith(e) and len(token) - len(e) >= _PARTICIPLE_STEM
    )
    return bool(stems) and any(word.startswith(stems) for word in words)


def _sentence_start(text: str, start: int) -> bool:
    """Whether the word at ``start`` opens the text, a line or a sentence."""
    before = text[max(0, start - 8) : start].rstrip(_OPENERS)
    return not before or before[-1] in _STOPS


def _words(text: str) -> Iterator[tuple[int, int, str, int]]:
    """(start, end, word, offset of its underscore or -1) for each word to judge. Runs joined
    by one underscore are judged as one word, as a mnemonic marks it ("b_eenden" is "beenden"),
    never split at the underscore; runs joined by more are an identifier's parts
    ("max_line_len"), not words: skipped."""
    if "_" not in text:  # the common case
        for m in _RUN.finditer(text):
            yield m.start(), m.end(), m.group(), -1
        return
    for m in _WORD.finditer(text):
        word = m.group()
        underscore = word.find("_")
        if underscore < 0:
            yield m.start(), m.end(), word, -1
        elif word.count("_") == 1:
            yield m.start(), m.end(), word.replace("_", ""), underscore


def _judged(token: str) -> list[str]:
    """The words of ``token`` that :func:`_words` yields, fast."""
    return _RUN.findall(token) if "_" not in token else [w for _, _, w, _ in _words(token)]


class _Source:
    """What the source shows of the joins a target may copy: its words, the numbers it glues
    to letters ("file1", "~2running"), the parts of its mixed-case names ("oldCluster").
    Read from the text when first asked: only segments with a suspect token ask."""

    __slots__ = ("_data", "_names", "_text", "_words")

    def __init__(self, text: str, data: LanguageData) -> None:
        self._text, self._data = text, data
        self._words: frozenset[str] | None = None
        self._names: frozenset[str] | None = None

    def shows(self, token: str, split: Split, data: LanguageData) -> bool:
        """Whether the source explains the join: the author's convention, not a lost space."""
        if token.lower() in self.words():
            return True  # the source has it too: a name ("DeepMind"), not a fusion
        left, right = token[: split.at], token[split.at :]
        if split.join is Join.WORDS:  # the source's word inflected ("tablespaces")
            return any(word.startswith(token.lower()) for word in self.words())
        if split.join in (Join.CODE_WORD, Join.WORD_CODE):  # judged against the source already
            return False
        if split.join is Join.WORD_NUMBER:  # "Datei1" for "file1"
            return right in GLUED_DIGITS.findall(self._text)
        if split.join is Join.NUMBER_WORD:  # "~2laufend" for "~2running", not for "2nd"
            glued = DIGITS_GLUED.findall(self._text)
            # A function word glued on is a lost space, whatever the source glues once
            # ("0BSD"); a marker the source glues to words again and again ("~2running,
            # ~2sleeping") takes any word.
            words = [
                word for digits, word in glued if digits == left and not is_suffix(word.lower(), self._data)
            ]
            if len(words) > 1 or right.lower() not in data.function_words:
                return bool(words)
            return any(word.lower() in self._data.function_words for word in words)
        if split.join in (Join.BOUNDARY, Join.SENTENCE) and self.names_apart(left, right):
            return False  # a name of the source glued to the word before it
        if split.join is Join.SENTENCE:  # a rare word and a capitalised one ("FeuerzeugbenzinBehalten")
            return right.lower() not in self.sentence_starts() and not self.lost_boundary(left, right, data)
        if split.join is Join.NAME:  # a name of the source, where a sentence of it ends
            return not (
                self.ends_sentence(left)
                or (has_word(self._text, left) and _SOURCE_BOUNDARY.search(self._text))
            )
        if split.join is Join.FOLDED and self.marks_letters():
            return True  # capitals inside words mark letters (dpkg's "halF-conf", "aWait")
        if split.join in (Join.BOUNDARY, Join.FOLDED) and not _SOURCE_BOUNDARY.search(self._text):
            return True  # no sentence of the source ends inside it: an identifier's hump
        if len(right) == 1 and right.isascii() and right.isupper() and not _FULL_STOP.search(self._text):
            return True  # one capital letter ends names too ("EnlaceA" in a table's header)
        if split.join in (Join.CASE, Join.BOUNDARY, Join.FOLDED):  # "alterCluster" for "oldCluster"
            if left.lower() in self.names() or right.lower() in self.names():
                return True
            return f"{left} {right}" in self._text or f"{left}-{right}" in self._text
        if split.join is Join.TAIL and left.isupper():  # "PRÄFIXab" for "PREFIXab": a placeholder's
            words = _RUN.findall(self._text)
            return any(w.endswith(right) and w[: -len(right)].isupper() for w in words)
        if split.join in (Join.TAIL, Join.PREPOSITION, Join.WORDS) and _source_participle(
            token, self.words(), data
        ):
            return True  # "apostilados" for "apostille": a participle of the source's word
        stems = word_stems(token, data, split.at + OVERLAP)
        return any(stem.lower() in self.words() for stem, _ in stems)  # "Literals" for "literal"

    def lost_boundary(self, left: str, right: str, data: LanguageData) -> bool:
        """Whether a rare word and a capitalised common word of the target language glued
        together are two sentences of a prose source run into one: both are words of the
        language (no identifier's parts), the source ends a sentence before a capital."""
        if not _SOURCE_BOUNDARY_CAPITAL.search(self._text) or not running_prose(self._text):
            return False
        return is_known(left, data.code, _KNOWN_RARE) and is_known(right, data.code, _COMMON_OPENER)

    def marks_letters(self) -> bool:
        """Whether the source writes a word of its language with a capital inside, as a key
        letter ("halF-conf", "trig-aWait"): the translation may do the same."""
        return any(
            not (run.islower() or run.istitle() or run.isupper()) and is_known(run, self._data.code, COMMON)
            for run in _RUN.findall(self._text)
        )

    def names_apart(self, left: str, right: str) -> bool:
        """Whether the source writes ``right`` as a capitalised word inside a sentence, and not
        glued to ``left``: a name the translation glued to the word before it ("Doktorin Ingrid"
        -> "docteureIngrid")."""
        if f"{left}{right}".lower() in self.words() or right.lower() in self.sentence_starts():
            return False
        return any(
            m.start() and not _sentence_start(self._text, m.start())
            for m in re.finditer(rf"(?<!\w){re.escape(right)}(?!\w)", self._text)
        )

    def ends_sentence(self, word: str) -> bool:
        """Whether a sentence of the source ends in ``word`` as written ("… by LSEG. The")."""
        return any(_SOURCE_BOUNDARY.match(self._text, end) for end in word_ends(self._text, word))

    def sentence_starts(self) -> frozenset[str]:
        """The first words of the source's sentences after its first, lowercased."""
        return frozenset(word.lower() for word in _SENTENCE_START.findall(self._text))

    def words(self) -> frozenset[str]:
        if self._words is None:
            text = self._text.lower()
            joined = [w for _, _, w, u in _words(text) if u >= 0] if "_" in text else []
            self._words = frozenset(_RUN.findall(text) + joined)
        return self._words

    def names(self) -> frozenset[str]:
        if self._names is None:
            runs = _RUN.findall(self._text)
            mixed = (w for w in runs if not (w.islower() or w.isupper() or w.istitle()))
            self._names = frozenset(part for name in mixed for part in _case_parts(name))
        return self._names


def _case_parts(name: str) -> Iterator[str]:
    """The lowercased parts of a mixed-case name: "oldCluster" -> old, cluster. A leading
    acronym is read both ways: "HWtype" -> hw, type and "HTMLParser" -> html, parser."""
    cuts = [0, *(i for i in range(1, len(name)) if name[i - 1].islower() and name[i].isupper()), len(name)]
    for a, b in pairwise(cuts):
        part = name[a:b]
        caps = next((i for i, ch in enumerate(part) if not ch.isupper()), len(part))
        yield part.lower()
        for cut in (caps - 1, caps) if 2 <= caps < len(part) else ():
            yield part[:cut].lower()
            yield part[cut:].lower()


# What a run of letters and digits is, judged once per language and remembered (see
# editor.core.checks.memo): a Split, _BY_SOURCE or None.
_PARTICIPLE_STEM = 5  # letters of a participle's stem that open a source's word at least
_BY_SOURCE = object()  # a number glued to a word: the verdict or the fix depends on the source


class _Runs(dict[str, object]):
    def __init__(self, lang: str) -> None:
        super().__init__()
        self.lang, self.data = lang, language(lang)
        self.tokens = TokenMemo(lambda token: any(self.judge(w) is not None for w in _judged(token)))

    def judge(self, run: str) -> object:
        verdict = self.get(run, self)  # self: not judged yet (None is a verdict)
        if verdict is self:
            verdict = _verdict(run, self.lang, self.data)
            if len(self) >= MAX_REMEMBERED:
                self.clear()  # forget: memory stays bounded
            self[run] = verdict
        return verdict


@lru_cache(maxsize=16)
def _runs(lang: str) -> _Runs:
    return _Runs(lang)


def _verdict(token: str, lang: str, data: LanguageData) -> object:
    if not worth_a_look(token, tails(data), data):
        return None
    if token[0].isdigit():
        return _BY_SOURCE if digits_then_word(token, "", lang, data) is not None else None
    if code_then_word(token, "", lang, data) is not None:
        return _BY_SOURCE
    split = split_token(token, "", lang, data)
    if split is None and word_then_code(token, "") is not None:
        return _BY_SOURCE  # ("KalenderVERALTET" is two words whatever the source says)
    if split is None and short_word_then_digits(token, "", data) is not None:
        return _BY_SOURCE  # ("de2": "mp3" is a format's name)
    return split
