"""Calculators against worked examples (docs/facts-and-sources.md §3.3)."""

from __future__ import annotations

import pytest
from factories import ready_plan

from wizard import staffing, verdicts
from wizard.plan import ClinicianPosition, PatrolPattern, Span, WeeklySchedule

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def every_day(*spans: tuple[int, int], staff: int = 1) -> WeeklySchedule:
    return WeeklySchedule(**{d: [Span(start=a, end=b, staff=staff) for a, b in spans] for d in DAYS})


def test_eight_hour_daily_post_is_1_7_fte():
    # 2,920 h a year / 1,698 available hours = 1.72 FTE
    assert staffing.fte_needed(every_day((8, 16))) == pytest.approx(2920 / 1698)
    assert round(staffing.fte_needed(every_day((8, 16))), 1) == 1.7
    assert staffing.post_fte(8) == pytest.approx(1.7197, abs=1e-4)


def test_24_7_post_is_5_16_fte():
    assert staffing.fte_needed(every_day((0, 24))) == pytest.approx(5.159, abs=1e-3)


def test_available_hours_are_editable():
    # The toolgrit.com guide's ~1,850 net hours gives 4.73 FTE for 24/7.
    assert staffing.fte_needed(every_day((0, 24)), 1850) == pytest.approx(4.735, abs=1e-3)


def test_two_clinicians_at_once_double_the_fte():
    assert staffing.fte_needed(every_day((8, 16), staff=2)) == pytest.approx(2 * 2920 / 1698)


def test_relief_factor():
    assert staffing.relief_factor() == pytest.approx(2080 / 1698)


def test_patrol_shifts_and_grid():
    shifts = staffing.patrol_shifts(PatrolPattern(shifts_per_day=3, shift_length_hours=8, first_shift_start=6))
    assert [s.start for s in shifts] == [6, 14, 22]
    assert shifts[2].label == "Shift 3 (22:00–06:00)"
    grid = staffing.patrol_grid(PatrolPattern(shifts_per_day=4, shift_length_hours=10, overlapping_shifts=True,
                                              first_shift_start=6))
    assert max(max(row) for row in grid) == 2  # overlapping shifts
    assert min(min(row) for row in grid) >= 1


def test_coverage_gap_weekdays_only():
    sched = WeeklySchedule(**{d: [Span(start=8, end=18)] for d in DAYS[:5]})
    gap = staffing.coverage_gap(PatrolPattern(), sched)
    assert gap.patrol_hours == 168
    assert gap.covered_hours == 50
    assert gap.gap_hours == 118
    assert gap.by_day["sat"] == 24 and gap.by_day["mon"] == 14


def test_ratio_and_shifts_covered():
    """10:00–22:00 daily, 3 × 8 h shifts from 06:00: shift 06–14 has a clinician 4 of 8 h
    (0.5 clinician), shift 14–22 all 8 h (1); shift 22–06 none. 2 covered shifts ÷ 1.5
    clinicians = 1.33 police shifts per clinician on duty."""
    plan = ready_plan()
    assert staffing.shifts_covered_per_day(plan.agency.patrol, plan.coverage) == 2
    r = staffing.clinician_ratio(plan)
    assert r.clinician_fte == 2.6
    assert r.positions_per_day == pytest.approx(1.5)
    assert r.shifts_per_clinician == pytest.approx(2 / 1.5)
    plan.coverage.all_patrol_shifts = True
    assert staffing.clinician_ratio(plan).shifts_per_day == 3


def test_ratio_verdicts():
    assert staffing.Ratio(3, 3, 2, 1.5).within_guide
    assert not staffing.Ratio(3, 3, 1, 3.0).within_guide
    plan = ready_plan()
    v = verdicts.ratio(plan)
    assert v.ok is True and "1.33 police shifts per clinician on duty: within the guide" in v.text
    # 'all patrol shifts' with a clinician only 10:00–14:00: 0.5 clinician for 3 shifts = 6
    plan.coverage.all_patrol_shifts = True
    plan.coverage.schedule = every_day((10, 14))
    v = verdicts.ratio(plan)
    assert v.ok is False and "6 police shifts per clinician on duty" in v.text and "stretched" in v.text


def test_ratio_cannot_be_judged_without_its_data():
    """No schedule: not '0 ÷ FTE, above the guide' but what is missing."""
    plan = ready_plan()
    plan.coverage.schedule = WeeklySchedule()
    v = verdicts.ratio(plan)
    assert v.ok is None and v.text.startswith("Cannot be judged yet") and "clinician hours" in v.text
    plan = ready_plan()
    plan.agency.patrol = None
    v = verdicts.ratio(plan)
    assert v.ok is None and "patrol shift pattern" in v.text
    assert staffing.coverage_gap(plan.agency.patrol, plan.coverage.schedule) is None
    assert staffing.shifts_covered_per_day(plan.agency.patrol, plan.coverage) is None
    plan = ready_plan()
    plan.staffing.clinicians[2].fte = None
    assert verdicts.fte(plan).ok is None and "the FTE of 1 clinician position" in verdicts.fte(plan).text


def test_several_teams_on_a_shift_are_judged_per_team():
    """A large city: 16 clinician FTE, 4 on duty 08–16 and 5 on duty 16–24, every day;
    patrol 3 × 8 h from 06:00. Shift 06–14: 6 h × 4 = 24 clinician-hours ÷ 8 = 3
    clinicians; shift 14–22: 2 h × 4 + 6 h × 5 = 38 ÷ 8 = 4.75; shift 22–06 has clinicians
    only 2 of 8 h → not covered. 2 shifts ÷ 7.75 clinicians = 0.26 police shifts per
    clinician on duty: more than one clinician on each shift — not the old '0.12 shifts
    per clinician, above the guide' (2 shifts ÷ 16 FTE, as if one clinician had to
    cover each shift alone)."""
    plan = ready_plan()
    plan.coverage.schedule = WeeklySchedule(**{d: [Span(start=8, end=16, staff=4), Span(start=16, end=24, staff=5)]
                                               for d in ("mon", "tue", "wed", "thu", "fri", "sat", "sun")})
    plan.staffing.clinicians = [ClinicianPosition(title="Clinician", fte=16.0)]
    r = staffing.clinician_ratio(plan)
    assert r.shifts_per_day == 2
    assert r.positions_per_day == pytest.approx(7.75)
    assert r.shifts_per_clinician == pytest.approx(2 / 7.75)
    v = verdicts.ratio(plan)
    assert v.ok is True and "0.26 police shifts per clinician on duty" in v.text
    assert "more than one clinician on each covered shift" in v.text


def test_capacity_needs_calls_and_minutes():
    plan = ready_plan()
    plan.agency.bh_calls_per_year = None
    cap = staffing.capacity(plan)
    assert cap.bh_calls_in_covered_hours is None and cap.utilization is None
    assert "behavioral-health calls a year" in verdicts.utilization(plan).text
    plan = ready_plan()
    plan.staffing.avg_minutes_per_call = None
    assert staffing.capacity(plan).utilization is None
    assert "average minutes per call" in verdicts.utilization(plan).text


def test_capacity_and_utilization():
    plan = ready_plan()  # 1,800 BH calls a year, 84 covered hours a week, 60 min on scene
    cap = staffing.capacity(plan)
    assert cap.bh_calls_in_covered_hours == pytest.approx(1800 * 84 / 168)
    assert cap.calls_per_covered_hour == pytest.approx(1800 / (168 * 365 / 7))
    assert cap.utilization == pytest.approx(900 / (84 * 365 / 7))
    plan.staffing.avg_minutes_per_call = 90
    assert staffing.capacity(plan).utilization == pytest.approx(1.5 * 900 / (84 * 365 / 7))


def test_summary_shortfall():
    plan = ready_plan()
    plan.coverage.schedule = every_day((0, 24))
    s = staffing.summarize(plan)
    assert s.fte_shortfall == pytest.approx(5.159 - 2.6, abs=1e-3)
