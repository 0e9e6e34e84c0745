"""Each step's state for the step list: not started, in progress, complete, blockers."""

from __future__ import annotations

import enum

from wizard.checks import Finding, Severity
from wizard.plan import ProgramPlan
from wizard.signing import fully_signed
from wizard.steps import STEP_SECTION, Step


class StepState(enum.StrEnum):
    not_started = "not started"
    in_progress = "in progress"
    complete = "complete"
    blockers = "has blockers"


_BLANK = ProgramPlan()


def _touched(plan: ProgramPlan, step: Step) -> bool:
    section = STEP_SECTION.get(step)
    if section is None:
        return False
    if step is Step.agency and plan.metadata.program_name:
        return True
    if step is Step.signoff:
        return any(s.name or s.signature for s in plan.signoff.signatories)
    if step is Step.decisions:
        return any(d.status.value != "open" or d.decision or d.owner or d.key is None for d in plan.decisions)
    return getattr(plan, section) != getattr(_BLANK, section)


def step_states(plan: ProgramPlan, findings: list[Finding], visited: set[Step] | None = None) -> dict[Step, StepState]:
    """State of every step. Review and export are complete when nothing blocks."""
    visited = visited or set()
    worst: dict[Step, Severity] = {}
    for f in findings:
        if f.step not in worst or f.severity.rank < worst[f.step].rank:
            worst[f.step] = f.severity
    any_blocker = any(f.severity is Severity.blocker for f in findings)
    out: dict[Step, StepState] = {}
    for step in Step:
        if step in (Step.review, Step.export):
            if step not in visited:
                out[step] = StepState.not_started
            else:
                out[step] = StepState.blockers if any_blocker else StepState.complete
            continue
        touched = _touched(plan, step) or step in visited
        sev = worst.get(step)
        if sev is Severity.blocker and touched:
            out[step] = StepState.blockers
        elif not touched:
            out[step] = StepState.not_started
        elif sev is Severity.warning:
            out[step] = StepState.in_progress
        elif step is Step.signoff and not fully_signed(plan):
            out[step] = StepState.in_progress  # complete only when every required signature is valid
        else:
            out[step] = StepState.complete
    return out
