"""The program charter PDF: rendering, the embedded plan, extraction and verification.

Pure Python on reportlab and pypdf; never imports Qt. The window calls:

- :func:`render_charter` (bytes) or :func:`render` (bytes plus pages, status and
  signature-box positions) to export;
- :func:`extract_plan` to reopen a charter as a plan;
- :func:`verify` to check the embedded plan against the recorded fingerprint and
  the signatures;
- :func:`signature_boxes` / :func:`read_signature_boxes` for the rectangles
  reserved for digital-signature stamps.
"""

from __future__ import annotations

from wizard.charter.embed import PLAN_ATTACHMENT
from wizard.charter.flowables import SignatureBox
from wizard.charter.reader import (
    MAX_PDF_BYTES,
    Charter,
    SignatoryReport,
    VerifyReport,
    extract_plan,
    read_charter,
    read_signature_boxes,
    verify,
)
from wizard.charter.render import RenderResult, render, render_charter, signature_boxes
from wizard.charter.sections import SECTION_TITLES, Status, charter_status

__all__ = [
    "MAX_PDF_BYTES", "PLAN_ATTACHMENT", "SECTION_TITLES", "Charter", "RenderResult", "SignatoryReport",
    "SignatureBox", "Status", "VerifyReport", "charter_status", "extract_plan", "read_charter",
    "read_signature_boxes", "render", "render_charter", "signature_boxes", "verify",
]
