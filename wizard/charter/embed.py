"""The names a charter carries besides its pages: the embedded plan's file name and the
metadata keys :mod:`wizard.charter.render` writes and :mod:`wizard.charter.reader` reads.

The plan is attached by Typst as ``plan.yaml``, a PDF/A-3 associated file with
relationship Source; the keys below are added to the document information dictionary
in the one pypdf pass that also adds the empty signature fields.
"""

from __future__ import annotations

PLAN_ATTACHMENT = "plan.yaml"
KEY_FINGERPRINT = "/CoresponseFingerprint"
KEY_REVISION = "/CoresponseRevision"
KEY_PLAN_ID = "/CoresponsePlanId"
KEY_STATUS = "/CoresponseStatus"
KEY_VERSION = "/CoresponseVersion"
KEY_SIGNATURE_BOXES = "/CoresponseSignatureBoxes"
