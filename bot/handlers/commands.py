"""/start (welcome, privacy notice, language choice; a deep-link parameter is kept as the
source), /language, /human, /delete (with confirmation), /help."""

from __future__ import annotations

import re

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import CHANNEL, gateway, incoming
from pforte import messages as m
from pforte import payloads
from pforte.i18n import language_buttons

SOURCE = re.compile(r"^[A-Za-z0-9_-]{1,64}$")  # Telegram's own rule for start parameters
DELETE_YES, DELETE_NO = "delete:yes", "delete:no"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    source = context.args[0] if context.args and SOURCE.match(context.args[0]) else None
    gw = gateway(context)
    await gw.dialogue.handle(incoming(update, text="/start", command="/greet", source=source))
    await _tell(update, context, m.PRIVACY_NOTICE)


async def language(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _tell(update, context, m.LANGUAGE_CHOICE, language_buttons())


async def human(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await gateway(context).dialogue.handle(incoming(update, text="/human", command=payloads.HUMAN))


async def delete(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    gw = gateway(context)
    user = update.effective_user
    assert user is not None
    lang = gw.language_of(str(user.id), user.language_code)
    from pforte.i18n import translate

    buttons = [
        {"title": translate(lang, m.DELETE_YES), "payload": DELETE_YES},
        {"title": translate(lang, m.DELETE_NO), "payload": DELETE_NO},
    ]
    await _tell(update, context, m.DELETE_CONFIRM, buttons)


async def help_(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await _tell(update, context, m.HELP)


async def _tell(
    update: Update,
    context: ContextTypes.DEFAULT_TYPE,
    message: str,
    buttons: list[dict[str, str]] | None = None,
) -> None:
    user, chat = update.effective_user, update.effective_chat
    assert user is not None and chat is not None
    await gateway(context).dialogue.tell(
        channel=CHANNEL,
        user_id=str(user.id),
        chat_ref=str(chat.id),
        message=message,
        buttons=buttons,
        client_language=user.language_code,
    )
