"""Shared fixtures: the small synthetic dataset and writable copies of it to break on purpose."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

FIXTURES = Path(__file__).resolve().parent / "fixtures"
MINIMAL = FIXTURES / "minimal"
REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def errors_propagate(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app shows users a calm message instead of a traceback; tests want the exception itself."""
    monkeypatch.setenv("BASES_ATLAS_RAISE", "1")


@pytest.fixture
def minimal_dir() -> Path:
    return MINIMAL


@pytest.fixture
def data_copy(tmp_path: Path) -> Callable[..., Path]:
    """Copy the minimal dataset to a temp dir; optionally replace or append to files: data_copy(**{'x.csv': text})."""

    copies = iter(range(1000))

    def make(append: dict[str, str] | None = None, **replace: str) -> Path:
        target = tmp_path / f"data{next(copies)}"
        shutil.copytree(MINIMAL, target)
        for name, text in replace.items():
            (target / name.replace("__", ".")).write_text(text, encoding="utf-8")
        for name, text in (append or {}).items():
            with open(target / name, "a", encoding="utf-8") as handle:
                handle.write(text)
        return target

    return make
