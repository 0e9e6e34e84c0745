"""Resources load when ``importlib.resources.files("resources")`` is a MultiplexedPath.

That is what a frozen program (PyInstaller) and a namespace package give: a
``MultiplexedPath``, whose ``joinpath`` takes one name on Python 3.11 — so
``joinpath("content", name)`` raised TypeError and every command of the installed
program died before doing anything. These tests run the real loaders through one.
"""

from __future__ import annotations

import importlib.resources
import shutil
import subprocess
import sys
from importlib.resources.readers import MultiplexedPath
from pathlib import Path

import pytest

from wizard import content as content_mod
from wizard import presets

ROOT = Path(__file__).resolve().parents[2]
RESOURCES = ROOT / "resources"


@pytest.fixture
def multiplexed(monkeypatch, tmp_path):
    """``files("resources")`` → a MultiplexedPath over the real folder and an empty one."""
    extra = tmp_path / "more-resources"
    extra.mkdir()
    real_files = importlib.resources.files

    def files(anchor):
        if anchor == "resources":
            return MultiplexedPath(RESOURCES, extra)
        return real_files(anchor)

    monkeypatch.setattr(importlib.resources, "files", files)
    content_mod.default_content.cache_clear()
    yield
    content_mod.default_content.cache_clear()


def test_the_fixture_really_gives_a_multiplexed_path(multiplexed):
    assert isinstance(importlib.resources.files("resources"), MultiplexedPath)


def test_default_content_and_every_preset_load_through_a_multiplexed_path(multiplexed):
    content = content_mod.load_content(None)
    assert len(content.models) == 4 and len(content.steps) == 13 and len(content.clauses) >= 23
    names = [p.name for p in presets.available(content)]
    assert "large-city" in names and len(names) >= 4
    for name in names:
        plan = presets.load(content, name)
        assert plan.metadata.plan_id
    assert presets.load(content, "large-city").agency.name


def test_content_pack_falls_back_to_defaults_through_a_multiplexed_path(multiplexed, tmp_path):
    pack = tmp_path / "pack"
    pack.mkdir()
    shutil.copy(RESOURCES / "content" / "models.yaml", pack / "models.yaml")
    content = content_mod.load_content(pack)  # the other four files come from the defaults
    assert content.source == str(pack)
    files = dict(content_mod.pack_files(content))
    assert set(content_mod.CONTENT_FILES) <= set(files)


def test_the_cli_runs_through_a_namespace_package(tmp_path):
    """End to end, in a fresh interpreter: ``resources`` is a namespace package split over
    two folders (no ``__init__.py``), as in a frozen program; `coresponse presets` and a
    `new --preset` work."""
    a, b = tmp_path / "a", tmp_path / "b"
    shutil.copytree(RESOURCES, a / "resources", ignore=shutil.ignore_patterns("__init__.py", "__pycache__"))
    (b / "resources").mkdir(parents=True)
    shutil.copytree(ROOT / "wizard", a / "wizard", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path / "x.yaml"
    code = (
        "import sys\n"
        "import os\n"
        "sys.path = [p for p in sys.path if p and os.path.realpath(p) != os.path.realpath(sys.argv[3])]\n"
        "sys.path[:0] = [sys.argv[1], sys.argv[2]]\n"
        "import importlib.resources, resources\n"
        "from importlib.resources.readers import MultiplexedPath\n"
        "assert isinstance(importlib.resources.files('resources'), MultiplexedPath), "
        "type(importlib.resources.files('resources'))\n"
        "from wizard.cli import main\n"
        "rc = main(['presets'])\n"
        "rc = rc or main(['new', '--preset', 'large-city', '-o', sys.argv[4]])\n"
        "sys.exit(rc)\n"
    )
    r = subprocess.run([sys.executable, "-c", code, str(a), str(b), str(ROOT), str(out)],
                       capture_output=True, text=True, cwd=tmp_path, timeout=120)
    assert r.returncode == 0, r.stderr
    assert "large-city\t" in r.stdout
    assert out.read_text(encoding="utf-8").count("agency:") == 1
