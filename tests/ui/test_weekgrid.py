"""The weekly clinician grid on the coverage page, driven by the mouse and the keyboard."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from tests.ui.pagetools import open_step
from ui.widgets.weekgrid import WeekGrid
from wizard import staffing
from wizard.plan import PatrolPattern, Span, WeeklySchedule
from wizard.schedule import describe_schedule, empty_grid, grid_from_schedule
from wizard.steps import Step

MON, TUE, WED, THU, FRI, SAT, SUN = range(7)


def at(grid: WeekGrid, day: int, hour: int) -> QPoint:
    return grid.cell_rect(day, hour).center().toPoint()


def click(qtbot, grid: WeekGrid, day: int, hour: int, mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mouseClick(grid, Qt.MouseButton.LeftButton, mods, at(grid, day, hour))


def drag(qtbot, grid: WeekGrid, start: tuple[int, int], end: tuple[int, int],
         mods=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, mods, at(grid, *start))
    d0, h0 = start
    d1, h1 = end
    qtbot.mouseMove(grid, at(grid, (d0 + d1) // 2, (h0 + h1) // 2))
    qtbot.mouseMove(grid, at(grid, d1, h1))
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, mods, at(grid, d1, h1))


def coverage_page(make_window, preset: str = "blank"):
    w = make_window(preset)
    page = open_step(w, Step.coverage)
    QApplication.processEvents()
    return w, page, page.grid


# --- the widget on its own ----------------------------------------------------------


def test_grid_is_a_view_that_reports_edits(qtbot):
    grid = WeekGrid()
    qtbot.addWidget(grid)
    grid.resize(900, grid.sizeHint().height())
    grid.set_patrol(PatrolPattern())
    grid.show()
    edits: list[list[list[int]]] = []
    grid.edited.connect(edits.append)
    click(qtbot, grid, MON, 9)
    assert edits and edits[-1][MON][9] == 1
    assert sum(map(sum, edits[-1])) == 1
    # Setting the grid from the model does not count as a user edit.
    n = len(edits)
    grid.set_grid(empty_grid())
    assert len(edits) == n and grid.grid() == empty_grid()


def test_a_drag_shows_a_preview_and_commits_once_on_release(qtbot):
    grid = WeekGrid()
    qtbot.addWidget(grid)
    grid.resize(900, grid.sizeHint().height())
    grid.show()
    edits = []
    grid.edited.connect(edits.append)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=at(grid, MON, 10))
    qtbot.mouseMove(grid, at(grid, TUE, 12))
    assert grid.grid()[TUE][12] == 1 and edits == []  # preview only
    qtbot.mouseMove(grid, at(grid, MON, 11))  # shrink back: Tuesday is untouched again
    assert grid.grid()[TUE][10] == 0
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=at(grid, MON, 11))
    assert len(edits) == 1
    assert edits[0][MON][10:12] == [1, 1] and sum(map(sum, edits[0])) == 2


# --- on the page: the plan is written ---------------------------------------------------


def test_click_and_drag_paint_hours_into_the_plan(make_window, qtbot):
    w, page, grid = coverage_page(make_window)
    click(qtbot, grid, MON, 9)
    assert w.doc.plan.coverage.schedule.mon == [Span(start=9, end=10, staff=1)]

    # Drag a block Tue 10:00 → Fri 13:59: every hour in the rectangle is painted.
    drag(qtbot, grid, (TUE, 10), (FRI, 13))
    sched = w.doc.plan.coverage.schedule
    for day in (sched.tue, sched.wed, sched.thu, sched.fri):
        assert day == [Span(start=10, end=14, staff=1)]
    assert sched.sat == [] and sched.mon == [Span(start=9, end=10)]

    # A drag that starts on a painted hour erases (it paints the first cell's new state).
    drag(qtbot, grid, (WED, 12), (THU, 13))
    sched = w.doc.plan.coverage.schedule
    assert sched.wed == [Span(start=10, end=12)] and sched.thu == [Span(start=10, end=12)]
    assert sched.tue == [Span(start=10, end=14)]

    # Clicking a painted hour toggles it off.
    click(qtbot, grid, MON, 9)
    assert w.doc.plan.coverage.schedule.mon == []


def test_shift_drag_sets_the_number_of_clinicians(make_window, qtbot):
    w, page, grid = coverage_page(make_window)
    drag(qtbot, grid, (SAT, 12), (SAT, 19))
    page.editor.staff.setValue(2)
    drag(qtbot, grid, (SAT, 16), (SAT, 19), Qt.KeyboardModifier.ShiftModifier)
    assert w.doc.plan.coverage.schedule.sat == [Span(start=12, end=16, staff=1), Span(start=16, end=20, staff=2)]
    # Shift+click on an empty hour paints with the spinner's number too.
    click(qtbot, grid, SUN, 0, Qt.KeyboardModifier.ShiftModifier)
    assert w.doc.plan.coverage.schedule.sun == [Span(start=0, end=1, staff=2)]
    qtbot.waitUntil(lambda: "16:00–20:00 (2 clinicians)" in page.summary.text())


def test_keyboard_moves_toggles_selects_and_sets_staff(make_window, qtbot):
    w, page, grid = coverage_page(make_window)
    grid.setFocus()
    qtbot.waitUntil(grid.hasFocus)
    qtbot.keyClick(grid, Qt.Key.Key_Home)
    for _ in range(8):
        qtbot.keyClick(grid, Qt.Key.Key_Right)
    assert grid.cursor() == (MON, 8)
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    assert w.doc.plan.coverage.schedule.mon == [Span(start=8, end=9)]
    qtbot.keyClick(grid, Qt.Key.Key_Plus)
    assert w.doc.plan.coverage.schedule.mon == [Span(start=8, end=9, staff=2)]
    qtbot.keyClick(grid, Qt.Key.Key_Minus)
    qtbot.keyClick(grid, Qt.Key.Key_Minus)
    assert w.doc.plan.coverage.schedule.mon == []

    # Shift+arrows select a block; Space paints all of it.
    for _ in range(3):
        qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    for _ in range(4):
        qtbot.keyClick(grid, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert "Selected Mon–Fri 08:00–12:00" in page.editor.status.text()
    qtbot.keyClick(grid, Qt.Key.Key_Space)
    sched = w.doc.plan.coverage.schedule
    assert all(sched.day(d) == [Span(start=8, end=12)] for d in ("mon", "tue", "wed", "thu", "fri"))
    qtbot.keyClick(grid, Qt.Key.Key_3)
    assert w.doc.plan.coverage.schedule.wed == [Span(start=8, end=12, staff=3)]
    qtbot.keyClick(grid, Qt.Key.Key_Escape)  # back to a single cell (Fri 11:00)
    qtbot.keyClick(grid, Qt.Key.Key_Delete)
    assert w.doc.plan.coverage.schedule.fri == [Span(start=8, end=11, staff=3)]
    assert "Friday 11:00–12:00: no clinician" in page.editor.status.text()


def test_patrol_shifts_are_overlaid_and_gaps_marked(make_window, qtbot):
    w, page, grid = coverage_page(make_window, "mid-city")
    assert [s.label for s in grid._shifts] == ["Shift 1 (06:00–14:00)", "Shift 2 (14:00–22:00)",
                                               "Shift 3 (22:00–06:00)"]
    assert "Shift 3 (22:00–06:00)" in grid.describe_cell(MON, 2)
    assert "patrol hour without a clinician" in grid.describe_cell(MON, 2)
    assert "2 clinicians" in grid.describe_cell(MON, 15)
    gap = staffing.coverage_gap(w.doc.plan.agency.patrol, w.doc.plan.coverage.schedule)
    assert grid.gap_by_day() == [gap.by_day[d] for d in gap.by_day]

    # Patrol pattern changed on the agency step: the overlay follows when we come back.
    w.go_to(Step.agency)
    w.doc.set("agency.patrol", PatrolPattern(shifts_per_day=2, shift_length_hours=12, first_shift_start=7))
    w.go_to(Step.coverage)
    qtbot.waitUntil(lambda: [s.label for s in grid._shifts] == ["Shift 1 (07:00–19:00)", "Shift 2 (19:00–07:00)"])


def test_live_gap_and_fte_follow_the_grid(make_window, qtbot):
    w, page, grid = coverage_page(make_window)
    assert page.t_gap.value.text() == "—"  # a blank plan has no patrol pattern: no gap is computed
    assert "patrol shift pattern" in page.t_gap.detail.text()
    w.doc.set("agency.patrol", PatrolPattern())  # 3 × 8 h, every hour of the week
    qtbot.waitUntil(lambda: page.t_gap.value.text() == "168 h")
    drag(qtbot, grid, (MON, 0), (SUN, 23))  # 24/7, one clinician
    qtbot.waitUntil(lambda: page.t_gap.value.text() == "0 h")
    assert page.t_covered.value.text() == "168 of 168"
    # A 24/7 post: 8,760 / 1,698 ≈ 5.16 FTE (the guide's worked example).
    assert page.t_fte.value.text() == "5.2"
    assert "168 h × 365/7 ÷ 1,698" in page.t_fte.detail.text()
    click(qtbot, grid, SUN, 23)
    qtbot.waitUntil(lambda: page.t_gap.value.text() == "1 h")
    assert "Sun 1 h" in page.gap_days.text()


def test_summary_is_the_accessible_text(make_window, qtbot):
    w, page, grid = coverage_page(make_window, "mid-city")
    expected = describe_schedule(w.doc.plan.coverage.schedule)
    assert page.summary.text() == expected
    assert expected in grid.accessibleDescription()
    assert grid.accessibleName() == "Weekly clinician schedule"
    assert grid.grid() == grid_from_schedule(w.doc.plan.coverage.schedule)


def test_quick_fill_copies_and_clears_days(make_window, qtbot):
    w, page, grid = coverage_page(make_window)
    drag(qtbot, grid, (WED, 9), (WED, 16))
    page.editor.copy_weekdays_action.trigger()
    sched = w.doc.plan.coverage.schedule
    assert all(sched.day(d) == [Span(start=9, end=17)] for d in ("mon", "tue", "wed", "thu", "fri"))
    assert sched.sat == []
    page.editor.copy_all_action.trigger()
    assert w.doc.plan.coverage.schedule.sun == [Span(start=9, end=17)]
    page.editor.clear_day_action.trigger()
    assert w.doc.plan.coverage.schedule.wed == [] and w.doc.plan.coverage.schedule.thu != []
    page.editor.clear_action.trigger()
    assert w.doc.plan.coverage.schedule == WeeklySchedule()


def test_quick_fill_names_the_day_it_copies(make_window, qtbot):
    """Issue 14, item 12: "Copy this day" did not say which day."""
    w, page, grid = coverage_page(make_window)
    drag(qtbot, grid, (WED, 9), (WED, 10))
    page.editor.fill_button.menu().aboutToShow.emit()
    assert page.editor.copy_all_action.text() == "Copy Wednesday to &every day"
    assert page.editor.copy_weekend_action.text() == "Copy Wednesday to the week&end"
    assert page.editor.clear_day_action.text().startswith("Clear Wednesday")
    drag(qtbot, grid, (WED + 2, 9), (WED + 2, 10))
    page.editor.fill_button.menu().aboutToShow.emit()
    assert page.editor.copy_weekdays_action.text() == "Copy Friday to &weekdays (Mon–Fri)"
