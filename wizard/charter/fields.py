"""Empty certificate-signature fields, one in each reserved signature box.

Written by pypdf in the same pass that embeds the plan (see :mod:`wizard.charter.embed`),
so the plan attachment is already part of the file every signature later covers, and
the export stays deterministic: nothing here reads the clock or a random source.

The field dictionaries follow what pyHanko's ``append_signature_field`` writes
(``/FT /Sig`` merged with its widget annotation, print + locked flags, an empty
appearance so the dashed box drawn on the page shows through), so pyHanko — and any
PDF reader — sees them as ordinary empty signature fields it can fill by name.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from typing import Any

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    TextStringObject,
)

from wizard import signing
from wizard.charter.boxes import SignatureBox
from wizard.plan import SignatoryRole
from wizard.yamlio import ReadError

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


def _empty_appearance(width: float, height: float) -> DecodedStreamObject:
    ap = DecodedStreamObject()
    ap.update({
        NameObject("/Type"): NameObject("/XObject"),
        NameObject("/Subtype"): NameObject("/Form"),
        NameObject("/BBox"): ArrayObject([FloatObject(0), FloatObject(0),
                                          FloatObject(round(width, 2)), FloatObject(round(height, 2))]),
        NameObject("/Resources"): DictionaryObject(),
    })
    ap.set_data(b"")
    return ap


def _field(box: SignatureBox, page_ref: Any, ap_ref: Any) -> DictionaryObject:
    """An empty certificate-signature field (a widget annotation) over ``box``."""
    return DictionaryObject({
        NameObject("/FT"): NameObject("/Sig"),
        NameObject("/T"): TextStringObject(box.field_name),
        NameObject("/TU"): TextStringObject(readable_name(box)),
        NameObject("/Type"): NameObject("/Annot"),
        NameObject("/Subtype"): NameObject("/Widget"),
        NameObject("/F"): NumberObject(ANNOT_PRINT | ANNOT_LOCKED),
        NameObject("/Rect"): ArrayObject([FloatObject(round(v, 2)) for v in box.rect]),
        NameObject("/P"): page_ref,
        NameObject("/AP"): DictionaryObject({NameObject("/N"): ap_ref}),
    })


def add_signature_fields(writer: PdfWriter, boxes: Sequence[SignatureBox]) -> None:
    """Put an empty ``/Sig`` field named ``box.field_name`` over each box."""
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


class _Update:
    """The objects an incremental update writes: new ones and changed ones, by number."""

    def __init__(self, reader: PdfReader):
        from pypdf.generic import IndirectObject

        self.reader = reader
        self.next = int(reader.trailer["/Size"])
        self.objects: dict[int, Any] = {}
        self._ref = IndirectObject

    def add(self, obj: Any) -> Any:
        num = self.next
        self.next += 1
        self.objects[num] = obj
        return self._ref(num, 0, self.reader)

    def dirty(self, ref: Any) -> Any:
        """The object ``ref`` points to, recorded as changed (it is written again)."""
        obj = ref.get_object()
        self.objects[ref.idnum] = obj
        return obj

    def part(self, holder: Any, key: str) -> Any:
        """``holder[key]``, recorded as changed: on its own when it is an indirect object;
        otherwise it is part of ``holder``, which the caller has recorded already."""
        raw = holder.raw_get(key)
        return self.dirty(raw) if hasattr(raw, "idnum") else raw

    def write(self, original: bytes) -> bytes:
        out = io.BytesIO()
        out.write(original)
        if not original.endswith(b"\n"):
            out.write(b"\n")
        offsets: dict[int, int] = {}
        for num in sorted(self.objects):
            offsets[num] = out.tell()
            out.write(f"{num} 0 obj\n".encode())
            self.objects[num].write_to_stream(out)
            out.write(b"\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n")
        nums = sorted(offsets)
        runs: list[list[int]] = []
        for n in nums:
            if runs and n == runs[-1][-1] + 1:
                runs[-1].append(n)
            else:
                runs.append([n])
        for run in runs:
            out.write(f"{run[0]} {len(run)}\n".encode())
            for n in run:
                out.write(f"{offsets[n]:010d} 00000 n \n".encode())
        trailer = DictionaryObject({
            NameObject("/Size"): NumberObject(self.next),
            NameObject("/Root"): self.reader.trailer.raw_get("/Root"),
            NameObject("/Prev"): NumberObject(_startxref(original)),
        })
        for key in ("/Info", "/ID"):
            if key in self.reader.trailer:
                trailer[NameObject(key)] = self.reader.trailer.raw_get(key)
        out.write(b"trailer\n")
        trailer.write_to_stream(out)
        out.write(f"\nstartxref\n{xref}\n%%EOF\n".encode())
        return out.getvalue()


def _startxref(pdf: bytes) -> int:
    at = pdf.rindex(b"startxref")
    return int(pdf[at + len(b"startxref"):].split()[0])


def append_signature_fields(pdf: bytes, boxes: Sequence[SignatureBox], info: dict[str, str]) -> bytes:
    """``pdf`` with, appended as one incremental update, an empty ``/Sig`` field over each
    box (tagged as a ``/Form`` structure element, as :func:`add_signature_fields` does) and
    ``info`` added to the document information dictionary. Only the objects that change
    are read and written, so the typeset file stays byte for byte at the front."""
    reader = PdfReader(io.BytesIO(pdf))
    up = _Update(reader)
    trailer = reader.trailer
    if boxes:
        root = up.dirty(trailer.raw_get("/Root"))
        tree_ref = root.raw_get("/StructTreeRoot")
        tree = up.dirty(tree_ref)
        nums = up.part(up.part(tree, "/ParentTree"), "/Nums")
        kids = tree.raw_get("/K")
        kids_obj = kids.get_object() if hasattr(kids, "idnum") else kids
        top_ref = list.__getitem__(kids_obj, 0) if isinstance(kids_obj, list) else kids
        doc = up.dirty(top_ref)
        doc_kids_raw = doc.raw_get("/K") if "/K" in doc else None
        if hasattr(doc_kids_raw, "idnum") and isinstance(doc_kids_raw.get_object(), list):
            doc_kids = up.dirty(doc_kids_raw)
        elif isinstance(doc_kids_raw, list):
            doc_kids = doc_kids_raw
        else:
            doc_kids = ArrayObject([x for x in (doc_kids_raw,) if x is not None])
            doc[NameObject("/K")] = doc_kids
        key = int(tree.get("/ParentTreeNextKey", 0))
        fields = ArrayObject()
        for box in boxes:
            page_ref = reader.pages[box.page_index].indirect_reference
            page = up.dirty(page_ref)
            x1, y1, x2, y2 = box.rect
            ap_ref = up.add(_empty_appearance(x2 - x1, y2 - y1))
            field = _field(box, page_ref, ap_ref)
            field[NameObject("/StructParent")] = NumberObject(key)
            ref = up.add(field)
            form_ref = up.add(DictionaryObject({
                NameObject("/Type"): NameObject("/StructElem"),
                NameObject("/S"): NameObject("/Form"),
                NameObject("/P"): top_ref,
                NameObject("/K"): DictionaryObject({
                    NameObject("/Type"): NameObject("/OBJR"),
                    NameObject("/Obj"): ref,
                    NameObject("/Pg"): page_ref,
                }),
            }))
            doc_kids.append(form_ref)
            nums.extend([NumberObject(key), form_ref])
            key += 1
            if "/Annots" in page:
                up.part(page, "/Annots").append(ref)
            else:
                page[NameObject("/Annots")] = ArrayObject([ref])
            page[NameObject("/Tabs")] = NameObject("/S")
            fields.append(ref)
        tree[NameObject("/ParentTreeNextKey")] = NumberObject(key)
        root[NameObject("/AcroForm")] = up.add(DictionaryObject({
            NameObject("/Fields"): fields,
            NameObject("/SigFlags"): NumberObject(SIG_FLAGS_SIGNATURES_EXIST),
        }))
    if info:
        meta = up.dirty(trailer.raw_get("/Info"))
        for k, v in info.items():
            meta[NameObject(k)] = TextStringObject(v)
    return up.write(pdf)
