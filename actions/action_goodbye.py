from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, safety_note
from pforte.i18n import translate
from pforte.messages import GOODBYE


class ActionGoodbye(Action):
    """A farewell."""

    def name(self) -> str:
        return "action_goodbye"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        dispatcher.utter_message(text=translate(language, GOODBYE))
        safety_note(dispatcher, tracker, language)
        return []
