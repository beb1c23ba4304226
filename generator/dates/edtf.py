"""Reading dates written in EDTF (Extended Date/Time Format, Library of Congress).

The fact base stores every date as an EDTF string so that editors can say
"about March 2023" (``2023-03~``) or "some time before 30 August 2023"
(``../2023-08-30``) without inventing precision. This module:

* validates such strings (with the ``edtf`` package as the authority on syntax,
  plus calendar checks it does not make) and explains mistakes to editors;
* works out the range of days each expression covers, for sorting and for
  chronology checks.

Saying them in words, per language, is dates/words.py.

Only the part of EDTF that editors need is supported: a year, month, season or
day, optionally qualified with ``~`` (approximate), ``?`` (uncertain) or ``%``
(both), and intervals ``A/B`` whose ends are such dates, ``..`` (open) or
empty (unknown). Anything else is refused with a :class:`DateError`.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime
import functools
import io
import re
from dataclasses import dataclass, field
from enum import Enum, IntEnum

__all__ = [
    "Bounds",
    "DateError",
    "DatePoint",
    "MissingEnd",
    "ParsedDate",
    "Precision",
    "Qualifier",
    "Season",
    "parse",
    "sort_key",
]

FORMAT_HINT = (
    "use a year, month or day (2023, 2023-08, 2023-08-30), optionally with ~ ? % or an interval A/B"
)
# For messages to editors, which are in English (and for dates said in English).
MONTHS_IN_ENGLISH = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# A single date of the supported kind; months 21-24 are the seasons.
# [0-9] rather than \d: \d would also accept digits from other scripts.
_POINT_PATTERN = re.compile(
    r"(?P<year>[0-9]{4})"
    r"(?:-(?P<month>[0-9]{2})(?:-(?P<day>[0-9]{2}))?)?"
    r"(?P<qualifier>[~?%]?)"
)
_OPEN_END_TEXT = ".."
_UNKNOWN_END_TEXT = ""
# EDTF level 2 numbers sub-seasons and quarters 25-41; valid, but not supported.
_LEVEL_2_SEASON_CODES = range(25, 42)
_LAST_SUPPORTED_YEAR = datetime.MAXYEAR


class DateError(ValueError):
    """Invalid EDTF.

    ``message`` says what is wrong and ``hint`` how to fix it, both in plain
    English for editors.
    """

    message: str
    hint: str

    def __init__(self, message: str, hint: str) -> None:
        super().__init__(f"{message}; {hint}")
        self.message = message
        self.hint = hint

    def __reduce__(self) -> tuple[type[DateError], tuple[str, str]]:
        # Keeps the error picklable (e.g. across worker processes): the default
        # would call DateError() with the one combined string.
        return (DateError, (self.message, self.hint))


@dataclass(frozen=True)
class Bounds:
    """The first and last day an expression covers (both included)."""

    lower: datetime.date | None  # None = open or unknown start (-infinity)
    upper: datetime.date | None  # None = open or unknown end (+infinity)


class Qualifier(Enum):
    """EDTF qualification of a whole date."""

    NONE = ""
    APPROXIMATE = "~"
    UNCERTAIN = "?"
    APPROXIMATE_AND_UNCERTAIN = "%"

    @property
    def approximate(self) -> bool:
        return self in (Qualifier.APPROXIMATE, Qualifier.APPROXIMATE_AND_UNCERTAIN)

    @property
    def uncertain(self) -> bool:
        return self in (Qualifier.UNCERTAIN, Qualifier.APPROXIMATE_AND_UNCERTAIN)


class Season(IntEnum):
    """EDTF level 1 seasons, numbered as EDTF writes them in the month place."""

    SPRING = 21
    SUMMER = 22
    AUTUMN = 23
    WINTER = 24


_SEASON_CODES = frozenset(season.value for season in Season)

# First and last month of each season (northern hemisphere, meteorological).
# Winter starts in December of its year and ends in February of the next one,
# so that seasons follow each other in EDTF order: spring, summer, autumn, winter.
_SEASON_MONTHS: dict[Season, tuple[int, int]] = {
    Season.SPRING: (3, 5),
    Season.SUMMER: (6, 8),
    Season.AUTUMN: (9, 11),
    Season.WINTER: (12, 2),
}


class Precision(Enum):
    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"


class MissingEnd(Enum):
    """An interval end without a date."""

    OPEN = _OPEN_END_TEXT  # "..": the interval runs on indefinitely
    UNKNOWN = _UNKNOWN_END_TEXT  # empty: the interval ends somewhere, not known where


@dataclass(frozen=True)
class DatePoint:
    """A single year, season, month or day, possibly qualified."""

    year: int
    month: int | None = None  # 1-12; None for a year or a season
    day: int | None = None
    season: Season | None = None
    qualifier: Qualifier = Qualifier.NONE

    @property
    def precision(self) -> Precision:
        if self.day is not None:
            return Precision.DAY
        if self.month is not None:
            return Precision.MONTH
        if self.season is not None:
            return Precision.SEASON
        return Precision.YEAR

    @property
    def bounds(self) -> Bounds:
        return Bounds(self.first_day, self.last_day)

    @property
    def date_text(self) -> str:
        """The EDTF text of the date without its qualifier, e.g. ``2023-08``."""
        text = f"{self.year:04d}"
        if self.season is not None:
            return f"{text}-{self.season.value}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    @property
    def edtf(self) -> str:
        return self.date_text + self.qualifier.value

    def same_date_as(self, other: DatePoint) -> bool:
        """True if both name the same date, whatever their qualifiers."""
        return self.date_text == other.date_text

    @property
    def first_day(self) -> datetime.date:
        if self.season is not None:
            first_month, _ = _SEASON_MONTHS[self.season]
            return datetime.date(self.year, first_month, 1)
        return datetime.date(self.year, self.month or 1, self.day or 1)

    @property
    def last_day(self) -> datetime.date:
        if self.season is not None:
            return _last_day_of_season(self.year, self.season)
        if self.day is not None and self.month is not None:
            return datetime.date(self.year, self.month, self.day)
        month = self.month or 12
        return datetime.date(self.year, month, _days_in_month(self.year, month))


@dataclass(frozen=True)
class ParsedDate:
    """A validated EDTF expression.

    A single date has ``start`` and ``end`` both set to the same point and
    ``is_interval`` False.
    """

    text: str
    start: DatePoint | MissingEnd
    end: DatePoint | MissingEnd
    is_interval: bool
    # Worked out once, when the date is read (parse() keeps each reading): checks,
    # sorting, pages, pictures and data ask for them again and again.
    bounds: Bounds = field(init=False, repr=False, compare=False)
    """Strict bounds: the days covered, ignoring the fuzziness of ~ ? %."""
    approximate: bool = field(init=False, repr=False, compare=False)
    """~ or % at either end."""
    uncertain: bool = field(init=False, repr=False, compare=False)
    """? or % at either end."""

    def __post_init__(self) -> None:
        points = [end for end in (self.start, self.end) if isinstance(end, DatePoint)]
        lower = self.start.first_day if isinstance(self.start, DatePoint) else None
        upper = self.end.last_day if isinstance(self.end, DatePoint) else None
        # A frozen dataclass sets its own derived fields through object.__setattr__.
        object.__setattr__(self, "bounds", Bounds(lower, upper))
        object.__setattr__(self, "approximate", any(p.qualifier.approximate for p in points))
        object.__setattr__(self, "uncertain", any(p.qualifier.uncertain for p in points))


# --- Parsing ------------------------------------------------------------------


# Cached: every date is parsed several times (model, checks, each page that shows it), and
# a fact base repeats the same dates. ParsedDate is frozen; errors are not cached.
@functools.lru_cache(maxsize=65536)
def parse(edtf_text: str) -> ParsedDate:
    """Validate an EDTF string and read it; raise DateError if it is unusable."""
    _check_not_blank(edtf_text)
    _check_no_spaces(edtf_text)
    parsed = _read(edtf_text)
    # Our reading is narrower than EDTF, but edtf has the last word on syntax.
    if not _edtf_accepts_form(_form_of(parsed)):
        raise _not_edtf_error(edtf_text)
    _check_interval_order(parsed.start, parsed.end)
    return parsed


def _form_of(parsed: ParsedDate) -> str:
    """The expression with every date moved to 2000-01-01, keeping precision, season and qualifier.

    Once _read has checked the calendar, edtf's verdict depends only on this form, not on
    the digits (it accepts backwards intervals too; _check_interval_order catches those).
    """
    if not parsed.is_interval:
        return _point_form(parsed.start)
    return f"{_point_form(parsed.start)}/{_point_form(parsed.end)}"


def _point_form(end: DatePoint | MissingEnd) -> str:
    if isinstance(end, MissingEnd):
        return end.value
    if end.season is not None:
        text = f"2000-{end.season.value}"
    else:
        text = (
            "2000"
            + ("-01" if end.month is not None else "")
            + ("-01" if end.day is not None else "")
        )
    return text + end.qualifier.value


def _edtf_accepts_form(form: str) -> bool:
    """edtf's verdict on a form (see _form_of): known in advance, or asked once."""
    known = _KNOWN_FORM_VERDICTS.get(form)
    return known if known is not None else _edtf_accepts_new_form(form)


# edtf's pyparsing grammar takes 3-10 ms a call (and 50 ms to import); there are a few
# hundred forms at most.
@functools.cache
def _edtf_accepts_new_form(form: str) -> bool:
    return _edtf_accepts(form)


def _known_form_verdicts() -> dict[str, bool]:
    """edtf's verdict on every form _read can produce, as edtf 5.0.2 gives it.

    Asking edtf costs more than the rest of a check of 10,000 dates. Its verdicts were
    asked for each of these forms: it refuses a qualified season standing alone
    (2000-21~) and accepts all the others, qualified seasons in intervals included.
    tests/unit/dates/test_edtf_verdict_depends_on_the_form.py holds the verdicts against edtf's on random dates.
    """
    seasons = [f"2000-{season.value}" for season in Season]
    points = {
        f"{date}{qualifier.value}": date not in seasons or qualifier is Qualifier.NONE
        for date in ("2000", "2000-01", "2000-01-01", *seasons)
        for qualifier in Qualifier
    }
    ends = [*points, *(end.value for end in MissingEnd)]
    intervals = {
        f"{start}/{end}": True
        for start in ends
        for end in ends
        if start in points or end in points  # both ends missing is refused before edtf is asked
    }
    return {**points, **intervals}


_KNOWN_FORM_VERDICTS = _known_form_verdicts()


def _read(text: str) -> ParsedDate:
    if "/" in text:
        return _read_interval(text)
    point = _read_point(text, text)
    return ParsedDate(text, point, point, is_interval=False)


def _check_not_blank(text: str) -> None:
    if not text.strip():
        raise DateError(
            "the date is empty",
            "write a date such as 2023, 2023-08 or 2023-08-30",
        )


def _check_no_spaces(text: str) -> None:
    if text and text.split() != [text]:  # some character is white space
        raise DateError(
            f"{text!r} contains spaces; EDTF dates have none",
            "remove the spaces",
        )


def _read_interval(text: str) -> ParsedDate:
    start_text, _, end_text = text.partition("/")
    if "/" in end_text:
        raise _unsupported_or_invalid_error(text)
    start = _read_interval_end(start_text, text)
    end = _read_interval_end(end_text, text)
    if isinstance(start, MissingEnd) and isinstance(end, MissingEnd):
        raise DateError(
            "the interval has no date at either end",
            "give at least one of the two dates, as in 2023-07/.. or ../2023-08-30",
        )
    return ParsedDate(text, start, end, is_interval=True)


def _read_interval_end(end_text: str, whole_text: str) -> DatePoint | MissingEnd:
    if end_text in (_OPEN_END_TEXT, _UNKNOWN_END_TEXT):
        return MissingEnd(end_text)
    return _read_point(end_text, whole_text)


def _check_interval_order(start: DatePoint | MissingEnd, end: DatePoint | MissingEnd) -> None:
    if not (isinstance(start, DatePoint) and isinstance(end, DatePoint)):
        return
    # Backwards only if the ranges do not meet: 2023-08-15/2023-08 is allowed.
    if end.last_day < start.first_day:
        raise DateError(
            f"the interval ends ({end.edtf}) before it starts ({start.edtf})",
            "swap the two dates",
        )


def _read_point(point_text: str, whole_text: str) -> DatePoint:
    match = _POINT_PATTERN.fullmatch(point_text)
    if match is None:
        raise _unsupported_or_invalid_error(whole_text)
    year = int(match["year"])
    month = None if match["month"] is None else int(match["month"])
    day = None if match["day"] is None else int(match["day"])
    qualifier = Qualifier(match["qualifier"])
    date_text = point_text.rstrip("~?%")

    _check_year(year, date_text)
    if month is None:
        return DatePoint(year, qualifier=qualifier)
    if day is None and month in _SEASON_CODES:
        return _season_point(year, Season(month), qualifier, date_text)
    if day is None and month in _LEVEL_2_SEASON_CODES:
        raise _unsupported_or_invalid_error(whole_text)
    _check_month(month, date_text)
    if day is not None:
        _check_day(year, month, day, date_text)
    return DatePoint(year, month, day, qualifier=qualifier)


def _season_point(year: int, season: Season, qualifier: Qualifier, date_text: str) -> DatePoint:
    if season is Season.WINTER and year == _LAST_SUPPORTED_YEAR:
        # This winter would end in February of a year Python cannot represent.
        raise DateError(
            f"{date_text} is not supported (winter {year} ends in the next year)",
            f"use a year before {year}",
        )
    return DatePoint(year, season=season, qualifier=qualifier)


def _check_year(year: int, date_text: str) -> None:
    if year == 0:
        # Valid EDTF (it is 1 BC), but dates before year 1 are not supported.
        raise DateError(
            f"{date_text} is not supported (year 0000 means 1 BC)",
            "use a year from 0001 to 9999",
        )


def _check_month(month: int, date_text: str) -> None:
    if not 1 <= month <= 12:
        raise DateError(
            f"{date_text} is not a real date (there is no month {month:02d})",
            "check the month: 01 to 12, or 21 to 24 for spring to winter",
        )


def _check_day(year: int, month: int, day: int, date_text: str) -> None:
    # edtf only rejects some impossible days (2023-02-30 but not 2023-02-29).
    days = _days_in_month(year, month)
    if not 1 <= day <= days:
        month_name = MONTHS_IN_ENGLISH[month - 1]
        raise DateError(
            f"{date_text} is not a real date ({month_name} {year} has {days} days)",
            "check the day and month",
        )


def _unsupported_or_invalid_error(text: str) -> DateError:
    if _edtf_accepts(text):
        return DateError(f"{text!r} is valid EDTF but not supported here", FORMAT_HINT)
    return _not_edtf_error(text)


def _not_edtf_error(text: str) -> DateError:
    return DateError(f"{text!r} is not a valid EDTF date", FORMAT_HINT)


def _edtf_accepts(text: str) -> bool:
    # edtf 5.0.2 prints debugging output and raises TypeError (not its own
    # parse exception) for some malformed input such as "../8", so silence
    # its output and treat any failure as "not EDTF". (redirect_stdout is
    # process-wide, which is fine while dates are parsed on one thread.)
    from edtf import parse_edtf  # here: importing edtf takes longer than most checks

    with contextlib.redirect_stdout(io.StringIO()):
        try:
            parse_edtf(text)
        except Exception:
            return False
    return True


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int, month: int) -> int:
    # Not calendar.monthrange, which works out the month's first weekday as well.
    return 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month]


def _last_day_of_season(year: int, season: Season) -> datetime.date:
    first_month, last_month = _SEASON_MONTHS[season]
    last_year = year + 1 if last_month < first_month else year
    return datetime.date(last_year, last_month, _days_in_month(last_year, last_month))


# --- Sorting ------------------------------------------------------------------


def sort_key(d: ParsedDate) -> tuple[bool, datetime.date, bool, datetime.date, str]:
    """Chronological key: by start (open start first), then end (open end last).

    The text comes last only to make the order of equal ranges deterministic.
    """
    lower, upper = d.bounds.lower, d.bounds.upper
    return (
        lower is not None,
        lower or datetime.date.min,
        upper is None,
        upper or datetime.date.max,
        d.text,
    )
