"""The plain-text pair: a source file and its translation, paragraph by paragraph."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from editor.core.alignment import PARAGRAPH_SHAPES, Bead, align, anchors, anchors_among
from editor.core.errors import FormatError, UsageError
from editor.core.formats.encoding import DecodedText, read_text
from editor.core.formats.pairwork import Cancelled, OriginFields, SegmentFields, segment_all, start_pool
from editor.core.gcpause import gc_paused
from editor.core.langid import guess_language, valid_code
from editor.core.model import Document, TextLayout
from editor.core.segmentation import sentence_bounds, split_paragraphs
from editor.core.spans import Span
from editor.core.text import LineIndex

log = logging.getLogger(__name__)

Progress = Callable[[int, int], bool]
"""Called with (done, total); returning False cancels the import."""


class ImportCancelled(Exception):
    """The caller's progress callback asked to stop."""


@dataclass(frozen=True, slots=True)
class _Side:
    path: str
    decoded: DecodedText
    paragraphs: tuple[Span, ...]
    head: str
    separators: tuple[str, ...]
    lines: LineIndex

    @property
    def text(self) -> str:
        return self.decoded.text


@dataclass
class PairImport:
    """The result of importing a pair: the document and what the user should be told."""

    document: Document
    warnings: list[str] = field(default_factory=list)
    languages_inferred: bool = False


def load_side(path: str | Path) -> _Side:
    """Read one file of the pair and split it into paragraphs."""
    decoded = read_text(path)
    if not decoded.text.strip():
        raise FormatError(path, "the file is empty (no text to align)")
    split = split_paragraphs(decoded.text)
    return _Side(str(path), decoded, split.spans, split.head, split.separators, LineIndex(decoded.text))


def _newline(text: str) -> str:
    if "\r\n" in text:
        return "\r\n"
    if "\r" in text and "\n" not in text:
        return "\r"
    return "\n"


def read_pair(
    source_path: str | Path,
    target_path: str | Path,
    source_lang: str | None = None,
    target_lang: str | None = None,
    progress: Progress | None = None,
) -> PairImport:
    """Import a source file and its translation into an aligned Document."""
    for code in (source_lang, target_lang):
        if code is not None and not valid_code(code):
            raise UsageError(f"not a language code: {code!r} (expected e.g. 'en' or 'de')")
    pool = start_pool(source_path, target_path)
    try:
        with gc_paused():
            return _import(source_path, target_path, source_lang, target_lang, progress, pool)
    finally:
        if pool is not None:
            pool.shutdown(wait=False, cancel_futures=True)


def _import(
    source_path: str | Path,
    target_path: str | Path,
    source_lang: str | None,
    target_lang: str | None,
    progress: Progress | None,
    pool: ProcessPoolExecutor | None,
) -> PairImport:
    src = load_side(source_path)
    tgt = load_side(target_path)
    inferred = source_lang is None or target_lang is None
    s_lang = source_lang or guess_language(src.text)
    t_lang = target_lang or guess_language(tgt.text)
    warnings: list[str] = []
    par_beads = _align_paragraphs(src, tgt)
    for bead in par_beads:
        if bead.kind in ("1-0", "0-1"):
            side, idx = (src, bead.src_start) if bead.kind == "1-0" else (tgt, bead.tgt_start)
            line = side.lines.position(side.paragraphs[idx].start)[0]
            warnings.append(f"{side.path}:{line}: paragraph {idx + 1} has no counterpart in the other file")
    if len(src.paragraphs) != len(tgt.paragraphs):
        warnings.insert(
            0,
            f"{src.path} has {len(src.paragraphs)} paragraphs and {tgt.path} has "
            f"{len(tgt.paragraphs)}: paragraphs were matched by alignment",
        )
    try:
        segments, leads = segment_all(
            src, tgt, par_beads, (s_lang, t_lang), _length_ratio(src, tgt), progress, pool
        )
    except Cancelled:
        raise ImportCancelled() from None
    layout = TextLayout(
        head=tgt.head,
        leads=tuple(leads),
        separators=tgt.separators,
        encoding=tgt.decoded.encoding,
        bom=tgt.decoded.bom,
        newline=_newline(tgt.text),
    )
    doc = Document(
        source_lang=s_lang,
        target_lang=t_lang,
        segments=segments,
        source_name=str(source_path),
        target_name=str(target_path),
        format="text",
        target_layout=layout,
    )
    return PairImport(doc, warnings, inferred)


def _length_ratio(src: _Side, tgt: _Side) -> float:
    """Target/source characters over the whole pair: the length model's expected ratio."""
    s = sum(len(p) for p in src.paragraphs) or 1
    t = sum(len(p) for p in tgt.paragraphs) or 1
    return min(max(t / s, 0.2), 5.0)


def _align_paragraphs(src: _Side, tgt: _Side) -> list[Bead]:
    n, m = len(src.paragraphs), len(tgt.paragraphs)
    if n == m:
        return [Bead(i, i + 1, i, i + 1, 1.0) for i in range(n)]
    src_texts = [p.text(src.text) for p in src.paragraphs]
    tgt_texts = [p.text(tgt.text) for p in tgt.paragraphs]
    src_anchor_sets = [anchors(t) for t in src_texts]
    vocabulary = frozenset().union(*src_anchor_sets)
    band = None if n * m <= 40_000 else max(20, 2 * abs(n - m) + 10)
    return align(
        [len(t) for t in src_texts],
        [len(t) for t in tgt_texts],
        src_anchors=src_anchor_sets,
        tgt_anchors=[anchors_among(t, vocabulary) for t in tgt_texts],
        shapes=PARAGRAPH_SHAPES,
        band=band,
        ratio=_length_ratio(src, tgt),
    )


class _Sentence(NamedTuple):  # a tuple: an import builds one per sentence
    start: int  # absolute offsets in the file text
    end: int
    par: int  # file paragraph index
    last: bool  # last sentence of its paragraph

    def text(self, s: str) -> str:
        return s[self.start : self.end]


def _sentences(side: _Side, pars: range, lang: str) -> list[_Sentence]:
    out: list[_Sentence] = []
    for p in pars:
        par_span = side.paragraphs[p]
        bounds = sentence_bounds(par_span.text(side.text), lang, par_span.start)
        last = len(bounds) - 1
        out.extend(_Sentence(start, end, p, k == last) for k, (start, end) in enumerate(bounds))
    return out


def _breaks(sentences: Sequence[_Sentence]) -> frozenset[int]:
    return frozenset(i for i in range(1, len(sentences)) if sentences[i].par != sentences[i - 1].par)


def segment_bead(
    src: _Side,
    tgt: _Side,
    bead: Bead,
    number: int,
    langs: tuple[str, str],
    ratio: float,
    leads: dict[int, str],
) -> list[SegmentFields]:
    """The segments of one paragraph bead, as ``SegmentFields`` (cheap to send between
    processes; ``pairwork`` numbers them); records each target paragraph's lead in ``leads``."""
    s_sents = _sentences(src, range(bead.src_start, bead.src_end), langs[0])
    t_sents = _sentences(tgt, range(bead.tgt_start, bead.tgt_end), langs[1])
    for p in range(bead.tgt_start, bead.tgt_end):
        first = next(s for s in t_sents if s.par == p)
        leads[p] = tgt.text[tgt.paragraphs[p].start : first.start]
    if len(s_sents) == 1 and len(t_sents) == 1:
        sent_beads = [Bead(0, 1, 0, 1, bead.score)]
    elif not t_sents:
        sent_beads = [Bead(k, k + 1, 0, 0, 0.0) for k in range(len(s_sents))]
    elif not s_sents:
        sent_beads = [Bead(0, 0, k, k + 1, 0.0) for k in range(len(t_sents))]
    else:
        s_texts = [s.text(src.text) for s in s_sents]
        t_texts = [s.text(tgt.text) for s in t_sents]
        s_anchor_sets = [anchors(t) for t in s_texts]
        vocabulary = frozenset().union(*s_anchor_sets)
        sent_beads = align(
            [len(t) for t in s_texts],
            [len(t) for t in t_texts],
            src_anchors=s_anchor_sets,
            tgt_anchors=[anchors_among(t, vocabulary) for t in t_texts],
            src_breaks=_breaks(s_sents),
            tgt_breaks=_breaks(t_sents),
            ratio=ratio,
        )
    fallback_par = bead.tgt_start if bead.tgt_end > bead.tgt_start else None
    segments = []
    for sb in sent_beads:
        s_part = s_sents[sb.src_start : sb.src_end]
        t_part = t_sents[sb.tgt_start : sb.tgt_end]
        source, s_origin = _extract(src, s_part)
        mt, t_origin = _extract(tgt, t_part)
        if t_part:
            last = t_part[-1]
            par_end = tgt.paragraphs[last.par].end
            next_start = par_end if last.last else t_sents[sb.tgt_end].start
            gap = tgt.text[last.end : next_start]
            target_par: int | None = last.par
        else:
            gap, target_par = "", fallback_par
        segments.append((number, source, mt, sb.kind, sb.score, s_origin, t_origin, target_par, gap))
    return segments


def _extract(side: _Side, part: Sequence[_Sentence]) -> tuple[str, OriginFields | None]:
    if not part:
        return "", None
    start, end = part[0].start, part[-1].end
    line, col = side.lines.position(start)
    end_line, end_col = side.lines.position(end)
    return side.text[start:end], (line, col, end_line, end_col)
