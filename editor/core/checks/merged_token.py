"""merged_token: two words fused where MT lost a space (and often punctuation) between them."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from itertools import pairwise

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.lexicon import has_lexicon, is_known
from editor.core.checks.memo import MAX_REMEMBERED, TokenMemo
from editor.core.checks.registry import register
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment

_RUN = re.compile(r"[^\W_]+")  # letters and digits, no hyphens: each part of a compound
# Runs joined by underscores: a mnemonic-marked word ("b_eenden") or an identifier ("foo_bar").
_WORD = re.compile(r"[^\W_]+(?:_[^\W_]+)*")
_DIGITS_LETTERS = re.compile(r"(\d+)([^\W\d_]+)")
_LETTERS_DIGITS = re.compile(r"([^\W\d_]+)(\d+)")
# The same shapes as whole runs inside a text ("file1", "~2running").
_GLUED_DIGITS = re.compile(r"(?<![^\W_])[^\W\d_]+(\d+)(?![^\W_])")
_SOURCE_BOUNDARY = re.compile(r"[.!?:;][\"'”’»)]*\s+\S")
# The first word of a sentence of the source after its first ("… text. Pango can …").
_SENTENCE_START = re.compile(r"[.!?:;][\"'”’»)\]]*\s+[\"'“‘«(\[]*([^\W\d_]+)")
_CODE_WORD = re.compile(r"([^\W\d_]+(\d+))([^\W\d_]+)")  # "libxml2nicht"
_DIGITS_GLUED = re.compile(r"(?<![^\W_])(\d+)([^\W\d_]+)(?![^\W_])")
# Unit and suffix abbreviations written glued to numbers in many languages ("5km", "4x").
_GLUED_UNITS = frozenset(
    "k m g t x h s d y mm cm km m2 km2 mg kg ml cl dl hl ha ms min hrs hz khz mhz ghz kb mb gb tb pb "
    "kbit mbit gbit kw kwh mw mwh gw gwh tw twh w v mv kv ma a ah mah nm µm fps dpi ppi px pt em "
    "rem bn mn mio mrd mill tsd bp kt lbs lb oz ft in yd mi mph kmh sek std jh jhd nd st rd th "
    "er e ème eme re ère ères èmes".split()
)
_COMMON = 3.0  # Zipf frequency of a word a reader knows (about once per million words)
_VERY_COMMON = 4.0
# A fused token this common as a whole is a word or brand ("YouTube", "PowerPoint"); web text
# holds rarer fusions ("thehouse" at 1.2) that are still typos.
_WHOLE_KNOWN = 2.0
_MIN_PART = 2
_OPENERS = " \t\n\"'\u201e\u201c\u00ab\u00bb("  # between a sentence's end and its first word
_STOPS = ".!?:\n"
_MIN_STEM = 4  # a word left by stripping an ending: shorter ones are too often chance hits
# Letters of the function word a stem must keep. With one, an ending fakes the function word
# ("wirdem" is "wir dem", not "wird" + "em"); a derivation may still explain it ("löschendem").
# A long stem is a word of its own, and one letter will do ("posicionales" is "posicional" +
# "es", not "posiciona" + "les").
_OVERLAP = 2
_LONG_STEM = 7
_LONG_WORD = 6  # a word after a number: this long, a common one will do ("1deaktiviert")
# ... or a less common one: an inflected verb is rarer than its meaning ("0désactive" at 2.9)
_LONG_WORD_KNOWN = 2.5
_SEEN = 1.0  # the least frequency a word list gives a word it holds: below, never seen
_MIN_TAIL = 2  # a function word glued to a word: "nomde", "dansle", "Hausund"


class _Join(Enum):
    """What was fused: the source may show the same join as the author's convention."""

    CASE = "wordWord"
    TAIL = "wordfunctionword"
    WORD_NUMBER = "word2"
    NUMBER_WORD = "2word"
    CODE_WORD = "file2word"
    BOUNDARY = "loanwordThe"  # the word before is not common: a boundary of the source shows it
    SENTENCE = "wordPango"  # uncommon words: the source starts a sentence with the second
    FOLDED = "seinEs"  # a word only as the lists fold case ("seines"): a boundary of the source shows it


@dataclass(frozen=True, slots=True)
class _Split:
    at: int  # offset inside the token
    glue: str  # what goes between the parts
    why: str
    join: _Join


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
        if not runs.tokens.any_suspect(target):
            return  # the common case: decided by set operations in C
        source: _Source | None = None
        for start, end, token, underscore in _words(target):
            split = runs.judge(token)
            if split is _BY_SOURCE:
                split = _by_source(token, segment.source, lang, data)
            if not isinstance(split, _Split) or split.at == underscore:
                continue  # the underscore is the space ("neue_Tabelle")
            if source is None:  # only for suspects: judged per segment, never remembered
                source = _Source(segment.source, language(context.source_lang))
            if source.shows(token, split, data):
                continue
            if split.join is _Join.TAIL and token[:1].isupper() and _sentence_start(target, start):
                if runs.judge(token[0].lower() + token[1:]) is None:
                    continue  # capitalised only as a sentence's first word ("Anzuzeigender …")
            at = split.at + (0 <= underscore < split.at)  # back to an offset in the text
            written = target[start:end]
            fix = Fix(start, end, written[:at] + split.glue + written[at:])
            yield self.issue(segment, context, start, end, split.why, fix=fix)


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

    def shows(self, token: str, split: _Split, data: LanguageData) -> bool:
        """Whether the source explains the join: the author's convention, not a lost space."""
        if token.lower() in self.words():
            return True  # the source has it too: a name ("DeepMind"), not a fusion
        left, right = token[: split.at], token[split.at :]
        if split.join is _Join.CODE_WORD:  # judged against the source already
            return False
        if split.join is _Join.WORD_NUMBER:  # "Datei1" for "file1"
            return right in _GLUED_DIGITS.findall(self._text)
        if split.join is _Join.NUMBER_WORD:  # "~2laufend" for "~2running", not for "2nd"
            glued = _DIGITS_GLUED.findall(self._text)
            # A function word glued on is a lost space, whatever the source glues once
            # ("0BSD"); a marker the source glues to words again and again ("~2running,
            # ~2sleeping") takes any word.
            words = [
                word for digits, word in glued if digits == left and not _is_suffix(word.lower(), self._data)
            ]
            if len(words) > 1 or right.lower() not in data.function_words:
                return bool(words)
            return any(word.lower() in self._data.function_words for word in words)
        if split.join is _Join.SENTENCE:
            return right.lower() not in self.sentence_starts()
        if split.join is _Join.FOLDED and self.marks_letters():
            return True  # capitals inside words mark letters (dpkg's "halF-conf", "aWait")
        if split.join in (_Join.BOUNDARY, _Join.FOLDED) and not _SOURCE_BOUNDARY.search(self._text):
            return True  # no sentence of the source ends inside it: an identifier's hump
        if split.join in (_Join.CASE, _Join.BOUNDARY, _Join.FOLDED):  # "alterCluster" for "oldCluster"
            if left.lower() in self.names() or right.lower() in self.names():
                return True
            return f"{left} {right}" in self._text or f"{left}-{right}" in self._text
        stems = _stems(token, data, split.at + _OVERLAP)
        return any(stem.lower() in self.words() for stem in stems)  # "Literals" for "literal"

    def marks_letters(self) -> bool:
        """Whether the source writes a word of its language with a capital inside, as a key
        letter ("halF-conf", "trig-aWait"): the translation may do the same."""
        return any(
            not (run.islower() or run.istitle() or run.isupper()) and is_known(run, self._data.code, _COMMON)
            for run in _RUN.findall(self._text)
        )

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
# editor.core.checks.memo): a _Split, _BY_SOURCE or None.
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
    if not _worth_a_look(token, _tails(data)):
        return None
    if token[0].isdigit():
        return _BY_SOURCE if _digits_then_word(token, "", lang, data) is not None else None
    if _code_then_word(token, "", lang, data) is not None:
        return _BY_SOURCE
    return _split(token, "", lang, data)


@lru_cache(maxsize=16)
def _tails(data: LanguageData) -> tuple[str, ...]:
    """The function words a fused token may end in, longest first ("pourles" is "pour les",
    not "pourl es"). A short one that is also an inflection ending is none: "ungültiges" is
    "ungültig" inflected, not "ungültig es". (A pronoun the language writes onto a verb is
    judged by the word before it, see :func:`_function_word_tail`.)"""
    tails = (w for w in data.function_words if len(w) >= _MIN_TAIL)
    return tuple(
        sorted(
            (w for w in tails if len(w) > 2 or w not in data.inflection_endings), key=lambda w: (-len(w), w)
        )
    )


def _worth_a_look(token: str, tails: tuple[str, ...]) -> bool:
    """Cheap string tests that rule out most tokens before any frequency lookup: a fused
    token mixes digits and letters, has a capital inside, or ends in a function word."""
    if len(token) < 3 + _MIN_TAIL and token.isalpha():
        return False  # a word of 3 letters and a function word of 2 at least ("3die", "y1et" have digits)
    if not token.isalpha():
        return True  # digits and letters
    if token.isupper():
        return False  # an acronym
    if token.islower() or token.istitle():
        return token.lower().endswith(tails)
    return True  # a capital inside the word


def _split(token: str, source: str, lang: str, data: LanguageData) -> _Split | None:
    if token[0].isdigit():
        return _digits_then_word(token, source, lang, data)
    if token[-1].isdigit():
        return _word_then_digits(token, lang, data)
    if any(ch.isdigit() for ch in token):
        return None
    if _known(token, lang, data, _WHOLE_KNOWN):
        if not (token.islower() or token.istitle() or token.isupper()):
            # Known only as the lists key it, case-folded: "seinEs" is "seines" there. A
            # capitalised function word after the step is a sentence start where the source
            # has a boundary; anything else is a name written so ("PowerPoint").
            split = _case_change(token, lang, data)
            if split is None or token[split.at :].lower() not in data.function_words:
                return None
            return _Split(split.at, split.glue, split.why, _Join.FOLDED)
        if _known(token, lang, data) or not token.islower():
            return None
        # Two function words run together are no word, however often the web writes them so
        # ("porel", "conla"); real contractions ("della", "dela") are common words.
        split = _function_word_tail(token, lang, data)
        return split if split is not None and token[: split.at] in data.function_words else None
    split = _case_change(token, lang, data)
    if split is None or split.join is _Join.SENTENCE:  # the weakest reading comes last
        return _function_word_tail(token, lang, data) or split
    return split


def _known(word: str, lang: str, data: LanguageData, threshold: float = _COMMON) -> bool:
    """A word the language's frequency list knows (or, with no list, a function word)."""
    if has_lexicon(lang):
        return is_known(word, lang, threshold)
    return word.lower() in data.function_words and threshold < _WHOLE_KNOWN


def _case_change(token: str, lang: str, data: LanguageData) -> _Split | None:
    """ "wordWord": one lowercase->uppercase step between two common words. A capitalised
    function word after it starts a sentence ("JahrDie", Italian "selezionatoÈ",
    "trackballIl"): one letter is enough for it, and the word before need not be common (a
    loanword or a name in lowercase) where the source has a boundary. A word in capitals after
    it is a heading or a label ("KalenderVERALTET")."""
    steps = [i for i in range(1, len(token)) if token[i - 1].islower() and token[i].isupper()]
    if len(steps) != 1:
        return None
    at = steps[0]
    left, right = token[:at], token[at:]
    if len(left) < _MIN_PART:
        return None
    lower = right.lower()
    one = len(right) == 1  # "selezionatoÈ", "ignoréeL’application"
    if (
        lower in data.function_words
        and lower not in data.capitalised_pronouns
        and (one or right[1:].islower())
    ):
        why = f"'{left}' and '{right}' are fused; a sentence boundary was lost"
        if _known(left, lang, data):
            return _Split(at, ". ", why, _Join.CASE)
        if len(left) >= _MIN_STEM and left.islower():  # only where the source has a boundary
            return _Split(at, ". ", why, _Join.BOUNDARY)
        return None
    why = f"'{left}' and '{right}' are fused; a space is missing"
    if len(right) >= _MIN_STEM and right.isupper():
        known = _known(left, lang, data) and _known(lower, lang, data)
        return _Split(at, " ", why, _Join.CASE) if known else None
    if len(right) < _MIN_PART or not right[1:].islower():
        return None
    if _known(left, lang, data) and _known(right, lang, data):
        return _Split(at, " ", why, _Join.CASE)
    if left.islower() and _known(left, lang, data, _WHOLE_KNOWN) and _known(right, lang, data, _WHOLE_KNOWN):
        # Less common words (an inflected form: "игнорируетсяТерминал") where the source has
        # a sentence boundary: a full stop and a space lost.
        return _Split(
            at, ". ", f"'{left}' and '{right}' are fused; a sentence boundary was lost", _Join.BOUNDARY
        )
    if left.islower() and len(left) >= _MIN_STEM:
        # Rarer words still ("initialisierenBitte", "wirdPango"): only where the second is a
        # word the source starts one of its sentences with.
        return _Split(
            at, ". ", f"'{left}' and '{right}' are fused; a sentence boundary was lost", _Join.SENTENCE
        )
    return None


def _function_word_tail(token: str, lang: str, data: LanguageData) -> _Split | None:
    """ "Wordund": a common word with a function word glued to its end, unless the token is
    an inflected word ("Literals", "löschenden": "löschend" <- "löschen") or a verb with its
    pronoun ("pulsarla")."""
    lower = token.lower()
    for word in _tails(data):
        if not lower.endswith(word) or len(token) - len(word) < 3:
            continue
        head = token[: -len(word)]
        if word in data.enclitics and head.lower() not in data.function_words:
            continue  # a pronoun written onto a verb ("pulsarla"), not onto "para" ("parala")
        if _known(head, lang, data, _head_threshold(token, head, lang, data)) and token[-len(word)].islower():
            stems = _stems(token, data, len(head) + _OVERLAP)
            if any(_known(stem, lang, data, _WHOLE_KNOWN) for stem in stems):
                return None  # an inflected word
            why = f"'{head}' and '{word}' are fused; a space is missing"
            return _Split(len(head), " ", why, _Join.TAIL)
    return None


def _head_threshold(token: str, head: str, lang: str, data: LanguageData) -> float:
    """How common the word before a glued function word must be: a reader's word, or for a
    token the language's word list has never seen, a long, less common one will do
    ("metadatosen": "metadatos" at 2.99). A rare token that is listed ("обрезано", inflected
    forms of Russian) keeps the stricter test."""
    if len(head) >= _LONG_WORD and not _known(token, lang, data, _SEEN):
        return _LONG_WORD_KNOWN
    return _COMMON


def _long_stem(stem: str, shortest: int, data: LanguageData) -> bool:
    """A stem long enough to keep one letter of the function word only, and not inflected
    itself ("voitures" + "es" is no word: "voitureses" is "voiture ses")."""
    return len(stem) >= max(_LONG_STEM, shortest - 1) and not stem.endswith(data.inflection_endings)


def _stems(token: str, data: LanguageData, shortest: int) -> Iterator[str]:
    """The words ``token`` may be an inflected (at least ``shortest`` long) or derived form of,
    by the language's endings: "Literals" -> Literal; "speichernden" -> speichern."""
    for ending in ("", *data.inflection_endings):
        stem = token[: len(token) - len(ending)]
        if not token.endswith(ending) or len(stem) < _MIN_STEM:
            continue
        if ending and (len(stem) >= shortest or _long_stem(stem, shortest, data)):
            yield stem
        # A derivation only for a lowercase token: capitalised, it is a noun ("Unternehmender"
        # is "Unternehmen der"); common nominalised ones ("Vorsitzender") are known words.
        for derived, base in data.derivations if token[:1].islower() else ():
            if stem.endswith(derived):
                yield stem[: len(stem) - len(derived)] + base


def _by_source(token: str, source: str, lang: str, data: LanguageData) -> _Split | None:
    if token[0].isdigit():
        return _digits_then_word(token, source, lang, data)
    return _code_then_word(token, source, lang, data)


def _digits_then_word(token: str, source: str, lang: str, data: LanguageData) -> _Split | None:
    """ "3die", "80Zeichen": a number glued to a common word (not a unit, ordinal or decade)."""
    m = _DIGITS_LETTERS.fullmatch(token)
    if m is None:
        return None
    digits, word = m.groups()
    if not _a_word_after_a_number(word, lang, data):
        return None
    mark = _mark_after_number(source, digits)
    why = f"the number {digits} is glued to the word '{word}'"
    return _Split(len(digits), mark + " ", why, _Join.NUMBER_WORD)


def _a_word_after_a_number(word: str, lang: str, data: LanguageData) -> bool:
    """A word that, glued to a number, was fused with it: no unit, ordinal or decade suffix;
    a function word or a very common lowercase word ("3die", "7eine"); a common word
    capitalised ("80Zeichen": no unit is written so) or long ("1deaktiviert")."""
    if len(word) < _MIN_PART or _is_suffix(word.lower(), data):
        return False
    if word.islower():
        if word in data.function_words or _known(word, lang, data, _VERY_COMMON):
            return True
        return len(word) >= _LONG_WORD and _known(word, lang, data, _LONG_WORD_KNOWN)
    return word.istitle() and len(word) >= 3 and _known(word, lang, data)


def _code_then_word(token: str, source: str, lang: str, data: LanguageData) -> _Split | None:
    """ "libxml2nicht", "DATEI1und": a name or placeholder ending in digits, as the source
    writes one ("libxml2", "FILE1"), glued to a function word or common word. ``source`` ""
    asks whether the shape fits; the verdict then needs the source."""
    m = _CODE_WORD.fullmatch(token)
    if m is None:
        return None
    code, digits, word = m.groups()
    if not _a_word_after_a_number(word, lang, data):
        return None
    if data.capitalises_nouns and word.islower() and not _known(word, lang, data, _VERY_COMMON):
        return None  # a compound's tail ("mp3dateien"), misspelt but no lost space
    if source and digits not in _GLUED_DIGITS.findall(source):
        return None
    why = f"'{code}' is glued to the word '{word}'"
    return _Split(len(code), " ", why, _Join.CODE_WORD)


def _word_then_digits(token: str, lang: str, data: LanguageData) -> _Split | None:
    """ "Jahr2024": a common word glued to a number."""
    m = _LETTERS_DIGITS.fullmatch(token)
    if m is None:
        return None
    word, digits = m.groups()
    if len(word) < 3 or not word[1:].islower() or not _known(word, lang, data, _VERY_COMMON):
        return None
    why = f"the word '{word}' is glued to the number {digits}"
    return _Split(len(word), " ", why, _Join.WORD_NUMBER)


def _is_suffix(word: str, data: LanguageData) -> bool:
    return (
        word in _GLUED_UNITS
        or word in data.ordinal_suffixes
        or word in data.decade_suffixes
        or word in data.afternoon_marks
        or any(
            word.startswith(suffix) and (word == suffix or word[len(suffix) :] in data.inflection_endings)
            for suffix in data.numeral_suffixes
        )
    )


def _mark_after_number(source: str, digits: str) -> str:
    """The punctuation that follows the same number in the source ("5, a" -> ","), if any."""
    m = re.search(rf"(?<![\d.,]){re.escape(digits)}([,;:])\s", source)
    return m.group(1) if m else ""
