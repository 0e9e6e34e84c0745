"""The clinician schedule that covers the most behavioral-health calls, found exactly.

For ``teams`` teams (a team: one clinician on duty, with or without a partner
officer), shifts of ``hours`` hours and ``days`` days a week, :func:`suggest` tries
every schedule of this shape and keeps the one whose hours hold the most BH calls of
an imported export (:class:`wizard.calldata.CallDemand`):

* the days: every choice of ``days`` weekdays out of seven (C(7, D) ≤ 35), the same
  days for every team;
* the start hours: 0–23 for each team independently (teams may be staggered, or
  start together for two on duty at once), every combination when ``teams`` ≤ 3 —
  at most 35 × 2,600 day-and-start choices, each scored exactly. For 4 teams or more
  the first three are enumerated and each further team is added where it covers
  the most calls left (``Option.exact`` is False then).

A shift may run past midnight into the next day (Sunday's into Monday). Ties are
broken by the most calls of any kind covered, then by the earliest days and starts.

With the best schedule come the marginal gains of one more shift-day a week (the
best schedule of ``days + 1``) and one more team (``teams + 1``), and every
option's FTE through :func:`wizard.staffing.fte_needed` (the relief factor as the
staffing page uses it).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

from wizard.calldata import CallDemand
from wizard.plan import Weekday, WeeklySchedule
from wizard.schedule import DAY_ABBR, Grid, day_range, empty_grid, hhmm, schedule_from_grid
from wizard.staffing import DEFAULT_AVAILABLE_HOURS, fte_needed, weekly_person_hours

MAX_TEAMS = 8
EXACT_TEAMS = 3
WEEK = 168
_FULL = (1 << WEEK) - 1


@dataclass(frozen=True)
class Option:
    teams: int
    hours: int
    days: tuple[int, ...]
    """Weekdays worked, 0 = Monday."""
    starts: tuple[int, ...]
    """Start hour of each team's shift (the same on every day worked)."""
    bh_covered: int
    bh_total: int
    calls_covered: int
    calls_total: int
    weeks: float
    fte: float
    person_hours_week: float
    exact: bool

    @property
    def share(self) -> float | None:
        return self.bh_covered / self.bh_total if self.bh_total else None

    @property
    def bh_per_week(self) -> float:
        return self.bh_covered / self.weeks

    def grid(self) -> Grid:
        """7 × 24 clinicians on duty (a shift past midnight continues the next day)."""
        g = empty_grid()
        for d in self.days:
            for s in self.starts:
                for k in range(s, s + self.hours):
                    g[(d + k // 24) % 7][k % 24] += 1
        return g

    def schedule(self) -> WeeklySchedule:
        return schedule_from_grid(self.grid())

    def describe(self) -> str:
        """E.g. 'Tue–Fri, 14:00–24:00' or 'Mon–Fri, team 1 08:00–18:00, team 2 14:00–24:00'."""
        days = day_range([list(Weekday)[d] for d in self.days], DAY_ABBR)
        shifts = [f"{hhmm(s)}–{hhmm(s + self.hours if s + self.hours <= 24 else s + self.hours - 24)}"
                  for s in self.starts]
        if len(set(self.starts)) == 1 and len(self.starts) > 1:
            return f"{days}, {shifts[0]} ({len(self.starts)} teams together)"
        if len(shifts) == 1:
            return f"{days}, {shifts[0]}"
        return f"{days}, " + ", ".join(f"team {i + 1} {t}" for i, t in enumerate(shifts))


@dataclass(frozen=True)
class Suggestion:
    best: Option
    more_days: Option | None
    """The best schedule with one more day a week (None at 7 days)."""
    more_teams: Option | None
    """The best schedule with one more team (None at the maximum)."""
    considered: int
    """Schedules scored for ``best``."""

    @property
    def gain_day(self) -> float | None:
        """BH calls a week one more shift-day adds."""
        return None if self.more_days is None else self.more_days.bh_per_week - self.best.bh_per_week

    @property
    def gain_team(self) -> float | None:
        return None if self.more_teams is None else self.more_teams.bh_per_week - self.best.bh_per_week

    def options(self) -> list[tuple[str, Option]]:
        out = [("Suggested", self.best)]
        if self.more_days is not None:
            out.append(("One more day a week", self.more_days))
        if self.more_teams is not None:
            out.append(("One more team", self.more_teams))
        return out


class _Scorer:
    """Sums of a 7 × 24 table over 168-bit masks of week hours, by byte lookups."""

    def __init__(self, table: Sequence[Sequence[int]]):
        flat = [v for day in table for v in day]
        self.tables = [[sum(flat[8 * i + j] for j in range(8) if b >> j & 1) for b in range(256)]
                       for i in range(WEEK // 8)]

    def __call__(self, mask: int) -> int:
        return sum(t[b] for t, b in zip(self.tables, mask.to_bytes(WEEK // 8, "little"), strict=True))


def _day_mask(starts: Sequence[int], hours: int) -> int:
    """Hours from a day's midnight (0–47) the shifts cover."""
    m = 0
    for s in starts:
        m |= ((1 << hours) - 1) << s
    return m


def _week_mask(day_mask: int, days: Sequence[int]) -> int:
    m = 0
    for d in days:
        x = day_mask << (24 * d)
        m |= (x | (x >> WEEK)) & _FULL
    return m


def _check(teams: int, hours: int, days: int) -> None:
    if not 1 <= teams <= MAX_TEAMS:
        raise ValueError(f"teams: give 1 to {MAX_TEAMS} (got {teams})")
    if not 1 <= hours <= 24:
        raise ValueError(f"hours: a shift is 1 to 24 hours (got {hours})")
    if not 1 <= days <= 7:
        raise ValueError(f"days: 1 to 7 days a week (got {days})")


def best_option(demand: CallDemand, teams: int, hours: int, days: int,
                available_hours_per_fte: float = DEFAULT_AVAILABLE_HOURS) -> tuple[Option, int]:
    """The best schedule of this shape and how many schedules were scored."""
    _check(teams, hours, days)
    bh, calls = _Scorer(demand.bh_calls), _Scorer(demand.calls)
    patterns = list(itertools.combinations(range(7), days))
    best_key: tuple | None = None
    best: tuple[tuple[int, ...], tuple[int, ...]] | None = None
    considered = 0
    exact_teams = min(teams, EXACT_TEAMS)
    seen: dict[int, tuple[int, ...]] = {}
    for starts in itertools.combinations_with_replacement(range(24), exact_teams):
        dm = _day_mask(starts, hours)
        if dm in seen and len(seen[dm]) <= len(starts):  # same hours as an earlier start set
            continue
        seen[dm] = starts
        for pat in patterns:
            considered += 1
            wm = _week_mask(dm, pat)
            v = bh(wm)
            if best_key is not None and v < best_key[0]:
                continue
            key = (v, calls(wm))
            if best_key is None or key > best_key:
                best_key, best = key, (pat, starts)
    assert best is not None
    pat, starts = best
    starts = tuple(starts)
    if teams > exact_teams:  # greedy: each further team where it covers the most
        for _ in range(teams - exact_teams):
            cands = []
            for s in range(24):
                wm = _week_mask(_day_mask(starts + (s,), hours), pat)
                cands.append(((bh(wm), calls(wm), -s), s))
                considered += 1
            starts = tuple(sorted(starts + (max(cands)[1],)))
    # A team with the same start as another is kept: two on duty at once.
    return _option(demand, teams, hours, pat, starts, bh, calls, available_hours_per_fte,
                   exact=teams <= EXACT_TEAMS), considered


def _option(demand: CallDemand, teams: int, hours: int, pat: tuple[int, ...], starts: tuple[int, ...],
            bh: _Scorer, calls: _Scorer, avail: float, exact: bool) -> Option:
    wm = _week_mask(_day_mask(starts, hours), pat)
    opt = Option(teams, hours, pat, starts, bh(wm), demand.total_bh, calls(wm), demand.total_calls, demand.weeks,
                 0.0, 0.0, exact)
    sched = opt.schedule()
    return Option(**{**opt.__dict__, "fte": fte_needed(sched, avail), "person_hours_week": weekly_person_hours(sched)})


def suggest(demand: CallDemand, teams: int, hours: int, days: int,
            available_hours_per_fte: float = DEFAULT_AVAILABLE_HOURS) -> Suggestion:
    """The best schedule and the best with one more day and with one more team."""
    best, considered = best_option(demand, teams, hours, days, available_hours_per_fte)
    more_days = best_option(demand, teams, hours, days + 1, available_hours_per_fte)[0] if days < 7 else None
    more_teams = best_option(demand, teams + 1, hours, days, available_hours_per_fte)[0] \
        if teams < MAX_TEAMS else None
    return Suggestion(best, more_days, more_teams, considered)


def apply(option: Option) -> WeeklySchedule:
    """The option as the plan's weekly schedule (it replaces the hours drawn before)."""
    return option.schedule()


def format_suggestion(s: Suggestion) -> list[str]:
    """Lines for the terminal: each option with its share, calls a week and FTE."""
    lines = []
    for label, o in s.options():
        share = f"{o.share:.0%}" if o.share is not None else "—"
        lines.append(f"{label}: {o.describe()} — covers {o.bh_covered:,} of {o.bh_total:,} BH calls ({share}), "
                     f"{o.bh_per_week:.1f} a week; {o.person_hours_week:g} clinician hours a week, "
                     f"{o.fte:.2f} FTE{'' if o.exact else ' (teams beyond 3 added one by one)'}")
    if s.gain_day is not None:
        lines.append(f"One more day a week adds {s.gain_day:.1f} BH calls a week covered "
                     f"(+{s.more_days.fte - s.best.fte:.2f} FTE)")  # type: ignore[union-attr]
    if s.gain_team is not None:
        lines.append(f"One more team adds {s.gain_team:.1f} BH calls a week covered "
                     f"(+{s.more_teams.fte - s.best.fte:.2f} FTE)")  # type: ignore[union-attr]
    lines.append(f"{s.considered:,} schedules compared.")
    return lines
