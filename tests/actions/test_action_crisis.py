"""The crisis action: emergency numbers first; a confident topic question answered after them
only when the model, not the lexicon, judged the message a crisis."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.action_crisis import ActionCrisis
from tests.actions.conftest import answer, tracker_with
from tests.conftest import Database


async def texts_for(language: str, signal: str, ranking: list[tuple[str, float]]) -> list[str]:
    latest: dict[str, Any] = {
        "text": "…",
        "intent": {"name": "crisis", "confidence": ranking[0][1]},
        "intent_ranking": [{"name": name, "confidence": confidence} for name, confidence in ranking],
        "crisis_signal": signal,
        "metadata": {"language": language},
    }
    tracker = tracker_with(latest)
    dispatcher = CollectingDispatcher()
    await ActionCrisis().run(dispatcher, tracker, {})
    assert dispatcher.messages[-1]["custom"] == {"pforte": {"handoff": "crisis"}}
    return [m["text"] for m in dispatcher.messages if m.get("text")]


async def test_a_confident_topic_is_answered_after_the_numbers_when_the_model_judged(
    content: Database,
) -> None:
    texts = await texts_for("de", "model_hidden", [("crisis", 0.9), ("wohngeld", 0.8), ("rente", 0.1)])
    assert texts == [
        answer(content, "crisis", "de"),
        "Und zu Ihrer Frage:\n\n" + answer(content, "wohngeld", "de"),
    ]
    assert "112" in texts[0]


async def test_in_hebrew_the_lead_in_is_hebrew(content: Database) -> None:
    texts = await texts_for("he", "model", [("crisis", 0.6), ("letters", 0.7)])
    assert texts == [
        answer(content, "crisis", "he"),
        "ולגבי השאלה שלך:\n\n" + answer(content, "letters", "he"),
    ]


@pytest.mark.parametrize(
    ("signal", "ranking"),
    [
        ("suicide", [("crisis", 1.0), ("wohngeld", 0.9)]),  # the lexicon found a danger phrase
        ("model", [("crisis", 0.5), ("human_request", 0.6), ("wohngeld", 0.3)]),  # not a topic
    ],
)
async def test_otherwise_the_numbers_stand_alone(
    content: Database, signal: str, ranking: list[tuple[str, float]]
) -> None:
    assert await texts_for("ru", signal, ranking) == [answer(content, "crisis", "ru")]


async def test_a_less_clear_topic_is_offered_as_buttons_after_the_numbers(content: Database) -> None:
    latest: dict[str, Any] = {
        "text": "…",
        "intent": {"name": "crisis", "confidence": 0.6},
        "intent_ranking": [
            {"name": "crisis", "confidence": 0.6},
            {"name": "wohngeld", "confidence": 0.3},
            {"name": "grundsicherung", "confidence": 0.2},
            {"name": "rente", "confidence": 0.05},
        ],
        "crisis_signal": "model",
        "metadata": {"language": "de"},
    }
    tracker = tracker_with(latest)
    dispatcher = CollectingDispatcher()
    await ActionCrisis().run(dispatcher, tracker, {})
    shown = [m for m in dispatcher.messages if m.get("text")]
    assert shown[0]["text"] == answer(content, "crisis", "de")
    assert shown[1]["text"] == "Wenn Sie auch eine Frage zu einem dieser Themen haben, tippen Sie es an:"
    assert [b["payload"] for b in shown[1]["buttons"]] == ["/wohngeld", "/grundsicherung"]


@pytest.mark.parametrize("category", ["violence_now", "danger_now"])
async def test_someone_attacked_or_threatened_now_reads_the_police_number_first(
    content: Database, category: str
) -> None:
    texts = await texts_for("ru", category, [("crisis", 1.0)])
    assert texts == [
        "Если на Вас сейчас нападают или Вам угрожают, сразу звоните в полицию: 110.\n\n"
        + answer(content, "crisis", "ru")
    ]
