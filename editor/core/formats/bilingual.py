"""Bilingual files (XLIFF 1.2 and 2.0, TMX, PO, TSV/CSV): one module per format behind a small
protocol, detection by content, and the round trip.

A reader turns a file into a Document whose segments carry a ``key`` locating them in the file.
The file's bytes are kept in the project; exporting to the same format patches those bytes —
only edited targets and changed states differ — while exporting to another format builds a new
file from the segments.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from editor.core.errors import FormatError
from editor.core.langid import guess_language, normalize_language
from editor.core.model import Document, Segment
from editor.core.positions import Locator

MAX_BILINGUAL_BYTES = 256 * 1024 * 1024


@dataclass
class BilingualImport:
    document: Document
    original: bytes
    warnings: list[str] = field(default_factory=list)
    languages_inferred: bool = False


class BilingualFormat(Protocol):
    name: str  # the format name for ``export --format`` and Document.format
    label: str  # for people: "XLIFF 1.2"
    extensions: tuple[str, ...]

    def detect(self, head: bytes) -> bool:
        """Whether the file's first bytes look like this format."""
        ...

    def read(
        self, path: Path, data: bytes, source_lang: str | None, target_lang: str | None
    ) -> BilingualImport: ...

    def patch(self, original: bytes, document: Document, path: str) -> bytes:
        """The original file with the document's edited targets and changed states."""
        ...

    def build(self, document: Document) -> bytes:
        """A new file of this format from any document."""
        ...


def formats() -> list[BilingualFormat]:
    from editor.core.formats import po, tabular, tmx, xliff2, xliff12

    return [xliff12.FORMAT, xliff2.FORMAT, tmx.FORMAT, po.FORMAT, tabular.FORMAT]


def file_locator(name: str, original: Callable[[], bytes | None]) -> Locator | None:
    """What locates spans in a bilingual file of format ``name`` more exactly than its
    segments' origins (PO: escaped strings split in pieces), built from the file's bytes; None
    when the origins say it all. ``original`` is called only then: a project's kept file may
    be big."""
    if name != "po":
        return None
    data = original()
    if data is None:
        return None
    from editor.core.formats.polayout import PoLayout

    return PoLayout.read(data)


def by_name(name: str) -> BilingualFormat | None:
    for fmt in formats():
        if fmt.name == name:
            return fmt
    return None


def read_head(path: Path, size: int = 8192) -> bytes:
    try:
        with path.open("rb") as f:
            return f.read(size)
    except IsADirectoryError:
        raise FormatError(path, "is a directory, not a file") from None
    except OSError as exc:
        raise FormatError(path, f"cannot read: {exc.strerror or exc}") from None


def detect(path: Path) -> BilingualFormat | None:
    """The format of a file, from its content first and its extension second."""
    head = read_head(path)
    for fmt in formats():
        if fmt.detect(head):
            return fmt
    return None


def read_bilingual(
    path: str | Path, source_lang: str | None = None, target_lang: str | None = None
) -> BilingualImport:
    p = Path(path)
    try:
        size = p.stat().st_size
    except FileNotFoundError:
        raise FormatError(p, "no such file") from None
    except OSError as exc:
        raise FormatError(p, f"cannot read: {exc.strerror or exc}") from None
    if size > MAX_BILINGUAL_BYTES:
        raise FormatError(p, f"file too large ({size:,} bytes; the limit is {MAX_BILINGUAL_BYTES:,})")
    head = read_head(p)
    if not head.strip():
        raise FormatError(p, "empty file")
    fmt = detect(p)
    data = p.read_bytes()
    if fmt is None and _looks_like_xml(head):
        fmt = _by_root(data, p)  # the root element is past the first bytes (a long DOCTYPE)
    if fmt is None:
        raise FormatError(
            p,
            "not a project and not a bilingual file this tool reads (XLIFF 1.2/2.0, TMX, PO, TSV/CSV, "
            "MQM TSV); for plain text give SOURCE TARGET",
        )
    from editor.core.gcpause import gc_paused

    with gc_paused():
        return fmt.read(p, data, source_lang, target_lang)


def _looks_like_xml(head: bytes) -> bool:
    from editor.core.formats.xmlsafe import head_text

    return head_text(head).lstrip(" \t\r\n").startswith("<")


def _by_root(data: bytes, path: Path) -> BilingualFormat | None:
    """Parse (safely: bombs are refused here) and decide by the root element."""
    from editor.core.formats import tmx, xliff2, xliff12
    from editor.core.formats.xmlsafe import local, parse

    root = parse(data, path).getroot()
    name = local(root.tag)
    if name == "xliff":
        return xliff2.FORMAT if root.get("version", "").startswith("2") else xliff12.FORMAT
    if name == "tmx":
        return tmx.FORMAT
    raise FormatError(
        path, f"XML whose root is <{name}>: not a bilingual format this tool reads", line=root.sourceline
    )


def finish(
    path: Path,
    data: bytes,
    segments: list[Segment],
    source_lang: str | None,
    target_lang: str | None,
    name: str,
    nothing: str,
) -> BilingualImport:
    """The import of a file read into ``segments``; languages missing from the file are
    guessed from the text (and reported as inferred); ``nothing`` says what an empty file lacks."""
    if not segments:
        raise FormatError(path, nothing)
    inferred = not (source_lang and target_lang)
    if not source_lang:
        source_lang = guess_language(" ".join(s.source for s in segments[:200]))
    if not target_lang:
        target_lang = guess_language(" ".join(s.target for s in segments[:200]))
    document = Document(
        normalize_language(source_lang), normalize_language(target_lang), segments, str(path), str(path), name
    )
    return BilingualImport(document, data, [], inferred)


def key(*parts: object) -> str:
    """A segment's place in its file, e.g. file 1, unit "u7", segment "s2" (compared, never parsed)."""
    return "\x1f".join(str(part) for part in parts)


def unique_key(keys: set[str], key: str, path: Path, line: int | None, what: str) -> None:
    if key in keys:
        raise FormatError(path, f"duplicate {what}", line=line)
    keys.add(key)
