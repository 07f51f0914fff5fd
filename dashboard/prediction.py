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
MAX_CODES = 200_000  # breakpoints × sites above which no prediction is sent


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
    """Codes (and shown rings) from each breakpoint on, delta-encoded; None when too large.

    `ring_indices(day)` gives the rings to draw on a day, or None when rings are off.
    """
    first, last = span
    days = [first, *[d for d in timeline.breakpoints() if first < d <= last]]
    if len(days) * len(table) > MAX_CODES:
        return None
    before = timeline.state_at(compare) if compare else None
    first_codes: list[int] = []
    deltas: list[list[int]] = []
    rings = []
    previous = None
    for day in days:
        state = timeline.state_at(day)
        changed = state.changed_since(before) if before is not None else None
        codes = table.state_codes(state, table.mask(state, site_filter), changed)
        if previous is None:
            first_codes = codes.tolist()
        else:
            moved = np.flatnonzero(codes != previous)
            deltas.append(np.column_stack([moved, codes[moved]]).ravel().tolist())
        previous = codes
        rings.append(ring_indices(day) or [])
    changes = [d for d in timeline.change_points if first <= d <= last]
    if timeline.previous_change(first) is not None and changes[:1] != [first]:
        changes.insert(0, first)  # "Previous change" before the span's first change stops at its start
    return {
        "days": [epoch_day(d) for d in days],
        # The first interval's codes in full, then per interval only the sites whose code changed,
        # as flat [site, code, site, code, …] lists: a few kilobytes even at hundreds of breakpoints.
        "firstCodes": first_codes,
        "deltas": deltas,
        "rings": rings,
        "changes": [epoch_day(d) for d in changes],
        "first": epoch_day(first),
        "last": epoch_day(last),
    }


def codes_for(payload: dict[str, Any], day: dt.date) -> list[int] | None:
    """The codes the browser will pick for `day`: the interval found by binary search, its codes
    rebuilt from the first interval and the deltas (what the script does; for tests)."""
    index = int(np.searchsorted(payload["days"], epoch_day(day), side="right")) - 1
    if index < 0:
        return None
    codes = list(payload["firstCodes"])
    for delta in payload["deltas"][:index]:
        for site, code in zip(delta[::2], delta[1::2], strict=True):
            codes[site] = code
    return codes
