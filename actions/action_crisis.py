from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import content_session, language_of, likely_topics, report, topic_buttons
from content.store import answer_text, faq_slugs, published_answer, topic_titles
from pforte.crisis_reply import crisis_reply
from pforte.i18n import translate
from pforte.messages import ABOUT_YOUR_QUESTION, TOPICS_BESIDE_CRISIS

logger = logging.getLogger(__name__)

# The crisis layer's sources that are the model's judgement, not a danger phrase of the lexicon.
MODEL_SOURCES = ("model", "model_hidden")
# A topic the model is this sure of is answered after the emergency numbers.
TOPIC_CONFIDENCE = 0.5
# Less sure, topics ranked at least this high are offered as buttons after the numbers: a person the
# model flagged by mistake ("I am 82 and cannot pay the heating") can still reach the answer.
TOPIC_OFFER = 0.1


def _beside_crisis(tracker: Tracker) -> dict[str, Any] | None:
    """In a message the model (not the lexicon) judged a crisis: the intent ranked next."""
    message = tracker.latest_message
    if message.get("crisis_signal") not in MODEL_SOURCES:
        return None
    return next((r for r in message.get("intent_ranking") or [] if r.get("name") != "crisis"), None)


def topic_beside_crisis(tracker: Tracker, faqs: set[str]) -> str | None:
    """The topic question in a message the model judged a crisis: the highest-ranked catalogue
    topic, if confident. Not when the lexicon found a danger phrase: then the numbers stand alone."""
    ranked = _beside_crisis(tracker)
    if ranked is None or ranked.get("name") not in faqs or (ranked.get("confidence") or 0) < TOPIC_CONFIDENCE:
        return None
    return str(ranked["name"])


def asks_a_topic(tracker: Tracker, faqs: set[str]) -> bool:
    """The model judged the message a crisis and ranks a catalogue topic next (not a request for
    a person or small talk)."""
    ranked = _beside_crisis(tracker)
    return ranked is not None and ranked.get("name") in faqs


class ActionCrisis(Action):
    """Emergency numbers first, at once, in the person's language; the app then flags the
    conversation as a crisis and puts it on top of the counsellors' queue.

    When the model (not the lexicon) judged the message a crisis and it also asks a catalogue
    question the model is sure of (a letter, the rent), that answer follows the numbers: a person
    in danger who asked about the letter gets both, and a person flagged by mistake is not left
    without the answer while a counsellor looks at the conversation. Less sure of a topic, it offers
    the likely ones as buttons after the numbers."""

    def name(self) -> str:
        return "action_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        text = topic_text = None
        buttons: list[dict[str, str]] = []
        try:
            with content_session() as session:
                answer = published_answer(session, slug="crisis", language=language)
                text = answer.text if answer else None
                faqs = faq_slugs(session)
                topic = topic_beside_crisis(tracker, faqs)
                topic_answer = published_answer(session, slug=topic, language=language) if topic else None
                topic_text = answer_text(topic_answer, language) if topic_answer else None
                if not topic_text and asks_a_topic(tracker, faqs):
                    likely = likely_topics(tracker, faqs, minimum=TOPIC_OFFER)
                    buttons = topic_buttons(topic_titles(session, slugs=likely, language=language), likely)
        except SQLAlchemyError:
            logger.exception("content store unavailable; sending the built-in emergency text")
        category = tracker.latest_message.get("crisis_signal")
        dispatcher.utter_message(text=crisis_reply(text, category=category, language=language))
        if topic_text:
            dispatcher.utter_message(text=translate(language, ABOUT_YOUR_QUESTION) + "\n\n" + topic_text)
        elif buttons:
            dispatcher.utter_message(text=translate(language, TOPICS_BESIDE_CRISIS), buttons=buttons)
        report(dispatcher, handoff="crisis")
        return []
