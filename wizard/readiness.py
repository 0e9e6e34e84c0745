"""Whether a charter may be FINAL: one function, used by the Export page, the charter
and ``coresponse export``."""

from __future__ import annotations

from dataclasses import dataclass

from wizard import checks, signing
from wizard.phrases import plural, verb
from wizard.plan import ProgramPlan
from wizard.signing import ROLE_LABELS, SignatureState


@dataclass(frozen=True)
class Status:
    """Whether the charter is FINAL, and why not when it is a DRAFT."""

    final: bool
    reasons: tuple[str, ...]
    findings: tuple[checks.Finding, ...]

    @property
    def label(self) -> str:
        return "FINAL" if self.final else "DRAFT"


def final_blockers(plan: ProgramPlan, findings: list[checks.Finding]) -> list[str]:
    """Why a FINAL charter is not possible, one sentence each ([] when it is): the one
    rule, which :func:`charter_status` and the Export page both use."""
    reasons: list[str] = []
    n = len(checks.blockers(findings))
    if n:
        reasons.append(f"{plural(n, 'blocker')} {verb(n, 'remains', 'remain')} (see Review).")
    for role in signing.missing_required_roles(plan):
        reasons.append(f"No {ROLE_LABELS[role].lower()} is listed to sign.")
    for st in signing.statuses(plan):
        if not st.required:
            continue
        if st.state is SignatureState.unsigned:
            reasons.append(f"Not signed yet: {st.label}.")
        elif st.state is SignatureState.void:
            reasons.append(f"Signature void (the plan changed after signing), must sign again: {st.label}.")
        elif not st.signatory.name.strip():
            reasons.append(f"The {ROLE_LABELS[st.signatory.role].lower()} who signed is not named.")
    return reasons


def charter_status(plan: ProgramPlan, content, *, draft: bool = False,
                   findings: list[checks.Finding] | None = None) -> Status:
    """DRAFT when asked for, when any blocker remains, or when a required signature is
    missing or void; FINAL otherwise. ``findings`` saves re-running the checks."""
    found = checks.run_checks(plan, content) if findings is None else findings
    reasons: list[str] = []
    if draft:
        reasons.append("exported as a draft")
    n_block = len(checks.blockers(found))
    if n_block:
        reasons.append(f"{plural(n_block, 'readiness blocker')} {verb(n_block, 'remains', 'remain')}")
    detail = final_blockers(plan, found)
    if len(detail) > (1 if n_block else 0):  # more than the blockers line: a signature
        reasons.append("a required signature is missing or void")
    final = not draft and not detail
    return Status(final=final, reasons=tuple(reasons), findings=tuple(found))
