"""`make bench` (console part): time from a help-seeker's message at the Telegram webhook to its
appearance in an open console, with 50 counsellor sessions connected (server-sent events) and 200
conversations waiting. The app runs as a real process (uvicorn) on SQLite; the conversation being
measured is held by a counsellor, so the message goes to the console, not to the bot.

    .venv/bin/python -m pforte.bench_console
"""

from __future__ import annotations

import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

from conversations.models import Direction, Sender
from conversations.pseudonym import pseudonym
from conversations.repository import add_message, get_or_create_contact, open_conversation, queue
from handoff.accounts import add_user
from handoff.models import Role
from pforte.bench import _vm_hwm_mb, free_port, percentile
from pforte.bench_telegram import _wait
from pforte.db import unit_of_work
from pforte.migrate import database_with_content
from pforte.paths import ROOT
from tests.fakes.telegram import FakeBotAPI, FakeBotAPIServer, text_update

SESSIONS, WAITING, TRIALS = 50, 200, 60
KEY = "bench-key-" + "x" * 40
SECRET = "bench-secret-0123456789abcdef"
PASSWORD = "bench password 123"


def prepare(url: str) -> list[int]:
    engine, sessions = database_with_content(url)
    chats = []
    with unit_of_work(sessions) as session:
        for n in range(SESSIONS):
            add_user(
                session,
                username=f"c{n}",
                password=PASSWORD,
                role=Role.COUNSELLOR,
                languages=["de", "ru", "he"],
            )
        for n in range(WAITING):
            chat = 8_000_000 + n
            contact = get_or_create_contact(
                session,
                pseudonym=pseudonym(key=KEY, channel="telegram", user_id=str(chat)),
                channel="telegram",
                chat_ref=str(chat),
            )
            conversation = open_conversation(session, contact=contact)
            add_message(
                session,
                conversation=conversation,
                direction=Direction.IN,
                sender=Sender.PERSON,
                text="Ich möchte mit einem Menschen sprechen",
            )
            queue(session, conversation=conversation, reason="human_request")
            conversation.language = "de"
            chats.append(chat)
    engine.dispose()
    return chats


async def measure(base: str) -> tuple[list[float], int]:
    clients = [httpx.AsyncClient(base_url=base, timeout=30) for _ in range(SESSIONS)]
    csrf = []
    for n, client in enumerate(clients):
        response = await client.post("/api/login", json={"username": f"c{n}", "password": PASSWORD})
        response.raise_for_status()
        csrf.append({"X-CSRF-Token": response.json()["csrf_token"]})
    events: list[asyncio.Queue[float]] = [asyncio.Queue() for _ in clients]
    reconnects = [0] * SESSIONS

    async def listen(index: int) -> None:
        # As the console does (console.js): on a dropped stream, connect again after 3 s. A
        # connection kept alive since the login may be closed by the server just as the stream
        # is asked for on it ("Server disconnected without sending a response").
        while True:
            try:
                async with clients[index].stream("GET", "/api/events", timeout=None) as stream:
                    async for line in stream.aiter_lines():
                        if line.startswith("event: change"):
                            events[index].put_nowait(time.monotonic())
            except httpx.TransportError:
                reconnects[index] += 1
                await asyncio.sleep(3)

    listeners = [asyncio.create_task(listen(i)) for i in range(SESSIONS)]
    await asyncio.sleep(2)
    waiting = (await clients[0].get("/api/queue")).json()
    latencies = []
    async with httpx.AsyncClient(base_url=base, timeout=30) as webhook:
        for trial in range(TRIALS):
            index = trial % SESSIONS
            client = clients[index]
            conversation = waiting[trial]["id"]
            (
                await client.post(f"/api/conversations/{conversation}/claim", headers=csrf[index])
            ).raise_for_status()
            await asyncio.sleep(0.6)
            while not events[index].empty():
                events[index].get_nowait()
            chat = 8_000_000 + conversation - waiting[0]["id"]
            text = f"Sind Sie noch da? {trial}"
            started = time.monotonic()
            (
                await webhook.post(
                    "/telegram/webhook",
                    json=text_update(chat, text),
                    headers={"X-Telegram-Bot-Api-Secret-Token": SECRET},
                )
            ).raise_for_status()
            # The console: woken by the event, then it fetches the transcript.
            while True:
                await asyncio.wait_for(events[index].get(), timeout=10)
                messages = (await client.get(f"/api/conversations/{conversation}/messages")).json()[
                    "messages"
                ]
                if any(m["text"] == text for m in messages):
                    latencies.append((time.monotonic() - started) * 1000)
                    break
    for task in listeners:
        task.cancel()
    for client in clients:
        await client.aclose()
    return latencies, sum(reconnects)


def main() -> str:
    work = Path(tempfile.mkdtemp(prefix="pforte-bench-console-"))
    url = f"sqlite:///{work / 'pforte.db'}"
    prepare(url)
    fake = FakeBotAPI()
    port = free_port()
    with FakeBotAPIServer(fake, free_port()):
        env = {
            **os.environ,
            "PFORTE_DATABASE_URL": url,
            "PFORTE_PSEUDONYM_KEY": KEY,
            "PFORTE_HTTP_PORT": str(port),
            "PFORTE_TELEGRAM_TOKEN": fake.token,
            "PFORTE_TELEGRAM_API_URL": fake.base_url,
            "PFORTE_PUBLIC_URL": "https://pforte.example.org",
            "PFORTE_WEBHOOK_SECRET": SECRET,
            "PFORTE_RASA_URL": f"http://127.0.0.1:{free_port()}",
            "PFORTE_LOG_LEVEL": "WARNING",
        }
        app = subprocess.Popen(
            [sys.executable, "-m", "pforte.cli", "serve"],
            env=env,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            _wait(f"http://127.0.0.1:{port}/openapi.json", 60)
            latencies, reconnects = asyncio.run(measure(f"http://127.0.0.1:{port}"))
            memory = _vm_hwm_mb(app.pid)
        finally:
            app.terminate()
            app.wait(timeout=20)
    return "\n".join(
        [
            "## Message to console (`make bench`)",
            "",
            f"{SESSIONS} counsellor sessions connected to the console's event stream, {WAITING} conversations waiting; "
            f"{len(latencies)} times a help-seeker writes (Telegram webhook) into a conversation a counsellor holds; measured "
            "until the message is in that counsellor's transcript (event received, transcript fetched). Real app process, "
            "SQLite (`.venv/bin/python -m pforte.bench_console`). A dropped event stream is connected again after 3 s, "
            f"as the console does: {reconnects} times in this run.",
            "",
            "| what | figure | target |",
            "| --- | --- | --- |",
            f"| webhook to open console, p50 / p95 | {statistics.median(latencies):.0f} ms / {percentile(latencies, 0.95):.0f} ms | p95 ≤ 500 ms |",
            f"| peak memory of the app | {memory:.0f} MB | |",
        ]
    )


if __name__ == "__main__":
    from pforte.reports import write_section

    text = main()
    write_section("bench-console", text)
    print(text)
