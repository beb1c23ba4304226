"""Tests for generator.dates: EDTF validation, bounds, ordering and wording."""

from __future__ import annotations

import datetime
import pickle
import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.dates import (
    Bounds,
    DateError,
    ParsedDate,
    humanize,
    humanize_parts,
    parse,
    sort_key,
)

D = datetime.date

# --- Humanising ---------------------------------------------------------------

HUMANIZE_CASES = [
    # (EDTF, Greek, English)
    ("2023-08-30", "30 Αυγούστου 2023", "30 August 2023"),
    ("2023-03", "Μάρτιος 2023", "March 2023"),
    ("2023", "2023", "2023"),
    ("2023-03~", "Μάρτιος 2023 (κατά προσέγγιση)", "March 2023 (approximate)"),
    ("2023-07?", "Ιούλιος 2023 (χωρίς βεβαιότητα)", "July 2023 (uncertain)"),
    (
        "2023-07%",
        "Ιούλιος 2023 (κατά προσέγγιση και χωρίς βεβαιότητα)",
        "July 2023 (approximate and uncertain)",
    ),
    ("2023%", "2023 (κατά προσέγγιση και χωρίς βεβαιότητα)", "2023 (approximate and uncertain)"),
    ("2023-05-01~", "1 Μαΐου 2023 (κατά προσέγγιση)", "1 May 2023 (approximate)"),
    # Intervals, as compact as stays unambiguous.
    ("2023-07-25/2023-07-27", "25–27 Ιουλίου 2023", "25–27 July 2023"),
    ("2023-03/2023-05", "Μάρτιος–Μάιος 2023", "March–May 2023"),
    ("2022-12/2023-03", "Δεκέμβριος 2022 – Μάρτιος 2023", "December 2022 – March 2023"),
    (
        "2023-07-27/2023-08-30",
        "27 Ιουλίου – 30 Αυγούστου 2023",
        "27 July – 30 August 2023",
    ),
    (
        "2022-12-30/2023-01-02",
        "30 Δεκεμβρίου 2022 – 2 Ιανουαρίου 2023",
        "30 December 2022 – 2 January 2023",
    ),
    ("2022/2023", "2022–2023", "2022–2023"),
    ("2023-07/2023-07", "Ιούλιος 2023", "July 2023"),
    ("2023-07-25/2023", "25 Ιουλίου 2023 – 2023", "25 July 2023 – 2023"),
    # Parts of a year.
    ("2022-10/2022-12", "τέλη του 2022", "late 2022"),
    ("2022-10~/2022-12~", "τέλη του 2022 (κατά προσέγγιση)", "late 2022 (approximate)"),
    ("2022-01/2022-03", "αρχές του 2022", "early 2022"),
    ("2022-01?/2022-03?", "αρχές του 2022 (χωρίς βεβαιότητα)", "early 2022 (uncertain)"),
    ("2022-10-01/2022-12-31", "1 Οκτωβρίου – 31 Δεκεμβρίου 2022", "1 October – 31 December 2022"),
    # Open and unknown ends: "no later than" (the end is inclusive, and "until" would read
    # as a duration), "no earlier than" (not "from", which reads as ongoing).
    ("../2023-08-30", "το αργότερο στις 30 Αυγούστου 2023", "no later than 30 August 2023"),
    ("2023-07/..", "το νωρίτερο τον Ιούλιο του 2023", "no earlier than July 2023"),
    ("../2023-07", "το αργότερο τον Ιούλιο του 2023", "no later than July 2023"),
    ("2023-08-30/..", "το νωρίτερο στις 30 Αυγούστου 2023", "no earlier than 30 August 2023"),
    ("2023/..", "το νωρίτερο το 2023", "no earlier than 2023"),
    ("../2023~", "το αργότερο το 2023 (κατά προσέγγιση)", "no later than 2023 (approximate)"),
    ("/2023-08-30", "άγνωστη αρχή – 30 Αυγούστου 2023", "unknown start – 30 August 2023"),
    ("2023-07/", "Ιούλιος 2023 – άγνωστο τέλος", "July 2023 – unknown end"),
    (
        "2023-07?/",
        "Ιούλιος 2023 (χωρίς βεβαιότητα) – άγνωστο τέλος",
        "July 2023 (uncertain) – unknown end",
    ),
    # Qualifiers: once when shared, per end when they differ.
    (
        "2023-07-25~/2023-07-27~",
        "25–27 Ιουλίου 2023 (κατά προσέγγιση)",
        "25–27 July 2023 (approximate)",
    ),
    (
        "2023-07?/2023-08~",
        "Ιούλιος 2023 (χωρίς βεβαιότητα) – Αύγουστος 2023 (κατά προσέγγιση)",
        "July 2023 (uncertain) – August 2023 (approximate)",
    ),
    (
        "2023-07~/2023-08",
        "Ιούλιος 2023 (κατά προσέγγιση) – Αύγουστος 2023",
        "July 2023 (approximate) – August 2023",
    ),
    (
        "2023-07/2023-08%",
        "Ιούλιος 2023 – Αύγουστος 2023 (το τέλος κατά προσέγγιση και χωρίς βεβαιότητα)",
        "July 2023 – August 2023 (end date approximate and uncertain)",
    ),
    # Seasons.
    ("2023-21", "άνοιξη 2023", "spring 2023"),
    ("2023-24", "χειμώνας 2023", "winter 2023"),
    ("2023-21/2023-23", "άνοιξη–φθινόπωρο 2023", "spring–autumn 2023"),
    ("2023-24/..", "το νωρίτερο τον χειμώνα του 2023", "no earlier than winter 2023"),
    ("../2023-21", "το αργότερο την άνοιξη του 2023", "no later than spring 2023"),
]


@pytest.mark.parametrize(("text", "greek", "english"), HUMANIZE_CASES)
def test_the_date_and_its_qualifier_come_apart_to_share_one_parenthesis(
    text: str, greek: str, english: str
) -> None:
    """humanize is the date and its qualifier joined; humanize_parts gives them apart, so that
    a page can put the qualifier in one parenthesis with the date's other notes."""
    for language, said in (("el", greek), ("en", english)):
        words, qualifier = humanize_parts(parse(text), language)
        assert (f"{words} ({qualifier})" if qualifier else words) == said


@pytest.mark.parametrize(("text", "greek", "english"), HUMANIZE_CASES)
def test_humanize(text: str, greek: str, english: str) -> None:
    parsed = parse(text)
    assert humanize(parsed, "el") == greek
    assert humanize(parsed, "en") == english


def test_humanize_refuses_unknown_language() -> None:
    with pytest.raises(ValueError, match="unknown language 'fr'"):
        humanize(parse("2023"), "fr")


# --- Bounds and qualifiers ------------------------------------------------------

BOUNDS_CASES = [
    ("2023", D(2023, 1, 1), D(2023, 12, 31)),
    ("2024-02", D(2024, 2, 1), D(2024, 2, 29)),
    ("2023-02", D(2023, 2, 1), D(2023, 2, 28)),
    ("2023-08-30", D(2023, 8, 30), D(2023, 8, 30)),
    ("2023-03~", D(2023, 3, 1), D(2023, 3, 31)),
    ("2023-07?", D(2023, 7, 1), D(2023, 7, 31)),
    ("2023%", D(2023, 1, 1), D(2023, 12, 31)),
    ("2023-07-25/2023-07-27", D(2023, 7, 25), D(2023, 7, 27)),
    ("2022-10~/2022-12~", D(2022, 10, 1), D(2022, 12, 31)),
    ("2023/2023-05", D(2023, 1, 1), D(2023, 5, 31)),
    ("2023-08-15/2023-08", D(2023, 8, 15), D(2023, 8, 31)),
    ("../2023-08-30", None, D(2023, 8, 30)),
    ("2023-07/..", D(2023, 7, 1), None),
    ("/2023-08-30", None, D(2023, 8, 30)),
    ("2023-07/", D(2023, 7, 1), None),
    ("2023-21", D(2023, 3, 1), D(2023, 5, 31)),
    ("2023-22", D(2023, 6, 1), D(2023, 8, 31)),
    ("2023-23", D(2023, 9, 1), D(2023, 11, 30)),
    ("2023-24", D(2023, 12, 1), D(2024, 2, 29)),
    ("0001", D(1, 1, 1), D(1, 12, 31)),
    ("9999-12-31", D(9999, 12, 31), D(9999, 12, 31)),
]


@pytest.mark.parametrize(("text", "lower", "upper"), BOUNDS_CASES)
def test_bounds(text: str, lower: D | None, upper: D | None) -> None:
    assert parse(text).bounds == Bounds(lower, upper)


@pytest.mark.parametrize(
    ("text", "approximate", "uncertain"),
    [
        ("2023", False, False),
        ("2023~", True, False),
        ("2023?", False, True),
        ("2023%", True, True),
        ("2023-07?/2023-08~", True, True),
        ("../2023-08-30~", True, False),
        ("2023-07/2023-08", False, False),
    ],
)
def test_qualifier_flags(text: str, approximate: bool, uncertain: bool) -> None:
    parsed = parse(text)
    assert (parsed.approximate, parsed.uncertain) == (approximate, uncertain)


def test_parsed_date_keeps_original_text() -> None:
    assert parse("2023-07~/..").text == "2023-07~/.."


# --- Sorting ------------------------------------------------------------------

CHRONOLOGICAL = [
    "../2023-08-30",  # open start comes first
    "/2023-09-01",
    "2022",
    "2022-10~/2022-12~",
    "2023",
    "2023-03~",
    "2023-03/2023-05",
    "2023-03/..",  # same start; open end comes last
    "2023-07-25/2023-07-27",
    "2023-07-27/2023-08-30",
    "2023-08-30",
    "2023-08-30/",
    "2023-24",
]


@pytest.mark.parametrize("seed", range(5))
def test_sort_key_orders_chronologically(seed: int) -> None:
    shuffled = [parse(text) for text in CHRONOLOGICAL]
    random.Random(seed).shuffle(shuffled)
    assert [d.text for d in sorted(shuffled, key=sort_key)] == CHRONOLOGICAL


# --- Errors -------------------------------------------------------------------

FORMAT_HINT = (
    "use a year, month or day (2023, 2023-08, 2023-08-30), optionally with ~ ? % or an interval A/B"
)

ERROR_CASES = [
    ("", "the date is empty", "write a date such as 2023, 2023-08 or 2023-08-30"),
    ("   ", "the date is empty", "write a date such as 2023, 2023-08 or 2023-08-30"),
    ("yesterday", "'yesterday' is not a valid EDTF date", FORMAT_HINT),
    ("2023-7", "'2023-7' is not a valid EDTF date", FORMAT_HINT),
    ("2023-21~", "'2023-21~' is not a valid EDTF date", FORMAT_HINT),
    ("2023/2024/2025", "'2023/2024/2025' is not a valid EDTF date", FORMAT_HINT),
    (
        "2023-13",
        "2023-13 is not a real date (there is no month 13)",
        "check the month: 01 to 12, or 21 to 24 for spring to winter",
    ),
    (
        "2023-00-10",
        "2023-00-10 is not a real date (there is no month 00)",
        "check the month: 01 to 12, or 21 to 24 for spring to winter",
    ),
    (
        "2023-02-30",
        "2023-02-30 is not a real date (February 2023 has 28 days)",
        "check the day and month",
    ),
    (
        "2023-04-31",
        "2023-04-31 is not a real date (April 2023 has 30 days)",
        "check the day and month",
    ),
    # edtf itself accepts 29 February in any year.
    (
        "2023-02-29",
        "2023-02-29 is not a real date (February 2023 has 28 days)",
        "check the day and month",
    ),
    (
        "2023-07-01/2023-02-30~",
        "2023-02-30 is not a real date (February 2023 has 28 days)",
        "check the day and month",
    ),
    (
        "2023-08-01/2023-07-01",
        "the interval ends (2023-07-01) before it starts (2023-08-01)",
        "swap the two dates",
    ),
    (
        "2023-08~/2023-07",
        "the interval ends (2023-07) before it starts (2023-08~)",
        "swap the two dates",
    ),
    (" 2023", "' 2023' contains spaces; EDTF dates have none", "remove the spaces"),
    ("2023-08-30 ", "'2023-08-30 ' contains spaces; EDTF dates have none", "remove the spaces"),
    (
        "2023-07 / 2023-08",
        "'2023-07 / 2023-08' contains spaces; EDTF dates have none",
        "remove the spaces",
    ),
    (
        "../..",
        "the interval has no date at either end",
        "give at least one of the two dates, as in 2023-07/.. or ../2023-08-30",
    ),
    (
        "../",
        "the interval has no date at either end",
        "give at least one of the two dates, as in 2023-07/.. or ../2023-08-30",
    ),
    # Valid EDTF outside the supported subset.
    ("-2023", "'-2023' is valid EDTF but not supported here", FORMAT_HINT),
    ("{2023,2024}", "'{2023,2024}' is valid EDTF but not supported here", FORMAT_HINT),
    ("[2023,2024]", "'[2023,2024]' is valid EDTF but not supported here", FORMAT_HINT),
    ("2023-XX", "'2023-XX' is valid EDTF but not supported here", FORMAT_HINT),
    ("2023-25", "'2023-25' is valid EDTF but not supported here", FORMAT_HINT),
    (
        "2023-07-25T10:00:00",
        "'2023-07-25T10:00:00' is valid EDTF but not supported here",
        FORMAT_HINT,
    ),
    ("0000", "0000 is not supported (year 0000 means 1 BC)", "use a year from 0001 to 9999"),
    (
        "9999-24",
        "9999-24 is not supported (winter 9999 ends in the next year)",
        "use a year before 9999",
    ),
]


@pytest.mark.parametrize(("text", "message", "hint"), ERROR_CASES)
def test_date_errors(text: str, message: str, hint: str) -> None:
    with pytest.raises(DateError) as caught:
        parse(text)
    assert caught.value.message == message
    assert caught.value.hint == hint


def test_date_error_is_a_value_error_that_survives_pickling() -> None:
    error = DateError("what is wrong", "how to fix it")
    assert isinstance(error, ValueError)
    assert str(error) == "what is wrong; how to fix it"
    copy = pickle.loads(pickle.dumps(error))
    assert (copy.message, copy.hint) == ("what is wrong", "how to fix it")


def test_malformed_input_prints_nothing(capsys: pytest.CaptureFixture[str]) -> None:
    # edtf 5.0.2 prints debugging output for input such as "../8".
    with pytest.raises(DateError):
        parse("../8")
    assert capsys.readouterr().out == ""


# --- Properties ---------------------------------------------------------------

any_day = st.dates(min_value=D(1, 1, 1), max_value=D(9999, 12, 31))
qualifiers = st.sampled_from(["", "~", "?", "%"])


@st.composite
def valid_points(draw: st.DrawFn) -> str:
    """A supported single date: year, season, month or day, maybe qualified."""
    day = draw(any_day)
    precision = draw(st.sampled_from(["year", "season", "month", "day"]))
    if precision == "season" and day.year < 9999:
        # edtf refuses qualifiers on seasons.
        return f"{day.year:04d}-{draw(st.integers(21, 24))}"
    qualifier = draw(qualifiers)
    text = {"year": day.isoformat()[:4], "month": day.isoformat()[:7]}.get(
        precision, day.isoformat()
    )
    return text + qualifier


def _must_describe(parsed: ParsedDate) -> None:
    for lang in ("el", "en"):
        assert humanize(parsed, lang)


@given(st.lists(any_day, min_size=2, max_size=2).map(sorted))
def test_day_intervals_cover_exactly_their_days(days: list[D]) -> None:
    first, last = days
    parsed = parse(f"{first.isoformat()}/{last.isoformat()}")
    assert parsed.bounds == Bounds(first, last)
    _must_describe(parsed)


@given(valid_points())
def test_every_supported_point_parses_and_reads(text: str) -> None:
    parsed = parse(text)
    assert parsed.bounds.lower is not None and parsed.bounds.upper is not None
    assert parsed.bounds.lower <= parsed.bounds.upper
    _must_describe(parsed)


@given(
    st.one_of(valid_points(), st.sampled_from(["..", ""])),
    st.one_of(valid_points(), st.sampled_from(["..", ""])),
)
def test_intervals_parse_or_explain(start: str, end: str) -> None:
    try:
        parsed = parse(f"{start}/{end}")
    except DateError as error:
        assert error.message and error.hint
        return
    lower, upper = parsed.bounds.lower, parsed.bounds.upper
    if lower is not None and upper is not None:
        assert lower <= upper
    _must_describe(parsed)


edtf_like_text = st.text(alphabet="0123456789-/.~?%XYSET:{}[], ", max_size=30)


@given(st.one_of(st.text(), edtf_like_text))
def test_any_text_parses_or_raises_date_error(text: str) -> None:
    try:
        parsed = parse(text)
    except DateError as error:
        assert error.message and error.hint
        return
    _must_describe(parsed)
