"""The Telegram gateway: python-telegram-bot without its own server. Updates come in through
the app's webhook route (webhook mode, when PFORTE_PUBLIC_URL is set) or a polling loop
(otherwise); each is stored and deduplicated before it is processed, and processed in order
per chat. Replies leave through the outbox (bot/sender.py)."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from sqlalchemy.orm import Session, sessionmaker
from telegram import Update
from telegram.error import TelegramError
from telegram.ext import Application

from bot.registry import register, set_commands
from bot.sender import OutboxSender
from bot.updates import last_update_id, mark_done, record, unfinished
from conversations.outbox import enqueue, forget_chat
from conversations.repository import erase_contact
from pforte import messages as m
from pforte.db import unit_of_work
from pforte.dialogue import Dialogue
from pforte.i18n import translate
from pforte.rasa_client import RasaClient
from pforte.settings import AppSettings

logger = logging.getLogger(__name__)
CHANNEL = "telegram"
WEBHOOK_PATH = "/telegram/webhook"
ALLOWED_UPDATES = ["message", "edited_message", "callback_query", "my_chat_member", "channel_post"]


class TelegramGateway:
    def __init__(
        self, *, settings: AppSettings, sessions: sessionmaker[Session], dialogue: Dialogue, rasa: RasaClient
    ) -> None:
        assert settings.telegram_token is not None
        self.settings = settings
        self.sessions = sessions
        self.dialogue = dialogue
        self.rasa = rasa
        self.application = (
            Application.builder()
            .token(settings.telegram_token.get_secret_value())
            .base_url(settings.telegram_api_url)
            .updater(None)
            .build()
        )
        self.application.bot_data["gateway"] = self
        register(self.application)
        self.sender = OutboxSender(bot=self.application.bot, sessions=sessions)
        self._locks: dict[int, asyncio.Lock] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._polling: asyncio.Task[None] | None = None

    @property
    def webhook_mode(self) -> bool:
        return bool(self.settings.public_url)

    async def start(self) -> None:
        await self.application.initialize()
        bot = self.application.bot
        await set_commands(bot)
        if self.webhook_mode:
            assert self.settings.webhook_secret is not None
            await bot.set_webhook(
                url=f"{self.settings.public_url}{WEBHOOK_PATH}",
                secret_token=self.settings.webhook_secret.get_secret_value(),
                allowed_updates=ALLOWED_UPDATES,
            )
        else:
            await bot.delete_webhook()
            self._polling = asyncio.create_task(self._poll(), name="telegram-polling")
        self.sender.start()
        with self.sessions() as session:
            leftovers = unfinished(session)
        for payload in leftovers:  # updates stored before a restart but never processed
            self._spawn(self.process(payload))

    async def stop(self) -> None:
        if self._polling:
            self._polling.cancel()
        for task in list(self._tasks):
            try:
                await asyncio.wait_for(task, timeout=10)
            except (asyncio.TimeoutError, asyncio.CancelledError, Exception):
                pass
        await self.sender.stop()
        await self.application.shutdown()

    async def receive(self, payload: dict[str, Any]) -> bool:
        """Store the update (one transaction) and process it in the background.
        Returns False for a redelivered update, which is not processed again."""

        def store() -> bool:
            with unit_of_work(self.sessions) as session:
                return record(session, payload=payload)

        new = await asyncio.to_thread(store)
        if new:
            self._spawn(self.process(payload))
        return new

    def _spawn(self, coroutine: Any) -> None:
        task = asyncio.create_task(coroutine)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def process(self, payload: dict[str, Any]) -> None:
        update = Update.de_json(payload, self.application.bot)
        chat_id = update.effective_chat.id if update.effective_chat else 0
        failed = False
        async with self._locks.setdefault(chat_id, asyncio.Lock()):
            try:
                await self.application.process_update(update)
            except Exception:
                failed = True
                logger.exception("processing update %s failed", update.update_id)
        self.sender.wake()  # the replies are in the outbox already

        def done() -> None:
            with unit_of_work(self.sessions) as session:
                mark_done(session, update_id=update.update_id, failed=failed)

        await asyncio.to_thread(done)

    async def _poll(self) -> None:
        bot = self.application.bot
        with self.sessions() as session:
            last = last_update_id(session)
        offset = last + 1 if last is not None else None
        while True:
            try:
                updates = await bot.get_updates(offset=offset, timeout=25, allowed_updates=ALLOWED_UPDATES)
            except TelegramError as error:
                logger.warning("polling failed: %s; retrying in 5 s", error)
                await asyncio.sleep(5)
                continue
            for update in updates:
                await self.receive(update.to_dict())
                offset = update.update_id + 1

    def language_of(self, user_id: str, client_language: str | None) -> str:
        return self.dialogue.language_of(channel=CHANNEL, user_id=user_id, client_language=client_language)

    async def erase(self, update: Update) -> None:
        """Everything about the person, on their request: contact, conversations, messages,
        what was queued or sent to their chat, and Rasa's memory of the conversations."""
        user, chat = update.effective_user, update.effective_chat
        assert user is not None and chat is not None
        language = self.language_of(str(user.id), user.language_code)

        def erase_all() -> list[int]:
            with unit_of_work(self.sessions) as session:
                ids = erase_contact(
                    session, pseudonym=self.dialogue.pseudonym_of(channel=CHANNEL, user_id=str(user.id))
                )
                forget_chat(session, channel=CHANNEL, chat_ref=str(chat.id))
                enqueue(session, channel=CHANNEL, chat_ref=str(chat.id), text=translate(language, m.DELETED))
                return ids

        conversation_ids = await asyncio.to_thread(erase_all)
        for conversation_id in conversation_ids:
            await self.rasa.forget(sender=str(conversation_id))
