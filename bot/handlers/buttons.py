"""Taps on inline buttons. Callback data is never trusted: only payloads the bot offered in
this conversation's recent messages are acted on."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ContextTypes

from bot.handlers.commands import DELETE_NO, DELETE_YES, _tell
from bot.handlers.common import CHANNEL, gateway, incoming
from pforte import messages as m


async def tapped(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    query = update.callback_query
    user = update.effective_user
    assert query is not None and user is not None
    await query.answer()
    data = query.data or ""
    gw = gateway(context)
    if data in (DELETE_YES, DELETE_NO):
        if data not in gw.dialogue.offered(channel=CHANNEL, user_id=str(user.id)):
            return
        if data == DELETE_YES:
            await gw.erase(update)
        else:
            await _tell(update, context, m.DELETE_KEPT)
        return
    await gw.dialogue.handle(incoming(update, payload=data))
