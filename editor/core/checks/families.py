"""Imports every check family so that each registers its checks, in display order."""

from editor.core.checks import whitespace  # noqa: F401
