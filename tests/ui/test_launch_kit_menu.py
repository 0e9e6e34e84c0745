"""File ▸ Launch Kit: the meeting calendar and the data workbook of the open plan."""

from __future__ import annotations

import icalendar
import openpyxl

from ui import dialogs
from wizard.launch import calendar as calmod
from wizard.launch.datasheet import NEVER


def _kit_action(w, text: str):
    file_menu = w.menuBar().actions()[0].menu()
    kit = next(a.menu() for a in file_menu.actions() if a.menu() is not None and a.text() == "&Launch Kit")
    return next(a for a in kit.actions() if a.text() == text)


def test_menu_writes_the_calendar_of_the_open_plan(window, tmp_path, monkeypatch):
    w = window  # mid-city: supervision weekly, case review monthly, committee quarterly
    target = tmp_path / "mid.ics"
    asked, told = [], []
    monkeypatch.setattr(calmod, "local_zone_name", lambda: "America/Chicago")
    monkeypatch.setattr(dialogs, "choose_calendar_path", lambda parent, suggested: asked.append(suggested) or target)
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append((title, text)))
    _kit_action(w, "Meeting &Calendar (.ics)…").trigger()
    assert asked and asked[0].endswith(".ics")
    cal = icalendar.Calendar.from_ical(target.read_bytes())
    rules = {str(e["summary"]).split(":")[0]: e["rrule"].to_ical() for e in cal.walk("VEVENT") if "rrule" in e}
    # the series end with the agreement's 36-month term from 1 January 2027 (renewed only in writing)
    until = "UNTIL=20300101T055959Z;"
    assert rules == {"Clinical supervision": f"FREQ=WEEKLY;{until}BYDAY=TU".encode(),
                     "Joint case review": f"FREQ=MONTHLY;{until}BYDAY=1WE".encode(),
                     "Planning committee meeting": f"FREQ=MONTHLY;{until}INTERVAL=3;BYDAY=1TH".encode()}
    ends = [e.decoded("dtstart") for e in cal.walk("VEVENT") if str(e["summary"]).startswith("End of term")]
    assert [d.isoformat() for d in ends] == ["2029-12-31"]
    assert told and told[0][0] == "Meeting calendar saved" and "America/Chicago" in told[0][1]
    assert "End of term: left out" not in told[0][1]
    assert "mid.ics" in w.statusBar().currentMessage()


def test_menu_calendar_follows_an_edit_not_yet_saved(window, tmp_path, monkeypatch):
    from wizard.enums import Cadence

    w = window
    w.doc.plan.governance.committee_cadence = Cadence.none
    target = tmp_path / "c.ics"
    told = []
    monkeypatch.setattr(dialogs, "choose_calendar_path", lambda *_a: target)
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append(text))
    _kit_action(w, "Meeting &Calendar (.ics)…").trigger()
    summaries = [str(e["summary"]) for e in icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")]
    assert not any(s.startswith("Planning committee") for s in summaries)
    assert "Planning committee meeting: left out" in told[0]


def test_menu_writes_the_data_workbook(window, tmp_path, monkeypatch):
    w = window
    target = tmp_path / "mid.xlsx"
    monkeypatch.setattr(dialogs, "choose_workbook_path", lambda parent, suggested: target)
    _kit_action(w, "&Data Workbook (.xlsx)…").trigger()
    wb = openpyxl.load_workbook(target)
    assert wb.sheetnames == ["Instructions", "Contact log", "Baseline", "Lists"]
    assert all(ws["A1"].value == NEVER for ws in wb.worksheets)
    assert any(dv.type == "list" for dv in wb["Contact log"].data_validations.dataValidation)
    assert "mid.xlsx" in w.statusBar().currentMessage()


def test_cancel_writes_nothing_and_a_failed_write_is_reported(window, tmp_path, monkeypatch):
    w = window
    monkeypatch.setattr(dialogs, "choose_workbook_path", lambda *_a: None)
    _kit_action(w, "&Data Workbook (.xlsx)…").trigger()
    assert list(tmp_path.glob("*.xlsx")) == []
    errors = []
    monkeypatch.setattr(dialogs, "choose_calendar_path", lambda *_a: tmp_path / "missing" / "x.ics")
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append((title, text)))
    _kit_action(w, "Meeting &Calendar (.ics)…").trigger()
    assert errors and errors[0][0] == "Could not save the meeting calendar"
    assert "x.ics" in errors[0][1] and "Nothing was written" in errors[0][1]


def test_on_the_start_page_it_asks_for_a_plan_first(make_window, monkeypatch):
    w = make_window(None)
    told = []
    monkeypatch.setattr(dialogs, "show_info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(dialogs, "choose_calendar_path", lambda *_a: (_ for _ in ()).throw(AssertionError("asked")))
    _kit_action(w, "Meeting &Calendar (.ics)…").trigger()
    assert told and "Start or open a plan first" in told[0]
