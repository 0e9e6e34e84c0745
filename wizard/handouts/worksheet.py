"""The blank workshop worksheet: every step's questions on paper, for breakout groups.

``render_worksheet(content) → PDF bytes``: a cover (who filled it in, how to tick,
the steps and their pages), then one part per wizard step with the step's title and
"what" text from the content, the questions the wizard asks — options to tick from
the content's catalogs and models, lines to write numbers and text on, a week grid to
colour in, a blank budget, the four key decisions with their status boxes — and the
step's discussion prompts. A trainer's content pack changes every option and prompt.

:func:`worksheet_facts` decides what is asked (pure data, from the content);
``resources/templates/worksheet.typ`` decides how it looks.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from wizard import __version__
from wizard.charter.text import clean
from wizard.content import Content, default_content
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
from wizard.schedule import DAY_ABBR
from wizard.signing import ROLE_LABELS
from wizard.staffing import DEFAULT_AVAILABLE_HOURS, WEEKS_PER_YEAR
from wizard.steps import Step
from wizard.typeset import DocumentMeta, typeset

TITLE = "Co-response program design worksheet"
YES_NO = ("Yes", "No", "Not decided yet")
BUDGET_YEARS = 3

Block = dict[str, Any]


def _labels(enum_cls: type, skip: Sequence[str] = ()) -> list[str]:
    table = VALUE_LABELS[enum_cls]
    return [table[m.value] for m in enum_cls if m.value not in skip]  # type: ignore[attr-defined]


def _opt(label: str, detail: str = "") -> dict[str, str]:
    return {"label": clean(label), "detail": clean(detail)}


class WorksheetFacts:
    """Collects one step's blocks; one method per kind of question on paper."""

    def __init__(self, content: Content):
        self.c = content
        self.blocks: list[Block] = []

    def add(self, **block: Any) -> None:
        self.blocks.append(block)

    def h2(self, title: str) -> None:
        self.add(t="h2", text=title)

    def note(self, text: str) -> None:
        self.add(t="note", text=clean(text))

    def choice(self, q: str, options: Sequence[str | tuple[str, str]], *, multi: bool, cols: int = 2,
               note: str | None = None) -> None:
        """A question with its options. ``cols=0`` runs short options along one wrapping line."""
        opts = [_opt(o) if isinstance(o, str) else _opt(*o) for o in options]
        self.add(t="choice", q=q, note=note if note is not None else ("tick all that apply" if multi else "tick one"),
                 options=opts, multi=multi, cols=cols)

    def catalog(self, name: str, *, detail: str = "") -> list[str | tuple[str, str]]:
        out: list[str | tuple[str, str]] = []
        for o in getattr(self.c.catalogs, name):
            extra = str(getattr(o, detail, "") or "") if detail else ""
            out.append((o.label, extra) if extra else o.label)
        return out

    def yes_no(self, rows: Sequence[tuple[str, Sequence[str]]]) -> None:
        self.add(t="answers", rows=[{"q": q, "options": list(opts)} for q, opts in rows])

    def write(self, q: str, lines: int = 3, note: str = "") -> None:
        self.add(t="write", q=q, note=note, lines=lines)

    def fields(self, items: Sequence[tuple[str, str]], cols: int = 2, label_share: float = 0.5) -> None:
        self.add(t="fields", items=[{"label": a, "unit": u} for a, u in items], cols=cols, label_share=label_share)

    def table(self, header: Sequence[str], widths: Sequence[float], *, rows: int = 0, first: Sequence[str] = (),
              bold: Sequence[int] = (), row_height: float = 24, options: dict[int, Sequence[str]] | None = None,
              multi: bool = False, question: str = "", question_note: str = "") -> None:
        """A blank table to fill in by hand: header cells, ``first`` column labels, then ``rows`` empty rows;
        ``options`` puts tick options in a column of every row that is not a total (``bold``)."""
        self.add(t="table", header=list(header), widths=list(widths), rows=rows, first=[clean(x) for x in first],
                 bold=list(bold), row_height=row_height,
                 options={str(k): list(v) for k, v in (options or {}).items()}, multi=multi, q=question,
                 q_note=question_note)

    def take(self) -> list[Block]:
        out, self.blocks = self.blocks, []
        return out

    # -- the steps ----------------------------------------------------------------------

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
        self.yes_no([("Do the shifts overlap (e.g. four 10-hour shifts)?", ("Yes", "No"))])
        self.h2("Behavioral-health partners")
        self.table(["Organization", "Type (see list)", "Role in the program", "Employs clinicians"],
                   [0.27, 0.19, 0.36, 0.18], rows=5, options={3: ["Yes", "No"]})
        self.choice("Types of partner at the table", self.catalog("partner_types"), multi=True, cols=3)
        self.h2("Crisis resources already in place")
        self.fields([("CIT-trained officers", "officers")], cols=2)
        self.yes_no([
            ("A regional mobile crisis team serves the area", ("Yes", "No")),
            ("988 is linked to local crisis response", ("Yes", "No")),
            ("A crisis stabilization or receiving center is available", ("Yes", "No")),
        ])
        self.fields([("Mobile crisis provider", ""), ("Receiving center", "")])
        self.write("Other resources", 2)

    def step_model(self) -> None:
        self.choice("Primary model", [(m.name, m.summary) for m in self.c.models], multi=False, cols=2)
        self.choice("Complementary models", [m.name for m in self.c.models], multi=True, cols=2,
                    note="tick all that apply; not the primary model")
        self.write("Why this model fits our community", 3)
        self.table(["Tier", "Responder", "When", "This program"], [0.24, 0.25, 0.35, 0.16], rows=3,
                   options={3: [""]}, multi=True,
                   question="Response tiers",
                   question_note="only if the program is one tier of a larger 911/988 triage system")

    def step_coverage(self) -> None:
        self.yes_no([("Will the program operate during all patrol shifts?", YES_NO)])
        self.h2("Weekly clinician hours")
        self.add(t="week", days=list(DAY_ABBR.values()),
                 note="Colour in each hour a clinician is on duty; write 2 or 3 in an hour with more than one "
                      "clinician. Total each day on the right.",
                 fields=[{"label": "Hours with a clinician on duty a week", "unit": "hours"},
                         {"label": "Clinician hours a week", "unit": "hours"}])
        self.h2("On call and after hours")
        self.yes_no([("On-call cover is available outside program hours", ("Yes", "No")),
                     ("On-call support is by phone only", ("Yes", "No"))])
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
        self.table(["Title", "FTE", "Employer", "Share for this agency", "Licenses (see list)"],
                   [0.25, 0.09, 0.24, 0.14, 0.28], rows=4)
        self.choice("Licenses held", self.catalog("licenses"), multi=True, cols=2)
        self.choice("Qualifications every clinician must have", self.catalog("qualifications"), multi=True, cols=2)
        self.h2("How many clinicians the schedule needs")
        self.add(t="fte", weeks=f"{WEEKS_PER_YEAR:.2f}",
                 captions=["clinician hours a week", "weeks a year",
                           f"available hours per FTE (often {DEFAULT_AVAILABLE_HOURS:,.0f})", "FTE needed"])
        self.fields([("Available hours per FTE a year", "hours"), ("Average time on scene per call", "minutes")])
        self.h2("The rest of the team")
        self.fields([("Peer specialists", "FTE"), ("Dedicated officers", "officers"),
                     ("Supportive patrol supervisors", "supervisors")])
        self.table(["Other role (paramedic, case manager, …)", "FTE", "Employer", "Notes"],
                   [0.33, 0.09, 0.25, 0.33], rows=3)
        self.h2("Program coordinator")
        self.fields([("Who coordinates", ""), ("Employer", ""), ("Coordinator's time", "FTE")])
        self.yes_no([("Coordination is a collateral duty (on top of another job)", ("Yes", "No"))])
        self.h2("Training")
        self.yes_no([("Dispatch is (or will be by launch) trained to identify behavioral-health calls",
                      ("Yes", "No"))])
        self.fields([("Dispatchers to train", "people"), ("Training hours each", "hours"),
                     ("Dispatch protocol", ""), ("CIT course length", "hours"),
                     ("Officers to train in CIT", "officers")])
        self.write("Training plan: who is trained, in what, by when", 3)

    def step_governance(self) -> None:
        cadences = _labels(Cadence, skip=("none",))
        for title in ("Clinical supervision", "Joint case review"):
            self.h2(title)
            self.yes_no([(f"Is {title.lower()} held?", ("Yes", "No"))])
            self.choice("How often", cadences, multi=False, cols=0)
            self.fields([("Who leads it", ""), ("Who takes part", "")])
        self.h2("Planning committee")
        self.table(["Name", "Organization", "Represents (see list)", "Decision authority"],
                   [0.24, 0.27, 0.31, 0.18], rows=5, options={3: ["Yes", "No"]})
        types = self.c.catalogs.committee_member_types
        for tier, title in (("core", "Core members"), ("optional", "Optional members"),
                            ("operational", "Operational members")):
            opts = [t.label for t in types if t.tier == tier]
            if opts:
                self.choice(f"Who is on the committee: {title.lower()}", opts, multi=True, cols=2)
        self.choice("The committee meets", cadences, multi=False, cols=0)
        self.add(t="escalation", q="Escalation path, from the field up",
                 note="who resolves a disagreement, in order", steps=4)
        self.choice("Written policies already in place", self.catalog("managing_functions"), multi=True, cols=2)
        self.fields([("Review this plan by", "date")])

    def step_agreement(self) -> None:
        kind = self.c.clause("document_kind")
        if kind is not None:
            self.choice(kind.title, [o.label for o in kind.options], multi=False, cols=1)
        self.fields([("Interlocal-cooperation statute", ""), ("Effective date", "date"),
                     ("Term", "months"), ("Each renewal", "months"), ("Termination notice", "days"),
                     ("Days to cure a breach", "days"), ("Most either party pays a year", "$")])
        term = self.c.clause("term")
        if term is not None:
            self.choice("Renewal", [o.label for o in term.options], multi=False, cols=1)
        self.h2("What each party shall do")
        self.note("Areas: staff, supervision, dispatch, training, data, space, vehicles, radios, records, funding.")
        self.table(["Party", "Area", "Shall"], [0.3, 0.16, 0.54], rows=6)
        self.h2("Addresses for notices")
        self.table(["Party", "Attention", "Address"], [0.3, 0.22, 0.48], rows=3)
        self.h2("Clauses")
        self.table(["Clause", "Adopt", "Edit", "Omit", "Wording chosen"], [0.42, 0.09, 0.09, 0.09, 0.31],
                   first=[c.title for c in self.c.clauses if c.id != "document_kind"],
                   options={1: [""], 2: [""], 3: [""]}, row_height=20)

    def step_confidentiality(self) -> None:
        self.choice("Legal frameworks that apply", self.catalog("frameworks", detail="citation"), multi=True, cols=2)
        self.fields([("State law (name or citation)", ""), ("Other framework", "")])
        self.h2("Memorandum of understanding")
        self.choice("MOU status", _labels(MouStatus), multi=False, cols=0)
        self.fields([("Parties", ""), ("Signed on", "date"), ("Renewal date", "date")])
        self.yes_no([("The MOU covers data sharing", ("Yes", "No"))])
        self.h2("Sharing and consent")
        self.write("What the clinician may share with officers", 3)
        self.write("Consent process", 3)
        self.h2("Who documents what, where")
        self.note(f"Systems: {', '.join(_labels(RecordSystem))}.")
        self.table(["Party", "Records", "System", "Who can see it", "Retention"],
                   [0.17, 0.27, 0.17, 0.24, 0.15], rows=4)
        self.write("Access controls", 2)
        self.write("Record retention", 2)
        self.yes_no([("We confirm the charter will hold no client names or health information", ("Agreed",))])

    def step_data(self) -> None:
        # the charter's headings for the measure kinds (facts.py loads the domain modules on use)
        from wizard.charter.facts import MEASURE_CATEGORY

        self.h2("Measures")
        self.note("Tick each measure you will track and write its target.")
        for cat in MeasureCategory:
            title, question = MEASURE_CATEGORY[cat]
            opts = [clean(m.label) for m in self.c.catalogs.measures if m.category is cat]
            if opts:
                self.add(t="measures", title=f"{title}: {question.lower()}", options=opts)
        self.table(["Measure", "Kind", "Target"], [0.43, 0.35, 0.22], rows=3,
                   options={1: _labels(MeasureCategory)}, question="Our own measures")
        self.choice("Data sources", self.catalog("data_sources"), multi=True, cols=2)
        self.write("Where the data is stored", 2)
        self.fields([("Data owner", ""), ("Who produces the reports", ""), ("Evaluation partner", ""),
                     ("Baseline period", "months")])
        self.choice("Reports are produced", _labels(Cadence, skip=("none",)), multi=False, cols=0)
        self.fields([("Reports go to", "")], cols=1, label_share=0.22)
        self.write("Baseline: what we compare against", 2)

    def step_funding(self) -> None:
        self.fields([("First budget year", "FY"), ("Years budgeted", "years"), ("Indirect cost rate", "%")])
        self.h2("Costs")
        years = ["FY ______"] * BUDGET_YEARS
        cats = _labels(BudgetCategory)
        self.table(["Cost", *years, "Total"], [0.34] + [0.165] * BUDGET_YEARS + [0.165],
                   first=[*cats, "Indirect costs", "Total cost"], bold=[len(cats) + 1], row_height=21)
        self.h2("Funding sources")
        tl = {o.id for o in self.c.catalogs.funding_sources if o.time_limited}
        opts = [(o.label, "time-limited") if o.id in tl else o.label for o in self.c.catalogs.funding_sources]
        self.choice("Sources we will use or seek", opts, multi=True, cols=2)
        self.add(t="funding", years=years, statuses=_labels(FundingStatus), rows=5,
                 totals=["Total funding", "Funding gap (total cost − total funding)"])
        self.write("Sustainability: what happens when each time-limited source ends", 4)

    def step_decisions(self) -> None:
        statuses = _labels(DecisionStatus)
        for i, key in enumerate(KeyDecision):
            self.add(t="decision", kicker=f"KEY DECISION {i + 1}", q=KEY_DECISION_QUESTIONS[key], statuses=statuses)
        self.add(t="decision", kicker="ANOTHER DECISION", q="", statuses=statuses)

    def step_review(self) -> None:
        self.table(["Issue", "Step", "Who", "By when"], [0.5, 0.16, 0.2, 0.14], rows=6,
                   question="What is still open, and who will fix it")

    def step_signoff(self) -> None:
        roles = [ROLE_LABELS[r] + (" (required)" if r in REQUIRED_ROLES else "") for r in SignatoryRole]
        self.table(["Signs as", "Name", "Title and organization", "Signature"], [0.26, 0.22, 0.28, 0.24],
                   first=roles, row_height=30)
        self.choice("How each person signs", ["Draws a signature", "Types /s/ and their name"], multi=True, cols=2)

    def step_export(self) -> None:
        self.choice("This charter is", ["A DRAFT for discussion", "The FINAL signed charter"], multi=False, cols=2)
        self.fields([("Copies go to", ""), ("Signed original kept by", ""), ("Next review", "date")])


def _content_note(content: Content) -> str:
    return "default content" if content.source == "default" else f"content pack: {Path(content.source).name}"


def worksheet_facts(content: Content) -> dict[str, Any]:
    """Everything the worksheet prints, as data for ``worksheet.typ``."""
    b = WorksheetFacts(content)
    parts = []
    for step in Step:
        g = content.step(step)
        getattr(b, f"step_{step.name}")()
        parts.append({"key": f"step-{step.name}", "n": int(step) + 1, "title": clean(g.title),
                      "what": clean(g.what), "prompts": [clean(p) for p in g.prompts], "blocks": b.take()})
    return {
        "kind": "WORKSHOP WORKSHEET",
        "running_kind": "Workshop worksheet",
        "tagline": "Every step's questions on paper, for breakout groups designing a co-response program",
        "title": TITLE,
        "kicker": f"FOR BREAKOUT GROUPS  ·  {len(Step)} STEPS",
        "intro": "Every question the wizard asks, on paper. Work through the steps as a group, then enter your "
                 "answers in the wizard or hand the sheets to the facilitator.",
        "who": [{"label": x, "unit": ""} for x in ("Group or table", "Date", "Agency", "Partner", "Facilitator",
                                                    "Recorder")],
        "legend": "Write numbers and words on the lines; colour in the week grid.",
        "footer": f"{TITLE}  ·  {_content_note(content)}",
        "pack": "" if content.source == "default" else clean(content.source),
        "parts": parts,
    }


def render_worksheet(content: Content | None = None) -> bytes:
    """The blank worksheet PDF for ``content`` (the default content, or a trainer's pack)."""
    content = content or default_content()
    meta = DocumentMeta(
        title=TITLE, author=f"coresponse {__version__}",
        description="Blank worksheet with every question of the co-response program design wizard",
        keywords=("co-response", "workshop", "worksheet", "behavioral health", "crisis response"))
    return typeset("worksheet", worksheet_facts(content), meta)
