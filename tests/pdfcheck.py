"""Machine checks of an accessible, archival PDF (PDF/UA-1 + PDF/A-3a), for the tests.

What a machine can decide is checked here: the ``pdfua`` checker's subset of PDF/UA-1
(structure tree, marked content, artifacts, /Lang, title, figure alt text, table
headers, annotations, XMP identification) with 0 errors and 0 warnings, and with pypdf:
``Tagged: yes`` (/MarkInfo /Marked true), the XMP claims ``pdfuaid:part 1`` and
``pdfaid:part 3`` (conformance A), /Lang, /ViewerPreferences /DisplayDocTitle, the
bookmarks, the attachments with their /AFRelationship, that the smallest real (not
artifact) text is large enough, and that a DRAFT watermark's letters are not in the
extracted text. Whether the reading order makes sense, the alt text says the right
thing and the headers fit their cells needs a person with a screen reader.
"""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.generic import ContentStream


def _as_integer(value: object) -> int | None:
    """pdfua 0.1.3's ``as_integer`` probes ``getattr(value, "is_integer")``; on a pikepdf
    Array that raises ValueError (not AttributeError), so UA-14-001 (empty headings)
    is skipped for every heading whose /K is an array — i.e. every Typst heading.
    This is the same predicate, with that case answered (an array is not a number)."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return int(value)
    try:
        numeric = getattr(value, "is_integer", False) is True
    except ValueError:
        return None
    return int(value) if numeric else None  # type: ignore[call-overload]


@dataclass(frozen=True)
class UaResult:
    errors: tuple[str, ...]
    warnings: tuple[str, ...]
    skipped: tuple[str, ...]
    rules: str
    """'16 of 106 PDF/UA-1 rules (15%) across 12 implemented checks'."""

    def lines(self) -> list[str]:
        return ([f"pdfua: {self.rules}", f"errors={len(self.errors)} warnings={len(self.warnings)} "
                 f"skipped={len(self.skipped)}"] + [f"  {x}" for x in (*self.errors, *self.warnings, *self.skipped)])


def pdfua_check(pdf: bytes) -> UaResult:
    import pdfua
    from pdfua.rules import structure

    structure.as_integer = _as_integer  # see _as_integer
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "check.pdf"
        path.write_bytes(pdf)
        report = pdfua.validate(str(path))
    def fmt(f) -> str:
        return f"{f.rule_id} {f.severity.name}: {f.message} ({f.location.describe()})"
    errors = tuple(fmt(f) for f in report.findings if f.severity is pdfua.Severity.ERROR)
    warnings = tuple(fmt(f) for f in report.findings if f.severity is not pdfua.Severity.ERROR)
    skipped = tuple(f"{o.rule_id} skipped: {o.skipped_reason}" for o in report.skipped)
    return UaResult(errors, warnings, skipped, pdfua.coverage().summary())


def xmp(pdf: bytes) -> str:
    root = PdfReader(io.BytesIO(pdf)).trailer["/Root"]
    return root["/Metadata"].get_object().get_data().decode("utf-8")


def _xmp_value(packet: str, name: str) -> str | None:
    """``<pdfaid:part>3</pdfaid:part>`` or ``pdfaid:part="3"`` (both forms are valid XMP)."""
    m = re.search(rf"<{name}>([^<]*)</{name}>", packet) or re.search(rf'{name}="([^"]*)"', packet)
    return m.group(1) if m else None


def attachments(pdf: bytes) -> dict[str, tuple[str, bytes]]:
    """name → (/AFRelationship, data) of each associated file listed in the catalog's /AF
    that is also in the /EmbeddedFiles name tree (what readers show as attachments)."""
    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    embedded = {a.name: a.content for a in reader.attachment_list}
    out: dict[str, tuple[str, bytes]] = {}
    for ref in root.get("/AF", []):
        spec = ref.get_object()
        name = str(spec.get("/UF") or spec.get("/F"))
        assert name in embedded, f"{name} is an associated file but not in the EmbeddedFiles name tree"
        out[name] = (str(spec.get("/AFRelationship", "")), embedded[name])
    return out


def _artifact_free_runs(page) -> Iterator[tuple[float, str]]:
    """(font size in pt, text) of each text-showing operation outside /Artifact marked content."""
    content = ContentStream(page.get_contents(), page.pdf) if page.get_contents() is not None else None
    if content is None:
        return
    stack: list[bool] = []  # True where an enclosing sequence is an artifact
    size = 0.0
    scale = 1.0
    for operands, op in content.operations:
        if op in (b"BDC", b"BMC"):
            stack.append(bool(stack and stack[-1]) or str(operands[0]) == "/Artifact")
        elif op == b"EMC":
            if stack:
                stack.pop()
        elif op == b"Tf":
            size = float(operands[1])
        elif op == b"Tm":
            a, b = float(operands[0]), float(operands[1])
            scale = (a * a + b * b) ** 0.5
        elif op in (b"Tj", b"TJ", b"'", b'"') and not (stack and stack[-1]):
            arg = operands[-1]
            text = "".join(x for x in arg if isinstance(x, str)) if isinstance(arg, list) else str(arg)
            yield size * scale, text


def smallest_text(pdf: bytes) -> float:
    """The smallest font size of real (tagged, not artifact) text in the PDF, in pt."""
    reader = PdfReader(io.BytesIO(pdf))
    sizes = [s for page in reader.pages for s, _t in _artifact_free_runs(page)]
    return min(sizes) if sizes else 0.0


def form_fields(pdf: bytes) -> list[str]:
    """Names (/T) of the widgets that are tagged: reached from a /Form structure element
    through an object reference, with a /StructParent that leads back to that element."""
    reader = PdfReader(io.BytesIO(pdf))
    tree = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    nums = tree["/ParentTree"].get_object()["/Nums"]
    parents = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
    out = []
    todo = [tree]
    while todo:
        node = todo.pop()
        node = node.get_object() if hasattr(node, "get_object") else node
        if not isinstance(node, dict):
            continue
        k = node.get("/K")
        if node.get("/S") == "/Form" and isinstance(k, dict) and k.get("/Type") == "/OBJR":
            widget = k["/Obj"].get_object()
            back = parents.get(int(widget.get("/StructParent", -1)))
            if back is not None and back.get_object() is node:
                out.append(str(widget.get("/T")))
        todo += k if isinstance(k, list) else ([k] if k is not None else [])
    return out


def page_text(pdf: bytes, index: int = 0) -> str:
    return PdfReader(io.BytesIO(pdf)).pages[index].extract_text() or ""


def assert_accessible(pdf: bytes, *, title: str, lang: str = "en-US",
                      attached: dict[str, str] | None = None, min_text_pt: float = 9.0) -> UaResult:
    """Every machine check above; returns the pdfua result (for reports)."""
    ua = pdfua_check(pdf)
    assert not ua.errors, "\n".join(ua.lines())
    assert not ua.warnings, "\n".join(ua.lines())
    assert not ua.skipped, "\n".join(ua.lines())

    reader = PdfReader(io.BytesIO(pdf))
    root = reader.trailer["/Root"]
    assert "/StructTreeRoot" in root, "no structure tree"
    assert root["/MarkInfo"]["/Marked"] is True or bool(root["/MarkInfo"]["/Marked"]), "Tagged: no"
    assert str(root.get("/Lang")) == lang, root.get("/Lang")
    assert bool(root["/ViewerPreferences"]["/DisplayDocTitle"]), "the window shows the file name, not the title"
    assert reader.metadata.title == title, reader.metadata.title
    assert reader.outline, "no bookmarks"
    packet = xmp(pdf)
    assert _xmp_value(packet, "pdfuaid:part") == "1", "XMP lacks pdfuaid:part 1"
    assert _xmp_value(packet, "pdfaid:part") == "3", "XMP lacks pdfaid:part 3"
    assert _xmp_value(packet, "pdfaid:conformance") == "A", "XMP lacks pdfaid:conformance A"
    assert title in packet, "the title is not in the XMP"
    if attached is not None:
        found = {name: rel for name, (rel, _data) in attachments(pdf).items()}
        assert found == {k: f"/{v[0].upper()}{v[1:]}" for k, v in attached.items()}, found
    smallest = smallest_text(pdf)
    assert smallest >= min_text_pt - 0.01, f"text at {smallest:.2f} pt (at least {min_text_pt} pt)"
    return ua
