"""Making a project from one file: a bilingual file (kept for the round trip) or an MQM TSV
(its annotations become review annotations)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from editor.core.formats.bilingual import read_bilingual, read_head
from editor.core.formats.mqm_tsv import MqmImport, looks_like_mqm_tsv, read_mqm_tsv
from editor.core.model import Document
from editor.core.store import ProjectStore

ORIGINAL = "bilingual"  # the name under which a project keeps its bilingual file
MQM_ROWS = "mqm-tsv rows"  # and the rows of its MQM TSV's system, to write unchanged ones back


@dataclass
class FileImport:
    document: Document
    original: bytes | None = None
    mqm: MqmImport | None = None
    warnings: list[str] = field(default_factory=list)
    languages_inferred: bool = False


def read_file(
    path: str | Path,
    source_lang: str | None = None,
    target_lang: str | None = None,
    system: str | None = None,
) -> FileImport:
    """Read a bilingual file or an MQM TSV (raises FormatError or UsageError)."""
    p = Path(path)
    if looks_like_mqm_tsv(read_head(p).decode("utf-8", "replace")):
        mqm = read_mqm_tsv(p, system, source_lang, target_lang)
        return FileImport(mqm.document, None, mqm, mqm.warnings, mqm.languages_inferred)
    imported = read_bilingual(p, source_lang, target_lang)
    return FileImport(
        imported.document, imported.original, None, imported.warnings, imported.languages_inferred
    )


def save_project(project: str | Path, imported: FileImport) -> None:
    """Write the project: the document, the original file, the imported review."""
    from editor.core.review import save_imported

    with ProjectStore.create(project, imported.document, overwrite=True) as store:
        if imported.original is not None:
            store.set_original(ORIGINAL, imported.original)
        if imported.mqm is not None:
            save_imported(store, imported.mqm.annotations, imported.mqm.ratings)
            store.set_meta("mqm_layout", imported.mqm.layout.to_json())
            store.set_original(MQM_ROWS, imported.mqm.stored_rows())
