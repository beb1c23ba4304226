"""dates.parse asks edtf about an expression's form, not its digits: prove the verdicts agree.

edtf's parser is slow (milliseconds a call), so dates.parse caches its verdict per form
(every date moved to 2000-01-01, precision, season and qualifiers kept). That is only
right if edtf never accepts one date of a form and refuses another of the same form.
"""

from __future__ import annotations

import datetime

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.dates import edtf as dates  # the reading of EDTF, its private steps included

any_day = st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31))


@st.composite
def points(draw: st.DrawFn) -> str:
    """Any point _read accepts or nearly accepts: every precision, season and qualifier."""
    day = draw(any_day)
    precision = draw(st.sampled_from(["year", "season", "month", "day"]))
    if precision == "season":
        text = f"{day.year:04d}-{draw(st.integers(21, 24))}"
    else:
        text = {"year": day.isoformat()[:4], "month": day.isoformat()[:7]}.get(
            precision, day.isoformat()
        )
    return text + draw(st.sampled_from(["", "~", "?", "%"]))


ends = st.one_of(points(), st.sampled_from(["..", ""]))
expressions = st.one_of(points(), st.builds(lambda a, b: f"{a}/{b}", ends, ends))


@settings(deadline=None, max_examples=300)  # each example runs edtf's slow parser once
@given(expressions)
def test_edtf_verdict_depends_only_on_the_form(text: str) -> None:
    try:
        parsed = dates._read(text)
    except dates.DateError:
        return  # refused before edtf is asked
    assert dates._edtf_accepts(text) == dates._edtf_accepts_form(dates._form_of(parsed))


def test_parse_is_cached_and_still_refuses_what_edtf_refuses() -> None:
    assert dates.parse("2023-08-30") is dates.parse("2023-08-30")
    for _ in range(2):  # errors are never cached
        try:
            dates.parse("2023-21~")
        except dates.DateError as error:
            assert error.message == "'2023-21~' is not a valid EDTF date"
        else:
            raise AssertionError("a qualified season is not EDTF")
