"""Every model passes Qt's model tester, before and after edits."""

from __future__ import annotations

from editor.ui.models.issues import IssueFilter, IssueListModel
from editor.ui.models.segments import SegmentFilter, SegmentTableModel


def test_segment_models(qtmodeltester, window):
    qtmodeltester.check(window.model)
    window.proxy.set_mode(SegmentFilter.WITH_ISSUES)
    qtmodeltester.check(window.proxy)
    window.session.set_target(2, "Neu.")
    qtmodeltester.check(window.model)
    fresh = SegmentTableModel(window.session)
    qtmodeltester.check(fresh)


def test_issue_models(qtmodeltester, window):
    model = IssueListModel(window.session)
    qtmodeltester.check(model)
    before = model.rowCount()
    window.session.set_target(2, "Ein Satz ohne Fehler.")  # the segment's rows are replaced in place
    assert model.rowCount() < before
    assert [model.issue(r).segment for r in range(model.rowCount())] == sorted(
        model.issue(r).segment for r in range(model.rowCount())
    )
    proxy = IssueFilter()
    proxy.setSourceModel(model)
    proxy.set_severity("error")
    qtmodeltester.check(proxy)
    assert all(proxy.index(r, 1).data() == "error" for r in range(proxy.rowCount()))
