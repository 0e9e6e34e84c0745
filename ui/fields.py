"""One registry of field kinds: how a plan value of each kind is edited, shown and read back.

``KINDS[kind]`` gives a :class:`Kind` with

- ``create(spec, parent)`` — the editor widget (spin box with its limits, combo, date, …);
- ``write(editor, spec, value)`` — show a plan value in the editor (no signals emitted);
- ``read(editor, spec)`` — the value the editor holds, for the plan (raises ``ValueError``
  with a sentence for the user when it is over the field's limit);
- ``changed(editor)`` — the signals that say the user changed it;
- ``display(spec, value)`` — the words a table cell shows for the value.

Table cells (``ui.table_model``) and form fields (``ui.binding``) use the same kinds.
Limits come from the plan model's own fields (``Field(ge=…, le=…)``, read by
:func:`field_limits`) unless a page gives a narrower plausible range; path parsing is
``ui.document.split_path``.
"""

from __future__ import annotations

import datetime as dt
import typing
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractSpinBox, QCheckBox, QLineEdit, QToolButton, QWidget

from ui.document import split_path
from ui.widgets.dateedit import DateEdit
from ui.widgets.inputs import ComboBox, DoubleSpinBox, SpinBox
from ui.widgets.stay_open_menu import StayOpenMenu
from wizard.approx import Approx, approx_text

NO_DATE = QDate(2000, 1, 1)
"""The minimum of a date field: it stands for "no date" and is shown as such."""
LAST_DATE = QDate(2100, 12, 31)
WIDE_INT = 2**31 - 1
WIDE_FLOAT = 1e15
"""Spin boxes accept numbers up to these; the field's own limit is checked when the value
is read, and the refusal is said in words (a spin box's maximum clamps silently)."""
DASH = "—"
"""An optional number not given: unknown, never 0."""



def get_attr(obj: Any, attr: str) -> Any:
    """``attr`` of a record, where ``amounts[2]`` is one item of a list (None past its end)."""
    for p in split_path(attr):
        if isinstance(p, int):
            if p >= len(obj):
                return None
            obj = obj[p]
        else:
            obj = getattr(obj, p)
        if obj is None:
            return None
    return obj


def field_limits(model: type[BaseModel], path: str) -> tuple[float | None, float | None]:
    """The lower and upper bounds the plan model declares for ``path`` (Field(ge=, le=))."""
    info = model_field(model, path)
    lo = hi = None
    for m in (info.metadata if info is not None else []):
        lo = getattr(m, "ge", getattr(m, "gt", lo))
        hi = getattr(m, "le", getattr(m, "lt", hi))
    return lo, hi


def model_field(model: type[BaseModel], path: str) -> Any:
    """pydantic's FieldInfo of ``path`` in ``model`` (list indexes skipped), or None."""
    cls: Any = model
    info = None
    for part in split_path(path):
        if isinstance(part, int):
            continue
        fields = getattr(cls, "model_fields", None)
        if not fields or part not in fields:
            return None
        info = fields[part]
        cls = _model_in(info.annotation)
    return info


def _model_in(annotation: Any) -> Any:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


@dataclass
class Spec:
    """What an editor of one field needs to know."""

    kind: str = "text"
    options: Sequence[tuple[Any, str]] = field(default_factory=list)
    minimum: float = 0
    maximum: float | None = None
    """The largest value the field takes (the model's or a page's plausible limit); None: no limit."""
    decimals: int = 1
    step: float = 1
    optional: bool = False
    approximate: bool = False
    """A number that may be typed as an estimate ("about 2400", "600+"; wizard.approx)."""
    prefix: str = ""
    suffix: str = ""


def _locale_number(value: float, decimals: int) -> str:
    """As a spin box shows it: the locale's digits, thousands grouped."""
    loc = QLocale()
    loc.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)
    return loc.toString(float(value), "f", decimals)


class Kind:
    """One kind of field (see the module's docstring)."""

    def create(self, spec: Spec, parent: QWidget | None = None) -> QWidget:
        raise NotImplementedError

    def write(self, w: QWidget, spec: Spec, value: Any) -> None:
        raise NotImplementedError

    def read(self, w: QWidget, spec: Spec) -> Any:
        raise NotImplementedError

    def changed(self, w: QWidget) -> list:
        return []

    def display(self, spec: Spec, value: Any) -> str:
        return "" if value is None else str(value)


class TextKind(Kind):
    def create(self, spec: Spec, parent: QWidget | None = None) -> QWidget:
        w = QLineEdit(parent)
        w.setMaxLength(300)
        return w

    def write(self, w: QLineEdit, spec: Spec, value: Any) -> None:
        if w.text() != (value or ""):
            w.setText(value or "")
            if not w.hasFocus():
                w.setCursorPosition(0)  # a long value shows its start, not its end

    def read(self, w: QLineEdit, spec: Spec) -> Any:
        return w.text()

    def changed(self, w: QLineEdit) -> list:
        return [w.textEdited]

    def display(self, spec: Spec, value: Any) -> str:
        return value or ""


class ListKind(TextKind):
    """A list of short texts typed in one line, separated with ';'."""

    def create(self, spec: Spec, parent: QWidget | None = None) -> QWidget:
        w = super().create(spec, parent)
        w.setPlaceholderText(QCoreApplication.translate("ui.fields", "separate with ;"))
        return w

    def write(self, w: QLineEdit, spec: Spec, value: Any) -> None:
        if self.read(w, spec) != list(value or []):
            w.setText("; ".join(value or []))
            if not w.hasFocus():
                w.setCursorPosition(0)

    def read(self, w: QLineEdit, spec: Spec) -> Any:
        return [p.strip() for p in w.text().split(";") if p.strip()]

    def display(self, spec: Spec, value: Any) -> str:
        return "; ".join(value or [])


class NumberKind(Kind):
    """int, float, money and percent (a 0–1 rate shown and typed as a percent)."""

    def __init__(self, name: str):
        self.name = name

    @property
    def scale(self) -> float:
        return 100.0 if self.name == "percent" else 1.0

    def _prefix(self, spec: Spec) -> str:
        return spec.prefix or ("$" if self.name == "money" else "")

    def _suffix(self, spec: Spec) -> str:
        return spec.suffix or (" %" if self.name == "percent" else "")

    def _decimals(self, spec: Spec) -> int:
        return 0 if self.name in ("int", "money") else spec.decimals

    def create(self, spec: Spec, parent: QWidget | None = None) -> QWidget:
        sb: SpinBox | DoubleSpinBox
        if self.name == "int":
            sb = SpinBox(parent)
            sb.setRange(int(spec.minimum) - (1 if spec.optional else 0), WIDE_INT)
        else:
            sb = DoubleSpinBox(parent)
            sb.setDecimals(self._decimals(spec))
            sb.setSingleStep(spec.step)
            low = spec.minimum * self.scale
            sb.setRange(low - (spec.step if spec.optional else 0), WIDE_FLOAT)
        sb.setPrefix(self._prefix(spec))
        sb.setSuffix(self._suffix(spec))
        if spec.optional:
            sb.setSpecialValueText(DASH)
        sb.setGroupSeparatorShown(True)
        sb.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        if spec.approximate:
            sb.set_approximate(True)  # "about 2400000", "500000+", "4-5" (wizard.approx)
        return sb

    def write(self, w: Any, spec: Spec, value: Any) -> None:
        if isinstance(value, Approx):
            if getattr(w, "approx", None) != value:
                w.setValue(value)
            return
        shown = w.minimum() if value is None else value * self.scale
        if getattr(w, "approx", None) is not None or w.value() != shown:
            w.setValue(shown)

    def read(self, w: Any, spec: Spec) -> Any:
        if getattr(w, "approx", None) is not None:
            return w.approx
        if spec.optional and w.value() == w.minimum():
            return None
        if spec.maximum is not None and w.value() > spec.maximum * self.scale + 1e-9:
            decimals = self._decimals(spec)
            shown = _locale_number(w.value(), decimals)
            most = _locale_number(spec.maximum * self.scale, 0 if float(spec.maximum * self.scale).is_integer() else decimals)
            raise ValueError(QCoreApplication.translate("ui.fields", "{0} is more than this field allows: at most {1}. The plan keeps the last "
                                 "value it accepted.").format(f"{self._prefix(spec)}{shown}{self._suffix(spec)}",
                                                              f"{self._prefix(spec)}{most}{self._suffix(spec)}"))
        if self.name == "int":
            return int(w.value())
        return round(float(w.value()) / self.scale, 6) if self.scale != 1 else float(w.value())

    def changed(self, w: Any) -> list:
        approx = getattr(w, "approxChanged", None)  # ui.widgets.inputs' spin boxes: "600" → "600+"
        return [w.valueChanged] + ([approx] if approx is not None else [])

    def display(self, spec: Spec, value: Any) -> str:
        if value is None:
            return DASH if spec.optional else ""
        if isinstance(value, Approx):  # "about $250,000", "4–5"
            return approx_text(value, lambda v: f"{self._prefix(spec)}{_locale_number(v * self.scale, self._decimals(spec))}{self._suffix(spec)}")
        return f"{self._prefix(spec)}{_locale_number(value * self.scale, self._decimals(spec))}{self._suffix(spec)}"


def option_index(options: Sequence[tuple[Any, str]], value: Any) -> int:
    key = getattr(value, "value", value)
    return next((i for i, (v, _t) in enumerate(options) if getattr(v, "value", v) == key), -1)


class ComboKind(Kind):
    def create(self, spec: Spec, parent: QWidget | None = None) -> QWidget:
        cb = ComboBox(parent)
        for _v, text in spec.options:
            cb.addItem(text)
        return cb

    def write(self, w: ComboBox, spec: Spec, value: Any) -> None:
        idx = option_index(spec.options, value)
        if w.currentIndex() != idx:
            w.setCurrentIndex(idx)

    def read(self, w: ComboBox, spec: Spec) -> Any:
        i = w.currentIndex()
        return spec.options[i][0] if 0 <= i < len(spec.options) else None

    def changed(self, w: ComboBox) -> list:
        return [w.currentIndexChanged]

    def display(self, spec: Spec, value: Any) -> str:
        idx = option_index(spec.options, value)
        if idx >= 0:
            return spec.options[idx][1]
        return "" if value is None else QCoreApplication.translate("ui.fields", "{0} (not in the catalog)").format(getattr(value, "value", value))


class BoolKind(Kind):
    """A tick: in a table a checkable cell (no editor); in a form a check box."""

    def create(self, spec: Spec, parent: QWidget | None = None) -> QWidget:
        return QCheckBox(parent)

    def write(self, w: QCheckBox, spec: Spec, value: Any) -> None:
        w.setChecked(bool(value))

    def read(self, w: QCheckBox, spec: Spec) -> Any:
        return w.isChecked()

    def changed(self, w: QCheckBox) -> list:
        return [w.toggled]

    def display(self, spec: Spec, value: Any) -> str:
        return ""


class DateKind(Kind):
    def create(self, spec: Spec, parent: QWidget | None = None) -> QWidget:
        de = DateEdit(parent)
        de.setCalendarPopup(True)
        de.setDisplayFormat("yyyy-MM-dd")
        de.setMinimumDate(NO_DATE)
        de.setMaximumDate(LAST_DATE)
        if spec.optional:
            de.setSpecialValueText(QCoreApplication.translate("ui.fields", "No date"))
        return de

    def write(self, w: DateEdit, spec: Spec, value: Any) -> None:
        d = w.minimumDate() if value is None else QDate(value.year, value.month, value.day)
        if w.date() != d:
            w.setDate(d)

    def read(self, w: DateEdit, spec: Spec) -> Any:
        d = w.date()
        if spec.optional and d == w.minimumDate():
            return None
        return dt.date(d.year(), d.month(), d.day())

    def changed(self, w: DateEdit) -> list:
        return [w.dateChanged]

    def display(self, spec: Spec, value: Any) -> str:
        return "" if value is None else value.isoformat()


class MultiKind(Kind):
    """Several catalog ids, ticked in a menu that stays open; ids not in the catalog are kept."""

    def create(self, spec: Spec, parent: QWidget | None = None) -> QWidget:
        tb = QToolButton(parent)
        tb.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        tb.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        tb.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        menu = StayOpenMenu(tb)  # several can be ticked without reopening it
        for oid, text in spec.options:
            act = QAction(text, menu)
            act.setCheckable(True)
            act.setData(oid)
            menu.addAction(act)
        tb.setMenu(menu)
        return tb

    def write(self, w: QToolButton, spec: Spec, value: Any) -> None:
        chosen = list(value or [])
        known = {o for o, _ in spec.options}
        w.setProperty("unknown", [c for c in chosen if c not in known])
        for act in w.menu().actions():
            blocked = act.blockSignals(True)
            act.setChecked(act.data() in chosen)
            act.blockSignals(blocked)
        w.setText(self.display(spec, chosen) or QCoreApplication.translate("ui.fields", "Choose…"))

    def read(self, w: QToolButton, spec: Spec) -> Any:
        return [a.data() for a in w.menu().actions() if a.isChecked()] + list(w.property("unknown") or [])

    def changed(self, w: QToolButton) -> list:
        return [a.toggled for a in w.menu().actions()]

    def display(self, spec: Spec, value: Any) -> str:
        chosen = list(value or [])
        labels = [t for oid, t in spec.options if oid in chosen]
        known = {o for o, _ in spec.options}
        return ", ".join(labels + [str(c) for c in chosen if c not in known])


class ViewKind(Kind):
    """Shown, never edited (a signature's state)."""

    def read(self, w: QWidget, spec: Spec) -> Any:
        return None


KINDS: dict[str, Kind] = {
    "text": TextKind(),
    "list": ListKind(),
    "int": NumberKind("int"),
    "float": NumberKind("float"),
    "money": NumberKind("money"),
    "percent": NumberKind("percent"),
    "combo": ComboKind(),
    "bool": BoolKind(),
    "date": DateKind(),
    "multi": MultiKind(),
    "view": ViewKind(),
}
"""kind → how it is edited, shown and read (see the module's docstring)."""
