"""`make bench`: every benchmark, printed as tables and written to bench/results.md.

Datasets: the shipped data, and synthetic datasets of 1,000 and 10,000 sites in the real format. At
each size, in the same run: ours (the dashboard), the baseline (streamlit-folium's documented
pattern, bench/baseline_app.py), the pure client-side anchor (folium's TimestampedGeoJson,
bench/anchor.py) and, for the first map, an empty Streamlit page with one st_folium map. Every
target of issue 12 is judged from this run's figures.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import platform
import subprocess
import sys
import tempfile
from importlib.metadata import version
from pathlib import Path
from typing import Any

from playwright.sync_api import sync_playwright

from bench import anchor, browser, server
from bench.synthetic import write_dataset
from bench.timing import ms
from geodata.config import DEFAULT_DATA_DIR
from geodata.dataset import load_dataset
from geodata.timeline import Timeline

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "bench" / "results.md"
RAW = REPO / "bench" / "results.json"
# (label, sites or None for the shipped data, move rounds: Next, slider left, slider right each)
PLAN = [("shipped", None, 10), ("1k", 1000, 8), ("10k", 10_000, 5)]
ANCHOR_MOVES = 20
# Issue 12's targets.
PREDICTED_VS_ANCHOR = 2.0
CONFIRMED_P50 = {"shipped": 0.150, "10k": 0.300}
FIRST_MAP_COLD = 2.5
WARM_VS_EMPTY = 1.2
CLI_10K = 1.0


def machine() -> str:
    chromium = subprocess.run(["/usr/bin/chromium", "--version"], capture_output=True, text=True, check=False)
    return (
        f"{platform.node()} · {os.cpu_count()} cores · Python {platform.python_version()} · "
        f"streamlit {version('streamlit')} · folium {version('folium')} · streamlit-folium "
        f"{version('streamlit-folium')} · geopandas {version('geopandas')} · {chromium.stdout.strip()}"
    )


def ratio(a: float, b: float) -> str:
    return "n/a" if not (a == a and b == b) or b <= 0 else f"{a / b:.1f}×"


def _verdict(ok: bool) -> str:
    return "met" if ok else "**missed**"


def server_table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| dataset | sites | periods | change points | load + validate | state at a day p50 / p95 "
        "| base map, once | prediction, once per filter | ours per move p50 / p95 | baseline per move p50 "
        "| `geodata state` process cold / warm | `geodata export` process cold / warm |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        prediction = (
            f"{ms(r['prediction_p50'])}, {r['prediction_bytes'] / 1000:.1f} kB"
            if r["prediction_bytes"]
            else "none (too large)"
        )
        lines.append(
            f"| {r['label']} | {r['sites']} | {r['periods']} | {r['change_points']} | {ms(r['load_validate_p50'])} "
            f"| {ms(r['state_p50'])} / {ms(r['state_p95'])} | {ms(r['base_map_once_p50'])} | {prediction} "
            f"| {ms(r['update_p50'])} / {ms(r['update_p95'])} | {ms(r['baseline_move_p50'])} "
            f"| {r['cli_state_cold_p50']:.2f} s / {r['cli_state_warm_p50']:.2f} s "
            f"| {r['cli_export_cold_p50']:.2f} s / {r['cli_export_warm_p50']:.2f} s |"
        )
    return lines


def browser_table(rows: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| dataset | app | first map cold / warm p50 | move → map, predicted p50 / p95 "
        "| move → map, server-confirmed p50 / p95 | websocket bytes per move p50 | iframe remounts "
        "| JS heap 1st move → last | moves (missed) |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        for kind, name in (("atlas", "ours"), ("baseline", "baseline (documented pattern)")):
            b = r[kind]
            predicted = f"{ms(b['predicted_p50'])} / {ms(b['predicted_p95'])}" if b["predicted"] else "none"
            lines.append(
                f"| {r['label']} ({r['sites']}) | {name} "
                f"| {b['first_map_cold']:.2f} s / {b['first_map_warm_p50']:.2f} s "
                f"| {predicted} | {ms(b['confirmed_p50'])} / {ms(b['confirmed_p95'])} "
                f"| {b['bytes_per_move_p50'] / 1000:.1f} kB | {b['remounts']} "
                f"| {b['heap_first_mb']:.1f} → {b['heap_last_mb']:.1f} MB | {b['moves']} ({b['misses']}) |"
            )
        e, a = r["empty"], r["anchor"]
        lines.append(
            f"| {r['label']} | empty page, one st_folium map | {e['first_map_cold']:.2f} s / "
            f"{e['first_map_warm_p50']:.2f} s | | | | | | |"
        )
        lines.append(
            f"| {r['label']} | TimestampedGeoJson anchor ({a['axis']}, {a['bytes'] / 1e6:.1f} MB, from file) "
            f"| – / {a['first_map_p50']:.2f} s | {ms(a['step_p50'])} / {ms(a['step_p95'])} (step) | | | | | |"
        )
    return lines


def targets_table(server_rows: list[dict[str, Any]], browser_rows: list[dict[str, Any]]) -> list[str]:
    """Each target of issue 12 beside the measured figure, judged from this run."""
    lines = ["| target | measured | verdict |", "|---|---|---|"]

    def add(target: str, measured: str, ok: bool) -> None:
        lines.append(f"| {target} | {measured} | {_verdict(ok)} |")

    for r in browser_rows:
        ours, anc = r["atlas"], r["anchor"]
        limit = PREDICTED_VS_ANCHOR * anc["step_p50"]
        if ours["predicted"]:
            add(
                f"{r['label']}: move → map repainted (predicted) p50 ≤ {PREDICTED_VS_ANCHOR:.0f}× the anchor's step",
                f"{ms(ours['predicted_p50'])} vs {ms(anc['step_p50'])} "
                f"({ratio(ours['predicted_p50'], anc['step_p50'])})",
                ours["predicted_p50"] <= limit,
            )
        else:
            add(
                f"{r['label']}: move → map repainted (predicted) p50 ≤ {PREDICTED_VS_ANCHOR:.0f}× the anchor's step",
                f"no prediction at this size (above 200,000 site-intervals): the server's answer, "
                f"{ms(ours['confirmed_p50'])}, vs {ms(anc['step_p50'])}",
                ours["confirmed_p50"] <= limit,
            )
        if r["label"] in CONFIRMED_P50:
            cap = CONFIRMED_P50[r["label"]]
            add(
                f"{r['label']}: move → map repainted with the server's answer, p50 ≤ {cap * 1000:.0f} ms",
                f"{ms(ours['confirmed_p50'])} (p95 {ms(ours['confirmed_p95'])})",
                ours["confirmed_p50"] <= cap,
            )
        add(
            f"{r['label']}: no blank frame (iframe never re-mounted)",
            f"{ours['remounts']} re-mounts",
            not ours["remounts"],
        )
    shipped = next((r for r in browser_rows if r["label"] == "shipped"), None)
    if shipped:
        ours, empty = shipped["atlas"], shipped["empty"]
        add(
            f"shipped: first map cold (the server's first page, fresh browser) ≤ {FIRST_MAP_COLD} s",
            f"{ours['first_map_cold']:.2f} s",
            ours["first_map_cold"] <= FIRST_MAP_COLD,
        )
        add(
            f"shipped: first map warm ≤ {WARM_VS_EMPTY}× an empty page with one st_folium map (same run)",
            f"{ours['first_map_warm_p50']:.2f} s vs {empty['first_map_warm_p50']:.2f} s "
            f"({ratio(ours['first_map_warm_p50'], empty['first_map_warm_p50'])})",
            ours["first_map_warm_p50"] <= WARM_VS_EMPTY * empty["first_map_warm_p50"],
        )
    big = next((r for r in server_rows if r["label"] == "10k"), None)
    if big:
        for command in ("state", "export"):
            for temperature, when in (
                ("cold", "first run after the data changed: read and validate"),
                ("warm", "files unchanged: validated dataset from the cache"),
            ):
                seconds = big[f"cli_{command}_{temperature}_p50"]
                add(
                    f"10k: `python -m geodata {command}` as a whole process ≤ {CLI_10K:.0f} s, {temperature} ({when})",
                    f"{seconds:.2f} s (load + validation in-process {big['load_validate_p50']:.2f} s)",
                    seconds <= CLI_10K,
                )
    return lines


def render(data: dict[str, Any]) -> None:
    server_rows, browser_rows = data["server"], data["browser"]
    text = [
        "# Benchmark results",
        "",
        f"Generated by `make bench` on {data['started']} UTC. Machine: {data['machine']}.",
        "Servers and headless browsers run together on the same machine; network off the machine blocked.",
        "",
        "## Targets (issue 12)",
        "",
        *targets_table(server_rows, browser_rows),
        "",
        "## Server",
        "",
        *server_table(server_rows),
        "",
        "## Browser",
        "",
        *browser_table(browser_rows),
        "",
        RESULTS_NOTES.strip(),
        "",
    ]
    previous = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else ""
    # Sections written by other commands (make load, make load TARGET=cluster, bench.static_atlas) stay.
    kept = [previous[previous.find(h) :].split("\n## ")[0] for h in ("## Load", "## Static atlas", "## Cluster")]
    kept = [k.rstrip() + "\n" for k in kept if k.startswith("## ")]
    RESULTS.write_text("\n".join(text) + ("\n" + "\n".join(kept) if kept else ""), encoding="utf-8")
    print(f"wrote {RESULTS.relative_to(REPO)}")


def measure_anchor(directory: Path, label: str, scratch: Path) -> dict[str, Any]:
    timeline = Timeline(load_dataset(directory))
    inp = anchor.anchor_input(timeline, timeline.story_span(dt.date(2026, 11, 28)))
    page = anchor.write_anchor(inp, scratch / f"anchor-{label}")
    with sync_playwright() as playwright:
        result = anchor.measure_anchor(playwright, page, ANCHOR_MOVES)
    return {**{k: v for k, v in result.items() if k != "steps"}, "axis": inp.axis}


def main() -> None:
    if "--render" in sys.argv:
        render(json.loads(RAW.read_text(encoding="utf-8")))
        return
    only = next((arg.split("=", 1)[1].split(",") for arg in sys.argv if arg.startswith("--only=")), None)
    started = dt.datetime.now(dt.UTC)
    server_rows, browser_rows = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for label, n_sites, moves in PLAN:
            if only and label not in only:
                continue
            directory = DEFAULT_DATA_DIR if n_sites is None else write_dataset(Path(tmp) / label, n_sites)
            print(f"--- {label}: server", flush=True)
            server_rows.append(server.measure(directory, label))
            print("\n".join(server_table(server_rows[-1:])), flush=True)
            print(f"--- {label}: browser", flush=True)
            row = browser.measure(None if n_sites is None else directory, label, moves)
            row["anchor"] = measure_anchor(directory, label, Path(tmp))
            browser_rows.append(row)
            print("\n".join(browser_table(browser_rows[-1:])), flush=True)
    if only and RAW.exists():  # keep the other datasets' rows from the last full run
        previous = json.loads(RAW.read_text(encoding="utf-8"))
        # Rows from a run of an older benchmark (without the anchor) cannot be judged; they are dropped.
        server_rows = [
            r for r in previous["server"] if r["label"] not in only and "cli_state_warm_p50" in r
        ] + server_rows
        browser_rows = [r for r in previous["browser"] if r["label"] not in only and "anchor" in r] + browser_rows
        order = [label for label, *_ in PLAN]
        server_rows.sort(key=lambda r: order.index(r["label"]))
        browser_rows.sort(key=lambda r: order.index(r["label"]))
    data = {
        "started": f"{started:%Y-%m-%d %H:%M}"
        + (f" (rows {', '.join(only)}; others from the last full run)" if only else ""),
        "machine": machine(),
        "server": server_rows,
        "browser": browser_rows,
    }
    RAW.write_text(json.dumps(data, indent=1, default=str), encoding="utf-8")
    render(data)


RESULTS_NOTES = (
    (REPO / "bench" / "NOTES.md").read_text(encoding="utf-8") if (REPO / "bench" / "NOTES.md").exists() else ""
)

if __name__ == "__main__":
    sys.exit(main())
