"""The repository carries its own record of facts and sources (docs/facts-and-sources.md).

Users of the repository never see the notes the facts were first gathered in, so
the index in docs/ must be complete and well formed, and no file may send a reader
to a file outside the repository.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FACTS = ROOT / "docs" / "facts-and-sources.md"

SCANNED_DIRS = ("wizard", "ui", "resources", "tests", "benchmarks", "docs")
SCANNED_FILES = ("README.md", "pyproject.toml")
SKIPPED_DIRS = {"__pycache__", ".pytest_cache", ".ruff_cache"}
# Spelled in pieces so this file does not match itself.
OUTSIDE = tuple(p.encode() for p in ("domain" + ".md", "../" + "shared", "shared" + "/reference",
                                     "/work" + "/shared"))


ID = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
BULLET = re.compile(r"^- `([a-z0-9-]+)` —", re.M)


def _doc() -> str:
    return FACTS.read_text(encoding="utf-8")


def _index() -> list[dict]:
    blocks = re.findall(r"^```yaml\n(.*?)^```", _doc(), re.S | re.M)
    assert blocks, "docs/facts-and-sources.md: no ```yaml block (the machine-readable index)"
    data = yaml.safe_load(blocks[-1])
    assert isinstance(data, dict) and isinstance(data.get("facts"), list), \
        "docs/facts-and-sources.md: the last yaml block must be a mapping with a 'facts' list"
    return data["facts"]


def _prose() -> dict[str, str]:
    """Fact id -> the text of its bullet in the body (before the index)."""
    body = _doc().split("```yaml")[0]
    marks = list(BULLET.finditer(body))
    out: dict[str, str] = {}
    for m, nxt in zip(marks, [*marks[1:], None], strict=True):
        end = nxt.start() if nxt else len(body)
        text = body[m.start():end]
        out[m.group(1)] = re.split(r"\n(?=#)", text)[0]
    return out


def test_facts_file_exists_and_has_sections():
    assert FACTS.is_file()
    headings = re.findall(r"^## \d+\. (.+)$", _doc(), re.M)
    for needed in ("The starter guide", "Staffing", "Key decision points", "Funding",
                   "Confidentiality and information sharing", "Machine-readable index"):
        assert any(h.startswith(needed) for h in headings), needed


def test_every_index_entry_is_well_formed():
    problems = []
    seen: set[str] = set()
    for n, entry in enumerate(_index()):
        where = f"facts[{n}]"
        if not isinstance(entry, dict):
            problems.append(f"{where}: not a mapping")
            continue
        fid = entry.get("id")
        if not isinstance(fid, str) or not ID.fullmatch(fid):
            problems.append(f"{where}: id {fid!r} is not a lower-case-hyphenated id")
            continue
        if fid in seen:
            problems.append(f"{fid}: listed twice")
        seen.add(fid)
        source = entry.get("source")
        if not isinstance(source, str) or not source.strip():
            problems.append(f"{fid}: source is empty")
        if "address" in entry and (not isinstance(entry["address"], str) or not entry["address"].strip()):
            problems.append(f"{fid}: address is given but empty")
        used = entry.get("used_in")
        if not isinstance(used, list) or not all(isinstance(p, str) and p for p in used):
            problems.append(f"{fid}: used_in must be a list of paths")
            continue
        for p in used:
            if not (ROOT / p).is_file():
                problems.append(f"{fid}: used_in path {p} does not exist")
    assert not problems, "docs/facts-and-sources.md §15:\n" + "\n".join(problems)


def test_index_and_text_list_the_same_facts():
    indexed = {e["id"] for e in _index()}
    written = set(_prose())
    assert not written - indexed, f"facts in the text but not in the index: {sorted(written - indexed)}"
    assert not indexed - written, f"facts in the index but not in the text: {sorted(indexed - written)}"


def test_unverified_marks_agree():
    prose = _prose()
    for entry in _index():
        marked = "(unverified" in prose.get(entry["id"], "")
        assert marked == bool(entry.get("unverified")), (
            f"{entry['id']}: the text {'has' if marked else 'lacks'} '(unverified)' "
            f"but the index says unverified: {bool(entry.get('unverified'))}")


def test_starter_guide_figures_are_recorded():
    text = " ".join(_doc().split())
    for figure in ("2,080", "382", "18.4 %", "1,698", "1.72", "5.16", "1,850", "4.73",
                   "1 clinician per 1–2 police shifts", "2–3 clinicians", "20–25 %",
                   "within one hour", "$550,000", "85 %", "164.512(j)", "16 February 2026",
                   "26 April 2027", "26 April 2028"):
        assert figure in text, figure


# --- no file points outside the repository ----------------------------------


def _scanned_files() -> list[Path]:
    files = [ROOT / f for f in SCANNED_FILES if (ROOT / f).is_file()]
    for d in SCANNED_DIRS:
        for p in sorted((ROOT / d).rglob("*")):
            if p.is_file() and not SKIPPED_DIRS.intersection(p.relative_to(ROOT).parts):
                files.append(p)
    return [p for p in files if p != Path(__file__).resolve()]


def outside_references(paths: list[Path]) -> dict[str, list[str]]:
    """Relative path -> the outside-the-repository references it contains."""
    found: dict[str, list[str]] = {}
    for p in paths:
        data = p.read_bytes()
        hits = [pat.decode() for pat in OUTSIDE if pat in data]
        if hits:
            rel = p.relative_to(ROOT).as_posix() if p.is_relative_to(ROOT) else str(p)
            found[rel] = hits
    return found


def test_the_scan_finds_a_reference(tmp_path):
    """Guards the scan itself."""
    bad = tmp_path / "x.py"
    bad.write_text('"""Worked example (' + "domain" + '.md §2)."""\n', encoding="utf-8")
    good = tmp_path / "y.py"
    good.write_text('"""Worked example (docs/facts-and-sources.md §3.3)."""\n', encoding="utf-8")
    assert outside_references([bad, good]) == {str(bad): ["domain" + ".md"]}


def test_no_file_refers_outside_the_repository():
    found = outside_references(_scanned_files())
    assert not found, f"cite docs/facts-and-sources.md instead: {found}"
