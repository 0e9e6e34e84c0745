"""`coresponse export` as a whole process against LibreOffice converting the same charter.

Both sides are timed as fresh processes, in the same run on the same machine:

- export: ``coresponse export PLAN -o CHARTER.pdf`` (Python start, imports, the facts,
  Typst, the signature fields, writing the file);
- LibreOffice: ``soffice --headless --convert-to pdf CHARTER.html`` of the same charter's
  text — every section, table, list and figure (the charts as the same SVG files) written
  as plain HTML from the charter's facts — with a profile warmed by one untimed run.

The export is timed as it is installed: a wheel is byte-compiled at install
(``[tool.uv] compile-bytecode`` for the dependencies; pip and the frozen build do the
same for the program), but a source checkout's own modules (``wizard/``, ``resources/``)
are not, and with ``PYTHONDONTWRITEBYTECODE=1`` (set on these machines) every start
would compile them again (~80 ms). So they are byte-compiled first into their
``__pycache__`` folders (ignored by git); ``--source`` skips that and times the checkout as
it is.

Target: the export at least 2× faster. Prints a table, or one JSON object with ``--json``
(for ``benchmarks/run.py``).

    uv run python benchmarks/export_vs_libreoffice.py [--preset large-city] [--reps 5] [--json] [--source]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
TARGET = 2.0


def coresponse() -> list[str]:
    exe = BIN / ("coresponse.exe" if os.name == "nt" else "coresponse")
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "wizard.cli"]


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


CPU: list[float] = []
"""CPU seconds (user + system) of each timed process, in order: the machine may be shared,
and CPU time is what a loaded machine does not stretch."""


def _children_cpu() -> float:
    import resource

    u = resource.getrusage(resource.RUSAGE_CHILDREN)
    return u.ru_utime + u.ru_stime


def timed(cmd: list[str], **kw) -> float:
    c0 = _children_cpu()
    t0 = time.perf_counter()
    r = subprocess.run(cmd, capture_output=True, text=True, timeout=600, **kw)
    took = time.perf_counter() - t0
    CPU.append(_children_cpu() - c0)
    if r.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({r.returncode}): {(r.stderr or r.stdout).strip()[:300]}")
    return took


HTML_SCRIPT = r'''
import html, json, sys
from pathlib import Path
from wizard import storage
from wizard.charter.render import facts_for
plan = storage.load_plan(sys.argv[1])
out = Path(sys.argv[2])
f = facts_for(plan)
e = html.escape
parts = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{e(f.title)}</title>"
         "<style>body{font-family:'DejaVu Sans';font-size:10pt} table{border-collapse:collapse}"
         "th{background:#1F3A5F;color:white} td,th{font-size:9pt;padding:3pt;border-bottom:0.5pt solid #ccc}"
         "</style></head><body>"]
def text(s):
    return "<br>".join(e(x) for x in s.split("\n"))
def block(b, n):
    k = b["kind"]
    if k in ("para", "guidance"):
        return "".join(f"<p>{text(p)}</p>" for p in b["text"].split("\n\n"))
    if k == "subheading":
        return f"<h{b.get('level', 2)}>{e(b['text'])}</h{b.get('level', 2)}>"
    if k == "list":
        tag = "ol" if b["ordered"] else "ul"
        return f"<{tag}>" + "".join(f"<li>{text(i)}</li>" for i in b["items"]) + f"</{tag}>"
    if k == "table":
        head = "".join(f"<th>{e(h)}</th>" for h in b["header"])
        rows = "".join("<tr>" + "".join(f"<td>{text(c)}</td>" for c in r) + "</tr>" for r in b["rows"])
        return f"<table><caption>{e(b['caption'])}</caption><tr>{head}</tr>{rows}</table>"
    if k == "facts":
        return "<table>" + "".join(f"<tr><th>{e(a)}</th><td>{text(v)}</td></tr>" for a, v in b["rows"]) + "</table>"
    if k == "figure":
        name = f"figure-{n}.svg"
        (out.parent / name).write_text(b["svg"], encoding="utf-8")
        return f"<p><img src='{name}' alt='{e(b['alt'])}'></p><p>{e(b['caption'])}</p>"
    return ""
n = 0
c = f.cover
parts.append(f"<h1>{e(c['program'])}</h1><p>{e(c['subtitle'])}</p>")
parts.append("<table>" + "".join(f"<tr><th>{e(a)}</th><td>{text(v)}</td></tr>" for a, v in c["rows"]) + "</table>")
parts.append(f"<h1>1 {e(f.summary['title'])}</h1><p>{e(f.summary['lead'])}</p>")
parts.append("<table><tr>" + "".join(f"<td><b>{e(t['title'])}</b><br>{e(t['figure'])}<br>{e(t['sub'])}</td>"
                                     for t in f.summary["tiles"]) + "</tr></table>")
for b in f.summary["blocks"]:
    parts.append(block(b, n))
for i, s in enumerate(f.sections):
    parts.append(f"<h1 style='page-break-before:always'>{i + 2} {e(s['title'])}</h1>")
    for b in s["blocks"]:
        n += 1
        parts.append(block(b, n))
g = f.signatures
parts.append(f"<h1 style='page-break-before:always'>{e(g['title'])}</h1>" + "".join(f"<p>{e(p)}</p>" for p in g["statement"]))
for s in g["blocks"]:
    parts.append(f"<p><b>{e(s['role_label'])}</b><br>______________________<br>{e(s['name'])}, {e(s['detail'])}"
                 f"<br>Date: ____________ {e(s['state'])}</p>")
parts.append(f"<h1 style='page-break-before:always'>A {e(f.appendix['title'])}</h1>")
for b in f.appendix["blocks"]:
    parts.append(block(b, n))
parts.append("</body></html>")
out.write_text("".join(parts), encoding="utf-8")
'''


INPUTS_SCRIPT = r'''
import json, sys
from wizard import storage, typeset
from wizard.charter import render
seen = []
real = typeset.compile_inputs
def keep(*args, **kw):
    seen.append(real(*args, **kw))
    return seen[-1]
typeset.compile_inputs = keep
render.render(storage.load_plan(sys.argv[1]))
json.dump({"inputs": seen[0], "template": str(typeset.templates_dir() / "charter.typ"),
           "root": str(typeset.templates_dir()), "fonts": str(typeset.fonts_dir()),
           "standards": list(typeset.PDF_STANDARDS)}, open(sys.argv[2], "w", encoding="utf-8"))
'''
"""Writes the Typst inputs of the charter's compile (the facts as JSON, the plan attached, the
watermark), so the floors below compile exactly what the export compiles."""

FLOOR_SCRIPT = r'''
import json, sys
if sys.argv[3] == "parts":
    import pydantic, wizard.plan            # the plan's models: the export validates every plan with them
    import reportlab.graphics.shapes        # the charts' drawing model (the issue keeps reportlab for them)
import typst
job = json.load(open(sys.argv[1], encoding="utf-8"))
fonts = typst.Fonts(include_system_fonts=False, include_embedded_fonts=False, font_paths=[job["fonts"]])
pdf = typst.Compiler(job["template"], root=job["root"], font_paths=fonts, ignore_system_fonts=True,
                     sys_inputs=job["inputs"]).compile(format="pdf", pdf_standards=job["standards"])
open(sys.argv[2], "wb").write(pdf)
'''
"""A floor for the export: a process that only compiles the charter's Typst inputs ("typst"), or
that also imports what the export cannot do without ("parts"): pydantic with the plan's models,
and reportlab's graphics. Whatever the program itself does comes on top of these."""


def byte_compile() -> list[str]:
    """Byte-compile the program's own packages when they run from a source checkout (an
    installed wheel already is); returns the folders compiled."""
    import compileall
    import importlib.util

    done = []
    for name in ("wizard", "resources"):
        spec = importlib.util.find_spec(name)
        folder = Path(spec.origin).parent if spec and spec.origin else None
        if folder is None or "site-packages" in folder.parts:
            continue
        compileall.compile_dir(str(folder), quiet=1)
        done.append(str(folder.relative_to(ROOT)) if folder.is_relative_to(ROOT) else str(folder))
    return done


def pdf_pages(path: Path) -> int:
    from pypdf import PdfReader

    return len(PdfReader(str(path)).pages)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--preset", default="large-city")
    ap.add_argument("--reps", type=int, default=5)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--source", action="store_true",
                    help="time the source checkout as it is (its modules compiled from source at each start)")
    args = ap.parse_args(argv)
    compiled = [] if args.source else byte_compile()
    office = soffice()
    with tempfile.TemporaryDirectory(prefix="coresponse-lo-") as tmp:
        work = Path(tmp)
        plan = work / f"{args.preset}.coresponse.yaml"
        timed([*coresponse(), "new", "--preset", args.preset, "-o", str(plan)], cwd=ROOT)
        charter = work / "charter.pdf"
        timed([*coresponse(), "export", str(plan), "-o", str(charter)], cwd=ROOT)  # warm the disk cache
        mark = len(CPU)
        export_s = [timed([*coresponse(), "export", str(plan), "-o", str(work / f"c{i}.pdf")], cwd=ROOT)
                    for i in range(args.reps)]
        export_cpu = CPU[mark:]
        result = {"preset": args.preset, "reps": args.reps, "byte_compiled": compiled, "export_s": export_s,
                  "export_cpu_median_s": statistics.median(export_cpu),
                  "export_median_s": statistics.median(export_s), "export_pages": pdf_pages(charter)}
        job = work / "typst-job.json"
        subprocess.run([sys.executable, "-c", INPUTS_SCRIPT, str(plan), str(job)], check=True, cwd=ROOT, timeout=300)
        for floor in ("typst", "parts"):
            cmd = [sys.executable, "-c", FLOOR_SCRIPT, str(job), str(work / f"{floor}.pdf"), floor]
            timed(cmd, cwd=ROOT)
            result[f"floor_{floor}_median_s"] = statistics.median([timed(cmd, cwd=ROOT) for _ in range(args.reps)])
        if office is None:
            result["libreoffice"] = ("not installed (apt-get install -y libreoffice-writer-nogui); "
                                     "no comparison made")
        else:
            page = work / "html" / "charter.html"
            page.parent.mkdir()
            subprocess.run([sys.executable, "-c", HTML_SCRIPT, str(plan), str(page)], check=True, cwd=ROOT,
                           timeout=300)
            profile = (work / "lo-profile").as_uri()
            cmd = [office, f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
                   "--outdir", str(work / "lo"), str(page)]
            timed(cmd)  # first run creates the profile: not timed
            mark = len(CPU)
            lo_s = [timed(cmd) for _ in range(args.reps)]
            result["libreoffice_cpu_median_s"] = statistics.median(CPU[mark:])
            result["cpu_speedup"] = result["libreoffice_cpu_median_s"] / result["export_cpu_median_s"]
            result.update({"libreoffice_s": lo_s, "libreoffice_median_s": statistics.median(lo_s),
                           "libreoffice_pages": pdf_pages(work / "lo" / "charter.pdf"),
                           "speedup": statistics.median(lo_s) / statistics.median(export_s),
                           "target": TARGET})
            result["ok"] = result["speedup"] >= TARGET
    if args.json:
        print(json.dumps(result))
        return 0
    print(f"program modules: {'byte-compiled first (' + ', '.join(compiled) + ')' if compiled else 'as they are'}")
    print(f"coresponse export ({args.preset}, {result['export_pages']} pages): "
          f"median {result['export_median_s']:.2f} s of {args.reps} runs "
          f"(CPU {result['export_cpu_median_s']:.2f} s)")
    if "libreoffice_s" in result:
        print(f"soffice --convert-to pdf (same text as HTML, {result['libreoffice_pages']} pages): "
              f"median {result['libreoffice_median_s']:.2f} s (CPU {result['libreoffice_cpu_median_s']:.2f} s)")
        print(f"export is {result['speedup']:.2f}× faster (target ≥ {TARGET:g}×): "
              f"{'PASS' if result['ok'] else 'MISS'}; in CPU time {result['cpu_speedup']:.2f}×")
        lo = result["libreoffice_median_s"]
        for floor, what in (("typst", "Python + the same Typst compile, nothing else"),
                            ("parts", "that + pydantic with the plan models + reportlab graphics")):
            s = result[f"floor_{floor}_median_s"]
            print(f"floor, {what}: median {s:.2f} s ({lo / s:.2f}× faster than LibreOffice)")
    else:
        print(f"LibreOffice: {result['libreoffice']}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
