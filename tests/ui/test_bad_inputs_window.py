"""Every bad input in tests/data/bad/ opened in the window: the same one-line message
in a dialog, and the plan on screen unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from ui import dialogs
from wizard import storage
from wizard.charter import extract_plan
from wizard.yamlio import ReadError

BAD = Path(__file__).resolve().parents[1] / "data" / "bad"
MANIFEST = yaml.safe_load((BAD / "MANIFEST.yaml").read_text(encoding="utf-8"))["files"]


def test_window_shows_the_cli_message_and_keeps_the_plan(make_window, monkeypatch):
    w = make_window("mid-city")
    shown: list[str] = []
    monkeypatch.setattr(dialogs, "show_error", lambda _parent, _title, message: shown.append(message))
    checked = 0
    for entry in MANIFEST:
        if entry["expect"] == "OK" or entry.get("command") == "verify":
            continue
        path = BAD / entry["file"]
        before = w.doc.plan.model_copy(deep=True)
        shown.clear()
        assert not w.open_file(path)
        assert w.doc.plan == before, entry["file"]
        with pytest.raises(ReadError) as exc:
            extract_plan(path) if path.suffix == ".pdf" else storage.load_plan(path)
        assert shown == [str(exc.value)], entry["file"]
        assert entry["expect"] in shown[0]
        checked += 1
    assert checked >= 40


def test_files_that_must_load_do(make_window):
    w = make_window("mid-city")
    for entry in MANIFEST:
        if entry["expect"] == "OK":
            assert w.open_file(BAD / entry["file"]), entry["file"]
