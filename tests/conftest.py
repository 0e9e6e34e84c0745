"""Test set-up: Qt offscreen before any QApplication exists; no user settings touched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "tests"))  # after the real packages: tests/wizard must not shadow wizard
