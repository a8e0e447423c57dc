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
