"""Remembering what a token is, so a pass over a document judges each distinct token once.

Most tokens of a document recur (word frequencies follow Zipf's law): a check that asks
"could any token of this text be a problem?" answers from two sets, at C speed, and runs its
real tests once per distinct token. Tokens are the whitespace-delimited pieces of the text,
punctuation included, so finding them costs one ``str.split``.
"""

from __future__ import annotations

from collections.abc import Callable

MAX_REMEMBERED = 500_000  # distinct tokens kept before forgetting (memory stays bounded)


class TokenMemo:
    """Whether a text holds a suspect token, by ``judge`` (a pure function of the token)."""

    def __init__(self, judge: Callable[[str], bool]) -> None:
        self._judge = judge
        self._seen: set[str] = set()
        self._suspect: set[str] = set()

    def any_suspect(self, text: str) -> bool:
        tokens = set(text.split())
        unseen = tokens.difference(self._seen)
        if unseen:
            if len(self._seen) + len(unseen) > MAX_REMEMBERED:
                self._seen.clear()
                self._suspect.clear()
            self._suspect.update(t for t in unseen if self._judge(t))
            self._seen |= unseen
        return not tokens.isdisjoint(self._suspect)
