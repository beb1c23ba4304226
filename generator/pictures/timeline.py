"""The visual timeline: an SVG drawn at build time, in which an uncertain date looks uncertain.

A date is drawn as what the fact base knows of it:

- an exact day is a point; an exact span of days (25–27 July) a solid bar;
- a month, season or year is a hatched bar over the days it covers, with hard ends:
  some time within those days, not knowing which;
- an approximate or uncertain date (~ ?) is a hatched bar that reaches past its days
  with soft ends: about then;
- an open or unknown end (../2023-08-30) fades out towards that side;
- a record without a date sits in a column of its own, outside the axis;
- a date the editors inferred from another source has a dashed outline, whatever its
  look, and its tooltip says so, as every date in words does.

Up to ROW_LIMIT entries each get a row with its name, linking to the entry. Beyond that
the picture counts instead: one bar per week, month or year and kind, whose solid part
counts the entries certainly in that period and whose hatched part spreads each
imprecise date over the periods it covers. Either way the picture stays small however
long the story runs, and the text of the timeline below it says the same in words.
"""

from __future__ import annotations

import datetime
import functools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from enum import Enum

from .. import dates
from ..labels import label
from . import svg

KINDS = ("event", "claim", "response")
ROW_LIMIT = 40


def names_shown(entries: int) -> bool:
    """Whether a picture of this many entries writes their names (a row each) or only
    counts them (density): a mark's label is read only in the first case."""
    return entries <= ROW_LIMIT


PAD = 10
LABEL_LINES = 2
LINE_HEIGHT = 14
CHARACTER_WIDTH = 6.6  # an average at 12px, to wrap texts before they run out of the picture
AXIS_HEIGHT = 34
ROW_HEIGHT = 22  # a row with a one-line name; each further line adds LINE_HEIGHT
LANE_HEADING_HEIGHT = 26
LEGEND_ROW_HEIGHT = 20
LEGEND_TEXT_X = PAD + 52
BAR_HEIGHT = 10
DENSITY_HEIGHT = 56
MIN_TICK_GAP = 60  # pixels between labelled ticks
# An approximate date reaches this far past its days on each side (days, share of length).
ABOUT_MARGIN_DAYS = 7
ABOUT_MARGIN_SHARE = 0.15

# Fallback colours (the stylesheet sets the same, and lighter ones in dark mode).
INK = {"event": "#1565c0", "claim": "#a14a00", "response": "#7b1fa2", "neutral": "#555555"}


@dataclass(frozen=True)
class Layout:
    """One way to lay the picture out. Both are written, and the stylesheet shows the one
    that fits: a wide one with the names in a column beside the marks, and a narrow one
    for phones with each name above its mark, so that neither needs sideways scrolling."""

    width: int
    label_width: int  # the names' column; 0: each name above its mark
    undated_width: int
    ids: str  # prefix of this picture's ids, unique on the page

    @property
    def label_characters(self) -> int:
        return int(((self.label_width or self.width) - 2 * PAD) / CHARACTER_WIDTH)


WIDE = Layout(680, 250, 100, "xt")  # fits the content column of a desktop page
NARROW = Layout(340, 0, 64, "xtn")  # fits a 375px phone screen
LAYOUTS = (WIDE, NARROW)


class Look(Enum):
    POINT = "point"
    SPAN = "span"
    WITHIN = "within"
    ABOUT = "about"
    OPEN = "open"
    UNDATED = "undated"


@dataclass(frozen=True)
class Mark:
    """One entry of the timeline, as the picture needs it: every text is plain text."""

    record_id: str
    kind: str  # event | claim | response
    label: str
    href: str  # a link to the entry, relative to the page the picture is on
    edtf: str | None
    when: str = ""  # the date in words with its marks, as the pages say it ("": say edtf)
    inferred: bool = False  # the editors inferred the date from another source
    kind_name: str = ""  # what the entry is, for its tooltip ("": the kind's own word)


@dataclass(frozen=True)
class Placed:
    """A mark with the days it covers, as day ordinals (None: an open or unknown end)."""

    mark: Mark
    look: Look
    first: int | None
    last: int | None
    when: str

    @property
    def reach(self) -> tuple[float, float] | None:
        """The days drawn, from the first to the day after the last; None if undated."""
        if self.first is None and self.last is None:
            return None
        first = self.first if self.first is not None else self.last
        last = self.last if self.last is not None else self.first
        assert first is not None and last is not None
        start, end = float(first), float(last + 1)
        if self.look is Look.ABOUT:
            margin = max(ABOUT_MARGIN_DAYS, (end - start) * ABOUT_MARGIN_SHARE)
            start, end = start - margin, end + margin
        return start, end


def place(mark: Mark, language: str) -> Placed:
    """The mark with its look, its first and last day, and its date in words."""
    if mark.edtf is None:
        return Placed(mark, Look.UNDATED, None, None, label("basis.not-stated", language))
    parsed = dates.parse(mark.edtf)
    lower, upper = parsed.bounds.lower, parsed.bounds.upper
    return Placed(
        mark,
        look_of(parsed),
        lower.toordinal() if lower else None,
        upper.toordinal() if upper else None,
        mark.when or dates.say(mark.edtf, language),
    )


def look_of(parsed: dates.ParsedDate) -> Look:
    bounds = parsed.bounds
    if bounds.lower is None or bounds.upper is None:
        return Look.OPEN
    if parsed.approximate or parsed.uncertain:
        return Look.ABOUT
    ends = [end for end in (parsed.start, parsed.end) if isinstance(end, dates.DatePoint)]
    if all(end.precision is dates.Precision.DAY for end in ends):
        return Look.POINT if bounds.lower == bounds.upper else Look.SPAN
    return Look.WITHIN


# --- the time axis ------------------------------------------------------------------------


@dataclass(frozen=True)
class Axis:
    """Days (ordinals) from `start` to `end` drawn from x0 to x1."""

    start: float
    end: float
    x0: float
    x1: float

    def x(self, day: float) -> float:
        share = (day - self.start) / (self.end - self.start)
        return self.x0 + min(max(share, 0.0), 1.0) * (self.x1 - self.x0)

    @property
    def pixels_per_day(self) -> float:
        return (self.x1 - self.x0) / (self.end - self.start)


FIRST_DAY = datetime.date.min.toordinal()
LAST_DAY = datetime.date.max.toordinal()


def axis_for(placed: Sequence[Placed], x0: float, x1: float) -> Axis | None:
    reaches = [p.reach for p in placed if p.reach is not None]
    if not reaches:
        return None
    start = min(r[0] for r in reaches)
    end = max(r[1] for r in reaches)
    span = max(end - start, 30.0)  # a single day still gets a month around it
    middle = (start + end) / 2
    start, end = middle - span / 2, middle + span / 2
    padding = span * 0.04
    return Axis(max(start - padding, FIRST_DAY), min(end + padding, LAST_DAY), x0, x1)


MONTHS_PER_TICK = (1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200)


def ticks(axis: Axis, language: str) -> Iterator[tuple[float, str]]:
    """Labelled ticks at month or year starts, no closer than MIN_TICK_GAP pixels."""
    step = next(
        (s for s in MONTHS_PER_TICK if s * 30.44 * axis.pixels_per_day >= MIN_TICK_GAP),
        MONTHS_PER_TICK[-1],
    )
    first = datetime.date.fromordinal(int(axis.start))
    month_index = first.year * 12 + first.month - 1
    month_index += -month_index % step
    shown_year = False
    while month_index // 12 <= datetime.MAXYEAR:
        day = datetime.date(month_index // 12, month_index % 12 + 1, 1)
        if day.toordinal() > axis.end:
            return
        if day.toordinal() >= axis.start:
            if step >= 12:
                text = str(day.year)
            else:
                text = label(f"month.short.{day.month}", language)
                if day.month == 1 or not shown_year:
                    text += f" {day.year}"
                    shown_year = True
            yield axis.x(day.toordinal()), text
        month_index += step


def draw_axis(axis: Axis, language: str, top: float, bottom: float) -> str:
    parts = []
    for x, text in ticks(axis, language):
        parts.append(
            svg.element(
                "line",
                {
                    "x1": x,
                    "x2": x,
                    "y1": top - 6,
                    "y2": bottom,
                    "class": "xt-grid",
                    "stroke": "#9e9e9e",
                    "stroke-width": 1,
                    "stroke-dasharray": "2 3",
                },
            )
        )
        if x + 3 + len(text) * CHARACTER_WIDTH <= axis.x1 + PAD:  # else it would be cut off
            parts.append(svg.label(x + 3, top - 10, text, "xt-tick"))
    parts.append(
        svg.element(
            "line",
            {
                "x1": axis.x0,
                "x2": axis.x1,
                "y1": top,
                "y2": top,
                "class": "xt-axis",
                "stroke": "#757575",
                "stroke-width": 1,
            },
        )
    )
    return "".join(parts)


# --- shared definitions: hatching and soft ends -------------------------------------------


def definitions(kinds: Sequence[str], ids: str) -> str:
    """The patterns and masks the marks use: hatching per kind, soft ends and fades."""
    patterns = [
        svg.element(
            "pattern",
            {
                "id": f"{ids}-hatch-{kind}",
                "width": 6,
                "height": 6,
                "patternUnits": "userSpaceOnUse",
                "patternTransform": "rotate(45)",
            },
            svg.element(
                "rect",
                {
                    "width": 6,
                    "height": 6,
                    "class": f"xt-tint xt-fill-{kind}",
                    "fill": INK[kind],
                    "fill-opacity": 0.16,
                },
            ),
            svg.element(
                "line",
                {
                    "x1": 1,
                    "x2": 1,
                    "y1": 0,
                    "y2": 6,
                    "class": f"xt-ink-{kind}",
                    "stroke": INK[kind],
                    "stroke-width": 2,
                },
            ),
        )
        for kind in (*kinds, "neutral")
    ]
    masks = [
        _fade_mask(f"{ids}-soft", ((0, 0), (0.3, 1), (0.7, 1), (1, 0))),
        _fade_mask(f"{ids}-fade-left", ((0, 0), (0.6, 0.7), (1, 1))),
        _fade_mask(f"{ids}-fade-right", ((0, 1), (0.4, 0.7), (1, 0))),
    ]
    return svg.element("defs", {}, *patterns, *masks)


def _fade_mask(name: str, stops: Sequence[tuple[float, float]]) -> str:
    gradient = svg.element(
        "linearGradient",
        {"id": f"{name}-gradient"},
        *(
            svg.element(
                "stop",
                {"offset": float(offset), "stop-color": "#fff", "stop-opacity": float(opacity)},
            )
            for offset, opacity in stops
        ),
    )
    return gradient + svg.element(
        "mask",
        {"id": name, "maskContentUnits": "objectBoundingBox"},
        svg.element("rect", {"width": 1, "height": 1, "fill": f"url(#{name}-gradient)"}),
    )


# The outline of a date the editors inferred: longer dashes than an undated mark's.
INFERRED_DASHES = "4 2"


def draw_mark(placed: Placed, axis: Axis, middle: float, undated_x: float, ids: str) -> str:
    """The shape of one entry on its row: its look says how well its date is known, and a
    dashed outline that the editors inferred it."""
    shape = _draw_shape(placed, axis, middle, undated_x, ids)
    if not placed.mark.inferred or placed.look is Look.UNDATED:
        return shape
    reach = placed.reach
    assert reach is not None
    start, end = axis.x(reach[0]), axis.x(reach[1])
    kind = placed.mark.kind
    outline: dict[str, svg.Attribute] = {
        "fill": "none",
        "class": f"xt-inferred xt-line-{kind}",
        "stroke": INK[kind],
        "stroke-width": 1.5,
        "stroke-dasharray": INFERRED_DASHES,
    }
    if placed.look is Look.POINT:
        return shape + svg.element(
            "circle", {"cx": (start + end) / 2, "cy": middle, "r": 7.5, **outline}
        )
    width = max(end - start, 4.0)
    return shape + svg.element(
        "rect",
        {
            "x": min(start, axis.x1 - width) - 2.5,
            "y": middle - BAR_HEIGHT / 2 - 2.5,
            "width": width + 5,
            "height": BAR_HEIGHT + 5,
            "rx": 3,
            **outline,
        },
    )


def _draw_shape(placed: Placed, axis: Axis, middle: float, undated_x: float, ids: str) -> str:
    kind = placed.mark.kind
    top = middle - BAR_HEIGHT / 2
    solid = {"class": f"xt-fill-{kind}", "fill": INK[kind]}
    hatched = {"class": f"xt-hatched xt-line-{kind}", "fill": f"url(#{ids}-hatch-{kind})"}
    if placed.look is Look.UNDATED:
        return svg.element(
            "circle",
            {
                "cx": undated_x,
                "cy": middle,
                "r": 5,
                "fill": "none",
                "class": f"xt-line-{kind}",
                "stroke": INK[kind],
                "stroke-width": 1.5,
                "stroke-dasharray": "2 2",
            },
        )
    reach = placed.reach
    assert reach is not None
    start, end = axis.x(reach[0]), axis.x(reach[1])
    if placed.look is Look.POINT:
        return svg.element("circle", {"cx": (start + end) / 2, "cy": middle, "r": 5, **solid})
    width = max(end - start, 4.0)
    box = {"x": min(start, axis.x1 - width), "y": top, "width": width, "height": BAR_HEIGHT}
    if placed.look is Look.SPAN:
        return svg.element("rect", {**box, "rx": 3, **solid})
    if placed.look is Look.WITHIN:
        return svg.element("rect", {**box, **hatched, "stroke": INK[kind], "stroke-width": 1})
    if placed.look is Look.ABOUT:
        return svg.element("rect", {**box, **hatched, "mask": f"url(#{ids}-soft)"})
    # Open: fade out from the known end to the edge of the axis on the open side.
    open_start = placed.first is None
    known = end if open_start else start
    box = (
        {"x": axis.x0, "y": top, "width": max(known - axis.x0, 4.0), "height": BAR_HEIGHT}
        if open_start
        else {"x": known, "y": top, "width": max(axis.x1 - known, 4.0), "height": BAR_HEIGHT}
    )
    fade = f"url(#{ids}-fade-left)" if open_start else f"url(#{ids}-fade-right)"
    return svg.element("rect", {**box, **hatched, "mask": fade}) + svg.element(
        "line",
        {
            "x1": known,
            "x2": known,
            "y1": top - 2,
            "y2": top + BAR_HEIGHT + 2,
            "class": f"xt-line-{kind}",
            "stroke": INK[kind],
            "stroke-width": 2,
        },
    )


# --- rows: one per entry --------------------------------------------------------------------


def lanes(placed: Sequence[Placed]) -> list[tuple[str, list[Placed]]]:
    """The entries of each kind, in the order given (the timeline's order)."""
    return [
        (kind, [p for p in placed if p.mark.kind == kind])
        for kind in KINDS
        if any(p.mark.kind == kind for p in placed)
    ]


def draw_rows(placed: Sequence[Placed], language: str, layout: Layout) -> tuple[str, float]:
    has_undated = any(p.look is Look.UNDATED for p in placed)
    chart_end = layout.width - PAD - (layout.undated_width if has_undated else 0)
    axis = axis_for(placed, layout.label_width + PAD, chart_end)
    undated_x = chart_end + layout.undated_width / 2 + PAD / 2
    assert axis is not None, "draw() leaves out pictures with nothing dated"
    parts = []
    y = float(AXIS_HEIGHT)
    for kind, group in lanes(placed):
        heading = f"{label('visual.lane.' + kind, language)} ({len(group)})"
        parts.append(svg.label(PAD, y + 17, heading, "xt-lane"))
        parts.append(
            svg.element(
                "line",
                {
                    "x1": PAD,
                    "x2": layout.width - PAD,
                    "y1": y + LANE_HEADING_HEIGHT - 2,
                    "y2": y + LANE_HEADING_HEIGHT - 2,
                    "class": "xt-rule",
                    "stroke": "#bdbdbd",
                    "stroke-width": 1,
                },
            )
        )
        y += LANE_HEADING_HEIGHT
        for entry in group:
            row, height = draw_row(entry, axis, y, (undated_x, layout), language)
            parts.append(row)
            y += height
        y += 6
    grid = draw_axis(axis, language, AXIS_HEIGHT, y)
    if has_undated:
        grid += svg.label(
            layout.width - PAD,
            AXIS_HEIGHT - 10,
            label("visual.undated", language),
            "xt-tick",
            anchor="end",
        )
    looks = [look for look in Look if any(p.look is look for p in placed)]
    inferred = any(p.mark.inferred and p.look is not Look.UNDATED for p in placed)
    legend, height = draw_legend(looks, language, y + 8, layout, inferred)
    return grid + "".join(parts) + legend, height


def draw_row(
    entry: Placed, axis: Axis, top: float, place: tuple[float, Layout], language: str
) -> tuple[str, float]:
    """One entry's row, the whole of it a link: its name (wrapped) and its mark, side by side
    or (narrow layout) the name above the mark. place: the undated column's x, the layout."""
    undated_x, layout = place
    lines = svg.wrap(entry.mark.label, layout.label_characters, LABEL_LINES)
    if layout.label_width:
        height = ROW_HEIGHT + LINE_HEIGHT * (len(lines) - 1)
        middle = top + height / 2
        first_baseline = middle + 4 - LINE_HEIGHT * (len(lines) - 1) / 2
    else:
        height = LINE_HEIGHT * len(lines) + ROW_HEIGHT
        middle = top + LINE_HEIGHT * len(lines) + ROW_HEIGHT / 2 - 2
        first_baseline = top + LINE_HEIGHT - 1
    kind_name = entry.mark.kind_name or label(f"kind.{entry.mark.kind}", language)
    row = svg.element(
        "a",
        {"href": entry.mark.href, "class": "xt-row"},
        svg.title(f"{entry.mark.label} — {kind_name}, {entry.when}"),
        svg.element(
            "rect",
            {
                "x": 0,
                "y": top,
                "width": layout.width,
                "height": height,
                "class": "xt-hit",
                "fill": "transparent",
            },
        ),
        svg.lines_label(PAD, first_baseline, lines, "xt-name", LINE_HEIGHT),
        draw_mark(entry, axis, middle, undated_x, layout.ids),
    )
    return row, height


def draw_legend(
    looks: Sequence[Look], language: str, top: float, layout: Layout, inferred: bool = False
) -> tuple[str, float]:
    """One item per look used in the picture: a neutral sample and what it means; and the
    dashed outline of an inferred date, if the picture has one."""
    parts = []
    y = top
    sample_axis = Axis(0.0, 40.0, PAD, PAD + 40)
    samples = {
        Look.POINT: Placed(_SAMPLE, Look.POINT, 19, 19, ""),
        Look.SPAN: Placed(_SAMPLE, Look.SPAN, 8, 31, ""),
        Look.WITHIN: Placed(_SAMPLE, Look.WITHIN, 8, 31, ""),
        Look.ABOUT: Placed(_SAMPLE, Look.ABOUT, 12, 27, ""),
        Look.OPEN: Placed(_SAMPLE, Look.OPEN, None, 31, ""),
        Look.UNDATED: Placed(_SAMPLE, Look.UNDATED, None, None, ""),
    }
    for look in looks:
        middle = y + LEGEND_ROW_HEIGHT / 2
        parts.append(draw_mark(samples[look], sample_axis, middle, PAD + 20, layout.ids))
        text, height = legend_text(label(f"visual.look.{look.value}", language), y, layout)
        parts.append(text)
        y += height
    if inferred:
        middle = y + LEGEND_ROW_HEIGHT / 2
        sample = Placed(_INFERRED_SAMPLE, Look.POINT, 19, 19, "")
        parts.append(draw_mark(sample, sample_axis, middle, PAD + 20, layout.ids))
        text, height = legend_text(label("visual.look.inferred", language), y, layout)
        parts.append(text)
        y += height
    return "".join(parts), y + PAD


def legend_text(
    words: str, top: float, layout: Layout, x: float = LEGEND_TEXT_X
) -> tuple[str, float]:
    """A legend's words (right of its sample), wrapped to the picture's width."""
    characters = int((layout.width - x - PAD) / CHARACTER_WIDTH)
    lines = svg.wrap(words, characters, LABEL_LINES)
    baseline = top + LEGEND_ROW_HEIGHT / 2 + 4
    height = LEGEND_ROW_HEIGHT + LINE_HEIGHT * (len(lines) - 1)
    return svg.lines_label(x, baseline, lines, "xt-legend", LINE_HEIGHT), height


_SAMPLE = Mark("", "neutral", "", "", None)
_INFERRED_SAMPLE = Mark("", "neutral", "", "", None, inferred=True)


# --- density: counts per period -------------------------------------------------------------


class Period(Enum):
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"

    def start_of(self, day: int) -> int:
        date = datetime.date.fromordinal(day)
        if self is Period.WEEK:
            return day - date.weekday()
        if self is Period.MONTH:
            return date.replace(day=1).toordinal()
        return date.replace(month=1, day=1).toordinal()

    def after(self, start: int) -> int:
        """The first day of the next period."""
        date = datetime.date.fromordinal(start)
        if self is Period.WEEK:
            return min(start + 7, LAST_DAY + 1)
        if date.year == datetime.MAXYEAR and (self is Period.YEAR or date.month == 12):
            return LAST_DAY + 1
        if self is Period.MONTH:
            following = date.replace(year=date.year + date.month // 12, month=date.month % 12 + 1)
            return following.toordinal()
        return date.replace(year=date.year + 1).toordinal()

    def called(self, start: int, language: str) -> str:
        date = datetime.date.fromordinal(start)
        if self is Period.WEEK:
            day = dates.say(date.isoformat(), language)
            return label("visual.week_of", language).format(day=day)
        if self is Period.MONTH:
            return dates.say(date.isoformat()[:7], language)
        return str(date.year)


def period_for(days: float) -> Period:
    """Periods short enough to show the shape, few enough to keep the picture small:
    at most about a hundred bars a kind."""
    if days <= 120:
        return Period.WEEK
    if days <= 8 * 366:
        return Period.MONTH
    return Period.YEAR


@dataclass
class Bin:
    start: int
    certain: int = 0  # entries whose days all fall in this period
    spread: float = 0.0  # shares of entries whose days run over several periods
    first: Placed | None = None  # the entry a click on the bar leads to


def count(entries: Sequence[Placed], period: Period) -> dict[int, Bin]:
    """Bins by period start. Open and undated entries are not counted (no honest place)."""
    bins: dict[int, Bin] = {}
    after_of = functools.cache(period.after)  # a few periods, asked for by every entry
    for entry in entries:
        if entry.first is None or entry.last is None:
            continue
        start = period.start_of(entry.first)
        if entry.look is not Look.ABOUT and after_of(start) > entry.last:
            here = bins.setdefault(start, Bin(start))
            here.certain += 1
            here.first = here.first or entry
            continue
        days = entry.last - entry.first + 1
        while start <= entry.last:
            after = after_of(start)
            overlap = min(after, entry.last + 1) - max(start, entry.first)
            here = bins.setdefault(start, Bin(start))
            here.spread += overlap / days
            here.first = here.first or entry
            start = after
    return bins


@dataclass(frozen=True)
class Density:
    """What the bars say, whatever the layout: counted once for both of a picture's."""

    notes: list[str]  # for the caption
    period: Period
    first_day: int
    end: int  # the first day after the last period
    # Per kind: the kind, its lane's heading, and its bars in order with their words;
    # empty if no entry has a place on the axis.
    lanes: list[tuple[str, str, list[tuple[Bin, str]]]]
    highest: float


def density(placed: Sequence[Placed], language: str) -> Density:
    """The entries counted by period and kind, and what the bars and caption will say."""
    dated = [p for p in placed if p.first is not None and p.last is not None]
    notes = []
    left_out = len(placed) - len(dated)
    if left_out:
        notes.append(label("visual.density.left_out", language).format(count=left_out))
    if not dated:
        return Density(notes, Period.YEAR, 0, 0, [], 0.0)
    first = min(p.first for p in dated if p.first is not None)
    last = max(p.last for p in dated if p.last is not None)
    period = period_for(last - first + 1)
    first_day, end = period.start_of(first), period.after(period.start_of(last))
    counted = {kind: count(group, period) for kind, group in lanes(dated)}
    highest = max(b.certain + b.spread for bins in counted.values() for b in bins.values())
    drawn = []
    for kind, bins in counted.items():
        total = sum(1 for p in dated if p.mark.kind == kind)
        heading = f"{label('visual.lane.' + kind, language)} ({total})"
        ordered = [bins[start] for start in sorted(bins)]
        bars = [(bin_, bin_words(bin_, kind, period, language)) for bin_ in ordered]
        drawn.append((kind, heading, bars))
    return Density(notes, period, first_day, end, drawn, highest)


def draw_density(
    placed: Sequence[Placed], language: str, layout: Layout, counted: Density | None = None
) -> tuple[str, float, list[str]]:
    """Bars per period and kind; returns the drawing, its height and notes for the caption.
    counted: density(placed, language), if already known."""
    if counted is None:
        counted = density(placed, language)
    if not counted.lanes:
        return "", 0.0, counted.notes
    period, highest = counted.period, counted.highest
    axis = Axis(float(counted.first_day), float(counted.end), PAD, layout.width - PAD)
    parts = []
    y = float(AXIS_HEIGHT)
    for kind, heading, bins in counted.lanes:
        parts.append(svg.label(PAD, y + 17, heading, "xt-lane"))
        y += LANE_HEADING_HEIGHT
        base = y + DENSITY_HEIGHT
        bars = BarScale(axis, period, base, highest)
        for bin_, words in bins:
            parts.append(draw_bin(bin_, words, kind, bars, layout.ids))
        parts.append(
            svg.element(
                "line",
                {
                    "x1": PAD,
                    "x2": layout.width - PAD,
                    "y1": base,
                    "y2": base,
                    "class": "xt-rule",
                    "stroke": "#bdbdbd",
                },
            )
        )
        y = base + 10
    bars_bottom = y
    scale = label("visual.density.scale", language).format(
        count=_count_text(highest, language),
        period=label(f"visual.period.{period.value}", language),
    )
    legend, height = legend_text(scale, y, layout, x=PAD)
    y += height + 2
    samples = [
        ("xt-fill-neutral", INK["neutral"], "visual.density.certain"),
        ("xt-hatched", f"url(#{layout.ids}-hatch-neutral)", "visual.density.spread"),
    ]
    for css_class, fill, key in samples:
        legend += svg.element(
            "rect",
            {"x": PAD, "y": y + 4, "width": 28, "height": 12, "class": css_class, "fill": fill},
        )
        text, height = legend_text(label(key, language), y, layout)
        legend += text
        y += height
    grid = draw_axis(axis, language, AXIS_HEIGHT, bars_bottom)
    return grid + "".join(parts) + legend, y + PAD, counted.notes


def _count_text(value: float, language: str) -> str:
    """A count that may be a share (1.5 entries spread over periods), with the
    language's decimal mark."""
    shown = str(round(value)) if value >= 10 else f"{value:.1f}".rstrip("0").rstrip(".")
    return shown.replace(".", ",") if language == "el" else shown


@dataclass(frozen=True)
class BarScale:
    """Where a lane's bars stand: along the axis, by period, on a base line, up to `highest`."""

    axis: Axis
    period: Period
    base: float
    highest: float


def bin_words(bin_: Bin, kind: str, period: Period, language: str) -> str:
    """What a bar's tooltip says: its period, and how many entries of the kind it counts."""
    return label("visual.density.bin", language).format(
        period=period.called(bin_.start, language),
        kind=label(f"visual.lane.{kind}", language),
        certain=bin_.certain,
        spread=_count_text(bin_.spread, language),
    )


def draw_bin(bin_: Bin, what: str, kind: str, scale: BarScale, ids: str) -> str:
    """One period's bar, a link to its first entry: solid for the entries certainly in it,
    hatched above for shares of imprecise dates. what: its words, for the tooltip."""
    assert bin_.first is not None
    axis, period, base = scale.axis, scale.period, scale.base
    x = axis.x(bin_.start)
    width = max(axis.x(period.after(bin_.start)) - x - 1, 1.5)
    certain = DENSITY_HEIGHT * bin_.certain / scale.highest
    spread = DENSITY_HEIGHT * bin_.spread / scale.highest
    shapes = [
        svg.element(
            "rect",
            {
                "x": x,
                "y": base - DENSITY_HEIGHT,
                "width": width,
                "height": DENSITY_HEIGHT,
                "class": "xt-hit",
                "fill": "transparent",
            },
        )
    ]
    if certain:
        shapes.append(
            svg.element(
                "rect",
                {
                    "x": x,
                    "y": base - certain,
                    "width": width,
                    "height": certain,
                    "class": f"xt-fill-{kind}",
                    "fill": INK[kind],
                },
            )
        )
    if spread:
        shapes.append(
            svg.element(
                "rect",
                {
                    "x": x,
                    "y": base - certain - max(spread, 1.0),
                    "width": width,
                    "height": max(spread, 1.0),
                    "class": f"xt-hatched xt-line-{kind}",
                    "fill": f"url(#{ids}-hatch-{kind})",
                },
            )
        )
    return svg.element(
        "a", {"href": bin_.first.mark.href, "class": "xt-bin"}, svg.title(what), *shapes
    )


# --- the figure -----------------------------------------------------------------------------


def draw(marks: Sequence[Mark], language: str, layout: Layout = WIDE) -> tuple[str, list[str]]:
    """The SVG for these entries ('' if none has a date) and notes for its caption."""
    return draw_placed([place(mark, language) for mark in marks], language, layout)


def draw_placed(
    placed: Sequence[Placed], language: str, layout: Layout = WIDE, counted: Density | None = None
) -> tuple[str, list[str]]:
    """draw(), for entries already placed; counted: their density, if already known."""
    if all(p.look is Look.UNDATED for p in placed):
        return "", []  # no axis to draw: the list of undated entries says it all
    notes: list[str] = []
    if names_shown(len(placed)):
        body, height = draw_rows(placed, language, layout)
    else:
        body, height, notes = draw_density(placed, language, layout, counted)
        if not body:
            return "", notes
    kinds = [kind for kind, _ in lanes(placed)]
    title = label("visual.timeline.title", language)
    description = label("visual.timeline.description", language)
    ids = layout.ids
    drawing = svg.element(
        "svg",
        {
            "xmlns": svg.NAMESPACE,
            "class": "xt-svg",
            "width": layout.width,
            "height": round(height),
            "viewBox": f"0 0 {layout.width} {round(height)}",
            "aria-labelledby": f"{ids}-title {ids}-desc",
            "font-family": "sans-serif",
            "font-size": 12,
        },
        svg.element("title", {"id": f"{ids}-title"}, svg.text(title)),
        svg.element("desc", {"id": f"{ids}-desc"}, svg.text(description)),
        definitions(kinds, ids),
        body,
    )
    return drawing, notes


def figure(marks: Sequence[Mark], language: str) -> str:
    """The picture as a raw HTML block for Markdown: one line per element, no blank line.

    Both layouts are in it; the stylesheet shows one (explainer.css, --wide and --narrow)."""
    placed = [place(mark, language) for mark in marks]
    # Placed and counted once, drawn in each layout.
    counted = None if names_shown(len(placed)) else density(placed, language)
    drawings = [draw_placed(placed, language, layout, counted) for layout in LAYOUTS]
    if not drawings[0][0]:
        return ""
    key = "visual.timeline.caption" if names_shown(len(marks)) else "visual.density.caption"
    caption = " ".join([label(key, language), *drawings[0][1]])
    lines = ['<figure class="explainer-figure explainer-timeline" data-search-exclude="">']
    for layout, (drawing, _) in zip(LAYOUTS, drawings, strict=True):
        size = "wide" if layout is WIDE else "narrow"
        lines += [
            f'<div class="explainer-figure__scroll explainer-figure--{size}" role="region" '
            'tabindex="0" aria-labelledby="xt-caption">',
            drawing,
            "</div>",
        ]
    lines += [f'<figcaption id="xt-caption">{svg.text(caption)}</figcaption>', "</figure>"]
    return "\n".join(lines)
