"""``coresponse calendar``: the program's meetings and dates as an iCalendar file.

What goes in, from the plan:

- **recurring events** (RRULE) for clinical supervision, joint case reviews
  (``governance.clinical_supervision`` / ``joint_case_review``: ``cadence``) and the
  planning committee (``governance.committee_cadence``). A meeting whose cadence is not
  decided, or that the plan says is not held, is left out, and :attr:`Calendar.left_out`
  says which and why;
- **one-off all-day events** for the due date of every open or deferred decision
  (``decisions[*].due``), the plan review date (``governance.plan_review_date``), the MOU
  renewal date and the end of the agreement's term (``agreement.term``: the end date, or
  the effective date and the term in months), when the plan has them. The meeting series
  end with the term unless the agreement renews itself automatically.

Every sentence is said in the current language (:mod:`wizard.i18n`; ``--lang es``).

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

from wizard import i18n
from wizard.i18n import N_, t

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
    words: tuple[str, str, str, str]
    """Its sentences (English, translated where used): the event's summary, the first line of its
    description, and why it is left out without a cadence / when not held."""


def _meeting_people(meeting: Any) -> list[str]:
    lines = []
    if getattr(meeting, "lead", ""):
        lines.append(t("Led by {lead}.", lead=meeting.lead))
    people = [p for p in getattr(meeting, "participants", []) or [] if p]
    if people:
        lines.append(t("Participants: {people}.", people="; ".join(people)))
    return lines


def _committee_people(plan: ProgramPlan) -> list[str]:
    members = []
    for m in plan.governance.committee:
        who = ", ".join(x for x in (m.name, m.organization) if x)
        if who:
            members.append(who)
    return [t("Members: {members}.", members="; ".join(members))] if members else []


MEETINGS = (
    _MeetingKind("clinical-supervision", "Clinical supervision", 1,
                 lambda p: p.governance.clinical_supervision.cadence,
                 lambda p: p.governance.clinical_supervision.held,
                 lambda p: _meeting_people(p.governance.clinical_supervision),
                 (N_("Clinical supervision: {program}"),
                  N_("Clinical supervision for {program}: {cadence}, {rule}."),
                  N_("Clinical supervision: left out, the plan sets no cadence for it."),
                  N_("Clinical supervision: left out, the plan says it is not held."))),
    _MeetingKind("joint-case-review", "Joint case review", 2,
                 lambda p: p.governance.joint_case_review.cadence,
                 lambda p: p.governance.joint_case_review.held,
                 lambda p: _meeting_people(p.governance.joint_case_review),
                 (N_("Joint case review: {program}"),
                  N_("Joint case review for {program}: {cadence}, {rule}."),
                  N_("Joint case review: left out, the plan sets no cadence for it."),
                  N_("Joint case review: left out, the plan says it is not held."))),
    _MeetingKind("committee", "Planning committee meeting", 3,
                 lambda p: p.governance.committee_cadence,
                 lambda _p: None,
                 _committee_people,
                 (N_("Planning committee meeting: {program}"),
                  N_("Planning committee meeting for {program}: {cadence}, {rule}."),
                  N_("Planning committee meeting: left out, the plan sets no cadence for it."),
                  N_("Planning committee meeting: left out, the plan says it is not held."))),
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
    day = DAY_NAMES[weekday] if i18n.is_english() else i18n.weekday_name(weekday)
    if freq == "DAILY":
        return t("every working day (Monday to Friday)")
    if not monthly:
        return t("every {day}", day=day) if interval == 1 else t("every other {day}", day=day)
    if interval == 1:
        return t("on the first {day} of the month, each month", day=day)
    if interval == 3:
        return t("on the first {day} of the month, every three months", day=day)
    if interval == 6:
        return t("on the first {day} of the month, every six months", day=day)
    return t("on the first {day} of the month, each year", day=day)


def _is_no(value: Any) -> bool:
    """False, or a three-state answer of "no" (not "not decided")."""
    return value is False or getattr(value, "value", value) == "no"


def _exact_date(value: Any) -> tuple[dt.date | None, str]:
    """(date, '') for an exact date; (None, why) for a missing or partial one."""
    if value is None:
        return None, t("no date in the plan")
    if isinstance(value, dt.datetime):
        return value.date(), ""
    if isinstance(value, dt.date):
        return value, ""
    return None, t("the date is not exact ({value})", value=value)


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later (the month's last day where it is shorter: 31 Jan + 1 → 28/29 Feb)."""
    import calendar as stdcal

    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    return dt.date(year, month0 + 1, min(day.day, stdcal.monthrange(year, month0 + 1)[1]))


def _end_of_term(plan: ProgramPlan) -> tuple[dt.date | None, str]:
    """(the last day of the agreement's first term, '') or (None, why not): the term's end
    date, or the day before the effective date plus the term's months (a 12-month term from
    1 January 2027 runs through 31 December 2027). A term whose clause the agreement omits
    or has not adopted is no term of the charter."""
    term = plan.agreement.term
    if term.start is None and term.end is None and term.months is None:
        return None, t("no date in the plan")
    if term.end is not None:
        end = term.end
    elif term.start is None:
        return None, t("the agreement's term has no effective date")
    elif term.months is None:
        return None, t("the agreement's term has no length or end date")
    else:
        end = add_months(term.start, term.months) - dt.timedelta(days=1)
    choice = plan.agreement.choice("term")
    if choice is None or getattr(choice.status, "value", choice.status) not in ("adopted", "edited"):
        return None, t("the agreement's term clause is not adopted")
    return end, ""


def _renews_automatically(plan: ProgramPlan) -> bool:
    return getattr(plan.agreement.term.renewal, "value", None) == "automatic"


def _day(d: dt.date) -> str:
    """A date in a sentence: ISO (2027-01-05) in English, as the language writes it otherwise."""
    return d.isoformat() if i18n.is_english() else i18n.long_date(d)


def _question(d: Any) -> str:
    """A decision's question: a key decision's own words in the current language, else as typed
    ('' when there is none)."""
    from wizard.plan import KEY_DECISION_QUESTIONS

    if d.key is not None and d.question == KEY_DECISION_QUESTIONS.get(d.key):
        return t(d.question)
    return d.question


def _end_words(plan: ProgramPlan, title: str) -> str:
    """What the end-of-term event says: whether the agreement ends there or renews itself."""
    term = plan.agreement.term
    renewal = getattr(term.renewal, "value", None)
    if renewal == "automatic":
        if term.renewal_months:
            return t("The first term of the charter for {program} ends. The agreement renews automatically for "
                     "{months} months at a time unless a party gives notice; the meeting series above continue.",
                     program=title, months=term.renewal_months)
        return t("The first term of the charter for {program} ends. The agreement renews automatically unless "
                 "a party gives notice; the meeting series above continue.", program=title)
    if renewal == "by_written_agreement":
        return t("The charter for {program} ends its term unless the parties renew it in writing. The meeting "
                 "series above end on this date.", program=title)
    return t("The charter for {program} ends its term. The meeting series above end on this date.", program=title)


def _summary(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= SUMMARY_MAX else text[: SUMMARY_MAX - 1].rstrip() + "…"


def program_title(plan: ProgramPlan) -> str:
    return (plan.metadata.program_name or plan.agency.name
            or i18n.label_text(("nouns",), "Co-response program", "Co-response program"))


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
    cal.add("x-wr-calname", t("{program}: launch calendar", program=title))
    cal.add("x-wr-timezone", zone)

    end, end_why = _end_of_term(plan)
    until = (dt.datetime.combine(end, dt.time(23, 59, 59), tz).astimezone(dt.UTC)
             if end and not _renews_automatically(plan) else None)

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
        summary, lead, no_cadence, not_held = kind.words
        if cadence is None:
            out.left_out.append(t(no_cadence))
            continue
        if _is_no(kind.held(plan)):
            out.left_out.append(t(not_held))
            continue
        first = _first_day(start, kind.weekday, cadence)
        words = _rule_words(cadence, kind.weekday)
        description = "\n".join([
            t(lead, program=title, cadence=value_label(raw).lower(), rule=words),
            *kind.who(plan),
            "",
            t("The plan does not set the day or the time. This series starts on a default chosen by the "
              "Co-Response Program Design Wizard: {rule}, from {first}, at {time} for one hour ({zone}). Move "
              "the series to the agreed day and time in your calendar.",
              rule=words, first=_day(first), time=START_TIME.strftime('%H:%M'), zone=zone),
        ])
        ev = event(kind.uid, t(summary, program=title), description)
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
        question = _question(d)
        due, why = _exact_date(d.due)
        if due is None:
            undated.append(f"“{_summary(question)}” ({why})" if question else t("“Untitled decision” ({why})", why=why))
            continue
        lines = [t("Decision due for {program}: {question}", program=title, question=question) if question else
                 t("Decision due for {program}: Untitled decision", program=title),
                 t("Status: {status}.", status=status if i18n.is_english() else value_label(d.status).lower())]
        if d.owner:
            lines.append(t("Owner: {owner}.", owner=d.owner))
        if d.notes:
            lines.append(t("Notes: {notes}", notes=d.notes))
        key = getattr(d.key, "value", None)
        all_day(f"decision-{key}" if key else f"decision-{i + 1}",
                t("Decision due: {question}", question=question) if question else t("Decision due: Untitled decision"),
                due, "\n".join(lines))
    if undated:
        out.left_out.append(t("Open decisions without a due date, left out: {decisions}.",
                              decisions="; ".join(undated)))

    review, why = _exact_date(plan.governance.plan_review_date)
    if review is not None:
        all_day("plan-review", t("Plan review: {program}", program=title), review,
                t("The date the planning committee set to review the co-response plan for {program}.",
                  program=title))
    else:
        out.left_out.append(t("Plan review: left out, {why}.", why=why))

    mou = plan.confidentiality.mou
    renewal, _why = _exact_date(mou.renewal_date)
    if renewal is not None:
        parties = "; ".join(p for p in mou.parties if p)
        all_day("mou-renewal", t("MOU renewal due: {program}", program=title), renewal,
                t("The memorandum of understanding for {program} is due for renewal. Parties: {parties}.",
                  program=title, parties=parties) if parties else
                t("The memorandum of understanding for {program} is due for renewal.", program=title))

    if end is not None:
        all_day("end-of-term", t("End of term: {program}", program=title), end, _end_words(plan, title))
    else:
        out.left_out.append(t("End of term: left out, {why}.", why=end_why))

    cal.add_missing_timezones()
    out.ics = cal.to_ical()
    return out
