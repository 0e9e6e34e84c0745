"""A progress bar for long commands on the terminal, without a third-party library.

On a terminal it redraws one line in place (``\\r``) — a bar, "12/50 exported", how
many failed — at most every 50 ms so a fast batch does not spend its time printing.
Into a file or a pipe (CI logs, tests) it writes plain lines, one per item, which
read well afterwards and never contain control characters.
"""

from __future__ import annotations

import shutil
import time
from typing import TextIO

BAR_WIDTH = 28
REDRAW_SECONDS = 0.05


class ProgressBar:
    def __init__(self, total: int, stream: TextIO, *, verb: str = "done", tty: bool | None = None):
        self.total = total
        self.stream = stream
        self.verb = verb
        self.tty = stream.isatty() if tty is None else tty
        self.ok = 0
        self.failed = 0
        self._last_draw = 0.0
        self._drawn = False

    @property
    def done(self) -> int:
        return self.ok + self.failed

    def line(self) -> str:
        """'[########......]  12/50 exported, 1 failed'."""
        filled = round(BAR_WIDTH * self.done / self.total) if self.total else BAR_WIDTH
        bar = "#" * filled + "." * (BAR_WIDTH - filled)
        text = f"[{bar}] {self.ok}/{self.total} {self.verb}"
        if self.failed:
            text += f", {self.failed} failed"
        return text

    def start(self) -> None:
        """Show the empty bar at once on a terminal (the first item may take seconds)."""
        if self.tty and self.total:
            self._draw()

    def _draw(self) -> None:
        width = shutil.get_terminal_size((80, 24)).columns
        self.stream.write("\r" + self.line()[: max(10, width - 1)].ljust(min(width - 1, 79)))
        self.stream.flush()
        self._drawn = True

    def advance(self, ok: bool, name: str = "") -> None:
        if ok:
            self.ok += 1
        else:
            self.failed += 1
        if self.tty:
            now = time.monotonic()
            if self.done == self.total or now - self._last_draw >= REDRAW_SECONDS:
                self._last_draw = now
                self._draw()
        else:
            state = self.verb if ok else "failed"
            self.stream.write(f"{self.done}/{self.total} {state}" + (f": {name}" if name else "") + "\n")
            self.stream.flush()

    def finish(self) -> None:
        """End the bar's line (on a terminal) so what follows starts on a fresh line."""
        if self.tty and self._drawn:
            self.stream.write("\n")
            self.stream.flush()
            self._drawn = False
