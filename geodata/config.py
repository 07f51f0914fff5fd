"""Where the data lives: `geodata/data/` unless `GEODATA_DIR` says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DATA_DIR = Path(__file__).resolve().parent / "data"
ENV_VAR = "GEODATA_DIR"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the data directory: an explicit override, then `$GEODATA_DIR`, then the shipped data."""
    if override:
        return Path(override)
    from_env = os.environ.get(ENV_VAR, "").strip()
    return Path(from_env) if from_env else DEFAULT_DATA_DIR
