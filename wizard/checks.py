"""Readiness checks: a pure function from a plan to findings.

Each finding names its severity, the step whose page fixes it, the field path
(dotted, as in the plan file), what is wrong in a sentence, and how to fix it.
Blockers stop a FINAL charter; warnings and suggestions are printed in its
appendix. Signatures are judged separately (:mod:`wizard.signing`).
"""

from __future__ import annotations

import datetime as dt
import enum
import functools
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

from wizard import approx, budget, i18n, signing, staffing, verdicts
from wizard.approx import Approx
from wizard.clauses import PLACEHOLDERS
from wizard.constants import CIT_SHARE_RULE_OF_THUMB as _CIT_RANGE
from wizard.constants import FTE_TOLERANCE, MONEY_TOLERANCE, RESPONSE_NORM_MINUTES
from wizard.content import Content, default_content
from wizard.i18n import N_, t
from wizard.labels import value_label
from wizard.phrases import money, money_about, number, percent, said_join
from wizard.plan import (
    KEY_DECISION_QUESTIONS,
    Cadence,
    ClauseStatus,
    DecisionStatus,
    MeasureCategory,
    ModelId,
    MouStatus,
    ObligationArea,
    ProgramPlan,
    VehicleArrangement,
)
from wizard.recommend import agency_size
from wizard.signing import ROLE_LABELS
from wizard.steps import Step, step_for_path


class Severity(enum.StrEnum):
    blocker = "blocker"
    warning = "warning"
    suggestion = "suggestion"

    @property
    def rank(self) -> int:
        return {"blocker": 0, "warning": 1, "suggestion": 2}[self.value]


@dataclass(frozen=True)
class Finding:
    code: str
    """Stable id of the rule, e.g. 'no-primary-model'."""
    severity: Severity
    field: str
    message: str
    fix: str

    @property
    def step(self) -> Step:
        return step_for_path(self.field)

    def as_dict(self) -> dict[str, str]:
        d = asdict(self)
        d["severity"] = self.severity.value
        d["step"] = self.step.name
        return d


B, W, S = Severity.blocker, Severity.warning, Severity.suggestion
CheckFn = Callable[[ProgramPlan, Content], Iterator[Finding]]
CHECKS: list[CheckFn] = []

CADENCE_DAYS = {
    Cadence.daily: 1, Cadence.weekly: 7, Cadence.biweekly: 14, Cadence.monthly: 31,
    Cadence.quarterly: 92, Cadence.semiannual: 183, Cadence.annual: 366,
}
MID_SIZED_MIN_CLINICIANS = 2.0
"""Starter guide: 2–3 clinicians for mid-sized agencies."""
MOSTLY_TIME_LIMITED = 0.5
"""Above this share of funding from time-limited sources, sustainability is at risk."""
CIT_SHARE_RULE_OF_THUMB = _CIT_RANGE[0]
"""The low end of the 20–25 % rule of thumb (wizard.constants)."""
HIGH_UTILIZATION = 0.85
OVERSTAFF_MARGIN_FTE = 0.5
"""Clinician FTE beyond what the schedule needs before a low ratio is mentioned."""


def check(fn: CheckFn) -> CheckFn:
    CHECKS.append(fn)
    return fn


def _at_least(cadence: Cadence | None, days: int) -> bool:
    return cadence in CADENCE_DAYS and CADENCE_DAYS[cadence] <= days


def _hours(h: float) -> str:
    n = f"{h:,.0f}" if i18n.is_english() else i18n.number(round(h), 0)
    return t("{count} hour", count=n) if round(h) == 1 else t("{count} hours", count=n)


def _raw(v: object) -> str:
    """A count as the English sentences always printed it (``f"{v}"``); in another language
    the language's number (``number`` says an approximate value in that language)."""
    return f"{v}" if i18n.is_english() else number(v)  # type: ignore[arg-type]


def _g(v: float) -> str:
    """An FTE as English prints it (``f"{v:g}"``: 2.6, 1), else in the language's style."""
    return f"{v:g}" if i18n.is_english() else i18n.number(v)


def _share(share: float) -> str:
    """A share as English prints it (``f"{share:.0%}"``), else in the language's style."""
    return f"{share:.0%}" if i18n.is_english() else i18n.percent(share)


# --- agency ------------------------------------------------------------------


@check
def _agency(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    a = plan.agency
    if not a.name.strip():
        yield Finding("no-agency-name", B, "agency.name", t("The agency has no name."),
                      t("Enter the law-enforcement agency's name on the agency profile page."))
    if not plan.metadata.program_name.strip():
        yield Finding("no-program-name", W, "metadata.program_name", t("The program has no name."),
                      t("Give the program the name the charter will carry."))
    if a.sworn_officers is None:
        yield Finding("no-sworn", W, "agency.sworn_officers", t("The number of sworn officers is not given."),
                      t("Enter it; staffing guidance depends on the agency's size."))
    if a.bh_calls_per_year is None:
        yield Finding("no-bh-calls", W, "agency.bh_calls_per_year",
                      t("The estimated behavioral-health calls per year are not given."),
                      t("Estimate them from CAD call types; utilization and the model recommendation need it."))
    if not any(p.name.strip() for p in a.partners):
        yield Finding("no-partner", B, "agency.partners", t("No behavioral-health partner is named."),
                      t("Add the organization that employs or supervises the clinicians."))
    known = content.catalogs.ids("partner_types")
    for i, p in enumerate(a.partners):
        if p.partner_type is not None and p.partner_type not in known:
            yield Finding("unknown-option", W, f"agency.partners[{i}].partner_type",
                          t("Partner type '{value}' is not in the content's catalog.", value=p.partner_type),
                          t("Pick a partner type from the list."))
    cit = a.existing.cit_trained_officers
    if a.sworn_officers and cit is not None and cit < CIT_SHARE_RULE_OF_THUMB * a.sworn_officers:
        yield Finding("low-cit", S, "agency.existing.cit_trained_officers",
                      t("{cit} of {sworn} sworn officers ({share}) are CIT-trained; a common rule of thumb is "
                        "{low}–{high} of patrol, with CIT officers on every shift.",
                        cit=_raw(cit), sworn=number(a.sworn_officers), share=percent(cit / a.sworn_officers),
                        low=percent(_CIT_RANGE[0]), high=percent(_CIT_RANGE[1])),
                      t("Plan CIT training so every shift has trained officers."))


# --- model -------------------------------------------------------------------


@check
def _model(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    m = plan.program_model
    if m.primary is None:
        yield Finding("no-primary-model", B, "program_model.primary", t("No primary program model is chosen."),
                      t("Choose one of the four models as primary; add others as complementary."))
    if m.primary is not None and not m.rationale.strip():
        yield Finding("no-rationale", W, "program_model.rationale",
                      t("The choice of model has no written rationale."),
                      t("Write why this model fits the agency; the charter prints it."))
    if m.response_tiers and not any(tier.is_this_program for tier in m.response_tiers):
        yield Finding("tier-not-marked", W, "program_model.response_tiers",
                      t("The triage tiers are listed but none is marked as this program."),
                      t("Mark the tier the co-response team answers."))


# --- coverage ----------------------------------------------------------------


@check
def _coverage(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    c = plan.coverage
    field_response = any(x in plan.program_model.all_models for x in (ModelId.embedded, ModelId.call_out))
    covered = staffing.weekly_covered_hours(c.schedule)
    if c.all_patrol_shifts is None:
        yield Finding("all-shifts-undecided", W, "coverage.all_patrol_shifts",
                      t("It is not decided whether the program runs during all patrol shifts."),
                      t("Answer the first key decision: all patrol shifts, or which hours."))
    if covered == 0 and plan.program_model.primary is not None:
        yield Finding("no-schedule", B if field_response else W, "coverage.schedule",
                      t("No clinician coverage hours are scheduled."),
                      t("Mark the hours clinicians are on duty in the weekly grid."))
    if plan.agency.patrol is None:
        yield Finding("no-patrol-pattern", W, "agency.patrol",
                      t("The agency's patrol shift pattern is not given."),
                      t("Enter how patrol is scheduled (shifts a day, their length, when the first starts); "
                        "coverage shares and the clinician-to-shift ratio need it."))
    gap = staffing.coverage_gap(plan.agency.patrol, c.schedule)
    if gap is not None and c.all_patrol_shifts and gap.gap_hours > 0:
        yield Finding("all-shifts-gap", W, "coverage.schedule",
                      t("The program is to run during all patrol shifts, but clinician coverage falls "
                        "{gap} a week short of patrol's {patrol}.",
                        gap=_hours(gap.gap_hours), patrol=_hours(gap.patrol_hours)),
                      t("Add coverage hours (or on-call cover), or answer 'no' to all patrol shifts."))
    if gap is not None and covered and gap.gap_hours and c.on_call.available is not True \
            and not c.all_patrol_shifts:
        yield Finding("no-on-call", S, "coverage.on_call.available",
                      t("Nothing is arranged for the {gap} a week outside clinician hours.",
                        gap=_hours(gap.gap_hours)),
                      t("Name an on-call clinician, the mobile crisis team or 988 for after-hours calls."))
    known = content.catalogs.ids("dispatch_indicators")
    if not c.dispatch_indicators and not c.custom_indicators:
        yield Finding("no-indicators", W, "coverage.dispatch_indicators",
                      t("Dispatch has no behavioral-health indicators to screen for."),
                      t("Pick the indicators that send the co-response team."))
    for i, ind in enumerate(c.dispatch_indicators):
        if ind not in known:
            yield Finding("unknown-option", W, f"coverage.dispatch_indicators[{i}]",
                          t("Indicator '{value}' is not in the content's catalog.", value=ind),
                          t("Pick indicators from the list."))
    if field_response and not c.safety_protocol.strip():
        yield Finding("no-safety-protocol", B, "coverage.safety_protocol",
                      t("Clinicians respond in the field but there is no scene-safety protocol."),
                      t("Write who secures the scene, when the clinician approaches, and when they withdraw."))
    if ModelId.embedded in plan.program_model.all_models and c.vehicle in (None, VehicleArrangement.none):
        yield Finding("no-vehicle", W, "coverage.vehicle",
                      t("The embedded model has no vehicle arrangement."),
                      t("Decide whether the clinician rides in the patrol car or the team has its own vehicle."))
    if c.target_response_minutes is None and field_response:
        yield Finding("no-response-target", S, "coverage.target_response_minutes",
                      t("There is no target response time."),
                      t("Set one; the national norm is on site within one hour, preferably sooner."))
    elif c.target_response_minutes is not None and c.target_response_minutes > RESPONSE_NORM_MINUTES:
        yield Finding("slow-response-target", S, "coverage.target_response_minutes",
                      t("The target response time of {minutes} minutes is beyond the one-hour norm.",
                        minutes=_raw(c.target_response_minutes)),
                      t("Aim for on site within one hour (National Council Crisis Roadmap)."))


# --- staffing ----------------------------------------------------------------


@check
def _staffing(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    st = plan.staffing
    summary = staffing.summarize(plan)
    if not st.clinicians:
        yield Finding("no-clinicians", B, "staffing.clinicians", t("No clinician positions are planned."),
                      t("Add the clinician positions, with FTE and employer."))
    else:
        ratio = verdicts.ratio(plan, summary)
        if ratio.ok is False:
            yield Finding("ratio-outside-guide", W, "staffing.clinicians", ratio.text,
                          t("Add clinician FTE or cover fewer shifts."))
        for i, c in enumerate(st.clinicians):
            if c.fte is None:
                yield Finding("clinician-fte-unknown", W, f"staffing.clinicians[{i}].fte",
                              t("The FTE of the clinician position '{title}' is not given.",
                                title=c.title or _raw(i + 1)),
                              t("Enter it; staffing figures count only positions with a known FTE."))
    if agency_size(plan.agency.sworn_officers) == "mid-sized" and st.clinicians and not st.clinician_fte_unknown \
            and st.clinician_fte < MID_SIZED_MIN_CLINICIANS:
        yield Finding("mid-sized-few-clinicians", W, "staffing.clinicians",
                      t("A mid-sized agency ({sworn} sworn) plans {fte} clinician FTE; "
                        "the guide suggests 2–3 clinicians.",
                        sworn=_raw(plan.agency.sworn_officers), fte=_g(st.clinician_fte)),
                      t("Plan at least two clinicians so leave and turnover do not stop the program."))
    need = summary.fte_needed
    if need and st.clinicians and not st.clinician_fte_unknown and st.clinician_fte + FTE_TOLERANCE < need:
        english = i18n.is_english()
        values = dict(need=f"{need:.1f}" if english else i18n.number(round(need, 1), 1),
                      hours=f"{st.available_hours_per_fte:,.0f}" if english
                      else i18n.number(round(st.available_hours_per_fte), 0),
                      fte=_g(st.clinician_fte))
        yield Finding("fte-short-of-schedule", W, "staffing.clinicians",
                      t("The coverage schedule needs {need} clinician FTE (at {hours} available hours per FTE) "
                        "but {fte} is planned.", **values) if st.clinician_fte == 1 else
                      t("The coverage schedule needs {need} clinician FTE (at {hours} available hours per FTE) "
                        "but {fte} are planned.", **values),
                      t("Add FTE or reduce scheduled hours; leave, training and sickness need relief."))
    officer = verdicts.officer_fte(plan, summary)
    if officer.ok is False:
        yield Finding("officer-fte-short-of-schedule", W, "staffing.dedicated_officers", officer.text,
                      t("Assign enough dedicated officers for the scheduled hours, relief included, or say in "
                        "the teams that the clinician meets patrol at the scene."))
    for q, sentence in (("masters_level", N_("The program does not require master's-level clinicians.")),
                        ("crisis_experience", N_("The program does not require crisis-intervention and "
                                                 "risk-assessment experience clinicians."))):
        if q not in st.required_qualifications:
            yield Finding(f"qualification-{q.replace('_', '-')}", W, "staffing.required_qualifications",
                          t(sentence), t("Require it, as the starter guide recommends."))
    known_l = content.catalogs.ids("licenses")
    known_q = content.catalogs.ids("qualifications")
    for i, c in enumerate(st.clinicians):
        if not c.employer.strip():
            yield Finding("no-employer", W, f"staffing.clinicians[{i}].employer",
                          t("The clinician position '{title}' has no employer of record.",
                            title=c.title or _raw(i + 1)),
                          t("Name who employs, pays and clinically supervises this clinician."))
        for j, lic in enumerate(c.licenses):
            if lic not in known_l:
                yield Finding("unknown-option", W, f"staffing.clinicians[{i}].licenses[{j}]",
                              t("License '{value}' is not in the content's catalog.", value=lic),
                              t("Pick licenses from the list."))
    for i, q in enumerate(st.required_qualifications):
        if q not in known_q:
            yield Finding("unknown-option", W, f"staffing.required_qualifications[{i}]",
                          t("Qualification '{value}' is not in the content's catalog.", value=q),
                          t("Pick qualifications from the list."))
    if st.dispatch.trained is None:
        yield Finding("dispatch-training-undecided", W, "staffing.dispatch.trained",
                      t("It is not recorded whether dispatch is trained to identify behavioral-health indicators."),
                      t("Answer it; plan dispatcher training before launch if it is not."))
    elif not st.dispatch.trained:
        yield Finding("dispatch-not-trained", W, "staffing.dispatch.trained",
                      t("Dispatch is not trained to identify behavioral-health indicators."),
                      t("Plan dispatcher training before launch; the team is only as good as the calls it is "
                        "sent to."))
    if st.supervisors_supportive == 0 and plan.agency.sworn_officers:
        yield Finding("no-supportive-supervisors", S, "staffing.supervisors_supportive",
                      t("No patrol supervisors are identified as supportive of the model."),
                      t("Brief shift supervisors and name the ones who will champion it."))
    if not st.coordinator.name.strip():
        yield Finding("no-coordinator", S, "staffing.coordinator.name", t("No program coordinator is named."),
                      t("Name one; in a small agency it can be a collateral duty."))
    from wizard import demand  # imported hours when there are some

    util = demand.estimate(plan).utilization
    calls = plan.agency.bh_calls_per_year
    at_least = False
    if util is not None and isinstance(calls, Approx) and calls.qualifier != "about":
        # a range of calls: only its low end may be held against the schedule
        agency = plan.agency.model_copy(update={"bh_calls_per_year": approx.low(calls)})
        util, at_least = demand.estimate(plan.model_copy(update={"agency": agency})).utilization, True
    if util is not None and util > HIGH_UTILIZATION:
        yield Finding("high-utilization", W, "staffing.avg_minutes_per_call",
                      t("Expected calls would keep clinicians on scene at least {share} of their scheduled time.",
                        share=percent(util)) if at_least else
                      t("Expected calls would keep clinicians on scene {share} of their scheduled time.",
                        share=percent(util)),
                      t("Add coverage or narrow the dispatch criteria; leave time for documentation and "
                        "follow-up."))


# --- governance ----------------------------------------------------------------


@check
def _governance(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    g = plan.governance
    if not (g.clinical_supervision.held is True and _at_least(g.clinical_supervision.cadence, 7)):
        yield Finding("no-weekly-supervision", W, "governance.clinical_supervision",
                      t("There is no weekly clinical supervision."),
                      t("Schedule weekly clinical supervision by a licensed supervisor."))
    if not (g.joint_case_review.held is True and _at_least(g.joint_case_review.cadence, 31)):
        yield Finding("no-joint-review", W, "governance.joint_case_review",
                      t("There is no monthly joint case review between police and behavioral-health leadership."),
                      t("Schedule a monthly joint case review with both agencies' leaders."))
    if not g.committee:
        yield Finding("no-committee", W, "governance.committee", t("No planning or steering committee is named."),
                      t("Form an executive-level committee with decision authority (BJA Essential Element 1)."))
    else:
        types = content.catalogs.committee_member_types
        core = {kind.id for kind in types if kind.tier == "core"}
        missing = sorted(core - {m.member_type for m in g.committee if m.member_type})
        if missing:
            labels = ", ".join(content.catalogs.label("committee_member_types", x) for x in missing)
            yield Finding("committee-missing-core", S, "governance.committee",
                          t("The committee lacks core partners: {labels}.", labels=labels),
                          t("BJA lists mental-health providers, people with lived experience and their families, "
                            "and advocates as core partners."))
    if not g.escalation_path:
        yield Finding("no-escalation", W, "governance.escalation_path",
                      t("There is no path for escalating disagreements between the partners."),
                      t("List who resolves a conflict, from the field up to the executives."))
    if g.plan_review_date is None:
        yield Finding("no-review-date", S, "governance.plan_review_date", t("No date is set to review this plan."),
                      t("Set one; workload-based staffing should be reassessed at least every three years."))


# --- agreement terms (what counsel would flag) ---------------------------------------------


def _clause_kept(plan: ProgramPlan, clause_id: str) -> bool:
    c = plan.agreement.choice(clause_id)
    return c is not None and c.status in (ClauseStatus.adopted, ClauseStatus.edited)


TERM_PARTS = {  # what a term lacks: (in "Give … in Agreement terms", in "The agreement's term has no …")
    "start": (N_("an effective date"), N_("effective date")),
    "length": (N_("a length or end date"), N_("length or end date")),
    "renewal": (N_("a renewal rule"), N_("renewal rule")),
}


@check
def _agreement(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    from wizard import agreement as ag

    a = plan.agreement
    kind = ag.document_kind(plan, content)
    binding = kind == ag.BINDING_KIND
    # What a binding agreement cannot be signed without blocks it; for a charter with a
    # separate MOU the same gaps are warnings (the MOU may hold them).
    firm = B if binding else W
    if kind is None:
        yield Finding("agreement-kind-undecided", W, "agreement.clauses",
                      t("It is not stated what kind of document the charter is."),
                      t("Choose in Agreement terms: a non-binding charter with a separate MOU, or the binding "
                        "interlocal agreement itself; the charter then says it once."))
    drafted = ag.draft(plan, content)
    undecided = [d.info.title for d in drafted if d.status is None and d.info.id != "document_kind"]
    if undecided:
        n = len(undecided)
        yield Finding("clauses-undecided", W, "agreement.clauses",
                      t("{n} agreement clause is not yet adopted, edited or omitted.", n=number(n)) if n == 1 else
                      t("{n} agreement clauses are not yet adopted, edited or omitted.", n=number(n)),
                      t("Go through the clauses in Agreement terms; an undecided clause is not printed as agreed."))
    known = {c.id for c in content.clauses}
    for i, c in enumerate(a.clauses):
        info = content.clause(c.clause)
        if c.clause not in known:
            yield Finding("unknown-option", W, f"agreement.clauses[{i}].clause",
                          t("The clause '{value}' is not in the content's clause library.", value=c.clause),
                          t("Omit it, or use a content pack that has it."))
        elif c.option is not None and info is not None and info.option(c.option) is None:
            yield Finding("unknown-option", W, f"agreement.clauses[{i}].option",
                          t("The clause “{title}” has no option '{value}'.", title=info.title, value=c.option),
                          t("Choose one of its options."))
        if c.status is ClauseStatus.edited and not c.text.strip() and info is not None:
            yield Finding("edited-clause-empty", W, f"agreement.clauses[{i}].text",
                          t("The clause “{title}” is marked edited but has no wording.", title=info.title),
                          t("Write the wording, or adopt or omit the clause."))
    for d in drafted:
        if d.printed and d.option_missing and d.info.id != "document_kind" and d.info.option_from is None:
            yield Finding("clause-option-missing", W, "agreement.clauses",
                          t("The clause “{title}” is adopted but none of its wordings is chosen.", title=d.info.title),
                          t("Choose one of its options in Agreement terms."))
    needs: dict[str, list[str]] = {}
    for d in drafted:
        for name in d.missing:
            needs.setdefault(name, []).append(d.info.title)
    for name, titles in needs.items():
        if name in ("term.start", "term.length", "notice_days"):
            continue  # said below, once, as counsel would
        what = (i18n.label_text(("placeholders",), name, PLACEHOLDERS[name][0]) if name in PLACEHOLDERS
                else i18n.label_text(("placeholders",), "obligations", ag.OBLIGATIONS_WHAT))
        yield Finding("agreement-fact-missing", W, ag.missing_path(name),
                      t("The agreement names {what}, which the plan does not give ({titles} prints that it is "
                        "missing).", what=what, titles=said_join(f"“{title}”" for title in titles)),
                      t("Give it on its step, or edit the clause's wording."))

    term = a.term
    if not _clause_kept(plan, "term"):
        yield Finding("no-term", firm, "agreement.clauses",
                      t("The agreement has no term: no effective date, length or renewal clause is adopted."),
                      t("Adopt the term clause and give the effective date and the length of the term."))
    elif term.start is None or (term.months is None and term.end is None) or term.renewal is None:
        gone = [TERM_PARTS[k] for k, lacking in (("start", term.start is None),
                                                  ("length", term.months is None and term.end is None),
                                                  ("renewal", term.renewal is None)) if lacking]
        yield Finding("no-term", firm, "agreement.term.start" if term.start is None else
                      ("agreement.term.months" if term.months is None and term.end is None
                       else "agreement.term.renewal"),
                      t("The agreement's term has no {what}.", what=said_join(t(bare) for _, bare in gone)),
                      t("Give {what} in Agreement terms.", what=said_join(t(full) for full, _ in gone)))
    if not _clause_kept(plan, "termination"):
        yield Finding("no-termination", firm, "agreement.clauses",
                      t("The agreement says nothing about how a party may end it or how the program winds down."),
                      t("Adopt the termination clause (notice, cause, wind-down of people, records and equipment)."))
    elif a.termination_notice_days is None:
        yield Finding("no-termination-notice", firm, "agreement.termination_notice_days",
                      t("The termination notice period is not given."),
                      t("Give the days of written notice a party owes before leaving (60 is common)."))
    liability = a.choice("liability")
    info = content.clause("liability")
    if liability is None or info is None or not (
            liability.status is ClauseStatus.edited
            or (liability.status is ClauseStatus.adopted and ag.option_in_force(plan, info) is not None)):
        yield Finding("no-liability-clause", firm, "agreement.clauses",
                      t("The agreement does not say who answers for a claim (no liability or indemnification "
                        "clause)."),
                      t("Adopt the liability clause with one of its options: each party for its own acts, "
                        "mutual indemnity, or as limited by state law."))
    if not _clause_kept(plan, "insurance"):
        yield Finding("no-insurance-clause", firm, "agreement.clauses",
                      t("The agreement has no insurance clause."),
                      t("Adopt the insurance clause so each party keeps liability and workers' compensation "
                        "coverage."))

    signing = ag.signing_parties(plan)
    # (organization, why it is a party, field, severity): someone the agreement obliges must
    # sign it; a party to a separate MOU who does not sign may be right, but counsel asks.
    named: list[tuple[str, str, str, Severity]] = []
    for p in ag.obligation_parties(plan):
        named.append((p, N_("{org} has obligations under the agreement but does not sign the charter."),
                      "agreement.obligations", firm))
    for p in plan.confidentiality.mou.parties:
        named.append((p, N_("{org} is a party to the MOU but does not sign the charter."),
                      "confidentiality.mou.parties", W))
    seen: set[str] = set()
    for org, why, path, severity in named:
        if not org.strip() or ag.norm(org) in seen or ag.signs(plan, org):
            continue
        seen.add(ag.norm(org))
        yield Finding("party-not-signing", severity, path, t(why, org=org.strip()),
                      t("Add a signatory for it on the sign-off page, or correct the party's name so it matches."))
    payers: list[tuple[str, str]] = []
    for i, s in enumerate(plan.agency.served_agencies):
        if s.name.strip() and s.cost_share:
            payers.append((s.name, f"agency.served_agencies[{i}].cost_share"))
    for o in a.obligations:
        if o.area is ObligationArea.funding and o.party.strip():
            payers.append((o.party, "agreement.obligations"))
    seen_pay: set[str] = set()
    for org, path in payers:
        if ag.norm(org) in seen_pay or ag.signs(plan, org):
            continue
        seen_pay.add(ag.norm(org))
        yield Finding("payer-not-signing", firm, path,
                      t("{org} commits money to the program but does not sign.", org=org.strip()),
                      t("Whoever pays must sign (or the commitment belongs in a separate agreement it signs)."))
    if binding:
        for party in signing:
            if not ag.counsel_for(plan, party):
                yield Finding("no-counsel-approval", B, "signoff.signatories",
                              t("The charter is the binding agreement, but no counsel is listed to approve it as to "
                                "form for {party}.", party=party),
                              t("Add a signatory with the role Counsel and the organization {party}.", party=party))
    if _clause_kept(plan, "notices"):
        for party in signing:
            if not any(ag.same_org(n.party, party) and n.address.strip() for n in a.notices):
                yield Finding("no-notice-address", S, "agreement.notices",
                              t("There is no address for notices to {party}.", party=party),
                              t("Add its address for notices in Agreement terms."))
    staffing_terms = a.choice("staffing_terms")
    if plan.confidentiality.applies("cjis") and staffing_terms is not None \
            and staffing_terms.status is ClauseStatus.omitted:
        yield Finding("cjis-screening-omitted", W, "agreement.clauses",
                      t("CJIS applies, but the staffing clause (fingerprint-based checks before access to criminal "
                        "justice information) is omitted."),
                      t("Adopt or edit the staffing clause, or record the screening in the MOU."))


# --- confidentiality -----------------------------------------------------------


@check
def _confidentiality(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    c = plan.confidentiality
    if not c.frameworks:
        yield Finding("no-frameworks", W, "confidentiality.frameworks", t("No legal frameworks are listed."),
                      t("List the laws that apply: HIPAA, 42 CFR Part 2, CJIS, FERPA, and your state's law."))
    if not c.applies("state_law"):
        yield Finding("no-state-law", W, "confidentiality.frameworks",
                      t("State mental-health confidentiality law is not listed."),
                      t("State law always applies on top of federal law; name the statute."))
    known = content.catalogs.ids("frameworks")
    for i, f in enumerate(c.frameworks):
        info = content.framework(f.framework)
        if f.framework not in known:
            yield Finding("unknown-option", W, f"confidentiality.frameworks[{i}].framework",
                          t("Framework '{value}' is not in the content's catalog.", value=f.framework),
                          t("Pick a framework from the list."))
        elif info is not None and info.needs_name and f.applies and not f.name.strip():
            yield Finding("framework-unnamed", W, f"confidentiality.frameworks[{i}].name",
                          t("{framework} applies but is not named.", framework=info.label),
                          t("Name the statute or rule."))
    if c.applies("part2") and not c.consent_process.strip():
        yield Finding("part2-no-consent", B, "confidentiality.consent_process",
                      t("42 CFR Part 2 applies but there is no consent process."),
                      t("Describe the written consent Part 2 requires; a general authorization is not enough."))
    elif not c.consent_process.strip():
        yield Finding("no-consent", W, "confidentiality.consent_process",
                      t("There is no consent or release-of-information process."),
                      t("Describe how clinicians ask for consent on scene and record it."))
    if c.mou.status is None:
        yield Finding("mou-status-unknown", W, "confidentiality.mou.status",
                      t("It is not recorded whether there is a memorandum of understanding."),
                      t("Record the MOU's status (none, being drafted, under review, signed, expired)."))
    elif c.mou.status in (MouStatus.none, MouStatus.expired):
        yield Finding("no-mou", W, "confidentiality.mou.status",
                      t("There is no memorandum of understanding or data-sharing agreement (it has expired).")
                      if c.mou.status is MouStatus.expired else
                      t("There is no memorandum of understanding or data-sharing agreement."),
                      t("Draft an MOU covering roles and information sharing (NCSC recommends written protocols)."))
    if not c.clinician_may_share.strip():
        yield Finding("no-sharing-rule", W, "confidentiality.clinician_may_share",
                      t("It is not written what clinicians may share with officers."),
                      t("State what clinicians may tell officers on scene and afterwards."))
    if not c.documentation:
        yield Finding("no-documentation-matrix", W, "confidentiality.documentation",
                      t("It is not written who documents what, and where."),
                      t("Fill the documentation matrix: clinicians in the EHR, officers in RMS/CAD."))
    if not c.no_client_information_acknowledged:
        yield Finding("client-info-not-acknowledged", W, "confidentiality.no_client_information_acknowledged",
                      t("The team has not confirmed the plan holds no client health information."),
                      t("Confirm it: the charter is a program document and is shared widely."))


# --- data ----------------------------------------------------------------------

@check
def _data(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    d = plan.data
    if not d.measures and not d.custom_measures:
        yield Finding("no-measures", W, "data.measures", t("No performance measures are chosen."),
                      t("Choose process, output and outcome measures from the catalog."))
    else:
        cats = {m.category for m in d.custom_measures}
        for sm in d.measures:
            info = content.measure(sm.measure)
            if info is not None:
                cats.add(info.category)
        missing = [c for c in MeasureCategory if c not in cats]
        if missing:
            kinds = [c.value if i18n.is_english() else value_label(c).lower() for c in missing]
            yield Finding("measures-missing-category", S, "data.measures",
                          t("No {kinds} measures are chosen.", kinds=functools.reduce(
                              lambda first, second: t("{first} or {second}", first=first, second=second), kinds)),
                          t("Measure process, output and outcome separately (BJA)."))
    known = content.catalogs.ids("measures")
    for i, sm in enumerate(d.measures):
        if sm.measure not in known:
            yield Finding("unknown-option", W, f"data.measures[{i}].measure",
                          t("Measure '{value}' is not in the content's catalog.", value=sm.measure),
                          t("Pick measures from the list."))
    if not d.data_owner.strip():
        yield Finding("no-data-owner", W, "data.data_owner", t("No one owns the program's data."),
                      t("Name the agency and role that owns the data and answers for it."))
    if d.reporting_cadence is None or d.reporting_cadence is Cadence.none:
        yield Finding("no-reporting-cadence", W, "data.reporting_cadence",
                      t("It is not decided how often reports are produced.") if d.reporting_cadence is None
                      else t("Reports are not produced on a regular schedule."),
                      t("Decide how often reports are produced (monthly or quarterly is common)."))
    if not d.report_producer.strip():
        yield Finding("no-report-producer", S, "data.report_producer", t("No one is named to produce the reports."),
                      t("Name who compiles and publishes them."))
    if not d.baseline_months and not d.baseline_description.strip():
        yield Finding("no-baseline", S, "data.baseline_months", t("No baseline period is set."),
                      t("Collect baseline data before launch so change can be measured."))
    chosen = {sm.measure for sm in d.measures}
    if "arrests_avoided" in chosen and "er_transports" not in chosen:
        yield Finding("diversion-without-er", S, "data.measures",
                      t("Arrests avoided are measured but ER transports are not."),
                      t("Track hospitalizations too: one Colorado study found co-responders arrested less but "
                        "hospitalized more."))


# --- funding -------------------------------------------------------------------


def _year(y) -> str:
    """A budget year's name: 'FY2027' (said the same in every language) or 'Year 1'."""
    return y.label if y.year is not None else t("Year {index}", index=y.index + 1)


def _approximate_gaps(f, limits) -> Iterator[Finding]:
    """Each year's secured gap when costs or secured amounts are approximate: said with
    'about' where every value the amounts allow leaves a gap, said as not known where
    they allow both a gap and full funding, not said where none allows a gap."""
    central = budget.summarize(f, limits).years
    best = budget.summarize(budget.bounded(f, True), limits).years
    worst = budget.summarize(budget.bounded(f, False), limits).years
    for y, lo, hi in zip(central, best, worst, strict=True):
        if y.gap is None or lo.gap is None:
            continue  # an unknown amount: said by its own finding
        if hi.gap is not None and hi.gap < MONEY_TOLERANCE:
            continue
        if lo.gap >= MONEY_TOLERANCE:
            gap = money_about(y.gap, True)
            yield Finding("budget-gap", W, "funding.sources",
                          t("{year} has a gap of {gap} after secured funding, between {low} and {high} "
                            "(some amounts are approximate).", year=_year(y), gap=gap, low=money(lo.gap),
                            high=money(hi.gap))
                          if hi.gap is not None and hi.gap - lo.gap >= MONEY_TOLERANCE else
                          t("{year} has a gap of {gap} after secured funding (some amounts are approximate).",
                            year=_year(y), gap=gap),
                          t("Secure a source for that year, or reduce cost."))
        else:
            yield Finding("budget-gap-unclear", W, "funding.sources",
                          t("Whether {year} is fully funded cannot be told: the approximate amounts allow a gap "
                            "from {zero} up to {high}.", year=_year(y), zero=money(0), high=money(hi.gap))
                          if hi.gap is not None else
                          t("Whether {year} is fully funded cannot be told: the approximate amounts allow a gap "
                            "from {zero} with no upper bound.", year=_year(y), zero=money(0)),
                          t("Firm up the approximate amounts for that year."))


@check
def _funding(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    f = plan.funding
    limits = verdicts.catalog_time_limits(content)
    labels = verdicts.catalog_source_labels(content)
    summary = budget.summarize(f, limits)
    if not f.budget_lines:
        yield Finding("no-budget", W, "funding.budget_lines", t("There is no budget."),
                      t("Add personnel and other cost lines for each plan year."))
    if not f.sources:
        yield Finding("no-funding", W, "funding.sources", t("No funding sources are listed."),
                      t("Add the sources that will pay for the program, with amounts per year."))
    for i, line in enumerate(f.budget_lines):
        unknown = [y for y in summary.years if i in y.unknown_lines]
        if unknown:
            yield Finding("cost-unknown", W, f"funding.budget_lines[{i}].amounts",
                          t("The cost of {line} is not known for {years}.", line=line.description.strip(),
                            years=said_join(_year(y) for y in unknown)) if line.description.strip() else
                          t("The cost of budget line {n} is not known for {years}.", n=i + 1,
                            years=said_join(_year(y) for y in unknown)),
                          t("Enter an estimate; the funding gap cannot be judged without it."))
    if budget.secured_side_approximate(f):
        yield from _approximate_gaps(f, limits)
    for y in [] if budget.secured_side_approximate(f) else summary.gap_years:
        assert y.total is not None and y.gap is not None
        values = dict(year=_year(y), gap=money(y.gap), total=money(y.total), secured=money(y.secured))
        yield Finding("budget-gap", W, "funding.sources",
                      t("{year} has a gap of {gap} after secured funding (cost {total}, secured {secured}, "
                        "{pending} more applied for or planned).", pending=money(y.pending), **values)
                      if y.pending >= MONEY_TOLERANCE else
                      t("{year} has a gap of {gap} after secured funding (cost {total}, secured {secured}).",
                        **values),
                      t("Secure a source for that year, or reduce cost."))
    for i, s in enumerate(f.sources):
        name = budget.source_label(s, labels)
        if s.status is None:
            yield Finding("source-status-unknown", W, f"funding.sources[{i}].status",
                          t("It is not recorded whether {name} is secured, applied for or planned.", name=name),
                          t("Record its status; only secured money counts as funded."))
        if any(a is None for a in s.amounts) or not s.amounts:
            yield Finding("source-amount-unknown", W, f"funding.sources[{i}].amounts",
                          t("The amount of {name} is not known for every plan year.", name=name),
                          t("Enter the amounts; unknown amounts are not counted as funding."))
        if budget.is_time_limited(s, limits) is None:
            yield Finding("source-limit-unknown", S, f"funding.sources[{i}].time_limited",
                          t("It is not recorded whether {name} ends (time-limited) or lasts.", name=name),
                          t("Say whether it is time-limited; sustainability depends on it."))
    share = summary.time_limited_share
    if share is not None and share > MOSTLY_TIME_LIMITED and not f.sustainability_plan.strip():
        yield Finding("grant-cliff", W, "funding.sustainability_plan",
                      t("{share} of the known funding comes from time-limited sources and there is no "
                        "sustainability plan.", share=_share(share)),
                      t("Write how the program will be paid for when the grants end."))
    elif not f.sustainability_plan.strip() and f.sources:
        yield Finding("no-sustainability", S, "funding.sustainability_plan", t("There is no sustainability plan."),
                      t("Describe how the program continues after the first budget period."))
    for i, s in enumerate(f.sources):
        info = content.funding_source(s.source)
        if info is None:
            yield Finding("unknown-option", W, f"funding.sources[{i}].source",
                          t("The funding source '{value}' is not in the content's catalog.", value=s.name or s.source),
                          t("Pick a source from the list."))
            continue
        known_total = sum(a for a in s.amounts if a is not None)
        if info.max_award is not None and known_total > info.max_award + MONEY_TOLERANCE:
            yield Finding("over-max-award", W, f"funding.sources[{i}].amounts",
                          t("{name} totals {total}, more than its maximum award of {max}.",
                            name=s.name or info.label, total=money(known_total), max=money(info.max_award)),
                          t("Reduce the amounts to what the program can award."))
        if info.ends and f.start_year is not None:
            ends = dt.date.fromisoformat(info.ends)
            years_after = [f.start_year + k for k, a in enumerate(s.amounts)
                           if a and dt.date(f.start_year + k, 1, 1) > ends]
            if years_after:
                yield Finding("source-ends", S, f"funding.sources[{i}].amounts",
                              t("{name} counts on terms that end {date}, but the budget uses it in {year}.",
                                name=info.label, date=f"{ends:%d %B %Y}" if i18n.is_english()
                                else i18n.long_date(ends), year=years_after[0]),
                              t("Check what the source will pay after that date."))
        top_rate = max([s.match_rate, *s.match_rates])
        if top_rate > 0 and not s.match_source.strip():
            yield Finding("match-unfunded", S, f"funding.sources[{i}].match_source",
                          t("{name} needs up to a {rate} match but no match source is named.",
                            name=s.name or info.label, rate=_share(top_rate)),
                          t("Name where the cash or in-kind match comes from."))


# --- decisions -------------------------------------------------------------------


def _question(d) -> str:
    """A decision's question: a key decision's own words in the current language, else as typed."""
    if d.key is not None and d.question == KEY_DECISION_QUESTIONS.get(d.key):
        return t(d.question)
    return d.question or t("A custom decision")


@check
def _decisions(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    for i, d in enumerate(plan.decisions):
        label = _question(d)
        if d.status is DecisionStatus.open:
            yield Finding("decision-open", W if d.key else S, f"decisions[{i}].status",
                          t("Still open: {question}", question=label),
                          t("Record the decision, or defer it with an owner and a due date."))
        elif d.status is DecisionStatus.deferred and (not d.owner.strip() or d.due is None):
            no_owner, no_due = not d.owner.strip(), d.due is None
            field = f"decisions[{i}].owner" if no_owner else f"decisions[{i}].due"
            if no_owner and no_due:
                message = t("Deferred without an owner and a due date: {question}", question=label)
                fix = t("Give it an owner and a due date.")
            elif no_owner:
                message = t("Deferred without an owner: {question}", question=label)
                fix = t("Give it an owner.")
            else:
                message = t("Deferred without a due date: {question}", question=label)
                fix = t("Give it a due date.")
            yield Finding("deferred-no-owner", S, field, message, fix)
        elif d.status is DecisionStatus.decided and not d.decision.strip():
            yield Finding("decided-no-text", W, f"decisions[{i}].decision",
                          t("Marked decided but the decision is not written: {question}", question=label),
                          t("Write what was decided."))


# --- sign-off ----------------------------------------------------------------------


@check
def _signoff(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    for role in signing.missing_required_roles(plan):
        yield Finding("signatory-missing", B, "signoff.signatories",
                      t("The required signatory '{role}' is missing.", role=ROLE_LABELS[role]),
                      t("Add the signatory on the sign-off page."))
    required_here = signing.required_roles(plan)
    for i, s in enumerate(plan.signoff.signatories):
        if s.role in required_here and not s.name.strip():
            yield Finding("signatory-unnamed", B, f"signoff.signatories[{i}].name",
                          t("The {role} who will sign is not named.", role=ROLE_LABELS[s.role].lower()),
                          t("Enter the signatory's name, title and organization."))


def run_checks(plan: ProgramPlan, content: Content | None = None) -> list[Finding]:
    """All findings, ordered by step, then severity, in rule order within."""
    content = content or default_content()
    findings = [f for fn in CHECKS for f in fn(plan, content)]
    return sorted(findings, key=lambda f: (f.step, f.severity.rank))


def blockers(findings: list[Finding]) -> list[Finding]:
    return [f for f in findings if f.severity is Severity.blocker]


def by_step(findings: list[Finding]) -> dict[Step, list[Finding]]:
    out: dict[Step, list[Finding]] = {}
    for f in findings:
        out.setdefault(f.step, []).append(f)
    return out
