"""Run a slow pure function (rendering the charter) off the UI thread.

The work runs on a QThreadPool of its own with one thread, so renders never
overlap (reportlab keeps module-level state) and the window stays responsive.
Results come back as queued signals, delivered in the UI thread.

While a job runs, Python's cyclic garbage collector is paused. Otherwise a collection
that happens to start in the worker thread can destroy a Qt object of the window (a
page replaced by a new plan, a closed dialog) there: ``QObject::~QObject`` takes the
object's connection lock and then waits for the GIL, while the UI thread, holding the
GIL, waits for that lock to connect a signal — a deadlock seen in CI. Collection
resumes, in whichever thread allocates next, once no job is running; the job's own
garbage is freed by reference counting as usual.
"""

from __future__ import annotations

import gc
import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

_POOL: QThreadPool | None = None
_RUNNING: set[Job] = set()
_GC_LOCK = threading.Lock()
_GC_PAUSES = 0


def _pause_gc() -> None:
    global _GC_PAUSES
    with _GC_LOCK:
        if _GC_PAUSES == 0 and gc.isenabled():
            gc.disable()
            _GC_PAUSES = 1
        elif _GC_PAUSES:
            _GC_PAUSES += 1


def _resume_gc() -> None:
    global _GC_PAUSES
    with _GC_LOCK:
        if _GC_PAUSES:
            _GC_PAUSES -= 1
            if _GC_PAUSES == 0:
                gc.enable()


def run_in_thread(fn: Callable[[], Any], name: str) -> threading.Thread:
    """A plain thread (e.g. warming up imports) under the same rule as the pool's jobs:
    no cyclic garbage collection while it runs, so no Qt object is destroyed there."""
    def body() -> None:
        try:
            fn()
        finally:
            _resume_gc()

    _pause_gc()
    t = threading.Thread(target=body, name=name, daemon=True)
    t.start()
    return t


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
        finally:
            _resume_gc()


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
    _pause_gc()  # in the UI thread, before the worker can allocate anything
    render_pool().start(_Task(job._run))
    return job
