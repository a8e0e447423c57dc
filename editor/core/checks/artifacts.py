"""stray_artifact: MT debris with no counterpart in the source — slugs, entities, tags, markers."""

from __future__ import annotations

import re
from collections.abc import Iterator

from editor.core.checks import debris
from editor.core.checks.base import Check, CheckContext, Fix, Issue, Severity
from editor.core.checks.characters import (
    ESCAPE_RUN,
    decoded_entity,
    decoded_escape,
    lookalike_marks,
    lookalike_words,
    mixes_scripts,
)
from editor.core.checks.lead_debris import lead_debris, translator_note
from editor.core.checks.line_hyphens import line_hyphens
from editor.core.checks.memo import TokenMemo
from editor.core.checks.mojibake import mojibake
from editor.core.checks.prose import running_prose, technical_document
from editor.core.checks.registry import register
from editor.core.checks.slug_words import language_codes, leading_slug, source_word_slug, stripped_slug
from editor.core.checks.stray_marks import STRESS, conversion_marks
from editor.core.langdata import language
from editor.core.model import Segment

# (pattern, what it is). Each must match text that is never prose; a match that also occurs in
# the source is the author's, not MT debris, and stays silent, and so do all the matches of a
# pattern when the source holds as many of its kind.
# Each pattern comes with the characters it cannot match without (empty: always scan),
# _IN_TOKEN or _UNPRINTABLE.
_IN_TOKEN = "in one token"
_UNPRINTABLE = "not printable"
_TAG = "markup tag residue"
_INVISIBLE = "an invisible zero-width character"
_SOFT_HYPHEN = "an invisible soft hyphen"
_ESCAPE = "an escape sequence written out"
_ENTITY = "an HTML entity"
_MARKDOWN = "Markdown bold markers"
# Element names that MT leaves behind: HTML's, XLIFF's inline codes, a model's special tokens.
# A bare "<word>" of any other name is a placeholder of command syntax ("<file>" -> "<Datei>").
_MARKUP_NAMES = frozenset(
    "a abbr address area article aside audio b base bdi bdo blockquote body br button canvas "
    "caption cite code col colgroup data datalist dd del details dfn dialog div dl dt em embed "
    "fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 head header hr html i iframe img "
    "input ins kbd label legend li link main map mark meta meter nav noscript object ol optgroup "
    "option output p param picture pre progress q rp rt ruby s samp script section select small "
    "source span strong style sub summary sup table tbody td template textarea tfoot th thead "
    "time title tr track u ul var video wbr font center big tt strike "
    "x g bx ex ph bpt ept it mrk pc sc ec sm "
    "unk pad mask sep cls eos bos".split()
)
_TAG_NAME = re.compile(r"</?([a-zA-Z][a-zA-Z0-9:-]*)\s*(/?)>$")


def _placeholder(tag: str, text: str) -> bool:
    """A tag without attributes whose name is no markup's: "<name>", "<Pfad>", "<Option>";
    not one the text also closes ("<translation>…</translation>": an element)."""
    bare = _TAG_NAME.match(tag)
    if bare is None or bare.group(1).lower() in _MARKUP_NAMES:
        return False
    name = bare.group(1)
    return f"</{name}>" not in text or f"<{name}>" not in text


_SUBWORD = "a subword marker of the MT model"

# Slug-like: lowercase parts joined by hyphens around a bare number ("abc-1-def").
SLUG = re.compile(r"(?<![\w-])[a-z]+(?:-[a-z0-9]+)*-\d+-[a-z0-9]+(?:-[a-z0-9]+)*(?![\w-])")

_PATTERNS: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (
        SLUG,
        "a slug-like token",
        _IN_TOKEN,
    ),
    (
        re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,31}|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});"),
        _ENTITY,
        _IN_TOKEN,
    ),
    (
        re.compile(
            r"</?[a-zA-Z][a-zA-Z0-9:-]*(?:\s+[a-zA-Z_:][\w:.-]*\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'))*\s*/?>"
        ),
        _TAG,
        "<",
    ),
    # BPE's "@@ " ends a piece, WordPiece's "##" starts one ("Bar ##geld"), SentencePiece's "▁"
    # stands for a space.
    (re.compile(r"@@(?=\s|$)|\u2581|(?<![^\w\s])##(?=\w)"), _SUBWORD, _IN_TOKEN),
    (
        # U+FFFD for a character lost in decoding; U+FFF9-U+FFFC hold the place of an object
        # or an annotation (an inline image) that the text lost.
        re.compile(r"[\ufff9-\ufffd\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]"),
        "a replacement, placeholder or control character",
        _UNPRINTABLE,
    ),
    # Invisible in the editor and in print, but they split the word for search, spelling and
    # the sentence splitter: zero-width space, word joiner, a byte order mark anywhere (the file
    # readers strip a file's own, so one opening a segment came with the text).
    (re.compile(r"(?<!^)[\u200b\u2060]|\ufeff"), _INVISIBLE, _UNPRINTABLE),
    # A soft hyphen inside a word: a hyphenation hint that most views hide, which breaks search.
    (re.compile(r"(?<=\w)\u00ad(?=\w)"), _SOFT_HYPHEN, _UNPRINTABLE),
    # An escape sequence written out ("Wasser.\nBringen"): after a sentence's mark, opening
    # a segment (the splitter cut after the mark) or alone between spaces; not in a path
    # ("C:\new").
    (
        re.compile(r"(?:(?<=[.!?;»”\"')\]])|^)\\[nrt](?=\s*[^\W\d_])|(?<=\s)\\[nrt](?=\s)"),
        _ESCAPE,
        "\\",
    ),
    # Markdown emphasis MT carried over from its training text: "**Requisitos da função:**"
    (re.compile(r"(?<![\w*])\*\*(?=[^\s*])[^*\n]{1,200}?(?<=[^\s*])\*\*(?![\w*])"), _MARKDOWN, "*"),
    # Left by a pipeline, debris only where the source and the script say so (see debris.py):
    # a letter percent-encoded ("Cedar%20Lane"), a quote escaped for a string ("l\'app"),
    # a directional mark in left-to-right text, a Markdown or a wiki link.
    (debris.PERCENT_RUN, debris.PERCENT, "%"),
    (debris.ESCAPED_QUOTE_MARK, debris.ESCAPED_QUOTE, "\\"),
    (debris.DIRECTION_MARK, debris.DIRECTION, _UNPRINTABLE),
    (debris.LINK_MARKUP, debris.LINK, "["),
    (debris.WIKI_MARKUP, debris.WIKI, "["),
    (debris.BYTE_TOKEN, debris.BYTE, "<"),
    (debris.CODE_MARKS, debris.CODE, "`"),
    (debris.LIGATURE_MARK, debris.LIGATURE, "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"),
    (debris.QUOTED_RUN, debris.QUOTED, "="),
    (debris.COMMENT_MARKUP, debris.COMMENT, "<"),
    (debris.STRIKE_MARKUP, debris.STRIKE, "~"),
    (debris.UNDERLINE_MARKUP, debris.UNDERLINE_BOLD, "_"),
    (debris.INNER_TAB, debris.TAB, "\t"),
    (debris.SNAKE_RUN, debris.SNAKE, "_"),
    # One character repeated: "-----", "aaaa", "!!!!" (not digits, not the ellipsis "...").
    (re.compile(r"([^\s\d.])\1{3,}"), "a run of one character", _IN_TOKEN),
)
# The characters the _UNPRINTABLE patterns look for: one scan in C tells whether any can match.
_ODD = re.compile(
    "[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u00ad\u200b\u2060\ufeff\ufff9-\ufffd"
    "\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]"
)
# Patterns marked _IN_TOKEN match within one whitespace-delimited token (their lookarounds
# treat a token's edge like the whitespace around it), and so do words of two scripts: which
# tokens may hold a match is judged once per distinct token and remembered.
_suspect_tokens = TokenMemo(
    lambda token: (
        mixes_scripts(token) or any(p.search(token) for p, _, where in _PATTERNS if where is _IN_TOKEN)
    )
)


@register
class StrayArtifactCheck(Check):
    id = "stray_artifact"
    name = "Stray artifact"
    description = (
        "Tokens with no counterpart in the source that are not words: slug-like strings, HTML "
        "entities and tag residue, subword markers, mis-decoded characters, escapes written out, "
        "percent-encoded letters, escaped quotes, invisible and directional characters, "
        "Markdown and wiki links, look-alike letters of another script, runs of one character, "
        "PDF ligatures, quoted-printable bytes, HTML comments, Markdown strikethrough and bold, "
        "tabs of table cells; "
        "and target text with no source at all that is not prose."
    )
    severity = Severity.ERROR
    category = "Accuracy/Addition"

    def check(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        target = segment.target
        if not target.strip():
            return
        for start, end, fixed in mojibake(target):
            if target[start:end] not in segment.source:
                yield self.issue(
                    segment,
                    context,
                    start,
                    end,
                    f"'{_shown(target[start:end])}' is UTF-8 text decoded with the wrong encoding",
                    fix=Fix(start, end, fixed),
                )
        if (
            lead := lead_debris(segment.source, target, context.source_lang, context.target_lang)
        ) is not None:
            shown = target[: lead.end].rstrip()
            yield self.issue(
                segment,
                context,
                0,
                len(shown),
                f"'{shown}' looks like {lead.what} and has no counterpart in the source",
                fix=Fix(0, lead.end, ""),
            )
        note = translator_note(segment.source, target, context.source_lang, context.target_lang)
        if note is not None:
            shown = target[note[0] : note[1]]
            why = f"'{_shown(shown)}' is a chatbot's note on its translation, which the source has not"
            yield self.issue(segment, context, note[0], note[1], why, fix=_removal(target, *note))
        # the spans found here (a plug-in's "begin_of_the_skype_highlighting" is no file's name)
        marked: set[tuple[int, int]] = set()
        for mark in conversion_marks(segment.source, target, context.source_lang, context.target_lang):
            marked.add((mark.start, mark.end))
            yield self.issue(
                segment,
                context,
                mark.start,
                mark.end,
                f"'{target[mark.start : mark.end]}' looks like {mark.what} and has no counterpart in "
                "the source",
                fix=_removal(target, mark.start, mark.end)
                if mark.replacement is None
                else Fix(mark.start, mark.end, mark.replacement),
                # a stress mark may be the author's own (a textbook, a rare word): look at it
                severity=Severity.WARNING if mark.what == STRESS else None,
            )
        scan_tokens = _suspect_tokens.any_suspect(target)
        # the characters of the _UNPRINTABLE patterns: control characters and invisible ones are
        # unprintable (so are line breaks and tabs, which none of them needs), U+FFFC-D printable
        odd = (not target.isprintable() or "\ufffd" in target or "\ufffc" in target) and _ODD.search(
            target
        ) is not None
        for pattern, what, triggers in _PATTERNS:
            if triggers is _IN_TOKEN:
                if not scan_tokens:
                    continue  # no token of the text can hold a match (see _suspect_tokens)
            elif triggers is _UNPRINTABLE:
                if not odd:
                    continue  # none of the characters these patterns look for
            elif triggers and not any(t in target for t in triggers):
                continue  # none of the characters this pattern needs: skip the scan
            if what == _MARKDOWN and language(context.target_lang).wide_script:
                continue  # without capitals, translators mark the source's "WARNING" so: "**警告**"
            if not debris.applies(what, segment.source, target):
                continue
            if what == debris.SNAKE and (
                technical_document(context.stats) or not running_prose(segment.source)
            ):
                continue  # software names its placeholders so, translated ("nome_file" for FILE)
            found = list(pattern.finditer(target))
            if not found or len(found) <= len(pattern.findall(segment.source)):
                # As many of them in the source: placeholders the translator localised
                # ("<file>" -> "<Datei>"), an underline fitted to a translated title.
                continue
            for m in found:
                if (
                    m.group() in segment.source
                    or m.span() in marked
                    or (what == _TAG and _placeholder(m.group(), target))
                    or not debris.keeps(what, target, m.start(), m.end(), segment.source)
                ):
                    continue
                yield self.issue(
                    segment,
                    context,
                    m.start(),
                    m.end(),
                    f"'{_shown(m.group())}' looks like {what} and has no counterpart in the source",
                    fix=_fix(what, target, m.start(), m.end()),
                )
        if "-" in target:
            yield from self._name_slugs(segment, context)
        if "- " in target:
            for split in line_hyphens(segment.source, target, context.target_lang):
                yield self.issue(
                    segment,
                    context,
                    split.start,
                    split.end,
                    f"'{target[split.start : split.end]}' is the word '{split.word}' split by a line "
                    "break's hyphen",
                    fix=Fix(split.start, split.end, split.word),
                )
        if "\\" in target:
            yield from self._escapes(segment, context)
        if scan_tokens and not target.isascii():
            for start, end, fixed, other, own in lookalike_words(target, segment.source, context.target_lang):
                yield self.issue(
                    segment,
                    context,
                    start,
                    end,
                    f"'{target[start:end]}' is a {own} word with {other} letters that look alike ('{fixed}')",
                    fix=Fix(start, end, fixed),
                )
        if not target.isascii() and not language(context.target_lang).wide_script:
            for start, end, fixed, kind in lookalike_marks(target, segment.source, context.target_lang):
                yield self.issue(
                    segment,
                    context,
                    start,
                    end,
                    f"'{target[start:end]}' is written with {kind} like '{fixed}'",
                    fix=Fix(start, end, fixed),
                )
        if not segment.source.strip() and not any(ch.isalpha() for ch in target):
            yield self.issue(
                segment,
                context,
                0,
                len(target),
                "This target text has no source and is not prose",
                fix=Fix(0, len(target), ""),
            )

    def _escapes(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """Escape sequences written out for the characters they stand for ("Gr\\u00fc\\u00dfe",
        "\\xc3\\xa9"), where the source has the character or writes no such escape itself (a
        programming text that shows them)."""
        source = segment.source
        escapes_in_source = ESCAPE_RUN.search(source) is not None
        for m in ESCAPE_RUN.finditer(segment.target):
            decoded = decoded_escape(m.group())
            if decoded is None or m.group() in source or (escapes_in_source and decoded not in source):
                continue
            yield self.issue(
                segment,
                context,
                m.start(),
                m.end(),
                f"'{m.group()}' is an escape sequence written out for '{decoded}'",
                fix=Fix(m.start(), m.end(), decoded),
            )

    def _name_slugs(self, segment: Segment, context: CheckContext) -> Iterator[Issue]:
        """A web address's slug in place of a phrase: three or more lowercase parts joined
        by hyphens, one of them a name of the source in lowercase ("vertrag-fuer-zoomcar"
        for "your ZoomCar contract"). Slugs with a bare number are SLUG's."""
        source, target = segment.source, segment.target
        leading = leading_slug(source, target)
        if leading is not None and SLUG.fullmatch(target[leading[0] : leading[1]]):
            leading = None  # (said where slugs with a number are)
        if leading is not None:
            yield self.issue(
                segment,
                context,
                *leading,
                f"'{target[leading[0] : leading[1]]}' before the first sentence looks like a web "
                "address's slug and has no counterpart in the source",
                fix=_removal(target, *leading),
                severity=Severity.WARNING,
            )
        lowered = source.lower()
        found = [
            m
            for m in _LOWER_CHAIN.finditer(target)
            if m.group() not in lowered
            and not SLUG.fullmatch(m.group())
            and (leading is None or m.start() >= leading[1])
        ]
        if not found:
            return
        names = _names(source)
        for m in found:
            name = next((names[p] for p in m.group().split("-") if p in names), None)
            if name is not None:
                yield self.issue(
                    segment,
                    context,
                    m.start(),
                    m.end(),
                    f"'{m.group()}' looks like a web address's slug (the source's name {name!r} in "
                    "lowercase) and has no counterpart in the source",
                )
                continue
            words = source_word_slug(m.group(), source, context.source_lang, context.target_lang)
            if words:
                yield self.issue(
                    segment,
                    context,
                    m.start(),
                    m.end(),
                    f"'{m.group()}' looks like a web address's slug ("
                    + _slug_words(m.group(), words, lowered, context)
                    + ") and has no counterpart in the source",
                    severity=Severity.WARNING,  # a phrase may be written so
                )
                continue
            stripped = stripped_slug(m.group(), context.target_lang)
            if stripped is not None:
                bare, accented = stripped
                yield self.issue(
                    segment,
                    context,
                    m.start(),
                    m.end(),
                    f"'{m.group()}' looks like a web address's slug (its '{bare}' is '{accented}' "
                    "without its accents) and has no counterpart in the source",
                    severity=Severity.WARNING,
                )


def _names(source: str) -> dict[str, str]:
    """The source's names by their lowercase: words with a capital inside ("BikeNest") or with
    one not opening a sentence, and never written in lowercase in the source."""
    names = {}
    for m in _NAMED.finditer(source):
        word = m.group()
        if word.islower():
            continue
        before = source[: m.start()].rstrip()
        if (not before or before[-1] in _OPENING) and not any(ch.isupper() for ch in word[1:]):
            continue  # a sentence's first word
        names[word.lower()] = word
    return {key: word for key, word in names.items() if not re.search(rf"\b{key}\b", source)}


# Lowercase parts joined by hyphens, not inside an address or a path, nor an option ("--a-b")
_LOWER_CHAIN = re.compile(r"(?<![\w./@-])[a-z0-9]+(?:-[a-z0-9]+){2,}(?![\w/@-]|\.\w)")
_NAMED = re.compile(r"\b[A-Za-z][A-Za-z0-9]{2,}\b")
_OPENING = '.!?:;"“”„«»([-–—'


def _shown(text: str) -> str:
    """``text`` as a message shows it: an invisible character by its code point."""
    return (
        text if text.isprintable() else "".join(ch if ch.isprintable() else f"U+{ord(ch):04X}" for ch in text)
    )


def _fix(what: str, text: str, start: int, end: int) -> Fix | None:
    if (repair := debris.fix(what, text, start, end)) is not None:
        return repair
    if what == _SUBWORD:
        return _rejoined(text, start, end)
    if what in (_INVISIBLE, _SOFT_HYPHEN):
        return Fix(start, end, "")
    if what == _MARKDOWN:
        return Fix(start, end, text[start + 2 : end - 2])
    if what == _ENTITY and _in_word(text, start, end):  # "Gr&#252;&#223;e": the letter it names
        decoded = decoded_entity(text[start:end])
        return None if decoded is None else Fix(start, end, decoded)
    if what == _ESCAPE:  # the line break it stands for is a space between sentences
        # (opening a segment: a space is put between segments anyway)
        spaced = not start or text[start - 1].isspace() or text[end : end + 1].isspace()
        return Fix(start, end, "" if spaced else " ")
    return _removal(text, start, end)


def _in_word(text: str, start: int, end: int) -> bool:
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _removal(text: str, start: int, end: int) -> Fix | None:
    """Delete a whole token with one of the spaces around it; None inside a word."""
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if before.isalnum() or after.isalnum():
        return None
    if after == " ":
        return Fix(start, end + 1, "")
    if before == " ":
        return Fix(start - 1, end, "")
    return Fix(start, end, "")


def _rejoined(text: str, start: int, end: int) -> Fix:
    """Put back together the word a subword marker splits: "sub@@ wort" and "Bar ##geld" lose
    the marker and the space, "▁" between words becomes the space it stands for."""
    if text[start:end] == "\u2581":
        between = 0 < start and end < len(text) and text[start - 1].isalnum() and text[end].isalnum()
        return Fix(start, end, " " if between else "")
    if text[start:end] == "@@" and text[end : end + 1].isspace():
        return Fix(start, end + 1, "")
    if start > 1 and text[start - 1].isspace() and text[start - 2].isalnum():
        return Fix(start - 1, end, "")
    return Fix(start, end, "")


def _slug_words(chain: str, words: tuple[str, ...], lowered: str, context: CheckContext) -> str:
    """What a slug of :func:`source_word_slug` is made of, for its message."""
    if all(w in lowered for w in words):
        return f"of the source's words '{' '.join(words)}'"
    if chain.rsplit("-", 1)[-1] in language_codes(context.source_lang, context.target_lang):
        return "or a resource's key, ending in a language's code"
    return f"of {language(context.source_lang).name} words"
