"""Small building blocks for live decision panels: figure tiles, a grid that reflows
with the window width, a banner of the readiness findings for some fields, and
content notes shown under a field.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QLabel,
    QListWidget,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ui.binding import CheckBinding, Form
from ui.widgets.wrapcheck import WrapCheck
from wizard.checks import Finding, Severity


def restyle(widget: QWidget, object_name: str) -> None:
    """Switch a widget to another stylesheet rule (objectName) and repaint it."""
    if widget.objectName() != object_name:
        widget.setObjectName(object_name)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def wrapped(text: str = "", object_name: str = "", rich: bool = False) -> QLabel:
    lab = QLabel(text)
    lab.setWordWrap(True)
    lab.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    if object_name:
        lab.setObjectName(object_name)
    lab.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
    return lab


def bullets(items: Sequence[str]) -> str:
    """Rich text for a tight bulleted list (QLabel renders a subset of HTML)."""
    lis = "".join(f"<li>{escape(i)}</li>" for i in items)
    return f"<ul style='margin-left:-22px; margin-top:0px; margin-bottom:0px'>{lis}</ul>"


def add_field_note(field: QWidget, text: str) -> QLabel | None:
    """Show a content note under a form field (inside the field's row) and make it the
    field's accessible description, so it is read out with the field."""
    if not text:
        return None
    lab = wrapped(text, "note")
    holder = field.parentWidget()
    layout = holder.layout() if holder is not None else None
    if layout is None:
        return None
    layout.addWidget(lab)
    target = field.focusProxy() or field
    if not target.accessibleDescription():
        target.setAccessibleDescription(text)
    return lab


def wrap_check(form: Form, path: str, text: str, help: str = "") -> WrapCheck:
    """A bound check box whose text wraps (Form.check's QCheckBox cannot, and would
    widen the page at a large zoom)."""
    w = WrapCheck(text)
    b = CheckBinding(form.binder, path, w)  # type: ignore[arg-type]
    if help:
        w.setToolTip(help)
        w.box.setAccessibleDescription(help)
    holder = QWidget()
    box = QVBoxLayout(holder)
    box.setContentsMargins(0, 0, 0, 0)
    box.addWidget(w)
    box.addWidget(b.error)
    form.layout.addRow(holder)
    form.binder.add(b)
    return w


def shrinkable(combo: QComboBox, chars: int = 14) -> QComboBox:
    """Let a combo with long option texts shrink below its longest option."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(chars)
    return combo


class _FitList(QObject):
    """Keeps a check list exactly as tall as its items (no scrolling, no empty space),
    also after a zoom or a restyle."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.Show,
                            QEvent.Type.Polish):
            _fit(obj)  # type: ignore[arg-type]
        return False


_FIT = _FitList()


def _fit(w: QListWidget) -> None:
    rows = sum(w.sizeHintForRow(i) if w.sizeHintForRow(i) > 0 else w.fontMetrics().height() + 4
               for i in range(w.count()))
    h = rows + 2 * w.frameWidth() + 8
    if w.height() != h or w.minimumHeight() != h:
        w.setFixedHeight(h)


def fit_list(w: QListWidget) -> QListWidget:
    """Size a check list to show every item, and keep it so."""
    w.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    w.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    w.installEventFilter(_FIT)
    _fit(w)
    return w


class ResponsiveGrid(QWidget):
    """Lays its items out in as many columns as fit (each at least ``min_em`` average
    character widths wide, at most ``max_columns``), reflowing on resize and zoom."""

    def __init__(self, min_em: float, max_columns: int, parent: QWidget | None = None, spacing: int = 12):
        super().__init__(parent)
        self.min_em = min_em
        self.max_columns = max_columns
        self.items: list[QWidget] = []
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(spacing)
        self._columns = 0

    def add(self, widget: QWidget) -> QWidget:
        self.items.append(widget)
        self._columns = 0
        self._reflow(self.width() or 1)
        return widget

    def columns_for(self, width: int) -> int:
        """As many columns as fit, but never a lonely last row: 4 tiles go 4, 2×2 or 1."""
        min_w = max(1, int(self.fontMetrics().averageCharWidth() * self.min_em),
                    *(w.minimumSizeHint().width() for w in self.items))
        n = len(self.items) or 1
        spacing = self.grid.spacing()
        fit = max(1, min(self.max_columns, (width + spacing) // (min_w + spacing), n))
        while fit > 1 and n % fit and (n % fit) < fit - 1:
            fit -= 1
        return fit

    @property
    def columns(self) -> int:
        return self._columns

    def _reflow(self, width: int) -> None:
        cols = self.columns_for(width)
        if cols == self._columns:
            return
        self._columns = cols
        for w in self.items:
            self.grid.removeWidget(w)
        for c in range(self.grid.columnCount()):
            self.grid.setColumnStretch(c, 0)
        for i, w in enumerate(self.items):
            self.grid.addWidget(w, i // cols, i % cols)
        for c in range(cols):
            self.grid.setColumnStretch(c, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt name)
        super().resizeEvent(event)
        self._reflow(event.size().width())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._columns = 0
            self._reflow(self.width())


class FigureTile(QFrame):
    """One live figure: a big value, what it is, and how it was worked out."""

    def __init__(self, caption: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.caption = caption
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 10, 12, 10)
        lay.setSpacing(2)
        self.value = QLabel("—")
        self.value.setObjectName("figure")
        self.value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label = wrapped(caption, "figureLabel")
        self.detail = wrapped("", "note")
        self.verdict = wrapped("", "bannerOk")
        self.verdict.hide()
        lay.addWidget(self.value)
        lay.addWidget(self.label)
        lay.addWidget(self.detail)
        lay.addWidget(self.verdict)
        lay.addStretch(1)
        self.setAccessibleName(caption)

    def set(self, value: str, detail: str = "", verdict: str = "", good: bool | None = None) -> None:
        self.value.setText(value)
        self.detail.setText(detail)
        self.detail.setVisible(bool(detail))
        self.verdict.setText(verdict)
        self.verdict.setVisible(bool(verdict))
        if verdict:
            restyle(self.verdict, "bannerOk" if good else ("bannerBad" if good is False else "banner"))
        # One sentence for screen readers: "FTE needed: 3.4. 110 clinician hours ..."
        self.setAccessibleDescription(" ".join(x for x in (f"{self.caption}: {value}.", detail, verdict) if x))
        self.value.setAccessibleName(f"{self.caption}: {value}")


SEVERITY_STYLE = {Severity.blocker: "bannerBad", Severity.warning: "banner", Severity.suggestion: "bannerOk"}
SEVERITY_WORD = {Severity.blocker: QCoreApplication.translate("ui.widgets.figures", "Blocker"), Severity.warning: QCoreApplication.translate("ui.widgets.figures", "Warning"), Severity.suggestion: QCoreApplication.translate("ui.widgets.figures", "Suggestion")}


class FindingsBanner(QLabel):
    """The current readiness findings for some fields, worst first, under the fields
    they are about. Updates when the window re-runs its checks."""

    def __init__(self, findings: Callable[[], list[Finding]], prefixes: Sequence[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.findings = findings
        self.prefixes = tuple(prefixes)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setObjectName("banner")
        self.hide()

    def matching(self) -> list[Finding]:
        out = [f for f in self.findings()
               if any(f.field == p or f.field.startswith(p + ".") or f.field.startswith(p + "[") for p in self.prefixes)]
        return sorted(out, key=lambda f: f.severity.rank)

    def refresh(self) -> None:
        found = self.matching()
        if not found:
            self.hide()
            self.setAccessibleDescription("")
            return
        restyle(self, SEVERITY_STYLE[found[0].severity])
        lines = [f"<b>{SEVERITY_WORD[f.severity]}:</b> {escape(f.message)} <i>{escape(f.fix)}</i>" for f in found]
        self.setText("<br>".join(lines))
        self.setAccessibleName(QCoreApplication.translate("ui.widgets.figures", "Readiness findings"))
        self.setAccessibleDescription(" ".join(f"{SEVERITY_WORD[f.severity]}: {f.message} {f.fix}" for f in found))
        self.show()
