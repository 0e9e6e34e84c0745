"""The hour grid ⇄ schedule conversion, the schedule read out in words, field notes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wizard.content import default_content
from wizard.plan import ProgramPlan, Span, WeeklySchedule
from wizard.schedule import (
    describe_schedule,
    empty_grid,
    grid_from_schedule,
    schedule_from_grid,
    spans_from_hours,
)
from wizard.steps import STEP_SECTION, Step


def test_hours_merge_into_spans_of_equal_staff():
    day = [0] * 24
    for h in range(10, 14):
        day[h] = 1
    for h in range(14, 20):
        day[h] = 2
    assert spans_from_hours(day) == [Span(start=10, end=14, staff=1), Span(start=14, end=20, staff=2)]


def test_a_day_running_to_midnight_ends_at_24():
    day = [0] * 20 + [1] * 4
    assert spans_from_hours(day) == [Span(start=20, end=24, staff=1)]


def test_staff_is_clamped_to_what_the_plan_allows():
    day = [99] + [-3] * 23
    assert spans_from_hours(day) == [Span(start=0, end=1, staff=50)]


def test_wrong_shapes_are_refused():
    with pytest.raises(ValueError):
        spans_from_hours([0] * 23)
    with pytest.raises(ValueError):
        schedule_from_grid(empty_grid()[:6])


@given(st.lists(st.lists(st.integers(0, 4), min_size=24, max_size=24), min_size=7, max_size=7))
def test_grid_round_trips(grid):
    assert grid_from_schedule(schedule_from_grid(grid)) == grid


def test_described_in_groups_of_identical_days():
    weekday = [Span(start=10, end=14), Span(start=14, end=20, staff=2)]
    weekend = [Span(start=12, end=20)]
    sched = WeeklySchedule(mon=weekday, tue=weekday, wed=weekday, thu=weekday, fri=weekday, sat=weekend, sun=weekend)
    assert describe_schedule(sched) == (
        "Mon–Fri 10:00–14:00 (1 clinician), 14:00–20:00 (2 clinicians); Sat, Sun 12:00–20:00 (1 clinician)")
    assert describe_schedule(WeeklySchedule()) == "No clinician hours scheduled"
    gapped = WeeklySchedule(mon=weekend, wed=weekend)
    assert describe_schedule(gapped) == "Mon, Wed 12:00–20:00 (1 clinician)"


def _field_exists(path: str) -> bool:
    obj: object = ProgramPlan()
    for part in path.split("."):
        fields = type(obj).model_fields  # type: ignore[attr-defined]
        if part not in fields:
            return False
        obj = getattr(obj, part)
    return True


def test_field_notes_name_real_fields_of_their_own_step():
    content = default_content()
    for step in Step:
        for path in content.step(step).field_notes:
            assert _field_exists(path), f"{step.name}: no plan field {path}"
            assert path.split(".")[0] == STEP_SECTION.get(step), f"{step.name}: {path} belongs to another step"
    assert "one hour" in content.field_note(Step.coverage, "coverage.target_response_minutes")
    assert content.field_note(Step.coverage, "coverage.no_such_field") == ""


def test_identical_days_group_even_when_apart():
    a, b = [Span(start=8, end=16)], [Span(start=0, end=24)]
    sched = WeeklySchedule(mon=a, tue=a, wed=a, thu=a, fri=a, sat=b, sun=a)
    assert describe_schedule(sched) == (
        "Mon–Fri, Sun 08:00–16:00 (1 clinician); Sat 00:00–24:00 (1 clinician)")
