"""The launch kit: `coresponse calendar` (iCalendar) and `coresponse datasheet` (xlsx)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import icalendar
import openpyxl
import pytest
from cli_runner import run_cli as run
from dateutil.rrule import rrulestr

from wizard import presets, storage
from wizard.content import default_content
from wizard.enums import Cadence, DecisionStatus
from wizard.launch import calendar as calmod
from wizard.launch import datasheet as dsmod

START = dt.date(2027, 1, 4)  # a Monday; 2027-01-01 is a Friday


@pytest.fixture(scope="module")
def content():
    return default_content()


@pytest.fixture
def large(content):
    return presets.load(content, "large-city")


def _events(ics: bytes) -> dict[str, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(ics)
    return {str(e["summary"]).split(":")[0]: e for e in cal.walk("VEVENT")}


def _occurrences(ev: icalendar.Event, n: int) -> list[dt.datetime]:
    start = ev.decoded("dtstart")
    rule = ev["rrule"].to_ical().decode()
    return list(rrulestr(rule, dtstart=start))[:n] if "UNTIL" in rule else [
        d for _, d in zip(range(n), rrulestr(rule, dtstart=start), strict=False)]


# --- calendar --------------------------------------------------------------------------


def test_calendar_from_the_cli_parses_and_has_the_recurring_meetings(tmp_path, large):
    plan_file = tmp_path / "large.coresponse.yaml"
    storage.save_plan(large, plan_file)
    out = tmp_path / "large.ics"
    r = run("calendar", str(plan_file), "-o", str(out), "--tz", "America/Chicago", "--start", START.isoformat())
    assert r.returncode == 0, r.stderr
    assert f"wrote {out}" in r.stdout and "time zone America/Chicago" in r.stdout
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["America/Chicago"]
    ev = _events(out.read_bytes())
    sup, jcr, com = ev["Clinical supervision"], ev["Joint case review"], ev["Planning committee meeting"]
    # large-city: supervision weekly, case review monthly, committee monthly
    # until the end of the agreement's term (31 December 2031, 23:59:59 in Chicago)
    assert sup["rrule"].to_ical() == b"FREQ=WEEKLY;UNTIL=20320101T055959Z;BYDAY=TU"
    assert jcr["rrule"].to_ical() == b"FREQ=MONTHLY;UNTIL=20320101T055959Z;BYDAY=1WE"
    assert com["rrule"].to_ical() == b"FREQ=MONTHLY;UNTIL=20320101T055959Z;BYDAY=1TH"
    chicago = calmod.zone_named("America/Chicago")
    assert sup.decoded("dtstart") == dt.datetime(2027, 1, 5, 10, 0, tzinfo=chicago)
    assert sup["dtstart"].params["TZID"] == "America/Chicago"
    assert jcr.decoded("dtstart") == dt.datetime(2027, 1, 6, 10, 0, tzinfo=chicago)
    assert com.decoded("dtstart") == dt.datetime(2027, 1, 7, 10, 0, tzinfo=chicago)
    assert sup.decoded("duration") == dt.timedelta(hours=1)
    assert _occurrences(jcr, 3)[1:] == [dt.datetime(2027, 2, 3, 10, tzinfo=chicago),
                                        dt.datetime(2027, 3, 3, 10, tzinfo=chicago)]
    assert "10:00 for one hour" in str(sup["description"]) and "default" in str(sup["description"])
    # the one-off dates
    assert ev["Plan review"].decoded("dtstart") == large.governance.plan_review_date
    assert ev["MOU renewal due"].decoded("dtstart") == large.confidentiality.mou.renewal_date
    due = sorted(d.due for d in large.decisions if d.due and d.status is not DecisionStatus.decided)
    assert due and sorted(e.decoded("dtstart") for e in icalendar.Calendar.from_ical(out.read_bytes())
                          .walk("VEVENT") if str(e["summary"]).startswith("Decision due")) == due
    # the agreement's term: from 1 January 2027 for 60 months, renewed only in writing
    assert ev["End of term"].decoded("dtstart") == dt.date(2031, 12, 31)
    assert "renew it in writing" in str(ev["End of term"]["description"])
    assert "End of term: left out" not in r.stdout
    until = sup["rrule"]["UNTIL"][0]
    assert until.astimezone(chicago).date() == dt.date(2031, 12, 31)


@pytest.mark.parametrize("cadence, rule, second", [
    (Cadence.daily, "FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR", dt.date(2027, 1, 5)),
    (Cadence.weekly, "FREQ=WEEKLY;BYDAY=TU", dt.date(2027, 1, 12)),
    (Cadence.biweekly, "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU", dt.date(2027, 1, 19)),
    (Cadence.monthly, "FREQ=MONTHLY;BYDAY=1TU", dt.date(2027, 2, 2)),
    (Cadence.quarterly, "FREQ=MONTHLY;INTERVAL=3;BYDAY=1TU", dt.date(2027, 4, 6)),
    (Cadence.semiannual, "FREQ=MONTHLY;INTERVAL=6;BYDAY=1TU", dt.date(2027, 7, 6)),
    (Cadence.annual, "FREQ=MONTHLY;INTERVAL=12;BYDAY=1TU", dt.date(2028, 1, 4)),
])
def test_every_cadence_has_its_rrule(large, cadence, rule, second):
    from wizard.plan import Renewal

    large.governance.clinical_supervision.cadence = cadence
    large.agreement.term.renewal = Renewal.automatic  # the series run on past the first term: no UNTIL
    result = calmod.build_calendar(large, "America/New_York", START)
    ev = _events(result.ics)["Clinical supervision"]
    assert ev["rrule"].to_ical().decode() == rule
    first, nxt = _occurrences(ev, 2)
    assert first.date() == (dt.date(2027, 1, 4) if cadence is Cadence.daily else dt.date(2027, 1, 5))
    assert nxt.date() == second and nxt.hour == 10


def test_a_meeting_without_a_cadence_or_not_held_is_left_out_and_said(large):
    large.governance.clinical_supervision.cadence = Cadence.none
    large.governance.joint_case_review.held = False
    result = calmod.build_calendar(large, "UTC", START)
    names = _events(result.ics)
    assert "Clinical supervision" not in names and "Joint case review" not in names
    assert "Planning committee meeting" in names
    assert "Clinical supervision: left out, the plan sets no cadence for it." in result.left_out
    assert "Joint case review: left out, the plan says it is not held." in result.left_out


def test_blank_plan_gives_no_events_and_says_why(content, tmp_path):
    plan_file = tmp_path / "blank.yaml"
    storage.save_plan(presets.new_plan(content, "blank"), plan_file)
    r = run("calendar", str(plan_file), "-o", str(tmp_path / "b.ics"), "--tz", "UTC")
    assert r.returncode == 0, r.stderr
    assert "(0 events, time zone UTC)" in r.stdout
    for what in ("Clinical supervision", "Joint case review", "Planning committee meeting",
                 "Open decisions without a due date", "Plan review", "End of term"):
        assert f"  {what}" in r.stdout, what
    assert icalendar.Calendar.from_ical((tmp_path / "b.ics").read_bytes()).walk("VEVENT") == []


def test_decisions_open_or_deferred_get_their_due_date_decided_ones_do_not(large):
    keyed = [d for d in large.decisions if d.key is not None]
    keyed[0].status, keyed[0].due = DecisionStatus.open, dt.date(2027, 3, 1)
    keyed[1].status, keyed[1].due = DecisionStatus.deferred, dt.date(2027, 4, 1)
    keyed[2].status, keyed[2].due = DecisionStatus.decided, dt.date(2027, 5, 1)
    ics = calmod.build_calendar(large, "UTC", START).ics
    days = {e.decoded("dtstart") for e in icalendar.Calendar.from_ical(ics).walk("VEVENT")
            if str(e["summary"]).startswith("Decision due")}
    assert dt.date(2027, 3, 1) in days and dt.date(2027, 4, 1) in days
    assert dt.date(2027, 5, 1) not in days


def test_end_of_term_when_the_plan_has_one_ends_the_series(large):
    large.agreement.term.start, large.agreement.term.months = None, None
    large.agreement.term.end = dt.date(2029, 12, 31)
    result = calmod.build_calendar(large, "America/Chicago", START)
    ev = _events(result.ics)
    assert ev["End of term"].decoded("dtstart") == dt.date(2029, 12, 31)
    until = ev["Clinical supervision"]["rrule"]["UNTIL"][0]
    assert until.tzinfo is not None and until.astimezone(dt.UTC).date() == dt.date(2030, 1, 1)
    assert not any(line.startswith("End of term") for line in result.left_out)


@pytest.mark.parametrize("start, months, end", [
    (dt.date(2027, 1, 1), 12, dt.date(2027, 12, 31)),
    (dt.date(2027, 7, 1), 48, dt.date(2031, 6, 30)),
    (dt.date(2027, 1, 31), 1, dt.date(2027, 2, 27)),  # to the day before 28 February
    (dt.date(2028, 3, 15), 24, dt.date(2030, 3, 14)),
])
def test_end_of_term_is_read_from_the_agreements_effective_date_and_months(large, start, months, end):
    large.agreement.term.start, large.agreement.term.months = start, months
    ics = calmod.build_calendar(large, "UTC", START).ics
    cal = icalendar.Calendar.from_ical(ics)  # parses
    ends = [e for e in cal.walk("VEVENT") if str(e["summary"]).startswith("End of term")]
    assert [e.decoded("dtstart") for e in ends] == [end]
    assert ends[0].decoded("dtend") == end + dt.timedelta(days=1)


def test_a_term_that_renews_automatically_does_not_end_the_series(large):
    from wizard.plan import Renewal

    large.agreement.term.renewal, large.agreement.term.renewal_months = Renewal.automatic, 12
    result = calmod.build_calendar(large, "UTC", START)
    ev = _events(result.ics)
    assert ev["End of term"].decoded("dtstart") == dt.date(2031, 12, 31)
    assert "renews automatically for 12 months" in str(ev["End of term"]["description"])
    for name in ("Clinical supervision", "Joint case review", "Planning committee meeting"):
        assert "UNTIL" not in ev[name]["rrule"], name


@pytest.mark.parametrize("change, why", [
    (lambda p: setattr(p.agreement.term, "start", None), "the agreement's term has no effective date"),
    (lambda p: setattr(p.agreement.term, "months", None), "the agreement's term has no length or end date"),
    (lambda p: setattr(p.agreement, "clauses", [c for c in p.agreement.clauses if c.clause != "term"]),
     "the agreement's term clause is not adopted"),
])
def test_an_incomplete_or_unadopted_term_is_left_out_and_said(large, change, why):
    change(large)
    result = calmod.build_calendar(large, "UTC", START)
    assert f"End of term: left out, {why}." in result.left_out
    ev = _events(result.ics)
    assert "End of term" not in ev and "UNTIL" not in ev["Clinical supervision"]["rrule"]


def test_the_calendar_speaks_spanish(large, tmp_path):
    plan_file = tmp_path / "large.yaml"
    storage.save_plan(large, plan_file)
    out = tmp_path / "large.ics"
    r = run("--lang", "es", "calendar", str(plan_file), "-o", str(out), "--tz", "America/Chicago",
            "--start", START.isoformat())
    assert r.returncode == 0, r.stderr
    cal = icalendar.Calendar.from_ical(out.read_bytes())
    assert str(cal["x-wr-calname"]).endswith(": calendario de inicio")
    ev = _events(out.read_bytes())
    for name in ("Supervisión clínica", "Revisión conjunta de casos", "Reunión del comité de planificación",
                 "Revisión del plan", "Fin del plazo", "Renovación del MOU"):
        assert name in ev, (name, sorted(ev))
    assert ev["Supervisión clínica"]["rrule"].to_ical() == b"FREQ=WEEKLY;UNTIL=20320101T055959Z;BYDAY=TU"
    text = str(ev["Supervisión clínica"]["description"])
    assert "cada martes" in text and "5 de enero de 2027" in text
    assert any(s.startswith("Decisión pendiente: ") for s in (str(e["summary"]) for e in cal.walk("VEVENT")))
    from english_check import english_sentences, strings_in

    words = "\n".join(str(e.get(k, "")) for e in cal.walk("VEVENT") for k in ("summary", "description"))
    flagged = english_sentences(words, strings_in(large))
    assert not flagged, "\n".join(flagged)


def test_a_blank_calendar_says_why_in_spanish(content, tmp_path):
    plan_file = tmp_path / "blank.yaml"
    storage.save_plan(presets.new_plan(content, "blank"), plan_file)
    r = run("--lang", "es", "calendar", str(plan_file), "-o", str(tmp_path / "b.ics"), "--tz", "UTC")
    assert r.returncode == 0, r.stderr
    left = [line.strip() for line in r.stdout.splitlines()[1:]]
    assert "Fin del plazo: no se incluye, no hay fecha en el plan." in left
    assert "Supervisión clínica: no se incluye, el plan no fija su frecuencia." in left
    from english_check import english_sentences

    assert not english_sentences("\n".join(left))


def test_uids_come_from_the_plan_id_and_the_output_is_deterministic(large):
    a = calmod.build_calendar(large, "UTC", START)
    b = calmod.build_calendar(large, "UTC", START)
    assert a.ics == b.ics
    uids = [str(e["uid"]) for e in icalendar.Calendar.from_ical(a.ics).walk("VEVENT")]
    assert len(set(uids)) == len(uids)
    assert all(u.startswith(large.metadata.plan_id + "-") for u in uids)
    assert f"{large.metadata.plan_id}-clinical-supervision@coresponse-wizard" in uids


def test_unknown_time_zone_is_one_line_and_exit_2(tmp_path, large):
    plan_file = tmp_path / "p.yaml"
    storage.save_plan(large, plan_file)
    out = tmp_path / "p.ics"
    r = run("calendar", str(plan_file), "-o", str(out), "--tz", "Mars/Olympus_Mons")
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "--tz" in r.stderr and "Mars/Olympus_Mons" in r.stderr
    assert not out.exists()
    r = run("calendar", str(plan_file), "-o", str(out), "--tz", "../../etc/passwd")
    assert r.returncode == 2 and "unknown time zone" in r.stderr


def test_default_time_zone_is_the_machines(tmp_path, large, monkeypatch):
    monkeypatch.setattr(calmod, "local_zone_name", lambda: "Europe/Berlin")
    plan_file = tmp_path / "p.yaml"
    storage.save_plan(large, plan_file)
    r = run("calendar", str(plan_file), "-o", str(tmp_path / "p.ics"))
    assert r.returncode == 0, r.stderr
    assert "time zone Europe/Berlin" in r.stdout
    assert b"TZID=Europe/Berlin" in (tmp_path / "p.ics").read_bytes()


def test_local_zone_name_is_a_valid_zone():
    calmod.zone_named(calmod.local_zone_name())


def test_calendar_of_a_charter_pdf_and_a_bad_plan(tmp_path, large, content):
    from wizard.charter import render_charter

    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(render_charter(large, content, draft=True))
    r = run("calendar", str(pdf), "-o", str(tmp_path / "c.ics"), "--tz", "UTC")
    assert r.returncode == 0, r.stderr
    bad = tmp_path / "bad.yaml"
    storage.save_plan(large, bad)
    text = bad.read_text(encoding="utf-8")
    assert "committee_cadence: monthly" in text
    bad.write_text(text.replace("committee_cadence: monthly", "committee_cadence: fortnightly"), encoding="utf-8")
    r = run("calendar", str(bad), "-o", str(tmp_path / "x.ics"), "--tz", "UTC")
    assert r.returncode == 2 and r.stderr.count("\n") == 1
    assert "bad.yaml" in r.stderr and "Supervision and governance › Committee meets" in r.stderr


# --- datasheet -------------------------------------------------------------------------


def _workbook(path: Path) -> openpyxl.Workbook:
    return openpyxl.load_workbook(path)


def _headers(ws) -> list[str]:
    return [c.value for c in ws[dsmod.HEADER_ROW + 1] if c.value is not None]


def _validation_for(ws, column_letter: str):
    for dv in ws.data_validations.dataValidation:
        if any(str(rng).startswith(f"{column_letter}{dsmod.HEADER_ROW + 2}:") for rng in dv.sqref.ranges):
            return dv
    return None


def _list_values(wb, formula: str) -> list[str]:
    sheet, rng = formula.lstrip("=").split("!")
    return [row[0].value for row in wb[sheet][rng.replace("$", "")]]


def test_datasheet_from_the_cli_has_a_column_per_measure_and_validation_lists(tmp_path, large, content):
    plan_file = tmp_path / "large.yaml"
    storage.save_plan(large, plan_file)
    out = tmp_path / "large.xlsx"
    r = run("datasheet", str(plan_file), "-o", str(out))
    assert r.returncode == 0, r.stderr
    wb = _workbook(out)
    assert wb.sheetnames == ["Instructions", "Contact log", "Baseline", "Lists"]
    log = wb["Contact log"]
    headers = _headers(log)
    spec = dsmod.load_spec()
    expected = [c.header for c in spec.fixed]
    for m in large.data.measures:
        expected += [c.header for c in spec.measures[m.measure].columns]
    expected += [c.name for c in large.data.custom_measures]
    assert headers == expected
    # categorical measures get drop-downs with exactly the lists from datasheet.yaml
    for header, list_name in (("Call source", "call_source"), ("Disposition", "disposition"),
                              ("Use of force", "yes_no"), ("Race or ethnicity", "race_ethnicity")):
        letter = openpyxl.utils.get_column_letter(headers.index(header) + 1)
        dv = _validation_for(log, letter)
        assert dv is not None and dv.type == "list", header
        assert _list_values(wb, dv.formula1) == spec.lists[list_name], header
        assert dv.showErrorMessage
    letter = openpyxl.utils.get_column_letter(headers.index("Response time to scene (minutes)") + 1)
    dv = _validation_for(log, letter)
    assert dv.type == "whole" and (dv.formula1, dv.formula2) == ("0", "1440")
    # instructions: the plan's own answers
    ins = {row[0].value: row[1].value for row in wb["Instructions"].iter_rows(min_row=6, max_row=13)}
    assert ins["Data owner"] == large.data.data_owner
    assert ins["Where the data lives"] == large.data.storage
    assert ins["Reporting cadence"] == "Monthly"
    # baseline: one row per measure
    base = [row[0].value for row in wb["Baseline"].iter_rows(min_row=7) if row[0].value]
    assert base == [content.measure(m.measure).label for m in large.data.measures] + [
        f"{c.name} (custom)" for c in large.data.custom_measures]


def test_every_sheet_says_never_enter_client_names(tmp_path, large):
    out = tmp_path / "w.xlsx"
    out.write_bytes(dsmod.build_datasheet(large, default_content()))
    wb = _workbook(out)
    for ws in wb.worksheets:
        assert ws.sheet_state == "visible"
        assert ws["A1"].value == "Never enter client names or health information in this workbook.", ws.title


def test_blank_plan_says_not_decided_yet_and_invents_nothing(tmp_path, content):
    out = tmp_path / "b.xlsx"
    out.write_bytes(dsmod.build_datasheet(presets.new_plan(content, "blank"), content))
    wb = _workbook(out)
    ins = {row[0].value: row[1].value for row in wb["Instructions"].iter_rows(min_row=6, max_row=13)}
    for field in ("Data owner", "Who produces the reports", "Reporting cadence", "Where the data lives",
                  "Baseline", "Evaluation partner"):
        assert ins[field] == "not decided yet", field
    assert _headers(wb["Contact log"]) == [c.header for c in dsmod.load_spec().fixed]


def test_datasheet_is_deterministic(large, content):
    assert dsmod.build_datasheet(large, content) == dsmod.build_datasheet(large, content)


def test_a_measure_the_spec_does_not_know_gets_a_free_column(large, content):
    spec = dsmod.load_spec()
    trimmed = spec.model_copy(update={"measures": {k: v for k, v in spec.measures.items() if k != "use_of_force"}})
    columns, _ = dsmod.plan_columns(large, content, trimmed)
    label = content.measure("use_of_force").label
    col = next(c for c in columns if c.measure == label)
    assert col.header == label and col.kind == "text"


@pytest.mark.parametrize("text, field", [
    ("lists:\n  yes_no: [Yes, No]\nfixed:\n  - header: Date\n    kind: date\nmeasures: {}\n", "lists.yes_no[0]"),
    ('lists:\n  yes_no: ["Yes"]\nfixed:\n  - header: Date\n    kind: list\n    list: colour\nmeasures: {}\n',
     "colour"),
    ('lists:\n  yes_no: ["Yes"]\nfixed:\n  - header: Date\n    kind: when\nmeasures: {}\n', "fixed[0].kind"),
])
def test_a_bad_datasheet_yaml_in_a_pack_is_one_line_naming_file_and_field(tmp_path, large, text, field):
    pack = tmp_path / "pack"
    pack.mkdir()
    (pack / "datasheet.yaml").write_text(text, encoding="utf-8")
    plan_file = tmp_path / "p.yaml"
    storage.save_plan(large, plan_file)
    out = tmp_path / "p.xlsx"
    r = run("--content", str(pack), "datasheet", str(plan_file), "-o", str(out))
    assert r.returncode == 2
    assert r.stderr.count("\n") == 1 and "datasheet.yaml" in r.stderr and field in r.stderr, r.stderr
    assert not out.exists()


def test_default_datasheet_yaml_covers_every_catalog_measure(content):
    spec = dsmod.load_spec()
    assert {m.id for m in content.catalogs.measures} == set(spec.measures)
    assert all(isinstance(v, str) for values in spec.lists.values() for v in values)
