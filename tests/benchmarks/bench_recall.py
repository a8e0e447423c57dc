"""Benchmark: how many typical MT errors the checks find, against translate-toolkit's pofilter.

Real human translations (the machine's message catalogues, as in ``bench_false_alarms.py``)
get one machine-translation error each, of the kinds the brief lists: a sentence boundary
fused ("MonatLaut") or lost ("Monat Laut"), a word fused with a frequent word ("Erdeund"), a
number joined to a word, a stray artifact, a number changed or dropped, a name dropped, the
source left untranslated, a space before punctuation or none after it, doubled punctuation,
a quote or bracket left open, a word repeated, a double space, the final full stop lost.
Each kind is applied to up to ``--per-kind`` units where it fits (seeded, so runs compare);
the words it fuses are the language's most frequent words from wordfreq, not our own tables.

A unit counts as **found** when the mutated unit gets an error or warning the original did
not; for Posteditor also **located** when such an issue's span touches the changed text.
pofilter has no spans: a unit is found when it fails a test the original did not fail.

    .venv/bin/python tests/benchmarks/bench_recall.py [LANG ...] [--per-kind N] [--show KIND]

``--show KIND`` prints the units of that kind Posteditor missed (for reading, not tuning:
every rule must stay general).
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.corpus import catalogue_units  # noqa: E402

# A mutation: (source, target, rng) -> (new target, start, end of the changed text) or None.
Mutation = Callable[[str, str, random.Random], "tuple[str, int, int] | None"]

_BOUNDARY = re.compile(r"(?<=[^\W\d_]{2})([.!?]) (?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,]\d+)?(?![\w])")
_SPACE = re.compile(r"(?<=\S) (?=\S)")


def _pick(rng: random.Random, matches: list[re.Match[str]]) -> re.Match[str] | None:
    return rng.choice(matches) if matches else None


def fused_boundary(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(rng, [m for m in _BOUNDARY.finditer(target) if target[m.end()].isupper()])
    if m is None:
        return None
    return target[: m.start()] + target[m.end() :], m.start() - 2, m.start() + 2


def lost_boundary(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(rng, [m for m in _BOUNDARY.finditer(target) if target[m.end()].isupper()])
    if m is None:
        return None
    return target[: m.start()] + target[m.start() + 1 :], m.start() - 1, m.start() + 2


def missing_space(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(rng, [m for m in _BOUNDARY.finditer(target) if target[m.end()].isupper()])
    if m is None:
        return None
    return target[: m.end() - 1] + target[m.end() :], m.start(), m.start() + 2


def fused_word(frequent: set[str]) -> Mutation:
    def mutate(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
        words = list(_WORD.finditer(target))
        pairs = [
            (a, b)
            for a, b in itertools.pairwise(words)
            if target[a.end() : b.start()] == " "
            and len(a.group()) >= 3
            and a.group().islower()
            and b.group() in frequent
        ]
        if not pairs:
            return None
        a, b = rng.choice(pairs)
        return target[: a.end()] + target[b.start() :], a.start(), b.end() - 1

    return mutate


def number_joined(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(rng, [m for m in re.finditer(r"\d ([^\W\d_]{2,})", target)])
    if m is None:
        return None
    return target[: m.start() + 1] + target[m.start() + 2 :], m.start(), m.end() - 1


_ARTIFACTS = ("{a}-{n}-{a}", "{a}@@", "&quot;", "</{t}>", "▁{w}", "{c}{c}{c}{c}{c}")


def artifact(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    spaces = list(_SPACE.finditer(target))
    if not spaces:
        return None
    m = rng.choice(spaces)
    letters = "".join(rng.choice("bcdfghklmnprstvwxz") for _ in range(3))
    token = rng.choice(_ARTIFACTS).format(
        a=letters, n=rng.randint(1, 9), t=rng.choice("bip"), w=letters, c=rng.choice("x#~")
    )
    return target[: m.end()] + token + " " + target[m.end() :], m.end(), m.end() + len(token)


def number_changed(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    shared = [m for m in _NUMBER.finditer(target) if m.group() in source]
    m = _pick(rng, shared)
    if m is None:
        return None
    digits = [i for i in range(m.start(), m.end()) if target[i].isdigit()]
    i = rng.choice(digits)
    new = str((int(target[i]) + rng.randint(1, 8)) % 10)
    if i == m.start() and new == "0":
        new = "9"
    return target[:i] + new + target[i + 1 :], m.start(), m.end()


def number_dropped(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(
        rng,
        [m for m in _NUMBER.finditer(target) if m.group() in source and target[m.end() : m.end() + 1] == " "],
    )
    if m is None:
        return None
    return target[: m.start()] + target[m.end() + 1 :], m.start() - 1, m.start() + 1


def name_dropped(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    """A capitalised word inside the source sentence (not its first) kept as it is in the
    target, dropped with the space before it."""
    names = [
        m
        for m in re.finditer(r"(?<=[^\W\d_,.;:!?] )[A-Z][a-z]+[A-Z]?[a-z]*\b", target)
        if re.search(rf"(?<=[a-z,] ){m.group()}\b", source)
    ]
    m = _pick(rng, names)
    if m is None:
        return None
    return target[: m.start() - 1] + target[m.end() :], m.start() - 2, m.start()


def untranslated(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    if source == target:
        return None
    return source, 0, len(source)


def untranslated_fragment(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    """A clause left in the source language: five to seven running words of the source put
    in place of as many words of the target."""
    src = [m for m in _WORD.finditer(source)]
    tgt = list(_SPACE.finditer(target))
    if len(src) < 8 or len(tgt) < 8:
        return None
    size = rng.randint(5, 7)
    first = rng.randrange(0, len(src) - size)
    words = src[first : first + size]
    if any(source[a.end() : b.start()] != " " for a, b in itertools.pairwise(words)):
        return None  # only plain running words
    fragment = source[words[0].start() : words[-1].end()]
    at = rng.randrange(1, len(tgt) - 1)
    cut = tgt[at].end()
    return target[:cut] + fragment + " " + target[cut:], cut, cut + len(fragment)


def wrong_quotes(quotes: tuple[tuple[str, str], ...]) -> Mutation:
    """The language's quotation marks replaced by straight ones, as MT often writes them."""
    opener, closer = quotes[0]

    def mutate(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
        if opener == '"':
            return None
        m = _pick(
            rng,
            list(
                re.finditer(
                    rf"{re.escape(opener)}([^{re.escape(opener + closer)}\n]{{1,80}}){re.escape(closer)}",
                    target,
                )
            ),
        )
        if m is None:
            return None
        return target[: m.start()] + '"' + m.group(1) + '"' + target[m.end() :], m.start(), m.end()

    return mutate


def space_before(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(rng, list(re.finditer(r"(?<=[^\W\d_])[.,](?=\s|$)", target)))
    if m is None:
        return None
    return target[: m.start()] + " " + target[m.start() :], m.start(), m.start() + 2


def doubled_punctuation(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(rng, list(re.finditer(r"(?<=[^\W\d_]),(?= )", target)))
    if m is None:
        return None
    return target[: m.start()] + ",," + target[m.end() :], m.start(), m.start() + 2


def unclosed(quotes: tuple[tuple[str, str], ...]) -> Mutation:
    """A quote (in the language's own styles, "»…«" in German) or bracket left open."""
    pairs = [*quotes, ("(", ")"), ("[", "]"), ('"', '"')]

    def mutate(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
        spans = []
        for opener, closer in pairs:
            inside = re.escape(opener + closer)
            spans += re.finditer(rf"{re.escape(opener)}[^{inside}\n]{{2,80}}{re.escape(closer)}", target)
        m = _pick(rng, spans)
        if m is None:
            return None
        end = m.end() - 1
        return target[:end] + target[end + 1 :], m.start(), end

    return mutate


def repeated_word(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(
        rng,
        [m for m in _WORD.finditer(target) if len(m.group()) >= 2 and target[m.end() : m.end() + 1] == " "],
    )
    if m is None:
        return None
    word = m.group()
    return target[: m.end()] + " " + word + target[m.end() :], m.start(), m.end() * 2 - m.start() + 1


def double_space(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    m = _pick(rng, list(_SPACE.finditer(target)))
    if m is None:
        return None
    return target[: m.start()] + " " + target[m.start() :], m.start(), m.start() + 2


def final_stop_lost(source: str, target: str, rng: random.Random) -> tuple[str, int, int] | None:
    if not (source.endswith(".") and target.endswith(".") and not target.endswith("..")):
        return None
    return target[:-1], len(target) - 2, len(target) - 1


def kinds(lang: str) -> dict[str, Mutation]:
    from wordfreq import top_n_list

    from editor.core.langdata import language

    frequent = {w for w in top_n_list(lang, 40) if len(w) >= 2 and w.isalpha()}
    return {
        "fused_boundary": fused_boundary,
        "lost_boundary": lost_boundary,
        "missing_space": missing_space,
        "fused_word": fused_word(frequent),
        "number_joined": number_joined,
        "artifact": artifact,
        "number_changed": number_changed,
        "number_dropped": number_dropped,
        "name_dropped": name_dropped,
        "untranslated": untranslated,
        "untranslated_part": untranslated_fragment,
        "space_before": space_before,
        "doubled_punct": doubled_punctuation,
        "unclosed_pair": unclosed(language(lang).quotes),
        "straight_quotes": wrong_quotes(language(lang).quotes),
        "repeated_word": repeated_word,
        "double_space": double_space,
        "final_stop_lost": final_stop_lost,
    }


def prose(source: str, target: str) -> bool:
    """A sentence or more of running text: what MT is run on."""
    return (
        len(source.split()) >= 6
        and "\n" not in source
        and "%" not in source
        and "{" not in source
        and source[-1:] in ".!?:"
        and target.strip() == target
    )


def _flagged(issues: list) -> set[tuple[str, str]]:
    return {(i.check, i.text) for i in issues if i.severity.name in ("ERROR", "WARNING")}


def ours(
    originals: list[tuple[str, str]], mutated: list[tuple[str, str, int, int]], source_lang: str, lang: str
) -> tuple[list[bool], list[bool], list[list]]:
    from editor.core.checks import build_context
    from editor.core.checks.engine import check_segments
    from editor.core.model import Document, Segment

    def run(pairs: list[tuple[str, str]]) -> list[list]:
        segments = [Segment(id=i, paragraph=i, source=s, mt=t, target=t) for i, (s, t) in enumerate(pairs)]
        document = Document(source_lang, lang, segments)
        found = check_segments(segments, build_context(document))
        by_segment: list[list] = [[] for _ in segments]
        for issue in found:
            by_segment[issue.segment].append(issue)
        return by_segment

    before = run(originals)
    after = run([(s, t) for s, t, _, _ in mutated])
    found, located = [], []
    for old, new, (_, _, start, end) in zip(before, after, mutated, strict=True):
        fresh = [
            i
            for i in new
            if i.severity.name in ("ERROR", "WARNING") and (i.check, i.text) not in _flagged(old)
        ]
        found.append(bool(fresh))
        # an issue on the source side points at what the target lost
        located.append(any(i.side == "source" or (i.start <= end and start <= i.end) for i in fresh))
    return found, located, after


def peer(originals: list[tuple[str, str]], mutated: list[tuple[str, str, int, int]], tmp: Path) -> list[bool]:
    from translate.storage import po as postore

    def run(pairs: list[tuple[str, str]], name: str) -> list[set[str]]:
        store = postore.pofile()
        for i, (s, t) in enumerate(pairs):
            unit = store.addsourceunit(s)
            unit.target = t
            unit.setcontext(str(i))
        path, out = tmp / f"{name}.po", tmp / f"{name}-out.po"
        path.write_bytes(bytes(store))
        pofilter = str(Path(sys.executable).with_name("pofilter"))
        subprocess.run([pofilter, "--progress=none", str(path), str(out)], capture_output=True, check=True)
        failed: list[set[str]] = [set() for _ in pairs]
        if out.exists():
            for unit in postore.pofile.parsefile(str(out)).units:
                if unit.isheader():
                    continue
                tests = {
                    n[11:].split(":")[0]
                    for n in unit.getnotes("translator").splitlines()
                    if n.startswith("(pofilter) ")
                }
                failed[int(unit.getcontext())] = tests
        return failed

    before = run(originals, "original")
    after = run([(s, t) for s, t, _, _ in mutated], "mutated")
    return [bool(new - old) for old, new in zip(before, after, strict=True)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("langs", nargs="*", default=["de", "fr"])
    parser.add_argument("--per-kind", type=int, default=200)
    parser.add_argument("--show", default=None)
    parser.add_argument("--no-peer", action="store_true")
    args = parser.parse_args()
    for lang in args.langs:
        code = lang.split("_")[0]
        units = [(s, t) for s, t, _ in catalogue_units(lang) if prose(s, t)]
        rng = random.Random(11)
        originals: list[tuple[str, str]] = []
        mutated: list[tuple[str, str, int, int]] = []
        kind_of: list[str] = []
        for kind, mutate in kinds(code).items():
            order = list(range(len(units)))
            rng.shuffle(order)
            taken = 0
            for index in order:
                if taken == args.per_kind:
                    break
                source, target = units[index]
                result = mutate(source, target, rng)
                if result is None:
                    continue
                originals.append((source, target))
                mutated.append((source, *result))
                kind_of.append(kind)
                taken += 1
        found, located, issues = ours(originals, mutated, "en", code)
        if args.no_peer:
            peer_found = [False] * len(found)
        else:
            with tempfile.TemporaryDirectory() as name:
                peer_found = peer(originals, mutated, Path(name))
        totals: Counter[str] = Counter(kind_of)
        print(f"\nen-{lang}: {len(units)} prose units, {len(mutated)} mutated")
        print(f"  {'kind':18s} {'units':>5s} {'found':>7s} {'located':>8s} {'pofilter':>9s}")
        for kind in kinds(code):
            n = totals[kind]
            if not n:
                continue
            f = sum(1 for k, x in zip(kind_of, found, strict=True) if k == kind and x)
            loc = sum(1 for k, x in zip(kind_of, located, strict=True) if k == kind and x)
            p = sum(1 for k, x in zip(kind_of, peer_found, strict=True) if k == kind and x)
            print(f"  {kind:18s} {n:5d} {f / n:7.0%} {loc / n:8.0%} {p / n:9.0%}")
        n = len(mutated)
        print(
            f"  {'all':18s} {n:5d} {sum(found) / n:7.0%} {sum(located) / n:8.0%} {sum(peer_found) / n:9.0%}"
        )
        if args.show:
            for k, (s, t, a, b), x, got in zip(kind_of, mutated, located, issues, strict=True):
                if k == args.show and not x:
                    print(f"\n  SRC {s}\n  TGT {t[:a]}⟦{t[a:b]}⟧{t[b:]}")
                    for i in got:
                        print(f"      {i.severity.name} {i.check} {i.text!r}")


if __name__ == "__main__":
    main()
