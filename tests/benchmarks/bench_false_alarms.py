"""Benchmark: false alarms on real human translations, against translate-toolkit's pofilter.

A careful human translation should raise few errors and warnings; every one a reviewer has to
read and dismiss costs trust. The corpus is what this machine has: the compiled message
catalogues of its installed programs (``/usr/share/locale/LANG/LC_MESSAGES/*.mo``: coreutils,
git, bash, apt, …), translated and reviewed by people. Each catalogue's singular messages with
a translation become one PO file per language (the first of duplicate messages kept), and both
tools check it as a user would: ``posteditor check FILE.po --json`` and ``pofilter FILE.po
OUT.po`` (its default tests). The counts are of units with at least one error or warning
(pofilter has no severities: every unit it writes out failed a test).

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

from tests.benchmarks.corpus import LOCALE, catalogue_units  # noqa: E402


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


def ours(po: Path, lang: str) -> tuple[int, Counter[tuple[str, str]]]:
    report = subprocess.run(
        [sys.executable, "-m", "editor", "check", str(po), "--json", "--fail-on", "never"]
        + ["--source-lang", "en", "--target-lang", lang.split("_")[0]],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout
    issues = json.loads(report)["issues"]
    flagged = {i["segment"] for i in issues if i["severity"] in ("error", "warning")}
    return len(flagged), Counter((i["check"], i["severity"]) for i in issues)


def peer(po: Path, tmp: Path) -> tuple[int, Counter[str]]:
    out = tmp / "pofilter-out.po"
    pofilter = str(Path(sys.executable).with_name("pofilter"))
    subprocess.run([pofilter, "--progress=none", str(po), str(out)], capture_output=True, check=True)
    from translate.storage import po as postore

    failed = [u for u in postore.pofile.parsefile(str(out)).units if not u.isheader()]
    tests: Counter[str] = Counter()
    for unit in failed:
        for note in unit.getnotes("translator").splitlines():
            if note.startswith("(pofilter) "):
                tests[note[len("(pofilter) ") :].split(":")[0]] += 1
    return len(failed), tests


def main(langs: list[str]) -> None:
    for lang in langs:
        with tempfile.TemporaryDirectory() as name:
            tmp = Path(name)
            po = tmp / f"messages-{lang}.po"
            units = build_po(lang, po)
            if not units:
                print(f"{lang}: no message catalogues under {LOCALE / lang}")
                continue
            flagged, by_check = ours(po, lang)
            peer_flagged, peer_tests = peer(po, tmp)
        print(f"\nen-{lang}: {units} units")
        print(f"  posteditor: {flagged} units with an error or warning ({flagged / units:.1%})")
        for (check, severity), count in sorted(by_check.items()):
            print(f"    {check:24s} {severity:8s} {count:6d}")
        print(f"  pofilter:   {peer_flagged} units failing a test ({peer_flagged / units:.1%})")
        for test, count in peer_tests.most_common(12):
            print(f"    {test:24s} {count:6d}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["de", "fr"])
