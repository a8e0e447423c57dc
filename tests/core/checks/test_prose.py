"""Running prose against software messages: placeholders, options, escapes, markup, code."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from editor.core.checks.prose import plain, running_prose

SOFTWARE = [
    "Saved %d files to the folder you chose",
    "Saved {count} files to the folder you chose",
    "Use --force to overwrite the files you chose",
    "Use -f to overwrite the files that you chose",
    "First line\\nsecond line of the message shown",
    "Click <b>Save</b> to keep the files you chose",
    "Set the value with key=value in the file",
    "The variable MAX_SIZE holds the largest size",
    "Run `make install` to put the files in place",
    "The option [name] names the file you chose",
    "Choose one of init | list | show to go on",
    # a space flag: a placeholder, after a word or right after a number ("10%d")
    "Write % d to put a space before the number",
    "Progress so far: 10%d of the files you chose",
]
PROSE = [
    "The committee met on Tuesday to discuss the budget for next year.",
    "A well-known author wrote a self-published book in 2019.",
    "It costs more than it did -- as far as we know -- last year.",
    "The e-mail arrived at 10:30, two hours late, as the server was down.",
    # a percentage before a word, however the language spaces it: no placeholder "% d"
    "The town recycles 60% of its household waste every year.",
    "La ciudad recicla el 60 % de sus residuos domésticos cada año.",
    "La ville recycle 60\u00a0% de ses déchets ménagers chaque année.",
]


@pytest.mark.parametrize("text", SOFTWARE)
def test_a_software_message_is_no_prose(text: str) -> None:
    assert not plain(text) and not running_prose(text)


@pytest.mark.parametrize("text", PROSE)
def test_sentences_of_prose_are_prose(text: str) -> None:
    assert plain(text) and running_prose(text)


# The same alternatives as written first: a percent sign that is no percentage (not after a
# number before a space), an option's lookbehind before its dash, the markup characters as a
# class. (Slower: no character to scan for first.)
_AS_WRITTEN = re.compile(
    r"(?:(?<!\d)(?<!\d[ \u00a0\u202f])%|%(?! ))[-+ #0-9.*]*[a-zA-Z@]"
    r"|\{\w*\}|(?<![\w-])--?[a-zA-Z]|\\[a-zA-Z]|[<>\[\]|=_`]"
)


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="ab Z9-_%{}\\<>[]|=`.*+#@ä\n", max_size=16))
def test_software_is_found_where_the_alternatives_as_written_find_it(text: str) -> None:
    assert plain(text) == (_AS_WRITTEN.search(text) is None)
