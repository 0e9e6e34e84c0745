"""Recovery files: what an autosave left behind (``ui.document`` writes them).

Apart from the document so that the start page, which lists them, is painted before the
plan models and the document load.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QStandardPaths


def recovery_dir() -> Path:
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    d = Path(base or Path.home() / ".coresponse") / "recovery"
    d.mkdir(parents=True, exist_ok=True, mode=0o700)
    return d


class RecoveryFile:
    """A recovery file and what it says about the plan it saved."""

    def __init__(self, path: Path):
        self.path = path
        self.meta_path = path.with_suffix(".json")
        meta: dict[str, Any] = {}
        try:
            meta = json.loads(self.meta_path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
        self.original = meta.get("original") or ""
        self.saved_at = meta.get("saved_at") or ""
        self.title = meta.get("title") or path.stem

    def remove(self) -> None:
        for p in (self.path, self.meta_path):
            try:
                p.unlink()
            except FileNotFoundError:
                pass

    @staticmethod
    def all() -> list[RecoveryFile]:
        files = sorted(recovery_dir().glob("*.coresponse.yaml"), key=lambda p: p.stat().st_mtime, reverse=True)
        return [RecoveryFile(p) for p in files]
