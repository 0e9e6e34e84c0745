"""Checking the certificate signatures in a charter (pyHanko's validation, offline).

For each signature: who signed (the certificate's name), when (the time the signer's
computer recorded), whether the signed bytes are intact, whether the file was
changed after it beyond adding later signatures, and whether the certificate leads
to a trust root the user gave (``--trust``). A self-signed or unknown certificate is
UNTRUSTED, which is reported but is not a broken signature. Nothing is fetched:
no revocation lists, no OCSP, no timestamp server.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from wizard.charter.boxes import SignatureBox
from wizard.charter.fields import read_sig_fields, role_label
from wizard.yamlio import ReadError, os_error

MAX_CERT_BYTES = 1024 * 1024


@dataclass(frozen=True)
class CertificateSignature:
    """The verdict on one certificate signature in a charter."""

    field_name: str
    role: str | None
    signer: str
    signing_time: dt.datetime | None
    intact: bool
    """The signed bytes are unchanged and the signature is cryptographically valid."""
    covers_whole_file: bool
    modified_after: bool
    """Changed after signing beyond adding later signatures (or form fields' values)."""
    change: str
    """In words: what was added after this signature."""
    trusted: bool
    trust_note: str

    @property
    def broken(self) -> bool:
        return not self.intact or self.modified_after

    def lines(self) -> list[str]:
        role = f" ({role_label(self.role)})" if self.role else ""
        when = f", {self.signing_time.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC" if self.signing_time else ""
        out = [f"  {self.field_name}{role}: signed by {self.signer}{when}"]
        intact = "yes" if self.intact else "NO — the signed content was altered or the signature is damaged"
        trust = "TRUSTED" if self.trusted else "UNTRUSTED"
        out.append(f"    intact: {intact}; after signing: {self.change}")
        out.append(f"    certificate: {trust}" + (f" ({self.trust_note})" if self.trust_note else ""))
        return out


@dataclass(frozen=True)
class EmptyField:
    field_name: str
    role: str | None
    name: str

    def line(self) -> str:
        who = ", ".join(x for x in (role_label(self.role) if self.role else "", self.name) if x)
        return f"  {self.field_name}" + (f" ({who})" if who else "") + ": not signed"


def load_trust_roots(paths: Sequence[str | Path]) -> list[Any]:
    """Certificates (PEM, possibly several, or DER) to trust, as asn1crypto objects."""
    if not paths:
        return []
    from asn1crypto import x509 as asn1_x509
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization

    roots = []
    for p in paths:
        where = str(p)
        try:
            data = Path(p).read_bytes()[:MAX_CERT_BYTES + 1]
        except OSError as exc:
            raise os_error(where, exc, "a certificate file") from None
        certs: list[x509.Certificate] = []
        try:
            if b"-----BEGIN CERTIFICATE-----" in data:
                certs = x509.load_pem_x509_certificates(data)
            else:
                certs = [x509.load_der_x509_certificate(data)]
        except ValueError:
            raise ReadError(where, "this is not a certificate (PEM or DER); give the trust root's "
                                   ".pem, .crt or .cer file") from None
        roots += [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in certs]
    return roots


def _name(cert: Any) -> str:
    names = cert.subject.native
    return str(names.get("common_name") or names.get("organization_name") or cert.subject.human_friendly)


def _trust_note(status: Any, have_roots: bool) -> str:
    if status.trusted:
        return ""
    if status.revoked:
        return "revoked"
    cert = status.signing_cert
    self_signed = cert.self_signed in ("yes", "maybe")
    indic = getattr(status.trust_problem_indic, "name", "") or ""
    now = dt.datetime.now(dt.UTC)
    if cert["tbs_certificate"]["validity"]["not_after"].native < now:
        return "the certificate has expired"
    if self_signed:
        return "self-signed; trust it with --trust CERT if you know it is theirs"
    if not have_roots:
        return "no trust root given; add the issuing authority's certificate with --trust"
    if indic == "NO_CERTIFICATE_CHAIN_FOUND":
        return "it does not lead to any trust root given with --trust"
    return indic.lower().replace("_", " ") or "the certificate path could not be validated"


def _change(status: Any, level_cls: Any, coverage_cls: Any) -> tuple[bool, str]:
    """(modified beyond later signatures?, what changed in words)."""
    if status.coverage == coverage_cls.ENTIRE_FILE:
        return False, "nothing changed (it covers the whole file)"
    if status.coverage != coverage_cls.ENTIRE_REVISION:
        return True, "the signature does not cover its own revision of the file"
    level = status.modification_level
    if level is None:
        return True, "changes could not be analysed"
    if level > level_cls.FORM_FILLING:
        return True, "MODIFIED beyond adding later signatures"
    if status.docmdp_ok is False:
        return True, "MODIFIED in ways the signature's permissions forbid"
    if level <= level_cls.LTA_UPDATES:
        return False, "only validation data added"
    return False, "only later signatures added"


def check_signatures(path: str, data: bytes, boxes: Sequence[SignatureBox], *,
                     trust_roots: Sequence[Any] = ()) -> tuple[list[CertificateSignature], list[EmptyField]]:
    """Validate every certificate signature in the PDF bytes; list the empty fields too.

    pyHanko (slow to import) is loaded only when some field is actually signed.
    """
    by_field = {b.field_name: b for b in boxes}
    fields = read_sig_fields(path, data)
    if all(value is None for _n, value in fields):
        return [], [EmptyField(n, by_field[n].role if n in by_field else None,
                               by_field[n].name if n in by_field else "") for n, _v in fields]

    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.fields import enumerate_sig_fields
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.settings import KeyUsageConstraints
    from pyhanko.sign.validation.status import SignatureCoverageLevel
    from pyhanko_certvalidator import ValidationContext

    from wizard.charter.quiet import quiet_certificates as quiet

    usage = KeyUsageConstraints(key_usage={"digital_signature", "non_repudiation"}, match_all_key_usages=False)
    signed: list[CertificateSignature] = []
    empty: list[EmptyField] = []
    with quiet():
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            for name, _value, _ref in enumerate_sig_fields(reader, filled_status=False):
                box = by_field.get(str(name))
                empty.append(EmptyField(str(name), box.role if box else None, box.name if box else ""))
            sigs = list(reader.embedded_signatures)
        except Exception as exc:  # pyHanko raises many types for files pypdf tolerated
            raise ReadError(path, f"the PDF's signatures cannot be read ({type(exc).__name__})") from None
        for es in sigs:
            box = by_field.get(str(es.field_name))
            context = ValidationContext(trust_roots=list(trust_roots), allow_fetching=False,
                                        revocation_mode="soft-fail")
            try:
                status = validate_pdf_signature(es, signer_validation_context=context,
                                                key_usage_settings=usage)
            except Exception as exc:  # a signature too damaged to evaluate is a broken one
                signed.append(CertificateSignature(
                    field_name=str(es.field_name), role=box.role if box else None, signer="(unreadable signature)",
                    signing_time=None, intact=False, covers_whole_file=False, modified_after=True,
                    change=f"cannot be evaluated ({type(exc).__name__})", trusted=False, trust_note=""))
                continue
            modified, change = _change(status, ModificationLevel, SignatureCoverageLevel)
            signed.append(CertificateSignature(
                field_name=str(es.field_name), role=box.role if box else None, signer=_name(status.signing_cert),
                signing_time=status.signer_reported_dt, intact=bool(status.intact and status.valid),
                covers_whole_file=status.coverage == SignatureCoverageLevel.ENTIRE_FILE,
                modified_after=modified, change=change, trusted=bool(status.trusted),
                trust_note=_trust_note(status, bool(trust_roots))))
    return signed, empty
