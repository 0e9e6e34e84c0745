"""Step 10: every readiness finding, grouped by step, each with a way to fix it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import StepPage
from wizard import budget, checks, labels, signing, staffing, verdicts
from wizard.checks import Severity
from wizard.plan import DecisionStatus
from wizard.steps import Step

SEVERITY_STYLE = {
    Severity.blocker: (QCoreApplication.translate("ui.pages.review", "Blocker"), "#b3261e"),
    Severity.warning: (QCoreApplication.translate("ui.pages.review", "Warning"), "#9a5b00"),
    Severity.suggestion: (QCoreApplication.translate("ui.pages.review", "Suggestion"), "#1f5f8b"),
}


def key_numbers(plan, content) -> list[tuple[str, str]]:
    """The short summary shown above the findings (label, value)."""
    s = staffing.summarize(plan)
    limits = verdicts.catalog_time_limits(content)
    b = budget.summarize(plan.funding, limits)
    gap = verdicts.funding_gap(plan, limits, b, verdicts.catalog_source_labels(content))
    ratio_v = verdicts.ratio(plan, s)
    primary = plan.program_model.primary
    model = content.model(primary).short_name if primary else QCoreApplication.translate("ui.pages.review", "not chosen")
    extra = [content.model(m).short_name for m in plan.program_model.complementary]
    open_decisions = sum(1 for d in plan.decisions if d.status is DecisionStatus.open)
    states = signing.statuses(plan)
    signed = sum(1 for st in states if st.state is signing.SignatureState.valid)
    void = sum(1 for st in states if st.state is signing.SignatureState.void)
    share = QCoreApplication.translate("ui.pages.review", " ({0:.0%} of patrol hours)").format(s.gap.share_covered) if s.gap and s.gap.patrol_hours else \
        QCoreApplication.translate("ui.pages.review", " (share of patrol hours not known: no patrol pattern)") if s.gap is None else ""
    need = QCoreApplication.translate("ui.pages.review", "{fte} needed").format(fte=f"{s.fte_needed:.1f}") if s.fte_needed is not None else QCoreApplication.translate("ui.pages.review", "need not known (no schedule)")
    first = b.first_year_cost
    return [
        (QCoreApplication.translate("ui.pages.review", "Model"), model + (f" + {', '.join(extra)}" if extra else "")),
        (QCoreApplication.translate("ui.pages.review", "Clinician coverage"),
         QCoreApplication.translate("ui.pages.review", "{hours} h a week{share}").format(hours=s.weekly_covered_hours, share=share)),
        (QCoreApplication.translate("ui.pages.review", "Clinician FTE"),
         QCoreApplication.translate("ui.pages.review", "{fte} planned · {need}").format(fte=f"{s.clinician_fte:g}", need=need)),
        (QCoreApplication.translate("ui.pages.review", "Officer FTE"), verdicts.officer_fte(plan, s).text),
        (QCoreApplication.translate("ui.pages.review", "Clinician-to-shift ratio"), ratio_v.text),
        (QCoreApplication.translate("ui.pages.review", "Year-1 cost"), budget.money(first) if first is not None and b.has_costs else QCoreApplication.translate("ui.pages.review", "not known yet")),
        (QCoreApplication.translate("ui.pages.review", "Funding gap"), gap.text),
        (QCoreApplication.translate("ui.pages.review", "Open decisions"), str(open_decisions)),
        (QCoreApplication.translate("ui.pages.review", "Signatures"),
         QCoreApplication.translate("ui.pages.review", "{signed} of {total} valid, {void} void").format(signed=signed, total=len(states), void=void)
         if void else QCoreApplication.translate("ui.pages.review", "{0} of {1} valid").format(signed, len(states))),
    ]


class ReviewPage(StepPage):
    step = Step.review

    def build(self) -> None:
        self.heading(QCoreApplication.translate("ui.pages.review", "Key numbers"))
        self.numbers = QWidget()
        self.numbers_grid = QGridLayout(self.numbers)
        self.numbers_grid.setContentsMargins(0, 0, 0, 0)
        self.numbers_grid.setHorizontalSpacing(24)
        self.numbers_grid.setVerticalSpacing(6)
        self.add(self.numbers)
        self.summary = QLabel()
        self.summary.setObjectName("banner")
        self.summary.setWordWrap(True)
        self.add(self.summary)
        self.findings_box = QWidget()
        self.findings_layout = QVBoxLayout(self.findings_box)
        self.findings_layout.setContentsMargins(0, 0, 0, 0)
        self.findings_layout.setSpacing(6)
        self.add(self.findings_box)
        self.go_buttons: list[QPushButton] = []
        self.ctx.findings.changed.connect(self._refresh_if_built)
        self._shown: list[checks.Finding] | None = None

    def refresh(self) -> None:
        findings = self.ctx.findings.items  # a copy: compared with what is shown below
        self._fill_numbers()
        if findings == self._shown:
            return
        self._shown = findings
        n_block = len(checks.blockers(findings))
        if not findings:
            self.summary.setObjectName("bannerOk")
            self.summary.setText(QCoreApplication.translate("ui.pages.review", "Ready: no findings. Go on to sign-off."))
        elif n_block:
            self.summary.setObjectName("bannerBad")
            others = len(findings) - n_block
            self.summary.setText((
                (QCoreApplication.translate("ui.pages.review", "{n} blocker must be fixed before a final charter; {others} other finding to consider.")
                 if others == 1 else
                 QCoreApplication.translate("ui.pages.review", "{n} blocker must be fixed before a final charter; {others} other findings to consider."))
                if n_block == 1 else
                (QCoreApplication.translate("ui.pages.review", "{n} blockers must be fixed before a final charter; {others} other finding to consider.")
                 if others == 1 else
                 QCoreApplication.translate("ui.pages.review", "{n} blockers must be fixed before a final charter; {others} other findings to consider."))
            ).format(n=n_block, others=others))
        else:
            self.summary.setObjectName("banner")
            self.summary.setText((QCoreApplication.translate("ui.pages.review", "No blockers. {n} finding to consider; it is printed in the charter's appendix.")
                                  if len(findings) == 1 else
                                  QCoreApplication.translate("ui.pages.review", "No blockers. {n} findings to consider; they are printed in the charter's appendix.")
                                  ).format(n=len(findings)))
        self.summary.style().unpolish(self.summary)
        self.summary.style().polish(self.summary)
        self._fill_findings(findings)

    def _fill_numbers(self) -> None:
        grid = self.numbers_grid
        rows = key_numbers(self.doc.plan, self.content)
        for i, (label, value) in enumerate(rows):
            r, c = divmod(i, 2)
            item = grid.itemAtPosition(r, c * 2)
            if item is None:
                lab = QLabel(label)
                lab.setObjectName("figureLabel")
                lab.setWordWrap(True)
                grid.setColumnStretch(c * 2 + 1, 1)
                val = QLabel()
                val.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                            | Qt.TextInteractionFlag.TextSelectableByMouse)
                val.setWordWrap(True)
                grid.addWidget(lab, r, c * 2)
                grid.addWidget(val, r, c * 2 + 1)
            val = grid.itemAtPosition(r, c * 2 + 1).widget()
            val.setText(value)
            val.setAccessibleName(f"{label}: {value}")

    def _fill_findings(self, findings: list[checks.Finding]) -> None:
        lay = self.findings_layout
        while lay.count():
            w = lay.takeAt(0).widget()
            if w is not None:
                w.hide()
                w.deleteLater()
        self.go_buttons = []
        # Blockers first (in step order), then the other findings by step, worst first.
        blocking = checks.blockers(findings)
        others = sorted((f for f in findings if f.severity is not checks.Severity.blocker),
                        key=lambda f: (int(f.step), f.severity.rank))
        groups: list[tuple[str, list[checks.Finding]]] = []
        if blocking:
            groups.append((QCoreApplication.translate("ui.pages.review", "Blockers: fix these for a final charter"), blocking))
        groups += [(self.content.step(step).title, items) for step, items in checks.by_step(others).items()]
        for heading, items in groups:
            title = QLabel(heading)
            title.setObjectName("sectionTitle")
            title.setWordWrap(True)
            lay.addWidget(title)
            for f in items:
                lay.addWidget(self._finding_row(f, with_step=items is blocking))

    def _finding_row(self, f: checks.Finding, with_step: bool = False) -> QWidget:
        label, color = SEVERITY_STYLE[f.severity]
        row = QFrame()
        row.setObjectName("card")
        h = QHBoxLayout(row)
        h.setContentsMargins(10, 6, 10, 6)
        badge = QLabel(label.upper())
        badge.setStyleSheet(f"color: {color}; font-weight: 700;")
        badge.setMinimumWidth(badge.fontMetrics().horizontalAdvance("SUGGESTION") + 8)
        badge.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        h.addWidget(badge)
        where = f"{_esc(self.content.step(f.step).title)}: " if with_step else ""
        text = QLabel(QCoreApplication.translate("ui.pages.review", "<b>{0}{1}</b><br>{2}").format(where, _esc(f.message), _esc(f.fix)))
        text.setWordWrap(True)
        text.setTextFormat(Qt.TextFormat.RichText)
        h.addWidget(text, 1)
        go = QPushButton(QCoreApplication.translate("ui.pages.review", "Go to"))
        go.setAccessibleName(QCoreApplication.translate("ui.pages.review", "Go to: {0}").format(f.message))
        go.setToolTip(QCoreApplication.translate("ui.pages.review", "Open {0} at {1}").format(self.content.step(f.step).title, labels.place(f.field)))
        go.clicked.connect(lambda _c=False, f=f: self.ctx.go_to(f.step, f.field))
        h.addWidget(go, 0, Qt.AlignmentFlag.AlignTop)
        self.go_buttons.append(go)
        row.setAccessibleName(f"{label}: {f.message}")
        return row


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
