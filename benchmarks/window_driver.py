"""Drives the real window for ``benchmarks/run.py`` and prints one JSON object.

Run by run.py as a subprocess (``QT_QPA_PLATFORM=offscreen``, settings and recovery
files in a temporary folder). Every timing is "until painted": the action runs, the
event loop runs until the widget that shows the result gets its paint event, and
the clock stops when that repaint pass has finished. In the same process it times
floors for the same interactions on plain Qt widgets (a QWizard of label pages, a
spin box driving a label), so run.py can report ratios.

    python benchmarks/window_driver.py PLAN.yaml CHARTER.pdf OUT.pdf [--passes N] [--reps N]
    python benchmarks/window_driver.py PLAN.yaml CHARTER.pdf OUT.pdf --first-open pdf|yaml
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QEventLoop, QObject, QSettings, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QDoubleSpinBox,
    QLabel,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

TIMEOUT_MS = 10_000
READ_MS = 400
"""How long a page stays on screen before Next in the first walk: a quick look (a room
discussing a step takes minutes). The window builds pages ahead in such pauses."""


class _PaintWatch(QObject):
    def __init__(self, on_paint):
        super().__init__()
        self.on_paint = on_paint

    def eventFilter(self, obj, event):  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Paint:
            self.on_paint()
        return False


def until_painted(widgets, action) -> float:
    """Milliseconds from ``action()`` until one of ``widgets`` is painted and the
    repaint pass it belongs to is over (a zero timer queued from the paint event).
    ``widgets`` may be a function called after ``action()`` (opening a plan makes new
    pages: the ones to watch exist only then; the paint comes later, in the event loop)."""
    loop = QEventLoop()
    state: dict[str, float | bool] = {"seen": False, "end": 0.0}

    def done() -> None:
        state["end"] = time.perf_counter()
        loop.quit()

    def painted() -> None:
        if not state["seen"]:
            state["seen"] = True
            QTimer.singleShot(0, done)

    watch = _PaintWatch(painted)
    later = callable(widgets)
    if not later:
        for w in widgets:
            w.installEventFilter(watch)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    t0 = time.perf_counter()
    action()
    if later:
        widgets = widgets()
        for w in widgets:
            w.installEventFilter(watch)
    if not state["end"]:
        guard.start(TIMEOUT_MS)
        loop.exec()
        guard.stop()
    for w in widgets:
        w.removeEventFilter(watch)
    if not state["end"]:
        raise RuntimeError(f"nothing painted within {TIMEOUT_MS} ms")
    return (float(state["end"]) - t0) * 1000


def settle(ms: int = 0) -> None:
    """Let pending events (and timers due within ``ms``) run."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def wait_for(pred, timeout_s: float = 60.0) -> None:
    end = time.monotonic() + timeout_s
    while not pred():
        if time.monotonic() > end:
            raise RuntimeError("timed out waiting for the window")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        time.sleep(0.005)


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss / (1024 * 1024) if sys.platform == "darwin" else rss / 1024


# --- floors: the same interactions on plain Qt widgets ---------------------------------


def floor_page_switch(passes: int) -> list[float]:
    wiz = QWizard()
    wiz.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
    wiz.setOptions(QWizard.WizardOption.IndependentPages)
    pages = []
    for i in range(12):
        p = QWizardPage()
        p.setTitle(f"Step {i + 1}")
        lay = QVBoxLayout(p)
        lay.addWidget(QLabel(f"Page {i + 1}: a plain label."))
        wiz.addPage(p)
        pages.append(p)
    wiz.resize(1280, 800)
    wiz.show()
    wait_for(lambda: wiz.isVisible())
    settle(50)
    times = []
    for _ in range(passes):
        wiz.restart()
        settle(10)
        for i in range(1, len(pages)):
            times.append(until_painted([pages[i]], wiz.button(QWizard.WizardButton.NextButton).click))
    wiz.close()
    wiz.deleteLater()
    settle(10)
    return times


def floor_keystroke(reps: int) -> list[float]:
    w = QWidget()
    lay = QVBoxLayout(w)
    spin = QDoubleSpinBox()
    spin.setRange(0, 1000)
    spin.setValue(5)
    label = QLabel("5")
    lay.addWidget(spin)
    lay.addWidget(label)
    spin.valueChanged.connect(lambda v: label.setText(f"{v * 2:.1f}"))
    w.resize(1280, 800)
    w.show()
    settle(50)
    spin.setFocus()
    times = []
    for i in range(reps):
        key = Qt.Key.Key_Up if i % 2 == 0 else Qt.Key.Key_Down
        times.append(until_painted([label], lambda key=key: QTest.keyClick(spin, key)))
    w.close()
    w.deleteLater()
    settle(10)
    return times


# --- the real window -----------------------------------------------------------------------


def spin_in(widget: QWidget) -> QAbstractSpinBox:
    if isinstance(widget, QAbstractSpinBox):
        return widget
    found = widget.findChild(QAbstractSpinBox)
    if found is None:
        raise RuntimeError(f"no spin box in {widget!r}")
    return found


def page_widgets(page) -> list[QWidget]:
    return [page, page.scroll.viewport(), page.body]


def keystrokes(window, spin: QAbstractSpinBox, figure: QWidget, reps: int) -> list[float]:
    spin.setFocus(Qt.FocusReason.OtherFocusReason)
    settle(100)  # the checks' debounce from focusing, if any, is over
    times = []
    for i in range(reps):
        key = Qt.Key.Key_Up if i % 2 == 0 else Qt.Key.Key_Down
        times.append(until_painted([figure], lambda key=key: QTest.keyClick(spin, key)))
        settle(120)  # let the debounced checks run between keystrokes, as when typing slowly
    return times


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("plan")
    ap.add_argument("charter")
    ap.add_argument("out_pdf")
    ap.add_argument("--passes", type=int, default=3, help="warm walks through every page")
    ap.add_argument("--reps", type=int, default=20, help="keystrokes per live field")
    ap.add_argument("--first-open", choices=["pdf", "yaml"],
                    help="only time opening this file as the first thing after start-up, then exit")
    ap.add_argument("--rush", action="store_true",
                    help="only time a walk through every page clicked at once after opening the plan "
                         "(no idle time to build pages ahead), then exit")
    args = ap.parse_args()

    app = QApplication.instance() or QApplication([sys.argv[0]])
    app.setOrganizationName("CoResponseWizardBench")
    app.setApplicationName("coresponse-wizard-bench")
    out: dict[str, object] = {}

    if not (args.first_open or args.rush):
        out["floor_switch_ms"] = floor_page_switch(max(1, args.passes))
        out["floor_key_ms"] = floor_keystroke(args.reps)

    from ui import dialogs
    from ui.main_window import MainWindow
    from wizard.content import default_content
    from wizard.steps import Step

    # No modal dialog may stop the run.
    dialogs.ask_unsaved = lambda *_a, **_k: "discard"
    dialogs.ask_export_draft = lambda *_a, **_k: True
    dialogs.choose_pdf_path = lambda *_a, **_k: Path(args.out_pdf)
    dialogs.offer_open_export = lambda *_a, **_k: None

    settings_file = Path(os.environ.get("XDG_CONFIG_HOME", "/tmp")) / "bench-settings.ini"
    w = MainWindow(default_content(), QSettings(str(settings_file), QSettings.Format.IniFormat))
    w.resize(1280, 800)
    w.show()
    wait_for(lambda: w.isVisible())
    wait_for(getattr(w, "workspace_ready", lambda: True))  # made right after the first paint

    if args.first_open:
        # The first thing after start-up, as `coresponse-wizard FILE` does: nothing warmed up yet.
        path = Path(args.charter if args.first_open == "pdf" else args.plan)
        print(json.dumps({"first_open_ms": until_painted(lambda: page_widgets(w.pages[Step.agency]), lambda: w.open_file(path))}))
        sys.stdout.flush()
        os._exit(0)

    nxt = w.wizard.button(QWizard.WizardButton.NextButton)
    order = list(Step)
    if args.rush:
        # Next pressed as soon as each page is painted: pages are built when first shown.
        w.open_file(Path(args.plan))
        rushed = {step.name: until_painted(page_widgets(w.pages[step]), nxt.click) for step in order[1:]}
        print(json.dumps({"rush_ms": rushed}))
        sys.stdout.flush()
        os._exit(0)

    # Open, in a window that has been up a moment (as after File ▸ Open and choosing a file):
    # a plan, a charter, the plan again.
    settle(2500)
    out["open_yaml_ms"] = until_painted(lambda: page_widgets(w.pages[Step.agency]), lambda: w.open_file(Path(args.plan)))
    settle(300)
    out["open_pdf_ms"] = until_painted(lambda: page_widgets(w.pages[Step.agency]), lambda: w.open_file(Path(args.charter)))
    settle(300)
    out["open_yaml_again_ms"] = until_painted(lambda: page_widgets(w.pages[Step.agency]), lambda: w.open_file(Path(args.plan)))
    settle(1000)  # the room reads the first page before pressing Next

    # Page switch: Next through every page (first visits), then more walks (return visits).
    first_visits: dict[str, float] = {}
    for step in order[1:]:
        first_visits[step.name] = until_painted(page_widgets(w.pages[step]), nxt.click)
        settle(READ_MS)
    warm: list[float] = []
    for _ in range(args.passes):
        w.go_to(Step.agency)
        settle(100)
        for step in order[1:]:
            warm.append(until_painted(page_widgets(w.pages[step]), nxt.click))
            settle(100)
    out["switch_first_ms"] = first_visits
    out["switch_warm_ms"] = warm

    # Live calculators: a keystroke in a clinician's FTE, and in a personnel line's FTE.
    w.go_to(Step.staffing)
    settle(200)
    sp = w.pages[Step.staffing]
    out["key_staffing_ms"] = keystrokes(w, spin_in(sp.clinicians.open_editor(0, "fte")),
                                        sp.t_have.value, args.reps)
    w.go_to(Step.funding)
    settle(200)
    fp = w.pages[Step.funding]
    plan_lines = w.doc.plan.funding.budget_lines
    ri = next(i for i, line in enumerate(plan_lines) if line.salaried)
    out["key_funding_ms"] = keystrokes(w, spin_in(fp.lines.open_editor(ri, "fte")),
                                       fp.figures["cost"], args.reps)

    # The readiness checks the window runs after a typing pause (they block input while they run).
    checks_ms = []
    for _ in range(args.reps):
        t0 = time.perf_counter()
        w.update_findings()
        QApplication.processEvents()
        checks_ms.append((time.perf_counter() - t0) * 1000)
    out["checks_ms"] = checks_ms

    # Export (off the UI thread), as the export page does it, and the in-app preview.
    w.go_to(Step.export)
    settle(100)
    ep = w.pages[Step.export]
    t0 = time.perf_counter()
    ep.start_export(draft=True)
    wait_for(lambda: not ep.exporting(), 120)
    out["export_in_window_s"] = time.perf_counter() - t0
    ep.show_preview()
    wait_for(lambda: ep.preview is not None and not ep.preview.busy(), 120)
    settle(300)
    out["pdf_bytes"] = Path(args.out_pdf).stat().st_size if Path(args.out_pdf).exists() else 0
    out["peak_rss_mb"] = peak_rss_mb()

    w.doc._set_dirty(False)
    w.close()
    print(json.dumps(out))
    sys.stdout.flush()
    os._exit(0)  # skip teardown: nothing is left to save, and it is not what is measured


if __name__ == "__main__":
    sys.exit(main())
