from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, safety_note
from pforte.i18n import language_buttons, translate
from pforte.messages import GREET, GREET_FIRST


def is_first_contact(tracker: Tracker) -> bool:
    return sum(1 for event in tracker.events if event.get("event") == "user") <= 1


class ActionGreet(Action):
    """A greeting; on first contact with the welcome and the choice of language."""

    def name(self) -> str:
        return "action_greet"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        if is_first_contact(tracker):
            dispatcher.utter_message(text=translate(language, GREET_FIRST), buttons=language_buttons())
        else:
            dispatcher.utter_message(text=translate(language, GREET))
        safety_note(dispatcher, tracker, language)
        return []
