"""Open a user's zipped data folder safely: known file names only, bounded sizes, no paths outside."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path, PurePosixPath

from geodata import schema
from geodata.problems import Problem

ARCHIVE = "upload.zip"
MAX_ARCHIVE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 50 * 1024 * 1024
KNOWN_FILES = set(schema.data_file_names())


def _data_folder(entries: dict[PurePosixPath, zipfile.ZipInfo]) -> PurePosixPath | None:
    """The folder holding the data: the shallowest one with a sites file (a zip of `geodata/data`
    made with `zip -r` keeps that path), else the shallowest folder with any known file."""
    for wanted in ({schema.SITES_FILE}, KNOWN_FILES):
        folders = [path.parent for path in entries if path.name in wanted]
        if folders:
            return min(folders, key=lambda folder: (len(folder.parts), str(folder)))
    return None


def extract_dataset(data: bytes, target: Path) -> list[Problem]:
    """Unpack a zip of a data folder into `target`; return problems instead of raising.

    The files may sit at the root of the archive or in a folder at any depth. Other files are
    ignored, so a zip made by a spreadsheet or file manager with extra entries still opens.
    """
    if len(data) > MAX_ARCHIVE_BYTES:
        return [Problem(ARCHIVE, None, None, f"archive is over {MAX_ARCHIVE_BYTES // 2**20} MB")]
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return [Problem(ARCHIVE, None, None, "not a zip archive (or a truncated one)")]
    problems: list[Problem] = []
    entries: dict[PurePosixPath, zipfile.ZipInfo] = {}
    for info in archive.infolist():
        if info.is_dir():
            continue
        path = PurePosixPath(info.filename)
        if path.is_absolute() or ".." in path.parts or "\\" in info.filename:
            problems.append(Problem(ARCHIVE, None, info.filename[:80], "entry outside the data folder; not extracted"))
            continue
        if path in entries:
            problems.append(Problem(ARCHIVE, None, path.name, "appears twice in the archive"))
            continue
        entries[path] = info
    folder = _data_folder(entries)
    wanted = {path.name: info for path, info in entries.items() if path.parent == folder and path.name in KNOWN_FILES}
    if sum(info.file_size for info in wanted.values()) > MAX_UNPACKED_BYTES:
        return [Problem(ARCHIVE, None, None, f"unpacks to over {MAX_UNPACKED_BYTES // 2**20} MB")]
    target.mkdir(parents=True, exist_ok=True)
    for name, info in wanted.items():
        with archive.open(info) as source:
            content = source.read(MAX_UNPACKED_BYTES + 1)
        if len(content) > MAX_UNPACKED_BYTES:
            return [Problem(ARCHIVE, None, name, "unpacks to more than it declares")]
        (target / name).write_bytes(content)
    return problems
