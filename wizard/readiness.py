"""Whether a charter may be FINAL: one function, used by the Export page, the charter
and ``coresponse export``."""

from __future__ import annotations

from dataclasses import dataclass

from wizard import checks, signing
from wizard.phrases import plural, verb
from wizard.plan import ProgramPlan


@dataclass(frozen=True)
class Status:
    """Whether the charter is FINAL, and why not when it is a DRAFT."""

    final: bool
    reasons: tuple[str, ...]
    findings: tuple[checks.Finding, ...]

    @property
    def label(self) -> str:
        return "FINAL" if self.final else "DRAFT"


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
    if not signing.fully_signed(plan):
        reasons.append("a required signature is missing or void")
    return Status(final=not reasons, reasons=tuple(reasons), findings=tuple(found))
