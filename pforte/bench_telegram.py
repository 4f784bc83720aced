"""`make bench` (Telegram part): realistic traffic through the webhook to a fake Bot API.

A mix of the three languages (held-out messages), new and returning people (each person
writes three times, ten seconds apart), 20 updates per second. Measures, per update, the time
from sending it to the webhook until the fake Bot API receives the reply (sendMessage);
throughput; lost and duplicated replies; the app's memory. Rasa, the action server and the app
run as real processes on loopback, on a fresh SQLite database.
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

from pforte.bench import _vm_hwm_mb, free_port, percentile
from pforte.db import make_engine, make_sessionmaker
from pforte.evaluation import load_heldout
from pforte.migrate import database_with_content
from pforte.paths import ROOT
from pforte.training import rasa_env, rasa_server_command, train
from tests.fakes.telegram import FakeBotAPI, FakeBotAPIServer, text_update

RATE = 20.0
PEOPLE = 200
MESSAGES_EACH = 3
SECRET = "bench-secret-0123456789abcdef"


def _wait(url: str, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(url, timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.3)
    raise TimeoutError(url)


async def _traffic(app_url: str, fake: FakeBotAPI) -> dict[str, float]:
    texts = [(h.language, t) for h in load_heldout() for _, t in h.examples]
    language_code = {"de": "de", "ru": "ru", "he": "he"}
    base_chat = 7_000_000
    plan = []  # (at_seconds, chat, text, language)
    for person in range(PEOPLE):
        for k in range(MESSAGES_EACH):
            language, text = texts[(person * MESSAGES_EACH + k) % len(texts)]
            plan.append((person / RATE + k * 10.0, base_chat + person, text, language))
    plan.sort()
    sent_at: dict[int, list[float]] = defaultdict(list)
    started = time.monotonic()
    async with httpx.AsyncClient(base_url=app_url, timeout=30) as client:

        async def send(chat: int, text: str, language: str) -> None:
            update = text_update(chat, text, language_code=language_code[language])
            sent_at[chat].append(time.monotonic())
            response = await client.post(
                "/telegram/webhook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
            )
            response.raise_for_status()

        tasks = []
        for at, chat, text, language in plan:
            delay = started + at - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(send(chat, text, language)))
        await asyncio.gather(*tasks)
    # Drain: wait until deliveries have stopped growing for 5 s (at most 3 minutes); one message
    # may get several replies, so the count of messages is no end condition.
    deadline, last, quiet_since = time.monotonic() + 180, -1, time.monotonic()
    while time.monotonic() < deadline and time.monotonic() - quiet_since < 5:
        count = len(fake.sent())
        if count != last:
            last, quiet_since = count, time.monotonic()
        await asyncio.sleep(0.2)
    elapsed = quiet_since - started  # until the last delivery
    replies: dict[int, list[float]] = defaultdict(list)
    for call in fake.called("sendMessage"):
        if call.status == 200:
            replies[int(call.params["chat_id"])].append(call.at)
    # Latency: from sending an update to the first reply to that chat after it (and before the
    # person's next message). One message may get several replies (e.g. "queued" and the place
    # in the queue); lost and duplicated are counted against the store, not guessed here.
    latencies, unanswered = [], 0
    for chat, sends in sent_at.items():
        got = sorted(replies.get(chat, []))
        sends = sorted(sends)
        for index, sent in enumerate(sends):
            until = sends[index + 1] if index + 1 < len(sends) else float("inf")
            first = next((r for r in got if sent <= r < until), None)
            if first is None:
                unanswered += 1
            else:
                latencies.append((first - sent) * 1000)
    return {
        "updates": len(plan),
        "p50": statistics.median(latencies),
        "p95": percentile(latencies, 0.95),
        "unanswered": unanswered,
        "delivered_calls": len(fake.sent()),
        "throughput": len(fake.sent()) / elapsed,
    }


def _store_counts(url: str, result: dict[str, float]) -> dict[str, float]:
    """Lost: a person's message without a stored reply, or a reply not delivered.
    Duplicated: more sendMessage calls than outbox rows (a reply delivered twice)."""
    from sqlalchemy import func, select

    from conversations.models import Message
    from conversations.outbox import OutboxItem

    engine = make_engine(url)
    with make_sessionmaker(engine)() as session:
        inbound = session.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)).all()
        rows = session.scalar(select(func.count()).select_from(OutboxItem)) or 0
        not_sent = (
            session.scalar(select(func.count()).select_from(OutboxItem).where(OutboxItem.status != "sent"))
            or 0
        )
        without_reply = 0
        for message in inbound:
            later = session.scalar(
                select(func.count())
                .select_from(Message)
                .where(
                    Message.conversation_id == message.conversation_id,
                    Message.direction == "out",
                    Message.id > message.id,
                )
            )
            without_reply += 0 if later else 1
    engine.dispose()
    return {
        "lost": float(not_sent + without_reply),
        "duplicated": float(max(0, result["delivered_calls"] - rows)),
    }


def main() -> dict[str, float]:
    work = Path(tempfile.mkdtemp(prefix="pforte-bench-tg-"))
    url = f"sqlite:///{work / 'pforte.db'}"
    engine, sessions = database_with_content(url)
    # The model of the shipped content: the one `make train` made when the content is unchanged,
    # else trained here (not whatever var/models/current.tar.gz happens to hold).
    with sessions() as session:
        model = train(session, workspace=work / "build", make_current=False).path
    engine.dispose()
    rasa_port, action_port, app_port = free_port(), free_port(), free_port()
    fake = FakeBotAPI()
    processes: list[subprocess.Popen[bytes]] = []
    with FakeBotAPIServer(fake, free_port()):
        env = {
            **os.environ,
            "PFORTE_DATABASE_URL": url,
            "PFORTE_PSEUDONYM_KEY": "bench-key-" + "x" * 40,
            "PFORTE_RASA_URL": f"http://127.0.0.1:{rasa_port}",
            "PFORTE_HTTP_PORT": str(app_port),
            "PFORTE_TELEGRAM_TOKEN": fake.token,
            "PFORTE_TELEGRAM_API_URL": fake.base_url,
            "PFORTE_PUBLIC_URL": "https://pforte.example.org",
            "PFORTE_WEBHOOK_SECRET": SECRET,
            "PFORTE_LOG_LEVEL": "WARNING",
            "SANIC_HOST": "127.0.0.1",
        }
        renv = {**rasa_env(), "PFORTE_ACTION_URL": f"http://127.0.0.1:{action_port}/webhook"}

        def spawn(command: list[str], environment: dict[str, str]) -> subprocess.Popen[bytes]:
            process = subprocess.Popen(
                command, env=environment, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            processes.append(process)
            return process

        try:
            spawn(rasa_server_command(model=model, port=rasa_port), renv)
            spawn([sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)], env)
            _wait(f"http://127.0.0.1:{rasa_port}/status", 180)
            _wait(f"http://127.0.0.1:{action_port}/health", 60)
            app = spawn([sys.executable, "-m", "pforte.cli", "serve"], env)
            _wait(f"http://127.0.0.1:{app_port}/healthz", 60)
            result = asyncio.run(_traffic(f"http://127.0.0.1:{app_port}", fake))
            result.update(_store_counts(url, result))
            result["app_mb"] = _vm_hwm_mb(app.pid)
            result["actions_mb"] = _vm_hwm_mb(processes[1].pid)
            result["rasa_mb"] = _vm_hwm_mb(processes[0].pid)
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    process.kill()
    return result


def markdown(result: dict[str, float]) -> str:
    return "\n".join(
        [
            "## Telegram webhook to reply (`make bench`)",
            "",
            f"{result['updates']:.0f} updates at {RATE:.0f} per second ({PEOPLE} people, each writing {MESSAGES_EACH} times "
            "10 s apart; held-out messages in German, Russian and Hebrew) through `POST /telegram/webhook` of the real app "
            "(uvicorn), real Rasa and action server, SQLite, to a fake Bot API on loopback "
            "(`.venv/bin/python -m pforte.bench_telegram`).",
            "",
            "| what | figure | target |",
            "| --- | --- | --- |",
            f"| webhook receipt to `sendMessage`, p50 / p95 | {result['p50']:.0f} ms / {result['p95']:.0f} ms | p95 ≤ 250 ms |",
            f"| replies delivered per second (whole run incl. tail) | {result['throughput']:.1f} | |",
            f"| lost (undelivered or unanswered in the store) / duplicated deliveries | {result['lost']:.0f} / {result['duplicated']:.0f} | 0 / 0 |",
            f"| updates without a reply before the person's next message (bench view) | {result['unanswered']:.0f} | |",
            f"| peak memory: app / action server / Rasa | {result['app_mb']:.0f} / {result['actions_mb']:.0f} / {result['rasa_mb']:.0f} MB | |",
        ]
    )


if __name__ == "__main__":
    from pforte.reports import write_section

    text = markdown(main())
    write_section("bench-telegram", text)
    print(text)
