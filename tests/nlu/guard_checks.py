"""Run in Rasa's environment by test_guards.py: the guards of config.yml's pipeline on
messages with a given intent ranking (as the intent model and the fallback left them)."""

import json
import sys

from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message

from nlu.components.classifier import HIDDEN_CRISIS
from nlu.components.crisis_guard import CrisisGuard
from nlu.components.human_request_guard import HumanRequestGuard

cases = json.loads(sys.stdin.read())
messages = [
    Message(
        data={
            TEXT: case["text"],
            INTENT: case["ranking"][0],
            INTENT_RANKING_KEY: case["ranking"],
            **({HIDDEN_CRISIS: case["hidden"]} if "hidden" in case else {}),
        }
    )
    for case in cases
]
for guard in (
    HumanRequestGuard({"threshold": 0.25}),
    CrisisGuard({"model_threshold": 0.4, "hidden_threshold": 0.8, "note_threshold": 0.1}),
):
    messages = guard.process(messages)
print(
    json.dumps(
        [[m.get(INTENT)["name"], m.get("crisis_signal"), bool(m.get("safety_note"))] for m in messages]
    )
)
