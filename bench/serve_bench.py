"""Speed of the editor's desk over real HTTP: latency of POST /api/check for one draft, and
requests per second with N concurrent clients. Starts `factcheck serve` in its own process
(so the clients' threads do not share its interpreter) on a free port, and stops it after.

    python bench/serve_bench.py --against examples/ --draft DRAFT.md [--clients 8] [--seconds 20]
    python bench/serve_bench.py --against a10k.db  --draft DRAFT.md

Prints one Markdown table row per measurement, with the load average when it was taken."""

from __future__ import annotations

import argparse
import json
import os
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.request


def post(url: str, body: bytes) -> float:
    request = urllib.request.Request(url + "api/check", data=body, method="POST",
                                     headers={"Content-Type": "application/json"})
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=120) as response:
        json.loads(response.read())
        assert response.status == 200
    return time.perf_counter() - started


def latency(url: str, body: bytes, repeat: int) -> list[float]:
    for _ in range(2):
        post(url, body)  # warm: first-use imports and caches
    return [post(url, body) for _ in range(repeat)]


def throughput(url: str, body: bytes, clients: int, seconds: float) -> tuple[int, list[float], float]:
    times: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.perf_counter() + seconds

    def client() -> None:
        nonlocal errors
        while time.perf_counter() < deadline:
            try:
                t = post(url, body)
                with lock:
                    times.append(t)
            except Exception:  # noqa: BLE001 - counted, the run goes on
                with lock:
                    errors += 1

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return errors, times, time.perf_counter() - started


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--against", nargs="+", required=True)
    p.add_argument("--draft", required=True)
    p.add_argument("--clients", type=int, default=8)
    p.add_argument("--seconds", type=float, default=20)
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--workers", type=int, default=2)
    p.add_argument("--threads", action="store_true", help="workers as threads (default: processes)")
    args = p.parse_args()

    text = open(args.draft, encoding="utf-8").read()
    body = json.dumps({"text": text, "name": os.path.basename(args.draft)}).encode()
    proc = subprocess.Popen([sys.executable, "-m", "factcheck", "serve", "--against", *args.against, "--port", "0",
                             "--workers", str(args.workers), "--timeout", "300", *(["--threads"] if args.threads else [])],
                            stderr=subprocess.PIPE, text=True, env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        started = time.perf_counter()
        line = proc.stderr.readline()
        if not line.startswith("factcheck serve: http"):
            print(line + proc.stderr.read(), file=sys.stderr)
            return 2
        url = line.split()[2]
        print(f"server up in {time.perf_counter() - started:.1f} s (sources loaded): {url}", file=sys.stderr)
        words = len(text.split())
        single = latency(url, body, args.repeat)
        load = os.getloadavg()[0]
        print(f"| {' '.join(args.against)} | {words} words | 1 client | median {statistics.median(single) * 1000:.0f} ms, "
              f"p90 {sorted(single)[int(0.9 * len(single)) - 1] * 1000:.0f} ms, best {min(single) * 1000:.0f} ms "
              f"({len(single)} requests) | {1 / statistics.median(single):.1f} | {load:.1f} |")
        errors, times, elapsed = throughput(url, body, args.clients, args.seconds)
        load = os.getloadavg()[0]
        print(f"| {' '.join(args.against)} | {words} words | {args.clients} clients, {args.workers} "
              f"{'threads' if args.threads else 'processes'} | "
              f"median {statistics.median(times) * 1000:.0f} ms, p90 {sorted(times)[int(0.9 * len(times)) - 1] * 1000:.0f} ms"
              f" ({len(times)} requests, {errors} errors) | {len(times) / elapsed:.1f} | {load:.1f} |")
    finally:
        proc.send_signal(signal.SIGINT)
        proc.wait(30)
    return 0


if __name__ == "__main__":
    sys.exit(main())
