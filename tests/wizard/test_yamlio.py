"""The libyaml fast path of wizard.yamlio gives exactly what the careful pure-Python
loader gives: the same data and line map for good files, the same one-line message
for bad ones (it hands every problem to the careful loader)."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from wizard import yamlio

ROOT = Path(__file__).resolve().parents[2]
FILES = sorted([*ROOT.glob("resources/**/*.yaml"), *ROOT.glob("tests/data/**/*.yaml")])

needs_libyaml = pytest.mark.skipif(yamlio._CParser is None, reason="PyYAML without libyaml")


def careful(path: str, raw: bytes) -> tuple:
    try:
        text = yamlio.decode(path, raw)
        doc = yamlio._parse(path, text, yamlio._Loader)
    except yamlio.ReadError as exc:
        return ("error", str(exc))
    return ("ok", doc.data, doc.lines)


def public(path: str, raw: bytes) -> tuple:
    try:
        doc = yamlio.parse(path, raw)
    except yamlio.ReadError as exc:
        return ("error", str(exc))
    return ("ok", doc.data, doc.lines)


@needs_libyaml
@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(ROOT)) for p in FILES])
def test_same_result_as_careful_loader(path):
    raw = path.read_bytes()
    assert public(str(path), raw) == careful(str(path), raw)


@needs_libyaml
@pytest.mark.parametrize("text", [
    "a: &x 1\nb: *x\n",                       # alias
    "a: 1\na: 2\n",                           # duplicate key
    "a:\n" + "".join("  " * i + "- \n" for i in range(1, 80)),  # deep nesting
    "a: |#x\n  text\n",                       # comment glued to a block header
    "a:\tb\n",                                # tab
    "a: [1, 2\n",                             # unclosed
    "just text\n",                            # not a mapping
    "a: 2026-02-30\nb: 'x'\nc: |\n  one\n  two\n",
])
def test_awkward_texts_match(text):
    raw = text.encode("utf-8")
    assert public("x.yaml", raw) == careful("x.yaml", raw)


@needs_libyaml
def test_fast_path_is_used_for_plain_files(monkeypatch):
    seen = []
    real = yamlio._parse
    monkeypatch.setattr(yamlio, "_parse", lambda p, t, cls: seen.append(cls) or real(p, t, cls))
    yamlio.parse("x.yaml", yaml.safe_dump({"a": [1, {"b": "c"}]}).encode())
    assert seen == [yamlio._FastLoader]
