"""Generated CAD exports with known patterns (and fake names and addresses, so that a
test can check none of them reaches the plan). Used by the tests and the benchmark."""

from __future__ import annotations

import csv
import datetime as dt
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

HEADER = ["Incident No", "Received Date Time", "Nature Code", "Address", "Caller Name", "Disposition", "MH Flag"]
BH_CODES = ["MENTAL", "SUICIDAL PERSON", "PSYCH EVAL"]
OTHER_CODES = ["TRAFFIC STOP", "ALARM", "THEFT", "DISTURBANCE", "ACCIDENT PD", "WELFARE CHECK", "NOISE"]
STREETS = ["Elm St", "Oak Ave", "Maple Dr", "Birch Rd", "Cedar Ln", "Quarry Pike"]
FIRST = ["Jordan", "Avery", "Morgan", "Riley", "Casey", "Quinn", "Harper"]
LAST = ["Whitfield", "Okonkwo", "Lindqvist", "Marchetti", "Abernathy", "Szymanski"]

Call = tuple[dt.datetime, str]


def tue_fri_afternoon(weeks: int = 8, bh_per_slot: int = 1, start: dt.date = dt.date(2025, 1, 6),
                      others: int = 2000, seed: int = 7) -> list[Call]:
    """BH calls only Tuesday–Friday 14:00–22:00 (``bh_per_slot`` in every such hour of every
    week, at a random minute); ``others`` non-BH calls at random times of the same weeks.
    ``start`` is a Monday."""
    rng = random.Random(seed)
    calls: list[Call] = []
    for w in range(weeks):
        for d in (1, 2, 3, 4):
            day = start + dt.timedelta(days=7 * w + d)
            for h in range(14, 22):
                for _ in range(bh_per_slot):
                    calls.append((dt.datetime.combine(day, dt.time(h, rng.randrange(60), rng.randrange(60))),
                                  rng.choice(BH_CODES)))
    span = weeks * 7 * 24 * 3600
    base = dt.datetime.combine(start, dt.time())
    for _ in range(others):
        calls.append((base + dt.timedelta(seconds=rng.randrange(span)), rng.choice(OTHER_CODES)))
    calls.sort()
    return calls


BH_BY_HOUR = [0.3, 0.25, 0.2, 0.15, 0.1, 0.1, 0.15, 0.25, 0.4, 0.55, 0.7, 0.85, 0.95, 1.05, 1.2, 1.35, 1.45,
              1.5, 1.45, 1.35, 1.2, 0.95, 0.7, 0.45]
"""Relative BH call rate by hour: quiet before dawn, a peak in the late afternoon and evening."""
BH_BY_DAY = [1.0, 1.25, 1.3, 1.3, 1.25, 0.85, 0.75]


def _poisson(rng: random.Random, lam: float) -> int:
    limit, k, p = pow(2.718281828459045, -lam), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def realistic(weeks: int = 26, bh_per_week: float = 90, others_per_hour: float = 6,
              start: dt.date = dt.date(2025, 1, 6), seed: int = 11) -> list[Call]:
    """A half-year export shaped like real CAD data: BH calls peak Tuesday–Friday afternoons and
    evenings (Poisson counts around :data:`BH_BY_HOUR` × :data:`BH_BY_DAY`), other calls all day."""
    rng = random.Random(seed)
    norm = sum(BH_BY_HOUR) * sum(BH_BY_DAY)
    calls: list[Call] = []
    for w in range(weeks):
        for d in range(7):
            day = start + dt.timedelta(days=7 * w + d)
            for h in range(24):
                lam = bh_per_week * BH_BY_HOUR[h] * BH_BY_DAY[d] / norm
                for _ in range(_poisson(rng, lam)):
                    calls.append((dt.datetime.combine(day, dt.time(h, rng.randrange(60))), rng.choice(BH_CODES)))
                for _ in range(_poisson(rng, others_per_hour)):
                    calls.append((dt.datetime.combine(day, dt.time(h, rng.randrange(60))), rng.choice(OTHER_CODES)))
    calls.sort()
    return calls


def fake_row(i: int, when: str, code: str, rng: random.Random, flag: str = "") -> list[str]:
    return [f"25-{i:07d}", when, code, f"{rng.randrange(100, 9999)} {rng.choice(STREETS)}",
            f"{rng.choice(FIRST)} {rng.choice(LAST)}", rng.choice(["REPORT", "GOA", "ADVISED"]), flag]


def iso(t: dt.datetime) -> str:
    return t.strftime("%Y-%m-%d %H:%M:%S")


def us12(t: dt.datetime) -> str:
    return f"{t.month}/{t.day}/{t.year} {(t.hour % 12) or 12}:{t.minute:02d}:{t.second:02d} " \
           f"{'PM' if t.hour >= 12 else 'AM'}"


def write_csv(path: Path, calls: Iterable[Call], fmt=iso, delimiter: str = ",", encoding: str = "utf-8",
              header: list[str] | None = None, seed: int = 1) -> Path:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding=encoding) as fh:
        w = csv.writer(fh, delimiter=delimiter)
        w.writerow(header or HEADER)
        for i, (t, code) in enumerate(calls):
            w.writerow(fake_row(i, fmt(t), code, rng, "Y" if code in BH_CODES else ""))
    return path


def write_xlsx(path: Path, calls: Iterable[Call], seed: int = 1) -> Path:
    import openpyxl

    rng = random.Random(seed)
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("Calls")
    ws.append(HEADER)
    for i, (t, code) in enumerate(calls):
        row: list[object] = fake_row(i, "", code, rng, "Y" if code in BH_CODES else "")
        row[1] = t  # a real spreadsheet date-time cell
        ws.append(row)
    wb.save(path)
    return path


def million(n: int = 1_000_000, seed: int = 3, start: dt.date = dt.date(2024, 1, 1)) -> Iterator[Call]:
    """``n`` calls over a year (in time order), 6 % of them BH, BH calls clustered in the afternoon."""
    rng = random.Random(seed)
    base = dt.datetime.combine(start, dt.time())
    step = 365 * 86400 / n
    for i in range(n):
        t = base + dt.timedelta(seconds=int(i * step))
        if rng.random() < 0.06 and 11 <= t.hour < 23:
            yield t, rng.choice(BH_CODES)
        else:
            yield t, rng.choice(OTHER_CODES)
