"""The one rule: editor.core (and the CLI outside `gui`) never loads Qt."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def test_core_and_cli_do_not_load_qt():
    code = (
        "import sys, pkgutil, importlib, editor.core, editor.cli\n"
        "for m in pkgutil.walk_packages(editor.core.__path__, 'editor.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "editor.cli.build_parser()\n"
        "loaded = [m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6')]\n"
        "print(','.join(loaded))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == ""


def test_import_linter_contracts_hold():
    lint = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    if lint is None:
        pytest.fail("lint-imports is not installed; it comes with the test extra")
    proc = subprocess.run([lint], capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stdout + proc.stderr
