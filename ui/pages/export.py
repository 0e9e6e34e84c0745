"""Step 12: preview the charter and export it — FINAL when ready, otherwise a DRAFT.

The charter is rendered off the UI thread from a deep copy of the plan (later edits
cannot race it) and written atomically, so the window never freezes and a failed
export never leaves half a file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from ui import dialogs
from ui.pages.base import StepPage
from ui.widgets import background
from ui.widgets.flow_layout import FlowLayout
from wizard import checks, signing, storage
from wizard.readiness import final_blockers
from wizard.steps import Step


class ExportPage(StepPage):
    step = Step.export

    def build(self) -> None:
        self.job: background.Job | None = None
        self.last_path: Path | None = None
        self.last_final = False

        self.heading(QCoreApplication.translate("ui.pages.export", "Charter status"))
        self.status_banner = QLabel()
        self.status_banner.setWordWrap(True)
        self.status_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.status_banner.setAccessibleName(QCoreApplication.translate("ui.pages.export", "Charter status"))
        self.add(self.status_banner)

        buttons = QWidget()
        row = FlowLayout(buttons)
        self.final_button = QPushButton(QCoreApplication.translate("ui.pages.export", "Export final &charter…"))
        self.final_button.setObjectName("primary")
        self.final_button.clicked.connect(lambda: self.start_export(draft=False))
        self.draft_button = QPushButton(QCoreApplication.translate("ui.pages.export", "Export &draft…"))
        self.draft_button.clicked.connect(lambda: self.start_export(draft=True))
        self.review_button = QPushButton(QCoreApplication.translate("ui.pages.export", "Go to &Review"))
        self.review_button.clicked.connect(lambda: self.ctx.go_to(Step.review))
        self.signoff_button = QPushButton(QCoreApplication.translate("ui.pages.export", "Go to &Sign-off"))
        self.signoff_button.clicked.connect(lambda: self.ctx.go_to(Step.signoff))
        self.cert_button = QPushButton(QCoreApplication.translate("ui.pages.export", "Sign exported charter with cert&ificate…"))
        self.cert_button.setToolTip(QCoreApplication.translate("ui.pages.export", "Each signatory signs their box in an exported charter PDF with their certificate (.p12/.pfx); any PDF reader can check these signatures."))
        self.cert_button.clicked.connect(self.open_certificate_sign)
        self.cert_dialog = None  # CertificateSignDialog, created on first use
        self.word_button = QPushButton(QCoreApplication.translate("ui.pages.export", "&Word copy for counsel…"))
        self.word_button.setToolTip(QCoreApplication.translate("ui.pages.export", "The same charter as a Word document (.docx) that counsel can redline, with guidance on each clause; it is a review copy, never the signed charter."))
        self.word_button.clicked.connect(self.start_word_copy)
        for b in (self.final_button, self.draft_button, self.review_button, self.signoff_button, self.cert_button,
                  self.word_button):
            row.add(b)
        self.add(buttons)
        self.word_result = QLabel()
        self.word_result.setWordWrap(True)
        self.word_result.setTextFormat(Qt.TextFormat.PlainText)
        self.word_result.setAccessibleName(QCoreApplication.translate("ui.pages.export", "Word review copy"))
        self.word_result.hide()
        self.add(self.word_result)

        busy = QHBoxLayout()
        busy.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # indeterminate: rendering has no meaningful percentage
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(QCoreApplication.translate("ui.pages.export", "Exporting the charter"))
        self.progress.setMaximumWidth(self.fontMetrics().height() * 14)
        self.busy_text = QLabel()
        self.busy_text.setWordWrap(True)
        busy.addWidget(self.progress)
        busy.addWidget(self.busy_text, 1)
        self.busy_row = self._holder(busy)
        self.busy_row.hide()
        self.add(self.busy_row)

        done = QHBoxLayout()
        done.setContentsMargins(0, 0, 0, 0)
        self.result = QLabel()
        self.result.setObjectName("bannerOk")
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_pdf_button = QPushButton(QCoreApplication.translate("ui.pages.export", "&Open the PDF"))
        self.open_pdf_button.clicked.connect(lambda: self.open_result("pdf"))
        self.open_folder_button = QPushButton(QCoreApplication.translate("ui.pages.export", "Open its fo&lder"))
        self.open_folder_button.clicked.connect(lambda: self.open_result("folder"))
        done.addWidget(self.result, 1)
        done.addWidget(self.open_pdf_button)
        done.addWidget(self.open_folder_button)
        self.done_row = self._holder(done)
        self.done_row.hide()
        self.add(self.done_row)

        self.heading(QCoreApplication.translate("ui.pages.export", "Preview"))
        prow = QHBoxLayout()
        prow.setContentsMargins(0, 0, 0, 0)
        self.preview_button = QPushButton(QCoreApplication.translate("ui.pages.export", "&Preview charter"))
        self.preview_button.clicked.connect(self.show_preview)
        self.stale = QLabel()
        self.stale.setObjectName("note")
        self.stale.setWordWrap(True)
        prow.addWidget(self.preview_button)
        prow.addWidget(self.stale, 1)
        self.add(self._holder(prow))
        self.preview = None  # CharterPreview, created on first use (QtPdf loads then)
        self.preview_slot = QHBoxLayout()
        self.preview_slot.setContentsMargins(0, 0, 0, 0)
        self.add(self._holder(self.preview_slot))

        self.ctx.findings.changed.connect(self._refresh_if_built)

    @staticmethod
    def _holder(layout) -> QWidget:
        w = QWidget()
        w.setLayout(layout)
        return w

    # --- state -------------------------------------------------------------------------

    def reasons(self) -> list[str]:
        """Why a final charter is not possible now, judged on fresh checks."""
        plan = self.doc.plan
        return final_blockers(plan, checks.run_checks(plan, self.content))

    def refresh(self) -> None:
        plan = self.doc.plan
        reasons = final_blockers(plan, self.ctx.findings)
        if reasons:
            self.status_banner.setObjectName("bannerBad")
            self.status_banner.setText(QCoreApplication.translate("ui.pages.export", "A final charter is not possible yet:\n")
                                       + "\n".join(f"  • {r}" for r in reasons)
                                       + QCoreApplication.translate("ui.pages.export", "\nYou can export a DRAFT now: every page is marked DRAFT."))
        else:
            self.status_banner.setObjectName("bannerOk")
            self.status_banner.setText(
                QCoreApplication.translate("ui.pages.export", "Ready for the final charter: no blockers, and every required signature is valid for fingerprint {0}.").format(signing.short(signing.fingerprint(plan))))
        self.status_banner.style().unpolish(self.status_banner)
        self.status_banner.style().polish(self.status_banner)
        busy = self.exporting()
        self.final_button.setEnabled(not reasons and not busy)
        self.draft_button.setEnabled(not busy)
        self.final_button.setDefault(not reasons)
        self.review_button.setVisible(bool(checks.blockers(self.ctx.findings)))
        self.signoff_button.setVisible(not signing.fully_signed(plan))
        if self.preview is not None and self.preview.rendered_fingerprint:
            changed = self.preview.rendered_fingerprint != signing.fingerprint(plan)
            self.stale.setText(QCoreApplication.translate("ui.pages.export", "The plan has changed since this preview. Preview again to see the changes.")
                               if changed else "")

    def exporting(self) -> bool:
        return self.job is not None and not self.job.done

    # --- preview --------------------------------------------------------------------------

    def show_preview(self) -> None:
        from ui.widgets.charter_preview import CharterPreview

        self.ctx.flush_edits()
        if self.preview is None:
            self.preview = CharterPreview(self.content)
            self.preview.setMinimumHeight(self.fontMetrics().height() * 30)
            self.preview.rendered.connect(lambda _n: self.refresh())
            self.preview_slot.addWidget(self.preview)
        self.stale.setText("")
        self.preview.render(self.doc.plan)

    # --- export ---------------------------------------------------------------------------

    def start_export(self, draft: bool | None = None) -> None:
        """Export the charter: FINAL when possible, otherwise (after asking) a DRAFT.

        ``draft=None`` (Finish, File ▸ Export) decides from the plan's state.
        """
        self.ensure_built()
        if self.exporting():
            self.ctx.status(QCoreApplication.translate("ui.pages.export", "The charter is still being exported."), 5000)
            return
        self.ctx.flush_edits()
        reasons = self.reasons()
        if draft is None:
            if reasons and not dialogs.ask_export_draft(self, reasons):
                return
            draft = bool(reasons)
        elif not draft and reasons:  # the plan changed since the button was enabled
            if not dialogs.ask_export_draft(self, reasons):
                return
            draft = True
        suffix = "-charter-DRAFT.pdf" if draft else "-charter.pdf"
        path = dialogs.choose_pdf_path(self, self.ctx.suggested_name(suffix))
        if path is None:
            return
        plan = self.doc.plan.model_copy(deep=True)  # later edits cannot race the render
        content = self.content
        final = not draft

        def work() -> Path:
            from wizard.charter import isolated  # a child process: Typst's cache never leaves it

            data = isolated.render_charter_isolated(plan, content, draft=draft)
            storage.atomic_write(path, data)
            return path

        self.done_row.hide()
        self.busy_text.setText((QCoreApplication.translate("ui.pages.export", "Rendering the final charter to {name}… You can keep working.") if final
                                else QCoreApplication.translate("ui.pages.export", "Rendering the DRAFT charter to {name}… You can keep working.")
                                ).format(name=path.name))
        self.busy_row.show()
        self.ctx.status(QCoreApplication.translate("ui.pages.export", "Exporting the charter to {0}…").format(path))
        self.job = background.run(work, lambda p: self._exported(p, final), lambda e, tb: self._failed(path, e))
        self.refresh()

    def start_word_copy(self) -> None:
        """Write the Word review copy for counsel (the same facts as the PDF) in the background."""
        self.ensure_built()
        if self.exporting():
            self.ctx.status(QCoreApplication.translate("ui.pages.export", "The charter is still being exported."), 5000)
            return
        self.ctx.flush_edits()
        path = dialogs.choose_docx_path(self, self.ctx.suggested_name("-charter-review.docx"))
        if path is None:
            return
        plan = self.doc.plan.model_copy(deep=True)
        content = self.content

        def work() -> Path:
            from wizard.charter.wordcopy import charter_docx

            storage.atomic_write(path, charter_docx(plan, content))
            return path

        def done(p: Path) -> None:
            self.busy_row.hide()
            self.word_result.setText(QCoreApplication.translate("ui.pages.export", "Saved the Word review copy for counsel to {0}").format(p))
            self.word_result.show()
            self.ctx.status(QCoreApplication.translate("ui.pages.export", "Saved the Word review copy to {0}").format(p), 10000)
            self.refresh()

        self.busy_text.setText(QCoreApplication.translate("ui.pages.export", "Writing the Word review copy to {0}… You can keep working.").format(path.name))
        self.busy_row.show()
        self.job = background.run(work, done, lambda e, tb: self._failed(path, e))
        self.refresh()

    def _exported(self, path: Path, final: bool) -> None:
        self.busy_row.hide()
        self.last_path = path
        self.last_final = final
        kind = QCoreApplication.translate("ui.pages.export", "final charter") if final else QCoreApplication.translate("ui.pages.export", "DRAFT charter")
        self.result.setText(QCoreApplication.translate("ui.pages.export", "Exported the {0} to {1}").format(kind, path))
        self.done_row.show()
        self.ctx.status(QCoreApplication.translate("ui.pages.export", "Exported the {0} to {1}").format(kind, path), 10000)
        self.refresh()
        choice = dialogs.offer_open_export(self, path, final)
        if choice:
            self.open_result(choice)

    def _failed(self, path: Path, exc: BaseException) -> None:
        self.busy_row.hide()
        self.ctx.status("")
        self.refresh()
        problem = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc) or type(exc).__name__
        dialogs.show_error(self, QCoreApplication.translate("ui.pages.export", "Could not export the charter"),
                           QCoreApplication.translate("ui.pages.export", "{0}: {1}\n\nNothing was written; your plan is unchanged.").format(path, problem))

    def open_certificate_sign(self) -> None:
        """The certificate-signing dialog, on the charter just exported when there is one."""
        from ui.widgets.cert_sign import CertificateSignDialog

        self.ensure_built()
        if self.cert_dialog is None:
            self.cert_dialog = CertificateSignDialog(self, self.last_path)
        elif self.last_path is not None and not self.cert_dialog.busy() \
                and self.cert_dialog.charter_path() != self.last_path and self.cert_dialog.last_output is None:
            self.cert_dialog.set_charter(self.last_path)
        self.cert_dialog.show()
        self.cert_dialog.raise_()
        self.cert_dialog.activateWindow()

    def open_result(self, what: str) -> None:
        if self.last_path is None:
            return
        target = self.last_path if what == "pdf" else self.last_path.parent
        dialogs.open_url(QUrl.fromLocalFile(str(target)))
