"""Crash safety, proven: SIGKILL the real program mid-edit, restart, get the edits back."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from factories import ready_plan

from wizard import storage

DRIVER = Path(__file__).with_name("crash_driver.py")
AUTOSAVE_S = 2.0


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_sigkill_loses_at_most_the_last_two_seconds(tmp_path):
    plan = tmp_path / "plan.yaml"
    storage.save_plan(ready_plan(), plan)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "data"),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    errors = (tmp_path / "driver.err").open("w+")  # a file, so a chatty stderr can never block it
    typing = subprocess.Popen([sys.executable, str(DRIVER), "type", str(plan)], env=env,
                              stdout=subprocess.PIPE, stderr=errors, text=True)
    typed: list[tuple[float, str]] = []
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and len(typed) < 45:  # ~4.5 s of typing
            ready, _, _ = select.select([typing.stdout], [], [], 1.0)
            if not ready:
                if typing.poll() is not None:
                    break
                continue
            line = typing.stdout.readline()
            if line.startswith("TYPED "):
                typed.append((time.monotonic(), line[len("TYPED "):].rstrip("\n")))
        killed_at = time.monotonic()
        os.kill(typing.pid, signal.SIGKILL)
    finally:
        typing.wait(10)
        errors.seek(0)
        driver_errors = errors.read()
        errors.close()
    assert typing.returncode == -signal.SIGKILL, driver_errors
    assert len(typed) >= 45, driver_errors

    recovered = subprocess.run([sys.executable, str(DRIVER), "recover"], env=env, capture_output=True,
                               text=True, timeout=60)
    line = next(x for x in recovered.stdout.splitlines() if x.startswith("RECOVERED "))
    got = line[len("RECOVERED "):]
    # Everything typed more than ~2 s (autosave debounce) + 0.5 s slack before the kill is back.
    must_have = [text for t, text in typed if t < killed_at - AUTOSAVE_S - 0.5]
    assert must_have, "the test typed for too short a time"
    assert got.startswith(must_have[-1]), (got, must_have[-1])
    assert got in [text for _, text in typed]
    # The file on disk was never touched by the crash.
    assert storage.load_plan(plan) == ready_plan()
    # Recovery files are private.
    rec = list((tmp_path / "data").rglob("*.coresponse.yaml"))
    for p in rec:
        assert (p.stat().st_mode & 0o777) == 0o600
