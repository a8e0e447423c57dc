"""Benchmark: a full QA pass over ~100 000 segments, against translate-toolkit's pofilter.

Both tools see the same aligned segments (pofilter as a PO file, one unit per segment) and
each runs in a fresh process, so peak memory (VmHWM, see corpus.peak_mb) is per tool. pofilter
checks every unit by default (about 3.5 minutes for 100 000 sentences); POFILTER_SUBSET runs it
on the first units only and scales its time linearly (its memory cannot be scaled: compare
memory from full runs only).

    .venv/bin/python tests/benchmarks/bench_checks.py [SENTENCES] [POFILTER_SUBSET]
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

OURS = """
import json, sys, time
from editor.core.store import ProjectStore
from tests.benchmarks.corpus import peak_mb
from editor.core.checks import build_context, check_document
with ProjectStore.open(sys.argv[1], readonly=True) as store:
    document = store.load_document()
base = peak_mb()
t0 = time.perf_counter()
issues = check_document(document, build_context(document))
seconds = time.perf_counter() - t0
peak = peak_mb()
print(json.dumps({"segments": len(document), "issues": len(issues), "seconds": seconds,
                  "peak_mb": peak, "document_mb": base}))
"""

PEER = """
import json, resource, subprocess, sys, time
t0 = time.perf_counter()
subprocess.run([sys.argv[2], "--progress=none", sys.argv[1], sys.argv[3]], check=True)
seconds = time.perf_counter() - t0
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "peak_mb": peak}))
"""


def _po_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def write_po(path: Path, segments: list[tuple[str, str]]) -> None:
    out = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: de\\n"', ""]
    for k, (source, target) in enumerate(segments, 1):
        out += [f"#: segment:{k}", f'msgid "{_po_escape(source)}"', f'msgstr "{_po_escape(target)}"', ""]
    path.write_text("\n".join(out), encoding="utf-8")


def main(sentences: int = 100_000, subset: int = 0) -> None:
    sys.path.insert(0, str(ROOT))
    from editor.core.formats.plaintext import read_pair
    from editor.core.store import ProjectStore
    from tests.benchmarks.corpus import write_pair

    with tempfile.TemporaryDirectory() as tmp:
        src, tgt = write_pair(Path(tmp), sentences)
        document = read_pair(src, tgt, "en", "de").document
        project = Path(tmp) / "big.pedit"
        ProjectStore.create(project, document).close()
        pairs = [(seg.source, seg.target) for seg in document if seg.source and seg.target]
        po = Path(tmp) / "subset.po"
        subset = min(subset, len(pairs)) if subset > 0 else len(pairs)
        write_po(po, pairs[:subset])
        ours = json.loads(_run(OURS, str(project)))
        pofilter = str(Path(sys.executable).with_name("pofilter"))
        peer = json.loads(_run(PEER, str(po), pofilter, str(Path(tmp) / "out.po")))
    scale = len(pairs) / max(1, subset)
    peer_full = peer["seconds"] * scale
    print(f"segments: {ours['segments']}  issues: {ours['issues']}")
    print(
        f"posteditor check_document: {ours['seconds']:7.2f} s  peak {ours['peak_mb']:6.0f} MB "
        f"(document alone {ours['document_mb']:.0f} MB)"
    )
    units = subset
    print(
        f"pofilter on {units} units: {peer['seconds']:7.2f} s  peak {peer['peak_mb']:6.0f} MB"
        f"  -> {peer_full:.1f} s scaled to {len(pairs)} units"
    )
    print(f"throughput ratio: {peer_full / ours['seconds']:.1f}x")
    if units == len(pairs):
        print(f"peak memory ratio: {ours['peak_mb'] / peer['peak_mb']:.2f} of pofilter's")


def _run(code: str, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout


if __name__ == "__main__":
    main(*(int(a) for a in sys.argv[1:3]))
