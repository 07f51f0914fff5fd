"""Bases Atlas: a sourced, time-aware map of Soviet and Russian military facilities in Syria.

Run with `streamlit run dashboard/app.py` from the repository root. The script only draws what
`geodata` answers; the view lives in the URL (`dashboard.url_state`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import streamlit as st

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard.atlas import MAP_HEIGHT, Atlas, load_atlas
from dashboard.details_panel import details_html
from dashboard.html_parts import esc
from dashboard.legend import legend_html
from dashboard.map_component import show_map
from dashboard.url_state import ViewState, parse_view, to_params
from geodata.config import data_dir
from geodata.history import site_history
from geodata.problems import DatasetError
from geodata.site_table import SiteFilter, summary_line
from geodata.timeline import DayState

PLAY_INTERVAL_SECONDS = 1.5
CSS_FILE = Path(__file__).resolve().parent / "static" / "atlas.css"

st.set_page_config(
    page_title="Bases Atlas — Soviet and Russian military facilities in Syria",
    page_icon="🛰️",
    layout="wide",
    initial_sidebar_state="auto",
)
st.markdown(f"<style>{CSS_FILE.read_text(encoding='utf-8')}</style>", unsafe_allow_html=True)


def show_error_page(directory: Path, error: DatasetError) -> None:
    """The data failed validation: say so plainly and list every problem, never a traceback."""
    st.title("Bases Atlas cannot show this data")
    st.error(
        f"The data in `{directory}` failed validation with {len(error.problems)} problem(s). "
        "Nothing is shown until they are fixed. Run `python -m geodata validate` for the same list."
    )
    st.dataframe(
        [problem.to_dict() for problem in error.problems],
        column_config={"row": st.column_config.NumberColumn(format="%d")},
        width="stretch",
        hide_index=True,
    )


def start_session(atlas: Atlas) -> None:
    """First run of a browser session: read the link into widget state, remembering any notices."""
    if "view_initialised" in st.session_state:
        return
    view, notices = parse_view(st.query_params.to_dict(), atlas.choices)
    st.session_state.update(
        view_initialised=True,
        notices=notices,
        day=view.day,
        site=view.site or "",
        kinds=list(view.kinds),
        holders=list(view.holders),
        operators=list(view.operators),
        active_only=view.active_only,
        search=view.search,
        playing=False,
        last_clicked=None,
    )


def current_view() -> ViewState:
    return ViewState(
        day=st.session_state.day,
        site=st.session_state.site or None,
        kinds=tuple(st.session_state.kinds),
        holders=tuple(st.session_state.holders),
        operators=tuple(st.session_state.operators),
        active_only=bool(st.session_state.active_only),
        search=st.session_state.search.strip(),
    )


def sync_url(view: ViewState) -> None:
    # Sent on every run, even when the server's copy already matches: a rerun request can carry
    # the browser's older query string and reset that copy, and skipping would leave the URL stale.
    st.query_params.from_dict(to_params(view))


def sidebar_filters(atlas: Atlas) -> None:
    """Filters; each shows how many sites it would match on the chosen day."""
    table = atlas.table
    counts = table.option_counts(atlas.timeline.state_at(st.session_state.day))
    kind_labels = table.kind_labels()
    holder_labels = dict(zip(table.holder_ids, table.holder_labels, strict=True))
    operator_labels = dict(zip(table.operator_ids, table.operator_labels, strict=True))
    with st.sidebar:
        st.header("Filters")
        st.text_input(
            "Search names (any spelling or script)", key="search", placeholder="e.g. Hmeimim, Хмеймим, حميميم"
        )
        st.toggle("Active sites only", key="active_only", help="Hide sites with no Soviet/Russian presence that day")
        st.multiselect(
            "Kind",
            options=list(kind_labels),
            key="kinds",
            format_func=lambda k: f"{kind_labels[k]} ({counts['kind'].get(k, 0)})",
        )
        st.multiselect(
            "Holder that day",
            options=list(holder_labels),
            key="holders",
            format_func=lambda h: f"{holder_labels[h]} ({counts['holder'].get(h, 0)})",
        )
        st.multiselect(
            "Operator that day",
            options=list(operator_labels),
            key="operators",
            format_func=lambda o: f"{operator_labels[o]} ({counts['operator'].get(o, 0)})",
        )
        st.caption(f"Dataset version {atlas.dataset.version} · {len(atlas.dataset.sites)} sites")


def step_to(atlas: Atlas, direction: int) -> None:
    """Button callback: jump to the nearest change point before or after the chosen day."""
    day = st.session_state.day
    target = atlas.timeline.next_change(day) if direction > 0 else atlas.timeline.previous_change(day)
    if target is not None:
        st.session_state.day = min(max(target, atlas.first_day), atlas.last_day)


def advance_play(atlas: Atlas) -> None:
    """While playing, each timed rerun moves to the next change point; at the end, playing stops."""
    if not st.session_state.playing:
        return
    target = atlas.timeline.next_change(st.session_state.day)
    if target is None or target > atlas.last_day:
        st.session_state.playing = False
    else:
        st.session_state.day = target


def time_controls(atlas: Atlas) -> None:
    st.slider(
        "Date",
        min_value=atlas.first_day,
        max_value=atlas.last_day,
        key="day",
        format="YYYY-MM-DD",
        help="Drag, or focus and use the arrow keys (one day per step)",
    )
    previous, following = (
        atlas.timeline.previous_change(st.session_state.day),
        atlas.timeline.next_change(st.session_state.day),
    )
    col_prev, col_next, col_play, _ = st.columns([1.3, 1.3, 1, 3])
    col_prev.button(
        "◀ Previous change",
        on_click=step_to,
        args=(atlas, -1),
        disabled=previous is None,
        help=f"Go to {previous.isoformat()}" if previous else "No earlier change",
        width="stretch",
    )
    col_next.button(
        "Next change ▶",
        on_click=step_to,
        args=(atlas, 1),
        disabled=following is None or following > atlas.last_day,
        help=f"Go to {following.isoformat()}" if following else "No later change",
        width="stretch",
    )
    if col_play.button("■ Pause" if st.session_state.playing else "▶ Play", width="stretch"):
        st.session_state.playing = not st.session_state.playing
        st.rerun()


def handle_click(atlas: Atlas, map_output: dict | None) -> None:
    """A new click on a marker selects that site (identified by the feature's id property)."""
    drawing = (map_output or {}).get("last_active_drawing") or {}
    clicked = (drawing.get("properties") or {}).get("id")
    if clicked and clicked != st.session_state.last_clicked:
        st.session_state.last_clicked = clicked
        if clicked in atlas.choices.site_ids:
            st.session_state.site = clicked


def site_panel(atlas: Atlas, state: DayState) -> None:
    site_ids = ["", *atlas.table.ids]
    st.selectbox(
        "Site",
        options=site_ids,
        key="site",
        format_func=lambda s: "— click a site on the map, or choose —" if not s else atlas.site_names[s],
    )
    site = st.session_state.site
    if not site:
        st.info("Click a marker on the map (or choose above) to read the site's whole history with sources.")
        return
    history = site_history(atlas.dataset, site)
    st.markdown(
        details_html(
            history, state.record(atlas.timeline.site_index(site)), state.day, (atlas.first_day, atlas.last_day)
        ),
        unsafe_allow_html=True,
    )


@st.fragment(run_every=PLAY_INTERVAL_SECONDS if st.session_state.get("playing") else None)
def map_fragment(atlas: Atlas) -> None:
    """Slider, map and details: a slider move or a click reruns only this part of the page."""
    advance_play(atlas)
    time_controls(atlas)
    view = current_view()
    state = atlas.timeline.state_at(view.day)
    site_filter = SiteFilter(view.kinds, view.holders, view.operators, view.active_only, view.search)
    visible = atlas.table.mask(state, site_filter)
    summary = summary_line(atlas.table.summary(state, visible))
    st.markdown(
        f"<div class='ba-day' data-testid='ba-day'>{view.day.isoformat()}</div>"
        f"<div class='ba-summary' data-testid='ba-summary'>{esc(summary)}</div>",
        unsafe_allow_html=True,
    )
    col_map, col_details = st.columns([3, 2], gap="medium")
    with col_map:
        selected = atlas.timeline.site_index(view.site) if view.site else -1
        output = show_map(atlas.map_parts, atlas.table.state_codes(state, visible), selected, MAP_HEIGHT)
        handle_click(atlas, output)
    with col_details:
        site_panel(atlas, state)
    sync_url(current_view())


def main() -> None:
    directory = data_dir()
    try:
        atlas = load_atlas(str(directory))
    except DatasetError as error:
        show_error_page(directory, error)
        return
    start_session(atlas)
    st.title("Bases Atlas")
    st.caption(
        "Soviet and Russian military facilities in Syria, 1971 to today: who was where, who held the "
        "ground, and the source for every claim."
    )
    for notice in st.session_state.notices:
        st.warning(notice, icon="⚠️")
    if st.session_state.notices and st.button("Dismiss notices"):
        st.session_state.notices = []
        st.rerun()
    sidebar_filters(atlas)
    map_fragment(atlas)
    with st.expander("Legend", expanded=True):
        st.markdown(legend_html(atlas.legend_holders), unsafe_allow_html=True)


main()
