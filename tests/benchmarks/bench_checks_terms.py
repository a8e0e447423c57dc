"""Throughput of the number, punctuation, name and term checks on a synthetic corpus.

The seed pair's segments are repeated (each made unique, so no cache helps) up to N segments,
optionally cut to a length, and each check runs over all of them. Not part of the test run:
``.venv/bin/python tests/benchmarks/bench_checks_terms.py [N] [MAX_CHARS]``.
"""

from __future__ import annotations

import dataclasses
import sys
import time
from pathlib import Path

from editor.core.checks import build_context, get_check
from editor.core.formats.plaintext import read_pair
from editor.core.model import Document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
CHECKS = ("number_mismatch", "punctuation", "named_entity", "inconsistent_term")


def corpus(size: int, max_chars: int) -> Document:
    seed = read_pair(
        SEEDS / "eu-supercomputers.en.txt", SEEDS / "eu-supercomputers.de-mt.txt", "en", "de"
    ).document
    segments = []
    while len(segments) < size:
        for segment in seed:
            i = len(segments) + 1
            tag = "".join(chr(97 + (i // 26**k) % 26) for k in range(4))
            segments.append(
                dataclasses.replace(
                    segment,
                    id=i,
                    paragraph=segment.paragraph + 100 * (i // len(seed)),
                    source=f"{tag} {segment.source[:max_chars]}",
                    target=f"{tag} {segment.target[:max_chars]}",
                )
            )
            if len(segments) == size:
                break
    return Document("en", "de", segments)


def main() -> None:
    size = int(sys.argv[1]) if len(sys.argv) > 1 else 20_000
    max_chars = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    document = corpus(size, max_chars)
    chars = sum(len(s.target) for s in document) / len(document)
    start = time.perf_counter()
    context = build_context(document)
    total = time.perf_counter() - start
    print(f"{size} segments, {chars:.0f} target characters on average")
    print(f"  statistics build   {total:6.2f} s")
    for check_id in CHECKS:
        check = get_check(check_id)
        start = time.perf_counter()
        found = sum(len(list(check.check(s, context))) for s in document)
        spent = time.perf_counter() - start
        total += spent
        print(f"  {check_id:18} {spent:6.2f} s  {found} issues")
    print(f"  total              {total:6.2f} s  ({total / size * 1e6:.0f} µs per segment)")


if __name__ == "__main__":
    main()
