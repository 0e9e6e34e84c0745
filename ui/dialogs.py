"""Every modal question the window asks, in one place (tests replace these functions)."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

PLAN_FILTER = QCoreApplication.translate("ui.dialogs", "Co-response plans (*.coresponse.yaml *.yaml *.yml)")
OPEN_FILTER = QCoreApplication.translate("ui.dialogs", "Plans and charters (*.yaml *.yml *.pdf);;Co-response plans (*.yaml *.yml);;Charters (*.pdf)")


def ask_unsaved(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ui.dialogs", "Unsaved changes"))
    box.setText(QCoreApplication.translate("ui.dialogs", "Save the changes to “{0}” before closing it?").format(name))
    box.setInformativeText(QCoreApplication.translate("ui.dialogs", "If you don't save, the changes since the last save are lost."))
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


def choose_open_path(parent: QWidget, folder: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ui.dialogs", "Open a plan or charter"), folder, OPEN_FILTER)
    return Path(path) if path else None


def choose_compare_path(parent: QWidget, folder: str = "") -> Path | None:
    """File ▸ Compare with…: the other plan (or charter) to compare the open one with."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ui.dialogs", "Compare with a plan or charter"), folder, OPEN_FILTER)
    return Path(path) if path else None


def choose_content_folder(parent: QWidget, folder: str = "") -> Path | None:
    """Tools ▸ Content Pack…: a folder holding a trainer's content pack."""
    path = QFileDialog.getExistingDirectory(parent, QCoreApplication.translate("ui.dialogs", "Choose a content pack folder"), folder)
    return Path(path) if path else None


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ui.dialogs", "Save plan as"), suggested, PLAN_FILTER)
    if not path:
        return None
    p = Path(path)
    if not p.name.endswith((".yaml", ".yml")):
        p = p.with_name(p.name + ".coresponse.yaml")
    return p


def choose_pdf_path(parent: QWidget, suggested: str, *, title: str = QCoreApplication.translate("ui.dialogs", "Export charter"),
                    kind: str = QCoreApplication.translate("ui.dialogs", "PDF charter")) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, QCoreApplication.translate("ui.dialogs", "{0} (*.pdf)").format(kind))
    if not path:
        return None
    p = Path(path)
    return p if p.suffix.lower() == ".pdf" else p.with_name(p.name + ".pdf")


def choose_charter_to_sign(parent: QWidget, folder: str = "") -> Path | None:
    """Sign with certificate: the exported charter PDF to sign."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ui.dialogs", "Charter to sign"), folder, QCoreApplication.translate("ui.dialogs", "PDF charter (*.pdf)"))
    return Path(path) if path else None


def choose_p12_path(parent: QWidget, folder: str = "") -> Path | None:
    """Sign with certificate: the signer's PKCS#12 file (certificate and private key)."""
    path, _ = QFileDialog.getOpenFileName(parent, QCoreApplication.translate("ui.dialogs", "Certificate to sign with"), folder,
                                          QCoreApplication.translate("ui.dialogs", "Certificates with private key (*.p12 *.pfx);;All files (*)"))
    return Path(path) if path else None


def choose_signed_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    """Sign with certificate: where to save the signed charter."""
    path, _ = QFileDialog.getSaveFileName(parent, QCoreApplication.translate("ui.dialogs", "Save the signed charter as"), suggested, QCoreApplication.translate("ui.dialogs", "PDF charter (*.pdf)"))
    if not path:
        return None
    p = Path(path)
    return p if p.suffix.lower() == ".pdf" else p.with_name(p.name + ".pdf")


def _save_with_suffix(parent: QWidget, title: str, suggested: str, kind: str, suffix: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, f"{kind} (*{suffix})")
    if not path:
        return None
    p = Path(path)
    return p if p.suffix.lower() == suffix else p.with_name(p.name + suffix)


def choose_calendar_path(parent: QWidget, suggested: str) -> Path | None:
    """File ▸ Launch Kit ▸ Meeting Calendar: where to save the .ics file."""
    return _save_with_suffix(parent, QCoreApplication.translate("ui.dialogs", "Save the meeting calendar"), suggested, QCoreApplication.translate("ui.dialogs", "iCalendar file"), ".ics")


def choose_workbook_path(parent: QWidget, suggested: str) -> Path | None:
    """File ▸ Launch Kit ▸ Data Workbook: where to save the .xlsx file."""
    return _save_with_suffix(parent, QCoreApplication.translate("ui.dialogs", "Save the data-collection workbook"), suggested, QCoreApplication.translate("ui.dialogs", "Excel workbook"), ".xlsx")


def choose_docx_path(parent: QWidget, suggested: str) -> Path | None:
    """Export ▸ Word copy for counsel: where to save the .docx review copy."""
    return _save_with_suffix(parent, QCoreApplication.translate("ui.dialogs", "Save the Word review copy for counsel"), suggested, QCoreApplication.translate("ui.dialogs", "Word document"), ".docx")


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_recover(parent: QWidget, description: str) -> str:
    """'recover', 'discard' or 'later' for one recovery file found at start-up."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("ui.dialogs", "Recover unsaved work"))
    box.setText(QCoreApplication.translate("ui.dialogs", "The program closed unexpectedly last time. Unsaved work was kept:"))
    box.setInformativeText(description)
    recover = box.addButton(QCoreApplication.translate("ui.dialogs", "Recover"), QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton(QCoreApplication.translate("ui.dialogs", "Discard"), QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QCoreApplication.translate("ui.dialogs", "Decide later"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    return "recover" if clicked is recover else "discard" if clicked is discard else "later"


# --- sign-off and export ---------------------------------------------------------------


def signing_header(dialog: QDialog, who: str, statement: str) -> QVBoxLayout:
    """The rows both ways of signing open with: who is signing, then the statement they sign."""
    lay = QVBoxLayout(dialog)
    head = QLabel(QCoreApplication.translate("ui.dialogs", "Signing as <b>{0}</b>").format(escape(who)))
    head.setTextFormat(Qt.TextFormat.RichText)
    lay.addWidget(head)
    text = QLabel(statement)
    text.setWordWrap(True)
    text.setObjectName("note")
    lay.addWidget(text)
    return lay


class SignatureDialog(QDialog):
    """Draw a signature: says who is signing what, then a pad; Sign stays off until there is ink."""

    def __init__(self, parent: QWidget | None, who: str, statement: str, fingerprint_short: str):
        super().__init__(parent)
        from ui.widgets.signature_pad import SignaturePad  # only when someone signs

        self.setWindowTitle(QCoreApplication.translate("ui.dialogs", "Sign — {0}").format(who))
        lay = signing_header(self, who, statement)
        what = QLabel(QCoreApplication.translate("ui.dialogs", "This signs the plan with fingerprint {0}. Any later change to the plan voids this signature.").format(fingerprint_short))
        what.setWordWrap(True)
        lay.addWidget(what)
        self.pad = SignaturePad()
        lay.addWidget(self.pad, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(QCoreApplication.translate("ui.dialogs", "&Sign"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.pad.changed.connect(lambda: self.sign_button.setEnabled(not self.pad.is_empty()))
        h = self.fontMetrics().height()
        self.resize(h * 42, h * 26)

    def signature_b64(self) -> str:
        """The drawn signature as a base64 PNG on a transparent background."""
        return self.pad.to_png_b64("transparent")


def ask_drawn_signature(parent: QWidget, who: str, statement: str, fingerprint_short: str) -> str | None:
    """A base64 PNG of the signature drawn on the pad, or None if cancelled."""
    dlg = SignatureDialog(parent, who, statement, fingerprint_short)
    if dlg.exec() != QDialog.DialogCode.Accepted:
        return None
    return dlg.signature_b64() or None


def same_name(typed: str, name: str) -> bool:
    """What was typed is the signatory's name: letter case, doubled spaces and surrounding
    blanks aside ("robin  hale" signs for "Robin Hale"; "Robin" does not)."""
    def norm(text: str) -> str:
        return " ".join(text.split()).casefold()

    return bool(norm(name)) and norm(typed) == norm(name)


class TypedSignatureDialog(QDialog):
    """Sign by typing: the signatory types their own name; Sign stays off until it matches."""

    def __init__(self, parent: QWidget | None, who: str, name: str, typed: str, statement: str,
                 fingerprint_short: str):
        super().__init__(parent)
        self.name = name
        self.setWindowTitle(QCoreApplication.translate("ui.dialogs", "Sign by typing — {0}").format(who))
        lay = signing_header(self, who, statement)
        what = QLabel(QCoreApplication.translate("ui.dialogs", "The signature will read “{0}” and is given to the plan with fingerprint {1}. Any later change to the plan voids it.").format(typed, fingerprint_short))
        what.setWordWrap(True)
        lay.addWidget(what)
        ask = QLabel(QCoreApplication.translate("ui.dialogs", "&Type your name, {0}, to sign:").format(name))
        ask.setWordWrap(True)
        lay.addWidget(ask)
        self.entry = QLineEdit()
        self.entry.setAccessibleName(QCoreApplication.translate("ui.dialogs", "Type your name, {0}, to sign").format(name))
        ask.setBuddy(self.entry)
        lay.addWidget(self.entry)
        self.hint = QLabel()
        self.hint.setObjectName("note")
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = self.buttons.addButton(QCoreApplication.translate("ui.dialogs", "&Sign as {0}").format(typed), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)
        self.entry.textChanged.connect(self._check)
        self._check("")
        h = self.fontMetrics().height()
        self.resize(h * 36, self.sizeHint().height())

    def _check(self, text: str) -> None:
        ok = same_name(text, self.name)
        self.sign_button.setEnabled(ok)
        self.sign_button.setDefault(ok)
        self.hint.setText("" if ok or not text.strip() else QCoreApplication.translate("ui.dialogs", "That is not “{0}” yet.").format(self.name))

    def accept(self) -> None:
        if same_name(self.entry.text(), self.name):  # Return with a wrong name does not sign
            super().accept()


def confirm_typed_signature(parent: QWidget, who: str, typed: str, statement: str, fingerprint_short: str) -> bool:
    """Sign by typing: True once the signatory has typed their own name and pressed Sign."""
    name = typed.removeprefix("/s/ ").strip()
    dlg = TypedSignatureDialog(parent, who, name, typed, statement, fingerprint_short)
    return dlg.exec() == QDialog.DialogCode.Accepted


def ask_export_draft(parent: QWidget, reasons: list[str]) -> bool:
    """A final charter is not possible: export a DRAFT instead?"""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ui.dialogs", "Export charter"))
    box.setText(QCoreApplication.translate("ui.dialogs", "A final charter is not possible yet."))
    box.setInformativeText("\n".join(f"• {r}" for r in reasons) + QCoreApplication.translate("ui.dialogs", "\n\nExport a DRAFT charter instead?"))
    draft = box.addButton(QCoreApplication.translate("ui.dialogs", "Export &draft"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(draft)
    box.exec()
    return box.clickedButton() is draft


def offer_open_export(parent: QWidget, path: Path, final: bool) -> str | None:
    """After an export: 'pdf' (open it), 'folder' (show its folder) or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(QCoreApplication.translate("ui.dialogs", "Charter exported"))
    box.setText(QCoreApplication.translate("ui.dialogs", "The final charter was saved.") if final
                else QCoreApplication.translate("ui.dialogs", "The DRAFT charter was saved."))
    box.setInformativeText(str(path))
    pdf = box.addButton(QCoreApplication.translate("ui.dialogs", "Open the &PDF"), QMessageBox.ButtonRole.AcceptRole)
    folder = box.addButton(QCoreApplication.translate("ui.dialogs", "Open its &folder"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(pdf)
    box.exec()
    clicked = box.clickedButton()
    return "pdf" if clicked is pdf else "folder" if clicked is folder else None


def open_url(url: QUrl) -> bool:
    """Open a file or folder with the desktop's default program."""
    return QDesktopServices.openUrl(url)
