"""Languages beyond de/en/fr with their own data tables (es, it, pt, nl, ru, ja, zh, ko):
their number formats, scale words and quotes are read as theirs, so real errors are found and
correct text is quiet (test_quiet holds the quiet part on news sentences in es, it, pt, nl
and ru)."""

from __future__ import annotations

import pytest

from editor.core.langdata import known_languages, language
from tests.core.checks._run import run, spans

# (check, source, target, target language, flagged target text)
BAD = [
    (
        "number_mismatch",
        "a €2.5 billion plan",
        "un plan de 2.600 millones de euros",
        "es",
        ["2.600 millones"],
    ),
    ("number_mismatch", "Unemployment fell to 7.1%.", "La disoccupazione è scesa al 7,4%.", "it", ["7,4"]),
    ("number_mismatch", "It employs 12,500 people.", "A empresa emprega 12.800 pessoas.", "pt", ["12.800"]),
    ("number_mismatch", "More than 4 million people.", "Meer dan 4 miljard mensen.", "nl", ["4 miljard"]),
    (
        "lost_sentence_boundary",
        "It grew. The company said so.",
        "Creció La empresa lo dijo.",
        "es",
        ["Creció La"],
    ),
    ("merged_token", "the plan of the Commission", "il piano dellaCommissione", "it", ["dellaCommissione"]),
    ("repeated_word", "the plan for the region", "het plan voor de de regio", "nl", ["de de"]),
    (
        "number_mismatch",
        "More than 4 million people watched.",
        "Более 5 миллионов человек смотрели.",
        "ru",
        ["5 миллионов"],
    ),
    # Numbers against words of scripts without spaces, and their one-character scales.
    ("number_mismatch", "More than 4 million people watched.", "300万人以上が視聴した。", "ja", ["300万"]),
    ("number_mismatch", "It cost 1,200 yen.", "費用は1,500円だった。", "ja", ["1,500"]),
    ("number_mismatch", "It has 3 million users.", "它有30万用户。", "zh", ["30万"]),
    ("number_mismatch", "More than 4 million people watched.", "300만 명 이상이 시청했다.", "ko", ["300만"]),
]

# (check, source, target, target language)
GOOD = [
    ("number_mismatch", "a €2.5 billion plan", "un plan de 2.500 millones de euros", "es"),
    ("number_mismatch", "a trillion dollars", "un billón de dólares", "es"),
    ("number_mismatch", "4.5 billion euros", "4,5 miliardi di euro", "it"),
    ("number_mismatch", "1.2 billion dollars", "US$ 1,2 bilhão", "pt"),
    ("number_mismatch", "2.5 billion euros", "2,5 miljard euro", "nl"),
    ("punctuation", "“We will not give up,” he said.", "«No nos rendiremos», dijo.", "es"),
    ("punctuation", "“We will not give up,” he said.", "«Non ci arrenderemo», ha detto.", "it"),
    (
        "lost_sentence_boundary",
        "I thank you for the letter",
        "La ringrazio per la lettera che Lei ha scritto",
        "it",
    ),
    ("number_mismatch", "More than 4 million people watched.", "400万人以上が視聴した。", "ja"),
    ("number_mismatch", "It cost 2.5 billion yen.", "費用は25億円だった。", "ja"),
    ("number_mismatch", "It cost 1,200 yen.", "費用は1,200円だった。", "ja"),
    ("number_mismatch", "Sales rose 12% in 2023.", "2023年の売上高は12%増加した。", "ja"),
    ("number_mismatch", "It has 3 million users.", "它有300万用户。", "zh"),
    ("number_mismatch", "More than 4 million people watched.", "400만 명 이상이 시청했다.", "ko"),
    ("number_mismatch", "It cost 2.5 billion won.", "비용은 25억 원이었다.", "ko"),
    ("named_entity", "The commissioner Thierry Breton said so.", "Это заявил комиссар Тьерри Бретон.", "ru"),
    ("named_entity", "She studied in Berlin and Athens.", "Σπούδασε στο Βερολίνο και στην Αθήνα.", "el"),
]


@pytest.mark.parametrize(("check", "source", "target", "lang", "expected"), BAD)
def test_errors_are_found_in_each_language(
    check: str, source: str, target: str, lang: str, expected: list[str]
) -> None:
    assert spans(run(check, source, target, "en", lang)) == expected


@pytest.mark.parametrize(("check", "source", "target", "lang"), GOOD)
def test_correct_text_is_quiet_in_each_language(check: str, source: str, target: str, lang: str) -> None:
    assert [(i.text, i.message) for i in run(check, source, target, "en", lang)] == []


def test_every_language_has_its_number_conventions() -> None:
    assert set(known_languages()) >= {"en", "de", "fr", "es", "it", "pt", "nl", "ru", "ja", "zh", "ko"}
    for code in known_languages():
        data = language(code)
        assert data.function_words and data.number_words and data.scale_words, code
        assert data.decimal_mark not in data.group_marks, code


@pytest.mark.parametrize(
    ("target", "lang", "fixed"),
    [
        ("ファイルを開けません", "ja", "ファイルを開けません。"),
        ("它开着吗", "zh", "它开着吗？"),
        ("Datei nicht geöffnet", "de", "geöffnet."),
    ],
)
def test_a_missing_final_mark_is_fixed_as_the_language_writes_it(target: str, lang: str, fixed: str) -> None:
    source = "Is it open?" if fixed.endswith("？") else "Could not open the file."
    [issue] = run("punctuation", source, target, "en", lang)
    assert issue.suggestion == fixed


def test_a_name_lost_in_another_alphabet_is_still_found() -> None:
    """Names are compared romanised ("Тьерри Бретон" is "Thierry Breton"); a name the
    translation dropped is reported on the source."""
    issues = run(
        "named_entity", "The commissioner Thierry Breton said so.", "Это заявил комиссар.", "en", "ru"
    )
    assert [(i.text, i.side) for i in issues] == [("Thierry Breton", "source")]


def test_length_is_measured_alike_across_scripts() -> None:
    """Chinese and Japanese characters carry about what two Latin letters do: correct
    translations are not "much shorter", and an omission still is."""
    from editor.core.checks import build_context, get_check
    from tests.factories import make_document

    kept = "--format=%H --date=iso --max-count=NUMBER --since=DATE"  # options stay as they are
    pairs = [(f"Use {kept} to list the commits.", f"コミットの一覧には {kept} を使います。")] * 8 + [
        ("Change the definition of an operator family.", "演算子族の定義を変更します。"),
        (
            "Only commutative operators can be used in exclusion constraints.",
            "排除制約で使えるのは可換演算子だけです。",
        ),
        (
            "Authentication is required to set the reboot reason in the kernel.",
            "カーネルに再起動の理由を設定するには認証が必要です。",
        ),
        ("Cannot accumulate arrays of different dimensionality.", "次元の異なる配列は結合できません。"),
        (
            "The serialization function may be given only for this data type.",
            "直列化関数はこのデータ型の場合にだけ指定可能です。",
        ),
        (
            "Authentication is required to set the static host name, as well as the pretty host name "
            "shown to users in the login screen and in the system settings.",
            "認証が必要です。",
        ),
    ]
    document = make_document(pairs, "en", "ja")
    context = build_context(document)
    check = get_check("length_ratio")
    assert [s.id for s in document if list(check.check(s, context))] == [14]


@pytest.mark.parametrize(
    ("source", "target", "lang", "flagged"),
    [
        ("It fell to 7.1% in 2008.", "Spadło do 7,1% w 2008 r.", "pl", []),
        ("It employs 12,500 people.", "Zatrudnia 12 500 osób.", "pl", []),
        ("It cost 1,234.5 euros.", "Maksoi 1 234,5 euroa.", "fi", []),
        ("It employs 12,500 people.", "Zatrudnia 13 500 osób.", "pl", ["13 500"]),
        ("It weighs 2.5 kg.", "Den väger 3,5 kg.", "sv", ["3,5"]),
    ],
)
def test_a_language_without_a_table_reads_numbers_every_way(
    source: str, target: str, lang: str, flagged: list[str]
) -> None:
    """With no table for the language, decimal comma and point, and space, point or comma
    groups all count: a number is wrong only if no reading matches."""
    assert lang not in known_languages()
    assert spans(run("number_mismatch", source, target, "en", lang)) == flagged
