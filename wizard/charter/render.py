"""``render_charter``: plan + content → story of flowables → PDF bytes with the plan inside."""

from __future__ import annotations

import io
from dataclasses import dataclass

import pypdf
import reportlab

from wizard import __version__, signing, storage
from wizard.charter import embed
from wizard.charter import styles as st
from wizard.charter.document import CharterDoc, PageInfo
from wizard.charter.flowables import PageCounter, SignatureBox
from wizard.charter.fonts import FAMILY, register_fonts
from wizard.charter.graphics import fit
from wizard.charter.linebreaks import install as memoize_line_breaks
from wizard.charter.sections import Status, StoryBuilder, charter_status
from wizard.charter.text import clean
from wizard.content import Content, default_content
from wizard.plan import ProgramPlan

memoize_line_breaks()


@dataclass(frozen=True)
class RenderResult:
    pdf: bytes
    pages: int
    status: Status
    fingerprint: str
    signature_boxes: tuple[SignatureBox, ...]
    """Where each signatory's digital-signature stamp goes (page index, rectangle in points)."""


def creator() -> str:
    return f"coresponse {__version__}"


def render(plan: ProgramPlan, content: Content | None = None, *, draft: bool = False) -> RenderResult:
    """Render the charter and report its page count, status and signature boxes."""
    content = content or default_content()
    register_fonts()
    fp = signing.fingerprint(plan)
    status = charter_status(plan, content, draft=draft)
    agency = clean(plan.agency.name).strip()
    program = clean(plan.metadata.program_name).strip() or "Co-response program"
    partners = [clean(p.name).strip() for p in plan.agency.partners if clean(p.name).strip()]
    title = f"{program} — Program charter"
    running = fit(program + (f"  ·  {agency}" if agency else ""), FAMILY, 7.5, st.FRAME_W * 0.72)
    keywords = ", ".join(["co-response", "program charter", "behavioral health", "crisis response",
                          *(str(m) for m in plan.program_model.all_models)])
    metadata = {
        "Title": title,
        "Author": "; ".join([agency, *partners[:1]]) if agency or partners else "coresponse",
        "Subject": f"Co-response program charter, revision {plan.metadata.revision} ({status.label})",
        "Keywords": keywords,
        "Creator": creator(),
        "Producer": f"{creator()} (reportlab {reportlab.Version}, pypdf {pypdf.__version__})",
    }
    info = PageInfo(running_title=running, revision=plan.metadata.revision,
                    short_fingerprint=signing.short(fp), status=status.label,
                    watermark=not status.final, title=title, author=metadata["Author"],
                    subject=metadata["Subject"], keywords=keywords, creator=creator())
    buf = io.BytesIO()
    doc = CharterDoc(buf, info)
    builder = StoryBuilder(plan, content, status, fp, doc.signature_boxes, PageCounter(doc))
    story = builder.build()
    doc.multiBuild(story, maxPasses=8)
    boxes = tuple(doc.signature_boxes)
    custom = {
        embed.KEY_FINGERPRINT: fp,
        embed.KEY_REVISION: str(plan.metadata.revision),
        embed.KEY_PLAN_ID: plan.metadata.plan_id,
        embed.KEY_STATUS: status.label,
        embed.KEY_VERSION: __version__,
    }
    pdf = embed.finish(buf.getvalue(), plan_yaml=storage.dumps(plan), when=plan.metadata.modified,
                       metadata=metadata, custom=custom, boxes=boxes)
    return RenderResult(pdf=pdf, pages=doc.page, status=status, fingerprint=fp, signature_boxes=boxes)


def render_charter(plan: ProgramPlan, content: Content | None = None, *, draft: bool = False) -> bytes:
    """The charter PDF for ``plan``: deterministic bytes with ``plan.yaml`` embedded."""
    return render(plan, content, draft=draft).pdf


def signature_boxes(plan: ProgramPlan, content: Content | None = None, *,
                    draft: bool = False) -> tuple[SignatureBox, ...]:
    """Recompute where each signatory's digital-signature box is (same as the exported PDF's)."""
    return render(plan, content, draft=draft).signature_boxes
