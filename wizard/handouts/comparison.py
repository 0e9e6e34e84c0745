"""The key decisions of several plans side by side, for a workshop debrief.

:func:`compare_rows` reduces each plan to the figures a room argues about — model,
coverage, staffing, supervision, confidentiality, data, money, the four key decisions,
readiness — as short texts, one row per question and one column per plan, and says
which rows differ. :func:`render_comparison` typesets them like the charter: landscape
from four plans on, and in several column groups when there are more plans than fit.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard import __version__, budget, checks, signing, staffing, storage, verdicts
from wizard.charter.text import clean, truncate
from wizard.content import Content, default_content
from wizard.i18n import N_, t
from wizard.labels import VALUE_LABELS
from wizard.phrases import money, number, percent
from wizard.plan import (
    Cadence,
    DecisionStatus,
    KeyDecision,
    MeasureCategory,
    MouStatus,
    ProgramPlan,
)
from wizard.typeset import Attachment, DocumentMeta, typeset_with_warnings

WIDE_FROM = 4
"""From this many plans on, the comparison is printed landscape."""
MAX_COLUMNS = {False: 3, True: 6}
"""Plans per table, portrait and landscape; more plans make more tables."""
RUNNING_CHARS = {False: 84, True: 130}
"""The running header's length, portrait and landscape: one line beside 'Plan comparison'."""
DECISION_CHARS = 260
"""How much of a decision's text a cell quotes."""

NORMAL, ALERT, GOOD, MUTED = "", "alert", "good", "muted"


@dataclass(frozen=True)
class Cell:
    text: str
    tone: str = NORMAL
    """'' (plain), 'alert' (needs attention), 'good', 'muted' (nothing recorded)."""
    detail: str = ""
    """Printed after ``text`` in plain ink (``text`` carries the tone): 'Decided: …'."""

    @property
    def full(self) -> str:
        return f"{self.text}: {self.detail}" if self.detail else self.text


@dataclass(frozen=True)
class Row:
    section: str
    label: str
    cells: tuple[Cell, ...]

    @property
    def differs(self) -> bool:
        return len({c.full for c in self.cells}) > 1


@dataclass(frozen=True)
class PlanHeader:
    name: str
    """Program name, else agency name, else 'Untitled plan'."""
    agency: str
    source: str
    """The file it came from (shown under the name, so two groups' copies of one preset differ)."""
    revision: int
    fingerprint: str


def plan_header(plan: ProgramPlan, source: str) -> PlanHeader:
    program = clean(plan.metadata.program_name).strip()
    agency = clean(plan.agency.name).strip()
    return PlanHeader(program or agency or t("Untitled plan"), agency if program else "", Path(source).name,
                      plan.metadata.revision, signing.short(signing.fingerprint(plan)))


def _g(x: float) -> str:
    from wizard import i18n

    return f"{x:g}" if i18n.is_english() else number(x)


def _f(x: float, decimals: int) -> str:
    from wizard import i18n

    return f"{x:.{decimals}f}" if i18n.is_english() else number(round(x, decimals), decimals)


def _cadence(c: Cadence | None) -> str:
    return t("Not decided") if c is None else VALUE_LABELS[Cadence][c.value]


def _meeting(held: bool | None, cadence: Cadence | None, at_least_days: int) -> Cell:
    if held is None or (held and cadence is None):
        return Cell(t("Not decided"), ALERT)
    if not held or cadence is Cadence.none:
        return Cell(t("Not held"), ALERT)
    ok = checks.CADENCE_DAYS.get(cadence, 10_000) <= at_least_days
    return Cell(_cadence(cadence), NORMAL if ok else ALERT)


def _yes_no(v: bool | None, *, no_is_alert: bool = True) -> Cell:
    if v is None:
        return Cell(t("Not decided"), ALERT)
    return Cell(t("Yes")) if v else Cell(t("No"), ALERT if no_is_alert else NORMAL)


def _text(v: str, empty: str = N_("Not recorded")) -> Cell:
    s = clean(v).strip()
    return Cell(truncate(s, 120)) if s else Cell(t(empty), MUTED)


def _plan_cells(plan: ProgramPlan, content: Content) -> list[tuple[str, str, Cell]]:
    """(section, row label, cell) for one plan, in the order the rows print."""
    sm = staffing.summarize(plan)
    limits = verdicts.catalog_time_limits(content)
    mo = budget.summarize(plan.funding, limits)
    findings = checks.run_checks(plan, content)
    m, g, conf, d = plan.program_model, plan.governance, plan.confidentiality, plan.data
    out: list[tuple[str, str, Cell]] = []

    def add(section: str, label: str, cell: Cell) -> None:
        out.append((t(section), t(label), cell))

    sec = N_("Program model")
    add(sec, N_("Primary model"), Cell(content.model(m.primary).name) if m.primary else Cell(t("Not chosen"), ALERT))
    comp = [content.model(x).short_name for x in m.complementary]
    add(sec, N_("Complementary models"), Cell(", ".join(comp)) if comp else Cell(t("None"), MUTED))

    sec = N_("Coverage")
    add(sec, N_("Runs during all patrol shifts"), _yes_no(plan.coverage.all_patrol_shifts, no_is_alert=False))
    add(sec, N_("Clinician hours a week"),
        Cell(t("{covered} h covered · {person} clinician hours", covered=number(sm.weekly_covered_hours),
               person=number(round(sm.weekly_person_hours))))
        if sm.weekly_covered_hours else Cell(t("No hours scheduled"), ALERT))
    gap = sm.gap
    add(sec, N_("Share of patrol hours covered"),
        Cell(t("{share} of {hours} h", share=percent(gap.share_covered), hours=number(gap.patrol_hours)))
        if gap and gap.patrol_hours else Cell(t("Patrol pattern not given") if gap is None else "—", MUTED))

    sec = N_("Staffing")
    fte = verdicts.fte(plan, sm)
    add(sec, N_("Clinician FTE planned vs needed"),
        Cell(t("{planned} planned · {needed} needed", planned=_g(sm.clinician_fte), needed=_f(sm.fte_needed, 1)),
             ALERT if fte.ok is False else NORMAL)
        if fte.judged and sm.fte_needed is not None else Cell(t("Not known yet"), MUTED))
    r = sm.ratio
    ratio = verdicts.ratio(plan, sm)
    add(sec, N_("Shift positions per clinician"),
        Cell(t("Not judged yet"), MUTED) if not ratio.judged or r.shifts_per_clinician is None else
        Cell(_f(r.shifts_per_clinician, 2), ALERT if ratio.ok is False else NORMAL))
    add(sec, N_("Dispatch trained"), _yes_no(plan.staffing.dispatch.trained))

    sec = N_("Supervision and governance")
    add(sec, N_("Clinical supervision (weekly)"), _meeting(g.clinical_supervision.held, g.clinical_supervision.cadence, 7))
    add(sec, N_("Joint case review (monthly)"), _meeting(g.joint_case_review.held, g.joint_case_review.cadence, 31))

    sec = N_("Confidentiality")
    frameworks = [content.framework_title(f.framework, clean(f.name)).split(" (")[0]
                  for f in conf.frameworks if f.applies]
    add(sec, N_("Frameworks that apply"), Cell("; ".join(frameworks)) if frameworks else Cell(t("None listed"), ALERT))
    mou = conf.mou.status
    add(sec, N_("MOU"), Cell(t("Not recorded"), ALERT) if mou is None else Cell(VALUE_LABELS[MouStatus][mou.value],
                         GOOD if mou is MouStatus.signed else ALERT if mou in (MouStatus.none, MouStatus.expired)
                         else NORMAL))

    sec = N_("Data and reporting")
    counts = {c: 0 for c in MeasureCategory}
    for sel in d.measures:
        info = content.measure(sel.measure)
        if info is not None:
            counts[info.category] += 1
    for cm in d.custom_measures:
        counts[cm.category] += 1
    total = sum(counts.values())
    add(sec, N_("Measures"), Cell(f"{total}: " + " · ".join(f"{n} {VALUE_LABELS[MeasureCategory][c.value].lower()}"
                                                         for c, n in counts.items()))
        if total else Cell(t("None chosen"), ALERT))
    add(sec, N_("Data owner"), _text(d.data_owner))
    producer = clean(d.report_producer).strip()
    add(sec, N_("Reports"), Cell(_cadence(d.reporting_cadence)
                                 + (t(", by {who}", who=truncate(producer, 60)) if producer else ""),
                             ALERT if d.reporting_cadence in (None, Cadence.none) else NORMAL))

    sec = N_("Funding")
    y1 = mo.years[0] if mo.years else None
    add(sec, N_("First-year cost"), Cell(f"{money(y1.total)} ({y1.label})")
        if mo.has_costs and y1 is not None and y1.total is not None else Cell(t("Not known yet"), MUTED))
    gap_v = verdicts.funding_gap(plan, limits, mo)
    add(sec, N_("Gap after secured funding"),
        Cell(t("Not judged yet"), MUTED) if not gap_v.judged else
        Cell(t("{amount} over {n} years", amount=money(mo.total_gap or 0), n=len(mo.years)), ALERT)
        if gap_v.ok is False else Cell(t("None"), GOOD))
    share = mo.time_limited_share
    add(sec, N_("Time-limited share of known funding"),
        Cell(percent(share), ALERT if share > checks.MOSTLY_TIME_LIMITED else NORMAL)
        if share is not None else Cell(t("No known funding yet"), MUTED))

    sec = N_("Key decisions")
    tone = {DecisionStatus.open: ALERT, DecisionStatus.decided: GOOD, DecisionStatus.deferred: NORMAL}
    for key in KeyDecision:
        dec = plan.decision(key)
        status = VALUE_LABELS[DecisionStatus][dec.status.value]
        text = clean(dec.decision).strip()
        add(sec, VALUE_LABELS[KeyDecision][key.value],
            Cell(status, tone[dec.status], truncate(text, DECISION_CHARS) if text else ""))

    sec = N_("Readiness")
    nb = len(checks.blockers(findings))
    nw = sum(1 for f in findings if f.severity is checks.Severity.warning)
    add(sec, N_("Blockers"), Cell(str(nb), ALERT if nb else GOOD))
    add(sec, N_("Warnings"), Cell(str(nw)))
    return out


def compare_rows(plans: Sequence[ProgramPlan], content: Content) -> list[Row]:
    """One row per question, one cell per plan (in the order given)."""
    per_plan = [_plan_cells(p, content) for p in plans]
    rows = []
    for i, (section, label, _) in enumerate(per_plan[0]):
        rows.append(Row(section, label, tuple(cells[i][2] for cells in per_plan)))
    return rows


# ---------------------------------------------------------------------------
# Typesetting: the facts for resources/templates/comparison.typ
# ---------------------------------------------------------------------------


def _middle(text: str, limit: int) -> str:
    """'very-long-file-…-group-12.yaml': a file name shortened in the middle, where it
    matters least (groups' files usually differ at the end)."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head] + "…" + text[len(text) - (limit - 1 - head):]


def _chunks(n: int, per: int) -> list[range]:
    """Split n columns into as few tables as needed, as even as possible."""
    k = -(-n // per)
    base, extra = divmod(n, k)
    out, start = [], 0
    for i in range(k):
        size = base + (1 if i < extra else 0)
        out.append(range(start, start + size))
        start += size
    return out


def _names(headers: Sequence[PlanHeader]) -> str:
    return ", ".join(h.name for h in headers[:4]) + (t(" and {n} more", n=len(headers) - 4) if len(headers) > 4
                                                     else "")


def attachment_name(i: int, source: str) -> str:
    """'2-rural-sheriff.coresponse.yaml': numbered as in the comparison, letters, digits,
    '.', '-' and '_' only (a file name may hold a backslash or markup); never 'plan.yaml',
    so a comparison is not mistaken for a charter by ``extract``."""
    stem = Path(source).name
    for suffix in (".pdf", ".yaml", ".yml"):
        if stem.lower().endswith(suffix):
            stem = stem[: -len(suffix)]
            break
    stem = re.sub(r"[^\w.-]+", "_", stem.removesuffix(".coresponse")).strip("._")[:60] or "plan"
    return f"{i + 1}-{stem}.coresponse.yaml"


def comparison_facts(plans: Sequence[tuple[str, ProgramPlan]], content: Content) -> dict[str, Any]:
    """Everything the comparison prints, as data for ``comparison.typ``."""
    headers = [plan_header(p, src) for src, p in plans]
    rows = compare_rows([p for _, p in plans], content)
    wide = len(plans) >= WIDE_FROM
    n = len(plans)
    groups = _chunks(n, MAX_COLUMNS[wide])
    return {
        "kind": t("PLAN COMPARISON"),
        "running_kind": t("Plan comparison"),
        "tagline": t("The key decisions of several co-response plans side by side, for the debrief"),
        "running": truncate(t("Comparison of {n} plans: {names}", n=n, names=_names(headers)), RUNNING_CHARS[wide]),
        "footer": t("Comparison of {n} co-response plans", n=n)
                  + ("" if content.source == "default" else "  ·  " + t("content pack: {name}",
                                                                          name=Path(content.source).name)),
        "wide": wide,
        "kicker": t("PLAN COMPARISON  ·  {n} PLANS", n=n),
        "title": t("{n} plans side by side", n=n),
        "intro": t("Each column is one plan, each row a question the partners had to settle. Red marks what "
                   "needs attention; a teal bar and ≠ before a row mean the plans differ there. Each plan "
                   "is attached to this PDF as a plan file."),
        "plans": [{"n": i + 1, "name": truncate(h.name, 80), "full_name": h.name, "agency": h.agency,
                   "agency_short": truncate(h.agency, 60), "source": h.source, "source_short": _middle(h.source, 44),
                   "revision": h.revision, "fingerprint": h.fingerprint} for i, h in enumerate(headers)],
        "groups": [{"title": "" if len(groups) == 1 else
                    (t("Plans {first}–{last} of {n}", first=g.start + 1, last=g.stop, n=n) if len(g) > 1
                     else t("Plan {i} of {n}", i=g.start + 1, n=n)),
                    "columns": list(g)} for g in groups],
        "rows": [{"section": r.section, "label": r.label, "differs": r.differs,
                  "cells": [{"text": c.text, "tone": c.tone, "detail": c.detail} for c in r.cells]} for r in rows],
    }


def render_comparison(plans: Sequence[tuple[str, ProgramPlan]], content: Content | None = None, *,
                      originals: Sequence[bytes] | None = None) -> bytes:
    """The comparison PDF for ``plans`` — (source file name, plan) pairs, in column order.
    Each plan rides along as an attached plan file (relationship Source): ``originals``,
    the plan files' bytes as read, verbatim; else each plan written out again."""
    if not plans:
        raise ValueError("nothing to compare")
    if originals is not None and len(originals) != len(plans):
        raise ValueError("originals: one plan file's bytes for each plan")
    content = content or default_content()
    facts = comparison_facts(plans, content)
    n = len(plans)
    when = max(p.metadata.modified for _, p in plans)  # the newest plan dates the comparison: no clock
    meta = DocumentMeta(
        title=t("Comparison of {n} co-response plans", n=n), author=f"coresponse {__version__}",
        description=t("Key decisions side by side: {names}", names=_names([plan_header(p, s) for s, p in plans])),
        keywords=tuple(t(k) for k in (N_("co-response"), N_("plan comparison"), N_("workshop debrief"),
                                       N_("behavioral health"))),
        when=when if isinstance(when, dt.datetime) else dt.datetime.combine(when, dt.time(), dt.UTC))
    data = list(originals) if originals is not None else [storage.dumps(p).encode("utf-8") for _, p in plans]
    attachments = [Attachment(attachment_name(i, src), raw, mime="application/yaml",
                              description=t("Plan {i} of the comparison, from {name}", i=i + 1,
                                            name=Path(src).name))
                   for i, ((src, _p), raw) in enumerate(zip(plans, data, strict=True))]
    # lay out; if a table's last page would hold one row alone, try tighter, then looser rows
    spacing = ["normal"] * len(facts["groups"])
    result = typeset_with_warnings("comparison", facts, meta, attachments=attachments, labels=["cmp-row"])
    for k in stranded(result.found["cmp-row"]):
        for option in ("tight", "loose"):
            spacing[k] = option
            facts["spacing"] = spacing
            again = typeset_with_warnings("comparison", facts, meta, attachments=attachments, labels=["cmp-row"])
            if k not in stranded(again.found["cmp-row"]):
                result = again
                break
        else:
            spacing[k] = "normal"
    return result.pdf


def stranded(rows: Sequence[dict[str, int]]) -> list[int]:
    """The column groups whose table ends with a page holding a single row."""
    out = []
    for k in sorted({r["group"] for r in rows}):
        pages = [r["page"] for r in rows if r["group"] == k]
        if len(pages) > 1 and pages.count(pages[-1]) == 1 and pages[-2] != pages[-1]:
            out.append(k)
    return out
