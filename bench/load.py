"""`make load`: many concurrent sessions against a real `streamlit run`, over Streamlit's websocket.

Each simulated session opens the app like a browser would (a rerun request with a deep link), then
for a bounded time moves the date slider and clicks sites on the map (the same widget messages a
browser sends), timing each rerun until the server reports the script finished. Prints sessions,
reruns per second, p50/p95 latency, errors and the server's memory; then checks that memory returns
near its baseline after many sessions have connected and left. Traffic stays on 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.timing import p50, percentile
from geodata.dataset import load_dataset
from geodata.timeline import Timeline
from tests.browser.conftest import start_server, stop_server

EPOCH = dt.datetime(1970, 1, 1)
SESSION_TTL = 5
RESULTS = Path(__file__).resolve().parent / "results.md"


@dataclass
class Stats:
    latencies: list[float] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    sessions: int = 0


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def day_micros(day: dt.date) -> float:
    return (dt.datetime.combine(day, dt.time()) - EPOCH).total_seconds() * 1_000_000


class Session:
    """One simulated browser tab."""

    def __init__(self, url: str, stats: Stats) -> None:
        self.ws_url = url.replace("http://", "ws://") + "/_stcore/stream"
        self.stats = stats
        self.slider_id = ""
        self.map_id = ""
        self.fragment_id = ""

    async def _run(self, ws: Any, client_state: Any) -> float:
        message = BackMsg()
        message.rerun_script.CopyFrom(client_state)
        started = time.perf_counter()
        await ws.send(message.SerializeToString())
        while True:
            raw = await asyncio.wait_for(ws.recv(), timeout=60)
            forward = ForwardMsg()
            forward.ParseFromString(raw)
            kind = forward.WhichOneof("type")
            if kind == "delta" and forward.delta.WhichOneof("type") == "new_element":
                element = forward.delta.new_element
                which = element.WhichOneof("type")
                if which == "exception":
                    self.stats.errors.append(element.exception.message[:200])
                elif which == "slider" and element.slider.label == "Date":
                    self.slider_id, self.fragment_id = element.slider.id, forward.delta.fragment_id
                elif which == "component_instance" and element.component_instance.component_name.endswith("st_folium"):
                    self.map_id = element.component_instance.id
            elif kind == "script_finished":
                return time.perf_counter() - started

    async def run(
        self, seconds: float, days: list[dt.date], site_ids: list[str], rng: random.Random, think: float = 0.0
    ) -> None:
        from streamlit.proto.ClientState_pb2 import ClientState

        try:
            async with websockets.connect(self.ws_url, subprotocols=["streamlit"], max_size=2**26) as ws:
                self.stats.sessions += 1
                first = ClientState(query_string=f"date={rng.choice(days).isoformat()}")
                self.stats.latencies.append(await self._run(ws, first))
                deadline = time.monotonic() + seconds
                while time.monotonic() < deadline:
                    state = ClientState(fragment_id=self.fragment_id)
                    widget = state.widget_states.widgets.add()
                    if rng.random() < 0.7 or not self.map_id:
                        widget.id = self.slider_id
                        widget.double_array_value.data.append(day_micros(rng.choice(days)))
                    else:
                        widget.id = self.map_id
                        clicked = {"last_active_drawing": {"properties": {"id": rng.choice(site_ids)}}}
                        widget.json_value = json.dumps(clicked)
                    self.stats.latencies.append(await self._run(ws, state))
                    if think:
                        await asyncio.sleep(rng.uniform(0.5 * think, 1.5 * think))
        except Exception as error:
            self.stats.errors.append(f"{type(error).__name__}: {error}"[:200])


async def concurrent(
    url: str, sessions: int, seconds: float, timeline: Timeline, think: float = 0.0
) -> tuple[Stats, float]:
    stats = Stats()
    days = timeline.change_points
    rng = random.Random(5)
    started = time.perf_counter()
    await asyncio.gather(
        *(
            Session(url, stats).run(seconds, days, timeline.site_ids, random.Random(rng.random()), think)
            for _ in range(sessions)
        )
    )
    return stats, time.perf_counter() - started


async def churn(url: str, total: int, batch: int, timeline: Timeline) -> Stats:
    """Many short sessions that connect, do a few reruns, and leave."""
    stats = Stats()
    rng = random.Random(9)
    for _ in range(total // batch):
        await asyncio.gather(
            *(
                Session(url, stats).run(0.5, timeline.change_points, timeline.site_ids, random.Random(rng.random()))
                for _ in range(batch)
            )
        )
    return stats


def write_results(lines: list[str], args: argparse.Namespace) -> None:
    """Replace the Load section of bench/results.md with this run's figures."""
    section = [
        "## Load",
        "",
        f"`make load` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC: {args.sessions} concurrent sessions",
        "over Streamlit's websocket, each moving the date slider (70%) or clicking a site on the map (30%)",
        f"with a pause between actions, then {args.churn} sessions that connect, act and leave (leak check;",
        f"the server ran with `server.disconnectedSessionTTL={SESSION_TTL}`, so departed sessions are dropped",
        "within seconds).",
        "",
        "```",
        *lines,
        "```",
        "",
    ]
    text = RESULTS.read_text(encoding="utf-8") if RESULTS.exists() else "# Benchmark results\n\n"
    start = text.find("## Load")
    if start >= 0:
        end = text.find("\n## ", start + 1)
        text = text[:start] + text[end + 1 :] if end >= 0 else text[:start]
    RESULTS.write_text(text.rstrip() + "\n\n" + "\n".join(section), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sessions", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    parser.add_argument("--churn", type=int, default=200, help="sessions that connect and leave, for the leak check")
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between a session's actions, seconds")
    args = parser.parse_args()
    timeline = Timeline(load_dataset())
    # Disconnected sessions are normally kept 120 s for reconnects; 5 s lets the leak check see them go.
    server = start_server(name="load", extra_args=("--server.disconnectedSessionTTL", str(SESSION_TTL)))
    pid = server.process.pid
    try:
        asyncio.run(concurrent(server.url, 1, 2, timeline))  # warm the caches
        time.sleep(SESSION_TTL + 3)
        baseline = rss_mb(pid)
        lines: list[str] = []
        stats, elapsed = asyncio.run(concurrent(server.url, args.sessions, args.seconds, timeline, args.think))
        peak = rss_mb(pid)
        reruns = len(stats.latencies)
        lines.append(
            f"concurrent sessions: {stats.sessions} of {args.sessions} connected, {args.seconds:.0f} s each, "
            f"{args.think:.1f} s mean pause between actions"
        )
        lines.append(f"reruns: {reruns} in {elapsed:.1f} s = {reruns / elapsed:.1f} reruns/s")
        latency_p50, latency_p95 = p50(stats.latencies) * 1000, percentile(stats.latencies, 95) * 1000
        lines.append(f"rerun latency: p50 {latency_p50:.0f} ms, p95 {latency_p95:.0f} ms")
        lines.append(f"errors: {len(stats.errors)}" + (f" (first: {stats.errors[0]})" if stats.errors else ""))
        lines.append(f"server memory: {baseline:.0f} MB before, {peak:.0f} MB with {args.sessions} sessions")
        # Two rounds: memory that stays flat from the first round to the second is the allocator's
        # high-water mark; memory that grows by the same amount again would be a per-session leak.
        for round_number in (1, 2):
            churned = asyncio.run(churn(server.url, args.churn, 25, timeline))
            time.sleep(SESSION_TTL + 10)  # sessions are dropped after server.disconnectedSessionTTL
            after = rss_mb(pid)
            lines.append(
                f"after round {round_number}: {churned.sessions} more sessions connected and left: {after:.0f} MB "
                f"({after - baseline:+.0f} MB vs baseline; {len(churned.errors)} errors)"
            )
        print("\n".join(lines))
        write_results(lines, args)
    finally:
        stop_server(server)


if __name__ == "__main__":
    main()
