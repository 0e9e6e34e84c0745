"""Input widgets the mouse wheel cannot change by accident.

Qt's spin boxes, combo boxes and date boxes take the focus from the wheel
(``Qt.WheelFocus``) and then change their value: scrolling a page over a field
silently edits it (a shift length went from 8.0 h to 4.5 h). Every form and table
field is made from these classes instead: the focus comes from a click or Tab only
(``Qt.StrongFocus``), and the wheel changes a field only while it has the focus;
otherwise the event is ignored and goes to the page, which scrolls. An empty
optional number (showing "—") takes typed digits at once.

A number field of a plan field that may be approximate (``wizard.approx``) also takes
"about 2400000", "600+", "at most 500" or "4-5" once :meth:`set_approximate` is on:
it shows them in words, its :attr:`approx` holds the typed :class:`~wizard.approx.Approx`
(``None`` for an exact number) and :attr:`approxChanged` says when it changes (a change
from "600" to "600+" leaves the spin box's value, 600, unchanged). Parsing and the words
are ``wizard.approx`` / ``wizard.phrases``; this is only the input.

An override of ``wheelEvent``, not an event filter: a Python filter would be called
for every event of hundreds of table cells, which makes large pages slow to show.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QValidator, QWheelEvent
from PySide6.QtWidgets import QComboBox, QDoubleSpinBox, QSpinBox

from wizard import approx as approx_mod
from wizard.approx import Approx
from wizard.phrases import number

_ES_STARTS = approx_mod.words_pattern({w[:n] for ws in approx_mod.SPANISH_WORDS.values() for w in ws
                                      for n in range(1, len(w) + 1)})
"""The beginnings of the Spanish qualifiers of wizard.approx ("al men", "alrededor d", "entre")."""
_PARTIAL = re.compile(r"^(a|ab|abo|abou|about|ap\w*|ar\w*|ro\w*|~|at|at\s*l\w*|at\s*m\w*|at\s+\w*|u\w*|b\w*|<=?|>=?|≤|≥"
                      rf"|{_ES_STARTS})?"
                      r"\s*[$\d.,]*\s*(k|m|mi\w*|th\w*)?\s*(-|–|to?|and?|an|y|e|a|h|ha|has|hast|hasta)?\s*[$\d.,]*\s*(k|m|mi\w*|th\w*)?$",
                      re.I)
"""Text on its way to an approximate form ("abo", "600-", "at le", "al men", "entre 4 y"): Intermediate,
not refused."""


class _NoWheelUnlessFocused:
    """Mixin for a QWidget subclass (put it first in the bases)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 (Qt name)
        if self.hasFocus():
            super().wheelEvent(event)
        else:
            event.ignore()  # the page (or the table) scrolls instead


class _TypeOverEmpty:
    """A spin box showing its special value ("—" for no answer) takes typed digits at
    once: the first character replaces the "—" instead of being refused after it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        text = event.text()
        typing_number = text and (text[0].isdigit() or text[0] in "-+.,"
                                  or getattr(self, "_approximate", False) and (text[0].isalpha() or text[0] in "~<>≤≥$"))
        if (typing_number and self.specialValueText()
                and self.value() == self.minimum()):
            self.lineEdit().selectAll()
        super().keyPressEvent(event)


class _Approximate:
    """Accepts the approximate forms of ``wizard.approx`` when :meth:`set_approximate` is on.

    The Qt virtuals (``validate``, ``valueFromText``, ``textFromValue``) never let an
    exception out (one escaping a Qt virtual corrupts PySide): on any error they fall
    back to the plain spin box's behaviour.
    """

    _approximate = False
    _approx: Approx | None = None
    _integer = False

    def set_approximate(self, on: bool = True) -> None:
        self._approximate = on
        self._integer = isinstance(self, QSpinBox)
        if on:
            self.setToolTip((self.toolTip() + "\n" if self.toolTip() else "")
                            + QCoreApplication.translate("ui.widgets.inputs", "An estimate may be typed: about 2400, 600+, at most 500, 4-5."))

    @property
    def approx(self) -> Approx | None:
        """The approximate value typed or set, or None when the field holds an exact number."""
        return self._approx if self._approximate else None

    def _strip(self, text: str) -> str:
        t = text
        if self.prefix() and t.startswith(self.prefix()):
            t = t[len(self.prefix()):]
        if self.suffix() and t.endswith(self.suffix()):
            t = t[: -len(self.suffix())]
        return t.strip()

    def _parse(self, text: str) -> float | Approx | None:
        try:
            return approx_mod.parse(self._strip(text))
        except ValueError:
            return None

    def _set_approx(self, value: Approx | None) -> None:
        if value != self._approx:
            self._approx = value
            QTimer.singleShot(0, self._announce)

    _prefix: str | None = None

    def _announce(self) -> None:
        try:
            self._words_without_prefix()
            self.approxChanged.emit()
        except RuntimeError:  # the widget was deleted before the timer fired
            pass

    def _words_without_prefix(self) -> None:
        """"about 2,400,000" is shown without the "$" prefix of a money field (not "$about")."""
        if self._approx is not None and self.prefix():
            self._prefix = self.prefix()
            self.setPrefix("")
        elif self._approx is None and self._prefix:
            self.setPrefix(self._prefix)
            self._prefix = None

    def setValue(self, value) -> None:  # noqa: N802 (Qt name)
        if isinstance(value, Approx) and self._approximate:
            self._approx = value
            self._words_without_prefix()
            central = float(value)
            super().setValue(int(round(central)) if self._integer else central)
            self.lineEdit().setText(self.textFromValue(self.value()))
            return
        self._approx = None
        self._words_without_prefix()
        super().setValue(value)

    def validate(self, text: str, pos: int):
        if self._approximate:
            try:
                parsed = self._parse(text)
                if isinstance(parsed, Approx):
                    return (QValidator.State.Acceptable, text, pos)
                if parsed is None and _PARTIAL.match(self._strip(text) or ""):
                    return (QValidator.State.Intermediate, text, pos)
            except Exception:  # noqa: BLE001 (never out of a Qt virtual)
                pass
        return super().validate(text, pos)

    def valueFromText(self, text: str):  # noqa: N802 (Qt name)
        if self._approximate:
            try:
                parsed = self._parse(text)
                if isinstance(parsed, Approx):
                    self._set_approx(parsed)
                    central = float(parsed)
                    return int(round(central)) if self._integer else central
                if parsed is not None:
                    self._set_approx(None)
            except Exception:  # noqa: BLE001
                pass
        return super().valueFromText(text)

    def textFromValue(self, value) -> str:  # noqa: N802 (Qt name)
        a = self._approx if self._approximate else None
        if a is not None:
            try:
                central = float(a)
                if abs((int(round(central)) if self._integer else central) - value) < 1e-6:
                    return number(a)
            except Exception:  # noqa: BLE001
                pass
        return super().textFromValue(value)

    def stepBy(self, steps: int) -> None:  # noqa: N802 (Qt name)
        """Stepping with the arrow keys gives an exact number again."""
        if self._approximate and self._approx is not None:
            self._set_approx(None)
        super().stepBy(steps)


class SpinBox(_NoWheelUnlessFocused, _TypeOverEmpty, _Approximate, QSpinBox):
    approxChanged = Signal()  # noqa: N815 (Qt style)


class DoubleSpinBox(_NoWheelUnlessFocused, _TypeOverEmpty, _Approximate, QDoubleSpinBox):
    approxChanged = Signal()  # noqa: N815 (Qt style)


class ComboBox(_NoWheelUnlessFocused, QComboBox):
    pass


__all__ = ["ComboBox", "DoubleSpinBox", "SpinBox"]
