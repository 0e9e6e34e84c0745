"""The window's language: Qt translators for the interface, wizard.i18n for everything else.

At start-up :func:`install` reads the language (``--lang``, else the one chosen in
View ▸ Language and remembered in QSettings under ``ui/language``, else English), makes
it the language of the plan's content and documents (:func:`wizard.i18n.set_language`)
and installs two ``QTranslator``\\ s: the program's own ``resources/translations/
coresponse_<lang>.qm`` (from ``translations/coresponse_<lang>.ts``, made with
``pyside6-lupdate`` over ``ui/``) and Qt's ``qtbase_<lang>.qm`` from PySide6's
translations folder, so standard dialogs and buttons (Open, Save, Cancel, the colour and
file dialogs) speak it too.

Pages, option lists and guidance are built once when the window opens, so a new choice
in View ▸ Language is remembered and takes effect the next time the program starts; the
menu says so.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from wizard import i18n

SETTING = "ui/language"
_installed: list[QTranslator] = []
"""Translators in use (kept referenced: Qt does not own them)."""
_system_locale: list[QLocale] = []
"""The default locale before the first install (English goes back to it)."""


def app_translation(lang: str) -> Path:
    """The program's compiled translation for ``lang`` (resources/translations/coresponse_<lang>.qm)."""
    return Path(str(resources.files("resources") / "translations" / f"coresponse_{lang}.qm"))


def qt_translations_dir() -> str:
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


def remembered(settings: QSettings) -> str:
    """The language chosen in the window before ('' when none, or one the program no longer has)."""
    value = str(settings.value(SETTING, "") or "")
    try:
        return i18n.check(value) if value else ""
    except i18n.UnknownLanguage:
        return ""


def remember(settings: QSettings, lang: str) -> None:
    settings.setValue(SETTING, i18n.check(lang))
    settings.sync()


def install(app: QCoreApplication, lang: str) -> list[str]:
    """Make ``lang`` the language of the window and of the content; returns problems
    (one line each, naming the file) — a missing translation leaves that part in English."""
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    code = i18n.set_language(lang)
    if not _system_locale:
        _system_locale.append(QLocale())
    # English keeps the computer's own locale (as before languages existed); Spanish is es_US
    QLocale.setDefault(_system_locale[0] if code == i18n.DEFAULT else QLocale(i18n.locale(code)))
    if code == i18n.DEFAULT:
        return []
    problems = []
    own = QTranslator(app)
    path = app_translation(code)
    if own.load(str(path)):
        app.installTranslator(own)
        _installed.append(own)
    else:
        problems.append(f"{path}: the window's {i18n.LANGUAGES[code]} translation could not be loaded")
    qt = QTranslator(app)
    if qt.load(f"qtbase_{code}", qt_translations_dir()):
        app.installTranslator(qt)
        _installed.append(qt)
    else:
        problems.append(f"{qt_translations_dir()}/qtbase_{code}.qm: Qt's own {i18n.LANGUAGES[code]} "
                        f"translation could not be loaded")
    return problems


def add_language_menu(window, menu) -> None:
    """View ▸ Language: one checkable entry per language; a choice is remembered for the next start."""
    from PySide6.QtGui import QAction, QActionGroup

    sub = menu.addMenu(QCoreApplication.translate("Language", "&Language"))
    group = QActionGroup(sub)
    current = i18n.language()
    for code, name in i18n.LANGUAGES.items():
        act = QAction(name, sub, checkable=True)
        act.setChecked(code == current)
        act.setData(code)
        group.addAction(act)
        sub.addAction(act)
        act.triggered.connect(lambda _checked=False, c=code: _choose(window, c))
    sub.addSeparator()
    note = sub.addAction(QCoreApplication.translate("Language", "Takes effect when the program starts again"))
    note.setEnabled(False)
    window.language_menu = sub


def _choose(window, code: str) -> None:
    try:
        remember(window.settings, code)
        if code != i18n.language():
            window.statusBar().showMessage(
                QCoreApplication.translate("Language", "Language: {name}. It takes effect when the program "
                                                       "starts again.").format(name=i18n.LANGUAGES[code]), 8000)
    except Exception as exc:  # never let an exception escape a Qt slot
        import sys

        print(f"coresponse-wizard: language not saved: {exc}", file=sys.stderr)
