"""Running ``coresponse`` from a test: in-process (fast) or as a real subprocess.

Most tests only check what a command prints and returns, so they call
``wizard.cli.main`` in this process with stdout and stderr captured: no interpreter
start-up, no imports compiled again (``PYTHONDONTWRITEBYTECODE=1`` makes every
subprocess compile pydantic, pypdf and reportlab from source). An exception that
escapes ``main`` fails the test with its traceback, which is stricter than looking
for "Traceback" on a subprocess's stderr.

A handful of tests still start the real program (``run_subprocess``): exit codes as
the shell sees them, stderr, no traceback, and the installed console script.
"""

from __future__ import annotations

import contextlib
import io
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """``coresponse ARGS`` in this process; the result looks like ``subprocess.run``'s."""
    from wizard.cli import main

    out, err = io.StringIO(), io.StringIO()
    with contextlib.chdir(cwd or ROOT), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(args))
    return subprocess.CompletedProcess(["coresponse", *args], code, out.getvalue(), err.getvalue())


def run_subprocess(*args: str, cwd: Path | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """``python -m wizard.cli ARGS`` as a separate process, as a user runs it."""
    return subprocess.run([sys.executable, "-m", "wizard.cli", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT, timeout=timeout)
