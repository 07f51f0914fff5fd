"""Deep links: every parameter is validated in one place; nothing a URL says can raise."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.url_state import Choices, ViewState, parse_view, quote_for_notice, to_params

CHOICES = Choices(
    first_day=dt.date(1971, 1, 1),
    last_day=dt.date(2026, 11, 28),
    default_day=dt.date(2026, 11, 28),
    site_ids={"tartus", "khmeimim"},
    kinds={"naval-base", "air-base"},
    holders={"syria-gov", "isis", "unknown"},
    operators={"russia", "ussr"},
    panels=("events", "changes", "table", "timeline", "cite", "legend"),
)


def test_a_full_link_round_trips():
    view = ViewState(
        dt.date(2014, 12, 1),
        "tartus",
        ("naval-base",),
        ("isis",),
        ("russia",),
        True,
        "Tartus",
        True,
        dt.date(2014, 1, 1),
        True,
        "timeline",
    )
    parsed, notices = parse_view(to_params(view), CHOICES)
    assert parsed == view and notices == []


def test_missing_parameters_give_the_default_view():
    view, notices = parse_view({}, CHOICES)
    assert view == ViewState(CHOICES.default_day) and notices == []


def test_bad_date_falls_back_with_a_notice():
    view, (notice,) = parse_view({"date": "2014-02-30"}, CHOICES)
    assert view.day == CHOICES.default_day and "not a YYYY-MM-DD date" in notice
    view, (notice,) = parse_view({"cmp": "yesterday"}, CHOICES)
    assert view.compare is None and "comparison date" in notice


def test_out_of_range_date_is_clamped():
    view, (notice,) = parse_view({"date": "2099-01-01"}, CHOICES)
    assert view.day == CHOICES.last_day and "outside the data" in notice


def test_unknown_ids_are_dropped_and_named():
    view, notices = parse_view({"site": "atlantis", "kind": "air-base,moonbase", "holder": "martians"}, CHOICES)
    assert view.site is None and view.kinds == ("air-base",) and view.holders == ()
    assert len(notices) == 3 and "moonbase" in notices[1]


def test_notices_escape_markdown_and_html():
    quoted = quote_for_notice("[x](javascript:alert(1)) <b>*y*</b>")
    assert "\\[x\\]\\(javascript\\:alert\\(1\\)\\)" in quoted and "\\<b\\>" in quoted and "\\*y\\*" in quoted


def test_long_search_is_cut():
    view, (notice,) = parse_view({"q": "x" * 500}, CHOICES)
    assert len(view.search) == 100 and "cut" in notice


@settings(max_examples=500, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            ["date", "site", "kind", "holder", "operator", "active", "q", "conf", "cmp", "rings", "panel", "zzz"]
        ),
        st.text(),
    )
)
def test_any_parameters_give_a_valid_view(params):
    view, notices = parse_view(params, CHOICES)
    assert CHOICES.first_day <= view.day <= CHOICES.last_day
    assert view.site is None or view.site in CHOICES.site_ids
    assert set(view.kinds) <= CHOICES.kinds and set(view.holders) <= CHOICES.holders
    assert set(view.operators) <= CHOICES.operators and len(view.search) <= 100
    assert view.panel in ("events", "changes", "table", "timeline", "cite", "legend")
    assert all(isinstance(n, str) for n in notices)
    assert all("<" not in n.replace("\\<", "") for n in notices)
