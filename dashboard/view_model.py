"""One view per run: everything a run shows, computed once from (data, view) by a pure function.

The map, the day's headline, the details and the panels all draw from the same `RunAnswers`, so no
part of the page computes its own, possibly different, state for the day.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from dashboard.atlas import Atlas
from dashboard.url_state import ViewState
from geodata.site_table import SiteFilter, SiteTable, summary_line
from geodata.timeline import DayState, Timeline


@dataclass(frozen=True)
class RunAnswers:
    view: ViewState
    timeline: Timeline  # all claims, or high-confidence claims only, as the view asks
    table: SiteTable
    site_filter: SiteFilter
    state: DayState
    visible: np.ndarray  # per site: shown by the filters on that day
    changed: np.ndarray | None  # per site: changed since the compared day (None: no comparison)
    summary: dict[str, Any]
    headline: str
    codes: np.ndarray  # per site: the marker's state code, as the map draws it
    selected: int  # the chosen site's index, or -1
    rings: list[int]  # air-defence systems to ring that day (empty unless asked for)


def run_answers(atlas: Atlas, view: ViewState) -> RunAnswers:
    """The answers for one view; nothing here reads or writes Streamlit's state."""
    timeline, table = atlas.answers(view.high_only)
    state = timeline.state_at(view.day)
    site_filter = SiteFilter(view.kinds, view.holders, view.operators, view.active_only, view.search)
    visible = table.mask(state, site_filter)
    changed = state.changed_since(timeline.state_at(view.compare)) if view.compare else None
    summary = table.summary(state, visible)
    return RunAnswers(
        view=view,
        timeline=timeline,
        table=table,
        site_filter=site_filter,
        state=state,
        visible=visible,
        changed=changed,
        summary=summary,
        headline=summary_line(summary),
        codes=table.state_codes(state, visible, changed),
        selected=timeline.site_index(view.site) if view.site else -1,
        rings=atlas.ring_indices(timeline, view.day) if view.rings else [],
    )
