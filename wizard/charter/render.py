"""``render``: plan + content → :class:`~wizard.charter.facts.CharterFacts` → the Typst
template ``charter.typ`` → a tagged PDF/UA-1 + PDF/A-3a charter with the plan inside.

Typst typesets the facts (passed as JSON, never as markup) and attaches ``plan.yaml``
as the PDF/A-3 associated file (relationship Source), in one compile (the template itself
re-spaces a table whose last row would stand alone on a page). Then one incremental
update after Typst's file (:func:`wizard.charter.fields.append_signature_fields`, which
parses only the objects it changes) adds an empty certificate-signature field over each
signature box (tagged as a ``/Form`` structure element) and the charter's own metadata
keys (fingerprint, revision, plan id, status, version, the boxes). The creation date is
the plan's ``metadata.modified`` and nothing reads a clock or a random source, so the
same plan always gives the same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from wizard import __version__, signing, storage
from wizard.charter import embed
from wizard.charter.boxes import SignatureBox
from wizard.charter.facts import CharterFacts, charter_facts
from wizard.content import Content, default_content
from wizard.plan import ProgramPlan
from wizard.readiness import Status, charter_status

TEMPLATE = "charter"
WATERMARK = "DRAFT"
BOX_W, BOX_H = 178.0, 54.0
"""The signature box drawn by charter.typ (``sig-w`` × ``sig-h``), in pt."""
PAGE_H = 792.0


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    pages: int
    status: Status
    fingerprint: str
    signature_boxes: tuple[SignatureBox, ...]
    """Where each signatory's digital-signature stamp goes (page index, rectangle in points)."""
    facts: CharterFacts | None = None


def creator() -> str:
    return f"coresponse {__version__}"


def facts_for(plan: ProgramPlan, content: Content | None = None, *, draft: bool = False) -> CharterFacts:
    """The charter's facts (what the PDF and the Word copy print)."""
    content = content or default_content()
    fp = signing.fingerprint(plan)
    return charter_facts(plan, content, charter_status(plan, content, draft=draft), fp)


def _boxes(found: Sequence[dict[str, Any]]) -> tuple[SignatureBox, ...]:
    out = []
    for b in found:
        x, y = float(b["x"]), float(b["y"])
        out.append(SignatureBox(index=int(b["index"]), role=str(b["role"]), name=str(b["name"]),
                                field_name=str(b["field"]), page_index=int(b["page"]) - 1,
                                rect=(round(x, 2), round(PAGE_H - y - BOX_H, 2), round(x + BOX_W, 2),
                                      round(PAGE_H - y, 2))))
    return tuple(out)


SHORT_TABLE = 6
"""Rows: a table this short is kept on one page (charter.typ's ``short-table``); it splits only
when it is too tall for any page, its rows then so tall that one alone on a page is not stranded."""


def stranded(rows: Sequence[dict[str, Any]]) -> list[str]:
    """The long tables whose last page holds a single row (the table having begun on an earlier page)."""
    out = []
    for t in dict.fromkeys(r["table"] for r in rows):
        pages = [r["page"] for r in rows if r["table"] == t]
        if len(pages) > SHORT_TABLE and pages[-1] != pages[-2] and pages.count(pages[-1]) == 1:
            out.append(t)
    return out


def table_rows(found: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """``{"table", "page"}`` for each row of each table, in document order, from the template's
    ``<tbl-rows>`` reports (one per table: its id and the page of each of its rows)."""
    return [{"table": t["table"], "page": int(page)} for t in found for page in t["pages"]]


def _tables(data: dict[str, Any]) -> list[dict[str, Any]]:
    blocks = [b for s in [data["summary"], *data["sections"], data["appendix"]] for b in s["blocks"]]
    return [b for b in blocks if b.get("kind") == "table"]


def mark_tables(data: dict[str, Any]) -> None:
    """Tell charter.typ which tables to watch: a long table gets an ``id`` (its rows report their
    pages, so one that would leave its last row alone is re-spaced); a short one that surely
    fits on a page gets ``fits`` (the template need not measure it; :mod:`wizard.charter.tablefit`)."""
    from wizard.charter.tablefit import surely_fits

    for i, t in enumerate(_tables(data)):
        if len(t["rows"]) > SHORT_TABLE:
            t["id"] = f"t{i}"
        elif surely_fits(t):
            t["fits"] = True


def render(plan: ProgramPlan, content: Content | None = None, *, draft: bool = False) -> RenderResult:
    """Render the charter and report its page count, status and signature boxes."""
    from wizard.charter.fields import append_signature_fields
    from wizard.typeset import Attachment, DocumentMeta, typeset_with_warnings

    content = content or default_content()
    fp = signing.fingerprint(plan)
    status = charter_status(plan, content, draft=draft)
    facts = charter_facts(plan, content, status, fp)
    data = facts.as_json()
    mark_tables(data)
    meta = DocumentMeta(title=facts.title, author=facts.meta["author"], description=facts.meta["subject"],
                        keywords=tuple(facts.meta["keywords"]), when=plan.metadata.modified)
    plan_yaml = storage.dumps(plan).encode("utf-8")
    from wizard.i18n import t

    attachments = [Attachment(embed.PLAN_ATTACHMENT, plan_yaml, mime="application/yaml",
                              description=t("The co-response program plan this charter was rendered from "
                                            "(coresponse extract)"), relationship="source")]
    watermark = None if status.final else status.label  # WATERMARK, said as the status is

    def compile_once() -> Any:
        return typeset_with_warnings(TEMPLATE, data, meta, attachments=attachments, watermark=watermark,
                                     labels=["sig-box", "tbl-rows"])

    # a table whose last page would hold one row alone gets tighter rows, then looser ones:
    # charter.typ decides that inside the one compile (its layout passes read back where each
    # row fell); should one still be stranded, the spacing is set here for another compile
    result = compile_once()
    by_id = {t["id"]: t for t in _tables(data) if "id" in t}
    for option in ("tight", "loose"):
        todo = stranded(table_rows(result.found["tbl-rows"]))
        if not todo:
            break
        for tid in todo:
            by_id[tid]["spacing"] = option
        result = compile_once()
    boxes = _boxes(result.found["sig-box"])
    custom = {
        embed.KEY_FINGERPRINT: fp,
        embed.KEY_REVISION: str(plan.metadata.revision),
        embed.KEY_PLAN_ID: plan.metadata.plan_id,
        embed.KEY_STATUS: status.code,
        embed.KEY_VERSION: __version__,
        embed.KEY_SIGNATURE_BOXES: json.dumps([b.as_dict() for b in boxes], separators=(",", ":"),
                                              ensure_ascii=True),
    }
    # one incremental update: Typst's file stays byte for byte, the fields and keys follow it
    pdf, pages = append_signature_fields(result.pdf, boxes, custom)
    return RenderResult(pdf=pdf, pages=pages, status=status, fingerprint=fp, signature_boxes=boxes,
                        facts=facts)


def render_charter(plan: ProgramPlan, content: Content | None = None, *, draft: bool = False) -> bytes:
    """The charter PDF for ``plan``: deterministic bytes with ``plan.yaml`` embedded."""
    return render(plan, content, draft=draft).pdf


def signature_boxes(plan: ProgramPlan, content: Content | None = None, *,
                    draft: bool = False) -> tuple[SignatureBox, ...]:
    """Recompute where each signatory's digital-signature box is (same as the exported PDF's)."""
    return render(plan, content, draft=draft).signature_boxes
