from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, report
from pforte.i18n import LANGUAGES, translate
from pforte.messages import GREET, LANGUAGE_SET


class ActionSetLanguage(Action):
    """The person chose a language: confirm in that language; the app remembers it."""

    def name(self) -> str:
        return "action_set_language"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        chosen = next(tracker.get_latest_entity_values("language"), None)
        language = chosen if chosen in LANGUAGES else language_of(tracker)
        dispatcher.utter_message(text=translate(language, LANGUAGE_SET) + " " + translate(language, GREET))
        report(dispatcher, language=language)
        return []
