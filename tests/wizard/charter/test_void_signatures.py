"""Signatures stay honest: any change to fingerprint-covered content voids them in
`verify` and on the charter (DRAFT watermark, "signature void" on the signature page)."""

from __future__ import annotations

import io

from cli_runner import run_cli
from factories import ready_plan
from pypdf import PdfReader

from wizard import signing, storage
from wizard.charter import render_charter, verify
from wizard.content import default_content
from wizard.plan import SignatureMethod


def signed_plan():
    plan = ready_plan()
    plan = signing.sign(plan, 0, method=SignatureMethod.typed)
    return signing.sign(plan, 1, method=SignatureMethod.typed)


def text_of(pdf: bytes) -> str:
    return "\n".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)


def test_signed_plan_gives_a_final_intact_charter(tmp_path):
    pdf = render_charter(signed_plan(), default_content())
    text = text_of(pdf)
    assert "DRAFT" not in text and "FINAL" in text
    assert verify(pdf).intact
    out = tmp_path / "c.pdf"
    out.write_bytes(pdf)
    r = run_cli("verify", str(out))
    assert r.returncode == 0, r.stdout + r.stderr


def test_an_edit_after_signing_voids_everywhere(tmp_path):
    plan = signed_plan()
    plan.coverage.target_response_minutes = 25  # one answer changes after both signed
    assert [s.state.value for s in signing.statuses(plan)] == ["void", "void"]
    pdf = render_charter(plan, default_content())
    text = text_of(pdf)
    assert "DRAFT" in text
    assert text.count("signature void") >= 2
    report = verify(pdf)
    assert not report.intact
    out = tmp_path / "c.pdf"
    out.write_bytes(pdf)
    r = run_cli("verify", str(out))
    assert r.returncode == 1
    assert "void" in r.stdout.lower()


def test_saved_and_reloaded_plan_keeps_valid_signatures(tmp_path):
    plan = signed_plan()
    p = tmp_path / "p.yaml"
    storage.save_plan(plan, p)
    again = storage.load_plan(p)
    again.metadata.modified = again.metadata.modified.replace(year=2031)  # saving later is not an edit
    assert signing.fully_signed(again)
