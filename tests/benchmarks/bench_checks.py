"""Benchmark: a full QA pass over ~100 000 segments, against translate-toolkit's pofilter.

Both tools see the same content and run as a user runs them, from the command line, each
writing its report to a file: ``posteditor check PROJECT --json`` and ``pofilter IN.po
OUT.po``. Each is measured the same way (corpus.MEASURE): wall time from start to exit, the
peak of its process tree's summed PSS (our check workers included), and its largest process's
peak RSS. For reference the in-memory pass the window runs (``check_document`` on the loaded
document) is timed too.

pofilter reads the pair as a PO file with one unit per paragraph, source paragraph and its
machine translation, as the article is written (the issue's setup). UNITS=segment gives it one
unit per aligned segment instead: the same text in three times as many, shorter units, which
costs pofilter about 2.6 times as long (it spends much of its time per unit, not per
character) — an earlier round measured that way.

pofilter checks every unit by default (about 1.5 minutes for 100 000 sentences);
POFILTER_SUBSET runs it on the first units only and scales its time linearly (its memory
cannot be scaled: compare memory from full runs only).

    .venv/bin/python tests/benchmarks/bench_checks.py [SENTENCES] [POFILTER_SUBSET] [UNITS]
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


def _po_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\t", "\\t")


def write_po(path: Path, segments: list[tuple[str, str]]) -> None:
    out = ['msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', '"Language: de\\n"', ""]
    for k, (source, target) in enumerate(segments, 1):
        out += [f"#: segment:{k}", f'msgid "{_po_escape(source)}"', f'msgstr "{_po_escape(target)}"', ""]
    path.write_text("\n".join(out), encoding="utf-8")


def paragraph_units(source: Path, target: Path) -> list[tuple[str, str]]:
    """The pair's paragraphs (separated by blank lines in both files) as (source, target) units."""
    sources = source.read_text(encoding="utf-8").strip().split("\n\n")
    targets = target.read_text(encoding="utf-8").strip().split("\n\n")
    assert len(sources) == len(targets), (len(sources), len(targets))
    return list(zip(sources, targets, strict=True))


def main(sentences: int = 100_000, subset: int = 0, units_kind: str = "paragraph") -> None:
    sys.path.insert(0, str(ROOT))
    from editor.core.formats.plaintext import read_pair
    from editor.core.store import ProjectStore
    from tests.benchmarks.corpus import MEASURE, write_pair

    with tempfile.TemporaryDirectory() as tmp:
        src, tgt = write_pair(Path(tmp), sentences)
        document = read_pair(src, tgt, "en", "de").document
        project = Path(tmp) / "big.pedit"
        ProjectStore.create(project, document).close()
        if units_kind == "segment":
            pairs = [(seg.source, seg.target) for seg in document if seg.source and seg.target]
        elif units_kind == "paragraph":
            pairs = paragraph_units(src, tgt)
        else:
            raise SystemExit(f"UNITS must be paragraph or segment, not {units_kind!r}")
        po = Path(tmp) / "subset.po"
        subset = min(subset, len(pairs)) if subset > 0 else len(pairs)
        write_po(po, pairs[:subset])
        report = Path(tmp) / "report.json"
        cli = json.loads(
            _run(
                MEASURE,
                str(report),
                sys.executable,
                "-m",
                "editor",
                "check",
                str(project),
                "--json",
                "--fail-on",
                "never",
            )
        )
        cli_issues = json.loads(report.read_text(encoding="utf-8"))["summary"]["issues"]
        ours = json.loads(_run(OURS, str(project)))
        pofilter = str(Path(sys.executable).with_name("pofilter"))
        peer = json.loads(
            _run(
                MEASURE,
                str(Path(tmp) / "pofilter.out"),
                pofilter,
                "--progress=none",
                str(po),
                str(Path(tmp) / "out.po"),
            )
        )
    scale = len(pairs) / max(1, subset)
    peer_full = peer["seconds"] * scale
    assert cli["exit"] == 0 and peer["exit"] == 0, (cli, peer)
    assert cli_issues == ours["issues"], (cli_issues, ours["issues"])
    print(f"segments: {ours['segments']}  issues: {ours['issues']}  pofilter units: one per {units_kind}")
    print(
        f"posteditor check PROJECT --json: {cli['seconds']:7.2f} s  tree PSS peak "
        f"{cli['pss_peak_mb']:6.0f} MB  largest process {cli['max_rss_mb']:6.0f} MB"
    )
    print(
        f"  (in memory, check_document on the loaded document: {ours['seconds']:.2f} s, "
        f"peak {ours['peak_mb']:.0f} MB, the document alone {ours['document_mb']:.0f} MB)"
    )
    units = subset
    print(
        f"pofilter on {units} units: {peer['seconds']:7.2f} s  tree PSS peak {peer['pss_peak_mb']:6.0f} MB"
        f"  largest process {peer['max_rss_mb']:6.0f} MB  -> {peer_full:.1f} s scaled to {len(pairs)} units"
    )
    print(f"throughput ratio: {peer_full / cli['seconds']:.1f}x")
    if units == len(pairs):
        print(
            f"peak memory ratio: {cli['pss_peak_mb'] / peer['pss_peak_mb']:.2f} of pofilter's (tree PSS), "
            f"{cli['max_rss_mb'] / peer['max_rss_mb']:.2f} (largest process)"
        )


def _run(code: str, *args: str) -> str:
    return subprocess.run(
        [sys.executable, "-c", code, *args], capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout


if __name__ == "__main__":
    args = sys.argv[1:]
    main(*(int(a) for a in args[:2]), *args[2:3])
