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
from wizard.i18n import N_, is_english, t
from wizard.labels import VALUE_LABELS
from wizard.phrases import number
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

TITLE = N_("Co-response program design worksheet")
YES_NO = (N_("Yes"), N_("No"), N_("Not decided yet"))
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
        self.add(t="choice", q=q, note=note if note is not None else (t("tick all that apply") if multi else t("tick one")),
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
        self.h2(t("The agency"))
        self.fields([(t("Program name"), ""), (t("Agency name"), ""), (t("State"), ""), (t("Jurisdiction"), ""),
                     (t("Population served"), t("people")), (t("Sworn officers"), ""),
                     (t("Square miles"), t("sq mi")), (t("Annual calls for service"), t("calls")),
                     (t("Behavioral-health calls a year (estimate)"), t("calls"))])
        self.choice(t("Agency type"), _labels(AgencyType), multi=False, cols=3)
        self.choice(t("Geography"), _labels(Geography), multi=False, cols=4)
        self.h2(t("Patrol schedule"))
        self.fields([(t("Shifts per day"), t("shifts")), (t("Shift length"), t("hours")),
                     (t("First shift starts at"), ":00"), (t("Patrol hours a day"), t("hours"))])
        self.yes_no([(t("Do the shifts overlap (e.g. four 10-hour shifts)?"), (t("Yes"), t("No")))])
        self.h2(t("Behavioral-health partners"))
        self.table([t("Organization"), t("Type (see list)"), t("Role in the program"), t("Employs clinicians")],
                   [0.27, 0.19, 0.36, 0.18], rows=5, options={3: [t("Yes"), t("No")]})
        self.choice(t("Types of partner at the table"), self.catalog("partner_types"), multi=True, cols=3)
        self.h2(t("Crisis resources already in place"))
        self.fields([(t("CIT-trained officers"), t("officers"))], cols=2)
        self.yes_no([
            (t("A regional mobile crisis team serves the area"), (t("Yes"), t("No"))),
            (t("988 is linked to local crisis response"), (t("Yes"), t("No"))),
            (t("A crisis stabilization or receiving center is available"), (t("Yes"), t("No"))),
        ])
        self.fields([(t("Mobile crisis provider"), ""), (t("Receiving center"), "")])
        self.write(t("Other resources"), 2)

    def step_model(self) -> None:
        self.choice(t("Primary model"), [(m.name, m.summary) for m in self.c.models], multi=False, cols=2)
        self.choice(t("Complementary models"), [m.name for m in self.c.models], multi=True, cols=2,
                    note=t("tick all that apply; not the primary model"))
        self.write(t("Why this model fits our community"), 3)
        self.table([t("Tier"), t("Responder"), t("When"), t("This program")], [0.24, 0.25, 0.35, 0.16], rows=3,
                   options={3: [""]}, multi=True,
                   question=t("Response tiers"),
                   question_note=t("only if the program is one tier of a larger 911/988 triage system"))

    def step_coverage(self) -> None:
        self.yes_no([(t("Will the program operate during all patrol shifts?"), tuple(t(x) for x in YES_NO))])
        self.h2(t("Weekly clinician hours"))
        self.add(t="week", days=[t(d) for d in DAY_ABBR.values()],
                 note=t("Colour in each hour a clinician is on duty; write 2 or 3 in an hour with more than one "
                        "clinician. Total each day on the right."),
                 fields=[{"label": t("Hours with a clinician on duty a week"), "unit": t("hours")},
                         {"label": t("Clinician hours a week"), "unit": t("hours")}])
        self.h2(t("On call and after hours"))
        self.yes_no([(t("On-call cover is available outside program hours"), (t("Yes"), t("No"))),
                     (t("On-call support is by phone only"), (t("Yes"), t("No")))])
        self.fields([(t("Who is on call"), ""), (t("On-call hours"), ""), (t("On-call response time"), t("minutes"))])
        self.h2(t("Dispatch"))
        self.choice(t("Which call indicators send or request the team?"), self.catalog("dispatch_indicators"),
                    multi=True, cols=2)
        self.write(t("Other indicators"), 2, t("one per line"))
        self.write(t("Dispatch protocol: how a call reaches the team"), 3)
        self.h2(t("Getting there safely"))
        self.choice(t("Transport"), _labels(VehicleArrangement), multi=False, cols=2)
        self.write(t("Equipment and vehicle notes"), 2)
        self.write(t("Scene-safety protocol: who decides it is safe to engage"), 3)
        self.fields([(t("Target response time"), t("minutes"))])

    def step_staffing(self) -> None:
        self.h2(t("Clinician positions"))
        self.table([t("Title"), "FTE", t("Employer"), t("Share for this agency"), t("Licenses (see list)")],
                   [0.25, 0.09, 0.24, 0.14, 0.28], rows=4)
        self.choice(t("Licenses held"), self.catalog("licenses"), multi=True, cols=2)
        self.choice(t("Qualifications every clinician must have"), self.catalog("qualifications"), multi=True,
                    cols=2)
        self.h2(t("How many clinicians the schedule needs"))
        self.add(t="fte", weeks=number(round(WEEKS_PER_YEAR, 2)) if not is_english() else f"{WEEKS_PER_YEAR:.2f}",
                 captions=[t("clinician hours a week"), t("weeks a year"),
                           t("available hours per FTE (often {hours})", hours=number(DEFAULT_AVAILABLE_HOURS, 0)),
                           t("FTE needed")])
        self.fields([(t("Available hours per FTE a year"), t("hours")),
                     (t("Average time on scene per call"), t("minutes"))])
        self.h2(t("The rest of the team"))
        self.fields([(t("Peer specialists"), "FTE"), (t("Dedicated officers"), t("officers")),
                     (t("Supportive patrol supervisors"), t("supervisors"))])
        self.table([t("Other role (paramedic, case manager, …)"), "FTE", t("Employer"), t("Notes")],
                   [0.33, 0.09, 0.25, 0.33], rows=3)
        self.h2(t("Program coordinator"))
        self.fields([(t("Who coordinates"), ""), (t("Employer"), ""), (t("Coordinator's time"), "FTE")])
        self.yes_no([(t("Coordination is a collateral duty (on top of another job)"), (t("Yes"), t("No")))])
        self.h2(t("Training"))
        self.yes_no([(t("Dispatch is (or will be by launch) trained to identify behavioral-health calls"),
                      (t("Yes"), t("No")))])
        self.fields([(t("Dispatchers to train"), t("people")), (t("Training hours each"), t("hours")),
                     (t("Dispatch protocol"), ""), (t("CIT course length"), t("hours")),
                     (t("Officers to train in CIT"), t("officers"))])
        self.write(t("Training plan: who is trained, in what, by when"), 3)

    def step_governance(self) -> None:
        cadences = _labels(Cadence, skip=("none",))
        for title, held in ((t("Clinical supervision"), t("Is clinical supervision held?")),
                            (t("Joint case review"), t("Is joint case review held?"))):
            self.h2(title)
            self.yes_no([(held, (t("Yes"), t("No")))])
            self.choice(t("How often"), cadences, multi=False, cols=0)
            self.fields([(t("Who leads it"), ""), (t("Who takes part"), "")])
        self.h2(t("Planning committee"))
        self.table([t("Name"), t("Organization"), t("Represents (see list)"), t("Decision authority")],
                   [0.24, 0.27, 0.31, 0.18], rows=5, options={3: [t("Yes"), t("No")]})
        types = self.c.catalogs.committee_member_types
        for tier, title in (("core", t("Who is on the committee: core members")),
                            ("optional", t("Who is on the committee: optional members")),
                            ("operational", t("Who is on the committee: operational members"))):
            opts = [o.label for o in types if o.tier == tier]
            if opts:
                self.choice(title, opts, multi=True, cols=2)
        self.choice(t("The committee meets"), cadences, multi=False, cols=0)
        self.add(t="escalation", q=t("Escalation path, from the field up"),
                 note=t("who resolves a disagreement, in order"), steps=4)
        self.choice(t("Written policies already in place"), self.catalog("managing_functions"), multi=True, cols=2)
        self.fields([(t("Review this plan by"), t("date"))])

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
        self.choice(t("Legal frameworks that apply"), self.catalog("frameworks", detail="citation"), multi=True,
                    cols=2)
        self.fields([(t("State law (name or citation)"), ""), (t("Other framework"), "")])
        self.h2(t("Memorandum of understanding"))
        self.choice(t("MOU status"), _labels(MouStatus), multi=False, cols=0)
        self.fields([(t("Parties"), ""), (t("Signed on"), t("date")), (t("Renewal date"), t("date"))])
        self.yes_no([(t("The MOU covers data sharing"), (t("Yes"), t("No")))])
        self.h2(t("Sharing and consent"))
        self.write(t("What the clinician may share with officers"), 3)
        self.write(t("Consent process"), 3)
        self.h2(t("Who documents what, where"))
        self.note(t("Systems: {systems}.", systems=", ".join(_labels(RecordSystem))))
        self.table([t("Party"), t("Records"), t("System"), t("Who can see it"), t("Retention")],
                   [0.17, 0.27, 0.17, 0.24, 0.15], rows=4)
        self.write(t("Access controls"), 2)
        self.write(t("Record retention"), 2)
        self.yes_no([(t("We confirm the charter will hold no client names or health information"), (t("Agreed"),))])

    def step_data(self) -> None:
        # the charter's headings for the measure kinds (facts.py loads the domain modules on use)
        from wizard.charter.facts import MEASURE_CATEGORY

        self.h2(t("Measures"))
        self.note(t("Tick each measure you will track and write its target."))
        for cat in MeasureCategory:
            title, question = MEASURE_CATEGORY[cat]
            opts = [clean(m.label) for m in self.c.catalogs.measures if m.category is cat]
            if opts:
                self.add(t="measures", title=f"{t(title)}: {t(question).lower()}", options=opts)
        self.table([t("Measure"), t("Kind"), t("Target")], [0.43, 0.35, 0.22], rows=3,
                   options={1: _labels(MeasureCategory)}, question=t("Our own measures"))
        self.choice(t("Data sources"), self.catalog("data_sources"), multi=True, cols=2)
        self.write(t("Where the data is stored"), 2)
        self.fields([(t("Data owner"), ""), (t("Who produces the reports"), ""), (t("Evaluation partner"), ""),
                     (t("Baseline period"), t("months"))])
        self.choice(t("Reports are produced"), _labels(Cadence, skip=("none",)), multi=False, cols=0)
        self.fields([(t("Reports go to"), "")], cols=1, label_share=0.22)
        self.write(t("Baseline: what we compare against"), 2)

    def step_funding(self) -> None:
        self.fields([(t("First budget year"), t("FY")), (t("Years budgeted"), t("years")),
                     (t("Indirect cost rate"), "%")])
        self.h2(t("Costs"))
        years = [t("FY ______")] * BUDGET_YEARS
        cats = _labels(BudgetCategory)
        self.table([t("Cost"), *years, t("Total")], [0.34] + [0.165] * BUDGET_YEARS + [0.165],
                   first=[*cats, t("Indirect costs"), t("Total cost")], bold=[len(cats) + 1], row_height=21)
        self.h2(t("Funding sources"))
        tl = {o.id for o in self.c.catalogs.funding_sources if o.time_limited}
        opts = [(o.label, t("time-limited")) if o.id in tl else o.label for o in self.c.catalogs.funding_sources]
        self.choice(t("Sources we will use or seek"), opts, multi=True, cols=2)
        self.add(t="funding", years=years, statuses=_labels(FundingStatus), rows=5,
                 totals=[t("Total funding"), t("Funding gap (total cost − total funding)")])
        self.write(t("Sustainability: what happens when each time-limited source ends"), 4)

    def step_decisions(self) -> None:
        statuses = _labels(DecisionStatus)
        for i, key in enumerate(KeyDecision):
            self.add(t="decision", kicker=t("KEY DECISION {n}", n=i + 1), q=t(KEY_DECISION_QUESTIONS[key]),
                     statuses=statuses)
        self.add(t="decision", kicker=t("ANOTHER DECISION"), q="", statuses=statuses)

    def step_review(self) -> None:
        self.table([t("Issue"), t("Step"), t("Who"), t("By when")], [0.5, 0.16, 0.2, 0.14], rows=6,
                   question=t("What is still open, and who will fix it"))

    def step_signoff(self) -> None:
        roles = [ROLE_LABELS[r] + (t(" (required)") if r in REQUIRED_ROLES else "") for r in SignatoryRole]
        self.table([t("Signs as"), t("Name"), t("Title and organization"), t("Signature")], [0.26, 0.22, 0.28, 0.24],
                   first=roles, row_height=30)
        self.choice(t("How each person signs"), [t("Draws a signature"), t("Types /s/ and their name")], multi=True,
                    cols=2)

    def step_export(self) -> None:
        self.choice(t("This charter is"), [t("A DRAFT for discussion"), t("The FINAL signed charter")], multi=False,
                    cols=2)
        self.fields([(t("Copies go to"), ""), (t("Signed original kept by"), ""), (t("Next review"), t("date"))])


def _content_note(content: Content) -> str:
    return t("default content") if content.source == "default" else t("content pack: {name}",
                                                                        name=Path(content.source).name)


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
        "kind": t("WORKSHOP WORKSHEET"),
        "running_kind": t("Workshop worksheet"),
        "tagline": t("Every step's questions on paper, for breakout groups designing a co-response program"),
        "title": t(TITLE),
        "kicker": t("FOR BREAKOUT GROUPS  ·  {n} STEPS", n=len(Step)),
        "intro": t("Every question the wizard asks, on paper. Work through the steps as a group, then enter your "
                   "answers in the wizard or hand the sheets to the facilitator."),
        "who": [{"label": t(x), "unit": ""} for x in (N_("Group or table"), N_("Date"), N_("Agency"), N_("Partner"),
                                                       N_("Facilitator"), N_("Recorder"))],
        "legend": t("Write numbers and words on the lines; colour in the week grid."),
        "footer": f"{t(TITLE)}  ·  {_content_note(content)}",
        "pack": "" if content.source == "default" else clean(content.source),
        "parts": parts,
    }


def render_worksheet(content: Content | None = None) -> bytes:
    """The blank worksheet PDF for ``content`` (the default content, or a trainer's pack)."""
    content = content or default_content()
    meta = DocumentMeta(
        title=t(TITLE), author=f"coresponse {__version__}",
        description=t("Blank worksheet with every question of the co-response program design wizard"),
        keywords=tuple(t(k) for k in (N_("co-response"), N_("workshop"), N_("worksheet"), N_("behavioral health"),
                                       N_("crisis response"))))
    return typeset("worksheet", worksheet_facts(content), meta)
