"""``coresponse calendar``: the program's meetings and dates as an iCalendar file.

What goes in, from the plan:

- **recurring events** (RRULE) for clinical supervision, joint case reviews
  (``governance.clinical_supervision`` / ``joint_case_review``: ``cadence``) and the
  planning committee (``governance.committee_cadence``). A meeting whose cadence is not
  decided, or that the plan says is not held, is left out, and :attr:`Calendar.left_out`
  says which and why;
- **one-off all-day events** for the due date of every open or deferred decision
  (``decisions[*].due``), the plan review date (``governance.plan_review_date``), the MOU
  renewal date and the end of the charter's term, when the plan has them.

The plan does not say on which day or at what time the meetings are held, so each
series starts on a documented default, written into every event's DESCRIPTION: the
first matching weekday on or after the start date (tomorrow unless given) at 10:00 for
one hour, in the agency's time zone — supervision on Tuesdays, case reviews on
Wednesdays, the committee on Thursdays; monthly and longer cadences on the first such
weekday of the month; "daily" is every working day. People move the series to the
agreed day and time in their calendar; the UIDs are fixed (from ``metadata.plan_id``),
so importing a newer file updates the same events instead of adding copies.

The output is deterministic: DTSTAMP is the plan's ``metadata.modified``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

if TYPE_CHECKING:
    from wizard.plan import ProgramPlan

START_TIME = dt.time(10, 0)
DURATION = dt.timedelta(hours=1)
PRODID = "-//Co-Response Program Design Wizard//coresponse calendar//EN"
UID_DOMAIN = "coresponse-wizard"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SUMMARY_MAX = 120

# cadence value → (FREQ, INTERVAL, monthly-style: on the first <weekday> of the month)
RULES: dict[str, tuple[str, int, bool]] = {
    "daily": ("DAILY", 1, False),
    "weekly": ("WEEKLY", 1, False),
    "biweekly": ("WEEKLY", 2, False),
    "monthly": ("MONTHLY", 1, True),
    "quarterly": ("MONTHLY", 3, True),
    "semiannual": ("MONTHLY", 6, True),
    "annual": ("MONTHLY", 12, True),
}
OPEN_STATUSES = {"open", "deferred"}


class UnknownZone(ValueError):
    """A time-zone name zoneinfo does not know."""


def zone_named(name: str) -> ZoneInfo:
    """The IANA time zone ``name`` (e.g. America/Chicago); UnknownZone if there is none."""
    try:
        if not name or name.startswith(("/", ".")) or "\\" in name:
            raise ValueError(name)
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        raise UnknownZone(f"unknown time zone '{name}'; give an IANA name such as America/Chicago "
                          "or America/New_York") from None


def local_zone_name() -> str:
    """The machine's IANA time zone (Windows zones are mapped by tzlocal); UTC if unknown."""
    try:
        import tzlocal

        name = tzlocal.get_localzone_name()
    except Exception:  # tzlocal raises on a broken /etc/localtime or an unknown Windows zone
        name = None
    if not name:
        return "UTC"
    try:
        zone_named(name)
    except UnknownZone:
        return "UTC"
    return name


@dataclass(frozen=True)
class _MeetingKind:
    uid: str
    title: str
    weekday: int
    cadence: Callable[[ProgramPlan], Any]
    held: Callable[[ProgramPlan], Any]
    who: Callable[[ProgramPlan], list[str]]


def _meeting_people(meeting: Any) -> list[str]:
    lines = []
    if getattr(meeting, "lead", ""):
        lines.append(f"Led by {meeting.lead}.")
    people = [p for p in getattr(meeting, "participants", []) or [] if p]
    if people:
        lines.append("Participants: " + "; ".join(people) + ".")
    return lines


def _committee_people(plan: ProgramPlan) -> list[str]:
    members = []
    for m in plan.governance.committee:
        who = ", ".join(x for x in (m.name, m.organization) if x)
        if who:
            members.append(who)
    return ["Members: " + "; ".join(members) + "."] if members else []


MEETINGS = (
    _MeetingKind("clinical-supervision", "Clinical supervision", 1,
                 lambda p: p.governance.clinical_supervision.cadence,
                 lambda p: p.governance.clinical_supervision.held,
                 lambda p: _meeting_people(p.governance.clinical_supervision)),
    _MeetingKind("joint-case-review", "Joint case review", 2,
                 lambda p: p.governance.joint_case_review.cadence,
                 lambda p: p.governance.joint_case_review.held,
                 lambda p: _meeting_people(p.governance.joint_case_review)),
    _MeetingKind("committee", "Planning committee meeting", 3,
                 lambda p: p.governance.committee_cadence,
                 lambda _p: None,
                 _committee_people),
)


@dataclass
class Calendar:
    ics: bytes
    zone: str
    events: list[str] = field(default_factory=list)
    """The SUMMARY of every event written, in order."""
    left_out: list[str] = field(default_factory=list)
    """One sentence per meeting or date not written, saying why."""


def _cadence_value(value: Any) -> str | None:
    text = getattr(value, "value", value)
    return text if isinstance(text, str) and text in RULES else None


def _first_day(start: dt.date, weekday: int, cadence: str) -> dt.date:
    """The first occurrence on or after ``start`` of the rule the cadence gives."""
    freq, _interval, monthly = RULES[cadence]
    if freq == "DAILY":
        d = start
        while d.weekday() >= 5:
            d += dt.timedelta(days=1)
        return d
    if not monthly:
        return start + dt.timedelta(days=(weekday - start.weekday()) % 7)
    year, month = start.year, start.month
    while True:
        first = dt.date(year, month, 1)
        d = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
        if d >= start:
            return d
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _rule(cadence: str, weekday: int, until: dt.datetime | None) -> dict[str, Any]:
    freq, interval, monthly = RULES[cadence]
    rule: dict[str, Any] = {"freq": freq}
    if interval != 1:
        rule["interval"] = interval
    if freq == "DAILY":
        rule["byday"] = list(WEEKDAYS[:5])
    else:
        rule["byday"] = f"1{WEEKDAYS[weekday]}" if monthly else WEEKDAYS[weekday]
    if until is not None:
        rule["until"] = until
    return rule


def _rule_words(cadence: str, weekday: int) -> str:
    freq, interval, monthly = RULES[cadence]
    day = DAY_NAMES[weekday]
    if freq == "DAILY":
        return "every working day (Monday to Friday)"
    if not monthly:
        return f"every {day}" if interval == 1 else f"every other {day}"
    every = {1: "each month", 3: "every three months", 6: "every six months", 12: "each year"}[interval]
    return f"on the first {day} of the month, {every}"


def _is_no(value: Any) -> bool:
    """False, or a three-state answer of "no" (not "not decided")."""
    return value is False or getattr(value, "value", value) == "no"


def _exact_date(value: Any) -> tuple[dt.date | None, str]:
    """(date, '') for an exact date; (None, why) for a missing or partial one."""
    if value is None:
        return None, "no date in the plan"
    if isinstance(value, dt.datetime):
        return value.date(), ""
    if isinstance(value, dt.date):
        return value, ""
    return None, f"the date is not exact ({value})"


def _end_of_term(plan: ProgramPlan) -> Any:
    """The charter's end-of-term date, where the plan model has one (older plans do not)."""
    for section in ("governance", "metadata"):
        holder = getattr(plan, section, None)
        for name in ("term_end", "end_of_term"):
            value = getattr(holder, name, None)
            if value is not None:
                return value
    return None


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 1].rstrip() + "…"


def program_title(plan: ProgramPlan) -> str:
    return plan.metadata.program_name or plan.agency.name or "Co-response program"


def build_calendar(plan: ProgramPlan, zone: str, start: dt.date | None = None,
                   today: dt.date | None = None) -> Calendar:
    """The plan's meetings and dates as iCalendar bytes, in the time zone ``zone``.

    Meeting series begin on or after ``start`` (default: the day after ``today``)."""
    import icalendar

    tz = zone_named(zone)
    today = today or dt.date.today()
    start = start or today + dt.timedelta(days=1)
    stamp = plan.metadata.modified.astimezone(dt.UTC)
    pid = plan.metadata.plan_id
    title = program_title(plan)
    out = Calendar(ics=b"", zone=zone)

    cal = icalendar.Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("x-wr-calname", f"{title}: launch calendar")
    cal.add("x-wr-timezone", zone)

    end, end_why = _exact_date(_end_of_term(plan))
    until = (dt.datetime.combine(end, dt.time(23, 59, 59), tz).astimezone(dt.UTC) if end else None)

    def event(uid: str, summary: str, description: str) -> icalendar.Event:
        ev = icalendar.Event()
        ev.add("uid", f"{pid}-{uid}@{UID_DOMAIN}")
        ev.add("dtstamp", stamp)
        ev.add("summary", _summary(summary))
        ev.add("description", description)
        out.events.append(_summary(summary))
        return ev

    from wizard.labels import value_label

    for kind in MEETINGS:
        raw = kind.cadence(plan)
        cadence = _cadence_value(raw)
        if cadence is None:
            out.left_out.append(f"{kind.title}: left out, the plan sets no cadence for it.")
            continue
        if _is_no(kind.held(plan)):
            out.left_out.append(f"{kind.title}: left out, the plan says it is not held.")
            continue
        first = _first_day(start, kind.weekday, cadence)
        words = _rule_words(cadence, kind.weekday)
        description = "\n".join([
            f"{kind.title} for {title}: {value_label(raw).lower()}, {words}.",
            *kind.who(plan),
            "",
            "The plan does not set the day or the time. This series starts on a default chosen by the "
            f"Co-Response Program Design Wizard: {words}, from {first.isoformat()}, at "
            f"{START_TIME.strftime('%H:%M')} for one hour ({zone}). Move the series to the agreed day "
            "and time in your calendar.",
        ])
        ev = event(kind.uid, f"{kind.title}: {title}", description)
        ev.add("dtstart", dt.datetime.combine(first, START_TIME, tz))
        ev.add("duration", DURATION)
        ev.add("rrule", _rule(cadence, kind.weekday, until))
        cal.add_component(ev)

    def all_day(uid: str, summary: str, day: dt.date, description: str) -> None:
        ev = event(uid, summary, description)
        ev.add("dtstart", day)
        ev.add("dtend", day + dt.timedelta(days=1))
        ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)

    undated = []
    for i, d in enumerate(plan.decisions):
        status = getattr(d.status, "value", d.status)
        if status not in OPEN_STATUSES:
            continue
        question = d.question or "Untitled decision"
        due, why = _exact_date(d.due)
        if due is None:
            undated.append(f"“{_summary(question)}” ({why})")
            continue
        lines = [f"Decision due for {title}: {question}", f"Status: {status}."]
        if d.owner:
            lines.append(f"Owner: {d.owner}.")
        if d.notes:
            lines.append(f"Notes: {d.notes}")
        key = getattr(d.key, "value", None)
        all_day(f"decision-{key}" if key else f"decision-{i + 1}", f"Decision due: {question}", due,
                "\n".join(lines))
    if undated:
        out.left_out.append(f"Open decisions without a due date, left out: {'; '.join(undated)}.")

    review, why = _exact_date(plan.governance.plan_review_date)
    if review is not None:
        all_day("plan-review", f"Plan review: {title}", review,
                f"The date the planning committee set to review the co-response plan for {title}.")
    else:
        out.left_out.append(f"Plan review: left out, {why}.")

    mou = plan.confidentiality.mou
    renewal, _why = _exact_date(mou.renewal_date)
    if renewal is not None:
        parties = "; ".join(p for p in mou.parties if p)
        all_day("mou-renewal", f"MOU renewal due: {title}", renewal,
                f"The memorandum of understanding for {title} is due for renewal."
                + (f" Parties: {parties}." if parties else ""))

    if end is not None:
        all_day("end-of-term", f"End of term: {title}", end,
                f"The charter for {title} ends its term. The meeting series above end on this date.")
    else:
        out.left_out.append(f"End of term: left out, {end_why}.")

    cal.add_missing_timezones()
    out.ics = cal.to_ical()
    return out
