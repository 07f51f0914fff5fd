"""The Streamlit panels under the map: events, what changed, table, timeline, cite and export, tour.

Each panel reads the view from session state, draws what `geodata` answers, and changes the view
only through callbacks (so widgets drawn earlier in the run are never modified after the fact).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np
import pandas as pd
import streamlit as st

from dashboard.atlas import Atlas
from dashboard.citation import STATIC_ATLAS_PLACEHOLDER, citation, embed_snippet, permalink
from dashboard.feeds import changes_list, event_feed
from dashboard.html_parts import esc, source_list
from dashboard.timeline_chart import MAX_ROWS, SELECTION, timeline_rows, timeline_spec, with_day
from dashboard.url_state import ViewState
from geodata.export import dataset_geopackage, state_csv, state_geojson
from geodata.history import events_around
from geodata.timeline import DayState, Timeline, diff_states

MAX_TABLE_ROWS = 500


def select_site(site_id: str | None) -> None:
    if site_id:
        st.session_state.site = site_id


def events_panel(atlas: Atlas, day: dt.date) -> None:
    st.markdown(event_feed(events_around(atlas.dataset, day), day.isoformat()), unsafe_allow_html=True)


def _compare_with_latest_change(timeline: Timeline, span: tuple[dt.date, dt.date]) -> None:
    """Compare with the day before the latest change point on or before the chosen day, so the
    list shows what that change point changed (on any day, change point or not); never before
    the slider's first day (a holder timeline may start before the story does)."""
    day = st.session_state.day
    latest = day if day in timeline.change_points else timeline.previous_change(day)
    if latest is not None:
        st.session_state.compare_on = True
        st.session_state.compare_day = min(max(latest - dt.timedelta(days=1), span[0]), span[1])


def _keep_compare_on() -> None:
    st.session_state.compare_on = bool(st.session_state.w_compare_on)


def _keep_compare_day() -> None:
    if st.session_state.w_compare_day is not None:
        st.session_state.compare_day = st.session_state.w_compare_day


def changes_panel(atlas: Atlas, timeline: Timeline, view: ViewState, state: DayState) -> None:
    """Pick a second day; list what opened, closed or changed hands, and ring those sites on the map.

    The compared day and the toggle live in the view's own keys (`compare_on`, `compare_day`); the
    widgets (`w_…`) are seeded from them on every draw, because Streamlit forgets a widget's key in
    any run where that widget is not drawn (another panel chosen)."""
    st.session_state.w_compare_on = st.session_state.compare_on
    st.session_state.w_compare_day = min(max(st.session_state.compare_day, atlas.first_day), atlas.last_day)
    col_toggle, col_day, col_prev = st.columns([1.2, 1.2, 1.4])
    col_toggle.toggle("Mark changes on the map", key="w_compare_on", on_change=_keep_compare_on)
    col_day.date_input(
        "Compared with",
        key="w_compare_day",
        min_value=atlas.first_day,
        max_value=atlas.last_day,
        format="YYYY-MM-DD",
        on_change=_keep_compare_day,
    )
    col_prev.button(
        "What the latest change point changed",
        on_click=_compare_with_latest_change,
        args=(timeline, (atlas.first_day, atlas.last_day)),
        help="Compare the chosen day with the day before the latest change point on or before it",
    )
    other = st.session_state.compare_day
    earlier, later = sorted([other, view.day])
    changes = diff_states(timeline.state_at(earlier), timeline.state_at(later))
    st.markdown(changes_list(changes, earlier.isoformat(), later.isoformat()), unsafe_allow_html=True)


def _table_frame(state: DayState, visible: np.ndarray) -> tuple[pd.DataFrame, list[str]]:
    indices = np.flatnonzero(visible)[:MAX_TABLE_ROWS]
    records = [state.record(int(i)) for i in indices]
    frame = pd.DataFrame(
        {
            "Site": [r["name"] for r in records],
            "Kind": [r["kind_label"] for r in records],
            "Active": [r["active"] for r in records],
            "Presence": [r["presence"] or "" for r in records],
            "Since": [r["presence_since"] or "" for r in records],
            "Held by": [r["holder_label"] for r in records],
            "Held since": [r["holder_since"] or "" for r in records],
            "Confidence": [r["confidence"] or "" for r in records],
            "Dates certain": [r["certain"] for r in records],
            "Contested": [r["contested"] for r in records],
        }
    )
    return frame, [r["id"] for r in records]


def site_of_row(rows: list[int], ids: list[str]) -> str | None:
    """The site of the first selected table row, if it is still one of the rows shown."""
    return ids[rows[0]] if rows and 0 <= rows[0] < len(ids) else None


def _table_selected() -> None:
    select_site(site_of_row(st.session_state.site_table.selection.rows, st.session_state.get("table_ids", [])))


def table_panel(atlas: Atlas, state: DayState, visible: np.ndarray) -> None:
    """The sites shown on the map as a sortable table; choosing a row selects the site."""
    frame, ids = _table_frame(state, visible)
    st.session_state.table_ids = ids
    if int(visible.sum()) > MAX_TABLE_ROWS:
        st.caption(
            f"Showing the first {MAX_TABLE_ROWS} of {int(visible.sum())} sites; narrow the filters to see others."
        )
    st.dataframe(
        frame,
        key="site_table",
        on_select=_table_selected,
        selection_mode="single-row",
        hide_index=True,
        width="stretch",
        # Tall enough for every row up to ~25 sites without an inner scroll; the names and the
        # presence get room to be read (issue 11: ten rows of 50 px columns were unreadable).
        height=min(38 + 35 * len(frame), 900),
        column_config={
            "Site": st.column_config.TextColumn(width="large"),
            "Presence": st.column_config.TextColumn(width="large"),
            "Held by": st.column_config.TextColumn(width="medium"),
        },
    )


def site_of_chart_selection(selection: dict[str, Any] | None) -> str | None:
    """The site of the clicked bar in the timeline chart's selection event, if any."""
    picked = (selection or {}).get(SELECTION) or []
    return picked[0].get("id") if picked and isinstance(picked[0], dict) else None


def _timeline_selected() -> None:
    select_site(site_of_chart_selection(st.session_state.timeline_chart.selection))


@st.cache_data(max_entries=64, show_spinner=False)
def _timeline_spec(_atlas: Atlas, ids: tuple[str, ...], data_key: tuple[str, str] | None = None) -> dict:
    rows = timeline_rows(_atlas.dataset, list(ids), _atlas.last_day)
    return timeline_spec(rows, [_atlas.site_names[i] for i in ids], (_atlas.first_day, _atlas.last_day))


def timeline_panel(atlas: Atlas, view: ViewState, visible: np.ndarray) -> None:
    """Presence and control over time for the sites shown; clicking a bar selects its site."""
    ids = [atlas.table.ids[i] for i in np.flatnonzero(visible)[:MAX_ROWS]]
    if not ids:
        st.info("No site matches the filters.")
        return
    if int(visible.sum()) > MAX_ROWS:
        st.caption(f"The first {MAX_ROWS} of {int(visible.sum())} sites; narrow the filters to see others.")
    st.vega_lite_chart(
        spec=with_day(
            _timeline_spec(atlas, tuple(ids), (str(atlas.dataset.directory), atlas.dataset.version)), view.day
        ),
        key="timeline_chart",
        on_select=_timeline_selected,
        selection_mode=SELECTION,
        width="stretch",
    )
    st.caption(
        "Upper bar: Soviet/Russian presence; lower bar: who held the ground. Faded: low confidence or imprecise dates."
    )


def cite_panel(atlas: Atlas, view: ViewState, state: DayState, visible: np.ndarray) -> None:
    """A permalink and a reference for exactly this view; the view and the dataset as files."""
    link = permalink(st.context.url, view)
    site_name = atlas.site_names.get(view.site) if view.site else None
    st.markdown("**Permalink to this view**")
    st.code(link, language=None, wrap_lines=True)
    st.markdown("**Cite this view**")
    st.code(citation(atlas.dataset.version, view, site_name, link, dt.date.today()), language=None, wrap_lines=True)
    st.markdown("**Embed this view in an article or a course page**")
    st.code(embed_snippet(STATIC_ATLAS_PLACEHOLDER, view.day, view.site), language="html", wrap_lines=True)
    st.caption(
        "Publish the static atlas with `make site` (or `python -m dashboard.publish OUT/`), put the folder on "
        "any static host and replace the address with yours. It works offline and shows every site; the "
        "filters and the comparison of two days stay here."
    )
    day = view.day.isoformat()

    def view_records() -> list[dict[str, Any]]:
        return [state.record(int(i)) for i in np.flatnonzero(visible)]

    col_csv, col_json, col_gpkg = st.columns(3)
    col_csv.download_button(
        "CSV of this view",
        data=lambda: state_csv(view_records()),
        file_name=f"bases-atlas-{day}.csv",
        mime="text/csv",
        on_click="ignore",
    )
    col_json.download_button(
        "GeoJSON of this view",
        data=lambda: state_geojson(view_records(), day, atlas.dataset.version),
        file_name=f"bases-atlas-{day}.geojson",
        mime="application/geo+json",
        on_click="ignore",
    )
    col_gpkg.download_button(
        "Whole dataset (GeoPackage)",
        data=lambda: dataset_geopackage(atlas.dataset),
        file_name=f"bases-atlas-{atlas.dataset.version}.gpkg",
        mime="application/geopackage+sqlite3",
        on_click="ignore",
    )
    st.caption(f"Dataset version {atlas.dataset.version}; its changes are listed in geodata/data/CHANGELOG.md.")


def _go_to_step(atlas: Atlas, step: int) -> None:
    tour = atlas.dataset.tour
    step = max(0, min(step, len(tour) - 1))
    row = tour.iloc[step]
    st.session_state.tour_step = step
    st.session_state.day = min(max(dt.date.fromisoformat(row["date"]), atlas.first_day), atlas.last_day)
    st.session_state.site = row["site"]


def tour_panel(atlas: Atlas) -> None:
    """Key moments of the story, one step at a time: each moves the slider and selects the site."""
    tour = atlas.dataset.tour
    if tour.empty:
        return
    with st.expander("Guided tour: key moments, 1971 to today", expanded=st.session_state.get("tour_step") is not None):
        step = st.session_state.get("tour_step")
        col_prev, col_next, col_label = st.columns([1, 1, 3])
        col_prev.button(
            "◀ Previous step",
            key="tour_prev",
            on_click=_go_to_step,
            args=(atlas, (step or 0) - 1),
            disabled=step is None or step == 0,
        )
        col_next.button(
            "Start the tour ▶" if step is None else "Next step ▶",
            key="tour_next",
            on_click=_go_to_step,
            args=(atlas, 0 if step is None else step + 1),
            disabled=step is not None and step >= len(tour) - 1,
        )
        if step is not None:
            row = tour.iloc[step]
            col_label.markdown(f"Step {step + 1} of {len(tour)}")
            st.markdown(tour_step_html(atlas, row, st.session_state.day), unsafe_allow_html=True)


def tour_step_html(atlas: Atlas, row: pd.Series, day: dt.date) -> str:
    """The step's text with the sources of its event, or, once the slider has left the step's day,
    a plain note saying so (the text would describe another day than the one shown)."""
    if day.isoformat() != row["date"]:
        return (
            "<div class='ba-tour' data-testid='ba-tour'><span class='ba-muted'>The map has moved on from this step "
            f"({esc(row['date'])}). Press a step button to return to the tour.</span></div>"
        )
    events = atlas.dataset.events
    event = events[events["id"] == row["event"]]
    refs = atlas.dataset.source_refs(event.iloc[0]["source_ids"], claim=row["event"]) if len(event) else []
    return (
        f"<div class='ba-tour' data-testid='ba-tour'><b>{esc(row['title'])}</b><br>{esc(row['text'])}"
        f"<div class='ba-tour-sources'>Sources: {source_list(refs)}</div></div>"
    )
