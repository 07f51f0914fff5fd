"""`make load TARGET=cluster`: browser-like sessions through nginx to several replicas; one dies halfway.

Starts the cluster of `make cluster` (deploy/nginx.conf, replicas of dashboard/app.py), warms each
replica, then drives the sessions of bench/load.py through the proxy: each loads the page, keeps
the sticky cookie, and moves the slider or clicks sites. Halfway, the replica holding the most
sessions is killed with SIGKILL. Its sessions must reconnect through the proxy, land on a live
replica, and draw again from their URL the view they had (day on the Date slider, selected site).
Writes the figures into the Cluster section of bench/results.md; stops everything it started.
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import datetime as dt
import os
import random
import subprocess
import time
from collections import Counter
from dataclasses import dataclass, field

from bench.load import Session, Stats, concurrent, replace_section, rss_mb
from bench.timing import p50, percentile
from deploy.cluster import Cluster, Replica, find_nginx, running_cluster
from geodata.dataset import load_dataset
from geodata.timeline import Timeline


@dataclass
class Run:
    """What happened during the timed part, beside the sessions' own Stats."""

    replicas: list[Replica]
    started: float
    ended: float = 0.0
    killed: Replica | None = None
    killed_at: float = 0.0
    on_killed: int = 0  # sessions whose websocket was on the killed replica
    per_replica: dict[str, int] = field(default_factory=dict)  # sessions per replica at the kill
    peak_mb: dict[int, float] = field(default_factory=dict)  # replica port -> highest RSS seen


def address(replica: Replica) -> str:
    return f"127.0.0.1:{replica.port}"


async def sample_memory(cluster: Cluster, run: Run, every: float = 1.0) -> None:
    """Keep each live replica's highest resident memory (a killed one keeps its last reading)."""
    while True:
        for replica in cluster.replicas:
            if replica.alive:
                run.peak_mb[replica.port] = max(run.peak_mb.get(replica.port, 0.0), rss_mb(replica.process.pid))
        await asyncio.sleep(every)


async def drive(cluster: Cluster, args: argparse.Namespace, timeline: Timeline) -> tuple[Stats, Run]:
    """Start the sessions over `ramp` seconds (users arrive, they do not all click at once), kill the
    busiest replica at `kill_at` of the run, and wait for every session to end."""
    stats = Stats()
    rng = random.Random(5)
    sessions = [Session(cluster.url, stats, timeline.site_ids, browser=True) for _ in range(args.sessions)]
    run = Run(replicas=list(cluster.replicas), started=time.monotonic())
    end = run.started + args.seconds

    async def start(index: int, session: Session, seed: float) -> None:
        await asyncio.sleep(args.ramp * index / len(sessions))
        await session.run(end - time.monotonic(), timeline.change_points, random.Random(seed), args.think)

    sampler = asyncio.create_task(sample_memory(cluster, run))
    everyone = asyncio.gather(*(start(i, s, rng.random()) for i, s in enumerate(sessions)))
    await asyncio.sleep(args.seconds * args.kill_at)
    placed = Counter(session.replica for session in sessions)
    run.per_replica = {address(replica): placed[address(replica)] for replica in cluster.replicas}
    run.killed = max(cluster.replicas, key=lambda replica: placed[address(replica)])
    run.on_killed = placed[address(run.killed)]
    run.killed.process.kill()  # SIGKILL: no goodbye to the websockets, as in a crash or an OOM kill
    run.killed.process.wait()
    run.killed_at = time.monotonic()
    await everyone
    run.ended = time.monotonic()
    sampler.cancel()
    return stats, run


def nginx_version() -> str:
    nginx = find_nginx() or "nginx"
    output = subprocess.run([nginx, "-v"], capture_output=True, text=True, check=False).stderr
    return output.strip().split("/")[-1] or "?"


def spread(latencies: list[float]) -> str:
    return f"p50 {p50(latencies) * 1000:.0f} ms, p95 {percentile(latencies, 95) * 1000:.0f} ms"


def report(stats: Stats, run: Run, idle_mb: dict[int, float], args: argparse.Namespace) -> list[str]:
    """The figures as lines of text, the same for the terminal and bench/results.md."""
    elapsed = run.ended - run.started
    # Each answer's time is appended with its latency, in time order, so one index splits both lists.
    split = bisect.bisect_left(stats.finished_at, run.killed_at)
    early, late = stats.latencies[:split], stats.latencies[split:]
    before, after = len(early), len(late)
    killed = address(run.killed) if run.killed else "none"
    restored = [r for r in stats.reconnects if r.after is not None]
    seconds = [r.seconds for r in restored]
    lost = [r for r in stats.reconnects if r.view_lost]
    in_flight = [r for r in stats.reconnects if r.target is not None and r.after == r.before]
    onto_dead = [r for r in restored if r.replica_after == killed]
    lines = [
        f"cluster: {args.replicas} Streamlit replicas behind nginx {nginx_version()} (hash on a cookie, consistent),"
        f" {os.cpu_count()} cores shared by replicas, nginx and this load generator",
        f"sessions: {stats.sessions} of {args.sessions} connected through the proxy, arriving over {args.ramp:.0f} s,"
        f" acting until {args.seconds:.0f} s with a {args.think:.1f} s mean pause between actions",
        "sessions per replica at the kill: " + ", ".join(f"{a} {n}" for a, n in run.per_replica.items()),
        f"sticky: {stats.sticky_misses} websockets answered by another replica than the request before them",
        f"reruns: {len(stats.latencies)} in {elapsed:.1f} s = {len(stats.latencies) / elapsed:.1f} reruns/s"
        f" ({before / (run.killed_at - run.started):.1f}/s before the kill,"
        f" {after / (run.ended - run.killed_at):.1f}/s after it)",
        f"rerun latency: {spread(stats.latencies)} (before the kill {spread(early)}, after it {spread(late)})",
        f"errors: {len(stats.errors)}" + (f" (first: {stats.errors[0]})" if stats.errors else ""),
        f"killed: {killed} (SIGKILL) at {run.killed_at - run.started:.1f} s, {run.on_killed} sessions on it",
        f"reconnections: {len(restored)} of {len(stats.reconnects)} dropped sessions came back through the proxy,"
        f" {len(onto_dead)} of them onto the killed replica; view drawn again in p50 {p50(seconds):.1f} s,"
        f" p95 {percentile(seconds, 95):.1f} s after the drop",
        f"views lost: {len(lost)} (day on the Date slider or selected site drawn from the URL differs from the"
        " view before, or no reconnection)",
        f"actions in flight when the replica died: {len(in_flight)} sent but never answered; the view came back"
        " as it was before them (their URL did not hold them yet)",
        "memory per replica (RSS): "
        + "; ".join(
            f"{address(r)} {idle_mb[r.port]:.0f} MB idle, {run.peak_mb.get(r.port, float('nan')):.0f} MB peak"
            + (" (killed)" if r is run.killed else "")
            for r in run.replicas
        ),
    ]
    return lines


def write_results(lines: list[str], args: argparse.Namespace) -> None:
    """Replace the Cluster section of bench/results.md with this run's figures."""
    replace_section(
        "Cluster",
        [
            "## Cluster",
            "",
            f"`make load TARGET=cluster` on {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC: {args.sessions} sessions",
            f"through nginx (`deploy/nginx.conf`, as `make cluster` runs it) to {args.replicas} replicas on one",
            "machine. Each session loads the page, keeps the proxy's sticky cookie, opens Streamlit's websocket",
            "and moves the date slider (70%) or clicks a site on the map (30%). Halfway, the replica holding the",
            "most sessions is killed with SIGKILL; its sessions reconnect through the proxy with the query",
            "string of their view (as Streamlit's frontend does with the page's URL), and the day on the Date",
            "slider and the selected site drawn by the new replica are compared with the view before.",
            "",
            "```",
            *lines,
            "```",
        ],
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--replicas", type=int, default=3)
    parser.add_argument("--sessions", type=int, default=200)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--think", type=float, default=1.0, help="mean pause between a session's actions, seconds")
    parser.add_argument("--ramp", type=float, default=10.0, help="seconds over which the sessions arrive")
    parser.add_argument("--kill-at", type=float, default=0.5, help="when to kill a replica, as a share of the run")
    args = parser.parse_args()
    if args.replicas < 2:
        parser.error("--replicas must be at least 2: one is killed and the others take its sessions")
    timeline = Timeline(load_dataset())
    with running_cluster(args.replicas) as cluster:
        for replica in cluster.replicas:  # straight to each replica: its first run loads the data
            asyncio.run(concurrent(replica.url, 1, 1, timeline))
        idle_mb = {replica.port: rss_mb(replica.process.pid) for replica in cluster.replicas}
        stats, run = asyncio.run(drive(cluster, args, timeline))
    lines = report(stats, run, idle_mb, args)
    print("\n".join(lines))
    write_results(lines, args)


if __name__ == "__main__":
    main()
