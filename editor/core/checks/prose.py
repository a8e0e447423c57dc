"""Whether a source text reads as running prose rather than a software message."""

from __future__ import annotations

import re

# Placeholders, format fields, command options, escapes ("\n"), markup and code: a software
# message; a number's percent sign before a space is a percentage ("60 % de"), no placeholder
# with a space flag ("% d"). Every alternative starts with a literal character (an option's
# dash before what stands before it; the markup characters one by one, not as a class): then
# the scan jumps from one of those characters to the next in C, seven times faster than
# trying every position.
_SOFTWARE = re.compile(
    r"%(?!(?<=\d%) )(?!(?<=\d[ \u00a0\u202f]%) )[-+ #0-9.*]*[a-zA-Z@]"
    r"|\{\w*\}|-(?<![\w-]-)-?[a-zA-Z]|\\[a-zA-Z]|<|>|\[|\]|\||=|_|`"
)
_PROSE_WORDS = 8  # words in a sentence of prose


def running_prose(text: str, words: int = _PROSE_WORDS) -> bool:
    """Whether ``text`` reads as running prose: a sentence of some length (``words``) with no
    placeholders or command options. Software messages and option help are written tersely, and their
    translators follow conventions of their own ("do not show" -> "verbergen")."""
    # (split no further than ``words`` words: a long text's word list is not built)
    return len(text.split(None, words)) >= words and _SOFTWARE.search(text) is None


def plain(text: str) -> bool:
    """Whether ``text`` holds no placeholders, command options, markup or code."""
    return _SOFTWARE.search(text) is None
