"""The blank workshop worksheet: every step's questions on paper, for breakout groups.

``render_worksheet(content) → PDF bytes``: a cover (who filled it in, how to tick,
the steps and their pages), then one part per wizard step with the step's title and
"what" text from the content, the questions the wizard asks — options to tick from
the content's catalogs and models, lines to write numbers and text on, a week grid to
colour in, a blank budget, the four key decisions with their status boxes — and the
step's discussion prompts. A trainer's content pack changes every option and prompt.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from pathlib import Path

from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.tableofcontents import TableOfContents

from wizard.charter import styles as st
from wizard.charter.flowables import (
    Anchor,
    CharterTable,
    Heading,
    KeepWithNextStory,
    PageCounter,
    callout,
)
from wizard.charter.sections import MEASURE_CATEGORY
from wizard.charter.text import esc
from wizard.content import Content, default_content
from wizard.handouts import forms as f
from wizard.handouts.document import HandoutDoc, HandoutInfo, creator
from wizard.labels import VALUE_LABELS
from wizard.plan import (
    KEY_DECISION_QUESTIONS,
    REQUIRED_ROLES,
    AgencyType,
    BudgetCategory,
    Cadence,
    DecisionStatus,
    FundingStatus,
    Geography,
    KeyDecision,
    MeasureCategory,
    MouStatus,
    RecordSystem,
    SignatoryRole,
    VehicleArrangement,
)
from wizard.signing import ROLE_LABELS
from wizard.staffing import DEFAULT_AVAILABLE_HOURS, WEEKS_PER_YEAR
from wizard.steps import Step

TITLE = "Co-response program design worksheet"
YES_NO = ("Yes", "No", "Not decided yet")
BUDGET_YEARS = 3


class StepHeading(Heading):
    """A step's title, drawn without its number (the kicker above says 'STEP 3 OF 12')."""

    def __init__(self, number: str, title: str, level: int, key: str, style: object):
        super().__init__("", title, level, key, style)
        self.number = number


class StepList(TableOfContents):
    """The cover's list of steps with the page each starts on (from the TOC entries)."""

    def __init__(self, content: Content, width: float):
        super().__init__()
        self.content, self.list_width = content, width

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        s = st.stylesheet()
        pages = {key: page for _, _, page, key in (self._lastEntries or [])}
        num = _with(s.cell_bold, textColor=st.TEAL, fontSize=9.5, leading=12)
        title = _with(s.cell, fontSize=9.5, leading=12)
        right = _with(title, alignment=2)
        cells = []
        for step in Step:
            key = f"step-{step.name}"
            cells.append([Paragraph(str(int(step) + 1), num),
                          Paragraph(f'<a href="#{key}">{esc(self.content.step(step).title)}</a>', title),
                          Paragraph(str(pages.get(key, "")), right)])
        half = -(-len(cells) // 2)  # two columns, read down
        rows = [[*cells[i], "", *(cells[i + half] if i + half < len(cells) else ["", "", ""])]
                for i in range(half)]
        col = (availWidth - 24) / 2
        t = Table(rows, colWidths=[20, col - 20 - 28, 28, 24, 20, col - 20 - 28, 28], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 3.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                               ("LINEBELOW", (0, 0), (2, -1), 0.3, st.RULE),
                               ("LINEBELOW", (4, 0), (6, -1), 0.3, st.RULE)]))
        self._table = t
        self.width, self.height = t.wrapOn(self.canv, availWidth, availHeight)
        return self.width, self.height


def _labels(enum_cls: type, skip: Sequence[str] = ()) -> list[str]:
    table = VALUE_LABELS[enum_cls]
    return [table[m.value] for m in enum_cls if m.value not in skip]  # type: ignore[attr-defined]


class WorksheetBuilder(KeepWithNextStory):
    """Builds the worksheet's flowables. One instance per render."""

    def __init__(self, content: Content, width: float):
        self.c = content
        self.w = width
        self.s = st.stylesheet()
        self.story: list[Flowable] = []
        self._pending: list[Flowable] = []
        self.total_steps = len(Step)

    def prepare(self, item: Flowable) -> Flowable:
        if isinstance(item, Table):  # every table here is short: keep it whole, with its heading
            return KeepTogether([item])
        return item

    # -- pieces -----------------------------------------------------------------------

    def part(self, step: Step) -> None:
        """Start a step on a new page: kicker, numbered title, what it is, the prompts."""
        g = self.c.step(step)
        n = int(step) + 1
        self.add(PageBreak())  # every step starts a page: a group can be handed just its step
        self.add(Paragraph(f"STEP {n} OF {self.total_steps}", _with(self.s.kicker, spaceAfter=2,
                                                                    keepWithNext=1)))
        self.add(StepHeading(str(n), g.title, 1, f"step-{step.name}", _with(self.s.h1, spaceBefore=0)))
        self.add(Paragraph(esc(g.what), self.s.lead))
        bullets = [Paragraph(esc(p), self.s.bullet, bulletText="•") for p in g.prompts]
        self.add(callout([Paragraph("<b>Discuss first</b>", _with(self.s.body, textColor=st.TEAL_DARK,
                                                                    spaceAfter=3)), *bullets]),
                 Spacer(1, 10))

    def h2(self, title: str) -> None:
        self.add(Paragraph(esc(title), self.s.h2))

    def choice(self, text: str, options: Sequence[str | tuple[str, str]], *, multi: bool, cols: int = 2,
               note: str | None = None) -> None:
        self.add(f.choice(text, options, self.w, multi=multi, cols=cols, note=note))

    def catalog(self, name: str, *, detail: str = "") -> list[str | tuple[str, str]]:
        out: list[str | tuple[str, str]] = []
        for o in getattr(self.c.catalogs, name):
            extra = str(getattr(o, detail, "") or "") if detail else ""
            out.append((o.label, extra) if extra else o.label)
        return out

    def yes_no(self, rows: Sequence[tuple[str, Sequence[str]]]) -> Table:
        return f.answer_rows([(q, f.inline_options(opts)) for q, opts in rows], self.w)

    def write(self, text: str, lines: int = 3, note: str = "") -> None:
        self.add(f.write_in(text, lines, note))

    def fields(self, items: Sequence[tuple[str, str]], cols: int = 2) -> None:
        self.add(f.fields(items, self.w, cols))

    # -- the whole --------------------------------------------------------------------

    def build(self, counter: Flowable) -> list[Flowable]:
        self.add(counter)
        self.cover()
        for step in Step:
            self.part(step)
            getattr(self, f"step_{step.name}")()
            self.add(f.NotesToEnd())
        self.flush()
        return self.story

    def cover(self) -> None:
        s = self.s
        self.add(Anchor("Cover", "cover"), NextPageTemplate("body"), Spacer(1, 16))
        self.add(Paragraph(f"FOR BREAKOUT GROUPS  ·  {len(Step)} STEPS", s.kicker))
        self.add(Paragraph(esc(TITLE), s.title))
        self.add(Paragraph("Every question the wizard asks, on paper. Work through the steps as a group, "
                           "then enter your answers in the wizard or hand the sheets to the facilitator.",
                           s.subtitle))
        self.add(f.fields([("Group or table", ""), ("Date", ""), ("Agency", ""), ("Partner", ""),
                           ("Facilitator", ""), ("Recorder", "")], self.w, label_share=0.34), Spacer(1, 12))
        legend = Table([[f.inline_options(["tick one"], mark=f.ONE), f.inline_options(["tick all that apply"],
                                                                                      mark=f.MANY),
                         Paragraph("Write numbers and words on the lines; colour in the week grid.", s.small)]],
                       colWidths=[self.w * 0.2, self.w * 0.28, self.w * 0.52], hAlign="LEFT")
        legend.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                                    ("BACKGROUND", (0, 0), (-1, -1), st.ZEBRA),
                                    ("LEFTPADDING", (0, 0), (-1, -1), 8),
                                    ("TOPPADDING", (0, 0), (-1, -1), 5), ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
        self.add(legend, Spacer(1, 14))
        self.add(Paragraph("The steps", s.h2), StepList(self.c, self.w))
        if self.c.source != "default":
            self.add(Spacer(1, 8), Paragraph(f"Content pack: {esc(self.c.source)}", s.note))

    # -- steps ---------------------------------------------------------------------------

    def step_agency(self) -> None:
        self.h2("The agency")
        self.fields([("Program name", ""), ("Agency name", ""), ("State", ""), ("Jurisdiction", ""),
                     ("Population served", "people"), ("Sworn officers", ""),
                     ("Square miles", "sq mi"), ("Annual calls for service", "calls"),
                     ("Behavioral-health calls a year (estimate)", "calls")])
        self.choice("Agency type", _labels(AgencyType), multi=False, cols=3)
        self.choice("Geography", _labels(Geography), multi=False, cols=4)
        self.h2("Patrol schedule")
        self.fields([("Shifts per day", "shifts"), ("Shift length", "hours"), ("First shift starts at", ":00"),
                     ("Patrol hours a day", "hours")])
        self.add(self.yes_no([("Do the shifts overlap (e.g. four 10-hour shifts)?", ("Yes", "No"))]))
        self.h2("Behavioral-health partners")
        self.add(f.blank_table(["Organization", "Type (see list)", "Role in the program", "Employs clinicians"],
                               [0.27, 0.19, 0.38, 0.16], self.w, rows=5,
                               note_column={3: f.inline_options(["Yes", "No"], mark=f.ONE)}))
        self.choice("Types of partner at the table", self.catalog("partner_types"), multi=True, cols=3)
        self.h2("Crisis resources already in place")
        self.fields([("CIT-trained officers", "officers")], cols=2)
        self.add(self.yes_no([
            ("A regional mobile crisis team serves the area", ("Yes", "No")),
            ("988 is linked to local crisis response", ("Yes", "No")),
            ("A crisis stabilization or receiving center is available", ("Yes", "No")),
        ]))
        self.fields([("Mobile crisis provider", ""), ("Receiving center", "")])
        self.write("Other resources", 2)

    def step_model(self) -> None:
        models = [(m.name, m.summary) for m in self.c.models]
        self.choice("Primary model", models, multi=False, cols=2)
        self.choice("Complementary models", [m.name for m in self.c.models], multi=True, cols=2,
                    note="tick all that apply; not the primary model")
        self.write("Why this model fits our community", 3)
        self.add(f.question("Response tiers", "only if the program is one tier of a larger 911/988 triage system"))
        self.add(f.blank_table(["Tier", "Responder", "When", "This program"], [0.24, 0.25, 0.37, 0.14],
                               self.w, rows=3, note_column={3: f.inline_options([""], mark=f.MANY)}))

    def step_coverage(self) -> None:
        self.add(self.yes_no([("Will the program operate during all patrol shifts?", YES_NO)]))
        self.h2("Weekly clinician hours")
        self.add(KeepTogether([
            Paragraph("Colour in each hour a clinician is on duty; write 2 or 3 in an hour with more than one "
                      "clinician. Total each day on the right.", self.s.note),
            f.week_grid(self.w), Spacer(1, 4),
            f.fields([("Hours with a clinician on duty a week", "hours"), ("Clinician hours a week", "hours")], self.w),
        ]))
        self.h2("On call and after hours")
        self.add(self.yes_no([("On-call cover is available outside program hours", ("Yes", "No")),
                              ("On-call support is by phone only", ("Yes", "No"))]))
        self.fields([("Who is on call", ""), ("On-call hours", ""), ("On-call response time", "minutes")])
        self.h2("Dispatch")
        self.choice("Which call indicators send or request the team?", self.catalog("dispatch_indicators"),
                    multi=True, cols=2)
        self.write("Other indicators", 2, "one per line")
        self.write("Dispatch protocol: how a call reaches the team", 3)
        self.h2("Getting there safely")
        self.choice("Transport", _labels(VehicleArrangement), multi=False, cols=2)
        self.write("Equipment and vehicle notes", 2)
        self.write("Scene-safety protocol: who decides it is safe to engage", 3)
        self.fields([("Target response time", "minutes")])

    def step_staffing(self) -> None:
        self.h2("Clinician positions")
        self.add(f.blank_table(["Title", "FTE", "Employer", "Share for this agency", "Licenses (see list)"],
                               [0.25, 0.09, 0.24, 0.14, 0.28], self.w, rows=4))
        self.choice("Licenses held", self.catalog("licenses"), multi=True, cols=2)
        self.choice("Qualifications every clinician must have", self.catalog("qualifications"),
                    multi=True, cols=2)
        self.h2("How many clinicians the schedule needs")
        self.add(self._fte_calculator())
        self.fields([("Available hours per FTE a year", "hours"), ("Average time on scene per call", "minutes")])
        self.h2("The rest of the team")
        self.fields([("Peer specialists", "FTE"), ("Dedicated officers", "officers"),
                     ("Supportive patrol supervisors", "supervisors")])
        self.add(f.blank_table(["Other role (paramedic, case manager, …)", "FTE", "Employer", "Notes"],
                               [0.33, 0.09, 0.25, 0.33], self.w, rows=3))
        self.h2("Program coordinator")
        self.fields([("Who coordinates", ""), ("Employer", ""), ("Coordinator's time", "FTE")])
        self.add(self.yes_no([("Coordination is a collateral duty (on top of another job)", ("Yes", "No"))]))
        self.h2("Training")
        self.add(self.yes_no([("Dispatch is (or will be by launch) trained to identify behavioral-health calls",
                               ("Yes", "No"))]))
        self.fields([("Dispatchers to train", "people"), ("Training hours each", "hours"),
                     ("Dispatch protocol", ""), ("CIT course length", "hours"),
                     ("Officers to train in CIT", "officers")])
        self.write("Training plan: who is trained, in what, by when", 3)

    def _fte_calculator(self) -> Table:
        """Clinician hours a week × weeks ÷ available hours = FTE needed, on paper."""
        s = self.s
        op = f._style("ws_op", s.body, fontName="DejaVuSans-Bold", fontSize=11, textColor=st.TEAL_DARK,
                      alignment=1)
        small = f._style("ws_calc", s.small, alignment=1)
        cells = [f.Blank(), Paragraph("×", op), Paragraph(f"{WEEKS_PER_YEAR:.2f}", _with(op, textColor=st.INK)),
                 Paragraph("÷", op), f.Blank(), Paragraph("=", op), f.Blank()]
        under = [Paragraph("clinician hours a week", small), "", Paragraph("weeks a year", small), "",
                 Paragraph(f"available hours per FTE (often {DEFAULT_AVAILABLE_HOURS:,.0f})", small), "",
                 Paragraph("FTE needed", small)]
        w = self.w
        t = Table([cells, under], colWidths=[w * 0.2, w * 0.06, w * 0.14, w * 0.06, w * 0.24, w * 0.06, w * 0.2],
                  hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("BACKGROUND", (0, 0), (-1, -1), st.ZEBRA),
                               ("LEFTPADDING", (0, 0), (-1, -1), 6), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, 0), 10), ("BOTTOMPADDING", (0, -1), (-1, -1), 6)]))
        return t

    def step_governance(self) -> None:
        cadences = _labels(Cadence, skip=("none",))
        for title in ("Clinical supervision", "Joint case review"):
            self.h2(title)
            self.add(self.yes_no([(f"Is {title.lower()} held?", ("Yes", "No"))]))
            self.choice("How often", cadences, multi=False, cols=0)
            self.fields([("Who leads it", ""), ("Who takes part", "")])
        self.h2("Planning committee")
        self.add(f.blank_table(["Name", "Organization", "Represents (see list)", "Decision authority"],
                               [0.24, 0.27, 0.31, 0.18], self.w, rows=5,
                               note_column={3: f.inline_options(["Yes", "No"], mark=f.ONE)}))
        types = self.c.catalogs.committee_member_types
        for tier, title in (("core", "Core members"), ("optional", "Optional members"),
                            ("operational", "Operational members")):
            opts = [t.label for t in types if t.tier == tier]
            if opts:
                self.choice(f"Who is on the committee: {title.lower()}", opts, multi=True, cols=2)
        self.choice("The committee meets", cadences, multi=False, cols=0)
        self.add(KeepTogether([f.question("Escalation path, from the field up", "who resolves a disagreement, in order"),
                               f.fields([(f"{i}.", "") for i in range(1, 5)], self.w, cols=2, label_share=0.08)]))
        self.choice("Written policies already in place", self.catalog("managing_functions"), multi=True, cols=2)
        self.fields([("Review this plan by", "date")])

    def step_confidentiality(self) -> None:
        self.choice("Legal frameworks that apply", self.catalog("frameworks", detail="citation"), multi=True,
                    cols=2)
        self.fields([("State law (name or citation)", ""), ("Other framework", "")])
        self.h2("Memorandum of understanding")
        self.choice("MOU status", _labels(MouStatus), multi=False, cols=5)
        self.fields([("Parties", ""), ("Signed on", "date"), ("Renewal date", "date")])
        self.add(self.yes_no([("The MOU covers data sharing", ("Yes", "No"))]))
        self.h2("Sharing and consent")
        self.write("What the clinician may share with officers", 3)
        self.write("Consent process", 3)
        self.h2("Who documents what, where")
        systems = ", ".join(_labels(RecordSystem))
        self.add(Paragraph(f"Systems: {esc(systems)}.", self.s.note))
        self.add(f.blank_table(["Party", "Records", "System", "Who can see it", "Retention"],
                               [0.17, 0.27, 0.17, 0.24, 0.15], self.w, rows=4))
        self.write("Access controls", 2)
        self.write("Record retention", 2)
        self.add(self.yes_no([("We confirm the charter will hold no client names or health information",
                               ("Agreed",))]))

    def step_data(self) -> None:
        self.h2("Measures")
        self.add(Paragraph("Tick each measure you will track and write its target.", self.s.note))
        for cat in MeasureCategory:
            title, question = MEASURE_CATEGORY[cat]
            opts = [m.label for m in self.c.catalogs.measures if m.category is cat]
            if opts:
                self.add(self._measure_table(f"{title}: {question.lower()}", opts))
        self.add(KeepTogether([f.question("Our own measures"), f.blank_table(
            ["Measure", "Kind", "Target"], [0.43, 0.35, 0.22], self.w, rows=3,
            note_column={1: f.inline_options(_labels(MeasureCategory), mark=f.ONE, size=8)})]))
        self.choice("Data sources", self.catalog("data_sources"), multi=True, cols=2)
        self.write("Where the data is stored", 2)
        self.fields([("Data owner", ""), ("Who produces the reports", ""), ("Evaluation partner", ""),
                     ("Baseline period", "months")])
        self.choice("Reports are produced", _labels(Cadence, skip=("none",)), multi=False, cols=0)
        self.add(f.fields([("Reports go to", "")], self.w, cols=1, label_share=0.22))
        self.write("Baseline: what we compare against", 2)

    def _measure_table(self, title: str, options: Sequence[str]) -> Flowable:
        style = f.option_style(f.MANY)
        rows = [[Paragraph(esc(o), style, bulletText=f.MANY), f.Blank(height=15)] for o in options]
        t = Table(rows, colWidths=[self.w * 0.68, self.w * 0.32], hAlign="LEFT")
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 2), ("RIGHTPADDING", (0, 0), (-1, -1), 6),
                               ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
        head = Table([[Paragraph(esc(title), self.s.cell_bold), Paragraph("Target", self.s.label)]],
                     colWidths=[self.w * 0.68, self.w * 0.32], hAlign="LEFT")
        head.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.6, st.NAVY),
                                  ("LEFTPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return KeepTogether([Spacer(1, 6), head, t])

    def step_funding(self) -> None:
        self.fields([("First budget year", "FY"), ("Years budgeted", "years"), ("Indirect cost rate", "%")])
        self.h2("Costs")
        years = ["FY ______"] * BUDGET_YEARS
        cats = _labels(BudgetCategory)
        self.add(f.blank_table(["Cost", *years, "Total"], [0.34] + [0.165] * BUDGET_YEARS + [0.165], self.w,
                               first_column=[*cats, "Indirect costs", "Total cost"], bold=[len(cats) + 1],
                               row_height=21))
        self.h2("Funding sources")
        tl = {o.id for o in self.c.catalogs.funding_sources if o.time_limited}
        opts = [(o.label, "time-limited") if o.id in tl else o.label for o in self.c.catalogs.funding_sources]
        self.choice("Sources we will use or seek", opts, multi=True, cols=2)
        self.add(Spacer(1, 6), self._funding_table(years))
        self.write("Sustainability: what happens when each time-limited source ends", 4)

    def _funding_table(self, years: Sequence[str]) -> Flowable:
        """Sources with their status, match and yearly amounts; total funding and the gap below."""
        sty = self.s
        head = [Paragraph(esc(h), sty.cell_head) for h in ["Source", "Status", "Match", *years]]
        status = f.inline_options(_labels(FundingStatus), mark=f.ONE, stacked=True, size=7.8)
        n = 5
        body: list[list[object]] = [["", status, Paragraph("%", _with(sty.small, alignment=2)),
                                     *[""] * len(years)] for _ in range(n)]
        body.append([Paragraph("Total funding", sty.cell_bold), "", "", *[""] * len(years)])
        body.append([Paragraph("Funding gap (total cost − total funding)", sty.cell_bold), "", "",
                     *[""] * len(years)])
        widths = [0.3, 0.17, 0.11] + [0.42 / len(years)] * len(years)
        t = CharterTable([head, *body], colWidths=[self.w * x for x in widths],
                         rowHeights=[None] + [34] * n + [22, 22], repeatRows=1, hAlign="LEFT")
        t.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (-1, 0), st.NAVY),
            ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
            ("VALIGN", (2, 1), (2, n), "BOTTOM"),
            ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
            ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("INNERGRID", (0, 1), (-1, -1), 0.25, st.RULE),
            ("BOX", (0, 1), (-1, -1), 0.25, st.RULE),
            ("SPAN", (0, n + 1), (2, n + 1)), ("SPAN", (0, n + 2), (2, n + 2)),
            ("LINEABOVE", (0, n + 1), (-1, n + 1), 0.6, st.MUTED),
            ("BACKGROUND", (3, n + 1), (-1, n + 2), st.ZEBRA),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, st.NAVY),
        ]))
        return t

    def step_decisions(self) -> None:
        statuses = _labels(DecisionStatus)
        for i, key in enumerate(KeyDecision):
            self.add(self._decision(f"KEY DECISION {i + 1}", KEY_DECISION_QUESTIONS[key], statuses))
        self.add(self._decision("ANOTHER DECISION", "", statuses))

    def _decision(self, kicker: str, question: str, statuses: Sequence[str]) -> Flowable:
        s = self.s
        q: Flowable = (Paragraph(esc(question), _with(s.body, fontName="DejaVuSans-Bold", spaceAfter=2))
                       if question else f.fields([("Question", "")], self.w - 20, cols=1))
        inner = [Paragraph(kicker, _with(s.small, textColor=st.TEAL_DARK, fontSize=7)), q,
                 f.inline_options(statuses), Spacer(1, 6), Paragraph("Decision", s.label), f.WriteLines(3),
                 f.fields([("Owner", ""), ("Due", "date")], self.w - 20)]
        t = Table([[inner]], colWidths=[self.w], hAlign="LEFT")
        t.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.6, st.RULE), ("LINEBEFORE", (0, 0), (0, -1), 3, st.TEAL),
                               ("LEFTPADDING", (0, 0), (-1, -1), 10), ("RIGHTPADDING", (0, 0), (-1, -1), 10),
                               ("TOPPADDING", (0, 0), (-1, -1), 7), ("BOTTOMPADDING", (0, 0), (-1, -1), 8)]))
        return KeepTogether([t, Spacer(1, 10)])

    def step_review(self) -> None:
        self.add(f.question("What is still open, and who will fix it"))
        self.add(f.blank_table(["Issue", "Step", "Who", "By when"], [0.5, 0.16, 0.2, 0.14], self.w, rows=6))

    def step_signoff(self) -> None:
        roles = [ROLE_LABELS[r] + (" (required)" if r in REQUIRED_ROLES else "") for r in SignatoryRole]
        self.add(f.blank_table(["Signs as", "Name", "Title and organization", "Signature"],
                               [0.26, 0.22, 0.28, 0.24], self.w, first_column=roles, row_height=30))
        self.choice("How each person signs", ["Draws a signature", "Types /s/ and their name"], multi=True,
                    cols=2)

    def step_export(self) -> None:
        self.choice("This charter is", ["A DRAFT for discussion", "The FINAL signed charter"], multi=False,
                    cols=2)
        self.fields([("Copies go to", ""), ("Signed original kept by", ""), ("Next review", "date")])


def _with(style: object, **kw: object) -> object:
    from reportlab.lib.styles import ParagraphStyle

    return ParagraphStyle(f"{style.name}_ws", parent=style, **kw)  # type: ignore[attr-defined, arg-type]


def render_worksheet(content: Content | None = None) -> bytes:
    """The blank worksheet PDF for ``content`` (the default content, or a trainer's pack)."""
    content = content or default_content()
    info = HandoutInfo(
        kind="WORKSHOP WORKSHEET",
        tagline="Every step's questions on paper, for breakout groups designing a co-response program",
        running_title=TITLE,
        footer_note=f"{TITLE}  ·  " + ("default content" if content.source == "default"
                                        else f"content pack: {Path(content.source).name}"),
        title=TITLE,
        subject="Blank worksheet with every question of the co-response program design wizard",
        keywords="co-response, workshop, worksheet, behavioral health, crisis response",
        author=creator(),
    )
    buf = io.BytesIO()
    doc = HandoutDoc(buf, info)
    story = WorksheetBuilder(content, doc.frame_w).build(PageCounter(doc))
    doc.multiBuild(story, maxPasses=8)
    return buf.getvalue()
