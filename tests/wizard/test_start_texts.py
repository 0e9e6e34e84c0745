"""The start page's texts read without validating the content say exactly what the
validated content says, in every language (wizard/start_texts.py)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from wizard import i18n, presets, start_texts
from wizard.content import load_content

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("lang", list(i18n.LANGUAGES))
def test_texts_read_cheaply_are_the_validated_contents(lang):
    content = load_content(None, lang)
    cheap = start_texts.read_default(lang)
    assert cheap == start_texts.of_content(content)
    listed = presets.available(content)
    assert [(p.name, p.title, p.description) for p in cheap.presets] == [(p.name, p.title, p.description) for p in listed]
    assert cheap.introduction == content.charter.introduction.strip()
    assert cheap.lang == lang


def test_spanish_texts_are_spanish():
    es, en = start_texts.read_default("es"), start_texts.read_default("en")
    assert es.presets[0].title != en.presets[0].title  # the blank plan's title is translated
    assert es.introduction != en.introduction
    assert [p.name for p in es.presets] == [p.name for p in en.presets]


def test_the_current_language_is_the_default():
    i18n.set_language("es")
    assert start_texts.read_default() == start_texts.read_default("es")


@pytest.mark.parametrize(("name", "raw", "why"), [
    ("presets.yaml", b"presets: [\n", "presets.yaml"),
    ("presets.yaml", b"- just a list\n", "not a mapping"),
    ("presets.yaml", b"presets: {a: 1}\n", "'presets' is not a list"),
    ("presets.yaml", b"presets:\n  - name: x\n    title: ''\n    description: d\n", "presets[0].title"),
    ("presets.yaml", b"presets:\n  - plain\n", "presets[0] is not a mapping"),
    ("charter.yaml", b"purpose: no introduction\n", "introduction"),
])
def test_an_unexpected_shape_is_unreadable(monkeypatch, name, raw, why):
    real = i18n.content_bytes
    monkeypatch.setattr(i18n, "content_bytes", lambda n, lang=None: (f"resources/content/{n}", raw) if n == name else real(n, lang))
    with pytest.raises(start_texts.Unreadable, match=why.replace("[", r"\[").replace("]", r"\]")):
        start_texts.read_default("en")


def test_reading_the_texts_loads_neither_pydantic_nor_the_content_models():
    code = ("import sys\nfrom wizard import start_texts\nt = start_texts.read_default('es')\n"
            "assert len(t.presets) > 1, t\n"
            "print(sorted(m for m in sys.modules if m.split('.')[0] == 'pydantic' or m in ('wizard.content', 'wizard.plan')))\n")
    r = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "[]"
