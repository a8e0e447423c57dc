"""Benchmark: the document's HTER after one edit, at 100 000 segments.

Ours: MetricsTracker.refresh of the edited segment plus the document figures (summed TER
statistics). Peer, in the same run: sacrebleu's corpus TER recomputed over every segment, which
is what a tool without running totals must do. Both give the same number (checked here).

    .venv/bin/python tests/benchmarks/bench_metrics.py [SEGMENTS] [PEER_SAMPLE]

sacrebleu takes minutes over 100 000 segments; by default it is timed on PEER_SAMPLE segments
(5 000) and scaled linearly (corpus TER is a sum over segments), and the equality is checked on
that sample. Pass PEER_SAMPLE = SEGMENTS to time the full corpus.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from sacrebleu.metrics import TER  # noqa: E402

from editor.core.metrics import MetricsTracker  # noqa: E402
from editor.core.model import Document  # noqa: E402
from tests.benchmarks.bench_ui import big_document  # noqa: E402


def _edit(text: str, k: int) -> str:
    words = text.split()
    if len(words) > 3:
        words[k % len(words)] = words[k % len(words)].upper()
    return " ".join(words) + " ok"


def main(size: int = 100_000, sample: int = 5_000) -> None:
    document = big_document(size)
    # A tenth of the segments post-edited, as in a document under way.
    for k, segment in enumerate(document.segments[::10]):
        document.set_target(segment.id, _edit(segment.mt, k))
    start = time.perf_counter()
    tracker = MetricsTracker(document)
    built = time.perf_counter() - start

    updates = []
    for k in range(200):
        segment = document.segments[(k * 7919) % size]
        new = document.set_target(segment.id, _edit(segment.target, k))
        t = time.perf_counter()
        tracker.refresh(new)
        hter = tracker.document().hter
        updates.append(time.perf_counter() - t)

    part = Document("en", "de", document.segments[:sample])
    t = time.perf_counter()
    peer = TER().corpus_score([s.mt for s in part], [[s.target for s in part]])
    peer_time = (time.perf_counter() - t) * size / len(part)
    ours_part = MetricsTracker(part).document().hter
    assert abs(ours_part - peer.score) < 1e-9, (ours_part, peer.score)

    p50 = statistics.median(updates) * 1000
    p99 = sorted(updates)[int(len(updates) * 0.99) - 1] * 1000
    scaled = "" if sample >= size else f" (timed on {len(part)} segments, scaled)"
    print(f"{size} segments, {size // 10 + 200} edited; document HTER {hter:.2f}")
    print(f"build the tracker once (in the background on opening): {built:6.2f} s")
    print(f"document HTER after one edit: p50 {p50:.2f} ms  p99 {p99:.2f} ms")
    print(f"peer, sacrebleu corpus TER recomputed: {peer_time:8.2f} s{scaled}")
    print(f"equal to sacrebleu on {len(part)} segments: {ours_part:.6f} = {peer.score:.6f}")
    print(f"speed-up per edit: {peer_time / statistics.median(updates):,.0f}x")


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:3]]
    main(*args)
