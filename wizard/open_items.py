"""What the plan leaves open, listed once, with who decides it and by when if known.

The charter prints this list instead of printing a default where an answer is
missing: each item names the question in words (never a field path), the step of
the wizard where it is answered, and — for decisions in the decision log — the owner
and the due date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from wizard import agreement, budget
from wizard.content import Content, default_content
from wizard.enums import KEY_DECISION_QUESTIONS
from wizard.i18n import t
from wizard.phrases import budget_years, plural
from wizard.plan import Decision, DecisionStatus, ProgramPlan
from wizard.steps import Step, step_for_path


@dataclass(frozen=True)
class OpenItem:
    question: str
    step: Step
    owner: str = ""
    due: dt.date | None = None
    deferred: bool = False


def decision_question(d: Decision) -> str:
    """A decision's question as a document prints it: a key decision still worded as the
    program first wrote it is said in the current language (the plan keeps the English
    wording, so a plan reads the same in any language); anything the partners typed is
    printed as typed."""
    q = d.question.strip()
    if d.key is not None and q == KEY_DECISION_QUESTIONS.get(d.key):
        return t(q)
    return q


def _unknown(plan: ProgramPlan) -> list[tuple[str, str]]:
    """(path, question) for the answers the charter relies on that are still open."""
    a, st, g, c = plan.agency, plan.staffing, plan.governance, plan.confidentiality
    out: list[tuple[str, str]] = []

    def need(cond: bool, path: str, question: str) -> None:
        if cond:
            out.append((path, question))

    need(plan.metadata.stage is None, "metadata.stage",
         t("What stage is the program at (planning, pilot, operating …)?"))
    need(not plan.program_model.operated_by, "program_model.operated_by", t("Who runs the program day to day?"))
    need(a.patrol is None, "agency.patrol", t("How is patrol scheduled (shifts a day, their length and start)?"))
    need(a.existing.regional_mobile_crisis_team is None, "agency.existing.regional_mobile_crisis_team",
         t("Does a regional mobile crisis team serve the area?"))
    need(a.existing.linked_988 is None, "agency.existing.linked_988", t("Is 988 linked to local crisis response?"))
    need(plan.coverage.all_patrol_shifts is None, "coverage.all_patrol_shifts",
         t("Will the program operate during all patrol shifts?"))
    need(plan.coverage.on_call.available is None, "coverage.on_call.available",
         t("Is a clinician on call outside program hours?"))
    for i, cl in enumerate(st.clinicians):
        need(cl.fte is None, f"staffing.clinicians[{i}].fte",
             t("What is the FTE of the clinician position {position}?", position=cl.title.strip() or i + 1))
    need(st.dispatch.trained is None, "staffing.dispatch.trained",
         t("Is dispatch trained to identify behavioral-health indicators?"))
    need(st.supervisors_supportive is None, "staffing.supervisors_supportive",
         t("How many patrol supervisors support the model?"))
    for key, question in (("clinical_supervision", t("Is there clinical supervision, and how often?")),
                          ("joint_case_review", t("Is there joint case review, and how often?"))):
        m = getattr(g, key)
        need(m.held is None or (m.held and m.cadence is None), f"governance.{key}", question)
    need(bool(g.committee) and g.committee_cadence is None, "governance.committee_cadence",
         t("How often does the committee meet?"))
    need(c.mou.status is None, "confidentiality.mou.status",
         t("Is there a memorandum of understanding, and in what state?"))
    need(plan.data.reporting_cadence is None, "data.reporting_cadence", t("How often are reports produced?"))
    f = plan.funding

    def unknown_years(amounts) -> str:
        """The budget years whose amount is not known, in words ('FY2027 and FY2029')."""
        years = range(f.years) if not amounts else [n for n, x in enumerate(amounts[: f.years]) if x is None]
        return budget_years(list(years), f.start_year)

    for i, s in enumerate(f.sources):
        name = budget.source_label(s)
        need(s.status is None, f"funding.sources[{i}].status",
             t("Is {source} secured, applied for or planned?", source=name))
        need(any(x is None for x in s.amounts) or not s.amounts, f"funding.sources[{i}].amounts",
             t("How much will {source} provide in {years}?", source=name, years=unknown_years(s.amounts)))
    for i, line in enumerate(f.budget_lines):
        need(not line.salaried and any(x is None for x in line.amounts), f"funding.budget_lines[{i}].amounts",
             t("What does {line} cost in {years}?", line=line.description.strip() or t("budget line {n}", n=i + 1),
               years=unknown_years(line.amounts)))
    return out


def open_items(plan: ProgramPlan, content: Content | None = None) -> list[OpenItem]:
    """Open decisions of the decision log first (with owner and due date), then the
    unanswered questions, in wizard order (the agreement terms' questions after
    governance's, as the steps go)."""
    items: list[OpenItem] = []
    for d in plan.decisions:
        if d.status is DecisionStatus.decided:
            continue
        items.append(OpenItem(decision_question(d) or t("A decision without a question"), Step.decisions,
                              d.owner.strip(), d.due, d.status is DecisionStatus.deferred))
    unknown = _unknown(plan)
    at = next((i for i, (path, _q) in enumerate(unknown) if step_for_path(path) > Step.agreement), len(unknown))
    unknown[at:at] = agreement.open_questions(plan, content or default_content())
    for path, question in unknown:
        items.append(OpenItem(question, step_for_path(path)))
    return items


def summary_line(items: list[OpenItem]) -> str:
    return (t("Nothing is left open.") if not items
            else t("{items} left open (see Open items).", items=plural(len(items), 'item')))
