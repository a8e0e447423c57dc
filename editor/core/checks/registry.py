"""The registry of checks, in the order they are shown to users."""

from __future__ import annotations

from editor.core.checks.base import Check

# Filled by each check family's module via ``register``; import order fixes display order.
_CHECKS: dict[str, Check] = {}


def register(cls: type[Check]) -> type[Check]:
    """Class decorator: add one instance of ``cls`` to the registry under its id."""
    if cls.id in _CHECKS:
        raise ValueError(f"check id {cls.id!r} registered twice")
    _CHECKS[cls.id] = cls()
    return cls


def _load() -> None:
    # Check families register themselves on import.
    from editor.core.checks import families  # noqa: F401


def all_checks() -> list[Check]:
    _load()
    return list(_CHECKS.values())


def get_check(check_id: str) -> Check:
    _load()
    try:
        return _CHECKS[check_id]
    except KeyError:
        known = ", ".join(sorted(_CHECKS))
        raise KeyError(f"unknown check {check_id!r} (known: {known})") from None
