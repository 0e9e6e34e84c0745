"""Diagrams and charts drawn with reportlab.graphics (vector, deterministic).

Every function returns a ``Drawing`` exactly ``width`` wide, so it never
overflows the frame; text is wrapped or shortened to fit its box.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.shapes import Circle, Drawing, Group, Line, Polygon, PolyLine, Rect, String
from reportlab.lib import colors

from wizard import i18n
from wizard.charter import styles as st
from wizard.charter.metrics import BOLD, REGULAR, string_width
from wizard.charter.text import clean
from wizard.i18n import N_

LABEL = 9.0
"""Every label in a chart (the smallest text the charter prints, as its tables do)."""
WEEKDAY_SHORT = (N_("Mon"), N_("Tue"), N_("Wed"), N_("Thu"), N_("Fri"), N_("Sat"), N_("Sun"))


def wrap_text(text: str, font: str, size: float, max_w: float, max_lines: int = 3) -> list[str]:
    """Greedy word wrap to ``max_w`` points; the last line is shortened with '…'."""
    words = clean(text).split()
    lines: list[str] = []
    cur = ""
    for w in words:
        trial = f"{cur} {w}".strip()
        if string_width(trial, font, size) <= max_w or not cur:
            cur = trial
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] += "…"
    return [fit(line, font, size, max_w) for line in lines]


def fit(text: str, font: str, size: float, max_w: float) -> str:
    """Shorten ``text`` with '…' until it is at most ``max_w`` wide."""
    if string_width(text, font, size) <= max_w:
        return text
    while text and string_width(text + "…", font, size) > max_w:
        text = text[:-1]
    return text.rstrip() + "…"


def _arrow_head(x: float, y: float, direction: str, color: colors.Color, size: float = 5) -> Polygon:
    if direction == "right":
        pts = [x, y, x - size, y + size * 0.6, x - size, y - size * 0.6]
    elif direction == "down":
        pts = [x, y, x - size * 0.6, y + size, x + size * 0.6, y + size]
    else:  # left
        pts = [x, y, x + size, y + size * 0.6, x + size, y - size * 0.6]
    return Polygon(pts, fillColor=color, strokeColor=color, strokeWidth=0.1)


# --- workflow ------------------------------------------------------------------

ACTOR_COLORS = {
    "dispatch": colors.HexColor("#6B7C93"),
    "officer": st.NAVY,
    "clinician": st.TEAL,
    "together": colors.HexColor("#4A6B8A"),
    "other": colors.HexColor("#8A939B"),
}
ACTOR_LABELS = {"dispatch": N_("Dispatch"), "officer": N_("Police"), "clinician": N_("Clinician"),
                "together": N_("Officer and clinician together"), "other": N_("Other")}


def actor(who: str) -> str:
    w = who.lower()
    cop = any(k in w for k in ("officer", "deputy", "police", "patrol",
                               "agente", "alguacil", "policía", "policia", "patrull"))
    clin = any(k in w for k in ("clinician", "coordinator", "mobile", "crisis", "counselor",
                                "clínic", "clinic", "coordinador", "móvil", "consejer"))
    if cop and clin:
        return "together"
    if clin:
        return "clinician"
    if cop:
        return "officer"
    if "dispatch" in w or "call-taker" in w or "911" in w or "988" in w or "despach" in w:
        return "dispatch"
    return "other"


@dataclass(frozen=True)
class Step:
    label: str
    who: str


def workflow_diagram(steps: Sequence[Step], width: float) -> Drawing:
    """Boxes and arrows for a typical call: up to four per row, rows joined by an
    elbow connector, each box tinted by who acts (dispatch, police, clinician)."""
    n = len(steps)
    per_row = 4 if n > 4 else max(n, 1)
    rows = math.ceil(n / per_row)
    gap, box_h, row_gap, legend_h = 16.0, 70.0, 30.0, 22.0
    box_w = (width - (per_row - 1) * gap) / per_row
    height = rows * box_h + (rows - 1) * row_gap + legend_h + 4
    d = Drawing(width, height)
    top = height - 2
    centers: list[tuple[float, float]] = []
    for i, step in enumerate(steps):
        r, c = divmod(i, per_row)
        x = c * (box_w + gap)
        y = top - r * (box_h + row_gap) - box_h
        centers.append((x, y))
        kind = actor(step.who)
        col = ACTOR_COLORS[kind]
        d.add(Rect(x, y, box_w, box_h, rx=4, ry=4, fillColor=colors.HexColor("#F6F8FA"),
                   strokeColor=st.RULE, strokeWidth=0.7))
        if kind == "together":
            d.add(Rect(x, y + box_h / 2, 4, box_h / 2, fillColor=st.NAVY, strokeColor=None))
            d.add(Rect(x, y, 4, box_h / 2, fillColor=st.TEAL, strokeColor=None))
        else:
            d.add(Rect(x, y, 4, box_h, fillColor=col, strokeColor=None))
        # step number
        d.add(Circle(x + 15, y + box_h - 14, 8, fillColor=col if kind != "together" else st.NAVY,
                     strokeColor=None))
        d.add(String(x + 15, y + box_h - 17, str(i + 1), fontName=BOLD, fontSize=LABEL,
                     fillColor=colors.white, textAnchor="middle"))
        lines = wrap_text(step.label, BOLD, LABEL, box_w - 34, max_lines=2)
        ty = y + box_h - 16
        for line in lines:
            d.add(String(x + 27, ty, line, fontName=BOLD, fontSize=LABEL, fillColor=st.INK))
            ty -= 11
        who_lines = wrap_text(step.who, REGULAR, LABEL, box_w - 16, max_lines=2)
        wy = y + 7 + 10.5 * (len(who_lines) - 1)
        for line in who_lines:
            d.add(String(x + 10, wy, line, fontName=REGULAR, fontSize=LABEL,
                         fillColor=col if kind != "together" else st.TEAL_DARK))
            wy -= 10.5
    ink = st.MUTED
    for i in range(n - 1):
        (x0, y0), (x1, y1) = centers[i], centers[i + 1]
        if abs(y0 - y1) < 1e-6:  # same row
            ym = y0 + box_h / 2
            d.add(Line(x0 + box_w + 2, ym, x1 - 3, ym, strokeColor=ink, strokeWidth=1))
            d.add(_arrow_head(x1 - 1.5, ym, "right", ink))
        else:  # elbow down to the next row's first box
            sx = x0 + box_w / 2
            mid = y0 - row_gap / 2
            ex = x1 + box_w / 2
            d.add(PolyLine([sx, y0 - 2, sx, mid, ex, mid, ex, y1 + box_h + 4], strokeColor=ink,
                           strokeWidth=1))
            d.add(_arrow_head(ex, y1 + box_h + 1.5, "down", ink))
    # legend
    kinds = []
    for s in steps:
        k = actor(s.who)
        if k not in kinds:
            kinds.append(k)
    lx = 0.0
    for k in kinds:
        g = Group()
        if k == "together":
            g.add(Rect(lx, 5, 8, 4, fillColor=st.NAVY, strokeColor=None))
            g.add(Rect(lx, 1, 8, 4, fillColor=st.TEAL, strokeColor=None))
        else:
            g.add(Rect(lx, 1, 8, 8, fillColor=ACTOR_COLORS[k], strokeColor=None))
        g.add(String(lx + 12, 2, i18n.t(ACTOR_LABELS[k]), fontName=REGULAR, fontSize=LABEL, fillColor=st.MUTED))
        d.add(g)
        lx += 12 + string_width(i18n.t(ACTOR_LABELS[k]), REGULAR, LABEL) + 16
    return d


# --- weekly coverage -------------------------------------------------------------


def _mix(c1: colors.Color, c2: colors.Color, t: float) -> colors.Color:
    return colors.Color(c1.red + (c2.red - c1.red) * t, c1.green + (c2.green - c1.green) * t,
                        c1.blue + (c2.blue - c1.blue) * t)


CLIN_LIGHT = colors.HexColor("#A9D3D1")
GAP_FILL = colors.HexColor("#F8E6E0")
PATROL_FILL = colors.HexColor("#8B9AAF")


@dataclass(frozen=True)
class ShiftBar:
    label: str
    pieces: Sequence[tuple[float, float]]
    """(start, end) hours within a day; a shift past midnight has two pieces."""


def coverage_chart(clinicians: Sequence[Sequence[int]], patrol: Sequence[Sequence[int]],
                   shifts: Sequence[ShiftBar], width: float) -> Drawing:
    """Clinicians on duty per hour and weekday (shaded cells, count inside) under
    the patrol shifts of a day; patrol hours without a clinician are tinted red."""
    label_w, right_w = 34.0, 40.0
    grid_w = width - label_w - right_w
    cw = grid_w / 24
    rh, lane_h, lane_gap = 17.0, 13.0, 2.5
    axis_h, legend_h = 15.0, 22.0
    lanes_h = len(shifts) * (lane_h + lane_gap)
    grid_h = 7 * rh
    height = legend_h + axis_h + grid_h + 8 + lanes_h + 14
    d = Drawing(width, height)
    peak = max([max(r) for r in clinicians] + [1])
    y_grid_top = legend_h + axis_h + grid_h
    # header labels
    d.add(String(label_w + grid_w + right_w, height - 9, i18n.t("clinician hours"), fontName=REGULAR,
                 fontSize=LABEL, fillColor=st.MUTED, textAnchor="end"))
    d.add(String(0, height - 9, i18n.t("Patrol shifts (every day)"), fontName=BOLD, fontSize=LABEL,
                 fillColor=st.MUTED))
    # patrol lanes
    ly = height - 14 - lane_h
    for sb in shifts:
        for a, b in sb.pieces:
            d.add(Rect(label_w + a * cw, ly, (b - a) * cw, lane_h, fillColor=PATROL_FILL,
                       strokeColor=colors.white, strokeWidth=0.5))
        a, b = max(sb.pieces, key=lambda p: p[1] - p[0])
        text = fit(sb.label, REGULAR, LABEL, (b - a) * cw - 6)
        d.add(String(label_w + a * cw + 3, ly + 3, text, fontName=REGULAR, fontSize=LABEL,
                     fillColor=colors.white))
        ly -= lane_h + lane_gap
    # grid
    for di in range(7):
        y = y_grid_top - (di + 1) * rh
        d.add(String(0, y + 5, i18n.t(WEEKDAY_SHORT[di]), fontName=BOLD, fontSize=LABEL, fillColor=st.INK))
        covered = 0
        for h in range(24):
            n = clinicians[di][h]
            p = patrol[di][h]
            x = label_w + h * cw
            if n > 0:
                covered += 1
                t = 0.0 if peak <= 1 else (n - 1) / (peak - 1)
                fill = _mix(CLIN_LIGHT, st.TEAL_DARK, t)
            elif p:
                fill = GAP_FILL
            else:
                fill = colors.HexColor("#FBFBFB")
            d.add(Rect(x, y, cw, rh, fillColor=fill, strokeColor=colors.white, strokeWidth=0.8))
            if n > 0 and peak > 1:
                dark = peak > 1 and (n - 1) / (peak - 1) > 0.45
                d.add(String(x + cw / 2, y + 5, str(n), fontName=REGULAR, fontSize=LABEL,
                             fillColor=colors.white if dark else st.INK, textAnchor="middle"))
        d.add(String(label_w + grid_w + right_w, y + 5, f"{covered} h", fontName=REGULAR, fontSize=LABEL,
                     fillColor=st.INK, textAnchor="end"))
    # hour axis
    ay = legend_h + axis_h - 9
    for h in range(0, 25, 3):
        x = label_w + h * cw
        d.add(Line(x, legend_h + axis_h - 2, x, y_grid_top, strokeColor=colors.HexColor("#E2E7EB"),
                   strokeWidth=0.3) if 0 < h < 24 else Line(x, 0, x, 0, strokeColor=None))
        d.add(String(x, ay, f"{h:02d}:00", fontName=REGULAR, fontSize=LABEL, fillColor=st.MUTED,
                     textAnchor="middle"))
    # legend
    items = [(CLIN_LIGHT, i18n.t("clinician on duty") if peak <= 1 else i18n.t("clinicians on duty (count in cell)")),
             (GAP_FILL, i18n.t("patrol on duty, no clinician")), (PATROL_FILL, i18n.t("patrol shift"))]
    lx = label_w
    for fill, text in items:
        if fill is CLIN_LIGHT and peak > 1:
            d.add(Rect(lx, 2, 5, 8, fillColor=CLIN_LIGHT, strokeColor=None))
            d.add(Rect(lx + 5, 2, 5, 8, fillColor=st.TEAL_DARK, strokeColor=None))
        else:
            d.add(Rect(lx, 2, 10, 8, fillColor=fill, strokeColor=None))
        d.add(String(lx + 14, 3, text, fontName=REGULAR, fontSize=LABEL, fillColor=st.MUTED))
        lx += 14 + string_width(text, REGULAR, LABEL) + 18
    return d


# --- behavioral-health call demand ------------------------------------------------

HEAT = [colors.HexColor(c) for c in ("#FDE3B5", "#F9C27A", "#F19A3E", "#D9691C", "#A8430A")]
"""The week grid's demand shades (ui/widgets/weekgrid.py C_HEAT), light to dark."""


def demand_chart(bh_calls: Sequence[Sequence[int]], clinicians: Sequence[Sequence[int]], width: float) -> Drawing:
    """Imported behavioral-health calls by hour and weekday as a heat map (five shades, see
    ``wizard.demand.heat_levels``), the hours with a clinician on duty outlined, the day's
    calls and the share inside clinician hours at the right. Alt text:
    ``wizard.demand.alt_text``; caption sentence: ``wizard.demand.demand_sentence``."""
    from wizard.demand import heat_levels

    label_w, right_w = 34.0, 70.0
    grid_w = width - label_w - right_w
    cw = grid_w / 24
    rh, axis_h, legend_h = 16.0, 15.0, 22.0
    grid_h = 7 * rh
    height = legend_h + axis_h + grid_h + 14
    d = Drawing(width, height)
    levels = heat_levels([list(r) for r in bh_calls], len(HEAT))
    y_top = legend_h + axis_h + grid_h
    d.add(String(label_w + grid_w + right_w, height - 9, "calls (in clinician hours)", fontName=REGULAR, fontSize=LABEL,
                 fillColor=st.MUTED, textAnchor="end"))
    d.add(String(0, height - 9, "Behavioral-health calls by hour", fontName=BOLD, fontSize=LABEL, fillColor=st.MUTED))
    for di in range(7):
        y = y_top - (di + 1) * rh
        d.add(String(0, y + 4.5, i18n.t(WEEKDAY_SHORT[di]), fontName=BOLD, fontSize=LABEL, fillColor=st.INK))
        for h in range(24):
            lv = levels[di][h]
            d.add(Rect(label_w + h * cw, y, cw, rh, fillColor=HEAT[lv - 1] if lv else colors.HexColor("#FBFBFB"),
                       strokeColor=colors.white, strokeWidth=0.6))
        total = sum(bh_calls[di])
        inside = sum(bh_calls[di][h] for h in range(24) if clinicians[di][h])
        d.add(String(label_w + grid_w + right_w, y + 4.5, f"{total:,} ({inside:,})", fontName=REGULAR,
                     fontSize=LABEL, fillColor=st.INK, textAnchor="end"))
    # clinician hours: an outline along the edges of each covered block
    for di in range(7):
        y = y_top - (di + 1) * rh
        for h in range(24):
            if not clinicians[di][h]:
                continue
            x = label_w + h * cw
            edges = []
            if h == 0 or not clinicians[di][h - 1]:
                edges.append((x, y, x, y + rh))
            if h == 23 or not clinicians[di][h + 1]:
                edges.append((x + cw, y, x + cw, y + rh))
            if di == 0 or not clinicians[di - 1][h]:
                edges.append((x, y + rh, x + cw, y + rh))
            if di == 6 or not clinicians[di + 1][h]:
                edges.append((x, y, x + cw, y))
            for x1, y1, x2, y2 in edges:
                d.add(Line(x1, y1, x2, y2, strokeColor=st.TEAL_DARK, strokeWidth=1.4))
    ay = legend_h + axis_h - 9
    for h in range(0, 25, 3):
        d.add(String(label_w + h * cw, ay, f"{h:02d}:00", fontName=REGULAR, fontSize=LABEL, fillColor=st.MUTED,
                     textAnchor="middle"))
    lx = label_w
    for i, c in enumerate(HEAT):
        d.add(Rect(lx + i * 5, 2, 5, 8, fillColor=c, strokeColor=None))
    text = i18n.t("behavioral-health calls (darker: more)")
    d.add(String(lx + 29, 3, text, fontName=REGULAR, fontSize=LABEL, fillColor=st.MUTED))
    lx += 29 + string_width(text, REGULAR, LABEL) + 18
    d.add(Rect(lx, 2, 10, 8, fillColor=None, strokeColor=st.TEAL_DARK, strokeWidth=1.4))
    d.add(String(lx + 14, 3, i18n.t("clinician hours"), fontName=REGULAR, fontSize=LABEL, fillColor=st.MUTED))
    return d


# --- funding mix -----------------------------------------------------------------


def compact_money(v: float) -> str:
    if v >= 1e9:
        s = f"{v / 1e9:.1f}".rstrip("0").rstrip(".")
        return f"${s}B"
    if v >= 1e6:
        s = f"{v / 1e6:.1f}".rstrip("0").rstrip(".")
        return f"${s}M"
    if v >= 1e3:
        return f"${v / 1e3:.0f}k"
    return f"${v:.0f}"


def nice_ceiling(v: float) -> tuple[float, float]:
    """(axis maximum, tick step) with 3–6 ticks of a 1/2/2.5/5 × 10^k step."""
    if v <= 0:
        return 1.0, 0.25
    raw = v / 5
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        step = m * mag
        if step >= raw:
            break
    top = math.ceil(v / step - 1e-9) * step
    return top, step


def funding_chart(years: Sequence[str], series: Sequence[tuple[str, Sequence[float]]],
                  cost: Sequence[float | None], width: float, height: float = 230, *,
                  pending_from: int | None = None) -> Drawing:
    """Funding by year against the total cost, secured and pending money kept apart.

    Each year has a bar of *secured* money (solid, stacked by source) and, above it
    and set off by a dashed outline, the *pending* money (pale). Each part is labelled
    directly above the bar ("$1.2M secured", "+$300k pending"); the total cost is a
    dashed line with diamond markers (a year of unknown cost has none); a gap after
    secured funding is a red dashed box with its amount. A legend of the sources
    (their colours) is drawn under the chart, inside the drawing.
    """
    cut = len(series) if pending_from is None else pending_from
    legend = [(name, j) for j, (name, vals) in enumerate(series) if any(v > 0 for v in vals)]
    per_row = 2
    legend_rows = math.ceil(len(legend) / per_row) + 1  # + the cost / gap keys
    legend_h = legend_rows * 13.0 + 6
    d = Drawing(width, height + legend_h)
    left, top_pad, right_pad = 46.0, 30.0, 8.0
    bottom = legend_h + 18.0
    pw = width - left - right_pad
    ph = height - 18.0 - top_pad
    secured = [sum(vals[i] for _, vals in series[:cut]) for i in range(len(years))]
    pending = [sum(vals[i] for _, vals in series[cut:]) for i in range(len(years))]
    stacked = [a + b for a, b in zip(secured, pending, strict=True)]
    vmax = max([*(c for c in cost if c is not None), *stacked, 0.0])
    top, step = nice_ceiling(vmax * 1.06)
    k = 0.0
    while k <= top + 1e-6:
        y = bottom + ph * k / top
        d.add(Line(left, y, left + pw, y, strokeColor=st.RULE if k else st.MUTED,
                   strokeWidth=0.4 if k else 0.8))
        d.add(String(left - 4, y - 3, compact_money(k), fontName=REGULAR, fontSize=LABEL,
                     fillColor=st.MUTED, textAnchor="end"))
        k += step
    n = max(len(years), 1)
    slot = pw / n
    bw = min(46.0, slot * 0.52)
    wide = slot >= 80
    xs = []
    any_gap = False
    for i, year in enumerate(years):
        cx = left + slot * (i + 0.5)
        xs.append(cx)
        y = bottom
        for j, (_, vals) in enumerate(series):
            v = vals[i]
            if v <= 0:
                continue
            h = ph * v / top
            fill = st.SERIES[j % len(st.SERIES)]
            if j >= cut:
                fill = _mix(fill, colors.white, 0.6)
            d.add(Rect(cx - bw / 2, y, bw, h, fillColor=fill, strokeColor=colors.white, strokeWidth=0.5))
            y += h
        if pending[i] > 0:
            py = bottom + ph * secured[i] / top
            d.add(Rect(cx - bw / 2, py, bw, ph * pending[i] / top, fillColor=None, strokeColor=st.MUTED,
                       strokeWidth=0.8, strokeDashArray=[3, 2]))
        d.add(String(cx, bottom - 13, str(year), fontName=REGULAR, fontSize=LABEL, fillColor=st.INK,
                     textAnchor="middle"))
        c = cost[i]
        gap = 0.0 if c is None else c - secured[i]
        cost_top = 0.0 if c is None else c
        label_y = bottom + ph * max(stacked[i], secured[i], cost_top) / top + 8
        if gap >= 0.5:
            any_gap = True
            gy = bottom + ph * secured[i] / top
            gh = ph * gap / top
            d.add(Rect(cx - bw / 2 - 2, gy, bw + 4, gh, fillColor=None, strokeColor=st.ALERT,
                       strokeWidth=0.9, strokeDashArray=[2, 1.5]))
            label_y = max(label_y, gy + gh + 8)
        parts = [(i18n.t("{amount} secured", amount=compact_money(secured[i])) if wide else compact_money(secured[i]),
                  BOLD, st.NAVY)]
        if pending[i] > 0:
            parts.append((i18n.t("+{amount} pending", amount=compact_money(pending[i])) if wide
                          else f"+{compact_money(pending[i])}",
                          REGULAR, st.MUTED))
        if gap >= 0.5:
            parts.append((i18n.t("gap {amount}", amount=compact_money(gap)), BOLD, st.ALERT))
        for text, font, color in reversed(parts):
            d.add(String(cx, label_y, fit(text, font, LABEL, slot - 4), fontName=font, fontSize=LABEL,
                         fillColor=color, textAnchor="middle"))
            label_y += LABEL + 2
    pts: list[float] = []
    for cx, c in zip(xs, cost, strict=False):
        if c is not None:
            pts += [cx, bottom + ph * c / top]
    if len(pts) >= 4:
        d.add(PolyLine(pts, strokeColor=st.INK, strokeWidth=1, strokeDashArray=[3, 2]))
    for cx, c in zip(xs, cost, strict=False):
        if c is None:
            continue
        cy = bottom + ph * c / top
        d.add(Polygon([cx, cy + 4, cx + 4, cy, cx, cy - 4, cx - 4, cy], fillColor=st.INK,
                      strokeColor=colors.white, strokeWidth=0.6))
    # the legend: each source's colour, then the cost line and the gap box
    col_w = width / per_row
    keys: list[tuple[str, str, colors.Color]] = []
    for name, j in legend:
        fill = st.SERIES[j % len(st.SERIES)]
        keys.append((name, "box", _mix(fill, colors.white, 0.6) if j >= cut else fill))
    keys.append((i18n.t("Total cost"), "cost", st.INK))
    if any_gap:
        keys.append((i18n.t("Gap after secured funding"), "gap", st.ALERT))
    for k_i, (name, kind, color) in enumerate(keys):
        row, col = divmod(k_i, per_row)
        x0 = col * col_w
        y0 = legend_h - 13.0 * (row + 1)
        g = swatch(color, kind)
        grp = Group(*g.contents)
        grp.translate(x0, y0)
        d.add(grp)
        d.add(String(x0 + 16, y0 + 1, fit(name, REGULAR, LABEL, col_w - 22), fontName=REGULAR, fontSize=LABEL,
                     fillColor=st.INK))
    return d


def swatch(color: colors.Color, kind: str = "box") -> Drawing:
    d = Drawing(12, 9)
    if kind == "cost":
        d.add(Line(0, 4.5, 12, 4.5, strokeColor=st.INK, strokeWidth=1, strokeDashArray=[3, 2]))
        d.add(Polygon([6, 8, 9.5, 4.5, 6, 1, 2.5, 4.5], fillColor=st.INK, strokeColor=None))
    elif kind == "gap":
        d.add(Rect(1, 1, 10, 7, fillColor=st.ALERT_TINT, strokeColor=st.ALERT, strokeWidth=0.8,
                   strokeDashArray=[2, 1.5]))
    else:
        d.add(Rect(0, 0, 12, 9, fillColor=color, strokeColor=None))
    return d


# --- ratio gauge -------------------------------------------------------------------


def ratio_gauge(value: float | None, width: float, lo: float = 1.0, hi: float = 2.0,
                scale_max: float = 3.0) -> Drawing:
    """A scale of patrol shifts per clinician with the guide's band and a marker."""
    h = 50.0
    d = Drawing(width, h)
    left, right = 4.0, 4.0
    w = width - left - right
    top_val = max(scale_max, (value or 0) * 1.1)
    y = 16.0

    def x(v: float) -> float:
        return left + w * min(v, top_val) / top_val

    d.add(Rect(left, y, w, 7, fillColor=st.ZEBRA, strokeColor=st.RULE, strokeWidth=0.4))
    d.add(Rect(x(lo), y, x(hi) - x(lo), 7, fillColor=CLIN_LIGHT, strokeColor=None))
    d.add(String((x(lo) + x(hi)) / 2, y + 21, i18n.t("starter guide: 1–2 shifts per clinician"), fontName=REGULAR,
                 fontSize=LABEL, fillColor=st.TEAL_DARK, textAnchor="middle"))
    t = 0.0
    while t <= top_val + 1e-9:
        d.add(Line(x(t), y - 2, x(t), y, strokeColor=st.MUTED, strokeWidth=0.5))
        d.add(String(x(t), y - 10, f"{t:g}", fontName=REGULAR, fontSize=LABEL, fillColor=st.MUTED,
                     textAnchor="middle"))
        t += 0.5 if top_val <= 4 else 1.0
    if value is not None:
        mx = x(value)
        col = st.TEAL_DARK if lo - 1e-9 <= value <= hi + 1e-9 else st.ALERT
        d.add(Polygon([mx, y + 7.5, mx - 4.5, y + 15, mx + 4.5, y + 15], fillColor=col, strokeColor=None))
        d.add(Line(mx, y - 1, mx, y + 8, strokeColor=col, strokeWidth=1.6))
    return d
