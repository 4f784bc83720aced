"""`make run`: prepare (database, content, model) and run Rasa, the action server and the
app in the foreground; restart a part that dies; stop everything on Ctrl-C or SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field

from pforte.paths import ROOT
from pforte.settings import SettingsError, get_settings
from pforte.training import CURRENT_MODEL, rasa_env, rasa_server_command

APP_PYTHON = sys.executable


@dataclass
class Part:
    name: str
    command: list[str]
    env: dict[str, str]
    process: subprocess.Popen[bytes] | None = None
    restarts: int = 0
    next_start: float = 0.0
    started_at: float = field(default=0.0)

    def start(self) -> None:
        print(f"[pforte] starting {self.name}", flush=True)
        self.process = subprocess.Popen(self.command, cwd=ROOT, env=self.env, start_new_session=True)
        self.started_at = time.monotonic()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)


def parts() -> list[Part]:
    settings = get_settings()
    rasa_port = settings.rasa_url.rsplit(":", 1)[-1].split("/")[0]
    env = dict(os.environ)
    actions_env = {**env, "SANIC_HOST": "127.0.0.1"}  # rasa_sdk listens on all interfaces otherwise
    renv = rasa_env()
    renv["PFORTE_ACTION_URL"] = f"http://127.0.0.1:{settings.action_port}/webhook"
    return [
        Part("rasa", [*rasa_server_command(model=CURRENT_MODEL, port=int(rasa_port)), "--quiet"], renv),
        Part(
            "actions",
            [APP_PYTHON, "-m", "rasa_sdk", "--actions", "actions", "--port", str(settings.action_port)],
            actions_env,
        ),
        Part("app", [APP_PYTHON, "-m", "pforte.cli", "serve"], env),
    ]


def prepare() -> None:
    from pforte.cli import main as cli

    for step in (["migrate"], ["content", "import", "--if-empty"], ["train"]):
        if cli(step) != 0:
            raise SystemExit(f"[pforte] `pforte {' '.join(step)}` failed")


def main() -> int:
    try:
        settings = get_settings()
    except SettingsError as error:
        print(error, file=sys.stderr)
        return 2
    prepare()
    running = parts()
    stopping = False

    def stop(signum: int, _frame: object) -> None:
        nonlocal stopping
        stopping = True

    signal.signal(signal.SIGINT, stop)
    signal.signal(signal.SIGTERM, stop)
    for part in running:
        part.start()
    print(f"[pforte] chat: http://{settings.http_host}:{settings.http_port}/chat  (Ctrl-C stops)", flush=True)
    while not stopping:
        time.sleep(0.5)
        now = time.monotonic()
        for part in running:
            code = part.process.poll() if part.process else None
            if code is None and part.process is not None:
                continue
            if part.next_start == 0.0:
                # Back off 1, 2, 4 ... 30 s; a part that ran for a minute starts the count anew.
                if part.process and now - part.started_at > 60:
                    part.restarts = 0
                delay = min(30.0, 2.0**part.restarts)
                print(f"[pforte] {part.name} stopped (exit {code}); restarting in {delay:.0f} s", flush=True)
                part.next_start = now + delay
                part.restarts += 1
            elif now >= part.next_start:
                part.next_start = 0.0
                part.start()
    print("[pforte] stopping", flush=True)
    for part in running:
        part.stop()
    deadline = time.monotonic() + 15
    for part in running:
        if part.process is None:
            continue
        try:
            part.process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            os.killpg(part.process.pid, signal.SIGKILL)
    return 0
