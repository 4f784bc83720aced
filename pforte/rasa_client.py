"""Talking to Rasa through the Pforte REST channel."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import httpx


class BotUnavailable(RuntimeError):
    """Rasa or the action server did not answer in time, or answered with an error."""


@dataclass
class BotTurn:
    texts: list[tuple[str, list[dict[str, str]]]] = field(default_factory=list)  # (text, buttons)
    facts: dict[str, Any] = field(default_factory=dict)  # what the actions reported


class RasaClient:
    def __init__(self, base_url: str, *, timeout: float) -> None:
        self._client = httpx.AsyncClient(base_url=base_url, timeout=timeout)

    async def close(self) -> None:
        await self._client.aclose()

    async def send(self, *, sender: str, text: str, language: str) -> BotTurn:
        try:
            response = await self._client.post(
                "/webhooks/pforte/webhook",
                json={"sender": sender, "message": text, "metadata": {"language": language}},
            )
            response.raise_for_status()
            items = response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise BotUnavailable(str(error) or type(error).__name__) from error
        turn = BotTurn()
        for item in items if isinstance(items, list) else []:
            custom = item.get("custom")
            if isinstance(custom, dict) and isinstance(custom.get("pforte"), dict):
                turn.facts.update(custom["pforte"])
            text = item.get("text")
            if isinstance(text, str) and text.strip():
                buttons = [
                    {"title": str(b.get("title", "")), "payload": str(b.get("payload", ""))}
                    for b in item.get("buttons") or []
                    if isinstance(b, dict)
                ]
                turn.texts.append((text, buttons))
        if not turn.texts and not turn.facts:
            raise BotUnavailable("the bot sent no reply")
        return turn

    async def parse(self, *, text: str) -> dict[str, Any]:
        """The model's reading of a text (intent, ranking), without a conversation."""
        try:
            response = await self._client.post("/model/parse", json={"text": text})
            response.raise_for_status()
            data = response.json()
        except (httpx.HTTPError, ValueError) as error:
            raise BotUnavailable(str(error) or type(error).__name__) from error
        return data if isinstance(data, dict) else {}

    async def forget(self, *, sender: str) -> None:
        """Replace a conversation's tracker with nothing (on a person's request to be erased)."""
        try:
            await self._client.put(f"/conversations/{sender}/tracker/events", json=[])
        except httpx.HTTPError:
            pass  # Rasa keeps trackers in memory only; a restart forgets them as well

    async def status(self) -> dict[str, Any] | None:
        try:
            response = await self._client.get("/status", timeout=2.0)
            if response.status_code != 200:
                return None
            data = response.json()
            return data if isinstance(data, dict) else None
        except (httpx.HTTPError, ValueError):
            return None
