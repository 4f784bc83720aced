"""Close to a crisis but no alarm: whatever the bot answers, one line with the emergency numbers
follows, in the person's language."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk import Action
from rasa_sdk.executor import CollectingDispatcher

from actions.action_answer_faq import ActionAnswerFaq
from actions.action_goodbye import ActionGoodbye
from actions.action_suggest_topics import ActionSuggestTopics
from pforte import messages as m
from pforte.i18n import translate
from tests.actions.conftest import answer, tracker_with
from tests.conftest import Database


async def run(action: Action, language: str, intent: str, *, note: bool) -> list[dict[str, Any]]:
    latest: dict[str, Any] = {
        "text": "…",
        "intent": {"name": intent, "confidence": 0.7},
        "intent_ranking": [{"name": intent, "confidence": 0.7}, {"name": "crisis", "confidence": 0.2}],
        "metadata": {"language": language},
        **({"safety_note": True} if note else {}),
    }
    tracker = tracker_with(latest)
    dispatcher = CollectingDispatcher()
    await action.run(dispatcher, tracker, {})
    return dispatcher.messages


def texts(messages: list[dict[str, Any]]) -> list[str]:
    return [message["text"] for message in messages if message.get("text")]


async def test_the_answer_comes_first_and_the_numbers_follow(content: Database) -> None:
    messages = await run(ActionAnswerFaq(), "ru", "schulden", note=True)

    assert texts(messages) == [answer(content, "schulden", "ru"), translate("ru", m.SAFETY_NOTE)]
    assert "0800 111 0 111" in texts(messages)[1] and "112" in texts(messages)[1]
    assert {"pforte": {"safety_note": True}} in [message.get("custom") for message in messages]
    # Under the line, one tap raises the alarm: the crisis intent itself.
    assert messages[-1]["buttons"] == [{"title": translate("ru", m.BUTTON_DANGER), "payload": "/crisis"}]


async def test_without_the_mark_the_answer_stands_alone(content: Database) -> None:
    messages = await run(ActionAnswerFaq(), "ru", "schulden", note=False)

    assert texts(messages) == [answer(content, "schulden", "ru")]


async def test_an_answer_that_gives_the_numbers_itself_gets_no_second_line(content: Database) -> None:
    assert "0800 111 0 111" in answer(content, "psyche", "he")

    messages = await run(ActionAnswerFaq(), "he", "psyche", note=True)

    assert texts(messages) == [answer(content, "psyche", "he")]
    assert {"pforte": {"safety_note": True}} in [
        message.get("custom") for message in messages
    ]  # still marked


@pytest.mark.parametrize(
    ("action", "intent"), [(ActionSuggestTopics(), "nlu_fallback"), (ActionGoodbye(), "goodbye")]
)
async def test_also_after_not_being_sure_and_after_a_goodbye(
    content: Database, action: Action, intent: str
) -> None:
    messages = await run(action, "he", intent, note=True)

    assert texts(messages)[-1] == translate("he", m.SAFETY_NOTE)
    assert len(texts(messages)) == 2
