"""Small pieces of English the program assembles: articles, plurals, lists, ranges,
money, partial dates. One place, so "a embedded", "1 are planned" and "fiscal years
2022–2022" cannot happen anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from wizard import i18n
from wizard.approx import RANGE, Approx, approx_text, number_text

_ACRONYM = re.compile(r"^([A-Z]{2,}|[A-Z]\b)")
_ACRONYM_VOWEL = set("AEFHILMNORSX")  # letters whose names start with a vowel sound


def article(phrase: str) -> str:
    """'a' or 'an' for ``phrase`` ("an embedded", "a unit", "an LCSW", "a CIT team")."""
    word = phrase.strip()
    if not word:
        return "a"
    m = _ACRONYM.match(word)
    if m:
        return "an" if m.group(1)[0] in _ACRONYM_VOWEL else "a"
    lower = word.lower()
    if lower.startswith(("uni", "use", "usa", "uro", "uti", "one", "eu")):
        return "a"
    if lower.startswith(("hour", "honest", "honor", "honour", "heir")):
        return "an"
    return "an" if lower[0] in "aeiou" else "a"


def with_article(phrase: str) -> str:
    return f"{article(phrase)} {phrase}"


def _exact_number(n: float, decimals: int = 2) -> str:
    if not i18n.is_english():  # the one switch: other languages are Babel's (wizard.i18n)
        return i18n.number(n, decimals)
    return number_text(n, decimals)


def number(n: float, decimals: int = 2) -> str:
    """1,234 or 1.5 or 0.25: no trailing zeros, thousands separated; an approximate
    value says so ("about 2,400", "at least 600", "4–5", "at most 500")."""
    if isinstance(n, Approx):
        return approx_text(n, lambda v: _exact_number(v, decimals))
    return _exact_number(n, decimals)


def about(text: str, approximate: bool) -> str:
    """'about ' before a figure computed from approximate amounts."""
    return i18n.t("about {text}", text=text) if approximate else text


def plural(n: float, word: str, words: str | None = None) -> str:
    """'1 clinician', '2 clinicians', '1.5 FTE', 'about 600 calls' (``words`` for irregular plurals).

    In another language the count is the catalog's ``"{n} clinician"`` / ``"{n} clinicians"``
    (resources/content/<lang>/messages.yaml; tests/wizard/test_spanish_documents.py finds every
    plural() of wizard/ and fails on a form without its translation)."""
    one = float(n) == 1 and not (isinstance(n, Approx) and n.qualifier == RANGE)
    form = word if one else (words or word + "s")
    if not i18n.is_english():
        return i18n.t("{n} " + form, n=number(n))
    return f"{number(n)} {form}"


def verb(n: float, singular: str, plural_form: str) -> str:
    """'is'/'are', 'remains'/'remain' agreeing with ``n``."""
    return singular if n == 1 else plural_form


def join(items: Iterable[str], conjunction: str = "and") -> str:
    """'A', 'A and B', 'A, B and C' (no serial comma, as the charter's house style)."""
    xs = [x for x in items if x]
    if not xs:
        return ""
    if len(xs) == 1:
        return xs[0]
    conjunction = i18n.conjunction(conjunction, xs[-1])
    return f"{', '.join(xs[:-1])} {conjunction} {xs[-1]}"


CONJUNCTIONS = (i18n.N_("and"), i18n.N_("or"))


def said_join(items: Iterable[str], conjunction: str = "and") -> str:
    """:func:`join` for a sentence said in the current language: 'A, B and C' in English,
    'A, B y C' in Spanish (``conjunction`` is 'and' or 'or', translated here)."""
    return join(items, i18n.t(conjunction))


def years_phrase(first: int | None, last: int | None, count: int) -> str:
    """'in fiscal year 2027', 'over fiscal years 2027–2029', 'over the 3 budget years'."""
    t = i18n.t
    if first is not None and last is not None:
        return (t("in fiscal year {year}", year=first) if first == last
                else t("over fiscal years {years}", years=year_range(first, last)))
    return t("in the budget year") if count == 1 else t("over the {count} budget years", count=count)


def budget_years(indexes: Sequence[int], start_year: int | None) -> str:
    """Plan years in words: 'FY2027', 'FY2027 and FY2029', 'FY2027–FY2029'; with no start
    year 'year 1', 'years 1 and 3', 'years 1–3'. ``indexes`` are 0-based plan years."""
    idx = sorted(set(indexes))
    if not idx:
        return ""
    run = len(idx) > 2 and idx == list(range(idx[0], idx[-1] + 1))
    if start_year is not None:
        names = [i18n.t("FY{year}", year=start_year + i) for i in idx]
        return f"{names[0]}–{names[-1]}" if run else said_join(names)
    if len(idx) == 1:
        return i18n.t("year {n}", n=idx[0] + 1)
    return i18n.t("years {years}", years=f"{idx[0] + 1}–{idx[-1] + 1}" if run else said_join(str(i + 1) for i in idx))


def year_range(first: int, last: int) -> str:
    """'2027' or '2027–2029'."""
    return str(first) if first == last else f"{first}–{last}"


def _exact_money(amount: float) -> str:
    """$1,234,567 (whole dollars), the one money format the program prints."""
    if not i18n.is_english():
        return i18n.money(amount)
    return f"-${-amount:,.0f}" if amount < 0 else f"${amount:,.0f}"


def _rounded_money(amount: float) -> str:
    """$2.4 million, $550,000: an approximate amount is not printed to the dollar."""
    a = abs(amount)
    if a >= 1_000_000:
        m = f"{a / 1_000_000:,.2f}".rstrip("0").rstrip(".")
        if not i18n.is_english():
            m = i18n.number(round(a / 1_000_000, 2))
        return i18n.t("{sign}${m} million", sign="-" if amount < 0 else "", m=m)
    return _exact_money(amount)


def money(amount: float) -> str:
    """$1,234,567 (whole dollars), the one money format the program prints; an
    approximate amount in words ("about $2.4 million", "at least $500,000",
    "$400,000–$500,000")."""
    if isinstance(amount, Approx):
        return approx_text(amount, _rounded_money)
    return _exact_money(amount)


def money_about(amount: float, approximate: bool) -> str:
    """A money figure computed from amounts of which some are approximate: 'about $2.4 million'."""
    return i18n.t("about {text}", text=_rounded_money(amount)) if approximate else _exact_money(amount)


def money_short(amount: float) -> str:
    """$2.4M, $550K, $900 — for chart labels and headline tiles."""
    if not i18n.is_english():
        return i18n.money_short(amount)
    a = abs(amount)
    sign = "-" if amount < 0 else ""
    if a >= 1_000_000:
        return f"{sign}${a / 1_000_000:,.1f}M".replace(".0M", "M")
    if a >= 10_000:
        return f"{sign}${a / 1_000:,.0f}K"
    return f"{sign}${a:,.0f}"


def percent(share: float, decimals: int = 0) -> str:
    """'22%' (US style, no space), the one percent format the program prints."""
    if not i18n.is_english():
        return i18n.percent(share, decimals)
    return f"{share * 100:.{decimals}f}%"


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def long_date(d: dt.date | dt.datetime | None) -> str:
    """'September 2, 2026' (US agencies' style), '' for no date."""
    if d is None:
        return ""
    if not i18n.is_english():
        return i18n.long_date(d)
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def partial_date(value: str | None) -> str:
    """'2011', 'October 2011', 'October 5, 2011' from a partial ISO date ('2011-10')."""
    if not value:
        return ""
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 1:
        return str(parts[0])
    if len(parts) == 2:
        if not i18n.is_english():
            return i18n.month_year(parts[0], parts[1])
        return f"{MONTHS[parts[1] - 1]} {parts[0]}"
    return long_date(dt.date(*parts))


def sentence(text: str) -> str:
    """Capitalize the first letter and end with a full stop (unless it ends already)."""
    t = text.strip()
    if not t:
        return t
    t = t[0].upper() + t[1:]
    return t if t[-1] in ".!?" else t + "."


def hours(n: float) -> str:
    return plural(n, "hour")


def count_of(items: Sequence[object], word: str, words: str | None = None) -> str:
    return plural(len(items), word, words)
