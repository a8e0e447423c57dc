"""Short leftovers: one ordinary source-language word (and its neighbour) left in the target's prose."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from editor.core.checks.base import Severity
from editor.core.checks.lexicon import zipf
from editor.core.checks.prose import running_prose
from editor.core.checks.prose_words import said_in_lowercase
from editor.core.checks.stats_terms import TermStats, in_address
from editor.core.langdata import language

_ORDINARY = 3.0  # Zipf: a word at least this common in the source language is an ordinary word
_LOANED = 2.5  # Zipf: a word this common in the target language is used there (a loanword)
# Zipf: a hyphenated compound this common there ("check-in" 3.8 in Portuguese, "low-cost" 3.3
# in Spanish); wordfreq reckons one from its parts, which a text may write apart ("off-peak" 2.8
# in Italian, "fragrance-free" 2.6 in French)
_LOANED_COMPOUND = 3.0
_UNUSED = 2.0  # Zipf: a word rarer than this in the target language is hardly ever written there
# Zipf: in an everyday text, a rarer word of the source language ("tiling", "paperweight")
# that the target language hardly ever writes is left as it was too
_RARER = 2.2
_PLURAL_SEEN = 1.8  # Zipf: a loanword's plural this common is written in the target language too
_MARGIN = 1.0  # Zipf points a word must be more common in the source language
# Zipf points each word of a phrase is more common in the source language, where the target
# language borrows none of them ("working days"; "fast food" 1.3, "check in" 1.6)
_UNBORROWED = 1.7
# Zipf points by which each word of a copied run of _LEANING_RUN words or more is commoner in
# the source language ("mountain rescue team" in Dutch: 1.1, 1.0, 0.3)
_LEANS = 0.3
_LEANING_RUN = 3
_STEM = 2.5  # Zipf: a verb form's stem at least this common is a word of the source language
_PROSE_WORDS = 6  # words of a target sentence that reads as prose, not a label or a command
# A quotation mark; an apostrophe between letters ("l'option", "don’t") is none.
QUOTE = re.compile(r"[\"“”„«»‹›「」『』]|(?<![^\W\d_])['‘’]|['‘’](?![^\W\d_])")
_STOPS = ".!?:"
_FUNCTION_MARGIN = 1.8  # Zipf points a function word is more common in the source language
_WORD_BEFORE = re.compile(r"([^\W\d_]+) \Z")
_WORD_AFTER = re.compile(r" ([^\W\d_]+)")
_NEAR_QUOTE = 40
_QUOTE_MARKS = '"“”„«»‹›'
_SPEECH_WORDS = 3  # words besides the copied ones that make a quotation someone's words
_LETTER_WORD = re.compile(r"[^\W\d_]+")
_TWO_AFTER = re.compile(r" [^\W\d_]+ ([^\W\d_]+)")  # the second word after
_TWO_BEFORE = re.compile(r"([^\W\d_]+) [^\W\d_]+ \Z")
_LATIN_END = 0x250  # letters below are Latin (Vietnamese aside, Latin Extended Additional)
_DETERMINER_BEFORE = re.compile(r"([^\W\d_]+)(?: +|['’])\Z")  # the word before, or an elided one


@dataclass(frozen=True, slots=True)
class Scene:
    """What a word left in the target is judged against: its segment and its document."""

    source: str  # the segment's source, case-folded, spaces collapsed
    openers: frozenset[str]  # lowercase words opening a sentence of the source: code ("ls")
    prose: bool  # source and target are sentences of prose (no labels, options, code)
    function_words: frozenset[str]  # of the source language
    verb_endings: tuple[str, ...]  # of the source language
    langs: tuple[str, str]  # source and target language
    terms: TermStats | None  # the document's target words
    technical: bool = False  # the document is software text, whose terms are kept on purpose
    paragraph: tuple[str, str] = ("", "")  # the paragraph's source and target, case-folded
    written: str = ""  # the segment's source as written


_LOWER_OPENER = re.compile(r"(?:^|[.!?:]\s+)([^\W\d_A-Z][^\s]*)")


def openers(source: str) -> frozenset[str]:
    """The words that open a sentence of ``source`` in lowercase: English capitalises a
    sentence's first word, so those are commands, options or identifiers ("make-index must
    be set")."""
    return frozenset(
        m.group(1).rstrip(".,;:") for m in _LOWER_OPENER.finditer(source) if m.group(1).islower()
    )


def scene_prose(source: str, target: str) -> bool:
    """Whether a segment is prose on both sides (see :class:`Scene`)."""
    return running_prose(source, _PROSE_WORDS) and running_prose(target, _PROSE_WORDS)


def frequency(word: str, lang: str) -> float:
    """The word's Zipf frequency in ``lang``; a hyphenated compound the lists do not hold
    ("sugar-coated") is as common as its rarest part, as wordfreq itself reckons."""
    found = zipf(word, lang)
    if found or "-" not in word:
        return found
    return min(zipf(part, lang) for part in word.split("-"))


def unlisted(word: str, langs: tuple[str, str]) -> bool:
    """A word of the source language's lists that the target language's lists lack: its
    texts never write it, so it is no loanword there ("truing", "cartons")."""
    return frequency(word, langs[1]) == 0.0 and frequency(word, langs[0]) > 0.0


def everyday_foreign(word: str, langs: tuple[str, str]) -> bool:
    """A word of the source language that an everyday text's translation would not write,
    though it is rarer than an ordinary word: one the target language hardly ever writes
    ("tiling", "bibs"), or one its lists lack altogether while the source language's hold it
    or its singular ("strimmers", "non-refundable"). A rare word of the source left in the
    translation is one the MT did not know."""
    there, here = _singular_frequency(word, langs[0]), frequency(word, langs[1])
    if there - here < _MARGIN:
        return False
    return here == 0.0 or (there >= _RARER and here < _UNUSED)


def unheard_phrase(text: str, start: int, words: tuple[str, ...], scene: Scene) -> bool:
    """Two words of the source's copied from ``start`` as a noun of the translation's prose,
    after one of its articles or possessives ("los drink cartons"), one of which the target
    language never writes (see :func:`unlisted`): no loanword of its. Not in a translation in
    another script (its lists lack most Latin words); not a word the document's other
    translations keep (a term: "cached"); not after a noun of the translation, which a kept
    name qualifies ("codifica quoted printable")."""
    if not scene.prose or other_script(text, words[0]):
        return False
    before = _DETERMINER_BEFORE.search(text, max(0, start - 40), start)
    if before is None or before[1].casefold() not in language(scene.langs[1]).determiners:
        return False
    return any(unlisted(word, scene.langs) and not _kept(text, word, scene) for word in words)


def translated_beside(words: tuple[str, ...], scene: Scene) -> bool:
    """Whether the paragraph's source says one of ``words`` (or its plural) more often than
    its translation writes it: the translation says it in its own language there ("meetings
    … the small meeting room" as "réunions … la petite meeting room", "food" as "nourriture"
    beside "dry food"), so the copy is no loanword it uses. Not in software text (see
    :func:`unborrowed`): "two-phase commit" is kept beside the verb "commit" translated."""
    source, target = scene.paragraph
    if scene.technical or not scene.prose or not source:
        return False
    return any(len(_said(word).findall(source)) > len(_said(word).findall(target)) for word in words)


@lru_cache(maxsize=256)
def _said(word: str) -> re.Pattern[str]:
    """``word`` (case-folded) as a whole word, or with a plural's "s" or "es"."""
    return re.compile(rf"(?<!\w){re.escape(word)}(?:e?s)?(?!\w)")


def _kept(text: str, word: str, scene: Scene) -> bool:
    """Whether the document's other translations write the word too: a term kept on purpose
    (a command's name)."""
    if scene.terms is None:
        return False
    written = sum(scene.terms.variants_of(word).values())
    return written > text.casefold().count(word.casefold())


def foreign_compound(word: str, langs: tuple[str, str]) -> bool:
    """A hyphenated compound of source-language words ("self-raising") that the target
    language does not use (the lists hold no compounds: see :func:`frequency`)."""
    if "-" not in word:
        return False
    there = frequency(word, langs[0])
    return there >= _ORDINARY and there - frequency(word, langs[1]) >= _MARGIN


def labelled(text: str, start: int, end: int) -> bool:
    """Whether the words at ``start:end`` are :func:`quoted` as a label, a value or a gloss:
    in brackets, or in a quotation that holds fewer than ``_SPEECH_WORDS`` words besides them.
    A quotation of someone's words holds a sentence (“Twee kledingkasten, één bed, done
    before lunch.”): words left in it are prose."""
    if not quoted(text, start):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end) % (len(text) + 1)
    marks = list(QUOTE.finditer(text, line_start, start))
    if len(marks) % 2 == 0:
        return True  # in brackets
    closing = QUOTE.search(text, end, line_end)
    inside = text[marks[-1].end() : start] + " " + text[end : closing.start() if closing else line_end]
    return len(_LETTER_WORD.findall(inside)) < _SPEECH_WORDS


def quoted(text: str, start: int) -> bool:
    """Whether ``start`` lies inside quotation marks or brackets on its line: a quoted label or
    value ("'repeatable read'"), or a gloss of the translated term ("Ladebereich (load range)")."""
    line_start = text.rfind("\n", 0, start) + 1
    if len(QUOTE.findall(text, line_start, start)) % 2:
        return True
    return text.count("(", line_start, start) > text.count(")", line_start, start)


def sentence_start(text: str, start: int) -> bool:
    """Whether ``start`` opens the text, a line or a sentence (a capital there is no name)."""
    before = text[:start].rstrip(" \"'“„«([¿¡")
    return not before or before[-1] in _STOPS or before[-1] == "\n"


def lone_leftover(
    text: str, copied: list[tuple[re.Match[str], bool]], index: int, scene: Scene
) -> tuple[int, int, Severity] | None:
    """One source-language word copied into the target's prose (``copied[index]``, the words
    of the source in a row around it, each with whether it is foreign), with the neighbour the
    source writes next to it ("a cup of custard powder"): an ordinary word of the source
    language that the target language does not use. Left alone: a word the target language
    uses as a loanword (unless its neighbour is one the target language never writes, see
    :func:`unheard_phrase`), or that the document's other translations keep too (a term, a
    command's name); a name, a quoted or bracketed word; a label, an option, code; a word in
    the source's script among the words of another ("сценарий auto-overlay"); one of a list
    of values ("formats: plain, boxed"). A warning when the neighbour is a function word (a
    phrase left as it was) or makes an unheard phrase, or the word is a verb form the target
    language hardly ever writes ("el pescado smoked": a language borrows words, not their
    inflections), or a number word, or the text is an everyday one (see
    :class:`~editor.core.checks.prose.RegisterStats`) and the word no unit ("4 mph");
    information otherwise (software keeps its terms on purpose)."""
    word = copied[index][0]
    found = word.group()
    source_lang, target_lang = scene.langs
    if not scene.prose or not (found.islower() or _noun_of(found, scene)) or len(found) < 3:
        return None  # names and acronyms keep their capitals; "de", "am" are words everywhere
    there = _singular_frequency(found, source_lang)
    here = _singular_frequency(found, target_lang, source_lang)
    # a language that capitalises its nouns writes a loanword so ("die Connection"): lowercase,
    # a word it writes far less than the source language is left as it was ("mit connection");
    # not first on its line (a command's name in a list: "add - …")
    line_start = text.rfind("\n", 0, word.start()) + 1
    nouns = language(target_lang).capitalises_nouns and bool(text[line_start : word.start()].strip())
    rare = not scene.technical and everyday_foreign(found, scene.langs)
    if not rare and (there < _ORDINARY or there - here < _MARGIN):
        return None
    # a word the target language borrows may still be half of a phrase it never writes: one
    # with a neighbour its lists lack ("il wheel truing"), which is no loanword of its own
    neighbour = _neighbour(text, copied, index, scene)
    unheard = neighbour is not None and unheard_phrase(
        text, min(word.start(), neighbour.start()), (found, neighbour.group()), scene
    )
    if here >= (_LOANED_COMPOUND if "-" in found else _LOANED) and not nouns and not unheard:
        return None
    # bracketed as an everyday source brackets it ("(refundable)"): copied, no gloss of a
    # term before it (software brackets its names: "The TPM library (trousers)")
    copied_alike = not scene.technical and _bracketed_alike(text, word, scene.source)
    glossed = quoted(text, word.start()) and not copied_alike
    if glossed or _inside_name(text, word) or other_script(text, found) or in_address(text, *word.span()):
        return None
    if _listed(text, copied, index) or found in scene.openers:
        return None
    if _kept(text, found, scene):
        return None
    start, end = word.start(), word.end()
    if neighbour is not None:
        start, end = min(start, neighbour.start()), max(end, neighbour.end())
    grammatical = neighbour is not None and neighbour.group() in scene.function_words
    inflected = here < _UNUSED and _verb_form(found, scene)
    # a number said in the source language ("mindestens two Monate"): no term is kept so
    counted = any(found == said for said, _ in language(source_lang).number_words)
    # an everyday text keeps no ordinary word ("een neighbour"); software keeps its terms, and
    # a measure may keep its unit ("4 mph")
    everyday = not scene.technical and found not in _unit_words(source_lang)
    severity = (
        Severity.WARNING
        if grammatical or inflected or counted or unheard or (nouns and neighbour) or everyday
        else Severity.INFO
    )
    return start, end, severity


def _bracketed_alike(text: str, word: re.Match[str], source: str) -> bool:
    """Whether ``word`` alone fills its brackets, as it fills brackets of the source."""
    start, end = word.span()
    return text[start - 1 : start] == "(" and text[end : end + 1] == ")" and f"({word.group()})" in source


def _noun_of(found: str, scene: Scene) -> bool:
    """Whether ``found`` is a word the source writes in lowercase, capitalised as a noun of
    a language that capitalises its nouns, that an everyday text there would not write
    ("Ihre eigenen Secateurs"): no name."""
    if scene.technical or not language(scene.langs[1]).capitalises_nouns or not found.istitle():
        return False
    return said_in_lowercase(found, scene.written) and everyday_foreign(found.lower(), scene.langs)


def lone_function_word(
    text: str, copied: list[tuple[re.Match[str], bool]], index: int, scene: Scene
) -> tuple[int, int, Severity] | None:
    """A function word of the source language alone between two words of the translation
    ("Kundin or Kunde", "hout and metaal"): MT left it as it was. Not a word the
    target language has among its own (French "or"), nor one its texts write nearly as often
    (Dutch "of"); not quoted, bracketed or among the words of another script; one of its
    neighbours is a word the source does not have."""
    word = copied[index][0]
    found = word.group()
    if not scene.prose or not found.islower() or len(found) < 2 or found not in scene.function_words:
        return None
    source_lang, target_lang = scene.langs
    data = language(target_lang)
    if found in data.function_words or found in data.conjunctions or found in data.prepositions:
        return None
    if frequency(found, source_lang) - frequency(found, target_lang) < _FUNCTION_MARGIN:
        return None
    before = _WORD_BEFORE.search(text, max(0, word.start() - 40), word.start())
    after = _WORD_AFTER.match(text, word.end())
    if before is None or after is None:
        return None
    neighbours = [before.group(1).casefold(), after.group(1).casefold()]
    if any(n in scene.function_words for n in neighbours):
        return None  # a phrase of the source's: the runs' to judge
    if all(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", scene.source) for n in neighbours):
        return None
    if not re.search(rf"(?<!\w){found} +[^\W\d_]", scene.source):
        return None  # the source names the word ("insertion of and!"), it joins nothing
    if _alternative(text, word, scene) or quoted(text, word.start()) or other_script(text, found):
        return None
    if _between_quotes(text, word.start(), word.end()):
        return None  # a title quoted as the source writes it ("„Compute for Europe“")
    return word.start(), word.end(), Severity.WARNING


def _between_quotes(text: str, start: int, end: int) -> bool:
    """Whether a quotation mark stands shortly before and after, in the same sentence: a
    quoted title, however the marks of the paragraph pair up."""
    before = text[max(0, start - _NEAR_QUOTE) : start]
    after = text[end : end + _NEAR_QUOTE]
    opening = max((before.rfind(mark) for mark in _QUOTE_MARKS), default=-1)
    closing = min((i for i in (after.find(mark) for mark in _QUOTE_MARKS) if i >= 0), default=-1)
    if opening < 0 or closing < 0:
        return False
    return not any(stop in before[opening:] + after[:closing] for stop in ".!?")


def _alternative(text: str, word: re.Match[str], scene: Scene) -> bool:
    """The word is a value beside another of the source's, one word between them ("be ou
    le", "le o be"): values are kept as written."""
    after = _TWO_AFTER.match(text, word.end())
    before = _TWO_BEFORE.search(text, max(0, word.start() - 60), word.start())
    return any(
        m is not None
        and m.group(1).casefold() not in scene.function_words
        and re.search(rf"(?<!\w){re.escape(m.group(1).casefold())}(?!\w)", scene.source) is not None
        for m in (after, before)
    )


def _verb_form(word: str, scene: Scene) -> bool:
    """An inflected verb form of the source language: a verb ending after a stem that is a
    word there ("painted": "paint"; "shared": "share"; not "speed")."""
    for ending in scene.verb_endings:
        if len(word) > len(ending) + 2 and word.endswith(ending):
            stem = word[: -len(ending)]
            if max(frequency(stem, scene.langs[0]), frequency(stem + "e", scene.langs[0])) >= _STEM:
                return True
    return False


def _listed(text: str, copied: list[tuple[re.Match[str], bool]], index: int) -> bool:
    """The word is one of a list of values the source gives too ("plain, boxed, wide")."""
    word = copied[index][0]
    before = copied[index - 1][0] if index else None
    after = copied[index + 1][0] if index + 1 < len(copied) else None
    return (before is not None and text[before.end() : word.start()].strip() == ",") or (
        after is not None and text[word.end() : after.start()].strip() == ","
    )


def prose_line(text: str, start: int) -> bool:
    """The line holding ``start`` is a sentence of prose, not a label, an option or a command."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return running_prose(line, _PROSE_WORDS)


def other_script(text: str, word: str) -> bool:
    """Whether the text's own words are in another script than ``word`` (Cyrillic, kana)."""
    latin = all(ord(ch) < _LATIN_END for ch in word)
    return latin and any(ord(ch) >= _LATIN_END and ch.isalpha() for ch in text)


def _inside_name(text: str, word: re.Match[str]) -> bool:
    """A lowercase word between two capitalised ones is part of a name ("Alcalá de Henares",
    "Museum of modern Art"); a verb after a name ("Ramos scored") is not."""
    before = re.search(r"([^\W\d_]+)[ ]+\Z", text[max(0, word.start() - 40) : word.start()])
    after = re.match(r"[ ]+([^\W\d_]+)", text[word.end() : word.end() + 40])
    return bool(before and after and before[1][0].isupper() and after[1][0].isupper())


def _neighbour(
    text: str,
    copied: list[tuple[re.Match[str], bool]],
    index: int,
    scene: Scene,
) -> re.Match[str] | None:
    """The copied word just after (else just before) ``copied[index]``, one space away, that the
    source writes next to it and that leans to the source language ("turned off", "baking
    soda"), or a function word of it: the rest of the phrase left untranslated."""
    word = copied[index][0]
    for other in (index + 1, index - 1):
        if not 0 <= other < len(copied):
            continue
        near = copied[other][0]
        first, second = (word, near) if other > index else (near, word)
        if text[first.end() : second.start()] != " " or not near.group().islower():
            continue
        pair = f"{first.group()} {second.group()}".casefold()
        if pair not in scene.source:
            continue
        found = near.group()
        source_lang, target_lang = scene.langs
        if found in scene.function_words or frequency(found, source_lang) >= frequency(found, target_lang):
            return near
    return None


def unborrowed(text: str, words: list[str], scene: Scene) -> bool:
    """Two words of the source's left in an everyday text (not software, see
    :class:`~editor.core.checks.prose.RegisterStats`), one of which the target language
    hardly writes ("un vacuum cleaner", "the shallow end"), or both of which its texts write
    far less often than the source language's ("working days", "someone else"), and which
    the document's other translations do not keep: no loanword, left untranslated. A phrase
    the target language writes word for word ("live band", "kitchen roll", "fast food") may be
    a loanword."""
    if scene.technical or not scene.prose or other_script(text, words[0]):
        return False  # (among the words of another script, Latin ones are names and terms)
    source_lang, target_lang = scene.langs
    foreign = min(frequency(word, source_lang) - frequency(word, target_lang) for word in words)
    if all(frequency(word, target_lang) >= _LOANED for word in words) and foreign < _UNBORROWED:
        return False
    return not any(_kept(text, word, scene) for word in words)


def loan_phrase(words: list[str], scene: Scene) -> bool:
    """Two words of the source's joined by one of its coordinators ("bed and breakfast",
    "fish and chips"), both of them words the target language borrows (see :func:`unborrowed`),
    in an everyday text: a loanword of the target language, written as the source writes it."""
    if scene.technical or len(words) != 3 or words[1].casefold() not in language(scene.langs[0]).coordinators:
        return False
    source_lang, target_lang = scene.langs
    ends = (words[0], words[2])
    if any(frequency(word, target_lang) < _LOANED for word in ends):
        return False
    return min(frequency(word, source_lang) - frequency(word, target_lang) for word in ends) < _UNBORROWED


def leaning_run(text: str, copied: list[tuple[re.Match[str], bool]], scene: Scene) -> list[tuple[int, int]]:
    """Three lowercase words and more in a row of an everyday text's prose, copied as the
    source writes them, each commoner in the source language than in the target one and one
    of them foreign ("het plaatselijke mountain rescue team", where Dutch writes "team" and
    often "rescue"): a phrase left untranslated, which no target language borrows whole."""
    if scene.technical or not scene.prose:
        return []
    runs: list[list[tuple[re.Match[str], bool]]] = [[]]
    for m, foreign in copied:
        if not (m.group().islower() and _leans(m.group(), scene.langs)):
            runs.append([])
        elif runs[-1] and text[runs[-1][-1][0].end() : m.start()].strip():
            runs.append([(m, foreign)])  # not next to the word before
        else:
            runs[-1].append((m, foreign))
    found: list[tuple[int, int]] = []
    for run in runs:
        if len(run) < _LEANING_RUN or not any(is_foreign for _, is_foreign in run):
            continue
        start, end = run[0][0].start(), run[-1][0].end()
        written = " ".join(text[start:end].casefold().split())
        if loan_phrase(written.split(), scene):
            continue
        if written in scene.source and not quoted(text, start) and not labelled(text, start, end):
            found.append((start, end))
    return found


def _leans(word: str, langs: tuple[str, str]) -> bool:
    return frequency(word, langs[0]) - frequency(word, langs[1]) >= _LEANS


@lru_cache(maxsize=8)
def _unit_words(lang: str) -> frozenset[str]:
    """The words and symbols ``lang`` writes units and currencies with ("mph", "pounds")."""
    return frozenset(word for pair in language(lang).unit_words for word in pair)


def _singular_frequency(word: str, lang: str, endings_of: str = "") -> float:
    """The word's Zipf frequency in ``lang``, or its singular's where that is higher: a plural
    of an ordinary word is an ordinary word ("aprons": "apron"; language data
    ``plural_endings``; of ``endings_of`` too where given: a loanword keeps its own
    language's plural where ``lang`` makes plurals so, "skateboards" in French, not in
    Italian, "gli host", and where ``lang`` writes that plural too, not a homograph's singular
    alone, "bib" in Dutch)."""
    found = frequency(word, lang)
    endings = language(lang).plural_endings
    if endings_of:
        if found < _PLURAL_SEEN:
            return found
        endings = tuple(e for e in language(endings_of).plural_endings if e in endings)
    for ending in endings:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            found = max(found, frequency(word[: -len(ending)], lang))
    return found
