"""Rasa custom actions, one per file, served by the action server (``python -m rasa_sdk
--actions actions``) in the app's environment, so that they read the content store with the
app's own models. Actions never write the conversation store: they report what happened in
a ``pforte`` custom payload and the app, the single owner of conversation state, applies it."""

from actions.action_answer_faq import ActionAnswerFaq
from actions.action_bot_challenge import ActionBotChallenge
from actions.action_crisis import ActionCrisis
from actions.action_goodbye import ActionGoodbye
from actions.action_greet import ActionGreet
from actions.action_request_human import ActionRequestHuman
from actions.action_set_language import ActionSetLanguage
from actions.action_suggest_topics import ActionSuggestTopics
from actions.action_thanks import ActionThanks

__all__ = [
    "ActionAnswerFaq",
    "ActionBotChallenge",
    "ActionCrisis",
    "ActionGoodbye",
    "ActionGreet",
    "ActionRequestHuman",
    "ActionSetLanguage",
    "ActionSuggestTopics",
    "ActionThanks",
]
