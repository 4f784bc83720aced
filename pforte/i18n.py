"""Interface strings (the bot's own messages, the console, the editor) from gettext
catalogues per language (``pforte/locale/<lang>/LC_MESSAGES/messages.po``, compiled by
``make setup``). Message ids are English; every supported language has a catalogue."""

from __future__ import annotations

import gettext
import json
from functools import lru_cache
from pathlib import Path

from pforte.text.language import SUPPORTED

LOCALE_DIR = Path(__file__).resolve().parent / "locale"
LANGUAGES = SUPPORTED

LANGUAGE_NAMES = {"de": "Deutsch", "ru": "Русский", "he": "עברית"}


@lru_cache(maxsize=8)
def _translations(language: str) -> gettext.NullTranslations:
    return gettext.translation("messages", LOCALE_DIR, languages=[language], fallback=True)


def translate(language: str | None, message: str, **values: object) -> str:
    """The message in the language (German when the language is not supported)."""
    language = language if language in LANGUAGES else "de"
    text = _translations(language).gettext(message)
    return text.format(**values) if values else text


def page_language(asked: str | None, accept_language: str | None) -> str:
    """A staff page's language: ``?lang=``, else the browser's first language, else German."""
    code = asked or (accept_language or "")[:2]
    return code if code in LANGUAGES else "de"


def _(message: str) -> str:
    """Marks a message id for extraction; translate it later with ``translate``."""
    return message


def language_buttons() -> list[dict[str, str]]:
    """The language choice as buttons; the payload is Rasa's intent syntax for set_language."""
    return [
        {"title": name, "payload": "/set_language" + json.dumps({"language": code})}
        for code, name in LANGUAGE_NAMES.items()
    ]
