"""Times shown to people are local, with the zone (issue 14, item 12)."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from ui.local_time import NOT_RECORDED, local_time


@pytest.fixture
def chicago(monkeypatch):
    monkeypatch.setenv("TZ", "America/Chicago")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_a_utc_time_is_shown_in_the_local_zone(chicago):
    assert local_time(dt.datetime(2027, 1, 15, 18, 5, tzinfo=dt.UTC)) == "2027-01-15 12:05 CST"
    assert local_time("2027-07-15T18:05:00+00:00") == "2027-07-15 13:05 CDT"


def test_a_naive_time_is_local_already_and_nothing_is_said_as_nothing(chicago):
    assert local_time("2027-01-15T09:30:00") == "2027-01-15 09:30 CST"
    assert local_time("") == NOT_RECORDED and local_time(None) == NOT_RECORDED
    assert local_time("yesterday") == "yesterday"  # not a time: shown as it is


def test_signatures_and_recovery_files_say_the_local_time(chicago, make_window, qtbot):
    from factories import ready_plan
    from PySide6.QtWidgets import QLabel

    from wizard import signing
    from wizard.plan import SignatureMethod
    from wizard.steps import Step

    w = make_window(None)
    plan = signing.sign(ready_plan(), 0, method=SignatureMethod.typed,
                        when=dt.datetime(2027, 1, 15, 18, 5, tzinfo=dt.UTC))
    w.start_with(plan, None)
    w.go_to(Step.signoff)
    page = w.pages[Step.signoff]
    page.refresh()
    texts = [lab.text() for lab in page.findChildren(QLabel) if lab.text().startswith("Signed (typed)")]
    assert texts and "2027-01-15 12:05 CST" in texts[0] and "UTC" not in texts[0]

    w.doc._set_dirty(True)
    w.doc.write_recovery()
    w.start_page.refresh()
    item = w.start_page.recover.item(0).text()
    assert item.split("autosaved ", 1)[1].endswith(("CST", "CDT"))
