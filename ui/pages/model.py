"""Step 2: the program model. The four models side by side, a recommendation from the
agency profile with its reasons, the primary and complementary choice, the rationale,
and the response tiers when the program is one tier of a 911/988 triage system."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.pages.base import StepPage
from ui.records import Column, RecordTable
from ui.widgets.figures import (
    FindingsBanner,
    ResponsiveGrid,
    add_field_note,
    bullets,
    restyle,
    wrapped,
)
from wizard.content import ModelInfo
from wizard.plan import ModelId, ProgramModelChoice, ResponseTier
from wizard.recommend import Recommendation, recommend
from wizard.steps import Step


class ModelCard(QFrame):
    """One model: what it is, strengths, trade-offs, when it fits, staffing on demand,
    and the two choices (primary, complementary)."""

    def __init__(self, info: ModelInfo, group: QButtonGroup, parent: QWidget | None = None):
        super().__init__(parent)
        self.info = info
        self.setObjectName("card")
        self.setAccessibleName(QCoreApplication.translate("ui.pages.model", "{0} model").format(info.name))
        lay = QVBoxLayout(self)
        lay.setContentsMargins(14, 12, 14, 12)
        lay.setSpacing(6)

        self.badge = QLabel(QCoreApplication.translate("ui.pages.model", "Recommended"))
        self.badge.setObjectName("bannerOk")
        keep = self.badge.sizePolicy()
        keep.setRetainSizeWhenHidden(True)  # titles stay level across the row of cards
        self.badge.setSizePolicy(keep)
        self.badge.hide()
        lay.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignLeft)
        title = wrapped(info.name, "sectionTitle")
        title.setStyleSheet("border: none; padding: 0px;")
        lay.addWidget(title)

        lay.addWidget(wrapped(info.summary))
        for caption, items in (("Strengths", info.strengths), ("Trade-offs", info.tradeoffs),
                               (QCoreApplication.translate("ui.pages.model", "Fits when"), info.fits_when)):
            cap = QLabel(caption)
            cap.setObjectName("figureLabel")
            cap.setStyleSheet("font-weight: 600;")
            lay.addWidget(cap)
            lab = wrapped(bullets(items), rich=True)
            lab.setAccessibleName(f"{info.short_name}: {caption.lower()}")
            lab.setAccessibleDescription(" ".join(items))
            lay.addWidget(lab)

        self.more = QToolButton()
        self.more.setText(QCoreApplication.translate("ui.pages.model", "Staffing implications"))
        self.more.setCheckable(True)
        self.more.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.more.setArrowType(Qt.ArrowType.RightArrow)
        self.more.setAutoRaise(True)
        self.more.setAccessibleName(QCoreApplication.translate("ui.pages.model", "Show staffing implications of the {0} model").format(info.short_name))
        self.implications = wrapped(info.staffing_implications, "note")
        self.implications.hide()
        self.more.toggled.connect(self._show_more)
        lay.addWidget(self.more)
        lay.addWidget(self.implications)
        lay.addStretch(1)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d6dde6;")
        lay.addWidget(line)
        self.primary = QRadioButton(QCoreApplication.translate("ui.pages.model", "Primary model"))
        self.primary.setAccessibleName(QCoreApplication.translate("ui.pages.model", "Primary model: {0}").format(info.short_name))
        group.addButton(self.primary)
        self.complementary = QCheckBox(QCoreApplication.translate("ui.pages.model", "Complementary model"))
        self.complementary.setAccessibleName(QCoreApplication.translate("ui.pages.model", "Complementary model: {0}").format(info.short_name))
        lay.addWidget(self.primary)
        lay.addWidget(self.complementary)

    def _show_more(self, on: bool) -> None:
        self.implications.setVisible(on)
        self.more.setArrowType(Qt.ArrowType.DownArrow if on else Qt.ArrowType.RightArrow)

    def show_choice(self, primary: bool, complementary: bool, recommended: str) -> None:
        for box, value in ((self.primary, primary), (self.complementary, complementary)):
            if box.isChecked() != value:
                blocked = box.blockSignals(True)
                box.setChecked(value)
                box.blockSignals(blocked)
        # The primary model cannot also be complementary (the plan refuses it).
        self.complementary.setEnabled(not primary)
        self.complementary.setToolTip(QCoreApplication.translate("ui.pages.model", "This is the primary model.") if primary else "")
        chosen = primary or complementary
        if bool(self.property("chosen")) != chosen:
            self.setProperty("chosen", chosen)
            self.style().unpolish(self)
            self.style().polish(self)
        self.badge.setText(recommended)
        self.badge.setVisible(bool(recommended))


class ModelPage(StepPage):
    step = Step.model

    def build(self) -> None:
        self.heading(QCoreApplication.translate("ui.pages.model", "Recommendation"))
        self.rec_panel = QFrame()
        self.rec_panel.setObjectName("card")
        rp = QVBoxLayout(self.rec_panel)
        rp.setContentsMargins(14, 12, 14, 12)
        rp.setSpacing(6)
        self.rec_title = wrapped("", "figure")
        self.rec_title.setAccessibleName(QCoreApplication.translate("ui.pages.model", "Recommended models"))
        self.rec_reasons = wrapped("", rich=True)
        self.rec_reasons.setAccessibleName(QCoreApplication.translate("ui.pages.model", "Reasons for the recommendation"))
        self.rec_missing = wrapped("", "banner")
        self.rec_missing.setAccessibleName(QCoreApplication.translate("ui.pages.model", "Missing profile answers"))
        self.rec_status = wrapped("", "note")
        buttons = QHBoxLayout()
        self.apply_button = QPushButton(QCoreApplication.translate("ui.pages.model", "&Apply the recommendation"))
        self.apply_button.setObjectName("primary")
        self.apply_button.setAccessibleName(QCoreApplication.translate("ui.pages.model", "Apply the recommendation"))
        self.apply_button.clicked.connect(self.apply_recommendation)
        self.profile_button = QPushButton(QCoreApplication.translate("ui.pages.model", "Complete the agency &profile"))
        self.profile_button.clicked.connect(lambda: self.ctx.go_to(Step.agency, "agency.bh_calls_per_year"))
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.profile_button)
        buttons.addStretch(1)
        for w in (self.rec_title, self.rec_reasons, self.rec_missing, self.rec_status):
            rp.addWidget(w)
        rp.addLayout(buttons)
        self.add(self.rec_panel)

        self.heading(QCoreApplication.translate("ui.pages.model", "The four models"))
        self.note(self.content.field_note(self.step, "program_model.complementary"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.cards: dict[ModelId, ModelCard] = {}
        self.card_grid = ResponsiveGrid(min_em=40, max_columns=4)
        for info in self.content.models:
            card = ModelCard(info, self.group)
            card.primary.toggled.connect(lambda on, m=info.id: on and self.choose_primary(m))
            card.complementary.toggled.connect(lambda on, m=info.id: self.set_complementary(m, on))
            self.cards[info.id] = card
            self.card_grid.add(card)
        self.add(self.card_grid)
        self.clear_button = QPushButton(QCoreApplication.translate("ui.pages.model", "&Clear the choice"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("ui.pages.model", "Clear the primary and complementary models"))
        self.clear_button.clicked.connect(self.clear_choice)
        row = QHBoxLayout()
        row.addWidget(self.clear_button)
        row.addStretch(1)
        holder = QWidget()
        holder.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.add(holder)
        self.choice_findings = FindingsBanner(lambda: self.ctx.findings, ["program_model.primary"])
        self.add(self.choice_findings)
        self.binder.focusers["program_model.primary"] = self._focus_choice
        self.binder.focusers["program_model.complementary"] = self._focus_choice

        f = self.form(QCoreApplication.translate("ui.pages.model", "Why this model"))
        w = f.text("program_model.rationale", QCoreApplication.translate("ui.pages.model", "&Rationale"), QCoreApplication.translate("ui.pages.model", "Why this model fits our community"), rows=4)
        add_field_note(w, self.content.field_note(self.step, "program_model.rationale"))

        self.heading(QCoreApplication.translate("ui.pages.model", "Response tiers"))
        self.note(self.content.field_note(self.step, "program_model.response_tiers"))
        self.tiers = RecordTable(self.binder, "program_model.response_tiers", [
            Column("name", QCoreApplication.translate("ui.pages.model", "Tier"), width=150),
            Column("responder", QCoreApplication.translate("ui.pages.model", "Who responds"), width=190),
            Column("when", QCoreApplication.translate("ui.pages.model", "When it is sent")),
            Column("is_this_program", QCoreApplication.translate("ui.pages.model", "This program"), "bool", width=115),
        ], lambda: ResponseTier(), noun=QCoreApplication.translate("ui.pages.model", "tier"))
        self.add(self.tiers)
        self.tier_findings = FindingsBanner(lambda: self.ctx.findings, ["program_model.response_tiers"])
        self.add(self.tier_findings)

        self.ctx.findings.changed.connect(self._findings_changed)

    # --- writing the choice ------------------------------------------------------------

    def _set_choice(self, primary: ModelId | None, complementary: list[ModelId]) -> None:
        """Write primary and complementary together, so the rule that the primary is not
        also complementary holds at every step."""
        new = ProgramModelChoice.model_validate({
            **self.doc.plan.program_model.model_dump(),
            "primary": primary,
            "complementary": [m for m in complementary if m != primary],
        })
        self.doc.set("program_model", new)

    def choose_primary(self, model: ModelId) -> None:
        cur = self.doc.plan.program_model
        if cur.primary is model:
            return
        self._set_choice(model, list(cur.complementary))

    def set_complementary(self, model: ModelId, on: bool) -> None:
        cur = self.doc.plan.program_model
        comp = [m for m in cur.complementary if m != model]
        if on and model != cur.primary:
            comp = [m for m in ModelId if m in comp or m == model]  # keep the guide's order
        self._set_choice(cur.primary, comp)

    def clear_choice(self) -> None:
        self._set_choice(None, [])

    def apply_recommendation(self) -> None:
        rec = recommend(self.doc.plan.agency)
        if rec.primary is not None:
            self._set_choice(rec.primary, list(rec.complementary))

    def _focus_choice(self, _path: str) -> bool:
        primary = self.doc.plan.program_model.primary
        card = self.cards[primary] if primary else next(iter(self.cards.values()))
        card.primary.setFocus(Qt.FocusReason.OtherFocusReason)
        self.scroll.ensureWidgetVisible(card.primary)
        return True

    def _findings_changed(self) -> None:
        if self.built:
            self.choice_findings.refresh()
            self.tier_findings.refresh()

    # --- live --------------------------------------------------------------------------

    def refresh(self) -> None:
        choice = self.doc.plan.program_model
        rec = recommend(self.doc.plan.agency)
        self._show_recommendation(rec, choice)
        if choice.primary is None and self.group.checkedButton() is not None:
            self.group.setExclusive(False)
            for card in self.cards.values():
                card.show_choice(False, card.complementary.isChecked(), "")
            self.group.setExclusive(True)
        for mid, card in self.cards.items():
            tag = ""
            if rec.primary is mid:
                tag = QCoreApplication.translate("ui.pages.model", "Recommended primary")
            elif mid in rec.complementary:
                tag = QCoreApplication.translate("ui.pages.model", "Recommended complement")
            card.show_choice(choice.primary is mid, mid in choice.complementary, tag)
        self.clear_button.setEnabled(bool(choice.primary or choice.complementary))
        self._findings_changed()

    def _show_recommendation(self, rec: Recommendation, choice: ProgramModelChoice) -> None:
        name = {m.id: m.name for m in self.content.models}
        short = {m.id: m.short_name for m in self.content.models}
        scores = {s.model: s for s in rec.ranked}
        if rec.primary is None:
            self.rec_title.setText(QCoreApplication.translate("ui.pages.model", "Not enough of the agency profile is filled in to recommend a model."))
        else:
            comp = ", ".join(name[m] for m in rec.complementary)
            self.rec_title.setText(QCoreApplication.translate("ui.pages.model", "{primary}, with {complementary}").format(
                primary=name[rec.primary], complementary=comp) if comp else name[rec.primary])
        parts = []
        shown = ([rec.primary] if rec.primary else []) + list(rec.complementary)
        for m in shown:
            s = scores[m]
            points = (QCoreApplication.translate("ui.pages.model", "({n} point)") if s.score == 1
                      else QCoreApplication.translate("ui.pages.model", "({n} points)")).format(n=s.score)
            parts.append(f"<p style='margin:0'><b>{escape(short[m])}</b> {escape(points)}</p>"
                         f"{bullets(s.reasons)}")
        others = [s for s in rec.ranked if s.model not in shown and s.reasons]
        if others:
            line = "; ".join(f"{escape(short[s.model])} {s.score}" for s in others)
            parts.append("<p style='margin:0'>" + QCoreApplication.translate("ui.pages.model", "Other models scored: {scores}.").format(scores=line)
                         + "</p>")
        self.rec_reasons.setText("".join(parts))
        self.rec_reasons.setAccessibleDescription(" ".join(
            f"{short[m]}: {'; '.join(scores[m].reasons)}." for m in shown))
        if rec.missing:
            self.rec_missing.setText(QCoreApplication.translate("ui.pages.model", "Would sharpen the recommendation: {missing}.").format(
                missing="; ".join(rec.missing)))
        self.rec_missing.setVisible(bool(rec.missing))
        self.profile_button.setVisible(bool(rec.missing))

        matches = (rec.primary is not None and choice.primary is rec.primary
                   and set(rec.complementary) <= set(choice.complementary))
        if rec.primary is None:
            status = ""
        elif choice.primary is None:
            status = QCoreApplication.translate("ui.pages.model", "No model is chosen yet.")
        elif matches:
            status = QCoreApplication.translate("ui.pages.model", "Your choice follows the recommendation.")
        else:
            status = (QCoreApplication.translate("ui.pages.model", "Your choice differs from the recommendation. That can be right for your community; say why in the rationale."))
        self.rec_status.setText(status)
        self.rec_status.setVisible(bool(status))
        restyle(self.rec_status, "bannerOk" if matches else "note")
        self.apply_button.setEnabled(rec.primary is not None and not (
            choice.primary is rec.primary and list(choice.complementary) == list(rec.complementary)))
