import datetime as dt

import pytest

from geodata.dates import parse_day, parse_fuzzy_date


def test_day_precision_is_its_own_window():
    d = parse_fuzzy_date("2014-10-05")
    assert d.precision == "day" and d.is_exact
    assert d.nominal == d.earliest == d.latest == dt.date(2014, 10, 5)


def test_month_precision_spans_the_month():
    d = parse_fuzzy_date("2016-02")
    assert d.precision == "month"
    assert (d.nominal, d.earliest, d.latest) == (dt.date(2016, 2, 1), dt.date(2016, 2, 1), dt.date(2016, 2, 29))


def test_year_precision_spans_the_year_and_starts_on_january_first():
    d = parse_fuzzy_date("2013")
    assert d.precision == "year"
    assert (d.nominal, d.earliest, d.latest) == (dt.date(2013, 1, 1), dt.date(2013, 1, 1), dt.date(2013, 12, 31))


def test_approximate_widens_the_window_by_one_unit():
    year = parse_fuzzy_date("~1971")
    assert year.precision == "approximate" and year.unit == "year"
    assert (year.earliest, year.latest) == (dt.date(1970, 1, 1), dt.date(1972, 12, 31))
    month = parse_fuzzy_date("~2024-12")
    assert (month.earliest, month.latest) == (dt.date(2024, 11, 1), dt.date(2025, 1, 31))
    day = parse_fuzzy_date("~2019-10-22")
    assert (day.earliest, day.latest) == (dt.date(2019, 10, 7), dt.date(2019, 11, 6))
    assert day.nominal == dt.date(2019, 10, 22)


@pytest.mark.parametrize(
    "text", ["", "71", "2014-13", "2014-02-30", "2014/10/05", "October 2014", "~", "2014-1-5", "9999"]
)
def test_malformed_dates_raise_a_readable_error(text):
    with pytest.raises(ValueError) as info:
        parse_fuzzy_date(text)
    assert text in str(info.value) or "year" in str(info.value)


def test_parse_day_accepts_only_full_iso_days():
    assert parse_day("2015-09-30") == dt.date(2015, 9, 30)
    for bad in ("2015-09", "2015", "30.09.2015", "2015-09-31"):
        with pytest.raises(ValueError):
            parse_day(bad)
