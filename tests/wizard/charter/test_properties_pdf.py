"""Property tests through the PDF: export → extract gives the same plan, and any
text in any field (markup, Latin, Greek, Cyrillic, Vietnamese) prints and comes back
out of the PDF's text."""

from __future__ import annotations

import copy
import io
import re
import string
import unicodedata

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from strategies import _set, base, plans

from wizard.charter import extract_plan, render_charter
from wizard.content import default_content
from wizard.plan import ProgramPlan

VIETNAMESE = "ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐơưƠƯ"
ALPHABET = (
    string.ascii_letters + string.digits + "&<>\"'/\\#%;:!?()[]{}*+=-_@$^~|.,"
    + "éèêëàâäçñßøØåÅæÆœŒíóúüÿłŁőŐşŞžŽčČćĆ"
    + "αβγδεζηθικλμνξοπρστυφχψωΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩάέήίόύώ"
    + "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґ"
    + VIETNAMESE
)
words = st.text(alphabet=ALPHABET, min_size=1, max_size=24)
field_text = st.lists(words, min_size=1, max_size=4).map(" ".join)
SLOW = settings(max_examples=6, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def pdf_text(pdf: bytes) -> str:
    text = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages)
    return squash(text)


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", text))


@SLOW
@given(plans())
def test_export_then_extract_gives_the_same_plan(plan):
    pdf = render_charter(plan, default_content())
    assert extract_plan(pdf) == plan


@st.composite
def texts_in_fields(draw):
    name = draw(st.sampled_from(["mid-city", "large-city"]))
    data, free = base(name)
    data = copy.deepcopy(data)
    chosen = draw(st.lists(st.sampled_from(free), min_size=5, max_size=30, unique=True))
    values = {}
    for path in chosen:
        value = draw(field_text)
        _set(data, path, value)
        values[path] = value
    return ProgramPlan.model_validate(data), values


@SLOW
@given(texts_in_fields())
def test_any_text_in_any_field_prints_and_comes_back(case):
    plan, values = case
    pdf = render_charter(plan, default_content())
    text = pdf_text(pdf)
    missing = {".".join(map(str, p)): v for p, v in values.items() if squash(v) not in text}
    assert not missing, missing
    assert extract_plan(pdf) == plan
