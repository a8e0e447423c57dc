"""Check settings and ignored issues as users change them (window dialog, `posteditor config`)."""

from __future__ import annotations

import pytest

from editor.core.checks import CheckSettings, Severity, build_context, check_document
from editor.core.checks.persist import ignore, load_ignored, load_settings
from editor.core.errors import UsageError
from editor.core.qa_settings import (
    changed_settings,
    check_choices,
    ignored_issues,
    parse_severity,
    select_ignored,
    store_settings,
    unignore,
)
from editor.core.store import ProjectStore

WARN, ERR, INFO = Severity.WARNING, Severity.ERROR, Severity.INFO

# (start from, change, disabled after, overrides after)
CHANGES = [
    (CheckSettings(), {"disable": ["merged_token"]}, {"merged_token"}, {}),
    (CheckSettings(disabled=frozenset({"merged_token"})), {"enable": ["merged_token"]}, set(), {}),
    (CheckSettings(), {"severities": {"punctuation": INFO}}, set(), {"punctuation": INFO}),
    (CheckSettings(severities={"punctuation": INFO}), {"severities": {"punctuation": None}}, set(), {}),
    (CheckSettings(), {"severities": {"merged_token": ERR}}, set(), {}),  # its own severity: no override
    (
        CheckSettings(disabled=frozenset({"whitespace"}), severities={"named_entity": ERR}),
        {"disable": ["punctuation"], "severities": {"whitespace": INFO}},
        {"whitespace", "punctuation"},
        {"named_entity": ERR, "whitespace": INFO},
    ),
]


@pytest.mark.parametrize(("start", "change", "disabled", "overrides"), CHANGES)
def test_changed_settings(start, change, disabled, overrides):
    settings = changed_settings(start, **change)
    assert settings.disabled == disabled
    assert dict(settings.severities) == overrides


def test_an_unknown_check_is_named():
    with pytest.raises(UsageError, match="unknown check 'fused'.*merged_token"):
        changed_settings(CheckSettings(), disable=["fused"])


def test_choices_list_every_check_with_its_state():
    choices = {
        c.id: c for c in check_choices(CheckSettings(frozenset({"whitespace"}), {"punctuation": INFO}))
    }
    assert not choices["whitespace"].enabled and choices["merged_token"].enabled
    assert (choices["punctuation"].severity, choices["punctuation"].default) == (INFO, WARN)
    assert all(c.name and c.description for c in choices.values())


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("punctuation=info", ("punctuation", INFO)),
        (" whitespace = ERROR ", ("whitespace", ERR)),
        ("whitespace=default", ("whitespace", None)),
    ],
)
def test_parse_severity(spec, expected):
    assert parse_severity(spec) == expected


@pytest.mark.parametrize("spec", ["punctuation", "=info", "punctuation=", "punctuation=fatal"])
def test_parse_severity_refuses(spec):
    with pytest.raises(UsageError):
        parse_severity(spec)


IGNORED = {2: {("merged_token", "aa"), ("punctuation", "bb")}, 5: {("merged_token", "cc")}}


@pytest.mark.parametrize(
    ("spec", "expected"),
    [
        ("all", [(2, "merged_token", "aa"), (2, "punctuation", "bb"), (5, "merged_token", "cc")]),
        ("2", [(2, "merged_token", "aa"), (2, "punctuation", "bb")]),
        ("2:punctuation", [(2, "punctuation", "bb")]),
        ("5:merged_token:cc", [(5, "merged_token", "cc")]),
    ],
)
def test_select_ignored(spec, expected):
    assert select_ignored(IGNORED, spec) == expected


@pytest.mark.parametrize("spec", ["3", "2:whitespace", "x:merged_token", "2:a:b:c", ""])
def test_select_ignored_refuses_what_matches_nothing(spec):
    with pytest.raises(UsageError):
        select_ignored(IGNORED, spec)


def test_settings_and_ignored_issues_round_trip(tmp_path, seed_document):
    path = tmp_path / "p.pedit"
    with ProjectStore.create(path, seed_document) as store:
        store_settings(
            store, changed_settings(CheckSettings(), disable=["whitespace"], severities={"punctuation": INFO})
        )
        context = build_context(seed_document, load_settings(store))
        first = next(i for i in check_document(seed_document, context) if i.check == "merged_token")
        ignore(store, first)
    with ProjectStore.open(path) as store:
        settings = load_settings(store)
        assert settings.disabled == {"whitespace"} and dict(settings.severities) == {"punctuation": INFO}
        ignored = load_ignored(store)
        [listed] = ignored_issues(seed_document, build_context(seed_document, settings), ignored)
        assert (listed.segment, listed.check, listed.issue) == (first.segment, "merged_token", first)
        unignore(store, [listed.key])
        assert load_ignored(store) == {}


def test_an_ignored_issue_whose_text_changed_is_still_listed(seed_document):
    document = seed_document
    context = build_context(document)
    [listed] = ignored_issues(document, context, {3: {("merged_token", "0123456789abcdef")}})
    assert listed.issue is None and listed.key == (3, "merged_token", "0123456789abcdef")
    [gone] = ignored_issues(document, context, {999: {("merged_token", "x")}})
    assert gone.issue is None


def test_a_check_turned_off_still_names_its_ignored_issues(seed_document):
    issue = next(i for i in check_document(seed_document) if i.check == "merged_token")
    context = build_context(seed_document, CheckSettings(disabled=frozenset({"merged_token"})))
    [listed] = ignored_issues(seed_document, context, {issue.segment: {(issue.check, issue.fingerprint)}})
    assert listed.issue == issue
