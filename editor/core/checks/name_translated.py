"""A name of the source translated word for word into a name of the target language's words
("Willow Farm Kennels" -> "la Ferme des Saules", "Bramble Cottage" -> "Casa Zarzamora"): a
firm's, a house's or a club's name, which a translation keeps as it is written. A helper of
``named_entity``, which asks it for a name with a rare word only (names of everyday words,
"Low Countries" -> "Paesi Bassi", are translated as a rule)."""

from __future__ import annotations

import re

from editor.core.checks.base import CheckContext
from editor.core.checks.lexicon import zipf
from editor.core.checks.names import Name, opens_sentence
from editor.core.checks.prose import running_prose
from editor.core.langdata import language
from editor.core.model import Segment

_WORD = re.compile(r"[^\W\d_]+")
_LINK = 4  # letters of a lowercase word that may join a name's capitalised words ("des", "van")
_NEAR = 0.3  # how far (as a share of the text) from where the name would stand
_THEIRS = 1.0  # Zipf points a word is commoner in the target language: one of its words


def translated_name(
    segment: Segment, name: Name, where: float, context: CheckContext
) -> tuple[int, int] | None:
    """The span of a run of capitalised words in the translation (not at a sentence start,
    joined by short lowercase words at most) near ``where``, the place of the source's
    ``name`` of two words or more, in prose of a language that writes its nouns in lowercase:
    none of its words a word of the source, one of them at least a word of the target
    language; or None."""
    target, source_lang, target_lang = segment.target, context.source_lang, context.target_lang
    if len(name.words) < 2 or language(target_lang).capitalises_nouns or not running_prose(segment.source):
        return None
    lowered, links = segment.source.lower(), language(target_lang).function_words
    best: tuple[float, int, int] | None = None
    for run in _runs(target, links):
        if opens_sentence(target, run[0].start()):
            run = run[1:]  # a sentence's first word, capitalised whatever it is ("Bienvenidos a …")
        if len(run) < 2:
            continue
        start, end, words = run[0].start(), run[-1].end(), [m.group() for m in run]
        distance = abs(start - where) / max(1, len(target))
        if distance > _NEAR or (best is not None and distance >= best[0]):
            continue
        if any(word.lower() in lowered for word in words):
            continue  # the name kept, in part: another rule's
        if any(
            zipf(word.lower(), target_lang) - zipf(word.lower(), source_lang) >= _THEIRS for word in words
        ):
            best = (distance, start, end)
    return None if best is None else (best[1], best[2])


def _runs(text: str, links: frozenset[str]) -> list[list[re.Match[str]]]:
    """Runs of two capitalised words or more, each joined to the next by a space or by a
    short lowercase word of the language ("Ferme des Saules")."""
    found: list[list[re.Match[str]]] = []
    run: list[re.Match[str]] = []
    pending: re.Match[str] | None = None  # a linking word after the run's last word
    for m in _WORD.finditer(text):
        word = m.group()
        joined = bool(run) and text[(pending or run[-1]).end() : m.start()] == " "
        if word[0].isupper() and joined:
            run.append(m)
            pending = None
        elif word[0].isupper():
            found.append(run)
            run, pending = [m], None
        elif joined and pending is None and len(word) <= _LINK and word in links:
            pending = m
        else:
            found.append(run)
            run, pending = [], None
    found.append(run)
    return [run for run in found if len(run) >= 2]
