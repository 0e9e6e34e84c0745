"""Sign an exported charter with a certificate (the window's `coresponse sign`).

The signatory picks the charter, their signature field, their .p12 file and types the
passphrase in a password field; signing runs off the UI thread. The passphrase is
taken out of the field when signing starts (the field is cleared) and lives only in
that one job — never in settings, never on disk. Success or the one-line problem
(naming the file) shows in the dialog; after a success the signed file becomes the
charter to sign, so the next signatory signs the first one's output.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from ui.widgets import background
from ui.widgets.inputs import ComboBox

if TYPE_CHECKING:
    from wizard.charter.certsign import SigField, SignResult


def suggested_output(charter: Path) -> Path:
    """``x.pdf`` → ``x-signed.pdf``; a file already named ``…-signed.pdf`` is signed onto itself."""
    if charter.stem.endswith("-signed"):
        return charter
    return charter.with_name(f"{charter.stem}-signed.pdf")


def sign_job(charter: Path, field: str, p12: Path, passphrase: str, output: Path) -> SignResult:
    """The work done off the UI thread: open the certificate, sign, write atomically."""
    from wizard import storage
    from wizard.charter.certsign import load_credentials, sign_charter

    creds = load_credentials(p12, passphrase or None)
    result = sign_charter(charter, creds, field=field)
    storage.atomic_write(output, result.pdf)
    return result


def one_line(exc: BaseException, output: Path) -> str:
    """The problem as one line naming the file (ReadError already names it)."""
    if isinstance(exc, OSError):
        where = exc.filename or output
        return f"{where}: {exc.strerror or exc}"
    text = str(exc).strip().splitlines()
    return text[0] if text else type(exc).__name__


class CertificateSignDialog(QDialog):
    """Charter, field, certificate, passphrase, output → Sign."""

    signed = Signal(object)
    """A charter was signed: the SignResult (the output path is ``self.last_output``)."""

    def __init__(self, parent: QWidget | None = None, charter: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("ui.widgets.cert_sign", "Sign exported charter with certificate"))
        self.job: background.Job | None = None
        self.fields: list[SigField] = []
        self.last_output: Path | None = None
        self._output_chosen = False

        lay = QVBoxLayout(self)
        lay.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)  # grows with the zoom
        intro = QLabel(QCoreApplication.translate("ui.widgets.cert_sign", "Each signatory signs their own box on the signature page with their certificate (a .p12 or .pfx file). The next signatory signs the file saved here, so every signature stays valid. The passphrase is used once and never saved."))
        intro.setWordWrap(True)
        intro.setObjectName("note")
        lay.addWidget(intro)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.charter_edit = QLineEdit()
        self.charter_edit.setAccessibleName(QCoreApplication.translate("ui.widgets.cert_sign", "Charter to sign"))
        self.charter_edit.editingFinished.connect(self.load_fields)
        self.charter_button = QPushButton(QCoreApplication.translate("ui.widgets.cert_sign", "&Browse…"))
        self.charter_button.clicked.connect(self.browse_charter)
        form.addRow(self._label(QCoreApplication.translate("ui.widgets.cert_sign", "Cha&rter PDF:"), self.charter_edit), self._row(self.charter_edit, self.charter_button))

        self.field_combo = ComboBox()
        self.field_combo.setAccessibleName(QCoreApplication.translate("ui.widgets.cert_sign", "Signature field"))
        self.field_combo.currentIndexChanged.connect(lambda _i: self._update())
        form.addRow(self._label(QCoreApplication.translate("ui.widgets.cert_sign", "Sig&nature field:"), self.field_combo), self.field_combo)

        self.p12_edit = QLineEdit()
        self.p12_edit.setAccessibleName(QCoreApplication.translate("ui.widgets.cert_sign", "Certificate file"))
        self.p12_edit.setPlaceholderText(QCoreApplication.translate("ui.widgets.cert_sign", ".p12 or .pfx file with the private key"))
        self.p12_edit.textChanged.connect(lambda _t: self._update())
        self.p12_button = QPushButton(QCoreApplication.translate("ui.widgets.cert_sign", "Br&owse…"))
        self.p12_button.clicked.connect(self.browse_p12)
        form.addRow(self._label("&Certificate:", self.p12_edit), self._row(self.p12_edit, self.p12_button))

        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(QCoreApplication.translate("ui.widgets.cert_sign", "Passphrase"))
        self.passphrase.setPlaceholderText(QCoreApplication.translate("ui.widgets.cert_sign", "leave empty if the file has none"))
        form.addRow(self._label("&Passphrase:", self.passphrase), self.passphrase)

        self.output_edit = QLineEdit()
        self.output_edit.setAccessibleName(QCoreApplication.translate("ui.widgets.cert_sign", "Save the signed charter as"))
        self.output_edit.textEdited.connect(self._output_typed)
        self.output_edit.textChanged.connect(lambda _t: self._update())
        self.output_button = QPushButton(QCoreApplication.translate("ui.widgets.cert_sign", "C&hoose…"))
        self.output_button.clicked.connect(self.browse_output)
        form.addRow(self._label(QCoreApplication.translate("ui.widgets.cert_sign", "Save &as:"), self.output_edit), self._row(self.output_edit, self.output_button))
        holder = QWidget()
        holder.setLayout(form)
        lay.addWidget(holder)

        busy = QHBoxLayout()
        busy.setContentsMargins(0, 0, 0, 0)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.setAccessibleName(QCoreApplication.translate("ui.widgets.cert_sign", "Signing"))
        self.progress.setMaximumWidth(self.fontMetrics().height() * 10)
        busy.addWidget(self.progress)
        busy.addWidget(QLabel(QCoreApplication.translate("ui.widgets.cert_sign", "Signing…")), 1)
        self.busy_row = QWidget()
        self.busy_row.setLayout(busy)
        self.busy_row.hide()
        lay.addWidget(self.busy_row)

        # Two labels, each with its banner style from the start: renaming a shown label's
        # objectName and re-polishing it loses the stylesheet padding.
        self.ok_message = self._banner("bannerOk", "Signed")
        self.error_message = self._banner("bannerBad", QCoreApplication.translate("ui.widgets.cert_sign", "Could not sign"))
        lay.addWidget(self.ok_message)
        lay.addWidget(self.error_message)
        self.message = self.error_message
        """The banner last shown (``objectName()`` tells success from failure)."""
        lay.addStretch(1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.sign_button = self.buttons.addButton(QCoreApplication.translate("ui.widgets.cert_sign", "&Sign"), QDialogButtonBox.ButtonRole.ActionRole)
        self.sign_button.setObjectName("primary")
        self.sign_button.setDefault(True)
        self.sign_button.clicked.connect(self.start_sign)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

        h = self.fontMetrics().height()
        self.resize(h * 44, h * 22)
        if charter is not None:
            self.set_charter(charter)
        self._update()

    # --- layout helpers ---------------------------------------------------------------------

    @staticmethod
    def _banner(name: str, accessible: str) -> QLabel:
        label = QLabel()
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(accessible)
        label.hide()
        return label

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    @staticmethod
    def _row(edit: QWidget, button: QPushButton) -> QWidget:
        button.setAutoDefault(False)  # Enter never opens a file chooser
        w = QWidget()
        row = QHBoxLayout(w)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(button)
        return w

    # --- choosing -----------------------------------------------------------------------------

    def charter_path(self) -> Path | None:
        text = self.charter_edit.text().strip()
        return Path(text) if text else None

    def set_charter(self, path: Path) -> None:
        self.charter_edit.setText(str(path))
        self.load_fields()

    def browse_charter(self) -> None:
        current = self.charter_path()
        path = dialogs.choose_charter_to_sign(self, str(current.parent) if current else "")
        if path is not None:
            self.set_charter(path)

    def browse_p12(self) -> None:
        text = self.p12_edit.text().strip()
        path = dialogs.choose_p12_path(self, str(Path(text).parent) if text else "")
        if path is not None:
            self.p12_edit.setText(str(path))

    def browse_output(self) -> None:
        text = self.output_edit.text().strip()
        path = dialogs.choose_signed_pdf_path(self, text)
        if path is not None:
            self.output_edit.setText(str(path))
            self._output_chosen = True

    def _output_typed(self, _text: str) -> None:
        self._output_chosen = True

    def load_fields(self) -> None:
        """List the charter's signature fields; the first unsigned one is selected."""
        from wizard.charter.certsign import list_fields
        from wizard.yamlio import ReadError

        path = self.charter_path()
        self.fields = []
        self.field_combo.clear()
        if path is None:
            self._update()
            return
        try:
            self.fields = list_fields(path)
        except ReadError as exc:
            self._show(str(exc), ok=False)
        else:
            if not self.fields:
                self._show(QCoreApplication.translate("ui.widgets.cert_sign", "{0}: this charter has no signature fields; export it again to get one per signatory").format(path), ok=False)
            else:
                self._hide_message()
        first_free = -1
        for i, f in enumerate(self.fields):
            text = f.choice_label()
            self.field_combo.addItem(text, f.name)
            if f.signed:
                item = self.field_combo.model().item(i)  # type: ignore[attr-defined]
                item.setEnabled(False)
            elif first_free < 0:
                first_free = i
        if first_free >= 0:
            self.field_combo.setCurrentIndex(first_free)
        if not self._output_chosen or not self.output_edit.text().strip():
            self.output_edit.setText(str(suggested_output(path)))
            self._output_chosen = False
        self._update()

    def select_field(self, name: str) -> None:
        i = self.field_combo.findData(name)
        if i >= 0:
            self.field_combo.setCurrentIndex(i)

    def selected_field(self) -> SigField | None:
        name = self.field_combo.currentData()
        return next((f for f in self.fields if f.name == name), None)

    # --- signing -------------------------------------------------------------------------------

    def busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _update(self) -> None:
        field = self.selected_field()
        ready = (field is not None and not field.signed and bool(self.p12_edit.text().strip())
                 and bool(self.output_edit.text().strip()) and not self.busy())
        self.sign_button.setEnabled(ready)
        for w in (self.charter_edit, self.charter_button, self.field_combo, self.p12_edit, self.p12_button,
                  self.passphrase, self.output_edit, self.output_button):
            w.setEnabled(not self.busy())

    def _show(self, text: str, *, ok: bool) -> None:
        self.message = self.ok_message if ok else self.error_message
        other = self.error_message if ok else self.ok_message
        other.hide()
        self.message.setText(text)
        self.message.show()

    def _hide_message(self) -> None:
        self.ok_message.hide()
        self.error_message.hide()

    def start_sign(self) -> None:
        field = self.selected_field()
        charter = self.charter_path()
        if field is None or charter is None or self.busy():
            return
        p12 = Path(self.p12_edit.text().strip())
        output = Path(self.output_edit.text().strip())
        secret = [self.passphrase.text()]  # the job pops it: nothing keeps it after use
        self.passphrase.clear()
        name = field.name
        self._hide_message()
        self.busy_row.show()
        self.job = background.run(lambda: sign_job(charter, name, p12, secret.pop(), output),
                                  lambda result: self._signed(result, output),
                                  lambda exc, _tb: self._failed(exc, output))
        self._update()

    def _signed(self, result: SignResult, output: Path) -> None:
        self.busy_row.hide()
        self.last_output = output
        text = (QCoreApplication.translate("ui.widgets.cert_sign", "Signed {0} as {1} ({2}). Saved to {3}").format(result.field.name, result.signer, result.role_label.lower(), output))
        self.set_charter(output)  # the next signatory signs this file
        self._show(text, ok=True)
        self._update()
        self.signed.emit(result)

    def _failed(self, exc: BaseException, output: Path) -> None:
        self.busy_row.hide()
        self._show(one_line(exc, output), ok=False)
        self._update()

    def done(self, result: int) -> None:  # noqa: A003 - QDialog.done: closing clears the passphrase
        self.passphrase.clear()
        super().done(result)
