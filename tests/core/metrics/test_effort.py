"""Effort: active time with a fake clock (idle pauses not counted), keys, storage, report."""

from __future__ import annotations

from editor.core.effort import EffortLog, EffortRecorder, Key, load_logs, report, save_logs
from editor.core.model import SegmentStatus
from editor.core.store import ProjectStore
from tests.factories import make_document


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_idle_time_is_not_counted() -> None:
    clock = Clock()
    recorder = EffortRecorder(clock, idle=30)
    recorder.enter(1)
    clock.now += 5
    recorder.key(Key.INSERTION)  # 5 s reading, then typing
    clock.now += 2
    recorder.key(Key.DELETION)
    clock.now += 600  # coffee
    recorder.key(Key.NAVIGATION)
    clock.now += 1
    recorder.key(Key.CONTROL)
    clock.now += 3
    recorder.enter(2)  # leaving segment 1 counts the last 3 s
    log = recorder.logs[1]
    assert log.seconds == 11
    assert (log.keystrokes, log.insertions, log.deletions, log.navigation, log.control) == (4, 1, 1, 1, 1)
    assert log.visits == 1 and recorder.logs[2].visits == 1
    recorder.enter(1)
    assert recorder.logs[1].visits == 2


def test_logs_are_stored_in_the_project(tmp_path) -> None:
    path = tmp_path / "p.pedit"
    ProjectStore.create(path, make_document([("a b", "x y")])).close()
    logs = [EffortLog(1, seconds=12.5, visits=2, keystrokes=7, insertions=5, deletions=2)]
    with ProjectStore.open(path) as store:
        save_logs(store, logs)
    with ProjectStore.open(path, readonly=True) as store:
        assert load_logs(store) == {1: logs[0]}


def test_report_leaves_out_matecat_outliers() -> None:
    document = make_document(
        [("one two three four", "x"), ("one two", "y"), ("one two three", "z"), ("a", "b")]
    )
    document.set_target(1, "changed", SegmentStatus.CONFIRMED)
    document.set_target(4, "b", SegmentStatus.CONFIRMED)
    logs = {
        1: EffortLog(1, seconds=8, visits=1, keystrokes=10),  # 2 s/word: counted
        2: EffortLog(2, seconds=0.4, visits=1, keystrokes=1),  # 0.2 s/word: too fast
        3: EffortLog(3, seconds=300, visits=1, keystrokes=3),  # 100 s/word: too slow
        4: EffortLog(4, seconds=2, visits=1, keystrokes=0),  # 2 s/word, accepted as is
    }
    effort = report(document, logs, lambda sid: 5)
    assert effort.seconds_per_word == 2.0 and effort.segments_counted == 2
    assert effort.outliers_left_out == 2
    assert effort.keystrokes_per_edited_char == 14 / 5
    assert effort.accepted_as_is == 1 and effort.unchanged_segments == 3
