from __future__ import annotations

import logging
from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.exc import SQLAlchemyError

from actions.common import content_session, language_of, report
from content.store import published_answer
from pforte.i18n import translate
from pforte.messages import EMERGENCY_FALLBACK

logger = logging.getLogger(__name__)


class ActionCrisis(Action):
    """Emergency numbers first, at once, in the person's language; the app then flags the
    conversation as a crisis and puts it on top of the counsellors' queue."""

    def name(self) -> str:
        return "action_crisis"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        text = None
        try:
            with content_session() as session:
                answer = published_answer(session, slug="crisis", language=language)
            text = answer.text if answer else None
        except SQLAlchemyError:
            logger.exception("content store unavailable; sending the built-in emergency text")
        dispatcher.utter_message(text=text or translate(language, EMERGENCY_FALLBACK))
        report(dispatcher, handoff="crisis")
        return []
