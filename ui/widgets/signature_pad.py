"""A signature pad: draw with a mouse, a pen (with pressure) or a finger.

Strokes are kept as points with a width, drawn as smooth quadratic curves through
the midpoints of successive points (antialiased, round caps), and exported as a
PNG cropped to the ink — transparent or on white — in base64, ready for
``Signature.image_png``.
"""

from __future__ import annotations

import base64
from dataclasses import dataclass, field

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QEvent,
    QIODevice,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QImage,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

INK = QColor("#10243f")
BASE_WIDTH = 2.6
"""Stroke width in logical pixels for a mouse or a finger (a pen scales it by pressure)."""
EXPORT_SCALE = 2.0
"""Exported images have twice the on-screen resolution, so they print crisply."""
MAX_EXPORT_WIDTH = 1600


@dataclass
class Stroke:
    points: list[QPointF] = field(default_factory=list)
    widths: list[float] = field(default_factory=list)

    def add(self, p: QPointF, width: float) -> bool:
        """Append a point unless it repeats the last one (returns whether it was added)."""
        if self.points and (self.points[-1] - p).manhattanLength() < 0.5:
            return False
        self.points.append(QPointF(p))
        self.widths.append(width)
        return True


def _mid(a: QPointF, b: QPointF) -> QPointF:
    return QPointF((a.x() + b.x()) / 2, (a.y() + b.y()) / 2)


def paint_strokes(p: QPainter, strokes: list[Stroke], color: QColor = INK) -> None:
    """Draw strokes as smooth curves: each segment runs midpoint to midpoint around a point."""
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    for s in strokes:
        pts, ws = s.points, s.widths
        if not pts:
            continue
        if len(pts) == 1:
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            r = ws[0] / 2 + 0.4
            p.drawEllipse(pts[0], r, r)
            continue
        p.setBrush(Qt.BrushStyle.NoBrush)
        start = pts[0]
        for i in range(1, len(pts)):
            end = pts[i] if i == len(pts) - 1 else _mid(pts[i], pts[i + 1])
            path = QPainterPath(start)
            if i == len(pts) - 1:
                path.lineTo(end)
            else:
                path.quadTo(pts[i], end)
            pen = QPen(color, (ws[i - 1] + ws[i]) / 2, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                       Qt.PenJoinStyle.RoundJoin)
            p.setPen(pen)
            p.drawPath(path)
            start = end


class SignatureCanvas(QWidget):
    """The drawing surface. Mouse, tablet and touch input all end in the same strokes."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.strokes: list[Stroke] = []
        self._current: Stroke | None = None
        self._tablet_down = False
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_StaticContents, True)
        self.setMouseTracking(False)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumSize(360, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("ui.widgets.signature_pad", "Signature pad"))
        self.setAccessibleDescription(QCoreApplication.translate("ui.widgets.signature_pad", "Draw your signature with a mouse, pen or finger. To sign without drawing, use Sign by typing instead."))

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt name)
        h = self.fontMetrics().height()
        return QSize(h * 34, h * 11)

    # --- state -----------------------------------------------------------------------

    def is_empty(self) -> bool:
        return not any(s.points for s in self.strokes)

    def clear(self) -> None:
        self.strokes.clear()
        self._current = None
        self.update()
        self.changed.emit()

    # --- input -------------------------------------------------------------------------

    def _begin(self, pos: QPointF, width: float) -> None:
        self._current = Stroke()
        self._current.add(pos, width)
        self.strokes.append(self._current)
        self.update()

    def _extend(self, pos: QPointF, width: float) -> None:
        if self._current is not None and self._current.add(pos, width):
            w = max(self._current.widths) + 4
            pts = self._current.points[-3:]
            xs = [q.x() for q in pts]
            ys = [q.y() for q in pts]
            self.update(QRectF(min(xs) - w, min(ys) - w, max(xs) - min(xs) + 2 * w,
                               max(ys) - min(ys) + 2 * w).toAlignedRect())

    def _end(self) -> None:
        if self._current is not None:
            self._current = None
            self.update()
            self.changed.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self._tablet_down:
            self._begin(event.position(), BASE_WIDTH)
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.buttons() & Qt.MouseButton.LeftButton and not self._tablet_down:
            self._extend(event.position(), BASE_WIDTH)
            event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and not self._tablet_down:
            self._extend(event.position(), BASE_WIDTH)
            self._end()
            event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:  # noqa: N802
        """A pen: width follows pressure; accepting stops Qt synthesizing mouse events."""
        width = BASE_WIDTH * (0.45 + 1.1 * max(0.0, min(1.0, event.pressure())))
        t = event.type()
        if t == QEvent.Type.TabletPress:
            self._tablet_down = True
            self._begin(event.position(), width)
        elif t == QEvent.Type.TabletMove and self._tablet_down:
            self._extend(event.position(), width)
        elif t == QEvent.Type.TabletRelease and self._tablet_down:
            self._tablet_down = False
            if self._current is not None and self._current.widths:  # the lift has no pressure
                self._extend(event.position(), self._current.widths[-1])
            self._end()
        event.accept()

    def event(self, event: QEvent) -> bool:
        t = event.type()
        if t in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            points = event.points()
            if points:
                pos = points[0].position()
                if t == QEvent.Type.TouchBegin:
                    self._begin(pos, BASE_WIDTH * 1.15)
                elif t == QEvent.Type.TouchUpdate:
                    self._extend(pos, BASE_WIDTH * 1.15)
                else:
                    self._extend(pos, BASE_WIDTH * 1.15)
                    self._end()
            event.accept()
            return True
        return super().event(event)

    # --- drawing -------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("#ffffff"))
        # The signing line and its cross, as on paper.
        fm = self.fontMetrics()
        y = self.height() - fm.height() * 2
        p.setPen(QPen(QColor("#9aa5b1"), 1))
        p.drawLine(fm.height(), y, self.width() - fm.height(), y)
        p.setPen(QPen(QColor("#6b7785"), 1.5))
        x0 = fm.height()
        p.drawLine(x0, y - fm.height(), x0 + fm.height() // 2, y - fm.height() // 2)
        p.drawLine(x0 + fm.height() // 2, y - fm.height(), x0, y - fm.height() // 2)
        if self.is_empty():
            p.setPen(QColor("#6b7785"))
            p.drawText(self.rect().adjusted(0, 0, 0, -fm.height() * 2), Qt.AlignmentFlag.AlignCenter,
                       QCoreApplication.translate("ui.widgets.signature_pad", "Sign here"))
        paint_strokes(p, self.strokes)
        p.end()

    # --- export ----------------------------------------------------------------------------

    def ink_rect(self) -> QRectF:
        rect = QRectF()
        for s in self.strokes:
            for pt, w in zip(s.points, s.widths, strict=True):
                r = QRectF(pt.x() - w, pt.y() - w, 2 * w, 2 * w)
                rect = r if rect.isNull() else rect.united(r)
        return rect

    def to_image(self, background: str = "transparent", margin: float = 6.0) -> QImage:
        """The ink cropped to its bounds (plus a margin), at :data:`EXPORT_SCALE`."""
        rect = self.ink_rect().adjusted(-margin, -margin, margin, margin)
        if self.is_empty() or rect.isEmpty():
            return QImage()
        scale = min(EXPORT_SCALE, MAX_EXPORT_WIDTH / rect.width())
        img = QImage(max(1, round(rect.width() * scale)), max(1, round(rect.height() * scale)),
                     QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(QColor("#ffffff") if background == "white" else QColor(0, 0, 0, 0))
        p = QPainter(img)
        p.scale(scale, scale)
        p.translate(-rect.topLeft())
        paint_strokes(p, self.strokes)
        p.end()
        return img

    def to_png(self, background: str = "transparent") -> bytes:
        img = self.to_image(background)
        if img.isNull():
            return b""
        data = QByteArray()
        buf = QBuffer(data)
        buf.open(QIODevice.OpenModeFlag.WriteOnly)
        img.save(buf, "PNG")
        buf.close()
        return bytes(data.data())

    def to_png_b64(self, background: str = "transparent") -> str:
        """Base64 PNG of the signature ('' when nothing is drawn)."""
        png = self.to_png(background)
        return base64.b64encode(png).decode("ascii") if png else ""


class SignaturePad(QWidget):
    """The canvas with a Clear button and a line saying what to do."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.canvas = SignatureCanvas()
        self.canvas.setObjectName("signatureCanvas")
        self.canvas.changed.connect(self.changed)
        self.clear_button = QPushButton(QCoreApplication.translate("ui.widgets.signature_pad", "C&lear"))
        self.clear_button.setAccessibleName(QCoreApplication.translate("ui.widgets.signature_pad", "Clear the signature pad"))
        self.clear_button.clicked.connect(self.canvas.clear)
        self.hint = QLabel(QCoreApplication.translate("ui.widgets.signature_pad", "Draw with a mouse, a pen or a finger."))
        self.hint.setObjectName("note")
        row = QHBoxLayout()
        row.addWidget(self.hint, 1)
        row.addWidget(self.clear_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.canvas, 1)
        box.addLayout(row)
        self.canvas.changed.connect(self._update_clear)
        self._update_clear()

    def _update_clear(self) -> None:
        self.clear_button.setEnabled(not self.canvas.is_empty())

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def clear(self) -> None:
        self.canvas.clear()

    def to_png_b64(self, background: str = "transparent") -> str:
        return self.canvas.to_png_b64(background)


def pixmap_from_b64(data: str):
    """A QPixmap from a base64 PNG (null if it cannot be decoded)."""
    from PySide6.QtGui import QPixmap

    pm = QPixmap()
    try:
        pm.loadFromData(base64.b64decode(data, validate=True), "PNG")
    except (ValueError, TypeError):
        return QPixmap()
    return pm
