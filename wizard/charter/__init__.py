"""The program charter PDF: rendering, the embedded plan, extraction and verification.

Pure Python: the facts (:mod:`wizard.charter.facts`) typeset by Typst
(``resources/templates/charter.typ``), the signature fields appended by
:mod:`wizard.charter.pdfupdate`, reportlab for the charts only, pypdf for reading a
charter back; never imports Qt. The window calls:

- :func:`render_charter` (bytes) or :func:`render_result` (bytes plus pages, status and
  signature-box positions) to export;
- :func:`extract_plan` to reopen a charter as a plan;
- :func:`verify` to check the embedded plan against the recorded fingerprint and
  the signatures;
- :func:`signature_boxes` / :func:`read_signature_boxes` for the rectangles
  reserved for digital-signature stamps.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

# Names are loaded on first use (PEP 562): reading a charter needs pypdf only, while
# rendering needs reportlab (and no pypdf) and signing pyHanko; each costs tens to
# hundreds of milliseconds.
_WHERE = {
    "PLAN_ATTACHMENT": "embed",
    "SignatureBox": "boxes",
    "MAX_PDF_BYTES": "reader", "Charter": "reader", "SignatoryReport": "reader", "VerifyReport": "reader",
    "extract_plan": "reader", "read_charter": "reader", "read_signature_boxes": "reader", "verify": "reader",
    "RenderResult": "render", "render_result": "render", "render_charter": "render", "signature_boxes": "render",
    "SECTION_TITLES": "facts", "CharterFacts": "facts", "charter_facts": "facts",
    "Status": "readiness_", "charter_status": "readiness_",
}

__all__ = [
    "MAX_PDF_BYTES", "PLAN_ATTACHMENT", "SECTION_TITLES", "Charter", "CharterFacts", "RenderResult",
    "SignatoryReport", "charter_facts",
    "SignatureBox", "Status", "VerifyReport", "charter_status", "extract_plan", "read_charter",
    "read_signature_boxes", "render_charter", "render_result", "signature_boxes", "verify",
]
assert sorted(__all__) == sorted(_WHERE)


# A public name never equals a submodule's name: importing a submodule binds it on the
# package under its own name, which would hide a function of that name.
_RENAMED = {"render_result": "render"}


def __getattr__(name: str) -> Any:
    module = _WHERE.get(name)
    if module is None:
        raise AttributeError(f"module 'wizard.charter' has no attribute {name!r}")
    path = "wizard.readiness" if module == "readiness_" else f"wizard.charter.{module}"
    value = getattr(importlib.import_module(path), _RENAMED.get(name, name))
    globals()[name] = value
    return value


if TYPE_CHECKING:  # pragma: no cover - for type checkers and IDEs
    from wizard.charter.boxes import SignatureBox
    from wizard.charter.embed import PLAN_ATTACHMENT
    from wizard.charter.facts import SECTION_TITLES, CharterFacts, charter_facts
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
    from wizard.charter.render import RenderResult, render_charter, signature_boxes
    from wizard.charter.render import render as render_result
    from wizard.readiness import Status, charter_status
