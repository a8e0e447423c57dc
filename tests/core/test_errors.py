"""Errors keep what the user needs when they cross from a worker process to the parent."""

from __future__ import annotations

import pickle

import pytest

from editor.core.errors import FormatError, ProjectError, ProjectInUseError, TagMismatchError, UsageError


@pytest.mark.parametrize(
    "error",
    [
        FormatError("a.txt", "not UTF-8", line=3, offset=17),
        FormatError("b.xlf", "malformed XML"),
        ProjectError("p.pedit", "corrupt project: 'lost'"),
        ProjectInUseError("p.pedit", "open in another window"),
        UsageError("--fail-on: unknown severity"),
        TagMismatchError("p.pedit", "XLIFF 1.2", ((3, "segment 3 (job.xlf:14)", "⟨1/⟩ missing"),)),
    ],
)
def test_errors_survive_pickling(error):
    again = pickle.loads(pickle.dumps(error))
    assert type(again) is type(error)
    assert str(again) == str(error)
    assert vars(again) == vars(error)
