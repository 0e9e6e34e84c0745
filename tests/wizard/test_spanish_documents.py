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


CHARTER_PLANS = ["blank", *(p.name for p in presets.available(load_content(None, "es")) if p.name != "blank")]
"""The blank plan and every preset: the plans a Spanish charter is made from."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _pdf_text(path: Path, furniture: list[str]) -> str:
    """The PDF's words as a reader reads them: the running header and footer (page
    furniture, printed between any two pages) taken out, a word Typst hyphenated at a line
    end made whole again (Spanish repeats the hyphen of a compound on the next line: 'time-'
    '-limited'), a line broken after a dash joined."""
    import re

    text = _text(path)
    text = re.sub(r"-\n-", "-", text)
    text = re.sub(r"(\w)-\n(\w)", r"\1\2", text)
    text = re.sub(r"([–/])\s*\n\s*", r"\1", text)
    text = _norm(text)
    for f in sorted({_norm(x) for x in furniture if x.strip()}, key=len, reverse=True):
        text = text.replace(f, " ")
    return _norm(re.sub(r"página \d+ de \d+", " ", text))


def _docx_text(path: Path) -> tuple[str, str]:
    """The Word copy's words (body paragraphs, table cells, footers) and its language."""
    import docx

    d = docx.Document(str(path))
    parts = [p.text for p in d.paragraphs]
    parts += [c.text for t in d.tables for row in t.rows for c in row.cells]
    parts += [p.text for s in d.sections for p in s.footer.paragraphs]
    return "\n".join(parts), d.core_properties.language


def _typed(plan) -> list[str]:
    """What the plan's authors typed, whole and paragraph by paragraph (the charter prints a
    multi-paragraph answer as separate paragraphs, and cuts long ones into table rows). The
    key decisions' questions as the program first wrote them are the program's words, not
    the authors': they are not allowed to stay English."""
    import re

    from wizard.plan import KEY_DECISION_QUESTIONS

    out = []
    for s in strings_in(plan):
        if s in KEY_DECISION_QUESTIONS.values():
            continue
        out.append(s)
        out.extend(x for x in re.split(r"\n", s) if x.strip())
    return out


def _findings_texts(plan, content) -> list[str]:
    """The readiness findings and the DRAFT reasons as the Spanish charter prints them
    (wizard/checks.py and wizard/readiness.py: their own test below)."""
    from wizard.readiness import charter_status

    status = charter_status(plan, content)
    out = [status.label]
    for r in status.reasons:
        out += [r, r[:1].upper() + r[1:].rstrip(".") + "."]
    for f in status.findings:
        out += [f.message, f.fix]
    return out


def _spanish_charter(name: str, tmp_path: Path):
    """(plan, PDF text, Word text, Word language, findings texts) of the Spanish charter of ``name``."""
    from wizard.charter.render import facts_for

    path = tmp_path / f"{name}.yaml"
    args = ["new", "-o", str(path)] if name == "blank" else ["new", "--preset", name, "-o", str(path)]
    assert run_cli("--lang", "es", *args).returncode == 0
    pdf, docx_path = tmp_path / "acta.pdf", tmp_path / "acta.docx"
    for out in (pdf, docx_path):
        r = run_cli("--lang", "es", "export", str(path), "-o", str(out))
        assert r.returncode == 0, r.stderr
    plan = storage.load_plan(path)
    i18n.set_language("es")
    content = load_content(None, "es")
    facts = facts_for(plan, content)
    furniture = [facts.furniture["footer"], facts.furniture["running"], facts.furniture["running_kind"]]
    word, lang = _docx_text(docx_path)
    return plan, _pdf_text(pdf, furniture), word, lang, _findings_texts(plan, content)


@pytest.mark.parametrize("name", CHARTER_PLANS)
def test_spanish_charter_has_no_english_sentence(name, tmp_path) -> None:
    """Every sentence the program writes into a Spanish charter, PDF and Word copy, is
    Spanish; what stays English is what the plan's authors typed, the titles of laws and
    documents. The readiness findings printed in it are Spanish too."""
    plan, pdf, word, lang, _findings = _spanish_charter(name, tmp_path)
    allowed = _typed(plan) + proper_names(load_content(None, "es"))
    assert "Resumen ejecutivo" in pdf and "Aprobación y firmas" in pdf and "Asuntos pendientes" in word
    flagged = english_sentences(pdf, allowed)
    assert not flagged, f"{len(flagged)} English sentences in the Spanish charter of {name}:\n" + "\n".join(flagged)
    flagged = english_sentences(word, allowed)
    assert not flagged, (f"{len(flagged)} English sentences in the Spanish Word copy of {name}:\n"
                         + "\n".join(flagged))
    assert lang == "es-US"


def test_spanish_charter_findings_are_spanish(tmp_path) -> None:
    plan = presets.new_plan(load_content(None, "es"), "mid-city")
    i18n.set_language("es")
    flagged = english_sentences("\n".join(_findings_texts(plan, load_content(None, "es"))))
    assert not flagged, "\n".join(flagged)


def test_charter_pieces_speak_spanish() -> None:
    """The small pieces the charter assembles, in Spanish (and unchanged in English)."""
    from wizard import agreement, phrases
    from wizard.plan import Agreement, AgreementTerm

    content = load_content(None, "es")
    plan = presets.new_plan(content, "blank")
    i18n.set_language("es")
    assert phrases.plural(36, "month") == "36 meses" and phrases.plural(1, "month") == "1 mes"
    assert phrases.said_join(["policía", "salud", "inclusión"]) == "policía, salud e inclusión"
    assert phrases.join(["one", "two"]) == "one and two"  # a list in an English sentence keeps its 'and'
    assert phrases.budget_years([0, 2], 2027) == "AF2027 y AF2029"
    values = agreement.resolve(plan, content)
    text, missing = agreement.fill("Este acuerdo entra en vigor el {term.start}.", values)
    assert text == "Este acuerdo entra en vigor el [todavía no se indica: la fecha de entrada en vigor]."
    assert missing == ["term.start"]
    term = plan.model_copy(update={"agreement": Agreement(term=AgreementTerm(months=36))})
    assert agreement.resolve(term, content)["term.length"] == "por 36 meses"
    from wizard.plan import ObligationArea

    assert agreement.AREA_LABELS[ObligationArea.staff] == "Personal"
    i18n.set_language("en")
    assert phrases.plural(36, "month") == "36 months" and phrases.budget_years([0, 2], 2027) == "FY2027 and FY2029"
    assert agreement.resolve(term, load_content(None, "en"))["term.length"] == "for 36 months"
    assert agreement.AREA_LABELS[ObligationArea.staff] == "Staff"


def test_every_counted_word_has_its_spanish() -> None:
    """plural(n, "month") says "{n} month"/"{n} months" from the catalog in Spanish: each
    plural() of wizard/ with a literal word has both forms."""
    catalog = i18n.messages("es")
    forms: dict[str, str] = {}
    for p in sorted((ROOT / "wizard").rglob("*.py")):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            f = node.func if isinstance(node, ast.Call) else None
            name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else ""
            if name == "plural" and len(node.args) >= 2 and isinstance(node.args[1], ast.Constant):
                word = node.args[1].value
                many = node.args[2].value if len(node.args) > 2 and isinstance(node.args[2], ast.Constant) else word + "s"
                for form in (word, many):
                    forms.setdefault("{n} " + form, f"{p.relative_to(ROOT)}:{node.lineno}")
    assert len(forms) > 20
    missing = [f"{where}: {msgid!r}" for msgid, where in forms.items() if not catalog.get(msgid, "").strip()]
    assert not missing, "resources/content/es/messages.yaml lacks:\n" + "\n".join(missing)


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
