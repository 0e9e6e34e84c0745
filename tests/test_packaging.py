"""Resources load from an installed wheel, not only from a checkout."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    uv = shutil.which("uv")
    if uv is None:
        pytest.skip("uv is not on PATH")
    out = tmp_path_factory.mktemp("dist")
    r = subprocess.run([uv, "build", "--wheel", "-o", str(out), str(ROOT)], capture_output=True, text=True,
                       timeout=600)
    assert r.returncode == 0, r.stderr
    return next(out.glob("*.whl"))


def test_wheel_carries_resources(wheel):
    names = zipfile.ZipFile(wheel).namelist()
    for needed in ("resources/content/steps.yaml", "resources/content/catalogs.yaml",
                   "resources/presets/mid_city.yaml", "resources/fonts/DejaVuSans.ttf",
                   "resources/fonts/LICENSE-DejaVu.txt", "resources/templates/lib.typ",
                   "resources/templates/worksheet.typ", "resources/templates/comparison.typ",
                   "resources/content/datasheet.yaml", "resources/icons/app.png", "wizard/launch/datasheet.py",
                   "wizard/cli.py", "ui/__init__.py"):
        assert needed in names, needed
    assert not any(n.startswith("tests/") for n in names)


def test_installed_wheel_loads_content_and_presets(wheel, tmp_path):
    target = tmp_path / "site"
    r = subprocess.run([shutil.which("uv") or "uv", "pip", "install", "--quiet", "--no-deps",
                        "--target", str(target), str(wheel)], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    code = (
        "import wizard, sys\n"
        "assert wizard.__file__.startswith(sys.argv[1]), wizard.__file__\n"
        "from wizard.content import default_content\n"
        "from wizard import presets\n"
        "c = default_content()\n"
        "print(len(c.models), len(c.steps), [p.name for p in presets.available(c)])\n"
        "print(presets.load(c, 'large-city').agency.name)\n"
        "from wizard.cli import main\n"
        "sys.exit(main(['presets']))\n"
    )
    run = subprocess.run([sys.executable, "-c", code, str(target)], capture_output=True, text=True,
                         cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}, timeout=120)
    assert run.returncode == 0, run.stderr
    from wizard import presets
    from wizard.content import default_content

    here = default_content()  # the installed copy must hold what the source tree holds
    assert run.stdout.startswith(f"{len(here.models)} {len(here.steps)} {[p.name for p in presets.available(here)]}")
    assert len(here.steps) == 13 and "county-shared" in run.stdout
    assert "large-city\t" in run.stdout
