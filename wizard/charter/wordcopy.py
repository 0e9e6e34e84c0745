"""The charter as a Word document for counsel to redline (python-docx).

The review copy carries the same words as the PDF: it is written from the same
sections (the shared section format of ``wizard.charter.facts``), never from a second
set of sentences. It has real heading styles (so Word's navigation pane and a screen
reader see the structure), real tables with a repeated header row, the clause text,
the signature page with "approved as to form" lines, and on every page a footer that
says it is a review copy and names the plan's fingerprint — so a redlined copy can
always be traced back to the plan it was made from. It is not the signed charter and
says so; reading a redlined copy back is not supported.
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

from wizard.i18n import t

FONT = "DejaVu Sans"
"""The family the PDF uses; Word falls back to its own sans if it is not installed."""
BODY_PT = 10.5
TABLE_PT = 9.5
GUIDANCE_COLOR = RGBColor(0x1D, 0x5E, 0x62)
MUTED = RGBColor(0x5D, 0x68, 0x72)


def _set_repeat_header(row: Any) -> None:
    """Mark a table row as a header row that repeats on every page (w:tblHeader)."""
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def _page_field(paragraph: Any, instr: str) -> None:
    """A PAGE / NUMPAGES field (Word fills it in)."""
    run = paragraph.add_run()
    for kind, text in (("begin", None), (None, instr), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in str(text).split("\n\n") if p.strip()]


class _Writer:
    def __init__(self, *, title: str, language: str) -> None:
        self.doc = Document()
        core = self.doc.core_properties
        core.title = title
        core.language = language
        core.subject = t("Co-response program charter: review copy")
        styles = self.doc.styles
        normal = styles["Normal"]
        normal.font.name = FONT
        normal.font.size = Pt(BODY_PT)
        for name, size in (("Title", 22), ("Heading 1", 15), ("Heading 2", 12.5), ("Heading 3", 11)):
            st = styles[name]
            st.font.name = FONT
            st.font.size = Pt(size)
        section = self.doc.sections[0]
        section.orientation = WD_ORIENT.PORTRAIT

    # --- furniture --------------------------------------------------------------------

    def footer(self, text: str) -> None:
        for section in self.doc.sections:
            p = section.footer.paragraphs[0]
            p.text = ""
            run = p.add_run(text + "   ·   " + t("page") + " ")
            run.font.size = Pt(8.5)
            _page_field(p, "PAGE")
            p.add_run(" " + t("of") + " ").font.size = Pt(8.5)
            _page_field(p, "NUMPAGES")

    # --- blocks -----------------------------------------------------------------------

    def para(self, text: str, *, style: str | None = None) -> None:
        for chunk in _paragraphs(text) or [""]:
            self.doc.add_paragraph(chunk, style=style)

    def guidance(self, text: str) -> None:
        for i, chunk in enumerate(_paragraphs(text)):
            p = self.doc.add_paragraph()
            if i == 0:
                label = p.add_run(t("Guidance:") + " ")
                label.bold = True
                label.font.color.rgb = GUIDANCE_COLOR
            run = p.add_run(chunk)
            run.italic = True
            run.font.color.rgb = GUIDANCE_COLOR
            p.paragraph_format.left_indent = Pt(14)

    def items(self, items: Iterable[str], *, ordered: bool) -> None:
        style = "List Number" if ordered else "List Bullet"
        for item in items:
            self.doc.add_paragraph(str(item), style=style)

    def clause(self, number: str, title: str, text: str, edited: bool) -> None:
        heading = f"{number}. {title}" if number else title
        self.doc.add_heading(heading, level=3)
        self.para(text)
        if edited:
            p = self.doc.add_paragraph()
            run = p.add_run(t("Wording edited by the parties (the library's default was not used)."))
            run.italic = True
            run.font.size = Pt(8.5)
            run.font.color.rgb = MUTED

    def obligations(self, party: str, items: Sequence[str]) -> None:
        p = self.doc.add_paragraph()
        p.add_run(t("{party} shall:", party=party)).bold = True
        self.items(items, ordered=False)

    def table(self, header: Sequence[str], rows: Sequence[Sequence[str]], caption: str = "") -> None:
        if caption:
            cap = self.doc.add_paragraph(caption, style="Caption")
            cap.paragraph_format.keep_with_next = True
        width = max([len(header)] + [len(r) for r in rows]) if (header or rows) else 1
        table = self.doc.add_table(rows=0, cols=width)
        table.style = "Table Grid"
        table.alignment = WD_TABLE_ALIGNMENT.LEFT
        if header:
            cells = table.add_row().cells
            for i in range(width):
                cells[i].text = str(header[i]) if i < len(header) else ""
                for run in cells[i].paragraphs[0].runs:
                    run.bold = True
            _set_repeat_header(table.rows[0])
        for r in rows:
            cells = table.add_row().cells
            for i in range(width):
                cells[i].text = str(r[i]) if i < len(r) else ""
        for row in table.rows:
            for cell in row.cells:
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(TABLE_PT)
        self.doc.add_paragraph()

    def facts(self, rows: Sequence[Sequence[str]]) -> None:
        table = self.doc.add_table(rows=0, cols=2)
        table.style = "Table Grid"
        for label, value in rows:
            cells = table.add_row().cells
            cells[0].text = str(label)
            cells[1].text = str(value)
            for run in cells[0].paragraphs[0].runs:
                run.bold = True
        self.doc.add_paragraph()

    def figure(self, caption: str, alt: str) -> None:
        # A review copy is for words: the figure's description (written from its data, the
        # same text the PDF carries as alternative text) stands in for the picture.
        p = self.doc.add_paragraph()
        p.add_run(t("Figure") + (": " + caption if caption else "") + ". ").bold = True
        p.add_run(alt)

    def block(self, b: Mapping[str, Any]) -> None:
        kind = b.get("kind")
        if kind == "para":
            self.para(b["text"])
        elif kind == "guidance":
            self.guidance(b["text"])
        elif kind == "subheading":
            self.doc.add_heading(str(b["text"]), level=2)
        elif kind == "list":
            self.items(b.get("items", []), ordered=bool(b.get("ordered")))
        elif kind == "clause":
            self.clause(str(b.get("number", "")), str(b["title"]), str(b.get("text", "")), bool(b.get("edited")))
        elif kind == "obligations":
            self.obligations(str(b["party"]), b.get("items", []))
        elif kind == "table":
            self.table(b.get("header", []), b.get("rows", []), str(b.get("caption", "")))
        elif kind == "facts":
            self.facts(b.get("rows", []))
        elif kind == "figure":
            self.figure(str(b.get("caption", "")), str(b.get("alt", "")))
        else:
            raise ValueError(f"charter section block: unknown kind {kind!r}")

    def section(self, s: Mapping[str, Any]) -> None:
        self.doc.add_heading(str(s["title"]), level=1)
        for b in s.get("blocks", []):
            self.block(b)

    def page_break(self) -> None:
        self.doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    def signature_page(self, signatories: Sequence[Mapping[str, Any]],
                       approvals: Sequence[Mapping[str, Any]], statement: str, title: str) -> None:
        self.page_break()
        self.doc.add_heading(title, level=1)
        if statement:
            self.para(statement)
        for s in signatories:
            self.doc.add_heading(str(s.get("role_label") or s.get("role") or t("Signatory")), level=3)
            rows = [(t("Name"), s.get("name") or ""), (t("Title"), s.get("title") or ""),
                    (t("Organization"), s.get("organization") or ""), (t("Signature"), ""), (t("Date"), "")]
            if s.get("required"):
                rows.insert(0, ("", t("Required signature")))
            self.facts(rows)
        if approvals:
            self.doc.add_heading(t("Approved as to form"), level=2)
            for a in approvals:
                rows = [(t("For"), a.get("party") or ""), (t("Counsel"), a.get("name") or ""),
                        (t("Title"), a.get("title") or ""), (t("Signature"), ""), (t("Date"), "")]
                self.facts(rows)

    def save(self) -> bytes:
        buf = io.BytesIO()
        self.doc.save(buf)
        return buf.getvalue()


def review_copy(*, title: str, subtitle: str, status: str, fingerprint: str,
                sections: Sequence[Mapping[str, Any]], signatories: Sequence[Mapping[str, Any]] = (),
                approvals: Sequence[Mapping[str, Any]] = (), signature_statement: str = "",
                signature_title: str = "Signatures", after: Sequence[Mapping[str, Any]] = (),
                cover_rows: Sequence[Sequence[str]] = (), language: str = "en-US") -> bytes:
    """The .docx bytes: cover, every section in order, the signature page, the sections
    that follow it (``after``), the footer."""
    w = _Writer(title=title, language=language)
    w.doc.add_paragraph(title, style="Title")
    if subtitle:
        sub = w.doc.add_paragraph(subtitle)
        sub.alignment = WD_ALIGN_PARAGRAPH.LEFT
    note = w.doc.add_paragraph()
    run = note.add_run(t("Review copy for counsel — {status}. Not the signed charter: the signed charter is "
                         "the PDF whose plan fingerprint is {fingerprint}.", status=status, fingerprint=fingerprint))
    run.italic = True
    if cover_rows:
        w.facts(cover_rows)
    for s in sections:
        w.section(s)
    w.signature_page(signatories, approvals, signature_statement, signature_title)
    for s in after:
        w.page_break()
        w.section(s)
    w.footer(t("Review copy · {title} · plan fingerprint {fingerprint}", title=title, fingerprint=fingerprint))
    return w.save()


def _summary_section(summary: Mapping[str, Any]) -> dict[str, Any]:
    """The executive summary's tiles and open items as plain blocks (same words as the PDF)."""
    blocks: list[dict[str, Any]] = []
    if summary.get("lead"):
        blocks.append({"kind": "para", "text": summary["lead"]})
    tiles = summary.get("tiles") or []
    if tiles:
        blocks.append({"kind": "facts", "rows": [[t["title"], " — ".join(x for x in (t["figure"], t.get("sub", ""))
                                                                       if x)] for t in tiles]})
    blocks.extend(summary.get("blocks") or [])
    if summary.get("open"):
        blocks.append({"kind": "subheading", "text": summary.get("open_title") or t("Open items")})
        blocks.append({"kind": "list", "ordered": False, "items": [
            o if isinstance(o, str) else o.get("text") or o.get("question") or "" for o in summary["open"]]})
        more = int(summary.get("open_count") or 0) - len(summary["open"])
        if more > 0 and summary.get("open_more"):  # the PDF's "… and {more} more", counted here
            blocks.append({"kind": "para", "text": str(summary["open_more"]).replace("{more}", str(more))})
    return {"id": "summary", "title": summary.get("title") or t("Executive summary"), "blocks": blocks}


def charter_docx(plan: Any, content: Any = None, *, draft: bool = False) -> bytes:
    """The charter of ``plan`` as a Word review copy: the same facts the PDF prints, with
    each agreement clause followed by counsel's guidance on when to change it."""
    from wizard import agreement, signing
    from wizard.charter.render import facts_for
    from wizard.content import default_content

    content = content or default_content()
    facts = facts_for(plan, content, draft=draft).as_json()
    with_guidance = {s["id"]: s for s in agreement.charter_sections(plan, content, guidance=True)}
    # Numbered as the PDF numbers them (summary 1, the sections 2…, the signatures last), so
    # counsel's "section 8.3" means the same thing in both copies.
    body = [_summary_section(facts["summary"]), *(with_guidance.get(s["id"], s) for s in facts["sections"])]
    sections = [{**s, "title": f"{i}  {s['title']}"} for i, s in enumerate(body, start=1)]
    sig = facts["signatures"]
    signatories = [{"role_label": b["role_label"].title(), "name": b["plain_name"], "title": b["detail"],
                    "organization": "", "required": b["required"]} for b in sig["blocks"]]
    approvals = [{"party": c["party"], "name": c["counsel"], "title": ""} for c in sig["counsel"]]
    cover = facts["cover"]
    from wizard import i18n

    lang = str(facts["meta"].get("language") or i18n.bcp47())
    return review_copy(title=facts["title"], subtitle=cover.get("subtitle", ""), status=cover["status"],
                       fingerprint=signing.short(signing.fingerprint(plan)), sections=sections,
                       signatories=signatories, approvals=approvals,
                       signature_statement=" ".join(sig["statement"]),
                       signature_title=f"{len(body) + 1}  {sig['title']}", after=[{**facts["appendix"], "title": "A  " + facts["appendix"]["title"]}],
                       cover_rows=cover["rows"], language=lang)
