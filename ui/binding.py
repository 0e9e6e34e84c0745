"""Two-way bindings between widgets and plan fields, and a form builder.

A binding writes the plan as the user types (through :class:`PlanDocument`), shows
pydantic's message under the field when a value is refused, and keeps what the user
typed on screen so nothing is lost. Every widget gets an accessible name and a
label with a mnemonic, so the whole form works from the keyboard.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.document import PlanDocument
from ui.fields import KINDS, Spec, field_limits
from wizard.approx import approx_marker

TEXT_COMMIT_MS = 250
"""Plain-text areas commit after a short pause so a 20,000-character paste stays smooth."""


def error_text(exc: ValidationError) -> str:
    err = exc.errors(include_url=False)[0]
    msg = str(err["msg"])
    for prefix in ("Value error, ", "Assertion failed, "):
        if msg.startswith(prefix):
            msg = msg[len(prefix):]
    return msg[:1].upper() + msg[1:]


def set_invalid(widget: QWidget, invalid: bool) -> None:
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


class GrowingTextEdit(QPlainTextEdit):
    """A text box ``rows`` lines tall that grows with its text (up to ``max_rows``,
    then scrolls), instead of QPlainTextEdit's fixed 190-pixel hint: short answers
    stay compact on a 720-pixel screen and long ones stay readable.

    It never changes height while it has the focus: the fields and buttons below it
    would move as the text wraps, and a click aimed at one would land on another
    (issue 14, defect 10). While typing, the box scrolls; it fits its text when the
    focus leaves and no mouse button is held."""

    def __init__(self, rows: int = 4, max_rows: int = 14, parent: QWidget | None = None):
        super().__init__(parent)
        self.rows = rows
        self.max_rows = max(rows, max_rows)
        self._deferred = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(lambda _s: self._fit())
        self._fit()

    def _fit(self) -> None:
        if self.hasFocus() and self.minimumHeight() > 0:
            self._deferred = True  # fitted when the focus leaves
            return
        lines = int(self.document().documentLayout().documentSize().height())
        n = max(self.rows, min(self.max_rows, lines))
        m = self.contentsMargins()
        h = (self.fontMetrics().lineSpacing() * n + 2 * int(self.document().documentMargin())
             + m.top() + m.bottom() + 2 * self.frameWidth() + 2)
        if h != self.height() or h != self.minimumHeight():
            self.setFixedHeight(h)

    def _fit_when_released(self) -> None:
        if self.hasFocus():
            return  # back in the box: it fits when the focus leaves again
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            QTimer.singleShot(50, self, self._fit_when_released)  # the click is still going on
            return
        self._deferred = False
        self._fit()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt name)
        super().focusOutEvent(event)
        if self._deferred:
            QTimer.singleShot(0, self, self._fit_when_released)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt name)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # rewrapped: maybe more lines
            self._fit()


class Binding:
    """One widget bound to one plan field."""

    def __init__(self, binder: Binder, path: str, widget: QWidget):
        self.binder = binder
        self.path = path
        self.widget = widget
        self.error = QLabel()
        self.error.setObjectName("fieldError")
        self.error.setWordWrap(True)
        self.error.hide()
        self.pending = False
        """True while the widget shows a value the plan refused (kept for the user)."""
        self.absent = False
        """True while a section the field belongs to is not given (None): shown disabled."""

    # subclasses: read(), write(value)
    def read(self) -> Any:
        raise NotImplementedError

    def write(self, value: Any) -> None:
        raise NotImplementedError

    def load(self, force: bool = False) -> None:
        if self.pending and not force:
            return
        try:
            value = self.binder.doc.get(self.path)
        except AttributeError:  # an enclosing section is None (not given): nothing to show or edit
            self.set_absent(True)
            return
        self.set_absent(False)
        blocked = self.widget.blockSignals(True)
        try:
            self.write(value)
        finally:
            self.widget.blockSignals(blocked)
        self.show_error("")

    def set_absent(self, absent: bool) -> None:
        if absent != self.absent:
            self.absent = absent
            self.widget.setEnabled(not absent)

    def commit(self) -> None:
        if self.absent:
            return
        try:
            value = self.read()
            self.binder.commit(self.path, value)
        except ValidationError as exc:
            self.show_error(error_text(exc))
            return
        except ValueError as exc:
            self.show_error(str(exc))
            return
        self.show_error("")

    def show_error(self, message: str) -> None:
        self.pending = bool(message)
        self.error.setText(message)
        self.error.setVisible(bool(message))
        set_invalid(self.widget, bool(message))
        if message:
            self.widget.setToolTip(message)


class KindBinding(Binding):
    """A widget of one field kind of the registry (``ui.fields.KINDS``): how it is read,
    written and watched is the kind's, the same as in a table cell."""

    def __init__(self, binder: Binder, path: str, widget: QWidget, spec: Spec):
        super().__init__(binder, path, widget)
        self.spec = spec
        self.kind = KINDS[spec.kind]
        for signal in self.kind.changed(widget):
            signal.connect(lambda *_a: self.commit())

    def read(self) -> Any:
        return self.kind.read(self.widget, self.spec)

    def write(self, value: Any) -> None:
        self.kind.write(self.widget, self.spec, value)


class LineBinding(KindBinding):
    def __init__(self, binder: Binder, path: str, widget: QLineEdit):
        super().__init__(binder, path, widget, Spec(kind="text"))


class TextBinding(Binding):
    def __init__(self, binder: Binder, path: str, widget: QPlainTextEdit):
        super().__init__(binder, path, widget)
        self._timer = QTimer(widget)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TEXT_COMMIT_MS)
        self._timer.timeout.connect(self.commit)
        widget.textChanged.connect(self._timer.start)

    def flush(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.commit()

    def read(self) -> str:
        return self.widget.toPlainText()

    def write(self, value: Any) -> None:
        if self.widget.toPlainText() != (value or ""):
            self.widget.setPlainText(value or "")


class SpinBinding(KindBinding):
    """QSpinBox/QDoubleSpinBox; with ``optional`` the minimum shows "—" and means None.
    With ``limit`` a larger value is refused with a message and kept on screen; ``scale``
    100 is a 0–1 rate shown as a percent."""

    def __init__(self, binder: Binder, path: str, widget: QSpinBox | QDoubleSpinBox, optional: bool, as_int: bool,
                 scale: float = 1.0, limit: float | None = None):
        kind = "int" if as_int else "percent" if scale == 100 else "float"
        decimals = widget.decimals() if isinstance(widget, QDoubleSpinBox) else 0
        spec = Spec(kind=kind, optional=optional, maximum=limit, decimals=decimals,
                    prefix=widget.prefix(), suffix=widget.suffix() or (" %" if kind == "percent" else ""))
        if approx_marker(type(binder.doc.plan), path) is not None and hasattr(widget, "set_approximate"):
            widget.set_approximate(True)  # "about 2400", "600+", "4-5" (wizard.approx)
            spec.approximate = True
        super().__init__(binder, path, widget, spec)


class ComboBinding(KindBinding):
    def __init__(self, binder: Binder, path: str, widget: QComboBox, values: Sequence[Any]):
        options = [(v, widget.itemText(i)) for i, v in enumerate(values)]
        super().__init__(binder, path, widget, Spec(kind="combo", options=options))


class CheckBinding(KindBinding):
    def __init__(self, binder: Binder, path: str, widget: QCheckBox):
        super().__init__(binder, path, widget, Spec(kind="bool"))


class PresenceBinding(Binding):
    """A check box saying whether an optional section is given at all (e.g. "the patrol
    shift pattern is known"): ticking it creates the section for the user to fill in,
    clearing it sets the section back to None (not given); its fields are disabled then."""

    def __init__(self, binder: Binder, path: str, widget: QCheckBox, factory: Callable[[], Any]):
        super().__init__(binder, path, widget)
        self.factory = factory
        widget.toggled.connect(lambda _c: self.commit())

    def read(self) -> Any:
        if not self.widget.isChecked():
            return None
        current = self.binder.doc.get(self.path)
        return current if current is not None else self.factory()

    def write(self, value: Any) -> None:
        self.widget.setChecked(value is not None)


class DateBinding(KindBinding):
    def __init__(self, binder: Binder, path: str, widget: QDateEdit, optional: bool):
        super().__init__(binder, path, widget, Spec(kind="date", optional=optional))


class ChecklistBinding(Binding):
    """A list of catalog ids shown as a checkable list; unknown ids are kept and shown."""

    def __init__(self, binder: Binder, path: str, widget: QListWidget, options: Sequence[tuple[str, str]]):
        super().__init__(binder, path, widget)
        self.options = list(options)
        widget.itemChanged.connect(lambda _i: self.commit())

    def read(self) -> list[str]:
        out = []
        for i in range(self.widget.count()):
            item = self.widget.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(item.data(Qt.ItemDataRole.UserRole))
        return out

    def write(self, value: Any) -> None:
        chosen = list(value or [])
        w: QListWidget = self.widget
        known = [o for o, _ in self.options]
        wanted = self.options + [(c, QCoreApplication.translate("ui.binding", "{0} (not in the catalog)").format(c)) for c in chosen if c not in known]
        if w.count() != len(wanted):
            w.clear()
            for oid, label in wanted:
                item = QListWidgetItem(label)
                item.setData(Qt.ItemDataRole.UserRole, oid)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)  # without a state no box is drawn
                w.addItem(item)
        for i in range(w.count()):
            item = w.item(i)
            state = Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen else Qt.CheckState.Unchecked
            if item.checkState() != state:
                item.setCheckState(state)


class LinesBinding(Binding):
    """A list of short texts edited one per line."""

    def __init__(self, binder: Binder, path: str, widget: QPlainTextEdit):
        super().__init__(binder, path, widget)
        widget.textChanged.connect(self.commit)

    def read(self) -> list[str]:
        return [line.strip() for line in self.widget.toPlainText().splitlines() if line.strip()]

    def write(self, value: Any) -> None:
        if self.read() != list(value or []):
            self.widget.setPlainText("\n".join(value or []))


class Binder(QObject):
    """Owns a page's bindings: loads them from the plan, routes commits, finds fields."""

    def __init__(self, doc: PlanDocument, parent: QObject | None = None):
        super().__init__(parent)
        self.doc = doc
        self.bindings: dict[str, Binding] = {}
        self.focusers: dict[str, Callable[[str], bool]] = {}
        """Prefix → callable(path) that focuses a field inside a composite editor."""
        self._committing = ""
        doc.changed.connect(self._on_changed)
        doc.replaced.connect(self._reload)

    def add(self, binding: Binding) -> Binding:
        self.bindings[binding.path] = binding
        binding.load(force=True)
        return binding

    def commit(self, path: str, value: Any) -> None:
        """Write one field. When a cross-field rule refuses it, retry together with the
        sibling fields that are waiting on the same rule (e.g. shifts per day and shift
        length), so the order in which a user fixes them never matters."""
        self._committing = path
        try:
            try:
                self.doc.set(path, value)
            except ValidationError:
                if not self._commit_with_pending_siblings(path, value):
                    raise
        finally:
            self._committing = ""

    def _commit_with_pending_siblings(self, path: str, value: Any) -> bool:
        if "." not in path:
            return False
        parent, last = path.rsplit(".", 1)
        siblings = {p: b for p, b in self.bindings.items()
                    if b.pending and p != path and "." in p and p.rsplit(".", 1)[0] == parent}
        if not siblings:
            return False
        obj = self.doc.get(parent)
        data = obj.model_dump()
        for p, b in siblings.items():
            data[p.rsplit(".", 1)[1]] = b.read()
        data[last] = value
        new = type(obj).model_validate(data)  # still invalid: raises, plan unchanged
        self.doc.set(parent, new)
        for b in siblings.values():
            b.show_error("")
        return True

    def _reload(self) -> None:
        self.load(force=True)

    def load(self, force: bool = False) -> None:
        for b in self.bindings.values():
            b.load(force=force)

    def flush(self) -> None:
        for b in self.bindings.values():
            if isinstance(b, TextBinding):
                b.flush()

    def _on_changed(self, path: str) -> None:
        for p, b in self.bindings.items():
            if p == self._committing:
                continue
            if not path or p == path or p.startswith(path + ".") or path.startswith(p + ".") or path.startswith(p + "["):
                b.load()

    def widget_for(self, path: str) -> QWidget | None:
        """The widget that edits ``path`` (or the nearest field that contains it)."""
        for prefix, focus in sorted(self.focusers.items(), key=lambda kv: -len(kv[0])):
            if path == prefix or path.startswith(prefix + "[") or path.startswith(prefix + "."):
                if focus(path):
                    return None
        probe = path
        while probe:
            if probe in self.bindings:
                return self.bindings[probe].widget
            cut = max(probe.rfind("."), probe.rfind("["))
            probe = probe[:cut] if cut > 0 else ""
        return None

    def focus(self, path: str) -> bool:
        for prefix, focus in sorted(self.focusers.items(), key=lambda kv: -len(kv[0])):
            if path == prefix or path.startswith(prefix + "[") or path.startswith(prefix + "."):
                return focus(path)
        w = self.widget_for(path)
        if w is None:
            return False
        w.setFocus(Qt.FocusReason.OtherFocusReason)
        return True


class Form:
    """Builds labelled, bound rows in a QFormLayout."""

    def __init__(self, binder: Binder, layout: QFormLayout | None = None):
        self.binder = binder
        self.layout = layout or QFormLayout()
        self.layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)

    def _row(self, label: str, widget: QWidget, binding: Binding, help_text: str = "") -> QWidget:
        plain = label.replace("&", "")
        widget.setAccessibleName(plain)
        if help_text:
            widget.setToolTip(help_text)
            widget.setAccessibleDescription(help_text)
            widget.setWhatsThis(help_text)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(widget)
        box.addWidget(binding.error)
        lab = QLabel(label)
        lab.setBuddy(widget)
        lab.setWordWrap(True)
        self.layout.addRow(lab, holder)
        self.binder.add(binding)
        return widget

    def line(self, path: str, label: str, placeholder: str = "", help: str = "") -> QLineEdit:
        w = QLineEdit()
        w.setPlaceholderText(placeholder)
        w.setMaxLength(300)
        self._row(label, w, LineBinding(self.binder, path, w), help)
        return w

    def text(self, path: str, label: str, placeholder: str = "", rows: int = 4, help: str = "") -> QPlainTextEdit:
        w = GrowingTextEdit(rows)
        w.setPlaceholderText(placeholder)
        w.setTabChangesFocus(True)
        self._row(label, w, TextBinding(self.binder, path, w), help)
        return w

    def lines(self, path: str, label: str, placeholder: str = QCoreApplication.translate("ui.binding", "One per line"), rows: int = 3, help: str = "") -> QPlainTextEdit:
        w = GrowingTextEdit(rows)
        w.setPlaceholderText(placeholder)
        w.setTabChangesFocus(True)
        self._row(label, w, LinesBinding(self.binder, path, w), help)
        return w

    def _field(self, path: str, label: str, spec: Spec, help: str = "") -> QWidget:
        """A labelled field of one kind of the registry, bound to ``path``."""
        spec.approximate = spec.kind in ("int", "float", "money") and approx_marker(type(self.binder.doc.plan), path) is not None
        w = KINDS[spec.kind].create(spec)
        self._row(label, w, KindBinding(self.binder, path, w, spec), help)
        return w

    def integer(self, path: str, label: str, minimum: int = 0, maximum: int = 1_000_000, *,
                optional: bool = False, suffix: str = "", help: str = "") -> QSpinBox:
        spec = Spec(kind="int", minimum=minimum, maximum=self._limit(path, maximum), optional=optional, suffix=suffix)
        return self._field(path, label, spec, help)  # type: ignore[return-value]

    def _limit(self, path: str, maximum: float) -> float:
        """The smaller of the page's plausible maximum and the model's own limit."""
        _lo, hi = field_limits(type(self.binder.doc.plan), path)
        return maximum if hi is None else min(maximum, hi)

    def number(self, path: str, label: str, minimum: float = 0, maximum: float = 1_000_000, *,
               decimals: int = 1, step: float = 0.1, optional: bool = False, prefix: str = "",
               suffix: str = "", help: str = "") -> QDoubleSpinBox:
        spec = Spec(kind="float", minimum=minimum, maximum=self._limit(path, maximum), decimals=decimals, step=step,
                    optional=optional, prefix=prefix, suffix=suffix)
        return self._field(path, label, spec, help)  # type: ignore[return-value]

    def percent(self, path: str, label: str, maximum: float = 1.0, *, decimals: int = 1,
                help: str = "") -> QDoubleSpinBox:
        """A 0–1 rate shown and typed as a percent (0.1 → "10 %")."""
        spec = Spec(kind="percent", maximum=self._limit(path, maximum), decimals=decimals, step=1)
        return self._field(path, label, spec, help)  # type: ignore[return-value]

    def combo(self, path: str, label: str, options: Sequence[tuple[Any, str]], help: str = "") -> QComboBox:
        return self._field(path, label, Spec(kind="combo", options=list(options)), help)  # type: ignore[return-value]

    def yes_no(self, path: str, label: str, undecided: str = QCoreApplication.translate("ui.binding", "Not decided yet"), help: str = "") -> QComboBox:
        return self.combo(path, label, [(None, undecided), (True, QCoreApplication.translate("ui.binding", "Yes")),
                                          (False, QCoreApplication.translate("ui.binding", "No"))], help)

    def check(self, path: str, text: str, help: str = "") -> QCheckBox:
        w = QCheckBox(text)
        b = CheckBinding(self.binder, path, w)
        w.setAccessibleName(text.replace("&", ""))
        if help:
            w.setToolTip(help)
            w.setAccessibleDescription(help)
        holder = QWidget()
        box = QVBoxLayout(holder)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(w)
        box.addWidget(b.error)
        self.layout.addRow(holder)
        self.binder.add(b)
        return w

    def present(self, path: str, text: str, factory: Callable[[], Any], help: str = "") -> QCheckBox:
        """A check box that makes an optional section (None until given) present or absent."""
        w = QCheckBox(text)
        b = PresenceBinding(self.binder, path, w, factory)
        w.setAccessibleName(text.replace("&", ""))
        if help:
            w.setToolTip(help)
            w.setAccessibleDescription(help)
        self.layout.addRow(w)
        self.layout.addRow(b.error)
        self.binder.add(b)
        return w

    def date(self, path: str, label: str, *, optional: bool = True, help: str = "") -> QDateEdit:
        return self._field(path, label, Spec(kind="date", optional=optional), help)  # type: ignore[return-value]

    def checklist(self, path: str, label: str, options: Sequence[tuple[str, str]], help: str = "",
                  rows: int | None = None) -> QListWidget:
        w = QListWidget()
        w.setUniformItemSizes(True)
        n = rows or len(options)
        w.setMinimumHeight(min(n, 12) * (w.fontMetrics().lineSpacing() + 8) + 8)
        self._row(label, w, ChecklistBinding(self.binder, path, w, options), help)
        return w

    def section(self, title: str) -> QLabel:
        lab = QLabel(title)
        lab.setObjectName("sectionTitle")
        self.layout.addRow(lab)
        return lab

    def note(self, text: str) -> QLabel:
        lab = QLabel(text)
        lab.setWordWrap(True)
        lab.setObjectName("note")
        self.layout.addRow(lab)
        return lab


def enum_options(enum_cls: Any, labels: dict[str, str], optional: str | None = None) -> list[tuple[Any, str]]:
    opts: list[tuple[Any, str]] = [(None, optional)] if optional is not None else []
    return opts + [(m, labels.get(m.value, m.value.replace("_", " ").capitalize())) for m in enum_cls]
