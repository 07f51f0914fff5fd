"""Let the map move before the server answers: the state codes for every interval between breakpoints.

With these, the map's script restyles the sites the moment the date slider moves (or "Next
change" / "Previous change" is clicked), then the server's answer for that day confirms it. Only
for datasets small enough that every interval's codes stay a few kilobytes; larger ones wait for
the server, as before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from geodata.site_table import SiteFilter, SiteTable
from geodata.timeline import Timeline

EPOCH = dt.date(1970, 1, 1)
MAX_CODES = 20_000  # breakpoints × sites above which no prediction is sent


def epoch_day(day: dt.date) -> int:
    return (day - EPOCH).days


def prediction_payload(
    timeline: Timeline,
    table: SiteTable,
    site_filter: SiteFilter,
    compare: dt.date | None,
    ring_indices: Any,
    span: tuple[dt.date, dt.date],
) -> dict[str, Any] | None:
    """Codes (and shown rings) from each breakpoint on; None when that would be too large.

    `ring_indices(day)` gives the rings to draw on a day, or None when rings are off.
    """
    first, last = span
    days = [first, *[d for d in timeline.breakpoints() if first < d <= last]]
    if len(days) * len(table) > MAX_CODES:
        return None
    before = timeline.state_at(compare) if compare else None
    codes, rings = [], []
    for day in days:
        state = timeline.state_at(day)
        changed = state.changed_since(before) if before is not None else None
        codes.append(table.state_codes(state, table.mask(state, site_filter), changed).tolist())
        rings.append(ring_indices(day) or [])
    return {
        "days": [epoch_day(d) for d in days],
        "codes": codes,
        "rings": rings,
        "changes": [epoch_day(d) for d in timeline.change_points if first <= d <= last],
        "first": epoch_day(first),
        "last": epoch_day(last),
    }


def codes_for(payload: dict[str, Any], day: dt.date) -> list[int] | None:
    """The codes the browser will pick for `day` (mirrors the script's binary search; for tests)."""
    index = int(np.searchsorted(payload["days"], epoch_day(day), side="right")) - 1
    return payload["codes"][index] if index >= 0 else None
