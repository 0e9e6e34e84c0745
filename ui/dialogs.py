"""Every modal question the window asks, in one place (tests replace these functions)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

PLAN_FILTER = "Co-response plans (*.coresponse.yaml *.yaml *.yml)"
OPEN_FILTER = "Plans and charters (*.yaml *.yml *.pdf);;Co-response plans (*.yaml *.yml);;Charters (*.pdf)"


def ask_unsaved(parent: QWidget, name: str) -> str:
    """'save', 'discard' or 'cancel'."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Unsaved changes")
    box.setText(f"Save the changes to “{name}” before closing it?")
    box.setInformativeText("If you don't save, the changes since the last save are lost.")
    box.setStandardButtons(QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                           | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    answer = box.exec()
    return {QMessageBox.StandardButton.Save: "save",
            QMessageBox.StandardButton.Discard: "discard"}.get(QMessageBox.StandardButton(answer), "cancel")


def choose_open_path(parent: QWidget, folder: str = "") -> Path | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Open a plan or charter", folder, OPEN_FILTER)
    return Path(path) if path else None


def choose_save_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Save plan as", suggested, PLAN_FILTER)
    if not path:
        return None
    p = Path(path)
    if not p.name.endswith((".yaml", ".yml")):
        p = p.with_name(p.name + ".coresponse.yaml")
    return p


def choose_pdf_path(parent: QWidget, suggested: str) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(parent, "Export charter", suggested, "PDF charter (*.pdf)")
    if not path:
        return None
    p = Path(path)
    return p if p.suffix.lower() == ".pdf" else p.with_name(p.name + ".pdf")


def show_error(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.warning(parent, title, message)


def show_info(parent: QWidget, title: str, message: str) -> None:
    QMessageBox.information(parent, title, message)


def ask_yes_no(parent: QWidget, title: str, question: str) -> bool:
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def ask_recover(parent: QWidget, description: str) -> str:
    """'recover', 'discard' or 'later' for one recovery file found at start-up."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle("Recover unsaved work")
    box.setText("The program closed unexpectedly last time. Unsaved work was kept:")
    box.setInformativeText(description)
    recover = box.addButton("Recover", QMessageBox.ButtonRole.AcceptRole)
    discard = box.addButton("Discard", QMessageBox.ButtonRole.DestructiveRole)
    box.addButton("Decide later", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(recover)
    box.exec()
    clicked = box.clickedButton()
    return "recover" if clicked is recover else "discard" if clicked is discard else "later"
