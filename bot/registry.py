"""Registers the Telegram handlers (as python-telegram-bot's examples do) and the command
menu in every language."""

from __future__ import annotations

from telegram import Bot, BotCommand
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    filters,
)

from bot.handlers import buttons, commands, groups, messages
from pforte import messages as m
from pforte.i18n import LANGUAGES, translate

PRIVATE = filters.ChatType.PRIVATE
COMMANDS = [
    ("start", m.COMMAND_START),
    ("language", m.COMMAND_LANGUAGE),
    ("human", m.COMMAND_HUMAN),
    ("delete", m.COMMAND_DELETE),
    ("help", m.COMMAND_HELP),
]


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(MessageHandler(~PRIVATE, groups.leave))
    application.add_handler(ChatMemberHandler(groups.leave, ChatMemberHandler.MY_CHAT_MEMBER))
    application.add_handler(CommandHandler("start", commands.start, filters=PRIVATE))
    application.add_handler(CommandHandler("language", commands.language, filters=PRIVATE))
    application.add_handler(CommandHandler("human", commands.human, filters=PRIVATE))
    application.add_handler(CommandHandler("delete", commands.delete, filters=PRIVATE))
    application.add_handler(CommandHandler("help", commands.help_, filters=PRIVATE))
    application.add_handler(MessageHandler(PRIVATE & filters.COMMAND, commands.help_))  # unknown commands
    application.add_handler(MessageHandler(PRIVATE & filters.TEXT, messages.text))  # new and edited
    application.add_handler(CallbackQueryHandler(buttons.tapped))
    application.add_handler(MessageHandler(PRIVATE & ~filters.TEXT, messages.other))


async def set_commands(bot: Bot) -> None:
    for language in LANGUAGES:
        await bot.set_my_commands(
            [BotCommand(name, translate(language, text)) for name, text in COMMANDS], language_code=language
        )
    await bot.set_my_commands([BotCommand(name, translate("de", text)) for name, text in COMMANDS])
