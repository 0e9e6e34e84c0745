"""``coresponse-wizard --preview CHARTER.pdf``: a charter in the preview (QtPdf), as the
frozen-program smoke test (packaging/smoke.sh) runs it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from wizard import presets
from wizard.charter import render_charter
from wizard.content import default_content

ROOT = Path(__file__).resolve().parents[2]


def _run(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    return subprocess.run([sys.executable, "-m", "ui.app", "--exit-after-start", *args], cwd=tmp_path, env=env,
                          capture_output=True, text=True, timeout=90)


@pytest.fixture(scope="module")
def charter(tmp_path_factory) -> tuple[Path, int]:
    from pypdf import PdfReader

    content = default_content()
    pdf = tmp_path_factory.mktemp("charter") / "rural.pdf"
    pdf.write_bytes(render_charter(presets.load(content, "rural-sheriff"), content, draft=True))
    return pdf, len(PdfReader(pdf).pages)


def test_preview_shows_every_page_of_the_charter(tmp_path, charter):
    pdf, pages = charter
    r = _run(tmp_path, "--preview", str(pdf))
    assert r.returncode == 0, r.stderr
    assert f"preview of {pdf}: {pages} pages" in r.stderr


@pytest.mark.parametrize("name, text, message", [
    ("missing.pdf", None, "missing.pdf: no such file"),
    ("plan.pdf", "agency: {}\n", "plan.pdf: this is not a PDF file"),
])
def test_preview_of_a_file_it_cannot_show_is_one_line_and_exit_2(tmp_path, name, text, message):
    if text is not None:
        (tmp_path / name).write_text(text, encoding="utf-8")
    r = _run(tmp_path, "--preview", str(tmp_path / name))
    assert r.returncode == 2
    lines = [line for line in r.stderr.splitlines() if line.startswith("coresponse-wizard:")]
    assert len(lines) == 1 and lines[0].endswith(message), r.stderr
