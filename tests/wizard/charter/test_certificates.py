"""Certificate signatures: empty fields in the export, `coresponse sign` as two roles in
sequence, `verify` reporting each signature (intact, modified, trusted), and every bad
input refused with one line, exit 2, the input untouched and no output written."""

from __future__ import annotations

import hashlib
import io
import re
from pathlib import Path

import pki as pki_mod
import pytest
from factories import ready_plan
from pypdf import PdfReader

from wizard import storage
from wizard.charter import extract_plan, verify
from wizard.charter import render_result as render
from wizard.charter.certcheck import load_trust_roots
from wizard.charter.certsign import load_credentials, parse_role, sign_charter
from wizard.plan import Signatory, SignatoryRole
from wizard.yamlio import ReadError

from .helpers import run_cli


@pytest.fixture(scope="module")
def pki(tmp_path_factory) -> pki_mod.Pki:
    return pki_mod.build(tmp_path_factory.mktemp("pki"))


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    result = render(ready_plan())
    path = tmp_path_factory.mktemp("charter") / "charter.pdf"
    path.write_bytes(result.pdf)
    return path, result


@pytest.fixture(scope="module")
def signed_twice(exported, pki, tmp_path_factory):
    src, _ = exported
    folder = tmp_path_factory.mktemp("signed")
    one, two = folder / "one.pdf", folder / "two.pdf"
    r1 = run_cli("sign", str(src), "--role", "police_executive", "--p12", str(pki.police),
                 "--passphrase-file", str(pki.passphrase_file), "-o", str(one))
    assert r1.returncode == 0, r1.stderr
    r2 = run_cli("sign", str(one), "--role", "bh_executive", "--p12", str(pki.bh),
                 "--passphrase-file", str(pki.passphrase_file), "-o", str(two))
    assert r2.returncode == 0, r2.stderr
    return one, two, (r1, r2)


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pyhanko_statuses(data: bytes, roots=()):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    reader = PdfFileReader(io.BytesIO(data), strict=False)
    out = {}
    for es in reader.embedded_signatures:
        vc = ValidationContext(trust_roots=list(roots), allow_fetching=False, revocation_mode="soft-fail")
        out[es.field_name] = (es, validate_pdf_signature(es, vc))
    return out


# --- the export --------------------------------------------------------------------------------------------


def test_export_has_an_empty_signature_field_in_each_box(exported):
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    path, result = exported
    fields = list(enumerate_sig_fields(PdfFileReader(io.BytesIO(result.pdf), strict=False)))
    assert [name for name, _v, _r in fields] == [b.field_name for b in result.signature_boxes]
    assert all(value is None for _n, value, _r in fields)
    reader = PdfReader(io.BytesIO(result.pdf))
    for box in result.signature_boxes:
        annots = [a.get_object() for a in reader.pages[box.page_index].get("/Annots", [])]
        widget = next(a for a in annots if a.get("/T") == box.field_name)
        assert widget["/FT"] == "/Sig" and widget["/Subtype"] == "/Widget"
        assert [round(float(v), 2) for v in widget["/Rect"]] == [round(v, 2) for v in box.rect]
    assert reader.trailer["/Root"]["/AcroForm"]["/SigFlags"] == 1


def test_export_with_fields_stays_deterministic():
    assert render(ready_plan()).pdf == render(ready_plan()).pdf


# --- signing in sequence ----------------------------------------------------------------------------------


def test_two_roles_sign_in_sequence_and_both_stay_valid(exported, signed_twice):
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    src, _ = exported
    one, two, (r1, r2) = signed_twice
    assert "sig1_police_executive signed by Chief Alex Morgan" in r1.stdout
    assert "sig2_bh_executive signed by Dr. Sam Lee" in r2.stdout
    original, first, second = src.read_bytes(), one.read_bytes(), two.read_bytes()
    assert first.startswith(original) and second.startswith(first)  # incremental updates only

    statuses = pyhanko_statuses(second)
    assert list(statuses) == ["sig1_police_executive", "sig2_bh_executive"]
    es1, s1 = statuses["sig1_police_executive"]
    es2, s2 = statuses["sig2_bh_executive"]
    for s in (s1, s2):
        assert s.intact and s.valid
        assert s.docmdp_ok
    assert s2.coverage == SignatureCoverageLevel.ENTIRE_FILE
    assert s1.coverage == SignatureCoverageLevel.ENTIRE_REVISION
    assert s1.modification_level == ModificationLevel.FORM_FILLING  # only the later signature
    # the first signature covers the whole exported file, so the plan attachment too
    start, length, after, rest = es1.byte_range
    assert start == 0 and length > len(original) and after + rest == len(first)
    # PAdES (ETSI.CAdES.detached), not the older adbe.pkcs7.detached
    assert es1.sig_object["/SubFilter"] == "/ETSI.CAdES.detached"
    assert s1.signing_cert.subject.native["common_name"] == "Chief Alex Morgan"
    assert s2.signing_cert.subject.native["common_name"] == "Dr. Sam Lee"


def test_stamps_sit_in_the_reserved_boxes(exported, signed_twice):
    _, result = exported
    _, two, _ = signed_twice
    reader = PdfReader(io.BytesIO(two.read_bytes()))
    for box in result.signature_boxes:
        annots = [a.get_object() for a in reader.pages[box.page_index]["/Annots"]]
        widget = next(a for a in annots if a.get("/T") == box.field_name)
        assert [round(float(v), 2) for v in widget["/Rect"]] == [round(v, 2) for v in box.rect]
        ap = widget["/AP"]["/N"].get_object()
        x1, y1, x2, y2 = box.rect
        bbox = sorted(float(v) for v in ap["/BBox"])
        assert bbox == sorted([0.0, 0.0, round(x2 - x1, 2), round(y2 - y1, 2)])
        assert widget["/V"].get_object()["/Contents"]  # the field is filled


def test_stamp_font_has_sane_widths_and_prints_a_vietnamese_name(exported, pki, tmp_path):
    """The stamp's font is DejaVu scaled to 1000 units/em (pyHanko assumes that), so widths
    are in thousandths of an em and non-Latin names get real glyphs."""
    src, _ = exported
    out = tmp_path / "vn.pdf"
    r = run_cli("sign", str(src), "--role", "police_executive", "--p12", str(pki.vietnamese),
                "--passphrase-file", str(pki.passphrase_file), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "Nguyễn Thị Hương Đặng" in r.stdout
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    fonts = []

    def collect(xobj):
        res = xobj.get("/Resources", {})
        for f in res.get("/Font", {}).values():
            fonts.append(f.get_object())
        for x in res.get("/XObject", {}).values():
            collect(x.get_object())

    for page in reader.pages:
        for a in page.get("/Annots", []):
            a = a.get_object()
            if a.get("/V") is not None:
                collect(a["/AP"]["/N"].get_object())
    assert fonts, "the stamp has a font"
    font = fonts[0]
    cid = font["/DescendantFonts"][0].get_object()
    widths = [int(w) for item in cid["/W"] if isinstance(item, list) for w in item]
    assert widths and max(widths) <= 1100 and min(widths) > 0
    assert set("Nguyễn Thị Hương Đặng") - {" "} <= unicode_mapped(font["/ToUnicode"].get_object().get_data())


def unicode_mapped(cmap: bytes) -> set[str]:
    """The characters a ToUnicode CMap maps glyphs to (bfchar and bfrange entries)."""
    out: set[str] = set()
    for line in cmap.decode("ascii").splitlines():
        codes = re.findall(r"<([0-9a-fA-F]+)>", line)
        if "[" in line:
            out |= {chr(int(h, 16)) for h in codes[2:]}
        elif len(codes) == 3:
            lo, hi, first = (int(h, 16) for h in codes)
            out |= {chr(first + i) for i in range(hi - lo + 1)}
        elif len(codes) == 2 and "codespace" not in line:
            out.add(chr(int(codes[1], 16)))
    return out


def test_verify_reports_each_certificate_signature(signed_twice):
    _, two, _ = signed_twice
    r = run_cli("verify", str(two))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stderr == ""
    out = r.stdout
    assert "sig1_police_executive (Police executive): signed by Chief Alex Morgan" in out
    assert "sig2_bh_executive (Behavioral-health executive): signed by Dr. Sam Lee" in out
    assert "only later signatures added" in out
    assert "nothing changed (it covers the whole file)" in out
    assert out.count("intact: yes") == 2
    assert out.count("UNTRUSTED") == 2
    assert re.search(r"signed by Chief Alex Morgan, \d{4}-\d\d-\d\d \d\d:\d\d UTC", out)
    assert "status: INTACT" in out and "2 certificate signatures intact (2 untrusted)" in out


def test_trust_root_makes_them_trusted(signed_twice, pki):
    _, two, _ = signed_twice
    r = run_cli("verify", str(two), "--trust", str(pki.ca_pem))
    assert r.returncode == 0, r.stdout + r.stderr
    assert r.stdout.count("certificate: TRUSTED") == 2 and "UNTRUSTED" not in r.stdout
    statuses = pyhanko_statuses(two.read_bytes(), load_trust_roots([pki.ca_pem]))
    assert all(s.trusted and s.bottom_line for _es, s in statuses.values())


def test_self_signed_is_untrusted_not_invalid(exported, pki, tmp_path):
    src, _ = exported
    out = tmp_path / "ss.pdf"
    r = run_cli("sign", str(src), "--role", "police_executive", "--p12", str(pki.self_signed),
                "--passphrase-file", str(pki.passphrase_file), "-o", str(out))
    assert r.returncode == 0, r.stderr
    v = run_cli("verify", str(out), "--trust", str(pki.ca_pem))
    assert v.returncode == 0, v.stdout
    assert "UNTRUSTED (self-signed" in v.stdout and "intact: yes" in v.stdout


def test_altering_a_byte_after_signing_makes_verify_exit_1(signed_twice, tmp_path):
    one, two, _ = signed_twice
    data = bytearray(two.read_bytes())
    # a byte inside the first revision (covered by both signatures): a letter of the
    # exported file's recorded status — the file still parses, only the signatures break
    at = data.index(b"/CoresponseStatus (")
    data[at + len(b"/CoresponseStatus (")] = ord("X")
    bad = tmp_path / "altered.pdf"
    bad.write_bytes(bytes(data))
    r = run_cli("verify", str(bad))
    assert r.returncode == 1, r.stdout + r.stderr
    assert "CERTIFICATE SIGNATURE BROKEN" in r.stdout
    assert "intact: NO" in r.stdout
    assert r.stderr == ""


def test_a_later_change_beyond_signatures_is_reported_as_modified(signed_twice, tmp_path):
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    _, two, _ = signed_twice
    w = IncrementalPdfFileWriter(io.BytesIO(two.read_bytes()), strict=False)
    w.root["/PageMode"] = generic.NameObject("/FullScreen")
    w.update_root()
    buf = io.BytesIO()
    w.write(buf)
    bad = tmp_path / "modified.pdf"
    bad.write_bytes(buf.getvalue())
    r = run_cli("verify", str(bad))
    assert r.returncode == 1, r.stdout
    assert "MODIFIED beyond adding later signatures" in r.stdout
    assert "intact: yes" in r.stdout  # the bytes they signed are intact; the file changed after


def test_extract_and_plan_checks_still_work_after_signing(signed_twice, tmp_path):
    _, two, _ = signed_twice
    assert extract_plan(two) == ready_plan()
    report = verify(two)
    assert report.fingerprint_matches and report.intact
    assert [c.field_name for c in report.certificate_signatures] == ["sig1_police_executive", "sig2_bh_executive"]
    assert not report.empty_fields


def test_verify_lists_fields_still_empty(signed_twice):
    one, _, _ = signed_twice
    r = run_cli("verify", str(one))
    assert r.returncode == 0
    assert "sig2_bh_executive (Behavioral-health executive, Dr. Sam Lee): not signed" in r.stdout


def test_p12_without_passphrase_signs_without_one(exported, pki, tmp_path):
    src, _ = exported
    out = tmp_path / "np.pdf"
    r = run_cli("sign", str(src), "--field", "sig2_bh_executive", "--p12", str(pki.no_passphrase), "-o", str(out))
    assert r.returncode == 0, r.stderr
    assert "Robin Open" in r.stdout


# --- several signatories with one role ----------------------------------------------------------------------


@pytest.fixture(scope="module")
def two_others(tmp_path_factory):
    plan = ready_plan()
    plan.signoff.signatories += [Signatory(role=SignatoryRole.other, name="Jordan Rivera", title="Union steward"),
                                 Signatory(role=SignatoryRole.other, name="Casey Park", title="Advocate")]
    path = tmp_path_factory.mktemp("others") / "others.pdf"
    path.write_bytes(render(plan).pdf)
    return path


def test_shared_role_needs_a_number_or_a_field_name(two_others, pki, tmp_path):
    out = tmp_path / "o.pdf"
    base = ["--p12", str(pki.other), "--passphrase-file", str(pki.passphrase_file), "-o", str(out)]
    r = run_cli("sign", str(two_others), "--role", "other", *base)
    assert r.returncode == 2 and len(r.stderr.strip().splitlines()) == 1
    assert "2 signatories have the role other" in r.stderr and "other:1, other:2" in r.stderr
    assert not out.exists()
    r = run_cli("sign", str(two_others), "--role", "other:2", *base)
    assert r.returncode == 0, r.stderr
    assert "sig4_other" in r.stdout
    r = run_cli("sign", str(out), "--field", "sig3_other", *base[:-2], "-o", str(tmp_path / "o2.pdf"))
    assert r.returncode == 0, r.stderr
    r = run_cli("sign", str(two_others), "--role", "other:3", *base)
    assert r.returncode == 2 and "only 2 signatories with the role other" in r.stderr


def test_parse_role():
    assert parse_role("police_executive") == ("police_executive", None)
    assert parse_role("OTHER:2") == ("other", 2)
    assert parse_role("bh-executive") == ("bh_executive", None)
    for bad in ("chief", "other:x", "other:0"):
        with pytest.raises(ValueError):
            parse_role(bad)


# --- bad input -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def bad_charters(exported, tmp_path_factory):
    src, result = exported
    folder = tmp_path_factory.mktemp("badpdf")
    cases = {
        "not-a-pdf.pdf": b"metadata:\n  revision: 1\n",
        "truncated.pdf": result.pdf[: len(result.pdf) // 2],
        "empty.pdf": b"",
    }
    for name, data in cases.items():
        (folder / name).write_bytes(data)
    return folder


def _bad_cases(exported, signed_twice, pki, bad_charters):
    src, _ = exported
    one, _, _ = signed_twice
    pf, wrong = str(pki.passphrase_file), str(pki.wrong_passphrase_file)
    return {
        # name: (charter, extra args, file the message names, words in it)
        "wrong passphrase": (src, ["--role", "police_executive", "--p12", str(pki.police), "--passphrase-file", wrong],
                             pki.police, "wrong passphrase"),
        "passphrase needed": (src, ["--role", "police_executive", "--p12", str(pki.police)],
                              pki.police, "protected by a passphrase"),
        "expired certificate": (src, ["--role", "police_executive", "--p12", str(pki.expired), "--passphrase-file", pf],
                                pki.expired, "expired on"),
        "p12 without key": (src, ["--role", "police_executive", "--p12", str(pki.no_key), "--passphrase-file", pf],
                            pki.no_key, "no private key"),
        "not a p12": (src, ["--role", "police_executive", "--p12", str(pki.ca_pem), "--passphrase-file", pf],
                      pki.ca_pem, "not a PKCS#12"),
        "missing p12": (src, ["--role", "police_executive", "--p12", str(pki.folder / "nope.p12")],
                        pki.folder / "nope.p12", "no such file"),
        "encryption-only certificate": (src, ["--role", "police_executive", "--p12", str(pki.encryption_only),
                                              "--passphrase-file", pf], pki.encryption_only, "not allowed to sign"),
        "role with no field": (src, ["--role", "government_official", "--p12", str(pki.police), "--passphrase-file", pf],
                               src, "no signature field for the role government_official"),
        "unknown role": (src, ["--role", "chief", "--p12", str(pki.police), "--passphrase-file", pf],
                         src, "unknown role 'chief'"),
        "unknown field": (src, ["--field", "sig9_other", "--p12", str(pki.police), "--passphrase-file", pf],
                          src, "no signature field named 'sig9_other'"),
        "already signed": (one, ["--role", "police_executive", "--p12", str(pki.police), "--passphrase-file", pf],
                           one, "already signed (by Chief Alex Morgan)"),
        "not a pdf": (bad_charters / "not-a-pdf.pdf", ["--role", "police_executive", "--p12", str(pki.police),
                                                       "--passphrase-file", pf],
                      bad_charters / "not-a-pdf.pdf", "not a PDF"),
        "truncated pdf": (bad_charters / "truncated.pdf", ["--role", "police_executive", "--p12", str(pki.police),
                                                           "--passphrase-file", pf],
                          bad_charters / "truncated.pdf", "truncated"),
        "empty pdf": (bad_charters / "empty.pdf", ["--role", "police_executive", "--p12", str(pki.police),
                                                   "--passphrase-file", pf], bad_charters / "empty.pdf", "empty"),
        "missing pdf": (bad_charters / "missing.pdf", ["--role", "police_executive", "--p12", str(pki.police),
                                                       "--passphrase-file", pf],
                        bad_charters / "missing.pdf", "no such file"),
        "missing passphrase file": (src, ["--role", "police_executive", "--p12", str(pki.police), "--passphrase-file",
                                          str(pki.folder / "nope.txt")], pki.folder / "nope.txt", "no such file"),
    }


BAD = ["wrong passphrase", "passphrase needed", "expired certificate", "p12 without key", "not a p12", "missing p12",
       "encryption-only certificate", "role with no field", "unknown role", "unknown field", "already signed",
       "not a pdf", "truncated pdf", "empty pdf", "missing pdf", "missing passphrase file"]


@pytest.mark.parametrize("case", BAD)
def test_bad_input_one_line_exit_2_input_untouched(case, exported, signed_twice, pki, bad_charters, tmp_path):
    charter, extra, named, words = _bad_cases(exported, signed_twice, pki, bad_charters)[case]
    before = {p: sha(p) for p in (Path(charter), Path(named)) if p.exists()}
    outdir = tmp_path / "out"
    outdir.mkdir()
    out = outdir / "signed.pdf"
    r = run_cli("sign", str(charter), *extra, "-o", str(out))
    assert r.returncode == 2, (r.stdout, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    assert str(named) in lines[0] and words in lines[0], lines[0]
    assert "Traceback" not in r.stderr and r.stdout == ""
    assert {p: sha(p) for p in before} == before
    assert list(outdir.iterdir()) == []  # no output, not even a temporary file


def test_failed_sign_leaves_an_existing_output_alone(exported, pki, tmp_path):
    src, _ = exported
    out = tmp_path / "keep.pdf"
    out.write_bytes(b"previous contents")
    r = run_cli("sign", str(src), "--role", "police_executive", "--p12", str(pki.police),
                "--passphrase-file", str(pki.wrong_passphrase_file), "-o", str(out))
    assert r.returncode == 2
    assert out.read_bytes() == b"previous contents"


def test_sign_needs_role_or_field(exported, pki, tmp_path):
    src, _ = exported
    r = run_cli("sign", str(src), "--p12", str(pki.police), "-o", str(tmp_path / "x.pdf"))
    assert r.returncode == 2 and "--role" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_verify_with_an_unreadable_trust_root_exits_2(signed_twice, pki, tmp_path):
    _, two, _ = signed_twice
    junk = tmp_path / "junk.pem"
    junk.write_text("not a certificate")
    r = run_cli("verify", str(two), "--trust", str(junk))
    assert r.returncode == 2 and str(junk) in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_api_refuses_a_charter_whose_plan_was_changed(exported, pki, tmp_path):
    from pypdf import PdfWriter

    src, result = exported
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(result.pdf)))
    for a in list(writer.attachment_list):
        a.delete()
    raw = storage.dumps(ready_plan()).replace("sworn_officers: 150", "sworn_officers: 151", 1)
    writer.add_attachment("plan.yaml", raw.encode())
    buf = io.BytesIO()
    writer.write(buf)
    creds = load_credentials(pki.police, pki_mod.PASSPHRASE)
    with pytest.raises(ReadError, match="changed after export"):
        sign_charter(buf.getvalue(), creds, role="police_executive", name="tampered.pdf")
