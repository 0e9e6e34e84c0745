"""Reading a charter back: the embedded plan, the recorded fingerprint, verification.

A PDF handed to ``extract`` or ``verify`` may be anything. Every way it can be
wrong becomes one :class:`~wizard.yamlio.ReadError` naming the file: too big, not
a PDF, truncated, encrypted, damaged, without a plan, with two plans, or with a
plan whose YAML is invalid (then the message also names the field). pypdf's own
log messages and warnings are silenced while it reads.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pypdf import PdfReader

from wizard import signing, storage
from wizard.charter.boxes import SignatureBox
from wizard.charter.embed import (
    KEY_FINGERPRINT,
    KEY_REVISION,
    KEY_SIGNATURE_BOXES,
    PLAN_ATTACHMENT,
)
from wizard.charter.quiet import quiet_pdf
from wizard.plan import ProgramPlan
from wizard.yamlio import ReadError, os_error

if TYPE_CHECKING:
    from wizard.charter.certcheck import CertificateSignature, EmptyField

MAX_PDF_BYTES = 50 * 1024 * 1024
MAX_ATTACHMENTS = 256
Source = str | Path | bytes


def load_bytes(source: Source, name: str | None = None) -> tuple[str, bytes]:
    """(display name, bytes) of a PDF, refusing oversize files before reading them."""
    if isinstance(source, bytes | bytearray):
        path = name or "charter.pdf"
        if len(source) > MAX_PDF_BYTES:
            raise _too_big(path, len(source))
        return path, bytes(source)
    p = Path(source)
    path = name or str(p)
    try:
        size = p.stat().st_size
        if size > MAX_PDF_BYTES:
            raise _too_big(path, size)
        with p.open("rb") as fh:
            data = fh.read(MAX_PDF_BYTES + 1)
    except OSError as exc:
        raise os_error(path, exc, "a PDF file") from None
    if len(data) > MAX_PDF_BYTES:
        raise _too_big(path, len(data))
    return path, data


def _too_big(path: str, size: int) -> ReadError:
    return ReadError(path, f"the file is {size / 1024 / 1024:.1f} MB; charters are at most "
                           f"{MAX_PDF_BYTES // 1024 // 1024} MB")


def _check_shape(path: str, data: bytes) -> None:
    if not data:
        raise ReadError(path, "the file is empty")
    if b"%PDF-" not in data[:1024]:
        raise ReadError(path, "this is not a PDF file (no %PDF header)")
    if b"%%EOF" not in data[-2048:]:
        raise ReadError(path, "the PDF is truncated (its end-of-file marker is missing); "
                              "copy or download it again")


@dataclass(frozen=True)
class Charter:
    """What a charter PDF carries: the plan, its YAML and the recorded metadata."""

    path: str
    plan: ProgramPlan
    plan_yaml: bytes
    metadata: dict[str, str] = field(default_factory=dict)

    @property
    def recorded_fingerprint(self) -> str | None:
        return self.metadata.get(KEY_FINGERPRINT) or None

    @property
    def recorded_revision(self) -> str | None:
        return self.metadata.get(KEY_REVISION) or None


def _open(path: str, data: bytes) -> tuple[PdfReader, dict[str, str], list[bytes]]:
    _check_shape(path, data)
    with quiet_pdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise ReadError(path, "the PDF is encrypted; charters are never encrypted, so this "
                                      "is not one as exported (remove the password first)")
            meta = {str(k): str(v) for k, v in (reader.metadata or {}).items()}
            found: list[bytes] = []
            for i, entry in enumerate(reader.attachment_list):
                if i >= MAX_ATTACHMENTS:
                    break
                if PLAN_ATTACHMENT in set(entry._names):
                    found.append(entry.content)
        except ReadError:
            raise
        except RecursionError:
            raise ReadError(path, "the PDF is damaged (its structure nests without end)") from None
        except Exception as exc:  # pypdf raises many types for damaged files
            raise ReadError(path, f"the PDF is damaged and cannot be read ({type(exc).__name__})") from None
    return reader, meta, found


def read_charter(source: Source, *, name: str | None = None) -> Charter:
    """Open a charter PDF and validate its embedded plan, or raise :class:`ReadError`."""
    path, data = load_bytes(source, name)
    _, meta, found = _open(path, data)
    if not found:
        raise ReadError(path, f"the PDF has no embedded plan ({PLAN_ATTACHMENT}); only charters "
                              "exported by coresponse carry one")
    if len(found) > 1:
        raise ReadError(path, f"the PDF holds {len(found)} plan attachments ({PLAN_ATTACHMENT}); "
                              "a charter holds exactly one")
    raw = found[0]
    plan = storage.parse_plan(f"{path} (embedded {PLAN_ATTACHMENT})", raw)
    return Charter(path=path, plan=plan, plan_yaml=raw, metadata=meta)


def extract_plan(source: Source, *, name: str | None = None) -> ProgramPlan:
    """The plan embedded in a charter PDF."""
    return read_charter(source, name=name).plan


def read_signature_boxes(source: Source, *, name: str | None = None) -> list[SignatureBox]:
    """The digital-signature boxes a charter recorded when it was rendered."""
    path, data = load_bytes(source, name)
    _, meta, _ = _open(path, data)
    raw = meta.get(KEY_SIGNATURE_BOXES)
    if not raw:
        return []
    try:
        items = json.loads(raw)
        return [SignatureBox(index=int(b["index"]), role=str(b["role"]), name=str(b["name"]),
                             field_name=str(b["field_name"]), page_index=int(b["page_index"]),
                             rect=tuple(float(v) for v in b["rect"]))  # type: ignore[arg-type]
                for b in items]
    except (ValueError, KeyError, TypeError) as exc:
        raise ReadError(path, f"the signature-box record in the metadata is damaged ({exc})") from None


@dataclass(frozen=True)
class SignatoryReport:
    index: int
    role: str
    role_label: str
    name: str
    title: str
    organization: str
    required: bool
    state: signing.SignatureState
    signed_at: dt.datetime | None
    signed_fingerprint: str | None


@dataclass(frozen=True)
class VerifyReport:
    path: str
    plan: ProgramPlan
    computed_fingerprint: str
    recorded_fingerprint: str | None
    recorded_revision: str | None
    signatories: tuple[SignatoryReport, ...]
    problems: tuple[str, ...]
    certificate_signatures: tuple[CertificateSignature, ...] = ()
    """Each certificate (PAdES) signature in the file, validated offline with pyHanko."""
    empty_fields: tuple[EmptyField, ...] = ()
    """Signature fields nobody has signed yet."""

    @property
    def intact(self) -> bool:
        """The embedded plan matches the recorded fingerprint and no signature is void."""
        return not self.problems

    @property
    def fingerprint_matches(self) -> bool:
        return self.recorded_fingerprint == self.computed_fingerprint

    def lines(self) -> list[str]:
        """A readable report: plan, fingerprints, signatories, status."""
        p = self.plan
        name = p.metadata.program_name or p.agency.name or "Untitled plan"
        out = [f"{name} (revision {p.metadata.revision})", f"file: {self.path}",
               f"fingerprint: {signing.short(self.computed_fingerprint)} (recomputed from the embedded plan)"]
        if self.recorded_fingerprint:
            verdict = "matches" if self.fingerprint_matches else "DOES NOT MATCH"
            out.append(f"recorded:    {signing.short(self.recorded_fingerprint)} ({verdict})")
        else:
            out.append("recorded:    none")
        out.append("signatories:")
        for s in self.signatories:
            who = ", ".join(x for x in (s.name or "(no name)", s.title, s.organization) if x)
            state = {signing.SignatureState.valid: f"signed {s.signed_at:%Y-%m-%d}" if s.signed_at else "signed",
                     signing.SignatureState.void: "VOID, must re-sign",
                     signing.SignatureState.unsigned: "unsigned"}[s.state]
            req = ", required" if s.required else ""
            out.append(f"  {who} ({s.role_label}{req}): {state}")
        out += self._certificate_lines()
        if self.intact:
            signed = sum(1 for s in self.signatories if s.state is signing.SignatureState.valid)
            certs = self.certificate_signatures
            extra = ""
            if certs:
                untrusted = sum(1 for c in certs if not c.trusted)
                extra = (f"; {len(certs)} certificate signature{'s' if len(certs) != 1 else ''} intact"
                         + (f" ({untrusted} untrusted)" if untrusted else ""))
            out.append(f"status: INTACT; {signed} of {len(self.signatories)} signatories have signed{extra}")
        else:
            if not self.fingerprint_matches:
                verdict = "ALTERED"
            elif any(c.broken for c in self.certificate_signatures):
                verdict = "CERTIFICATE SIGNATURE BROKEN"
            else:
                verdict = "SIGNATURES VOID"
            out.append("status: " + verdict)
            out += [f"  - {x}" for x in self.problems]
        return out

    def _certificate_lines(self) -> list[str]:
        if not self.certificate_signatures and not self.empty_fields:
            return ["certificate signatures: none"]
        out = ["certificate signatures:"]
        for c in self.certificate_signatures:
            out += c.lines()
        out += [f.line() for f in self.empty_fields]
        return out


def verify(source: Source, *, name: str | None = None, trust_roots: Sequence[Any] = ()) -> VerifyReport:
    """Recompute the embedded plan's fingerprint and compare it with the recorded one
    and with the fingerprint each signature was given to; validate each certificate
    signature (offline) against ``trust_roots`` (see :func:`certcheck.load_trust_roots`)."""
    from wizard.charter import certcheck  # lazy: pyHanko loads only to verify

    path, data = load_bytes(source, name)
    ch = read_charter(data, name=path)
    plan = ch.plan
    fp = signing.fingerprint(plan)
    problems: list[str] = []
    rec = ch.recorded_fingerprint
    if rec is None:
        problems.append("the charter records no fingerprint, so the embedded plan cannot be checked")
    elif rec != fp:
        problems.append(f"the embedded plan was changed after export: its fingerprint is {signing.short(fp)}, "
                        f"the charter records {signing.short(rec)}")
    rev = ch.recorded_revision
    if rev is not None and rev != str(plan.metadata.revision):
        problems.append(f"the embedded plan is revision {plan.metadata.revision}, the charter records {rev}")
    reports = []
    for s in signing.statuses(plan, fp):
        sig = s.signatory.signature
        reports.append(SignatoryReport(
            index=s.index, role=s.signatory.role.value, role_label=signing.ROLE_LABELS[s.signatory.role],
            name=s.signatory.name, title=s.signatory.title, organization=s.signatory.organization,
            required=s.required, state=s.state, signed_at=sig.signed_at if sig else None,
            signed_fingerprint=sig.fingerprint if sig else None))
        if s.state is signing.SignatureState.void and sig is not None:
            problems.append(f"the signature of {s.signatory.name or signing.ROLE_LABELS[s.signatory.role]} is void: "
                            f"given to {signing.short(sig.fingerprint)}, the plan is {signing.short(fp)}")
    certs, empty = certcheck.check_signatures(path, data, read_signature_boxes(data, name=path),
                                              trust_roots=trust_roots)
    for c in certs:
        if c.broken:
            why = "its signed content was altered" if not c.intact else c.change
            problems.append(f"the certificate signature in {c.field_name} ({c.signer}) is broken: {why}")
    return VerifyReport(path=ch.path, plan=plan, computed_fingerprint=fp, recorded_fingerprint=rec,
                        recorded_revision=rev, signatories=tuple(reports), problems=tuple(problems),
                        certificate_signatures=tuple(certs), empty_fields=tuple(empty))
