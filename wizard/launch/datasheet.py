"""``coresponse datasheet``: a data-collection workbook (.xlsx) for the plan's measures.

Four sheets, each with the line :data:`NEVER` at the top:

- **Instructions** — who owns the data, who reports, how often, where the data lives,
  the baseline (from ``data.*``; "not decided yet" where the plan has no answer, never
  an invented one), how to fill in the log, and what each column of the log is for;
- **Contact log** — one row per co-response contact: the date and time, the incident or
  CAD number, then the columns of every chosen measure (``data.measures`` and
  ``data.custom_measures``) with drop-down lists for the categorical ones (call source,
  disposition, yes/no …) and number or date checks for the rest;
- **Baseline** — one row per measure for the figure before launch, with the plan's target;
- **Lists** — the drop-down values.

What each measure becomes is in ``resources/content/datasheet.yaml`` (a content pack
may carry its own ``datasheet.yaml``), validated by :class:`DatasheetSpec`.
"""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from wizard import yamlio

if TYPE_CHECKING:
    from wizard.content import Content
    from wizard.plan import ProgramPlan

NEVER = "Never enter client names or health information in this workbook."
NOT_DECIDED = "not decided yet"
FILE_NAME = "datasheet.yaml"
LOG_ROWS = 2000
"""Rows of the contact log that carry the drop-downs and checks."""
HEADER_ROW = 2  # 0-based: row 1 is the warning, row 2 blank … see _log_sheet
SHEETS = ("Instructions", "Contact log", "Baseline", "Lists")

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_\-]*$", max_length=80)]
Line = Annotated[str, StringConstraints(min_length=1, max_length=250)]
Kind = Literal["list", "yes_no", "minutes", "count", "datetime", "date", "text"]


class _C(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Column(_C):
    header: Line
    kind: Kind
    list: Slug | None = None
    """For kind 'list': the name of the list under ``lists``."""

    @model_validator(mode="after")
    def _list_named(self) -> Column:
        if self.kind == "list" and not self.list:
            raise ValueError("a column of kind 'list' names its list (list: NAME)")
        if self.kind != "list" and self.list:
            raise ValueError(f"only a column of kind 'list' names a list, not kind '{self.kind}'")
        return self

    @property
    def list_name(self) -> str | None:
        return "yes_no" if self.kind == "yes_no" else self.list


class MeasureColumns(_C):
    columns: list[Column] = Field(default_factory=list, max_length=10)
    note: str = Field("", max_length=500)
    """Where a measure with no column of its own is recorded."""

    @model_validator(mode="after")
    def _columns_or_note(self) -> MeasureColumns:
        if not self.columns and not self.note:
            raise ValueError("a measure has columns, or a note saying where it is recorded")
        return self


class DatasheetSpec(_C):
    lists: dict[Slug, list[Line]]
    fixed: list[Column] = Field(min_length=1, max_length=10)
    measures: dict[Slug, MeasureColumns]

    @model_validator(mode="after")
    def _consistent(self) -> DatasheetSpec:
        if "yes_no" not in self.lists:
            raise ValueError("lists needs a 'yes_no' list (the yes_no columns use it)")
        for name, values in self.lists.items():
            if not values:
                raise ValueError(f"lists.{name} is empty")
            dupes = sorted({v for v in values if values.count(v) > 1})
            if dupes:
                raise ValueError(f"lists.{name}: '{dupes[0]}' is listed twice")
        cols = [("fixed", c) for c in self.fixed] + [
            (f"measures.{m}", c) for m, spec in self.measures.items() for c in spec.columns]
        for where, c in cols:
            if c.list_name is not None and c.list_name not in self.lists:
                raise ValueError(f"{where}: column '{c.header}' uses list '{c.list_name}', which is not "
                                 f"under lists (lists are {', '.join(self.lists)})")
        return self


def load_spec(pack: str | Path | None = None) -> DatasheetSpec:
    """The workbook spec: ``pack/datasheet.yaml`` if the pack has one, else the default.
    A ReadError names the file, the line and the field when it is not valid."""
    path = Path(pack) / FILE_NAME if pack is not None else None
    if path is not None and path.exists():
        name, raw = str(path), yamlio.read_bytes(path)
    else:  # the current language's spec (wizard.i18n)
        from wizard.content import default_bytes

        name, raw = default_bytes(FILE_NAME)
    doc = yamlio.parse(name, raw)
    if not isinstance(doc.data, dict):
        raise yamlio.ReadError(name, "the file must be a mapping (key: value) at the top", line=1)
    try:
        return DatasheetSpec.model_validate(doc.data)
    except ValidationError as exc:
        raise yamlio.validation_error(doc, exc) from None


# --- what goes in -----------------------------------------------------------------------


class LogColumn(BaseModel):
    header: str
    kind: str
    list_name: str | None
    measure: str
    """The measure's label ('' for the fixed columns)."""
    source: str
    """Where the figure comes from (the measure's data sources, in words)."""
    target: str


class Guide(BaseModel):
    """A measure with no column of its own, and where it is recorded."""

    measure: str
    note: str


def _or_not_decided(value: str) -> str:
    value = (value or "").strip()
    return value if value else NOT_DECIDED


def plan_columns(plan: ProgramPlan, content: Content, spec: DatasheetSpec) -> tuple[list[LogColumn], list[Guide]]:
    """The contact log's columns for the plan's measures, and the measures without one."""
    sources = {s.id: s.label for s in content.catalogs.data_sources}
    out = [LogColumn(header=c.header, kind=c.kind, list_name=c.list_name, measure="", source="", target="")
           for c in spec.fixed]
    guides: list[Guide] = []
    for chosen in plan.data.measures:
        info = content.measure(chosen.measure)
        label = info.label if info is not None else chosen.measure
        where = "; ".join(sources.get(s, s) for s in info.data_sources) if info is not None else ""
        mspec = spec.measures.get(chosen.measure)
        if mspec is None:
            out.append(LogColumn(header=label, kind="text", list_name=None, measure=label, source=where,
                                 target=chosen.target or ""))
            continue
        if not mspec.columns:
            guides.append(Guide(measure=label, note=mspec.note))
        for c in mspec.columns:
            out.append(LogColumn(header=c.header, kind=c.kind, list_name=c.list_name, measure=label,
                                 source=where, target=chosen.target or ""))
    for custom in plan.data.custom_measures:
        out.append(LogColumn(header=custom.name, kind="text", list_name=None, measure=f"{custom.name} (custom)",
                             source="", target=custom.target or ""))
    seen: dict[str, int] = {}
    for col in out:  # two measures may share a header: number the later ones
        n = seen.get(col.header, 0) + 1
        seen[col.header] = n
        if n > 1:
            col.header = f"{col.header} ({n})"
    return out, guides


WHAT_TO_ENTER = {
    "list": "pick from the drop-down",
    "yes_no": "Yes, No or Not recorded",
    "minutes": "whole minutes, 0 to 1440",
    "count": "a whole number, 0 or more",
    "datetime": "date and time, e.g. 2027-03-14 21:40",
    "date": "a date, e.g. 2027-03-14",
    "text": "short text or a number, no names or health information",
}


# --- the workbook ----------------------------------------------------------------------


def build_datasheet(plan: ProgramPlan, content: Content, spec: DatasheetSpec | None = None,
                    rows: int = LOG_ROWS) -> bytes:
    """The workbook's bytes (deterministic: its dates are the plan's ``metadata.modified``)."""
    import xlsxwriter

    from wizard.labels import value_label
    from wizard.launch.calendar import program_title

    spec = spec or load_spec(None if content.source == "default" else content.source)
    columns, guides = plan_columns(plan, content, spec)
    data = plan.data
    title = program_title(plan)
    buf = io.BytesIO()
    wb = xlsxwriter.Workbook(buf, {"in_memory": True, "strings_to_numbers": False,
                                   "strings_to_formulas": False, "strings_to_urls": False})
    modified = plan.metadata.modified.astimezone(dt.UTC).replace(tzinfo=None)
    wb.set_properties({"title": f"Data collection: {title}", "subject": "Co-response program data collection",
                       "author": "Co-Response Program Design Wizard", "created": modified,
                       "comments": NEVER})
    warn = wb.add_format({"bold": True, "font_color": "#9c0006", "bg_color": "#ffc7ce", "font_size": 12})
    h1 = wb.add_format({"bold": True, "font_size": 14})
    bold = wb.add_format({"bold": True, "valign": "top"})
    wrap = wb.add_format({"text_wrap": True, "valign": "top"})
    header = wb.add_format({"bold": True, "text_wrap": True, "valign": "top", "bg_color": "#dde6ee",
                            "border": 1})
    undecided = wb.add_format({"italic": True, "font_color": "#7a4f00", "text_wrap": True, "valign": "top"})
    when = wb.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    day = wb.add_format({"num_format": "yyyy-mm-dd"})

    sheets = {name: wb.add_worksheet(name) for name in SHEETS}
    for ws in sheets.values():
        ws.write(0, 0, NEVER, warn)
        ws.set_row(0, 22)

    # Lists: one column per list, the values from row 3.
    lists = sheets["Lists"]
    list_range: dict[str, str] = {}
    lists.write(1, 0, "The values offered in the drop-downs of the Contact log.", wrap)
    for i, (name, values) in enumerate(spec.lists.items()):
        lists.write(2, i, name, header)
        for r, v in enumerate(values):
            lists.write_string(3 + r, i, v)
        col = xlsxwriter.utility.xl_col_to_name(i)
        list_range[name] = f"=Lists!${col}$4:${col}${3 + len(values)}"
        lists.set_column(i, i, max(16, min(40, max(len(v) for v in values) + 2)))

    # Instructions.
    ins = sheets["Instructions"]
    ins.set_column(0, 0, 30)
    ins.set_column(1, 1, 70)
    ins.set_column(2, 4, 28)
    ins.write(2, 0, f"Data collection workbook: {title}", h1)
    ins.write(3, 0, f"Made from the plan {plan.metadata.plan_id}, revision {plan.metadata.revision}, "
                    f"last changed {plan.metadata.modified.date().isoformat()}.", wrap)
    cadence = data.reporting_cadence
    cadence_text = value_label(cadence) if cadence is not None and getattr(cadence, "value", cadence) != "none" else ""
    source_labels = {s.id: s.label for s in content.catalogs.data_sources}
    baseline = (f"{data.baseline_months} months before launch" if data.baseline_months else "")
    if data.baseline_description:
        baseline = f"{baseline}. {data.baseline_description}" if baseline else data.baseline_description
    facts = [
        ("Data owner", data.data_owner),
        ("Who produces the reports", data.report_producer),
        ("Reporting cadence", cadence_text),
        ("Reports go to", "; ".join(a for a in data.audience if a)),
        ("Where the data lives", data.storage),
        ("Data sources", "; ".join(source_labels.get(s, s) for s in data.data_sources)),
        ("Baseline", baseline),
        ("Evaluation partner", data.evaluation_partner),
    ]
    r = 5
    for label, value in facts:
        ins.write(r, 0, label, bold)
        text = _or_not_decided(value)
        ins.write_string(r, 1, text, undecided if text == NOT_DECIDED else wrap)
        r += 1
    r += 1
    ins.write(r, 0, "How to use this workbook", h1)
    r += 1
    owner = (data.data_owner or "").strip() or "the data owner (not decided yet)"
    storage = (data.storage or "").strip() or "the place the plan names for the data (not decided yet)"
    steps = [
        "Add one row to the Contact log for every co-response contact. Pick values from the drop-downs; "
        "the workbook refuses values that are not on the list.",
        "Identify a contact only by its incident or CAD number, so rows can be checked against dispatch "
        "records. " + NEVER + " No names, dates of birth, addresses, diagnoses, medications or notes "
        "about a person.",
        f"Keep this workbook in: {storage}.",
        f"Send it to {owner}" + (f", {cadence_text.lower()}." if cadence_text else " when the reporting "
                                 "cadence is decided (not decided yet)."),
        "Fill in the Baseline sheet once, with the figures from before the program started.",
    ]
    for i, text in enumerate(steps, 1):
        ins.write(r, 0, f"{i}.", bold)
        ins.write_string(r, 1, text, wrap)
        r += 1
    r += 1
    ins.write(r, 0, "Columns of the Contact log", h1)
    r += 1
    for c, text in enumerate(("Column", "What to enter", "Measure", "Comes from", "Target in the plan")):
        ins.write(r, c, text, header)
    r += 1
    for col in columns:
        values = WHAT_TO_ENTER[col.kind]
        if col.list_name:
            values = "one of: " + ", ".join(spec.lists[col.list_name])
        for c, text in enumerate((col.header, values, col.measure, col.source, col.target)):
            ins.write_string(r, c, text, wrap)
        r += 1
    for g in guides:
        ins.write_string(r, 0, "(no column)", wrap)
        ins.write_string(r, 1, g.note, wrap)
        ins.write_string(r, 2, g.measure, wrap)
        r += 1
    if not plan.data.measures and not plan.data.custom_measures:
        ins.write_string(r, 0, "The plan has chosen no measures yet (not decided yet): the Contact log has "
                               "only the date and the incident number.", undecided)
    ins.activate()

    # Contact log: row 0 the warning, row 1 a reminder, row 2 the headers, data from row 3.
    log = sheets["Contact log"]
    log.write(1, 0, "One row per contact. Identify a contact only by its incident or CAD number.", wrap)
    first, last = HEADER_ROW + 1, HEADER_ROW + rows
    for c, col in enumerate(columns):
        log.write_string(HEADER_ROW, c, col.header, header)
        log.set_column(c, c, max(14, min(32, len(col.header) * 0.8 + 4)),
                       when if col.kind == "datetime" else day if col.kind == "date" else None)
        rule = _validation(col, list_range)
        rule.update({"input_title": col.header[:32], "input_message": WHAT_TO_ENTER[col.kind][:255],
                     "error_title": "Not a valid entry",
                     "error_message": f"{col.header[:80]}: {WHAT_TO_ENTER[col.kind]}."[:255]})
        log.data_validation(first, c, last, c, rule)
    log.set_row(HEADER_ROW, 45)
    log.freeze_panes(HEADER_ROW + 1, 2 if len(columns) > 2 else 0)
    log.autofilter(HEADER_ROW, 0, HEADER_ROW, max(0, len(columns) - 1))

    # Baseline: one row per measure.
    base = sheets["Baseline"]
    base.write(2, 0, "Baseline: the figures from before the program started", h1)
    base.write(3, 0, "Baseline period", bold)
    text = _or_not_decided(baseline)
    base.write_string(3, 1, text, undecided if text == NOT_DECIDED else wrap)
    heads = ("Measure", "Category", "Baseline value", "Period covered", "Comes from", "Target in the plan",
             "Notes")
    for c, h in enumerate(heads):
        base.write(5, c, h, header)
    base.set_column(0, 0, 48)
    base.set_column(1, 1, 12)
    base.set_column(2, 3, 18)
    base.set_column(4, 6, 30)
    r = 6
    for chosen in plan.data.measures:
        info = content.measure(chosen.measure)
        cells = (info.label if info else chosen.measure, str(info.category.value) if info else "",
                 "", "", "; ".join(source_labels.get(s, s) for s in info.data_sources) if info else "",
                 chosen.target or "", "")
        for c, v in enumerate(cells):
            base.write_string(r, c, v, wrap)
        r += 1
    for custom in plan.data.custom_measures:
        cells = (f"{custom.name} (custom)", str(getattr(custom.category, "value", custom.category)), "", "", "",
                 custom.target or "", "")
        for c, v in enumerate(cells):
            base.write_string(r, c, v, wrap)
        r += 1
    if r == 6:
        base.write_string(r, 0, "The plan has chosen no measures yet (not decided yet).", undecided)

    wb.close()
    return buf.getvalue()


def _validation(col: LogColumn, list_range: dict[str, str]) -> dict:
    if col.list_name:
        return {"validate": "list", "source": list_range[col.list_name]}
    if col.kind == "minutes":
        return {"validate": "integer", "criteria": "between", "minimum": 0, "maximum": 1440}
    if col.kind == "count":
        return {"validate": "integer", "criteria": ">=", "value": 0}
    if col.kind in ("datetime", "date"):
        return {"validate": "date", "criteria": "between", "minimum": dt.date(2000, 1, 1),
                "maximum": dt.date(2100, 12, 31)}
    return {"validate": "length", "criteria": "<=", "value": 200}
