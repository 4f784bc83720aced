from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.common import language_of, report, safety_note
from pforte.i18n import translate
from pforte.messages import HUMAN_QUEUED


class ActionRequestHuman(Action):
    """The person asked for a human: the app records a waiting handoff in the conversation
    store (the counsellors' queue) and the person is told a counsellor will answer."""

    def name(self) -> str:
        return "action_request_human"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: dict[str, Any]
    ) -> list[dict[str, Any]]:
        language = language_of(tracker)
        dispatcher.utter_message(text=translate(language, HUMAN_QUEUED))
        report(dispatcher, handoff="human_request")
        safety_note(dispatcher, tracker, language)
        return []
