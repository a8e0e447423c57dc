"""Benchmark: false alarms on real human translations, against translate-toolkit's pofilter.

A careful human translation should raise few errors and warnings; every one a reviewer has to
read and dismiss costs trust. The corpus is what this machine has: the compiled message
catalogues of its installed programs (``/usr/share/locale/LANG/LC_MESSAGES/*.mo``: coreutils,
git, bash, apt, …), translated and reviewed by people. Each catalogue's singular messages with
a translation become one PO file per language (the first of duplicate messages kept), and both
tools check it as a user would: ``posteditor check FILE.po --json`` and ``pofilter FILE.po
OUT.po`` (its default tests). The counts are of units with at least one error or warning
(pofilter has no severities: every unit it writes out failed a test). Both runs are measured
as the throughput benchmark measures them (``corpus.MEASURE``: wall time, the process tree's
peak PSS): short real messages, not long news sentences, so the ratio differs from that one.

Messages are not news text (command syntax, aligned help columns, placeholders), which is
what makes them a good test: what a check does not know must not read as an error.

    .venv/bin/python tests/benchmarks/bench_false_alarms.py [LANG ...]   (default: de fr)

LANG is a folder name under /usr/share/locale ("de", "pt_BR"); the target language given to
``posteditor check`` is its language part.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from tests.benchmarks.corpus import LOCALE, MEASURE, catalogue_units  # noqa: E402


def build_po(lang: str, path: Path) -> int:
    """Write the machine's message catalogues for ``lang`` as one PO file; the unit count."""
    from translate.storage import po

    out = po.pofile()
    out.updateheader(add=True, Language=lang)
    units = catalogue_units(lang)
    for source, target, catalogue in units:
        added = out.addsourceunit(source)
        added.target = target
        added.addlocation(catalogue)
    path.write_bytes(bytes(out))
    return len(units)


def measured(report: Path, *command: str) -> dict[str, float]:
    """Run ``command`` (its output to ``report``) under ``MEASURE``; its time and memory."""
    result = subprocess.run(
        [sys.executable, "-c", MEASURE, str(report), *command],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def ours(po: Path, lang: str, tmp: Path) -> tuple[int, Counter[tuple[str, str]], dict[str, float]]:
    report = tmp / "posteditor.json"
    figures = measured(
        report,
        sys.executable,
        "-m",
        "editor",
        "check",
        str(po),
        "--json",
        "--fail-on",
        "never",
        "--source-lang",
        "en",
        "--target-lang",
        lang.split("_")[0],
    )
    issues = json.loads(report.read_text(encoding="utf-8"))["issues"]
    flagged = {i["segment"] for i in issues if i["severity"] in ("error", "warning")}
    return len(flagged), Counter((i["check"], i["severity"]) for i in issues), figures


def peer(po: Path, tmp: Path) -> tuple[int, Counter[str], dict[str, float]]:
    out = tmp / "pofilter-out.po"
    pofilter = str(Path(sys.executable).with_name("pofilter"))
    figures = measured(tmp / "pofilter.log", pofilter, "--progress=none", str(po), str(out))
    from translate.storage import po as postore

    failed = [u for u in postore.pofile.parsefile(str(out)).units if not u.isheader()]
    tests: Counter[str] = Counter()
    for unit in failed:
        for note in unit.getnotes("translator").splitlines():
            if note.startswith("(pofilter) "):
                tests[note[len("(pofilter) ") :].split(":")[0]] += 1
    return len(failed), tests, figures


def main(langs: list[str]) -> None:
    for lang in langs:
        with tempfile.TemporaryDirectory() as name:
            tmp = Path(name)
            po = tmp / f"messages-{lang}.po"
            units = build_po(lang, po)
            if not units:
                print(f"{lang}: no message catalogues under {LOCALE / lang}")
                continue
            flagged, by_check, time_ours = ours(po, lang, tmp)
            peer_flagged, peer_tests, time_peer = peer(po, tmp)
        print(f"\nen-{lang}: {units} units")
        print(f"  posteditor: {flagged} units with an error or warning ({flagged / units:.1%})")
        for (check, severity), count in sorted(by_check.items()):
            print(f"    {check:24s} {severity:8s} {count:6d}")
        print(f"  pofilter:   {peer_flagged} units failing a test ({peer_flagged / units:.1%})")
        for test, count in peer_tests.most_common(12):
            print(f"    {test:24s} {count:6d}")
        for name, figures in (("posteditor", time_ours), ("pofilter", time_peer)):
            seconds, peak = figures["seconds"], figures["pss_peak_mb"]
            print(f"  {name + ':':11s} {seconds:6.2f} s, tree PSS peak {peak:4.0f} MB")
        print(
            f"  throughput {time_peer['seconds'] / time_ours['seconds']:.1f}x pofilter's, "
            f"peak memory {time_ours['pss_peak_mb'] / time_peer['pss_peak_mb']:.2f} of its"
        )


if __name__ == "__main__":
    main(sys.argv[1:] or ["de", "fr"])
