"""What the handlers share: the gateway, and an Incoming for the person behind an update."""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import Update
from telegram.ext import ContextTypes

from pforte.dialogue import Incoming

if TYPE_CHECKING:
    from bot.gateway import TelegramGateway

CHANNEL = "telegram"


def gateway(context: ContextTypes.DEFAULT_TYPE) -> TelegramGateway:
    return context.application.bot_data["gateway"]  # type: ignore[no-any-return]


def incoming(update: Update, *, text: str = "", **extra: object) -> Incoming:
    user = update.effective_user
    chat = update.effective_chat
    assert user is not None and chat is not None
    return Incoming(
        channel=CHANNEL,
        user_id=str(user.id),
        text=text,
        chat_ref=str(chat.id),
        client_language=user.language_code,
        **extra,  # type: ignore[arg-type]
    )
