"""File ▸ Compare with…: the differences between the open plan and another, by section.

The words come from :mod:`wizard.diff`, the same as ``coresponse diff``; this module
only lays them out and lets the reader jump to the step a section belongs to.
"""

from __future__ import annotations

from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui import dialogs
from wizard.yamlio import ReadError

if TYPE_CHECKING:
    from ui.context import PlanContext
    from wizard.diff import PlanDiff


def diff_html(result: PlanDiff) -> str:
    """Sections as headings (each linking to its step), differences as a list."""
    if result.same:
        return QCoreApplication.translate("ui.compare", "<p>No differences.</p>")
    parts = []
    for sec in result.sections:
        items = "".join(f"<li>{escape(line)}</li>" for line in sec.lines)
        n = len(sec.lines)
        count = (QCoreApplication.translate("ui.compare", "{n} difference") if n == 1
                 else QCoreApplication.translate("ui.compare", "{n} differences")).format(n=n)
        go = QCoreApplication.translate("ui.compare", "go to this step")
        parts.append(
            f"<h3>{escape(sec.title)} <span style='font-weight:normal'>· {escape(count)}"
            f" · <a href='step:{int(sec.step)}'>{escape(go)}</a></span></h3><ul>{items}</ul>")
    return "".join(parts)


class CompareDialog(QDialog):
    """A readable, copyable list of differences, grouped by plan section."""

    def __init__(self, parent: QWidget | None, result: PlanDiff, go_to=None):
        super().__init__(parent)
        self.result = result
        self._go_to = go_to
        self.setWindowTitle(QCoreApplication.translate("ui.compare", "Compare plans"))
        lay = QVBoxLayout(self)
        self.who = QLabel(QCoreApplication.translate("ui.compare", "<b>A</b> {0}<br><b>B</b> {1}").format(escape(result.a_name), escape(result.b_name)))
        self.who.setWordWrap(True)
        lay.addWidget(self.who)
        self.summary = QLabel(result.summary())
        self.summary.setObjectName("bannerOk" if result.same else "banner")
        self.summary.setWordWrap(True)
        lay.addWidget(self.summary)
        self.text = QTextBrowser()
        self.text.setObjectName("comparison")
        self.text.setAccessibleName(QCoreApplication.translate("ui.compare", "Differences between the plans"))
        self.text.setOpenLinks(False)
        self.text.anchorClicked.connect(self._link)
        self.text.setHtml(diff_html(result))
        lay.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = buttons.addButton(QCoreApplication.translate("ui.compare", "&Copy as Text"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_text)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)
        h = self.fontMetrics().height()
        self.resize(h * 56, h * 36)

    def copy_text(self) -> None:
        QApplication.clipboard().setText(self.result.as_text())

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("step:") and self._go_to is not None:
            from wizard.steps import Step

            self._go_to(Step(int(text.split(":", 1)[1])))


def compare_with(parent: QWidget, ctx: PlanContext, path: Path | None = None) -> CompareDialog | None:
    """Ask for a plan or charter, compare the open plan (A) with it (B), show the result
    (not modal: the plan stays editable; the caller keeps the dialog)."""
    ctx.flush_edits()
    doc = ctx.doc
    if path is None:
        folder = str(doc.path.parent) if doc.path else ""
        path = dialogs.choose_compare_path(parent, folder)
        if path is None:
            return None
    try:
        other = doc.load(path)
    except ReadError as exc:
        dialogs.show_error(parent, QCoreApplication.translate("ui.compare", "Could not compare"), str(exc))
        return None
    from wizard.diff import describe_plan, diff_plans

    mine = doc.plan
    result = diff_plans(mine, other, ctx.content,
                        a_name=describe_plan(mine, QCoreApplication.translate("ui.compare", "this plan ({0})").format(doc.path) if doc.path
                                             else QCoreApplication.translate("ui.compare", "this plan (not saved yet)")),
                        b_name=describe_plan(other, str(path)))
    dlg = CompareDialog(parent, result, go_to=ctx.go_to)
    dlg.show()
    return dlg
