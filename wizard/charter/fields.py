"""Empty certificate-signature fields, one in each reserved signature box.

The charter's are appended to Typst's file as one incremental update
(:func:`append_signature_fields`, with :mod:`wizard.charter.pdfupdate`, no pypdf), after
the plan attachment Typst wrote, so the plan is part of the file every signature later
covers, and the export stays deterministic: nothing here reads the clock or a random
source. :func:`add_signature_fields` does the same on a pypdf writer.

The field dictionaries follow what pyHanko's ``append_signature_field`` writes
(``/FT /Sig`` merged with its widget annotation, print + locked flags, an empty
appearance so the dashed box drawn on the page shows through), so pyHanko — and any
PDF reader — sees them as ordinary empty signature fields it can fill by name.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from wizard import signing
from wizard.charter import pdfupdate as pu
from wizard.charter.boxes import SignatureBox
from wizard.plan import SignatoryRole
from wizard.yamlio import ReadError

if TYPE_CHECKING:  # pragma: no cover
    from pypdf import PdfWriter

ANNOT_PRINT = 1 << 2
ANNOT_LOCKED = 1 << 7
SIG_FLAGS_SIGNATURES_EXIST = 1


def role_label(role: str) -> str:
    try:
        return signing.ROLE_LABELS[SignatoryRole(role)]
    except ValueError:
        return role


def readable_name(box: SignatureBox) -> str:
    """The field's tooltip (/TU): whose signature goes here."""
    who = box.name.strip()
    return f"Certificate signature: {role_label(box.role)}" + (f" — {who}" if who else "")


def _field_spec(box: SignatureBox, page_ref: Any, ap_ref: Any) -> dict[str, Any]:
    """An empty certificate-signature field (a widget annotation) over ``box``, as plain
    values (:class:`~wizard.charter.pdfupdate.Name` for names, ``str`` for text strings) that
    :func:`_pypdf` or :mod:`~wizard.charter.pdfupdate` write."""
    return {
        "FT": pu.Name("Sig"),
        "T": box.field_name,
        "TU": readable_name(box),
        "Type": pu.Name("Annot"),
        "Subtype": pu.Name("Widget"),
        "F": ANNOT_PRINT | ANNOT_LOCKED,
        "Rect": [round(v, 2) for v in box.rect],
        "P": page_ref,
        "AP": {"N": ap_ref},
    }


def _appearance_spec(width: float, height: float) -> dict[str, Any]:
    """The empty appearance stream's dictionary: the dashed box drawn on the page shows through."""
    return {"Type": pu.Name("XObject"), "Subtype": pu.Name("Form"),
            "BBox": [0.0, 0.0, round(width, 2), round(height, 2)], "Resources": {}}


def _pypdf(value: Any) -> Any:
    """A :func:`_field_spec` value as pypdf objects (references pass through)."""
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        FloatObject,
        NameObject,
        NumberObject,
        TextStringObject,
    )

    if isinstance(value, pu.Name):
        return NameObject("/" + value)
    if isinstance(value, str):
        return TextStringObject(value)
    if isinstance(value, bool):
        raise TypeError("no booleans in a signature field")
    if isinstance(value, int):
        return NumberObject(value)
    if isinstance(value, float):
        return FloatObject(value)
    if isinstance(value, list):
        return ArrayObject([_pypdf(v) for v in value])
    if isinstance(value, dict):
        return DictionaryObject({NameObject("/" + k): _pypdf(v) for k, v in value.items()})
    return value


def _pu(value: Any) -> Any:
    """A :func:`_field_spec` value for :mod:`~wizard.charter.pdfupdate` (text strings encoded)."""
    if isinstance(value, pu.Name):
        return value
    if isinstance(value, str):
        return pu.text(value)
    if isinstance(value, list):
        return [_pu(v) for v in value]
    if isinstance(value, dict):
        return {pu.Name(k): _pu(v) for k, v in value.items()}
    return value


def _empty_appearance(width: float, height: float) -> Any:
    from pypdf.generic import DecodedStreamObject

    ap = DecodedStreamObject()
    ap.update(_pypdf(_appearance_spec(width, height)))
    ap.set_data(b"")
    return ap


def _field(box: SignatureBox, page_ref: Any, ap_ref: Any) -> Any:
    """An empty certificate-signature field (a widget annotation) over ``box``, for pypdf."""
    return _pypdf(_field_spec(box, page_ref, ap_ref))


def add_signature_fields(writer: PdfWriter, boxes: Sequence[SignatureBox]) -> None:
    """Put an empty ``/Sig`` field named ``box.field_name`` over each box (a pypdf writer)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    if not boxes:
        return
    fields = ArrayObject()
    for box in boxes:
        page = writer.pages[box.page_index]
        x1, y1, x2, y2 = box.rect
        ap_ref = writer._add_object(_empty_appearance(x2 - x1, y2 - y1))
        field = _field(box, page.indirect_reference, ap_ref)
        ref = writer._add_object(field)
        annots = page.get("/Annots")
        if annots is None:
            page[NameObject("/Annots")] = ArrayObject([ref])
        else:
            annots.get_object().append(ref)
        fields.append(ref)
        _tag_widget(writer, ref, page)
    form = DictionaryObject({
        NameObject("/Fields"): fields,
        NameObject("/SigFlags"): NumberObject(SIG_FLAGS_SIGNATURES_EXIST),
    })
    writer.root_object[NameObject("/AcroForm")] = writer._add_object(form)


def _tag_widget(writer: PdfWriter, widget_ref: Any, page: Any) -> None:
    """In a tagged PDF (Typst's; reportlab writes none), give the widget its own ``/Form``
    structure element — an object reference to the widget, at the end of the document's
    reading order — and a ``/StructParent`` entry in the parent tree, as PDF/UA-1 §7.18
    wants for every annotation; pages tab in structure order (``/Tabs /S``)."""
    from pypdf.generic import ArrayObject, DictionaryObject, NameObject, NumberObject

    tree_ref = writer.root_object.get("/StructTreeRoot")
    if tree_ref is None:
        return
    tree = tree_ref.get_object()
    kids = tree.get("/K")
    top = kids[0] if isinstance(kids, list) and kids else kids
    parent_tree = tree.get("/ParentTree")
    if top is None or parent_tree is None or "/Nums" not in parent_tree.get_object():
        return  # a structure this does not know how to extend: leave it as it is
    doc = top.get_object()
    key = int(tree.get("/ParentTreeNextKey", 0))
    form = DictionaryObject({
        NameObject("/Type"): NameObject("/StructElem"),
        NameObject("/S"): NameObject("/Form"),
        NameObject("/P"): top if hasattr(top, "idnum") else tree_ref,
        NameObject("/K"): DictionaryObject({
            NameObject("/Type"): NameObject("/OBJR"),
            NameObject("/Obj"): widget_ref,
            NameObject("/Pg"): page.indirect_reference,
        }),
    })
    form_ref = writer._add_object(form)
    doc_kids = doc.get("/K")
    if isinstance(doc_kids, list):
        doc_kids.append(form_ref)
    else:
        doc[NameObject("/K")] = ArrayObject([x for x in (doc_kids,) if x is not None] + [form_ref])
    widget_ref.get_object()[NameObject("/StructParent")] = NumberObject(key)
    parent_tree.get_object()["/Nums"].extend([NumberObject(key), form_ref])
    tree[NameObject("/ParentTreeNextKey")] = NumberObject(key + 1)
    page[NameObject("/Tabs")] = NameObject("/S")


def read_sig_fields(path: str, data: bytes) -> list[tuple[str, Any | None]]:
    """(name, value) of each signature field, value ``None`` while empty.

    Read with pypdf: cheap, so listing fields or checking an unsigned charter never
    loads pyHanko.
    """
    from pypdf import PdfReader

    from wizard.charter.quiet import quiet_pdf

    out: list[tuple[str, Any | None]] = []
    with quiet_pdf():
        try:
            reader = PdfReader(io.BytesIO(data), strict=False)
            form = reader.trailer["/Root"].get("/AcroForm")
            todo = list(form.get_object().get("/Fields", [])) if form is not None else []
            seen: set[int] = set()
            while todo and len(seen) < 10_000:
                ref = todo.pop(0)
                key = getattr(ref, "idnum", id(ref))
                if key in seen:
                    continue
                seen.add(key)
                f = ref.get_object()
                if "/Kids" in f and "/FT" not in f:
                    todo += list(f["/Kids"])
                elif f.get("/FT") == "/Sig":
                    value = f.get("/V")
                    out.append((str(f.get("/T", "")), None if value is None else value.get_object()))
        except Exception as exc:  # pypdf raises many types for damaged files
            raise ReadError(path, f"the PDF's signature fields cannot be read ({type(exc).__name__})") from None
    return out


# --- the same, as an incremental update (no rewrite of the typeset file) -------------------------


def append_signature_fields(pdf: bytes, boxes: Sequence[SignatureBox],
                            info: dict[str, str]) -> tuple[bytes, int]:
    """``pdf`` with, appended as one incremental update, an empty ``/Sig`` field over each
    box (tagged as a ``/Form`` structure element, as :func:`add_signature_fields` does) and
    ``info`` added to the document information dictionary; and its page count. Only the
    objects that change are read and written (:mod:`wizard.charter.pdfupdate`), so the
    typeset file stays byte for byte at the front."""
    doc = pu.Document(pdf)
    up = pu.Update(doc)
    trailer = doc.trailer
    pages = doc.pages()
    if boxes:
        root = up.dirty(trailer["Root"])
        tree = up.dirty(root["StructTreeRoot"])
        nums = up.part(up.part(tree, "ParentTree"), "Nums")
        kids = doc.get(tree["K"])
        top_ref = kids[0] if isinstance(kids, list) else tree["K"]
        element = up.dirty(top_ref)
        raw = element.get("K")
        if isinstance(raw, pu.Ref) and isinstance(doc.get(raw), list):
            doc_kids = up.dirty(raw)
        elif isinstance(raw, list):
            doc_kids = raw
        else:
            doc_kids = [x for x in (raw,) if x is not None]
            element[pu.Name("K")] = doc_kids
        key = int(tree.get("ParentTreeNextKey", b"0"))
        fields = []
        for box in boxes:
            page_ref = pages[box.page_index]
            page = up.dirty(page_ref)
            x1, y1, x2, y2 = box.rect
            ap_ref = up.add(pu.Stream(_pu(_appearance_spec(x2 - x1, y2 - y1))))
            field = _pu(_field_spec(box, page_ref, ap_ref))
            field[pu.Name("StructParent")] = key
            ref = up.add(field)
            form_ref = up.add(_pu({"Type": pu.Name("StructElem"), "S": pu.Name("Form"), "P": top_ref,
                                   "K": {"Type": pu.Name("OBJR"), "Obj": ref, "Pg": page_ref}}))
            doc_kids.append(form_ref)
            nums.extend([key, form_ref])
            key += 1
            if "Annots" in page:
                up.part(page, "Annots").append(ref)
            else:
                page[pu.Name("Annots")] = [ref]
            page[pu.Name("Tabs")] = pu.Name("S")
            fields.append(ref)
        tree[pu.Name("ParentTreeNextKey")] = key
        root[pu.Name("AcroForm")] = up.add({pu.Name("Fields"): fields,
                                            pu.Name("SigFlags"): SIG_FLAGS_SIGNATURES_EXIST})
    if info:
        meta = up.dirty(trailer["Info"])
        for k, v in info.items():
            meta[pu.Name(k.lstrip("/"))] = pu.text(v)
    return up.write(), len(pages)
