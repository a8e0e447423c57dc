"""Japanese: what the checks know of it."""

from __future__ import annotations

from editor.core.langdata import LanguageData
from editor.core.languages._han import NUMERALS, SENTENCE_MARKS
from editor.core.languages._text import phrases, words
from editor.core.qualifier_data import Qualifiers

DATA = LanguageData(
    code="ja",
    name="Japanese",
    negative_words=frozenset({"マイナス", "氷点下", "零下"}),
    digit_dates="ymd",
    quotes=(("\u300c", "\u300d"), ("\u300e", "\u300f"), ("\u201c", "\u201d")),
    wide_script=True,
    field_errors=(
        "エラー! ブックマークが定義されていません。",
        "エラー! 参照元が見つかりません。",
    ),
    number_signs=frozenset({"No.", "no.", "NO."}),  # written as in English ("No.1")
    decimal_mark=".",
    group_marks=",",
    function_words=words("の は が を に へ と で も や から まで より か ね よ"),
    number_words=NUMERALS,
    # Written against the number, with no space: "400万" is four million.
    scale_words=(("千", 1e3), ("万", 1e4), ("億", 1e8), ("兆", 1e12)),
    point_words=("ポイント",),
    minor_currency_words=words("ペンス セント 銭"),
    working_days=(("日間", "日以内", "日後"), ("営業日",)),
    percent_words=("パーセント", "パーセンテージ"),
    percent_sign="%",
    currency_words=words("円 ドル ユーロ ポンド フラン セント ルーブル ウォン 元 ペソ レアル ルピー"),
    unit_words=(("円", "¥"), ("ドル", "$"), ("ユーロ", "€")),
    sentence_marks=SENTENCE_MARKS,
    round_the_clock=("昼夜",),
    qualifiers=Qualifiers(
        bound_words=phrases(
            "まで; 最大; 最高; 以上; 以下; 未満; 超; 少なくとも; 最低; 上限; 以内; 下限; 最小; "
            "より; 超え; 下回; 上回; 以前; 以降"
        ),
        hedges=phrases(
            "約; およそ; 程度; ほど; 前後; くらい; ぐらい; 頃; ごろ; 余り; ほぼ; 近く; 弱; 強; 〜"
        ),
        distributives=phrases("各; それぞれ; ずつ; 毎; あたり; 当たり; につき; 人"),
        restrictives=phrases("のみ; だけ; 限り; 限定; しか; 専用; 唯一; 単一; 専ら"),
        exclusions=phrases("除く; 除き; 除いて; 以外; 例外"),
    ),
)
