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


# Runs a command as a fresh process tree and measures it: wall time, the peak of the tree's
# proportional set size (PSS: each page shared between processes counted once in the sum, so
# a forked worker costs only what it does not share) sampled every 50 ms, and the largest
# single process's peak RSS (wait4's ru_maxrss, exact; this small wrapper is what forks it, so
# no big parent's size is carried over). Usage: python -c MEASURE OUTFILE COMMAND...
MEASURE = """
import json, os, subprocess, sys, time

def tree(root):
    children = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open(f"/proc/{name}/stat") as fh:
                    ppid = int(fh.read().rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
            children.setdefault(ppid, []).append(int(name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo += children.get(pid, [])
    return found

def pss(pid):
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0

with open(sys.argv[1], "wb") as out:
    t0 = time.perf_counter()
    proc = subprocess.Popen(sys.argv[2:], stdout=out)
    peak = 0.0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        peak = max(peak, sum(pss(p) for p in tree(proc.pid)))
        time.sleep(0.05)
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
print(json.dumps({"seconds": seconds, "pss_peak_mb": peak, "max_rss_mb": usage.ru_maxrss / 1024,
                  "exit": proc.returncode}))
"""


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


LOCALE = Path("/usr/share/locale")


def catalogue_units(lang: str) -> list[tuple[str, str, str]]:
    """The machine's message catalogues for ``lang`` (``/usr/share/locale/LANG/LC_MESSAGES``):
    every singular message with a translation, the first of duplicate messages kept, as
    ``(source, target, catalogue name)`` in catalogue order. Lists of country and script names (iso_*)
    are left out: no sentences."""
    import sys

    from translate.storage import base, mo

    pairs: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    for catalogue in sorted((LOCALE / lang / "LC_MESSAGES").glob("*.mo")):
        if catalogue.name.startswith("iso_"):
            continue
        try:
            units = mo.mofile.parsefile(str(catalogue)).units
        except base.ParseError as error:  # e.g. a newer MO revision translate-toolkit cannot read
            print(f"{catalogue}: skipped ({error})", file=sys.stderr)
            continue
        for unit in units:
            if unit.isheader() or unit.hasplural() or not unit.source or not unit.target:
                continue
            source = str(unit.source)
            if source not in seen:
                seen.add(source)
                pairs.append((source, str(unit.target), catalogue.stem))
    return pairs
