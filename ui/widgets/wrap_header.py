"""A table's column header whose titles wrap onto more lines instead of being cut."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader, QWidget

PAD_X = 6
PAD_Y = 4
TEXT_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
TITLE_COLOR = QColor("#1f3a5f")
"""style.qss: QHeaderView::section { color: #1f3a5f } (the style sheet does not reach a painter)."""


class WrapHeader(QHeaderView):
    """Horizontal header: each title wraps at word boundaries to its column's width, and
    the header is as tall as its tallest title ("Employs clinicians" over two lines
    rather than "mploys clinician"). Qt's own header elides or cuts titles."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultAlignment(TEXT_FLAGS)
        self.sectionResized.connect(self._resized)
        self._heights: dict[tuple[str, int, float], int] = {}
        """(title, width, point size) → height: Qt asks for size hints hundreds of times."""
        self._hint: tuple[tuple, QSize] | None = None
        """The last size hint and what it was computed for (section widths, font size)."""
        self._watched = None

    def _title(self, section: int) -> str:
        model = self.model()
        if model is None:
            return ""
        value = model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole)
        return "" if value is None else str(value)

    def _title_font(self) -> QFont:
        f = QFont(self.font())
        f.setWeight(QFont.Weight.DemiBold)  # style.qss: QHeaderView::section { font-weight: 600 }
        return f

    def _text_height(self, section: int, width: int) -> int:
        title = self._title(section)
        key = (title, width, self.font().pointSizeF())
        found = self._heights.get(key)
        if found is None:
            fm = QFontMetrics(self._title_font())
            r = fm.boundingRect(QRect(0, 0, max(1, width - 2 * PAD_X), 100_000), int(TEXT_FLAGS), title)
            found = self._heights[key] = r.height() + 2 * PAD_Y
            if len(self._heights) > 512:
                self._heights.clear()
        return found

    def sectionSizeFromContents(self, section: int) -> QSize:  # noqa: N802 (Qt name)
        try:
            base = super().sectionSizeFromContents(section)
            width = self.sectionSize(section) or base.width()
            return QSize(base.width(), max(base.height(), self._text_height(section, width)))
        except Exception:  # noqa: BLE001 - an exception escaping a Qt virtual corrupts PySide
            return QSize(60, self.fontMetrics().height() + 2 * PAD_Y)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        try:
            model = self.model()
            if model is not self._watched and model is not None:
                model.headerDataChanged.connect(self._forget)  # new titles: measure again
                self._watched = model
            key = (self.count(), tuple(self.sectionSize(i) for i in range(self.count())), self.font().pointSizeF())
            if self._hint is not None and self._hint[0] == key:
                return self._hint[1]
            hint = super().sizeHint()
            tallest = max((self._text_height(i, self.sectionSize(i)) for i in range(self.count())
                           if not self.isSectionHidden(i)), default=0)
            result = QSize(hint.width(), max(hint.height(), tallest))
            self._hint = (key, result)
            return result
        except Exception:  # noqa: BLE001 - see above
            return QSize(100, self.fontMetrics().height() + 2 * PAD_Y)

    def _forget(self, *_args) -> None:
        self._hint = None

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:  # noqa: N802 (Qt name)
        try:
            opt = QStyleOptionHeader()
            self.initStyleOption(opt)
            opt.rect = rect
            opt.section = section
            opt.text = ""  # the frame and background from the style; the title below, wrapped
            painter.save()
            self.style().drawControl(QStyle.ControlElement.CE_Header, opt, painter, self)
            painter.setFont(self._title_font())
            painter.setPen(TITLE_COLOR)
            painter.drawText(rect.adjusted(PAD_X, PAD_Y, -PAD_X, -PAD_Y), int(TEXT_FLAGS), self._title(section))
            painter.restore()
        except Exception:  # noqa: BLE001 - see above
            pass

    def _resized(self, *_args) -> None:
        """A narrower column may need more lines: the header grows (or shrinks) at once."""
        self.updateGeometry()
        view = self.parentWidget()
        update = getattr(view, "updateGeometries", None)
        if callable(update):
            update()
        self.viewport().update()
