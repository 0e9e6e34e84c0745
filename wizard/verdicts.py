"""Every judgement the program makes about a plan, as pure functions that may decline.

Each returns a :class:`Verdict`: ``ok`` is True (meets the guide), False (does not),
or None — *cannot be judged* — with ``missing`` naming, in words a person reads, what
the plan would need to hold. The window, the charter, the handouts and ``coresponse
check`` all call these; nothing else decides whether a plan is within the guide,
fully funded or ready to be FINAL.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from wizard import approx, budget, staffing
from wizard.approx import Approx
from wizard.constants import (
    FTE_TOLERANCE,
    GUIDE_MAX_SHIFTS_PER_CLINICIAN,
    GUIDE_MIN_SHIFTS_PER_CLINICIAN,
    MONEY_TOLERANCE,
)
from wizard.phrases import join, money, money_about, number, percent, plural, verb
from wizard.plan import ProgramPlan


@dataclass(frozen=True)
class Verdict:
    ok: bool | None
    """True: meets the guide; False: does not; None: cannot be judged."""
    text: str
    """One sentence a person reads (for None: 'Cannot be judged yet: …')."""
    missing: tuple[str, ...] = ()
    """What the plan would need to hold for a verdict (empty unless ``ok`` is None)."""

    @property
    def judged(self) -> bool:
        return self.ok is not None


def cannot(*missing: str) -> Verdict:
    return Verdict(None, f"Cannot be judged yet: {join(missing)}.", tuple(missing))


# --- staffing ---------------------------------------------------------------------------


def ratio(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """The guide's "1 clinician per 1–2 police shifts", measured on the schedule.

    For each patrol shift the program covers, the clinicians on duty during it are its
    clinician hours ÷ its length (so several teams on one shift are judged per team);
    the ratio is the covered shifts ÷ those clinicians, summed over the day. Above 2,
    each clinician is stretched over more than two shifts; below 1, there is more than
    one clinician on each shift. FTE (relief) is judged apart, by :func:`fte`.
    """
    s = summary or staffing.summarize(plan)
    r = s.ratio
    missing = []
    if plan.agency.patrol is None:
        missing.append("the agency's patrol shift pattern")
    if s.weekly_person_hours == 0 and not plan.coverage.all_patrol_shifts:
        missing.append("the clinician hours (coverage schedule)")
    if missing or r.shifts_per_clinician is None:
        return cannot(*(missing or ["the clinician hours (coverage schedule)"]))
    per = r.shifts_per_clinician
    figure = f"{number(round(per, 2))} police shifts per clinician on duty"
    if per > GUIDE_MAX_SHIFTS_PER_CLINICIAN + 1e-9:
        return Verdict(False, f"{figure}: each clinician is stretched over more than the guide's 2 police shifts.")
    if per < GUIDE_MIN_SHIFTS_PER_CLINICIAN - 1e-9:
        return Verdict(True, f"{figure}: more than one clinician on each covered shift, above the guide's "
                             "minimum of 1 clinician per 1–2 police shifts.")
    return Verdict(True, f"{figure}: within the guide (1 clinician per 1–2 police shifts).")


def fte(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """Do the clinician positions cover the hours the schedule asks for (relief included)?"""
    s = summary or staffing.summarize(plan)
    missing = []
    if s.fte_needed is None:
        missing.append("the clinician hours (coverage schedule)")
    if not plan.staffing.clinicians:
        missing.append("the clinician positions")
    if s.clinician_fte_unknown:
        missing.append(f"the FTE of {plural(s.clinician_fte_unknown, 'clinician position')}")
    if missing:
        return cannot(*missing)
    assert s.fte_needed is not None
    need, have = s.fte_needed, s.clinician_fte
    if have + FTE_TOLERANCE < need:
        return Verdict(False, f"The schedule needs {need:.2f} clinician FTE; the plan has {have:.2f} "
                              f"({need - have:.2f} short).")
    spare = have - need
    extra = f", {spare:.2f} FTE to spare" if spare >= FTE_TOLERANCE else ""
    return Verdict(True, f"The schedule needs {need:.2f} clinician FTE; the plan has {have:.2f}{extra}.")


def officer_fte(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """Do the dedicated officers cover the hours the schedule asks of them (relief included)?

    Officers needed come from the schedule like clinician FTE (:func:`staffing.officer_fte_needed`);
    officers planned are ``staffing.dedicated_officers``, each counted as one full-time position.
    """
    s = summary or staffing.summarize(plan)
    per = s.officers_per_clinician or staffing.officers_per_clinician(plan)
    missing = []
    if s.weekly_person_hours == 0:
        missing.append("the clinician hours (coverage schedule)")
    if per.value is None:
        missing.append(per.missing)
    if missing:
        return cannot(*missing)
    if per.value == 0:
        return Verdict(True, "No officer rides in the program's teams (or the clinician meets patrol at the "
                             "scene): the schedule needs no dedicated officer FTE.")
    need = s.officer_fte_needed
    assert need is not None
    have = plan.staffing.dedicated_officers
    needs = f"The schedule needs {need:.2f} dedicated officer FTE"
    if have is None:
        return cannot(f"the number of dedicated officers (the schedule needs {need:.2f} dedicated officer FTE)")
    if have == 0 and need >= FTE_TOLERANCE:
        return Verdict(False, f"{needs}; the plan has no dedicated officers, so that officer time is not "
                              "staffed by the program.")
    if have + FTE_TOLERANCE < need:
        return Verdict(False, f"{needs}; the plan has {plural(have, 'dedicated officer')} "
                              f"({need - have:.2f} FTE short).")
    return Verdict(True, f"{needs}; the plan has {plural(have, 'dedicated officer')}.")


def coverage_gap(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """Share of patrol hours with a clinician on duty (not a pass/fail: the guide says
    24/7 is ideal but not required; ``ok`` is True when every patrol hour is covered)."""
    s = summary or staffing.summarize(plan)
    missing = []
    if plan.agency.patrol is None:
        missing.append("the agency's patrol shift pattern")
    if s.weekly_person_hours == 0:
        missing.append("the clinician hours (coverage schedule)")
    if missing or s.gap is None:
        return cannot(*missing)
    g = s.gap
    share = percent(g.share_covered)
    if g.gap_hours == 0:
        return Verdict(True, f"A clinician is on duty in every patrol hour ({g.patrol_hours} hours a week).")
    return Verdict(False, f"A clinician is on duty in {g.covered_hours} of {g.patrol_hours} patrol hours a "
                          f"week ({share}); {g.gap_hours} hours have no clinician.")


def utilization(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """Expected share of scheduled clinician time spent on scene (information; ``ok`` is
    True when it is under 100 %)."""
    from wizard import demand  # the hourly pattern of imported calls, else an even spread

    s = summary or staffing.summarize(plan)
    e = demand.estimate(plan)
    missing = []
    if e.bh_calls_per_year is None:
        missing.append("the behavioral-health calls a year")
    if s.weekly_person_hours == 0:
        missing.append("the clinician hours (coverage schedule)")
    if plan.staffing.avg_minutes_per_call is None:
        missing.append("the average minutes per call")
    if missing or e.utilization is None:
        return cannot(*(missing or ["the clinician hours (coverage schedule)"]))
    spread = (" (calls assumed evenly spread over the week: no call data imported)" if e.even_spread
              else " (at the hours the imported calls came)")
    calls = plan.agency.bh_calls_per_year
    if isinstance(calls, Approx) and calls.qualifier != "about":
        def at(volume: float | None) -> float | None:
            if volume is None:
                return None
            agency = plan.agency.model_copy(update={"bh_calls_per_year": volume})
            return demand.estimate(plan.model_copy(update={"agency": agency})).utilization

        lo, hi = at(approx.low(calls)), at(approx.high(calls))
        given = f"{number(calls)} behavioral-health calls a year"
        if lo is None:
            return cannot("the behavioral-health calls a year")
        if hi is None:
            if lo >= 1.0:
                return Verdict(False, f"With {given}, clinicians would spend at least {percent(lo)} of their "
                                      f"scheduled time on scene{spread}.")
            return cannot(f"an upper figure for the calls a year: with {given} clinicians would spend at least "
                          f"{percent(lo)} of their scheduled time on scene, with no upper bound")
        share = f"between {percent(lo)} and {percent(hi)}"
        if hi < 1.0 or lo >= 1.0:
            return Verdict(hi < 1.0, f"With {given}, clinicians would spend {share} of their scheduled time "
                                     f"on scene{spread}.")
        return cannot(f"a firmer figure for the calls a year: with {given} clinicians would spend {share} of "
                      "their scheduled time on scene, either side of all of it")
    return Verdict(e.utilization < 1.0, f"Clinicians would spend about {percent(e.utilization)} of their "
                                        f"scheduled time on scene{spread}.")


# --- funding ----------------------------------------------------------------------------


def catalog_time_limits(content) -> dict[str, bool]:  # content: wizard.content.Content
    """Catalog source id → time-limited, for :func:`budget.summarize`."""
    return {s.id: s.time_limited for s in content.catalogs.funding_sources}


def catalog_source_labels(content) -> dict[str, str]:
    return {s.id: s.label for s in content.catalogs.funding_sources}


def funding_gap(plan: ProgramPlan, limits: Mapping[str, bool] | None = None,
                summary: budget.BudgetSummary | None = None,
                labels: Mapping[str, str] | None = None) -> Verdict:
    """Is every year's cost covered by secured money? Pending money is said apart."""
    b = summary or budget.summarize(plan.funding, limits)
    f = plan.funding
    if not b.has_costs:
        return cannot("the program's costs (budget lines)")
    unknown_cost = sorted({n for y in b.years for n in y.unknown_lines})
    if unknown_cost:
        names = [f.budget_lines[n].description.strip() or f"budget line {n + 1}" for n in unknown_cost]
        return cannot(f"the cost of {join(names)}")

    def names(indexes) -> list[str]:
        return [budget.source_label(f.sources[n], labels, n) for n in indexes]

    if b.unknown_secured:
        unknown = names(b.unknown_secured)
        bound = b.total_gap_at_most or 0.0
        amounts = verb(len(unknown), "the amount of", "the amounts of")
        return Verdict(None, f"Cannot be judged yet: {amounts} {join(unknown)} (secured) "
                             f"{verb(len(unknown), 'is', 'are')} not known. "
                             + (f"The secured funding whose amount is known leaves up to {money(bound)} uncovered."
                                if bound >= MONEY_TOLERANCE else
                                "The secured funding whose amount is known already covers every year's cost."),
                       (f"{amounts} {join(unknown)}",))
    gap, gap_pending = b.total_gap or 0.0, b.total_gap_with_pending or 0.0
    pending_unknown = [n for n in b.unknown_sources if n not in b.unknown_secured]
    caveat = ""
    if pending_unknown:
        ns = names(pending_unknown)
        caveat = (f" {join(ns)} (pending) {verb(len(ns), 'is', 'are')} not counted: "
                  f"{verb(len(ns), 'its amount is', 'their amounts are')} not known yet.")
    approximate = budget.is_approximate(f)
    if approximate:
        best = budget.summarize(budget.bounded(f, True), limits)
        worst = budget.summarize(budget.bounded(f, False), limits)
        lo, hi = best.total_gap or 0.0, worst.total_gap
        if budget.secured_side_approximate(f):  # the secured gap itself is approximate
            return _approximate_gap(b, gap, gap_pending, lo, hi, caveat)
    if gap < MONEY_TOLERANCE:
        return Verdict(True, f"Every year's cost is covered by secured funding.{caveat}")
    years = [y.label for y in b.gap_years]
    text = f"Secured funding leaves a gap of {money(gap)} ({join(years)})."
    if b.total_pending > MONEY_TOLERANCE or pending_unknown:
        bound = "at most " if pending_unknown else ""
        text += (" With the funding applied for or planned, the gap would be "
                 f"{bound}{money_about(gap_pending, approximate)}." if gap_pending >= MONEY_TOLERANCE else
                 " The funding applied for or planned would close it, if it is awarded.")
    return Verdict(False, text + caveat)


def _approximate_gap(b: budget.BudgetSummary, central: float, central_pending: float, lo: float,
                     hi: float | None, caveat: str) -> Verdict:
    """The secured gap when some amounts are approximate: judged only when every value
    the amounts allow falls on the same side (covered, or a gap)."""
    if hi is not None and hi < MONEY_TOLERANCE:
        return Verdict(True, "Every year's cost is covered by secured funding, even with the approximate "
                             f"amounts at their least favourable.{caveat}")
    if lo >= MONEY_TOLERANCE:
        years = [y.label for y in b.gap_years]
        when = f" ({join(years)})" if years else ""
        if hi is None:
            text = (f"Secured funding leaves a gap of at least {money(lo)}{when}: a cost is given as "
                    "'at least', so the gap has no upper bound.")
        elif hi - lo < MONEY_TOLERANCE:
            text = f"Secured funding leaves a gap of {money_about(central, True)}{when}."
        else:
            text = (f"Secured funding leaves a gap of {money_about(central, True)}{when}: between "
                    f"{money(lo)} and {money(hi)} with the approximate amounts.")
        if b.total_pending > MONEY_TOLERANCE:
            text += (" With the funding applied for or planned, the gap would be about "
                     f"{money_about(central_pending, False)}." if central_pending >= MONEY_TOLERANCE else
                     " The funding applied for or planned would about close it, if it is awarded.")
        return Verdict(False, text + caveat)
    upto = f"up to {money(hi)}" if hi is not None else "with no upper bound (a cost is given as 'at least')"
    need = "firmer amounts: the approximate ones allow both full funding and a gap"
    return Verdict(None, "Cannot be judged yet: with the approximate amounts the gap after secured funding "
                         f"could be anything from $0 {upto}.{caveat}", (need,))


def time_limited(plan: ProgramPlan, limits: Mapping[str, bool] | None = None,
                 summary: budget.BudgetSummary | None = None,
                 labels: Mapping[str, str] | None = None) -> Verdict:
    """How much of the known funding ends (grants, ARPA, settlements). ``ok`` is False
    when more than half does: a sustainability risk to plan for."""
    b = summary or budget.summarize(plan.funding, limits)
    if not b.has_sources:
        return cannot("the funding sources")
    share = b.time_limited_share
    f = plan.funding
    if share is None:
        return cannot("the amounts of the funding sources")
    notes = []
    if b.unknown_sources:
        names = [budget.source_label(f.sources[n], labels, n) for n in b.unknown_sources]
        notes.append(f"{join(names)} of unknown amount {verb(len(names), 'is', 'are')} left out")
    if b.time_limited_unknown > MONEY_TOLERANCE:
        notes.append(f"{money(b.time_limited_unknown)} from sources not marked time-limited or lasting "
                     "is counted as lasting")
    tail = f" ({'; '.join(notes)})" if notes else ""
    about = "About " if budget.is_approximate(f) else ""
    figure = percent(share)
    return Verdict(share <= 0.5, f"{about}{figure} of the known funding comes from time-limited sources{tail}.")
