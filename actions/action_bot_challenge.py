from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, safety_note
from pforte.i18n import translate
from pforte.messages import BOT_CHALLENGE
from pforte.payloads import human_button


class ActionBotChallenge(Action):
    """Yes, this is a bot (with checked answers), and a human can take over."""

    def name(self) -> str:
        return "action_bot_challenge"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        dispatcher.utter_message(text=translate(language, BOT_CHALLENGE), buttons=[human_button(language)])
        safety_note(dispatcher, tracker, language)
        return []
