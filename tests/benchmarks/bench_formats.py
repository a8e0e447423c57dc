"""Benchmark: reading and writing back a big XLIFF 1.2 file.

Peer, in the same run: translate-toolkit's XLIFF reader (``xlifffile.parsestring``), the
field's library, and its serializer (``bytes(store)``) after the same edits.

    .venv/bin/python tests/benchmarks/bench_formats.py [UNITS]
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from translate.storage.xliff import xlifffile  # noqa: E402

from editor.core.formats import xliff12  # noqa: E402
from editor.core.formats.bilingual import read_bilingual  # noqa: E402
from editor.core.model import Document, SegmentStatus  # noqa: E402
from tests.benchmarks.corpus import seed_pairs  # noqa: E402


def make_xliff(units: int) -> bytes:
    pairs = seed_pairs()
    body = []
    for i in range(units):
        source, target = pairs[i % len(pairs)]
        source = source.replace("&", "&amp;").replace("<", "&lt;")
        target = target.replace("&", "&amp;").replace("<", "&lt;")
        body.append(
            f'<trans-unit id="u{i}"><source><g id="1">{i}</g> {source}</source>'
            '<target state="needs-review-translation" state-qualifier="leveraged-mt">'
            f'<g id="1">{i}</g> {target}</target></trans-unit>'
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" '
        'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" target-language="de" '
        'original="bench" datatype="plaintext"><body>\n' + "\n".join(body) + "\n</body></file></xliff>\n"
    ).encode("utf-8")


def main(units: int = 100_000) -> None:
    data = make_xliff(units)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "big.xlf"
        path.write_bytes(data)
        t = time.perf_counter()
        imported = read_bilingual(path)
        ours_read = time.perf_counter() - t
        document = imported.document
        edited = [
            dataclasses.replace(s, target=s.target + " (geprüft)", status=SegmentStatus.CONFIRMED)
            if s.id % 10 == 0
            else s
            for s in document
        ]
        changed = Document(document.source_lang, document.target_lang, edited, str(path), str(path), "xliff")
        t = time.perf_counter()
        xliff12.FORMAT.patch(imported.original, changed, str(path))
        ours_write = time.perf_counter() - t
    t = time.perf_counter()
    store = xlifffile.parsestring(data)
    peer_units = [u for u in store.units if not u.isheader()]
    texts = [(str(u.source), str(u.target)) for u in peer_units]  # what a reader needs
    assert len(texts) == units
    peer_read = time.perf_counter() - t
    t = time.perf_counter()
    for i, unit in enumerate(peer_units):
        if i % 10 == 0:
            unit.target = str(unit.target) + " (geprüft)"
            unit.markapproved(True)
    bytes(store)
    peer_write = time.perf_counter() - t
    print(f"{units} trans-units, {len(data) / 1e6:.1f} MB; {len(document)} segments read")
    print(f"read:  ours {ours_read:6.2f} s   translate-toolkit {peer_read:6.2f} s")
    print(f"edit a tenth and write back:  ours {ours_write:6.2f} s   translate-toolkit {peer_write:6.2f} s")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
