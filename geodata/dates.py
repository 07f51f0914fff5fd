"""Dates of uncertain precision: `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, optionally `~` (approximate).

A date stands for a *window* of days. Its *nominal* day, used to decide what is in force on a day,
is the first day of its written form; the window says how far the truth may lie from it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Literal

Precision = Literal["day", "month", "year", "approximate"]

_PATTERN = re.compile(r"^(~?)(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_APPROX_DAY_SLACK = dt.timedelta(days=15)


@dataclass(frozen=True)
class FuzzyDate:
    """A parsed date with its precision and the window of days it may stand for."""

    text: str
    nominal: dt.date
    earliest: dt.date
    latest: dt.date
    unit: Literal["day", "month", "year"]
    approximate: bool

    @property
    def precision(self) -> Precision:
        return "approximate" if self.approximate else self.unit

    @property
    def is_exact(self) -> bool:
        return self.unit == "day" and not self.approximate


def _add_months(day: dt.date, months: int) -> dt.date:
    month_index = day.year * 12 + day.month - 1 + months
    year, month = divmod(month_index, 12)
    return dt.date(year, month + 1, 1)


@functools.lru_cache(maxsize=1 << 16)
def parse_fuzzy_date(text: str) -> FuzzyDate:
    """Parse a dataset date; raise ValueError with a readable reason when it is not one.

    Cached: a large dataset repeats a few thousand date strings hundreds of thousands of times
    (validation and loading each read every start, end and event date); a `FuzzyDate` is frozen.
    """
    match = _PATTERN.match(text.strip())
    if not match:
        raise ValueError(f"'{text}' is not a date: write YYYY-MM-DD, YYYY-MM or YYYY, optionally after '~'")
    tilde, year_s, month_s, day_s = match.groups()
    year = int(year_s)
    approximate = tilde == "~"
    if year < 1800 or year > 2200:
        raise ValueError(f"'{text}': year {year} is out of range 1800–2200")
    try:
        if day_s is not None:
            nominal = dt.date(year, int(month_s), int(day_s))
            unit: Literal["day", "month", "year"] = "day"
            earliest, latest = nominal, nominal
            if approximate:
                earliest, latest = nominal - _APPROX_DAY_SLACK, nominal + _APPROX_DAY_SLACK
        elif month_s is not None:
            nominal = dt.date(year, int(month_s), 1)
            unit = "month"
            last = calendar.monthrange(year, nominal.month)[1]
            earliest, latest = nominal, nominal.replace(day=last)
            if approximate:
                earliest = _add_months(nominal, -1)
                latest = _add_months(nominal, 2) - dt.timedelta(days=1)
        else:
            nominal = dt.date(year, 1, 1)
            unit = "year"
            earliest, latest = nominal, dt.date(year, 12, 31)
            if approximate:
                earliest, latest = dt.date(year - 1, 1, 1), dt.date(year + 1, 12, 31)
    except ValueError as err:
        raise ValueError(f"'{text}' is not a real calendar date ({err})") from None
    return FuzzyDate(text.strip(), nominal, earliest, latest, unit, approximate)


def parse_day(text: str) -> dt.date:
    """Parse a strict ISO day (`YYYY-MM-DD`), as used on the command line and in URLs."""
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", text.strip()):
        raise ValueError(f"'{text}' is not a day: write YYYY-MM-DD")
    return dt.date.fromisoformat(text.strip())
