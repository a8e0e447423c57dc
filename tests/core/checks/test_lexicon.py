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


def test_pickled_list_is_loaded_not_copied():
    """A pickle names the language (a few bytes, not 8 MB); the receiver loads it."""
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


def _word_file(path, buckets):
    import gzip

    import msgpack

    with gzip.open(path, "wb") as fh:
        fh.write(msgpack.packb([{"format": "cB", "version": 1}, *buckets]))
    return str(path)


@pytest.fixture
def tiny(tmp_path, monkeypatch):
    """A made-up language "zz" with a four-word list, its table cached in tmp_path/cache."""
    from editor.core.checks import lexicon as module

    source = _word_file(tmp_path / "large_zz.msgpack.gz", [[], ["the"], [], ["strasse", "they're", "rare"]])
    monkeypatch.setattr(module, "word_list_file", lambda base: source if base == "zz" else None)
    monkeypatch.setenv("POSTEDITOR_CACHE_DIR", str(tmp_path / "cache"))
    module.forget()
    yield module
    module.forget()


def _answers(module):
    return [module.zipf(w, "zz") for w in ("the", "Straße", "They’re", "rare", "unknown")]


EXPECTED = [8.99, 8.97, 8.97, 8.97, 0.0]


def test_a_built_table_is_cached_and_read_back(tiny, monkeypatch):
    assert _answers(tiny) == pytest.approx(EXPECTED)
    cached = list((tiny.Path(tiny.os.environ["POSTEDITOR_CACHE_DIR"])).glob("words-zz-*.bin"))
    assert len(cached) == 1
    tiny.forget()
    monkeypatch.setattr(tiny, "_buckets", lambda path: pytest.fail("built again"))
    assert _answers(tiny) == pytest.approx(EXPECTED)
    assert len(tiny.lexicon("zz")) == 4


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[:10],  # cut inside the head
        lambda data: data[:-8],  # a slot short
        lambda data: data + b"\0",  # longer than its table
        lambda data: b"XXWORDS1" + data[8:],  # another format
        lambda data: data[:8] + (3).to_bytes(8, "little") + (5).to_bytes(8, "little") + data[24:],  # slots
        lambda data: b"",
    ],
)
def test_a_damaged_cache_is_built_again(tiny, damage):
    tiny.lexicon("zz")
    (cached,) = tiny.Path(tiny.os.environ["POSTEDITOR_CACHE_DIR"]).glob("words-zz-*.bin")
    good = cached.read_bytes()
    cached.write_bytes(damage(good))
    tiny.forget()
    assert _answers(tiny) == pytest.approx(EXPECTED)
    assert cached.read_bytes() == good  # and written again


def test_no_cache_folder_is_only_slower(tiny, tmp_path, monkeypatch):
    blocked = tmp_path / "a file, not a folder"
    blocked.write_text("")
    monkeypatch.setenv("POSTEDITOR_CACHE_DIR", str(blocked / "cache"))
    assert _answers(tiny) == pytest.approx(EXPECTED)


def test_a_changed_word_file_gets_its_own_table(tiny, tmp_path):
    import os

    tiny.lexicon("zz")
    source = tiny.word_list_file("zz")
    _word_file(source, [[], ["the"], ["rare"]])
    os.utime(source, ns=(1, 1))  # another time as well as another size
    tiny.forget()
    assert tiny.zipf("rare", "zz") == pytest.approx(8.98)
    assert len(list(tiny.Path(tiny.os.environ["POSTEDITOR_CACHE_DIR"]).glob("words-zz-*.bin"))) == 2


def test_the_hash_is_the_same_in_every_process():
    import subprocess
    import sys

    from editor.core.checks.lexicon import _hash

    words = ["und", "Straße", "they're", "", "😀"]
    code = f"from editor.core.checks.lexicon import _hash; print([_hash(w) for w in {words!r}])"
    other = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert other.strip() == str([_hash(w) for w in words])
