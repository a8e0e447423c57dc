"""repeated_word: the same word, number or phrase twice in a row ("die die"), not "die, die"."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import compress, repeat
from operator import eq

from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.registry import register
from editor.core.checks.repeated_items import repeated_items, tokens_twice
from editor.core.checks.stats_terms import term_stats
from editor.core.checks.stutters import hyphen_loops, stutters
from editor.core.checks.twins import full_and_elided, name_in_two_scripts, pronoun_twice
from editor.core.langdata import LanguageData, language
from editor.core.model import Segment

_DIGIT = re.compile(r"\d")  # (a scan in C: a generator over the text's characters is slow)
# One or two spaces between: a wider gap or a tab is layout (a column of a help text).
_WORD_TWICE = r"(?<![\w'’-])([^\W\d_]+(?:['’-][^\W\d_]+)*)({gap})(\1)(?![\w'’-])"
_TWICE = re.compile(_WORD_TWICE.format(gap=r"[ \u00a0]{1,2}"), re.IGNORECASE)
_TWICE_ANY_GAP = re.compile(_WORD_TWICE.format(gap=r"\s+"), re.IGNORECASE)
# Two words and the same two again: "Version 2.3 Version 2.3".
# Each a word or a number, as written (a placeholder, "%s", or an option, "-n", repeats on
# purpose), one of them a word of three letters at least.
_PAIR_TWICE = re.compile(
    r"(?<![\w'’%$-])((?=\S*[^\W\d_]{3}|\S+ \S*[^\W\d_]{3})"
    r"(?:[^\W_]+(?:[.,]\d+)* [^\W_]+(?:[.,]\d+)*))(?: \1)+(?![\w'’-])"
)
# A phrase of three to six words said again right after it, once or more: a decoding loop of
# the MT ("jede Woche im Jahr jede Woche im Jahr"). Words and numbers only (in-word marks
# allowed: "2.3", "l'eau"), an opening mark before the first and closing marks after the last:
# a list ("rot, grün, rot, grün") or a clause with its commas is no loop to find.
_LONGEST_PHRASE = 6
_LONGEST_CLAUSE, _CLAUSE_CHARS = 20, 20  # a stretch with its commas said twice: words, characters
_PHRASE_WORD = re.compile(r"[^\W_]+(?:['’.,-][^\W_]+)*")
_PHRASE_GAP = re.compile(r"[ \u00a0]{1,2}")
# A number twice with one space between ("27 27"), not beside another number (a telephone
# number's groups, a date, a row of a table) nor a fraction ("1 1/2").
_NUMBER_TWICE = re.compile(r"(?<![\w.,:/+-])(\d+(?:[.,]\d+)*) (\1)(?![\w/]|[.,:]\d| \d)")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)*(?!\w|[.,]\d)")
_NUMBER_BEFORE = re.compile(r"\d[.,]?[ \u00a0]?$")
_LETTERS = re.compile(r"[^\W\d_]+")
# A sentence of four words or more (ending with its mark) and the same again right after it.
_SENTENCE_WORDS = 4
_SENTENCE = r"[^\s.!?…](?:[^.!?…]|[.,]\d)*? \S+ \S+ \S+?[.!?…]"
_SENTENCE_TWICE = re.compile(
    rf"(?:^|(?<=[.!?…] ))({_SENTENCE})([ \u00a0]+)(\1)(?=\s|$)"
)  # not over a line break
_FIRST_SENTENCE = re.compile(rf"{_SENTENCE}(?=\s|$)")
_LAST_SENTENCE = re.compile(rf"(?:^|(?<=[.!?…] )){_SENTENCE}(?=\s*$)")
_ANY_SENTENCE = re.compile(rf"(?:^|(?<=[.!?…] )|(?<=[.!?…][\"”’»] )){_SENTENCE}(?=\s|$)")
_SENTENCE_END = re.compile(r"[.!?…](?=\s|$)")
_ECHOED, _ECHO_SPAN = 4, 4  # a word of the source (letters), said again within so many words
_LAST_WORD = re.compile(r"([^\W\d_]+)\s*$")
_CLAUSE_MARKS = ",;:(–—"
# Punctuation around words, dropped before the quick test ("notes notes." has "notes" twice).
_MARKS = ".,;:!?…\"'`“”„«»‚‘’()[]"
_BARE = str.maketrans("", "", _MARKS)
_OPENING = "\"'`“„«‚‘(["


@register
class RepeatedWordCheck(Check):
    id = "repeated_word"
    name = "Repeated word"
    description = (
        "The same word, number or phrase (up to six words) twice in a row with only a space "
        "between (not across punctuation)."
    )
    severity = Severity.WARNING
    category = "Fluency/Grammar"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        words = segment.target.casefold().split()
        for found in repeated_items(segment.source, segment.target, context.target_lang):
            fix = Fix(found.start, found.end, found.fix)
            yield self.issue(segment, context, found.start, found.end, found.what, fix=fix)
        if any(map(eq, words, words[2:])):  # "Version 2.3 Version 2.3": maybe a phrase twice
            yield from self._phrases(segment, context, words)
        # A loop repeats three words (the last maybe before a mark): words again, and a pair of
        # them 3-6 words on.
        if len(words) >= 6 and len(set(words)) < len(words) - 1:
            starts = _loop_starts(words)
            loops = list(self._loops(segment, context, words, starts)) if starts else []
            yield from loops
            if (
                not loops
                and len(set(words)) <= len(words) - _SENTENCE_WORDS  # four words again at least
                and (clause := _clause_twice(segment.target, words))
                and not _repeats_itself(segment.source)
                and not _stretch_twice(segment.source.casefold().translate(_BARE).split())
            ):
                start, end, phrase = clause
                yield self.issue(
                    segment,
                    context,
                    start,
                    end,
                    f"'{phrase}' is said twice in a row",
                    fix=Fix(start, end, phrase),
                )
            if len(set(words)) <= len(words) - _SENTENCE_WORDS:
                yield from self._sentences(segment, context)
        if len(words) >= _SENTENCE_WORDS and _ends(segment.target) > _ends(segment.source):
            yield from self._said_beside(segment, context)
        for stutter in stutters(segment.source, segment.target, context.target_lang):
            yield self.issue(
                segment,
                context,
                stutter.start,
                stutter.end,
                f"'{segment.target[stutter.start : stutter.end]}' opens with a piece of the word "
                f"'{stutter.fix}' said twice",
                fix=Fix(stutter.start, stutter.end, stutter.fix),
            )
        for twin in full_and_elided(segment.target, context.target_lang):
            said = segment.target[twin.start : twin.end]
            why = f"the word is said twice, in full and elided: {said}"
            yield self.issue(
                segment, context, twin.start, twin.end, why, fix=Fix(twin.start, twin.end, twin.fix)
            )
        for twin in pronoun_twice(segment.source, segment.target, context.target_lang):
            said = segment.target[twin.start : twin.end]
            why = f"'{said}' has its last hyphenated word twice"
            yield self.issue(
                segment, context, twin.start, twin.end, why, fix=Fix(twin.start, twin.end, twin.fix)
            )
        for twin in name_in_two_scripts(segment.source, segment.target):
            said = segment.target[twin.start : twin.end]
            why = f"the name is written twice, in two scripts: {said}"
            yield self.issue(
                segment, context, twin.start, twin.end, why, fix=Fix(twin.start, twin.end, twin.fix)
            )
        for loop in hyphen_loops(segment.source, segment.target):
            said = segment.target[loop.start : loop.end]
            why = f"'{said}' says a run of its hyphenated parts twice"
            yield self.issue(
                segment, context, loop.start, loop.end, why, fix=Fix(loop.start, loop.end, loop.fix)
            )
        # No word twice in a row, the second maybe before punctuation ("notes notes."), the
        # first maybe after an opening mark ("(so so)") but not before a comma ("die, die"):
        # the common case, decided at C speed.
        if not any(
            map(eq, map(str.lstrip, words, repeat(_OPENING)), map(str.strip, words[1:], repeat(_MARKS)))
        ):
            return
        source = segment.source.casefold().translate(_BARE).split()
        if any(a == b and a[:1].isalpha() for a, b in zip(source, source[1:], strict=False)) or (
            _TWICE_ANY_GAP.search(segment.source)
        ):
            return  # the author repeats a word too ("bye bye", "`help help'"): a faithful echo
        for found in tokens_twice(segment.source, segment.target):
            fix = Fix(found.start, found.end, found.fix)
            yield self.issue(segment, context, found.start, found.end, found.what, fix=fix)
        data = language(context.target_lang)
        target = segment.target
        for m in _TWICE.finditer(target):
            word = m.group(1).casefold()
            polite = word in data.capitalised_pronouns and m.group(1)[0].isupper() and m.group(3)[0].isupper()
            if (word in data.repeatable_words and not polite) or _opens_clause(target, m.start(), word, data):
                # The language allows it ("had had", "weil sie sie kennt"; not the polite form
                # twice, "Sie Sie"), or a clause starts with the word (German ", die die
                # Amerikaner …", ", nach der der Zeiger …").
                continue
            if m.group(1) != m.group(3) and word in data.capitalised_pronouns:
                continue  # two words: German polite "Sie" and "sie" ("fügen Sie sie hinzu")
            if len(word) > 1 and m.group(1).isupper() != m.group(3).isupper():
                continue  # a placeholder in capitals and its word ("ДНЕЙ дней", "DAYS days")
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"'{m.group(1)}' is repeated",
                fix=Fix(m.start(), m.end(), m.group(1)),
            )
        if _DIGIT.search(target):
            yield from self._numbers(segment, context)

    def _numbers(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A number written twice in a row ("27 27") where the source writes it fewer times than
        the translation then does: not the source's own double, nor a number grouped with a
        space ("100 100" for the source's 100,100)."""
        target = segment.target
        found = [m for m in _NUMBER_TWICE.finditer(target) if not _NUMBER_BEFORE.search(target, 0, m.start())]
        if not found:
            return
        written = [_digits(n) for n in _NUMBER.findall(segment.source)]
        translated = [_digits(n) for n in _NUMBER.findall(target)]
        for m in found:
            number = _digits(m.group(1))
            if number not in written or number + number in written:
                continue
            if translated.count(number) <= written.count(number):
                continue
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"The number '{m.group(1)}' is repeated",
                fix=Fix(m.start(), m.end(), m.group(1)),
            )

    def _loops(
        self, segment: Segment, context: CheckContext, words: list[str], starts: list[int]
    ) -> Iterator[Issue]:
        """A phrase of three to six words said again right after it, once or more ("jede Woche
        im Jahr jede Woche im Jahr"), where the source repeats nothing itself (a refrain, a
        chant, emphasis)."""
        runs = list(_phrase_runs(segment.target, words, starts))
        if not runs or _repeats_itself(segment.source):
            return
        for start, end, phrase in runs:
            yield self.issue(
                segment,
                context,
                start,
                end,
                f"'{phrase}' is repeated",
                fix=Fix(start, end, phrase),
            )

    def _sentences(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A sentence said again right after itself ("Parking is free. Parking is free."),
        where the source says none twice: a decoding loop, or text pasted twice."""
        target = segment.target
        ends = [m.end() for m in _SENTENCE_END.finditer(target)]
        pieces = [target[start:end].strip() for start, end in zip([0, *ends], ends, strict=False)]
        if not any(a == b for a, b in zip(pieces, pieces[1:], strict=False)):
            return  # no two sentences alike in a row: settled without the pattern
        found = list(_SENTENCE_TWICE.finditer(target))
        if not found or _says_twice(segment.source):
            return
        terms = term_stats(context.stats)
        if terms is not None and _says_twice(" ".join(s.source for s in terms.paragraph(segment))):
            return  # the paragraph's source says one twice: the aligner split the copies
        for m in found:
            yield self.issue(
                segment,
                context,
                m.start(3),
                m.end(3),
                "This sentence is said twice in a row",
                fix=Fix(m.end(1), m.end(3), ""),
            )

    def _said_beside(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """The same where the aligner put the two copies in two segments of a paragraph: a
        target with more sentences than its source opens with the sentence the segment before
        ends with, or ends with the one the segment after opens with (reported there)."""
        first = _FIRST_SENTENCE.match(segment.target)
        terms = term_stats(context.stats) if first is not None else None
        if first is None or terms is None:
            return
        paragraph = terms.paragraph(segment)
        at = next((k for k, other in enumerate(paragraph) if other is segment), 0)
        before = paragraph[at - 1].target if at > 0 else ""
        after = paragraph[at + 1].target if at + 1 < len(paragraph) else ""
        last = _LAST_SENTENCE.search(segment.target)
        if _ends_with(before, first.group()):
            copy = (
                first.start(),
                first.end(),
                len(segment.target) - len(segment.target[first.end() :].lstrip()),
            )
            where = "it ends the segment before"
        elif (
            last is not None
            and (opening := _FIRST_SENTENCE.match(after))
            and _ends_with(segment.target, opening.group())
        ):
            copy = last.start(), last.end(), last.end()
            where = "the segment after opens with it"
        else:
            return
        if _says_twice(" ".join(other.source for other in paragraph)):
            return  # the source says a sentence twice too
        start, end, fix_end = copy
        fix_start = start if where.startswith("it") else len(segment.target[:start].rstrip())
        yield self.issue(
            segment,
            context,
            start,
            end,
            f"This sentence is said twice in a row ({where})",
            fix=Fix(fix_start, fix_end, ""),
        )

    def _phrases(self, segment: Segment, context: CheckContext, words: list[str]) -> Iterator[Issue]:
        """Two words repeated as a pair ("die Version 2.3 Version 2.3"), not where the source
        says a word twice too, nor a phrase the language repeats."""
        bare = [word.strip(_MARKS) for word in words]
        pairs = zip(bare, bare[1:], bare[2:], bare[3:], strict=False)
        if not any(a == c and b == d and a != b for a, b, c, d in pairs):
            return
        said = _LETTERS.findall(segment.source.casefold())
        if any(
            len(word) >= _ECHOED and word in said[k + 1 : k + 1 + _ECHO_SPAN] for k, word in enumerate(said)
        ):
            return  # the source says a word twice close by ("version info version"): an echo
        repeatable = language(context.target_lang).repeatable_words
        for m in _PAIR_TWICE.finditer(segment.target):
            if m.group(1).casefold() in repeatable:
                continue  # the language's own ("a mano a mano")
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"'{m.group(1)}' is repeated",
                fix=Fix(m.start(), m.end(), m.group(1)),
            )


def _ends_with(text: str, sentence: str) -> bool:
    """Whether ``text`` ends with ``sentence`` as a whole sentence, not the end of a longer one
    ("… is free." after "Parking is free.")."""
    text = text.rstrip()
    return text.endswith(sentence) and text[: -len(sentence)][-1:] in ("", " ", "\u00a0")


def _says_twice(text: str) -> bool:
    """Whether a text holds a sentence of four words or more twice, anywhere in it (the
    translation may have joined or split the source's sentences between the copies)."""
    sentences = [m.group().strip(_OPENING + _MARKS + " ") for m in _ANY_SENTENCE.finditer(text)]
    return len(set(sentences)) < len(sentences)


def _ends(text: str) -> int:
    return len(_SENTENCE_END.findall(text))


def _digits(number: str) -> str:
    return number.replace(".", "").replace(",", "")


def _loop_starts(words: list[str]) -> list[int]:
    """Where a loop may start: two words that come again three to six words on (or one word
    before them: an opening mark changes the first word)."""
    pairs = list(zip(words, words[1:], strict=False))
    if len(set(pairs)) == len(pairs):
        return []
    return sorted(
        {
            i - back
            for n in range(3, _LONGEST_PHRASE + 1)
            for i in compress(range(len(pairs)), map(eq, pairs, pairs[n:]))
            for back in (0, 1)
            if i >= back
        }
    )


def _clause_twice(text: str, keys: list[str]) -> tuple[int, int, str] | None:
    """A stretch of four words or more with a clause's mark inside ("Il nostro sarto, Amir
    Haddad, dice:") said again right after it, as (start, end of the copy, the stretch): text
    pasted twice. Not a list ("rot, grün, rot, grün"): two of its words stand with no mark
    between."""
    marked = [word for word in keys if word[-1] in _CLAUSE_MARKS]
    if len(set(marked)) == len(marked):
        return None  # each copy has the word with its mark: most texts stop here
    for n in range(_SENTENCE_WORDS, min(_LONGEST_CLAUSE, len(keys) // 2) + 1):
        for i in compress(range(len(keys) - 2 * n + 1), map(eq, keys, keys[n:])):
            phrase = keys[i : i + n]
            if (
                keys[i + n : i + 2 * n] == phrase
                and any(word[-1] in _CLAUSE_MARKS for word in phrase[:-1])
                and any(word[-1].isalnum() for word in phrase[:-1])
                and phrase[-1][-1] not in ".!?…"  # a sentence twice: ``_sentences``
            ):
                tokens = list(re.finditer(r"\S+", text))
                start, middle, end = tokens[i].start(), tokens[i + n - 1].end(), tokens[i + 2 * n - 1].end()
                return (start, end, text[start:middle]) if middle - start >= _CLAUSE_CHARS else None
    return None


def _stretch_twice(keys: list[str]) -> bool:
    """Whether words of four or more (``keys``) come twice in a row: the source repeats itself."""
    return any(
        keys[i : i + n] == keys[i + n : i + 2 * n]
        for n in range(_SENTENCE_WORDS, min(_LONGEST_CLAUSE, len(keys) // 2) + 1)
        for i in compress(range(len(keys) - 2 * n + 1), map(eq, keys, keys[n:]))
    )


def _phrase_runs(text: str, keys: list[str], starts: list[int]) -> Iterator[tuple[int, int, str]]:
    """Each phrase of three to six words (``keys``: the text's tokens, case-folded) followed
    right away by itself from one of ``starts``, as (start, end of its last copy, the phrase):
    the shortest such phrase at each place, the last copy maybe before closing marks ("… im
    Jahr jede Woche im Jahr.")."""
    tokens: list[tuple[int, int, str]] = []
    done = 0  # tokens before this one are in a run found
    for i in starts:
        if i < done:
            continue
        for n in range(3, min(_LONGEST_PHRASE, (len(keys) - i) // 2) + 1):
            copies = _copies(keys, i, n)
            if copies < 2:
                continue
            if not tokens:  # where the tokens are, found once a phrase is repeated
                tokens = [(m.start(), m.end(), m.group()) for m in re.finditer(r"\S+", text)]
                if len(tokens) != len(keys):
                    return
            if _loop(text, tokens[i : i + copies * n], n):
                first, last = tokens[i], tokens[i + copies * n - 1]
                start = first[1] - len(first[2].lstrip(_OPENING))
                end = last[0] + len(last[2].rstrip(_MARKS))
                yield start, end, text[start : tokens[i + n - 1][1]]
                done = i + copies * n
                break


def _copies(keys: list[str], i: int, n: int) -> int:
    """How many times the phrase of ``n`` words at ``i`` stands there in a row (its first word
    maybe after an opening mark, its last copy's last word before closing marks)."""
    phrase = [keys[i].lstrip(_OPENING), *keys[i + 1 : i + n]]
    copies = 1
    while True:
        copy = keys[i + copies * n : i + (copies + 1) * n]
        if copy == phrase:
            copies += 1
            continue
        if len(copy) == n and copy[:-1] == phrase[:-1] and copy[-1].rstrip(_MARKS) == phrase[-1]:
            copies += 1  # the last copy, before closing marks
        return copies


def _loop(text: str, run: list[tuple[int, int, str]], n: int) -> bool:
    """Whether copies of a phrase of ``n`` words make a loop: each word a word or number with
    no marks but an opening one first and closing ones last, one or two spaces between, a
    word of three letters, and no shorter phrase repeated within."""
    for k, (_, _, token) in enumerate(run):
        bare = token.lstrip(_OPENING) if k == 0 else token
        if not _PHRASE_WORD.fullmatch(bare.rstrip(_MARKS) if k == len(run) - 1 else bare):
            return False
    if any(not _PHRASE_GAP.fullmatch(text[a[1] : b[0]]) for a, b in zip(run, run[1:], strict=False)):
        return False
    phrase = [token.casefold() for _, _, token in run[:n]]
    if not any(len(letters) >= 3 for word in phrase for letters in _LETTERS.findall(word)):
        return False
    return not any(n % p == 0 and phrase == phrase[:p] * (n // p) for p in range(1, n))


def _repeats_itself(source: str) -> bool:
    """Whether the source says a phrase of up to six words twice in a row (a refrain, "let it
    be, let it be"; punctuation aside) or a word twice close by."""
    words = source.casefold().translate(_BARE).split()
    for n in range(1, _LONGEST_PHRASE + 1):
        for k in range(len(words) - 2 * n + 1):
            if words[k : k + n] == words[k + n : k + 2 * n] and any(w.isalpha() for w in words[k : k + n]):
                return True
    said = _LETTERS.findall(source.casefold())
    return any(
        len(word) >= _ECHOED and word in said[k + 1 : k + 1 + _ECHO_SPAN] for k, word in enumerate(said)
    )


def _opens_clause(text: str, start: int, word: str, data: LanguageData) -> bool:
    """Whether a relative pronoun opens a clause and meets an article of the same form
    (", die die Amerikaner …", ", auf die die Nutzer …"). Any other word doubled after a
    comma is a slip (", um um", ", und und")."""
    if word not in data.relative_pronouns:
        return False
    before = text[max(0, start - 40) : start].rstrip()
    if before and before[-1] in _CLAUSE_MARKS:
        return True
    # A preposition opening the clause, after its comma (", auf die die Nutzer …").
    previous = _LAST_WORD.search(before)
    if previous is None or previous.group(1).lower() not in data.prepositions:
        return False
    rest = before[: previous.start()].rstrip()
    return bool(rest) and rest[-1] in _CLAUSE_MARKS
