"""Spanish documents: `coresponse --lang es` writes the worksheet, the comparison, `check` and
every preset's charter in Spanish, and the PDFs say so (/Lang es-US)."""

from __future__ import annotations

import ast
import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli_runner import ROOT, run_cli
from tests.english_check import english_sentences, proper_names, strings_in
from wizard import i18n, presets, storage
from wizard.content import load_content
from wizard.steps import Step


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    i18n.set_language("en")


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


def _lang(path: Path) -> str:
    return str(PdfReader(path).trailer["/Root"].get("/Lang"))


def message_ids() -> dict[str, str]:
    """Every t("…") / N_("…") of wizard/ and tr("…") of the templates → where it is."""
    import re

    ids: dict[str, str] = {}
    for p in sorted((ROOT / "wizard").rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and node.args and isinstance(node.args[0], ast.Constant):
                f = node.func
                name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
                if name in ("t", "N_") and isinstance(node.args[0].value, str):
                    ids.setdefault(node.args[0].value, f"{p.relative_to(ROOT)}:{node.lineno}")
    for p in sorted((ROOT / "resources" / "templates").glob("*.typ")):
        for m in re.finditer(r'tr\("((?:[^"\\]|\\.)*)"\)', p.read_text(encoding="utf-8")):
            ids.setdefault(m.group(1), str(p.relative_to(ROOT)))
    # constants translated where they are used: t(DAY_ABBR[d]), t(MEASURE_CATEGORY[c][0]), ...
    from wizard.charter.facts import MEASURE_CATEGORY
    from wizard.plan import KEY_DECISION_QUESTIONS
    from wizard.schedule import DAY_ABBR

    for v in [*DAY_ABBR.values(), *(x for pair in MEASURE_CATEGORY.values() for x in pair),
              *KEY_DECISION_QUESTIONS.values()]:
        ids.setdefault(v, "a constant")
    return ids


def test_every_message_of_the_code_has_its_spanish() -> None:
    ids = message_ids()
    assert len(ids) > 250  # the scan finds the worksheet's, the comparison's and check's messages
    catalog = i18n.messages("es")
    missing = [f"{where}: {msgid!r}" for msgid, where in ids.items() if not catalog.get(msgid, "").strip()]
    assert not missing, "resources/content/es/messages.yaml lacks:\n" + "\n".join(missing)
    slots = [m for m in ids if catalog.get(m) and sorted(_slots(m)) != sorted(_slots(catalog[m]))]
    assert not slots, f"the Spanish of these messages has other {{slots}} than the English: {slots}"


def _slots(text: str) -> list[str]:
    import string

    return [f for _, f, _, _ in string.Formatter().parse(text) if f]


def test_english_sentence_check_can_fail() -> None:
    assert english_sentences("Clinicians are scheduled for 66 h of the week.") != []
    assert english_sentences("Los profesionales clínicos tienen 66 h de la semana.") == []
    assert english_sentences("See the Co-Response Program Starter Guide for the details.",
                             allowed=["See the Co-Response Program Starter Guide for the details."]) == []


def test_spanish_worksheet_has_no_english_sentence(tmp_path) -> None:
    out = tmp_path / "hoja.pdf"
    r = run_cli("--lang", "es", "worksheet", "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert f"PASO 1 DE {len(Step)}" in text and "Conversen primero" in text and "página 1 de" in text
    flagged = english_sentences(text, proper_names(load_content(None, "es")))
    assert not flagged, "English in the Spanish worksheet:\n" + "\n".join(flagged)
    assert _lang(out) == "es-US"


def test_spanish_comparison_has_no_english_sentence(tmp_path) -> None:
    files = []
    plans = []
    for name in ("mid-city", "rural-sheriff"):
        path = tmp_path / f"{name}.yaml"
        assert run_cli("--lang", "es", "new", "--preset", name, "-o", str(path)).returncode == 0
        files.append(str(path))
        plans.append(storage.load_plan(path))
    out = tmp_path / "comparacion.pdf"
    r = run_cli("--lang", "es", "compare", *files, "-o", str(out))
    assert r.returncode == 0, r.stderr
    text = _text(out)
    assert "planes lado a lado" in text and "Decisiones clave" in text
    typed = [s for p in plans for s in strings_in(p)]  # the plans' own words are the authors'
    flagged = english_sentences(text, typed + proper_names(load_content(None, "es")))
    assert not flagged, "English in the Spanish comparison:\n" + "\n".join(flagged)


def test_check_speaks_spanish(tmp_path) -> None:
    path = tmp_path / "blank.yaml"
    assert run_cli("new", "-o", str(path)).returncode == 0
    r = run_cli("--lang", "es", "check", str(path))
    assert r.returncode == 1
    assert "impedimentos" in r.stdout.splitlines()[1] and "IMPEDIMENTO" in r.stdout
    assert "Cómo corregirlo:" in r.stdout
    assert "Modelo de respuesta conjunta" in r.stdout  # the step titles come from the Spanish content
    english = run_cli("check", str(path))
    assert "blockers" in english.stdout.splitlines()[1] and "Fix:" in english.stdout  # English unchanged


def test_unknown_language_is_one_line(tmp_path) -> None:
    r = run_cli("--lang", "fr", "presets")
    assert r.returncode == 2
    assert r.stderr.strip() == ("coresponse: --lang: 'fr' is not a language the program speaks; choose en "
                                "(English), es (Español)")


@pytest.mark.parametrize("preset", [p.name for p in presets.available(load_content(None, "es"))])
def test_every_preset_exports_a_spanish_charter(preset, tmp_path) -> None:
    plan = tmp_path / f"{preset}.yaml"
    pdf = tmp_path / f"{preset}.pdf"
    assert run_cli("--lang", "es", "new", "--preset", preset, "-o", str(plan)).returncode == 0
    r = run_cli("--lang", "es", "export", str(plan), "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    assert _lang(pdf) == "es-US"
    text = " ".join(_text(pdf).split())
    es = load_content(None, "es").charter
    en = load_content(None, "en").charter
    assert " ".join(es.introduction.split())[:60] in text  # the charter's fixed prose is the Spanish pack's
    assert " ".join(en.introduction.split())[:60] not in text
    back = run_cli("extract", str(pdf), "-o", str(tmp_path / "back.yaml"))
    assert back.returncode == 0, back.stderr  # the plan inside is the same, whatever the language


@pytest.mark.xfail(strict=True, reason="some of the charter's sentences built in wizard/charter/facts.py are still "
                                       "English: the charter helper is moving them to charter.yaml, and their "
                                       "Spanish follows that move (strict: this fails once they are all Spanish, "
                                       "so the mark comes off then)")
def test_spanish_charter_has_no_english_sentence(tmp_path) -> None:
    plan = presets.new_plan(load_content(None, "es"), "mid-city")
    path = tmp_path / "plan.yaml"
    storage.save_plan(plan, path)
    pdf = tmp_path / "acta.pdf"
    assert run_cli("--lang", "es", "export", str(path), "-o", str(pdf)).returncode == 0
    flagged = english_sentences(_text(pdf), strings_in(plan) + proper_names(load_content(None, "es")))
    assert not flagged, f"{len(flagged)} English sentences, e.g.:\n" + "\n".join(flagged[:20])


def test_datasheet_lists_are_spanish(tmp_path) -> None:
    import openpyxl

    plan = tmp_path / "p.yaml"
    assert run_cli("new", "--preset", "mid-city", "-o", str(plan)).returncode == 0
    out = tmp_path / "datos.xlsx"
    r = run_cli("--lang", "es", "datasheet", str(plan), "-o", str(out))
    assert r.returncode == 0, r.stderr
    book = openpyxl.load_workbook(io.BytesIO(out.read_bytes()))
    values = {str(c.value) for ws in book.worksheets for row in ws.iter_rows() for c in row if c.value}
    assert "Resuelto en la escena" in values and "Fecha y hora de la llamada" in values
    assert "Resolved on scene" not in values
