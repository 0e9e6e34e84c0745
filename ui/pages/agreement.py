"""Step 6: agreement terms. The term, notice and cost cap; each party's obligations; the
addresses for notices; and every clause of the library with its purpose, its options,
the wording as it will print (filled in from the plan by :mod:`wizard.agreement`), a
choice to adopt, edit or omit it, and a text box for the plan's own wording.

The window only shows and edits: every sentence comes from ``clauses.yaml`` and every
filled-in value from the domain; edits go through :meth:`PlanDocument.edit`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QComboBox, QFrame, QVBoxLayout, QWidget

from ui.binding import TEXT_COMMIT_MS, GrowingTextEdit, enum_options
from ui.pages.base import StepPage
from ui.records import Column, RecordTable
from ui.widgets.figures import FindingsBanner, add_field_note, shrinkable, wrapped
from ui.widgets.inputs import ComboBox
from wizard import agreement
from wizard.clauses import ClauseInfo
from wizard.plan import (
    ClauseChoice,
    ClauseStatus,
    NoticeAddress,
    Obligation,
    ObligationArea,
    Renewal,
)
from wizard.steps import Step

RENEWAL_LABELS = {
    "automatic": QCoreApplication.translate("ui.pages.agreement", "Renews automatically unless a party gives notice"),
    "by_written_agreement": QCoreApplication.translate("ui.pages.agreement", "Renews only by written agreement"),
    "none": QCoreApplication.translate("ui.pages.agreement", "Does not renew"),
}
DECISIONS: list[tuple[ClauseStatus | None, str]] = [
    (None, QCoreApplication.translate("ui.pages.agreement", "Not decided yet")),
    (ClauseStatus.adopted, QCoreApplication.translate("ui.pages.agreement", "Adopt as written")),
    (ClauseStatus.edited, QCoreApplication.translate("ui.pages.agreement", "Edit the wording")),
    (ClauseStatus.omitted, QCoreApplication.translate("ui.pages.agreement", "Omit")),
]


class ClauseEditor(QFrame):
    """One clause: purpose, decision, option, the wording as it will print, our wording."""

    def __init__(self, page: AgreementPage, info: ClauseInfo, number: str):
        super().__init__()
        self.page = page
        self.info = info
        self.setObjectName("card")
        self.setAccessibleName(info.title)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(4)
        head = wrapped(f"{number}. {info.title}", "sectionTitle")
        box.addWidget(head)
        box.addWidget(wrapped(info.purpose, "note"))

        self.decision = ComboBox()
        for _v, text in DECISIONS:
            self.decision.addItem(text)
        self.decision.setAccessibleName(QCoreApplication.translate("ui.pages.agreement", "{0}: adopt, edit or omit").format(info.title))
        self.decision.currentIndexChanged.connect(self._decided)
        box.addWidget(shrinkable(self.decision, 18))

        self.option: QComboBox | None = None
        if info.options and info.option_from is None:
            self.option = ComboBox()
            self.option.addItem(QCoreApplication.translate("ui.pages.agreement", "Choose a wording…"))
            for o in info.options:
                self.option.addItem(o.label)
            self.option.setAccessibleName(QCoreApplication.translate("ui.pages.agreement", "{0}: which wording").format(info.title))
            self.option.currentIndexChanged.connect(self._optioned)
            box.addWidget(shrinkable(self.option, 24))
        elif info.option_from is not None:
            box.addWidget(wrapped(QCoreApplication.translate("ui.pages.agreement", "The wording follows the renewal answer above."), "note"))

        self.preview = wrapped("", "preview")
        self.preview.setAccessibleName(QCoreApplication.translate("ui.pages.agreement", "{0}: as it will print").format(info.title))
        box.addWidget(self.preview)

        self.editor = GrowingTextEdit(3, 12)
        self.editor.setTabChangesFocus(True)
        self.editor.setPlaceholderText(QCoreApplication.translate("ui.pages.agreement", "Our own wording, kept exactly as typed"))
        self.editor.setAccessibleName(QCoreApplication.translate("ui.pages.agreement", "{0}: our wording").format(info.title))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_COMMIT_MS)
        self._timer.timeout.connect(self._commit_text)
        self.editor.textChanged.connect(self._timer.start)
        box.addWidget(self.editor)
        box.addWidget(wrapped(QCoreApplication.translate("ui.pages.agreement", "When counsel should change it: {guidance}")
                              .format(guidance=" ".join(info.counsel.split())), "note"))

    # --- plan access ------------------------------------------------------------------

    def choice(self) -> ClauseChoice:
        return agreement.choice_for(self.page.doc.plan, self.info.id)

    def _write(self, **changes) -> None:
        cid = self.info.id

        def apply(clauses: list[ClauseChoice]) -> list[ClauseChoice]:
            current = next((c for c in clauses if c.clause == cid), ClauseChoice(clause=cid))
            new = current.model_copy(update=changes)
            out = [new if c.clause == cid else c for c in clauses]
            return out if any(c.clause == cid for c in clauses) else [*out, new]

        self.page.doc.edit("agreement.clauses", apply)
        self.load(agreement.resolve(self.page.doc.plan, self.page.content))  # at once; the page refreshes after

    def _decided(self, index: int) -> None:
        try:
            status = DECISIONS[index][0] if 0 <= index < len(DECISIONS) else None
            changes: dict = {"status": status}
            current = self.choice()
            if status is ClauseStatus.adopted and self.option is not None and current.option is None:
                changes["option"] = self.info.default_option  # what the preview showed is what is adopted
            if status is ClauseStatus.edited and not current.text.strip() and not self.editor.toPlainText().strip():
                text, _missing, _no = agreement.wording(self.page.doc.plan, self.page.content, self.info,
                                                        current.option or self.info.default_option)
                changes["text"] = text  # start from the wording shown, to edit it
            self._write(**changes)
        except Exception as exc:  # noqa: BLE001 - a slot must not raise into Qt
            self.page.show_error(str(exc))

    def _optioned(self, index: int) -> None:
        try:
            option = self.info.options[index - 1].id if index >= 1 else None
            self._write(option=option)
        except Exception as exc:  # noqa: BLE001
            self.page.show_error(str(exc))

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self._commit_text()

    def _commit_text(self) -> None:
        try:
            text = self.editor.toPlainText()
            if text != self.choice().text:
                self._write(text=text)
        except Exception as exc:  # noqa: BLE001
            self.page.show_error(str(exc))

    # --- showing ------------------------------------------------------------------------

    def load(self, values: dict[str, str | None]) -> None:
        plan, content = self.page.doc.plan, self.page.content
        c = self.choice()
        index = next((i for i, (v, _t) in enumerate(DECISIONS) if v == c.status), 0)
        if self.decision.currentIndex() != index:
            blocked = self.decision.blockSignals(True)
            self.decision.setCurrentIndex(index)
            self.decision.blockSignals(blocked)
        if self.option is not None:
            ids = [o.id for o in self.info.options]
            oi = ids.index(c.option) + 1 if c.option in ids else 0
            if self.option.currentIndex() != oi:
                blocked = self.option.blockSignals(True)
                self.option.setCurrentIndex(oi)
                self.option.blockSignals(blocked)
        if self.editor.toPlainText() != c.text and not self._timer.isActive() and not self.editor.hasFocus():
            blocked = self.editor.blockSignals(True)
            self.editor.setPlainText(c.text)
            self.editor.blockSignals(blocked)
        editing = c.status is ClauseStatus.edited
        self.editor.setEnabled(editing)
        self.editor.setVisible(editing)  # shown while the clause is in our own words
        option = agreement.option_in_force(plan, self.info, c)
        if c.status is ClauseStatus.omitted:
            self.preview.setText(QCoreApplication.translate("ui.pages.agreement", "Omitted: this clause is not printed."))
            return
        if c.status is ClauseStatus.edited:
            self.preview.setText(QCoreApplication.translate("ui.pages.agreement", "Printed in our own wording, below."))
            return
        shown = option if option is not None or self.info.option_from else self.info.default_option
        text, _missing, _no = agreement.wording(plan, content, self.info, shown, values)
        lead = QCoreApplication.translate("ui.pages.agreement", "As it will print:") if c.status is ClauseStatus.adopted else \
            QCoreApplication.translate("ui.pages.agreement", "Not decided, so not printed. Adopted, it would read:")
        self.preview.setText(f"{lead}\n{text}")


class AgreementPage(StepPage):
    step = Step.agreement

    def note_for(self, widget: QWidget, path: str) -> None:
        add_field_note(widget, self.content.field_note(self.step, path))

    def build(self) -> None:
        self.editors: list[ClauseEditor] = []
        self.note(QCoreApplication.translate("ui.pages.agreement", "Each clause below comes from the clause library. Adopt it as written, edit its wording (your words are kept exactly), or omit it. Where the wording names a fact the plan does not hold yet, it says what is missing instead."))

        f = self.form(QCoreApplication.translate("ui.pages.agreement", "Authority, term and notice"))
        w = f.line("agreement.statute", QCoreApplication.translate("ui.pages.agreement", "Interlocal-cooperation &statute"), QCoreApplication.translate("ui.pages.agreement", "As counsel cites it"))
        self.note_for(w, "agreement.statute")
        f.date("agreement.term.start", QCoreApplication.translate("ui.pages.agreement", "Effecti&ve date"))
        self.term_months = f.integer("agreement.term.months", QCoreApplication.translate("ui.pages.agreement", "Term in &months"), 1, 240, optional=True,
                                     suffix=QCoreApplication.translate("ui.pages.agreement", " months"),
                                     help=QCoreApplication.translate("ui.pages.agreement", "Give the term in months or as an end date, not both: clear one (“—”, “No date”) to give the other."))
        self.term_end = f.date("agreement.term.end", QCoreApplication.translate("ui.pages.agreement", "…or the term en&ds on"),
                               help=QCoreApplication.translate("ui.pages.agreement", "Give the term in months or as an end date, not both: clear the months to give an end date."))
        renewals = enum_options(Renewal, RENEWAL_LABELS, QCoreApplication.translate("ui.pages.agreement", "Not decided yet"))
        f.combo("agreement.term.renewal", QCoreApplication.translate("ui.pages.agreement", "Rene&wal"), renewals)
        f.integer("agreement.term.renewal_months", QCoreApplication.translate("ui.pages.agreement", "Each renewal &lasts"), 1, 240, optional=True, suffix=QCoreApplication.translate("ui.pages.agreement", " months"))
        w = f.integer("agreement.termination_notice_days", QCoreApplication.translate("ui.pages.agreement", "Termination noti&ce"), 1, 730, optional=True,
                      suffix=QCoreApplication.translate("ui.pages.agreement", " days"))
        self.note_for(w, "agreement.termination_notice_days")
        f.integer("agreement.cure_days", QCoreApplication.translate("ui.pages.agreement", "Days to c&ure a breach"), 1, 365, optional=True, suffix=QCoreApplication.translate("ui.pages.agreement", " days"))
        f.number("agreement.cost_cap", QCoreApplication.translate("ui.pages.agreement", "Most either party pays a &year"), 0, 1_000_000_000, decimals=0, step=1000,
                 optional=True, prefix="$")

        self.heading(QCoreApplication.translate("ui.pages.agreement", "What each party shall do"))
        self.note(self.content.field_note(self.step, "agreement.obligations"))
        areas = [(None, QCoreApplication.translate("ui.pages.agreement", "Choose…")), *((a, agreement.AREA_LABELS[a]) for a in ObligationArea)]
        self.obligations = RecordTable(self.binder, "agreement.obligations", [
            Column("party", QCoreApplication.translate("ui.pages.agreement", "Party"), width=220),
            Column("area", QCoreApplication.translate("ui.pages.agreement", "Area"), "combo", areas, width=140),
            Column("duty", QCoreApplication.translate("ui.pages.agreement", "Shall")),
        ], self._new_obligation, noun="obligation")
        self.add(self.obligations)
        self.by_party = wrapped("", "note")
        self.by_party.setAccessibleName(QCoreApplication.translate("ui.pages.agreement", "Obligations by party, as they will print"))
        self.add(self.by_party)

        self.heading(QCoreApplication.translate("ui.pages.agreement", "Addresses for notices"))
        self.notices = RecordTable(self.binder, "agreement.notices", [
            Column("party", QCoreApplication.translate("ui.pages.agreement", "Party"), width=220),
            Column("attention", QCoreApplication.translate("ui.pages.agreement", "Attention"), width=170),
            Column("address", QCoreApplication.translate("ui.pages.agreement", "Address")),
            Column("email", QCoreApplication.translate("ui.pages.agreement", "Email"), width=170),
        ], lambda: NoticeAddress(), noun=QCoreApplication.translate("ui.pages.agreement", "notice address"))
        self.add(self.notices)

        self.heading(QCoreApplication.translate("ui.pages.agreement", "Clauses"))
        self.error = wrapped("", "fieldError")
        self.error.hide()
        self.add(self.error)
        counts = {"recitals": 0, "terms": 0}
        for info in self.content.clauses:
            counts[info.part] += 1
            number = chr(ord("A") + counts["recitals"] - 1) if info.part == "recitals" else str(counts["terms"])
            ed = ClauseEditor(self, info, number)
            self.editors.append(ed)
            self.add(ed)
        self.binder.focusers["agreement.clauses"] = self._focus_clause

        self.findings = FindingsBanner(lambda: self.ctx.findings, ["agreement"])
        self.add(self.findings)
        window = getattr(self.ctx, "window", None)
        if window is not None and hasattr(window, "findingsChanged"):
            window.findingsChanged.connect(self._findings_changed)

    def _new_obligation(self) -> Obligation:
        parties = agreement.signing_parties(self.doc.plan)
        return Obligation(party=parties[0] if parties else "")

    def _focus_clause(self, path: str) -> bool:
        """agreement.clauses[i]… focuses that clause's editor; the list itself the first undecided clause."""
        import re

        m = re.match(r"agreement\.clauses\[(\d+)\](\.text)?", path)
        target: ClauseEditor | None = None
        if m:
            cid = self.doc.plan.agreement.clauses[int(m.group(1))].clause \
                if int(m.group(1)) < len(self.doc.plan.agreement.clauses) else ""
            target = next((e for e in self.editors if e.info.id == cid), None)
            if target is not None and m.group(2) and target.editor.isEnabled():
                target.editor.setFocus()
                return True
        if target is None:
            target = next((e for e in self.editors if e.choice().status is None), self.editors[0] if self.editors else None)
        if target is None:
            return False
        target.decision.setFocus()
        return True

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def flush(self) -> None:
        super().flush()
        if self.built:
            for e in self.editors:
                e.flush()

    def _findings_changed(self) -> None:
        if self.built:
            self.findings.refresh()

    def refresh(self) -> None:
        try:
            plan = self.doc.plan
            term = plan.agreement.term
            # one way of giving the term at a time: the other field waits until this one is cleared
            self.term_end.setEnabled(term.months is None)
            self.term_months.setEnabled(term.end is None)
            values = agreement.resolve(plan, self.content)
            for e in self.editors:
                e.load(values)
            blocks = agreement.obligation_blocks(plan)
            self.by_party.setText("\n".join(QCoreApplication.translate("ui.pages.agreement", "{party} shall: {duties}.")
                                            .format(party=b["party"], duties="; ".join(b["items"])) for b in blocks)
                                  or QCoreApplication.translate("ui.pages.agreement", "No obligations are listed yet."))
            self.show_error("")
            self._findings_changed()
        except Exception as exc:  # noqa: BLE001 - an exception escaping refresh() corrupts PySide
            self.show_error(QCoreApplication.translate("ui.pages.agreement", "Could not show the agreement terms: {0}").format(exc))

