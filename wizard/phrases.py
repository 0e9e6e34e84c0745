"""Small pieces of English the program assembles: articles, plurals, lists, ranges,
money, partial dates. One place, so "a embedded", "1 are planned" and "fiscal years
2022–2022" cannot happen anywhere.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from wizard import i18n

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


def number(n: float, decimals: int = 2) -> str:
    """1,234 or 1.5 or 0.25: no trailing zeros, thousands separated."""
    if not i18n.is_english():  # the one switch: other languages are Babel's (wizard.i18n)
        return i18n.number(n, decimals)
    if float(n).is_integer():
        return f"{int(n):,}"
    return f"{n:,.{decimals}f}".rstrip("0").rstrip(".")


def plural(n: float, word: str, words: str | None = None) -> str:
    """'1 clinician', '2 clinicians', '1.5 FTE' (``words`` for irregular plurals)."""
    return f"{number(n)} {word if n == 1 else (words or word + 's')}"


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


def year_range(first: int, last: int) -> str:
    """'2027' or '2027–2029'."""
    return str(first) if first == last else f"{first}–{last}"


def money(amount: float) -> str:
    """$1,234,567 (whole dollars), the one money format the program prints."""
    if not i18n.is_english():
        return i18n.money(amount)
    return f"-${-amount:,.0f}" if amount < 0 else f"${amount:,.0f}"


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
    if not i18n.is_english():
        return i18n.percent(share, decimals)
    return f"{share * 100:.{decimals}f} %"


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
