"""How a language says a negation: its negating words, their paraphrases and prefixes, found
in text (shared by :mod:`negation` and :mod:`negation_turns`)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.lexicon import has_lexicon, zipf
from editor.core.langdata import language

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
CONTRACTED = re.compile(r"\b[^\W\d_]+n['’]t\b")  # "doesn't", "can’t"
_APART = "…"  # between the two parts of a verb written apart ("raden … af")
_STEM = 6  # letters: a paraphrase this long also opens its inflected forms ("interdites")
_SHORT = 2  # letters of a negating word too short to be looked for alone ("no")
_KNOWN = 1.0  # Zipf: the rest of "ungültig" is a word of the language ("gültig")
# Zipf: a negated word is rarer than its base or a little more frequent ("unbedingt"), never
# ten times as frequent ("unserer" 5.3, "serer" 1.7; "importante" 5.4, "portante" 3.6)
_COMMONER = 1.0
_SUFFIXED_REST = 4  # letters before a negative suffix at least ("zins" of "zinsfrei")
# Before a negating word: an option's or a value's ("--no-pager", "0=no"), no clause's
_OPTION_MARKS = "-="
# After "no": a number or a reference code ("No. 5", "no 12", "appointment no. AB-1203"), the
# abbreviation of "number", not a negation.
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
_NUMBER_SIGN = re.compile(r"\.?\s*#?\d|\.\s*[A-Z]{1,6}[-/]?\d")


@lru_cache(maxsize=32)
def negation_pattern(code: str, determiners: bool = True) -> re.Pattern[str] | None:
    """A language's negating words, also opening a contraction ("n'est"), found in one scan;
    without those that stand before a noun ("no", "kein") unless ``determiners``."""
    data = language(code)
    return any_word(data.negations if determiners else data.negations - data.determiners)


def any_word(words: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``words`` as a whole word, longest first, in one scan (of lowercased text:
    faster than a case-insensitive pattern)."""
    if not words:
        return None
    alternation = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
    return re.compile(rf"\b(?:{alternation})\b")


def ceases(text: str, code: str) -> bool:
    """Whether ``text`` holds one of its language's phrases for ceasing (``ceasing_words``:
    "deixou de", "ya no"), as whole words."""
    pattern = _ceasing(code)
    return pattern is not None and pattern.search(text.lower()) is not None


@lru_cache(maxsize=32)
def _ceasing(code: str) -> re.Pattern[str] | None:
    return any_word(language(code).ceasing_words)


@lru_cache(maxsize=32)
def paraphrase_pattern(code: str) -> re.Pattern[str] | None:
    """Any word opening with a paraphrase of a negation ("interdit" in "interdites"), found in
    one scan."""
    return stems(language(code).negation_paraphrases)


@lru_cache(maxsize=64)
def stems(words: frozenset[str]) -> re.Pattern[str] | None:
    """Any of ``words``, one of ``_STEM`` letters or more also opening a longer word, in one
    case-insensitive scan; a verb written in two parts ("raten … ab") with its parts in one
    clause."""
    ordered = sorted(words, key=len, reverse=True)
    if not ordered:
        return None
    apart = [w for w in ordered if _APART in w]  # a separable verb: "raden … af"
    ordered = [w for w in ordered if _APART not in w]
    opening = "|".join(re.escape(w) for w in ordered if len(w) >= _STEM)
    whole = "|".join(re.escape(w) for w in ordered if len(w) < _STEM)  # "nur", not "Nummer"
    split = "|".join(
        # (the particle, not a preposition before a number: "sehen uns ab 9 Uhr")
        rf"{re.escape(first.strip())}\b[^,;:.!?]*?\b{re.escape(second.strip())}(?![ \u00a0]*\d)"
        for first, second in (w.split(_APART, 1) for w in apart)
    )
    return re.compile(
        rf"(?<!\w)(?:(?:{opening or '(?!)'})|(?:{whole or '(?!)'}|{split or '(?!)'})(?!\w))", re.IGNORECASE
    )


@lru_cache(maxsize=32)
def idle_pattern(code: str) -> re.Pattern[str] | None:
    return any_word(language(code).idle_negations)


def idle_blanked(lowered: str, code: str) -> str:
    """``lowered`` with the language's set phrases whose negating word negates nothing
    ("sin embargo", "sans doute") blanked out, a word for "nobody" or "nothing" after a verb
    with no negation before it ("que compartan con nadie": its "no" was lost), and a word for
    "nor" alone in its sentence after a list's comma ("usa fuego, animales ni cañones": the
    list's negation is another word's)."""
    pattern = idle_pattern(code)
    lowered = lowered if pattern is None else pattern.sub(lambda m: " " * len(m.group()), lowered)
    if any(word in lowered for word in language(code).concord.words):
        lowered = _concord_blanked(lowered, code)
    nor = _nor_pattern(code)
    if nor is None or not any(word in lowered for word in language(code).list_negations):
        return lowered
    for m in list(nor.finditer(lowered)):
        if _LIST_ITEM.search(lowered, max(0, m.start() - _LIST_REACH), m.start()) is None:
            continue
        opened, closed = (
            opened_at(lowered, m.start(), SENTENCE_STOPS),
            closed_at(lowered, m.end(), SENTENCE_STOPS),
        )
        if len(nor.findall(lowered, opened, closed)) == 1:  # not "ni … ni"
            lowered = lowered[: m.start()] + " " * (m.end() - m.start()) + lowered[m.end() :]
    return lowered


def _concord_blanked(lowered: str, code: str) -> str:
    concord, words = language(code).concord, _concord_pattern(code)
    negations = negation_pattern(code)
    if words is None or negations is None:
        return lowered
    for m in list(words.finditer(lowered)):
        opened = opened_at(lowered, m.start(), _CONCORD_STOPS)
        before = WORD.findall(lowered, opened, m.start())
        if len(before) < 2 or before[-1] in concord.openers:
            continue  # before its verb ("Nadie puede", "A nadie", "que nadie"), or "más que nadie"
        if _CLAUSE_END.match(lowered, m.end()):
            continue  # an answer or a value ("o intro para nada": "or enter for none")
        if negations.search(lowered, opened, m.start()) is None:
            lowered = lowered[: m.start()] + " " * (m.end() - m.start()) + lowered[m.end() :]
    return lowered


_CONCORD_STOPS = '.;:!?,()«»"“”„'
_CLAUSE_END = re.compile(r"\s*(?:[.;:!?,)»\"“”]|\Z)")


def says_none(text: str, said: str, source_lang: str, target_lang: str) -> bool:
    """Whether ``said``, the source's negating word, stands before a noun ("no change") and
    ``text`` has a word for none where a verb comes first ("Zero indica nessuna modifica"):
    a determiner said with one, which needs no negated verb before it (:func:`idle_blanked`
    reads a "not" so lost: "must not bring" said "podem trazer nenhuma")."""
    if said.lower() not in language(source_lang).determiners:
        return False
    words = _concord_pattern(target_lang)
    return words is not None and words.search(text.lower()) is not None


@lru_cache(maxsize=32)
def _concord_pattern(code: str) -> re.Pattern[str] | None:
    return any_word(language(code).concord.words)


SENTENCE_STOPS = ".;:!?"  # the marks that close a sentence's part (a clause adds the comma)


def opened_at(text: str, at: int, stops: str) -> int:
    """Where the part of ``text`` holding offset ``at`` opens: after the last of ``stops``
    before it."""
    return max(text.rfind(stop, 0, at) for stop in stops) + 1


def closed_at(text: str, at: int, stops: str) -> int:
    """Where the part of ``text`` holding offset ``at`` closes: at the first of ``stops``
    from it, or the text's end."""
    return min((i for i in (text.find(stop, at) for stop in stops) if i >= 0), default=len(text))


_LIST_ITEM = re.compile(r",\s+[^\W\d_]+(?:\s+[^\W\d_]+)?\s+\Z")  # ", animales ": an item after its comma
_LIST_REACH = 60  # characters before the word for "nor" read for the list's item


@lru_cache(maxsize=32)
def _nor_pattern(code: str) -> re.Pattern[str] | None:
    return any_word(language(code).list_negations)


def paraphrases(text: str, code: str) -> int:
    """How many paraphrases of a negation ``text`` holds."""
    pattern = paraphrase_pattern(code)
    if pattern is None:
        return 0
    particles = language(code).concord.particles
    if not particles:
        return len(pattern.findall(text))
    return sum(
        1
        for m in pattern.finditer(text)
        if m.group().lower() not in particles or not _CLOSES.match(text, m.end())
    )


_CLOSES = re.compile(r"\s*(?:[,;:.!?)\]\"”»]|$)")  # a clause's end after a word


_NEGATED_WORDS = 2  # words after a negation that are what it negates ("not yet included")


def echoed(source: str, span: tuple[int, int] | None, text: str, source_lang: str, target_lang: str) -> int:
    """How many of the paraphrases in ``text`` say the very word the source's negation at
    ``span`` negates: "inbegriffen" paraphrases "no extra charge", but for "not included" it
    is the positive word itself."""
    if span is None:
        return 0
    negated = WORD.findall(source.lower(), span[1])[:_NEGATED_WORDS]
    if not any(word in language(source_lang).opposites.included_words for word in negated):
        return 0
    pattern, included = paraphrase_pattern(target_lang), stems(language(target_lang).opposites.included_words)
    if pattern is None or included is None:
        return 0
    return sum(included.match(m.group()) is not None for m in pattern.finditer(text))


def negating(text: str, pattern: re.Pattern[str], lowered: str = "") -> tuple[int, int] | None:
    """The span of the first negating word of ``text`` (``lowered``: it in lowercase, if at
    hand) or a word closed by "n't" ("doesn't"), or None; "No. 5" is an abbreviation."""
    lowered = lowered or text.lower()
    if len(lowered) != len(text):  # a letter whose lowercase is longer ("İ")
        lowered = "".join(ch.lower()[0] for ch in text)
    found = None
    for m in pattern.finditer(lowered):
        if m.group() == "no" and _NUMBER_SIGN.match(text, m.end()):
            continue  # "No. 5", "no 12", "no. AB-12": a number
        if m.start() > 0 and text[m.start() - 1] in _OPTION_MARKS:
            continue  # "--no-pager", "0=no"
        found = m.span()
        break
    if "n't" in text or "n’t" in text:
        contracted = CONTRACTED.search(text, 0, found[0] if found else len(text))
        if contracted is not None:
            return contracted.span()
    return found


def live_negation(text: str, pattern: re.Pattern[str], code: str) -> tuple[int, int] | None:
    """The first negating word of ``text`` (see :func:`negating`) outside the language's set
    phrases whose negation negates nothing ("no later than")."""
    lowered = text.lower()
    return negating(text, pattern, idle_blanked(lowered, code) if len(lowered) == len(text) else "")


_JOINED = re.compile(r"-[^\W\d_]+")


def written_word(text: str, span: tuple[int, int]) -> str:
    """The negating word at ``span`` with the word a hyphen joins to it ("non-refundable")."""
    joined = _JOINED.match(text, span[1])
    return text[span[0] : span[1] if joined is None else joined.end()]


def prefixed(text: str, code: str) -> bool:
    """Whether a word of ``text`` is a word of the language with a negative prefix
    ("ungültig", "impossible", "inutilisable"): what follows the prefix is a word, and the
    whole is not far commoner than it, as an ordinary word that merely opens with the
    prefix's letters is ("unserer", "início": "serer", "ício" are rare forms). A finite verb
    form does not count ("se desharán": they will come loose)."""
    return next(prefixed_words(text, code), None) is not None


_VERB_FORM = 1.0  # Zipf: a finite form of a verb the lists have seen ("desmontamos")


def _infinitive(word: str, code: str) -> bool:
    """Whether ``word`` is a verb's infinitive: it ends as one does (the language's
    ``person_endings``), and the lists hold a finite form of it ("desmontar": "desmontaron";
    not the adjective "impopular")."""
    return any(
        word.endswith(infinitive) and zipf(word[: -len(infinitive)] + ending, code) >= _VERB_FORM
        for ending, infinitive in language(code).person_endings
    )


def prefixed_words(text: str, code: str) -> Iterator[tuple[int, int]]:
    """The spans of the words of ``text`` that :func:`prefixed` counts, in order."""
    data = language(code)
    prefixes, suffixes = data.negative_prefixes, data.negative_suffixes
    if not (prefixes or suffixes) or not has_lexicon(code):
        return
    for m in WORD.finditer(text):
        word = m.group().lower()
        if (
            word in prefixes
            and text[m.end() : m.end() + 1] == "-"
            and text[m.end() + 1 : m.end() + 2].isalpha()
        ):
            yield m.span()  # written apart: "non-built-in"
            continue
        if data.finite_endings and word.endswith(data.finite_endings):
            continue  # a finite verb: "se desharán" undoes, it does not negate
        if suffixes and word.endswith(suffixes) and _suffixed(word, suffixes, code):
            yield m.span()
            continue
        for prefix in prefixes:
            rest = word[len(prefix) :]
            if not word.startswith(prefix) or len(rest) < 4:
                continue
            if _included(word, code):
                break  # "incluses" ("cluses" is a word too): the word for included
            if _infinitive(word, code):
                break  # an infinitive: "desmontar" (dismantle) undoes, it does not negate
            base = zipf(rest, code)
            if base >= _KNOWN and zipf(word, code) <= base + _COMMONER:
                yield m.span()
                break


def _included(word: str, code: str) -> bool:
    included = stems(language(code).opposites.included_words)
    return included is not None and included.match(word) is not None


def _suffixed(word: str, suffixes: tuple[str, ...], code: str) -> bool:
    """Whether ``word`` ends with a suffix that says "without" ("wirkungslos", "zinsfrei",
    "werkloos") after a word of the language, a linking "s" dropped ("wirkungs")."""
    for suffix in suffixes:
        rest = word[: len(word) - len(suffix)]
        if not word.endswith(suffix) or len(rest) < _SUFFIXED_REST:
            continue
        if zipf(rest, code) >= _KNOWN or (rest.endswith("s") and zipf(rest[:-1], code) >= _KNOWN):
            return True
    return False


# The rest of a clause: up to its next mark
_CLAUSE = re.compile(r"[^,;:.!?()\n]*")


def only_negation(lowered: str, pattern: re.Pattern[str]) -> tuple[int, int] | None:
    """Where the source's negation is, when it has one only (a negating word of ``pattern``
    or a contracted "n't"); None for none or several."""
    found = [*pattern.finditer(lowered), *CONTRACTED.finditer(lowered)]
    return found[0].span() if len(found) == 1 else None


def negated_clause(lowered: str, pattern: re.Pattern[str]) -> str | None:
    """The rest of the clause after the source's only negation (" strictly optional" of "is
    not strictly optional, …"); None for none or several negations."""
    only = only_negation(lowered, pattern)
    if only is None:
        return None
    clause = _CLAUSE.match(lowered, only[1])
    return clause.group() if clause else ""


@lru_cache(maxsize=32)
def negation_cues(code: str) -> tuple[str, ...]:
    """Substrings every negating word of a language holds: the words, and "n't". A word of
    two letters or fewer is looked for with a space or an apostrophe after it ("no ", "n'"):
    alone it is in most sentences ("know", "now"), and where a mark follows it, it is a
    reply ("no,") or an abbreviation ("No. 5") more often than a negation."""
    cues = [w if len(w) > _SHORT else f"{w}{after}" for w in language(code).negations for after in " '’"]
    return (*dict.fromkeys(cues), "n't", "n’t", *(f"{p}-" for p in _apart_prefixes(code)))


def apart_negation(lowered: str, code: str) -> tuple[int, int] | None:
    """The span of the first negative prefix of the language written apart with a hyphen
    ("non-refundable", "nicht-öffentlich"), in ``lowered`` (its idle negations blanked: "a
    non-profit" names a thing), or None. Prefixes of ``_SHORT`` letters or fewer ("in-house")
    are no negation."""
    prefixes = _apart_prefixes(code)
    if not prefixes or not any(f"{p}-" in lowered for p in prefixes):
        return None
    found = _apart_pattern(code).search(idle_blanked(lowered, code))
    return None if found is None else found.span()


@lru_cache(maxsize=32)
def _apart_prefixes(code: str) -> tuple[str, ...]:
    return tuple(p for p in language(code).negative_prefixes if len(p) > _SHORT)


@lru_cache(maxsize=32)
def _apart_pattern(code: str) -> re.Pattern[str]:
    alternation = "|".join(map(re.escape, _apart_prefixes(code))) or "(?!)"
    return re.compile(rf"(?<![\w-])(?:{alternation})(?=-[^\W\d_])")


_STOP = re.compile(r"[.!?](?:\s|$)")


def sentence_begin(text: str, at: int) -> int:
    """Where the sentence of ``text`` that holds ``at`` starts (after a sentence mark and its space)."""
    return max((m.end() for m in _STOP.finditer(text, 0, at)), default=0)


def sentence_of(text: str, at: int) -> str:
    """The sentence of ``text`` that holds ``at``."""
    end = _STOP.search(text, at)
    return text[sentence_begin(text, at) : end.end() if end else len(text)]


def gratis_rendered(source: str, text: str, langs: tuple[str, str]) -> list[tuple[int, int]]:
    """The spans of the words of ``text`` that say free of charge ("gratuitamente",
    "kostenlos"; the language's ``plain_gratis``), as many as the source says a price of
    nothing without a negation ("enter free of charge but may not attend"): those render it,
    and say none of its negations."""
    said, written = _gratis_phrases(langs[0]), language(langs[1]).qualifiers.plain_gratis
    if said is None or not written:
        return []
    negations = language(langs[0]).negations
    count = sum(not negations.intersection(m.group().split()) for m in said.finditer(source.lower()))
    return [m.span() for m in WORD.finditer(text) if m.group().lower() in written][:count]


@lru_cache(maxsize=32)
def _gratis_phrases(code: str) -> re.Pattern[str] | None:
    return any_word(language(code).qualifiers.gratis | language(code).qualifiers.plain_gratis)
