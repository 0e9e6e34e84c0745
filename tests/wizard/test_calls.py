"""Importing CAD exports: exact counts on known patterns, DST, no row data in the plan, bad input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
import yaml
from callgen import BH_CODES, HEADER, iso, tue_fri_afternoon, us12, write_csv, write_xlsx
from cli_runner import run_cli as run

from wizard import calls, demand, signing, storage, suggest
from wizard.calldata import CallDemand
from wizard.calls import CallsError, Columns
from wizard.content import default_content
from wizard.plan import ProgramPlan, Span, WeeklySchedule
from wizard.presets import new_plan

COLS = Columns(when="Received Date Time", type="Nature Code")
WEEKS = 8


def expected_bh() -> list[list[int]]:
    return [[WEEKS if d in (1, 2, 3, 4) and 14 <= h < 22 else 0 for h in range(24)] for d in range(7)]


@pytest.fixture
def export(tmp_path) -> tuple[Path, list]:
    rows = tue_fri_afternoon(weeks=WEEKS)
    return write_csv(tmp_path / "cad export.csv", rows), rows


def _bins(rows) -> list[list[int]]:
    g = [[0] * 24 for _ in range(7)]
    for t, _c in rows:
        g[t.weekday()][t.hour] += 1
    return g


# --- exact counts --------------------------------------------------------------------------


def test_tue_fri_afternoon_counts_are_exact(export):
    path, rows = export
    r = calls.import_calls(path, COLS, BH_CODES)
    d = r.demand
    assert d.bh_calls == expected_bh()
    assert d.calls == _bins(rows)
    assert d.rows_read == len(rows) and d.rows_skipped == {}
    assert d.total_bh == WEEKS * 4 * 8
    assert (d.first_date, d.last_date, d.weeks) == (dt.date(2025, 1, 6), dt.date(2025, 3, 2), 8.0)
    assert d.bh_codes == sorted(BH_CODES) and d.source_file == "cad export.csv"
    assert r.when_format.startswith("Y-M-D")


@pytest.mark.parametrize("fmt, delimiter, encoding", [(us12, ";", "utf-8-sig"), (iso, "\t", "cp1252"),
                                                      (lambda t: t.strftime("%m/%d/%Y %H:%M"), "|", "utf-8")])
def test_other_formats_delimiters_and_encodings_count_the_same(tmp_path, export, fmt, delimiter, encoding):
    _path, rows = export
    other = write_csv(tmp_path / "other.txt", rows, fmt=fmt, delimiter=delimiter, encoding=encoding)
    d = calls.import_calls(other, Columns(when="received  date time", type="NATURE CODE"),
                           [c.lower() for c in BH_CODES]).demand
    assert d.bh_calls == expected_bh() and d.calls == _bins(rows)
    assert d.bh_codes == sorted(BH_CODES)  # as the export spells them, not as typed


def test_date_and_time_in_two_columns_military_time(tmp_path, export):
    _path, rows = export
    p = tmp_path / "two.csv"
    p.write_text("Date,Time,Type\n" + "".join(f"{t:%m/%d/%Y},{t:%H%M},{c}\n" for t, c in rows), encoding="utf-8")
    d = calls.import_calls(p, Columns(when="Date", time="Time", type="Type"), BH_CODES).demand
    assert d.bh_calls == expected_bh() and d.calls == _bins(rows)


def test_flag_column_marks_bh_calls(export):
    path, _rows = export
    d = calls.import_calls(path, Columns(when="Received Date Time", type="Nature Code", flag="MH Flag"), []).demand
    assert d.bh_calls == expected_bh() and d.bh_codes == [] and d.flag_values == ["Y"]


def test_xlsx_with_date_cells_counts_the_same(tmp_path, export):
    _path, rows = export
    x = write_xlsx(tmp_path / "calls.xlsx", rows)
    d = calls.import_calls(x, COLS, BH_CODES).demand
    assert d.bh_calls == expected_bh() and d.calls == _bins(rows) and d.source_file == "calls.xlsx"


def test_excel_serial_numbers(tmp_path):
    p = tmp_path / "serial.csv"
    # 45755.625 = 2025-04-08 (a Tuesday) 15:00; 45755.99999 still that day, 23:59.
    p.write_text("When,Type\n45755.625,MENTAL\n45755.99999,MENTAL\n", encoding="utf-8")
    d = calls.import_calls(p, Columns(when="When", type="Type"), ["MENTAL"]).demand
    assert d.first_date == dt.date(2025, 4, 8)
    assert d.bh_calls[1][15] == 1 and d.bh_calls[1][23] == 1


# --- time zones and daylight saving ---------------------------------------------------------


def test_dst_week_utc_stamps_count_every_hour_once(tmp_path):
    """One call at the start of every UTC hour of the week of 9 March 2025 (US spring forward) and of
    2 November 2025 (fall back): each is counted once, in its local wall-clock hour."""
    zone = calls.zone("America/Chicago")
    for start in (dt.datetime(2025, 3, 3, 6, tzinfo=dt.UTC), dt.datetime(2025, 10, 27, 5, tzinfo=dt.UTC)):
        stamps = [start + dt.timedelta(hours=k) for k in range(14 * 24)]
        p = tmp_path / f"utc-{start:%m}.csv"
        p.write_text("When,Type\n" + "".join(f"{t:%Y-%m-%dT%H:%M:%SZ},MENTAL\n" for t in stamps), encoding="utf-8")
        d = calls.import_calls(p, Columns(when="When", type="Type"), ["MENTAL"], tz="America/Chicago").demand
        assert d.total_calls == len(stamps) == d.rows_read and d.time_zone == "America/Chicago"
        want = [[0] * 24 for _ in range(7)]
        for t in stamps:
            local = t.astimezone(zone)
            want[local.weekday()][local.hour] += 1
        assert d.calls == want
        sunday = d.calls[6]
        if start.month == 3:
            assert sunday[2] == 1  # 2:00–3:00 does not exist on 9 March; the other Sunday has it
        else:
            assert sunday[1] == 3  # 1:00–2:00 happens twice on 2 November, once on 26 October


def test_dst_week_naive_wall_clock_counts_each_recorded_hour_once(tmp_path):
    # Naive times are the wall clock as recorded: the repeated 01:xx of 2 November is two calls.
    times = ["2025-11-02 00:30", "2025-11-02 01:10", "2025-11-02 01:40", "2025-11-02 02:15",
             "2025-03-09 01:59", "2025-03-09 03:01"]
    p = tmp_path / "naive.csv"
    p.write_text("When,Type\n" + "".join(f"{t},MENTAL\n" for t in times), encoding="utf-8")
    d = calls.import_calls(p, Columns(when="When", type="Type"), ["MENTAL"], tz="America/Chicago").demand
    assert d.calls[6][:4] == [1, 3, 1, 1] and d.total_calls == len(times)


def test_offset_stamps_convert_to_the_zone(tmp_path):
    p = tmp_path / "offset.csv"
    p.write_text("When,Type\n2025-07-01T20:30:00+00:00,MENTAL\n2025-07-01T15:30:00-05:00,MENTAL\n"
                 "2025-07-01T20:30:00.123+05:30,MENTAL\n", encoding="utf-8")
    d = calls.import_calls(p, Columns(when="When", type="Type"), ["MENTAL"], tz="America/New_York").demand
    assert d.calls[1][16] == 2  # Tuesday 16:30 EDT twice
    assert d.calls[1][11] == 1  # 20:30+05:30 = 15:00 UTC = 11:00 EDT


# --- the plan keeps counts only ----------------------------------------------------------------


def test_saved_plan_holds_no_value_of_the_export_but_codes(tmp_path, export):
    path, _rows = export
    plan = new_plan(default_content(), "mid-city")
    before = storage.dumps(plan)
    plan.coverage.call_demand = calls.import_calls(path, COLS, BH_CODES).demand
    out = tmp_path / "plan.yaml"
    storage.save_plan(plan, out)
    text = out.read_text(encoding="utf-8")
    assert storage.load_plan(out) == plan
    cells = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        cells.update(c for c in line.split(",") if c)
    cells -= set(BH_CODES)
    cells.add(path.parent.as_posix())  # not the folder either
    leaked = sorted(c for c in cells if len(c) > 3 and c in text and c not in before)
    assert not leaked, leaked[:5]
    # And the call-demand section itself: only numbers, dates, the codes, the file name, the zone.
    section = yaml.safe_load(text)["coverage"]["call_demand"]
    strings = [s for s in _strings(section) if not re.fullmatch(r"\d{4}-\d\d-\d\d", s)]
    assert sorted(strings) == sorted(BH_CODES + ["cad export.csv", ""])


def _strings(node) -> list[str]:
    if isinstance(node, str):
        return [node]
    if isinstance(node, dict):  # the values (the model's field names are not the export's)
        return [s for v in node.values() for s in _strings(v)]
    if isinstance(node, list):
        return [s for v in node for s in _strings(v)]
    return []


def test_call_demand_validation_and_fingerprint():
    plan = ProgramPlan()
    fp = signing.fingerprint(plan)
    d = CallDemand(first_date=dt.date(2025, 1, 1), last_date=dt.date(2025, 1, 7), weeks=1, rows_read=1,
                   calls=[[1] + [0] * 23] + [[0] * 24] * 6)
    plan.coverage.call_demand = d
    assert signing.fingerprint(plan) != fp  # imported counts are part of what is signed
    with pytest.raises(ValueError, match="rows_read"):
        CallDemand(first_date=dt.date(2025, 1, 1), last_date=dt.date(2025, 1, 7), weeks=1, rows_read=5)
    with pytest.raises(ValueError, match="bh_calls"):
        CallDemand(first_date=dt.date(2025, 1, 1), last_date=dt.date(2025, 1, 7), weeks=1, rows_read=0,
                   bh_calls=[[1] + [0] * 23] + [[0] * 24] * 6)
    with pytest.raises(ValueError, match="folder"):
        CallDemand(source_file="C:\\Users\\x\\calls.csv", first_date=dt.date(2025, 1, 1),
                   last_date=dt.date(2025, 1, 1), weeks=1, rows_read=0)
    with pytest.raises(ValueError, match="time zone"):
        CallDemand(time_zone="Mars/Olympus", first_date=dt.date(2025, 1, 1), last_date=dt.date(2025, 1, 1),
                   weeks=1, rows_read=0)


# --- suggestions --------------------------------------------------------------------------------


def test_suggested_4_days_of_10_hours_covers_every_bh_call(export):
    path, _rows = export
    d = calls.import_calls(path, COLS, BH_CODES).demand
    s = suggest.suggest(d, teams=1, hours=10, days=4)
    assert s.best.bh_covered == s.best.bh_total == d.total_bh
    assert s.best.days == (1, 2, 3, 4) and 12 <= s.best.starts[0] <= 14
    assert s.gain_day == 0 and s.gain_team == 0
    assert s.best.fte == pytest.approx(40 * 365 / 7 / 1698)
    sched = suggest.apply(s.best)
    assert demand.covered_share(d, sched).value == 1.0
    # Fewer hours than the peak: the best 3 days × 6 hours covers 3 × 6 of the 4 × 8 BH hours.
    short = suggest.suggest(d, teams=1, hours=6, days=3)
    assert short.best.bh_covered == 3 * 6 * WEEKS
    assert short.gain_day == pytest.approx(6)  # one more day: 6 more BH calls a week
    assert short.more_teams is not None and short.more_teams.bh_covered == 3 * 8 * WEEKS


def test_suggestion_is_the_true_optimum_on_a_random_table():
    import random

    rng = random.Random(5)
    bh = [[rng.randrange(0, 5) for _ in range(24)] for _ in range(7)]
    d = CallDemand(first_date=dt.date(2025, 1, 6), last_date=dt.date(2025, 1, 12), weeks=1,
                   rows_read=sum(map(sum, bh)), calls=bh, bh_calls=bh)
    opt, _n = suggest.best_option(d, teams=2, hours=5, days=2)
    import itertools

    def value(days, starts):
        g = suggest.Option(2, 5, days, starts, 0, 0, 0, 0, 1, 0, 0, True).grid()
        return sum(bh[a][b] for a in range(7) for b in range(24) if g[a][b])

    brute = max(value(days, (a, b)) for days in itertools.combinations(range(7), 2)
                for a in range(24) for b in range(24))
    assert opt.bh_covered == brute == value(opt.days, opt.starts)


def test_overnight_shift_wraps_into_the_next_day_and_sunday_into_monday():
    o = suggest.Option(1, 10, (6,), (20,), 0, 0, 0, 0, 1, 0, 0, True)
    sched = o.schedule()
    assert sched.sun == [Span(start=20, end=24)] and sched.mon == [Span(start=0, end=6)]
    assert o.describe() == "Sun, 20:00–06:00"


# --- figures and sentences ------------------------------------------------------------------------


def test_share_not_known_without_calls_and_sentences_with_them(export):
    path, _rows = export
    plan = new_plan(default_content(), "mid-city")
    share = demand.plan_share(plan)
    assert share.value is None and "no call data has been imported" in share.reason
    assert "not known" in demand.demand_sentence(plan)
    est = demand.estimate(plan)
    assert est.even_spread and "evenly" in est.note
    plan.coverage.call_demand = calls.import_calls(path, COLS, BH_CODES).demand
    plan.coverage.schedule = WeeklySchedule(**{d: [Span(start=16, end=22)] for d in ("tue", "wed", "thu", "fri")})
    assert demand.plan_share(plan).value == pytest.approx(6 / 8)
    assert demand.demand_sentence(plan) == ("Behavioral-health calls peak Tuesday–Friday 14:00–22:00; "
                                            "75% of them fall inside the planned clinician hours.")
    est = demand.estimate(plan)
    assert not est.even_spread
    # 4,800 BH calls a year (the preset), 75 % in 24 clinician hours a week.
    assert est.calls_per_covered_hour == pytest.approx(4800 * 0.75 / (24 * 365 / 7))
    alt = demand.alt_text(plan.coverage.call_demand, plan.coverage.schedule)
    assert "Tuesday–Friday 14:00–22:00" in alt and "75%" in alt and "Monday, Saturday, Sunday" in alt
    assert "cad export.csv" in demand.source_sentence(plan.coverage.call_demand)


# --- catalog ------------------------------------------------------------------------------------


def test_catalog_suggests_bh_and_maybe_codes():
    cat = calls.load_catalog()
    assert cat.match("MENTAL SUBJECT").kind == "bh"
    assert cat.match("Psychiatric Eval").kind == "bh"
    assert cat.match("10-96 MENTAL").kind == "bh"
    assert cat.match("WELFARE CHECK").kind == "maybe"
    assert cat.match("OD / OVERDOSE").kind == "maybe"
    assert cat.match("EDPX") is None and cat.match("TRAFFIC") is None and cat.match("ODOR") is None
    counts = {"TRAFFIC": 500, "MENTAL": 40, "ALARM": 300, "SUICIDE THREAT": 3}
    got = calls.suggest_codes(counts, top=2)
    assert [(t.value, t.suggested) for t in got] == [("TRAFFIC", False), ("ALARM", False), ("MENTAL", True),
                                                     ("SUICIDE THREAT", True)]


# --- bad input: one line naming file, column and row ----------------------------------------------


def _err(path, cols=COLS, codes=BH_CODES, **kw) -> str:
    with pytest.raises(CallsError) as exc:
        calls.import_calls(path, cols, codes, **kw)
    msg = str(exc.value)
    assert "\n" not in msg and msg.startswith(Path(path).name)
    return msg


def test_not_a_table(tmp_path):
    p = tmp_path / "photo.csv"
    p.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "not a table" in _err(p)
    pdf = tmp_path / "calls.csv"
    pdf.write_bytes(b"%PDF-1.7\n...")
    assert "PDF" in _err(pdf)
    prose = tmp_path / "notes.csv"
    prose.write_text("Dear chief\nHere are the calls you asked for\n", encoding="utf-8")
    msg = _err(prose)
    assert "column 'Received Date Time'" in msg and "only one column" in msg
    fake = tmp_path / "calls.xlsx"
    fake.write_text("a,b\n1,2\n", encoding="utf-8")
    assert "not an Excel workbook" in _err(fake)
    empty = tmp_path / "empty.csv"
    empty.write_bytes(b"")
    assert "empty" in _err(empty)
    assert "no such file" in _err(tmp_path / "missing.csv")


def test_wrong_column_lists_the_columns(export):
    path, _rows = export
    msg = _err(path, Columns(when="Call Time", type="Nature Code"))
    assert "column 'Call Time'" in msg and "'Received Date Time'" in msg and "'Nature Code'" in msg


def test_unparseable_time_names_the_row(tmp_path, export):
    _path, rows = export
    p = tmp_path / "bad.csv"
    lines = [",".join(HEADER)] + [f"1,{iso(t)},{c},1 Elm St,A B,,\n".rstrip() for t, c in rows[:40]]
    lines[17] = "1,next tuesday,MENTAL,1 Elm St,A B,,"  # row 18 counting the header as row 1
    lines[20] = lines[30] = "1,soon,MENTAL,1 Elm St,A B,,"
    p.write_text("\n".join(lines) + "\n", encoding="utf-8")
    msg = _err(p)  # 3 of 40 rows is more than 5 %
    assert "column 'Received Date Time', row 18" in msg and "next tuesday" in msg and "5%" in msg
    assert "row 18" in _err(p, strict=True)
    # Nothing reads at all: the first row is named with the formats that were tried.
    q = tmp_path / "words.csv"
    q.write_text("Received Date Time,Nature Code\nyesterday,MENTAL\nlast week,MENTAL\n", encoding="utf-8")
    msg = _err(q)
    assert "row 2" in msg and "ISO 8601" in msg and "US" in msg


def test_few_bad_rows_are_skipped_and_counted(tmp_path, export):
    _path, rows = export
    p = tmp_path / "some bad.csv"
    body = [f"1,{iso(t)},{c}" for t, c in rows]
    body[5] = "1,,ALARM"
    body[9] = "1,2025-02-30 10:00:00,ALARM"
    body[11] = "1"
    p.write_text("No,Received Date Time,Nature Code\n" + "\n".join(body) + "\n", encoding="utf-8")
    d = calls.import_calls(p, COLS, BH_CODES).demand
    assert d.rows_skipped == {"no date-time": 1, "date-time not readable": 1,
                              "row has fewer cells than the header": 1}
    assert d.rows_read == len(rows) and d.total_calls == len(rows) - 3


def test_unknown_time_zone_and_offsets_without_one(tmp_path, export):
    path, _rows = export
    msg = _err(path, tz="America/Springfield")
    assert "'America/Springfield' is not a time zone" in msg and "--tz" in msg
    p = tmp_path / "utc.csv"
    p.write_text("When,Type\n2025-07-01T20:30:00Z,MENTAL\n", encoding="utf-8")
    msg = _err(p, Columns(when="When", type="Type"), ["MENTAL"])
    assert "column 'When', row 2" in msg and "--tz" in msg


def test_empty_or_absent_code_selection(export):
    path, _rows = export
    msg = _err(path, codes=[])
    assert "column 'Nature Code'" in msg and "no call types were chosen" in msg
    msg = _err(path, codes=["MENTL"])
    assert "column 'Nature Code'" in msg and "'MENTL'" in msg and "most common" in msg


# --- the commands --------------------------------------------------------------------------------


def test_cli_lists_then_imports_then_suggests(tmp_path, export):
    path, _rows = export
    plan = tmp_path / "plan.yaml"
    assert run("new", "--preset", "mid-city", "-o", str(plan)).returncode == 0
    before = plan.read_bytes()
    r = run("calls", str(plan), str(path), "--when", "Received Date Time", "--type", "Nature Code")
    assert r.returncode == 0, r.stderr
    assert "* " in r.stdout and "MENTAL" in r.stdout and "nothing written" in r.stdout
    assert plan.read_bytes() == before
    out = tmp_path / "with calls.yaml"
    r = run("calls", str(plan), str(path), "--when", "Received Date Time", "--type", "Nature Code",
            "--bh", "MENTAL,SUICIDAL PERSON,PSYCH EVAL", "--tz", "America/Chicago", "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert storage.load_plan(out).coverage.call_demand.bh_calls == expected_bh()
    r = run("suggest-coverage", str(out), "--teams", "1", "--hours", "10", "--days", "4", "--apply")
    assert r.returncode == 0, r.stderr
    assert "covers 256 of 256 BH calls (100%)" in r.stdout
    applied = storage.load_plan(out)
    assert demand.plan_share(applied).value == 1.0
    assert run("suggest-coverage", str(plan), "--hours", "8").returncode == 2  # no calls imported


@pytest.mark.parametrize("extra, needle", [
    (["--when", "Nope", "--type", "Nature Code", "--bh", "MENTAL"], "column 'Nope'"),
    (["--when", "Received Date Time", "--type", "Nature Code", "--bh", ","], "column 'Nature Code'"),
    (["--when", "Received Date Time", "--type", "Nature Code", "--bh", "MENTAL", "--tz", "Mars/Base"],
     "'Mars/Base' is not a time zone"),
])
def test_cli_bad_input_exit_2_one_line(tmp_path, export, extra, needle):
    path, _rows = export
    plan = tmp_path / "plan.yaml"
    run("new", "-o", str(plan))
    r = run("calls", str(plan), str(path), *extra)
    assert r.returncode == 2 and r.stdout == ""
    line = r.stderr.strip()
    assert "\n" not in line and needle in line and "cad export.csv" in line


@pytest.mark.parametrize("text", ["a,b,c\r\nd,e,f\r\n", "a,b\n\nc,d\n", "a,b\rc,d\r", "a,b\nlast",
                                  'a,b\nx,"multi\nline",y\nq,"say ""hi""",z\n', 'a,12" TV,b\nc,d\n', ",,\n"])
def test_fast_csv_records_are_the_csv_modules(text):
    import csv
    import io

    want = list(csv.reader(io.StringIO(text, newline="")))
    assert list(calls._records(io.StringIO(text, newline=""), ",")) == want


def test_non_utf8_byte_far_into_the_file_rereads_it(tmp_path):
    p = tmp_path / "late.csv"
    body = "".join(f"2025-03-0{1 + i % 7} 10:00,ALARM\n" for i in range(10_000))  # > 64 KiB of ASCII
    p.write_bytes(("When,Type\n" + body).encode("ascii") + "2025-03-04 15:00,CRISE MENTALE\n".encode("latin-1")
                  + "2025-03-04 16:00,MENTAL\n".encode("ascii") + b"2025-03-04 17:00,SALUD MENTAL \xd1\n")
    r = calls.import_calls(p, Columns(when="When", type="Type"), ["MENTAL", "SALUD MENTAL Ñ"])
    assert r.demand.total_calls == 10_003 and r.demand.total_bh == 2
    assert any("Windows-1252" in n for n in r.notes)


def test_demand_chart_for_the_charter(export):
    from reportlab.graphics import renderPDF

    from wizard.charter import graphics, styles
    from wizard.staffing import clinician_grid

    from .charter.helpers import register_reportlab_fonts

    register_reportlab_fonts()  # reportlab's renderPDF draws the chart below in these faces
    path, _rows = export
    d = calls.import_calls(path, COLS, BH_CODES).demand
    sched = WeeklySchedule(tue=[Span(start=14, end=22)])
    chart = graphics.demand_chart(d.bh_calls, clinician_grid(sched), styles.FRAME_W)
    assert chart.width == styles.FRAME_W
    texts = [s.text for s in chart.contents if hasattr(s, "text")]
    assert "64 (64)" in texts and "0 (0)" in texts  # Tuesday: all 64 inside; Monday none
    assert renderPDF.drawToString(chart).startswith(b"%PDF")


def test_diff_names_imported_calls_in_words(export):
    from wizard.diff import diff_plans

    path, _rows = export
    a = new_plan(default_content(), "mid-city")
    b = a.model_copy(deep=True)
    b.coverage.call_demand = calls.import_calls(path, COLS, BH_CODES).demand
    lines = [line for s in diff_plans(a, b, default_content()).sections for line in s.lines]
    assert ("Imported call data: not imported in A, 256 behavioral-health calls of 2,256 from cad export.csv "
            "(2025-01-06 to 2025-03-02) in B") in lines


def test_date_without_time_asks_for_the_time_column(tmp_path):
    p = tmp_path / "dates.csv"
    p.write_text("Date,Time,Type\n2025-03-04,1405,MENTAL\n", encoding="utf-8")
    msg = _err(p, Columns(when="Date", type="Type"), ["MENTAL"])
    assert "column 'Date', row 2" in msg and "--time" in msg


def test_charter_shows_demand_and_the_covered_share_only_with_imported_calls(export):
    """With imported calls the charter has the demand figure and the covered share; without
    them it says the share is not known (no even-spread guess presented as data)."""
    import io

    from pypdf import PdfReader

    from wizard.charter import render_charter

    content = default_content()
    plan = new_plan(content, "mid-city")
    def text(p) -> str:
        pdf = render_charter(p, content)
        return " ".join(" ".join((pg.extract_text() or "").split()) for pg in PdfReader(io.BytesIO(pdf)).pages)

    before = text(plan)
    assert "The share of behavioral-health calls inside the planned clinician hours is not known" in before
    assert "from the agency's own call data" not in before
    path, _rows = export
    plan.coverage.call_demand = calls.import_calls(path, COLS, BH_CODES).demand
    after = text(plan)
    share = demand.plan_share(plan).value
    assert share is not None
    assert "Behavioral-health calls by hour and weekday from the agency's own call data" in after
    assert f"{round(share * 100)}" in after and "fall inside the planned clinician hours" in after
