"""Typesetting: a Typst template in ``resources/templates`` fed its facts as JSON → tagged PDF.

The one renderer for the handouts (and, next, the charter). User text never becomes
markup: everything a template prints arrives as data through ``sys.inputs`` — the
facts as one JSON string read with ``json(bytes(sys.inputs.facts))``, the document's
metadata as ``sys.inputs.meta``, attachments and the watermark likewise — so a plan
named ``*Riverton* #1 <b>`` prints exactly that.

Every PDF is PDF/UA-1 and PDF/A-3a at once (tagged, XMP with both claims, ``/Lang``,
the title shown as the window title, bookmarks from headings, page furniture as
artifacts), set in the bundled DejaVu Sans only (system fonts are ignored, so the
output is the same on every machine), and deterministic: the creation date is passed
in, so the same facts always give the same bytes.

Charts stay reportlab graphics: :func:`drawing_svg` turns a ``Drawing`` into SVG text
that a template places with ``image(bytes(fig.svg), format: "svg", alt: fig.alt)``.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import re
import shutil
import tempfile
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any

PDF_STANDARDS = ("ua-1", "a-3a")
"""What every PDF claims (and Typst enforces while exporting)."""
RELATIONSHIPS = ("source", "data", "alternative", "supplement", "unspecified")
"""AFRelationship values Typst's ``pdf.attach`` accepts (PDF/A-3 associated files)."""
FAMILY = "DejaVu Sans"
FIXED_DATE = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
"""The creation date of documents that depend on no dated input (the blank worksheet)."""

_lock = threading.Lock()


class TypesetError(RuntimeError):
    """A template failed to compile: names the template and Typst's first diagnostic."""


@dataclass(frozen=True)
class Attachment:
    """A file carried inside the PDF as a PDF/A-3 associated file (``/AF``)."""

    name: str
    data: bytes
    mime: str = "application/octet-stream"
    description: str = ""
    """Required: PDF/A-3 wants every associated file described."""
    relationship: str = "source"

    def __post_init__(self) -> None:
        if self.relationship not in RELATIONSHIPS:
            raise ValueError(f"attachment {self.name}: relationship must be one of {', '.join(RELATIONSHIPS)}")
        if not self.name or "/" in self.name or "\\" in self.name:
            raise ValueError(f"attachment name {self.name!r}: a plain file name is needed")
        if not self.description.strip():
            raise ValueError(f"attachment {self.name}: a description is needed (PDF/A-3 requires one)")

    def as_input(self) -> dict[str, Any]:
        """JSON for the template: UTF-8 text as a string, anything else as byte values
        (Typst's ``bytes()`` takes both, and has no base64 decoder)."""
        out: dict[str, Any] = {"name": self.name, "mime": self.mime, "description": self.description,
                               "relationship": self.relationship}
        try:
            out["text"] = self.data.decode("utf-8")
        except UnicodeDecodeError:
            out["bytes"] = list(self.data)
        return out


def _language() -> str:
    from wizard import i18n

    return i18n.language()


def _template_words(lang: str) -> dict[str, str]:
    """The words a template's ``tr("…")`` finds, in the document's language (lib.typ)."""
    from wizard import i18n

    return i18n.messages(i18n.check(lang))


@dataclass(frozen=True)
class DocumentMeta:
    """What the PDF says about itself (Info dictionary and XMP, written by Typst)."""

    title: str
    author: str = "coresponse"
    description: str = ""
    keywords: Sequence[str] = ()
    lang: str = field(default_factory=lambda: _language())
    """The text's language ('en', 'es'): Typst's ``text(lang:)``, hence the PDF's /Lang (with
    ``region``) and its hyphenation; by default the program's current language (wizard.i18n)."""
    region: str = "US"
    when: dt.datetime = FIXED_DATE
    """Creation and modification date; the only clock the PDF sees."""

    def as_input(self) -> dict[str, Any]:
        return {"title": self.title, "author": [self.author], "description": self.description,
                "keywords": list(self.keywords), "lang": self.lang, "region": self.region}


@dataclass(frozen=True)
class Result:
    pdf: bytes
    warnings: tuple[str, ...] = field(default=())
    found: Mapping[str, list[Any]] = field(default_factory=dict)
    """For each label asked for: the values of the ``metadata`` elements carrying it,
    in document order — how a template reports where it put things (signature boxes)."""


def templates_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("templates")))


def fonts_dir() -> Path:
    return Path(str(resources.files("resources").joinpath("fonts")))


@functools.cache
def _fonts() -> Any:
    import typst

    # only the bundled family: no system fonts, not even Typst's embedded ones
    return typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[str(fonts_dir())])


MISSING_GLYPH = "\ufffd"
"""What prints for a character the bundled fonts cannot draw (PDF/A forbids a missing glyph)."""


FONT_FACTS = "derived.json"
"""In ``resources/fonts``: what the export needs to know about the bundled fonts, worked out
from them once (:func:`derive_font_facts`) — which characters every face can draw, and the
DRAFT watermark as outlines — so an export does not load fontTools and parse four fonts.
Used only while the fonts' identities (size and checksum) match the ones recorded with it; regenerate it
with ``uv run python -m wizard.typeset`` after changing a font."""
PRECOMPUTED_WATERMARKS = ("DRAFT", "BORRADOR")
"""The status words a DRAFT prints across its pages, in every language the program ships (a
word not listed here is drawn from the fonts at export time, which loads fontTools)."""


def _font_digests() -> dict[str, str]:
    """Each bundled font's identity: its size and the whole-file checksum every TrueType
    font records in its ``head`` table (``checkSumAdjustment``), read from the table
    directory at the front of the file — any change to the font changes it, and reading
    it costs nothing next to hashing 2.7 MB of fonts at every export."""
    import struct

    out = {}
    for f in sorted(fonts_dir().glob("*.ttf")):
        with f.open("rb") as fh:
            front = fh.read(12 + 16 * 64)
            tables = struct.unpack(">H", front[4:6])[0]
            entries = {front[12 + 16 * i:16 + 16 * i]: struct.unpack(">III", front[16 + 16 * i:28 + 16 * i])
                       for i in range(min(tables, 64))}
            if b"head" not in entries:
                out[f.name] = f"{f.stat().st_size}:no-head"
                continue
            fh.seek(entries[b"head"][1] + 8)
            (adjustment,) = struct.unpack(">I", fh.read(4))
        out[f.name] = f"{f.stat().st_size}:{adjustment:08x}"
    return out


def _drawable_ranges() -> list[tuple[int, int]]:
    """The code points every bundled face can draw (text may be set in any of them), plus
    the white space a template breaks lines at, as sorted inclusive ranges."""
    from fontTools.ttLib import TTFont

    sets = [set(TTFont(str(f), lazy=True).getBestCmap()) for f in sorted(fonts_dir().glob("*.ttf"))]
    ok = sorted(set.intersection(*sets) | set(map(ord, "\n\r\t ")))
    ranges, start, prev = [], ok[0], ok[0]
    for cp in ok[1:]:
        if cp != prev + 1:
            ranges.append((start, prev))
            start = cp
        prev = cp
    ranges.append((start, prev))
    return ranges


MEASURED_FACES = {"DejaVuSans": "DejaVuSans.ttf", "DejaVuSans-Bold": "DejaVuSans-Bold.ttf"}
"""The faces whose advance widths :data:`FONT_FACTS` records (``advances``): the ones the
charts set their labels in, and the widest of the faces a table's text is set in."""


def _advance_runs(file: str) -> dict[str, Any]:
    """One face's advance widths in font units, as reportlab reads them (every character the
    cmap maps, the width of its glyph in ``hmtx``; no-break space as wide as space): ``upem``,
    ``default`` (glyph 0, for a character the face lacks) and ``runs`` — ``[first, last,
    width]`` for each stretch of consecutive code points of one width."""
    from fontTools.ttLib import TTFont

    font = TTFont(str(fonts_dir() / file), lazy=True)
    hmtx = font["hmtx"]
    order = font.getGlyphOrder()
    widths = {cp: hmtx[name][0] for cp, name in font.getBestCmap().items()}
    if 0x20 in widths:
        widths[0xA0] = widths[0x20]
    runs: list[list[int]] = []
    for cp in sorted(widths):
        if runs and runs[-1][1] == cp - 1 and runs[-1][2] == widths[cp]:
            runs[-1][1] = cp
        else:
            runs.append([cp, cp, widths[cp]])
    return {"upem": font["head"].unitsPerEm, "default": hmtx[order[0]][0], "runs": runs}


def _advances() -> dict[str, Any]:
    return {face: _advance_runs(file) for face, file in MEASURED_FACES.items()}


def derive_font_facts() -> dict[str, Any]:
    """What :data:`FONT_FACTS` holds, worked out from the bundled fonts (slow: fontTools)."""
    return {"fonts": _font_digests(), "drawable": [list(r) for r in _drawable_ranges()],
            "advances": _advances(), "watermarks": {t: _outline_svg(t) for t in PRECOMPUTED_WATERMARKS}}


@functools.cache
def advance_widths() -> dict[str, Any]:
    """The :data:`MEASURED_FACES`' advance widths (``advances`` in :data:`FONT_FACTS`, or, the
    fonts having changed since it was written, worked out from the fonts now)."""
    known = _font_facts()
    return known["advances"] if known else _advances()


def write_font_facts() -> Path:
    facts = derive_font_facts()
    ranges = ",\n  ".join(json.dumps(r) for r in facts["drawable"])  # one range a line
    advances = {face: {**a, "runs": "@" + face} for face, a in facts["advances"].items()}
    text = json.dumps({**facts, "drawable": "@", "advances": advances}, indent=1, sort_keys=True,
                      ensure_ascii=False)
    text = text.replace('"@"', f"[\n  {ranges}\n ]")
    for face, a in facts["advances"].items():  # eight runs a line
        rows = [", ".join(json.dumps(r) for r in a["runs"][i:i + 8]) for i in range(0, len(a["runs"]), 8)]
        text = text.replace(f'"@{face}"', "[\n    " + ",\n    ".join(rows) + "\n   ]")
    path = fonts_dir() / FONT_FACTS
    path.write_text(text + "\n", encoding="utf-8")
    return path


@functools.cache
def _font_facts() -> dict[str, Any] | None:
    """:data:`FONT_FACTS` when it was derived from the fonts bundled now, else ``None``."""
    try:
        facts = json.loads((fonts_dir() / FONT_FACTS).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return facts if isinstance(facts, dict) and facts.get("fonts") == _font_digests() else None


@functools.cache
def _undrawable() -> re.Pattern[str]:
    """A character no bundled face can draw, as a regex."""
    known = _font_facts()
    ranges = [(int(a), int(b)) for a, b in known["drawable"]] if known else _drawable_ranges()
    body = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}" for a, b in ranges)
    return re.compile(f"[^{body}]")


def printable(value: Any) -> Any:
    """``value`` (strings, lists and dicts of them) with each character no bundled font can
    draw — an emoji, a script DejaVu lacks — replaced by U+FFFD, so the document compiles
    and says something is there; the plan attached to the PDF keeps every character."""
    if isinstance(value, str):
        return _undrawable().sub(MISSING_GLYPH, value)
    if isinstance(value, list):
        return value if value and isinstance(value[0], int) else [printable(v) for v in value]
    if isinstance(value, tuple):
        return [printable(v) for v in value]
    if isinstance(value, dict):
        return {k: printable(v) for k, v in value.items()}
    return value


def _timestamp(when: dt.datetime) -> dt.datetime:
    when = when if when.tzinfo is not None else when.replace(tzinfo=dt.UTC)
    return when.astimezone(dt.UTC).replace(microsecond=0)


def compile_inputs(facts: Mapping[str, Any], meta: DocumentMeta, *, attachments: Sequence[Attachment] = (),
                   watermark: str | None = None) -> dict[str, str]:
    """What a template reads from ``sys.inputs``: every value as JSON text (or SVG), none as markup."""
    return {
        "facts": json.dumps(printable(facts), ensure_ascii=False, separators=(",", ":")),
        "meta": json.dumps(meta.as_input(), ensure_ascii=False, separators=(",", ":")),
        "attachments": json.dumps([a.as_input() for a in attachments], ensure_ascii=False, separators=(",", ":")),
        "watermark": watermark_svg(watermark) if watermark else "",
        "words": json.dumps(_template_words(meta.lang), ensure_ascii=False, separators=(",", ":")),
    }


def typeset_with_warnings(template: str, facts: Mapping[str, Any], meta: DocumentMeta, *,
                          attachments: Sequence[Attachment] = (), watermark: str | None = None,
                          source: str | None = None, labels: Sequence[str] = ()) -> Result:
    """Compile ``resources/templates/<template>.typ`` with ``facts`` → PDF bytes and Typst's warnings.

    ``source`` compiles that Typst text instead, as if it were the file ``<template>.typ``
    beside the others (it can ``#import "lib.typ"``): for tests and one-off documents.
    ``labels`` are queried after the compile (``#metadata(value) <label>``), from the
    same layout: e.g. ``#context [#metadata((page: here().page(), ..)) <sig-box>]``.
    """
    import typst

    path = templates_dir() / f"{template}.typ"
    if source is None and not path.is_file():
        raise TypesetError(f"{path}: no such template")
    names = [a.name for a in attachments]
    if len(set(names)) != len(names):
        raise ValueError(f"attachments: a name is used twice ({', '.join(names)})")
    inputs = compile_inputs(facts, meta, attachments=attachments, watermark=watermark)
    with _lock, tempfile.TemporaryDirectory(prefix="coresponse-typst-") as tmp:
        root = templates_dir()
        main = path
        if source is not None:  # beside copies of the templates, so it can import them
            root = Path(tmp)
            for f in templates_dir().glob("*.typ"):
                shutil.copyfile(f, root / f.name)
            main = root / f"{template}.typ"
            main.write_text(source, encoding="utf-8")
        try:  # one compiler at a time: the window renders on a worker thread
            compiler = typst.Compiler(str(main), root=str(root), font_paths=_fonts(), ignore_system_fonts=True,
                                      sys_inputs=inputs)
            pdf, warnings = compiler.compile_with_warnings(
                format="pdf", pdf_standards=list(PDF_STANDARDS), timestamp=_timestamp(meta.when))
            found = {label: json.loads(compiler.query(f"<{label}>", field="value", format="json"))
                     for label in labels}
        except typst.TypstError as exc:
            trace = [t for t in (getattr(exc, "trace", None) or []) if t]
            hints = [h for h in (getattr(exc, "hints", None) or []) if h]
            extra = "; ".join([*trace[:1], *hints[:1]])
            raise TypesetError(f"{path}: {exc.message}" + (f" ({extra})" if extra else "")) from None
    assert isinstance(pdf, bytes)
    return Result(pdf, tuple(str(getattr(w, "message", w)) for w in warnings), found)


def typeset(template: str, facts: Mapping[str, Any], meta: DocumentMeta, *,
            attachments: Sequence[Attachment] = (), watermark: str | None = None,
            source: str | None = None) -> bytes:
    """Compile a template with its facts into a PDF/UA-1 + PDF/A-3a file."""
    return typeset_with_warnings(template, facts, meta, attachments=attachments, watermark=watermark,
                                 source=source).pdf


# --- the DRAFT watermark --------------------------------------------------------------------------------------


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@functools.cache
def watermark_svg(text: str) -> str:
    """``text`` in DejaVu Sans Bold as outlines (paths, no glyphs) in a pale grey SVG.

    Placed in the page background it is an artifact; being outlines it is also not
    text at all, so no extractor — tag-aware or not — finds its letters between the
    words of the page. DRAFT comes ready-made from :data:`FONT_FACTS`.
    """
    known = _font_facts()
    if known and text in known.get("watermarks", {}):
        return str(known["watermarks"][text])
    return _outline_svg(text)


def _outline_svg(text: str) -> str:
    from fontTools.pens.svgPathPen import SVGPathPen
    from fontTools.pens.transformPen import TransformPen
    from fontTools.ttLib import TTFont

    font = TTFont(str(fonts_dir() / "DejaVuSans-Bold.ttf"))
    glyphs = font.getGlyphSet()
    cmap = font.getBestCmap()
    upem = font["head"].unitsPerEm
    ascent = font["hhea"].ascent
    pen = SVGPathPen(glyphs)
    x = 0.0
    for ch in text:
        name = cmap.get(ord(ch), ".notdef")
        # flip y (fonts go up, SVG goes down) and advance along the baseline
        glyphs[name].draw(TransformPen(pen, (1, 0, 0, -1, x, ascent)))
        x += glyphs[name].width
    height = ascent - font["hhea"].descent
    path = pen.getCommands()
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {x:.0f} {height}" '
            f'width="{x / upem * 100:.1f}pt" height="{height / upem * 100:.1f}pt">'
            f'<title>{_xml_escape(text)}</title>'
            f'<path d="{path}" fill="#1F3A5F" fill-opacity="0.07"/></svg>')


if __name__ == "__main__":  # uv run python -m wizard.typeset: regenerate resources/fonts/derived.json
    print(f"wrote {write_font_facts()}")
