"""Step 7: data and reporting — the second key decision.

Measures come from the catalog, grouped as process, output and outcome; each can be
chosen and given a target, with its description and any caution (ER transports can
move the wrong way) shown beside it. Then custom measures, data sources, storage,
ownership, reporting and the baseline.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QLineEdit, QWidget

from ui.binding import enum_options
from ui.pages.base import StepPage
from ui.records import Column, RecordTable
from ui.widgets.wrapcheck import WrapCheck
from wizard.content import Measure
from wizard.labels import VALUE_LABELS
from wizard.plan import Cadence, CustomMeasure, MeasureCategory, SelectedMeasure
from wizard.steps import Step

CATEGORY_LABELS = VALUE_LABELS[MeasureCategory]


class MeasureRow:
    """One catalog measure: a check box to choose it and a target once chosen."""

    def __init__(self, page: DataPage, measure_id: str, label: str, grid: QGridLayout, row: int,
                 note: str = "", caution: str = ""):
        self.page = page
        self.measure_id = measure_id
        self.check = WrapCheck(label)
        self.check.box.setAccessibleName(QCoreApplication.translate("ui.pages.data", "Measure: {0}").format(label))
        self.target = QLineEdit()
        self.target.setMaxLength(300)
        self.target.setPlaceholderText(QCoreApplication.translate("ui.pages.data", "Target (optional)"))
        self.target.setAccessibleName(QCoreApplication.translate("ui.pages.data", "Target for {0}").format(label))
        self.target.setMinimumWidth(self.target.fontMetrics().averageCharWidth() * 22)
        grid.addWidget(self.check, row, 0)
        grid.addWidget(self.target, row, 1, Qt.AlignmentFlag.AlignTop)
        self.widgets: list[QWidget] = [self.check, self.target]
        r = row + 1
        if note:
            lab = QLabel(note)
            lab.setObjectName("note")
            lab.setWordWrap(True)
            lab.setContentsMargins(26, 0, 0, 0)
            grid.addWidget(lab, r, 0, 1, 2)
            self.widgets.append(lab)
            r += 1
        if caution:
            lab = QLabel(caution)
            lab.setObjectName("banner")
            lab.setWordWrap(True)
            lab.setAccessibleName(QCoreApplication.translate("ui.pages.data", "Caution about {0}").format(label))
            grid.addWidget(lab, r, 0, 1, 2)
            self.widgets.append(lab)
            r += 1
        self.rows_used = r - row
        self.check.toggled.connect(self._toggled)
        self.target.textEdited.connect(self._target_edited)

    def _toggled(self, checked: bool) -> None:
        self.page.choose(self.measure_id, checked)
        self.target.setEnabled(checked)  # at once, so Tab goes straight to the target

    def _target_edited(self, text: str) -> None:
        self.page.set_target(self.measure_id, text)

    def show(self, chosen: SelectedMeasure | None) -> None:
        blocked = self.check.box.blockSignals(True)
        self.check.setChecked(chosen is not None)
        self.check.box.blockSignals(blocked)
        self.target.setEnabled(chosen is not None)
        text = chosen.target if chosen is not None else ""
        if self.target.text() != text:
            self.target.setText(text)
            self.target.setCursorPosition(0)

    def remove(self) -> None:
        for w in self.widgets:
            w.setParent(None)
            w.deleteLater()


class DataPage(StepPage):
    step = Step.data

    def build(self) -> None:
        self.heading(QCoreApplication.translate("ui.pages.data", "Performance measures"))
        self.note(QCoreApplication.translate("ui.pages.data", "Choose what the program will count, and give a target where the partners can agree on one. Measure process (is it running as designed?), output (what did it produce?) and outcome (did it make a difference?)."))
        self.rows: dict[str, MeasureRow] = {}
        self.counts: dict[MeasureCategory, QLabel] = {}
        source_labels = {o.id: o.label for o in self.content.catalogs.data_sources}
        for cat in MeasureCategory:
            title = QLabel()
            title.setObjectName("sectionTitle")
            title.setStyleSheet("border: none;")
            self.counts[cat] = title
            self.add(title)
            holder = QWidget()
            grid = QGridLayout(holder)
            grid.setContentsMargins(8, 0, 0, 0)
            grid.setHorizontalSpacing(16)
            grid.setVerticalSpacing(4)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(1, 2)
            r = 0
            for m in self.content.catalogs.measures:
                if m.category is not cat:
                    continue
                row = MeasureRow(self, m.id, m.label, grid, r, self._measure_note(m, source_labels), m.caution)
                self.rows[m.id] = row
                r += row.rows_used
            self.add(holder)
        self.unknown_title = QLabel(QCoreApplication.translate("ui.pages.data", "Measures not in the catalog"))
        self.unknown_title.setObjectName("sectionTitle")
        self.unknown_title.setStyleSheet("border: none;")
        self.add(self.unknown_title)
        self.unknown_holder = QWidget()
        self.unknown_grid = QGridLayout(self.unknown_holder)
        self.unknown_grid.setContentsMargins(8, 0, 0, 0)
        self.unknown_grid.setColumnStretch(0, 3)
        self.unknown_grid.setColumnStretch(1, 2)
        self.add(self.unknown_holder)
        self.unknown_rows: dict[str, MeasureRow] = {}
        self.binder.focusers["data.measures"] = self._focus_measure

        self.heading(QCoreApplication.translate("ui.pages.data", "Custom measures"))
        self.note(QCoreApplication.translate("ui.pages.data", "Anything else the partners want to count that the list above does not offer."))
        self.custom = RecordTable(self.binder, "data.custom_measures", [
            Column("name", QCoreApplication.translate("ui.pages.data", "Measure")),
            Column("category", QCoreApplication.translate("ui.pages.data", "Kind"), "combo", enum_options(MeasureCategory, CATEGORY_LABELS), width=130),
            Column("target", QCoreApplication.translate("ui.pages.data", "Target")),
        ], lambda: CustomMeasure(name="", category=MeasureCategory.process), noun=QCoreApplication.translate("ui.pages.data", "custom measure"))
        self.add(self.custom)

        f = self.form(QCoreApplication.translate("ui.pages.data", "Where the data comes from"))
        f.checklist("data.data_sources", QCoreApplication.translate("ui.pages.data", "Data &sources"),
                    [(o.id, o.label) for o in self.content.catalogs.data_sources])
        self.sources_hint = QLabel()
        self.sources_hint.setObjectName("note")
        self.sources_hint.setWordWrap(True)
        f.layout.addRow("", self.sources_hint)
        f.text("data.storage", QCoreApplication.translate("ui.pages.data", "Sto&rage"), QCoreApplication.translate("ui.pages.data", "Where the program's data is kept, and in what form"), rows=3)

        f = self.form(QCoreApplication.translate("ui.pages.data", "Ownership and reporting"))
        f.line("data.data_owner", QCoreApplication.translate("ui.pages.data", "Data o&wner"), QCoreApplication.translate("ui.pages.data", "The agency and role that owns the data and answers for it"))
        f.line("data.report_producer", QCoreApplication.translate("ui.pages.data", "Reports &produced by"), QCoreApplication.translate("ui.pages.data", "Who compiles and publishes the reports"))
        f.combo("data.reporting_cadence", QCoreApplication.translate("ui.pages.data", "Reporting &cadence"), enum_options(Cadence, VALUE_LABELS[Cadence], QCoreApplication.translate("ui.pages.data", "Not decided yet")))
        f.lines("data.audience", QCoreApplication.translate("ui.pages.data", "Reports go t&o"), QCoreApplication.translate("ui.pages.data", "One audience per line (committee, council, funder…)"), rows=3)

        f = self.form(QCoreApplication.translate("ui.pages.data", "Baseline and evaluation"))
        f.integer("data.baseline_months", QCoreApplication.translate("ui.pages.data", "Base&line period"), 0, 120, optional=True, suffix=QCoreApplication.translate("ui.pages.data", " months"),
                  help=QCoreApplication.translate("ui.pages.data", "Months of data collected before launch, to measure change against."))
        f.text("data.baseline_description", QCoreApplication.translate("ui.pages.data", "Baseline &data"), QCoreApplication.translate("ui.pages.data", "What the baseline covers and where it comes from"),
               rows=3)
        f.line("data.evaluation_partner", QCoreApplication.translate("ui.pages.data", "Evaluation p&artner"), QCoreApplication.translate("ui.pages.data", "A university or evaluator, if any"))

    @staticmethod
    def _measure_note(m: Measure, source_labels: dict[str, str]) -> str:
        parts = []
        if m.description:
            parts.append(m.description)
        if m.data_sources:
            parts.append(QCoreApplication.translate("ui.pages.data", "Data: {0}.").format(
                ", ".join(source_labels.get(s, s) for s in m.data_sources)))
        if m.source:
            parts.append(QCoreApplication.translate("ui.pages.data", "Source: {0}.").format(m.source))
        return " ".join(parts)

    # --- editing -------------------------------------------------------------------

    def _order(self) -> dict[str, int]:
        return {m.id: i for i, m in enumerate(self.content.catalogs.measures)}

    def choose(self, measure_id: str, chosen: bool) -> None:
        """Add or remove a measure (kept in catalog order), keeping its target."""
        order = self._order()

        def apply(items: list[SelectedMeasure]) -> list[SelectedMeasure]:
            kept = [m for m in items if m.measure != measure_id]
            if chosen:
                kept.append(SelectedMeasure(measure=measure_id))
            return sorted(kept, key=lambda m: order.get(m.measure, len(order)))

        self.doc.edit("data.measures", apply)

    def set_target(self, measure_id: str, target: str) -> None:
        def apply(items: list[SelectedMeasure]) -> None:
            for m in items:
                if m.measure == measure_id:
                    m.target = target

        self.doc.edit("data.measures", apply)

    def _focus_measure(self, path: str) -> bool:
        items = self.doc.plan.data.measures
        rest = path[len("data.measures"):]
        row: MeasureRow | None = None
        if rest.startswith("[") and "]" in rest:
            i = int(rest[1:rest.index("]")])
            if 0 <= i < len(items):
                row = self.rows.get(items[i].measure) or self.unknown_rows.get(items[i].measure)
        if row is None:
            row = next(iter(self.rows.values()), None)
        if row is None:
            return False
        target = row.target if rest.endswith(".target") and row.target.isEnabled() else row.check.box
        self.scroll.ensureWidgetVisible(row.check)
        target.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- live --------------------------------------------------------------------------

    def refresh(self) -> None:
        d = self.doc.plan.data
        chosen = {m.measure: m for m in d.measures}
        for mid, row in self.rows.items():
            row.show(chosen.get(mid))
        for cat, title in self.counts.items():
            ids = [m.id for m in self.content.catalogs.measures if m.category is cat]
            n = sum(1 for i in ids if i in chosen) + sum(1 for c in d.custom_measures if c.category is cat)
            title.setText(QCoreApplication.translate("ui.pages.data", "{0} measures — {1} chosen").format(CATEGORY_LABELS[cat.value], n))
            title.setAccessibleName(title.text())
        self._refresh_unknown(chosen)
        self._refresh_sources_hint(chosen)

    def _refresh_unknown(self, chosen: dict[str, SelectedMeasure]) -> None:
        unknown = [mid for mid in chosen if mid not in self.rows]
        if list(self.unknown_rows) != unknown:
            for row in self.unknown_rows.values():
                row.remove()
            self.unknown_rows = {}
            r = 0
            for mid in unknown:
                row = MeasureRow(self, mid, mid, self.unknown_grid, r,
                                 QCoreApplication.translate("ui.pages.data", "This measure is not in the content's catalog; untick it to remove it."))
                self.unknown_rows[mid] = row
                r += row.rows_used
        for mid, row in self.unknown_rows.items():
            row.show(chosen.get(mid))
        self.unknown_title.setVisible(bool(unknown))
        self.unknown_holder.setVisible(bool(unknown))

    def _refresh_sources_hint(self, chosen: dict[str, SelectedMeasure]) -> None:
        needed: list[str] = []
        for m in self.content.catalogs.measures:
            if m.id in chosen:
                needed += [s for s in m.data_sources if s not in needed]
        have = set(self.doc.plan.data.data_sources)
        missing = [self.content.catalogs.label("data_sources", s) for s in needed if s not in have]
        if missing:
            self.sources_hint.setText(QCoreApplication.translate("ui.pages.data", "The chosen measures also draw on: ") + "; ".join(missing) + ".")
        elif needed:
            self.sources_hint.setText(QCoreApplication.translate("ui.pages.data", "Every source the chosen measures draw on is ticked."))
        else:
            self.sources_hint.setText("")
        self.sources_hint.setVisible(bool(needed))
