"""Import a CAD export (CSV or XLSX) as counts of calls by weekday and hour.

The export is read as a stream, one row at a time, and never held whole: a row is
parsed, counted into a 7 × 24 table and dropped. What survives is a
:class:`wizard.calldata.CallDemand` — counts, the period, the codes counted as
behavioral-health (BH) calls and the rows skipped by reason. No row, name, address
or narrative is kept, in memory or in the plan.

Columns
    ``when``: the date and time of the call in one column, or the date alone with
    ``time`` naming a second column for the time. ``type``: the call type (nature
    code). ``flag`` (optional): a "mental health" flag or a disposition column; a
    call counts as BH when its type is one of the BH codes *or* its flag value is one
    of ``flag_values`` (by default yes-words: Y, YES, TRUE, 1, X).

Date-time formats (detected from the first rows of the column, then used for all):
    * ``Y-M-D h:m[:s]`` — ISO 8601 (``2025-03-04 14:05``, ``2025-03-04T14:05:09Z``,
      ``…+01:00``, fractions of a second); also with slashes (``2025/03/04 14:05``)
      and with AM/PM;
    * ``M/D/Y h:m[:s]`` — US order, 24-hour or AM/PM, 4- or 2-digit year, ``/`` or ``-``;
    * Excel serial numbers (``45720.5854``: days since 1899-12-30), and in XLSX files
      the cells' own dates and times.
    A separate time column also reads ``HHMM`` military times (``1405``, ``945``).
    Day-first dates (``31/12/2025``) are not read: they cannot be told from US dates.

Time zone
    Times with a UTC offset (``Z``, ``+00:00``) are converted to the zone given
    (``--tz America/Chicago``; required for them). Times without an offset are the
    local wall-clock times the CAD system recorded and are binned as they are: across
    the autumn daylight-saving change the repeated hour counts both of its calls in
    the 01:00 bin, and in spring the skipped hour simply has none. Every counted row
    lands in exactly one bin.

Bad rows
    Rows without a date-time, with one that does not read in the detected format, or
    with fewer cells than the columns need, are skipped and counted by reason — unless
    more than :data:`MAX_BAD_SHARE` (5 %) of the rows are bad, or none reads: then the
    import is refused with one line naming the file, the column and the first bad row.
    ``strict=True`` (``--strict``) refuses at the first bad row. Row numbers count the
    header as row 1, as a spreadsheet shows them.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import itertools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from wizard import yamlio
from wizard.calldata import CallDemand
from wizard.yamlio import ReadError

MAX_BAD_SHARE = 0.05
"""Refuse an import when more than this share of its rows cannot be read."""
SAMPLE_ROWS = 200
"""Rows read ahead to detect the date-time format."""
MAX_DISTINCT_TYPES = 50_000
"""Distinct call types counted (more means the type column is probably the wrong one)."""
DEFAULT_FLAG_VALUES = ("y", "yes", "true", "t", "1", "x")
SNIFF_BYTES = 64 * 1024
FAST_CACHE = 200_000
"""Entries each of the date-time fast path's two caches may hold (then new values go the slow way)."""
EXCEL_EPOCH = dt.date(1899, 12, 30).toordinal()

CSV_SUFFIXES = (".csv", ".txt", ".tsv", ".tab")
XLSX_SUFFIXES = (".xlsx", ".xlsm")

csv.field_size_limit(16 * 1024 * 1024)  # CAD narratives can be long; a cell is not a table


class CallsError(ReadError):
    """A CAD export could not be imported. ``str()`` is one line: file, column, row, problem."""

    def __init__(self, path: str | Path, message: str, *, column: str = "", row: int | None = None):
        super().__init__(Path(path).name if path else "", message, field=column, line=row)
        where = self.path
        if column:
            where += f", column '{column}'"
        if row is not None:
            where += f", row {row}"
        Exception.__init__(self, f"{where}: {message}")


# ---------------------------------------------------------------------------
# The catalog of BH code words (resources/content/call_codes.yaml)
# ---------------------------------------------------------------------------


class CodeTerm(BaseModel):
    model_config = ConfigDict(extra="forbid")

    term: Annotated[str, StringConstraints(min_length=1, max_length=80)]
    kind: Literal["bh", "maybe"]
    why: Annotated[str, StringConstraints(max_length=300)] = ""

    def pattern(self) -> re.Pattern[str]:
        text = self.term.casefold().strip()
        prefix = text.endswith("*")
        words = text.rstrip("*").split()
        body = r"[\s\-_/.]*".join(re.escape(w) for w in words)
        return re.compile(r"(?<![a-z0-9])" + body + ("" if prefix else r"(?![a-z0-9])"))


class CodeCatalog(BaseModel):
    model_config = ConfigDict(extra="forbid")

    terms: list[CodeTerm] = Field(min_length=1)

    def match(self, value: str) -> CodeTerm | None:
        """The catalog term a call type matches (a 'bh' term before a 'maybe' one), or None."""
        text = value.casefold()
        hit: CodeTerm | None = None
        for term, rx in zip(self.terms, _patterns(self), strict=True):
            if rx.search(text):
                if term.kind == "bh":
                    return term
                hit = hit or term
        return hit


_PATTERNS: dict[int, list[re.Pattern[str]]] = {}


def _patterns(cat: CodeCatalog) -> list[re.Pattern[str]]:
    key = id(cat)
    if key not in _PATTERNS:
        _PATTERNS[key] = [t.pattern() for t in cat.terms]
    return _PATTERNS[key]


def load_catalog(path: str | Path | None = None) -> CodeCatalog:
    """The code catalog from ``path``, or the one in resources/ (cached)."""
    if path is None:
        return _default_catalog()
    return _parse_catalog(str(path), yamlio.read_bytes(path))


@lru_cache(maxsize=1)
def _default_catalog() -> CodeCatalog:
    from importlib import resources

    raw = resources.files("resources").joinpath("content", "call_codes.yaml").read_bytes()
    return _parse_catalog("resources/content/call_codes.yaml", raw)


def _parse_catalog(name: str, raw: bytes) -> CodeCatalog:
    doc = yamlio.parse(name, raw)
    try:
        return CodeCatalog.model_validate(doc.data)
    except ValidationError as exc:
        raise yamlio.validation_error(doc, exc) from None


@dataclass(frozen=True)
class TypeCount:
    value: str
    count: int
    term: CodeTerm | None
    """The catalog term it matches, if any."""

    @property
    def suggested(self) -> bool:
        return self.term is not None and self.term.kind == "bh"


def suggest_codes(type_counts: dict[str, int], top: int = 40,
                  catalog: CodeCatalog | None = None) -> list[TypeCount]:
    """The ``top`` most common call types, and every catalog match beyond them, most common first."""
    cat = catalog or load_catalog()
    ordered = sorted(type_counts.items(), key=lambda kv: (-kv[1], kv[0]))
    out: list[TypeCount] = []
    for i, (value, n) in enumerate(ordered):
        if not value:
            continue
        term = cat.match(value)
        if i < top or term is not None:
            out.append(TypeCount(value, n, term))
    return out


# ---------------------------------------------------------------------------
# Time zones
# ---------------------------------------------------------------------------


def zone(name: str, path: str | Path = "") -> ZoneInfo:
    """The IANA zone ``name`` or a one-line error naming the file and the option."""
    try:
        if not name or name != name.strip() or ".." in name or name.startswith("/"):
            raise ValueError
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise CallsError(path, f"'{name}' is not a time zone (--tz): use an IANA name such as "
                               "America/Chicago or America/New_York", column="") from None


def zone_names() -> list[str]:
    """Time zones for a picker: the US ones first, then every other, alphabetical."""
    names = sorted(n for n in available_timezones() if "/" in n and not n.startswith(("Etc/", "SystemV/")))
    us = ["America/New_York", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles",
          "America/Anchorage", "Pacific/Honolulu", "America/Puerto_Rico"]
    us = [n for n in us if n in names]
    return us + [n for n in names if n not in us] + ["UTC"]


# ---------------------------------------------------------------------------
# Reading tables as a stream
# ---------------------------------------------------------------------------


@dataclass
class Table:
    """An open export: its header and an iterator of (row number, cells)."""

    name: str
    header: list[str]
    rows: Iterator[tuple[int, Sequence[Any]]]
    header_row: int
    encoding: str = ""
    """CSV only: the encoding it was read in."""
    close: Callable[[], None] = lambda: None

    def column(self, wanted: str, what: str) -> int:
        """Index of column ``wanted`` (exact, else ignoring case and spaces) or a one-line error."""
        if wanted in self.header:
            return self.header.index(wanted)
        norm = [_norm_header(h) for h in self.header]
        if _norm_header(wanted) in norm:
            return norm.index(_norm_header(wanted))
        shown = ", ".join(f"'{h}'" for h in self.header[:12]) + (" …" if len(self.header) > 12 else "")
        if len(self.header) <= 1:
            raise CallsError(self.name, f"no {what} column here: the first row has only one column "
                                        f"({shown or 'empty'}), so this is probably not a CSV or Excel table of calls",
                             column=wanted)
        raise CallsError(self.name, f"no {what} column of that name; the columns are {shown}", column=wanted)


def _norm_header(h: str) -> str:
    return " ".join(h.split()).casefold()


def _kind(path: Path, head: bytes) -> str:
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise CallsError(path, "this is an old Excel .xls workbook; save it as .xlsx or CSV and import that")
    if head.startswith(b"%PDF"):
        raise CallsError(path, "this is a PDF, not a table; export the calls as CSV or Excel (.xlsx)")
    if path.suffix.lower() in XLSX_SUFFIXES:
        raise CallsError(path, "this is not an Excel workbook (.xlsx) although its name says so")
    return "csv"


def open_table(path: str | Path) -> Table:
    """Open a CSV or XLSX export for streaming (the kind is told by content, not name)."""
    p = Path(path)
    try:
        with open(p, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        err = yamlio.os_error(p.name, exc, "a CSV or Excel file")
        raise CallsError(p, err.detail) from None
    if _kind(p, head) == "xlsx":
        return _open_xlsx(p)
    return _open_csv(p, head)


def _encoding(head: bytes) -> str:
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    dec = codecs.getincrementaldecoder("utf-8")()
    try:
        dec.decode(head, final=False)
        return "utf-8-sig"
    except UnicodeDecodeError:
        pass
    try:
        head.decode("cp1252")
        return "cp1252"
    except UnicodeDecodeError:
        return "latin-1"


ENCODING_NAMES = {"utf-8-sig": "UTF-8", "utf-16": "UTF-16", "cp1252": "Windows-1252 (the file is not UTF-8)",
                  "latin-1": "Latin-1 (the file is not UTF-8)"}


def _open_csv(p: Path, head: bytes, encoding: str | None = None) -> Table:
    enc = encoding or _encoding(head)
    if enc != "utf-16" and b"\x00" in head:
        raise CallsError(p, "this is not a table (CSV or Excel): it holds binary data")
    if not head.strip():
        raise CallsError(p, "the file is empty")
    sample = head.decode(enc if enc != "utf-8-sig" else "utf-8", errors="ignore").lstrip("\ufeff")
    lines = sample.splitlines()[:20]
    if len(lines) > 1 and len(head) == SNIFF_BYTES:
        lines = lines[:-1]  # the last one may be cut
    text = "\n".join(lines)
    try:
        dialect: Any = csv.Sniffer().sniff(text, delimiters=",;\t|")
        delimiter = dialect.delimiter
    except csv.Error:
        first = lines[0] if lines else ""
        delimiter = max(",;\t|", key=first.count)
    fh = open(p, encoding=enc, newline="", errors="strict")  # noqa: SIM115 (closed by Table.close)
    rows = _numbered(_records(fh, delimiter))
    header_row, header = _first_nonempty(rows)
    if header is None:
        fh.close()
        raise CallsError(p, "the file has no rows")
    return Table(p.name, [str(h).strip().lstrip("\ufeff") for h in header], rows, header_row, enc, fh.close)


def _records(fh: Iterator[str], delimiter: str) -> Iterator[list[str]]:
    """The CSV records of a text stream, as ``csv.reader`` gives them.

    Lines are split on the delimiter directly (a third faster than the csv module) until
    the first line holding a quote character; from there on the csv module reads the rest,
    so quoted cells, doubled quotes and line breaks inside cells are all read as it reads
    them. A line without quotes has no other meaning to csv than its split.
    """
    it = iter(fh)
    for line in it:
        if '"' in line:
            yield from csv.reader(itertools.chain((line,), it), delimiter=delimiter, quotechar='"',
                                  doublequote=True, skipinitialspace=False)
            return
        if line.endswith("\n"):
            line = line[:-2] if line.endswith("\r\n") else line[:-1]
        elif line.endswith("\r"):
            line = line[:-1]
        yield line.split(delimiter) if line else []


def _numbered(rows: Iterator[Sequence[Any]]) -> Iterator[tuple[int, Sequence[Any]]]:
    return enumerate(rows, start=1)


def _first_nonempty(rows: Iterator[tuple[int, Sequence[Any]]]) -> tuple[int, Sequence[Any] | None]:
    for n, row in rows:
        if any(c not in (None, "") and str(c).strip() for c in row):
            return n, row
    return 0, None


def _open_xlsx(p: Path) -> Table:
    import zipfile

    try:
        import openpyxl
        from openpyxl.utils.exceptions import InvalidFileException
    except ImportError:  # pragma: no cover - openpyxl is a dependency
        raise CallsError(p, "reading Excel files needs openpyxl; save the sheet as CSV") from None
    try:
        wb = openpyxl.load_workbook(p, read_only=True, data_only=True)
    except (zipfile.BadZipFile, InvalidFileException, KeyError, OSError, ValueError):
        raise CallsError(p, "this is not an Excel workbook (.xlsx) that can be read; save it again as "
                            ".xlsx or CSV") from None
    ws = wb.worksheets[0] if wb.worksheets else None
    if ws is None:
        wb.close()
        raise CallsError(p, "the workbook has no sheet")
    rows = _numbered(ws.iter_rows(values_only=True))
    header_row, header = _first_nonempty(rows)
    if header is None:
        wb.close()
        raise CallsError(p, "the first sheet is empty")
    return Table(p.name, ["" if h is None else str(h).strip() for h in header], rows, header_row, "",
                 wb.close)


# ---------------------------------------------------------------------------
# Date-times
# ---------------------------------------------------------------------------

_YMD = re.compile(r"\s*((\d{4})[-/](\d{1,2})[-/](\d{1,2}))"
                  r"(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?"
                  r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$")
_MDY = re.compile(r"\s*((\d{1,2})[/-](\d{1,2})[/-](\d{4}|\d{2}))"
                  r"(?:(?:T|\s+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?"
                  r"\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$")
_SERIAL = re.compile(r"\s*(\d{4,6}(?:\.\d+)?)\s*$")
_CLOCK = re.compile(r"\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*([AaPp]\.?[Mm]\.?)?\s*$")
_MILITARY = re.compile(r"\s*(\d{3,4}|\d{6})\s*$")
_FRACTION = re.compile(r"\s*(0?\.\d+|0|1(?:\.0+)?)\s*$")


@dataclass(frozen=True)
class Format:
    name: str
    example: str
    rx: re.Pattern[str]
    order: str
    """'ymd', 'mdy', 'serial' (dates); 'clock', 'military', 'fraction' (times)."""


DATETIME_FORMATS = (
    Format("Y-M-D h:m (ISO 8601)", "2025-03-04 14:05", _YMD, "ymd"),
    Format("M/D/Y h:m (US)", "3/4/2025 2:05 PM", _MDY, "mdy"),
    Format("Excel serial number", "45720.5868", _SERIAL, "serial"),
)
TIME_FORMATS = (
    Format("h:m", "14:05 or 2:05 PM", _CLOCK, "clock"),
    Format("HHMM (military)", "1405", _MILITARY, "military"),
    Format("Excel time fraction", "0.5868", _FRACTION, "fraction"),
)


class BadValue(ValueError):
    """A cell that does not read; ``reason`` is the skip reason."""

    def __init__(self, reason: str, detail: str = "", part: str = "when"):
        super().__init__(detail or reason)
        self.reason = reason
        self.detail = detail or reason
        self.part = part
        """Which cell is bad: 'when' (the date or date-time) or 'time'."""


NO_WHEN = "no date-time"
BAD_WHEN = "date-time not readable"
SHORT_ROW = "row has fewer cells than the header"
NEEDS_ZONE = "time with a UTC offset, no time zone given"

LocalHour = tuple[int, int]
"""(proleptic ordinal of the local date, local hour 0–23)."""


def _hour12(h: int, ampm: str | None, part: str = "when") -> int:
    if ampm is None:
        if h > 23:
            raise BadValue(BAD_WHEN, f"hour {h}", part)
        return h
    pm = ampm[0] in "pP"
    if not 0 <= h <= 12:
        raise BadValue(BAD_WHEN, f"hour {h} with {ampm}", part)
    return (h % 12) + (12 if pm else 0)


def _offset(text: str) -> dt.timezone:
    if text == "Z":
        return dt.UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or 0)
    if hours > 23 or minutes > 59:
        raise BadValue(BAD_WHEN, f"UTC offset {text}")
    return dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))


class WhenReader:
    """Turns the when (and time) cells of a row into a local (date ordinal, hour).

    Built for speed on a million rows: the date part of a cell is parsed once per
    distinct date (a dict), offsets are converted once per distinct (date, hour,
    offset), and everything else is a regular-expression match and an int().
    """

    def __init__(self, date_fmt: Format | None, time_fmt: Format | None, tz: ZoneInfo | None, two_columns: bool):
        self.date_fmt = date_fmt
        self.time_fmt = time_fmt
        self.tz = tz
        self.two = two_columns
        self._dates: dict[str, tuple[int, int]] = {}
        self._conv: dict[tuple[int, int, str], LocalHour | None] = {}
        # The fast path: a date-time splits at its first ':' into the date and hour (the
        # prefix) and the minutes, seconds, AM/PM and offset (the tail). Both repeat a lot
        # in a big export, so each is parsed once; a cell whose prefix and tail were both
        # seen in cells that read is answered from the two dicts.
        self._prefix: dict[str, LocalHour] = {}
        self._tail: dict[str, tuple[str | None, str | None, int]] = {}
        # Plain cells (no AM/PM, no offset) also answer straight with the week-hour index,
        # for the import loop to use without a call.
        self._fastk: dict[str, tuple[int, int]] = {}
        self._plain: set[str] = set()

    # -- pieces --------------------------------------------------------------------

    def _date(self, text: str, y: str, mo: str, d: str, order: str) -> int:
        try:
            return self._dates[text][0]
        except KeyError:
            pass
        year = int(y)
        if order == "mdy" and len(y) == 2:
            year += 2000
        try:
            o = dt.date(year, int(mo), int(d)).toordinal()
        except ValueError:
            raise BadValue(BAD_WHEN, f"no such date {text}") from None
        self._dates[text] = (o, 0)
        return o

    def _aware(self, o: int, h: int, minute: int, off: str) -> LocalHour:
        key = (o, h, off)
        hit = self._conv.get(key, False)
        if hit is False:
            if self.tz is None:
                raise BadValue(NEEDS_ZONE, "the time carries a UTC offset; give the agency's time zone (--tz)")
            start = dt.datetime.combine(dt.date.fromordinal(o), dt.time(h), _offset(off)).astimezone(self.tz)
            hit = (start.toordinal(), start.hour) if start.minute == 0 else None
            self._conv[key] = hit
        if hit is None:  # an offset or zone off the hour grid: convert this very minute
            local = (dt.datetime.combine(dt.date.fromordinal(o), dt.time(h, minute), _offset(off))
                     .astimezone(self.tz))
            return local.toordinal(), local.hour
        return hit  # type: ignore[return-value]

    def _datetime_obj(self, v: dt.datetime) -> LocalHour:
        if v.tzinfo is not None:
            if self.tz is None:
                raise BadValue(NEEDS_ZONE, "the time carries a UTC offset; give the agency's time zone (--tz)")
            v = v.astimezone(self.tz)
        return v.toordinal(), v.hour

    @staticmethod
    def _serial(x: float) -> LocalHour:
        if not 1 <= x < 2_958_466:  # Excel's range: 1900-01-01 to 9999-12-31
            raise BadValue(BAD_WHEN, f"Excel serial {x:g} out of range")
        day = int(x)
        seconds = round((x - day) * 86400)
        if seconds >= 86400:
            day, seconds = day + 1, 0
        return EXCEL_EPOCH + day, seconds // 3600

    # -- one column -----------------------------------------------------------------

    def one(self, v: Any) -> LocalHour:
        if type(v) is str:
            i = v.find(":")
            if i > 0:
                hit = self._prefix.get(v[:i])
                if hit is not None:
                    tail = self._tail.get(v[i:])
                    if tail is not None:
                        ampm, off, minute = tail
                        o, h = hit
                        if ampm is not None:
                            h = _hour12(h, ampm)
                        if off is not None:
                            return self._aware(o, h, minute, off)
                        return o, h
            return self._one_text(v)
        return self._one_value(v)

    def _one_text(self, v: str) -> LocalHour:
        fmt = self.date_fmt
        if fmt is None:
            raise BadValue(BAD_WHEN)
        m = fmt.rx.match(v)
        if m is None:
            if not v.strip():
                raise BadValue(NO_WHEN)
            raise BadValue(BAD_WHEN, f"'{_clip(v)}' is not {fmt.name}")
        if fmt.order == "serial":
            return self._serial(float(m.group(1)))
        text, a, b, c, hh, mm, _ss, ampm, off = m.groups()
        if hh is None:
            raise BadValue(BAD_WHEN, f"'{_clip(v)}' has a date but no time")
        o = self._date(text, a, b, c, fmt.order) if fmt.order == "ymd" else self._date(text, c, a, b, "mdy")
        h = _hour12(int(hh), ampm)
        if int(mm) > 59:
            raise BadValue(BAD_WHEN, f"minute {mm}")
        result = self._aware(o, h, int(mm), off) if off is not None else (o, h)
        i = v.find(":")
        if i == m.start(6) - 1 and len(self._tail) < FAST_CACHE and len(self._prefix) < FAST_CACHE:
            self._prefix[v[:i]] = (o, int(hh))
            self._tail[v[i:]] = (ampm, off, int(mm))
            if ampm is None and off is None:
                self._fastk[v[:i]] = (o, ((o - 1) % 7) * 24 + h)
                self._plain.add(v[i:])
        return result

    def _one_value(self, v: Any) -> LocalHour:
        if v is None:
            raise BadValue(NO_WHEN)
        if isinstance(v, dt.datetime):
            return self._datetime_obj(v)
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return self._serial(float(v))
        if isinstance(v, dt.date):
            raise BadValue(BAD_WHEN, "a date without a time (map a time column too)")
        raise BadValue(BAD_WHEN, f"'{_clip(str(v))}' is not a date-time")

    # -- two columns ----------------------------------------------------------------

    def date_only(self, v: Any) -> int:
        if type(v) is str:
            try:
                return self._dates[v][0]
            except KeyError:
                pass
            fmt = self.date_fmt
            m = fmt.rx.match(v) if fmt is not None else None
            if m is None or fmt is None:
                if not v.strip():
                    raise BadValue(NO_WHEN)
                raise BadValue(BAD_WHEN, f"'{_clip(v)}' is not a date{f' ({fmt.name})' if fmt else ''}")
            if fmt.order == "serial":
                o = self._serial(float(m.group(1)))[0]
            elif fmt.order == "ymd":
                o = self._date(m.group(1), m.group(2), m.group(3), m.group(4), "ymd")
            else:
                o = self._date(m.group(1), m.group(4), m.group(2), m.group(3), "mdy")
            self._dates[v] = (o, 0)
            return o
        if v is None:
            raise BadValue(NO_WHEN)
        if isinstance(v, dt.datetime):
            return v.toordinal()
        if isinstance(v, dt.date):
            return v.toordinal()
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return self._serial(float(v))[0]
        raise BadValue(BAD_WHEN, f"'{_clip(str(v))}' is not a date")

    def time_only(self, v: Any) -> int:
        if type(v) is str:
            fmt = self.time_fmt
            m = fmt.rx.match(v) if fmt is not None else None
            if m is None or fmt is None:
                if not v.strip():
                    raise BadValue(NO_WHEN, "no time", "time")
                dm = _YMD.match(v) or _MDY.match(v)  # a full date-time in the time column: its time
                if dm is not None and dm.group(5) is not None:
                    return _hour12(int(dm.group(5)), dm.group(8), "time")
                raise BadValue(BAD_WHEN, f"'{_clip(v)}' is not a time{f' ({fmt.name})' if fmt else ''}", "time")
            if fmt.order == "clock":
                if int(m.group(2)) > 59:
                    raise BadValue(BAD_WHEN, f"minute {m.group(2)}", "time")
                return _hour12(int(m.group(1)), m.group(4), "time")
            if fmt.order == "military":
                digits = m.group(1)
                hh, mm = (int(digits[:-2]), int(digits[-2:])) if len(digits) <= 4 else (int(digits[:2]),
                                                                                       int(digits[2:4]))
                if hh > 23 or mm > 59:
                    raise BadValue(BAD_WHEN, f"'{_clip(v)}' is not a time of day", "time")
                return hh
            x = float(m.group(1))
            return min(23, int(round(x * 86400)) // 3600)
        if v is None:
            raise BadValue(NO_WHEN, "no time", "time")
        if isinstance(v, (dt.datetime, dt.time)):
            return v.hour
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            x = float(v)
            if 0 <= x < 1:
                return min(23, int(round(x * 86400)) // 3600)
            if x == int(x) and 0 <= x <= 2359 and int(x) % 100 < 60:  # a military time stored as a number
                return int(x) // 100
        raise BadValue(BAD_WHEN, f"'{_clip(str(v))}' is not a time", "time")

    def two_cols(self, dv: Any, tv: Any) -> LocalHour:
        return self.date_only(dv), self.time_only(tv)


def _clip(text: str, n: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _detect(values: list[tuple[int, str]], formats: Sequence[Format], what: str, name: str,
            column: str) -> Format:
    """The format that reads the most sample values (the first listed wins a tie)."""
    if not values:
        return formats[0]
    scores = []
    for fmt in formats:
        ok = 0
        for _n, v in values:
            m = fmt.rx.match(v)
            if m is not None and (what != "date-time" or fmt.order == "serial" or m.group(5) is not None):
                ok += 1
        scores.append(ok)
    best = max(range(len(formats)), key=lambda i: (scores[i], -i))
    if scores[best] == 0:
        n, v = values[0]
        if what == "date-time" and any(f.rx.match(v) for f in formats if f.order != "serial"):
            raise CallsError(name, f"'{_clip(v)}' is a date without a time; name the time column too "
                                   "(--time COLUMN, or “Time, if apart” in the window)", column=column, row=n)
        known = "; ".join(f"{f.name}, e.g. {f.example}" for f in formats)
        raise CallsError(name, f"'{_clip(v)}' is not a {what} this import reads ({known})", column=column, row=n)
    return formats[best]


# ---------------------------------------------------------------------------
# The import
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Columns:
    when: str
    type: str
    time: str | None = None
    flag: str | None = None


@dataclass
class ImportResult:
    demand: CallDemand
    type_counts: dict[str, int]
    """Every call type seen, with its count (in memory only; the plan keeps just the chosen codes)."""
    notes: list[str] = field(default_factory=list)
    when_format: str = ""
    encoding: str = ""


def _normcode(v: str) -> str:
    return " ".join(v.split()).casefold()


def import_calls(path: str | Path, columns: Columns, bh_codes: Sequence[str] = (), *,
                 flag_values: Sequence[str] | None = None, tz: str | None = None, strict: bool = False,
                 require_bh: bool = True) -> ImportResult:
    """Read ``path`` and count its calls (see the module docstring); raise :class:`CallsError`.

    ``require_bh``: refuse an empty selection of codes (and no flag column), and codes of
    which none occurs in the export. ``False`` counts all calls only (for listing types).
    """
    p = Path(path)
    zinfo = zone(tz, p) if tz else None
    codes = [c.strip() for c in bh_codes if c.strip()]
    if require_bh and not codes and not columns.flag:
        raise CallsError(p, "no call types were chosen as behavioral-health calls (--bh CODE[,CODE…])",
                         column=columns.type)
    return with_table(p, lambda table: _count(table, p, columns, codes, flag_values, zinfo, tz or "", strict,
                                              require_bh))


def with_table(path: str | Path, fn: Callable[[Table], Any]) -> Any:
    """``fn(table)`` on the open export, closed afterwards; every read problem as a :class:`CallsError`.

    A byte that is not UTF-8 far into a file whose start was plain ASCII restarts the
    read in Windows-1252 (said in the import's notes)."""
    p = Path(path)
    encoding: str | None = None
    for _attempt in range(3):
        table = open_table(p) if encoding is None else _reopen_csv(p, encoding)
        try:
            return fn(table)
        except UnicodeDecodeError:
            encoding = {"utf-8-sig": "cp1252", "cp1252": "latin-1"}.get(table.encoding)
            if encoding is None:
                raise CallsError(p, f"the file's text cannot be decoded as {ENCODING_NAMES[table.encoding]}") from None
        except csv.Error as exc:
            raise CallsError(p, f"this is not a CSV table that can be read ({exc})") from None
        except OSError as exc:
            raise CallsError(p, yamlio.os_error(p.name, exc, "a CSV or Excel file").detail) from None
        except CallsError:
            raise
        except (ValueError, KeyError, TypeError, AttributeError, EOFError) as exc:
            if table.encoding:  # CSV: a bug here, not a bad file
                raise
            raise CallsError(p, f"the workbook cannot be read to the end ({type(exc).__name__}); save it "
                                "again as .xlsx or CSV") from None
        finally:
            table.close()
    raise CallsError(p, "the file's text cannot be decoded")


def _reopen_csv(p: Path, encoding: str) -> Table:
    try:
        with open(p, "rb") as fh:
            head = fh.read(SNIFF_BYTES)
    except OSError as exc:
        raise CallsError(p, yamlio.os_error(p.name, exc, "a CSV or Excel file").detail) from None
    return _open_csv(p, head, encoding)


def _count(table: Table, p: Path, columns: Columns, codes: list[str], flag_values: Sequence[str] | None,
           zinfo: ZoneInfo | None, tz_name: str, strict: bool, require_bh: bool) -> ImportResult:
    name = table.name
    wi = table.column(columns.when, "date" if columns.time else "date-time")
    ti = table.column(columns.time, "time") if columns.time else None
    ci = table.column(columns.type, "call-type")
    fi = table.column(columns.flag, "flag") if columns.flag else None
    need = max(i for i in (wi, ti, ci, fi) if i is not None) + 1

    # Read ahead a sample to detect formats, then stream the sample and the rest alike.
    sample: list[tuple[int, Sequence[Any]]] = []
    for item in table.rows:
        sample.append(item)
        if len(sample) >= SAMPLE_ROWS:
            break
    wvals = [(n, r[wi]) for n, r in sample if len(r) > wi and type(r[wi]) is str and r[wi].strip()]
    if columns.time:
        date_fmt = _detect(wvals, DATETIME_FORMATS, "date", name, columns.when) if wvals else None
        tvals = [(n, r[ti]) for n, r in sample if ti is not None and len(r) > ti and type(r[ti]) is str
                 and r[ti].strip() and not (_YMD.match(r[ti]) or _MDY.match(r[ti]))]
        time_fmt = _detect(tvals, TIME_FORMATS, "time", name, columns.time) if tvals else TIME_FORMATS[0]
    else:
        date_fmt = _detect(wvals, DATETIME_FORMATS, "date-time", name, columns.when) if wvals else None
        time_fmt = None
    reader = WhenReader(date_fmt, time_fmt, zinfo, bool(columns.time))

    bh_keys = {_normcode(c) for c in codes}
    flag_keys = {_normcode(v) for v in (flag_values if flag_values else DEFAULT_FLAG_VALUES)}
    counts = [0] * 168
    bh = [0] * 168
    bh_of: dict[str, bool] = {}
    flag_of: dict[str, bool] = {}
    flag_seen: dict[str, str] = {}
    skipped: dict[str, int] = {}
    first_bad: tuple[int, str, str] | None = None  # (row, column, message)
    rows_read = 0
    lo, hi = 10**9, -1
    too_many_types = False
    one = reader.one
    two = reader.two_cols
    tcol = ti if ti is not None else 0

    # The hot loop (a million rows): plain locals, one dict lookup per cell where possible.
    fast = reader._fastk
    plain = reader._plain
    tinfo: dict[str, list] = {}  # call type -> [count, is BH by its type]
    other: list = [0, False]
    for n, row in itertools.chain(sample, table.rows):
        try:
            v = row[wi]
            t = row[ci]
            tv = row[tcol]
            fv = row[fi] if fi is not None else None
        except IndexError:
            if not any(c not in (None, "") for c in row):
                continue  # a blank line: not a row
            rows_read += 1
            skipped[SHORT_ROW] = skipped.get(SHORT_ROW, 0) + 1
            if first_bad is None:
                first_bad = (n, columns.type if len(row) <= ci else columns.when,
                             f"the row has {len(row)} cells, the columns need {need}")
            if strict:
                break
            continue
        rows_read += 1
        hit = None
        if ti is None and type(v) is str:
            i = v.find(":")
            hit = fast.get(v[:i])
            if hit is not None and v[i:] not in plain:
                hit = None
        if hit is not None:
            o, k = hit
        else:
            try:
                o, h = one(v) if ti is None else two(v, tv)
            except BadValue as bad:
                skipped[bad.reason] = skipped.get(bad.reason, 0) + 1
                if first_bad is None:
                    first_bad = (n, (columns.time or columns.when) if bad.part == "time" else columns.when,
                                 bad.detail)
                if strict or bad.reason == NEEDS_ZONE:
                    break
                continue
            k = ((o - 1) % 7) * 24 + h
        counts[k] += 1
        if o < lo:
            lo = o
        if o > hi:
            hi = o
        if type(t) is not str:
            t = "" if t is None else str(t)
        info = tinfo.get(t)
        if info is None:
            is_type_bh = _normcode(t) in bh_keys
            if len(tinfo) >= MAX_DISTINCT_TYPES:
                too_many_types = True
                info = other
                other[0] += 1
                if is_type_bh:
                    bh_of[t] = True
            else:
                info = tinfo[t] = [1, is_type_bh]
        else:
            info[0] += 1
        is_bh = info[1] or (info is other and bh_of.get(t, False))
        if not is_bh and fi is not None:
            fv = "" if fv is None else fv if type(fv) is str else str(fv)
            is_bh = flag_of.get(fv)
            if is_bh is None:
                is_bh = flag_of[fv] = _normcode(fv) in flag_keys
                if is_bh:
                    flag_seen[_normcode(fv)] = fv.strip()
        if is_bh:
            bh[k] += 1
    type_counts = {t: info[0] for t, info in tinfo.items()}
    if other[0]:
        type_counts["(other)"] = type_counts.get("(other)", 0) + other[0]
    for t in bh_of:
        type_counts.setdefault(t, 0)  # a BH code met only after the distinct-type cap: still found

    bad_total = sum(skipped.values())
    if first_bad is not None and (strict or NEEDS_ZONE in skipped):
        row_n, col, msg = first_bad
        raise CallsError(name, msg if not strict else f"{msg} (--strict stops at the first bad row)",
                         column=col, row=row_n)
    if rows_read == 0:
        raise CallsError(name, "the table has a header but no rows of calls")
    if hi < 0:
        row_n, col, msg = first_bad or (table.header_row + 1, columns.when, "no date-time reads")
        raise CallsError(name, f"no row has a date-time this import reads; the first: {msg}", column=col, row=row_n)
    if bad_total > MAX_BAD_SHARE * rows_read:
        row_n, col, msg = first_bad  # type: ignore[misc]
        raise CallsError(name, f"{msg}; {bad_total:,} of {rows_read:,} rows ({bad_total / rows_read:.0%}) cannot "
                               f"be read, more than the {MAX_BAD_SHARE:.0%} an import may skip", column=col,
                         row=row_n)

    notes: list[str] = []
    # The codes as they appear in the export (its own spelling), the ones not found noted.
    present = {_normcode(t): t.strip() for t in type_counts if _normcode(t) in bh_keys}
    missing = [c for c in codes if _normcode(c) not in present]
    if require_bh and codes and not present and not flag_seen:
        top = ", ".join(f"'{tc.value}'" for tc in suggest_codes(type_counts, top=5)[:5])
        raise CallsError(name, f"none of the codes {', '.join(repr(c) for c in codes)} occurs in this column; "
                               f"the most common are {top}", column=columns.type)
    if missing:
        notes.append(f"Not found in column '{columns.type}': {', '.join(missing)}.")
    if too_many_types:
        notes.append(f"Column '{columns.type}' has more than {MAX_DISTINCT_TYPES:,} different values; "
                     "is it the call-type column?")
    if table.encoding in ("cp1252", "latin-1"):
        notes.append(f"Read as {ENCODING_NAMES[table.encoding]}.")
    for reason, k in skipped.items():
        notes.append(f"Skipped {k:,} row{'s' if k != 1 else ''}: {reason}.")
    if first_bad is not None:
        notes.append(f"First skipped: row {first_bad[0]}, column '{first_bad[1]}': {first_bad[2]}.")

    bh_codes = sorted(dict.fromkeys(present[_normcode(c)] for c in codes if _normcode(c) in present))
    demand = CallDemand(
        source_file=name,
        time_zone=tz_name,
        first_date=dt.date.fromordinal(lo),
        last_date=dt.date.fromordinal(hi),
        weeks=round((hi - lo + 1) / 7, 4),
        bh_codes=bh_codes,
        flag_values=sorted(flag_seen.values()) if fi is not None else [],
        rows_read=rows_read,
        rows_skipped=skipped,
        calls=[counts[d * 24:(d + 1) * 24] for d in range(7)],
        bh_calls=[bh[d * 24:(d + 1) * 24] for d in range(7)],
    )
    fmt = date_fmt.name if date_fmt else "spreadsheet dates"
    if time_fmt is not None:
        fmt += f" + {time_fmt.name}"
    return ImportResult(demand, type_counts, notes, fmt, ENCODING_NAMES.get(table.encoding, table.encoding))


def scan_types(path: str | Path, type_column: str, limit_rows: int | None = None) -> tuple[list[str], dict[str, int]]:
    """The header and the counts of each value of ``type_column`` (for the import dialog's checklist)."""

    def scan(table: Table) -> tuple[list[str], dict[str, int]]:
        ci = table.column(type_column, "call-type")
        counts: dict[str, int] = {}
        for i, (_n, row) in enumerate(table.rows):
            if limit_rows is not None and i >= limit_rows:
                break
            if len(row) <= ci:
                continue
            t = row[ci]
            t = "" if t is None else t if type(t) is str else str(t)
            if t in counts:
                counts[t] += 1
            elif len(counts) < MAX_DISTINCT_TYPES:
                counts[t] = 1
        return table.header, counts

    return with_table(path, scan)


def read_header(path: str | Path) -> tuple[list[str], list[list[str]]]:
    """The header and up to five first rows as text (for the import dialog's preview only)."""

    def head(table: Table) -> tuple[list[str], list[list[str]]]:
        if len(table.header) < 2:
            raise CallsError(table.name, f"the first row has only one column ('{_clip(table.header[0])}'), so this "
                                         "is probably not a CSV or Excel table of calls")
        rows = []
        for _n, row in table.rows:
            rows.append(["" if c is None else str(c) for c in row])
            if len(rows) >= 5:
                break
        return table.header, rows

    return with_table(path, head)


def guess_columns(header: Sequence[str]) -> Columns | None:
    """Likely when/time/type/flag columns from header names (the dialog pre-selects them)."""
    norm = [_norm_header(h) for h in header]

    def find(*words: str, avoid: tuple[str, ...] = ()) -> str | None:
        for w in words:
            for h, n in zip(header, norm, strict=True):
                if w in n and not any(a in n for a in avoid):
                    return h
        return None

    when = find("received", "call date", "datetime", "date/time", "date time", "timestamp", "created", "date",
                "time", avoid=("clear", "close", "arriv", "dispatch time"))
    time = None
    if when is not None and "date" in _norm_header(when) and "time" not in _norm_header(when):
        time = find("call time", "received time", "time", avoid=("date", "clear", "arriv"))
    typ = find("nature", "call type", "incident type", "type", "problem", "code", avoid=("unit", "disp"))
    flag = find("mental", "behavioral", "bh flag", "mh flag", "disposition")
    if when is None or typ is None:
        return None
    return Columns(when=when, type=typ, time=time, flag=flag)


def format_summary(result: ImportResult) -> list[str]:
    """Lines for the terminal and the dialog: what was counted."""
    d = result.demand
    lines = [
        f"{d.source_file}: {d.rows_read:,} rows read, {d.total_calls:,} calls counted, "
        f"{d.rows_skipped_total:,} skipped",
        f"period {d.first_date.isoformat()} to {d.last_date.isoformat()} ({d.weeks:.1f} weeks), "
        f"times in {d.time_zone or 'local time as recorded'}; format {result.when_format}",
        f"behavioral-health calls: {d.total_bh:,}"
        + (f" (codes: {', '.join(d.bh_codes)})" if d.bh_codes else "")
        + (f" (flag values: {', '.join(d.flag_values)})" if d.flag_values else ""),
    ]
    return lines + result.notes
