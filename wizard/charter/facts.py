"""What the charter says, gathered once: plan + content → :class:`CharterFacts` (JSON-able).

Every sentence either states an answer the plan holds or is guidance set apart
(``{"kind": "guidance"}``); whatever the plan leaves open is said as "not yet decided"
/ "not yet recorded" and listed once in Open items, never as a default. The sections
use the shared section format (README, "The section format"): ``{"id", "title",
"blocks"}`` with blocks ``para``, ``guidance``, ``subheading``, ``list``, ``clause``,
``obligations``, ``table``, ``figure`` and ``facts``. All strings are plain text; the
Typst template (``resources/templates/charter.typ``) and the Word copy print them as
they are. Optional keys a renderer may use and may ignore: ``subheading.level`` (2, or
3 for a minor heading), ``table.widths`` (relative column widths), ``table.numeric``
(right-aligned columns), ``table.strong`` / ``table.bands`` / ``table.marked`` (row
indexes printed bold / as a group label across the table / highlighted), ``figure.width``
and ``figure.height`` (pt).

Fixed sentences come from ``resources/content/charter.yaml`` (``sentences:``, filled
with :meth:`wizard.content.CharterText.say`). Nothing here draws.
"""

from __future__ import annotations

import base64
import binascii
import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wizard import agreement, annexes, budget, checks, demand, signing, staffing, verdicts, workflow
from wizard.charter.text import clean, truncate
from wizard.constants import FTE_TOLERANCE, MONEY_TOLERANCE, RESPONSE_NORM_MINUTES
from wizard.content import Content
from wizard.i18n import N_, is_english, t
from wizard.labels import field_label, value_label
from wizard.open_items import decision_question, open_items
from wizard.phrases import (
    article,
    long_date,
    number,
    partial_date,
    percent,
    plural,
    said_join,
    year_range,
)
from wizard.plan import (
    MeasureCategory,
    Meeting,
    ProgramPlan,
    SignatoryRole,
    SignatureMethod,
    Weekday,
)
from wizard.readiness import Status

Block = dict[str, Any]
Section = dict[str, Any]

MEASURE_CATEGORY = {
    MeasureCategory.process: ("Process measures", "Is the program running as designed?"),
    MeasureCategory.output: ("Output measures", "What did the program do?"),
    MeasureCategory.outcome: ("Outcome measures", "What changed for people and the community?"),
}
WEEKDAY = {Weekday.mon: N_("Monday"), Weekday.tue: N_("Tuesday"), Weekday.wed: N_("Wednesday"),
           Weekday.thu: N_("Thursday"), Weekday.fri: N_("Friday"), Weekday.sat: N_("Saturday"),
           Weekday.sun: N_("Sunday")}
"""English day names (translated where printed: ``t(WEEKDAY[d])``)."""

NOT_DECIDED = N_("Not yet decided.")
NOT_RECORDED = N_("Not yet recorded.")
SEVERITY = {checks.Severity.blocker: N_("Blocker"), checks.Severity.warning: N_("Warning"),
            checks.Severity.suggestion: N_("Suggestion")}

SECTIONS: list[tuple[str, str]] = [
    ("summary", N_("Executive summary")),
    ("purpose", N_("Purpose and core principles")),
    ("agency", N_("Agency and partners")),
    ("model", N_("Program model")),
    ("coverage", N_("Coverage and operations")),
    ("staffing", N_("Staffing")),
    ("governance", N_("Supervision and governance")),
    ("agreement", N_("Agreement terms")),
    ("confidentiality", N_("Confidentiality and information sharing")),
    ("data", N_("Data and reporting")),
    ("funding", N_("Funding and sustainability")),
    ("decisions", N_("Decision log")),
    ("open", N_("Open items")),
    ("annex-data-sharing", N_("Annex: Data-sharing agreement")),
    ("annex-protocols", N_("Annex: Protocols the charter refers to")),
    ("signatures", N_("Approval and signatures")),
]
APPENDIX_TITLE = N_("Open readiness findings")
SECTION_TITLES = [t for _, t in SECTIONS] + [APPENDIX_TITLE]
"""Every section heading the charter prints (tests look for each)."""
TITLES = dict(SECTIONS)

MAX_SIGNATURE_PIXELS = 4000 * 4000
MAX_SERIES = 9
SUMMARY_OPEN_ITEMS = 6
COVER_PARTNERS, COVER_SIGNATORIES = 5, 4
"""How many partners and signatories the cover names (the rest are counted): the cover is one page."""
LONG_CELL = 1200
"""Characters in a table cell from which its row may split across pages (shorter rows never do)."""
CHART_WIDTH = 492.0
"""The text width of a US Letter page with the charter's 60 pt side margins."""


# --- blocks -------------------------------------------------------------------------------------------------


def para(text: str) -> Block:
    return {"kind": "para", "text": clean(text)}


def guidance(text: str) -> Block:
    return {"kind": "guidance", "text": clean(text)}


def subheading(text: str, level: int = 2) -> Block:
    return {"kind": "subheading", "text": clean(text), "level": level}


def bullets(items: Sequence[str], ordered: bool = False) -> Block:
    return {"kind": "list", "items": [clean(i) for i in items], "ordered": ordered}


def table(header: Sequence[str], rows: Sequence[Sequence[str]], *, caption: str = "",
          widths: Sequence[float] = (), numeric: Sequence[int] = (), strong: Sequence[int] = (),
          bands: Sequence[int] = (), marked: Sequence[int] = ()) -> Block:
    out: Block = {"kind": "table", "caption": clean(caption), "header": [clean(h) for h in header],
                  "rows": [[clean(c) for c in r] for r in rows]}
    if any(len(c) > LONG_CELL for r in out["rows"] for c in r):
        out["split_rows"] = True  # a row may break across pages only when one of its cells is very long
    for key, value in (("widths", list(widths)), ("numeric", list(numeric)), ("strong", list(strong)),
                       ("bands", list(bands)), ("marked", list(marked))):
        if value:
            out[key] = value
    return out


def facts(rows: Sequence[tuple[str, str]]) -> Block:
    return {"kind": "facts", "rows": [[clean(k), clean(v)] for k, v in rows]}


def figure(drawing: Any, alt: str, caption: str) -> Block:
    from wizard.charter.svgdraw import figure as svg_figure

    fig = svg_figure(drawing, clean(alt), caption=clean(caption))
    return {"kind": "figure", **fig}


def hours(n: float) -> str:
    if not is_english():
        return f"{number(round(n, 1), 1)} h"
    return f"{n:,.0f} h" if abs(n - round(n)) < 1e-9 else f"{n:,.1f} h"


def whole_hours(n: float) -> str:
    """'1,698 h': hours rounded to the hour."""
    if not is_english():
        return f"{number(round(n), 0)} h"
    return f"{n:,.0f} h"


def num(v: float) -> str:
    """'2.5', '96' (``:g``) in English; the language's number style otherwise."""
    if not is_english():
        return number(v)
    return f"{v:g}"


def title(section_id: str) -> str:
    """A section's heading in the current language."""
    return t(TITLES[section_id])


def hour_label(h: int) -> str:
    return f"{h:02d}:00"


def text_or(text: str | None, empty: str = NOT_RECORDED) -> str:
    """``text`` as typed, else ``empty`` (a program message, said in the current language)."""
    s = clean(text).strip() if text else ""
    return s or t(empty)


def lines(items: Sequence[str], empty: str = N_("None")) -> str:
    return "\n".join("• " + clean(i) for i in items) if items else t(empty)


def yes_no(v: bool | None) -> str:
    return t("Not yet decided") if v is None else (t("Yes") if v else t("No"))


def choice(v: object | None, empty: str = NOT_DECIDED) -> str:
    return t(empty) if v is None else value_label(v)  # type: ignore[arg-type]


def count(v: float | int | None, unit: str = "", empty: str = NOT_RECORDED) -> str:
    if v is None:
        return t(empty)
    if not is_english():
        return f"{number(v)}{unit}"
    return f"{v:,g}{unit}"


def cadence(held: bool | None, value: object | None) -> str:
    if held is False:
        return t("Not held")
    if held is None or value is None:
        return t("Not yet decided")
    return value_label(value)  # type: ignore[arg-type]


def prose(text: str, empty: str = NOT_RECORDED) -> list[Block]:
    """Free text as one paragraph per blank-line-separated block ('empty' when there is none)."""
    s = clean(text).strip()
    if not s:
        return [para(t(empty))]
    return [para(b.strip("\n")) for b in s.replace("\r", "").split("\n\n") if b.strip()]


# --- the facts ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class CharterFacts:
    """The charter as data: what the template prints, in the order it prints it."""

    title: str
    meta: dict[str, Any]
    """author, subject, keywords of the PDF."""
    furniture: dict[str, Any]
    """running header, footer, status, revision, fingerprint."""
    cover: dict[str, Any]
    summary: dict[str, Any]
    sections: list[Section]
    """Sections 2 … (purpose to open items), in the shared section format."""
    signatures: dict[str, Any]
    appendix: Section

    def as_json(self) -> dict[str, Any]:
        return {"title": self.title, "meta": self.meta, "furniture": self.furniture, "cover": self.cover,
                "summary": self.summary, "sections": self.sections, "signatures": self.signatures,
                "appendix": self.appendix, "titles": {k: t(v) for k, v in TITLES.items()}}


def charter_facts(plan: ProgramPlan, content: Content, status: Status, fingerprint: str) -> CharterFacts:
    return _Gather(plan, content, status, fingerprint).build()


class _Gather:
    def __init__(self, plan: ProgramPlan, content: Content, status: Status, fp: str):
        self.plan, self.content, self.status, self.fp = plan, content, status, fp
        self.c = content.charter
        self.staff = staffing.summarize(plan)
        self.limits = verdicts.catalog_time_limits(content)
        self.source_labels = verdicts.catalog_source_labels(content)
        self.money = budget.summarize(plan.funding, self.limits)
        self.running = plan.metadata.running
        self._figures = 0

    # -- helpers ------------------------------------------------------------------------------

    def say(self, key: str, **fields: object) -> str:
        return self.c.say(key, **fields)

    def fig_no(self) -> str:
        self._figures += 1
        return t("Figure {n}.", n=self._figures)

    def verb(self, future: str, present: str) -> str:
        return present if self.running else future

    def catalog(self, name: str, ids: Sequence[str]) -> list[str]:
        return [self.content.catalogs.label(name, i) for i in ids]

    @property
    def partner_names(self) -> list[str]:
        return [clean(p.name).strip() for p in self.plan.agency.partners if clean(p.name).strip()]

    @property
    def operators(self) -> list[str]:
        """Who runs the program: the plan's explicit answer, never inferred from list order."""
        return [clean(x).strip() for x in self.plan.program_model.operated_by if clean(x).strip()]

    @property
    def program_name(self) -> str:
        return clean(self.plan.metadata.program_name).strip() or t("Co-response program")

    # -- the whole ----------------------------------------------------------------------------

    def build(self) -> CharterFacts:
        p = self.plan
        agency = clean(p.agency.name).strip()
        title = t("{program} — Program charter", program=self.program_name)
        author = "; ".join([agency, *self.partner_names[:1]]) if agency or self.partner_names else "coresponse"
        keywords = [t("co-response"), t("program charter"), t("behavioral health"), t("crisis response"),
                    *(value_label(m) for m in p.program_model.all_models)]
        meta = {"author": author, "keywords": keywords,
                "subject": t("Co-response program charter, revision {revision} ({status})",
                             revision=p.metadata.revision, status=self.status.label)}
        furniture = {
            "running": self.program_name + (f"  ·  {agency}" if agency else ""),
            "running_kind": t("Program charter"),
            "footer": t("Revision {revision}  ·  fingerprint {short}  ·  {status}", revision=p.metadata.revision,
                        short=signing.short(self.fp), status=self.status.label),
            "status": self.status.label, "final": self.status.final,
        }
        cover = self.cover()
        summary = self.summary()
        sections = [self.purpose(), self.agency(), self.model(), self.coverage(), self.staffing(),
                    self.governance(), *agreement.charter_sections(p, self.content), self.confidentiality(),
                    self.data(), self.funding(), self.decisions(), self.open_items(),
                    annexes.data_sharing_annex(p, self.content), annexes.protocols_annex(p, self.content)]
        return CharterFacts(title=title, meta=meta, furniture=furniture, cover=cover, summary=summary,
                            sections=sections, signatures=self.signatures(), appendix=self.appendix())

    # -- cover --------------------------------------------------------------------------------

    def cover(self) -> dict[str, Any]:
        p = self.plan
        m = p.metadata
        agency = clean(p.agency.name).strip()
        operators = self.operators
        if operators:
            sub = said_join(operators[:4]) + (t(" and {n} more", n=len(operators) - 4) if len(operators) > 4 else "")
        else:
            sub = agency or t("Lead agency not yet named")
        reason = "; ".join(self.status.reasons) if self.status.reasons else self.say("status_ready")
        reason = reason[:1].upper() + reason[1:].rstrip(".") + "."
        partners = self.partner_names
        model = self.content.model(p.program_model.primary).name if p.program_model.primary else ""
        rows = [
            (t("Lead agency"), text_or(p.agency.name)),
            (t("Runs the program"), "\n".join(operators) if operators else t(NOT_RECORDED)),
            (t("Partners"), "\n".join(partners[:COVER_PARTNERS]) + (
                "\n" + t("… and {n} more (section 3)", n=len(partners) - COVER_PARTNERS)
                if len(partners) > COVER_PARTNERS else "")
             if partners
             else t("No partner named yet.")),
            (t("Jurisdiction"), text_or(", ".join(x for x in (clean(p.agency.jurisdiction).strip(),
                                                             clean(p.agency.state).strip()) if x))),
            (t("Program model"), model or t("Not yet chosen.")),
            (t("Revision"), f"{m.revision}, {long_date(m.modified)}"),
            (t("Plan identifier"), m.plan_id),
            (t("Plan fingerprint"), f"{signing.short(self.fp)}\n{self.fp[:32]}\n{self.fp[32:]}"),
            (t("Signatories"), self._signatory_lines()),
        ]
        return {"kicker": t("PROGRAM CHARTER  ·  REVISION {revision}", revision=m.revision),
                "program": self.program_name,
                "subtitle": sub, "status": self.status.label, "final": self.status.final, "reason": reason,
                "rows": [[k, clean(v)] for k, v in rows], "note": self.say("cover_note"),
                "banner": t("CO-RESPONSE PROGRAM CHARTER"),
                "tagline": t("Partners answering behavioral-health crises together")}

    def _signatory_lines(self) -> str:
        state = {signing.SignatureState.valid: t("signed"), signing.SignatureState.void: t("void, must re-sign"),
                 signing.SignatureState.unsigned: t("not yet signed")}
        out = []
        sts = signing.statuses(self.plan, self.fp)
        for x in sts[:COVER_SIGNATORIES]:
            sig = x.signatory
            who = clean(sig.name).strip() or t("name not entered")
            extra = ", ".join(v for v in (clean(sig.title).strip(), clean(sig.organization).strip()) if v)
            out.append(who + (f", {extra}" if extra else "") + f" — {state[x.state]}")
        if len(sts) > COVER_SIGNATORIES:
            out.append(t("… and {n} more (Approval and signatures)", n=len(sts) - COVER_SIGNATORIES))
        return "\n".join(out) if out else t("None listed.")

    # -- 1 executive summary ------------------------------------------------------------------

    def summary(self) -> dict[str, Any]:
        p, sm, mo = self.plan, self.staff, self.money
        model = p.program_model
        if model.primary:
            info = self.content.model(model.primary)
            comp = [self.content.model(m).short_name.lower() for m in model.complementary]
            name = info.name.lower()
            what = f"{article(name)} {name} program" if is_english() else t("a {name} program", name=name)
            if comp:
                what += t(" complemented by {work} work", work=said_join(comp))
        else:
            what = t("a co-response program whose model is not yet chosen")
        operators = self.operators
        if operators:
            run = self.verb("will run", "run" if len(operators) > 1 else "runs")  # (English only: the Spanish says it otherwise)
            the = "" if self.program_name.lower().startswith("the ") else "the "
            lead = self.say("summary_operators", operators=said_join(operators), run=run, the=the,
                            program=self.program_name, what=what)
        else:
            named = clean(p.metadata.program_name).strip()
            subject = t("{name} is", name=named) if named else t("The program (its name is not yet recorded) is")
            lead = self.say("summary_no_operator", subject=subject, what=what)
        stage = p.metadata.stage
        if stage is not None:
            lead += t(" Stage: {stage}", stage=value_label(stage).lower())
            if p.metadata.launch_date:
                lead += (t("; answering calls since {date}", date=partial_date(p.metadata.launch_date))
                         if self.running else t("; launch planned for {date}", date=partial_date(p.metadata.launch_date)))
            lead += "."
        lead += " " + self.say("summary_scope")
        gap = sm.gap
        y1 = mo.years[0] if mo.years else None
        fund = verdicts.funding_gap(p, self.limits, mo, self.source_labels)
        cov_sub = (t("{share} of the {hours} patrol hours", share=percent(gap.share_covered), hours=gap.patrol_hours)
                   if gap and gap.patrol_hours
                   else t("share of patrol hours: patrol pattern not given") if p.agency.patrol is None else "")
        if not mo.has_costs:
            cost_fig, cost_sub = t("Not yet estimated"), t("no budget lines")
        elif y1 is None or y1.total is None:
            cost_fig, cost_sub = t("Not known"), t("a cost line has no amount")
        else:
            cost_fig = budget.money(y1.total)
            total = budget.money(mo.total_cost) if mo.total_cost is not None else t("not known")
            cost_sub = t("{first_year}; {total} over {years}", first_year=y1.label, total=total,
                         years=plural(len(mo.years), 'year'))
        if fund.ok is None:
            gap_fig, gap_sub = t("Not judged"), t("needs {what}", what=truncate(said_join(fund.missing), 90))
        else:
            gap_fig = budget.money(mo.total_gap or 0.0)
            gap_sub = t("after secured funding") if not fund.ok else t("every year covered by secured funding")
        tiles = [
            {"title": t("Clinician coverage"), "figure": t("{hours} a week", hours=hours(sm.weekly_covered_hours))
             if sm.weekly_covered_hours else t("None yet"), "sub": cov_sub, "alert": False},
            {"title": t("Clinician staffing"), "figure": f"{num(sm.clinician_fte)} FTE" if p.staffing.clinicians
             else t("None yet"), "sub": t("{fte} FTE needed for the schedule", fte=f"{sm.fte_needed:.1f}")
             if sm.fte_needed is not None else t("no clinician hours scheduled"), "alert": False},
            {"title": t("First-year cost"), "figure": cost_fig, "sub": cost_sub, "alert": False},
            {"title": t("Funding gap"), "figure": gap_fig, "sub": gap_sub, "alert": fund.ok is False},
        ]
        findings = self.status.findings
        counts = {sev: sum(1 for f in findings if f.severity is sev) for sev in checks.Severity}
        sts = signing.statuses(p, self.fp)
        signed = sum(1 for x in sts if x.state is signing.SignatureState.valid)
        void = sum(1 for x in sts if x.state is signing.SignatureState.void)
        cov_text = (t("Clinicians are on duty {hours} a week ({person} clinician hours). ",
                      hours=hours(sm.weekly_covered_hours), person=num(sm.weekly_person_hours))
                    if sm.weekly_covered_hours else t("No clinician hours are scheduled yet. "))
        cov_text += {True: t("The program runs during all patrol shifts."),
                     False: t("The program does not run during every patrol shift."),
                     None: t("Whether it runs during all patrol shifts is not yet decided.")}[p.coverage.all_patrol_shifts]
        if p.coverage.on_call.available:
            cov_text += t(" An on-call arrangement covers other hours.")
        staff_text = " ".join(v.text for v in (verdicts.fte(p, sm), verdicts.ratio(p, sm)))
        tl = verdicts.time_limited(p, self.limits, mo, self.source_labels)
        fund_text = fund.text + ("" if tl.ok is None else " " + tl.text)
        if mo.has_costs and mo.total_cost is not None:
            fund_text = (t("{total} over {years}; {secured} secured", total=budget.money(mo.total_cost),
                           years=plural(len(mo.years), 'year'), secured=budget.money(mo.total_secured))
                         + (t(", {amount} applied for or planned", amount=budget.money(mo.total_pending))
                            if mo.total_pending else "")
                         + ". " + fund_text)
        g = p.governance
        committee = (t("committee of {members}, meeting {cadence}", members=plural(len(g.committee), 'member'),
                       cadence=cadence(True, g.committee_cadence).lower()) if g.committee else t("no committee named"))
        gov_text = t("Clinical supervision: {supervision}; joint case review: {review}; {committee}.",
                     supervision=cadence(g.clinical_supervision.held, g.clinical_supervision.cadence).lower(),
                     review=cadence(g.joint_case_review.held, g.joint_case_review.cadence).lower(),
                     committee=committee)
        conf = p.confidentiality
        mou = (t("MOU status not yet recorded") if conf.mou.status is None
               else t("MOU: {status}", status=value_label(conf.mou.status).lower()))
        conf_text = t("{mou}. Frameworks: {frameworks}.", mou=mou, frameworks=said_join(
            self.content.framework_title(f.framework, f.name) for f in conf.frameworks if f.applies)
            or t("none listed"))
        measures = len(p.data.measures) + len(p.data.custom_measures)
        cad = p.data.reporting_cadence
        data_text = t("{measures}; reporting {cadence}{producer}.",
                      measures=plural(measures, 'measure') if measures else t("No measures chosen yet"),
                      cadence=t("cadence not yet decided") if cad is None else value_label(cad).lower(),
                      producer=t(", by {who}", who=clean(p.data.report_producer))
                      if clean(p.data.report_producer).strip() else "")
        ready = t("{blockers}, {warnings}, {suggestions} (appendix A).",
                  blockers=plural(counts[checks.Severity.blocker], 'blocker'),
                  warnings=plural(counts[checks.Severity.warning], 'warning'),
                  suggestions=plural(counts[checks.Severity.suggestion], 'suggestion'))
        sig_text = t("{signed} of {total} signatories have signed this revision.", signed=signed, total=len(sts))
        if void:
            sig_text += (t(" {signatures} is void and must be signed again.", signatures=plural(void, 'signature'))
                         if void == 1 else
                         t(" {signatures} are void and must be signed again.", signatures=plural(void, 'signature')))
        rows = [
            (t("Model"), self.content.model(model.primary).name if model.primary else t("Not yet chosen.")),
            (t("Coverage"), cov_text), (t("Staffing"), staff_text), (t("Governance"), gov_text),
            (t("Confidentiality"), conf_text), (t("Data and reporting"), data_text), (t("Cost and funding"), fund_text),
            (t("Readiness"), ready), (t("Signatures"), sig_text),
        ]
        items = open_items(p, self.content)
        shown = []
        for it in items[:SUMMARY_OPEN_ITEMS]:
            who = f" — {truncate(it.owner, 60)}" if it.owner else ""
            due = t(", due {date}", date=long_date(it.due)) if it.due else ""
            shown.append(clean(truncate(it.question, 160) + who + due))
        return {"id": "summary", "title": title("summary"), "lead": clean(lead), "tiles": tiles,
                "blocks": [facts(rows)], "open_title": t("Open items ({n})", n=len(items)), "open": shown,
                "open_count": len(items),
                # the template shows as many of `open` as fit the page and counts the rest
                "open_more": self.say("summary_open_more", more="{more}"),
                "open_none": "" if items else self.say("summary_open_none")}

    # -- 2 purpose ----------------------------------------------------------------------------

    def purpose(self) -> Section:
        c = self.c
        blocks = [subheading(t("What co-response is")), *prose(c.introduction),
                  subheading(t("Purpose of this charter")), *prose(c.purpose),
                  subheading(t("Core principles")), bullets(c.core_principles, ordered=True),
                  para(c.closing_quote),  # the guide's words, here, not on the signature page
                  guidance(t("No client information.") + " " + clean(c.no_client_information))]
        return {"id": "purpose", "title": title("purpose"), "blocks": blocks}

    # -- 3 agency -----------------------------------------------------------------------------

    def agency(self) -> Section:
        a = self.plan.agency
        b: list[Block] = [subheading(t("The lead agency"))]
        pat = a.patrol
        if pat is None:
            patrol = t(NOT_RECORDED)
        else:
            shifts = staffing.patrol_shifts(pat)
            patrol = (t("{shifts} a day of {hours} hours", shifts=plural(pat.shifts_per_day, 'shift'),
                        hours=num(pat.shift_length_hours))
                      + (t(" (overlapping)") if pat.overlapping_shifts else "") + ": "
                      + ", ".join(sh.label for sh in shifts))
        rows = [
            (t("Agency"), text_or(a.name)), (t("Type"), choice(a.agency_type, NOT_RECORDED)),
            (t("Jurisdiction"), text_or(a.jurisdiction)), (t("State"), text_or(a.state)),
            (t("Population served"), count(a.population_served)),
            (t("Area"), t(NOT_RECORDED) if a.square_miles is None
             else t("{n} square miles", n=f"{a.square_miles:,.0f}")),
            (t("Geography"), choice(a.geography, NOT_RECORDED)), (t("Sworn officers"), count(a.sworn_officers)),
            (t("Patrol schedule"), patrol), (t("Calls for service a year"), count(a.annual_calls_for_service)),
            (t("Behavioral-health calls a year"), count(a.bh_calls_per_year)),
        ]
        m = self.plan.metadata
        if m.stage is not None or m.launch_date:
            rows.append((t("Stage"), choice(m.stage, NOT_RECORDED)))
            rows.append((t("Launched") if self.running else t("Launch"), text_or(partial_date(m.launch_date))))
        operators = self.operators
        rows.append((t("Runs the program"), lines(operators) if operators else t(NOT_RECORDED)))
        b.append(facts(rows))
        if m.history:
            b.append(subheading(t("History"), 3))
            b.append(table([t("When"), t("What"), t("Details")],
                           [[text_or(partial_date(h.when), "—"), choice(h.kind, "—"), text_or(h.description, "—")]
                            for h in m.history], widths=[0.18, 0.22, 0.6]))
        if a.served_agencies:
            b.append(subheading(t("Other agencies served"), 3))
            b.append(table([t("Agency"), t("Type"), t("Share of cost"), t("Notes")],
                           [[text_or(x.name, N_("(unnamed)")), choice(x.agency_type, "—"),
                             percent(x.cost_share) if x.cost_share is not None else t("Not agreed yet"),
                             text_or(x.notes, "—")] for x in a.served_agencies], widths=[0.32, 0.2, 0.16, 0.32]))
        b.append(subheading(t("Partners")))
        if a.partners:
            rows2 = []
            for pt in a.partners:
                others = ("\n" + t("Also serves: {agencies}", agencies=", ".join(pt.other_agencies_served))
                          if pt.other_agencies_served else "")
                kind = self.content.catalogs.label("partner_types", pt.partner_type) if pt.partner_type else ""
                rows2.append([text_or(pt.name, N_("(unnamed)")) + (f"\n{kind}" if kind else ""),
                              text_or(clean(pt.role) + others, "—"), yes_no(pt.employs_clinicians)])
            b.append(table([t("Partner"), t("Role in the program"), t("Employs clinicians")], rows2,
                           widths=[0.3, 0.55, 0.15]))
        else:
            b.append(para(t("No partner organization is named yet.")))
        b.append(subheading(t("Existing crisis resources")))
        ex = a.existing
        cit = ex.cit_trained_officers
        cit_text = "" if cit is None else (
            count(cit) + (t(" of {sworn} sworn officers ({share})", sworn=count(a.sworn_officers),
                            share=percent(cit / a.sworn_officers)) if a.sworn_officers else ""))
        rows = [
            (t("CIT-trained officers"), text_or(cit_text)),
            (t("Regional mobile crisis team"), yes_no(ex.regional_mobile_crisis_team)
             + (f": {clean(ex.mobile_crisis_provider)}" if clean(ex.mobile_crisis_provider).strip() else "")),
            (t("Linked to 988"), yes_no(ex.linked_988)),
            (t("Crisis receiving center"), yes_no(ex.crisis_receiving_center)
             + (f": {clean(ex.crisis_receiving_center_name)}" if clean(ex.crisis_receiving_center_name).strip()
                else "")),
        ]
        if clean(ex.notes).strip():
            rows.append((t("Notes"), ex.notes))
        b.append(facts(rows))
        return {"id": "agency", "title": title("agency"), "blocks": b}

    # -- 4 model ------------------------------------------------------------------------------

    def model(self) -> Section:
        from wizard.charter import graphics as gx

        m = self.plan.program_model
        b: list[Block] = [subheading(t("Choice and rationale"))]
        if m.primary:
            info = self.content.model(m.primary)
            comp = [self.content.model(x).name for x in m.complementary]
            b.append(facts([(t("Primary model"), f"{info.name}\n{info.summary}"),
                            (t("Complementary"), lines(comp) if comp else t("None"))]))
            b.append(subheading(t("Why this model"), 3))
            b += prose(m.rationale, N_("No rationale is written yet."))
        else:
            b.append(para(self.say("model_none")))
        if m.response_tiers:
            b.append(subheading(t("Where the program sits in the crisis system"), 3))
            rows, marked = [], []
            for i, tier in enumerate(m.response_tiers):
                rows.append([clean(tier.name) + (t(" (this program)") if tier.is_this_program else ""),
                             tier.responder, tier.when])
                if tier.is_this_program:
                    marked.append(i)
            b.append(table([t("Tier"), t("Responder"), t("When")], rows, widths=[0.24, 0.28, 0.48], marked=marked))
        b.append(subheading(t("A typical call")))
        steps = workflow.call_steps(self.plan)
        team = workflow.answering_team(self.plan)
        if steps is not None and team is not None:
            b.append(self.teams_table())
            name = clean(team.name).strip() or t("the team")
            b.append(para(self.say("model_team_intro", team=name, composition=workflow.composition(team))))
            alt = (t("Workflow of a call for {team} in {n} steps: ", team=name, n=len(steps))
                   + "; ".join(f"{i + 1}. {w.label} ({w.who})" for i, w in enumerate(steps)) + ".")
            b.append(figure(gx.workflow_diagram([gx.Step(w.label, w.who) for w in steps], CHART_WIDTH), alt,
                            f"{self.fig_no()} " + t("Workflow of a call, from the team this plan describes.")))
            b.append(table(["#", t("Step"), t("Who"), t("What happens")],
                           [[str(i + 1), w.label, w.who, w.detail] for i, w in enumerate(steps)],
                           widths=[0.05, 0.2, 0.19, 0.56]))
        elif m.primary:
            info = self.content.model(m.primary)
            b.append(guidance(self.say("model_guidance", model=info.short_name.lower())))
            alt = (t("The starter guide's typical call in the {model} model, in {n} steps: ", model=info.short_name,
                     n=len(info.workflow))
                   + "; ".join(f"{i + 1}. {w.label} ({w.who})" for i, w in enumerate(info.workflow)) + ".")
            b.append(figure(gx.workflow_diagram([gx.Step(w.label, w.who) for w in info.workflow], CHART_WIDTH),
                            alt, f"{self.fig_no()} " + t("A typical call in the {model} model (starter guide).",
                                                         model=info.short_name)))
        else:
            b.append(para(self.say("model_no_workflow")))
        b.append(subheading(t("Model comparison")))
        b.append(guidance(self.say("model_comparison")))
        rows, hl = [], []
        for i, info in enumerate(self.content.models):
            tag = ""
            if info.id == m.primary:
                tag = t("primary")
                hl.append(i)
            elif info.id in m.complementary:
                tag = t("complementary")
            rows.append([info.name + (f"\n({tag})" if tag else ""),
                         f"{info.summary}\n" + t("Fits when:") + "\n" + lines(info.fits_when),
                         lines(info.strengths), lines(info.tradeoffs)])
        b.append(table([t("Model"), t("How it works"), t("Strengths"), t("Trade-offs")], rows,
                       widths=[0.17, 0.31, 0.26, 0.26], marked=hl))
        return {"id": "model", "title": title("model"), "blocks": b}

    def teams_table(self) -> Block:
        rows = []
        for tm in self.plan.staffing.teams:
            rows.append([(clean(tm.name).strip() or t("Team"))
                         + (f"\n{clean(tm.notes)}" if clean(tm.notes).strip() else ""),
                         text_or(workflow.composition(tm), "—"),
                         f"{tm.units}" if tm.units is not None else t(NOT_DECIDED),
                         lines([value_label(x) for x in tm.dispatch_modes]) if tm.dispatch_modes else t(NOT_DECIDED),
                         choice(tm.vehicle)])
        return table([t("Team"), t("Made up of"), t("Teams"), t("How it is dispatched"), t("Vehicle")], rows,
                     widths=[0.2, 0.26, 0.09, 0.25, 0.2])

    # -- 5 coverage ---------------------------------------------------------------------------

    def coverage(self) -> Section:
        from wizard.charter import graphics as gx

        p, sm = self.plan, self.staff
        c = p.coverage
        b: list[Block] = [subheading(t("Weekly coverage"))]
        gap = sm.gap
        all_shifts = {True: "coverage_all_shifts_yes", False: "coverage_all_shifts_no",
                      None: "coverage_all_shifts_none"}[c.all_patrol_shifts]
        if sm.weekly_covered_hours == 0:
            hours_text = self.say("coverage_no_hours")
        elif gap is None:
            hours_text = self.say("coverage_no_patrol", covered=hours(sm.weekly_covered_hours),
                                  person=num(sm.weekly_person_hours))
        else:
            hours_text = self.say("coverage_hours", covered=hours(sm.weekly_covered_hours),
                                  patrol=hours(gap.patrol_hours), share=percent(gap.share_covered),
                                  person=num(sm.weekly_person_hours), gap=hours(gap.gap_hours))
        b.append(para(f"{self.say(all_shifts)} {hours_text}"))
        pat = p.agency.patrol
        shifts = [gx.ShiftBar(sh.label, [(a, z) for _, a, z in sh.hours_on()])
                  for sh in (staffing.patrol_shifts(pat) if pat else [])]
        patrol = staffing.patrol_grid(pat) if pat else [[0] * 24 for _ in range(7)]
        grid = staffing.clinician_grid(c.schedule)
        b.append(figure(gx.coverage_chart(grid, patrol, shifts, CHART_WIDTH), self.coverage_alt(),
                        f"{self.fig_no()} "
                        + (t("Clinicians on duty by hour and weekday, against the patrol shifts.") if pat else
                           t("Clinicians on duty by hour and weekday (the patrol shifts are not recorded)."))))
        rows = []
        for d in Weekday:
            spans = c.schedule.day(d)
            text = ", ".join(f"{hour_label(x.start)}–{hour_label(x.end)}"
                             + (t(" ({n} clinicians)", n=x.staff) if x.staff > 1 else "") for x in spans) or "—"
            rows.append([t(WEEKDAY[d]), text, hours(sum(x.hours for x in spans)),
                         hours(gap.by_day[d.value]) if gap else t("not known")])
        b.append(table([t("Day"), t("Clinician hours"), t("Hours covered"), t("Patrol hours without a clinician")],
                       rows, widths=[0.16, 0.48, 0.14, 0.22], numeric=[2, 3]))
        b.append(subheading(t("Behavioral-health calls and the planned hours")))
        d = c.call_demand
        if d is None:
            b.append(para(demand.demand_sentence(p)))
        else:
            b.append(para(demand.demand_sentence(p)))
            b.append(figure(gx.demand_chart(d.bh_calls, grid, CHART_WIDTH), demand.alt_text(d, c.schedule),
                            f"{self.fig_no()} " + t("Behavioral-health calls by hour and weekday from the agency's "
                                                    "own call data, with the planned clinician hours outlined.")))
            b.append(para(demand.source_sentence(d)))
        b.append(subheading(t("Dispatch criteria")))
        indicators = self.catalog("dispatch_indicators", c.dispatch_indicators) + [clean(x) for x in c.custom_indicators]
        if indicators:
            b += [para(self.say("dispatch_intro")), bullets(indicators)]
        else:
            b.append(para(t("No dispatch indicators are chosen yet.")))
        b.append(subheading(t("Dispatch protocol"), 3))
        b += prose(c.dispatch_protocol)
        b.append(subheading(t("On call and after hours")))
        oc = c.on_call
        b.append(facts([
            (t("On-call cover"), yes_no(oc.available)), (t("Who"), text_or(oc.who)), (t("Hours"), text_or(oc.hours)),
            (t("Response time"), text_or(t("{n} minutes", n=oc.response_minutes)
                                         if oc.response_minutes is not None else "")),
            (t("By phone only"), yes_no(oc.by_phone_only)),
        ] if oc.available is not False else [(t("On-call cover"), t("No"))]))
        b.append(subheading(t("Response and scene safety")))
        target = c.target_response_minutes
        target_text = "" if target is None else (
            t("{n} minutes from dispatch to arrival", n=target)
            + (t(" (within the one-hour national norm)") if target <= RESPONSE_NORM_MINUTES
               else t(" (beyond the one-hour national norm)")))
        b.append(facts([(t("Target response time"), text_or(target_text)), (t("Vehicle"), choice(c.vehicle)),
                        (t("Vehicle notes"), text_or(c.vehicle_notes, N_("None.")))]))
        b.append(subheading(t("Safety protocol"), 3))
        b += prose(c.safety_protocol, N_("No scene-safety protocol is written yet."))
        return {"id": "coverage", "title": title("coverage"), "blocks": b}

    def coverage_alt(self) -> str:
        """Which days and hours the clinicians cover, and the patrol shifts, from the plan."""
        c = self.plan.coverage
        days, off = [], []
        for d in Weekday:
            spans = c.schedule.day(d)
            if spans:
                days.append(f"{t(WEEKDAY[d])} " + ", ".join(
                    t("{start} to {end}", start=hour_label(x.start), end=hour_label(x.end))
                    + (t(" ({n} clinicians)", n=x.staff) if x.staff > 1 else "") for x in spans))
            else:
                off.append(t(WEEKDAY[d]))
        if not days:
            text = t("No clinician hours are scheduled on any day.")
        else:
            text = t("Clinicians on duty: {days}.", days="; ".join(days))
            if off:
                text += t(" No clinician on {days}.", days=said_join(off))
        pat = self.plan.agency.patrol
        if pat is None:
            text += t(" The patrol shifts are not recorded.")
        else:
            text += t(" Patrol shifts: {shifts}.", shifts=said_join(sh.label for sh in staffing.patrol_shifts(pat)))
        return text

    # -- 6 staffing ---------------------------------------------------------------------------

    def staffing(self) -> Section:
        from wizard.charter import graphics as gx

        p, sm = self.plan, self.staff
        stf = p.staffing
        b: list[Block] = [subheading(t("Roles"))]
        rows: list[list[str]] = []
        for c in stf.clinicians:
            quals = self.catalog("licenses", c.licenses) + self.catalog("qualifications", c.qualifications_met)
            fte = (t("not known") if c.fte is None else num(c.fte)) + (
                "\n" + t("{share} for this program", share=percent(c.agency_share)) if c.agency_share < 1 else "")
            rows.append([text_or(c.title, N_("Clinician")) + (f"\n{clean(c.notes)}" if clean(c.notes).strip() else ""),
                         fte, text_or(c.employer, N_("Employer not named")), lines(quals)])
        for o in stf.other_roles:
            rows.append([text_or(o.role, N_("(unnamed role)"))
                         + (f"\n{clean(o.notes)}" if clean(o.notes).strip() else ""),
                         t("not known") if o.fte is None else num(o.fte), text_or(o.employer, "—"), ""])
        if stf.peer_specialists_fte:
            rows.append([t("Peer support specialists"), num(stf.peer_specialists_fte), "", ""])
        co = stf.coordinator
        if clean(co.name).strip() or co.fte:
            rows.append([t("Program coordinator") + "\n" + clean(co.name)
                         + (t(" (collateral duty)") if co.collateral_duty else ""),
                         t("not known") if co.fte is None else num(co.fte), text_or(co.employer, "—"), ""])
        if rows:
            b.append(table([t("Position"), "FTE", t("Employer"), t("Licenses and qualifications")], rows,
                           widths=[0.3, 0.1, 0.25, 0.35], numeric=[1]))
        else:
            b.append(para(t("No positions are planned yet.")))
        fte_note = (t(" (and {positions} of unknown FTE)", positions=plural(stf.clinician_fte_unknown, 'position'))
                    if stf.clinician_fte_unknown else "")
        b.append(facts([
            (t("Clinician FTE for this program"), f"{num(stf.clinician_fte)}{fte_note}" if stf.clinicians
             else t("No positions yet.")),
            (t("Dedicated officers"), count(stf.dedicated_officers)),
            (t("Supportive patrol supervisors"), count(stf.supervisors_supportive)),
        ]))
        b.append(subheading(t("Required clinician qualifications"), 3))
        quals = self.catalog("qualifications", stf.required_qualifications)
        b.append(bullets(quals) if quals else para(t("None required yet.")))

        b.append(subheading(t("Clinician-to-shift ratio")))
        r = sm.ratio
        verdict = verdicts.ratio(p, sm)
        b.append(guidance(self.say("ratio_intro")))
        b.append(para(verdict.text))
        if verdict.judged:
            b.append(figure(gx.ratio_gauge(r.shifts_per_clinician, CHART_WIDTH * 0.7),
                            t("A scale of shifts per clinician on duty with the guide's range from 1 to 2 marked; "
                              "this plan: {ratio}.", ratio=f"{r.shifts_per_clinician:.2f}"),
                            f"{self.fig_no()} "
                            + t("Covered police shifts per clinician on duty, against the guide's 1 to 2.")))

        b.append(subheading(t("Relief factor: FTE needed for the schedule")))
        avail = stf.available_hours_per_fte
        b.append(guidance(self.say("relief_intro", available=whole_hours(avail))))
        if sm.fte_needed is None:
            b.append(para(self.say("relief_none")))
        else:
            annual = sm.weekly_person_hours * staffing.WEEKS_PER_YEAR
            calc = [
                [t("Clinician hours scheduled a week"), "", hours(sm.weekly_person_hours)],
                [t("× weeks in a year"), "365 ÷ 7", f"{staffing.WEEKS_PER_YEAR:.2f}"],
                [t("= clinician hours to staff a year"), "", hours(annual)],
                [t("÷ available hours per FTE"),
                 t("{hours} scheduled less leave, training, sickness", hours=count(staffing.SCHEDULED_HOURS_PER_YEAR)),
                 whole_hours(avail)],
                [t("= FTE needed"), "", f"{sm.fte_needed:.2f}"],
            ]
            bold = [4]
            if stf.clinicians and not stf.clinician_fte_unknown:
                diff = sm.clinician_fte - sm.fte_needed
                calc.append([t("FTE planned (this program's share)"), "", f"{sm.clinician_fte:.2f}"])
                calc.append([t("Shortfall") if diff < -FTE_TOLERANCE else t("Margin"), "", f"{abs(diff):.2f}"])
                bold.append(6)
            calc.append([t("Relief factor"), f"{count(staffing.SCHEDULED_HOURS_PER_YEAR)} ÷ {count(round(avail))}",
                         f"{staffing.relief_factor(avail):.2f}"])
            b.append(table([t("Step"), t("Basis"), t("Value")], calc, widths=[0.42, 0.4, 0.18], numeric=[2],
                           strong=bold))
            b.append(para(verdicts.fte(p, sm).text))
        b.append(guidance(self.say("relief_compare", eight=f"{staffing.post_fte(8, 7, avail):.2f}",
                                   around=f"{staffing.post_fte(24, 7, avail):.2f}")))

        b.append(subheading(t("Expected workload")))
        util = verdicts.utilization(p, sm)
        est = demand.estimate(p)
        if not util.judged:
            b.append(para(util.text))
        else:
            assert est.bh_in_covered_per_year is not None and est.utilization is not None
            b.append(facts([
                (t("Behavioral-health calls in covered hours"),
                 t("about {n} a year", n=count(round(est.bh_in_covered_per_year)))),
                (t("Calls per covered hour"), f"{est.calls_per_covered_hour or 0:.2f}"),
                (t("Average time on scene"), t("{n} minutes", n=num(stf.avg_minutes_per_call))),
                (t("Share of clinician time on scene"), percent(est.utilization)),
            ]))
            b.append(para(est.note))
            if est.even_spread:
                b.append(guidance(self.say("workload_even")))

        b.append(subheading(t("Training")))
        dsp = stf.dispatch
        b.append(facts([
            (t("Dispatch training"),
             {True: t("Trained"), False: t("Not yet trained"), None: t("Not yet decided")}[dsp.trained]
             + (t("; {n} dispatchers", n=dsp.dispatchers_to_train) if dsp.dispatchers_to_train else "")
             + (t(", {n} hours", n=num(dsp.training_hours)) if dsp.training_hours else "")
             + (f" — {clean(dsp.protocol_name)}" if clean(dsp.protocol_name).strip() else "")),
            (t("CIT training"),
             (t("{n} officers to train", n=stf.officers_to_train_cit) if stf.officers_to_train_cit is not None
              else t("Officers to train: not yet decided"))
             + (t(", {n}-hour course", n=num(stf.cit_training_hours)) if stf.cit_training_hours else "")),
        ]))
        b.append(subheading(t("Training plan"), 3))
        b += prose(stf.training_plan)
        return {"id": "staffing", "title": title("staffing"), "blocks": b}

    # -- 7 governance -------------------------------------------------------------------------

    def governance(self) -> Section:
        g = self.plan.governance
        b: list[Block] = [subheading(t("Meeting cadence"))]

        def meeting(name: str, m: Meeting) -> list[str]:
            return [name, cadence(m.held, m.cadence), text_or(m.lead, "—"),
                    lines(m.participants) if m.participants else "—", clean(m.notes)]

        rows = [meeting(t("Clinical supervision"), g.clinical_supervision),
                meeting(t("Joint case review"), g.joint_case_review),
                [t("Steering committee") if self.running else t("Planning committee"),
                 cadence(True if g.committee else None, g.committee_cadence), "—",
                 (t("{members} (below)", members=plural(len(g.committee), 'member')) if g.committee
                  else t("None named yet")), ""]]
        b.append(table([t("Forum"), t("Cadence"), t("Lead"), t("Participants"), t("Notes")], rows,
                       widths=[0.18, 0.13, 0.19, 0.25, 0.25]))
        b.append(subheading(t("Committee membership")))
        if g.committee:
            b.append(table([t("Member"), t("Organization"), t("Represents"), t("Decision authority")],
                           [[x.name, x.organization,
                             self.content.catalogs.label("committee_member_types", x.member_type)
                             if x.member_type else "—", yes_no(x.decision_authority)] for x in g.committee],
                           widths=[0.27, 0.33, 0.26, 0.14]))
        else:
            b.append(para(t("No committee members are named yet.")))
        b.append(subheading(t("Escalation")))
        if g.escalation_path:
            b += [para(self.say("escalation_intro")), bullets(g.escalation_path, ordered=True)]
        else:
            b.append(para(t("No escalation path is written yet.")))
        b.append(subheading(t("Written policies and review")))
        funcs = self.catalog("managing_functions", g.managing_functions)
        b.append(facts([(t("Policies in place"), lines(funcs) if funcs else t("None listed.")),
                        (t("Plan review date"), text_or(long_date(g.plan_review_date), N_("Not set.")))]))
        return {"id": "governance", "title": title("governance"), "blocks": b}

    # -- 8 confidentiality --------------------------------------------------------------------

    def confidentiality(self) -> Section:
        c = self.plan.confidentiality
        b: list[Block] = [subheading(t("Legal frameworks"))]
        if c.frameworks:
            rows = []
            for f in c.frameworks:
                info = self.content.framework(f.framework)
                name = self.content.framework_title(f.framework, clean(f.name))
                named = clean(f.name).strip()
                extra = named if named and named not in name else ""  # nothing typed is dropped
                rows.append([name, info.citation if info else "", yes_no(f.applies),
                             "\n".join(x for x in (extra, clean(f.notes).strip()) if x)])
            b.append(table([t("Framework"), t("Citation"), t("Applies"), t("How it applies here")], rows,
                           widths=[0.25, 0.25, 0.1, 0.4]))
        else:
            b.append(para(t("No legal frameworks are listed yet.")))
        b.append(subheading(t("Memorandum of understanding")))
        mou = c.mou
        b.append(facts([(t("Status"), choice(mou.status, NOT_RECORDED)),
                        (t("Parties"), lines(mou.parties) if mou.parties else t("None listed.")),
                        (t("Signed"), text_or(long_date(mou.signed_date), "—")),
                        (t("Renewal"), text_or(long_date(mou.renewal_date), "—")),
                        (t("Covers data sharing"), yes_no(mou.covers_data_sharing))]))
        b.append(subheading(t("Information sharing and consent")))
        b.append(subheading(t("What clinicians may share with officers"), 3))
        b += prose(c.clinician_may_share)
        b.append(subheading(t("Consent process"), 3))
        b += prose(c.consent_process)
        b.append(subheading(t("Documentation matrix")))
        if c.documentation:
            b.append(table([t("Who records"), t("What"), t("Where"), t("Who can see it"), t("Retention")],
                           [[d.party, d.records, (value_label(d.system) if d.system else t("Not yet decided"))
                             + (f"\n{clean(d.system_name)}" if clean(d.system_name).strip() else ""),
                             d.who_can_see, d.retention] for d in c.documentation],
                           widths=[0.17, 0.25, 0.18, 0.2, 0.2]))
        else:
            b.append(para(t("The documentation matrix is empty.")))
        b.append(subheading(t("Access and retention")))
        b.append(subheading(t("Access controls"), 3))
        b += prose(c.access_controls)
        b.append(subheading(t("Retention"), 3))
        b += prose(c.retention)
        b.append(para(self.say("ack_yes" if c.no_client_information_acknowledged else "ack_no")))
        b.append(guidance(self.c.no_client_information))
        return {"id": "confidentiality", "title": title("confidentiality"), "blocks": b}

    # -- 9 data -------------------------------------------------------------------------------

    def data(self) -> Section:
        d = self.plan.data
        b: list[Block] = [subheading(t("Measures"))]
        grouped: dict[MeasureCategory, list[list[str]]] = {c: [] for c in MeasureCategory}
        for sm in d.measures:
            info = self.content.measure(sm.measure)
            if info is None:
                grouped[MeasureCategory.output].append([t("A measure the content does not know"),
                                                        text_or(sm.target, "—"), self.results(sm.results), "—"])
                continue
            sources = ", ".join(self.catalog("data_sources", info.data_sources)) or "—"
            name = info.label + ("\n" + t("Caution: {caution}", caution=info.caution) if info.caution else "")
            grouped[info.category].append([name, text_or(sm.target, "—"), self.results(sm.results), sources])
        for cm in d.custom_measures:
            grouped[cm.category].append([t("{name} (custom)", name=clean(cm.name)), text_or(cm.target, "—"),
                                         self.results(cm.results), "—"])
        if not any(grouped.values()):
            b.append(para(t("No measures are chosen yet.")))
        for cat, rows in grouped.items():
            if not rows:
                continue
            heading, question = MEASURE_CATEGORY[cat]
            b.append(subheading(f"{t(heading)} — {t(question)}", 3))
            b.append(table([t("Measure"), t("Target"), t("Results so far"), t("Data sources")], rows,
                           widths=[0.36, 0.2, 0.24, 0.2]))
        b.append(subheading(t("Reporting")))
        baseline = t("{n} months", n=d.baseline_months) if d.baseline_months else ""
        if clean(d.baseline_description).strip():
            baseline = (baseline + ": " if baseline else "") + clean(d.baseline_description)
        b.append(facts([
            (t("Data owner"), text_or(d.data_owner)), (t("Reports produced by"), text_or(d.report_producer)),
            (t("Reporting cadence"), choice(d.reporting_cadence)),
            (t("Audience"), lines(d.audience) if d.audience else t(NOT_RECORDED)),
            (t("Baseline"), text_or(baseline)),
            (t("Evaluation partner"), text_or(d.evaluation_partner, N_("None named."))),
            (t("Data sources"), lines(self.catalog("data_sources", d.data_sources)) if d.data_sources
             else t(NOT_RECORDED)),
            (t("Storage"), text_or(d.storage)),
        ]))
        return {"id": "data", "title": title("data"), "blocks": b}

    def results(self, results: Sequence[Any]) -> str:
        out = []
        for r in results:
            text = " — ".join(x for x in (clean(r.value).strip(), clean(r.period).strip()) if x)
            if clean(r.source).strip():
                text += t(" (source: {source})", source=clean(r.source).strip())
            if text:
                out.append(text)
        if not out:
            return t("None reported yet.") if self.running else "—"
        return lines(out)

    # -- 10 funding ---------------------------------------------------------------------------

    def funding(self) -> Section:
        p, f, mo = self.plan, self.plan.funding, self.money
        b: list[Block] = [subheading(t("Multi-year budget"))]
        if not f.budget_lines and not f.sources:
            b.append(para(t("No budget lines or funding sources are entered yet.")))
        else:
            period = (t("fiscal years {years}", years=year_range(f.start_year, f.start_year + f.years - 1))
                      if f.start_year else
                      t("plan years {years} (the first fiscal year is not yet set)", years=year_range(1, f.years)))
            indirect = self.say("budget_indirect", rate=percent(f.indirect_rate)) + " " if f.indirect_rate else ""
            unknown = (self.say("budget_unknown") if mo.unknown_sources or any(y.unknown_lines for y in mo.years)
                       else "")
            b.append(para(self.say("budget_intro", period=period, indirect=indirect, unknown=unknown).strip()))
            n = len(mo.years)
            per = 4 if n > 5 else n
            for start in range(0, n, per):
                idx = list(range(start, min(n, start + per)))
                b.append(self._budget_table(idx, last=idx[-1] == n - 1))
        b.append(subheading(t("Funding mix")))
        gap = verdicts.funding_gap(p, self.limits, mo, self.source_labels)
        tl = verdicts.time_limited(p, self.limits, mo, self.source_labels)
        chart = self._funding_chart()
        if chart is not None:
            b.append(chart)
        else:
            b.append(para(t("The chart appears once costs or funding are entered.")))
        b.append(para(gap.text + ("" if tl.ok is None else " " + tl.text)))
        b.append(subheading(t("Funding sources")))
        if f.sources:
            rows = []
            for src in f.sources:
                info = self.content.funding_source(src.source)
                limited = budget.is_time_limited(src, self.limits)
                rates = [src.match_rate_for(i) for i in range(f.years)]
                match = "—" if not any(rates) else (
                    percent(rates[0]) if len(set(rates)) == 1 else " / ".join(percent(r) for r in rates))
                if clean(src.match_source).strip():  # printed even at 0 %: nothing typed is dropped
                    match += "\n" + t("from {source}", source=clean(src.match_source))
                catalog = info.label if info else ""
                label = budget.source_label(src, self.source_labels)
                rows.append([label + (f"\n{catalog}" if catalog and catalog != src.name.strip() else ""),
                             choice(src.status, NOT_RECORDED),
                             {True: t("Yes"), False: t("No"), None: t("Not known")}[limited]
                             + (t(", ends {date}", date=long_date(src.end_date)) if src.end_date else ""), match])
            b.append(table([t("Source"), t("Status"), t("Time-limited"), t("Match")], rows,
                           widths=[0.42, 0.13, 0.2, 0.25]))
        else:
            b.append(para(t("No funding sources are listed yet.")))
        b.append(subheading(t("Sustainability plan")))
        b += prose(f.sustainability_plan, N_("No sustainability plan is written yet."))
        return {"id": "funding", "title": title("funding"), "blocks": b}

    def _funding_chart(self) -> Block | None:
        from wizard.charter import graphics as gx

        f, mo = self.plan.funding, self.money
        secured = _top_series(list(budget.funding_mix(f, self.source_labels, status="secured").items()), MAX_SERIES)
        pending = _top_series(list(budget.funding_mix(f, self.source_labels, status="pending").items()),
                              max(1, MAX_SERIES - len(secured)))
        series = secured + [(t("{name} (pending)", name=name), vals) for name, vals in pending]
        costs = [y.total for y in mo.years]
        if not (any(any(v) for _, v in series) or any(c for c in costs)):
            return None
        years = [y.label for y in mo.years]
        drawing = gx.funding_chart(years, series, costs, CHART_WIDTH, pending_from=len(secured))
        parts = []
        for i, y in enumerate(mo.years):
            sec = sum(v[i] or 0.0 for _, v in secured)
            pen = sum(v[i] or 0.0 for _, v in pending)
            cost = t("cost not known") if y.total is None else t("cost {amount}", amount=budget.money(y.total))
            parts.append(t("{year}: {cost}, secured {amount}", year=y.label, cost=cost, amount=budget.money(sec))
                         + (t(", pending {amount}", amount=budget.money(pen)) if pen >= MONEY_TOLERANCE else ""))
        names = [n for n, _ in secured]
        alt = (t("Funding by year, secured and pending apart.") + " " + "; ".join(parts) + "."
               + (t(" Secured sources: {names}.", names=said_join(names)) if names else t(" No secured source."))
               + (t(" Pending sources: {names}.", names=said_join(n for n, _ in pending)) if pending else ""))
        return figure(drawing, alt, f"{self.fig_no()} {self.say('funding_chart_caption')}")

    def _budget_table(self, idx: list[int], last: bool) -> Block:
        f, mo = self.plan.funding, self.money
        years = [mo.years[i] for i in idx]
        header = ["", *[y.label for y in years]] + ([t("Total")] if last else [])
        rows: list[list[str]] = []
        bands: list[int] = []
        bold: list[int] = []
        every = range(len(mo.years))

        def total_of(vals: list[float | None]) -> float | None:
            return None if any(v is None for v in vals) else sum(v or 0.0 for v in vals)

        def amounts(vals: list[float | None], total: float | None, gap: bool = False) -> list[str]:
            out = []
            for v in [*vals, *([total] if last else [])]:
                if v is None:
                    out.append(t("not known"))
                elif gap:
                    out.append(budget.money(v) if v >= MONEY_TOLERANCE else "—")
                else:
                    out.append(budget.money(v))
            return out

        blank = [""] * (len(header) - 1)
        bands.append(len(rows))
        rows.append([t("Costs"), *blank])
        for line in f.budget_lines:
            name = clean(line.description).strip() or value_label(line.category)
            if line.salaried and "FTE" not in name:
                name += f" ({line.fte:g} FTE)"
            rows.append([name, *amounts([budget.line_cost(line, y.index) for y in years],
                                        total_of([budget.line_cost(line, i) for i in every]))])
        if f.indirect_rate:
            bold.append(len(rows))
            rows.append([t("Direct costs"), *amounts([y.direct for y in years],
                                                     total_of([y.direct for y in mo.years]))])
            rows.append([t("Indirect costs ({rate})", rate=percent(f.indirect_rate)),
                         *amounts([y.indirect for y in years], total_of([y.indirect for y in mo.years]))])
        bold.append(len(rows))
        rows.append([t("Total cost"), *amounts([y.total for y in years], mo.total_cost)])
        for band, group in ((t("Secured funding"), [s for s in f.sources if budget.secured(s)]),
                            (t("Pending funding (applied for, planned or status not recorded)"),
                             [s for s in f.sources if not budget.secured(s)])):
            if not group:
                continue
            bands.append(len(rows))
            rows.append([band, *blank])
            for src in group:
                note = "" if budget.secured(src) else (
                    f" ({value_label(src.status).lower()})" if src.status else t(" (status not recorded)"))
                rows.append([budget.source_label(src, self.source_labels) + note,
                             *amounts([budget.source_amount(src, y.index) for y in years],
                                      total_of([budget.source_amount(src, i) for i in every]))])
        bold.append(len(rows))
        rows.append([t("Total secured"), *amounts([y.secured for y in years], mo.total_secured)])
        bold.append(len(rows))
        rows.append([t("Gap after secured funding"), *amounts([y.gap for y in years], mo.total_gap, gap=True)])
        if mo.total_pending >= MONEY_TOLERANCE:
            rows.append([t("Total pending"), *amounts([y.pending for y in years], mo.total_pending)])
            rows.append([t("Gap if pending funding is awarded"),
                         *amounts([y.gap_with_pending for y in years], mo.total_gap_with_pending, gap=True)])
        if any(y.surplus >= MONEY_TOLERANCE for y in mo.years):
            rows.append([t("Secured beyond cost"), *amounts([y.surplus for y in years],
                                                            sum(y.surplus for y in mo.years))])
        if any(y.match_required >= MONEY_TOLERANCE for y in mo.years):
            rows.append([t("Match required"), *amounts([y.match_required for y in years],
                                                       sum(y.match_required for y in mo.years))])
        ncols = len(header)
        first = 0.28 if ncols >= 5 else 0.36
        widths = [first] + [(1 - first) / (ncols - 1)] * (ncols - 1)
        return table(header, rows, widths=widths, numeric=list(range(1, ncols)), strong=bold, bands=bands,
                     caption=t("Costs and funding by year") + (
                         "" if last and idx[0] == 0 else
                         t(", {first} to {last}", first=years[0].label, last=years[-1].label)))

    # -- 11 decisions -------------------------------------------------------------------------

    def decisions(self) -> Section:
        p = self.plan
        b: list[Block] = [guidance(self.c.key_decisions_note)]
        rows = []
        for i, d in enumerate(p.decisions):
            q = clean(decision_question(d)).strip() or t("Untitled decision")
            if d.key:
                q = t("Key decision") + f"\n{q}"
            outcome = "\n\n".join(x for x in (clean(d.decision).strip(), clean(d.notes).strip()) if x)
            rows.append([str(i + 1), q, value_label(d.status), outcome or "—", text_or(d.owner, "—"),
                         text_or(long_date(d.due), "—")])
        b.append(table(["#", t("Decision"), t("Status"), t("Outcome and notes"), t("Owner"), t("Due")], rows,
                       widths=[0.05, 0.27, 0.11, 0.28, 0.16, 0.13]))
        return {"id": "decisions", "title": title("decisions"), "blocks": b}

    # -- 12 open items ------------------------------------------------------------------------

    def open_items(self) -> Section:
        items = open_items(self.plan, self.content)
        if not items:
            return {"id": "open", "title": title("open"), "blocks": [para(self.say("open_none"))]}
        rows = [[str(i + 1), clean(it.question) + (t(" (deferred)") if it.deferred else ""),
                 self.content.step(it.step).title, text_or(it.owner, "—"), text_or(long_date(it.due), "—")]
                for i, it in enumerate(items)]
        return {"id": "open", "title": title("open"), "blocks": [
            para(self.say("open_intro")),
            table(["#", t("Open question"), t("Answered in"), t("Who decides"), t("By")], rows,
                  widths=[0.05, 0.47, 0.18, 0.17, 0.13])]}

    # -- 13 signatures ------------------------------------------------------------------------

    def signatures(self) -> dict[str, Any]:
        p = self.plan
        missing = signing.missing_required_roles(p)
        blocks = [self._signature_block(stt) for stt in signing.statuses(p, self.fp)]
        counsel = self._counsel_lines()
        return {
            "id": "signatures", "title": title("signatures"),
            "statement": [clean(agreement.approval_statement(p, self.content))],
            "note": self.say("signatures_fingerprint", revision=p.metadata.revision, short=signing.short(self.fp)),
            "missing": self.say("signatures_missing", roles=", ".join(signing.ROLE_LABELS[r] for r in missing))
            if missing else "",
            "blocks": blocks,
            "counsel_intro": self.say("counsel_intro"),
            "counsel": counsel,
        }

    def _signature_block(self, stt: signing.SignatoryStatus) -> dict[str, Any]:
        sig = stt.signatory
        mark: dict[str, Any] = {"kind": "none"}
        if sig.signature and sig.signature.method is SignatureMethod.drawn:
            png = _signature_png(sig.signature.image_png)
            who = clean(sig.name).strip() or signing.ROLE_LABELS[sig.role]
            mark = ({"kind": "drawn", "png": list(png), "alt": t("Drawn signature of {who}", who=who)}
                    if png is not None
                    else {"kind": "typed", "text": t("[the drawn signature image could not be read]")})
        elif sig.signature and sig.signature.method is SignatureMethod.typed:
            mark = {"kind": "typed", "text": clean(sig.signature.typed)}
        if stt.state is signing.SignatureState.valid:
            state, tone = t("signed against fingerprint {short}", short=signing.short(sig.signature.fingerprint)), "good"  # type: ignore[union-attr]
        elif stt.state is signing.SignatureState.void:
            state = t("signature void — must re-sign (given to {given}; the plan is now {now})",
                      given=signing.short(sig.signature.fingerprint), now=signing.short(self.fp))  # type: ignore[union-attr]
            tone = "alert"
        else:
            state, tone = t("not yet signed"), "muted"
        return {
            "index": stt.index, "role": sig.role.value, "field": _field_name(stt.index, sig.role.value),
            "role_label": signing.ROLE_LABELS[sig.role].upper(), "required": stt.required,
            "name": clean(sig.name).strip() or t("(name not entered)"), "plain_name": clean(sig.name),
            "detail": ", ".join(x for x in (clean(sig.title).strip(), clean(sig.organization).strip()) if x),
            "date": long_date(sig.signature.signed_at) if sig.signature else "",
            "mark": mark, "state": state, "tone": tone,
            "box_label": t("Reserved for a digital signature"),
        }

    def _counsel_lines(self) -> list[dict[str, str]]:
        """One "approved as to form" line per signing party (wizard.agreement decides who the
        parties are and which counsel goes with each), then any counsel whose organization
        does not itself sign."""
        out = [{"party": clean(a["party"]), "counsel": ", ".join(clean(x) for x in (a["name"], a["title"]) if x)}
               for a in agreement.approved_as_to_form(self.plan)]
        named = {o["counsel"] for o in out if o["counsel"]}
        for c in self.plan.signoff.signatories:
            who = ", ".join(x for x in (clean(c.name).strip(), clean(c.title).strip()) if x)
            if c.role is SignatoryRole.counsel and who and who not in named:
                out.append({"party": clean(c.organization).strip() or t("Counsel"), "counsel": who})
        return out

    # -- appendix -----------------------------------------------------------------------------

    def appendix(self) -> Section:
        findings = self.status.findings
        if not findings:
            return {"id": "appendix", "title": t(APPENDIX_TITLE), "blocks": [para(self.say("appendix_none"))]}
        counts = {sev: sum(1 for f in findings if f.severity is sev) for sev in checks.Severity}
        nb = counts[checks.Severity.blocker]
        b: list[Block] = [para(self.say(
            "appendix_intro", blockers=plural(nb, "blocker"),
            warnings=plural(counts[checks.Severity.warning], "warning"),
            suggestions=plural(counts[checks.Severity.suggestion], "suggestion"),
            consequence=self.say("appendix_blocks" if nb else "appendix_no_block")))]
        for step, items in checks.by_step(list(findings)).items():
            step_title = self.content.step(step).title
            b.append(subheading(step_title))
            b.append(table([t("Severity"), t("Finding"), t("How to resolve")],
                           [[t(SEVERITY[f.severity]), f"{clean(f.message)}\n{field_label(f.field)}", clean(f.fix)]
                            for f in items], widths=[0.13, 0.47, 0.4],
                           caption=t("Findings: {step}", step=step_title)))
        return {"id": "appendix", "title": t(APPENDIX_TITLE), "blocks": b}


def _field_name(index: int, role: str) -> str:
    return f"sig{index + 1}_{role}"


def _top_series(series: list[tuple[str, list[float]]], limit: int) -> list[tuple[str, list[float]]]:
    """At most ``limit`` series: the largest sources, the rest merged as "Other sources"."""
    if len(series) <= limit:
        return series
    ranked = sorted(range(len(series)), key=lambda i: -sum(series[i][1]))
    keep = sorted(ranked[: limit - 1])
    rest = [series[i] for i in ranked[limit - 1:]]
    other = [sum(vals[k] for _, vals in rest) for k in range(len(series[0][1]))]
    return [series[i] for i in keep] + [(t("Other sources ({n})", n=len(rest)), other)]


def _signature_png(b64: str) -> bytes | None:
    """The drawn signature re-encoded as a plain PNG, or None if it cannot be read."""
    from PIL import Image as PILImage

    try:
        raw = base64.b64decode(b64, validate=False)
        with PILImage.open(io.BytesIO(raw)) as im:
            w, h = im.size
            if w <= 0 or h <= 0 or w * h > MAX_SIGNATURE_PIXELS:
                return None
            im.load()
            out = io.BytesIO()
            im.convert("RGBA").save(out, format="PNG", optimize=False)
            return out.getvalue()
    except (binascii.Error, ValueError, OSError, PILImage.DecompressionBombError):
        return None
