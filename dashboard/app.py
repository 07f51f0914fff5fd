"""Bases Atlas: a sourced, time-aware map of Soviet and Russian military facilities in Syria.

Run with `streamlit run dashboard/app.py` from the repository root. The script only draws what
`geodata` answers; the view lives in the URL (`dashboard.url_state`).
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import numpy as np
import streamlit as st
from streamlit.errors import StreamlitAPIException

# `streamlit run dashboard/app.py` puts dashboard/ on sys.path, not the repository root.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from dashboard import panels
from dashboard.atlas import MAP_HEIGHT, Atlas, build_atlas, load_atlas
from dashboard.details_panel import details_html
from dashboard.html_parts import coverage_html, esc
from dashboard.map_component import component_arguments, map_missing, show_map
from dashboard.panel_registry import PANELS, PanelContext
from dashboard.prediction import epoch_day, prediction_payload
from dashboard.sites_layer import NEXT_BUTTON_KEY, PREV_BUTTON_KEY, SLIDER_LABEL
from dashboard.url_state import ViewState, parse_view, to_params
from dashboard.view_model import run_answers
from geodata.archive import extract_dataset
from geodata.config import data_dir
from geodata.coverage import coverage_at
from geodata.dataset import load_dataset
from geodata.history import site_history
from geodata.problems import DatasetError, Problem
from geodata.site_table import SiteFilter
from geodata.timeline import DayState, Timeline

LOG = logging.getLogger("bases_atlas")
FAILURE_MESSAGE = (
    "Something went wrong while drawing this view. The error was logged on the server. "
    "Reload the page, or open the link again, to carry on."
)
PLAY_INTERVAL_SECONDS = 1.5
CSS_FILE = Path(__file__).resolve().parent / "static" / "atlas.css"

st.set_page_config(
    page_title="Bases Atlas — Soviet and Russian military facilities in Syria",
    page_icon="🛰️",
    layout="wide",
    initial_sidebar_state="auto",
)
st.markdown(f"<style>{CSS_FILE.read_text(encoding='utf-8')}</style>", unsafe_allow_html=True)


def show_problems(title: str, explanation: str, problems: list[Problem]) -> None:
    """Data that failed validation: say so plainly and list every problem, never a traceback."""
    st.error(f"**{title}** {explanation}")
    st.dataframe(
        [problem.to_dict() for problem in problems],
        column_config={"row": st.column_config.NumberColumn(format="%d")},
        width="stretch",
        hide_index=True,
    )


def start_session(atlas: Atlas) -> None:
    """First run of a browser session (or of new data): read the link into widget state."""
    if st.session_state.get("view_for") == atlas.dataset.directory:
        return
    view, notices = parse_view(st.query_params.to_dict(), replace(atlas.choices, panels=tuple(PANELS)))
    st.session_state.update(
        view_for=atlas.dataset.directory,
        notices=notices,
        day=view.day,
        site=view.site or "",
        kinds=list(view.kinds),
        holders=list(view.holders),
        operators=list(view.operators),
        active_only=view.active_only,
        search=view.search,
        high_only=view.high_only,
        compare_on=view.compare is not None,
        compare_day=view.compare or max(atlas.timeline.previous_change(view.day) or view.day, atlas.first_day),
        rings=view.rings,
        panel=view.panel,
        playing=False,
        last_clicked=None,
        tour_step=None,
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
        high_only=bool(st.session_state.high_only),
        compare=st.session_state.compare_day if st.session_state.compare_on else None,
        rings=bool(st.session_state.rings),
        panel=st.session_state.panel,
    )


def sync_url(view: ViewState) -> None:
    # Sent on every run, even when the server's copy already matches: a rerun request can carry
    # the browser's older query string and reset that copy, and skipping would leave the URL stale.
    st.query_params.from_dict(to_params(view))


def sidebar(atlas: Atlas) -> None:
    """Filters, then the data source. The sidebar runs outside the map's fragment, so it shows no
    per-day figure (it would go stale when the slider moves): kinds count their sites, and the
    day's counts per holder are in the summary under the slider, which moves with the day."""
    _, table = atlas.answers(bool(st.session_state.high_only))
    sites_per_kind = dict(zip(*np.unique(table.kinds, return_counts=True), strict=True))
    kind_labels = table.kind_labels()
    holder_labels = dict(zip(table.holder_ids, table.holder_labels, strict=True))
    operator_labels = dict(zip(table.operator_ids, table.operator_labels, strict=True))
    with st.sidebar:
        st.header("Filters")
        st.text_input(
            "Search names (any spelling or script)", key="search", placeholder="e.g. Hmeimim, Хмеймим, حميميم"
        )
        st.toggle("Active sites only", key="active_only", help="Hide sites with no Soviet/Russian presence that day")
        st.toggle(
            "High-confidence claims only",
            key="high_only",
            help="Answer from high-confidence periods only; medium- and low-confidence claims are ignored",
        )
        st.toggle(
            "Air-defence ranges",
            key="rings",
            help="Circles of the stated range of Russian air-defence systems present that day, with sources in "
            "the site's details",
        )
        st.multiselect(
            "Kind",
            options=list(kind_labels),
            key="kinds",
            format_func=lambda k: f"{kind_labels[k]} ({sites_per_kind.get(k, 0)} sites)",
        )
        st.multiselect(
            "Holder that day",
            options=list(holder_labels),
            key="holders",
            format_func=holder_labels.get,
            help="Who held the ground on the chosen day",
        )
        st.multiselect(
            "Operator that day",
            options=list(operator_labels),
            key="operators",
            format_func=operator_labels.get,
            help="Who used the site on the chosen day",
        )
        st.caption(f"Dataset version {atlas.dataset.version} · {len(table)} sites")
        upload_panel()


def upload_panel() -> None:
    """Replace the data for this browser session only with a zipped data folder, validated first."""
    with st.expander("Use your own data"):
        st.caption(
            "A .zip of a data folder in the same format (see geodata/data/README.md), at most 10 MB. "
            "It is validated first and used for this browser session only."
        )
        # A new key empties the uploader when the user goes back to the built-in data.
        generation = st.session_state.setdefault("upload_generation", 0)
        upload = st.file_uploader("Data folder (.zip)", type=["zip"], key=f"upload-{generation}")
        if upload is not None and st.session_state.get("upload_id") != upload.file_id:
            st.session_state.upload_id = upload.file_id
            target = Path(tempfile.mkdtemp(prefix="bases-atlas-upload-"))
            problems = extract_dataset(upload.getvalue(), target)
            try:
                if problems:
                    raise DatasetError(problems)
                st.session_state.custom_atlas = build_atlas(load_dataset(target), dt.date.today())
                st.session_state.upload_problems = []
            except DatasetError as error:
                st.session_state.custom_atlas = None
                st.session_state.upload_problems = error.problems
            finally:
                shutil.rmtree(target, ignore_errors=True)  # everything is in memory by now
            st.rerun()
        if st.session_state.get("custom_atlas") is not None:
            st.success(f"Showing your data: {upload.name if upload else 'uploaded'}")
            if st.button("Back to the built-in data"):
                st.session_state.custom_atlas = None
                st.session_state.upload_id = None
                st.session_state.upload_generation = generation + 1
                st.rerun()


def step_to(atlas: Atlas, direction: int) -> None:
    """Button callback: jump to the nearest change point before or after the chosen day."""
    timeline, _ = atlas.answers(bool(st.session_state.high_only))
    day = st.session_state.day
    target = timeline.next_change(day) if direction > 0 else timeline.previous_change(day)
    if target is not None:
        st.session_state.day = min(max(target, atlas.first_day), atlas.last_day)


def advance_play(atlas: Atlas) -> None:
    """While playing, each timed rerun moves to the next change point; at the end, playing stops."""
    # A click on Pause reruns the fragment with `playing` still set; it must not step once more.
    if not st.session_state.playing or st.session_state.get("play"):
        return
    timeline, _ = atlas.answers(bool(st.session_state.high_only))
    target = timeline.next_change(st.session_state.day)
    if target is None or target > atlas.last_day:
        st.session_state.playing = False
    else:
        st.session_state.day = target


def time_slider(atlas: Atlas) -> None:
    st.slider(
        SLIDER_LABEL,
        min_value=atlas.first_day,
        max_value=atlas.last_day,
        key="day",
        format="YYYY-MM-DD",
        help="Drag, or focus and use the arrow keys (one day per step)",
    )


def change_buttons(atlas: Atlas, timeline: Timeline, columns: list) -> None:
    """Previous / Next change and Play, in the three columns given (beside the day's headline)."""
    day = st.session_state.day
    previous, following = timeline.previous_change(day), timeline.next_change(day)
    col_prev, col_next, col_play = columns
    col_prev.button(
        "◀ Previous change",
        key=PREV_BUTTON_KEY,
        on_click=step_to,
        args=(atlas, -1),
        disabled=previous is None or day <= atlas.first_day,
        help=f"Go to {previous.isoformat()}" if previous else "No earlier change",
        width="stretch",
    )
    col_next.button(
        "Next change ▶",
        key=NEXT_BUTTON_KEY,
        on_click=step_to,
        args=(atlas, 1),
        disabled=following is None or following > atlas.last_day,
        help=f"Go to {following.isoformat()}" if following else "No later change",
        width="stretch",
    )
    if col_play.button("■ Pause" if st.session_state.playing else "▶ Play", key="play", width="stretch"):
        st.session_state.playing = not st.session_state.playing
        st.rerun()


def handle_click(atlas: Atlas, map_output: dict | None) -> bool:
    """A new click on a marker selects that site (identified by the feature's id property).
    True when the selection changed: the map then has to be drawn again to show it in gold."""
    drawing = (map_output or {}).get("last_active_drawing") or {}
    clicked = (drawing.get("properties") or {}).get("id")
    if clicked and clicked != st.session_state.last_clicked:
        st.session_state.last_clicked = clicked
        if clicked in atlas.choices.site_ids and clicked != st.session_state.site:
            st.session_state.site = clicked
            return True
    return False


def redraw_after_click() -> None:
    """Draw again so the clicked site shows in gold: the fragment alone when this run is one of
    its own reruns, the whole page when the click came with a full run."""
    sync_url(current_view())
    try:
        st.rerun(scope="fragment")
    except StreamlitAPIException:
        st.rerun()


def site_panel(atlas: Atlas, state: DayState) -> None:
    st.selectbox(
        "Site",
        options=["", *atlas.table.ids],
        key="site",
        format_func=lambda s: "— click a site on the map, or choose —" if not s else atlas.site_names[s],
    )
    site = st.session_state.site
    if not site:
        st.info("Click a marker on the map (or choose above) to read the site's whole history with sources.")
        return
    history = site_history(atlas.dataset, site)
    record = state.record(state.timeline.site_index(site))
    st.markdown(details_html(history, record, state.day, (atlas.first_day, atlas.last_day)), unsafe_allow_html=True)


@st.cache_data(max_entries=256, show_spinner=False)
def cached_prediction(
    _atlas: Atlas, high_only: bool, site_filter: SiteFilter, compare: dt.date | None, rings: bool, atlas_key: str
) -> dict | None:
    """Per data and filter setting, not per day: slider moves reuse it (`atlas_key` names the data)."""
    timeline, table = _atlas.answers(high_only)
    ring_indices = (lambda day: _atlas.ring_indices(timeline, day)) if rings else (lambda day: None)
    return prediction_payload(timeline, table, site_filter, compare, ring_indices, (_atlas.first_day, _atlas.last_day))


def show_failure(error: Exception) -> None:
    """Log the error with its traceback on the server; show the user a short, calm message.

    With `BASES_ATLAS_RAISE=1` (the tests) the error propagates, so no test can miss it."""
    if os.environ.get("BASES_ATLAS_RAISE") == "1":
        raise error
    LOG.error("Unhandled error while drawing the view", exc_info=error)
    st.error(FAILURE_MESSAGE, icon="⚠️")


@st.fragment(run_every=PLAY_INTERVAL_SECONDS if st.session_state.get("playing") else None)
def map_fragment(atlas: Atlas) -> None:
    """Slider, map, details and the panels below: a move or a click reruns only this part."""
    try:
        draw_view(atlas)
    except Exception as error:  # the last guard before the user's screen
        show_failure(error)


def draw_view(atlas: Atlas) -> None:
    """The first screen is built around the map: slider, then the day with its change buttons, then
    the map beside the site's details; the coverage line, the tour and the panels come below."""
    advance_play(atlas)
    time_slider(atlas)
    view = current_view()
    answers = run_answers(atlas, view)
    timeline, state = answers.timeline, answers.state
    col_day, *button_columns = st.columns([4.2, 1.55, 1.35, 0.9], vertical_alignment="center")
    col_day.markdown(
        f"<div class='ba-dayline'><span class='ba-day' data-testid='ba-day'>{view.day.isoformat()}</span>"
        f"<span class='ba-summary' data-testid='ba-summary'>{esc(answers.headline)}"
        + (" · high-confidence claims only" if view.high_only else "")
        + "</span></div>",
        unsafe_allow_html=True,
    )
    change_buttons(atlas, timeline, button_columns)
    col_map, col_details = st.columns([3, 2], gap="medium")
    with col_map:
        prediction = cached_prediction(
            atlas,
            view.high_only,
            answers.site_filter,
            view.compare,
            view.rings,
            f"{atlas.dataset.directory}|{id(atlas)}",
        )
        # The base map goes once per session and dataset (its component key); later runs send a stand-in.
        key = atlas.map_parts.component_key
        whole_map = st.session_state.get("map_sent") != key
        output = show_map(
            component_arguments(
                atlas.map_parts,
                answers.codes,
                answers.selected,
                MAP_HEIGHT,
                answers.rings,
                prediction,
                epoch_day(view.day),
                whole_map,
            )
        )
        st.session_state.map_sent = key
        request = map_missing(output)
        if request is not None and request != st.session_state.get("map_request"):
            # A new frame got the stand-in (the map was mounted again): send the whole map now.
            st.session_state.map_request, st.session_state.map_sent = request, None
            redraw_after_click()
        elif request is None and handle_click(atlas, output):
            redraw_after_click()
    with col_details:
        site_panel(atlas, state)
    st.markdown(coverage_html(coverage_at(state)), unsafe_allow_html=True)
    panels.tour_panel(atlas)
    # One panel at a time: only the chosen one is computed and sent, which keeps every rerun light.
    panel = st.radio("Panel", list(PANELS), key="panel", horizontal=True, format_func=lambda p: PANELS[p].label)
    PANELS[panel].render(PanelContext(atlas, timeline, view, state, answers.visible))
    sync_url(current_view())


def main() -> None:
    directory = data_dir()
    atlas = st.session_state.get("custom_atlas")
    if atlas is None:
        try:
            atlas = load_atlas(str(directory))
        except DatasetError as error:
            st.title("Bases Atlas cannot show this data")
            show_problems(
                "The data failed validation.",
                f"The data in `{directory}` has {len(error.problems)} problem(s); nothing is shown until they "
                "are fixed. Run `python -m geodata validate` for the same list.",
                error.problems,
            )
            return
    start_session(atlas)
    st.markdown(
        "<div class='ba-header'><h1 class='ba-title'>Bases Atlas</h1><span class='ba-tagline'>Soviet and Russian "
        "military facilities in Syria, 1971 to today: who was where, who held the ground, and the source for every "
        "claim.</span></div>",
        unsafe_allow_html=True,
    )
    if st.session_state.get("upload_problems"):
        show_problems(
            "Your data failed validation.",
            "The built-in data is shown instead. Fix these and upload again:",
            st.session_state.upload_problems,
        )
    for notice in st.session_state.notices:
        st.warning(notice, icon="⚠️")
    if st.session_state.notices and st.button("Dismiss notices"):
        st.session_state.notices = []
        st.rerun()
    sidebar(atlas)
    map_fragment(atlas)


try:
    main()
except Exception as error:  # the last guard before the user's screen
    show_failure(error)
