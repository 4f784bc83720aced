from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    content_session,
    intent_of,
    language_of,
    likely_topics,
    report,
    safety_note,
    topic_buttons,
)
from content.store import faq_slugs, topic_titles
from pforte.i18n import translate
from pforte.messages import NOT_SURE, OUT_OF_SCOPE
from pforte.payloads import human_button

MAX_SUGGESTIONS = 3
MIN_CONFIDENCE = 0.05


class ActionSuggestTopics(Action):
    """No guessed answer: says the bot is not sure (or cannot answer this), offers up to three
    likely topics as buttons and a human counsellor."""

    def name(self) -> str:
        return "action_suggest_topics"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        intent = intent_of(tracker)
        with content_session() as session:
            faqs = faq_slugs(session)
            likely = likely_topics(tracker, faqs, limit=MAX_SUGGESTIONS, minimum=MIN_CONFIDENCE)
            if intent == "out_of_scope":
                likely = []
            titles = topic_titles(session, slugs=likely, language=language)
        buttons = topic_buttons(titles, likely)
        message = OUT_OF_SCOPE if intent == "out_of_scope" or not buttons else NOT_SURE
        dispatcher.utter_message(
            text=translate(language, message), buttons=[*buttons, human_button(language)]
        )
        report(dispatcher, fallback=intent or "nlu_fallback", suggested=likely)
        safety_note(dispatcher, tracker, language)
        return []
