"""The sender's global rate limit: bursts go out at once up to the limit, never more than the
limit in any one-second window, and nothing while a 429 pause lasts."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import pytest

from bot.sender import OutboxSender


async def test_at_most_the_limit_in_any_second_and_a_burst_below_it_is_not_delayed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    sender = OutboxSender(bot=Any, sessions=Any, per_second=5)  # type: ignore[arg-type]
    waits: list[float] = []
    real_sleep = asyncio.sleep

    async def sleep(seconds: float) -> None:
        waits.append(seconds)
        await real_sleep(seconds)

    monkeypatch.setattr("bot.sender.asyncio.sleep", sleep)
    started = time.monotonic()
    at = []
    for index in range(12):
        await sender._throttle()
        at.append(time.monotonic() - started)
        if index == 4:
            assert waits == []  # the first five went at once
    for i in range(len(at) - 5):
        assert at[i + 5] - at[i] >= 0.99  # any six sends span at least a second


async def test_a_429_pause_holds_every_send() -> None:
    sender = OutboxSender(bot=Any, sessions=Any, per_second=5)  # type: ignore[arg-type]
    sender._paused_until = time.monotonic() + 0.5
    started = time.monotonic()
    await sender._throttle()
    assert time.monotonic() - started >= 0.49
