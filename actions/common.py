"""What the actions share: the conversation's language, the content store session,
buttons, and the ``pforte`` payload through which actions tell the app what happened."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session, sessionmaker

from actions.settings import get_settings
from pforte import payloads
from pforte.crisis_reply import safety_line
from pforte.db import make_engine, make_sessionmaker
from pforte.i18n import LANGUAGES, translate
from pforte.messages import BUTTON_HELPFUL, BUTTON_NOT_HELPFUL


def language_of(tracker: Tracker) -> str:
    """The conversation's language, as the app sent it with the message."""
    metadata = tracker.latest_message.get("metadata") or {}
    language = metadata.get("language")
    return language if language in LANGUAGES else "de"


def intent_of(tracker: Tracker) -> str | None:
    intent = tracker.latest_message.get("intent") or {}
    name = intent.get("name")
    return str(name) if name else None


@lru_cache(maxsize=1)
def _sessions() -> sessionmaker[Session]:
    return make_sessionmaker(make_engine(get_settings().database_url))


@contextmanager
def content_session() -> Iterator[Session]:
    """One read-only session per action run."""
    with _sessions()() as session:
        yield session


def likely_topics(tracker: Tracker, faqs: set[str], *, limit: int = 3, minimum: float = 0.05) -> list[str]:
    """The catalogue topics the model ranked highest for the latest message (at least ``minimum``)."""
    ranking = tracker.latest_message.get("intent_ranking") or []
    return [r["name"] for r in ranking if r.get("name") in faqs and (r.get("confidence") or 0) >= minimum][
        :limit
    ]


def topic_buttons(titles: dict[str, str], slugs: list[str]) -> list[dict[str, str]]:
    return [{"title": titles[slug], "payload": f"/{slug}"} for slug in slugs if slug in titles]


def feedback_buttons(language: str, slug: str) -> list[dict[str, str]]:
    """ "Helpful" / "not helpful" after an answer (the app counts them; Rasa never sees them)."""
    return [
        {"title": translate(language, BUTTON_HELPFUL), "payload": payloads.feedback(slug, helpful=True)},
        {"title": translate(language, BUTTON_NOT_HELPFUL), "payload": payloads.feedback(slug, helpful=False)},
    ]


def report(dispatcher: CollectingDispatcher, **facts: Any) -> None:
    """Tell the app what happened (handoff, crisis, answered topic, language change)."""
    dispatcher.utter_message(json_message={"pforte": facts})


# The number the safety line gives (as the crisis answer and SAFETY_NOTE write it).
TELEFONSEELSORGE = "0800 111 0 111"


def safety_note(dispatcher: CollectingDispatcher, tracker: Tracker, language: str) -> None:
    """After the reply, one line with the emergency numbers when the crisis layer marked the message
    as close to a crisis without flagging it (``safety_note`` in the parse result): no alarm, but a
    person in danger whom the layer missed still reads the numbers, and can raise the alarm with
    the button under them."""
    if not tracker.latest_message.get("safety_note"):
        return
    report(dispatcher, safety_note=True)
    # Some answers (the psyche topic's) already give the numbers: not twice in one reply.
    if not any(TELEFONSEELSORGE in (message.get("text") or "") for message in dispatcher.messages):
        text, buttons = safety_line(language)
        dispatcher.utter_message(text=text, buttons=buttons)
