"""Live updates for the console (server-sent events). One watcher per process looks at the
shared database twice a second (so it works across replicas) and wakes every open console
when the queue or any conversation changed; the consoles then fetch what they show."""

from __future__ import annotations

import asyncio
import contextlib
import logging

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from conversations.models import Conversation, Message

logger = logging.getLogger(__name__)


class ChangeWatcher:
    def __init__(self, sessions: sessionmaker[Session], interval: float = 0.25) -> None:
        self._sessions = sessions
        self._interval = interval
        self.version = 0
        self._changed = asyncio.Condition()
        self._task: asyncio.Task[None] | None = None
        self._last: tuple[object, ...] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run(), name="console-change-watcher")

    async def stop(self) -> None:
        if self._task:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def _fingerprint(self) -> tuple[object, ...]:
        with self._sessions() as session:
            messages = session.scalar(select(func.max(Message.id)))
            conversations = session.execute(
                select(func.count(), func.max(Conversation.updated_at), func.sum(Conversation.id)).where(
                    Conversation.state.in_(("queued", "assigned"))
                )
            ).one()
        return (messages, *conversations)

    async def _run(self) -> None:
        while True:
            try:
                fingerprint = await asyncio.to_thread(self._fingerprint)
                if fingerprint != self._last:
                    self._last = fingerprint
                    await self.notify()
            except Exception:
                logger.exception("console change watcher failed; retrying")
            await asyncio.sleep(self._interval)

    async def notify(self) -> None:
        async with self._changed:
            self.version += 1
            self._changed.notify_all()

    async def wait(self, seen: int, timeout: float) -> int:
        """Wait until the version moves past `seen` (or timeout); returns the version."""
        async with self._changed:
            with contextlib.suppress(asyncio.TimeoutError):
                await asyncio.wait_for(self._changed.wait_for(lambda: self.version > seen), timeout)
            return self.version
