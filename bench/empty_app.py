"""Anchor for the first map: an empty Streamlit page with one st_folium map (Leaflet served locally).

Run by bench/browser.py with `streamlit run bench/empty_app.py`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.server import offline_map


def main() -> None:
    from streamlit_folium import st_folium

    st_folium(offline_map(), key="map", height=600, use_container_width=True, returned_objects=[])


main()
