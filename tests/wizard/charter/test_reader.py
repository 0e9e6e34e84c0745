"""extract and verify: the plan comes back out, tampering is caught, and every bad
PDF is refused with one line that names the file."""

from __future__ import annotations

import io

import pytest
from factories import ready_plan
from pypdf import PdfReader, PdfWriter

from wizard import presets, signing, storage
from wizard.charter import PLAN_ATTACHMENT, extract_plan, render_charter, verify
from wizard.content import default_content
from wizard.yamlio import ReadError

from .helpers import run_cli, sign_all

PRESETS = ["blank", "rural-sheriff", "mid-city", "large-city"]


@pytest.fixture(scope="module")
def content():
    return default_content()


@pytest.fixture(scope="module")
def mid_city_pdf(content) -> bytes:
    return render_charter(presets.load(content, "mid-city"), content)


def with_attachments(pdf: bytes, *payloads: bytes, name: str = PLAN_ATTACHMENT) -> bytes:
    """The same PDF with its attachments replaced by ``payloads`` (metadata kept)."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for a in list(writer.attachment_list):
        a.delete()
    for p in payloads:
        writer.add_attachment(name, p)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def embedded(pdf: bytes) -> bytes:
    return PdfReader(io.BytesIO(pdf)).attachments[PLAN_ATTACHMENT][0]


@pytest.mark.parametrize("name", PRESETS)
def test_extract_gives_back_the_same_plan(content, name, tmp_path):
    plan = presets.load(content, name)
    pdf = tmp_path / "c.pdf"
    pdf.write_bytes(render_charter(plan, content))
    assert extract_plan(pdf).model_dump() == plan.model_dump()
    out = tmp_path / "back.yaml"
    r = run_cli("extract", str(pdf), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert storage.load_plan(out).model_dump() == plan.model_dump()


@pytest.mark.parametrize("name", PRESETS)
def test_verify_of_a_fresh_export_is_intact(content, name, tmp_path):
    src = tmp_path / "plan.yaml"
    storage.save_plan(presets.load(content, name), src)
    pdf = tmp_path / "c.pdf"
    r = run_cli("export", str(src), "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    assert "pages" in r.stdout
    r = run_cli("verify", str(pdf))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "INTACT" in r.stdout and r.stderr == ""
    plan = storage.load_plan(src)
    for s in plan.signoff.signatories:
        if s.name:
            assert s.name in r.stdout


def test_changing_one_character_of_the_embedded_plan_is_caught(mid_city_pdf, tmp_path):
    raw = embedded(mid_city_pdf)
    assert b"Maple Falls Police Department" in raw
    tampered = with_attachments(mid_city_pdf, raw.replace(b"sworn_officers: 152", b"sworn_officers: 153", 1))
    path = tmp_path / "t.pdf"
    path.write_bytes(tampered)
    report = verify(path)
    assert not report.intact and not report.fingerprint_matches
    r = run_cli("verify", str(path))
    assert r.returncode == 1
    assert "ALTERED" in r.stdout and r.stderr == ""


def test_signed_charter_verifies_and_a_void_signature_fails(content, tmp_path):
    plan = sign_all(ready_plan())
    good = tmp_path / "signed.pdf"
    good.write_bytes(render_charter(plan, content))
    r = run_cli("verify", str(good))
    assert r.returncode == 0, r.stdout
    assert "signed 2026-09-02" in r.stdout
    # an edit after signing, exported honestly: the fingerprint matches the record but the
    # signatures were given to another plan
    edited = plan.model_copy(deep=True)
    edited.staffing.training_plan += " Changed."
    bad = tmp_path / "edited.pdf"
    bad.write_bytes(render_charter(edited, content))
    report = verify(bad)
    assert report.fingerprint_matches and not report.intact
    assert all(s.state is signing.SignatureState.void for s in report.signatories)
    r = run_cli("verify", str(bad))
    assert r.returncode == 1 and "VOID" in r.stdout


def test_verify_reports_in_memory_bytes(mid_city_pdf):
    report = verify(mid_city_pdf, name="mem.pdf")
    assert report.intact and report.path == "mem.pdf"
    assert any("INTACT" in line for line in report.lines())


def _bad_inputs(pdf: bytes, tmp_path):
    raw = embedded(pdf)
    no_plan = with_attachments(pdf)
    other_file = with_attachments(pdf, b"hello", name="notes.txt")
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt("secret")
    enc = io.BytesIO()
    writer.write(enc)
    big = tmp_path / "big.pdf"
    with big.open("wb") as fh:
        fh.write(b"%PDF-1.4\n")
        fh.truncate(51 * 1024 * 1024)
    cases = {
        "not-a-pdf.pdf": (b"metadata:\n  revision: 1\n", "not a PDF"),
        "empty.pdf": (b"", "empty"),
        "truncated.pdf": (pdf[: len(pdf) // 2], "truncated"),
        "encrypted.pdf": (enc.getvalue(), "encrypted"),
        "no-plan.pdf": (no_plan, "no embedded plan"),
        "other-attachment.pdf": (other_file, "no embedded plan"),
        "two-plans.pdf": (with_attachments(pdf, raw, raw), "2 plan attachments"),
        "bad-yaml.pdf": (with_attachments(pdf, b"metadata: [unclosed\n"), "not valid YAML"),
        "bad-field.pdf": (with_attachments(pdf, raw.replace(b"sworn_officers: 152", b"sworn_officers: -5", 1)),
                          "Agency and partners › Sworn officers"),
        "damaged.pdf": (b"%PDF-1.7\n" + bytes(range(256)) * 40 + b"\n%%EOF\n", "damaged"),
    }
    paths = {}
    for name, (data, expect) in cases.items():
        p = tmp_path / name
        p.write_bytes(data)
        paths[name] = (p, expect)
    paths["big.pdf"] = (big, "MB")
    paths["missing.pdf"] = (tmp_path / "missing.pdf", "no such file")
    return paths


@pytest.fixture(scope="module")
def bad_inputs(mid_city_pdf, tmp_path_factory):
    return _bad_inputs(mid_city_pdf, tmp_path_factory.mktemp("bad"))


@pytest.mark.parametrize("case", ["not-a-pdf.pdf", "empty.pdf", "truncated.pdf", "encrypted.pdf", "no-plan.pdf",
                                  "other-attachment.pdf", "two-plans.pdf", "bad-yaml.pdf", "bad-field.pdf",
                                  "damaged.pdf", "big.pdf", "missing.pdf"])
@pytest.mark.parametrize("command", ["verify", "extract"])
def test_bad_pdf_gives_exit_2_and_one_line_naming_the_file(bad_inputs, case, command, tmp_path):
    path, expect = bad_inputs[case]
    args = [command, str(path)] + (["-o", str(tmp_path / "out.yaml")] if command == "extract" else [])
    r = run_cli(*args)
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert str(path) in lines[0]
    assert expect in lines[0]
    assert "Traceback" not in r.stderr
    assert not (tmp_path / "out.yaml").exists()


def test_bad_pdf_raises_read_error_in_the_api(bad_inputs):
    for name, (path, expect) in bad_inputs.items():
        with pytest.raises(ReadError) as info:
            extract_plan(path)
        assert str(path) in str(info.value) and expect in str(info.value), name


def test_export_of_an_unreadable_plan_exits_2(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("metadata:\n  schema_version: 2\nagency:\n  sworn_officers: lots\n", encoding="utf-8")
    r = run_cli("export", str(bad), "-o", str(tmp_path / "c.pdf"))
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and str(bad) in r.stderr
    assert not (tmp_path / "c.pdf").exists()
    r = run_cli("export", str(tmp_path / "nope.yaml"), "-o", str(tmp_path / "c.pdf"))
    assert r.returncode == 2 and "no such file" in r.stderr


def test_export_draft_flag(tmp_path, content):
    src = tmp_path / "p.yaml"
    storage.save_plan(sign_all(ready_plan()), src)
    final, draft = tmp_path / "f.pdf", tmp_path / "d.pdf"
    assert "FINAL" in run_cli("export", str(src), "-o", str(final)).stdout
    assert "DRAFT" in run_cli("export", str(src), "-o", str(draft), "--draft").stdout
    assert PdfReader(final).metadata["/CoresponseStatus"] == "FINAL"
    assert PdfReader(draft).metadata["/CoresponseStatus"] == "DRAFT"
