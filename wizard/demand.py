"""Figures and sentences from imported call counts (``plan.coverage.call_demand``).

* :func:`covered_share` — the share of behavioral-health (BH) calls that fall inside
  the planned clinician hours, or "not known" (None with a reason) when no calls are
  imported: no even-spread guess is presented as data.
* :func:`estimate` — BH calls per covered hour and clinician utilization from the
  actual hourly distribution when calls are imported; otherwise
  :func:`wizard.staffing.capacity`'s even spread, flagged as such.
* :func:`peak`, :func:`demand_sentence`, :func:`source_sentence`, :func:`alt_text` —
  words for the coverage page and the charter's demand figure, e.g. "Behavioral-health
  calls peak Tuesday–Friday 14:00–22:00; 78% of them fall inside the planned
  clinician hours."
* :func:`heat_levels` — the 7 × 24 table in a few shades, for the week grid and the
  charter figure to draw alike.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from wizard.calldata import CallDemand
from wizard.i18n import N_, is_english, t
from wizard.labels import WEEKDAY_NAMES
from wizard.phrases import long_date, number, percent
from wizard.plan import ProgramPlan, Weekday, WeeklySchedule
from wizard.schedule import day_range, hhmm
from wizard.staffing import (
    WEEKS_PER_YEAR,
    capacity,
    clinician_grid,
    weekly_covered_hours,
    weekly_person_hours,
)

PEAK_DAY_SHARE = 0.8
"""A peak day has at least this share of the busiest day's BH calls."""
PEAK_HOUR_SHARE = 0.5
"""The peak hours run on from the busiest hour while an hour has at least half its calls."""

NOT_IMPORTED = N_("no call data has been imported")


@dataclass(frozen=True)
class Share:
    value: float | None
    """Share of BH calls inside the planned clinician hours; None when not known."""
    covered: int
    total: int
    reason: str = ""
    """Why the share is not known."""

    @property
    def known(self) -> bool:
        return self.value is not None

    def text(self) -> str:
        if self.value is None:
            return t("not known: {reason}", reason=t(self.reason))
        return t("{share} ({covered} of {total})", share=percent(self.value), covered=_n(self.covered),
                 total=_n(self.total))


def covered_share(demand: CallDemand | None, schedule: WeeklySchedule) -> Share:
    """BH calls inside the hours with at least one clinician on duty, over all BH calls."""
    if demand is None:
        return Share(None, 0, 0, NOT_IMPORTED)
    total = demand.total_bh
    if total == 0:
        return Share(None, 0, 0, N_("the imported calls include no behavioral-health call"))
    clin = clinician_grid(schedule)
    covered = sum(demand.bh_calls[d][h] for d in range(7) for h in range(24) if clin[d][h])
    return Share(covered / total, covered, total)


def plan_share(plan: ProgramPlan) -> Share:
    return covered_share(plan.coverage.call_demand, plan.coverage.schedule)


@dataclass(frozen=True)
class Estimate:
    bh_calls_per_year: float | None
    """BH calls a year the estimate starts from (None when unknown)."""
    bh_in_covered_per_year: float | None
    covered_hours_per_year: float
    calls_per_covered_hour: float | None
    utilization: float | None
    """Share of scheduled clinician time on scene; None without a call volume or hours."""
    even_spread: bool
    """True when calls are assumed spread evenly over the week (no import)."""
    note: str


def estimate(plan: ProgramPlan) -> Estimate:
    """Calls per covered hour and utilization, from the imported hourly pattern when there is one.

    The yearly volume is the plan's ``agency.bh_calls_per_year`` when given (the figure the
    staffing page uses), else the imported BH calls scaled from the export's weeks to a
    year; the imported counts say *when* the calls come.
    """
    demand = plan.coverage.call_demand
    share = plan_share(plan)
    if demand is None or share.value is None:
        cap = capacity(plan)
        why = NOT_IMPORTED if demand is None else share.reason
        return Estimate(plan.agency.bh_calls_per_year, cap.bh_calls_in_covered_hours, cap.covered_hours_per_year,
                        cap.calls_per_covered_hour, cap.utilization, True,
                        t("Assumes behavioral-health calls are spread evenly over the week ({why}).", why=t(why)))
    sched = plan.coverage.schedule
    if plan.agency.bh_calls_per_year is not None:
        volume = float(plan.agency.bh_calls_per_year)
        source = t("the plan's behavioral-health calls a year")
    else:
        volume = demand.total_bh / demand.weeks * WEEKS_PER_YEAR
        source = t("the {n} imported calls scaled to a year", n=_n(demand.total_bh))
    covered_year = weekly_covered_hours(sched) * WEEKS_PER_YEAR
    person_year = weekly_person_hours(sched) * WEEKS_PER_YEAR
    in_covered = volume * share.value
    per_hour = in_covered / covered_year if covered_year else None
    minutes = plan.staffing.avg_minutes_per_call
    util = in_covered * minutes / 60 / person_year if person_year and minutes is not None else None
    return Estimate(volume, in_covered, covered_year, per_hour, util, False,
                    t("Uses when the imported calls came ({share} inside clinician hours) and {source}.",
                      share=percent(share.value), source=source))


# ---------------------------------------------------------------------------
# Words
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Peak:
    days: tuple[int, ...]
    start: int
    hours: int
    """Length of the peak window (24: around the clock)."""
    calls: int
    """BH calls inside the window on the peak days."""
    total: int

    @property
    def share(self) -> float:
        return self.calls / self.total if self.total else 0.0

    def days_text(self) -> str:
        if len(self.days) == 7:
            return t("every day")
        return day_range([list(Weekday)[d] for d in self.days], WEEKDAY_NAMES)

    def hours_text(self) -> str:
        if self.hours >= 24:
            return t("around the clock")
        end = self.start + self.hours
        return f"{hhmm(self.start)}–{hhmm(end if end <= 24 else end - 24)}"


def peak(demand: CallDemand) -> Peak | None:
    """When BH calls cluster: the days with at least 80 % of the busiest day's calls, and on
    them the run of hours (across midnight too) around the busiest hour in which each hour
    has at least half of its calls. None without BH calls."""
    total = demand.total_bh
    if not total:
        return None
    by_day = [sum(row) for row in demand.bh_calls]
    top = max(by_day)
    days = tuple(d for d in range(7) if by_day[d] >= PEAK_DAY_SHARE * top)
    by_hour = [sum(demand.bh_calls[d][h] for d in days) for h in range(24)]
    best = max(range(24), key=lambda h: (by_hour[h], -h))
    floor = PEAK_HOUR_SHARE * by_hour[best]
    start, length = best, 1
    while length < 24 and by_hour[(start - 1) % 24] >= floor:
        start, length = (start - 1) % 24, length + 1
    while length < 24 and by_hour[(start + length) % 24] >= floor:
        length += 1
    if length >= 24:
        start, length = 0, 24
    calls = sum(demand.bh_calls[d][(start + k) % 24] for d in days for k in range(length))
    return Peak(days, start, length, calls, total)


def peak_phrase(demand: CallDemand) -> str:
    p = peak(demand)
    if p is None:
        return t("No behavioral-health calls were counted in the imported calls")
    return t("Behavioral-health calls peak {days} {hours}", days=p.days_text(), hours=p.hours_text())


def demand_sentence(plan: ProgramPlan) -> str:
    """One sentence for the page and the charter: when BH calls peak and what share the hours cover."""
    demand = plan.coverage.call_demand
    share = plan_share(plan)
    if demand is None:
        return t("The share of behavioral-health calls inside the planned clinician hours is not known: "
                 "no call data has been imported.")
    head = peak_phrase(demand)
    if share.value is None:
        return head + "."
    if weekly_covered_hours(plan.coverage.schedule) == 0:
        return t("{head}; no clinician hours are planned yet.", head=head)
    return t("{head}; {share} of them fall inside the planned clinician hours.", head=head, share=percent(share.value))


def _n(x: float) -> str:
    if not is_english():
        return number(x)
    return f"{x:,}"


def _date(d) -> str:
    if not is_english():
        return long_date(d)
    return f"{d.day} {d.strftime('%B %Y')}"


def source_sentence(demand: CallDemand) -> str:
    """Where the counts come from, for a figure's caption."""
    codes = ", ".join(demand.bh_codes + demand.flag_values) or t("none")
    skipped = ""
    if demand.rows_skipped:
        reasons = "; ".join(f"{_n(k)} {t(r)}" for r, k in demand.rows_skipped.items())
        skipped = t(" {n} rows were skipped ({reasons}).", n=_n(demand.rows_skipped_total), reasons=reasons)
    zone = (t("in {zone} time", zone=demand.time_zone) if demand.time_zone
            else t("in local time as recorded"))
    return t("Counted from {source}: {calls} calls from {first} to {last} ({weeks} weeks), {zone}; {bh} of them "
             "behavioral-health calls (call types {codes}).{skipped} Only counts by weekday and hour are kept.",
             source=demand.source_file or t("a CAD export"), calls=_n(demand.total_calls),
             first=_date(demand.first_date), last=_date(demand.last_date), weeks=f"{demand.weeks:.1f}", zone=zone,
             bh=_n(demand.total_bh), codes=codes, skipped=skipped)


def alt_text(demand: CallDemand, schedule: WeeklySchedule) -> str:
    """Alternative text for the demand figure (a heat map of BH calls with the clinician hours)."""
    share = covered_share(demand, schedule)
    p = peak(demand)
    parts = [t("Heat map of behavioral-health calls by weekday (rows, Monday first) and hour of the day "
               "(columns), {calls} calls in {weeks} weeks.", calls=_n(demand.total_bh), weeks=f"{demand.weeks:.1f}")]
    if p is not None:
        d, h = max(((d, h) for d in range(7) for h in range(24)), key=lambda dh: demand.bh_calls[dh[0]][dh[1]])
        parts.append(t("They peak {days} {hours} ({share} of them); the busiest hour is {day} {start}–{end} with "
                       "{calls} calls.", days=p.days_text(), hours=p.hours_text(), share=percent(p.share),
                       day=WEEKDAY_NAMES[list(Weekday)[d]], start=hhmm(h), end=hhmm(h + 1),
                       calls=_n(demand.bh_calls[d][h])))
        quiet = [day for day in range(7) if not sum(demand.bh_calls[day])]
        if quiet:
            parts.append(t("None on {days}.", days=day_range([list(Weekday)[q] for q in quiet], WEEKDAY_NAMES)))
    if share.value is not None and weekly_covered_hours(schedule):
        parts.append(t("Outlined: the planned clinician hours, which hold {share} of the calls ({covered} of "
                       "{total}).", share=percent(share.value), covered=_n(share.covered), total=_n(share.total)))
    elif share.value is not None:
        parts.append(t("No clinician hours are planned yet."))
    return " ".join(parts)


def heat_levels(table: list[list[int]], levels: int = 5) -> list[list[int]]:
    """Each cell as 0 (no calls) or 1…``levels`` (by its share of the busiest cell, rounded up)."""
    top = max(max(row) for row in table)
    if top == 0:
        return [[0] * 24 for _ in range(7)]
    return [[0 if v == 0 else max(1, math.ceil(levels * v / top)) for v in row] for row in table]
