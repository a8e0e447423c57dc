"""How one token reads as two words run together, judged from the token and the target
language alone: :mod:`editor.core.checks.merged_token` remembers the verdicts per token and
lets the source decide what the author wrote so ("oldCluster", "file1")."""

from __future__ import annotations

from collections.abc import Iterator
from functools import lru_cache

from editor.core.checks.fusion import (
    COMMON,
    LONG_WORD,
    LONG_WORD_KNOWN,
    MIN_PART,
    WHOLE_KNOWN,
    Join,
    Split,
    digits_then_word,
    known,
    word_then_digits,
)
from editor.core.checks.lexicon import zipf
from editor.core.checks.verb_forms import conjugated, enclitic_host, verb_and_noun, verb_beyond
from editor.core.langdata import LanguageData

_MIN_STEM = 4  # a word left by stripping an ending: shorter ones are too often chance hits
# Letters of the function word a stem must keep. With one, an ending fakes the function word
# ("wirdem" is "wir dem", not "wird" + "em"); a derivation may still explain it ("löschendem").
# A long stem is a word of its own, and one letter will do ("posicionales" is "posicional" +
# "es", not "posiciona" + "les").
OVERLAP = 2
_LONG_STEM = 7
_SEEN = 1.0  # the least frequency a word list gives a word it holds: below, never seen
# A derivation's base (an infinitive, "calcar" for "calque") is rarer than its forms.
_BASE_KNOWN = 1.5
_MIN_TAIL = 2  # a function word glued to a word: "nomde", "dansle", "Hausund"
# Each of two content words run together: shorter parts are as often prefixes and endings
# ("auto", "ment") of a word the lists lack.
_MIN_WORD = 5
# ... or, the second, of four letters, where that is an everyday word after a long one
# ("bollettaluce")
_SHORT_WORD = 4
_EVERYDAY = 4.5
_LONG_PART = 7
_LONG_PAIR = 2.5  # Zipf: each of two words of _LONG_PART letters run together, at least
_MIN_LETTER_REST = 3  # letters of the word a one-letter word is glued to ("вдоме")
# Zipf points the fused token is rarer than that word: rare forms of real words ("сводкой",
# "скоса") are far less apart from their look-alike remainder
_RARER = 3.0
_FAR_RARER = 4.0  # Zipf points a fusion the word lists hold is rarer than the word in it


@lru_cache(maxsize=16)
def tails(data: LanguageData) -> tuple[str, ...]:
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


def worth_a_look(token: str, endings: tuple[str, ...], data: LanguageData) -> bool:
    """Cheap string tests that rule out most tokens before any frequency lookup: a fused
    token mixes digits and letters, has a capital inside, ends in a function word, or is long
    and lowercase where compounds are written apart."""
    if (
        len(token) < 3 + _MIN_TAIL
        and token.isalpha()
        and (token.islower() or token.istitle() or token.isupper())
    ):
        # a word of 3 letters and a function word of 2 at least ("3die", "y1et" have digits);
        # a capital inside may start a sentence of one letter ("rioO projeto")
        return False
    if not token.isalpha():
        return True  # digits and letters
    if token.isupper():
        return False  # an acronym
    if token.islower() or token.istitle():
        if token.islower() and data.writes_compounds_apart and len(token) >= _MIN_WORD + _MIN_TAIL:
            return True  # two words, or an article and a word ("losarmarios")
        if token.islower() and token.startswith(_elided_heads(data)):
            return True  # an elided form and a word, the apostrophe lost ("lhotel")
        first = token[0].lower()
        one_letter = first in data.glued_letters or first in data.unseen_glued_letters
        if one_letter and len(token) > _MIN_LETTER_REST:
            return True  # a word of one letter and a word ("вдоме")
        if data.glued_particles and token.lower().startswith(tuple(data.glued_particles)):
            return True  # a particle and a word ("нетрогайте")
        if token.islower() and any(token.endswith(letter) for letter, _ in data.glued_end_letters):
            return True  # a word and a word of one letter ("насосаи")
        return token.lower().endswith(endings)
    return True  # a capital inside the word


def split_token(token: str, source: str, lang: str, data: LanguageData) -> Split | None:
    if token[0].isdigit():
        return digits_then_word(token, source, lang, data)
    if token[-1].isdigit():
        return word_then_digits(token, lang, data)
    if any(ch.isdigit() for ch in token):
        return None
    if known(token, lang, data, WHOLE_KNOWN):
        if not (token.islower() or token.istitle() or token.isupper()):
            # Known only as the lists key it, case-folded: "seinEs" is "seines" there. A
            # capitalised function word after the step is a sentence start where the source
            # has a boundary; anything else is a name written so ("PowerPoint").
            split = _case_change(token, lang, data)
            if split is None or token[split.at :].lower() not in data.function_words:
                return None
            return Split(split.at, split.glue, split.why, Join.FOLDED)
        if known(token, lang, data) or not token.islower():
            return None
        # Two function words run together are no word, however often the web writes them so
        # ("porel", "conla"); real contractions ("della", "dela") are common words.
        split = _function_word_tail(token, lang, data)
        return split if split is not None and token[: split.at] in data.function_words else None
    split = _case_change(token, lang, data)
    if split is None or split.join is Join.SENTENCE:  # the weakest reading comes last
        return (
            _elided_head(token, lang, data)
            or _function_word_tail(token, lang, data)
            or split
            or _name_then_function_word(token, data)
            or _two_words(token, lang, data)
            or _article_head(token, lang, data)
            or _letter_head(token, lang, data)
            or _letter_tail(token, lang, data)
        )
    return split


def _two_words(token: str, lang: str, data: LanguageData) -> Split | None:
    """ "cuentacorriente" for "cuenta corriente": in a language that writes its compounds as
    separate words, a lowercase token no word list holds that reads as two common words, each
    of :data:`_MIN_WORD` letters at least. Not a word built with one of the language's
    prefixes ("multicarácter"), derived from a verb ("renommages") or ending in a suffix that
    is a word too ("-mente"); where two cuts read so, the one whose rarer word is commoner."""
    if not (data.writes_compounds_apart and token.islower() and len(token) >= 2 * _MIN_WORD):
        return None
    if known(token, lang, data, _SEEN) or any(token.startswith(p) for p in data.word_prefixes):
        return None
    if any(
        token.endswith(ending) and known(token[: -len(ending)] + other, lang, data, _SEEN)
        for ending in data.inflection_endings
        for other in ("", *data.inflection_endings)
    ):
        return None  # another form of a word the lists hold ("pressostati": "pressostato")
    best: tuple[float, int] | None = None
    for at in range(_SHORT_WORD, len(token) - _SHORT_WORD + 1):
        left, right = token[:at], token[at:]
        if right in data.word_suffixes:
            continue
        rarer = min(zipf(left, lang), zipf(right, lang))
        # a second part shorter than _MIN_WORD only if it is an everyday word after a long
        # one ("bollettaluce"); a short first part opens coinages ("nomefile", "portadati")
        if len(left) < _MIN_WORD or (
            len(right) < _MIN_WORD and (zipf(right, lang) < _EVERYDAY or len(left) < _LONG_PART)
        ):
            continue
        # two long words may be rarer ("difficultéprévenez": a verb's form, 2.98)
        enough = _LONG_PAIR if min(len(left), len(right)) >= _LONG_PART else COMMON
        if rarer >= enough and (best is None or rarer > best[0]):
            best = (rarer, at)
    if best is None:
        return None
    at = best[1]
    if verb_beyond(token, at, lang, data):
        return None  # a form of a verb ("renommages", "renommer")
    if verb_and_noun(token, at, lang, data):
        return None  # a verb's stem and a noun, how the language names tools ("bloccaruota")
    why = f"'{token[:at]}' and '{token[at:]}' are fused; a space is missing"
    return Split(at, " ", why, Join.WORDS)


def _article_head(token: str, lang: str, data: LanguageData) -> Split | None:
    """ "losarmarios" for "los armarios": in a language that writes its compounds apart, a
    lowercase token no word list holds that is an article or a preposition of two letters or
    more before a common word of :data:`_MIN_WORD` letters, or an everyday one of
    :data:`_SHORT_WORD` ("unapese" for "una pese"); not a word built with one of the
    language's prefixes nor a verb's form."""
    if not (data.writes_compounds_apart and token.islower() and len(token) >= _MIN_WORD + _MIN_TAIL):
        return None
    if any(token.startswith(p) for p in data.word_prefixes):
        return None
    # a token the lists hold is a word, unless far rarer than the word after its head: the
    # web's fusions are in them too ("ognigiorno", 1.2 against "giorno", 5.9)
    seen = zipf(token, lang) if known(token, lang, data, _SEEN) else None
    heads = data.determiners | data.prepositions
    for at in range(len(token) - _SHORT_WORD, _MIN_TAIL - 1, -1):  # the longest head first
        head, rest = token[:at], token[at:]
        if head not in heads or (
            head not in data.function_words and (len(head) < _SHORT_WORD or head not in data.determiners)
        ):
            continue  # (a determiner of four letters or more, "ogni", "cada", is no word's start)
        if seen is not None and zipf(rest, lang) - seen < _FAR_RARER:
            continue
        if zipf(rest, lang) >= (COMMON if len(rest) >= _MIN_WORD else _EVERYDAY):
            if verb_beyond(token, at, lang, data):
                return None
            why = f"'{head}' and '{rest}' are fused; a space is missing"
            return Split(at, " ", why, Join.WORDS)
    return None


_OPENS_ELISION = "aeiouhàâæèéêëìîïòóôœùúûü"  # a word after an elided form opens so


@lru_cache(maxsize=16)
def _elided_heads(data: LanguageData) -> tuple[str, ...]:
    """Each elided form that is no word alone (data ``bound_elisions``) with each letter a
    word after it may open with: the prefixes of a token that lost its apostrophe."""
    return tuple(form + letter for form in data.bound_elisions for letter in _OPENS_ELISION)


def _elided_head(token: str, lang: str, data: LanguageData) -> Split | None:
    """ "lhôtel" for "l'hôtel", "dallarmadio" for "dall'armadio": a lowercase token that is
    an elided form which is no word alone (data ``bound_elisions``) before a common word of
    :data:`_MIN_LETTER_REST` letters or more that opens with a vowel or "h", where the token
    is rare and far rarer than that word (web text writes the slip too: "dhabitude"; real
    words are common, "lavoir", "dallas"), and no rare form of a word the lists hold; of one
    letter, only an article's or a preposition's ("l"); the longest form first. The fix
    puts the apostrophe back."""
    if not token.islower() or not token.startswith(_elided_heads(data)):
        return None
    whole = zipf(token, lang)
    if whole >= WHOLE_KNOWN:
        return None
    for form in sorted((f for f in data.bound_elisions if token.startswith(f)), key=len, reverse=True):
        rest = token[len(form) :]
        if len(rest) < _MIN_LETTER_REST or rest[0] not in _OPENS_ELISION:
            continue
        if len(form) == 1 and form not in data.determiners and form not in data.prepositions:
            continue  # a pronoun's ("s'active"): a rare word may open so ("mutilisation")
        if (common := zipf(rest, lang)) >= COMMON and common - whole >= _RARER:
            if any(
                known(token[:-cut] + ending, lang, data, WHOLE_KNOWN)
                for cut in (1, 2)
                for ending in ("", *data.inflection_endings)
            ):
                return None  # a rare form of a word the lists hold ("collazioni")
            why = f"'{form}' and '{rest}' are fused; the apostrophe of the elision is missing"
            return Split(len(form), "'", why, Join.ELIDED)
    return None


def _letter_head(token: str, lang: str, data: LanguageData) -> Split | None:
    """ "вдоме" for "в доме": a word of one letter (data ``glued_letters``) or a particle
    (``glued_particles``, "нетрогайте") glued to a common word of three letters or more, where
    the token is rare and far rarer than the word; a letter the language builds words with
    too (``unseen_glued_letters``, "otarjeta") before one of four letters or more, where no
    list holds the token."""
    lower = token.lower()
    if not (token.islower() or token.istitle()):
        return None
    if lower[0] in data.glued_letters:
        at = 1
    elif lower[0] in data.unseen_glued_letters:
        if len(lower) - 1 < _SHORT_WORD or zipf(lower, lang) > 0:
            return None
        if any(
            zipf(lower[:cut] + ending, lang) >= _SEEN
            for cut in range(_MIN_STEM, len(lower))
            for ending in data.infinitive_endings
        ):
            return None  # a rare verb's form ("ajuntada" of "ajuntar")
        at = 1
    else:
        at = next((len(p) for p in data.glued_particles if lower.startswith(p)), 0)
        if not at or not lower.endswith(data.glued_particle_endings):
            return None
    whole, rest = zipf(lower, lang), zipf(lower[at:], lang)
    if len(token) - at < _MIN_LETTER_REST or whole >= WHOLE_KNOWN or rest < COMMON or rest - whole < _RARER:
        return None
    if _other_form(lower, lang, data):
        return None  # a rare form of a word whose other forms are common ("умолчанием")
    why = f"'{token[:at]}' and '{token[at:]}' are fused; a space is missing"
    return Split(at, " ", why, Join.LETTER)


def _letter_tail(token: str, lang: str, data: LanguageData) -> Split | None:
    """ "насосаи" for "насоса и": a word of one letter (data ``glued_end_letters``) glued to
    the end of a common word, lowercase, where no list holds the token at all and the word
    before does not end in letters that make the two one word's form. (The word after it
    is asked for by the check.)"""
    if not token.islower() or len(token) <= _MIN_LETTER_REST + 1:
        return None
    head, letter = token[:-1], token[-1]
    forms = next((before for end, before in data.glued_end_letters if end == letter), None)
    if forms is None or head[-1] in forms or zipf(token, lang) > 0:
        return None
    if not known(head, lang, data, COMMON):
        return None  # (a rare long word may be another language's: "expression" + "e")
    why = f"'{head}' and '{letter}' are fused; a space is missing"
    return Split(len(head), " ", why, Join.END_LETTER)


def _other_form(word: str, lang: str, data: LanguageData) -> bool:
    """Whether ``word`` is a form of a word the lists know in another form: its ending
    swapped for one of the language's ("умолчанием": "умолчанию"), or a pronoun glued onto a
    verb taken off ("eseguimi": "esegui")."""
    for cut in range(1, len(word) - _MIN_STEM + 1):
        stem = word[:-cut]
        if any(known(stem + ending, lang, data, WHOLE_KNOWN) for ending in ("", *data.inflection_endings)):
            return True
    return any(
        word.endswith(pronoun) and known(word[: -len(pronoun)], lang, data, WHOLE_KNOWN)
        for pronoun in data.enclitics
    )


def _case_change(token: str, lang: str, data: LanguageData) -> Split | None:
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
    if len(left) < MIN_PART:
        return None
    lower = right.lower()
    one = len(right) == 1  # "selezionatoÈ", "ignoréeL’application"
    if (
        (lower in data.function_words or lower in data.determiners)
        and lower not in data.capitalised_pronouns
        and (one or right[1:].islower())
    ):
        why = f"'{left}' and '{right}' are fused; a sentence boundary was lost"
        if known(left, lang, data):
            return Split(at, ". ", why, Join.CASE)
        if len(left) >= _MIN_STEM and (left.islower() or left[1:].islower()):
            # only where the source has a boundary: a loanword, or a noun the lists do not
            # hold as inflected ("ArbeitsflächenDie")
            return Split(at, ". ", why, Join.BOUNDARY)
        return None
    why = f"'{left}' and '{right}' are fused; a space is missing"
    if len(right) >= _MIN_STEM and right.isupper():
        both = known(left, lang, data) and known(lower, lang, data)
        return Split(at, " ", why, Join.CASE) if both else None
    if len(right) < MIN_PART or not right[1:].islower():
        return None
    if known(left, lang, data) and known(right, lang, data):
        return Split(at, " ", why, Join.CASE)
    if left.islower() and known(left, lang, data, WHOLE_KNOWN) and known(right, lang, data, WHOLE_KNOWN):
        # Less common words (an inflected form: "игнорируетсяТерминал") where the source has
        # a sentence boundary: a full stop and a space lost.
        return Split(
            at, ". ", f"'{left}' and '{right}' are fused; a sentence boundary was lost", Join.BOUNDARY
        )
    if (left.islower() or (data.capitalises_nouns and left[1:].islower())) and len(left) >= _MIN_STEM:
        # Rarer words still ("initialisierenBitte", "wirdPango", a noun "IngenieurinMaria"):
        # only where the second is a word the source starts one of its sentences with, or a
        # name it writes apart.
        return Split(
            at, ". ", f"'{left}' and '{right}' are fused; a sentence boundary was lost", Join.SENTENCE
        )
    return None


def _name_then_function_word(token: str, data: LanguageData) -> Split | None:
    """ "NovavaxLa", "LSEGLe": a name (an acronym, or a word no list knows) and a capitalised
    function word that starts the next sentence. Only where the source ends a sentence in
    that name: "HTMLParser" or "McDonald" are names as written."""
    steps = [
        i
        for i in range(1, len(token) - 1)
        if token[i].isupper()
        and (token[i - 1].islower() or (token[i - 1].isupper() and token[i + 1].islower()))
    ]
    if len(token) > 1 and token[-1].isupper() and token[-2].islower():
        steps.append(len(token) - 1)  # one letter ("NovavaxY")
    if len(steps) != 1 or steps[0] < MIN_PART:
        return None
    right = token[steps[0] :]
    lower = right.lower()
    if lower not in data.function_words or lower in data.capitalised_pronouns or not right[1:].islower():
        return None
    left = token[: steps[0]]
    return Split(steps[0], ". ", f"'{left}' and '{right}' are fused; a sentence boundary was lost", Join.NAME)


def _function_word_tail(token: str, lang: str, data: LanguageData) -> Split | None:
    """ "Wordund": a common word with a function word glued to its end, unless the token is
    an inflected word ("Literals", "löschenden": "löschend" <- "löschen") or a verb with its
    pronoun ("pulsarla")."""
    lower = token.lower()
    for word in tails(data):
        if not lower.endswith(word) or len(token) - len(word) < (4 if token[0].isupper() else 3):
            continue  # a capitalised word of three letters and a tail is as often a name ("Sinda")
        head = token[: -len(word)]
        if (
            word in data.enclitics
            and head.lower() not in data.function_words
            and enclitic_host(token, head, word, data)
        ):
            continue  # a pronoun written onto a verb ("pulsarla"), not onto "para" ("parala")
        if not token[-len(word)].islower() or (word in data.noun_homographs and token.islower()):
            continue  # (a compound's noun: "handbalwas", handball wax)
        if known(head, lang, data, _head_threshold(token, head, lang, data)) or conjugated(head, lang, data):
            join = Join.TAIL
        elif _rare_head(token, head, word, lang, data):
            join = Join.PREPOSITION
        else:
            continue
        stems = word_stems(token, data, len(head) + OVERLAP)
        if any(known(stem, lang, data, _BASE_KNOWN if base else WHOLE_KNOWN) for stem, base in stems):
            return None  # an inflected or derived word
        if verb_beyond(token, len(head), lang, data):
            return None  # a verb's form ("numera": "numerar", not "num" + "era")
        if word in data.gender_endings and token[0].isupper() and known(token, lang, data, _SEEN):
            return None  # a feminine noun ("Analystin"), however rare
        why = f"'{head}' and '{word}' are fused; a space is missing"
        return Split(len(head), " ", why, join)
    return None


def _rare_head(token: str, head: str, word: str, lang: str, data: LanguageData) -> bool:
    """ "handgelbij" for "handgel bij": a preposition of three letters or more glued to a
    word too rare for :func:`_function_word_tail`'s test, where no list holds the token: a
    word the lists have seen, or in a language that writes compounds closed, a compound of
    two common words ("hand" + "gel"). Not a compound whose last word ends in the
    preposition's letters ("Fahrrad" + "Werkstatt", "wollen" + "pullover"). Few real words end
    so; the check asks for an article after it besides ("handgelbij de ingang")."""
    if word not in data.prepositions or len(word) <= _MIN_TAIL or len(head) < _MIN_STEM:
        return False
    if not (head.islower() or (data.capitalises_nouns and head[1:].islower())):
        return False
    if known(token, lang, data, _SEEN):
        return False
    if _last_word(word, lang, data, bare=False) or any(
        _last_word(token[cut:], lang, data) for cut in range(_MIN_TAIL + 1, len(head))
    ):
        return False
    if known(head, lang, data, _SEEN):
        return True
    return not data.writes_compounds_apart and any(
        known(head[:cut], lang, data) and known(head[cut:], lang, data)
        for cut in range(_MIN_TAIL + 1, len(head) - _MIN_TAIL)
    )


def _last_word(last: str, lang: str, data: LanguageData, bare: bool = True) -> bool:
    """Whether ``last`` is a word (``bare``), or one inflected, that may end a compound
    ("Werkstatt"; "Wegen", which ends "Waldwanderwegen" as a preposition would)."""
    for ending in ("", *data.inflection_endings) if bare else data.inflection_endings:
        stem = last[: len(last) - len(ending)]
        if last.endswith(ending) and len(stem) >= _MIN_STEM and known(stem, lang, data, WHOLE_KNOWN):
            return True
    return False


def _head_threshold(token: str, head: str, lang: str, data: LanguageData) -> float:
    """How common the word before a glued function word must be: a reader's word, or for a
    token the language's word list has never seen, a long, less common one will do
    ("metadatosen": "metadatos" at 2.99). A rare token that is listed ("обрезано", inflected
    forms of Russian) keeps the stricter test."""
    if len(head) >= LONG_WORD and not known(token, lang, data, _SEEN):
        return LONG_WORD_KNOWN
    return COMMON


def _long_stem(stem: str, shortest: int, data: LanguageData) -> bool:
    """A stem long enough to keep one letter of the function word only, and not inflected
    itself ("voitures" + "es" is no word: "voitureses" is "voiture ses")."""
    return len(stem) >= max(_LONG_STEM, shortest - 1) and not stem.endswith(data.inflection_endings)


def word_stems(token: str, data: LanguageData, shortest: int) -> Iterator[tuple[str, bool]]:
    """The words ``token`` may be an inflected (at least ``shortest`` long) or derived form of,
    by the language's endings, each with whether it is a derivation's base: "Literals" ->
    Literal; "speichernden" -> speichern (a base)."""
    for ending in ("", *data.inflection_endings):
        stem = token[: len(token) - len(ending)]
        if not token.endswith(ending) or len(stem) < _MIN_STEM:
            continue
        if ending and (len(stem) >= shortest or _long_stem(stem, shortest, data)):
            yield stem, False
        # A derivation only for a lowercase token: capitalised, it is a noun ("Unternehmender"
        # is "Unternehmen der"); common nominalised ones ("Vorsitzender") are known words.
        for derived, base in data.derivations if token[:1].islower() else ():
            if stem.endswith(derived):
                yield stem[: len(stem) - len(derived)] + base, True
