"""The baseline the dashboard is measured against: one folium.Marker per site, full re-render per move.

Run by bench/browser.py with `streamlit run bench/naive_app.py`; reads GEODATA_DIR like the app.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import streamlit as st

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.server import naive_map
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
    m = naive_map(tl.state_at(day).records(), day.isoformat())
    st_folium(m, height=600, use_container_width=True, returned_objects=[])


main()
