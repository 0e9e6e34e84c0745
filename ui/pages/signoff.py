"""Step 11: who signs the charter, and their signatures.

A signature is given to the plan's fingerprint. Any later edit that changes the
fingerprint voids it: this page says so in a red banner naming who must sign
again, and the state column and the signature cards change at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.local_time import local_time
from ui.pages.base import StepPage
from ui.records import Column, RecordTable
from ui.table_model import Look
from ui.widgets.flow_layout import FlowLayout
from wizard import agreement, signing
from wizard.plan import Signatory, SignatoryRole, Signature, SignatureMethod
from wizard.signing import ROLE_LABELS, SignatureState
from wizard.steps import Step

STATE_TEXT = {
    SignatureState.unsigned: (QCoreApplication.translate("ui.pages.signoff", "○ Not signed"), "#4a5563"),
    SignatureState.valid: (QCoreApplication.translate("ui.pages.signoff", "✓ Signed"), "#1e6b40"),
    SignatureState.void: (QCoreApplication.translate("ui.pages.signoff", "✗ VOID — sign again"), "#b3261e"),
}
SHORT_STATE = {
    SignatureState.unsigned: QCoreApplication.translate("ui.pages.signoff", "○ Not signed"),
    SignatureState.valid: QCoreApplication.translate("ui.pages.signoff", "✓ Signed"),
    SignatureState.void: QCoreApplication.translate("ui.pages.signoff", "✗ VOID"),
}


def state_label_style(state: SignatureState) -> str:
    color = STATE_TEXT[state][1]
    weight = "700" if state is not SignatureState.unsigned else "600"
    return f"color: {color}; font-weight: {weight};"


def void_pixmap(pm: QPixmap) -> QPixmap:
    """The signature faded, with VOID across it (a voided signature must look voided)."""
    out = QPixmap(pm.size())
    out.setDevicePixelRatio(pm.devicePixelRatio())
    out.fill(Qt.GlobalColor.transparent)
    p = QPainter(out)
    p.setOpacity(0.3)
    p.drawPixmap(0, 0, pm)
    p.setOpacity(1.0)
    f = QFont(p.font())
    f.setBold(True)
    f.setPixelSize(max(10, int(pm.height() / pm.devicePixelRatio() * 0.45)))
    p.setFont(f)
    p.setPen(QColor("#b3261e"))
    p.drawText(QRectF(0, 0, pm.width() / pm.devicePixelRatio(), pm.height() / pm.devicePixelRatio()),
               Qt.AlignmentFlag.AlignCenter, "VOID")
    p.end()
    return out


class SignatureCard(QFrame):
    """One signatory: who, state (colour and words), the signature itself and when."""

    def __init__(self, page: SignoffPage, st: signing.SignatoryStatus, fp: str):
        super().__init__()
        self.setObjectName("card")
        self.index = st.index
        s = st.signatory
        lay = QVBoxLayout(self)
        h = self.fontMetrics().height()
        lay.setContentsMargins(h // 2 + 4, h // 2, h // 2 + 4, h // 2)
        lay.setSpacing(4)
        role = QLabel(ROLE_LABELS[s.role] + (" · required" if st.required else ""))
        role.setObjectName("figureLabel")
        role.setWordWrap(True)
        lay.addWidget(role)
        name = QLabel(s.name or QCoreApplication.translate("ui.pages.signoff", "(name not entered)"))
        name.setObjectName("figure")
        name.setWordWrap(True)
        lay.addWidget(name)
        if s.title or s.organization:
            org = QLabel(", ".join(x for x in (s.title, s.organization) if x))
            org.setWordWrap(True)
            lay.addWidget(org)
        self.state = QLabel(STATE_TEXT[st.state][0])
        self.state.setStyleSheet(state_label_style(st.state))
        self.state.setWordWrap(True)
        self.state.setAccessibleName(QCoreApplication.translate("ui.pages.signoff", "Signature of {0}: {1}").format(s.name or ROLE_LABELS[s.role], STATE_TEXT[st.state][0]))
        lay.addWidget(self.state)
        self.mark = QLabel()
        self.mark.setMinimumHeight(int(h * 2.8))
        self.mark.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        sig = s.signature
        if sig is None:
            self.mark.setText("")
        elif sig.method is SignatureMethod.drawn:
            self.mark.setPixmap(page.thumbnail(sig, st.state is SignatureState.void))
            self.mark.setAccessibleName(QCoreApplication.translate("ui.pages.signoff", "Drawn signature of {0}").format(s.name))
        else:
            f = QFont(self.font())
            f.setItalic(True)
            f.setFamilies(["URW Chancery L", "Z003", "DejaVu Serif", "serif"])
            f.setPointSizeF(self.font().pointSizeF() * 1.5)
            self.mark.setFont(f)
            self.mark.setText(sig.typed)
            if st.state is SignatureState.void:
                self.mark.setStyleSheet("color: #9aa5b1; text-decoration: line-through;")
        lay.addWidget(self.mark)
        if sig is not None:
            when = local_time(sig.signed_at)
            drawn = sig.method is SignatureMethod.drawn
            if sig.fingerprint == fp:
                text = (QCoreApplication.translate("ui.pages.signoff", "Signed (drawn) {when} · fingerprint {signed}") if drawn
                        else QCoreApplication.translate("ui.pages.signoff", "Signed (typed) {when} · fingerprint {signed}"))
            else:
                text = (QCoreApplication.translate("ui.pages.signoff", "Signed (drawn) {when} · fingerprint {signed} — the plan is now {now}") if drawn
                        else QCoreApplication.translate("ui.pages.signoff", "Signed (typed) {when} · fingerprint {signed} — the plan is now {now}"))
            detail = QLabel(text.format(when=when, signed=signing.short(sig.fingerprint), now=signing.short(fp)))
            detail.setObjectName("figureLabel")
            detail.setWordWrap(True)
            lay.addWidget(detail)
        lay.addStretch(1)
        self.page = page
        self.setToolTip(QCoreApplication.translate("ui.pages.signoff", "Click to select this signatory for signing"))

    def mousePressEvent(self, event) -> None:  # noqa: N802 - clicking a card selects its signatory
        self.page.select(self.index)
        super().mousePressEvent(event)


SIGN_TEXTS = {"draw": (QCoreApplication.translate("ui.pages.signoff", "Sign by &drawing…"), QCoreApplication.translate("ui.pages.signoff", "Sign again by &drawing…")),
              "type": (QCoreApplication.translate("ui.pages.signoff", "Sign by t&yping…"), QCoreApplication.translate("ui.pages.signoff", "Sign again by t&yping…"))}
"""Each signing button's text before and after the signatory has signed."""


class SignoffPage(StepPage):
    step = Step.signoff

    def build(self) -> None:
        self._fp: str | None = None
        self._cards_key: object = None
        self._void_seen: set[int] = set()
        self._thumbs: dict[tuple[str, bool, int], QPixmap] = {}
        self.preview_dialog = None
        self.doc.changed.connect(self._invalidate_fp)
        self.doc.replaced.connect(self._invalidate_fp)

        self.heading(QCoreApplication.translate("ui.pages.signoff", "Approval"))
        self.statement = QLabel(self.content.charter.approval_statement.strip())
        self.statement.setObjectName("card")
        self.statement.setWordWrap(True)
        self.statement.setTextFormat(Qt.TextFormat.PlainText)
        h = self.fontMetrics().height()
        self.statement.setContentsMargins(h, h * 2 // 3, h, h * 2 // 3)
        self.statement.setAccessibleName(QCoreApplication.translate("ui.pages.signoff", "Approval statement"))
        self.add(self.statement)
        self.plan_id = QLabel()
        self.plan_id.setObjectName("note")
        self.plan_id.setWordWrap(True)
        self.plan_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_button = QPushButton(QCoreApplication.translate("ui.pages.signoff", "&Preview before signing…"))
        self.preview_button.clicked.connect(self.show_preview)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.plan_id, 1)
        top.addWidget(self.preview_button, 0, Qt.AlignmentFlag.AlignTop)
        holder = QWidget()
        holder.setLayout(top)
        self.add(holder)

        self.void_banner = QLabel()
        self.void_banner.setObjectName("bannerBad")
        self.void_banner.setWordWrap(True)
        self.void_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.void_banner.setAccessibleName(QCoreApplication.translate("ui.pages.signoff", "Signatures voided by a change"))
        self.add(self.void_banner)
        self.findings_banner = QLabel()
        self.findings_banner.setObjectName("banner")
        self.findings_banner.setWordWrap(True)
        self.findings_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.add(self.findings_banner)
        self.ok_banner = QLabel()
        self.ok_banner.setObjectName("bannerOk")
        self.ok_banner.setWordWrap(True)
        self.add(self.ok_banner)

        self.heading(QCoreApplication.translate("ui.pages.signoff", "Signatories"))
        self.note(QCoreApplication.translate("ui.pages.signoff", "The police executive and the behavioral-health executive must sign. Add anyone else whose approval the program needs."))
        roles = [(r, ROLE_LABELS[r]) for r in SignatoryRole]
        self.table = RecordTable(self.binder, "signoff.signatories", [
            Column("role", QCoreApplication.translate("ui.pages.signoff", "Role"), "combo", roles, width=215),
            Column("signature", QCoreApplication.translate("ui.pages.signoff", "Signature"), "view", width=110, look=self._state_cell),
            Column("name", QCoreApplication.translate("ui.pages.signoff", "Name")),
            Column("title", QCoreApplication.translate("ui.pages.signoff", "Title")),
            Column("organization", QCoreApplication.translate("ui.pages.signoff", "Organization")),
        ], self._new_signatory, noun="signatory", removable=self._removable)
        self.table.remove_button.setToolTip(QCoreApplication.translate("ui.pages.signoff", "The first police executive and the first behavioral-health executive are required and cannot be removed."))
        self.table.table.currentCellChanged.connect(lambda *_a: self._update_controls())
        self.add(self.table)

        # The buttons come before the line about the selected signatory and are as wide as
        # their longest text: that line wraps differently for each signatory and the
        # buttons' words change once someone signed, and neither may move a button from
        # under the pointer (issue 14, defect 10).
        holder = QWidget()
        row = FlowLayout(holder)
        self.draw_button = QPushButton(SIGN_TEXTS["draw"][0])
        self.draw_button.setObjectName("primary")
        self.draw_button.clicked.connect(self.sign_drawn)
        self.type_button = QPushButton(SIGN_TEXTS["type"][0])
        self.type_button.setObjectName("primary")
        self.type_button.clicked.connect(self.sign_typed)
        self.clear_button = QPushButton(QCoreApplication.translate("ui.pages.signoff", "&Clear signature"))
        self.clear_button.clicked.connect(self.clear_signature)
        for b in (self.draw_button, self.type_button, self.clear_button):
            row.add(b)
        self.add(holder)
        self._reserve_button_widths()
        self.selected = QLabel()
        self.selected.setWordWrap(True)
        self.selected.setAccessibleName(QCoreApplication.translate("ui.pages.signoff", "Selected signatory"))
        self.add(self.selected)

        self.heading(QCoreApplication.translate("ui.pages.signoff", "Signatures"))
        self.cards = QWidget()
        self.cards_grid = QGridLayout(self.cards)
        self.cards_grid.setContentsMargins(0, 0, 0, 0)
        self.cards_grid.setHorizontalSpacing(12)
        self.cards_grid.setVerticalSpacing(12)
        self.add(self.cards)

        self.ctx.findings.changed.connect(self._findings_changed)
        if self.table.table.rowCount():
            self.table.table.setCurrentCell(0, 0)

    # --- model helpers --------------------------------------------------------------

    def _invalidate_fp(self, *_a) -> None:
        self._fp = None

    def fingerprint(self) -> str:
        if self._fp is None:
            self._fp = signing.fingerprint(self.doc.plan)
        return self._fp

    def _new_signatory(self) -> Signatory:
        missing = signing.missing_required_roles(self.doc.plan)
        return Signatory(role=missing[0] if missing else SignatoryRole.other)

    def _removable(self, row: Signatory) -> bool:
        if row.role not in signing.required_roles(self.doc.plan):
            return True
        first = next((s for s in self.doc.plan.signoff.signatories if s.role == row.role), None)
        return first is not row

    def _state_cell(self, _row: Signatory, sig: Signature | None) -> Look:
        if sig is None:
            state = SignatureState.unsigned
        elif sig.fingerprint == self.fingerprint():
            state = SignatureState.valid
        else:
            state = SignatureState.void
        if sig is None:
            tip = STATE_TEXT[state][0]
        else:
            tip = (QCoreApplication.translate("ui.pages.signoff", "{state}: drawn, {when}, for fingerprint {fingerprint}")
                   if sig.method is SignatureMethod.drawn else
                   QCoreApplication.translate("ui.pages.signoff", "{state}: typed, {when}, for fingerprint {fingerprint}")
                   ).format(state=STATE_TEXT[state][0], when=local_time(sig.signed_at), fingerprint=signing.short(sig.fingerprint))
        return Look(text=SHORT_STATE[state], foreground=STATE_TEXT[state][1], background="#ffffff",
                    bold=True, editable=False, description=STATE_TEXT[state][0], tooltip=tip)

    def thumbnail(self, sig: Signature, void: bool) -> QPixmap:
        from ui.widgets.signature_pad import pixmap_from_b64

        h = int(self.fontMetrics().height() * 2.8)
        key = (sig.image_png, void, h)
        if key not in self._thumbs:
            pm = pixmap_from_b64(sig.image_png)
            if not pm.isNull():
                pm = pm.scaled(int(h * 3.5), h, Qt.AspectRatioMode.KeepAspectRatio,
                               Qt.TransformationMode.SmoothTransformation)
                if void:
                    pm = void_pixmap(pm)
            if len(self._thumbs) > 32:
                self._thumbs.clear()
            self._thumbs[key] = pm
        return self._thumbs[key]

    def selected_index(self) -> int:
        n = len(self.doc.plan.signoff.signatories)
        i = self.table.table.currentRow()
        return i if 0 <= i < n else (0 if n else -1)

    def select(self, index: int) -> None:
        if 0 <= index < self.table.table.rowCount():
            self.table.table.setCurrentCell(index, 0)
            self._update_controls()

    def _who(self, s: Signatory) -> str:
        parts = [s.name.strip() or QCoreApplication.translate("ui.pages.signoff", "(no name)"), ROLE_LABELS[s.role]]
        if s.organization.strip():
            parts.append(s.organization.strip())
        return ", ".join(parts)

    # --- signing ----------------------------------------------------------------------

    def _prepare(self) -> tuple[int, Signatory] | None:
        self.ctx.flush_edits()
        i = self.selected_index()
        if i < 0:
            return None
        s = self.doc.plan.signoff.signatories[i]
        if not s.name.strip():
            dialogs.show_error(self, QCoreApplication.translate("ui.pages.signoff", "Cannot sign yet"), QCoreApplication.translate("ui.pages.signoff", "Enter the signatory's name before signing."))
            return None
        return i, s

    def _apply(self, new_plan, label: str) -> None:
        index = self.selected_index()
        self.doc.set("signoff", new_plan.signoff, label=label, merge=False)
        self._invalidate_fp()
        self.refresh()
        self.select(index)

    def sign_typed(self) -> None:
        prepared = self._prepare()
        if prepared is None:
            return
        i, s = prepared
        fp = signing.short(self.fingerprint())
        typed = f"/s/ {s.name.strip()}"
        if dialogs.confirm_typed_signature(self, self._who(s), typed, self.statement.text(), fp):
            self._apply(signing.sign(self.doc.plan, i, method=SignatureMethod.typed),
                        QCoreApplication.translate("ui.pages.signoff", "typed signature of {0}").format(s.name.strip()))
            self.ctx.status(QCoreApplication.translate("ui.pages.signoff", "{name} signed ({typed}).").format(name=s.name.strip(), typed=typed), 8000)

    def sign_drawn(self) -> None:
        prepared = self._prepare()
        if prepared is None:
            return
        i, s = prepared
        fp = signing.short(self.fingerprint())
        png = dialogs.ask_drawn_signature(self, self._who(s), self.statement.text(), fp)
        if png:
            self._apply(signing.sign(self.doc.plan, i, method=SignatureMethod.drawn, image_png_b64=png),
                        QCoreApplication.translate("ui.pages.signoff", "drawn signature of {0}").format(s.name.strip()))
            self.ctx.status(QCoreApplication.translate("ui.pages.signoff", "{0} signed (drawn).").format(s.name.strip()), 8000)

    def clear_signature(self) -> None:
        i = self.selected_index()
        if i < 0 or self.doc.plan.signoff.signatories[i].signature is None:
            return
        s = self.doc.plan.signoff.signatories[i]
        if not dialogs.ask_yes_no(self, QCoreApplication.translate("ui.pages.signoff", "Clear signature"), QCoreApplication.translate("ui.pages.signoff", "Remove the signature of {0}?").format(self._who(s))):
            return

        def clear(rows: list[Signatory]) -> None:
            rows[i].signature = None

        label = (QCoreApplication.translate("ui.pages.signoff", "clear the signature of {name}").format(name=s.name.strip()) if s.name.strip()
                 else QCoreApplication.translate("ui.pages.signoff", "clear the signature of signatory {n}").format(n=i + 1))
        self.doc.edit("signoff.signatories", clear, label=label)
        self.select(i)

    def show_preview(self) -> None:
        from ui.widgets.charter_preview import PreviewDialog

        self.ctx.flush_edits()
        if self.preview_dialog is None:
            self.preview_dialog = PreviewDialog(self.content, self)
        self.preview_dialog.show()
        self.preview_dialog.raise_()
        self.preview_dialog.preview.render(self.doc.plan)

    # --- live state ---------------------------------------------------------------------

    def _findings_changed(self) -> None:
        """Runs after every (debounced) check, even when this page is hidden: an edit on
        another page that voids signatures is announced in the status bar at once."""
        if not self.built:
            return
        voided = {st.index for st in signing.must_resign(self.doc.plan)}
        new = voided - self._void_seen
        self._void_seen = voided
        if new and not self.isVisible():
            names = ", ".join(self.doc.plan.signoff.signatories[i].name or "a signatory" for i in sorted(voided))
            self.ctx.status(
                QCoreApplication.translate("ui.pages.signoff", "That change voided signatures: {0} must sign again (Sign-off step).").format(names), 15000)
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        plan = self.doc.plan
        fp = self.fingerprint()
        sts = signing.statuses(plan, fp)
        self.statement.setText(agreement.approval_statement(plan, self.content))  # follows the document kind
        self._void_seen = {st.index for st in sts if st.state is SignatureState.void}
        self.plan_id.setText(QCoreApplication.translate("ui.pages.signoff", "You are signing revision {0} of this plan, fingerprint {1}.").format(plan.metadata.revision, signing.short(fp)))

        void = [st for st in sts if st.state is SignatureState.void]
        if void:
            names = "\n".join(f"  • {self._who(st.signatory)}" for st in void)
            self.void_banner.setText((
                QCoreApplication.translate("ui.pages.signoff", "The plan changed after it was signed (fingerprint now {fingerprint}), so this signature is VOID. Must sign again:\n{names}")
                if len(void) == 1 else
                QCoreApplication.translate("ui.pages.signoff", "The plan changed after it was signed (fingerprint now {fingerprint}), so these signatures are VOID. Must sign again:\n{names}")
            ).format(fingerprint=signing.short(fp), names=names))
        self.void_banner.setVisible(bool(void))

        messages = [f.message for f in self.ctx.findings if f.step is Step.signoff]
        self.findings_banner.setText("\n".join(f"• {m}" for m in messages))
        self.findings_banner.setVisible(bool(messages))

        if signing.fully_signed(plan):
            self.ok_banner.setText(QCoreApplication.translate("ui.pages.signoff", "All required signatures are valid for fingerprint {0}.").format(signing.short(fp)))
            self.ok_banner.show()
        else:
            self.ok_banner.hide()

        self.table.refresh()
        self._fill_cards(sts, fp)
        self._update_controls()

    def _fill_cards(self, sts: list[signing.SignatoryStatus], fp: str) -> None:
        key = (fp, self.fontMetrics().height(),
               tuple((st.signatory.model_dump_json(), st.state, st.required) for st in sts))
        if key == self._cards_key:
            return
        self._cards_key = key
        while self.cards_grid.count():
            item = self.cards_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        cols = 3 if len(sts) > 4 else 2
        for n, st in enumerate(sts):
            self.cards_grid.addWidget(SignatureCard(self, st, fp), n // cols, n % cols)
        for c in range(cols):
            self.cards_grid.setColumnStretch(c, 1)

    def _reserve_button_widths(self) -> None:
        """Each signing button is as wide as the longer of its two texts."""
        for button, key in ((self.draw_button, "draw"), (self.type_button, "type")):
            shown = button.text()
            widths = []
            for text in SIGN_TEXTS[key]:
                button.setText(text)
                widths.append(button.sizeHint().width())
            button.setText(shown)
            button.setFixedWidth(max(widths))  # the flow layout places items by their hint

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.built:  # zoom: wider texts
            self._reserve_button_widths()

    def _update_controls(self) -> None:
        i = self.selected_index()
        rows = self.doc.plan.signoff.signatories
        if i < 0:
            self.selected.setText(QCoreApplication.translate("ui.pages.signoff", "Add a signatory to sign."))
            for b in (self.draw_button, self.type_button, self.clear_button):
                b.setEnabled(False)
            return
        s = rows[i]
        named = bool(s.name.strip())
        state = signing.statuses(self.doc.plan, self.fingerprint())[i].state
        text = (QCoreApplication.translate("ui.pages.signoff", "Selected: {who} — {state}.") if named
                else QCoreApplication.translate("ui.pages.signoff", "Selected: {who} — {state}. Enter the name before signing.")
                ).format(who=self._who(s), state=STATE_TEXT[state][0])
        self.selected.setText(text)
        self.draw_button.setEnabled(named)
        self.type_button.setEnabled(named)
        self.clear_button.setEnabled(s.signature is not None)
        again = state is not SignatureState.unsigned
        self.draw_button.setText(SIGN_TEXTS["draw"][again])
        self.type_button.setText(SIGN_TEXTS["type"][again])
        self.table.remove_button.setEnabled(self._removable(s))
