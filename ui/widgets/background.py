"""Run a slow pure function (rendering the charter) off the UI thread.

The work runs on a QThreadPool of its own with one thread, so renders never
overlap (reportlab keeps module-level state) and the window stays responsive.
Results come back as queued signals, delivered in the UI thread.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

_POOL: QThreadPool | None = None
_RUNNING: set[Job] = set()


def render_pool() -> QThreadPool:
    global _POOL
    if _POOL is None:
        _POOL = QThreadPool()
        _POOL.setMaxThreadCount(1)
        _POOL.setExpiryTimeout(30_000)
        app = QCoreApplication.instance()
        if app is not None:  # let a running export finish writing before the program exits
            app.aboutToQuit.connect(lambda: _POOL.waitForDone(30_000) if _POOL is not None else None)
    return _POOL


class Job(QObject):
    """One piece of work; ``finished(result)`` or ``failed(exception, traceback)`` in the UI thread."""

    finished = Signal(object)
    failed = Signal(object, str)

    def __init__(self, fn: Callable[[], Any]):
        super().__init__()
        self.fn = fn
        self.done = False
        self.receiver: QObject | None = None

    def _run(self) -> None:
        try:
            result = self.fn()
        except Exception as exc:  # reported to the UI, which names the file and the problem
            self.failed.emit(exc, traceback.format_exc())
        else:
            self.finished.emit(result)


class _Task(QRunnable):
    """A Python QRunnable rather than ``QRunnable.create(fn)``: when the pool deletes a
    created runnable, PySide is not told, its stale wrapper stays registered at that
    address, and a Qt object later allocated there comes back to Python as a
    "QRunnable" (AttributeError or a crash). A Python subclass is unregistered on delete."""

    def __init__(self, fn: Callable[[], None]):
        super().__init__()
        self.fn = fn
        self.setAutoDelete(True)

    def run(self) -> None:
        self.fn()


class _Receiver(QObject):
    """Lives in the UI thread, so signals emitted by the worker arrive queued here."""

    def __init__(self, job: Job, on_done: Callable[[Any], None], on_error: Callable[[BaseException, str], None]):
        super().__init__()
        self.job = job
        self.on_done = on_done
        self.on_error = on_error

    @Slot(object)
    def finish(self, result: Any) -> None:
        self.job.done = True
        _RUNNING.discard(self.job)
        self.on_done(result)

    @Slot(object, str)
    def fail(self, exc: BaseException, tb: str) -> None:
        self.job.done = True
        _RUNNING.discard(self.job)
        self.on_error(exc, tb)


def run(fn: Callable[[], Any], on_done: Callable[[Any], None],
        on_error: Callable[[BaseException, str], None]) -> Job:
    """Start ``fn`` on the render pool; the callbacks run in the UI thread."""
    job = Job(fn)
    job.receiver = _Receiver(job, on_done, on_error)
    _RUNNING.add(job)
    job.finished.connect(job.receiver.finish)
    job.failed.connect(job.receiver.fail)
    render_pool().start(_Task(job._run))
    return job
