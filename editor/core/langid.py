"""Language identification for inputs whose languages were not given (py3langid, offline)."""

from __future__ import annotations

import os
import re

_SAMPLE_CHARS = 20_000
_BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
_CODE_RE = re.compile(r"^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")
_PRIMARY = re.compile(r"[a-z]{2,3}")  # ISO 639-1 or 639-3: no private-use tags ("x-klingon")


def guess_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (``"en"`` when there is nothing to go on)."""
    sample = text[:_SAMPLE_CHARS]
    if not any(ch.isalpha() for ch in sample):
        return "en"
    # py3langid brings numpy, whose OpenBLAS starts a thread per core on import unless told
    # otherwise; a process with threads cannot fork its worker processes (see procs.py), and
    # the model's few small products need none.
    for variable in _BLAS_THREADS:
        os.environ.setdefault(variable, "1")
    import py3langid  # loads its model (~1 s): only when a language must be guessed

    code, _score = py3langid.classify(sample)
    return str(code)


def language_code(tag: str) -> str:
    """The language a user's tag names, as ISO 639-1 where one exists: any case, a region or
    script left out ('de-DE', 'DE_de' and 'deu' -> 'de'). Raises ValueError for a tag that names
    no ISO 639-1/639-3 language ('xx', 'zz', 'und')."""
    import langcodes  # its registry of language subtags: only when a language is given

    cleaned = tag.strip().replace("_", "-")
    try:
        primary = str(langcodes.Language.get(cleaned, normalize=True).language or "")
    except ValueError:  # not even the shape of a tag
        primary = ""
    if primary == "und" or not _PRIMARY.fullmatch(primary) or not langcodes.Language.get(primary).is_valid():
        raise ValueError(f"{tag!r} is not an ISO 639-1 or 639-3 language code (e.g. 'en', 'de', 'yue')")
    return primary


def valid_code(code: str) -> bool:
    """True for a plausible ISO 639 language tag such as ``de`` or ``pt-BR``."""
    return bool(_CODE_RE.match(code))


# ISO 639-2 codes that CAT tools write (memoQ: "eng", "ger"), to ISO 639-1.
_ISO_639_2 = {
    "eng": "en",
    "ger": "de",
    "deu": "de",
    "fre": "fr",
    "fra": "fr",
    "spa": "es",
    "ita": "it",
    "por": "pt",
    "dut": "nl",
    "nld": "nl",
    "pol": "pl",
    "rus": "ru",
    "chi": "zh",
    "zho": "zh",
    "jpn": "ja",
    "kor": "ko",
    "swe": "sv",
    "dan": "da",
    "fin": "fi",
    "nor": "no",
    "ces": "cs",
    "cze": "cs",
    "tur": "tr",
    "gre": "el",
    "ell": "el",
    "hun": "hu",
    "ron": "ro",
    "rum": "ro",
    "ukr": "uk",
    "ara": "ar",
    "heb": "he",
    "cat": "ca",
    "bul": "bg",
    "hrv": "hr",
    "slk": "sk",
    "slo": "sk",
    "slv": "sl",
    "est": "et",
    "lav": "lv",
    "lit": "lt",
}


def normalize_language(code: str) -> str:
    """The primary language of a tag, as ISO 639-1 where one exists: 'de-DE' -> 'de',
    'ger' -> 'de', 'EN_us' -> 'en'."""
    primary = code.strip().replace("_", "-").split("-")[0].lower()
    return _ISO_639_2.get(primary, primary)
