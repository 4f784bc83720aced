from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import (
    content_session,
    feedback_buttons,
    intent_of,
    language_of,
    report,
    safety_note,
)
from content.store import answer_text, published_answer
from pforte.i18n import translate
from pforte.messages import NO_ANSWER
from pforte.payloads import human_button


class ActionAnswerFaq(Action):
    """Sends the published answer of the recognised topic, read from the content store at
    run time in the conversation's language (an edited answer needs no retraining)."""

    def name(self) -> str:
        return "action_answer_faq"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        slug = intent_of(tracker) or ""
        with content_session() as session:
            answer = published_answer(session, slug=slug, language=language)
        if answer is None:
            dispatcher.utter_message(text=translate(language, NO_ANSWER), buttons=[human_button(language)])
            report(dispatcher, unanswered=slug)
            safety_note(dispatcher, tracker, language)
            return []
        dispatcher.utter_message(
            text=answer_text(answer, language),
            buttons=[*feedback_buttons(language, slug), human_button(language)],
        )
        report(dispatcher, answered=slug)
        safety_note(dispatcher, tracker, language)
        return []
