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
from wizard.i18n import t
from wizard.phrases import money, money_about, number, percent, plural, said_join
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
    return Verdict(None, t("Cannot be judged yet: {missing}.", missing=said_join(missing)), tuple(missing))


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
        missing.append(t("the agency's patrol shift pattern"))
    if s.weekly_person_hours == 0 and not plan.coverage.all_patrol_shifts:
        missing.append(t("the clinician hours (coverage schedule)"))
    if missing or r.shifts_per_clinician is None:
        return cannot(*(missing or [t("the clinician hours (coverage schedule)")]))
    per = r.shifts_per_clinician
    figure = t("{n} police shifts per clinician on duty", n=number(round(per, 2)))
    if per > GUIDE_MAX_SHIFTS_PER_CLINICIAN + 1e-9:
        return Verdict(False, t("{figure}: each clinician is stretched over more than the guide's 2 police shifts.",
                                figure=figure))
    if per < GUIDE_MIN_SHIFTS_PER_CLINICIAN - 1e-9:
        return Verdict(True, t("{figure}: more than one clinician on each covered shift, above the guide's "
                               "minimum of 1 clinician per 1–2 police shifts.", figure=figure))
    return Verdict(True, t("{figure}: within the guide (1 clinician per 1–2 police shifts).", figure=figure))


def fte(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """Do the clinician positions cover the hours the schedule asks for (relief included)?"""
    s = summary or staffing.summarize(plan)
    missing = []
    if s.fte_needed is None:
        missing.append(t("the clinician hours (coverage schedule)"))
    if not plan.staffing.clinicians:
        missing.append(t("the clinician positions"))
    if s.clinician_fte_unknown:
        missing.append(t("the FTE of {positions}", positions=plural(s.clinician_fte_unknown, 'clinician position')))
    if missing:
        return cannot(*missing)
    assert s.fte_needed is not None
    need, have = s.fte_needed, s.clinician_fte
    if have + FTE_TOLERANCE < need:
        return Verdict(False, t("The schedule needs {need} clinician FTE; the plan has {have} ({short} short).",
                                need=f"{need:.2f}", have=f"{have:.2f}", short=f"{need - have:.2f}"))
    spare = have - need
    extra = t(", {spare} FTE to spare", spare=f"{spare:.2f}") if spare >= FTE_TOLERANCE else ""
    return Verdict(True, t("The schedule needs {need} clinician FTE; the plan has {have}{extra}.",
                           need=f"{need:.2f}", have=f"{have:.2f}", extra=extra))


def officer_fte(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """Do the dedicated officers cover the hours the schedule asks of them (relief included)?

    Officers needed come from the schedule like clinician FTE (:func:`staffing.officer_fte_needed`);
    officers planned are ``staffing.dedicated_officers``, each counted as one full-time position.
    """
    s = summary or staffing.summarize(plan)
    per = s.officers_per_clinician or staffing.officers_per_clinician(plan)
    missing = []
    if s.weekly_person_hours == 0:
        missing.append(t("the clinician hours (coverage schedule)"))
    if per.value is None:
        missing.append(per.missing)
    if missing:
        return cannot(*missing)
    if per.value == 0:
        return Verdict(True, t("No officer rides in the program's teams (or the clinician meets patrol at the "
                               "scene): the schedule needs no dedicated officer FTE."))
    need = s.officer_fte_needed
    assert need is not None
    have = plan.staffing.dedicated_officers
    needs = t("The schedule needs {need} dedicated officer FTE", need=f"{need:.2f}")
    if have is None:
        return cannot(t("the number of dedicated officers (the schedule needs {need} dedicated officer FTE)",
                        need=f"{need:.2f}"))
    if have == 0 and need >= FTE_TOLERANCE:
        return Verdict(False, t("{needs}; the plan has no dedicated officers, so that officer time is not "
                                "staffed by the program.", needs=needs))
    if have + FTE_TOLERANCE < need:
        return Verdict(False, t("{needs}; the plan has {officers} ({short} FTE short).", needs=needs,
                                officers=plural(have, 'dedicated officer'), short=f"{need - have:.2f}"))
    return Verdict(True, t("{needs}; the plan has {officers}.", needs=needs, officers=plural(have, 'dedicated officer')))


def coverage_gap(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """Share of patrol hours with a clinician on duty (not a pass/fail: the guide says
    24/7 is ideal but not required; ``ok`` is True when every patrol hour is covered)."""
    s = summary or staffing.summarize(plan)
    missing = []
    if plan.agency.patrol is None:
        missing.append(t("the agency's patrol shift pattern"))
    if s.weekly_person_hours == 0:
        missing.append(t("the clinician hours (coverage schedule)"))
    if missing or s.gap is None:
        return cannot(*missing)
    g = s.gap
    share = percent(g.share_covered)
    if g.gap_hours == 0:
        return Verdict(True, t("A clinician is on duty in every patrol hour ({hours} hours a week).",
                               hours=g.patrol_hours))
    return Verdict(False, t("A clinician is on duty in {covered} of {patrol} patrol hours a week ({share}); "
                            "{gap} hours have no clinician.", covered=g.covered_hours, patrol=g.patrol_hours,
                            share=share, gap=g.gap_hours))


def utilization(plan: ProgramPlan, summary: staffing.StaffingSummary | None = None) -> Verdict:
    """Expected share of scheduled clinician time spent on scene (information; ``ok`` is
    True when it is under 100 %)."""
    from wizard import demand  # the hourly pattern of imported calls, else an even spread

    s = summary or staffing.summarize(plan)
    e = demand.estimate(plan)
    missing = []
    if e.bh_calls_per_year is None:
        missing.append(t("the behavioral-health calls a year"))
    if s.weekly_person_hours == 0:
        missing.append(t("the clinician hours (coverage schedule)"))
    if plan.staffing.avg_minutes_per_call is None:
        missing.append(t("the average minutes per call"))
    if missing or e.utilization is None:
        return cannot(*(missing or [t("the clinician hours (coverage schedule)")]))
    spread = (t(" (calls assumed evenly spread over the week: no call data imported)") if e.even_spread
              else t(" (at the hours the imported calls came)"))
    calls = plan.agency.bh_calls_per_year
    if isinstance(calls, Approx) and calls.qualifier != "about":
        def at(volume: float | None) -> float | None:
            if volume is None:
                return None
            agency = plan.agency.model_copy(update={"bh_calls_per_year": volume})
            return demand.estimate(plan.model_copy(update={"agency": agency})).utilization

        lo, hi = at(approx.low(calls)), at(approx.high(calls))
        given = t("{n} behavioral-health calls a year", n=number(calls))
        if lo is None:
            return cannot(t("the behavioral-health calls a year"))
        if hi is None:
            if lo >= 1.0:
                return Verdict(False, t("With {given}, clinicians would spend at least {share} of their "
                                        "scheduled time on scene{spread}.", given=given, share=percent(lo),
                                        spread=spread))
            return cannot(t("an upper figure for the calls a year: with {given} clinicians would spend at least "
                            "{share} of their scheduled time on scene, with no upper bound", given=given,
                            share=percent(lo)))
        share = t("between {low} and {high}", low=percent(lo), high=percent(hi))
        if hi < 1.0 or lo >= 1.0:
            return Verdict(hi < 1.0, t("With {given}, clinicians would spend {share} of their scheduled time "
                                       "on scene{spread}.", given=given, share=share, spread=spread))
        return cannot(t("a firmer figure for the calls a year: with {given} clinicians would spend {share} of "
                        "their scheduled time on scene, either side of all of it", given=given, share=share))
    return Verdict(e.utilization < 1.0, t("Clinicians would spend about {share} of their scheduled time on "
                                          "scene{spread}.", share=percent(e.utilization), spread=spread))


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
        return cannot(t("the program's costs (budget lines)"))
    unknown_cost = sorted({n for y in b.years for n in y.unknown_lines})
    if unknown_cost:
        names = [f.budget_lines[n].description.strip() or t("budget line {n}", n=n + 1) for n in unknown_cost]
        return cannot(t("the cost of {lines}", lines=said_join(names)))

    def names(indexes) -> list[str]:
        return [budget.source_label(f.sources[n], labels, n) for n in indexes]

    if b.unknown_secured:
        unknown = names(b.unknown_secured)
        bound = b.total_gap_at_most or 0.0
        one = len(unknown) == 1
        what = (t("the amount of {sources}", sources=said_join(unknown)) if one
                else t("the amounts of {sources}", sources=said_join(unknown)))
        return Verdict(None, (t("Cannot be judged yet: {what} (secured) is not known. ", what=what) if one else
                              t("Cannot be judged yet: {what} (secured) are not known. ", what=what))
                       + (t("The secured funding whose amount is known leaves up to {amount} uncovered.",
                            amount=money(bound))
                          if bound >= MONEY_TOLERANCE else
                          t("The secured funding whose amount is known already covers every year's cost.")),
                       (what,))
    gap, gap_pending = b.total_gap or 0.0, b.total_gap_with_pending or 0.0
    pending_unknown = [n for n in b.unknown_sources if n not in b.unknown_secured]
    caveat = ""
    if pending_unknown:
        ns = names(pending_unknown)
        caveat = (t(" {sources} (pending) is not counted: its amount is not known yet.", sources=said_join(ns))
                  if len(ns) == 1 else
                  t(" {sources} (pending) are not counted: their amounts are not known yet.", sources=said_join(ns)))
    approximate = budget.is_approximate(f)
    if approximate:
        best = budget.summarize(budget.bounded(f, True), limits)
        worst = budget.summarize(budget.bounded(f, False), limits)
        lo, hi = best.total_gap or 0.0, worst.total_gap
        if budget.secured_side_approximate(f):  # the secured gap itself is approximate
            return _approximate_gap(b, gap, gap_pending, lo, hi, caveat)
    if gap < MONEY_TOLERANCE:
        return Verdict(True, t("Every year's cost is covered by secured funding.{caveat}", caveat=caveat))
    years = [y.label for y in b.gap_years]
    text = t("Secured funding leaves a gap of {amount} ({years}).", amount=money(gap), years=said_join(years))
    if b.total_pending > MONEY_TOLERANCE or pending_unknown:
        pending = money_about(gap_pending, approximate)
        text += ((t(" With the funding applied for or planned, the gap would be at most {amount}.", amount=pending)
                  if pending_unknown else
                  t(" With the funding applied for or planned, the gap would be {amount}.", amount=pending))
                 if gap_pending >= MONEY_TOLERANCE else
                 t(" The funding applied for or planned would close it, if it is awarded."))
    return Verdict(False, text + caveat)


def _approximate_gap(b: budget.BudgetSummary, central: float, central_pending: float, lo: float,
                     hi: float | None, caveat: str) -> Verdict:
    """The secured gap when some amounts are approximate: judged only when every value
    the amounts allow falls on the same side (covered, or a gap)."""
    if hi is not None and hi < MONEY_TOLERANCE:
        return Verdict(True, t("Every year's cost is covered by secured funding, even with the approximate "
                               "amounts at their least favourable.{caveat}", caveat=caveat))
    if lo >= MONEY_TOLERANCE:
        years = [y.label for y in b.gap_years]
        when = f" ({said_join(years)})" if years else ""
        if hi is None:
            text = t("Secured funding leaves a gap of at least {amount}{when}: a cost is given as "
                     "'at least', so the gap has no upper bound.", amount=money(lo), when=when)
        elif hi - lo < MONEY_TOLERANCE:
            text = t("Secured funding leaves a gap of {amount}{when}.", amount=money_about(central, True), when=when)
        else:
            text = t("Secured funding leaves a gap of {amount}{when}: between {low} and {high} with the "
                     "approximate amounts.", amount=money_about(central, True), when=when, low=money(lo),
                     high=money(hi))
        if b.total_pending > MONEY_TOLERANCE:
            text += (t(" With the funding applied for or planned, the gap would be about {amount}.",
                       amount=money_about(central_pending, False)) if central_pending >= MONEY_TOLERANCE else
                     t(" The funding applied for or planned would about close it, if it is awarded."))
        return Verdict(False, text + caveat)
    upto = (t("up to {amount}", amount=money(hi)) if hi is not None
            else t("with no upper bound (a cost is given as 'at least')"))
    need = t("firmer amounts: the approximate ones allow both full funding and a gap")
    return Verdict(None, t("Cannot be judged yet: with the approximate amounts the gap after secured funding "
                           "could be anything from $0 {upto}.{caveat}", upto=upto, caveat=caveat), (need,))


def time_limited(plan: ProgramPlan, limits: Mapping[str, bool] | None = None,
                 summary: budget.BudgetSummary | None = None,
                 labels: Mapping[str, str] | None = None) -> Verdict:
    """How much of the known funding ends (grants, ARPA, settlements). ``ok`` is False
    when more than half does: a sustainability risk to plan for."""
    b = summary or budget.summarize(plan.funding, limits)
    if not b.has_sources:
        return cannot(t("the funding sources"))
    share = b.time_limited_share
    f = plan.funding
    if share is None:
        return cannot(t("the amounts of the funding sources"))
    notes = []
    if b.unknown_sources:
        names = [budget.source_label(f.sources[n], labels, n) for n in b.unknown_sources]
        notes.append(t("{sources} of unknown amount is left out", sources=said_join(names)) if len(names) == 1 else
                     t("{sources} of unknown amount are left out", sources=said_join(names)))
    if b.time_limited_unknown > MONEY_TOLERANCE:
        notes.append(t("{amount} from sources not marked time-limited or lasting is counted as lasting",
                       amount=money(b.time_limited_unknown)))
    tail = f" ({'; '.join(notes)})" if notes else ""
    figure = percent(share)
    if budget.is_approximate(f):
        return Verdict(share <= 0.5, t("About {share} of the known funding comes from time-limited sources{tail}.",
                                       share=figure, tail=tail))
    return Verdict(share <= 0.5, t("{share} of the known funding comes from time-limited sources{tail}.",
                                   share=figure, tail=tail))
