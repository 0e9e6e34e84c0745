"""Certificate signatures: sign a charter's reserved field with a PKCS#12 file (pyHanko).

Each signatory signs the empty ``/Sig`` field in their box as an incremental update,
so earlier signatures (and the embedded plan, written before any of them) stay
covered and valid. The signature is PAdES baseline B-B: no timestamp server and no
revocation look-up, because the program never uses the network.

Everything a user can get wrong — the certificate file, its passphrase, the role,
the field, the charter — becomes one :class:`~wizard.yamlio.ReadError` naming the
file. The passphrase is only ever passed through; nothing here keeps it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import string
from collections.abc import Sequence
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from wizard import signing
from wizard.charter.boxes import SignatureBox
from wizard.charter.fields import role_label
from wizard.charter.quiet import quiet_certificates
from wizard.charter.reader import load_bytes, read_charter, read_signature_boxes
from wizard.plan import SignatoryRole
from wizard.yamlio import ReadError, os_error

MAX_P12_BYTES = 1024 * 1024
ROLES = tuple(r.value for r in SignatoryRole)
STAMP_TIME_FORMAT = "%Y-%m-%d %H:%M %Z"
STAMP_TEXT = "Digitally signed by\n%(signer)s\n%(role)s\n%(ts)s"
def quiet() -> contextlib.AbstractContextManager[None]:
    """pyHanko and fontTools log tracebacks and notes; the CLI prints one line only."""
    return quiet_certificates()


# --- the certificate --------------------------------------------------------------------------------------------


def subject_name(cert: x509.Certificate) -> str:
    """The person's name as the certificate gives it: common name, else organization."""
    for oid in (x509.NameOID.COMMON_NAME, x509.NameOID.ORGANIZATION_NAME):
        values = cert.subject.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)
    return cert.subject.rfc4514_string() or "(unnamed certificate)"


@dataclass(frozen=True)
class Credentials:
    """A private key and its certificate (plus any chain) from a PKCS#12 file."""

    path: str
    key: Any
    cert: x509.Certificate
    chain: tuple[x509.Certificate, ...]

    @property
    def signer_name(self) -> str:
        return subject_name(self.cert)


def _looks_like_pkcs12(data: bytes) -> bool:
    from asn1crypto import pkcs12 as asn1_pkcs12

    try:
        pfx = asn1_pkcs12.Pfx.load(data, strict=True)
        return pfx["auth_safe"]["content_type"].native in ("data", "signed_data")
    except Exception:  # asn1crypto raises ValueError, TypeError and more on garbage
        return False


def _as_bytes(passphrase: str | bytes | None) -> bytes | None:
    if passphrase is None:
        return None
    return passphrase.encode("utf-8") if isinstance(passphrase, str) else bytes(passphrase)


def load_credentials(path: str | Path, passphrase: str | bytes | None = None, *,
                     now: dt.datetime | None = None) -> Credentials:
    """Open a .p12/.pfx file and check it can sign today, or raise :class:`ReadError`."""
    p = Path(path)
    where = str(p)
    try:
        if p.stat().st_size > MAX_P12_BYTES:
            raise ReadError(where, "this file is too big to be a certificate file (.p12/.pfx)")
        data = p.read_bytes()
    except OSError as exc:
        raise os_error(where, exc, "a certificate file (.p12/.pfx)") from None
    if not data:
        raise ReadError(where, "the file is empty; it should be a certificate file (.p12/.pfx)")

    secret = _as_bytes(passphrase)
    attempts = [secret] if secret else [None, b""]
    loaded = None
    for attempt in attempts:
        try:
            loaded = pkcs12.load_key_and_certificates(data, attempt)
            break
        except (ValueError, TypeError):
            continue
    if loaded is None:
        if not _looks_like_pkcs12(data):
            raise ReadError(where, "this is not a PKCS#12 certificate file (.p12/.pfx)")
        if secret:
            raise ReadError(where, "wrong passphrase for this certificate file")
        raise ReadError(where, "this certificate file is protected by a passphrase; give it "
                               "(--passphrase-file, or type it when asked)")
    key, cert, extra = loaded
    if key is None:
        raise ReadError(where, "this certificate file holds no private key, so it cannot sign "
                               "(export the certificate together with its private key)")
    if cert is None:
        raise ReadError(where, "this certificate file holds a private key but no certificate")
    spki = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    if key.public_key().public_bytes(*spki) != cert.public_key().public_bytes(*spki):
        raise ReadError(where, "the private key in this file does not belong to its certificate")
    now = now or dt.datetime.now(dt.UTC)
    who = subject_name(cert)
    if cert.not_valid_after_utc < now:
        raise ReadError(where, f"the certificate of {who} expired on {cert.not_valid_after_utc:%Y-%m-%d}; "
                               "sign with a current certificate")
    if cert.not_valid_before_utc > now:
        raise ReadError(where, f"the certificate of {who} is not valid until "
                               f"{cert.not_valid_before_utc:%Y-%m-%d %H:%M} UTC")
    try:
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        usage = None
    if usage is not None and not (usage.digital_signature or usage.content_commitment):
        raise ReadError(where, f"the certificate of {who} is not allowed to sign documents "
                               "(its key usage has neither digital signature nor non-repudiation)")
    return Credentials(path=where, key=key, cert=cert, chain=tuple(extra or ()))


# --- the charter's fields -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SigField:
    """One signature field of a charter: its name, the box it sits in, and who signed it."""

    name: str
    box: SignatureBox | None
    signed_by: str | None

    @property
    def signed(self) -> bool:
        return self.signed_by is not None

    def choice_label(self) -> str:
        """For a list to pick from: role and name first, the field name last."""
        if self.box is None:
            head = self.name
        else:
            who = self.box.name.strip()
            head = role_label(self.box.role) + (f" — {who}" if who else "") + f"  ({self.name})"
        return head + (f" — signed by {self.signed_by}" if self.signed else "")

    def describe(self) -> str:
        if self.box is None:
            return self.name
        who = self.box.name.strip()
        return f"{self.name} ({role_label(self.box.role)}{', ' + who if who else ''})"


def _signer_of(value: Any) -> str:
    """Best-effort signer name of a filled field (for messages only)."""
    try:
        from asn1crypto import cms

        contents = value.get_object()["/Contents"]
        info = cms.ContentInfo.load(bytes(contents.original_bytes if hasattr(contents, "original_bytes")
                                          else contents))
        signed = info["content"]
        sid = signed["signer_infos"][0]["sid"].chosen
        for c in signed["certificates"]:
            cert = c.chosen
            if cert.serial_number == sid["serial_number"].native:
                names = cert.subject.native
                return str(names.get("common_name") or names.get("organization_name") or "someone")
    except Exception:  # a damaged or unusual signature: still "signed"
        pass
    return "someone"


def signature_fields(path: str, data: bytes) -> list[SigField]:
    """The charter's signature fields in file order, matched to its recorded boxes."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.fields import enumerate_sig_fields

    boxes = {b.field_name: b for b in read_signature_boxes(data, name=path)}
    out: list[SigField] = []
    with quiet():
        try:
            reader = PdfFileReader(io.BytesIO(data), strict=False)
            for name, value, _ref in enumerate_sig_fields(reader, filled_status=None):
                out.append(SigField(name=str(name), box=boxes.get(str(name)),
                                    signed_by=None if value is None else _signer_of(value)))
        except ReadError:
            raise
        except Exception as exc:  # pyHanko raises many types for files pypdf tolerated
            raise ReadError(path, f"the PDF's signature fields cannot be read ({type(exc).__name__})") from None
    return out


def list_fields(source: str | Path | bytes, *, name: str | None = None) -> list[SigField]:
    """A charter's signature fields (read with pypdf; for choosing one in the window)."""
    from wizard.charter.fields import read_sig_fields

    path, data = load_bytes(source, name)
    read_charter(data, name=path)  # refuse anything that is not a charter, with its one line
    boxes = {b.field_name: b for b in read_signature_boxes(data, name=path)}
    return [SigField(name=n, box=boxes.get(n), signed_by=None if v is None else _signer_of(v))
            for n, v in read_sig_fields(path, data)]


def parse_role(text: str) -> tuple[str, int | None]:
    """``ROLE`` or ``ROLE:N`` (N counts from 1 among the signatories with that role)."""
    role, _, n = text.strip().partition(":")
    role = role.strip().lower().replace("-", "_")
    if role not in ROLES:
        raise ValueError(f"unknown role '{text}'; roles are {', '.join(ROLES)}")
    if not n:
        return role, None
    try:
        index = int(n)
    except ValueError:
        raise ValueError(f"'{text}': after the colon comes a number, e.g. {role}:2") from None
    if index < 1:
        raise ValueError(f"'{text}': signatories are counted from 1, e.g. {role}:1")
    return role, index


def choose_field(path: str, fields: Sequence[SigField], *, role: str | None = None,
                 field: str | None = None) -> SigField:
    """The one empty field to sign, chosen by role (``ROLE`` / ``ROLE:N``) or by name."""
    names = ", ".join(f.describe() for f in fields) or "none"
    if not fields:
        raise ReadError(path, "this charter has no signature fields; export it again with this version "
                              "of coresponse to get one per signatory")
    if field:
        match = next((f for f in fields if f.name == field), None)
        if match is None:
            raise ReadError(path, f"no signature field named '{field}' (fields: {names})")
    else:
        if not role:
            raise ReadError(path, f"say which field to sign with --role or --field (fields: {names})")
        try:
            wanted, n = parse_role(role)
        except ValueError as exc:
            raise ReadError(path, str(exc)) from None
        candidates = [f for f in fields if f.box is not None and f.box.role == wanted]
        label = role_label(wanted).lower()
        if not candidates:
            raise ReadError(path, f"no signature field for the role {wanted} ({label}); fields: {names}")
        if n is None:
            if len(candidates) > 1:
                options = ", ".join(f"{wanted}:{i}" for i in range(1, len(candidates) + 1))
                raise ReadError(path, f"{len(candidates)} signatories have the role {wanted}: choose one with "
                                      f"--role {options} or --field NAME (fields: "
                                      f"{', '.join(f.describe() for f in candidates)})")
            match = candidates[0]
        elif n > len(candidates):
            raise ReadError(path, f"there {'is' if len(candidates) == 1 else 'are'} only {len(candidates)} "
                                  f"signator{'y' if len(candidates) == 1 else 'ies'} with the role {wanted}, "
                                  f"so {role} does not exist")
        else:
            match = candidates[n - 1]
    if match.signed:
        raise ReadError(path, f"the field {match.describe()} is already signed (by {match.signed_by}); "
                              "each field takes one signature")
    return match


# --- the visible stamp ----------------------------------------------------------------------------------------


def _font_bytes(text: str) -> bytes:
    """DejaVu Sans cut down to ``text``'s characters and scaled to 1000 units per em.

    pyHanko writes glyph widths in font units as if every font had 1000 per em;
    DejaVu has 2048, so without scaling each letter would be drawn twice as wide.
    Subsetting first keeps the scaling fast (a few hundred glyphs at most).
    """
    from fontTools import subset
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.scaleUpem import scale_upem

    ref = resources.files("resources").joinpath("fonts/DejaVuSans.ttf")
    with ref.open("rb") as fh:
        font = TTFont(io.BytesIO(fh.read()))
    options = subset.Options()
    options.layout_features = ["*"]
    options.name_IDs = ["*"]
    options.notdef_outline = True
    sub = subset.Subsetter(options)
    sub.populate(text=text)
    sub.subset(font)
    if font["head"].unitsPerEm != 1000:
        scale_upem(font, 1000)
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _stamp_style(signer: str, role: str) -> Any:
    from pyhanko.pdf_utils import layout
    from pyhanko.pdf_utils.font.api import FontEngineFactory
    from pyhanko.pdf_utils.font.opentype import GlyphAccumulator
    from pyhanko.pdf_utils.text import TextBoxStyle
    from pyhanko.stamp import TextStampStyle

    chars = STAMP_TEXT + signer + role + string.printable
    data = _font_bytes(chars)

    class MemoryFont(FontEngineFactory):
        def create_font_engine(self, writer: Any, obj_stream: Any = None) -> Any:
            if obj_stream is None and writer.stream_xrefs:
                obj_stream = writer.prepare_object_stream()
            return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(data), font_size=8,
                                    obj_stream=obj_stream)

    navy = (0x1F / 255, 0x3A / 255, 0x5F / 255)
    text = TextBoxStyle(font=MemoryFont(), font_size=8, leading=10, text_color=navy,
                        box_layout_rule=layout.SimpleBoxLayoutRule(
                            x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MID,
                            margins=layout.Margins(left=8, right=6, top=5, bottom=5)))
    return TextStampStyle(stamp_text=STAMP_TEXT, text_box_style=text, timestamp_format=STAMP_TIME_FORMAT,
                          border_width=0, background=None,
                          inner_content_layout=layout.SimpleBoxLayoutRule(
                              x_align=layout.AxisAlignment.ALIGN_MIN, y_align=layout.AxisAlignment.ALIGN_MID))


# --- signing --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class SignResult:
    pdf: bytes
    field: SigField
    signer: str
    role_label: str


def _pyhanko_signer(creds: Credentials) -> Any:
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    key = asn1_keys.PrivateKeyInfo.load(creds.key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    cert = asn1_x509.Certificate.load(creds.cert.public_bytes(der))
    chain = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in creds.chain]
    return signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                cert_registry=SimpleCertificateStore.from_certs([cert, *chain]))


def sign_charter(source: str | Path, creds: Credentials, *, role: str | None = None,
                 field: str | None = None, name: str | None = None) -> SignResult:
    """Sign one empty field of a charter; returns the new PDF bytes (the input is not touched)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields as pdf_fields
    from pyhanko.sign import signers

    path, data = load_bytes(source, name)
    charter = read_charter(data, name=path)  # a charter with its plan, or ReadError
    computed = signing.fingerprint(charter.plan)
    if charter.recorded_fingerprint and charter.recorded_fingerprint != computed:
        raise ReadError(path, "the embedded plan was changed after export (its fingerprint does not match); "
                              "it must not be signed — export the charter again")
    target = choose_field(path, signature_fields(path, data), role=role, field=field)
    label = role_label(target.box.role) if target.box else "Signatory"
    signer_name = creds.signer_name
    meta = signers.PdfSignatureMetadata(
        field_name=target.name,
        md_algorithm="sha256",
        subfilter=pdf_fields.SigSeedSubFilter.PADES,
        name=signer_name,
        reason=f"Approves this co-response program charter as {label.lower()}",
    )
    with quiet():
        try:
            writer = IncrementalPdfFileWriter(io.BytesIO(data), strict=False)
            pdf_signer = signers.PdfSigner(meta, signer=_pyhanko_signer(creds),
                                           stamp_style=_stamp_style(signer_name, label))
            out = io.BytesIO()
            pdf_signer.sign_pdf(writer, existing_fields_only=True, output=out,
                                appearance_text_params={"role": label})
        except ReadError:
            raise
        except Exception as exc:  # pyHanko: unusual key types, damaged structures
            detail = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ReadError(path, f"could not sign the field {target.name}: {detail}") from None
    return SignResult(pdf=out.getvalue(), field=target, signer=signer_name, role_label=label)
