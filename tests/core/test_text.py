"""editor.core.text: helpers shared by the checks."""

from __future__ import annotations

from editor.core.text import substring_keys


def test_substring_keys_leave_out_a_word_another_key_finds() -> None:
    keys = substring_keys(["monthly", "month", "day", "daily", "today", "day"])
    assert keys == ("day", "daily", "month")
    assert all(any(k in word for k in keys) for word in ["monthly", "month", "day", "daily", "today"])
