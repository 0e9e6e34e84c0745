"""Export and open timings for ``benchmarks/run.py``; prints one JSON object.

Run as a fresh subprocess so the first measurements include what a first use pays
(imports, fonts). Floors, measured in the same process:

- open PDF: pypdf reads the charter's embedded ``plan.yaml`` and PyYAML parses it
  (libyaml's loader when PyYAML has it; nothing validated);
- open YAML: PyYAML parses the plan file (the same loader);
- export: a plain platypus document (paragraphs in one frame, Helvetica) with the
  same number of pages as the charter.

    python benchmarks/export_bench.py PLAN.yaml CHARTER.pdf [--reps N]
"""

from __future__ import annotations

import argparse
import io
import json
import statistics
import sys
import time
from pathlib import Path


def ms_since(t0: float) -> float:
    return (time.perf_counter() - t0) * 1000


def fastest_yaml(text: str | bytes):
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def floor_open_pdf(path: Path) -> float:
    t0 = time.perf_counter()
    import pypdf

    reader = pypdf.PdfReader(str(path))
    raw = reader.attachments["plan.yaml"][0]
    fastest_yaml(raw)
    return ms_since(t0)


def floor_open_yaml(path: Path) -> float:
    t0 = time.perf_counter()
    fastest_yaml(path.read_text(encoding="utf-8"))
    return ms_since(t0)


LOREM = ("A co-response program pairs a behavioral-health clinician with a police officer. "
         "The team answers calls where a person is in crisis, and follows up afterwards. ") * 4


def platypus_doc(paragraphs: int) -> tuple[bytes, int]:
    from reportlab.lib.pagesizes import LETTER
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    styles = getSampleStyleSheet()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(buf, pagesize=LETTER)
    doc.build([Paragraph(f"{i}. {LOREM}", styles["BodyText"]) for i in range(paragraphs)])
    return buf.getvalue(), doc.page


def floor_paragraphs(pages: int) -> int:
    """How many paragraphs make a plain document of exactly ``pages`` pages."""
    lo, hi = 1, 64
    while platypus_doc(hi)[1] < pages:
        hi *= 2
    while lo < hi:  # the fewest paragraphs that reach ``pages``
        mid = (lo + hi) // 2
        if platypus_doc(mid)[1] < pages:
            lo = mid + 1
        else:
            hi = mid
    return lo


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("plan")
    ap.add_argument("charter")
    ap.add_argument("--reps", type=int, default=5)
    args = ap.parse_args()
    plan_path, pdf_path = Path(args.plan), Path(args.charter)
    out: dict[str, object] = {}

    out["floor_open_pdf_ms"] = floor_open_pdf(pdf_path)
    out["floor_open_yaml_ms"] = statistics.median(floor_open_yaml(plan_path) for _ in range(args.reps))

    from wizard import charter, storage
    from wizard.content import default_content

    render = getattr(charter, "render_result", None) or charter.render  # → RenderResult

    content = default_content()
    plan = storage.load_plan(plan_path)
    t0 = time.perf_counter()
    first = render(plan, content)
    out["export_first_s"] = time.perf_counter() - t0
    times = []
    for _ in range(args.reps):
        t0 = time.perf_counter()
        result = render(plan, content)
        times.append(time.perf_counter() - t0)
    out["export_s"] = times
    out["pages"] = result.pages
    assert result.pages == first.pages

    n = floor_paragraphs(result.pages)
    floor = []
    for _ in range(args.reps):
        t0 = time.perf_counter()
        _pdf, pages = platypus_doc(n)
        floor.append(time.perf_counter() - t0)
    out["floor_pages"] = pages
    out["floor_export_s"] = floor
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
