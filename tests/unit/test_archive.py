"""Opening a user's zipped data folder: only known files, inside the folder, within size limits."""

from __future__ import annotations

import io
import zipfile

from geodata.archive import MAX_ARCHIVE_BYTES, extract_dataset
from geodata.dataset import load_dataset
from tests.conftest import MINIMAL


def zipped(entries: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def minimal_entries(prefix: str = "") -> dict[str, bytes]:
    return {prefix + path.name: path.read_bytes() for path in MINIMAL.iterdir()}


def test_a_zipped_folder_opens_as_the_same_dataset(tmp_path):
    assert extract_dataset(zipped(minimal_entries("my-data/")), tmp_path) == []
    assert list(load_dataset(tmp_path).sites.index) == ["alpha", "bravo"]


def test_files_at_the_root_work_too_and_extra_files_are_ignored(tmp_path):
    entries = {**minimal_entries(), "notes.txt": b"hello", "__MACOSX/._sites.geojson": b"x"}
    assert extract_dataset(zipped(entries), tmp_path) == []
    assert not (tmp_path / "notes.txt").exists()


def test_paths_outside_the_folder_are_refused(tmp_path):
    entries = {**minimal_entries(), "../evil.csv": b"x", "/etc/sources.csv": b"x"}
    problems = extract_dataset(zipped(entries), tmp_path / "inside")
    assert len(problems) == 2 and all("outside" in p.message for p in problems)
    assert not (tmp_path / "evil.csv").exists()


def test_not_a_zip_and_too_big_are_problems(tmp_path):
    assert "not a zip" in extract_dataset(b"PK\x03\x04 truncated", tmp_path)[0].message
    assert "over" in extract_dataset(b"x" * (MAX_ARCHIVE_BYTES + 1), tmp_path)[0].message


def test_a_zip_bomb_is_refused_before_extraction(tmp_path):
    bomb = zipped({"events.csv": b"0" * (60 * 1024 * 1024)})
    assert len(bomb) < MAX_ARCHIVE_BYTES
    (problem,) = extract_dataset(bomb, tmp_path)
    assert "unpacks to over" in problem.message and not (tmp_path / "events.csv").exists()


def test_zip_r_of_the_repository_path_opens_with_every_optional_file(tmp_path):
    """`zip -r data.zip geodata/data` keeps the folder path and directory entries (issue 11, item 6)."""
    from geodata.config import DEFAULT_DATA_DIR

    entries = {f"geodata/data/{path.name}": path.read_bytes() for path in DEFAULT_DATA_DIR.iterdir()}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("geodata/", b"")
        archive.writestr("geodata/data/", b"")
        for name, data in entries.items():
            archive.writestr(name, data)
    assert extract_dataset(buffer.getvalue(), tmp_path) == []
    shipped = {path.name for path in DEFAULT_DATA_DIR.iterdir()}
    assert {path.name for path in tmp_path.iterdir()} == shipped
    assert not load_dataset(tmp_path).tour.empty
