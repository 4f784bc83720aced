"""Groups and channels: the service is for private chats only. The bot says so and leaves;
nothing about a group is stored."""

from __future__ import annotations

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from pforte import messages as m
from pforte.i18n import translate


async def leave(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    chat = update.effective_chat
    if chat is None or chat.type == "private":
        return
    user = update.effective_user
    language = user.language_code if user and user.language_code in ("de", "ru", "he") else "de"
    try:
        if chat.type != "channel":
            await context.bot.send_message(chat_id=chat.id, text=translate(language, m.PRIVATE_ONLY))
        await context.bot.leave_chat(chat_id=chat.id)
    except TelegramError:
        pass  # already gone or not allowed to write: nothing to do
