"""Officer FTE from the schedule, with the same relief factor as clinician FTE (worked figures)."""

from __future__ import annotations

import pytest

from wizard import staffing, verdicts
from wizard.plan import ProgramPlan, Span, Team, TeamMember, WeeklySchedule

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def _plan(*teams: Team, officers: int | None = None, hours=(8, 18)) -> ProgramPlan:
    p = ProgramPlan()
    p.coverage.schedule = WeeklySchedule(**{d: [Span(start=hours[0], end=hours[1])] for d in DAYS})
    p.staffing.teams = list(teams)
    p.staffing.dedicated_officers = officers
    return p


def _team(officers: int, clinicians: int = 1, units: int | None = 1, separately: bool | None = None, name: str = ""):
    members = [TeamMember(role="clinician", count=clinicians)]
    if officers:
        members.append(TeamMember(role="officer", count=officers))
    return Team(name=name, members=members, units=units, clinician_arrives_separately=separately)


def test_one_officer_per_clinician_needs_the_clinician_fte():
    """10 h a day × 7 = 70 h a week × 365/7 = 3,650 h a year ÷ 1,698 = 2.15 FTE of officers."""
    p = _plan(_team(1), officers=2)
    s = staffing.summarize(p)
    assert s.officer_fte_needed == pytest.approx(3650 / 1698)
    assert s.officer_fte_needed == pytest.approx(s.fte_needed)
    v = verdicts.officer_fte(p, s)
    assert v.ok is False
    assert v.text == "The schedule needs 2.15 dedicated officer FTE; the plan has 2 dedicated officers (0.15 FTE short)."


def test_two_officers_in_a_car_double_it_and_three_officers_are_enough():
    """2 officers per clinician: 2 × 2.15 = 4.30 FTE; 3 dedicated officers are 1.30 short, 5 are enough."""
    p = _plan(_team(2), officers=3)
    assert staffing.summarize(p).officer_fte_needed == pytest.approx(2 * 3650 / 1698)
    assert "4.30 dedicated officer FTE" in verdicts.officer_fte(p).text and "1.30 FTE short" in verdicts.officer_fte(p).text
    p.staffing.dedicated_officers = 5
    assert verdicts.officer_fte(p).ok is True


def test_teams_of_different_make_up_are_weighted_by_units():
    """2 cars of officer + clinician, 1 clinician-only unit: 2 officers ÷ 3 clinicians on duty = 0.667;
    × 2.15 = 1.43 FTE."""
    p = _plan(_team(1, units=2, name="Car"), _team(0, units=1, name="Follow-up"), officers=2)
    s = staffing.summarize(p)
    assert s.officers_per_clinician.value == pytest.approx(2 / 3)
    assert s.officer_fte_needed == pytest.approx(2 / 3 * 3650 / 1698)
    p.staffing.teams[1] = p.staffing.teams[1].model_copy(update={"units": None})
    v = verdicts.officer_fte(p)
    assert v.ok is None and "how many units of Follow-up" in v.text


def test_a_clinician_who_meets_patrol_needs_no_dedicated_officer():
    p = _plan(_team(1, separately=True), officers=0)
    v = verdicts.officer_fte(p)
    assert v.ok is True and "needs no dedicated officer FTE" in v.text


def test_unknowns_are_not_judged():
    blank = ProgramPlan()
    v = verdicts.officer_fte(blank)
    assert v.ok is None and "coverage schedule" in v.text and "the teams" in v.text
    unknown_officers = _plan(_team(1), officers=None)
    v = verdicts.officer_fte(unknown_officers)
    assert v.ok is None and "the number of dedicated officers" in v.text
    none_dedicated = _plan(_team(1), officers=0)
    assert "no dedicated officers" in verdicts.officer_fte(none_dedicated).text
