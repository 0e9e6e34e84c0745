"""Coverage, relief factor, ratio and capacity calculators (pure functions).

Worked examples (domain.md §2, Local Government Performance Center, 2012): a
person is scheduled 2,080 h a year and is absent 382 h, leaving 1,698 available
hours; one 8-hour post every day is 2,920 h a year → 2,920 / 1,698 = 1.72 FTE;
a 24/7 post is 8,760 h → 5.16 FTE.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard.plan import Coverage, PatrolPattern, ProgramPlan, Weekday, WeeklySchedule

DAYS_PER_YEAR = 365
WEEKS_PER_YEAR = DAYS_PER_YEAR / 7
HOURS_PER_WEEK = 168
DEFAULT_AVAILABLE_HOURS = 1698.0

GUIDE_MIN_SHIFTS_PER_CLINICIAN = 1.0
GUIDE_MAX_SHIFTS_PER_CLINICIAN = 2.0
"""Starter guide: 1 clinician per 1–2 police shifts."""


def weekly_person_hours(schedule: WeeklySchedule) -> float:
    """Clinician hours scheduled in a week (a span with staff 2 counts twice)."""
    return float(sum(s.hours * s.staff for d in Weekday for s in schedule.day(d)))


def weekly_covered_hours(schedule: WeeklySchedule) -> int:
    """Clock hours a week with at least one clinician on duty."""
    return sum(s.hours for d in Weekday for s in schedule.day(d))


def fte_for_hours(annual_hours: float, available_hours_per_fte: float = DEFAULT_AVAILABLE_HOURS) -> float:
    if available_hours_per_fte <= 0:
        raise ValueError("available hours per FTE must be positive")
    return annual_hours / available_hours_per_fte


def fte_needed(schedule: WeeklySchedule, available_hours_per_fte: float = DEFAULT_AVAILABLE_HOURS) -> float:
    """FTE needed to staff ``schedule`` every week of the year, relief included."""
    return fte_for_hours(weekly_person_hours(schedule) * WEEKS_PER_YEAR, available_hours_per_fte)


def post_fte(hours_per_day: float, days_per_week: int = 7,
             available_hours_per_fte: float = DEFAULT_AVAILABLE_HOURS) -> float:
    """FTE for one post staffed ``hours_per_day`` on ``days_per_week`` days."""
    return fte_for_hours(hours_per_day * days_per_week * WEEKS_PER_YEAR, available_hours_per_fte)


def relief_factor(available_hours_per_fte: float = DEFAULT_AVAILABLE_HOURS) -> float:
    """FTE per position staffed 40 h a week all year (2,080 scheduled hours)."""
    return 2080 / available_hours_per_fte


@dataclass(frozen=True)
class PatrolShift:
    index: int
    start: float
    """Hour of day the shift starts (0–24)."""
    length: float

    @property
    def label(self) -> str:
        end = (self.start + self.length) % 24
        return f"Shift {self.index + 1} ({_hhmm(self.start)}–{_hhmm(end)})"

    def hours_on(self) -> list[tuple[int, float, float]]:
        """(day offset, start, end) pieces of this shift, split at midnight."""
        pieces: list[tuple[int, float, float]] = []
        start, remaining, day = self.start, self.length, 0
        while remaining > 1e-9:
            end = min(24.0, start + remaining)
            pieces.append((day, start, end))
            remaining -= end - start
            start, day = 0.0, day + 1
        return pieces


def _hhmm(hour: float) -> str:
    h = int(hour) % 24
    m = int(round((hour - int(hour)) * 60))
    return f"{h:02d}:{m:02d}"


def patrol_shifts(pattern: PatrolPattern) -> list[PatrolShift]:
    """Patrol shifts of a day, starts spread evenly across the patrol day."""
    spacing = pattern.patrol_hours_per_day / pattern.shifts_per_day
    return [
        PatrolShift(i, (pattern.first_shift_start + i * spacing) % 24, pattern.shift_length_hours)
        for i in range(pattern.shifts_per_day)
    ]


def clinician_grid(schedule: WeeklySchedule) -> list[list[int]]:
    """7 × 24 clinicians on duty per hour, Monday first."""
    grid = [[0] * 24 for _ in range(7)]
    for d, day in enumerate(Weekday):
        for s in schedule.day(day):
            for h in range(s.start, s.end):
                grid[d][h] += s.staff
    return grid


def patrol_grid(pattern: PatrolPattern) -> list[list[int]]:
    """7 × 24 patrol shifts on duty per hour (2 where shifts overlap)."""
    grid = [[0] * 24 for _ in range(7)]
    for shift in patrol_shifts(pattern):
        for d in range(7):
            for offset, start, end in shift.hours_on():
                for h in range(int(start), int(end + 0.999)):
                    if h < 24:
                        grid[(d + offset) % 7][h] += 1
    return grid


@dataclass(frozen=True)
class CoverageGap:
    patrol_hours: int
    """Clock hours a week patrol is on duty."""
    covered_hours: int
    """Of those, hours with a clinician on duty."""
    gap_hours: int
    by_day: dict[str, int]
    """Uncovered patrol hours per weekday."""

    @property
    def share_covered(self) -> float:
        return self.covered_hours / self.patrol_hours if self.patrol_hours else 0.0


def coverage_gap(agency_patrol: PatrolPattern, schedule: WeeklySchedule) -> CoverageGap:
    patrol = patrol_grid(agency_patrol)
    clin = clinician_grid(schedule)
    by_day: dict[str, int] = {}
    patrol_hours = covered = 0
    for d, day in enumerate(Weekday):
        day_gap = 0
        for h in range(24):
            if patrol[d][h]:
                patrol_hours += 1
                if clin[d][h]:
                    covered += 1
                else:
                    day_gap += 1
        by_day[day.value] = day_gap
    return CoverageGap(patrol_hours, covered, patrol_hours - covered, by_day)


def shifts_covered_per_day(pattern: PatrolPattern, coverage: Coverage) -> float:
    """Patrol shifts a day the program covers, averaged over the week.

    A shift counts when clinicians are on duty for at least half of it. When the
    plan says the program runs during all patrol shifts, every shift counts.
    """
    if coverage.all_patrol_shifts:
        return float(pattern.shifts_per_day)
    clin = clinician_grid(coverage.schedule)
    total = 0
    for d in range(7):
        for shift in patrol_shifts(pattern):
            on = 0.0
            for offset, start, end in shift.hours_on():
                day = (d + offset) % 7
                on += sum(1 for h in range(int(start), int(end + 0.999)) if h < 24 and clin[day][h])
            if on >= shift.length / 2:
                total += 1
    return total / 7


@dataclass(frozen=True)
class Ratio:
    shifts_per_day: float
    clinician_fte: float
    shifts_per_clinician: float | None
    """None when there are no clinicians."""

    @property
    def within_guide(self) -> bool:
        r = self.shifts_per_clinician
        return r is not None and GUIDE_MIN_SHIFTS_PER_CLINICIAN - 1e-9 <= r <= GUIDE_MAX_SHIFTS_PER_CLINICIAN + 1e-9

    @property
    def verdict(self) -> str:
        r = self.shifts_per_clinician
        if r is None:
            return "no clinicians yet"
        if r > GUIDE_MAX_SHIFTS_PER_CLINICIAN + 1e-9:
            return "stretched: more than 2 shifts per clinician"
        if r < GUIDE_MIN_SHIFTS_PER_CLINICIAN - 1e-9:
            return "above the guide: more than one clinician per shift"
        return "within the guide (1 clinician per 1–2 shifts)"


def clinician_ratio(plan: ProgramPlan) -> Ratio:
    shifts = shifts_covered_per_day(plan.agency.patrol, plan.coverage)
    fte = plan.staffing.clinician_fte
    return Ratio(shifts, fte, (shifts / fte) if fte > 0 else None)


@dataclass(frozen=True)
class Capacity:
    covered_hours_per_year: float
    bh_calls_in_covered_hours: float
    calls_per_covered_hour: float
    clinician_hours_per_year: float
    utilization: float | None
    """Share of scheduled clinician time spent on scene; None without data."""


def capacity(plan: ProgramPlan) -> Capacity:
    """Expected BH calls per covered hour and clinician utilization.

    Assumes calls are spread evenly over the week (a simplification: real calls
    cluster in the afternoon and evening, so daytime-only coverage sees fewer).
    """
    covered_year = weekly_covered_hours(plan.coverage.schedule) * WEEKS_PER_YEAR
    person_year = weekly_person_hours(plan.coverage.schedule) * WEEKS_PER_YEAR
    calls = plan.agency.bh_calls_per_year or 0
    in_covered = calls * covered_year / (HOURS_PER_WEEK * WEEKS_PER_YEAR)
    per_hour = in_covered / covered_year if covered_year else 0.0
    busy = in_covered * plan.staffing.avg_minutes_per_call / 60
    util = busy / person_year if person_year and plan.agency.bh_calls_per_year is not None else None
    return Capacity(covered_year, in_covered, per_hour, person_year, util)


@dataclass(frozen=True)
class StaffingSummary:
    weekly_person_hours: float
    weekly_covered_hours: int
    fte_needed: float
    clinician_fte: float
    fte_shortfall: float
    ratio: Ratio
    gap: CoverageGap
    capacity: Capacity


def summarize(plan: ProgramPlan) -> StaffingSummary:
    sched = plan.coverage.schedule
    need = fte_needed(sched, plan.staffing.available_hours_per_fte)
    have = plan.staffing.clinician_fte
    return StaffingSummary(
        weekly_person_hours=weekly_person_hours(sched),
        weekly_covered_hours=weekly_covered_hours(sched),
        fte_needed=need,
        clinician_fte=have,
        fte_shortfall=max(0.0, need - have),
        ratio=clinician_ratio(plan),
        gap=coverage_gap(plan.agency.patrol, sched),
        capacity=capacity(plan),
    )
