"""Approximate numbers: "about $2.4M", "600+", "4–5", "at most 500".

Real plans rarely know a call volume or a grant to the dollar. A field declared with
:func:`approx_field` holds either a plain number (an exact answer, stored and used as
before) or an :class:`Approx`: a number with a qualifier (*about*, *at least*, *at
most*) or a range (*low*–*high*).

An :class:`Approx` **is a float** (its *central* value: the value itself for "about",
the bound for "at least"/"at most", the midpoint of a range), so arithmetic that only
needs a working figure keeps working; but what it computes is then approximate too,
and every verdict that compares with a threshold uses :func:`bounds` instead
(``wizard.verdicts``): a range straddling a threshold cannot be judged. Printing goes
through :func:`wizard.phrases.number` / :func:`wizard.phrases.money`, which say
"about", "at least" or the range.

In a plan file (YAML) a field accepts, unchanged, a plain number, and also:

=======================  ==========================================
``about 2400000``        also ``~2400000``, ``approximately 2.4M``, ``around 2,400,000``
``600+``                 also ``at least 600``, ``>= 600``
``at most 500``          also ``up to 500``, ``under 500``, ``<= 500``
``4-5``                  also ``4–5``, ``4 to 5``, ``between 4 and 5``
a mapping                ``{about: 2400000}``, ``{at_least: 600}``, ``{at_most: 500}``,
                         ``{low: 4, high: 5}``
=======================  ==========================================

The same forms are understood in Spanish: ``aprox. 2400000`` (also ``aproximadamente``,
``alrededor de``, ``cerca de``, ``unos``), ``al menos 600`` (also ``por lo menos``,
``como mínimo``, ``más de``), ``menos de 500`` (also ``como máximo``, ``a lo sumo``,
``hasta``, ``no más de``) and ``entre 4 y 5`` (also ``de 4 a 5``, ``4 a 5``), with
``mil`` / ``millones`` for thousand / million. Numbers are written as in US Spanish
(es_US, like US English): ``2,400,000`` and ``2.4 millones``.

Numbers may carry ``$``, thousands commas and a ``K``/``M`` (thousand, million)
suffix. The program writes the short forms back (``about 2400000``, ``600+``,
``at most 500``, ``4-5``); an exact number is written as the plain number it was.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

EXACT, ABOUT, AT_LEAST, AT_MOST, RANGE = "exact", "about", "at_least", "at_most", "range"
QUALIFIERS = (EXACT, ABOUT, AT_LEAST, AT_MOST, RANGE)

FORMS_HELP = "a number (2400000), about 2400000, 600+, at most 500 or a range 4-5"
"""The forms a person may type, said in the one-line message of a refused value."""


class Approx(float):
    """A number known only approximately; its float value is the central value."""

    qualifier: str
    low: float | None
    """Lowest value it may have (None: no lower bound given, i.e. 'at most')."""
    high: float | None
    """Highest value it may have (None: no upper bound, i.e. 'at least')."""

    def __new__(cls, qualifier: str, low: float | None, high: float | None) -> Approx:
        if qualifier not in (ABOUT, AT_LEAST, AT_MOST, RANGE):
            raise ValueError(f"unknown qualifier {qualifier!r}")
        if qualifier == ABOUT:
            assert low is not None and low == high
            central = low
        elif qualifier == AT_LEAST:
            assert low is not None and high is None
            central = low
        elif qualifier == AT_MOST:
            assert high is not None and low is None
            central = high
        else:
            assert low is not None and high is not None and low < high
            central = (low + high) / 2
        self = super().__new__(cls, central)
        self.qualifier, self.low, self.high = qualifier, low, high
        return self

    # --- constructors -------------------------------------------------------------
    @classmethod
    def about(cls, v: float) -> Approx:
        return cls(ABOUT, v, v)

    @classmethod
    def at_least(cls, v: float) -> Approx:
        return cls(AT_LEAST, v, None)

    @classmethod
    def at_most(cls, v: float) -> Approx:
        return cls(AT_MOST, None, v)

    @classmethod
    def between(cls, low: float, high: float) -> Approx:
        return cls(RANGE, low, high)

    # --- identity: "about 5" is not the exact answer 5 -----------------------------
    def _key(self) -> tuple:
        return (self.qualifier, self.low, self.high)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Approx):
            return self._key() == other._key()
        return False

    def __ne__(self, other: object) -> bool:
        return not self.__eq__(other)

    def __hash__(self) -> int:
        return hash(self._key())

    def __reduce__(self):
        return (Approx, (self.qualifier, self.low, self.high))

    def __deepcopy__(self, memo) -> Approx:
        return self

    def __copy__(self) -> Approx:
        return self

    # --- text ----------------------------------------------------------------------
    def spec(self) -> str:
        """The form written to a plan file: 'about 2400000', '600+', 'at most 500', '4-5'."""
        n = _plain
        if self.qualifier == ABOUT:
            return f"about {n(self.low)}"
        if self.qualifier == AT_LEAST:
            return f"{n(self.low)}+"
        if self.qualifier == AT_MOST:
            return f"at most {n(self.high)}"
        return f"{n(self.low)}-{n(self.high)}"

    def __repr__(self) -> str:
        return f"Approx({self.spec()!r})"

    def __str__(self) -> str:
        return approx_text(self, number_text)

    def __format__(self, spec: str) -> str:
        if not spec:
            return str(self)
        return approx_text(self, lambda v: format(int(v) if float(v).is_integer() and "f" not in spec
                                                  and "e" not in spec and "%" not in spec else v, spec))


def number_text(n: float, decimals: int = 2) -> str:
    """1,234 or 1.5: no trailing zeros, thousands separated (``wizard.phrases.number``'s format)."""
    if float(n).is_integer():
        return f"{int(n):,}"
    return f"{float(n):,.{decimals}f}".rstrip("0").rstrip(".")


def approx_text(v: Approx, fmt) -> str:
    """An approximate value in words, each figure printed by ``fmt`` ("about 2,400",
    "at least 600", "at most 500", "4–5")."""
    from wizard.i18n import t

    if v.qualifier == ABOUT:
        return t("about {text}", text=fmt(v.low))
    if v.qualifier == AT_LEAST:
        return t("at least {text}", text=fmt(v.low))
    if v.qualifier == AT_MOST:
        return t("at most {text}", text=fmt(v.high))
    return f"{fmt(v.low)}–{fmt(v.high)}"


def _plain(v: float | None) -> str:
    assert v is not None
    if isinstance(v, int):
        return str(v)
    return str(int(v)) if float(v).is_integer() else repr(float(v))


def is_approx(v: object) -> bool:
    return isinstance(v, Approx)


def any_approx(values) -> bool:
    return any(isinstance(v, Approx) for v in values)


def bounds(v: float | None) -> tuple[float | None, float | None]:
    """(lowest, highest) a value may be; a plain number is its own bounds; None: unknown.
    A missing bound of an Approx is None ('at least 600' → (600, None))."""
    if v is None:
        return (None, None)
    if isinstance(v, Approx):
        return (v.low, v.high)
    return (float(v), float(v))


def low(v: float | None, floor: float = 0.0) -> float | None:
    """The lowest value (``floor`` where an 'at most' gives none); None when unknown."""
    if v is None:
        return None
    lo, _ = bounds(v)
    return floor if lo is None else lo


def high(v: float | None) -> float | None:
    """The highest value; None when unknown or unbounded ('at least')."""
    if v is None:
        return None
    return bounds(v)[1]


# --- parsing ----------------------------------------------------------------------------

_SCALES = (("millones", 1e6), ("millón", 1e6), ("millon", 1e6), ("million", 1e6), ("thousand", 1e3),
           ("mil", 1e3), ("m", 1e6), ("k", 1e3))
"""Words and letters after a number that scale it (Spanish 'mil' is a thousand, 'millones' millions)."""
_NUM = (r"\$?\s*\d[\d,]*(?:\.\d+)?\s*(?:k|m|million|thousand|millones|mill[oó]n|mil)?"
        r"|\$?\s*\.\d+\s*(?:k|m|million|millones|mill[oó]n)?")
_NUMBER = re.compile(rf"^(?:{_NUM})$", re.I)
SPANISH_WORDS: dict[str, tuple[str, ...]] = {
    ABOUT: ("aprox.", "aprox", "aproximadamente", "alrededor de", "cerca de", "unos", "unas"),
    AT_LEAST: ("al menos", "por lo menos", "como mínimo", "más de", "no menos de"),
    AT_MOST: ("como máximo", "a lo sumo", "hasta", "menos de", "no más de"),
    RANGE: ("entre", "de"),
}
"""The Spanish words before an approximate figure ('entre 4 y 5', 'de 4 a 5' for a range);
accents may be left out ('mas de'). The window's number fields take their beginnings while
one types (ui/widgets/inputs.py)."""


def words_pattern(phrases) -> str:
    """A regex alternative for ``phrases``: any run of spaces between words, accents optional."""
    out = []
    for phrase in sorted(phrases, key=len, reverse=True):
        rx = re.escape(phrase).replace("\\ ", r"\s+")
        for plain, accented in (("a", "á"), ("e", "é"), ("i", "í"), ("o", "ó"), ("u", "ú")):
            rx = rx.replace(accented, f"[{plain}{accented}]")
        out.append(rx)
    return "|".join(out)


_ES_ABOUT = words_pattern(SPANISH_WORDS[ABOUT])
_ES_AT_LEAST = words_pattern(SPANISH_WORDS[AT_LEAST])
_ES_AT_MOST = words_pattern(SPANISH_WORDS[AT_MOST])
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(rf"^(?:about|approx\.?|approximately|around|roughly|circa|c\.|~|{_ES_ABOUT})\s*({_NUM})$", re.I),
     ABOUT),
    (re.compile(rf"^({_NUM})\s*\+$", re.I), AT_LEAST),
    (re.compile(rf"^(?:at\s+least|>=|≥|no\s+fewer\s+than|no\s+less\s+than|{_ES_AT_LEAST})\s*({_NUM})$", re.I),
     AT_LEAST),
    (re.compile(rf"^(?:at\s+most|up\s+to|under|<=|≤|no\s+more\s+than|{_ES_AT_MOST})\s*({_NUM})$", re.I), AT_MOST),
    (re.compile(rf"^(?:between\s+)?({_NUM})\s*(?:-|–|—|to|and)\s*({_NUM})$", re.I), RANGE),
    (re.compile(rf"^(?:entre\s+({_NUM})\s*(?:y|e)\s*({_NUM})|(?:de\s+)?({_NUM})\s+(?:a|hasta)\s+({_NUM}))$", re.I),
     RANGE),
]


def _number(text: str) -> float:
    digits = text.strip().lower().replace("$", "").replace(",", "").replace(" ", "")
    scale = 1.0
    for suffix, mult in _SCALES:
        if digits.endswith(suffix):
            digits, scale = digits[: -len(suffix)], mult
            break
    value = float(digits) * scale
    return float(round(value, 6))


class ApproxError(ValueError):
    pass


def parse(text: str) -> float | Approx:
    """A typed or written value: a plain float for an exact number, else an Approx.

    Raises :class:`ApproxError` (a ValueError) with a message saying the accepted forms.
    """
    typed = " ".join(str(text).strip().split())
    if _NUMBER.match(typed):
        return _number(typed)
    for pattern, qualifier in _PATTERNS:
        m = pattern.match(typed)
        if not m:
            continue
        if qualifier == RANGE:
            first, second = (g for g in m.groups() if g is not None)
            lo, hi = _number(first), _number(second)
            if lo == hi:
                return lo
            if lo > hi:
                raise ApproxError(f"'{typed}' is a range from high to low: write the lower figure first")
            return Approx.between(lo, hi)
        v = _number(m.group(1))
        return {ABOUT: Approx.about, AT_LEAST: Approx.at_least, AT_MOST: Approx.at_most}[qualifier](v)
    raise ApproxError(f"'{typed}' is not a number: write {FORMS_HELP}")


_MAPPING_KEYS = {"value": EXACT, "exact": EXACT, "about": ABOUT, "at_least": AT_LEAST, "at_most": AT_MOST}


def from_mapping(data: dict) -> float | Approx:
    keys = set(data)
    if keys == {"low", "high"}:
        lo, hi = (_coerce_number(data[k], k) for k in ("low", "high"))
        if lo == hi:
            return lo
        if lo > hi:
            raise ApproxError("low is larger than high")
        return Approx.between(lo, hi)
    if len(keys) == 1 and next(iter(keys)) in _MAPPING_KEYS:
        key = next(iter(keys))
        v = _coerce_number(data[key], key)
        q = _MAPPING_KEYS[key]
        if q == EXACT:
            return v
        return {ABOUT: Approx.about, AT_LEAST: Approx.at_least, AT_MOST: Approx.at_most}[q](v)
    raise ApproxError("an approximate number is given as about, at_least, at_most, or low and high "
                      f"(got {', '.join(sorted(map(str, keys))) or 'nothing'})")


def _coerce_number(v: Any, key: str) -> float:
    if isinstance(v, bool) or not isinstance(v, int | float):
        if isinstance(v, str) and _NUMBER.match(v.strip()):
            return _number(v)
        raise ApproxError(f"{key} must be a number")
    if not math.isfinite(v):
        raise ApproxError(f"{key} must be a finite number")
    return float(v)


# --- the pydantic field type --------------------------------------------------------------


@dataclass(frozen=True)
class ApproxNumber:
    """Annotation marker: ``Annotated[float | None, ApproxNumber(ge=0, le=…, integer=True)]``."""

    ge: float = 0.0
    le: float = 1e9
    integer: bool = False
    optional: bool = True

    def validate(self, v: Any) -> Any:
        if v is None or (isinstance(v, str) and not v.strip()):
            if self.optional:
                return None
            raise PydanticCustomError("approx", "a number is required")
        try:
            if isinstance(v, Approx):
                value: float | Approx = v
            elif isinstance(v, bool):
                raise ApproxError("is a yes/no, not a number")
            elif isinstance(v, int):
                value = v  # kept whole: a huge integer is reported as written
            elif isinstance(v, float):
                if not math.isfinite(v):
                    raise ApproxError("must be a finite number")
                value = float(v)
            elif isinstance(v, str):
                value = parse(v)
            elif isinstance(v, dict):
                value = from_mapping(v)
            else:
                raise ApproxError(f"'{v}' is not a number: write {FORMS_HELP}")
        except ApproxError as e:
            raise PydanticCustomError("approx", str(e)) from None
        for b in (value, value) if isinstance(value, int) else bounds(value):
            if b is None:
                continue
            if self.integer and not float(b).is_integer():
                raise PydanticCustomError("approx", f"{_plain(b)} is not a whole number")
            if b < self.ge:
                raise PydanticCustomError("approx", f"{_plain(b)} is less than {_plain(self.ge)}")
            if b > self.le:
                raise PydanticCustomError("approx", f"{_plain(b)} is more than {_plain(self.le)}")
        if isinstance(value, Approx):
            return value
        return int(value) if self.integer else float(value)

    def __get_pydantic_core_schema__(self, source: Any, handler: GetCoreSchemaHandler) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            self.validate,
            serialization=core_schema.plain_serializer_function_ser_schema(serialize, when_used="always"),
        )

    def __get_pydantic_json_schema__(self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler) -> dict:
        kind = "integer" if self.integer else "number"
        return {"anyOf": [{"type": kind, "minimum": self.ge, "maximum": self.le},
                          {"type": "string", "description": f"approximate: {FORMS_HELP}"}]
                + ([{"type": "null"}] if self.optional else [])}


def serialize(v: Any) -> Any:
    return v.spec() if isinstance(v, Approx) else v


def approx_marker(model: type, path: str) -> ApproxNumber | None:
    """The :class:`ApproxNumber` of the plan field at a dotted path (indexes allowed,
    ``funding.sources[0].amounts[1]`` included), or None when the field is not approximate."""
    from pydantic import BaseModel

    parts = re.sub(r"\[\d+\]", "", path).split(".")
    info = None
    for part in parts:
        if not (isinstance(model, type) and issubclass(model, BaseModel)) or part not in model.model_fields:
            return None
        info = model.model_fields[part]
        model = field_type(info.annotation)
    if info is None:
        return None
    return _find_marker(info.annotation, info.metadata)


def field_type(t: Any) -> Any:
    """The model or value type inside an annotation: ``Annotated[list[X] | None, …]`` → X
    (here, below the plan models; wizard.labels and the tests read fields through it too)."""
    import types
    import typing

    origin = typing.get_origin(t)
    if origin is typing.Annotated or origin is list:
        return field_type(typing.get_args(t)[0])
    if origin in (typing.Union, types.UnionType):
        return field_type(next(a for a in typing.get_args(t) if a is not type(None)))
    return t


def _find_marker(annotation: Any, metadata: list) -> ApproxNumber | None:
    import typing

    for m in metadata:
        if isinstance(m, ApproxNumber):
            return m
    origin = typing.get_origin(annotation)
    if origin is typing.Annotated:
        args = typing.get_args(annotation)
        return _find_marker(args[0], list(args[1:]))
    if origin is list:
        return _find_marker(typing.get_args(annotation)[0], [])
    return None
