"""What pages and tools get instead of the main window: a small context.

A page (``ui/pages/*``) or a plan tool (compare, worksheet, launch kit) is handed a
:class:`PlanContext`: the plan document, the content, the settings, the readiness
findings (with their own ``changed`` signal), ``go_to(step, field)``, ``status(msg)``,
``flush_edits()`` and ``suggested_name(suffix)``. None of them imports or reaches
into ``ui.main_window``; the window builds a :class:`Context` from its own methods.

The window-level tools that rearrange the window itself (presentation mode, the
facilitator notes, switching content packs) are typed against :class:`WindowHost`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QSettings, Signal

if TYPE_CHECKING:
    from ui.document import PlanDocument
    from wizard.checks import Finding
    from wizard.content import Content
    from wizard.steps import Step


class Findings(QObject):
    """The readiness findings of the plan on screen, re-run after edits.

    Reads like the list it holds (``len``, iteration, indexing); ``changed`` is emitted
    after each new list."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[Finding] = []

    @property
    def items(self) -> list[Finding]:
        return list(self._items)

    def replace(self, items: list[Finding]) -> None:
        self._items = list(items)
        self.changed.emit()

    def __iter__(self) -> Iterator[Finding]:
        return iter(list(self._items))

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, index: int) -> Finding:
        return self._items[index]

    def __bool__(self) -> bool:
        return bool(self._items)


class PlanContext(Protocol):
    """What a page or a plan tool may use."""

    doc: PlanDocument
    content: Content
    settings: QSettings
    findings: Findings

    def go_to(self, step: Step, field: str | None = None) -> None:
        """Show ``step`` and, with ``field`` (a plan path), focus and scroll to its input."""

    def status(self, message: str, timeout_ms: int = 0) -> None:
        """A line in the status bar (0: until the next message)."""

    def flush_edits(self) -> None:
        """Commit text still waiting for its typing pause, on every page."""

    def suggested_name(self, suffix: str) -> str:
        """A file path for the plan with ``suffix``, in the plan's folder or the last one used."""


class Context:
    """The context the main window hands its pages and tools (one per window)."""

    def __init__(self, doc: PlanDocument, content: Content, settings: QSettings, *,
                 go_to: Callable[[Step, str | None], None],
                 status: Callable[[str, int], None],
                 flush_edits: Callable[[], None],
                 suggested_name: Callable[[str], str],
                 parent: QObject | None = None):
        self.doc = doc
        self.content = content
        self.settings = settings
        self.findings = Findings(parent)
        self._go_to = go_to
        self._status = status
        self._flush = flush_edits
        self._suggested_name = suggested_name

    def go_to(self, step: Step, field: str | None = None) -> None:
        self._go_to(step, field)

    def status(self, message: str, timeout_ms: int = 0) -> None:
        self._status(message, timeout_ms)

    def flush_edits(self) -> None:
        self._flush()

    def suggested_name(self, suffix: str) -> str:
        return self._suggested_name(suffix)


class WindowHost(Protocol):
    """What presentation mode, the facilitator window and the content-pack switch use of
    the main window (a QMainWindow besides these)."""

    content: Content
    settings: QSettings
    doc: PlanDocument
    zoom: float
    visited: set[Step]
    facilitator: Any
    presentation: Any
    workspace: Any
    stack: Any
    step_list: Any
    guidance_dock: Any
    wizard: Any
    zoomChanged: Any  # noqa: N815 (Qt signal name)

    def current_step(self) -> Step: ...
    def flush_edits(self) -> None: ...
    def apply_zoom(self, zoom: float) -> None: ...
    def normal_zoom(self) -> float: ...
    def show_guidance(self, step: Step) -> None: ...
    def show_facilitator(self, on: bool = True) -> None: ...
    def go_to(self, step: Step, field: str | None = None) -> None: ...
    def start_with(self, plan: Any, path: Any, *, dirty: bool = False, amend_on_edit: bool = False) -> None: ...
