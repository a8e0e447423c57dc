"""agreement: a predicate adjective or participle of the other gender than its subject ("el
casco no es obligatoria", "o restante é paga", "la durée reste inchangé"). A helper of
``agreement``; the words are each language's ``Agreement``."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import NamedTuple

from editor.core.agreement_data import Agreement
from editor.core.checks.lexicon import zipf
from editor.core.checks.wordtrie import alternatives
from editor.core.langdata import language

# Before a determiner: no letter, apostrophe or hyphen (a word's end), and no placeholder's
# sign ("%i pacchetto": a number, not the article "i")
OPENS = r"(?<![\w'’%$\\{-])"  # where a subject may open: no word, no code before it
_KNOWN = 2.0  # Zipf: the predicate's other form is a word of the language
_PARTICIPLE = 5  # letters of a plural participle at least ("messi", "prese")
# Zipf points the two forms may differ by: an adjective's forms are both common; an adverb
# ending as a predicate does ("cerca", "cerco") is far commoner than its look-alike
_ALIKE = 1.5
_LETTERS = re.compile(r"[^\W\d_]+")
_SENTENCE_OPENS = r"(?:^|(?<=[.!?;:] )|(?<=[.!?;:] [\"“„«‘]))"  # a sentence's start, maybe quoted


class PredicateSlip(NamedTuple):
    start: int
    end: int
    subject: str  # the subject's determiner and noun, as written
    fixed: str  # the predicate in the subject's gender


def predicate_slips(text: str, lang: str) -> Iterator[PredicateSlip]:
    """Each predicate of ``text`` whose ending says the other gender than its subject's
    determiner, in the subject's number: a determiner and one noun, a form of "to be" (or
    its kin) of the same number, the words that may stand between, and the predicate, one
    space apart. The subject opens its clause (the text, a mark or a conjunction before it:
    after any other word it is a complement's, "di formato per un intervallo", "ayant le
    focus", whose clause's subject stands before); a plural one after "and" is not read ("el
    casco y las rodilleras son": two subjects), nor one that "and" joins to a phrase before it
    ("Per la sala e la cucina è previsto", "La mattina e la sera è"). The predicate's other
    form must be a word about as common ("cerca" is no form of "cerco")."""
    data = language(lang)
    agreement = data.agreement
    for number, pattern in enumerate(_patterns(lang)):
        for m in pattern.finditer(text):
            determiner, predicate = m.group(1).lower(), m.group(4)
            before = WORD_BEFORE.search(text, 0, m.start())
            if before is not None and before.group(1).lower() in agreement.all_forms:
                before = WORD_BEFORE.search(text, 0, before.start())  # "Todos os cães"
            if before is not None:  # a word, with no mark after it
                word = before.group(1).lower()
                if word not in data.conjunctions:
                    continue
                if word in data.coordinators and (number or _joins_phrases(text, before.start(), lang)):
                    continue
            if not predicate.islower() or predicate in data.function_words or predicate in _numbers(lang):
                continue  # (a number's word: "no debe ser cero")
            if m.group(2).islower() and names_days(m.group(2), lang):
                continue  # a time, not the subject: "il lunedì è chiusa" (on Mondays, it)
            masculine = determiner in agreement.subjects[number][0]
            if _other_attribute(text, m.end(2), m.start(3), masculine, lang, number):
                continue  # "os blocos marcadas são": the attribute's slip, or the noun's gender unclear
            if masculine and not number and _feminine_noun(m.group(2).lower(), agreement):
                continue  # "le configuration est manquante": the determiner's slip
            if masculine and determiner in agreement.open_a_masculine and m.group(2)[:1].lower() in "aáh":
                continue  # "el agua está fría": a feminine noun opening with a stressed "a"
            stems = agreement.participle_stems
            fixed = other_form(
                predicate, masculine, agreement.predicate_endings[number], lang, participles=stems
            )
            if fixed is None and not number and agreement.adjective_endings:
                fixed = other_form(predicate, masculine, agreement.adjective_endings, lang)  # "gratuit"
            if fixed is not None and number and not gendered_plural(predicate, agreement, lang):
                continue
            if fixed is not None and _predicate_after(text, m.end(4), masculine, number, lang):
                continue  # "ogni strumento viene prima esaminato": an adverb before the predicate
            if fixed is not None:
                yield PredicateSlip(m.start(4), m.end(4), f"{m.group(1)} {m.group(2)}", fixed)

    yield from _neutral_slips(text, lang)
    yield from _inverted_slips(text, lang)


def _predicate_after(text: str, end: int, masculine: bool, number: int, lang: str) -> bool:
    """Whether the word after a predicate that ends at ``end`` is a predicate of the subject's
    gender itself, a word of two genders ("esaminato", "esaminata"): the word before it is an
    adverb that looks like an adjective ("viene prima esaminato": first)."""
    after = _NEXT_WORD.match(text, end)
    data = language(lang)
    if after is None or after.group(1).lower() in data.function_words:
        return False
    endings = data.agreement.predicate_endings[number]
    return other_form(after.group(1), not masculine, endings, lang) is not None


def _feminine_noun(noun: str, agreement: Agreement) -> bool:
    """Whether a noun's ending says it is feminine ("configuration"), not one of the
    ``exceptions``."""
    return (
        bool(agreement.feminine_endings)
        and noun.endswith(agreement.feminine_endings)
        and noun not in agreement.exceptions
    )


def _other_attribute(text: str, start: int, end: int, masculine: bool, lang: str, number: int) -> bool:
    """Whether an attribute after a subject's noun (the word between ``start`` and the verb at
    ``end``, if no adverb nor function word) ends as the other gender's predicate does, not
    as the determiner's."""
    after = _LETTERS.search(text, start, end)
    data = language(lang)
    if after is None or after.group().lower() in data.function_words | data.agreement.predicate_adverbs:
        return False
    endings = data.agreement.predicate_endings[number]
    own, other = endings if masculine else endings[::-1]
    word = after.group().lower()
    return bool(other) and word.endswith(other) and not (own and word.endswith(own))


def _inverted_slips(text: str, lang: str) -> Iterator[PredicateSlip]:
    """:func:`predicate_slips` of a singular subject after its verb and predicate ("è
    obbligatoria il silenzio", "es necesario la reserva"), where the subject's determiner and
    its noun's ending say one gender (masculine "-o"; feminine "-a" or a feminine ending)."""
    pattern = _inverted_pattern(lang)
    if pattern is None:
        return
    agreement = language(lang).agreement
    his, hers = agreement.predicate_endings[0]
    skipped, no_subject = _no_predicates(lang)
    for m in pattern.finditer(text):
        predicate, determiner, noun = m.group(1), m.group(2).lower(), m.group(3)
        if predicate.lower() in skipped or predicate in _numbers(lang):
            continue  # ("è proprio la stessa", "è stato la causa": the subject stands before)
        after = _NEXT_WORD.match(text, m.end())
        if noun in no_subject or (after and after[1] in agreement.exceptions) or names_days(noun, lang):
            continue  # a time ("una volta", "la prima volta", "la domenica"), no subject
        masculine = determiner in agreement.subjects[0][0]
        if masculine != noun.endswith(his) or (
            not masculine and not noun.endswith((hers, *agreement.feminine_endings))
        ):
            continue  # the noun's ending does not say the determiner's gender ("il problema")
        fixed = other_form(predicate, masculine, (his, hers), lang)
        if fixed is not None:
            yield PredicateSlip(m.start(1), m.end(1), f"{m.group(2)} {noun}", fixed)


@lru_cache(maxsize=16)
def _no_predicates(lang: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words no predicate of :func:`_inverted_slips` is (function words, depictives, the
    words that stand before a predicate), and those no subject's noun after it is (these, the
    ``exceptions``, and the forms of ``gendered_words``: "la prima", "la stessa")."""
    data = language(lang)
    agreement = data.agreement
    skipped = data.function_words | agreement.depictives | agreement.predicate_adverbs
    adjectives = {form for forms in agreement.gendered_words for form in forms if form}
    return skipped, skipped | agreement.exceptions | adjectives


@lru_cache(maxsize=16)
def _inverted_pattern(lang: str) -> re.Pattern[str] | None:
    """A singular form of "to be" of one word, the words between, the predicate (group 1), a
    singular determiner (2) and its noun (3), one space apart."""
    agreement = language(lang).agreement
    if not agreement.copulas or not agreement.predicate_endings or not agreement.subjects:
        return None
    copulas = {c for c in agreement.copulas[0] if " " not in c}
    his, hers = agreement.subjects[0]
    between = between_words(agreement)
    return re.compile(
        rf"{OPENS}(?i:{alternatives(copulas)})(?: (?i:{between}))* ([^\W\d_]{{4,}}) "
        rf"((?i:{alternatives(set(his | hers))})) ([^\W\d_]+)(?![\w'’-])"
    )


def _neutral_slips(text: str, lang: str) -> Iterator[PredicateSlip]:
    """:func:`predicate_slips` of a singular subject opened by a determiner of both genders
    ("cada", data ``neutral_determiners``), whose noun's ending tells its gender: "-o" (not
    one of the ``exceptions``, "foto") masculine, "-ção" feminine ("cada instrumento é
    inspecionada")."""
    pattern = _neutral_pattern(lang)
    if pattern is None:
        return
    data = language(lang)
    agreement = data.agreement
    for m in pattern.finditer(text):
        noun, predicate = m.group(2).lower(), m.group(4)
        before = WORD_BEFORE.search(text, 0, m.start())
        if before is not None and before.group(1).lower() not in data.conjunctions:
            continue
        if not predicate.islower() or predicate in data.function_words or noun in agreement.exceptions:
            continue
        if noun.endswith(agreement.feminine_endings):
            masculine = False
        elif noun.endswith(agreement.masculine_endings[:1]) and not noun.endswith(agreement.not_masculine):
            # (the first of the masculine endings: the singular's, "-o")
            masculine = True
        else:
            continue
        fixed = other_form(predicate, masculine, agreement.predicate_endings[0], lang)
        if fixed is not None and not _predicate_after(text, m.end(4), masculine, 0, lang):
            yield PredicateSlip(m.start(4), m.end(4), text[m.start(1) : m.end(2)], fixed)


@lru_cache(maxsize=16)
def _neutral_pattern(lang: str) -> re.Pattern[str] | None:
    """A determiner of both genders, a noun, the words between, a singular form of "to be"
    and the predicate (the groups of :func:`_patterns`)."""
    agreement = language(lang).agreement
    if not agreement.neutral_determiners or not agreement.copulas or not agreement.predicate_endings:
        return None
    between = between_words(agreement)
    return re.compile(
        _subject_and(agreement.neutral_determiners, agreement.copulas[0], between, agreement.of_words)
        + rf"(?:[ '’](?i:{between}))* ([^\W\d_]+)(?![\w'’-])"
    )


WORD_BEFORE = re.compile(r"([^\W\d_]+)[\s'’]*\Z")
_NEXT_WORD = re.compile(r" ([^\W\d_]+)")


def _singular_verbs(agreement: Agreement) -> frozenset[str]:
    """The singular forms of "to be" and common verbs, of one word ("I bambini deve essere"
    is marked on "deve")."""
    return frozenset(v for v in agreement.copulas[0] if " " not in v) | agreement.singular_verbs


@lru_cache(maxsize=16)
def _numbers(lang: str) -> frozenset[str]:
    return frozenset(word for word, _ in language(lang).number_words)


def gendered_plural(word: str, agreement: Agreement, lang: str = "") -> bool:
    """Whether a plural predicate or attribute tells a gender: any, without data
    ``plural_predicates``; else only a participle of theirs ("rimossi") or, with ``lang``, an
    adjective the language writes in each of the ``predicate_endings`` ("ripide": "ripido",
    "ripida", "ripidi"), not an adjective whose plural both genders share ("disponibili",
    "presenti") nor a short noun ("case")."""
    if not agreement.plural_predicates:
        return True
    if len(word) < _PARTICIPLE:
        return False
    if word.endswith(agreement.plural_predicates):
        return True
    endings = {end for pair in agreement.predicate_endings for end in pair if end}
    stems = {word[: -len(end)] for end in endings if word.endswith(end)} if lang else set()
    verbs = language(lang).infinitive_endings if lang else ()
    return any(
        all(zipf(stem + end, lang) >= _KNOWN for end in endings)
        and all(zipf(stem + end, lang) < _KNOWN for end in verbs)  # a verb's forms: "presenti"
        for stem in stems
    )


@lru_cache(maxsize=16)
def _patterns(lang: str) -> tuple[re.Pattern[str], ...]:
    """For each number the language's data reads, a subject's determiner and noun, the words
    between, a form of "to be", the words between and the predicate, in one scan."""
    agreement = language(lang).agreement
    found: list[re.Pattern[str]] = []
    between = between_words(agreement)
    for number, ((his, hers), copulas) in enumerate(zip(agreement.subjects, agreement.copulas, strict=False)):
        if number >= len(agreement.predicate_endings) or his == hers:
            break  # (a determiner of both genders: :mod:`agreement_plurals` reads its noun)
        # an adjective or participle of the number's endings may follow the noun ("as aulas perdidas")
        ends = [end for end in agreement.predicate_endings[number] if end]
        attribute = rf"(?: [^\W\d_]{{3,}}(?:{alternatives(set(ends))}))?" if ends else ""
        of = agreement.of_words | agreement.complements  # ("perse per malattia")
        found.append(
            re.compile(
                _subject_and(his | hers, copulas, between, of, attribute)
                + rf"(?:[ '’](?i:{between}))* ([^\W\d_]+)(?![\w'’-])"
            )
        )
    return tuple(found)


def between_words(agreement: Agreement) -> str:
    """The words that may stand between a subject, its verb and its predicate: the listed
    adverbs, and any adverb of the language's ending ("severamente")."""
    listed = alternatives(set(agreement.predicate_adverbs))
    ending = agreement.adverb_ending
    return f"{listed}|[^\\W\\d_]{{3,}}{ending}" if ending else listed


def _subject_and(
    determiners: frozenset[str],
    verbs: frozenset[str],
    between: str,
    of: frozenset[str] = frozenset(),
    attribute: str = "",
) -> str:
    """A pattern of a determiner (group 1) opening a subject, one noun (group 2: "l'acconto"), what
    ``attribute`` matches after it, a complement of a word or two after a word for "of"
    (``of``: "del gas", "di ogni programma"), the words ``between`` may match, and one of
    ``verbs`` (group 3), one space apart."""
    complement = rf"(?: (?:{alternatives(set(of))})(?: [^\W\d_]+(?:['’][^\W\d_]+)?){{1,2}})?" if of else ""
    return (
        rf"{OPENS}((?i:{alternatives(set(determiners))}))(?:(?<=['’])| )([^\W\d_]+){attribute}{complement}"
        rf"(?:[ '’](?i:{between}))*[ '’]((?i:{alternatives(set(verbs))}))"
    )


def other_form(
    word: str,
    masculine: bool,
    endings: tuple[str, str],
    lang: str,
    alike: float = _ALIKE,
    participles: tuple[str, ...] = (),
) -> str | None:
    """The form of ``word`` in the subject's gender, where ``word`` ends as the other gender's
    predicate does and that form is a word about as common, or (its stem ending as one of
    ``participles`` does) a participle's form the language writes at all; else None."""
    his, hers = endings
    if masculine and word.endswith(hers):
        stem = word[: len(word) - len(hers)]
        fixed = stem + his
    elif not masculine and word.endswith(his) and not word.endswith(hers):
        stem = word[: len(word) - len(his)]
        fixed = stem + hers
    else:
        return None
    there, here = zipf(fixed, lang), zipf(word, lang)
    if participles and len(stem) >= _PARTICIPLE and stem.endswith(participles) and here and there:
        return fixed  # "reembolsados", "reembolsadas": both forms of one verb's participle
    if here == 0 or there < _KNOWN or abs(there - here) > alike:
        return None
    return fixed


class NumberSlip(NamedTuple):
    start: int
    end: int
    subject: str  # the subject's determiner and noun, as written (plural, but where told)
    plural: bool = False  # the verb is plural, its subject singular


def number_slips(text: str, lang: str) -> Iterator[NumberSlip]:
    """Each singular verb right after a plural subject that opens its clause ("Todos os utentes
    deve", "los niños debe"): a plural determiner (after "all", if it comes), one noun that is
    no weekday ("los lunes está cerrado": on Mondays), the words that may stand between, and a
    singular form of "to be" or of a common verb (data ``singular_verbs``)."""
    pronoun = _pronoun_pattern(lang)
    for m in pronoun.finditer(text) if pronoun is not None else ():
        # "moet wij": the word before the pronoun, one space away, a singular verb
        start = text.rfind(" ", 0, m.start() - 1) + 1
        verb = text[start : m.start() - 1]
        if verb.lower() in language(lang).agreement.singular_verbs:
            yield NumberSlip(start, m.start() - 1, m.group())
    pattern = _plural_pattern(lang)
    if pattern is None:
        return
    for m in pattern.finditer(text):
        if opens_clause(text, m.start(), lang) and not names_days(m.group(2), lang):
            yield NumberSlip(m.start(3), m.end(3), f"{m.group(1)} {m.group(2)}")


_PARTICIPLE_KNOWN = 2.0  # Zipf: a participle's singular is a word ("devolvido"; not "estata" of "estate")


def participle_slips(text: str, lang: str) -> Iterator[NumberSlip]:
    """Each singular copula right before a plural participle, maybe with adverbs between
    ("e será devolvidos", "está incluidos"): from the copula to the participle, and the
    participle as ``subject``.
    The participle's singular (data ``predicate_endings``) is a word ("estate", summer, is
    none's plural)."""
    pattern = _participle_pattern(lang)
    if pattern is None:
        return
    data = language(lang)
    (his, hers), (their_his, their_hers) = data.agreement.predicate_endings[:2]
    for m in pattern.finditer(text):
        word, before = m.group(2), WORD_BEFORE.search(text, 0, m.start())
        if word in data.function_words or (before and before.group(1).lower() in data.agreement.impersonals):
            continue
        end = their_his if word.endswith(their_his) else their_hers
        singular = word[: len(word) - len(end)] + (his if end == their_his else hers)
        if zipf(singular, lang) >= _PARTICIPLE_KNOWN:
            yield NumberSlip(m.start(1), m.end(2), word)


@lru_cache(maxsize=16)
def _participle_pattern(lang: str) -> re.Pattern[str] | None:
    agreement = language(lang).agreement
    if not agreement.plural_participles or not agreement.copulas or len(agreement.predicate_endings) < 2:
        return None
    endings = alternatives(set(agreement.plural_participles))
    return re.compile(
        rf"{OPENS}((?i:{alternatives(set(agreement.copulas[0]))}))(?: (?i:{between_words(agreement)}))*"
        rf" ([^\W\d_A-Z]{{2,}}(?:{endings}))(?![\w'’-])"
    )


def opens_clause(text: str, at: int, lang: str) -> bool:
    """Whether the subject at ``at`` opens its clause: the text, a mark or a conjunction (not
    "and": the noun may be a complement's second, "dans les listes et les …") before it, after
    "all" if it comes ("Todos os utentes")."""
    data = language(lang)
    before = WORD_BEFORE.search(text, 0, at)
    if before is not None and before.group(1).lower() in data.determiners:
        before = WORD_BEFORE.search(text, 0, before.start())
    return before is None or (
        before.group(1).lower() in data.conjunctions and before.group(1).lower() not in data.coordinators
    )


def names_days(noun: str, lang: str) -> bool:
    """Whether ``noun`` names weekdays (on Mondays: "los lunes", "los sábados") or is no
    lowercase word."""
    data = language(lang)
    days = {day for forms in data.weekdays for day in forms}
    lowered = noun.split()[0].lower()
    singular = {lowered[: -len(end)] for end in data.plural_endings if lowered.endswith(end)}
    return lowered in days or bool(singular & days) or not noun.islower()


def _joins_phrases(text: str, at: int, lang: str) -> bool:
    """Whether the coordinator at ``at`` follows a determiner's phrase of one or two words in
    its clause ("la sala e …"; not "il bar è chiuso e …", nor ", e …": a clause of its own)."""
    opened = max(text.rfind(mark, 0, at) for mark in ",;:.!?")
    words = [word.lower() for word in _LETTERS.findall(text, opened + 1, at)][-3:]
    return not _subject_determiners(lang).isdisjoint(words)


def coordinated_slips(text: str, lang: str) -> Iterator[NumberSlip]:
    """Each singular verb after a subject of phrases joined by "and" that opens a sentence
    ("Il locale, la sala giochi e la cucina per gli ospiti è", "La piscina y el gimnasio
    está"): each phrase a determiner of a subject and one or two lowercase words, up to three
    words (a complement) before a singular form of "to be" or of a common verb. Not times
    ("el lunes y el martes está cerrado", "la mañana y la tarde es tranquila")."""
    pattern = _coordinated_pattern(lang)
    if pattern is None or pattern.search(text) is None:
        return
    times = time_words(lang)
    for m in pattern.finditer(text):
        words = {word.lower() for word in _LETTERS.findall(m.group("subject"))}
        if words.isdisjoint(times):
            yield NumberSlip(m.start("verb"), m.end("verb"), m.group("subject"))


@lru_cache(maxsize=16)
def _coordinated_pattern(lang: str) -> re.Pattern[str] | None:
    data = language(lang)
    agreement = data.agreement
    ands = data.coordinators - data.or_words
    if len(agreement.subjects) < 2 or not agreement.copulas or not agreement.singular_verbs or not ands:
        return None
    phrase = rf"(?i:{alternatives(set(_subject_determiners(lang)))}) [^\W\d_A-Z]+(?: [^\W\d_A-Z]+)??"
    verbs = alternatives(set(_singular_verbs(agreement)))
    return re.compile(
        rf"{_SENTENCE_OPENS}(?P<subject>{phrase}(?:, {phrase})* (?:{alternatives(set(ands))}) {phrase})"
        rf"(?: [^\W\d_A-Z]+){{0,3}}? (?P<verb>{verbs})(?![\w'’-])"
    )


@lru_cache(maxsize=16)
def _subject_determiners(lang: str) -> frozenset[str]:
    """The determiners of the language's subjects, of either gender and number."""
    return frozenset(d for pair in language(lang).agreement.subjects for side in pair for d in side)


@lru_cache(maxsize=16)
def time_words(lang: str) -> frozenset[str]:
    """The language's weekdays, months, words for times of day and seasons, and units of time
    a rate is given per ("mese"), lowercase."""
    data = language(lang)
    calendar = {
        form.lower() for forms in (*data.weekdays, *data.calendar, *data.rate_periods) for form in forms
    }
    o = data.opposites
    return frozenset(calendar | o.morning_words | o.evening_words | o.summer_words | o.winter_words)


@lru_cache(maxsize=16)
def _plural_pattern(lang: str) -> re.Pattern[str] | None:
    agreement = language(lang).agreement
    if len(agreement.subjects) < 2 or not agreement.copulas or not agreement.singular_verbs:
        return None
    his, hers = agreement.subjects[1]
    verbs = _singular_verbs(agreement)
    between = between_words(agreement)
    # an adjective of the plural's ending may follow the noun ("las cancelaciones posteriores")
    ends = language(lang).plural_endings
    attribute = rf"(?: [^\W\d_]+(?:{alternatives(set(ends))}))?" if ends else ""
    return re.compile(_subject_and(his | hers, verbs, between, attribute=attribute) + r"(?![\w'’-])")


@lru_cache(maxsize=16)
def _pronoun_pattern(lang: str) -> re.Pattern[str] | None:
    """A plural pronoun after a space, as a word ("wij"): a literal scan; the verb before it
    is read only where one stands."""
    agreement = language(lang).agreement
    if not agreement.plural_pronouns or not agreement.singular_verbs:
        return None
    return re.compile(rf"(?<= )(?i:{alternatives(set(agreement.plural_pronouns))})(?![\w'’-])")
