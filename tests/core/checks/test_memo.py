"""The token memo: each distinct token judged once, the answer as if judged every time."""

from __future__ import annotations

import pytest

from editor.core.checks import memo
from editor.core.checks.memo import TokenMemo


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (["a b c", "c b a", "a a a"], [False, False, False]),
        (["a BAD c", "c b a", "BAD"], [True, False, True]),
        (["", "   ", "\tBAD\n"], [False, False, True]),
        (["BAD, a", "BAD a"], [False, True]),  # tokens keep their punctuation
    ],
)
def test_any_suspect_answers_as_the_judge_would(texts, expected):
    judged: list[str] = []

    def judge(token: str) -> bool:
        judged.append(token)
        return token == "BAD"

    tokens = TokenMemo(judge)
    assert [tokens.any_suspect(t) for t in texts] == expected
    assert len(judged) == len(set(judged))  # never the same token twice


def test_memory_stays_bounded(monkeypatch):
    monkeypatch.setattr(memo, "MAX_REMEMBERED", 3)
    judged: list[str] = []
    tokens = TokenMemo(lambda t: judged.append(t) or t.startswith("x"))
    assert tokens.any_suspect("x1 a b")
    assert not tokens.any_suspect("c d")  # over the bound: forgets, judges anew
    assert tokens.any_suspect("x1")  # forgotten, judged again, same answer
    assert judged.count("x1") == 2
