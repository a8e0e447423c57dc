"""Imports every check family so that each registers its checks, in display order."""
# ruff: noqa: I001  (the import order is the display order, not alphabetical)

from editor.core.checks import whitespace  # noqa: F401
from editor.core.checks import number_mismatch  # noqa: F401
from editor.core.checks import punctuation  # noqa: F401
from editor.core.checks import named_entity  # noqa: F401
from editor.core.checks import inconsistent_term  # noqa: F401
