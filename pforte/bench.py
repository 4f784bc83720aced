"""`make bench`: training time, model load time, parse latency (p50/p95), batch
classification time and peak memory, on this machine. Figures go to docs/benchmarks.md.

    .venv/bin/python -m pforte.bench
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

import httpx

from pforte.classify import parse_batch
from pforte.evaluation import load_heldout
from pforte.migrate import database_with_content
from pforte.paths import RASA_PYTHON, ROOT
from pforte.reports import write_section
from pforte.training import rasa_env, train


def _vm_hwm_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def free_port() -> int:
    """A free TCP port on loopback."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _model_swap(client: httpx.Client, model: Path, texts: list[str]) -> dict[str, float]:
    """Load a model into the running server while messages keep coming: how long the swap takes,
    whether any request fails, the slowest answer meanwhile."""
    import threading

    done = threading.Event()
    took: list[float] = []

    def swap() -> None:
        t0 = time.monotonic()
        with httpx.Client(base_url=str(client.base_url), timeout=120) as other:
            other.put("/model", json={"model_file": str(model)}).raise_for_status()
        took.append(time.monotonic() - t0)
        done.set()

    thread = threading.Thread(target=swap)
    thread.start()
    slowest, failed, requests, index = 0.0, 0, 0, 0
    while not done.is_set():
        t0 = time.perf_counter()
        try:
            client.post(
                "/model/parse", json={"text": texts[index % len(texts)]}, timeout=30
            ).raise_for_status()
        except httpx.HTTPError:
            failed += 1
        slowest = max(slowest, (time.perf_counter() - t0) * 1000)
        requests, index = requests + 1, index + 1
        time.sleep(0.05)
    thread.join()
    return {"seconds": took[0], "failed": failed, "slowest_ms": slowest, "requests": requests}


def main() -> None:
    work = Path(tempfile.mkdtemp(prefix="pforte-bench-"))
    # Rasa caches what its components trained, by their inputs: with the shared cache a training
    # of content trained before (by the tests, say) takes seconds. Measure a real training.
    os.environ["RASA_CACHE_DIRECTORY"] = str(work / "rasa-cache")
    _engine, sessions = database_with_content(f"sqlite:///{work / 'content.db'}")
    with sessions() as session:
        model = train(
            session, out_dir=work / "models", workspace=work / "build", force=True, make_current=False
        )
    train_peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

    texts = [t for h in load_heldout() for _, t in h.examples]
    thousand = (texts * (1000 // len(texts) + 1))[:1000]
    started = time.monotonic()
    parse_batch(thousand, model=model.path)
    classify_seconds = time.monotonic() - started

    port = free_port()
    started = time.monotonic()
    rasa = subprocess.Popen(
        [str(RASA_PYTHON), "-m", "rasa", "run", "--enable-api", "-i", "127.0.0.1", "-p", str(port),
         "--model", str(model.path)],
        cwd=ROOT, env=rasa_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=10) as client:
            while True:
                try:
                    if client.get("/status").json().get("model_file"):
                        break
                except (httpx.HTTPError, ValueError):
                    pass
                if time.monotonic() - started > 300:
                    raise TimeoutError("Rasa did not load the model in 5 minutes")
                time.sleep(0.2)
            load_seconds = time.monotonic() - started
            for text in texts[:50]:  # warm-up
                client.post("/model/parse", json={"text": text})
            latencies = []
            for text in texts:
                t0 = time.perf_counter()
                client.post("/model/parse", json={"text": text}).raise_for_status()
                latencies.append((time.perf_counter() - t0) * 1000)
            swap = _model_swap(client, model.path, texts)
        server_peak = _vm_hwm_mb(rasa.pid)
    finally:
        rasa.terminate()
        rasa.wait(timeout=30)

    text = "\n".join(
        [
            "## Speed and memory (`make bench`)",
            "",
            f"Measured {dt.date.today().isoformat()} on this 2-core machine by `make bench` "
            "(`.venv/bin/python -m pforte.bench`).",
            "",
            "| what | figure | target |",
            "| --- | --- | --- |",
            f"| full training (NLU and dialogue policies), nothing cached | {model.seconds:.1f} s | ≤ 5 min |",
            f"| peak memory of training | {train_peak:.0f} MB | |",
            f"| model load (Rasa server start until the model answers) | {load_seconds:.1f} s | |",
            f"| parse latency over HTTP, {len(latencies)} held-out messages | p50 {statistics.median(latencies):.1f} ms, p95 {percentile(latencies, 0.95):.1f} ms | p95 ≤ 50 ms |",
            f"| peak memory of the Rasa server | {server_peak:.0f} MB | |",
            f"| `pforte classify`, 1,000 messages (model load included) | {classify_seconds:.1f} s | < 60 s |",
            f"| new model into the running server (`PUT /model`, as the editors' training does) | {swap['seconds']:.1f} s; "
            f"{swap['requests']} parses meanwhile, {swap['failed']} failed, slowest {swap['slowest_ms']:.0f} ms | no failed request |",
        ]
    )
    write_section("bench", text)
    print(text)


if __name__ == "__main__":
    main()
