"""The start page: a new blank plan or a sample agency, open, recent files, recover."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.recovery import RecoveryFile

if TYPE_CHECKING:
    from wizard.start_texts import StartTexts

APP_TITLE = QCoreApplication.translate("ui.start_page", "Co-Response Program Design Wizard")


class StartActions(Protocol):
    """What the start page asks of whoever shows it (the main window's file handling)."""

    def new_plan(self, preset_name: str = "blank") -> None: ...
    def open_file(self, path: Path | None = None) -> bool: ...
    def recover_file(self, rf: RecoveryFile) -> bool: ...
    def recent_files(self) -> list[str]: ...


class StartPage(QWidget):
    """New blank plan, a sample agency, open, recent files, recover unsaved work.

    Its texts (``wizard.start_texts``) are read before the content is validated, so that
    the window paints first; :meth:`show_texts` puts the validated content's in place."""

    def __init__(self, texts: StartTexts, actions: StartActions):
        super().__init__()
        self.actions = actions
        self.setObjectName("startPage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 36, 48, 36)
        outer.setSpacing(14)
        title = QLabel(APP_TITLE)
        title.setObjectName("startTitle")
        outer.addWidget(title)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.intro.setObjectName("note")
        outer.addWidget(self.intro)

        cols = QHBoxLayout()
        cols.setSpacing(32)
        outer.addLayout(cols, 1)

        left = QVBoxLayout()
        cols.addLayout(left, 1)
        h = QLabel(QCoreApplication.translate("ui.start_page", "Start a plan"))
        h.setObjectName("sectionTitle")
        left.addWidget(h)
        self.presets = QListWidget()
        self.presets.setAccessibleName(QCoreApplication.translate("ui.start_page", "Start from a blank plan or a sample agency"))
        self.presets.setWordWrap(True)
        self.presets.setSpacing(2)
        self.texts: StartTexts | None = None
        self.show_texts(texts)
        self.presets.itemActivated.connect(lambda it: actions.new_plan(it.data(Qt.ItemDataRole.UserRole)))
        left.addWidget(self.presets, 1)
        start = QPushButton(QCoreApplication.translate("ui.start_page", "&Start with the selected plan"))
        start.setObjectName("primary")
        start.clicked.connect(self._start_selected)
        left.addWidget(start)

        right = QVBoxLayout()
        cols.addLayout(right, 1)
        h2 = QLabel(QCoreApplication.translate("ui.start_page", "Continue"))
        h2.setObjectName("sectionTitle")
        right.addWidget(h2)
        open_btn = QPushButton(QCoreApplication.translate("ui.start_page", "&Open a plan or charter…"))
        open_btn.clicked.connect(lambda: actions.open_file())
        right.addWidget(open_btn)
        self.recent_label = QLabel(QCoreApplication.translate("ui.start_page", "Recent files"))
        right.addWidget(self.recent_label)
        self.recent = QListWidget()
        self.recent.setAccessibleName(QCoreApplication.translate("ui.start_page", "Recent files"))
        self.recent.itemActivated.connect(lambda it: actions.open_file(Path(it.data(Qt.ItemDataRole.UserRole))))
        right.addWidget(self.recent, 1)
        self.recover_label = QLabel(QCoreApplication.translate("ui.start_page", "Unsaved work from a previous session"))
        right.addWidget(self.recover_label)
        self.recover = QListWidget()
        self.recover.setAccessibleName(QCoreApplication.translate("ui.start_page", "Unsaved work that can be recovered"))
        self.recover.itemActivated.connect(
            lambda it: actions.recover_file(RecoveryFile(Path(it.data(Qt.ItemDataRole.UserRole)))))
        right.addWidget(self.recover)
        self.refresh()

    def show_texts(self, texts: StartTexts) -> None:
        """Show ``texts``; the same texts again change nothing (no relayout, the selection
        stays). Other texts keep the selected preset selected when it is still listed."""
        if texts == self.texts:
            return
        chosen = self.presets.currentItem()
        chosen_name = chosen.data(Qt.ItemDataRole.UserRole) if chosen is not None else None
        self.texts = texts
        self.intro.setText(texts.introduction)
        self.presets.clear()
        for info in texts.presets:
            item = QListWidgetItem(f"{info.title}\n{info.description}")
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setSizeHint(QSize(0, item.sizeHint().height()))
            self.presets.addItem(item)
        names = [p.name for p in texts.presets]
        self.presets.setCurrentRow(names.index(chosen_name) if chosen_name in names else 0)

    def _start_selected(self) -> None:
        item = self.presets.currentItem()
        self.actions.new_plan(item.data(Qt.ItemDataRole.UserRole) if item else "blank")

    def refresh(self) -> None:
        from ui.local_time import local_time

        self.recent.clear()
        for path in self.actions.recent_files():
            item = QListWidgetItem(f"{Path(path).name}\n{Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            item.setToolTip(path)
            self.recent.addItem(item)
        self.recent_label.setVisible(self.recent.count() > 0)
        self.recent.setVisible(self.recent.count() > 0)
        self.recover.clear()
        for rf in RecoveryFile.all():
            item = QListWidgetItem((QCoreApplication.translate("ui.start_page", "{title} (from {original})\nautosaved {when}") if rf.original
                                    else QCoreApplication.translate("ui.start_page", "{title} (never saved)\nautosaved {when}")
                                    ).format(title=rf.title, original=rf.original, when=local_time(rf.saved_at)))
            item.setData(Qt.ItemDataRole.UserRole, str(rf.path))
            self.recover.addItem(item)
        self.recover_label.setVisible(self.recover.count() > 0)
        self.recover.setVisible(self.recover.count() > 0)
