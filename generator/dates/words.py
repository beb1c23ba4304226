"""Saying a date in words, per language: natural Greek or English text for an EDTF date.

``edtf`` has no humaniser, and none that speaks Greek. Reading the EDTF is dates/edtf.py.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from .edtf import (
    MONTHS_IN_ENGLISH,
    DatePoint,
    MissingEnd,
    ParsedDate,
    Precision,
    Qualifier,
    Season,
    parse,
)


@dataclass(frozen=True)
class _Vocabulary:
    """The words of one language; "after_preposition" forms follow from/by."""

    months: tuple[str, ...]  # standing alone: "Μάρτιος 2023"
    months_after_day: tuple[str, ...]  # "30 Αυγούστου 2023" (Greek genitive)
    months_after_preposition: tuple[str, ...]  # "το αργότερο τον Ιούλιο του 2023"
    seasons: dict[Season, str]
    seasons_after_preposition: dict[Season, str]
    year_after_preposition: str  # "το αργότερο το 2023"
    day_after_preposition: str  # "το αργότερο στις 30 Αυγούστου 2023"
    of_year: str  # between a month or season and its year after a preposition: "του"
    # An open start is a time the source does not give, on or before the date (EDTF's end
    # is inclusive): "no later than", not "until" (a duration) nor "before" (shuts out the
    # day itself, and a whole month of a month).
    open_start: str  # "το αργότερο ..."
    open_end: str  # "το νωρίτερο ..."
    unknown_start: str
    unknown_end: str
    early_year: str
    late_year: str
    qualifiers: dict[Qualifier, str]
    end_qualifiers: dict[Qualifier, str]  # for an end whose start is exact


_GREEK = _Vocabulary(
    months=(
        "Ιανουάριος",
        "Φεβρουάριος",
        "Μάρτιος",
        "Απρίλιος",
        "Μάιος",
        "Ιούνιος",
        "Ιούλιος",
        "Αύγουστος",
        "Σεπτέμβριος",
        "Οκτώβριος",
        "Νοέμβριος",
        "Δεκέμβριος",
    ),
    months_after_day=(
        "Ιανουαρίου",
        "Φεβρουαρίου",
        "Μαρτίου",
        "Απριλίου",
        "Μαΐου",
        "Ιουνίου",
        "Ιουλίου",
        "Αυγούστου",
        "Σεπτεμβρίου",
        "Οκτωβρίου",
        "Νοεμβρίου",
        "Δεκεμβρίου",
    ),
    # Accusative with its article, after «το αργότερο», «το νωρίτερο».
    months_after_preposition=(
        "τον Ιανουάριο",
        "τον Φεβρουάριο",
        "τον Μάρτιο",
        "τον Απρίλιο",
        "τον Μάιο",
        "τον Ιούνιο",
        "τον Ιούλιο",
        "τον Αύγουστο",
        "τον Σεπτέμβριο",
        "τον Οκτώβριο",
        "τον Νοέμβριο",
        "τον Δεκέμβριο",
    ),
    seasons={
        Season.SPRING: "άνοιξη",
        Season.SUMMER: "καλοκαίρι",
        Season.AUTUMN: "φθινόπωρο",
        Season.WINTER: "χειμώνας",
    },
    seasons_after_preposition={
        Season.SPRING: "την άνοιξη",
        Season.SUMMER: "το καλοκαίρι",
        Season.AUTUMN: "το φθινόπωρο",
        Season.WINTER: "τον χειμώνα",
    },
    year_after_preposition="το {year}",
    day_after_preposition="στις {date}",
    of_year=" του ",
    open_start="το αργότερο {date}",
    open_end="το νωρίτερο {date}",
    unknown_start="άγνωστη αρχή",
    unknown_end="άγνωστο τέλος",
    early_year="αρχές του {year}",
    late_year="τέλη του {year}",
    qualifiers={
        Qualifier.NONE: "",
        Qualifier.APPROXIMATE: "κατά προσέγγιση",
        Qualifier.UNCERTAIN: "χωρίς βεβαιότητα",
        Qualifier.APPROXIMATE_AND_UNCERTAIN: "κατά προσέγγιση και χωρίς βεβαιότητα",
    },
    end_qualifiers={
        Qualifier.NONE: "",
        Qualifier.APPROXIMATE: "το τέλος κατά προσέγγιση",
        Qualifier.UNCERTAIN: "το τέλος χωρίς βεβαιότητα",
        Qualifier.APPROXIMATE_AND_UNCERTAIN: "το τέλος κατά προσέγγιση και χωρίς βεβαιότητα",
    },
)

_ENGLISH_SEASONS = {
    Season.SPRING: "spring",
    Season.SUMMER: "summer",
    Season.AUTUMN: "autumn",
    Season.WINTER: "winter",
}
_ENGLISH = _Vocabulary(
    months=MONTHS_IN_ENGLISH,
    months_after_day=MONTHS_IN_ENGLISH,
    months_after_preposition=MONTHS_IN_ENGLISH,
    seasons=_ENGLISH_SEASONS,
    seasons_after_preposition=_ENGLISH_SEASONS,
    year_after_preposition="{year}",
    day_after_preposition="{date}",
    of_year=" ",
    open_start="no later than {date}",
    open_end="no earlier than {date}",
    unknown_start="unknown start",
    unknown_end="unknown end",
    early_year="early {year}",
    late_year="late {year}",
    # Adjectives, as the date is (language review §2.1): "late 2022 (approximate)".
    qualifiers={
        Qualifier.NONE: "",
        Qualifier.APPROXIMATE: "approximate",
        Qualifier.UNCERTAIN: "uncertain",
        Qualifier.APPROXIMATE_AND_UNCERTAIN: "approximate and uncertain",
    },
    end_qualifiers={
        Qualifier.NONE: "",
        Qualifier.APPROXIMATE: "end date approximate",
        Qualifier.UNCERTAIN: "end date uncertain",
        Qualifier.APPROXIMATE_AND_UNCERTAIN: "end date approximate and uncertain",
    },
)

_VOCABULARIES = {"el": _GREEK, "en": _ENGLISH}

# Spaced between phrases ("27 Ιουλίου – 30 Αυγούστου"), closed up between
# single words or numbers ("25–27", "Μάρτιος–Μάιος").
_DASH = "–"
_SPACED_DASH = f" {_DASH} "


# Cached: the same dates are said on many pages, in pictures and in link texts.
@functools.lru_cache(maxsize=65536)
def say(edtf_text: str, lang: str) -> str:
    """An EDTF text in words: humanize(parse(edtf_text), lang), worked out once for each."""
    return humanize(parse(edtf_text), lang)


def humanize(d: ParsedDate, lang: str) -> str:
    """Say a parsed date in natural Greek ("el") or English ("en")."""
    text, qualifier = humanize_parts(d, lang)
    return f"{text} ({qualifier})" if qualifier else text


@functools.lru_cache(maxsize=65536)
def say_parts(edtf_text: str, lang: str) -> tuple[str, str]:
    """An EDTF text in words, apart from a qualifier of the whole date ("" if none)."""
    return humanize_parts(parse(edtf_text), lang)


def humanize_parts(d: ParsedDate, lang: str) -> tuple[str, str]:
    """The date in words, and apart from it the qualifier of the whole date ("" if none), so
    that it can join the date's other notes in one parenthesis; a qualifier of one end only
    stays with that end."""
    words = _vocabulary(lang)
    start, end = d.start, d.end
    if isinstance(start, DatePoint) and isinstance(end, DatePoint):
        if not d.is_interval:
            return _say_date(start, words), words.qualifiers[start.qualifier]
        if start.qualifier is end.qualifier:
            return _say_range(start, end, words), words.qualifiers[start.qualifier]
        if start.qualifier is Qualifier.NONE:  # the note names the end it belongs to
            range_text = _say_date(start, words) + _SPACED_DASH + _say_date(end, words)
            return range_text, words.end_qualifiers[end.qualifier]
        return _say_closed_interval(start, end, words), ""
    if isinstance(start, MissingEnd) and isinstance(end, DatePoint):
        if start is MissingEnd.OPEN:
            phrase = words.open_start.format(date=_say_date_after_preposition(end, words))
            return phrase, words.qualifiers[end.qualifier]
        return _say_missing_start(start, end, words), ""
    if isinstance(start, DatePoint) and isinstance(end, MissingEnd):
        if end is MissingEnd.OPEN:
            phrase = words.open_end.format(date=_say_date_after_preposition(start, words))
            return phrase, words.qualifiers[start.qualifier]
        return _say_missing_end(start, end, words), ""
    raise ValueError(f"{d.text!r} has no date to describe")


def _vocabulary(lang: str) -> _Vocabulary:
    try:
        return _VOCABULARIES[lang]
    except KeyError:
        known = ", ".join(sorted(_VOCABULARIES))
        raise ValueError(f"unknown language {lang!r}; use one of: {known}") from None


def _say_point(point: DatePoint, words: _Vocabulary) -> str:
    return _with_qualifier(_say_date(point, words), point.qualifier, words)


def _say_date(point: DatePoint, words: _Vocabulary) -> str:
    """The date standing alone, without its qualifier."""
    if point.season is not None:
        return f"{words.seasons[point.season]} {point.year}"
    if point.month is None:
        return str(point.year)
    if point.day is None:
        return f"{words.months[point.month - 1]} {point.year}"
    return f"{point.day} {words.months_after_day[point.month - 1]} {point.year}"


def _say_date_after_preposition(point: DatePoint, words: _Vocabulary) -> str:
    if point.season is not None:
        return f"{words.seasons_after_preposition[point.season]}{words.of_year}{point.year}"
    if point.month is None:
        return words.year_after_preposition.format(year=point.year)
    if point.day is None:
        return f"{words.months_after_preposition[point.month - 1]}{words.of_year}{point.year}"
    return words.day_after_preposition.format(date=_say_date(point, words))


def _with_qualifier(text: str, qualifier: Qualifier, words: _Vocabulary) -> str:
    if qualifier is Qualifier.NONE:
        return text
    return f"{text} ({words.qualifiers[qualifier]})"


def _say_missing_start(start: MissingEnd, end: DatePoint, words: _Vocabulary) -> str:
    if start is MissingEnd.OPEN:
        phrase = words.open_start.format(date=_say_date_after_preposition(end, words))
        return _with_qualifier(phrase, end.qualifier, words)
    return words.unknown_start + _SPACED_DASH + _say_point(end, words)


def _say_missing_end(start: DatePoint, end: MissingEnd, words: _Vocabulary) -> str:
    if end is MissingEnd.OPEN:
        phrase = words.open_end.format(date=_say_date_after_preposition(start, words))
        return _with_qualifier(phrase, start.qualifier, words)
    return _say_point(start, words) + _SPACED_DASH + words.unknown_end


def _say_closed_interval(start: DatePoint, end: DatePoint, words: _Vocabulary) -> str:
    # A qualifier shared by both ends is said once, after the whole range;
    # different qualifiers stay with their own ends.
    if start.qualifier is end.qualifier:
        return _with_qualifier(_say_range(start, end, words), start.qualifier, words)
    if start.qualifier is Qualifier.NONE:
        # A bare "(approximately)" at the very end would read as covering the
        # whole range, so name the end it belongs to.
        range_text = _say_date(start, words) + _SPACED_DASH + _say_date(end, words)
        return f"{range_text} ({words.end_qualifiers[end.qualifier]})"
    return _say_point(start, words) + _SPACED_DASH + _say_point(end, words)


def _say_range(start: DatePoint, end: DatePoint, words: _Vocabulary) -> str:
    """The range without qualifiers, as compact as stays unambiguous."""
    if start.same_date_as(end):
        return _say_date(start, words)
    part_of_year = _say_part_of_year(start, end, words)
    if part_of_year is not None:
        return part_of_year
    if start.precision is end.precision and start.year == end.year:
        return _say_range_within_year(start, end, words)
    if start.precision is end.precision is Precision.YEAR:
        return f"{start.year}{_DASH}{end.year}"
    return _say_date(start, words) + _SPACED_DASH + _say_date(end, words)


def _say_part_of_year(start: DatePoint, end: DatePoint, words: _Vocabulary) -> str | None:
    """Name the first or last quarter of a year: "early 2022", "late 2022"."""
    if not (start.precision is end.precision is Precision.MONTH):
        return None
    if start.year != end.year:
        return None
    months = (start.month, end.month)
    if months == (1, 3):
        return words.early_year.format(year=start.year)
    if months == (10, 12):
        return words.late_year.format(year=start.year)
    return None


def _say_range_within_year(start: DatePoint, end: DatePoint, words: _Vocabulary) -> str:
    """Two different dates of the same precision in the same year."""
    year = start.year
    if start.season is not None and end.season is not None:
        return f"{words.seasons[start.season]}{_DASH}{words.seasons[end.season]} {year}"
    if start.month is None or end.month is None:
        # Unreachable: two different dates of year precision differ in year.
        return _say_date(start, words) + _SPACED_DASH + _say_date(end, words)
    if start.day is None or end.day is None:
        first, last = words.months[start.month - 1], words.months[end.month - 1]
        return f"{first}{_DASH}{last} {year}"
    last_month = words.months_after_day[end.month - 1]
    if start.month == end.month:
        return f"{start.day}{_DASH}{end.day} {last_month} {year}"
    first_month = words.months_after_day[start.month - 1]
    return f"{start.day} {first_month}{_SPACED_DASH}{end.day} {last_month} {year}"
