"""A validated dataset kept on disk by content, so that the next process skips reading and validating.

Why: at 10,000 sites reading and validating the files take seconds, and every `python -m geodata
state` (or a freshly started server) would pay them again for the same bytes. The key hashes every
data file's bytes, the code of this package and the versions of the libraries that pickle the
frames, so an edited file, a code change or an upgrade misses the cache and validates afresh. Only a
dataset that passed validation is ever stored. `BASES_ATLAS_CACHE=off` turns it off; a directory
path there moves it (default: `$XDG_CACHE_HOME/bases-atlas`, else `~/.cache/bases-atlas`).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

import geopandas as gpd
import numpy as np
import pandas as pd

from geodata import schema

ENV_VARIABLE = "BASES_ATLAS_CACHE"
KEEP_ENTRIES = 4
_PACKAGE = Path(__file__).resolve().parent


def cache_dir() -> Path | None:
    """Where cached datasets live, or None when the user turned the cache off."""
    setting = os.environ.get(ENV_VARIABLE, "").strip()
    if setting.lower() in {"off", "0", "no", "false"}:
        return None
    if setting:
        return Path(setting)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "bases-atlas"


def content_key(directory: Path) -> str:
    """Hash of the data files' names and bytes, this package's code and the pickling libraries."""
    digest = hashlib.sha256()
    for name in schema.data_file_names():
        path = directory / name
        digest.update(name.encode() + b"\0")
        digest.update(path.read_bytes() if path.is_file() else b"\0absent\0")
    for source in sorted(_PACKAGE.glob("*.py")):
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    versions = (sys.version, pd.__version__, gpd.__version__, np.__version__, pickle.HIGHEST_PROTOCOL)
    digest.update(repr(versions).encode())
    return digest.hexdigest()


def read(key: str) -> Any | None:
    """The object stored under `key`, or None (missing, unreadable or corrupt entries are dropped)."""
    folder = cache_dir()
    if folder is None:
        return None
    path = folder / f"{key}.pickle"
    try:
        with open(path, "rb") as handle:
            return pickle.load(handle)
    except FileNotFoundError:
        return None
    except Exception:
        path.unlink(missing_ok=True)
        return None


def write(key: str, value: Any) -> None:
    """Store `value` under `key` atomically and keep only the newest entries; a read-only or full
    disk only loses the speed-up."""
    folder = cache_dir()
    if folder is None:
        return
    partial: Path | None = None
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder, suffix=".partial", delete=False) as handle:
            partial = Path(handle.name)
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        partial.replace(folder / f"{key}.pickle")
        partial = None
        entries = sorted(folder.glob("*.pickle"), key=lambda entry: entry.stat().st_mtime, reverse=True)
        for stale in entries[KEEP_ENTRIES:]:
            stale.unlink(missing_ok=True)
    except OSError:
        return
    finally:
        if partial is not None:
            partial.unlink(missing_ok=True)
