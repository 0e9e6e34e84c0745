"""The wizard's steps, in order. Page ids in the window are these values."""

from __future__ import annotations

import enum


class Step(enum.IntEnum):
    agency = 0
    model = 1
    coverage = 2
    staffing = 3
    governance = 4
    agreement = 5
    confidentiality = 6
    data = 7
    funding = 8
    decisions = 9
    review = 10
    signoff = 11
    export = 12

    @property
    def key(self) -> str:
        return self.name


# Which plan section (top-level attribute of ProgramPlan) each step edits.
STEP_SECTION: dict[Step, str] = {
    Step.agency: "agency",
    Step.model: "program_model",
    Step.coverage: "coverage",
    Step.staffing: "staffing",
    Step.governance: "governance",
    Step.agreement: "agreement",
    Step.confidentiality: "confidentiality",
    Step.data: "data",
    Step.funding: "funding",
    Step.decisions: "decisions",
    Step.signoff: "signoff",
}

SECTION_STEP: dict[str, Step] = {v: k for k, v in STEP_SECTION.items()}
SECTION_STEP["metadata"] = Step.agency


def step_for_path(path: str) -> Step:
    """The step whose page edits the field at a dotted ``path``."""
    head = path.split(".", 1)[0].split("[", 1)[0]
    return SECTION_STEP.get(head, Step.review)


def next_step(current: Step) -> Step | None:
    """Linear order; kept as a function so the window's nextId() has one source."""
    nxt = current + 1
    return Step(nxt) if nxt <= max(Step) else None
