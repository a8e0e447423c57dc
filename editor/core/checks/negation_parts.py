"""The clauses of a sentence and their counterparts in its translation (used by
:mod:`negation` to tell where in the translation a lost negation belongs)."""

from __future__ import annotations

import re
from functools import lru_cache

from editor.core.checks.negation_words import (
    CONTRACTED,
    WORD,
    idle_blanked,
    paraphrase_pattern,
    prefixed_words,
)
from editor.core.langdata import language
from editor.core.text import SPACELESS_CHAR

# Where a clause ends: a comma or colon (not one inside a number, "3,5", "10:30"), a
# bracket, a sentence mark before a space
CLAUSE_END = re.compile(r"[,;:](?!\d)|[()]|[.!?…](?=\s|$)")
_NEAR = 0.3  # share of a sentence by which a translation's negation may stand off a word it renders
_OPENED = 6  # letters of a word that may be a prefix and a word after it
_APART = 0.15  # share of a sentence by which it stands farther off the source's negating word


def clauses(text: str) -> list[tuple[int, int, bool]]:
    """The clauses of ``text`` that hold a word, parted by commas, colons, brackets and
    sentence marks: their spans, and whether a sentence mark ends each."""
    parts, start = [], 0
    for m in CLAUSE_END.finditer(text):
        if WORD.search(text, start, m.start()):
            parts.append((start, m.start(), m.group() in ".!?…"))
        start = m.end()
    if WORD.search(text, start):
        parts.append((start, len(text), True))
    return parts


def aligned(
    source: str, target: str, langs: tuple[str, str] | None = None
) -> list[tuple[tuple[int, int], tuple[int, int]]] | None:
    """The clauses of ``source`` paired with those of ``target`` in order, where both have the
    same clauses (as many, a sentence mark ending the same ones); None where they differ.
    With ``langs``, a translation that writes no comma before a coordinator where the source
    does ("…, and we cannot" -> "… e non possiamo") is parted before its coordinators too,
    where it has as many of them as the source has such commas."""
    source_parts, target_parts = clauses(source), clauses(target)
    if [p[2] for p in source_parts] != [p[2] for p in target_parts] and langs is not None:
        target_parts = _coordinated(source, target, target_parts, langs) or target_parts
    if [p[2] for p in source_parts] != [p[2] for p in target_parts]:
        return None
    return [((a, b), (c, d)) for (a, b, _), (c, d, _) in zip(source_parts, target_parts, strict=True)]


def _coordinated(
    source: str, target: str, parts: list[tuple[int, int, bool]], langs: tuple[str, str]
) -> list[tuple[int, int, bool]] | None:
    """The clauses of ``target`` parted also before each coordinator of its language that
    follows no comma, where the source has a comma before a coordinator of its own as often
    as the target has such coordinators; None otherwise."""
    said = len(_coordinators(langs[0])[0].findall(source))
    written = [m.start() for m in _coordinators(langs[1])[1].finditer(target)]
    if said and said != len(written):
        written = _paired_coordinators(source, target, langs)
    if not said or said != len(written):
        return None
    out: list[tuple[int, int, bool]] = []
    for start, end, stop in parts:
        cuts = [at for at in written if start < at < end]
        for at in cuts:
            out.append((start, at, False))
            start = at + 1
        out.append((start, end, stop))
    return out


def _paired_coordinators(source: str, target: str, langs: tuple[str, str]) -> list[int]:
    """Where the translation's coordinators without a comma stand that render the source's
    coordinators after a comma, where both say as many coordinators in all and pair in order
    ("…, and never … or while" -> "… e non … o mentre": the "e"); else none."""
    said = [m.group(1) is not None for m in _coordinators(langs[0])[2].finditer(source)]
    written = list(_coordinators(langs[1])[2].finditer(target))
    if len(said) != len(written):
        return []
    return [m.start() for comma, m in zip(said, written, strict=True) if comma and m.group(1) is None]


@lru_cache(maxsize=16)
def _coordinators(code: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """A comma, then a coordinator of the language ("…, and we"); a coordinator after a
    word, with no comma before it ("… e non"); and either (its group 1 the comma)."""
    words = "|".join(sorted(map(re.escape, language(code).coordinators))) or "(?!)"
    return (
        re.compile(rf",\s+(?:{words})\s", re.IGNORECASE),
        re.compile(rf"(?<=[^\W\d_]) (?:{words}) ", re.IGNORECASE),
        re.compile(rf"(?:(,)\s+|(?<=[^\W\d_]) )(?:{words})\s", re.IGNORECASE),
    )


def counterpart(
    source: str, target: str, at: int, langs: tuple[str, str] | None = None
) -> tuple[int, int] | None:
    """The span of the clause of ``target`` that renders the clause of ``source`` holding
    offset ``at`` (from its first word to its last), where both have the same clauses (see
    :func:`aligned`); else None."""
    pairs = aligned(source, target, langs)
    for (a, b), (c, d) in pairs or ():
        if a <= at < b:
            words = list(WORD.finditer(target, c, d))
            return (words[0].start(), words[-1].end()) if words else None
    return None


_NUMBER_AFTER = re.compile(r"[^\W\d_]+(?: [^\W\d_]+)? (\d+)(?![\d.,]?\d)")  # "at least 2", "about 45"


def _sentences(text: str) -> list[tuple[int, int]]:
    """The spans of the sentences of ``text``, from its clauses."""
    spans, start = [], None
    for a, b, ends in clauses(text):
        start = a if start is None else start
        if ends:
            spans.append((start, b))
            start = None
    return spans


_EXPANSION = 1.15  # how much longer a translation runs than its English source, about


def _last_sentence_lost(
    source: str, target: str, sentences: list[tuple[int, int]], written: list[tuple[int, int]]
) -> int:
    """Where the source's last sentence starts, if the translation has fewer sentences and
    its length matches the source's without that one better than the whole source's
    ("… valid student card. The discount cannot be combined with other offers." -> "… una
    tessera studentesca valida."); else past the source's end."""
    if len(written) >= len(sentences) or len(sentences) < 2:
        return len(source) + 1
    start = sentences[-1][0]
    ratio = len(target.strip()) / max(1, len(source.strip()))
    without = len(target.strip()) / max(1, len(source[:start].strip()))
    return start if abs(without - _EXPANSION) < abs(ratio - _EXPANSION) else len(source) + 1


def _anchored(
    source: str, target: str, at: int, spans: tuple[int, int, int, int]
) -> tuple[int, int, int, int]:
    """``spans`` (a source part holding ``at`` and the target part rendering it) narrowed to
    the numbers written alike on both sides around ``at`` ("the minimum age is 16, and those
    under 18 …" -> "la edad mínima es de 16 años.": after the 16)."""
    a, b, c, d = spans
    for m in _DIGITS.finditer(source, a, b):
        token = m.group()
        if source.count(token, a, b) != 1 or target.count(token, c, d) != 1:
            continue
        written = target.find(token, c, d)
        if m.end() <= at and written >= c:
            a, c = m.end(), written + len(token)
        elif m.start() > at and written + len(token) <= d:
            b, d = m.start(), written
            break
    return (a, b, c, d) if a <= b and c <= d else spans


_DIGITS = re.compile(r"(?<![\d.,:])\d+(?:[.,:]\d+)*(?![\d.,:]?\d)")


def gap_at(
    source: str, target: str, at: int, anchored: bool = False, lost: int = 0
) -> tuple[int, int] | None:
    """Where ``target`` would say the word of ``source`` at offset ``at`` that it lacks: the
    two words around the point as far into the clause that renders that word's clause (the
    sentence, where the clauses differ and the sentences do not; else the text) as the word is
    into its own; None without words. ``anchored`` (for a number, which stands among others):
    between the numbers written alike around it. ``lost``: characters of the source from
    ``at`` on that the translation lacks with the word (an exception's phrase), which its
    proportions leave out."""
    a, b, c, d = 0, len(source), 0, len(target)
    pairs = aligned(source, target)
    if pairs is None and len(sentences := _sentences(source)) == len(written := _sentences(target)):
        pairs = list(zip(sentences, written, strict=True))
    elif pairs is None and _last_sentence_lost(source, target, sentences, written) <= at:
        words = list(WORD.finditer(target))  # where the lost sentence stood: at the end
        if not words or SPACELESS_CHAR.search(target):
            return None
        return words[-2 if len(words) > 1 else -1].start(), words[-1].end()
    for (start, end), (left, right) in pairs or ():
        if start <= at < end:
            a, b, c, d = start, end, left, right
    if anchored:
        a, b, c, d = _anchored(source, target, at, (a, b, c, d))
    words = list(WORD.finditer(target, c, d)) or list(WORD.finditer(target))
    if not words or SPACELESS_CHAR.search(target):
        return None  # (a script written without spaces has no words to point between)
    point = c + (at - a) * (d - c) / max(1, b - a - min(lost, b - at))
    number = _NUMBER_AFTER.match(source, at)  # "about 45 minutes": before the 45 there
    # (in the part that renders the word's: a number lost with it stands nowhere else)
    said = (
        re.compile(rf"(?<![\d.,]){re.escape(number.group(1))}(?![\d.,]?\d)").search(target, c, d)
        if number
        else None
    )
    if said is not None:
        before = [word for word in words if word.end() <= said.start()]
        return (before[-1].start() if before else said.start()), said.end()
    after = next((k for k, word in enumerate(words) if word.end() > point), len(words) - 1)
    return words[max(0, after - 1)].start(), words[after].end()  # the words on either side


_CONJUNCT_WORDS = 3  # words after "and" a second negation may come: "and must not", "or never"


def negations_in(lowered: str, pattern: re.Pattern[str], openers: frozenset[str]) -> list[re.Match[str]]:
    """The negating words of ``lowered`` (lowercase) and its words closed by "n't"; a word
    that opens a negation another closes ("ne" of "ne … pas") is not counted apart."""
    found = [m for m in pattern.finditer(lowered) if m.group().rstrip("'’") not in openers]
    found += CONTRACTED.finditer(lowered)
    return sorted(found, key=lambda m: m.start())


def second_conjunct(
    lowered: str, negations: list[re.Match[str]], coordinators: frozenset[str], auxiliaries: frozenset[str]
) -> int | None:
    """Where the second of two negated verbs joined by "and" or "or" begins in ``lowered``
    ("do not touch the cases and do not use a flash": the "and"), or None. The second is a
    verb's: an auxiliary stands between ("and must not", "or don't", "or cannot"), or a
    negated subject's with its auxiliary after ("and no dogs are allowed"), not a noun's
    ("and none of the names", "and files not in the index")."""
    for first, second in zip(negations, negations[1:], strict=False):
        between = [(m.start(), m.group()) for m in WORD.finditer(lowered, first.end(), second.start())]
        for k, (at, word) in enumerate(between):
            if word not in coordinators:
                continue
            rest = [w for _, w in between[k + 1 :]]
            said = second.group().split("n't")[0].split("n’t")[0]  # "don't": "do"
            verbs = [*rest, said] if said != second.group() else rest
            if second.group() in auxiliaries:
                verbs.append(second.group())  # "cannot"
            if verbs and len(rest) < _CONJUNCT_WORDS and all(w in auxiliaries for w in verbs):
                return at
            if not rest and said == second.group() and _subject_verb(lowered, second.end(), auxiliaries):
                return at  # "and no replacement days can be booked": a negated subject's clause
    return None


_MODAL_REACH = 12  # characters before a negation its modal stands in ("must not")


def joined_commands(lowered: str, negations: list[re.Match[str]], code: str) -> int | None:
    """Where two negated commands joined by "and" or "or" meet in ``lowered`` ("please do not
    leave it … and never charge it": the "and"): the first negation opens the clause after
    auxiliaries and request words only, the second is a word for never right after the
    coordinator; or two modals of one subject negated, the second right after the coordinator
    ("visitors may not enter … and must not touch"; not "is not in range and is not aligned",
    whose first a translation may say by an opposite, "außerhalb"); else None."""
    if len(negations) < 2:
        return None
    data = language(code)
    first, second = negations[0], negations[1]
    openers, coordinators = data.auxiliaries | data.sentence_openers, data.coordinators
    between = list(WORD.finditer(lowered, first.end(), second.start()))
    modals = data.permissions | data.obligations
    modal = WORD.findall(lowered, max(0, first.start() - _MODAL_REACH), first.start())[-1:]
    if (
        len(between) > 2
        and between[-2].group() in coordinators
        and between[-1].group() in modals
        and bool(modal)
        and modal[0] in modals
    ):
        return between[-2].start()
    if second.group() not in data.never_words or any(
        w not in openers for w in WORD.findall(lowered, 0, first.start())
    ):
        return None
    return between[-1].start() if len(between) > 1 and between[-1].group() in coordinators else None


def _subject_verb(lowered: str, at: int, auxiliaries: frozenset[str]) -> bool:
    """Whether an auxiliary stands in the few words after ``at`` (a negated subject's verb:
    "no dogs are allowed"; not "and no fees")."""
    after = [m.group() for m in WORD.finditer(lowered, at)][:_CONJUNCT_WORDS]
    return any(word in auxiliaries for word in after)


def unnegated_first(
    lowered: str, negations: list[re.Match[str]], coordinators: frozenset[str], lost: int = 1
) -> tuple[int, int] | None:
    """Where a translation's clause with one negation fewer than the source's ``lost`` ones
    (``negations``; one of two commands, or "not … and must not … without") has a
    coordinator before its first and no negation before that: the words before the
    coordinator (from the first to the last), or None."""
    if not negations or len(negations) != lost - 1:
        return None
    words = list(WORD.finditer(lowered, 0, negations[0].start()))
    joined = [k for k, m in enumerate(words) if k and m.group() in coordinators]
    return (words[0].start(), words[joined[-1] - 1].end()) if joined else None


def unnegated_conjunct(
    lowered: str, negations: list[re.Match[str]], coordinators: frozenset[str]
) -> tuple[int, int] | None:
    """Where a translation's clause with one negation (``negations``) joins a second verb with
    "and" or "or": the words after the conjunction (from the first to the last), or None."""
    if len(negations) != 1:
        return None
    words = list(WORD.finditer(lowered, negations[0].end()))
    for k, m in enumerate(words[:-1]):
        if m.group() in coordinators:
            return words[k + 1].start(), words[-1].end()
    return None


def verb_negated(lowered: str, negation: re.Match[str], code: str) -> bool:
    """Whether a negation of ``lowered`` is a verb's: contracted ("don't"), one with its
    modal ("cannot"), or after an auxiliary ("will not", "have not"), not a noun's ("no fees")."""
    said = negation.group()
    if "n't" in said or "n’t" in said or said in language(code).negated_modals:
        return True
    before = WORD.findall(lowered[: negation.start()])[-1:]
    return bool(before) and before[0] in language(code).auxiliaries


def prefix_rendering(
    source: str,
    lowered: str,
    source_pattern: re.Pattern[str],
    source_lang: str,
    target: str,
    target_pattern: re.Pattern[str],
    target_lang: str,
) -> bool:
    """Whether every negation of the translation (a negating word, a word with a negative
    prefix) stands where a word of the source with a negative prefix does, well away from the
    source's negating words ("Unused sessions … are not refunded" -> "As sessões não
    utilizadas … são reembolsadas"): it renders that word, and the source's negation is lost.
    Only words of the source language's ``participle_prefixes`` and ``without_endings``
    ("gluten-free": "sem glúten") before its negation count.
    ``lowered`` is the source in lowercase with its idle negations blanked out."""
    data = language(source_lang).opposites
    opening, ending = data.participle_prefixes, data.without_endings
    said = [m.span() for m in (*source_pattern.finditer(lowered), *CONTRACTED.finditer(lowered))]
    if not (opening or ending) or not said or not target:
        return False
    first = min(a for a, _ in said)
    # (before the negating word: a language that puts its verb last moves the negation later)
    spans = [
        (a, b)
        for a, b in prefixed_words(source, source_lang)
        if opening and source[a:b].lower().startswith(opening) and not source[a:b].isupper()
    ]
    freed = [m.span() for suffix in ending for m in re.finditer(rf"\w+{re.escape(suffix)}\b", lowered)]
    spans += freed  # "gluten-free"
    made = [(a + b) / 2 / len(source) for a, b in spans if b < first]
    if not made:
        return False
    written = idle_blanked(target.lower(), target_lang)
    # (any word that opens with a negative prefix may be one: "непереносима" of a rare base)
    prefixes = language(target_lang).negative_prefixes
    cues = {m.span() for m in target_pattern.finditer(written)} | set(prefixed_words(target, target_lang))
    cues |= {
        m.span()
        for m in WORD.finditer(written)
        if m.group().startswith(prefixes) and len(m.group()) > _OPENED
    }
    paraphrase = paraphrase_pattern(target_lang)  # ("при отсутствии": in the absence of)
    cues |= {m.span() for m in paraphrase.finditer(written)} if paraphrase is not None else set()
    for c, d in said:  # the source's negating word kept as written (a value: "modes: all, no")
        cues |= {m.span() for m in re.finditer(rf"(?<!\w){re.escape(lowered[c:d])}(?!\w)", written)}
    if not cues or len(cues) > len(made):
        return False
    withouts = language(target_lang).double_negatives
    if len(cues) <= sum(b < first for _, b in freed) and all(written[a:b] in withouts for a, b in cues):
        return True  # each a word for "without" that says a "-free" ("senza glutine"), wherever
    for a, b in cues:
        at = (a + b) / 2 / len(target)
        near = min(abs(at - p) for p in made)
        far = min(abs(at - (c + d) / 2 / len(source)) for c, d in said)
        if near > _NEAR or far < near + _APART:
            return False
    return True


def main_then_relative(lowered: str, said: list[re.Match[str]], code: str) -> bool:
    """Whether the first of two negations of a clause (``said``, in ``lowered``) negates its
    main verb, with no conjunction or relative pronoun before it, and the second a clause
    that one opens ("we do not accept students who cannot swim"; not "views that do not
    select … are not")."""
    data = language(code)
    openers = data.conjunctions | data.relative_pronouns
    subordinate = openers - data.coordinators  # ("is not in range and is not aligned": one clause)
    before = WORD.findall(lowered, 0, said[0].start())
    between = WORD.findall(lowered, said[0].end(), said[1].start())
    return not openers.intersection(before) and bool(subordinate.intersection(between))
