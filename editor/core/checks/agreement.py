"""agreement: a determiner of one gender before a noun whose ending says the other ("una
tamaño", "della dialogo", "le configuration"): MT slips where it renders the source's "a" or
"the" for another word than it ends up writing."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

from editor.core.agreement_data import Agreement
from editor.core.checks.agreement_declension import case_slips, declension_slips
from editor.core.checks.agreement_forms import form_slips, partitive_slips
from editor.core.checks.agreement_genders import attribute_slips, gender_slips
from editor.core.checks.agreement_neuters import neuter_slips
from editor.core.checks.agreement_nouns import plural_noun_slips
from editor.core.checks.agreement_persons import title_slips
from editor.core.checks.agreement_plurals import shared_plural_slips
from editor.core.checks.agreement_predicates import (
    coordinated_slips,
    number_slips,
    participle_slips,
    predicate_slips,
)
from editor.core.checks.agreement_relatives import relative_slips
from editor.core.checks.agreement_verbs import inflected_slips, resumed_slips
from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.lexicon import zipf
from editor.core.checks.prose import technical_document
from editor.core.checks.registry import register
from editor.core.checks.stats_terms import term_stats
from editor.core.langdata import language
from editor.core.model import Segment

_MIN_LETTERS = 4  # a shorter word's ending tells little ("uno", "do")


@register
class AgreementCheck(Check):
    id = "agreement"
    name = "Agreement"
    description = (
        "A determiner of one gender before a noun whose ending says the other gender "
        '("una tamaño", "della dialogo", "le configuration"), a predicate of the other gender '
        'than its subject ("el casco es obligatoria"), a singular verb after a plural subject '
        '("los niños debe", "moet wij") or before a plural participle ("será devolvidos"), a '
        'noun given another gender than elsewhere in its paragraph ("dal sauna" beside "la '
        'sauna"), an adjective declined against its determiner '
        '("einen schriftliche Abmahnung"), a determiner in a case its preposition never governs '
        '("bei einen Nachbarn"), in the languages whose data lists them.'
    )
    severity = Severity.WARNING
    category = "Fluency/Grammar"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        pattern = _pattern(context.target_lang)
        if pattern is None and not language(context.target_lang).agreement.singular_verbs:
            return
        target = segment.target
        if not target.isascii() and not unicodedata.is_normalized("NFC", target):
            return  # (decomposed accents: the offsets of a normalised copy would not be these)
        for slip in [
            *predicate_slips(target, context.target_lang),
            *shared_plural_slips(target, context.target_lang),
        ]:
            yield self.issue(
                segment,
                context,
                slip.start,
                slip.end,
                f"'{target[slip.start : slip.end]}' does not agree with '{slip.subject}': '{slip.fixed}'",
                fix=Fix(slip.start, slip.end, slip.fixed),
            )
        for declined in declension_slips(target, context.target_lang):
            why = f"'{target[declined.start : declined.end]}' does not agree with '{declined.determiner}'"
            yield self.issue(
                segment,
                context,
                declined.start,
                declined.end,
                f"{why}: '{declined.fixed}'" if declined.fixed else why,
                fix=Fix(declined.start, declined.end, declined.fixed) if declined.fixed else None,
            )
        for case in case_slips(target, context.target_lang):
            why = f"'{case.preposition}' does not take the case of '{case.determiner}'"
            if case.verb:
                why = f"'{case.preposition} {case.determiner}' says a motion, but '{case.verb}' a place"
            yield self.issue(segment, context, case.start, case.end, why)
        forms = [
            *form_slips(target, context.target_lang),
            *partitive_slips(target, context.target_lang),
            *resumed_slips(target, context.target_lang),
        ]
        for form in forms:
            yield self.issue(
                segment, context, form.start, form.end, f"'{form.word}' does not agree with '{form.article}'"
            )
        numbers = [
            *number_slips(target, context.target_lang),
            *coordinated_slips(target, context.target_lang),
        ]
        numbers += [
            slip
            for slip in [
                *inflected_slips(target, context.target_lang),
                *relative_slips(target, context.target_lang),
                *plural_noun_slips(target, context.target_lang),
            ]
            if all(slip.start != told.start for told in numbers)
        ]
        numbers += [
            slip._replace(plural=True)
            for slip in inflected_slips(
                target, context.target_lang, plural=False, source_lang=context.source_lang
            )
        ]
        for number in numbers:
            verb, subject = ("plural", "singular") if number.plural else ("singular", "plural")
            yield self.issue(
                segment,
                context,
                number.start,
                number.end,
                f"'{target[number.start : number.end]}' is {verb}, but its subject '{number.subject}' "
                f"is {subject}",
            )
        for copula in participle_slips(target, context.target_lang):
            if any(told.start <= copula.start < told.end for told in numbers):
                continue  # ("I bambini deve essere accompagnati": the verb is told above)
            said = target[copula.start : copula.end - len(copula.subject)].rstrip()
            why = f"'{said}' is singular, but '{copula.subject}' after it is plural"
            yield self.issue(segment, context, copula.start, copula.end, why)
        terms = term_stats(context.stats)

        def others() -> list[str]:  # the paragraph's other targets
            return [s.target for s in terms.paragraph(segment) if s.id != segment.id] if terms else []

        told = [(f.start, f.end) for f in forms]
        for kept in gender_slips(target, others, context.target_lang):
            told.append((kept.start, kept.end))
            yield self.issue(
                segment,
                context,
                kept.start,
                kept.end,
                f"'{target[kept.start : kept.end]}' gives '{kept.word}' another gender than "
                f"'{kept.written}' does in this paragraph",
            )
        for neuter in neuter_slips(target, context.target_lang):
            why = f"'{neuter.determiner}' does not go with '{neuter.noun}', whose last part "
            why += f"'{neuter.head}' is neuter"
            yield self.issue(segment, context, neuter.start, neuter.end, why)
        for title in title_slips(target, context.target_lang, context.source_lang):
            said = target[title.start : title.end]
            yield self.issue(
                segment,
                context,
                title.start,
                title.end,
                f"'{said}' is masculine, but '{title.name}' is a woman's first name: '{title.fixed}'",
            )
        everyday = not technical_document(context.stats)  # (software: "la colonna figlio")
        for attribute in attribute_slips(target, context.target_lang) if everyday else ():
            yield self.issue(
                segment,
                context,
                attribute.start,
                attribute.end,
                f"'{target[attribute.start : attribute.end]}' does not agree with '{attribute.noun}': "
                f"'{attribute.fixed}'",
                fix=Fix(attribute.start, attribute.end, attribute.fixed),
            )
        lang = language(context.target_lang)
        data = lang.agreement
        for m in pattern.finditer(target) if pattern is not None else ():
            determiner, word = m.group(1), m.group(2)
            lowered = word.lower()
            if (
                lowered in data.exceptions
                or lowered in data.both_genders  # ("el orden", "la orden"; "un guía", "la guía")
                or not _common_noun(word, determiner, lang.capitalises_nouns)
                or any(a < m.end() and m.start() < b for a, b in told)
                or _postposed(target, m.start(1), determiner.lower(), context.target_lang)
                or (lang.capitalises_nouns and _NOUN_AFTER.match(target, m.end(2)) is not None)
            ):
                continue  # (told above: a gendered word's other form, "el primera"; the paragraph's gender)
            if determiner.lower() in data.feminine and _masculine(lowered, data):
                gender, other = "feminine", "masculine"
            elif determiner.lower() in data.masculine and (
                (lowered.endswith(data.feminine_endings) and not lowered.endswith(data.not_feminine))
                or _open_feminine(determiner.lower(), lowered, context.target_lang)
            ):
                gender, other = "no feminine form", "feminine"  # (German "ein": masculine or neuter)
            else:
                continue
            yield self.issue(
                segment,
                context,
                m.start(1),
                m.end(2),
                f"'{determiner}' is {gender}, but '{word}' ends as a {other} noun does",
            )


def _common_noun(word: str, determiner: str, capitalised: bool) -> bool:
    """Whether ``word`` is written as a common noun: lowercase, or where the language
    capitalises nouns, with a capital first ("ein Bestellung"), after a determiner that is no
    pronoun in lowercase ("Ihr", not "wenn ihr Erfahrung habt")."""
    if not capitalised:
        return word.islower()
    return word[:1].isupper() and word[1:].islower() and determiner[1:].islower() and determiner != "ihr"


# a capitalised word right after the noun: a name's and a noun written apart ("einem Subversion
# Repository"), whose determiner is the second's
_NOUN_AFTER = re.compile(r" [^\W\d_a-z]")
_TWO_WORDS_BEFORE = re.compile(r"(?<![\w'’-])([^\W\d_]+) ([^\W\d_]+) \Z")


def _postposed(text: str, start: int, determiner: str, code: str) -> bool:
    """Whether the possessive ``determiner`` at ``start`` follows its noun ("da parte nostra
    verranno"): a lowercase word that is no function word stands before it, after a
    function word."""
    lang = language(code)
    if determiner not in lang.agreement.possessives:
        return False
    before = _TWO_WORDS_BEFORE.search(text, max(0, start - 60), start)
    if before is None:
        return False
    opener, noun = before[1].lower(), before[2]
    return noun.islower() and noun not in lang.function_words and opener in lang.function_words


_VOWELS = frozenset("aeiouáéíóúàèìòùâêôãõ")


def _open_feminine(determiner: str, word: str, code: str) -> bool:
    """Whether ``word`` after a singular masculine ``determiner`` ends as most feminine nouns
    do ("um ficha", "el tabla"): not a masculine word with that ending ("el problema", "el
    día"), no function word ("uno tra"), no infinitive with its object ("al pulsarla"), not
    after a determiner that is a pronoun too ("lo porta", "questo significa") or that a
    feminine noun opening with a stressed "a" takes ("el agua")."""
    lang = language(code)
    data = lang.agreement
    if not word.endswith(data.open_feminine) or word.endswith(data.not_feminine) or determiner[-1:] in "si":
        return False
    if determiner in data.clitics or determiner in lang.demonstratives:
        return False  # "lo porta", "questo significa"
    if determiner in data.open_a_masculine and word[:1] in "aáh":
        return False
    # an infinitive or gerund with an object pronoun ("al pulsarla")
    if any(word.endswith(c) and word[: -len(c)].endswith(("r", "ndo")) for c in data.clitics if len(c) > 1):
        return False
    if _compound(word, data, code):
        return False  # "el guardarropa", "il salvavita"
    return word not in lang.function_words and any(ch in _VOWELS for ch in word[:-1])


_COMPOUND_REST = 4  # letters of a compound's noun at least ("ropa" of "guardarropa")
_COMMON_NOUN = 4.0  # Zipf of that noun at least: a word everyone knows, not a chance ending


def _compound(word: str, data: Agreement, code: str) -> bool:
    """Whether ``word`` is a verb of ``verb_openings`` and a common noun after it ("guarda" +
    "ropa", its "r" doubled as Spanish writes it)."""
    for opening in data.verb_openings:
        rest = word[len(opening) :]
        if not word.startswith(opening) or len(rest) < _COMPOUND_REST:
            continue
        rest = rest[1:] if rest.startswith("rr") else rest
        if zipf(rest, code) >= _COMMON_NOUN:
            return True
    return False


def _masculine(word: str, data: Agreement) -> bool:
    return word.endswith(data.masculine_endings) and not word.endswith(data.not_masculine)


@lru_cache(maxsize=16)
def _pattern(lang: str) -> re.Pattern[str] | None:
    """A gendered determiner, one space, and the next word (not part of a compound: no hyphen
    or apostrophe after it), at least ``_MIN_LETTERS`` long; None where the data is empty."""
    data = language(lang).agreement
    determiners = data.feminine | data.masculine
    if not determiners:
        return None
    alternation = "|".join(sorted(map(re.escape, determiners), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’-])((?i:{alternation})) ([^\W\d_]{{{_MIN_LETTERS},}})(?![\w'’-])")
