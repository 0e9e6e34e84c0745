"""Test set-up: Qt offscreen before any QApplication exists; no user settings touched."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_SCALE_FACTOR", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.append(str(ROOT / "tests"))  # after the real packages: tests/wizard must not shadow wizard


import pytest  # noqa: E402  (after the environment above is set)


@pytest.fixture(autouse=True)
def _english_again():
    """Every test starts and ends in English: a test that switches the program's language
    (``--lang es`` in-process, ``i18n.set_language``) cannot leave a later test on the same
    worker reading Spanish words."""
    from wizard import i18n

    i18n.set_language(i18n.DEFAULT)
    yield
    i18n.set_language(i18n.DEFAULT)
