"""The compact word lists answer as wordfreq does, in a fraction of its memory."""

from __future__ import annotations

import pickle

import pytest
from wordfreq import zipf_frequency

from editor.core.checks.lexicon import Lexicon, has_lexicon, is_known, lexicon, zipf

LISTED = [
    ("de", "und"),
    ("de", "Straße"),  # wordfreq keys case-folded words: "strasse"
    ("de", "STRASSE"),
    ("de", "Hochleistungsrechnen"),
    ("de", "Mistral"),
    ("en", "the"),
    ("en", "They’re"),  # listed with a straight apostrophe
    ("en", "supercomputer"),
    ("en", "Salesforce"),
    ("fr", "aujourd’hui"),
    ("fr", "été"),
]


@pytest.mark.parametrize(("lang", "word"), LISTED)
def test_zipf_is_wordfreqs(lang, word):
    assert zipf(word, lang) == pytest.approx(zipf_frequency(word, lang), abs=1e-9)
    assert zipf(word, lang) > 0


@pytest.mark.parametrize(
    ("lang", "word"),
    [("de", "Xqzzyplonk"), ("en", "flibbertigibbetqx"), ("en", ""), ("en", "a b"), ("de", "’")],
)
def test_unlisted_words_are_zero(lang, word):
    assert zipf(word, lang) == 0.0
    assert not is_known(word, lang, 1.0)


@pytest.mark.parametrize(
    ("word", "floor", "known"),
    [
        ("und", 7.0, True),  # about 7.5
        ("und", 8.0, False),
        ("Hochleistungsrechnen", 1.0, True),
        ("Hochleistungsrechnen", 3.0, False),
        ("Xqzzyplonk", 0.0, True),  # no floor: anything goes
    ],
)
def test_is_known_against_a_floor(word, floor, known):
    assert is_known(word, "de", floor) is known
    if floor > 0:
        assert (zipf(word, "de") >= floor) is known


@pytest.mark.parametrize("lang", ["xx", "tlh", ""])
def test_languages_without_a_list(lang):
    assert not has_lexicon(lang)
    assert zipf("word", lang) == 0.0
    assert not is_known("word", lang, 0.0)


def test_regional_codes_use_the_languages_list():
    assert has_lexicon("de-AT") and has_lexicon("en_GB")
    assert zipf("und", "de-AT") == zipf("und", "de")


def test_a_small_list_built_from_buckets():
    table = Lexicon("xx", iter([[], ["common"], [], ["rare", "other"]]))
    assert len(table) == 3
    assert table.centibels("common") == 1
    assert table.centibels("RARE") == 3
    assert table.centibels("other") == 3  # lists hold case-folded words
    assert table.centibels("missing") is None
    assert table.zipf("common") == pytest.approx(8.99)


def test_pickled_list_is_rebuilt_not_copied():
    """Hashes are salted per process: a pickle names the language, the receiver builds it."""
    table = lexicon("de")
    assert table is not None
    data = pickle.dumps(table)
    assert len(data) < 200
    assert pickle.loads(data).zipf("und") == table.zipf("und")


def test_the_files_are_wordfreqs_best_lists():
    from wordfreq import available_languages

    from editor.core.checks.lexicon import word_list_file

    best = available_languages("best")
    assert best  # the package ships its lists
    for lang, path in best.items():
        if lang.isalpha():
            assert word_list_file(lang) == path, lang
    assert word_list_file("xx") is None and word_list_file("../de") is None
