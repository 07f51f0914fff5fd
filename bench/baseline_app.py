"""The baseline: the app a competent user would write from streamlit-folium's documentation.

The data is loaded once (`st.cache_resource`); the base map is built each run but keeps a stable
`key`, and the day's sites travel as one `folium.GeoJson` layer of circle markers in
`feature_group_to_add`, so streamlit-folium updates that layer without re-mounting the map. The day's
state comes from `Timeline.state_at`, the same vectorised query the dashboard uses; nothing else of
the project is used. Run by bench/browser.py with `streamlit run bench/baseline_app.py`.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import folium
import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.server import DayMarker, baseline_layer, offline_map
from geodata.dataset import load_dataset
from geodata.timeline import Timeline


@st.cache_resource
def timeline() -> Timeline:
    return Timeline(load_dataset())


def main() -> None:
    from streamlit_folium import st_folium

    tl = timeline()
    first, last = tl.span(dt.date(2026, 11, 28))
    if "day" not in st.session_state:
        st.session_state.day = dt.date.fromisoformat(st.query_params.get("date", last.isoformat()))

    def next_change() -> None:
        st.session_state.day = tl.next_change(st.session_state.day) or st.session_state.day

    st.slider("Date", min_value=first, max_value=last, key="day", format="YYYY-MM-DD")
    st.button("Next change", on_click=next_change)
    day = st.session_state.day
    st.markdown(f"<div data-testid='ba-day'>{day.isoformat()}</div>", unsafe_allow_html=True)
    layer = folium.FeatureGroup(name="Sites")
    baseline_layer(tl, day).add_to(layer)
    DayMarker(day.isoformat()).add_to(layer)
    st_folium(
        offline_map(), key="map", height=600, use_container_width=True, returned_objects=[], feature_group_to_add=layer
    )


main()
