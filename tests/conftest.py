"""Shared fixtures. Qt must run offscreen: set before anything imports Qt."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Word tables are cached here rather than in the user's cache folder (kept between runs).
os.environ.setdefault(
    "POSTEDITOR_CACHE_DIR",
    os.path.join(os.path.dirname(os.path.dirname(__file__)), ".pytest_cache", "posteditor"),
)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from tests.factories import make_segment  # noqa: E402,F401

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_SOURCE = SEEDS / "eu-supercomputers.en.txt"
SEED_MT = SEEDS / "eu-supercomputers.de-mt.txt"
SEED_PE = SEEDS / "eu-supercomputers.de-pe.txt"


@pytest.fixture
def seed_pair() -> tuple[Path, Path]:
    return SEED_SOURCE, SEED_MT


@pytest.fixture(scope="session")
def seed_document():
    """The seed pair imported once per session (read-only use: copy before editing)."""
    from editor.core.formats.plaintext import read_pair

    return read_pair(SEED_SOURCE, SEED_MT, "en", "de").document
