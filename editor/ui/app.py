"""Starting the window: the demo project on first start, a project, or a source/target pair."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox, QWidget

from editor.core.errors import EditorError
from editor.core.formats.mqm_tsv import SystemChoiceNeeded
from editor.core.formats.plaintext import read_pair
from editor.core.importing import read_file, save_project
from editor.core.store import PROJECT_SUFFIX, ProjectStore, is_project_file
from editor.core.text import counted
from editor.ui.main_window import MainWindow
from editor.ui.session import Session
from editor.ui.theme import stylesheet
from editor.ui.widgets.pair_dialog import PairDialog, same_file
from editor.ui.workers import BackgroundJob

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
DEMO_SOURCE = SEEDS / "eu-supercomputers.en.txt"
DEMO_TARGET = SEEDS / "eu-supercomputers.de-mt.txt"


def data_dir() -> Path:
    """Where the demo project lives: POSTEDITOR_DATA_DIR, else the user's data directory."""
    override = os.environ.get("POSTEDITOR_DATA_DIR")
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("posteditor", appauthor=False))


def demo_project() -> Path:
    """The demo project, created from the seed article on first start."""
    path = data_dir() / "demo.pedit"
    if not path.exists():
        if not (DEMO_SOURCE.exists() and DEMO_TARGET.exists()):
            raise EditorError(f"the demo article is missing: {SEEDS}")
        path.parent.mkdir(parents=True, exist_ok=True)
        document = read_pair(DEMO_SOURCE, DEMO_TARGET, "en", "de").document
        ProjectStore.create(path, document, overwrite=False).close()
    return path


class Launcher(QObject):
    """Keeps one window open at a time; opens projects and imports pairs in the background."""

    def __init__(self, settings: QSettings) -> None:
        super().__init__()
        self.settings = settings
        self.window: MainWindow | None = None
        self.job: BackgroundJob | None = None  # the import or opening under way
        self.notice: QMessageBox | None = None  # what the last import warned about

    def open_project(self, path: str | Path) -> MainWindow | None:
        """Open a project (a bilingual file is imported, or its project reopened). The project
        already open only comes to the front; one that cannot be opened gets an error dialog."""
        path = Path(path)
        if self.is_open(path):
            return self._bring_to_front()
        if is_bilingual_file(path):
            self.open_file(path)  # import it (or reopen its project)
            return None
        try:
            session = Session.open(path)
        except EditorError as exc:
            self._error("Cannot open the project", str(exc))
            return None
        return self.show(session)

    def show(self, session: Session) -> MainWindow:
        """A window for the opened ``session``, in place of the one open before."""
        previous = self.window
        self.window = MainWindow(session, self.settings)
        self.window.openRequested.connect(self.open_project)
        self.window.newFromPairRequested.connect(self.ask_pair)
        self.window.show()
        if previous is not None:
            previous.close()
            previous.session.close()
        self.window.check_all()
        first = self.window.proxy.index(0, 2)
        if first.isValid():
            self.window.table.setCurrentIndex(first)
        return self.window

    def is_open(self, path: Path) -> bool:
        """Whether ``path`` is the project open in the window."""
        return self.window is not None and same_file(path, self.window.session.path)

    def _bring_to_front(self) -> MainWindow:
        assert self.window is not None
        self.window.raise_()
        self.window.activateWindow()
        self.window.statusBar().showMessage(f"{self.window.session.path.name} is already open", 4000)
        return self.window

    def import_pair(
        self, source: Path, target: Path, source_lang: str | None, target_lang: str | None, project: Path
    ) -> BackgroundJob | None:
        """Import in the background (progress, cancel), then open the new project (never into
        the project open in the window)."""
        if self.is_open(project):
            self._error("Import failed", f"{project} is the project open in this window")
            return None

        def job(progress: object) -> tuple[Path, list[str]]:
            imported = read_pair(source, target, source_lang, target_lang, progress)  # type: ignore[arg-type]
            ProjectStore.create(project, imported.document).close()
            return project, imported.warnings

        self.job = BackgroundJob(f"Importing {target.name}…", job, self.window)
        self.job.done.connect(self._imported)
        self.job.failed.connect(lambda exc: self._error("Import failed", str(exc)))
        self.job.start()
        return self.job

    def open_file(self, path: Path, system: str | None = None) -> BackgroundJob | None:
        """A bilingual file or MQM TSV: reopen its project next to it, or import it there. An
        MQM TSV with several systems asks which one (a project per system)."""
        if system is None:
            project = path.with_suffix(".pedit")
        else:
            safe = re.sub(r"[^\w.-]+", "_", system)
            project = path.with_name(f"{path.stem}.{safe}.pedit")
        if same_file(project, path):  # never import a file into itself
            self._error("Cannot open the file", f"{path}: not a Posteditor project")
            return None
        if project.exists():
            self.open_project(project)
            return None

        def job(progress: object) -> tuple[Path, list[str]]:
            imported = read_file(path, system=system)
            save_project(project, imported)
            return project, imported.warnings

        self.job = BackgroundJob(f"Importing {path.name}…", job, self.window)
        self.job.done.connect(self._imported)
        self.job.failed.connect(lambda exc: self._import_failed(path, exc))
        self.job.start()
        return self.job

    def _imported(self, result: tuple[Path, list[str]]) -> None:
        """Open the imported project and tell what the import warned about (the command line
        prints the same warnings)."""
        project, warnings = result
        window = self.open_project(project)
        if window is not None and warnings:
            self.notice = import_notice(window, warnings)

    def _import_failed(self, path: Path, exc: object) -> None:
        if isinstance(exc, SystemChoiceNeeded):
            system, ok = QInputDialog.getItem(
                self.window,
                "Choose a system",
                f"{path.name} holds several systems' translations. Review:",
                exc.systems,
                0,
                False,
            )
            if ok and system:
                self.open_file(path, system)
            elif self.window is None:
                QApplication.instance().quit()  # type: ignore[union-attr]
            return
        self._error("Import failed", str(exc))

    def ask_pair(self) -> None:
        dialog = PairDialog(self.window, self.window.session.path if self.window else None)
        if dialog.exec():
            source, target, source_lang, target_lang, project = dialog.values()
            self.import_pair(source, target, source_lang, target_lang, project)

    def _error(self, title: str, message: str) -> None:
        parent: QWidget | None = self.window
        QMessageBox.critical(parent, title, message)
        if self.window is None:
            QApplication.instance().quit()  # type: ignore[union-attr]


def import_notice(window: MainWindow, warnings: list[str]) -> QMessageBox:
    """The import's warnings (unmatched paragraphs, …): in the status bar and in a notice that
    does not block the window."""
    more = f" (and {counted(len(warnings) - 1, 'more warning')})" if len(warnings) > 1 else ""
    window.statusBar().showMessage(f"Import: {warnings[0]}{more}", 15000)
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        "Imported with warnings",
        "\n\n".join(warnings),
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.setModal(False)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.show()
    return box


def is_bilingual_file(path: Path) -> bool:
    """A file to import rather than open: not a project (neither an SQLite file nor named .pedit,
    so a damaged project is reported as one instead of being imported into itself)."""
    return path.is_file() and path.suffix.lower() != PROJECT_SUFFIX and not is_project_file(path)


# Background jobs (checking, metrics) are Python threads: the GUI thread waits for the GIL up to
# this long each time it wants it back. Python's default (5 ms) shows up in keystroke latency.
GIL_SWITCH_SECONDS = 0.001


def make_application(argv: list[str] | None = None) -> QApplication:
    sys.setswitchinterval(GIL_SWITCH_SECONDS)
    app = QApplication.instance() or QApplication(argv or [sys.argv[0]])
    assert isinstance(app, QApplication)
    app.setApplicationName("Posteditor")
    app.setOrganizationName("Posteditor")
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    return app


def run_app(inputs: list[str], source_lang: str | None = None, target_lang: str | None = None) -> int:
    """``posteditor gui``: no input opens the demo; a project; SOURCE TARGET (imported into
    TARGET.pedit next to the target file, or reopened if that project exists); or a bilingual
    file or MQM TSV (imported into FILE.pedit next to it, or reopened)."""
    app = make_application()
    launcher = Launcher(QSettings())
    if len(inputs) == 2:
        source, target = Path(inputs[0]), Path(inputs[1])
        project = target.with_suffix(".pedit")
        if project.exists():
            launcher.show(Session.open(project))
        else:
            QTimer.singleShot(
                0, lambda: launcher.import_pair(source, target, source_lang, target_lang, project)
            )
    elif inputs and is_bilingual_file(Path(inputs[0])):
        QTimer.singleShot(0, lambda: launcher.open_file(Path(inputs[0])))
    else:
        # A project that cannot be opened (missing, damaged, in use) raises EditorError: the
        # command line prints it and exits 2 before any window shows.
        launcher.show(Session.open(Path(inputs[0]) if inputs else demo_project()))
    code = app.exec()
    if launcher.window is not None:
        launcher.window.session.close()
    return code
