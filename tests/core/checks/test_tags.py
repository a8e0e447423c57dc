"""tag_mismatch, and every other check kept away from tag tokens."""

from __future__ import annotations

import pytest

from editor.core.checks import CheckContext, CheckSettings, check_segment
from editor.core.checks.stats import DocumentStats
from editor.core.model import Segment

CONTEXT = CheckContext("en", "de", CheckSettings(), DocumentStats(segments=1))


def _issues(source: str, target: str, check: str | None = None):
    found = check_segment(Segment(1, 1, source, target, target), CONTEXT)
    return [i for i in found if check is None or i.check == check]


@pytest.mark.parametrize(
    ("source", "target", "messages"),
    [
        ("Open ⟨1⟩the file⟨/1⟩ now.", "Öffnen Sie ⟨1⟩die Datei⟨/1⟩ jetzt.", []),
        ("Press ⟨1/⟩ now.", "Drücken Sie jetzt.", ["Tag of the source missing here: ⟨1/⟩"]),
        ("Press ⟨1/⟩ now.", "Drücken Sie ⟨1/⟩ ⟨1/⟩ jetzt.", ["Tag ⟨1/⟩ is more often than in the source"]),
        ("Press now.", "Drücken Sie ⟨3/⟩ jetzt.", ["Tag ⟨3/⟩ is not in the source"]),
        ("A ⟨1⟩b ⟨2⟩c⟨/2⟩⟨/1⟩.", "A ⟨1⟩b ⟨2⟩c⟨/1⟩⟨/2⟩.", ["Tags out of order: ⟨/1⟩ closes ⟨2⟩ out of order"]),
        ("Plain text.", "Schlichter Text.", []),
    ],
)
def test_tag_mismatch(source, target, messages):
    assert [i.message for i in _issues(source, target, "tag_mismatch")] == messages


def test_extra_tag_points_at_the_token():
    [issue] = _issues("Press now.", "Drücken Sie ⟨3/⟩ jetzt.", "tag_mismatch")
    assert issue.text == "⟨3/⟩"


def test_other_checks_do_not_see_tags():
    # The tag numbers are not numbers, the blanks are not double spaces, the brackets not quotes.
    found = _issues("It costs ⟨1/⟩ 5 euros ⟨2⟩today⟨/2⟩.", "Es kostet ⟨1/⟩ 5 Euro ⟨2⟩heute⟨/2⟩.")
    assert found == []
