"""Coverage, relief factor, ratio and capacity calculators (pure functions).

Worked examples (docs/facts-and-sources.md, "Staffing"; Local Government Performance
Center, 2012): a person is scheduled 2,080 h a year and is absent 382 h, leaving 1,698
available hours; one 8-hour post every day is 2,920 h a year → 2,920 / 1,698 = 1.72 FTE;
a 24/7 post is 8,760 h → 5.16 FTE.

Figures that need an answer the plan does not hold are ``None``; the verdicts in
:mod:`wizard.verdicts` then say what is missing instead of judging.
"""

from __future__ import annotations

from dataclasses import dataclass

from wizard import i18n
from wizard.constants import (  # noqa: F401 (re-exported: callers read them from here)
    DAYS_PER_YEAR,
    DEFAULT_AVAILABLE_HOURS,
    GUIDE_MAX_SHIFTS_PER_CLINICIAN,
    GUIDE_MIN_SHIFTS_PER_CLINICIAN,
    HOURS_PER_WEEK,
    SCHEDULED_HOURS_PER_YEAR,
    WEEKS_PER_YEAR,
)
from wizard.phrases import said_join
from wizard.plan import (
    Coverage,
    PatrolPattern,
    ProgramPlan,
    Team,
    TeamRole,
    Weekday,
    WeeklySchedule,
)

OFFICER_ROLES = (TeamRole.officer, TeamRole.deputy)
"""Team roles that are sworn officers (a sheriff's office calls them deputies)."""


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
    return SCHEDULED_HOURS_PER_YEAR / available_hours_per_fte


@dataclass(frozen=True)
class PatrolShift:
    index: int
    start: float
    """Hour of day the shift starts (0–24)."""
    length: float

    @property
    def label(self) -> str:
        end = (self.start + self.length) % 24
        return i18n.t("Shift {n} ({start}–{end})", n=self.index + 1, start=_hhmm(self.start), end=_hhmm(end))

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


def coverage_gap(agency_patrol: PatrolPattern | None, schedule: WeeklySchedule) -> CoverageGap | None:
    """Patrol hours with and without a clinician; None when the patrol pattern is not given."""
    if agency_patrol is None:
        return None
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


def _clinicians_during(shift: PatrolShift, clin: list[list[int]], d: int) -> tuple[float, float]:
    """(hours of ``shift`` on day ``d`` with a clinician, clinician-hours during it)."""
    on = person = 0.0
    for offset, start, end in shift.hours_on():
        day = (d + offset) % 7
        for h in range(int(start), int(end + 0.999)):
            if h < 24 and clin[day][h]:
                on += 1
                person += clin[day][h]
    return on, person


def shifts_covered_per_day(pattern: PatrolPattern | None, coverage: Coverage) -> float | None:
    """Patrol shifts a day the program covers, averaged over the week.

    A shift counts when clinicians are on duty for at least half of it. When the
    plan says the program runs during all patrol shifts, every shift counts. None
    when the patrol pattern is not given.
    """
    if pattern is None:
        return None
    if coverage.all_patrol_shifts:
        return float(pattern.shifts_per_day)
    clin = clinician_grid(coverage.schedule)
    total = 0
    for d in range(7):
        for shift in patrol_shifts(pattern):
            on, _ = _clinicians_during(shift, clin, d)
            if on >= shift.length / 2:
                total += 1
    return total / 7


def shift_positions_per_day(pattern: PatrolPattern | None, coverage: Coverage) -> float | None:
    """Clinicians on duty during the patrol shifts the program covers, summed over a day.

    Each covered shift counts its clinician hours ÷ its length: one clinician for the
    whole shift is 1, for half of it 0.5, two teams throughout 2;
    when the plan says the program runs during all patrol shifts, a shift the schedule
    barely covers still counts, with the clinician hours it has:
    the guide's "1 clinician per 1–2 police shifts" is about how many shift positions
    one clinician carries, so a program with several teams on a shift is judged per
    team, not as if one clinician covered the whole shift alone. None when the patrol
    pattern or the clinician schedule is not given.
    """
    if pattern is None or weekly_person_hours(coverage.schedule) == 0:
        return None
    clin = clinician_grid(coverage.schedule)
    total = 0.0
    for d in range(7):
        for shift in patrol_shifts(pattern):
            on, person = _clinicians_during(shift, clin, d)
            if on >= shift.length / 2:
                total += person / shift.length  # clinicians on duty during the shift, on average
            elif coverage.all_patrol_shifts:
                total += person / shift.length  # said to be covered: counted with the clinicians it has
    return total / 7


@dataclass(frozen=True)
class Ratio:
    """Police shifts per clinician on duty; any input may be missing (then ``None``)."""

    shifts_per_day: float | None
    """Patrol shifts a day the program covers (None: no patrol pattern given)."""
    positions_per_day: float | None
    """Clinician positions staffed per patrol shift, summed over a day (None: no schedule)."""
    clinician_fte: float
    shifts_per_clinician: float | None
    """Covered police shifts per clinician on duty during them (the guide's 1–2); None when
    it cannot be computed."""

    @property
    def within_guide(self) -> bool:
        r = self.shifts_per_clinician
        return r is not None and GUIDE_MIN_SHIFTS_PER_CLINICIAN - 1e-9 <= r <= GUIDE_MAX_SHIFTS_PER_CLINICIAN + 1e-9


def clinician_ratio(plan: ProgramPlan) -> Ratio:
    shifts = shifts_covered_per_day(plan.agency.patrol, plan.coverage)
    positions = shift_positions_per_day(plan.agency.patrol, plan.coverage)
    fte = plan.staffing.clinician_fte
    per = shifts / positions if shifts is not None and positions else None
    return Ratio(shifts, positions, fte, per)


@dataclass(frozen=True)
class Capacity:
    covered_hours_per_year: float
    bh_calls_in_covered_hours: float | None
    """Expected BH calls in the covered hours; None without a yearly call count."""
    calls_per_covered_hour: float | None
    clinician_hours_per_year: float
    utilization: float | None
    """Share of scheduled clinician time spent on scene; None without data."""
    even_spread: bool = True
    """True: calls are assumed spread evenly over the week (no call data imported)."""


def capacity(plan: ProgramPlan) -> Capacity:
    """Expected BH calls per covered hour and clinician utilization.

    Assumes calls are spread evenly over the week (``even_spread``): real calls
    cluster in the afternoon and evening, so daytime-only coverage sees fewer. Every
    figure that needs the yearly call count or the minutes per call is None without it.
    """
    covered_year = weekly_covered_hours(plan.coverage.schedule) * WEEKS_PER_YEAR
    person_year = weekly_person_hours(plan.coverage.schedule) * WEEKS_PER_YEAR
    calls = plan.agency.bh_calls_per_year
    if calls is None:
        return Capacity(covered_year, None, None, person_year, None)
    in_covered = calls * covered_year / (HOURS_PER_WEEK * WEEKS_PER_YEAR)
    per_hour = in_covered / covered_year if covered_year else None
    minutes = plan.staffing.avg_minutes_per_call
    util = (in_covered * minutes / 60 / person_year) if person_year and minutes is not None else None
    return Capacity(covered_year, in_covered, per_hour, person_year, util)


@dataclass(frozen=True)
class OfficersPerClinician:
    """Officers who ride with each clinician on duty, from the teams' composition."""

    value: float | None
    """Officers on duty per clinician on duty; None when the plan cannot tell (see ``missing``)."""
    missing: str = ""
    """What the plan would need to hold, in words ('' when ``value`` is known)."""
    teams: tuple[str, ...] = ()
    """Names of the teams with a dedicated officer."""


def _team_name(team: Team, index: int) -> str:
    return team.name.strip() or i18n.t("team {n}", n=index + 1)


def officers_per_clinician(plan: ProgramPlan) -> OfficersPerClinician:
    """How many officers the program staffs beside each clinician on duty.

    A team counts when it has a clinician and an officer (or deputy) in it, and the
    clinician does not arrive separately: a clinician who meets patrol at the scene
    works with whichever patrol officer is there, who is not the program's to staff.
    Teams of different make-up are weighted by how many of each the program fields.
    """
    teams = plan.staffing.teams
    if not teams:
        return OfficersPerClinician(None, i18n.t("the teams (who rides with the clinician)"))
    rows: list[tuple[Team, int, float, float]] = []
    for i, t in enumerate(teams):
        clin = sum(m.count for m in t.members if m.role is TeamRole.clinician)
        off = sum(m.count for m in t.members if m.role in OFFICER_ROLES)
        if clin and off and t.clinician_arrives_separately is not True:
            rows.append((t, i, float(clin), float(off)))
    if not rows:
        return OfficersPerClinician(0.0)
    ratios = {off / clin for _t, _i, clin, off in rows}
    names = tuple(_team_name(t, i) for t, i, _c, _o in rows)
    clin_only = [t for t in teams if t.has(TeamRole.clinician)
                 and not any(t is r[0] for r in rows)]
    if len(ratios) == 1 and not clin_only:
        return OfficersPerClinician(ratios.pop(), teams=names)
    unknown = [_team_name(t, i) for i, t in enumerate(teams) if t.has(TeamRole.clinician) and t.units is None]
    if unknown:
        return OfficersPerClinician(None, i18n.t("how many units of {teams} the program fields", teams=said_join(unknown)),
                                    names)
    clinicians = sum(float(t.units or 0) * sum(m.count for m in t.members if m.role is TeamRole.clinician)
                     for t in teams)
    officers = sum(float(t.units or 0) * off for t, _i, _c, off in rows)
    return OfficersPerClinician(officers / clinicians if clinicians else None,
                                "" if clinicians else i18n.t("the clinicians in the teams"), names)


def officer_fte_needed(plan: ProgramPlan, per: OfficersPerClinician | None = None) -> float | None:
    """Dedicated officer FTE the schedule needs, relief included, like clinician FTE:
    officer hours a week (clinician hours × officers per clinician) × 52.14 weeks ÷ the
    hours one FTE works in a year (the plan's, by default 2,080 − 382 = 1,698). None when
    the schedule or the team make-up is not given."""
    per = per or officers_per_clinician(plan)
    person = weekly_person_hours(plan.coverage.schedule)
    if per.value is None or not person:
        return None
    return fte_for_hours(person * per.value * WEEKS_PER_YEAR, plan.staffing.available_hours_per_fte)


@dataclass(frozen=True)
class StaffingSummary:
    weekly_person_hours: float
    weekly_covered_hours: int
    fte_needed: float | None
    """FTE the schedule needs, relief included; None when no clinician hours are scheduled."""
    clinician_fte: float
    clinician_fte_unknown: int
    """Clinician positions whose FTE is not known (not counted in ``clinician_fte``)."""
    fte_shortfall: float | None
    ratio: Ratio
    gap: CoverageGap | None
    capacity: Capacity
    officers_per_clinician: OfficersPerClinician | None = None
    officer_fte_needed: float | None = None
    """Dedicated officer FTE the schedule needs (relief included); None when not known."""


def summarize(plan: ProgramPlan) -> StaffingSummary:
    sched = plan.coverage.schedule
    person = weekly_person_hours(sched)
    need = fte_needed(sched, plan.staffing.available_hours_per_fte) if person else None
    have = plan.staffing.clinician_fte
    unknown = plan.staffing.clinician_fte_unknown
    shortfall = None if need is None or unknown else max(0.0, need - have)
    return StaffingSummary(
        weekly_person_hours=person,
        weekly_covered_hours=weekly_covered_hours(sched),
        fte_needed=need,
        clinician_fte=have,
        clinician_fte_unknown=unknown,
        fte_shortfall=shortfall,
        ratio=clinician_ratio(plan),
        gap=coverage_gap(plan.agency.patrol, sched),
        capacity=capacity(plan),
        officers_per_clinician=(per := officers_per_clinician(plan)),
        officer_fte_needed=officer_fte_needed(plan, per),
    )
