"""A fake Telegram Bot API server on loopback, speaking the Bot API's JSON
(https://core.telegram.org/bots/api): records every call, queues updates for getUpdates,
and can answer the next calls of a method with 429 (retry_after) or 500."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs

import uvicorn
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

BOT_USER = {
    "id": 4242,
    "is_bot": True,
    "first_name": "Pforte",
    "username": "pforte_test_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    at: float
    status: int


@dataclass
class FakeBotAPI:
    token: str = "123456:TEST-token"
    calls: list[Call] = field(default_factory=list)
    updates: list[dict[str, Any]] = field(default_factory=list)
    failures: dict[str, list[tuple[int, int]]] = field(
        default_factory=dict
    )  # method -> [(status, retry_after)]
    port: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _next_message_id: int = 1

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    def fail_next(self, method: str, *, status: int, times: int = 1, retry_after: int = 1) -> None:
        with self._lock:
            self.failures.setdefault(method, []).extend([(status, retry_after)] * times)

    def sent(self, chat_id: int | None = None) -> list[dict[str, Any]]:
        """Messages the bot delivered (sendMessage calls answered with 200)."""
        with self._lock:
            return [
                c.params
                for c in self.calls
                if c.method == "sendMessage"
                and c.status == 200
                and (chat_id is None or int(c.params["chat_id"]) == chat_id)
            ]

    def called(self, method: str) -> list[Call]:
        with self._lock:
            return [c for c in self.calls if c.method == method]

    async def handle(self, request: Request) -> JSONResponse:
        token, method = request.path_params["token"], request.path_params["method"]
        raw = await request.body()
        params: dict[str, Any]
        if request.headers.get("content-type", "").startswith("application/json"):
            params = json.loads(raw or b"{}")
        else:
            params = {k: v[0] for k, v in parse_qs(raw.decode()).items()}
        for key in ("reply_markup", "commands", "allowed_updates"):
            if isinstance(params.get(key), str):
                params[key] = json.loads(params[key])
        if token != self.token:
            return JSONResponse(
                {"ok": False, "error_code": 401, "description": "Unauthorized"}, status_code=401
            )
        with self._lock:
            planned = self.failures.get(method) or []
            failure = planned.pop(0) if planned else None
        if failure:
            status, retry_after = failure
            self._record(method, params, status)
            body: dict[str, Any] = {"ok": False, "error_code": status, "description": "Internal Server Error"}
            if status == 429:
                body = {
                    "ok": False,
                    "error_code": 429,
                    "description": f"Too Many Requests: retry after {retry_after}",
                    "parameters": {"retry_after": retry_after},
                }
            return JSONResponse(body, status_code=status)
        if method == "getUpdates":
            deadline = time.monotonic() + min(float(params.get("timeout", 0) or 0), 1.0)
            offset = int(params.get("offset") or 0)
            while True:
                with self._lock:
                    ready = [u for u in self.updates if u["update_id"] >= offset]
                if ready or time.monotonic() >= deadline:
                    break
                await asyncio.sleep(0.05)
            self._record(method, params, 200)
            return JSONResponse({"ok": True, "result": ready})
        self._record(method, params, 200)
        return JSONResponse({"ok": True, "result": self._result(method, params)})

    def _record(self, method: str, params: dict[str, Any], status: int) -> None:
        with self._lock:
            self.calls.append(Call(method, params, time.monotonic(), status))

    def _result(self, method: str, params: dict[str, Any]) -> Any:
        if method == "getMe":
            return BOT_USER
        if method == "sendMessage":
            with self._lock:
                message_id = self._next_message_id
                self._next_message_id += 1
            chat_id = int(params["chat_id"])
            return {
                "message_id": message_id,
                "date": int(time.time()),
                "text": params.get("text", ""),
                "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
                "from": BOT_USER,
            }
        return True  # setWebhook, deleteWebhook, setMyCommands, answerCallbackQuery, leaveChat, ...

    def app(self) -> Starlette:
        return Starlette(routes=[Route("/bot{token}/{method}", self.handle, methods=["GET", "POST"])])


class FakeBotAPIServer:
    """Runs a FakeBotAPI in a thread of its own."""

    def __init__(self, fake: FakeBotAPI, port: int) -> None:
        fake.port = port
        self.fake = fake
        self.server = uvicorn.Server(
            uvicorn.Config(fake.app(), host="127.0.0.1", port=port, log_level="warning")
        )
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> FakeBotAPI:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline:
                raise TimeoutError("fake Bot API did not start")
            time.sleep(0.02)
        return self.fake

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=5)


_update_id = 1000


def text_update(
    chat_id: int, text: str, *, language_code: str = "de", edited: bool = False, chat_type: str = "private"
) -> dict[str, Any]:
    global _update_id
    _update_id += 1
    user = {"id": chat_id, "is_bot": False, "first_name": "Test", "language_code": language_code}
    message: dict[str, Any] = {
        "message_id": _update_id,
        "date": int(time.time()),
        "from": user,
        "chat": {"id": chat_id, "type": chat_type, "first_name": "Test"},
        "text": text,
    }
    if text.startswith("/"):
        message["entities"] = [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}]
    if edited:
        message["edit_date"] = int(time.time())
    return {"update_id": _update_id, "edited_message" if edited else "message": message}


def media_update(chat_id: int, kind: str) -> dict[str, Any]:
    update = text_update(chat_id, "x")
    message = update["message"]
    del message["text"]
    if kind == "voice":
        message["voice"] = {"file_id": "f", "file_unique_id": "u", "duration": 3}
    elif kind == "sticker":
        message["sticker"] = {
            "file_id": "f",
            "file_unique_id": "u",
            "type": "regular",
            "width": 1,
            "height": 1,
            "is_animated": False,
            "is_video": False,
        }
    elif kind == "location":
        message["location"] = {"latitude": 52.5, "longitude": 13.4}
    return update


def callback_update(chat_id: int, data: str, *, language_code: str = "de") -> dict[str, Any]:
    global _update_id
    _update_id += 1
    user = {"id": chat_id, "is_bot": False, "first_name": "Test", "language_code": language_code}
    return {
        "update_id": _update_id,
        "callback_query": {
            "id": str(_update_id),
            "from": user,
            "chat_instance": "ci",
            "data": data,
            "message": {
                "message_id": 1,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "text": "…",
            },
        },
    }
