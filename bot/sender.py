"""Delivers the outbox to Telegram: retries with backoff, honours 429 ``retry_after`` (which
pauses all sending, as Telegram asks), a global rate limit, resumes after a restart, and marks
a message that finally fails instead of dropping it."""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
import time
from collections import deque

from sqlalchemy.orm import Session, sessionmaker
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter, TelegramError

from bot.split import split_message
from conversations.outbox import OutboxItem, backoff_seconds, claim, due_ids, mark_sent, retry_later
from pforte.db import unit_of_work

logger = logging.getLogger(__name__)
CHANNEL = "telegram"


def keyboard(buttons: list[dict[str, str]] | None) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    rows: list[list[InlineKeyboardButton]] = []
    previous = ""
    for b in buttons:
        if not b.get("payload"):
            continue
        button = InlineKeyboardButton(b["title"][:64], callback_data=b["payload"][:64])
        # "Helpful" and "not helpful" side by side; every other button on a row of its own.
        if rows and b["payload"].startswith("/not_helpful") and previous.startswith("/helpful"):
            rows[-1].append(button)
        else:
            rows.append([button])
        previous = b["payload"]
    return InlineKeyboardMarkup(rows) if rows else None


class OutboxSender:
    CONCURRENCY = 8  # chats served at once; one chat's messages always go out in order

    def __init__(self, *, bot: Bot, sessions: sessionmaker[Session], per_second: int = 28) -> None:
        self._bot = bot
        self._sessions = sessions
        self._per_second = per_second
        self._recent: deque[float] = deque()  # when the sends of the last second started
        self._paused_until = 0.0
        self._wake = asyncio.Event()
        self._rate = asyncio.Lock()
        self._task: asyncio.Task[None] | None = None

    def wake(self) -> None:
        self._wake.set()

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="outbox-sender")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass

    async def _run(self) -> None:
        while True:
            try:
                sent = await self.deliver_due()
            except Exception:
                logger.exception("outbox delivery round failed")
                sent = 0
            if sent == 0:
                self._wake.clear()
                try:
                    await asyncio.wait_for(self._wake.wait(), timeout=1.0)
                except asyncio.TimeoutError:
                    pass

    async def deliver_due(self) -> int:
        """One round: send everything that is due. Returns how many items it handled."""
        ids = await asyncio.to_thread(self._due)
        items = [item for item in await asyncio.to_thread(self._claim_all, ids) if item is not None]
        by_chat: dict[str, list[OutboxItem]] = {}
        for item in items:
            by_chat.setdefault(item.chat_ref, []).append(item)
        limit = asyncio.Semaphore(self.CONCURRENCY)

        async def deliver(chat_items: list[OutboxItem]) -> None:
            async with limit:
                for item in chat_items:  # in order within a chat
                    await self._send(item)

        await asyncio.gather(*(deliver(chat_items) for chat_items in by_chat.values()))
        return len(items)

    def _due(self) -> list[int]:
        with self._sessions() as session:
            return due_ids(session, channel=CHANNEL)

    def _claim_all(self, ids: list[int]) -> list[OutboxItem | None]:
        claimed: list[OutboxItem | None] = []
        with unit_of_work(self._sessions) as session:
            for item_id in ids:
                item = claim(session, item_id=item_id)
                if item is not None:
                    session.expunge(item)
                claimed.append(item)
        return claimed

    def _sent(self, item_id: int) -> None:
        with unit_of_work(self._sessions) as session:
            mark_sent(session, item_id=item_id)

    async def _throttle(self) -> None:
        """The global rate limit: at most ``per_second`` sends in any one-second window (Telegram
        allows about 30 per second), and none while a 429 pause lasts. Within the limit a send
        goes at once: spacing every send evenly would add up to a second of waiting in bursts."""
        async with self._rate:
            while True:
                now = time.monotonic()
                while self._recent and self._recent[0] <= now - 1.0:
                    self._recent.popleft()
                wait = self._paused_until - now
                if len(self._recent) >= self._per_second:
                    wait = max(wait, self._recent[0] + 1.0 - now)
                if wait <= 0:
                    break
                await asyncio.sleep(wait)
            self._recent.append(time.monotonic())

    async def _send(self, item: OutboxItem) -> None:
        parts = split_message(item.text) or [" "]
        try:
            for index, part in enumerate(parts):
                await self._throttle()
                # Plain text, no parse mode: nothing to escape, nothing a text can break.
                await self._bot.send_message(
                    chat_id=int(item.chat_ref),
                    text=part,
                    reply_markup=keyboard(item.buttons) if index == len(parts) - 1 else None,
                )
        except RetryAfter as error:
            seconds = error.retry_after
            delay = seconds.total_seconds() if isinstance(seconds, dt.timedelta) else float(seconds)
            self._paused_until = time.monotonic() + delay
            await self._finish(item, retry=delay, error=f"429 retry after {delay:.0f} s")
            return
        except (BadRequest, Forbidden) as error:  # the chat is gone or blocked us: no retry helps
            await self._finish(item, retry=0, error=f"{type(error).__name__}: {error}", final=True)
            return
        except TelegramError as error:  # 5xx, network, timeouts: back off and try again
            await self._finish(
                item, retry=backoff_seconds(item.attempts), error=f"{type(error).__name__}: {error}"
            )
            return
        await asyncio.to_thread(self._sent, item.id)

    async def _finish(self, item: OutboxItem, *, retry: float, error: str, final: bool = False) -> None:
        logger.warning("outbox item %s not delivered (attempt %s): %s", item.id, item.attempts, error)
        attempts = 10**6 if final else item.attempts

        def later() -> None:
            with unit_of_work(self._sessions) as session:
                retry_later(session, item_id=item.id, seconds=retry, error=error, attempts=attempts)

        await asyncio.to_thread(later)
