"""Benchmark: import + align a 100 000-sentence pair, write the project, reopen it.

Peer in the same run: sentencex splitting both files into sentences and nothing else — the
floor any importer that segments has to pay. Run:

    .venv/bin/python tests/benchmarks/bench_import.py [SENTENCES]

Each phase runs in a fresh subprocess so that peak memory (VmHWM, see corpus.peak_mb) is per
phase.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PHASES = {
    "peer_sentencex": """
from sentencex import segment
n = 0
for path, lang in ((SRC, 'en'), (TGT, 'de')):
    for par in open(path, encoding='utf-8').read().split('\\n\\n'):
        n += sum(1 for _ in segment(lang, par))
result = {'sentences': n}
""",
    "import": """
from editor.core.formats.plaintext import read_pair
doc = read_pair(SRC, TGT, 'en', 'de').document
result = {'segments': len(doc), 'paragraphs': doc.paragraph_count}
""",
    "import_and_write": """
from editor.core.formats.plaintext import read_pair
from editor.core.store import ProjectStore
doc = read_pair(SRC, TGT, 'en', 'de').document
ProjectStore.create(PROJECT, doc).close()
result = {'segments': len(doc)}
""",
    "reopen": """
from editor.core.store import ProjectStore
with ProjectStore.open(PROJECT) as store:
    doc = store.load_document()
result = {'segments': len(doc)}
""",
}

RUNNER = """
import json, sys, time
from tests.benchmarks.corpus import peak_mb
SRC, TGT, PROJECT = sys.argv[1:4]
t0 = time.perf_counter()
{body}
result['seconds'] = time.perf_counter() - t0
result['peak_mb'] = peak_mb()
print(json.dumps(result))
"""


def run_phase(name: str, src: Path, tgt: Path, project: Path) -> dict[str, float]:
    code = RUNNER.format(body=PHASES[name])
    out = subprocess.run(
        [sys.executable, "-c", code, str(src), str(tgt), str(project)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    return json.loads(out)


def main(sentences: int = 100_000) -> None:
    sys.path.insert(0, str(ROOT))
    from tests.benchmarks.corpus import write_pair

    with tempfile.TemporaryDirectory() as tmp:
        src, tgt = write_pair(Path(tmp), sentences)
        project = Path(tmp) / "big.pedit"
        results = {name: run_phase(name, src, tgt, project) for name in PHASES}
    imp, peer = results["import"], results["peer_sentencex"]
    print(f"sentences per side: ~{sentences}")
    for name, r in results.items():
        print(f"{name:18} {r['seconds']:7.2f} s  peak {r['peak_mb']:7.0f} MB  {r}")
    print(
        f"import: {imp['segments'] / imp['seconds']:,.0f} segments/s; "
        f"{imp['seconds'] / peer['seconds']:.1f}x the time of sentencex alone"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
