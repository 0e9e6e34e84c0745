"""Readiness checks: a pure function from a plan to findings.

Each finding names its severity, the step whose page fixes it, the field path
(dotted, as in the plan file), what is wrong in a sentence, and how to fix it.
Blockers stop a FINAL charter; warnings and suggestions are printed in its
appendix. Signatures are judged separately (:mod:`wizard.signing`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass

from wizard import approx, budget, signing, staffing, verdicts
from wizard.approx import Approx
from wizard.clauses import PLACEHOLDERS
from wizard.constants import CIT_SHARE_RULE_OF_THUMB as _CIT_RANGE
from wizard.constants import FTE_TOLERANCE, MONEY_TOLERANCE, RESPONSE_NORM_MINUTES
from wizard.content import Content, default_content
from wizard.phrases import join, money, money_about, number, percent, plural, verb
from wizard.plan import (
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
    return f"{h:,.0f} hour{'s' if round(h) != 1 else ''}"


# --- agency ------------------------------------------------------------------


@check
def _agency(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    a = plan.agency
    if not a.name.strip():
        yield Finding("no-agency-name", B, "agency.name", "The agency has no name.",
                      "Enter the law-enforcement agency's name on the agency profile page.")
    if not plan.metadata.program_name.strip():
        yield Finding("no-program-name", W, "metadata.program_name", "The program has no name.",
                      "Give the program the name the charter will carry.")
    if a.sworn_officers is None:
        yield Finding("no-sworn", W, "agency.sworn_officers", "The number of sworn officers is not given.",
                      "Enter it; staffing guidance depends on the agency's size.")
    if a.bh_calls_per_year is None:
        yield Finding("no-bh-calls", W, "agency.bh_calls_per_year",
                      "The estimated behavioral-health calls per year are not given.",
                      "Estimate them from CAD call types; utilization and the model recommendation need it.")
    if not any(p.name.strip() for p in a.partners):
        yield Finding("no-partner", B, "agency.partners", "No behavioral-health partner is named.",
                      "Add the organization that employs or supervises the clinicians.")
    known = content.catalogs.ids("partner_types")
    for i, p in enumerate(a.partners):
        if p.partner_type is not None and p.partner_type not in known:
            yield Finding("unknown-option", W, f"agency.partners[{i}].partner_type",
                          f"Partner type '{p.partner_type}' is not in the content's catalog.",
                          "Pick a partner type from the list.")
    cit = a.existing.cit_trained_officers
    if a.sworn_officers and cit is not None and cit < CIT_SHARE_RULE_OF_THUMB * a.sworn_officers:
        yield Finding("low-cit", S, "agency.existing.cit_trained_officers",
                      f"{cit} of {number(a.sworn_officers)} sworn officers ({percent(cit / a.sworn_officers)}) are "
                      f"CIT-trained; a common rule of thumb is {percent(_CIT_RANGE[0])}–{percent(_CIT_RANGE[1])} of "
                      "patrol, with CIT officers on every shift.",
                      "Plan CIT training so every shift has trained officers.")


# --- model -------------------------------------------------------------------


@check
def _model(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    m = plan.program_model
    if m.primary is None:
        yield Finding("no-primary-model", B, "program_model.primary", "No primary program model is chosen.",
                      "Choose one of the four models as primary; add others as complementary.")
    if m.primary is not None and not m.rationale.strip():
        yield Finding("no-rationale", W, "program_model.rationale", "The choice of model has no written rationale.",
                      "Write why this model fits the agency; the charter prints it.")
    if m.response_tiers and not any(t.is_this_program for t in m.response_tiers):
        yield Finding("tier-not-marked", W, "program_model.response_tiers",
                      "The triage tiers are listed but none is marked as this program.",
                      "Mark the tier the co-response team answers.")


# --- coverage ----------------------------------------------------------------


@check
def _coverage(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    c = plan.coverage
    field_response = any(x in plan.program_model.all_models for x in (ModelId.embedded, ModelId.call_out))
    covered = staffing.weekly_covered_hours(c.schedule)
    if c.all_patrol_shifts is None:
        yield Finding("all-shifts-undecided", W, "coverage.all_patrol_shifts",
                      "It is not decided whether the program runs during all patrol shifts.",
                      "Answer the first key decision: all patrol shifts, or which hours.")
    if covered == 0 and plan.program_model.primary is not None:
        yield Finding("no-schedule", B if field_response else W, "coverage.schedule",
                      "No clinician coverage hours are scheduled.",
                      "Mark the hours clinicians are on duty in the weekly grid.")
    if plan.agency.patrol is None:
        yield Finding("no-patrol-pattern", W, "agency.patrol",
                      "The agency's patrol shift pattern is not given.",
                      "Enter how patrol is scheduled (shifts a day, their length, when the first starts); "
                      "coverage shares and the clinician-to-shift ratio need it.")
    gap = staffing.coverage_gap(plan.agency.patrol, c.schedule)
    if gap is not None and c.all_patrol_shifts and gap.gap_hours > 0:
        yield Finding("all-shifts-gap", W, "coverage.schedule",
                      f"The program is to run during all patrol shifts, but clinician coverage falls "
                      f"{_hours(gap.gap_hours)} a week short of patrol's {_hours(gap.patrol_hours)}.",
                      "Add coverage hours (or on-call cover), or answer 'no' to all patrol shifts.")
    if gap is not None and covered and gap.gap_hours and c.on_call.available is not True \
            and not c.all_patrol_shifts:
        yield Finding("no-on-call", S, "coverage.on_call.available",
                      f"Nothing is arranged for the {_hours(gap.gap_hours)} a week outside clinician hours.",
                      "Name an on-call clinician, the mobile crisis team or 988 for after-hours calls.")
    known = content.catalogs.ids("dispatch_indicators")
    if not c.dispatch_indicators and not c.custom_indicators:
        yield Finding("no-indicators", W, "coverage.dispatch_indicators",
                      "Dispatch has no behavioral-health indicators to screen for.",
                      "Pick the indicators that send the co-response team.")
    for i, ind in enumerate(c.dispatch_indicators):
        if ind not in known:
            yield Finding("unknown-option", W, f"coverage.dispatch_indicators[{i}]",
                          f"Indicator '{ind}' is not in the content's catalog.", "Pick indicators from the list.")
    if field_response and not c.safety_protocol.strip():
        yield Finding("no-safety-protocol", B, "coverage.safety_protocol",
                      "Clinicians respond in the field but there is no scene-safety protocol.",
                      "Write who secures the scene, when the clinician approaches, and when they withdraw.")
    if ModelId.embedded in plan.program_model.all_models and c.vehicle in (None, VehicleArrangement.none):
        yield Finding("no-vehicle", W, "coverage.vehicle",
                      "The embedded model has no vehicle arrangement.",
                      "Decide whether the clinician rides in the patrol car or the team has its own vehicle.")
    if c.target_response_minutes is None and field_response:
        yield Finding("no-response-target", S, "coverage.target_response_minutes",
                      "There is no target response time.",
                      "Set one; the national norm is on site within one hour, preferably sooner.")
    elif c.target_response_minutes is not None and c.target_response_minutes > RESPONSE_NORM_MINUTES:
        yield Finding("slow-response-target", S, "coverage.target_response_minutes",
                      f"The target response time of {c.target_response_minutes} minutes is beyond the one-hour norm.",
                      "Aim for on site within one hour (National Council Crisis Roadmap).")


# --- staffing ----------------------------------------------------------------


@check
def _staffing(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    st = plan.staffing
    summary = staffing.summarize(plan)
    if not st.clinicians:
        yield Finding("no-clinicians", B, "staffing.clinicians", "No clinician positions are planned.",
                      "Add the clinician positions, with FTE and employer.")
    else:
        ratio = verdicts.ratio(plan, summary)
        if ratio.ok is False:
            yield Finding("ratio-outside-guide", W, "staffing.clinicians", ratio.text,
                          "Add clinician FTE or cover fewer shifts.")
        for i, c in enumerate(st.clinicians):
            if c.fte is None:
                yield Finding("clinician-fte-unknown", W, f"staffing.clinicians[{i}].fte",
                              f"The FTE of the clinician position '{c.title or i + 1}' is not given.",
                              "Enter it; staffing figures count only positions with a known FTE.")
    if agency_size(plan.agency.sworn_officers) == "mid-sized" and st.clinicians and not st.clinician_fte_unknown \
            and st.clinician_fte < MID_SIZED_MIN_CLINICIANS:
        yield Finding("mid-sized-few-clinicians", W, "staffing.clinicians",
                      f"A mid-sized agency ({plan.agency.sworn_officers} sworn) plans {st.clinician_fte:g} clinician FTE; "
                      "the guide suggests 2–3 clinicians.",
                      "Plan at least two clinicians so leave and turnover do not stop the program.")
    need = summary.fte_needed
    if need and st.clinicians and not st.clinician_fte_unknown and st.clinician_fte + FTE_TOLERANCE < need:
        yield Finding("fte-short-of-schedule", W, "staffing.clinicians",
                      f"The coverage schedule needs {need:.1f} clinician FTE "
                      f"(at {st.available_hours_per_fte:,.0f} available hours per FTE) but {st.clinician_fte:g} "
                      f"{verb(st.clinician_fte, 'is', 'are')} planned.",
                      "Add FTE or reduce scheduled hours; leave, training and sickness need relief.")
    officer = verdicts.officer_fte(plan, summary)
    if officer.ok is False:
        yield Finding("officer-fte-short-of-schedule", W, "staffing.dedicated_officers", officer.text,
                      "Assign enough dedicated officers for the scheduled hours, relief included, or say in "
                      "the teams that the clinician meets patrol at the scene.")
    for q, label in (("masters_level", "master's-level"), ("crisis_experience", "crisis-intervention and risk-assessment experience")):
        if q not in st.required_qualifications:
            yield Finding(f"qualification-{q.replace('_', '-')}", W, "staffing.required_qualifications",
                          f"The program does not require {label} clinicians.",
                          "Require it, as the starter guide recommends.")
    known_l = content.catalogs.ids("licenses")
    known_q = content.catalogs.ids("qualifications")
    for i, c in enumerate(st.clinicians):
        if not c.employer.strip():
            yield Finding("no-employer", W, f"staffing.clinicians[{i}].employer",
                          f"The clinician position '{c.title or i + 1}' has no employer of record.",
                          "Name who employs, pays and clinically supervises this clinician.")
        for j, lic in enumerate(c.licenses):
            if lic not in known_l:
                yield Finding("unknown-option", W, f"staffing.clinicians[{i}].licenses[{j}]",
                              f"License '{lic}' is not in the content's catalog.", "Pick licenses from the list.")
    for i, q in enumerate(st.required_qualifications):
        if q not in known_q:
            yield Finding("unknown-option", W, f"staffing.required_qualifications[{i}]",
                          f"Qualification '{q}' is not in the content's catalog.", "Pick qualifications from the list.")
    if st.dispatch.trained is None:
        yield Finding("dispatch-training-undecided", W, "staffing.dispatch.trained",
                      "It is not recorded whether dispatch is trained to identify behavioral-health indicators.",
                      "Answer it; plan dispatcher training before launch if it is not.")
    elif not st.dispatch.trained:
        yield Finding("dispatch-not-trained", W, "staffing.dispatch.trained",
                      "Dispatch is not trained to identify behavioral-health indicators.",
                      "Plan dispatcher training before launch; the team is only as good as the calls it is sent to.")
    if st.supervisors_supportive == 0 and plan.agency.sworn_officers:
        yield Finding("no-supportive-supervisors", S, "staffing.supervisors_supportive",
                      "No patrol supervisors are identified as supportive of the model.",
                      "Brief shift supervisors and name the ones who will champion it.")
    if not st.coordinator.name.strip():
        yield Finding("no-coordinator", S, "staffing.coordinator.name", "No program coordinator is named.",
                      "Name one; in a small agency it can be a collateral duty.")
    from wizard import demand  # imported hours when there are some

    util = demand.estimate(plan).utilization
    calls = plan.agency.bh_calls_per_year
    at_least = ""
    if util is not None and isinstance(calls, Approx) and calls.qualifier != "about":
        # a range of calls: only its low end may be held against the schedule
        agency = plan.agency.model_copy(update={"bh_calls_per_year": approx.low(calls)})
        util, at_least = demand.estimate(plan.model_copy(update={"agency": agency})).utilization, "at least "
    if util is not None and util > HIGH_UTILIZATION:
        yield Finding("high-utilization", W, "staffing.avg_minutes_per_call",
                      f"Expected calls would keep clinicians on scene {at_least}{percent(util)} of their scheduled time.",
                      "Add coverage or narrow the dispatch criteria; leave time for documentation and follow-up.")


# --- governance ----------------------------------------------------------------


@check
def _governance(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    g = plan.governance
    if not (g.clinical_supervision.held is True and _at_least(g.clinical_supervision.cadence, 7)):
        yield Finding("no-weekly-supervision", W, "governance.clinical_supervision",
                      "There is no weekly clinical supervision.",
                      "Schedule weekly clinical supervision by a licensed supervisor.")
    if not (g.joint_case_review.held is True and _at_least(g.joint_case_review.cadence, 31)):
        yield Finding("no-joint-review", W, "governance.joint_case_review",
                      "There is no monthly joint case review between police and behavioral-health leadership.",
                      "Schedule a monthly joint case review with both agencies' leaders.")
    if not g.committee:
        yield Finding("no-committee", W, "governance.committee", "No planning or steering committee is named.",
                      "Form an executive-level committee with decision authority (BJA Essential Element 1).")
    else:
        types = content.catalogs.committee_member_types
        core = {t.id for t in types if t.tier == "core"}
        missing = sorted(core - {m.member_type for m in g.committee if m.member_type})
        if missing:
            labels = ", ".join(content.catalogs.label("committee_member_types", x) for x in missing)
            yield Finding("committee-missing-core", S, "governance.committee",
                          f"The committee lacks core partners: {labels}.",
                          "BJA lists mental-health providers, people with lived experience and their families, and advocates as core partners.")
    if not g.escalation_path:
        yield Finding("no-escalation", W, "governance.escalation_path",
                      "There is no path for escalating disagreements between the partners.",
                      "List who resolves a conflict, from the field up to the executives.")
    if g.plan_review_date is None:
        yield Finding("no-review-date", S, "governance.plan_review_date", "No date is set to review this plan.",
                      "Set one; workload-based staffing should be reassessed at least every three years.")


# --- agreement terms (what counsel would flag) ---------------------------------------------


def _clause_kept(plan: ProgramPlan, clause_id: str) -> bool:
    c = plan.agreement.choice(clause_id)
    return c is not None and c.status in (ClauseStatus.adopted, ClauseStatus.edited)


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
                      "It is not stated what kind of document the charter is.",
                      "Choose in Agreement terms: a non-binding charter with a separate MOU, or the binding "
                      "interlocal agreement itself; the charter then says it once.")
    drafted = ag.draft(plan, content)
    undecided = [d.info.title for d in drafted if d.status is None and d.info.id != "document_kind"]
    if undecided:
        yield Finding("clauses-undecided", W, "agreement.clauses",
                      f"{plural(len(undecided), 'agreement clause')} {verb(len(undecided), 'is', 'are')} not yet adopted, edited or omitted.",
                      "Go through the clauses in Agreement terms; an undecided clause is not printed as agreed.")
    known = {c.id for c in content.clauses}
    for i, c in enumerate(a.clauses):
        info = content.clause(c.clause)
        if c.clause not in known:
            yield Finding("unknown-option", W, f"agreement.clauses[{i}].clause",
                          f"The clause '{c.clause}' is not in the content's clause library.",
                          "Omit it, or use a content pack that has it.")
        elif c.option is not None and info is not None and info.option(c.option) is None:
            yield Finding("unknown-option", W, f"agreement.clauses[{i}].option",
                          f"The clause “{info.title}” has no option '{c.option}'.", "Choose one of its options.")
        if c.status is ClauseStatus.edited and not c.text.strip() and info is not None:
            yield Finding("edited-clause-empty", W, f"agreement.clauses[{i}].text",
                          f"The clause “{info.title}” is marked edited but has no wording.",
                          "Write the wording, or adopt or omit the clause.")
    for d in drafted:
        if d.printed and d.option_missing and d.info.id != "document_kind" and d.info.option_from is None:
            yield Finding("clause-option-missing", W, "agreement.clauses",
                          f"The clause “{d.info.title}” is adopted but none of its wordings is chosen.",
                          "Choose one of its options in Agreement terms.")
    needs: dict[str, list[str]] = {}
    for d in drafted:
        for name in d.missing:
            needs.setdefault(name, []).append(d.info.title)
    for name, titles in needs.items():
        if name in ("term.start", "term.length", "notice_days"):
            continue  # said below, once, as counsel would
        what = PLACEHOLDERS[name][0] if name in PLACEHOLDERS else ag.OBLIGATIONS_WHAT
        yield Finding("agreement-fact-missing", W, ag.missing_path(name),
                      f"The agreement names {what}, which the plan does not give "
                      f"({join(f'“{t}”' for t in titles)} prints that it is missing).",
                      "Give it on its step, or edit the clause's wording.")

    t = a.term
    if not _clause_kept(plan, "term"):
        yield Finding("no-term", firm, "agreement.clauses",
                      "The agreement has no term: no effective date, length or renewal clause is adopted.",
                      "Adopt the term clause and give the effective date and the length of the term.")
    elif t.start is None or (t.months is None and t.end is None) or t.renewal is None:
        lacking = join([w for w, gone in (("an effective date", t.start is None),
                                          ("a length or end date", t.months is None and t.end is None),
                                          ("a renewal rule", t.renewal is None)) if gone])
        yield Finding("no-term", firm, "agreement.term.start" if t.start is None else
                      ("agreement.term.months" if t.months is None and t.end is None else "agreement.term.renewal"),
                      f"The agreement's term has no {lacking.replace('an ', '').replace('a ', '')}.",
                      f"Give {lacking} in Agreement terms.")
    if not _clause_kept(plan, "termination"):
        yield Finding("no-termination", firm, "agreement.clauses",
                      "The agreement says nothing about how a party may end it or how the program winds down.",
                      "Adopt the termination clause (notice, cause, wind-down of people, records and equipment).")
    elif a.termination_notice_days is None:
        yield Finding("no-termination-notice", firm, "agreement.termination_notice_days",
                      "The termination notice period is not given.",
                      "Give the days of written notice a party owes before leaving (60 is common).")
    liability = a.choice("liability")
    info = content.clause("liability")
    if liability is None or info is None or not (
            liability.status is ClauseStatus.edited
            or (liability.status is ClauseStatus.adopted and ag.option_in_force(plan, info) is not None)):
        yield Finding("no-liability-clause", firm, "agreement.clauses",
                      "The agreement does not say who answers for a claim (no liability or indemnification clause).",
                      "Adopt the liability clause with one of its options: each party for its own acts, "
                      "mutual indemnity, or as limited by state law.")
    if not _clause_kept(plan, "insurance"):
        yield Finding("no-insurance-clause", firm, "agreement.clauses",
                      "The agreement has no insurance clause.",
                      "Adopt the insurance clause so each party keeps liability and workers' compensation coverage.")

    signing = ag.signing_parties(plan)
    # (organization, why it is a party, field, severity): someone the agreement obliges must
    # sign it; a party to a separate MOU who does not sign may be right, but counsel asks.
    named: list[tuple[str, str, str, Severity]] = []
    for p in ag.obligation_parties(plan):
        named.append((p, "has obligations under the agreement", "agreement.obligations", firm))
    for p in plan.confidentiality.mou.parties:
        named.append((p, "is a party to the MOU", "confidentiality.mou.parties", W))
    seen: set[str] = set()
    for org, why, path, severity in named:
        if not org.strip() or ag.norm(org) in seen or ag.signs(plan, org):
            continue
        seen.add(ag.norm(org))
        yield Finding("party-not-signing", severity, path,
                      f"{org.strip()} {why} but does not sign the charter.",
                      "Add a signatory for it on the sign-off page, or correct the party's name so it matches.")
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
                      f"{org.strip()} commits money to the program but does not sign.",
                      "Whoever pays must sign (or the commitment belongs in a separate agreement it signs).")
    if binding:
        for party in signing:
            if not ag.counsel_for(plan, party):
                yield Finding("no-counsel-approval", B, "signoff.signatories",
                              f"The charter is the binding agreement, but no counsel is listed to approve it as to "
                              f"form for {party}.",
                              f"Add a signatory with the role Counsel and the organization {party}.")
    if _clause_kept(plan, "notices"):
        for party in signing:
            if not any(ag.same_org(n.party, party) and n.address.strip() for n in a.notices):
                yield Finding("no-notice-address", S, "agreement.notices",
                              f"There is no address for notices to {party}.",
                              "Add its address for notices in Agreement terms.")
    staffing_terms = a.choice("staffing_terms")
    if plan.confidentiality.applies("cjis") and staffing_terms is not None \
            and staffing_terms.status is ClauseStatus.omitted:
        yield Finding("cjis-screening-omitted", W, "agreement.clauses",
                      "CJIS applies, but the staffing clause (fingerprint-based checks before access to criminal "
                      "justice information) is omitted.",
                      "Adopt or edit the staffing clause, or record the screening in the MOU.")


# --- confidentiality -----------------------------------------------------------


@check
def _confidentiality(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    c = plan.confidentiality
    if not c.frameworks:
        yield Finding("no-frameworks", W, "confidentiality.frameworks", "No legal frameworks are listed.",
                      "List the laws that apply: HIPAA, 42 CFR Part 2, CJIS, FERPA, and your state's law.")
    if not c.applies("state_law"):
        yield Finding("no-state-law", W, "confidentiality.frameworks",
                      "State mental-health confidentiality law is not listed.",
                      "State law always applies on top of federal law; name the statute.")
    known = content.catalogs.ids("frameworks")
    for i, f in enumerate(c.frameworks):
        info = content.framework(f.framework)
        if f.framework not in known:
            yield Finding("unknown-option", W, f"confidentiality.frameworks[{i}].framework",
                          f"Framework '{f.framework}' is not in the content's catalog.", "Pick a framework from the list.")
        elif info is not None and info.needs_name and f.applies and not f.name.strip():
            yield Finding("framework-unnamed", W, f"confidentiality.frameworks[{i}].name",
                          f"{info.label} applies but is not named.", "Name the statute or rule.")
    if c.applies("part2") and not c.consent_process.strip():
        yield Finding("part2-no-consent", B, "confidentiality.consent_process",
                      "42 CFR Part 2 applies but there is no consent process.",
                      "Describe the written consent Part 2 requires; a general authorization is not enough.")
    elif not c.consent_process.strip():
        yield Finding("no-consent", W, "confidentiality.consent_process",
                      "There is no consent or release-of-information process.",
                      "Describe how clinicians ask for consent on scene and record it.")
    if c.mou.status is None:
        yield Finding("mou-status-unknown", W, "confidentiality.mou.status",
                      "It is not recorded whether there is a memorandum of understanding.",
                      "Record the MOU's status (none, being drafted, under review, signed, expired).")
    elif c.mou.status in (MouStatus.none, MouStatus.expired):
        yield Finding("no-mou", W, "confidentiality.mou.status",
                      "There is no memorandum of understanding or data-sharing agreement"
                      + (" (it has expired)." if c.mou.status is MouStatus.expired else "."),
                      "Draft an MOU covering roles and information sharing (NCSC recommends written protocols).")
    if not c.clinician_may_share.strip():
        yield Finding("no-sharing-rule", W, "confidentiality.clinician_may_share",
                      "It is not written what clinicians may share with officers.",
                      "State what clinicians may tell officers on scene and afterwards.")
    if not c.documentation:
        yield Finding("no-documentation-matrix", W, "confidentiality.documentation",
                      "It is not written who documents what, and where.",
                      "Fill the documentation matrix: clinicians in the EHR, officers in RMS/CAD.")
    if not c.no_client_information_acknowledged:
        yield Finding("client-info-not-acknowledged", W, "confidentiality.no_client_information_acknowledged",
                      "The team has not confirmed the plan holds no client health information.",
                      "Confirm it: the charter is a program document and is shared widely.")


# --- data ----------------------------------------------------------------------


@check
def _data(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    d = plan.data
    if not d.measures and not d.custom_measures:
        yield Finding("no-measures", W, "data.measures", "No performance measures are chosen.",
                      "Choose process, output and outcome measures from the catalog.")
    else:
        cats = {m.category for m in d.custom_measures}
        for sm in d.measures:
            info = content.measure(sm.measure)
            if info is not None:
                cats.add(info.category)
        missing = [c.value for c in MeasureCategory if c not in cats]
        if missing:
            yield Finding("measures-missing-category", S, "data.measures",
                          f"No {' or '.join(missing)} measures are chosen.",
                          "Measure process, output and outcome separately (BJA).")
    known = content.catalogs.ids("measures")
    for i, sm in enumerate(d.measures):
        if sm.measure not in known:
            yield Finding("unknown-option", W, f"data.measures[{i}].measure",
                          f"Measure '{sm.measure}' is not in the content's catalog.", "Pick measures from the list.")
    if not d.data_owner.strip():
        yield Finding("no-data-owner", W, "data.data_owner", "No one owns the program's data.",
                      "Name the agency and role that owns the data and answers for it.")
    if d.reporting_cadence is None or d.reporting_cadence is Cadence.none:
        yield Finding("no-reporting-cadence", W, "data.reporting_cadence",
                      "It is not decided how often reports are produced." if d.reporting_cadence is None
                      else "Reports are not produced on a regular schedule.",
                      "Decide how often reports are produced (monthly or quarterly is common).")
    if not d.report_producer.strip():
        yield Finding("no-report-producer", S, "data.report_producer", "No one is named to produce the reports.",
                      "Name who compiles and publishes them.")
    if not d.baseline_months and not d.baseline_description.strip():
        yield Finding("no-baseline", S, "data.baseline_months", "No baseline period is set.",
                      "Collect baseline data before launch so change can be measured.")
    chosen = {sm.measure for sm in d.measures}
    if "arrests_avoided" in chosen and "er_transports" not in chosen:
        yield Finding("diversion-without-er", S, "data.measures",
                      "Arrests avoided are measured but ER transports are not.",
                      "Track hospitalizations too: one Colorado study found co-responders arrested less but hospitalized more.")


# --- funding -------------------------------------------------------------------


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
            spread = (f", between {money(lo.gap)} and {money(hi.gap)}" if hi.gap is not None
                      and hi.gap - lo.gap >= MONEY_TOLERANCE else "")
            yield Finding("budget-gap", W, "funding.sources",
                          f"{y.label} has a gap of {money_about(y.gap, True)} after secured funding{spread} "
                          "(some amounts are approximate).",
                          "Secure a source for that year, or reduce cost.")
        else:
            upto = f"up to {money(hi.gap)}" if hi.gap is not None else "with no upper bound"
            yield Finding("budget-gap-unclear", W, "funding.sources",
                          f"Whether {y.label} is fully funded cannot be told: the approximate amounts allow a gap "
                          f"from $0 {upto}.",
                          "Firm up the approximate amounts for that year.")


@check
def _funding(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    f = plan.funding
    limits = verdicts.catalog_time_limits(content)
    labels = verdicts.catalog_source_labels(content)
    summary = budget.summarize(f, limits)
    if not f.budget_lines:
        yield Finding("no-budget", W, "funding.budget_lines", "There is no budget.",
                      "Add personnel and other cost lines for each plan year.")
    if not f.sources:
        yield Finding("no-funding", W, "funding.sources", "No funding sources are listed.",
                      "Add the sources that will pay for the program, with amounts per year.")
    for i, line in enumerate(f.budget_lines):
        unknown = [y for y in summary.years if i in y.unknown_lines]
        if unknown:
            yield Finding("cost-unknown", W, f"funding.budget_lines[{i}].amounts",
                          f"The cost of {line.description.strip() or f'budget line {i + 1}'} is not known for "
                          f"{join(y.label for y in unknown)}.",
                          "Enter an estimate; the funding gap cannot be judged without it.")
    if budget.secured_side_approximate(f):
        yield from _approximate_gaps(f, limits)
    for y in [] if budget.secured_side_approximate(f) else summary.gap_years:
        assert y.total is not None and y.gap is not None
        pending = f", {money(y.pending)} more applied for or planned" if y.pending >= MONEY_TOLERANCE else ""
        yield Finding("budget-gap", W, "funding.sources",
                      f"{y.label} has a gap of {money(y.gap)} after secured funding "
                      f"(cost {money(y.total)}, secured {money(y.secured)}{pending}).",
                      "Secure a source for that year, or reduce cost.")
    for i, s in enumerate(f.sources):
        name = budget.source_label(s, labels)
        if s.status is None:
            yield Finding("source-status-unknown", W, f"funding.sources[{i}].status",
                          f"It is not recorded whether {name} is secured, applied for or planned.",
                          "Record its status; only secured money counts as funded.")
        if any(a is None for a in s.amounts) or not s.amounts:
            yield Finding("source-amount-unknown", W, f"funding.sources[{i}].amounts",
                          f"The amount of {name} is not known for every plan year.",
                          "Enter the amounts; unknown amounts are not counted as funding.")
        if budget.is_time_limited(s, limits) is None:
            yield Finding("source-limit-unknown", S, f"funding.sources[{i}].time_limited",
                          f"It is not recorded whether {name} ends (time-limited) or lasts.",
                          "Say whether it is time-limited; sustainability depends on it.")
    share = summary.time_limited_share
    if share is not None and share > MOSTLY_TIME_LIMITED and not f.sustainability_plan.strip():
        yield Finding("grant-cliff", W, "funding.sustainability_plan",
                      f"{share:.0%} of the known funding comes from time-limited sources and there is no "
                      "sustainability plan.",
                      "Write how the program will be paid for when the grants end.")
    elif not f.sustainability_plan.strip() and f.sources:
        yield Finding("no-sustainability", S, "funding.sustainability_plan", "There is no sustainability plan.",
                      "Describe how the program continues after the first budget period.")
    for i, s in enumerate(f.sources):
        info = content.funding_source(s.source)
        if info is None:
            yield Finding("unknown-option", W, f"funding.sources[{i}].source",
                          f"The funding source '{s.name or s.source}' is not in the content's catalog.",
                          "Pick a source from the list.")
            continue
        known_total = sum(a for a in s.amounts if a is not None)
        if info.max_award is not None and known_total > info.max_award + MONEY_TOLERANCE:
            yield Finding("over-max-award", W, f"funding.sources[{i}].amounts",
                          f"{s.name or info.label} totals {money(known_total)}, more than its maximum award of "
                          f"{money(info.max_award)}.",
                          "Reduce the amounts to what the program can award.")
        if info.ends and f.start_year is not None:
            ends = dt.date.fromisoformat(info.ends)
            years_after = [f.start_year + k for k, a in enumerate(s.amounts)
                           if a and dt.date(f.start_year + k, 1, 1) > ends]
            if years_after:
                yield Finding("source-ends", S, f"funding.sources[{i}].amounts",
                              f"{info.label} counts on terms that end {ends:%d %B %Y}, but the budget uses it "
                              f"in {years_after[0]}.",
                              "Check what the source will pay after that date.")
        top_rate = max([s.match_rate, *s.match_rates])
        if top_rate > 0 and not s.match_source.strip():
            yield Finding("match-unfunded", S, f"funding.sources[{i}].match_source",
                          f"{s.name or info.label} needs up to a {top_rate:.0%} match but no match source is named.",
                          "Name where the cash or in-kind match comes from.")


# --- decisions -------------------------------------------------------------------


@check
def _decisions(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    for i, d in enumerate(plan.decisions):
        label = d.question or "A custom decision"
        if d.status is DecisionStatus.open:
            yield Finding("decision-open", W if d.key else S, f"decisions[{i}].status",
                          f"Still open: {label}", "Record the decision, or defer it with an owner and a due date.")
        elif d.status is DecisionStatus.deferred and (not d.owner.strip() or d.due is None):
            lacking = join([w for w, gone in (("an owner", not d.owner.strip()), ("a due date", d.due is None))
                            if gone])
            yield Finding("deferred-no-owner", S, f"decisions[{i}].owner" if not d.owner.strip()
                          else f"decisions[{i}].due",
                          f"Deferred without {lacking}: {label}", f"Give it {lacking}.")
        elif d.status is DecisionStatus.decided and not d.decision.strip():
            yield Finding("decided-no-text", W, f"decisions[{i}].decision",
                          f"Marked decided but the decision is not written: {label}", "Write what was decided.")


# --- sign-off ----------------------------------------------------------------------


@check
def _signoff(plan: ProgramPlan, content: Content) -> Iterator[Finding]:
    for role in signing.missing_required_roles(plan):
        yield Finding("signatory-missing", B, "signoff.signatories",
                      f"The required signatory '{ROLE_LABELS[role]}' is missing.",
                      "Add the signatory on the sign-off page.")
    required_here = signing.required_roles(plan)
    for i, s in enumerate(plan.signoff.signatories):
        if s.role in required_here and not s.name.strip():
            yield Finding("signatory-unnamed", B, f"signoff.signatories[{i}].name",
                          f"The {ROLE_LABELS[s.role].lower()} who will sign is not named.",
                          "Enter the signatory's name, title and organization.")


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
