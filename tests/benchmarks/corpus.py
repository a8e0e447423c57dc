"""Generates big, real-looking sentence pairs for benchmarks from the seed article.

Sentences of the seed pair are recombined (shuffled within aligned paragraph pairs, numbers
varied) so the text has the lengths, punctuation and vocabulary of real news text, and the
alignment has real work to do (1-2 and 2-1 paragraphs, lost boundaries).
"""

from __future__ import annotations

import random
import re
from pathlib import Path

from editor.core.formats.plaintext import read_pair

ROOT = Path(__file__).resolve().parents[2]
SEED_SOURCE = ROOT / "seeds" / "eu-supercomputers.en.txt"
SEED_MT = ROOT / "seeds" / "eu-supercomputers.de-mt.txt"
_NUMBER = re.compile(r"\d+")


def peak_mb() -> float:
    """This process's peak resident memory in MB. ``ru_maxrss`` will not do for a child
    process: Linux carries it over from the parent through fork and exec, so a child of a big
    parent would report the parent's size; VmHWM starts afresh with the new program."""
    try:
        with open("/proc/self/status", encoding="ascii") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def seed_pairs() -> list[tuple[str, str]]:
    doc = read_pair(SEED_SOURCE, SEED_MT, "en", "de").document
    return [(s.source, s.target) for s in doc if s.source and s.target]


def write_pair(directory: Path, sentences: int, *, seed: int = 7) -> tuple[Path, Path]:
    """Write SOURCE and TARGET files with about ``sentences`` aligned segments; return paths."""
    rng = random.Random(seed)
    pairs = seed_pairs()
    src_pars: list[str] = []
    tgt_pars: list[str] = []
    made = 0
    while made < sentences:
        size = min(rng.randint(1, 6), sentences - made)
        chosen = [rng.choice(pairs) for _ in range(size)]
        n = str(rng.randint(2, 9999))
        src_pars.append(" ".join(_NUMBER.sub(n, s, count=1) for s, _ in chosen))
        tgt_pars.append(" ".join(_NUMBER.sub(n, t, count=1) for _, t in chosen))
        made += size
    source = directory / "big.en.txt"
    target = directory / "big.de.txt"
    source.write_text("\n\n".join(src_pars) + "\n", encoding="utf-8")
    target.write_text("\n\n".join(tgt_pars) + "\n", encoding="utf-8")
    return source, target
