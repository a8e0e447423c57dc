"""Remembering what a token is, so a pass over a document judges each distinct token once.

Most tokens of a document recur (word frequencies follow Zipf's law): a check that asks
"could any token of this text be a problem?" answers from two sets, at C speed, and runs its
real tests once per distinct token. Tokens are the whitespace-delimited pieces of the text,
punctuation included, so finding them costs one ``str.split``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

MAX_REMEMBERED = 500_000  # distinct tokens kept before forgetting (memory stays bounded)


class TokenMemo:
    """Whether a text holds a suspect token, by ``judge`` (a pure function of the token).

    Safe to share between threads (the window checks a keystroke's segment while a full pass
    runs in the background): a token is entered as suspect before it is entered as seen, and
    each call answers from the sets it started with, even if another thread starts afresh.
    """

    def __init__(self, judge: Callable[[str], bool]) -> None:
        self._judge = judge
        self._seen: set[str] = set()
        self._suspect: set[str] = set()

    def any_suspect(self, text: str) -> bool:
        return self.any_suspect_token(text.split())

    def any_suspect_token(self, tokens: Sequence[str]) -> bool:
        """:meth:`any_suspect` of a text already split."""
        seen, suspect = self._seen, self._suspect
        if seen.issuperset(tokens):  # the common case: answered without building a set
            return not suspect.isdisjoint(tokens)
        unseen = set(tokens).difference(seen)
        if len(seen) + len(unseen) > MAX_REMEMBERED:
            seen, suspect = set(), set()  # forget: memory stays bounded
            self._seen, self._suspect = seen, suspect
        found = {t for t in unseen if self._judge(t)}
        suspect |= found
        seen |= unseen
        return bool(found) or not suspect.isdisjoint(tokens)
