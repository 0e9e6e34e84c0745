"""Export step ▸ Sign exported charter with certificate…: the window's `coresponse sign`.

Two signatories sign the charter just exported, one after the other, off the UI
thread; the passphrase sits in a password field and is cleared when signing starts;
a wrong passphrase, an expired certificate or a p12 without a key shows one line
naming the file and leaves the charter untouched.
"""

from __future__ import annotations

import hashlib
import io
import threading
from pathlib import Path

import pki as pki_mod
import pytest
from factories import ready_plan
from PySide6.QtWidgets import QApplication, QLineEdit

from ui import dialogs
from ui.main_window import MainWindow
from ui.pages.export import ExportPage
from ui.widgets import cert_sign
from ui.widgets.cert_sign import CertificateSignDialog
from wizard import signing
from wizard.charter import render_charter, verify
from wizard.plan import SignatureMethod
from wizard.steps import Step

TIMEOUT = 60_000


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> pki_mod.Pki:
    return pki_mod.build(tmp_path_factory.mktemp("pki"))


@pytest.fixture
def signed(make_window) -> MainWindow:
    w = make_window(None)
    plan = ready_plan()
    plan = signing.sign(plan, 0, method=SignatureMethod.typed)
    plan = signing.sign(plan, 1, method=SignatureMethod.typed)
    w.start_with(plan, None)
    return w


@pytest.fixture
def chooser(monkeypatch):
    """File dialogs answered from a dict the test fills in."""
    answers: dict[str, Path | None] = {}
    monkeypatch.setattr(dialogs, "choose_charter_to_sign", lambda parent, folder="": answers.get("charter"))
    monkeypatch.setattr(dialogs, "choose_p12_path", lambda parent, folder="": answers.get("p12"))
    monkeypatch.setattr(dialogs, "choose_signed_pdf_path", lambda parent, suggested: answers.get("output"))
    return answers


def export_page(w: MainWindow) -> ExportPage:
    w.go_to(Step.export)
    page = w.pages[Step.export]
    assert isinstance(page, ExportPage)
    QApplication.processEvents()
    return page


def sha(p: Path) -> str:
    return hashlib.sha256(p.read_bytes()).hexdigest()


def sign_with(qtbot, dlg: CertificateSignDialog, p12: Path, passphrase: str) -> None:
    dlg.p12_edit.setText(str(p12))
    dlg.passphrase.setText(passphrase)
    assert dlg.sign_button.isEnabled()
    dlg.sign_button.click()
    assert dlg.passphrase.text() == ""  # cleared as soon as signing starts
    qtbot.waitUntil(lambda: not dlg.busy(), timeout=TIMEOUT)


def test_two_signatories_sign_the_charter_just_exported(signed, qtbot, monkeypatch, tmp_path, pki, chooser):
    out = tmp_path / "charter.pdf"
    monkeypatch.setattr(dialogs, "choose_pdf_path", lambda parent, suggested, **k: out)
    monkeypatch.setattr(dialogs, "offer_open_export", lambda parent, path, final: None)
    page = export_page(signed)
    assert page.cert_button.isVisible() and "certificate" in page.cert_button.text().replace("&", "")
    page.final_button.click()
    qtbot.waitUntil(lambda: not page.exporting(), timeout=TIMEOUT)
    assert out.exists()

    page.cert_button.click()
    dlg = page.cert_dialog
    assert isinstance(dlg, CertificateSignDialog) and dlg.isVisible()
    qtbot.addWidget(dlg)
    assert dlg.charter_path() == out  # the charter just exported
    assert dlg.passphrase.echoMode() == QLineEdit.EchoMode.Password
    assert [dlg.field_combo.itemData(i) for i in range(dlg.field_combo.count())] == [
        "sig1_police_executive", "sig2_bh_executive"]
    assert dlg.field_combo.currentData() == "sig1_police_executive"
    assert "Chief Alex Morgan" in dlg.field_combo.currentText()
    signed_path = tmp_path / "charter-signed.pdf"
    assert Path(dlg.output_edit.text()) == signed_path
    original = sha(out)

    sign_with(qtbot, dlg, pki.police, pki_mod.PASSPHRASE)
    assert dlg.message.objectName() == "bannerOk", dlg.message.text()
    assert "Chief Alex Morgan" in dlg.message.text() and str(signed_path) in dlg.message.text()
    assert sha(out) == original  # the export itself is untouched
    # the signed file is now the charter to sign; the police field is taken
    assert dlg.charter_path() == signed_path
    assert dlg.field_combo.currentData() == "sig2_bh_executive"
    first = dlg.field_combo.model().item(0)
    assert not first.isEnabled() and "signed by Chief Alex Morgan" in first.text()

    sign_with(qtbot, dlg, pki.bh, pki_mod.PASSPHRASE)
    assert dlg.message.objectName() == "bannerOk", dlg.message.text()
    report = verify(signed_path)
    assert report.intact
    assert [(c.field_name, c.signer, c.intact, c.broken) for c in report.certificate_signatures] == [
        ("sig1_police_executive", "Chief Alex Morgan", True, False),
        ("sig2_bh_executive", "Dr. Sam Lee", True, False)]
    assert report.certificate_signatures[-1].covers_whole_file
    assert not dlg.sign_button.isEnabled()  # every field is signed now


def test_signing_runs_off_the_ui_thread(qtbot, tmp_path, pki, monkeypatch):
    charter = tmp_path / "c.pdf"
    charter.write_bytes(render_charter(ready_plan()))
    real = cert_sign.sign_job
    seen = {}

    def spy(*a, **k):
        seen["thread"] = threading.current_thread()
        return real(*a, **k)

    monkeypatch.setattr(cert_sign, "sign_job", spy)
    dlg = CertificateSignDialog(None, charter)
    qtbot.addWidget(dlg)
    sign_with(qtbot, dlg, pki.police, pki_mod.PASSPHRASE)
    assert seen["thread"] is not threading.main_thread()
    assert dlg.message.objectName() == "bannerOk", dlg.message.text()


@pytest.mark.parametrize("case", ["wrong passphrase", "expired", "no key", "not a charter"])
def test_bad_input_shows_one_line_and_touches_nothing(qtbot, tmp_path, pki, case):
    charter = tmp_path / "c.pdf"
    charter.write_bytes(render_charter(ready_plan()))
    p12, passphrase, named, words = {
        "wrong passphrase": (pki.police, "nope", pki.police, "wrong passphrase"),
        "expired": (pki.expired, pki_mod.PASSPHRASE, pki.expired, "expired on"),
        "no key": (pki.no_key, pki_mod.PASSPHRASE, pki.no_key, "no private key"),
        "not a charter": (pki.police, pki_mod.PASSPHRASE, None, ""),
    }[case]
    if case == "not a charter":
        bad = tmp_path / "notes.pdf"
        bad.write_bytes(b"just some notes\n")
        dlg = CertificateSignDialog(None, bad)
        qtbot.addWidget(dlg)
        assert dlg.message.objectName() == "bannerBad"
        assert str(bad) in dlg.message.text() and "not a PDF" in dlg.message.text()
        assert len(dlg.message.text().splitlines()) == 1
        assert dlg.field_combo.count() == 0 and not dlg.sign_button.isEnabled()
        return
    before = sha(charter)
    dlg = CertificateSignDialog(None, charter)
    qtbot.addWidget(dlg)
    out = Path(dlg.output_edit.text())
    sign_with(qtbot, dlg, p12, passphrase)
    text = dlg.message.text()
    assert dlg.message.objectName() == "bannerBad"
    assert len(text.splitlines()) == 1 and str(named) in text and words in text, text
    assert sha(charter) == before and not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["c.pdf"]  # not even a temporary file
    assert dlg.charter_path() == charter and dlg.sign_button.isEnabled()  # fix and try again


def test_browse_buttons_go_through_ui_dialogs(qtbot, tmp_path, pki, chooser):
    charter = tmp_path / "chosen.pdf"
    charter.write_bytes(render_charter(ready_plan()))
    dlg = CertificateSignDialog(None)
    qtbot.addWidget(dlg)
    assert not dlg.sign_button.isEnabled()
    chooser.update(charter=charter, p12=pki.police, output=tmp_path / "elsewhere.pdf")
    dlg.charter_button.click()
    assert dlg.charter_path() == charter and dlg.field_combo.count() == 2
    dlg.p12_button.click()
    assert dlg.p12_edit.text() == str(pki.police)
    dlg.output_button.click()
    assert dlg.output_edit.text() == str(tmp_path / "elsewhere.pdf")
    assert dlg.sign_button.isEnabled()
    dlg.select_field("sig2_bh_executive")
    sign_with(qtbot, dlg, pki.police, pki_mod.PASSPHRASE)
    assert (tmp_path / "elsewhere.pdf").exists()
    from pyhanko.pdf_utils.reader import PdfFileReader

    sigs = PdfFileReader(io.BytesIO((tmp_path / "elsewhere.pdf").read_bytes()), strict=False).embedded_signatures
    assert [s.field_name for s in sigs] == ["sig2_bh_executive"]


def test_closing_clears_the_passphrase(qtbot, tmp_path):
    dlg = CertificateSignDialog(None)
    qtbot.addWidget(dlg)
    dlg.show()
    dlg.passphrase.setText("secret")
    dlg.buttons.rejected.emit()
    assert dlg.passphrase.text() == ""


def test_suggested_output():
    assert cert_sign.suggested_output(Path("/a/x.pdf")) == Path("/a/x-signed.pdf")
    assert cert_sign.suggested_output(Path("/a/x-signed.pdf")) == Path("/a/x-signed.pdf")
