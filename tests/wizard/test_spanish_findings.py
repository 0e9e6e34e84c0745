"""Readiness findings in Spanish: `coresponse --lang es check` prints no English sentence for
any preset or a blank plan, nor for plans crafted so that every finding fires (counsel's
agreement checks included), and the reasons a charter stays a DRAFT are Spanish too."""

from __future__ import annotations

import re

import pytest

from tests.cli_runner import run_cli
from tests.english_check import english_sentences, proper_names, strings_in
from tests.wizard.findings_cases import crafted_plans
from wizard import checks, i18n, presets, readiness, storage
from wizard.clauses import PLACEHOLDERS
from wizard.content import load_content

VERDICT_CODES = {"ratio-outside-guide", "officer-fte-short-of-schedule"}
"""Findings whose sentence is a staffing verdict of wizard/verdicts.py (translated there, by the
charter's Spanish work): checked apart, in test_verdict_findings_are_spanish."""


@pytest.fixture(autouse=True)
def _back_to_english():
    yield
    i18n.set_language("en")


def _allowed(plan) -> list[str]:
    return strings_in(plan) + proper_names(load_content(None, "es"))


def _spanish_findings(plan) -> tuple[str, list[checks.Finding]]:
    """What `check` prints for the plan in Spanish, with the DRAFT reasons, and the findings."""
    from wizard.cli import format_findings

    i18n.set_language("es")
    try:
        content = load_content(None, "es")
        found = checks.run_checks(plan, content)
        shown = [f for f in found if f.code not in VERDICT_CODES]
        status = readiness.charter_status(plan, content, findings=found)
        text = "\n".join([format_findings(plan, shown, content), *readiness.final_blockers(plan, found),
                          "; ".join(status.reasons)])
    finally:
        i18n.set_language("en")
    return text, found


@pytest.mark.parametrize("preset", [p.name for p in presets.available(load_content(None, "en"))])
def test_check_of_every_preset_prints_no_english_sentence(preset, tmp_path) -> None:
    path = tmp_path / f"{preset}.yaml"
    assert run_cli("new", "--preset", preset, "-o", str(path)).returncode == 0  # an English-made plan
    r = run_cli("--lang", "es", "check", str(path))
    assert r.returncode in (0, 1), r.stderr
    plan = storage.load_plan(path)
    verdicts = {f.message for f in checks.run_checks(plan) if f.code in VERDICT_CODES}
    text = "\n".join(line for line in r.stdout.splitlines() if not any(v in line for v in verdicts))
    flagged = english_sentences(text, _allowed(plan))
    assert not flagged, f"English in `--lang es check` of {preset}:\n" + "\n".join(flagged)
    english = run_cli("check", str(path))
    assert english.stdout != r.stdout and ("Fix:" in english.stdout or "Ready: no findings." in english.stdout)


def test_check_of_a_blank_plan_prints_no_english_sentence(tmp_path) -> None:
    path = tmp_path / "blank.yaml"
    assert run_cli("new", "-o", str(path)).returncode == 0
    r = run_cli("--lang", "es", "check", str(path))
    assert r.returncode == 1, r.stderr
    assert "La agencia no tiene nombre." in r.stdout
    assert "Sigue abierta: ¿Funcionará el programa" in r.stdout  # a key decision's question in Spanish, not as stored
    flagged = english_sentences(r.stdout, _allowed(storage.load_plan(path)))
    assert not flagged, "English in `--lang es check` of a blank plan:\n" + "\n".join(flagged)


CRAFTED = crafted_plans()


@pytest.mark.parametrize("name", sorted(CRAFTED))
def test_crafted_findings_are_spanish(name) -> None:
    plan = CRAFTED[name]
    text, found = _spanish_findings(plan)
    assert found, f"{name}: no finding fired"
    flagged = english_sentences(text, _allowed(plan))
    assert not flagged, f"English in the Spanish findings of {name}:\n" + "\n".join(flagged)


def test_the_crafted_plans_fire_every_finding() -> None:
    """The crafted plans above are the whole test only if every rule fires in one of them."""
    from pathlib import Path

    src = Path(checks.__file__).read_text(encoding="utf-8")
    codes = set(re.findall(r'Finding\(\s*"([a-z0-9-]+)"', src))
    codes |= {f"qualification-{q.replace('_', '-')}" for q in ("masters_level", "crisis_experience")}
    fired = {f.code for p in CRAFTED.values() for f in checks.run_checks(p)}
    assert len(codes) > 80
    assert codes <= fired, f"never fired: {sorted(codes - fired)}"


def test_counsel_findings_are_spanish_on_a_binding_agreement() -> None:
    plan = CRAFTED["counsel no-term (2) / binding"]
    text, found = _spanish_findings(plan)
    assert any(f.code == "no-term" and f.severity is checks.Severity.blocker for f in found)
    assert "El plazo del acuerdo no tiene duración o fecha de terminación." in text
    assert "Indique una duración o fecha de terminación en Términos del acuerdo." in text
    text, _ = _spanish_findings(CRAFTED["counsel agreement-fact-missing / charter"])
    assert "lo máximo que paga cualquiera de las partes en un año" in text


def test_spanish_numbers_dates_and_plurals_in_findings() -> None:
    text, _ = _spanish_findings(CRAFTED["check all-shifts-gap"])
    assert "le faltan 84 horas por semana para cubrir las 168 horas" in text
    text, _ = _spanish_findings(CRAFTED["busy"])
    assert "No se eligió ninguna medida de proceso o producto." in text
    text, _ = _spanish_findings(CRAFTED["source-ends"])
    assert "terminan el 31 de marzo de 2027" in text
    text, _ = _spanish_findings(CRAFTED["check grant-cliff"])
    assert "El 76% del financiamiento conocido" in text
    text, _ = _spanish_findings(CRAFTED["counsel clauses-undecided / charter"])
    assert "1 cláusula del acuerdo todavía no se ha adoptado" in text


def test_draft_reasons_are_spanish() -> None:
    plan = CRAFTED["decisions"]  # a required signatory dropped
    i18n.set_language("es")
    reasons = readiness.final_blockers(plan, checks.run_checks(plan))
    status = readiness.charter_status(plan, None, draft=True)
    assert any(r.startswith(("Queda ", "Quedan ")) and r.endswith("(vea Revisión y preparación).") for r in reasons)
    assert "exportada como borrador" in status.reasons
    assert not english_sentences("\n".join([*reasons, *status.reasons]))


def test_english_findings_keep_their_words() -> None:
    """The English sentences are the ones the program always printed (other tests compare
    more; these are the ones whose assembly changed most)."""
    text = "\n".join(f.message + " " + f.fix for p in CRAFTED.values() for f in checks.run_checks(p))
    for sentence in ("The agreement's term has no length or end date.", "Give a length or end date in Agreement terms.",
                     "Deferred without an owner and a due date: ", "No process or output measures are chosen.",
                     "Expected calls would keep clinicians on scene at least ",
                     "84 hours a week short of patrol's 168 hours", "counts on terms that end 31 March 2027"):
        assert sentence in text, sentence


def test_every_placeholder_has_its_spanish() -> None:
    table = i18n.label_tables("es").get("placeholders", {})
    missing = [name for name in [*PLACEHOLDERS, "obligations"] if not str(table.get(name, "")).strip()]
    assert not missing, f"resources/content/es/labels.yaml: placeholders lacks {missing}"


def test_verdict_findings_are_spanish() -> None:
    plan = CRAFTED["stretched"]
    i18n.set_language("es")
    found = [f for f in checks.run_checks(plan, load_content(None, "es")) if f.code in VERDICT_CODES]
    assert found
    flagged = english_sentences("\n".join(f.message for f in found), _allowed(plan))
    assert not flagged, "\n".join(flagged)


def test_every_record_noun_has_its_spanish() -> None:
    """A finding's place names a list item by its noun ('Decision 1'): said in Spanish too."""
    import ast
    from pathlib import Path

    from wizard import labels

    src = Path(labels.__file__).with_name("plan.py").read_text(encoding="utf-8")
    nouns = {n.value for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Dict)
             for k, n in zip(n.keys, n.values, strict=True)
             if isinstance(k, ast.Constant) and k.value == "noun" and isinstance(n, ast.Constant)}
    assert "Decision" in nouns
    table = i18n.label_tables("es").get("nouns", {})
    assert not [n for n in nouns if not table.get(n)], f"resources/content/es/labels.yaml: nouns lacks {nouns - set(table)}"
    i18n.set_language("es")
    assert labels.place("decisions[1].status").startswith("Decisión 2 › ")
