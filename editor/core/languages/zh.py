"""Chinese: what the checks know of it."""

from __future__ import annotations

from editor.core.langdata import LanguageData
from editor.core.languages._han import NUMERALS, SENTENCE_MARKS
from editor.core.languages._text import words

DATA = LanguageData(
    code="zh",
    name="Chinese",
    negative_words=frozenset({"负", "零下"}),
    digit_dates="ymd",
    quotes=(("\u201c", "\u201d"), ("\u300c", "\u300d"), ("\u2018", "\u2019")),
    wide_script=True,
    field_errors=(
        "错误!未定义书签。",
        "错误!未找到引用源。",
    ),
    number_signs=frozenset({"No.", "no.", "NO."}),  # written as in English ("No.1")
    decimal_mark=".",
    group_marks=",",
    function_words=words("的 了 在 是 和 与 或 也 就 都 而 及 从 到 对 把 被"),
    number_words=NUMERALS + (("两", 2.0),),
    scale_words=(("千", 1e3), ("万", 1e4), ("萬", 1e4), ("亿", 1e8), ("億", 1e8)),
    unit_words=(("元", "¥"), ("美元", "$"), ("欧元", "€")),
    sentence_marks=SENTENCE_MARKS,
    round_the_clock=("全天候", "日夜", "昼夜"),
)
