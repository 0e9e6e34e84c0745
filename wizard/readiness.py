"""Whether a charter may be FINAL: one function, used by the Export page, the charter
and ``coresponse export``."""

from __future__ import annotations

from dataclasses import dataclass

from wizard import checks, signing
from wizard.i18n import t
from wizard.phrases import number
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
        reasons.append(t("{n} blocker remains (see Review).", n=number(n)) if n == 1 else
                       t("{n} blockers remain (see Review).", n=number(n)))
    for role in signing.missing_required_roles(plan):
        reasons.append(t("No {role} is listed to sign.", role=ROLE_LABELS[role].lower()))
    for st in signing.statuses(plan):
        if not st.required:
            continue
        if st.state is SignatureState.unsigned:
            reasons.append(t("Not signed yet: {signatory}.", signatory=st.label))
        elif st.state is SignatureState.void:
            reasons.append(t("Signature void (the plan changed after signing), must sign again: {signatory}.",
                             signatory=st.label))
        elif not st.signatory.name.strip():
            reasons.append(t("The {role} who signed is not named.", role=ROLE_LABELS[st.signatory.role].lower()))
    return reasons


def charter_status(plan: ProgramPlan, content, *, draft: bool = False,
                   findings: list[checks.Finding] | None = None) -> Status:
    """DRAFT when asked for, when any blocker remains, or when a required signature is
    missing or void; FINAL otherwise. ``findings`` saves re-running the checks."""
    found = checks.run_checks(plan, content) if findings is None else findings
    reasons: list[str] = []
    if draft:
        reasons.append(t("exported as a draft"))
    n_block = len(checks.blockers(found))
    if n_block:
        reasons.append(t("{n} readiness blocker remains", n=number(n_block)) if n_block == 1 else
                       t("{n} readiness blockers remain", n=number(n_block)))
    detail = final_blockers(plan, found)
    if len(detail) > (1 if n_block else 0):  # more than the blockers line: a signature
        reasons.append(t("a required signature is missing or void"))
    final = not draft and not detail
    return Status(final=final, reasons=tuple(reasons), findings=tuple(found))
