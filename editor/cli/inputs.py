"""Turning command-line input paths into a Document: a project, a pair, or a bilingual file."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from editor.core.errors import EditorError, FormatError, UsageError
from editor.core.model import Document
from editor.core.store import ProjectStore, is_project_file

if TYPE_CHECKING:  # the readers are imported when used: a command on a project needs none
    from editor.core.formats.mqm_tsv import MqmImport
    from editor.core.review import Review


@dataclass
class LoadedInput:
    """A document from the command line, with the project it came from (read-only) if any."""

    document: Document
    store: ProjectStore | None = None
    warnings: list[str] = field(default_factory=list)
    languages_inferred: bool = False  # one of them at least
    mqm: MqmImport | None = None  # annotations of an imported MQM TSV
    original: bytes | None = None  # a bilingual file's bytes, for the round trip
    languages_given: tuple[bool, bool] = (False, False)  # by --source-lang, --target-lang

    def review(self) -> Review | None:
        """Review annotations carried by a bilingual input (None: read them from the project)."""
        from editor.core.review import Review

        if self.mqm is None:
            return None
        return Review.of_imported(self.mqm.annotations, self.mqm.ratings)

    @property
    def target_file(self) -> str:
        return str(self.store.path) if self.store else self.document.target_name

    def close(self) -> None:
        if self.store is not None:
            self.store.close()


# The arguments that name files, and how a message calls them.
PATH_ARGUMENTS = {
    "inputs": "an input",
    "source": "the source",
    "target": "the target",
    "project": "the project",
    "mt": "--mt",
    "pe": "--pe",
    "output": "-o",
}


def refuse_empty_paths(args: argparse.Namespace) -> None:
    """An empty path ('' from an unset shell variable) would be read as the current folder."""
    for name, label in PATH_ARGUMENTS.items():
        value = getattr(args, name, None)
        if value == "" or (isinstance(value, list) and "" in value):
            raise UsageError(f"an empty path was given for {label}")


def normalize_languages(args: argparse.Namespace) -> None:
    """``--source-lang``/``--target-lang`` as the codes the core uses: any case, a region or
    script left out (said on stderr); a code that names no language is refused."""
    from editor.core.langid import language_code

    for option in ("source_lang", "target_lang"):
        given = getattr(args, option, None)
        if given is None:
            continue
        flag = "--" + option.replace("_", "-")
        try:
            code = language_code(given)
        except ValueError as exc:
            raise UsageError(f"{flag}: {exc}") from None
        if "-" in given.strip().replace("_", "-"):  # a region or script, left out
            print(
                f"posteditor: {flag} {given} is read as {code} (regions and scripts are not used)",
                file=sys.stderr,
            )
        setattr(args, option, code)


def add_language_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--source-lang", metavar="LANG", help="source language (ISO 639-1 or 639-3, e.g. en)")
    parser.add_argument("--target-lang", metavar="LANG", help="target language (ISO 639-1 or 639-3, e.g. de)")
    parser.add_argument(
        "--system", metavar="NAME", help="an MQM TSV with several systems: the system to load"
    )


def load(paths: list[str], args: argparse.Namespace, *, allow_project: bool = True) -> LoadedInput:
    """Open one project or bilingual file, or import a SOURCE TARGET pair."""
    loaded = _load(paths, args, allow_project)
    loaded.languages_given = (
        getattr(args, "source_lang", None) is not None,
        getattr(args, "target_lang", None) is not None,
    )
    return loaded


def _load(paths: list[str], args: argparse.Namespace, allow_project: bool) -> LoadedInput:
    from editor.core.formats.plaintext import read_pair
    from editor.core.importing import read_file

    if len(paths) == 2:
        _refuse_projects_in_pair(paths)
        result = read_pair(
            paths[0], paths[1], getattr(args, "source_lang", None), getattr(args, "target_lang", None)
        )
        return LoadedInput(result.document, None, result.warnings, result.languages_inferred)
    if len(paths) != 1:
        raise UsageError(f"expected a project, a bilingual file, or SOURCE TARGET; got {len(paths)} paths")
    path = Path(paths[0])
    if not path.exists():
        raise FormatError(path, "no such file")
    if is_project_file(path):
        if not allow_project:
            raise UsageError(f"{path} is already a project")
        store = ProjectStore.open(path, readonly=True)
        return LoadedInput(store.load_document(), store)
    if path.is_file():
        imported = read_file(
            path,
            getattr(args, "source_lang", None),
            getattr(args, "target_lang", None),
            getattr(args, "system", None),
        )
        return LoadedInput(
            imported.document,
            None,
            imported.warnings,
            imported.languages_inferred,
            imported.mqm,
            imported.original,
        )
    raise FormatError(path, "not a file")


def refuse_writing_an_input(output: str, inputs: list[str]) -> None:
    """Refuse an output that is one of the inputs (by name, symlink or hard link): writing it
    would destroy what is being read, e.g. the MT file replaced by the project made from it."""
    for path in inputs:
        try:
            same = os.path.samefile(output, path)
        except OSError:  # one of them does not exist (yet): not the same file
            continue
        if same:
            raise UsageError(f"{output} is an input of this command ({path}); choose another output file")


def _refuse_projects_in_pair(paths: list[str]) -> None:
    """A project given as half of a pair would be read as text and refused as binary data: say
    what is wrong instead."""
    for path in paths:
        if is_project_file(path):
            raise UsageError(
                f"{path} is a project: give one project, or a plain-text SOURCE TARGET pair "
                f"(got {len(paths)} paths)"
            )


def group_inputs(paths: list[str]) -> list[list[str]]:
    """The inputs of a command that takes several, in the order given: a project or a bilingual
    file stands alone; any other file is plain text and takes the next path as its TARGET
    (unless that is a project). A lone path stays alone: reading it says what is wrong."""
    groups: list[list[str]] = []
    k = 0
    while k < len(paths):
        if k + 1 < len(paths) and not _stands_alone(paths[k]) and not is_project_file(paths[k + 1]):
            groups.append(paths[k : k + 2])
            k += 2
        else:
            groups.append([paths[k]])
            k += 1
    return groups


def _stands_alone(path: str) -> bool:
    """Whether a path is a project or a bilingual file (detected by content, as a read does)."""
    from editor.core.formats.bilingual import detect, read_head
    from editor.core.formats.mqm_tsv import looks_like_mqm_tsv

    if not path or not Path(path).is_file():  # a FIFO would block here; a missing file is text
        return False
    if is_project_file(path):
        return True
    try:
        head = read_head(Path(path))
        return detect(Path(path)) is not None or looks_like_mqm_tsv(head.decode("utf-8", "replace"))
    except EditorError:
        return False


def report(loaded: LoadedInput) -> None:
    """Tell the user, on stderr, what they should know about the import."""
    for warning in loaded.warnings:
        print(f"posteditor: warning: {warning}", file=sys.stderr)
    if not loaded.languages_inferred:
        return
    doc = loaded.document
    source_given, target_given = loaded.languages_given
    if not (source_given or target_given):
        print(
            f"posteditor: languages inferred: {doc.source_lang} -> {doc.target_lang} "
            "(set --source-lang/--target-lang to override)",
            file=sys.stderr,
        )
        return
    inferred = "(inferred; set --{}-lang to override)"
    source = f"{doc.source_lang} " + ("(given)" if source_given else inferred.format("source"))
    target = f"{doc.target_lang} " + ("(given)" if target_given else inferred.format("target"))
    print(f"posteditor: languages: {source} -> {target}", file=sys.stderr)
