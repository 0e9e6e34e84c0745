"""The charter's story: plan + content → a list of flowables, one method per section.

Nothing here draws on a canvas; the document template places what this builds.
User text only ever reaches a Paragraph through :mod:`wizard.charter.text`.
"""

from __future__ import annotations

import base64
import binascii
import io
import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Line
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    Flowable,
    Image,
    KeepInFrame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wizard import budget, checks, demand, signing, staffing, verdicts, workflow
from wizard.charter import graphics as gx
from wizard.charter import styles as st
from wizard.charter.flowables import (
    Anchor,
    Cell,
    Contents,
    DigitalSignatureBox,
    Heading,
    KeepWithNextStory,
    SignatureBox,
    callout,
    data_table,
    facts_table,
)
from wizard.charter.fonts import BOLD
from wizard.charter.text import clean, esc, para, prose, truncate
from wizard.constants import FTE_TOLERANCE, MONEY_TOLERANCE, RESPONSE_NORM_MINUTES
from wizard.content import Content
from wizard.labels import field_label, value_label
from wizard.open_items import open_items
from wizard.phrases import article, join, long_date, partial_date, plural, year_range
from wizard.plan import (
    DecisionStatus,
    MeasureCategory,
    Meeting,
    ProgramPlan,
    SignatureMethod,
    Weekday,
)
from wizard.readiness import Status, charter_status  # noqa: F401 (re-exported)

MEASURE_CATEGORY = {
    MeasureCategory.process: ("Process measures", "Is the program running as designed?"),
    MeasureCategory.output: ("Output measures", "What did the program do?"),
    MeasureCategory.outcome: ("Outcome measures", "What changed for people and the community?"),
}
WEEKDAY = {Weekday.mon: "Monday", Weekday.tue: "Tuesday", Weekday.wed: "Wednesday",
           Weekday.thu: "Thursday", Weekday.fri: "Friday", Weekday.sat: "Saturday", Weekday.sun: "Sunday"}

NOT_DECIDED = "Not yet decided."
NOT_RECORDED = "Not yet recorded."

SECTIONS: list[tuple[str, str]] = [
    ("summary", "Executive summary"),
    ("purpose", "Purpose and core principles"),
    ("agency", "Agency and partners"),
    ("model", "Program model"),
    ("coverage", "Coverage and operations"),
    ("staffing", "Staffing"),
    ("governance", "Supervision and governance"),
    ("confidentiality", "Confidentiality and information sharing"),
    ("data", "Data and reporting"),
    ("funding", "Funding and sustainability"),
    ("decisions", "Decision log"),
    ("open", "Open items"),
    ("signatures", "Approval and signatures"),
]
APPENDIX_TITLE = "Open readiness findings"
SECTION_TITLES = [t for _, t in SECTIONS] + [APPENDIX_TITLE]
"""Every section heading the charter prints (tests look for each)."""

MAX_SIGNATURE_PIXELS = 4000 * 4000
NUM_SIZE = 7.8
MAX_SERIES = 9
SUMMARY_OPEN_DECISIONS = 6


def hours(n: float) -> str:
    return f"{n:,.0f} h" if abs(n - round(n)) < 1e-9 else f"{n:,.1f} h"


def hour_label(h: int) -> str:
    return f"{h:02d}:00"


class StoryBuilder(KeepWithNextStory):
    """Builds the flowables of one charter. One instance per render."""

    def __init__(self, plan: ProgramPlan, content: Content, status: Status, fingerprint: str,
                 signature_sink: list[SignatureBox], page_counter: Flowable):
        self.plan, self.content, self.status = plan, content, status
        self.fp = fingerprint
        self.sink = signature_sink
        self.s = st.stylesheet()
        self.story: list[Flowable] = [page_counter]
        self._pending: list[Flowable] = []
        self.section_no = 0
        self.sub_no = 0
        self.staff = staffing.summarize(plan)
        self.limits = verdicts.catalog_time_limits(content)
        self.source_labels = verdicts.catalog_source_labels(content)
        self.money = budget.summarize(plan.funding, self.limits)
        self.running = plan.metadata.running
        self._figures = 0

    # -- helpers --------------------------------------------------------------------------

    def intro(self, markup_text: str) -> Paragraph:
        """A lead-in sentence that stays on the page of the table or figure after it."""
        return Paragraph(markup_text, self.s.body_keep)

    def h1(self, key: str, title: str, *, number: str | None = None) -> None:
        """A numbered section; every section starts on a new page, like a chapter."""
        self.add(PageBreak())
        if number is None:
            self.section_no += 1
            number = str(self.section_no)
        self.sub_no = 0
        self._sec = number
        self.add(Heading(number, title, 1, f"sec-{key}", self.s.h1))

    def h2(self, title: str) -> None:
        self.sub_no += 1
        number = f"{self._sec}.{self.sub_no}"
        self.add(Heading(number, title, 2, f"sec-{self._sec}-{self.sub_no}", self.s.h2))

    def h3(self, title: str) -> None:
        self.add(Paragraph(esc(title), self.s.h3))

    def missing(self, text: str = "Not yet recorded.") -> Paragraph:
        return Paragraph(f'<font color="{st.hexcolor(st.MUTED)}"><i>{esc(text)}</i></font>', self.s.cell)

    def value(self, text: str | None, empty: str = "Not yet recorded.") -> Flowable:
        return para(text, self.s.cell) if text and clean(text).strip() else self.missing(empty)

    def text_block(self, text: str, empty: str = "Not yet recorded.") -> list[Flowable]:
        if clean(text).strip():
            return prose(text, self.s.body)
        return [Paragraph(f'<font color="{st.hexcolor(st.MUTED)}"><i>{esc(empty)}</i></font>', self.s.body)]

    def bullets(self, items: Sequence[str], keep: bool = True) -> list[Flowable]:
        """A bullet list; a short one stays on one page with what leads into it."""
        paras: list[Flowable] = [Paragraph(esc(i), self.s.bullet, bulletText="•") for i in items]
        return [KeepTogether(paras)] if keep and 1 < len(paras) <= 12 else paras

    def numbered(self, items: Sequence[str]) -> list[Flowable]:
        paras: list[Flowable] = [Paragraph(esc(x), self.s.numbered, bulletText=str(i + 1))
                                 for i, x in enumerate(items)]
        return [KeepTogether(paras)] if 1 < len(paras) <= 12 else paras

    def cell_list(self, items: Sequence[str]) -> Paragraph:
        if not items:
            return self.missing("None")
        return Paragraph("<br/>".join("•&nbsp;" + esc(i) for i in items), self.s.cell)

    def yes_no(self, v: bool | None) -> str:
        return "Not yet decided" if v is None else ("Yes" if v else "No")

    def choice(self, v: object | None, empty: str = NOT_DECIDED) -> Flowable:
        """An enum answer in its one label, or the muted 'not decided'."""
        return self.missing(empty) if v is None else para(value_label(v), self.s.cell)  # type: ignore[arg-type]

    def count(self, v: float | int | None, unit: str = "", empty: str = NOT_RECORDED) -> Flowable:
        return self.missing(empty) if v is None else para(f"{v:,g}{unit}", self.s.cell)

    def cadence(self, held: bool | None, cadence: object | None) -> str:
        if held is False:
            return "Not held"
        if held is None or cadence is None:
            return "Not yet decided"
        return value_label(cadence)  # type: ignore[arg-type]

    def figure(self) -> str:
        """'Figure N.': figures are numbered in the order they print (some are conditional)."""
        self._figures += 1
        return f"Figure {self._figures}."

    def verb(self, future: str, present: str) -> str:
        """The charter's tense: a running program reports, a planned one promises."""
        return present if self.running else future

    def catalog(self, name: str, ids: Sequence[str]) -> list[str]:
        return [self.content.catalogs.label(name, i) for i in ids]

    @property
    def agency_name(self) -> str:
        return clean(self.plan.agency.name).strip() or "The agency"

    @property
    def partner_names(self) -> list[str]:
        return [clean(p.name).strip() for p in self.plan.agency.partners if clean(p.name).strip()]

    @property
    def operators(self) -> list[str]:
        """Who runs the program: the plan's explicit answer, never inferred from list order."""
        return [clean(x).strip() for x in self.plan.program_model.operated_by if clean(x).strip()]

    @property
    def program_name(self) -> str:
        return clean(self.plan.metadata.program_name).strip() or "Co-response program"

    # -- the whole ------------------------------------------------------------------------

    def build(self) -> list[Flowable]:
        self.cover()
        self.contents()
        self.summary()
        self.purpose()
        self.agency()
        self.model()
        self.coverage()
        self.staffing()
        self.governance()
        self.confidentiality()
        self.data()
        self.funding()
        self.decisions()
        self.open_items()
        self.signatures()
        self.appendix()
        self.flush()
        return self.story

    # -- cover and contents -----------------------------------------------------------------

    def cover(self) -> None:
        p, s = self.plan, self.s
        self.add(Anchor("Cover", "cover"))
        flow: list[Flowable] = [Spacer(1, 26)]
        flow.append(Paragraph(f"PROGRAM CHARTER  ·  REVISION {p.metadata.revision}", s.kicker))
        flow.append(para(self.program_name, s.title))
        partners = self.partner_names
        agency = clean(p.agency.name).strip()
        operators = self.operators
        if operators:
            sub = esc(join(operators[:4]) + (f" and {len(operators) - 4} more" if len(operators) > 4 else ""))
        else:
            sub = esc(agency) if agency else '<font color="#5D6872"><i>Lead agency not yet named</i></font>'
        flow.append(Paragraph(sub, s.subtitle))
        color = st.GOOD if self.status.final else st.ALERT
        pill = Table([[Paragraph(f'<font color="white"><b>{self.status.label}</b></font>', s.cell)]],
                     hAlign="LEFT")
        pill.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), color),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 9), ("RIGHTPADDING", (0, 0), (-1, -1), 9),
                                  ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
        reason = "; ".join(self.status.reasons) if self.status.reasons else \
            "All readiness blockers are resolved and every required signatory has signed this revision."
        status_row = Table([[pill, Paragraph(esc(reason[:1].upper() + reason[1:].rstrip(".") + "."), s.small)]],
                           colWidths=[62, st.FRAME_W - 62], hAlign="LEFT")
        status_row.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                        ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        flow += [status_row, Spacer(1, 22)]
        m = p.metadata
        model = self.content.model(p.program_model.primary).name if p.program_model.primary else ""
        rows: list[tuple[str, Cell]] = [
            ("Lead agency", self.value(p.agency.name)),
            ("Runs the program", self.cell_list(operators) if operators else self.missing(NOT_RECORDED)),
            ("Partners", self.value("\n".join(partners[:8]) + (
                f"\n… and {len(partners) - 8} more (section 3.2)" if len(partners) > 8 else ""), "No partner named yet.")),
            ("Jurisdiction", self.value(", ".join(x for x in (clean(p.agency.jurisdiction).strip(),
                                                               clean(p.agency.state).strip()) if x))),
            ("Program model", self.value(model, "Not yet chosen.")),
            ("Revision", para(f"{m.revision}, {long_date(m.modified)}", s.cell)),
            ("Plan identifier", para(m.plan_id, s.cell)),
            ("Plan fingerprint", Paragraph(f"<b>{esc(signing.short(self.fp))}</b>"
                                           f'<br/><font size="6.5" color="#5D6872">{self.fp}</font>', s.cell)),
            ("Signatories", self._signatory_lines()),
        ]
        flow += [facts_table(rows, 0.3), Spacer(1, 18)]
        flow.append(Paragraph(
            "This charter records the co-response program the partners have designed. The complete "
            "plan is embedded in this PDF as <b>plan.yaml</b>, so the charter can be reopened and "
            "amended; <i>coresponse verify</i> confirms that the plan, the fingerprint above and the "
            "signatures still match.", s.small))
        # However long the names, the cover stays one page.
        self.add(KeepInFrame(st.FRAME_W, st.COVER_FRAME_H, flow, mode="shrink"))
        self.add(NextPageTemplate("body"), PageBreak())

    def _signatory_lines(self) -> Flowable:
        state = {signing.SignatureState.valid: f'<font color="{st.hexcolor(st.GOOD)}">signed</font>',
                 signing.SignatureState.void: f'<font color="{st.hexcolor(st.ALERT)}">void, must re-sign</font>',
                 signing.SignatureState.unsigned: '<font color="#5D6872">not yet signed</font>'}
        lines = []
        sts = signing.statuses(self.plan, self.fp)
        for x in sts[:8]:
            sig = x.signatory
            who = esc(sig.name) or '<i>name not entered</i>'
            extra = esc(", ".join(v for v in (clean(sig.title).strip(), clean(sig.organization).strip()) if v))
            lines.append(f"{who}" + (f", {extra}" if extra else "") + f" — {state[x.state]}")
        if len(sts) > 8:
            lines.append(esc(f"… and {len(sts) - 8} more (section 12)"))
        if not lines:
            return self.missing("None listed.")
        return Paragraph("<br/>".join(lines), self.s.cell)

    def contents(self) -> None:
        toc = Contents()
        self.add(Anchor("Contents", "contents"))
        self.add(Paragraph("Contents", self.s.h1), Spacer(1, 4), toc)

    # -- 1 executive summary ------------------------------------------------------------------

    def summary(self) -> None:
        p, s, sm, mo = self.plan, self.s, self.staff, self.money
        self.h1("summary", "Executive summary")
        flow: list[Flowable] = []
        model = p.program_model
        if model.primary:
            info = self.content.model(model.primary)
            comp = [self.content.model(m).short_name.lower() for m in model.complementary]
            name = info.name.lower()
            what = f"{article(name)} <b>{esc(name)}</b> program"
            if comp:
                what += " complemented by " + esc(join(comp)) + " work"
        else:
            what = "a co-response program whose model is not yet chosen"
        operators = self.operators
        if operators:
            run = self.verb("will run", "run" if len(operators) > 1 else "runs")
            the = "" if self.program_name.lower().startswith("the ") else "the "
            lead = f"{esc(join(operators))} {run} {the}<b>{esc(self.program_name)}</b>, {what}."
        else:
            named = clean(p.metadata.program_name).strip()
            subject = f"<b>{esc(named)}</b> is" if named else "The program (its name is not yet recorded) is"
            lead = f"{subject} {what}. Who runs the program day to day is not yet recorded (see Open items)."
        stage = p.metadata.stage
        if stage is not None:
            lead += f" Stage: {esc(value_label(stage).lower())}"
            if p.metadata.launch_date:
                lead += (f"; answering calls since {esc(partial_date(p.metadata.launch_date))}"
                         if self.running else f"; launch planned for {esc(partial_date(p.metadata.launch_date))}")
            lead += "."
        lead += (" This charter sets out how the program works, when it operates, who staffs and supervises it, "
                 "how information is shared, what is measured and how it is paid for.")
        flow.append(Paragraph(lead, s.lead))
        gap = sm.gap
        y1 = mo.years[0] if mo.years else None
        fund = verdicts.funding_gap(p, self.limits, mo, self.source_labels)
        cov_sub = (f"{gap.share_covered:.0%} of the {gap.patrol_hours} patrol hours" if gap and gap.patrol_hours
                   else "share of patrol hours: patrol pattern not given" if p.agency.patrol is None else "")
        if not mo.has_costs:
            cost_fig, cost_sub = "Not yet estimated", "no budget lines"
        elif y1 is None or y1.total is None:
            cost_fig, cost_sub = "Not known", "a cost line has no amount"
        else:
            cost_fig = budget.money(y1.total)
            total = budget.money(mo.total_cost) if mo.total_cost is not None else "not known"
            cost_sub = f"{y1.label}; {total} over {plural(len(mo.years), 'year')}"
        if fund.ok is None:
            gap_fig, gap_sub = "Not judged", "needs " + truncate(join(fund.missing), 90)
        else:
            gap_fig = budget.money(mo.total_gap or 0.0)
            gap_sub = "after secured funding" if not fund.ok else "every year covered by secured funding"
        tiles = [
            ("Clinician coverage", hours(sm.weekly_covered_hours) + " a week" if sm.weekly_covered_hours
             else "None yet", cov_sub),
            ("Clinician staffing", f"{sm.clinician_fte:g} FTE" if p.staffing.clinicians else "None yet",
             f"{sm.fte_needed:.1f} FTE needed for the schedule" if sm.fte_needed is not None
             else "no clinician hours scheduled"),
            ("First-year cost", cost_fig, cost_sub),
            ("Funding gap", gap_fig, gap_sub),
        ]
        flow.append(self._tiles(tiles, alert_last=fund.ok is False))
        flow.append(Spacer(1, 10))
        findings = self.status.findings
        counts = {sev: sum(1 for f in findings if f.severity is sev) for sev in checks.Severity}
        sts = signing.statuses(p, self.fp)
        signed = sum(1 for x in sts if x.state is signing.SignatureState.valid)
        void = sum(1 for x in sts if x.state is signing.SignatureState.void)
        cov_text = (f"Clinicians are on duty {hours(sm.weekly_covered_hours)} a week "
                    f"({sm.weekly_person_hours:g} clinician hours). " if sm.weekly_covered_hours else
                    "No clinician hours are scheduled yet. ")
        cov_text += {True: "The program runs during all patrol shifts.",
                     False: "The program does not run during every patrol shift.",
                     None: "Whether it runs during all patrol shifts is not yet decided."}[p.coverage.all_patrol_shifts]
        if p.coverage.on_call.available:
            cov_text += " An on-call arrangement covers other hours."
        staff_text = " ".join(v.text for v in (verdicts.fte(p, sm), verdicts.ratio(p, sm)))
        tl = verdicts.time_limited(p, self.limits, mo, self.source_labels)
        fund_text = fund.text + ("" if tl.ok is None else " " + tl.text)
        if mo.has_costs and mo.total_cost is not None:
            fund_text = (f"{budget.money(mo.total_cost)} over {plural(len(mo.years), 'year')}; "
                         f"{budget.money(mo.total_secured)} secured"
                         + (f", {budget.money(mo.total_pending)} applied for or planned" if mo.total_pending else "")
                         + ". " + fund_text)
        g = p.governance
        committee = (f"committee of {plural(len(g.committee), 'member')}, meeting "
                     f"{self.cadence(True, g.committee_cadence).lower()}" if g.committee else "no committee named")
        gov_text = (f"Clinical supervision: {self.cadence(g.clinical_supervision.held, g.clinical_supervision.cadence).lower()}; "
                    f"joint case review: {self.cadence(g.joint_case_review.held, g.joint_case_review.cadence).lower()}; "
                    f"{committee}.")
        conf = p.confidentiality
        mou = "MOU status not yet recorded" if conf.mou.status is None else f"MOU: {value_label(conf.mou.status).lower()}"
        conf_text = (f"{mou}. Frameworks: "
                     + (join(self.content.framework_title(f.framework, f.name)
                             for f in conf.frameworks if f.applies) or "none listed") + ".")
        measures = len(p.data.measures) + len(p.data.custom_measures)
        cadence = p.data.reporting_cadence
        data_text = ((f"{plural(measures, 'measure')}" if measures else "No measures chosen yet") + "; reporting "
                     + ("cadence not yet decided" if cadence is None else value_label(cadence).lower())
                     + (f", by {clean(p.data.report_producer)}" if clean(p.data.report_producer).strip() else "")
                     + ".")
        ready = (f"{plural(counts[checks.Severity.blocker], 'blocker')}, {plural(counts[checks.Severity.warning], 'warning')}, "
                 f"{plural(counts[checks.Severity.suggestion], 'suggestion')} (appendix A).")
        sig_text = f"{signed} of {len(sts)} signatories have signed this revision."
        if void:
            sig_text += f" {plural(void, 'signature')} {'is' if void == 1 else 'are'} void and must be signed again."
        rows: list[tuple[str, Cell]] = [
            ("Model", self.value(self.content.model(model.primary).name if model.primary else "",
                                 "Not yet chosen.")),
            ("Coverage", para(cov_text, s.cell)),
            ("Staffing", para(staff_text, s.cell)),
            ("Governance", para(gov_text, s.cell)),
            ("Confidentiality", para(conf_text, s.cell)),
            ("Data and reporting", para(data_text, s.cell)),
            ("Cost and funding", para(fund_text, s.cell)),
            ("Readiness", para(ready, s.cell)),
            ("Signatures", para(sig_text, s.cell)),
        ]
        flow.append(facts_table(rows, 0.22))
        flow.append(Spacer(1, 10))
        items = open_items(p)
        flow.append(Paragraph(f"Open items ({len(items)})", s.h3))
        if items:
            lines = []
            for it in items[:SUMMARY_OPEN_DECISIONS]:
                who = f" — {truncate(it.owner, 60)}" if it.owner else ""
                due = f", due {long_date(it.due)}" if it.due else ""
                lines.append(truncate(it.question, 160) + who + due)
            flow.extend(self.bullets(lines, keep=False))
            more = len(items) - SUMMARY_OPEN_DECISIONS
            if more > 0:
                flow.append(Paragraph(esc(f"… and {more} more in the Open items section."), s.note))
        else:
            flow.append(Paragraph("None: every decision is settled and every question answered.", s.body))
        self.add(KeepInFrame(st.FRAME_W, 0, flow, mode="shrink"))

    def _tiles(self, tiles: Sequence[tuple[str, str, str]], alert_last: bool) -> Table:
        s = self.s
        cells = []
        for i, (title, figure, sub) in enumerate(tiles):
            color = st.ALERT if (alert_last and i == len(tiles) - 1) else st.NAVY
            cells.append([
                Paragraph(esc(title.upper()), s.small),
                Paragraph(f'<font color="{st.hexcolor(color)}">{esc(figure)}</font>',
                          _with(s.figure, fontSize=15, leading=19)),
                Paragraph(esc(sub), s.small),
            ])
        w = st.FRAME_W / len(tiles)
        t = Table([cells], colWidths=[w] * len(tiles), hAlign="LEFT")
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, -1), st.ZEBRA),
            ("LINEABOVE", (0, 0), (-1, 0), 2, st.TEAL),
            ("LINEAFTER", (0, 0), (-2, -1), 4, st.WHITE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
        ]))
        return t

    # -- 2 purpose --------------------------------------------------------------------------------

    def purpose(self) -> None:
        c, s = self.content.charter, self.s
        self.h1("purpose", "Purpose and core principles")
        self.h2("What co-response is")
        self.add(*prose(c.introduction, s.body))
        self.h2("Purpose of this charter")
        self.add(*prose(c.purpose, s.body))
        self.h2("Core principles")
        self.add(*self.numbered(c.core_principles))
        self.add(Spacer(1, 8), callout([
            Paragraph("<b>No client information</b>", _with(s.body, textColor=st.TEAL_DARK, spaceAfter=3)),
            *prose(c.no_client_information, _with(s.body, fontSize=8.8, leading=12.4, spaceAfter=2)),
        ]))

    # -- 3 agency -------------------------------------------------------------------------------------

    def agency(self) -> None:
        a, s = self.plan.agency, self.s
        self.h1("agency", "Agency and partners")
        self.h2("The lead agency")

        pat = a.patrol
        if pat is None:
            patrol: Flowable = self.missing(NOT_RECORDED)
        else:
            shifts = staffing.patrol_shifts(pat)
            patrol = para(f"{plural(pat.shifts_per_day, 'shift')} a day of {pat.shift_length_hours:g} hours"
                          f"{' (overlapping)' if pat.overlapping_shifts else ''}: "
                          + ", ".join(sh.label for sh in shifts), s.cell)
        rows: list[tuple[str, Cell]] = [
            ("Agency", self.value(a.name)),
            ("Type", self.choice(a.agency_type, NOT_RECORDED)),
            ("Jurisdiction", self.value(a.jurisdiction)),
            ("State", self.value(a.state)),
            ("Population served", self.count(a.population_served)),
            ("Area", self.missing() if a.square_miles is None else para(f"{a.square_miles:,.0f} square miles", s.cell)),
            ("Geography", self.choice(a.geography, NOT_RECORDED)),
            ("Sworn officers", self.count(a.sworn_officers)),
            ("Patrol schedule", patrol),
            ("Calls for service a year", self.count(a.annual_calls_for_service)),
            ("Behavioral-health calls a year", self.count(a.bh_calls_per_year)),
        ]
        m = self.plan.metadata
        if m.stage is not None or m.launch_date:
            rows.append(("Stage", self.choice(m.stage, NOT_RECORDED)))
            rows.append(("Launched" if self.running else "Launch", self.value(partial_date(m.launch_date))))
        operators = self.operators
        rows.append(("Runs the program", self.cell_list(operators) if operators else self.missing(NOT_RECORDED)))
        self.add(facts_table(rows))
        if m.history:
            self.h3("History")
            hist = [[self.value(partial_date(h.when), "—"), self.choice(h.kind, "—"), self.value(h.description, "—")]
                    for h in m.history]
            self.add(data_table(["When", "What", "Details"], hist, [0.18, 0.22, 0.6]))
        if a.served_agencies:
            self.h3("Other agencies served")
            served = [[Paragraph(f"<b>{esc(x.name) or '(unnamed)'}</b>", s.cell), self.choice(x.agency_type, "—"),
                       self.value(f"{x.cost_share:.0%}" if x.cost_share is not None else "", "Not agreed yet"),
                       self.value(x.notes, "—")] for x in a.served_agencies]
            self.add(data_table(["Agency", "Type", "Share of cost", "Notes"], served, [0.32, 0.2, 0.16, 0.32]))
        self.h2("Partners")
        if a.partners:
            data = []
            for pt in a.partners:
                others = (f"\nAlso serves: {', '.join(pt.other_agencies_served)}"
                          if pt.other_agencies_served else "")
                kind = self.content.catalogs.label("partner_types", pt.partner_type) if pt.partner_type else ""
                data.append([
                    Paragraph(f"<b>{esc(pt.name) or '(unnamed)'}</b>"
                              + (f'<br/><font color="#5D6872">{esc(kind)}</font>' if kind else ""), s.cell),
                    para(clean(pt.role) + others, s.cell) if clean(pt.role + others).strip() else self.missing("—"),
                    self.yes_no(pt.employs_clinicians),
                ])
            self.add(data_table(["Partner", "Role in the program", "Employs clinicians"], data,
                                [0.3, 0.55, 0.15]))
        else:
            self.add(*self.text_block("", "No partner organization is named yet."))
        self.h2("Existing crisis resources")
        ex = a.existing
        cit = ex.cit_trained_officers
        cit_text = "" if cit is None else (
            f"{cit:,}" + (f" of {a.sworn_officers:,} sworn officers ({cit / a.sworn_officers:.0%})"
                          if a.sworn_officers else ""))
        rows = [
            ("CIT-trained officers", self.value(cit_text)),
            ("Regional mobile crisis team", para(self.yes_no(ex.regional_mobile_crisis_team)
                                                 + (f": {clean(ex.mobile_crisis_provider)}"
                                                    if clean(ex.mobile_crisis_provider).strip() else ""), s.cell)),
            ("Linked to 988", para(self.yes_no(ex.linked_988), s.cell)),
            ("Crisis receiving center", para(self.yes_no(ex.crisis_receiving_center)
                                             + (f": {clean(ex.crisis_receiving_center_name)}"
                                                if clean(ex.crisis_receiving_center_name).strip() else ""), s.cell)),
        ]
        if clean(ex.notes).strip():
            rows.append(("Notes", para(ex.notes, s.cell)))
        self.add(facts_table(rows))

    # -- 4 model ----------------------------------------------------------------------------------------

    def model(self) -> None:
        m, s = self.plan.program_model, self.s
        self.h1("model", "Program model")
        self.h2("Choice and rationale")
        if m.primary:
            info = self.content.model(m.primary)
            comp = [self.content.model(x).name for x in m.complementary]
            self.add(facts_table([
                ("Primary model", Paragraph(f"<b>{esc(info.name)}</b><br/>{esc(info.summary)}", s.cell)),
                ("Complementary", self.cell_list(comp) if comp else self.missing("None")),
            ], 0.22), Spacer(1, 8))
            self.h3("Why this model")
            self.add(*self.text_block(m.rationale, "No rationale is written yet."))
        else:
            self.add(Paragraph("No primary model has been chosen yet. The comparison in 4.3 sets out the "
                               "four models of the starter guide.", s.body))
        if m.response_tiers:
            self.h3("Where the program sits in the crisis system")
            rows = []
            marked = []
            for i, t in enumerate(m.response_tiers):
                rows.append([Paragraph(f"<b>{esc(t.name)}</b>" + (" (this program)" if t.is_this_program else ""),
                                       s.cell), t.responder, t.when])
                if t.is_this_program:
                    marked.append(i)
            self.add(data_table(["Tier", "Responder", "When"], rows, [0.24, 0.28, 0.48],
                                highlight_rows=marked, zebra=not marked))
        self.h2("A typical call")
        steps = workflow.call_steps(self.plan)
        team = workflow.answering_team(self.plan)
        if steps is not None and team is not None:
            self.add(self.teams_table())
            self.add(KeepTogether([Paragraph(f"How a call runs for {esc(clean(team.name).strip() or 'the team')} "
                                             f"({esc(workflow.composition(team))}), from the first contact on.",
                                             s.body_keep),
                                   gx.workflow_diagram([gx.Step(w.label, w.who) for w in steps], st.FRAME_W),
                                   Paragraph(f"{self.figure()} Workflow of a call, from the team this plan describes.",
                                             s.caption)]))
            rows = [[str(i + 1), Paragraph(f"<b>{esc(w.label)}</b>", s.cell), w.who, w.detail]
                    for i, w in enumerate(steps)]
            self.add(data_table(["#", "Step", "Who", "What happens"], rows, [0.05, 0.2, 0.19, 0.56]))
        elif m.primary:
            info = self.content.model(m.primary)
            self.add(callout([Paragraph(
                f"<b>Guidance, not yet this plan's answer.</b> The plan does not yet describe the team that answers "
                f"calls (who is in it, how it is dispatched, how it travels). This is how the starter guide "
                f"describes a call in the {esc(info.short_name.lower())} model:", s.body)]))
            self.add(KeepTogether([gx.workflow_diagram([gx.Step(w.label, w.who) for w in info.workflow], st.FRAME_W),
                                   Paragraph(f"{self.figure()} A typical call in the {esc(info.short_name)} model "
                                             "(starter guide).", s.caption)]))
        else:
            self.add(Paragraph("The workflow appears once a model is chosen and the team that answers calls "
                               "is described.", s.body))
        self.h2("Model comparison")
        self.add(self.intro("The four co-response models of the starter guide. The chosen model is highlighted."))
        rows, hl = [], []
        for i, info in enumerate(self.content.models):
            tag = ""
            if info.id == m.primary:
                tag = "primary"
                hl.append(i)
            elif info.id in m.complementary:
                tag = "complementary"
            head = f"<b>{esc(info.name)}</b>" + (f'<br/><font color="{st.hexcolor(st.TEAL_DARK)}">'
                                                 f"{tag}</font>" if tag else "")
            fits = "<br/>".join("•&nbsp;" + esc(x) for x in info.fits_when)
            rows.append([
                Paragraph(head, s.cell),
                Paragraph(esc(info.summary) + f'<br/><font color="{st.hexcolor(st.MUTED)}"><i>Fits when:</i></font><br/>'
                          + fits, s.cell),
                self.cell_list(info.strengths),
                self.cell_list(info.tradeoffs),
            ])
        self.add(data_table(["Model", "How it works", "Strengths", "Trade-offs"], rows,
                            [0.17, 0.31, 0.26, 0.26], highlight_rows=hl, zebra=not hl))

    def teams_table(self) -> Flowable:
        s = self.s
        rows = []
        for t in self.plan.staffing.teams:
            rows.append([
                Paragraph(f"<b>{esc(clean(t.name).strip() or 'Team')}</b>", s.cell),
                self.value(workflow.composition(t), "—"),
                self.value(f"{t.units}" if t.units is not None else "", NOT_DECIDED),
                self.cell_list([value_label(x) for x in t.dispatch_modes]) if t.dispatch_modes
                else self.missing(NOT_DECIDED),
                self.choice(t.vehicle),
            ])
        return data_table(["Team", "Made up of", "Teams", "How it is dispatched", "Vehicle"], rows,
                          [0.2, 0.26, 0.09, 0.25, 0.2])

    # -- 5 coverage ---------------------------------------------------------------------------------------

    def coverage(self) -> None:
        p, s, sm = self.plan, self.s, self.staff
        c = p.coverage
        self.h1("coverage", "Coverage and operations")
        self.h2("Weekly coverage")
        gap = sm.gap
        all_shifts = {True: "The partners decided that the program runs during <b>all patrol shifts</b>.",
                      False: "The partners decided that the program does <b>not</b> run during every patrol shift.",
                      None: "Whether the program runs during all patrol shifts is <b>not yet decided</b>."}
        if sm.weekly_covered_hours == 0:
            hours_text = "No clinician hours are scheduled yet."
        elif gap is None:
            hours_text = (f"Clinicians are scheduled for {hours(sm.weekly_covered_hours)} a week, "
                          f"{sm.weekly_person_hours:g} clinician hours in all. The agency's patrol shift pattern is "
                          "not recorded, so the share of patrol time covered is not known.")
        else:
            hours_text = (f"Clinicians are scheduled for {hours(sm.weekly_covered_hours)} of the "
                          f"{hours(gap.patrol_hours)} a week that patrol is on duty ({gap.share_covered:.0%}), "
                          f"{sm.weekly_person_hours:g} clinician hours in all; {hours(gap.gap_hours)} of patrol time "
                          "a week has no clinician on duty.")
        self.add(Paragraph(f"{all_shifts[c.all_patrol_shifts]} {hours_text}", s.body_keep))
        pat = p.agency.patrol
        shifts = [gx.ShiftBar(sh.label, [(a, b) for _, a, b in sh.hours_on()])
                  for sh in (staffing.patrol_shifts(pat) if pat else [])]
        patrol = staffing.patrol_grid(pat) if pat else [[0] * 24 for _ in range(7)]
        chart = gx.coverage_chart(staffing.clinician_grid(c.schedule), patrol, shifts, st.FRAME_W)
        self.add(KeepTogether([chart, Paragraph(
            f"{self.figure()} Clinicians on duty by hour and weekday"
            + (", against the patrol shifts." if pat else " (the patrol shifts are not recorded)."), s.caption)]))
        rows = []
        for d in Weekday:
            spans = c.schedule.day(d)
            text = ", ".join(f"{hour_label(x.start)}–{hour_label(x.end)}" + (f" ({x.staff} clinicians)"
                                                                             if x.staff > 1 else "")
                             for x in spans) or "—"
            rows.append([WEEKDAY[d], text, hours(sum(x.hours for x in spans)),
                         hours(gap.by_day[d.value]) if gap else "not known"])
        self.add(data_table(["Day", "Clinician hours", "Hours covered", "Patrol hours without a clinician"],
                            rows, [0.16, 0.48, 0.14, 0.22], right=(2, 3)))
        self.h2("Behavioral-health calls and the planned hours")
        d = c.call_demand
        if d is None:
            self.add(*self.text_block("", demand.demand_sentence(p)))
        else:
            chart = gx.demand_chart(d.bh_calls, staffing.clinician_grid(c.schedule), st.FRAME_W)
            self.add(self.intro(esc(demand.demand_sentence(p))),
                     KeepTogether([chart, Paragraph(
                         f"{self.figure()} Behavioral-health calls by hour and weekday from the agency's own call data, "
                         "with the planned clinician hours outlined. " + esc(demand.alt_text(d, c.schedule)),
                         s.caption)]),
                     Paragraph(esc(demand.source_sentence(d)), s.note))
        self.h2("Dispatch criteria")
        indicators = self.catalog("dispatch_indicators", c.dispatch_indicators) + [
            clean(x) for x in c.custom_indicators]
        if indicators:
            self.add(self.intro("Dispatch sends the co-response team when a call shows any of these indicators:"),
                     *self.bullets(indicators))
        else:
            self.add(*self.text_block("", "No dispatch indicators are chosen yet."))
        self.h3("Dispatch protocol")
        self.add(*self.text_block(c.dispatch_protocol))
        self.h2("On call and after hours")
        oc = c.on_call
        self.add(facts_table([
            ("On-call cover", para(self.yes_no(oc.available), s.cell)),
            ("Who", self.value(oc.who)),
            ("Hours", self.value(oc.hours)),
            ("Response time", self.value(f"{oc.response_minutes} minutes" if oc.response_minutes is not None
                                         else "")),
            ("By phone only", para(self.yes_no(oc.by_phone_only), s.cell)),
        ] if oc.available is not False else [("On-call cover", para("No", s.cell))]))
        self.h2("Response and scene safety")
        target = c.target_response_minutes
        target_text = "" if target is None else (
            f"{target} minutes from dispatch to arrival"
            + (" (within the one-hour national norm)" if target <= RESPONSE_NORM_MINUTES
               else " (beyond the one-hour national norm)"))
        self.add(facts_table([
            ("Target response time", self.value(target_text)),
            ("Vehicle", self.choice(c.vehicle)),
            ("Vehicle notes", self.value(c.vehicle_notes, "None.")),
        ]))
        self.h3("Safety protocol")
        self.add(*self.text_block(c.safety_protocol, "No scene-safety protocol is written yet."))

    # -- 6 staffing --------------------------------------------------------------------------------------

    def staffing(self) -> None:
        p, s, sm = self.plan, self.s, self.staff
        stf = p.staffing
        self.h1("staffing", "Staffing")
        self.h2("Roles")
        rows: list[list[Cell]] = []
        for c in stf.clinicians:
            quals = self.catalog("licenses", c.licenses) + self.catalog("qualifications", c.qualifications_met)
            fte = ("not known" if c.fte is None else f"{c.fte:g}") + (
                f"<br/><font size=7 color=\"#5D6872\">{c.agency_share:.0%} for this program</font>"
                if c.agency_share < 1 else "")
            rows.append([
                Paragraph(f"<b>{esc(c.title) or 'Clinician'}</b>" + (f'<br/><font color="#5D6872">{esc(c.notes)}</font>'
                                                                     if clean(c.notes).strip() else ""), s.cell),
                Paragraph(fte, s.cell_right),
                self.value(c.employer, "Employer not named"),
                self.cell_list(quals),
            ])
        for o in stf.other_roles:
            rows.append([Paragraph(f"<b>{esc(o.role) or '(unnamed role)'}</b>"
                                   + (f'<br/><font color="#5D6872">{esc(o.notes)}</font>' if clean(o.notes).strip()
                                      else ""), s.cell),
                         "not known" if o.fte is None else f"{o.fte:g}", self.value(o.employer, "—"), ""])
        if stf.peer_specialists_fte:
            rows.append([Paragraph("<b>Peer support specialists</b>", s.cell), f"{stf.peer_specialists_fte:g}", "", ""])
        co = stf.coordinator
        if clean(co.name).strip() or co.fte:
            rows.append([Paragraph("<b>Program coordinator</b><br/>" + esc(co.name)
                                   + (" (collateral duty)" if co.collateral_duty else ""), s.cell),
                         "not known" if co.fte is None else f"{co.fte:g}", self.value(co.employer, "—"), ""])
        if rows:
            self.add(data_table(["Position", "FTE", "Employer", "Licenses and qualifications"], rows,
                                [0.3, 0.1, 0.25, 0.35], right=(1,)))
        else:
            self.add(*self.text_block("", "No positions are planned yet."))
        fte_note = (f" (and {plural(stf.clinician_fte_unknown, 'position')} of unknown FTE)"
                    if stf.clinician_fte_unknown else "")
        self.add(Spacer(1, 6), facts_table([
            ("Clinician FTE for this program", para(f"{stf.clinician_fte:g}{fte_note}", s.cell)
             if stf.clinicians else self.missing("No positions yet.")),
            ("Dedicated officers", self.count(stf.dedicated_officers)),
            ("Supportive patrol supervisors", self.count(stf.supervisors_supportive)),
        ], 0.35))
        self.h3("Required clinician qualifications")
        quals = self.catalog("qualifications", stf.required_qualifications)
        self.add(*(self.bullets(quals) if quals else [self.missing("None required yet.")]))

        self.h2("Clinician-to-shift ratio")
        r = sm.ratio
        verdict = verdicts.ratio(p, sm)
        self.add(Paragraph(
            "The starter guide suggests one clinician for every one to two police shifts. This charter measures "
            "it on the schedule: for each patrol shift the program covers, the clinicians on duty during it "
            "(clinician hours in the shift ÷ its length), so a program with several teams on a shift is judged "
            "per team, not as if one clinician covered the shift alone. " + esc(verdict.text), s.body_keep))
        if verdict.judged:
            self.add(gx.ratio_gauge(r.shifts_per_clinician, st.FRAME_W * 0.7))

        self.h2("Relief factor: FTE needed for the schedule")
        avail = stf.available_hours_per_fte
        self.add(Paragraph(
            "A post staffed every week of the year needs more than one person: leave, training and sickness "
            "take time out of each position. The schedule's hours are converted to FTE with the plan's "
            f"available hours per FTE ({avail:,.0f} h).", s.body_keep))
        if sm.fte_needed is None:
            self.add(*self.text_block("", "No clinician hours are scheduled yet, so the FTE they need is not known."))
        else:
            annual = sm.weekly_person_hours * staffing.WEEKS_PER_YEAR
            calc = [
                ["Clinician hours scheduled a week", "", hours(sm.weekly_person_hours)],
                ["× weeks in a year", "365 ÷ 7", f"{staffing.WEEKS_PER_YEAR:.2f}"],
                ["= clinician hours to staff a year", "", hours(annual)],
                ["÷ available hours per FTE",
                 f"{staffing.SCHEDULED_HOURS_PER_YEAR:,} scheduled less leave, training, sickness", f"{avail:,.0f} h"],
                ["= FTE needed", "", f"{sm.fte_needed:.2f}"],
            ]
            bold = [4]
            if stf.clinicians and not stf.clinician_fte_unknown:
                diff = sm.clinician_fte - sm.fte_needed
                calc.append(["FTE planned (this program's share)", "", f"{sm.clinician_fte:.2f}"])
                calc.append(["Shortfall" if diff < -FTE_TOLERANCE else "Margin", "", f"{abs(diff):.2f}"])
                bold.append(6)
            calc.append(["Relief factor", f"{staffing.SCHEDULED_HOURS_PER_YEAR:,} ÷ {avail:,.0f}",
                         f"{staffing.relief_factor(avail):.2f}"])
            self.add(data_table(["Step", "Basis", "Value"], calc, [0.42, 0.4, 0.18], right=(2,),
                                bold_rows=tuple(bold)))
            self.add(Paragraph(esc(verdicts.fte(p, sm).text), s.body))
        self.add(Paragraph(
            f"For comparison, one 8-hour post every day needs {staffing.post_fte(8, 7, avail):.2f} FTE and a post "
            f"staffed around the clock {staffing.post_fte(24, 7, avail):.2f} FTE at these available hours.", s.note))

        self.h2("Expected workload")
        util = verdicts.utilization(p, sm)
        est = demand.estimate(p)
        if not util.judged:
            self.add(*self.text_block("", util.text))
        else:
            assert est.bh_in_covered_per_year is not None and est.utilization is not None
            self.add(facts_table([
                ("Behavioral-health calls in covered hours", para(f"about {est.bh_in_covered_per_year:,.0f} a year", s.cell)),
                ("Calls per covered hour", para(f"{est.calls_per_covered_hour or 0:.2f}", s.cell)),
                ("Average time on scene", para(f"{stf.avg_minutes_per_call:g} minutes", s.cell)),
                ("Share of clinician time on scene", para(f"{est.utilization:.0%}", s.cell)),
            ], 0.4))
            self.add(Paragraph(esc(est.note + (" Real calls cluster in the afternoon and evening; importing the "
                                               "agency's call data gives the real hours." if est.even_spread else "")),
                               s.note))

        self.h2("Training")
        dsp = stf.dispatch
        self.add(facts_table([
            ("Dispatch training", para(
                {True: "Trained", False: "Not yet trained", None: "Not yet decided"}[dsp.trained]
                + (f"; {dsp.dispatchers_to_train} dispatchers" if dsp.dispatchers_to_train else "")
                + (f", {dsp.training_hours:g} hours" if dsp.training_hours else "")
                + (f" — {clean(dsp.protocol_name)}" if clean(dsp.protocol_name).strip() else ""), s.cell)),
            ("CIT training", para(
                (f"{stf.officers_to_train_cit} officers to train" if stf.officers_to_train_cit is not None
                 else "Officers to train: not yet decided")
                + (f", {stf.cit_training_hours:g}-hour course" if stf.cit_training_hours else ""), s.cell)),
        ], 0.3))
        self.h3("Training plan")
        self.add(*self.text_block(stf.training_plan))

    # -- 7 governance ----------------------------------------------------------------------------------------

    def governance(self) -> None:
        g, s = self.plan.governance, self.s
        self.h1("governance", "Supervision and governance")
        self.h2("Meeting cadence")

        def meeting(name: str, m: Meeting) -> list[Cell]:
            return [Paragraph(f"<b>{esc(name)}</b>", s.cell),
                    self.cadence(m.held, m.cadence),
                    self.value(m.lead, "—"), self.cell_list(m.participants) if m.participants else "—",
                    m.notes]

        rows = [meeting("Clinical supervision", g.clinical_supervision),
                meeting("Joint case review", g.joint_case_review),
                [Paragraph("<b>Steering committee</b>" if self.running else "<b>Planning committee</b>", s.cell),
                 self.cadence(True if g.committee else None, g.committee_cadence), "—",
                 f"{plural(len(g.committee), 'member')} (7.2)", ""]]
        self.add(data_table(["Forum", "Cadence", "Lead", "Participants", "Notes"], rows,
                            [0.18, 0.13, 0.19, 0.25, 0.25]))
        self.h2("Committee membership")
        if g.committee:
            rows = [[Paragraph(f"<b>{esc(x.name)}</b>", s.cell), x.organization,
                     self.content.catalogs.label("committee_member_types", x.member_type) if x.member_type
                     else self.missing("—"),
                     self.yes_no(x.decision_authority)] for x in g.committee]
            self.add(data_table(["Member", "Organization", "Represents", "Decision authority"], rows,
                                [0.27, 0.33, 0.26, 0.14]))
        else:
            self.add(*self.text_block("", "No committee members are named yet."))
        self.h2("Escalation")
        if g.escalation_path:
            self.add(self.intro("A disagreement between the partners goes up this path, one level at a time, "
                                "until it is resolved:"))
            self.add(*self.numbered(g.escalation_path))
        else:
            self.add(*self.text_block("", "No escalation path is written yet."))
        self.h2("Written policies and review")
        funcs = self.catalog("managing_functions", g.managing_functions)
        self.add(facts_table([
            ("Policies in place", self.cell_list(funcs) if funcs else self.missing("None listed.")),
            ("Plan review date", self.value(long_date(g.plan_review_date), "Not set.")),
        ], 0.3))

    # -- 8 confidentiality -----------------------------------------------------------------------------------

    def confidentiality(self) -> None:
        c, s = self.plan.confidentiality, self.s
        self.h1("confidentiality", "Confidentiality and information sharing")
        self.h2("Legal frameworks")
        if c.frameworks:
            rows = []
            for f in c.frameworks:
                info = self.content.framework(f.framework)
                name = self.content.framework_title(f.framework, clean(f.name))
                cite = info.citation if info else ""
                named = clean(f.name).strip()
                extra = named if named and named not in name else ""  # nothing typed is dropped
                detail = "\n".join(x for x in (extra, clean(f.notes).strip()) if x)
                rows.append([Paragraph(f"<b>{esc(name)}</b>", s.cell), cite, self.yes_no(f.applies), detail])
            self.add(data_table(["Framework", "Citation", "Applies", "How it applies here"], rows,
                                [0.25, 0.25, 0.1, 0.4]))
        else:
            self.add(*self.text_block("", "No legal frameworks are listed yet."))
        self.h2("Memorandum of understanding")
        mou = c.mou
        self.add(facts_table([
            ("Status", self.choice(mou.status, NOT_RECORDED)),
            ("Parties", self.cell_list(mou.parties) if mou.parties else self.missing("None listed.")),
            ("Signed", self.value(long_date(mou.signed_date), "—")),
            ("Renewal", self.value(long_date(mou.renewal_date), "—")),
            ("Covers data sharing", para(self.yes_no(mou.covers_data_sharing), s.cell)),
        ], 0.3))
        self.h2("Information sharing and consent")
        self.h3("What clinicians may share with officers")
        self.add(*self.text_block(c.clinician_may_share))
        self.h3("Consent process")
        self.add(*self.text_block(c.consent_process))
        self.h2("Documentation matrix")
        if c.documentation:
            rows = [[Paragraph(f"<b>{esc(d.party)}</b>", s.cell), d.records,
                     (value_label(d.system) if d.system else "Not yet decided")
                     + (f"\n{clean(d.system_name)}" if clean(d.system_name).strip() else ""),
                     d.who_can_see, d.retention] for d in c.documentation]
            self.add(data_table(["Who records", "What", "Where", "Who can see it", "Retention"], rows,
                                [0.17, 0.25, 0.18, 0.2, 0.2]))
        else:
            self.add(*self.text_block("", "The documentation matrix is empty."))
        self.h2("Access and retention")
        self.h3("Access controls")
        self.add(*self.text_block(c.access_controls))
        self.h3("Retention")
        self.add(*self.text_block(c.retention))
        ack = ("The partners have confirmed that this plan holds no client information."
               if c.no_client_information_acknowledged else
               "The partners have not yet confirmed that this plan holds no client information.")
        self.add(Spacer(1, 6), callout([Paragraph(f"<b>{esc(ack)}</b>", _with(s.body, spaceAfter=2,
                                                                               textColor=st.TEAL_DARK)),
                                        *prose(self.content.charter.no_client_information,
                                               _with(s.body, fontSize=8.6, leading=12, spaceAfter=0))]))

    # -- 9 data ----------------------------------------------------------------------------------------------

    def data(self) -> None:
        d, s = self.plan.data, self.s
        self.h1("data", "Data and reporting")
        self.h2("Measures")
        grouped: dict[MeasureCategory, list[list[Cell]]] = {c: [] for c in MeasureCategory}
        for sm in d.measures:
            info = self.content.measure(sm.measure)
            if info is None:
                grouped[MeasureCategory.output].append([self.missing("A measure the content does not know"),
                                                        self.value(sm.target, "—"), self.results(sm.results), "—"])
                continue
            sources = ", ".join(self.catalog("data_sources", info.data_sources)) or "—"
            name = esc(info.label) + (f'<br/><font color="{st.hexcolor(st.AMBER)}" size="7">{esc(info.caution)}</font>'
                                      if info.caution else "")
            grouped[info.category].append([Paragraph(name, s.cell), self.value(sm.target, "—"),
                                           self.results(sm.results), sources])
        for cm in d.custom_measures:
            grouped[cm.category].append([Paragraph(esc(cm.name) + ' <font color="#5D6872">(custom)</font>', s.cell),
                                         self.value(cm.target, "—"), self.results(cm.results), "—"])
        if not any(grouped.values()):
            self.add(*self.text_block("", "No measures are chosen yet."))
        for cat, rows in grouped.items():
            if not rows:
                continue
            title, question = MEASURE_CATEGORY[cat]
            self.h3(f"{title} — {question}")
            self.add(data_table(["Measure", "Target", "Results so far", "Data sources"], rows,
                                [0.36, 0.2, 0.24, 0.2]))
        self.h2("Reporting")
        baseline = ""
        if d.baseline_months:
            baseline = f"{d.baseline_months} months"
        if clean(d.baseline_description).strip():
            baseline = (baseline + ": " if baseline else "") + clean(d.baseline_description)
        self.add(facts_table([
            ("Data owner", self.value(d.data_owner)),
            ("Reports produced by", self.value(d.report_producer)),
            ("Reporting cadence", self.choice(d.reporting_cadence)),
            ("Audience", self.cell_list(d.audience) if d.audience else self.missing()),
            ("Baseline", self.value(baseline)),
            ("Evaluation partner", self.value(d.evaluation_partner, "None named.")),
            ("Data sources", self.cell_list(self.catalog("data_sources", d.data_sources))
             if d.data_sources else self.missing()),
            ("Storage", self.value(d.storage)),
        ], 0.3))

    def results(self, results: Sequence[object]) -> Flowable:
        lines = []
        for r in results:
            bits = [clean(r.value).strip(), clean(r.period).strip()]  # type: ignore[attr-defined]
            text = " — ".join(b for b in bits if b)
            if clean(r.source).strip():  # type: ignore[attr-defined]
                text += f" (source: {clean(r.source).strip()})"  # type: ignore[attr-defined]
            if text:
                lines.append(text)
        if not lines:
            return self.missing("None reported yet." if self.running else "—")
        return self.cell_list(lines)

    # -- 10 funding -------------------------------------------------------------------------------------------

    def funding(self) -> None:
        p, f, s, mo = self.plan, self.plan.funding, self.s, self.money
        self.h1("funding", "Funding and sustainability")
        self.h2("Multi-year budget")
        if not f.budget_lines and not f.sources:
            self.add(*self.text_block("", "No budget lines or funding sources are entered yet."))
        else:
            period = (f"fiscal years {year_range(f.start_year, f.start_year + f.years - 1)}" if f.start_year
                      else f"plan years {year_range(1, f.years)} (the first fiscal year is not yet set)")
            self.add(Paragraph(
                f"Costs and funding for {period}. Personnel lines are FTE × salary × (1 + benefits), rising by "
                "the line's annual increase."
                + (f" Indirect costs are {f.indirect_rate:.0%} of direct costs." if f.indirect_rate else "")
                + " Only secured money counts as funded; money applied for or planned is shown apart."
                + (" An amount that is not yet known is marked “not known” and is never counted as $0."
                   if mo.unknown_sources or any(y.unknown_lines for y in mo.years) else ""), s.body_keep))
            n = len(mo.years)
            per_table, first, size = self._budget_layout()
            for start in range(0, n, per_table):
                idx = list(range(start, min(n, start + per_table)))
                self.add(self._budget_table(idx, last=idx[-1] == n - 1, first=first, size=size), Spacer(1, 8))
        self.h2("Funding mix")
        gap = verdicts.funding_gap(p, self.limits, mo, self.source_labels)
        tl = verdicts.time_limited(p, self.limits, mo, self.source_labels)
        secured = _top_series(list(budget.funding_mix(f, self.source_labels, status="secured").items()), MAX_SERIES)
        pending = _top_series(list(budget.funding_mix(f, self.source_labels, status="pending").items()),
                              max(1, MAX_SERIES - len(secured)))
        series = secured + [(f"{name} (pending)", vals) for name, vals in pending]
        costs = [y.total for y in mo.years]
        if any(any(v) for _, v in series) or any(c for c in costs):
            chart = gx.funding_chart([y.label for y in mo.years], series, costs, st.FRAME_W,
                                     pending_from=len(secured))
            legend = [(st.SERIES[i % len(st.SERIES)] if i < len(secured)
                       else gx._mix(st.SERIES[i % len(st.SERIES)], st.WHITE, 0.6), name, "box")
                      for i, (name, _) in enumerate(series)]
            legend += [(st.INK, "Total cost", "cost")]
            if gap.ok is False:
                legend.append((st.ALERT, "Gap after secured funding", "gap"))
            self.add(KeepTogether([chart, self._legend(legend),
                                   Paragraph(f"{self.figure()} Secured funding (solid) and pending funding (pale) by source "
                                             "and year, against the total cost.", s.caption)]))
        else:
            self.add(*self.text_block("", "The chart appears once costs or funding are entered."))
        self.add(Paragraph(esc(gap.text + ("" if tl.ok is None else " " + tl.text)), s.body))
        self.h2("Funding sources")
        if f.sources:
            rows = []
            for src in f.sources:
                info = self.content.funding_source(src.source)
                limited = budget.is_time_limited(src, self.limits)
                rates = [src.match_rate_for(i) for i in range(f.years)]
                match = "—" if not any(rates) else (
                    f"{rates[0]:.0%}" if len(set(rates)) == 1 else " / ".join(f"{r:.0%}" for r in rates))
                if clean(src.match_source).strip():  # printed even at 0 %: nothing typed is dropped
                    match += f"\nfrom {clean(src.match_source)}"
                catalog = info.label if info else ""
                rows.append([
                    Paragraph(f"<b>{esc(budget.source_label(src, self.source_labels))}</b>"
                              + (f'<br/><font color="#5D6872">{esc(catalog)}</font>'
                                 if catalog and catalog != src.name.strip() else ""), s.cell),
                    self.choice(src.status, NOT_RECORDED),
                    para({True: "Yes", False: "No", None: "Not known"}[limited]
                         + (f", ends {long_date(src.end_date)}" if src.end_date else ""), s.cell),
                    match,
                ])
            self.add(data_table(["Source", "Status", "Time-limited", "Match"], rows, [0.42, 0.13, 0.2, 0.25]))
        else:
            self.add(*self.text_block("", "No funding sources are listed yet."))
        self.h2("Sustainability plan")
        self.add(*self.text_block(f.sustainability_plan, "No sustainability plan is written yet."))

    def _budget_layout(self) -> tuple[int, float, float]:
        """(years per table, label column share, amount font size): the most years
        per table at the largest size where the widest amount (the grand total)
        still fits on one line in its column."""
        mo = self.money
        top = budget.money(max(mo.total_cost_known, mo.total_secured + mo.total_pending))
        for k in (5, 4, 3, 2):
            first = 0.25 if k >= 4 else 0.34
            col = (1 - first) * st.FRAME_W / (k + 1)
            for size in (NUM_SIZE, 7.3, 6.9):
                if stringWidth(top, BOLD, size) + 9 <= col:
                    return k, first, size
        return 1, 0.4, NUM_SIZE

    def _budget_table(self, idx: list[int], last: bool, first: float, size: float) -> Table:
        f, mo = self.plan.funding, self.money
        years = [mo.years[i] for i in idx]
        header = ["", *[y.label for y in years]] + (["Total"] if last else [])
        rows: list[list[Cell]] = []
        bands: list[int] = []
        bold: list[int] = []
        num = _with(self.s.cell_right, fontSize=size)
        num_b = _with(num, fontName=BOLD)
        red = st.hexcolor(st.ALERT)
        muted = st.hexcolor(st.MUTED)

        def total_of(vals: list[float | None]) -> float | None:
            return None if any(v is None for v in vals) else sum(v or 0.0 for v in vals)

        def amounts(vals: list[float | None], total: float | None, *, strong: bool = False,
                    gap: bool = False) -> list[Cell]:
            out: list[Cell] = []
            for v in [*vals, *([total] if last else [])]:
                if v is None:
                    text = f'<font color="{muted}"><i>not known</i></font>'
                elif gap:
                    text = f'<font color="{red}">{budget.money(v)}</font>' if v >= MONEY_TOLERANCE else "—"
                else:
                    text = budget.money(v)
                out.append(Paragraph(text, num_b if strong else num))
            return out

        def label(text: str, strong: bool = False, note: str = "") -> Paragraph:
            extra = f' <font color="#5D6872">({esc(note)})</font>' if note else ""
            return Paragraph(esc(text) + extra, self.s.cell_bold if strong else self.s.cell)

        every = range(len(mo.years))
        bands.append(len(rows))
        rows.append([label("Costs", True), *[""] * (len(header) - 1)])
        for line in f.budget_lines:
            name = clean(line.description).strip() or value_label(line.category)
            if line.salaried and "FTE" not in name:
                name += f" ({line.fte:g} FTE)"
            vals = [budget.line_cost(line, y.index) for y in years]
            rows.append([label(name), *amounts(vals, total_of([budget.line_cost(line, i) for i in every]))])
        if f.indirect_rate:
            bold.append(len(rows))
            rows.append([label("Direct costs", True),
                         *amounts([y.direct for y in years], total_of([y.direct for y in mo.years]), strong=True)])
            rows.append([label(f"Indirect costs ({f.indirect_rate:.0%})"),
                         *amounts([y.indirect for y in years], total_of([y.indirect for y in mo.years]))])
        bold.append(len(rows))
        rows.append([label("Total cost", True), *amounts([y.total for y in years], mo.total_cost, strong=True)])
        for title, group in (("Secured funding", [s for s in f.sources if budget.secured(s)]),
                             ("Pending funding (applied for, planned or status not recorded)",
                              [s for s in f.sources if not budget.secured(s)])):
            if not group:
                continue
            bands.append(len(rows))
            rows.append([label(title, True), *[""] * (len(header) - 1)])
            for src in group:
                note = value_label(src.status) if src.status else "status not recorded"
                vals = [budget.source_amount(src, y.index) for y in years]
                rows.append([label(budget.source_label(src, self.source_labels),
                                   note=note.lower() if group is not None and not budget.secured(src) else ""),
                             *amounts(vals, total_of([budget.source_amount(src, i) for i in every]))])
        bold.append(len(rows))
        rows.append([label("Total secured", True), *amounts([y.secured for y in years], mo.total_secured,
                                                             strong=True)])
        rows.append([Paragraph(f'<font color="{red}"><b>Gap after secured funding</b></font>', self.s.cell),
                     *amounts([y.gap for y in years], mo.total_gap, strong=True, gap=True)])
        if mo.total_pending >= MONEY_TOLERANCE:
            rows.append([label("Total pending"), *amounts([y.pending for y in years], mo.total_pending)])
            rows.append([label("Gap if pending funding is awarded"),
                         *amounts([y.gap_with_pending for y in years], mo.total_gap_with_pending, gap=True)])
        if any(y.surplus >= MONEY_TOLERANCE for y in mo.years):
            rows.append([label("Secured beyond cost"), *amounts([y.surplus for y in years],
                                                                 sum(y.surplus for y in mo.years))])
        if any(y.match_required >= MONEY_TOLERANCE for y in mo.years):
            rows.append([label("Match required"), *amounts([y.match_required for y in years],
                                                           sum(y.match_required for y in mo.years))])
        ncols = len(header)
        widths = [first] + [(1 - first) / (ncols - 1)] * (ncols - 1)
        return data_table(header, rows, widths, right=tuple(range(1, ncols)), bold_rows=bold, band_rows=bands,
                          zebra=False, padding=4.5)

    def _legend(self, items: Sequence[tuple[object, str, str]]) -> Table:
        s = self.s
        cells = [[gx.swatch(c, kind), para(name, s.small)] for c, name, kind in items]  # type: ignore[arg-type]
        per_row = 2
        rows = []
        for i in range(0, len(cells), per_row):
            row: list[object] = []
            for pair in cells[i:i + per_row]:
                row += pair
            row += [""] * (2 * per_row - len(row))
            rows.append(row)
        half = st.FRAME_W / per_row
        t = Table(rows, colWidths=[16, half - 16] * per_row, hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                               ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
        return t

    # -- 11 decisions --------------------------------------------------------------------------------------------

    def decisions(self) -> None:
        p, s = self.plan, self.s
        self.h1("decisions", "Decision log")
        self.add(*prose(self.content.charter.key_decisions_note, s.body))
        rows: list[list[Cell]] = []
        colors_ = {DecisionStatus.open: st.ALERT, DecisionStatus.decided: st.GOOD, DecisionStatus.deferred: st.AMBER}
        for i, d in enumerate(p.decisions):
            q = esc(d.question or "Untitled decision")
            if d.key:
                q = f'<font color="{st.hexcolor(st.TEAL_DARK)}" size="6.8">KEY DECISION</font><br/>{q}'
            outcome = "\n\n".join(x for x in (clean(d.decision).strip(), clean(d.notes).strip()) if x)
            rows.append([
                str(i + 1), Paragraph(q, s.cell),
                Paragraph(f'<font color="{st.hexcolor(colors_[d.status])}"><b>{value_label(d.status)}</b></font>',
                          s.cell),
                self.value(outcome, "—"), self.value(d.owner, "—"),
                self.value(long_date(d.due), "—"),
            ])
        self.add(data_table(["#", "Decision", "Status", "Outcome and notes", "Owner", "Due"], rows,
                            [0.05, 0.27, 0.11, 0.28, 0.16, 0.13]))

    # -- 12 open items -----------------------------------------------------------------------------------------

    def open_items(self) -> None:
        s = self.s
        self.h1("open", "Open items")
        items = open_items(self.plan)
        if not items:
            self.add(Paragraph("Nothing is left open: every decision is settled and every question the charter "
                               "relies on is answered.", s.body))
            return
        self.add(self.intro(
            "What this revision leaves open. Each item is decided by the partners and recorded in the plan; "
            "until then the charter states no answer for it."))
        rows = [[str(i + 1), Paragraph(esc(it.question) + (" <i>(deferred)</i>" if it.deferred else ""), s.cell),
                 self.content.step(it.step).title, self.value(it.owner, "—"), self.value(long_date(it.due), "—")]
                for i, it in enumerate(items)]
        self.add(data_table(["#", "Open question", "Answered in", "Who decides", "By"], rows,
                            [0.05, 0.47, 0.18, 0.17, 0.13]))

    # -- 13 signatures ---------------------------------------------------------------------------------------------

    def signatures(self) -> None:
        p, s = self.plan, self.s
        self.h1("signatures", "Approval and signatures")
        self.add(*prose(self.content.charter.approval_statement, s.body))
        self.add(Paragraph(
            f"Signatures apply to revision {p.metadata.revision} with fingerprint "
            f"<b>{signing.short(self.fp)}</b>. Any change to the plan changes the fingerprint and voids them.",
            s.note), Spacer(1, 6))
        missing = signing.missing_required_roles(p)
        if missing:
            self.add(callout([para("Required signatories missing: " + ", ".join(signing.ROLE_LABELS[r] for r in missing)
                                   + ". Add them on the sign-off page.", s.body)], tint=st.ALERT_TINT, bar=st.ALERT))
        for stt in signing.statuses(p, self.fp):
            self.add(self._signature_block(stt))
        self.add(Paragraph(esc(self.content.charter.closing_quote), s.quote))

    def _signature_block(self, stt: signing.SignatoryStatus) -> Flowable:
        s = self.s
        sig = stt.signatory
        box_w, box_h = 178.0, 62.0
        left_w = st.FRAME_W - box_w - 18
        left: list[Flowable] = []
        role = signing.ROLE_LABELS[sig.role].upper() + ("  ·  REQUIRED" if stt.required else "")
        left.append(Paragraph(esc(role), _with(s.small, textColor=st.TEAL_DARK, fontSize=7)))
        mark: Flowable
        if sig.signature and sig.signature.method is SignatureMethod.drawn:
            mark = _signature_image(sig.signature.image_png, left_w - 12, 42) or para(
                "[the drawn signature image could not be read]", s.note)
        elif sig.signature and sig.signature.method is SignatureMethod.typed:
            mark = para(sig.signature.typed, _with(s.body, fontName="DejaVuSans-Oblique", fontSize=15, leading=20,
                                                   textColor=st.NAVY))
        else:
            mark = Spacer(1, 22)
        left.append(KeepInFrame(left_w, 40, [Spacer(1, 2), mark], mode="shrink", hAlign="LEFT"))
        line = Drawing(left_w - 12, 4)
        line.add(Line(0, 2, left_w - 12, 2, strokeColor=st.INK, strokeWidth=0.6))
        left.append(line)
        left.append(Paragraph(f"<b>{esc(sig.name) or '(name not entered)'}</b>", _with(s.body, spaceAfter=0, fontSize=10)))
        detail = ", ".join(x for x in (clean(sig.title).strip(), clean(sig.organization).strip()) if x)
        left.append(para(detail or " ", _with(s.cell, spaceAfter=2)))
        date = long_date(sig.signature.signed_at) if sig.signature else "_______________________"
        if stt.state is signing.SignatureState.valid:
            state = (f'<font color="{st.hexcolor(st.GOOD)}">signed against fingerprint '
                     f"{signing.short(sig.signature.fingerprint)}</font>")  # type: ignore[union-attr]
        elif stt.state is signing.SignatureState.void:
            state = (f'<font color="{st.hexcolor(st.ALERT)}"><b>signature void — must re-sign</b> '
                     f"(given to {signing.short(sig.signature.fingerprint)}; the plan is now "  # type: ignore[union-attr]
                     f"{signing.short(self.fp)})</font>")
        else:
            state = '<font color="#5D6872">not yet signed</font>'
        left.append(Paragraph(f"Date: {esc(date)}&nbsp;&nbsp;&nbsp;{state}", s.cell))
        box = DigitalSignatureBox(box_w, box_h, index=stt.index, role=sig.role.value, name=clean(sig.name),
                                  sink=self.sink)
        right = [box, Paragraph("Reserved for a digital signature", _with(s.small, fontSize=6.8, spaceBefore=2))]
        t = Table([[left, right]], colWidths=[left_w + 18, box_w], hAlign="LEFT")
        t.setStyle(TableStyle([
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (0, -1), 18),
            ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, st.RULE),
        ]))
        return KeepTogether([t])

    # -- appendix -------------------------------------------------------------------------------------------------

    def appendix(self) -> None:
        s = self.s
        self.h1("appendix", APPENDIX_TITLE, number="A")
        findings = self.status.findings
        if not findings:
            self.add(Paragraph("The readiness checks found nothing open: the plan is complete.", s.body))
            return
        counts = {sev: sum(1 for f in findings if f.severity is sev) for sev in checks.Severity}
        nb = counts[checks.Severity.blocker]
        self.add(self.intro(
            f"The readiness checks list what is still open in this revision: "
            f"{plural(nb, 'blocker')}, {plural(counts[checks.Severity.warning], 'warning')} and "
            f"{plural(counts[checks.Severity.suggestion], 'suggestion')}. "
            + ("Blockers keep the charter a draft until they are resolved." if nb else
               "None of them blocks a final charter.")))
        sev_color = {checks.Severity.blocker: st.ALERT, checks.Severity.warning: st.AMBER,
                     checks.Severity.suggestion: st.MUTED}
        rows: list[list[Cell]] = []
        bands: list[int] = []
        for step, items in checks.by_step(list(findings)).items():
            bands.append(len(rows))
            rows.append([Paragraph(f"<b>{esc(self.content.step(step).title)}</b>", s.cell), "", ""])
            for f in items:
                rows.append([
                    Paragraph(f'<font color="{st.hexcolor(sev_color[f.severity])}"><b>{f.severity.value.capitalize()}</b>'
                              "</font>", s.cell),
                    Paragraph(esc(f.message) + f'<br/><font size="6.8" color="#5D6872">{esc(field_label(f.field))}</font>',
                              s.cell),
                    f.fix,
                ])
        self.add(data_table(["Severity", "Finding", "How to resolve"], rows, [0.13, 0.47, 0.4], band_rows=bands,
                            zebra=False))


def _top_series(series: list[tuple[str, list[float]]], limit: int) -> list[tuple[str, list[float]]]:
    """At most ``limit`` series: the largest sources, the rest merged as "Other sources"
    (so every colour in the chart means one thing)."""
    if len(series) <= limit:
        return series
    ranked = sorted(range(len(series)), key=lambda i: -sum(series[i][1]))
    keep = sorted(ranked[: limit - 1])
    rest = [series[i] for i in ranked[limit - 1:]]
    other = [sum(vals[k] for _, vals in rest) for k in range(len(series[0][1]))]
    return [series[i] for i in keep] + [(f"Other sources ({len(rest)})", other)]


def _with(style: object, **kw: object) -> object:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}_x", parent=style, **kw)  # type: ignore[attr-defined, arg-type]


def _signature_image(b64: str, max_w: float, max_h: float) -> Flowable | None:
    """The drawn signature as an Image scaled into max_w × max_h, or None if unreadable."""
    from PIL import Image as PILImage

    try:
        raw = base64.b64decode(b64, validate=False)
        with PILImage.open(io.BytesIO(raw)) as im:
            w, h = im.size
            if w <= 0 or h <= 0 or w * h > MAX_SIGNATURE_PIXELS:
                return None
            im.load()
    except (binascii.Error, ValueError, OSError, PILImage.DecompressionBombError):
        return None
    scale = min(max_w / w, max_h / h, 1.0 if w > max_w / 3 else math.inf)
    scale = min(scale, max_w / w, max_h / h)
    img = Image(io.BytesIO(raw), width=w * scale, height=h * scale, mask="auto")
    img.hAlign = "LEFT"
    return img
