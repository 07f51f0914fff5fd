"""The panels under the map, one entry each: id (in the URL) → label (on the button) → render.

Adding a panel is one entry here: the URL parser, the panel buttons, the state machine test and the
accessibility test all read this registry.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import streamlit as st

from dashboard import panels
from dashboard.atlas import Atlas
from dashboard.legend import legend_html
from dashboard.url_state import ViewState
from geodata.timeline import DayState, Timeline


@dataclass(frozen=True)
class PanelContext:
    """What a panel may draw from: the run's one view and the answers computed for it."""

    atlas: Atlas
    timeline: Timeline
    view: ViewState
    state: DayState
    visible: np.ndarray


@dataclass(frozen=True)
class Panel:
    label: str
    render: Callable[[PanelContext], None]


def _legend(context: PanelContext) -> None:
    st.markdown(legend_html(context.atlas.legend_holders), unsafe_allow_html=True)


PANELS: dict[str, Panel] = {
    "events": Panel("Events", lambda c: panels.events_panel(c.atlas, c.view.day)),
    "changes": Panel("What changed", lambda c: panels.changes_panel(c.atlas, c.timeline, c.view, c.state)),
    "table": Panel("Table", lambda c: panels.table_panel(c.atlas, c.state, c.visible)),
    "timeline": Panel("Timeline", lambda c: panels.timeline_panel(c.atlas, c.view, c.visible)),
    "cite": Panel("Cite & export", lambda c: panels.cite_panel(c.atlas, c.view, c.state, c.visible)),
    "legend": Panel("Legend", _legend),
}
