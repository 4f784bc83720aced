from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import content_session, human_button, intent_of, language_of, report, safety_note
from content.store import faq_slugs, topic_titles
from pforte.i18n import translate
from pforte.messages import NOT_SURE, OUT_OF_SCOPE

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
        ranking = tracker.latest_message.get("intent_ranking") or []
        with content_session() as session:
            faqs = faq_slugs(session)
            likely = [
                r["name"]
                for r in ranking
                if r.get("name") in faqs and (r.get("confidence") or 0) >= MIN_CONFIDENCE
            ][:MAX_SUGGESTIONS]
            if intent == "out_of_scope":
                likely = []
            titles = topic_titles(session, slugs=likely, language=language)
        buttons = [{"title": titles[slug], "payload": f"/{slug}"} for slug in likely if slug in titles]
        message = OUT_OF_SCOPE if intent == "out_of_scope" or not buttons else NOT_SURE
        dispatcher.utter_message(
            text=translate(language, message), buttons=[*buttons, human_button(language)]
        )
        report(dispatcher, fallback=intent or "nlu_fallback", suggested=likely)
        safety_note(dispatcher, tracker, language)
        return []
