"""Patterns for a list of words shaped as a trie: each position tries one branch per next letter."""

from __future__ import annotations

import re

_Node = dict[str, "_Node"]  # a trie: next letter -> the rest ("" marks a word's end)


def word_trie(words: set[str], not_after: str) -> str:
    """One pattern for ``words`` where no ``not_after`` (one character) stands before them:
    shared beginnings written once, a longer word tried before a word it starts with (as an
    alternation sorted longest first would). It starts with the class of the first letters,
    what stands before tested after it, then each letter's branch: a pattern that starts
    with a lookbehind cost a third more, tried at every position."""
    root = _trie(words)
    firsts = [char for char in sorted(root) if char]
    if "" in root or "\n" in firsts:  # "." below would not match a line break
        return rf"(?<!{not_after})(?:{_branches(root)})"
    letters = "".join(map(re.escape, firsts))
    branches = "|".join(f"(?<={re.escape(char)}){_branches(root[char])}" for char in firsts)
    return rf"[{letters}](?<!{not_after}.)(?:{branches})"


def alternatives(words: set[str]) -> str:
    """A group matching any of ``words``, longer ones first, as :func:`word_trie` tries them.
    Where letters are compared ignoring case, an alternation tries every word in turn at each
    position (no first letter is checked in C before a word is tried): this tries one."""
    return f"(?:{_branches(_trie(words))})" if words else "(?!)"


def _trie(words: set[str]) -> _Node:
    root: _Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return root


def _branches(node: _Node) -> str:
    ends = "" in node
    branches = [re.escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    if len(branches) == 1 and not ends:
        return branches[0]
    body = "|".join(branches)
    return f"(?:{body})?" if ends else f"(?:{body})"


class CaselessWords:
    """Whether a text holds one of some words, letters compared ignoring case (as
    ``re.IGNORECASE`` compares them), between ``edge`` (``r"\\b"`` or nothing).

    A pattern that ignores case gets no scan for its first letters in C: it is tried at
    every position. A text of Latin-1 and punctuation ("’", "–") lowercased compares as it
    would with a pattern that does not ignore case, which gets that scan (three times
    faster), wherever each letter of the words matches, ignoring case, just the characters
    whose lowercase is its lowercase (not so for "ı" or "ſ", which match "i" and "s": then
    every text takes the slow way).
    """

    def __init__(self, words: set[str], edge: str = "") -> None:
        self.pattern = re.compile(f"{edge}{alternatives(words)}{edge}", re.IGNORECASE)
        alike = all(len(ch.lower()) == 1 and _caseless(ch) == _lowering(ch) for ch in set("".join(words)))
        lowered = {word.lower() for word in words}
        self._lowercase = re.compile(f"{edge}{alternatives(lowered)}{edge}") if alike else None

    def found_in(self, text: str) -> bool:
        if self._lowercase is not None and (text.isascii() or _NOT_PLAIN.search(text) is None):
            return self._lowercase.search(text.lower()) is not None
        return self.pattern.search(text) is not None


# Latin-1 and general punctuation: each character lowercases to one ("İ" would to two).
_PLAIN = [chr(code) for code in (*range(0x100), *range(0x2000, 0x2070))]
_NOT_PLAIN = re.compile("[^\x00-\xff\u2000-\u206f]")


def _caseless(char: str) -> set[str]:
    """The characters of :data:`_PLAIN` that ``char`` matches ignoring case."""
    pattern = re.compile(re.escape(char), re.IGNORECASE)
    return {other for other in _PLAIN if pattern.fullmatch(other)}


def _lowering(char: str) -> set[str]:
    """The characters of :data:`_PLAIN` whose lowercase is that of ``char``."""
    return {other for other in _PLAIN if other.lower() == char.lower()}
