"""The key decisions of several plans side by side, for a workshop debrief.

:func:`compare_rows` reduces each plan to the figures a room argues about — model,
coverage, staffing, supervision, confidentiality, data, money, the four key decisions,
readiness — as short texts, one row per question and one column per plan, and says
which rows differ. :func:`render_comparison` typesets them like the charter: landscape
from four plans on, and in several column groups when there are more plans than fit.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from wizard import budget, checks, signing, staffing, verdicts
from wizard.charter import styles as st
from wizard.charter.flowables import Anchor, CharterTable, PageCounter
from wizard.charter.text import clean, esc, truncate
from wizard.content import Content, default_content
from wizard.handouts.document import HandoutDoc, HandoutInfo, creator
from wizard.labels import VALUE_LABELS
from wizard.plan import (
    Cadence,
    DecisionStatus,
    KeyDecision,
    MeasureCategory,
    MouStatus,
    ProgramPlan,
)

WIDE_FROM = 4
"""From this many plans on, the comparison is printed landscape."""
MAX_COLUMNS = {False: 3, True: 6}
"""Plans per table, portrait and landscape; more plans make more tables."""
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
    return PlanHeader(program or agency or "Untitled plan", agency if program else "", Path(source).name,
                      plan.metadata.revision, signing.short(signing.fingerprint(plan)))


def _cadence(c: Cadence | None) -> str:
    return "Not decided" if c is None else VALUE_LABELS[Cadence][c.value]


def _meeting(held: bool | None, cadence: Cadence | None, at_least_days: int) -> Cell:
    if held is None or (held and cadence is None):
        return Cell("Not decided", ALERT)
    if not held or cadence is Cadence.none:
        return Cell("Not held", ALERT)
    ok = checks.CADENCE_DAYS.get(cadence, 10_000) <= at_least_days
    return Cell(_cadence(cadence), NORMAL if ok else ALERT)


def _yes_no(v: bool | None, *, no_is_alert: bool = True) -> Cell:
    if v is None:
        return Cell("Not decided", ALERT)
    return Cell("Yes") if v else Cell("No", ALERT if no_is_alert else NORMAL)


def _text(v: str, empty: str = "Not recorded") -> Cell:
    s = clean(v).strip()
    return Cell(truncate(s, 120)) if s else Cell(empty, MUTED)


def _plan_cells(plan: ProgramPlan, content: Content) -> list[tuple[str, str, Cell]]:
    """(section, row label, cell) for one plan, in the order the rows print."""
    sm = staffing.summarize(plan)
    limits = verdicts.catalog_time_limits(content)
    mo = budget.summarize(plan.funding, limits)
    findings = checks.run_checks(plan, content)
    m, g, conf, d = plan.program_model, plan.governance, plan.confidentiality, plan.data
    out: list[tuple[str, str, Cell]] = []

    def add(section: str, label: str, cell: Cell) -> None:
        out.append((section, label, cell))

    sec = "Program model"
    add(sec, "Primary model", Cell(content.model(m.primary).name) if m.primary else Cell("Not chosen", ALERT))
    comp = [content.model(x).short_name for x in m.complementary]
    add(sec, "Complementary models", Cell(", ".join(comp)) if comp else Cell("None", MUTED))

    sec = "Coverage"
    add(sec, "Runs during all patrol shifts", _yes_no(plan.coverage.all_patrol_shifts, no_is_alert=False))
    add(sec, "Clinician hours a week",
        Cell(f"{sm.weekly_covered_hours:,} h covered · {sm.weekly_person_hours:,.0f} clinician hours")
        if sm.weekly_covered_hours else Cell("No hours scheduled", ALERT))
    gap = sm.gap
    add(sec, "Share of patrol hours covered",
        Cell(f"{gap.share_covered:.0%} of {gap.patrol_hours:,} h") if gap and gap.patrol_hours
        else Cell("Patrol pattern not given" if gap is None else "—", MUTED))

    sec = "Staffing"
    fte = verdicts.fte(plan, sm)
    add(sec, "Clinician FTE planned vs needed",
        Cell(f"{sm.clinician_fte:g} planned · {sm.fte_needed:.1f} needed", ALERT if fte.ok is False else NORMAL)
        if fte.judged and sm.fte_needed is not None else Cell("Not known yet", MUTED))
    r = sm.ratio
    ratio = verdicts.ratio(plan, sm)
    add(sec, "Shift positions per clinician",
        Cell("Not judged yet", MUTED) if not ratio.judged or r.shifts_per_clinician is None else
        Cell(f"{r.shifts_per_clinician:.2f}", ALERT if ratio.ok is False else NORMAL))
    add(sec, "Dispatch trained", _yes_no(plan.staffing.dispatch.trained))

    sec = "Supervision and governance"
    add(sec, "Clinical supervision (weekly)", _meeting(g.clinical_supervision.held, g.clinical_supervision.cadence, 7))
    add(sec, "Joint case review (monthly)", _meeting(g.joint_case_review.held, g.joint_case_review.cadence, 31))

    sec = "Confidentiality"
    frameworks = [content.framework_title(f.framework, clean(f.name)).split(" (")[0]
                  for f in conf.frameworks if f.applies]
    add(sec, "Frameworks that apply", Cell("; ".join(frameworks)) if frameworks else Cell("None listed", ALERT))
    mou = conf.mou.status
    add(sec, "MOU", Cell("Not recorded", ALERT) if mou is None else Cell(VALUE_LABELS[MouStatus][mou.value],
                         GOOD if mou is MouStatus.signed else ALERT if mou in (MouStatus.none, MouStatus.expired)
                         else NORMAL))

    sec = "Data and reporting"
    counts = {c: 0 for c in MeasureCategory}
    for sel in d.measures:
        info = content.measure(sel.measure)
        if info is not None:
            counts[info.category] += 1
    for cm in d.custom_measures:
        counts[cm.category] += 1
    total = sum(counts.values())
    add(sec, "Measures", Cell(f"{total}: " + " · ".join(f"{n} {VALUE_LABELS[MeasureCategory][c.value].lower()}"
                                                         for c, n in counts.items()))
        if total else Cell("None chosen", ALERT))
    add(sec, "Data owner", _text(d.data_owner))
    producer = clean(d.report_producer).strip()
    add(sec, "Reports", Cell(_cadence(d.reporting_cadence) + (f", by {truncate(producer, 60)}" if producer else ""),
                             ALERT if d.reporting_cadence in (None, Cadence.none) else NORMAL))

    sec = "Funding"
    y1 = mo.years[0] if mo.years else None
    add(sec, "First-year cost", Cell(f"{budget.money(y1.total)} ({y1.label})")
        if mo.has_costs and y1 is not None and y1.total is not None else Cell("Not known yet", MUTED))
    gap_v = verdicts.funding_gap(plan, limits, mo)
    add(sec, "Gap after secured funding",
        Cell("Not judged yet", MUTED) if not gap_v.judged else
        Cell(f"{budget.money(mo.total_gap or 0)} over {len(mo.years)} years", ALERT) if gap_v.ok is False
        else Cell("None", GOOD))
    share = mo.time_limited_share
    add(sec, "Time-limited share of known funding",
        Cell(f"{share:.0%}", ALERT if share > checks.MOSTLY_TIME_LIMITED else NORMAL)
        if share is not None else Cell("No known funding yet", MUTED))

    sec = "Key decisions"
    tone = {DecisionStatus.open: ALERT, DecisionStatus.decided: GOOD, DecisionStatus.deferred: NORMAL}
    for key in KeyDecision:
        dec = plan.decision(key)
        status = VALUE_LABELS[DecisionStatus][dec.status.value]
        text = clean(dec.decision).strip()
        add(sec, VALUE_LABELS[KeyDecision][key.value],
            Cell(status, tone[dec.status], truncate(text, DECISION_CHARS) if text else ""))

    sec = "Readiness"
    nb = len(checks.blockers(findings))
    nw = sum(1 for f in findings if f.severity is checks.Severity.warning)
    add(sec, "Blockers", Cell(str(nb), ALERT if nb else GOOD))
    add(sec, "Warnings", Cell(str(nw)))
    return out


def compare_rows(plans: Sequence[ProgramPlan], content: Content) -> list[Row]:
    """One row per question, one cell per plan (in the order given)."""
    per_plan = [_plan_cells(p, content) for p in plans]
    rows = []
    for i, (section, label, _) in enumerate(per_plan[0]):
        rows.append(Row(section, label, tuple(cells[i][2] for cells in per_plan)))
    return rows


# ---------------------------------------------------------------------------
# Typesetting
# ---------------------------------------------------------------------------

TONE_COLOR = {ALERT: st.ALERT, GOOD: st.GOOD, MUTED: st.MUTED}


def _style(name: str, parent: ParagraphStyle, **kw: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **kw)


def _middle(text: str, limit: int) -> str:
    """'very-long-file-…-group-12.yaml': a file name shortened in the middle, where it
    matters least (groups' files usually differ at the end)."""
    if len(text) <= limit:
        return text
    head = (limit - 1) // 2
    return text[:head] + "…" + text[len(text) - (limit - 1 - head):]


class BandLabel(Paragraph):
    """A section row's label ('Staffing'); a page never ends right after one."""


class CompareTable(CharterTable):
    """A CharterTable that moves a section row to the next page with its rows."""

    @staticmethod
    def _ends_with_band(part: Table) -> bool:
        cell = part._cellvalues[-1][0]
        if isinstance(cell, (list, tuple)) and cell:  # reportlab wraps flowable cells in a tuple
            cell = cell[0]
        return isinstance(cell, BandLabel)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # type: ignore[override]
        parts = super().split(availWidth, availHeight)
        if len(parts) == 2 and self._ends_with_band(parts[0]):
            if not hasattr(self, "_rowHeights"):
                self.wrap(availWidth, availHeight)
            band = len(parts[0]._cellvalues) - 1
            again = super().split(availWidth, sum(self._rowHeights[:band]) + 0.01)  # stop above the band
            if len(again) == 2 and not self._ends_with_band(again[0]):
                return again
        return parts


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


def _table(headers: Sequence[PlanHeader], rows: Sequence[Row], cols: range, width: float) -> Table:
    s = st.stylesheet()
    narrow = len(cols) >= 5
    size = 7.4 if narrow else 8.1
    cell = _style("cmp_cell", s.cell, fontSize=size, leading=size * 1.28)
    label = _style("cmp_label", s.cell_bold, fontSize=size, leading=size * 1.28, textColor=st.INK)
    band = _style("cmp_band", s.cell_bold, fontSize=size + 0.4, leading=size * 1.3, textColor=st.NAVY)
    head = _style("cmp_head", s.cell_head, fontSize=size + 0.3, leading=size * 1.3)
    head_sub = _style("cmp_head_sub", s.cell_head, fontName=s.cell.fontName, fontSize=size - 0.8,
                      leading=size * 1.2, textColor=st.NAVY_TINT)
    label_w = min(150.0, width * 0.22)
    col_w = (width - label_w) / len(cols)
    data: list[list[Any]] = []
    top = [Paragraph("", head)]
    for i in cols:
        h = headers[i]
        # short enough that the header, repeated on every page, never crowds out the rows
        sub = " · ".join(x for x in (esc(truncate(h.agency, 60)), esc(_middle(h.source, 44))) if x)
        top.append([Paragraph(f"{i + 1}. {esc(truncate(h.name, 80))}", head), Paragraph(sub, head_sub)])
    data.append(top)
    cmds: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), st.NAVY),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, st.RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.6, st.NAVY),
        ("LINEAFTER", (1, 1), (-2, -1), 0.25, st.RULE),
    ]
    section = None
    for row in rows:
        if row.section != section:
            section = row.section
            r = len(data)
            data.append([BandLabel(esc(section), band)] + [""] * len(cols))
            cmds += [("BACKGROUND", (0, r), (-1, r), st.NAVY_TINT), ("SPAN", (0, r), (-1, r)),
                     ("TOPPADDING", (0, r), (-1, r), 4)]
        r = len(data)
        line = [Paragraph(esc(row.label), label)]
        for i in cols:
            c = row.cells[i]
            text = esc(c.text)
            if c.tone in TONE_COLOR:
                text = f'<font color="{st.hexcolor(TONE_COLOR[c.tone])}">{text}</font>'
            if c.tone == MUTED:
                text = f"<i>{text}</i>"
            if c.detail:
                text = f"<b>{text}</b>: {esc(c.detail)}"
            line.append(Paragraph(text, cell))
        data.append(line)
        if row.differs:
            cmds.append(("LINEBEFORE", (0, r), (0, r), 3, st.TEAL))
    t = CompareTable(data, colWidths=[label_w] + [col_w] * len(cols), repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle(cmds))
    return t


def _key_table(headers: Sequence[PlanHeader], width: float) -> Table:
    s = st.stylesheet()
    small = _style("cmp_key_small", s.cell, fontSize=7.4, leading=9.6)
    body = [[Paragraph(str(i + 1), s.cell), Paragraph(f"<b>{esc(h.name)}</b>", s.cell),
             Paragraph(esc(h.agency or "—"), s.cell), Paragraph(esc(h.source), small),
             Paragraph(str(h.revision), s.cell_right), Paragraph(esc(h.fingerprint), small)]
            for i, h in enumerate(headers)]
    head = [Paragraph(x, s.cell_head) for x in ("#", "Plan", "Agency", "File")]
    head.append(Paragraph("Rev.", s.cell_head_right))
    head.append(Paragraph("Fingerprint", s.cell_head))
    fr = [0.04, 0.27, 0.2, 0.24, 0.07, 0.18]
    t = CharterTable([head, *body], colWidths=[width * f for f in fr], repeatRows=1, hAlign="LEFT")
    t.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), st.NAVY), ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 5), ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 1), (-1, -1), 0.25, st.RULE), ("LINEBELOW", (0, -1), (-1, -1), 0.6, st.NAVY),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [st.WHITE, st.ZEBRA]),
    ]))
    return t


def render_comparison(plans: Sequence[tuple[str, ProgramPlan]], content: Content | None = None) -> bytes:
    """The comparison PDF for ``plans`` — (source file name, plan) pairs, in column order."""
    if not plans:
        raise ValueError("nothing to compare")
    content = content or default_content()
    headers = [plan_header(p, src) for src, p in plans]
    rows = compare_rows([p for _, p in plans], content)
    wide = len(plans) >= WIDE_FROM
    names = ", ".join(h.name for h in headers[:4]) + (f" and {len(headers) - 4} more" if len(headers) > 4 else "")
    info = HandoutInfo(
        kind="PLAN COMPARISON",
        tagline="The key decisions of several co-response plans side by side, for the debrief",
        running_title=f"Comparison of {len(plans)} plans: {names}",
        footer_note=f"Comparison of {len(plans)} co-response plans"
                    + ("" if content.source == "default" else f"  ·  content pack: {Path(content.source).name}"),
        title=f"Comparison of {len(plans)} co-response plans",
        subject=f"Key decisions side by side: {names}",
        keywords="co-response, plan comparison, workshop debrief, behavioral health",
        author=creator(), wide=wide,
    )
    buf = io.BytesIO()
    doc = HandoutDoc(buf, info)
    s = st.stylesheet()
    story: list[Flowable] = [PageCounter(doc), Anchor("Comparison", "top"), NextPageTemplate("body")]
    story.append(Paragraph(f"PLAN COMPARISON  ·  {len(plans)} PLANS", s.kicker))
    story.append(Paragraph(f"{len(plans)} plans side by side",
                           _style("cmp_title", s.title, fontSize=22, leading=27, spaceAfter=8)))
    story.append(Paragraph("Each column is one plan, each row a question the partners had to settle. "
                           "Red marks what needs attention; a teal bar before a row means the plans differ "
                           "there.", s.body))
    story.append(Spacer(1, 4))
    key = _key_table(headers, doc.frame_w)
    story.append(KeepTogether([key]) if len(headers) <= 8 else key)
    groups = _chunks(len(plans), MAX_COLUMNS[wide])
    for n, cols in enumerate(groups):
        story.append(Spacer(1, 14))
        # each group of columns starts a page; the first may follow the key if there is room
        story.append(CondPageBreak(doc.frame_h * 0.3) if n == 0 else PageBreak())
        if len(groups) > 1:
            story.append(Paragraph(f"Plans {cols.start + 1}–{cols.stop} of {len(plans)}"
                                   if len(cols) > 1 else f"Plan {cols.start + 1} of {len(plans)}", s.h2))
        story.append(_table(headers, rows, cols, doc.frame_w))
    doc.multiBuild(story, maxPasses=8)
    return buf.getvalue()
