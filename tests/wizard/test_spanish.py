"""Spanish: the content pack is complete, labels are complete, formatting follows es_US.

The Spanish pack (resources/content/es/) mirrors every English content file that carries
words: the same structure, the same ids and numbers, and for every piece of English text
a Spanish text of its own. A missing or empty text fails naming the file and the key.
"""

from __future__ import annotations

import datetime as dt
import enum
from importlib import resources
from typing import Any

import pytest
import yaml

from wizard import i18n

PACK_FILES = ("steps.yaml", "catalogs.yaml", "models.yaml", "presets.yaml", "datasheet.yaml", "charter.yaml",
              "clauses.yaml")
KEEP_KEYS = {"id", "step", "file", "name", "kind", "list", "category", "data_sources", "tier", "source", "sources",
             "citation", "ends", "part", "default_option", "option_from", "special"}
IDS = {"id", "step", "file", "name", "kind", "list", "category", "data_sources", "tier", "ends", "part",
       "default_option", "option_from", "special"}
"""Keys whose values are ids, file names, or titles of published documents and laws (kept as published)."""


def _load(*parts: str) -> Any:
    node = resources.files("resources")
    for p in parts:
        node = node / p
    return yaml.safe_load(node.read_bytes())


SAME_IN_SPANISH = {"Plan", "Rural", "Local", "Regional", "Total", "Final", "General", "Hospital"}
"""Words spelled the same in both languages: a Spanish text equal to one of these is translated."""


def _is_id(v: Any) -> bool:
    import re

    items = v if isinstance(v, list) else [v]
    return all(isinstance(x, str) and re.fullmatch(r"[a-z0-9][a-z0-9_\-]*(\.yaml)?|\d{4}-\d\d-\d\d", x) for x in items)


def _is_words(text: str) -> bool:
    """Text a translator must translate: has a word of 3+ letters that is not an acronym."""
    if text.strip() in SAME_IN_SPANISH:
        return False
    return any(len(w) >= 3 and any(c.islower() for c in w) for w in text.replace("/", " ").split())


def _compare(en: Any, es: Any, where: str, key: str, problems: list[str]) -> None:
    if isinstance(en, dict):
        if not isinstance(es, dict):
            problems.append(f"{where}: '{key}' should be a mapping like the English")
            return
        for k, v in en.items():
            sub = f"{key}.{k}" if key else str(k)
            if k not in es or es[k] in (None, "", [], {}) and v not in (None, "", [], {}):
                problems.append(f"{where}: '{sub}' has no Spanish text")
                continue
            if k in KEEP_KEYS and (isinstance(v, str) or isinstance(v, list) and all(isinstance(x, str) for x in v)):
                if k in IDS and _is_id(v) and es[k] != v:
                    problems.append(f"{where}: '{sub}' must stay {v!r} (an id, not text)")
                continue
            _compare(v, es[k], where, sub, problems)
        for k in es:
            if k not in en:
                problems.append(f"{where}: '{key}.{k}' is not in the English file")
    elif isinstance(en, list):
        if not isinstance(es, list) or len(es) != len(en):
            problems.append(f"{where}: '{key}' should have {len(en)} items like the English "
                            f"(has {len(es) if isinstance(es, list) else type(es).__name__})")
            return
        for i, (a, b) in enumerate(zip(en, es, strict=True)):
            ident = a.get("id") or a.get("step") or a.get("name") if isinstance(a, dict) else None
            _compare(a, b, where, f"{key}[{ident or i}]", problems)
    elif isinstance(en, str):
        if not isinstance(es, str) or not es.strip():
            problems.append(f"{where}: '{key}' has no Spanish text")
        elif es.strip() == en.strip() and _is_words(en):
            problems.append(f"{where}: '{key}' is still the English text ({en[:60]!r})")
    elif en != es:
        problems.append(f"{where}: '{key}' is {es!r} in Spanish but {en!r} in English (not text: must match)")


@pytest.mark.parametrize("name", PACK_FILES)
def test_every_english_text_has_its_spanish(name: str) -> None:
    problems: list[str] = []
    _compare(_load("content", name), _load("content", "es", name), f"resources/content/es/{name}", "", problems)
    assert not problems, "\n".join(problems)


def test_the_comparison_catches_a_missing_text() -> None:
    en = {"steps": [{"step": "agency", "title": "Your agency", "prompts": ["Who?", "How many calls?"]}]}
    es = {"steps": [{"step": "agency", "title": "Your agency", "prompts": ["¿Quién?"]}]}
    problems: list[str] = []
    _compare(en, es, "x.yaml", "", problems)
    assert "x.yaml: 'steps[agency].title' is still the English text ('Your agency')" in problems
    assert any("'steps[agency].prompts' should have 2 items" in p for p in problems)
    problems.clear()
    _compare({"a": {"label": "Open", "id": "open"}}, {"a": {"id": "abierta"}}, "y.yaml", "", problems)
    assert problems == ["y.yaml: 'a.label' has no Spanish text", "y.yaml: 'a.id' must stay 'open' (an id, not text)"]


def test_spanish_content_loads_and_validates() -> None:
    from wizard.content import load_content

    es = load_content(None, "es")
    en = load_content(None, "en")
    assert es.lang == "es" and en.lang == "en"
    assert [m.id for m in es.models] == [m.id for m in en.models]
    assert es.catalogs.ids("measures") == en.catalogs.ids("measures")
    assert es.steps[next(iter(es.steps))].title == "Su agencia y sus socios"
    for m in es.models:
        assert all(len(w.label) <= 22 for w in m.workflow), m.id  # diagram boxes


def test_default_content_follows_the_language() -> None:
    from wizard.content import default_content

    try:
        i18n.set_language("es")
        assert default_content().lang == "es"
        assert default_content().charter.introduction.startswith("La respuesta conjunta")
    finally:
        i18n.set_language("en")
    assert default_content().lang == "en"


def test_spanish_clauses_keep_every_field_and_option() -> None:
    from wizard.clauses import placeholders_in
    from wizard.content import load_content

    assert i18n.language() == "en"
    en, es = load_content(None, "en").clauses, load_content(None, "es").clauses  # es asked for, not current
    assert [c.id for c in es] == [c.id for c in en]
    for a, b in zip(en, es, strict=True):
        assert b.title != a.title and b.purpose != a.purpose and b.counsel != a.counsel, a.id
        assert [o.id for o in b.options] == [o.id for o in a.options], a.id
        assert sorted(placeholders_in(b.text or "")) == sorted(placeholders_in(a.text or "")), a.id
        for x, y in zip(a.options, b.options, strict=True):
            assert sorted(placeholders_in(y.text)) == sorted(placeholders_in(x.text)), f"{a.id}.{x.id}"


def test_a_spanish_charter_prints_its_agreement_terms_in_spanish() -> None:
    from wizard import presets
    from wizard.charter.render import facts_for
    from wizard.content import default_content, load_content

    english = {c.id: c for c in load_content(None, "en").clauses}
    try:
        i18n.set_language("es")
        content = default_content()
        spanish = {c.id: c for c in content.clauses}
        plan = presets.load(content, "mid-city")
        section = next(s for s in facts_for(plan, content).sections if s["id"] == "agreement")
    finally:
        i18n.set_language("en")
    clauses = {b["title"]: b for b in section["blocks"] if b["kind"] == "clause"}
    adopted = [c.clause for c in plan.agreement.clauses if c.status is not None and c.status.value == "adopted"]
    assert len(adopted) >= 15
    for cid in adopted:
        info = spanish[cid]
        assert info.title != english[cid].title and info.title in clauses, cid
        text = clauses[info.title]["text"]
        assert not clauses[info.title]["edited"]
        first = (info.option(next(c.option for c in plan.agreement.clauses if c.clause == cid)) or info).text
        start = (first or "").split("{")[0].split()[:3]  # the wording's first words, before any field
        assert text.startswith(" ".join(start)), (cid, text[:80])
    assert clauses["Partes"]["text"].startswith("Este acuerdo se celebra entre ")
    assert "Ohio Revised Code 9.482" in clauses["Fundamento legal"]["text"]  # the statute as published
    assert "sujeta a la asignación presupuestaria" in clauses["Distribución de costos"]["text"]
    # a clause the plan edited keeps the plan's own words, whatever the language
    edited = next(c for c in plan.agreement.clauses if c.clause == "governing_law")
    assert clauses[spanish["governing_law"].title]["text"] == edited.text


# --- labels -----------------------------------------------------------------------------------------------


def _label_tables():  # -> list[(yaml table path, english mapping)]
    from wizard import calldata, labels
    from wizard.plan import ProgramPlan

    tables = [(("sections",), labels.SECTION_LABELS.english),
              (("fields",), {k: v.text for k, v in labels.FIELD_LABELS.english.items()}),
              (("call_demand",), calldata.FIELD_LABELS.english)]
    titles: dict[str, str] = {}

    def walk(model, prefix):
        from pydantic import BaseModel

        for name, info in model.model_fields.items():
            path = prefix + name
            if info.title and path not in labels.FIELD_LABELS:
                titles[path] = info.title
            t = labels.field_type(info.annotation)
            if isinstance(t, type) and issubclass(t, BaseModel):
                walk(t, path + ".")

    walk(ProgramPlan, "")
    tables.append((("fields",), titles))
    for cls, table in labels.VALUE_LABELS.items():
        tables.append((("values", cls.__name__), dict(table.english)))
    return tables


def test_every_label_has_its_spanish() -> None:
    es = i18n.label_tables("es")
    problems = []
    for path, english in _label_tables():
        node = es
        for p in path:
            node = node.get(p, {})
        for key, text in english.items():
            k = key.value if isinstance(key, enum.Enum) else str(key)
            got = node.get(k)
            if not got:
                problems.append(f"resources/content/es/labels.yaml: '{'.'.join(path)}.{k}' has no Spanish text "
                                f"(English: {text!r})")
            elif got == text and _is_words(text):
                problems.append(f"resources/content/es/labels.yaml: '{'.'.join(path)}.{k}' is still English")
    assert not problems, "\n".join(problems)


def test_labels_answer_in_the_current_language() -> None:
    from wizard import labels, signing
    from wizard.plan import Cadence, ModelId, SignatoryRole

    assert labels.field_label("staffing.clinicians[1].fte") == "FTE"
    assert labels.value_label(ModelId.call_out) == "Call-out / hybrid"
    try:
        i18n.set_language("es")
        assert labels.field_label("agency.name") == "Nombre de la agencia"
        assert labels.label("staffing.clinicians[0].agency_share").unit == "percent"
        assert labels.field_label("staffing.teams[0].units") == "Equipos de este tipo"  # a plan.py title
        assert labels.value_label(ModelId.call_out) == "Llamada de apoyo / híbrido"
        assert labels.VALUE_LABELS[Cadence]["weekly"] == "Semanal"
        assert signing.ROLE_LABELS[SignatoryRole.police_executive] == "Directivo policial"
        assert dict(labels.SECTION_LABELS)["signoff"] == "Firmas"
    finally:
        i18n.set_language("en")
    assert signing.ROLE_LABELS[SignatoryRole.police_executive] == "Police executive"


# --- formatting -------------------------------------------------------------------------------------------


def test_english_formats_are_the_house_style() -> None:
    from wizard import phrases

    assert i18n.language() == "en"
    assert phrases.money(1234567) == "$1,234,567" and phrases.money(-5) == "-$5"
    assert phrases.money_short(2_400_000) == "$2.4M" and phrases.money_short(550_000) == "$550K"
    assert phrases.percent(0.456) == "46%" and phrases.number(1234.5) == "1,234.5"
    assert phrases.long_date(dt.date(2026, 9, 2)) == "September 2, 2026"
    assert phrases.partial_date("2011-10") == "October 2011"
    assert phrases.join(["A", "B", "C"]) == "A, B and C"


def test_spanish_formats_are_babel_es_us() -> None:
    from wizard import phrases

    try:
        i18n.set_language("es")
        assert phrases.money(1234567) == "$1,234,567" and phrases.money(-1234.4) == "-$1,234"
        assert phrases.percent(0.456) == "46%" and phrases.percent(0.4567, 1) == "45.7%"
        assert phrases.number(1234.5) == "1,234.5" and phrases.number(3.0) == "3"
        assert phrases.long_date(dt.date(2026, 9, 2)) == "2 de septiembre de 2026"
        assert phrases.long_date(dt.datetime(2026, 1, 1, 23, 0)) == "1 de enero de 2026"
        assert phrases.partial_date("2011-10") == "octubre de 2011"
        assert phrases.partial_date("2011") == "2011"
        assert phrases.join(["policía", "salud", "bomberos"], i18n.t("and")) == "policía, salud y bomberos"
        assert phrases.join(["Salud", "Inclusión"], "y") == "Salud e Inclusión"
        assert phrases.join(["siete", "ocho"], i18n.t("or")) == "siete u ocho"
        assert phrases.join(["one", "two"]) == "one and two"  # an English sentence keeps its 'and'
        assert phrases.money_short(900) == "$900"
    finally:
        i18n.set_language("en")


def test_unknown_language_is_refused_with_the_choices() -> None:
    with pytest.raises(i18n.UnknownLanguage, match=r"'fr' is not a language .*en \(English\), es \(Español\)"):
        i18n.set_language("fr")
    assert i18n.check("es-US") == "es" and i18n.check("ES") == "es"
    assert i18n.language() == "en"
