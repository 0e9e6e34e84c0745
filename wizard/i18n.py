"""The language the program speaks: English (the default) or Spanish.

One switch for the whole process: :func:`set_language` is called once, by the command
line (``coresponse --lang es …``) or the window (its remembered choice), before any
text is made. Everything that prints a number, an amount of money, a share or a date
asks :mod:`wizard.phrases`, which asks here when the language is not English; English
output keeps the program's own house style byte for byte (``$1,234``, ``45 %``,
``September 2, 2026``). Other languages are formatted by Babel with the locale of
Spanish as written in the United States (``es_US``: dollars as ``$1,234``, ``2 de
septiembre de 2026``).

No Qt here (``wizard`` never imports Qt); the window loads its own translations in
``ui/i18n.py`` and calls :func:`set_language` with the same code.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping

LANGUAGES: dict[str, str] = {"en": "English", "es": "Español"}
"""The languages the program ships, each named in itself (for a language menu)."""
DEFAULT = "en"
LOCALES: dict[str, str] = {"en": "en_US", "es": "es_US"}
"""The Babel locale of each language: US agencies, US dollars, US number style."""
REGION = "US"

_current = DEFAULT


class UnknownLanguage(ValueError):
    """A language code the program has no text for."""


def check(lang: str) -> str:
    """``lang`` normalised ('ES', 'es-US', 'es_MX' → 'es'), or UnknownLanguage naming the choices."""
    code = (lang or "").strip().replace("_", "-").split("-")[0].lower()
    if code not in LANGUAGES:
        choices = ", ".join(f"{k} ({v})" for k, v in LANGUAGES.items())
        raise UnknownLanguage(f"'{lang}' is not a language the program speaks; choose {choices}")
    return code


def set_language(lang: str) -> str:
    """Make ``lang`` the language of everything made from now on; returns the code used."""
    global _current
    _current = check(lang)
    return _current


def language() -> str:
    """The current language code ('en' or 'es')."""
    return _current


def is_english() -> bool:
    return _current == "en"


def locale(lang: str | None = None) -> str:
    return LOCALES[lang or _current]


def bcp47(lang: str | None = None) -> str:
    """'en-US' / 'es-US': what a PDF's /Lang and an HTML lang attribute carry."""
    return f"{lang or _current}-{REGION}"


@functools.cache
def _babel_locale(name: str):  # -> babel.Locale (imported lazily: start-up time)
    from babel import Locale

    return Locale.parse(name)


# --- formatting (non-English; English stays in wizard.phrases' own code) -------------------------------------


def number(n: float, decimals: int = 2) -> str:
    """1,234 or 1.5 in the language's style, no trailing zeros."""
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "#" * decimals if decimals > 0 else "")
    return format_decimal(n, format=pattern, locale=_babel_locale(locale()))


def money(amount: float) -> str:
    """Whole dollars: '$1,234,567', '-$1,234' (es_US writes dollars as the US does)."""
    from babel.numbers import format_currency

    return format_currency(round(amount), "USD", format="¤#,##0", currency_digits=False,
                           locale=_babel_locale(locale()))


def money_short(amount: float) -> str:
    """'$2.4 M', '$550 mil', '$900': chart labels and tiles, in the language's abbreviations."""
    from babel.numbers import format_compact_currency

    a = abs(amount)
    if a < 10_000:
        return money(amount)
    return format_compact_currency(amount, "USD", fraction_digits=1 if a >= 1_000_000 else 0,
                                   locale=_babel_locale(locale()))


def percent(share: float, decimals: int = 0) -> str:
    from babel.numbers import format_percent

    pattern = "#,##0" + ("." + "0" * decimals if decimals > 0 else "") + "%"
    return format_percent(share, format=pattern, locale=_babel_locale(locale()))


def long_date(d: dt.date | dt.datetime) -> str:
    """'2 de septiembre de 2026'."""
    from babel.dates import format_date

    day = d.date() if isinstance(d, dt.datetime) else d
    return format_date(day, "long", locale=_babel_locale(locale()))


def month_year(year: int, month: int) -> str:
    """'octubre de 2011'."""
    from babel.dates import format_skeleton

    return format_skeleton("yMMMM", dt.date(year, month, 1), locale=_babel_locale(locale()))


def month_name(month: int) -> str:
    """'enero' … 'diciembre' (as a month stands alone)."""
    return str(_babel_locale(locale()).months["stand-alone"]["wide"][month])


def weekday_name(index: int) -> str:
    """0 = Monday: 'lunes' … 'domingo'."""
    return str(_babel_locale(locale()).days["format"]["wide"][index])


def conjunction(word: str, following: str = "") -> str:
    """``word`` as it must be written before ``following``: Spanish 'y' becomes 'e' before an
    i- sound and 'o' becomes 'u' before an o- sound ("Salud e Inclusión", "siete u ocho").
    Never translates: the sentence around a list decides its language, so a Spanish sentence
    passes t("and")."""
    nxt = following.strip().lower()
    if word == "y" and nxt.startswith(("i", "hi", "í", "hí")) and not nxt.startswith(("hie", "hia")):
        return "e"
    if word == "o" and nxt.startswith(("o", "ho", "ó", "hó")):
        return "u"
    return word


# --- the language's content files ----------------------------------------------------------------------------


def content_dir(lang: str | None = None) -> str:
    """Where a language's content lives inside ``resources``: 'content' for English,
    'content/es' for Spanish. A language's pack is complete: nothing falls back to English."""
    code = lang or _current
    return "content" if code == DEFAULT else f"content/{code}"


def content_bytes(name: str, lang: str | None = None) -> tuple[str, bytes]:
    """A default content file's display path and bytes, in ``lang`` (default: the current language).
    Walked one name at a time: a frozen program's ``MultiplexedPath`` joins one child per call."""
    from importlib import resources

    folder = content_dir(lang)
    node = resources.files("resources")
    for part in folder.split("/"):
        node = node / part
    return f"resources/{folder}/{name}", (node / name).read_bytes()


# --- names of fields and fixed choices (resources/content/<lang>/labels.yaml) ---------------------------------

LABELS_FILE = "labels.yaml"


@functools.cache
def label_tables(lang: str) -> dict:
    """The language's labels.yaml as a mapping of tables ({} for English, whose tables are in the code)."""
    if lang == DEFAULT:
        return {}
    from wizard import yamlio

    path, raw = content_bytes(LABELS_FILE, lang)
    data = yamlio.parse(path, raw).data
    if not isinstance(data, dict):
        raise yamlio.ReadError(path, "the file must be a mapping (key: value) at the top", line=1)
    return data


def _key(key: object) -> str:
    import enum

    return str(key.value) if isinstance(key, enum.Enum) else str(key)


def label_text(table: tuple[str, ...], key: object, english: str) -> str:
    """The current language's text for ``key`` in ``table`` (e.g. ('values', 'Cadence')), else ``english``
    (tests/wizard/test_spanish.py makes sure no key is left without its text)."""
    if _current == DEFAULT:
        return english
    node: object = label_tables(_current)
    for part in table:
        node = node.get(part, {}) if isinstance(node, dict) else {}
    found = node.get(_key(key)) if isinstance(node, dict) else None
    return str(found) if found else english


class Localized(Mapping):
    """A read-only table of English names (keyed as the code keys it) that answers in the
    current language: ``ROLE_LABELS[role]`` is 'Police executive' in English and 'Directivo
    policial' in Spanish. ``wrap(english_value, text)`` rebuilds a richer value (a Label)."""

    def __init__(self, table: tuple[str, ...], english: dict, wrap=None):
        self.table = table
        self.english = dict(english)
        self._wrap = wrap

    def __getitem__(self, key):
        eng = self.english[key]
        if _current == DEFAULT:
            return eng
        if self._wrap is not None:
            return self._wrap(eng, label_text(self.table, key, eng.text))
        return label_text(self.table, key, eng)

    def __iter__(self):
        return iter(self.english)

    def __len__(self) -> int:
        return len(self.english)

    def __contains__(self, key) -> bool:
        return key in self.english

    def __repr__(self) -> str:
        return f"Localized({'.'.join(self.table)}, {len(self.english)} entries)"


# --- the program's own sentences (resources/content/<lang>/messages.yaml) ------------------------------------

MESSAGES_FILE = "messages.yaml"


@functools.cache
def messages(lang: str) -> dict[str, str]:
    """The language's message catalog: English message → its translation ({} for English)."""
    if lang == DEFAULT:
        return {}
    from wizard import yamlio

    path, raw = content_bytes(MESSAGES_FILE, lang)
    data = yamlio.parse(path, raw).data
    if not isinstance(data, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
        raise yamlio.ReadError(path, "the file must map each English message to its text (message: text)", line=1)
    return data


def t(msgid: str, /, **values: object) -> str:
    """``msgid`` (an English sentence, perhaps with ``{name}`` slots) in the current language,
    its slots filled from ``values``. tests/wizard/test_spanish.py finds every ``t("…")`` and
    ``N_("…")`` in wizard/ and fails on one without its Spanish."""
    text = msgid if _current == DEFAULT else messages(_current).get(msgid, msgid)
    return text.format(**values) if values else text


def N_(msgid: str) -> str:
    """Marks a message kept in a constant and translated where it is used (``t(CONSTANT)``)."""
    return msgid


def template_words() -> dict[str, str]:
    """What a Typst template's ``tr("…")`` looks up (sys.inputs.words): the current catalog."""
    return messages(_current)
