"""No English sentence in ui/ is built with an f-string outside Qt's translation (issue 15):
a sentence a person reads is one translatable string with named placeholders
(``QCoreApplication.translate("ui.x", "Copy {day}").format(day=…)``), never English words
glued around values. The modules other work is rewriting are listed with the reason."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tests.english_check import ENGLISH

ROOT = Path(__file__).resolve().parents[2]
NOT_YET = {
    "ui/main_window.py": "start-up work (winspeed)",
    "ui/app.py": "command-line messages of coresponse-wizard, like the CLI's",
    "ui/i18n.py": "start-up problem lines on stderr when a translation cannot be loaded, like the CLI's",
}
"""Modules not scanned, with why (each is named in the report to the lead)."""
QUIET = {"translate", "tr", "setObjectName", "setStyleSheet", "debug", "info", "warning", "error", "exception",
         "getLogger", "AttributeError", "ValueError", "KeyError", "TypeError", "RuntimeError"}
"""Calls whose f-string arguments are not read as sentences (translations, style, logs, exceptions)."""
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[A-Za-z][a-z']+")


def _quiet(node: ast.AST, parents: dict) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.Call):
            f = node.func
            name = f.attr if isinstance(f, ast.Attribute) else f.id if isinstance(f, ast.Name) else ""
            if name in QUIET:
                return True
    return False


def english_fstrings(source: str) -> list[tuple[int, str]]:
    tree = ast.parse(source)
    parents = {c: n for n in ast.walk(tree) for c in ast.iter_child_nodes(n)}
    out = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.JoinedStr) or _quiet(node, parents):
            continue
        text = _TAG.sub(" ", "".join(v.value for v in node.values if isinstance(v, ast.Constant)))
        if " " not in text.strip() or "\\s" in text:
            continue  # a field path, a file name or a regular expression: not a sentence
        if any(w.lower() in ENGLISH for w in _WORD.findall(text)):
            out.append((node.lineno, ast.get_source_segment(source, node) or ""))
    return out


def test_the_scan_finds_a_glued_sentence() -> None:
    assert english_fstrings('x = f"{n} clinician{s} on duty"\n')
    assert english_fstrings('label.setText(f"The plan has {n} open decisions")\n')
    assert not english_fstrings('path = f"{path}.notes"\n')
    assert not english_fstrings('x = QCoreApplication.translate("ui.a", "Copy {day}").format(day=f"{d} h")\n')
    assert not english_fstrings("html = f\"<p style='margin:0'>{escape(t)}</p>\"\n")


def test_no_english_fstring_in_ui() -> None:
    found = []
    for path in sorted((ROOT / "ui").rglob("*.py")):
        rel = path.relative_to(ROOT).as_posix()
        if rel in NOT_YET:
            continue
        found += [f"{rel}:{line}: {text}" for line, text in english_fstrings(path.read_text(encoding="utf-8"))]
    assert not found, "English sentences built outside Qt's translation:\n" + "\n".join(found)
