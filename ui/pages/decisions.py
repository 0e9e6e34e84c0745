"""Step 9: the decision log.

The starter guide's four key decisions are always present (their questions are
fixed and they cannot be removed); the partners add their own. A list on the left
shows every decision with its status; the form on the right edits the selected
one — status, what was decided, owner, due date and notes — in full width, so long
decisions stay readable on a projector.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QBoxLayout,
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.binding import (
    Binder,
    Binding,
    DateBinding,
    GrowingTextEdit,
    LineBinding,
    TextBinding,
)
from ui.fields import NO_DATE
from ui.pages.base import StepPage
from ui.widgets.dateedit import DateEdit
from wizard.labels import VALUE_LABELS
from wizard.plan import Decision, DecisionStatus, KeyDecision
from wizard.steps import Step

STATUS_LABELS = {s: VALUE_LABELS[DecisionStatus][s.value] for s in DecisionStatus}
STATUS_COLORS = {DecisionStatus.open: "#d08a1e", DecisionStatus.decided: "#2e7d4f",
                 DecisionStatus.deferred: "#5b6b7b"}
SIDE_BY_SIDE_CHARS = 84
"""Below this page width (in average characters) the list goes above the form."""
RELATED_STEP = {
    KeyDecision.all_shifts: Step.coverage,
    KeyDecision.data_reporting: Step.data,
    KeyDecision.confidentiality: Step.confidentiality,
    KeyDecision.funding: Step.funding,
}
"""The step where each key decision is worked out in detail."""


def status_icon(status: DecisionStatus, size: int = 16) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QColor(STATUS_COLORS[status])
    p.setPen(QPen(color, 2))
    r = pm.rect().adjusted(2, 2, -2, -2)
    if status is DecisionStatus.decided:
        p.setBrush(color)
        p.drawEllipse(r)
        p.setPen(QPen(QColor("white"), 2))
        p.drawPolyline([QPoint(r.left() + 3, r.center().y()), QPoint(r.center().x() - 1, r.bottom() - 3),
                        QPoint(r.right() - 3, r.top() + 3)])
    elif status is DecisionStatus.deferred:
        p.drawEllipse(r)
        c = r.center()
        p.drawLine(c.x(), c.y(), c.x(), r.top() + 3)
        p.drawLine(c.x(), c.y(), r.right() - 3, c.y())
    else:
        p.drawEllipse(r)
    p.end()
    return QIcon(pm)


class StatusBinding(Binding):
    """Three radio buttons (open / decided / deferred) bound to one status field."""

    def __init__(self, binder: Binder, path: str, widget: QWidget, group: QButtonGroup):
        super().__init__(binder, path, widget)
        self.group = group
        group.idToggled.connect(lambda _i, checked: checked and self.commit())

    def read(self) -> DecisionStatus:
        return list(DecisionStatus)[self.group.checkedId()]

    def write(self, value: Any) -> None:
        idx = list(DecisionStatus).index(value) if value is not None else 0
        button = self.group.button(idx)
        blocked = self.group.blockSignals(True)
        button.setChecked(True)
        self.group.blockSignals(blocked)


class DecisionsPage(StepPage):
    step = Step.decisions

    def build(self) -> None:
        self.note(self.content.charter.key_decisions_note.strip())
        self._build_counts()

        split = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        split.setSpacing(16)
        self.split = split
        holder = QWidget()
        holder.setLayout(split)
        self.add(holder)

        # --- left: the list --------------------------------------------------------------
        left = QVBoxLayout()
        list_label = QLabel(QCoreApplication.translate("ui.pages.decisions", "Decision &list"))
        list_label.setObjectName("sectionTitle")
        list_label.setStyleSheet("border: none; padding-top: 0;")
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("ui.pages.decisions", "Decisions"))
        self.list.setWordWrap(True)
        self.list.setIconSize(self.list.iconSize().expandedTo(self.list.iconSize()))
        self.list.setSpacing(2)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        # Wrapped items are laid out again when the width changes, and the scroll bar
        # never appears late and steals width from text already wrapped (no "…").
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setMinimumWidth(self.fontMetrics().averageCharWidth() * 32)
        self.list.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 12)
        list_label.setBuddy(self.list)
        self.list.currentRowChanged.connect(self._select)
        left.addWidget(list_label)
        left.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(QCoreApplication.translate("ui.pages.decisions", "&Add a decision"))
        self.add_button.setAccessibleName(QCoreApplication.translate("ui.pages.decisions", "Add a custom decision"))
        self.add_button.clicked.connect(self.add_decision)
        self.remove_button = QPushButton(QCoreApplication.translate("ui.pages.decisions", "Re&move"))
        self.remove_button.setAccessibleName(QCoreApplication.translate("ui.pages.decisions", "Remove the selected decision"))
        self.remove_button.clicked.connect(self.remove_decision)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        left.addLayout(buttons)
        self.message = QLabel()
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.message.hide()
        left.addWidget(self.message)
        self.list.installEventFilter(self)  # Delete removes the selected custom decision
        split.addLayout(left, 2)

        # --- right: the selected decision -------------------------------------------------
        self.detail = QFrame()
        self.detail.setObjectName("card")
        right = QVBoxLayout(self.detail)
        right.setContentsMargins(14, 10, 14, 12)
        self.kind = QLabel()
        self.kind.setObjectName("figureLabel")
        right.addWidget(self.kind)
        self.question_label = QLabel()
        self.question_label.setObjectName("figure")
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        right.addWidget(self.question_label)
        self.related = QPushButton()
        self.related.setAccessibleName(QCoreApplication.translate("ui.pages.decisions", "Open the step where this decision is worked out"))
        self.related.clicked.connect(self._go_related)
        right.addWidget(self.related, 0, Qt.AlignmentFlag.AlignLeft)

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        right.addLayout(form)
        self.fields: dict[str, Binding] = {}

        self.question = GrowingTextEdit(2, 6)
        self.question.setTabChangesFocus(True)
        self.question.setPlaceholderText(QCoreApplication.translate("ui.pages.decisions", "The question the partners must settle"))
        self.question_row = self._row(form, QCoreApplication.translate("ui.pages.decisions", "&Question"), self.question, TextBinding, "question")

        status_box = QWidget()
        status_row = QHBoxLayout(status_box)
        status_row.setContentsMargins(0, 0, 0, 0)
        self.status_group = QButtonGroup(status_box)
        self.status_buttons: dict[DecisionStatus, QRadioButton] = {}
        for i, (status, text) in enumerate(((DecisionStatus.open, QCoreApplication.translate("ui.pages.decisions", "&Open")),
                                            (DecisionStatus.decided, QCoreApplication.translate("ui.pages.decisions", "&Decided")),
                                            (DecisionStatus.deferred, QCoreApplication.translate("ui.pages.decisions", "Defe&rred")))):
            b = QRadioButton(text)
            b.setAccessibleName(QCoreApplication.translate("ui.pages.decisions", "Status: {0}").format(STATUS_LABELS[status]))
            self.status_group.addButton(b, i)
            status_row.addWidget(b)
            self.status_buttons[status] = b
        status_row.addStretch(1)
        status_box.setAccessibleName(QCoreApplication.translate("ui.pages.decisions", "Status"))
        status_box.setFocusProxy(self.status_buttons[DecisionStatus.open])
        self._row(form, QCoreApplication.translate("ui.pages.decisions", "Status"), status_box, None, "status")

        self.decision = GrowingTextEdit(5, 14)
        self.decision.setTabChangesFocus(True)
        self.decision.setPlaceholderText(QCoreApplication.translate("ui.pages.decisions", "What the partners decided, in a sentence or two"))
        self._row(form, QCoreApplication.translate("ui.pages.decisions", "Decision te&xt"), self.decision, TextBinding, "decision")

        self.owner = QLineEdit()
        self.owner.setMaxLength(300)
        self.owner.setPlaceholderText(QCoreApplication.translate("ui.pages.decisions", "Who answers for it"))
        self._row(form, QCoreApplication.translate("ui.pages.decisions", "O&wner"), self.owner, LineBinding, "owner")

        self.due = DateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setMinimumDate(NO_DATE)
        self.due.setMaximumDate(QDate(2100, 12, 31))
        self.due.setSpecialValueText(QCoreApplication.translate("ui.pages.decisions", "No date"))
        self._row(form, QCoreApplication.translate("ui.pages.decisions", "D&ue date"), self.due, DateBinding, "due")

        self.notes = GrowingTextEdit(3, 10)
        self.notes.setTabChangesFocus(True)
        self._row(form, QCoreApplication.translate("ui.pages.decisions", "Note&s"), self.notes, TextBinding, "notes")
        split.addWidget(self.detail, 3)
        self.scroll.viewport().installEventFilter(self)  # side by side, or stacked when narrow

        self.binder.focusers["decisions"] = self._focus_path
        self.doc.changed.connect(self._plan_changed)
        self.doc.replaced.connect(self._plan_replaced)
        self._index = -1
        self._fill_list()
        self.list.setCurrentRow(0)

    def _plan_replaced(self) -> None:
        self._select(min(max(self.list.currentRow(), 0), len(self.doc.plan.decisions) - 1))

    def _build_counts(self) -> None:
        row = QHBoxLayout()
        row.setSpacing(12)
        self.counts: dict[DecisionStatus, QLabel] = {}
        for status in DecisionStatus:
            card = QFrame()
            card.setObjectName("card")
            box = QHBoxLayout(card)
            box.setContentsMargins(12, 6, 16, 6)
            icon = QLabel()
            icon.setPixmap(status_icon(status, 20).pixmap(20, 20))
            value = QLabel()
            value.setObjectName("figure")
            cap = QLabel(STATUS_LABELS[status])
            cap.setObjectName("figureLabel")
            box.addWidget(icon)
            box.addWidget(value)
            box.addWidget(cap)
            box.addStretch(1)
            row.addWidget(card, 1)
            self.counts[status] = value
        holder = QWidget()
        holder.setLayout(row)
        self.add(holder)

    def _row(self, form: QFormLayout, label: str, widget: QWidget, kind: type[Binding] | None, attr: str) -> QLabel:
        widget.setAccessibleName(label.replace("&", ""))
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        if kind is None:
            binding: Binding = StatusBinding(self.binder, "", widget, self.status_group)
        elif kind is DateBinding:
            binding = DateBinding(self.binder, "", widget, optional=True)  # type: ignore[arg-type]
        else:
            binding = kind(self.binder, "", widget)  # type: ignore[call-arg]
        box.addWidget(binding.error)
        lab = QLabel(label)
        lab.setBuddy(widget.focusProxy() or widget)
        form.addRow(lab, holder)
        self.fields[attr] = binding
        return lab

    def _fit_layout(self, width: int) -> None:
        """List beside the form when there is room; list above it when the window is
        narrow or zoomed (so nothing is clipped at 1280×720 with a large font)."""
        chars = self.fontMetrics().averageCharWidth()
        side_by_side = width >= chars * SIDE_BY_SIDE_CHARS
        direction = QBoxLayout.Direction.LeftToRight if side_by_side else QBoxLayout.Direction.TopToBottom
        if self.split.direction() != direction:
            self.split.setDirection(direction)
            lines = 12 if side_by_side else 8
            self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * lines)
            self.list.setMaximumHeight(16_777_215 if side_by_side else self.fontMetrics().lineSpacing() * 12)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if self.built and obj is self.scroll.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_layout(obj.width())
        if (obj is getattr(self, "list", None) and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)):
            self.remove_decision()
            return True
        return super().eventFilter(obj, event)

    # --- selection -------------------------------------------------------------------

    def current(self) -> int:
        return self._index

    def _select(self, index: int) -> None:
        """Point the form at decision ``index`` (committing what was being typed)."""
        self._flush_fields()
        decisions = self.doc.plan.decisions
        if not decisions:
            return
        index = min(max(index, 0), len(decisions) - 1)
        self._index = index
        if self.list.currentRow() != index:
            blocked = self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(blocked)
        for attr, b in self.fields.items():
            b.path = f"decisions[{index}].{attr}"
            b.load(force=True)
        d = decisions[index]
        keyed = d.key is not None
        n_key = len(KeyDecision)
        self.kind.setText(QCoreApplication.translate("ui.pages.decisions", "Key decision {0} of {1} — from the starter guide").format(index + 1, n_key) if keyed
                          else QCoreApplication.translate("ui.pages.decisions", "Custom decision {0}").format(index + 1 - n_key))
        self.question_label.setText(d.question)
        self.question_label.setAccessibleName(QCoreApplication.translate("ui.pages.decisions", "Question: {question}").format(question=d.question))
        self.question_label.setVisible(keyed)
        for w in (self.question, self.question_row):
            w.setVisible(not keyed)
        if keyed:
            step = RELATED_STEP[d.key]  # type: ignore[index]
            self.related.setText(QCoreApplication.translate("ui.pages.decisions", "Open the “{0}” ste&p").format(self.content.step(step).title))
            self.related.show()
        else:
            self.related.hide()
        self.remove_button.setEnabled(not keyed)
        self.remove_button.setToolTip(QCoreApplication.translate("ui.pages.decisions", "The four key decisions cannot be removed.") if keyed else "")
        self.message.hide()

    def _flush_fields(self) -> None:
        for b in self.fields.values():
            if isinstance(b, TextBinding) and b.path:
                b.flush()

    def flush(self) -> None:
        super().flush()
        if self.built:
            self._flush_fields()

    def _go_related(self) -> None:
        d = self.doc.plan.decisions[self._index]
        if d.key is not None:
            self.ctx.go_to(RELATED_STEP[d.key])

    def _focus_path(self, path: str) -> bool:
        rest = path[len("decisions"):]
        index = 0
        if rest.startswith("[") and "]" in rest:
            index = int(rest[1:rest.index("]")])
        self.list.setCurrentRow(min(index, self.list.count() - 1))
        attr = rest.split(".", 1)[1] if "." in rest else "status"
        b = self.fields.get(attr) or self.fields["status"]
        w = b.widget
        if attr == "question" and not self.question.isVisible():
            w = self.list
        elif attr == "status":
            d = self.doc.plan.decisions[self._index]
            w = self.status_buttons[d.status]
        self.scroll.ensureWidgetVisible(w)
        w.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # --- editing -----------------------------------------------------------------------

    def add_decision(self) -> None:
        self._flush_fields()
        self.doc.edit("decisions", lambda items: items + [Decision()],
                      label=QCoreApplication.translate("ui.pages.decisions", "add decision {0}").format(len(self.doc.plan.decisions) + 1))
        self._fill_list()
        self.list.setCurrentRow(len(self.doc.plan.decisions) - 1)
        self.question.setFocus(Qt.FocusReason.OtherFocusReason)

    def remove_decision(self) -> None:
        """Remove the selected custom decision; the four key decisions stay."""
        index = self._index
        decisions = self.doc.plan.decisions
        if not (0 <= index < len(decisions)):
            return
        if decisions[index].key is not None:
            self.message.setText(QCoreApplication.translate("ui.pages.decisions", "The four key decisions of the starter guide cannot be removed. Mark one as deferred if it cannot be settled yet."))
            self.message.show()
            return
        self._flush_fields()
        for b in self.fields.values():  # the form must not write to the row that is going away
            b.path = ""
        self.doc.edit("decisions", lambda items: items[:index] + items[index + 1:], label=QCoreApplication.translate("ui.pages.decisions", "remove decision {0}").format(index + 1))
        self._fill_list()
        self._select(min(index, len(self.doc.plan.decisions) - 1))
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- live ------------------------------------------------------------------------------

    def _plan_changed(self, path: str) -> None:
        if not self.built or not (path == "" or path.startswith("decisions")):
            return
        if self.list.count() != len(self.doc.plan.decisions):
            self._fill_list()
            self._select(self._index)
            return
        for b in self.fields.values():
            if b.path and not (isinstance(b, TextBinding) and b._timer.isActive()):
                b.load()

    def refresh(self) -> None:
        self._fill_list()
        counts = {s: 0 for s in DecisionStatus}
        for d in self.doc.plan.decisions:
            counts[d.status] += 1
        for status, label in self.counts.items():
            label.setText(str(counts[status]))
            label.setAccessibleName(f"{STATUS_LABELS[status]}: {counts[status]}")

    def _fill_list(self) -> None:
        decisions = self.doc.plan.decisions
        lw = self.list
        blocked = lw.blockSignals(True)
        try:
            while lw.count() > len(decisions):
                lw.takeItem(lw.count() - 1)
            while lw.count() < len(decisions):
                lw.addItem(QListWidgetItem())
            n_key = len(KeyDecision)
            for i, d in enumerate(decisions):
                item = lw.item(i)
                tag = QCoreApplication.translate("ui.pages.decisions", "Key decision {0}").format(i + 1) if d.key is not None else QCoreApplication.translate("ui.pages.decisions", "Custom {n}").format(n=i + 1 - n_key)
                question = d.question.strip() or QCoreApplication.translate("ui.pages.decisions", "(no question yet)")
                text = f"{question}\n{tag} · {STATUS_LABELS[d.status]}"
                if item.text() != text:
                    item.setText(text)
                    item.setIcon(status_icon(d.status))
                    item.setData(Qt.ItemDataRole.AccessibleDescriptionRole,
                                 f"{tag}, {STATUS_LABELS[d.status]}")
                tip = (QCoreApplication.translate("ui.pages.decisions", "{question}\nOwner: {owner}").format(question=question, owner=d.owner)
                       if d.owner.strip() else question)
                if item.toolTip() != tip:
                    item.setToolTip(tip)
        finally:
            lw.blockSignals(blocked)
