"""The window in Spanish: every message id of the interface has its translation, the .ts is
what pyside6-lupdate finds in ui/ today, the committed .qm is built from it, the program
started with --lang es shows two pages with no English sentence (screenshots saved), Qt's
own dialogs are Spanish too, and View ▸ Language remembers a choice."""

from __future__ import annotations

import json
import os
import shutil
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.english_check import english_sentences, proper_names

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "translations" / "coresponse_es.ts"
QM = ROOT / "resources" / "translations" / "coresponse_es.qm"
DRIVER = Path(__file__).with_name("spanish_driver.py")


def _tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).with_name(name))
    if not Path(found).exists():
        pytest.skip(f"{name} is not installed with PySide6")
    return found


def _messages(path: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(path).getroot()
    return [(ctx.findtext("name") or "", m.findtext("source") or "", m.find("translation"))
            for ctx in root.iter("context") for m in ctx.iter("message")]


def _slots(text: str) -> list[str]:
    return sorted(f"{f}:{spec}" for _, f, spec, _ in string.Formatter().parse(text) if f is not None)


def test_every_message_id_has_a_translation() -> None:
    messages = _messages(TS)
    assert len(messages) > 600
    problems = []
    for ctx, source, tr in messages:
        text = (tr.text or "") if tr is not None else ""
        kind = tr.get("type", "") if tr is not None else "missing"
        if kind in ("vanished", "obsolete"):
            problems.append(f"{TS.name}: {ctx}: {source!r} is no longer in ui/ (run pyside6-lupdate -no-obsolete)")
        elif not text.strip() or kind == "unfinished":
            problems.append(f"{TS.name}: {ctx}: {source!r} has no translation")
        elif _slots(text) != _slots(source):
            problems.append(f"{TS.name}: {ctx}: {source!r} → {text!r} changes the {{slots}}")
        elif source.count("&") - source.count("&&") > 0 and text.count("&") - text.count("&&") != 1:
            problems.append(f"{TS.name}: {ctx}: {source!r} → {text!r} needs one & mnemonic")
    assert not problems, "\n".join(problems)


def test_ts_is_what_lupdate_finds_in_ui(tmp_path) -> None:
    fresh = tmp_path / "fresh.ts"
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    r = subprocess.run([_tool("pyside6-lupdate"), *files, "-ts", str(fresh), "-silent"], cwd=ROOT,
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    found = {(c, s) for c, s, _ in _messages(fresh)}
    have = {(c, s) for c, s, _ in _messages(TS)}
    missing = sorted(found - have)
    assert not missing, ("translations/coresponse_es.ts lacks these ui/ messages (run pyside6-lupdate, then "
                         "translate them):\n" + "\n".join(f"{c}: {s!r}" for c, s in missing[:40]))
    assert not sorted(have - found), "translations/coresponse_es.ts has messages ui/ no longer uses"


def test_committed_qm_is_built_from_the_ts(tmp_path) -> None:
    out = tmp_path / "coresponse_es.qm"
    r = subprocess.run([_tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(out)], capture_output=True,
                       text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    assert out.read_bytes() == QM.read_bytes(), "resources/translations/coresponse_es.qm is stale: run lrelease"


def test_translators_load(qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from ui import i18n as ui_i18n
    from wizard import i18n

    try:
        assert ui_i18n.install(qapp, "es") == []
        assert QCoreApplication.translate("ui.main_window", "&Save") == "&Guardar"
        assert QCoreApplication.translate("QWizard", "&Next >") not in ("", "&Next >")  # Qt's qtbase_es.qm
        assert i18n.language() == "es"
    finally:
        assert ui_i18n.install(qapp, "en") == []
    assert QCoreApplication.translate("ui.main_window", "&Save") == "&Save"
    assert i18n.language() == "en"


def test_language_menu_remembers_the_choice(make_window, settings) -> None:
    from ui import i18n as ui_i18n

    w = make_window(None)
    names = [a.text() for a in w.language_menu.actions() if a.isCheckable()]
    assert names == ["English", "Español"]
    assert [a.isChecked() for a in w.language_menu.actions() if a.isCheckable()] == [True, False]
    next(a for a in w.language_menu.actions() if a.text() == "Español").trigger()
    assert ui_i18n.remembered(settings) == "es"
    assert "starts again" in w.statusBar().currentMessage()  # takes effect at the next start, and says so
    settings.setValue(ui_i18n.SETTING, "xx")
    assert ui_i18n.remembered(settings) == ""  # an unknown remembered value is not a language


@pytest.fixture(scope="module")
def spanish_run(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("es")
    out = Path(os.environ.get("SCREENSHOT_DIR") or tmp)
    out.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp / "data"),
               XDG_CONFIG_HOME=str(tmp / "config"))
    r = subprocess.run([sys.executable, str(DRIVER), str(out), "agency", "governance"], capture_output=True,
                       text=True, env=env, timeout=300, cwd=ROOT)
    assert r.returncode == 0, r.stderr[-2000:]
    line = next(x for x in reversed(r.stdout.splitlines()) if x.startswith("{"))
    report = json.loads(line)
    assert "error" not in report, report["error"]
    return report, out


def test_spanish_window_starts_in_spanish(spanish_run) -> None:
    report, out = spanish_run
    assert report["lang"] == "es"
    assert report["menus"] == ["Archivo", "Edición", "Ir", "Ver", "Herramientas", "Ayuda"]
    assert "Español" in report["language_menu"]
    assert report["next_button"].startswith("Siguiente")  # Qt's own buttons, from qtbase_es.qm
    for step in ("agency", "governance"):
        png = out / f"es-{step}.png"
        assert png.stat().st_size > 10_000, f"{png} is not a screenshot"


@pytest.mark.parametrize("step, title", [("agency", "Su agencia y sus socios"),
                                         ("governance", "Supervisión y gobernanza")])
def test_spanish_page_shows_no_english_sentence(spanish_run, step, title) -> None:
    from wizard.content import load_content

    report, _ = spanish_run
    allowed = report["plan"] + proper_names(load_content(None, "es"))
    flagged = sorted({s for text in report[step] for s in english_sentences(text, allowed, min_words=1)})
    assert not flagged, f"English on the Spanish {step} page:\n" + "\n".join(flagged)
    assert title in report[step]  # the page's heading, from the Spanish content
