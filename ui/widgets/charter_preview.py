"""An in-app preview of the charter: rendered off the UI thread, shown in a QPdfView.

QtPdf is imported only when a preview is first shown, so it costs nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.widgets import background
from wizard import signing

if TYPE_CHECKING:
    from wizard.content import Content
    from wizard.plan import ProgramPlan


def render_bytes(plan: ProgramPlan, content: Content, draft: bool = False) -> bytes:
    """Render the charter (runs in the worker thread, the render itself in a child process:
    wizard/charter/isolated.py)."""
    from wizard.charter import isolated

    return isolated.render_charter_isolated(plan, content, draft=draft)


class CharterPreview(QWidget):
    """Pages of the charter, zoomed to fit the width; a busy bar while rendering."""

    rendered = Signal(int)
    """The preview shows a freshly rendered charter with N pages."""
    failed = Signal(str)

    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.content = content
        self.pdf: Any = None  # QPdfDocument, created on first use
        self.view: Any = None  # QPdfView
        self._buffer: QBuffer | None = None
        self._bytes = QByteArray()
        self.job: background.Job | None = None
        self.rendered_fingerprint = ""
        self.pdf_bytes = b""

        self.status = QLabel(QCoreApplication.translate("ui.widgets.charter_preview", "No preview yet."))
        self.status.setObjectName("note")
        self.status.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setAccessibleName(QCoreApplication.translate("ui.widgets.charter_preview", "Rendering the preview"))
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(self.fontMetrics().height() * 12)
        self.progress.hide()
        self.fit_width = QPushButton(QCoreApplication.translate("ui.widgets.charter_preview", "Fit &width"))
        self.fit_page = QPushButton(QCoreApplication.translate("ui.widgets.charter_preview", "Fit p&age"))
        self.zoom_in = QPushButton("+")
        self.zoom_out = QPushButton("−")
        self.zoom_in.setAccessibleName(QCoreApplication.translate("ui.widgets.charter_preview", "Zoom the preview in"))
        self.zoom_out.setAccessibleName(QCoreApplication.translate("ui.widgets.charter_preview", "Zoom the preview out"))
        for b in (self.fit_width, self.fit_page, self.zoom_in, self.zoom_out):
            b.setEnabled(False)
        self.fit_width.clicked.connect(lambda: self._zoom_mode("FitToWidth"))
        self.fit_page.clicked.connect(lambda: self._zoom_mode("FitInView"))
        self.zoom_in.clicked.connect(lambda: self._zoom_by(1.25))
        self.zoom_out.clicked.connect(lambda: self._zoom_by(0.8))

        bar = QHBoxLayout()
        bar.addWidget(self.status, 1)
        bar.addWidget(self.progress)
        bar.addWidget(self.fit_width)
        bar.addWidget(self.fit_page)
        bar.addWidget(self.zoom_out)
        bar.addWidget(self.zoom_in)
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.addLayout(bar)
        self.placeholder = QLabel()
        self.placeholder.setMinimumHeight(0)
        self.box.addWidget(self.placeholder, 1)

    # --- rendering -----------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def render(self, plan: ProgramPlan, *, draft: bool = False) -> None:
        """Render a deep copy of ``plan`` in the background and show it when ready."""
        if self.busy():
            return
        snapshot = plan.model_copy(deep=True)
        fp = signing.fingerprint(snapshot)
        self.status.setText(QCoreApplication.translate("ui.widgets.charter_preview", "Rendering the charter preview…"))
        self.progress.show()
        self.job = background.run(lambda: render_bytes(snapshot, self.content, draft),
                                  lambda data: self._rendered(data, fp), self._failed)

    def _rendered(self, data: bytes, fp: str) -> None:
        self.progress.hide()
        self.rendered_fingerprint = fp
        self.show_pdf(data)

    def _failed(self, exc: BaseException, _tb: str) -> None:
        self.progress.hide()
        message = QCoreApplication.translate("ui.widgets.charter_preview", "The preview could not be rendered: {0}").format(exc)
        self.status.setText(message)
        self.failed.emit(message)

    # --- showing ---------------------------------------------------------------------

    def _ensure_view(self) -> None:
        if self.view is not None:
            return
        from PySide6.QtPdf import QPdfDocument  # lazy: QtPdf is not needed at start-up
        from PySide6.QtPdfWidgets import QPdfView

        self.pdf = QPdfDocument(self)
        self.view = QPdfView(self)
        self.view.setAccessibleName(QCoreApplication.translate("ui.widgets.charter_preview", "Charter preview"))
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(12)
        self.view.setDocument(self.pdf)
        self.view.setStyleSheet("QPdfView { background: #5f6b78; }")
        self.box.replaceWidget(self.placeholder, self.view)
        self.placeholder.deleteLater()
        for b in (self.fit_width, self.fit_page, self.zoom_in, self.zoom_out):
            b.setEnabled(True)

    def show_pdf(self, data: bytes) -> None:
        self._ensure_view()
        self.pdf.close()
        old = self._buffer
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        if old is not None:
            old.close()
            old.deleteLater()
        self.pdf_bytes = data
        n = self.pdf.pageCount()
        self.status.setText((QCoreApplication.translate("ui.widgets.charter_preview", "Preview: {n} page. This is what the exported charter will show.") if n == 1
                             else QCoreApplication.translate("ui.widgets.charter_preview", "Preview: {n} pages. This is what the exported charter will show.")).format(n=n))
        self.rendered.emit(n)

    def page_count(self) -> int:
        return self.pdf.pageCount() if self.pdf is not None else 0

    def _zoom_mode(self, mode: str) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(getattr(QPdfView.ZoomMode, mode))

    def _zoom_by(self, factor: float) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.2, min(5.0, self.view.zoomFactor() * factor)))


class PreviewDialog(QDialog):
    """The preview in a window of its own (from the sign-off page: read, close, sign)."""

    def __init__(self, content: Content, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ui.widgets.charter_preview", "Charter preview"))
        self.setWindowModality(Qt.WindowModality.NonModal)
        lay = QVBoxLayout(self)
        self.preview = CharterPreview(content)
        lay.addWidget(self.preview, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        h = self.fontMetrics().height()
        self.resize(h * 50, h * 44)
