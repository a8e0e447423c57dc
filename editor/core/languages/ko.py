"""Korean: what the checks know of it."""

from __future__ import annotations

from editor.core.langdata import LanguageData
from editor.core.languages._text import words

DATA = LanguageData(
    code="ko",
    name="Korean",
    negative_words=frozenset({"마이너스", "영하"}),
    digit_dates="ymd",
    quotes=(("\u201c", "\u201d"), ("\u2018", "\u2019"), ("\u300c", "\u300d")),
    wide_script=True,
    field_errors=(
        "오류! 책갈피가 정의되어 있지 않습니다.",
        "오류! 참조 원본을 찾을 수 없습니다.",
    ),
    number_signs=frozenset({"No.", "no.", "NO."}),  # written as in English ("No.1")
    decimal_mark=".",
    group_marks=",",
    # Particles are written onto the word before them; the free-standing closed-class words:
    function_words=words("그 이 저 및 또는 그리고 하지만 그러나 또 더 안 못 수 것"),
    number_words=(
        ("하나", 1),
        ("둘", 2),
        ("셋", 3),
        ("넷", 4),
        ("다섯", 5),
        ("여섯", 6),
        ("일곱", 7),
        ("여덟", 8),
        ("아홉", 9),
        ("열", 10),
    ),
    # Written against the number: "400만" is four million, "25억" 2.5 billion.
    scale_words=(("천", 1e3), ("만", 1e4), ("억", 1e8), ("조", 1e12)),
    unit_words=(("원", "₩"), ("달러", "$"), ("유로", "€"), ("엔", "¥")),
)
