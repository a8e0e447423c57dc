"""Imports every check family so that each registers its checks, in display order."""
# ruff: noqa: I001  (the import order is the display order, not alphabetical)

from editor.core.checks import merged_token  # noqa: F401
from editor.core.checks import boundary  # noqa: F401
from editor.core.checks import artifacts  # noqa: F401
from editor.core.checks import number_mismatch  # noqa: F401
from editor.core.checks import punctuation  # noqa: F401
from editor.core.checks import whitespace  # noqa: F401
from editor.core.checks import untranslated  # noqa: F401
from editor.core.checks import repeated_word  # noqa: F401
from editor.core.checks import agreement  # noqa: F401
from editor.core.checks import named_entity  # noqa: F401
from editor.core.checks import negation  # noqa: F401
from editor.core.checks import lost_qualifier  # noqa: F401
from editor.core.checks import lost_list_item  # noqa: F401
from editor.core.checks import inconsistent_term  # noqa: F401
from editor.core.checks import length_ratio  # noqa: F401
from editor.core.checks import tags  # noqa: F401
from editor.core.checks import placeholders  # noqa: F401
