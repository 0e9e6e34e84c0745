"""After reportlab: embed the plan YAML as ``plan.yaml``, add the empty signature
fields and write the metadata.

pypdf rewrites the reportlab output once. Nothing here reads the clock or a random
source: the dates come from the plan's ``metadata.modified`` and the file /ID is a
hash of the content, so the same plan always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import json
from collections.abc import Sequence

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    ByteStringObject,
    DictionaryObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from wizard.charter.boxes import SignatureBox
from wizard.charter.fields import add_signature_fields

PLAN_ATTACHMENT = "plan.yaml"
KEY_FINGERPRINT = "/CoresponseFingerprint"
KEY_REVISION = "/CoresponseRevision"
KEY_PLAN_ID = "/CoresponsePlanId"
KEY_STATUS = "/CoresponseStatus"
KEY_VERSION = "/CoresponseVersion"
KEY_SIGNATURE_BOXES = "/CoresponseSignatureBoxes"


def pdf_date(when: dt.datetime) -> str:
    """PDF date string (D:YYYYMMDDHHmmSS+00'00') in UTC."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=dt.UTC)
    u = when.astimezone(dt.UTC)
    return f"D:{u:%Y%m%d%H%M%S}+00'00'"


def finish(pdf: bytes, *, plan_yaml: str, when: dt.datetime, metadata: dict[str, str],
           custom: dict[str, str], boxes: Sequence[SignatureBox]) -> bytes:
    reader = PdfReader(io.BytesIO(pdf))
    writer = PdfWriter(clone_from=reader)
    data = plan_yaml.encode("utf-8")
    date = pdf_date(when)

    ef = writer.add_attachment(PLAN_ATTACHMENT, data)
    filespec = ef.pdf_object
    stream = filespec["/EF"]["/F"].get_object()
    compressed = stream.flate_encode()
    compressed[NameObject("/Type")] = NameObject("/EmbeddedFile")
    compressed[NameObject("/Subtype")] = NameObject("/application/x-yaml")
    compressed[NameObject("/Params")] = DictionaryObject({
        NameObject("/Size"): NumberObject(len(data)),
        NameObject("/ModDate"): TextStringObject(date),
        NameObject("/CheckSum"): ByteStringObject(hashlib.md5(data, usedforsecurity=False).digest()),
    })
    filespec["/EF"][NameObject("/F")] = writer._add_object(compressed)
    filespec[NameObject("/UF")] = TextStringObject(PLAN_ATTACHMENT)
    filespec[NameObject("/Desc")] = TextStringObject(
        "The co-response program plan this charter was rendered from (coresponse extract)")
    filespec[NameObject("/AFRelationship")] = NameObject("/Source")
    writer.root_object[NameObject("/AF")] = ArrayObject([filespec.indirect_reference])
    add_signature_fields(writer, boxes)  # empty /Sig fields: signatures later cover the plan too

    info = {f"/{k}": v for k, v in metadata.items()}
    info.update(custom)
    info[KEY_SIGNATURE_BOXES] = json.dumps([b.as_dict() for b in boxes], separators=(",", ":"),
                                           ensure_ascii=True)
    info["/CreationDate"] = date
    info["/ModDate"] = date
    writer.add_metadata(info)

    digest = hashlib.sha256(pdf + data).digest()[:16]
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
