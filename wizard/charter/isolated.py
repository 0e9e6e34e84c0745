"""Charters rendered in a child process, for the long-running program (the window).

Typst memoizes its work in a cache that lives as long as the process, and the ``typst``
package offers no way to evict it: each render of a changed plan keeps about 65 MB
(measured here, the large-city charter with its name changed before each render: 161, 228,
296, 356, 430, 485 MB after one to six renders in one process). A planning meeting that
previews the charter after every few edits would grow the window without bound. The window
therefore renders in one child process, replaced after :data:`RENDERS_PER_CHILD` renders, so
its memory stays bounded however many previews and exports a meeting asks for. The command
line renders in its own short-lived process and does not need this.

If the child cannot be started or dies, the render runs in this process instead: an export
is never lost to the isolation.
"""

from __future__ import annotations

import atexit
import threading
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from wizard.content import Content
    from wizard.plan import ProgramPlan

RENDERS_PER_CHILD = 4
"""Renders a child serves before it is replaced (its Typst cache with it)."""

_LOCK = threading.Lock()
_POOL: Any = None  # a concurrent.futures.ProcessPoolExecutor, made on first use


def _pool() -> Any:
    global _POOL
    with _LOCK:
        if _POOL is None:
            import multiprocessing
            from concurrent.futures import ProcessPoolExecutor

            # spawn, not a fork server: the child's parent is then this process, and it ends
            # with it (a fork server outlives a window that exits without its handlers)
            _POOL = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                                        max_tasks_per_child=RENDERS_PER_CHILD, initializer=_watch_parent)
            atexit.register(_stop_at_exit)
        return _POOL


def _discard_pool(wait: bool = False) -> None:
    global _POOL
    with _LOCK:
        pool, _POOL = _POOL, None
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)


def _stop_at_exit() -> None:
    """The child is told to stop and joined while the interpreter is whole (a child left
    behind would outlive the program, holding its output pipes open)."""
    _discard_pool(wait=True)


def _watch_parent() -> None:
    """In the child: end when the process that started it is gone (the window crashed or
    left without its exit handlers), instead of living on as an orphan holding memory."""
    import os
    import time

    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(0)

    threading.Thread(target=watch, name="watch-parent", daemon=True).start()


def _render_in_child(plan: ProgramPlan, content: Content | None, draft: bool, lang: str) -> bytes:
    from wizard import i18n
    from wizard.charter import render_charter

    i18n.set_language(lang)
    return render_charter(plan, content, draft=draft)


def render_charter_isolated(plan: ProgramPlan, content: Content | None = None, *, draft: bool = False) -> bytes:
    """:func:`wizard.charter.render_charter` in the child process (same bytes); the plan's
    own problems (a ReadError, a refused value) come back as the same exceptions."""
    from concurrent.futures.process import BrokenProcessPool

    from wizard import i18n

    try:
        future = _pool().submit(_render_in_child, plan, content, draft, i18n.language())
    except (OSError, RuntimeError, BrokenProcessPool):
        _discard_pool()
    else:
        try:
            return future.result()
        except BrokenProcessPool:  # the child died (killed, out of memory): render here
            _discard_pool()
    from wizard.charter import render_charter

    return render_charter(plan, content, draft=draft)
