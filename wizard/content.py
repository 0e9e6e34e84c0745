"""Content: every sentence the user reads about co-response, loaded from YAML.

The default content lives in ``resources/content/`` and is read with
``importlib.resources`` so it works from an installed wheel. A trainer's content
pack is a folder with the same file names; any file it has replaces the default one.
Every file is validated by pydantic on load; a problem raises
:class:`wizard.yamlio.ReadError` naming the file, the line and the field.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StringConstraints,
    ValidationError,
    model_validator,
)

from wizard import i18n, yamlio
from wizard.clauses import ClauseInfo, ClausesFile
from wizard.enums import MeasureCategory, ModelId
from wizard.steps import Step

Slug = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_\-]*$", max_length=80)]
Line = Annotated[str, StringConstraints(min_length=1, max_length=2_000)]
Prose = Annotated[str, StringConstraints(min_length=1, max_length=50_000)]
FieldPath = Annotated[str, StringConstraints(pattern=r"^[a-z_]+(\.[a-z_]+)*$", max_length=200)]


def _step_by_name(value: Any) -> Any:
    if isinstance(value, str):
        if value not in Step.__members__:
            raise ValueError(f"unknown step '{value}'; steps are {', '.join(Step.__members__)}")
        return Step[value]
    return value


StepName = Annotated[Step, BeforeValidator(_step_by_name)]


class _C(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


# --- models.yaml ------------------------------------------------------------


class WorkflowStep(_C):
    label: Line
    """Short box label for the diagram, e.g. "Dispatch"."""
    who: Line
    detail: Line


class ModelInfo(_C):
    id: ModelId
    name: Line
    short_name: Line
    summary: Prose
    guide_text: Prose
    """The starter guide's description, in our own words."""
    strengths: list[Line] = Field(min_length=1)
    tradeoffs: list[Line] = Field(min_length=1)
    fits_when: list[Line] = Field(min_length=1)
    staffing_implications: Prose
    workflow: list[WorkflowStep] = Field(min_length=4, max_length=8)


class ModelsFile(_C):
    models: list[ModelInfo]

    @model_validator(mode="after")
    def _all_four(self) -> ModelsFile:
        ids = [m.id for m in self.models]
        if sorted(ids) != sorted(ModelId):
            missing = [m.value for m in ModelId if m not in ids]
            raise ValueError(f"models must list each of the four models once (missing or repeated: {missing or ids})")
        return self


# --- catalogs.yaml ----------------------------------------------------------


class Option(_C):
    id: Slug
    label: Line
    description: str = ""
    source: str = ""


class Qualification(Option):
    from_guide: bool = False
    """True for the starter guide's three clinician qualifications."""


class Measure(Option):
    category: MeasureCategory
    data_sources: list[Slug] = Field(default_factory=list)
    caution: str = ""


class FundingSourceInfo(Option):
    time_limited: bool | None
    """Whether money from this kind of source ends; None for a custom source (the plan says)."""
    typical_match_rate: float = Field(0.0, ge=0, le=1)
    max_award: float | None = Field(None, ge=0)
    max_months: int | None = Field(None, ge=1)
    facts: list[Line] = Field(default_factory=list)
    ends: str = ""
    """A date (YYYY-MM-DD) after which the source is no longer available, if any."""


class LegalFramework(Option):
    citation: str = ""
    applies_when: Line
    key_points: list[Line] = Field(min_length=1)
    needs_name: bool = False
    """True for 'state law': the plan must name the statute."""


class CommitteeMemberType(Option):
    tier: Literal["core", "optional", "operational"]


class Catalogs(_C):
    qualifications: list[Qualification] = Field(min_length=1)
    licenses: list[Option] = Field(min_length=1)
    dispatch_indicators: list[Option] = Field(min_length=1)
    measures: list[Measure] = Field(min_length=1)
    data_sources: list[Option] = Field(min_length=1)
    funding_sources: list[FundingSourceInfo] = Field(min_length=1)
    frameworks: list[LegalFramework] = Field(min_length=1)
    partner_types: list[Option] = Field(min_length=1)
    committee_member_types: list[CommitteeMemberType] = Field(min_length=1)
    managing_functions: list[Option] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Catalogs:
        for name in type(self).model_fields:
            ids = [o.id for o in getattr(self, name)]
            dupes = {i for i in ids if ids.count(i) > 1}
            if dupes:
                raise ValueError(f"{name}: id '{sorted(dupes)[0]}' is used twice")
        return self

    def ids(self, catalog: str) -> set[str]:
        return {o.id for o in getattr(self, catalog)}

    def label(self, catalog: str, option_id: str) -> str:
        for o in getattr(self, catalog):
            if o.id == option_id:
                return str(o.label)
        return option_id


# --- steps.yaml -------------------------------------------------------------


class StepGuidance(_C):
    step: StepName
    title: Line
    what: Prose
    """What this decision is."""
    why: Prose
    """Why it matters."""
    prompts: list[Line] = Field(min_length=1)
    """Discussion prompts for the room."""
    facilitator_notes: list[Line] = Field(min_length=1)
    help: Prose
    """The fuller text behind the help button."""
    sources: list[Line] = Field(default_factory=list)
    field_notes: dict[FieldPath, Line] = Field(default_factory=dict)
    """Short notes shown beside one field on the step's page, keyed by the field's
    dotted plan path (e.g. ``coverage.target_response_minutes``): the norm or rule of
    thumb a user needs at the moment of answering."""


class StepsFile(_C):
    steps: list[StepGuidance]

    @model_validator(mode="after")
    def _every_step(self) -> StepsFile:
        have = [s.step for s in self.steps]
        missing = [s.name for s in Step if s not in have]
        if missing:
            raise ValueError(f"steps is missing guidance for: {', '.join(missing)}")
        if len(have) != len(set(have)):
            raise ValueError("a step has guidance twice")
        return self


# --- charter.yaml -----------------------------------------------------------


class CharterText(_C):
    introduction: Prose
    purpose: Prose
    core_principles: list[Line] = Field(min_length=1)
    approval_statement: Prose
    no_client_information: Prose
    closing_quote: Line
    key_decisions_note: Prose
    """Why settling the key decisions matters (the guide's closing line)."""
    sentences: dict[str, Prose] = Field(default_factory=dict)
    """The charter's assembled sentences: ``str.format`` templates with named fields
    (wizard/charter/facts.py fills them). A content pack may reword any of them; one it
    leaves out keeps the default wording."""

    def say(self, key: str, **fields: object) -> str:
        """The sentence ``key`` with its fields filled (the default wording when this
        content leaves it out)."""
        template = self.sentences.get(key)
        if template is None:
            template = _default_sentences()[key]
        return template.format(**fields)


# --- presets.yaml -----------------------------------------------------------


class PresetInfo(_C):
    name: Slug
    file: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_\-]+\.yaml$")]
    title: Line
    description: Line


class PresetsFile(_C):
    presets: list[PresetInfo]


# --- the whole ---------------------------------------------------------------


class Content(_C):
    models: list[ModelInfo]
    catalogs: Catalogs
    steps: dict[Step, StepGuidance]
    charter: CharterText
    presets: list[PresetInfo]
    clauses: list[ClauseInfo] = Field(default_factory=list)
    """The clause library (clauses.yaml), in the order the agreement prints them."""
    source: str = "default"
    """'default' or the content-pack folder it was loaded from."""
    lang: str = "en"
    """The language of its text (wizard.i18n); a pack's missing files came from this language's defaults."""

    def model(self, model_id: ModelId | str) -> ModelInfo:
        return next(m for m in self.models if m.id == model_id)

    def step(self, step: Step) -> StepGuidance:
        return self.steps[step]

    def field_note(self, step: Step, path: str) -> str:
        """The step's note for the field at ``path``, or '' when it has none."""
        return str(self.steps[step].field_notes.get(path, ""))

    def clause(self, clause_id: str) -> ClauseInfo | None:
        return next((c for c in self.clauses if c.id == clause_id), None)

    def funding_source(self, source_id: str) -> FundingSourceInfo | None:
        return next((f for f in self.catalogs.funding_sources if f.id == source_id), None)

    def measure(self, measure_id: str) -> Measure | None:
        return next((m for m in self.catalogs.measures if m.id == measure_id), None)

    def framework(self, framework_id: str) -> LegalFramework | None:
        return next((f for f in self.catalogs.frameworks if f.id == framework_id), None)

    def framework_title(self, framework_id: str, name: str = "") -> str:
        """What a person reads for a plan's framework: the statute the plan names where the
        catalog asks for one ("State mental-health confidentiality law: ORC 5122.31"), never
        the catalog's prompt ("Other (name it)")."""
        info = self.framework(framework_id)
        named = name.strip()
        if info is None:
            return named or "A framework the content does not know"
        if not info.needs_name:
            return info.label
        if framework_id == "other":
            return named or "Another framework, not yet named"
        return f"{info.label}: {named}" if named else f"{info.label} (statute not yet named)"


CONTENT_FILES = ("models.yaml", "catalogs.yaml", "steps.yaml", "charter.yaml", "presets.yaml", "clauses.yaml")


content_dir = i18n.content_dir
default_bytes = i18n.content_bytes
"""A default content file's display path and bytes in a language (wizard.i18n: no fallback to English)."""


def _default_bytes(name: str, lang: str | None = None) -> bytes:
    return default_bytes(name, lang)[1]


def _validate(path: str, raw: bytes, schema: type[BaseModel]) -> Any:
    doc = yamlio.parse(path, raw)
    if not isinstance(doc.data, dict):
        raise yamlio.ReadError(path, "the file must be a mapping (key: value) at the top", line=1)
    try:
        return schema.model_validate(doc.data)
    except ValidationError as exc:
        raise yamlio.validation_error(doc, exc) from None


def _file(pack: Path | None, name: str, lang: str | None = None) -> tuple[str, bytes]:
    if pack is not None and (pack / name).exists():
        path = pack / name
        return str(path), yamlio.read_bytes(path)
    return default_bytes(name, lang)


def load_content(pack: str | Path | None = None, lang: str | None = None) -> Content:
    """Load and validate content in ``lang`` (default: the current language); files in
    ``pack`` replace the language's defaults."""
    folder = Path(pack) if pack is not None else None
    lang = i18n.check(lang) if lang else i18n.language()
    if folder is not None and not folder.is_dir():
        raise yamlio.ReadError(folder, "the content pack is not a folder")
    models: ModelsFile = _validate(*_file(folder, "models.yaml", lang), ModelsFile)
    catalogs: Catalogs = _validate(*_file(folder, "catalogs.yaml", lang), Catalogs)
    steps: StepsFile = _validate(*_file(folder, "steps.yaml", lang), StepsFile)
    charter: CharterText = _validate(*_file(folder, "charter.yaml", lang), CharterText)
    presets_path, presets_raw = _file(folder, "presets.yaml", lang)
    presets: PresetsFile = _validate(presets_path, presets_raw, PresetsFile)
    clauses: ClausesFile = _validate(*_file(folder, "clauses.yaml", lang), ClausesFile)
    order = {m: i for i, m in enumerate(ModelId)}
    return Content(
        models=sorted(models.models, key=lambda m: order[m.id]),
        catalogs=catalogs,
        steps={s.step: s for s in sorted(steps.steps, key=lambda s: s.step)},
        charter=charter,
        presets=presets.presets,
        clauses=clauses.clauses,
        source=str(folder) if folder is not None else "default",
        lang=lang,
    )


def default_content() -> Content:
    """The shipped content in the current language (loaded once per language)."""
    return _default_content(i18n.language())


@functools.lru_cache(maxsize=4)
def _default_content(lang: str) -> Content:
    return load_content(None, lang)


default_content.cache_clear = _default_content.cache_clear  # type: ignore[attr-defined]


def preset_bytes(info: PresetInfo, pack: str | Path | None = None) -> tuple[str, bytes]:
    """A preset plan file's display path and bytes (pack first, then the defaults)."""
    if pack is not None:
        p = Path(pack) / "presets" / info.file
        if p.exists():
            return str(p), yamlio.read_bytes(p)
    return (
        f"resources/presets/{info.file}",
        (resources.files("resources") / "presets" / info.file).read_bytes(),
    )


def pack_files(content: Content) -> list[tuple[str, bytes]]:
    """The files of ``content`` as a pack: (relative path, bytes), comments kept.

    The content files come from the pack the content was loaded from where it has
    them, else from the defaults; the presets are the plan files its presets.yaml lists.
    """
    pack = None if content.source == "default" else Path(content.source)
    files = [(name, _file(pack, name, content.lang)[1]) for name in CONTENT_FILES]
    for info in content.presets:
        files.append((f"presets/{info.file}", preset_bytes(info, pack)[1]))
    return files


def export_pack(content: Content, folder: str | Path, *, force: bool = False) -> list[Path]:
    """Write ``content`` as a content pack into ``folder`` (created if missing): a
    trainer's starting point. Existing files are refused unless ``force``; nothing is
    written then. Returns the paths written."""
    import errno

    root = Path(folder)
    if root.exists() and not root.is_dir():
        raise NotADirectoryError(errno.ENOTDIR, "is a file, not a folder", str(root))
    files = [(root / rel, data) for rel, data in pack_files(content)]
    if not force:
        existing = [p for p, _ in files if p.exists()]
        if existing:
            more = f" (and {len(existing) - 1} more)" if len(existing) > 1 else ""
            raise FileExistsError(errno.EEXIST, f"already exists{more}; use --force to overwrite",
                                  str(existing[0]))
    for path, data in files:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return [p for p, _ in files]


@functools.cache
def _default_sentences() -> dict[str, str]:
    """The program's own (English) wording: what a pack that leaves a sentence out gets —
    never the current language's pack again, which may be the one missing it."""
    return load_content(None, "en").charter.sentences
