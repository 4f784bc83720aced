"""Text from a person (new or edited: an edit is treated as a new message), and anything
else they send (voice, photo, sticker, document, location: a kind reply, nothing downloaded)."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.common import gateway, incoming

KINDS = (
    "voice",
    "audio",
    "video_note",
    "video",
    "photo",
    "sticker",
    "document",
    "location",
    "contact",
    "animation",
)


async def text(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None
    await gateway(context).dialogue.handle(incoming(update, text=message.text or ""))


async def other(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    assert message is not None
    kind = next((k for k in KINDS if getattr(message, k, None)), "attachment")
    await gateway(context).dialogue.handle(incoming(update, kind=kind))
