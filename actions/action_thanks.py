from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, safety_note
from pforte.i18n import translate
from pforte.messages import THANKS


class ActionThanks(Action):
    """An answer to thanks."""

    def name(self) -> str:
        return "action_thanks"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        dispatcher.utter_message(text=translate(language, THANKS))
        safety_note(dispatcher, tracker, language)
        return []
