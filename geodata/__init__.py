"""Bases Atlas data layer: load, validate and query the dataset of Soviet and Russian facilities in Syria.

No Streamlit here: the dashboard imports this package, never the other way round.
"""

from __future__ import annotations

from geodata.config import DEFAULT_DATA_DIR, data_dir
from geodata.dataset import Dataset, load_dataset
from geodata.problems import DatasetError, Problem
from geodata.timeline import DayState, Timeline

__all__ = [
    "DEFAULT_DATA_DIR",
    "Dataset",
    "DatasetError",
    "DayState",
    "Problem",
    "Timeline",
    "data_dir",
    "load_dataset",
]
