"""The weekly clinician schedule as an hour grid, and back, and in words.

The coverage page edits clinician hours as a 7 × 24 grid of "clinicians on duty"
(Monday first). The plan stores the same thing as spans per day; these pure
functions convert between the two and describe a schedule in one line per group
of identical days, so the room (and a screen reader) can hear it read out.
"""

from __future__ import annotations

from collections.abc import Sequence

from wizard.i18n import t
from wizard.phrases import plural
from wizard.plan import Span, Weekday, WeeklySchedule
from wizard.staffing import clinician_grid

DAY_ABBR: dict[Weekday, str] = {
    Weekday.mon: "Mon", Weekday.tue: "Tue", Weekday.wed: "Wed", Weekday.thu: "Thu",
    Weekday.fri: "Fri", Weekday.sat: "Sat", Weekday.sun: "Sun",
}
MAX_STAFF = 50
"""The plan allows at most this many clinicians on duty at once (``Span.staff``)."""

Grid = list[list[int]]


def empty_grid() -> Grid:
    return [[0] * 24 for _ in range(7)]


def grid_from_schedule(schedule: WeeklySchedule) -> Grid:
    """7 × 24 clinicians on duty per hour, Monday first."""
    return clinician_grid(schedule)


def spans_from_hours(hours: Sequence[int]) -> list[Span]:
    """One day's 24 staff counts as spans, merging neighbouring hours of equal staff."""
    if len(hours) != 24:
        raise ValueError("a day has 24 hours")
    spans: list[Span] = []
    h = 0
    while h < 24:
        staff = max(0, min(MAX_STAFF, int(hours[h])))
        if staff == 0:
            h += 1
            continue
        end = h + 1
        while end < 24 and max(0, min(MAX_STAFF, int(hours[end]))) == staff:
            end += 1
        spans.append(Span(start=h, end=end, staff=staff))
        h = end
    return spans


def schedule_from_grid(grid: Sequence[Sequence[int]]) -> WeeklySchedule:
    """The inverse of :func:`grid_from_schedule` (staff clamped to 0–50)."""
    if len(grid) != 7:
        raise ValueError("a week has 7 days")
    return WeeklySchedule(**{day.value: spans_from_hours(grid[d]) for d, day in enumerate(Weekday)})


def hhmm(hour: int) -> str:
    return f"{hour:02d}:00"


def describe_spans(spans: Sequence[Span]) -> str:
    parts = []
    for s in spans:
        who = plural(s.staff, "clinician")
        parts.append(f"{hhmm(s.start)}–{hhmm(s.end)} ({who})")
    return ", ".join(parts)


def day_range(days: list[Weekday], names: dict[Weekday, str] = DAY_ABBR) -> str:
    """'Mon–Fri' for runs of three or more consecutive days, 'Sat, Sun' otherwise."""
    order = list(Weekday)
    runs: list[list[Weekday]] = []
    for d in days:
        if runs and order.index(d) == order.index(runs[-1][-1]) + 1:
            runs[-1].append(d)
        else:
            runs.append([d])
    parts = []
    for run in runs:
        if len(run) > 2:
            parts.append(f"{names[run[0]]}–{names[run[-1]]}")
        else:
            parts.extend(names[d] for d in run)
    return ", ".join(parts)


def describe_schedule(schedule: WeeklySchedule) -> str:
    """E.g. 'Mon–Fri 10:00–14:00 (1 clinician), 14:00–20:00 (2 clinicians); Sat, Sun 12:00–20:00 (1 clinician)'.

    Days with the same hours are grouped (in the order of their first day); days
    without clinicians are left out. An empty schedule reads 'No clinician hours
    scheduled'.
    """
    groups: dict[str, list[Weekday]] = {}
    for day in Weekday:
        text = describe_spans(schedule.day(day))
        if text:
            groups.setdefault(text, []).append(day)
    if not groups:
        return t("No clinician hours scheduled")
    names = {day: t(abbr) for day, abbr in DAY_ABBR.items()}
    return "; ".join(f"{day_range(days, names)} {text}" for text, days in groups.items())
