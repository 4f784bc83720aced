"""Publishing reaches the bot at once, "Try it", feedback after answers and content gaps:
through the web chat and the editors' API, with the real Rasa and action server."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from fastapi import FastAPI
from sqlalchemy import delete, select

from content.models import ContentGap, Example
from content.store import get_topic
from handoff.models import Role
from pforte import messages as m
from pforte.db import unit_of_work
from pforte.i18n import translate
from pforte.web.app import create_app
from tests.conftest import Database, Servers, app_settings
from tests.editor.test_content_api import clear_training_queue
from tests.handoff.test_api import client_of, logged_in, new_user
from tests.pforte.web.test_chat import answer_text, say

pytestmark = pytest.mark.rasa


@pytest.fixture
async def app(database: Database, servers: Servers) -> AsyncIterator[FastAPI]:
    application = create_app(app_settings(database, servers.rasa_url))
    async with application.router.lifespan_context(application):
        yield application


async def test_an_approved_answer_is_what_the_bot_sends_next_without_training(
    app: FastAPI, database: Database
) -> None:
    anna, anna_csrf = await logged_in(app, new_user(database, Role.EDITOR))
    ben, ben_csrf = await logged_in(app, new_user(database, Role.EDITOR))
    before = answer_text(database, "kindergeld", "he")
    new_text = before + "\n\nעדכון: הטפסים זמינים גם באתר של Familienkasse."
    rid = (
        await anna.put(
            "/api/content/topics/kindergeld/answers/he", json={"text": new_text}, headers=anna_csrf
        )
    ).json()["revision_id"]
    await anna.post(f"/api/content/revisions/{rid}/submit", headers=anna_csrf)
    person = client_of(app)
    try:
        replies = await say(person, "איך מבקשים קינדרגלד לילדים?")
        assert replies[0]["text"] == before  # not yet approved: the old text
        assert (await ben.post(f"/api/content/revisions/{rid}/approve", headers=ben_csrf)).status_code == 200
        replies = await say(person, "איך מבקשים קינדרגלד לילדים?")
        assert replies[0]["text"] == new_text
    finally:
        history = (await anna.get("/api/content/topics/kindergeld/answers/he/history")).json()
        previous = next(v for v in history if not v["current"])
        await anna.post(f"/api/content/revisions/{previous['revision_id']}/rollback", headers=anna_csrf)
    assert answer_text(database, "kindergeld", "he") == before


async def test_try_it_shows_language_topics_and_the_answer(app: FastAPI, database: Database) -> None:
    editor, csrf = await logged_in(app, new_user(database, Role.EDITOR))
    result = (
        await editor.post("/api/content/try", json={"text": "письмо из Jobcenter про Wohngeld"}, headers=csrf)
    ).json()
    assert result["language"] == "ru" and result["bot_available"]
    assert result["ranking"] and len(result["ranking"]) <= 3
    assert result["ranking"][0]["title"]  # titled in the detected language
    if result["intent"] not in ("out_of_scope", "crisis"):
        assert result["answer"]["text"] == answer_text(database, result["intent"], "ru")
    crisis = (
        await editor.post("/api/content/try", json={"text": "Ich will nicht mehr leben"}, headers=csrf)
    ).json()
    assert crisis["crisis"] and "112" in crisis["answer"]["text"]
    assert crisis["safety_note"] is None  # the alarm is more than the line


async def test_try_it_shows_the_line_with_the_numbers_when_a_message_is_close_to_a_crisis(
    app: FastAPI, database: Database
) -> None:
    editor, csrf = await logged_in(app, new_user(database, Role.EDITOR))
    close = (
        await editor.post("/api/content/try", json={"text": "Mir ist alles egal geworden"}, headers=csrf)
    ).json()
    assert not close["crisis"]
    assert close["safety_note"] == translate("de", m.SAFETY_NOTE)
    everyday = (
        await editor.post("/api/content/try", json={"text": "Wie beantrage ich Kindergeld?"}, headers=csrf)
    ).json()
    assert everyday["safety_note"] is None


async def test_not_helpful_is_counted_once_offers_a_counsellor_and_keeps_the_question_masked(
    app: FastAPI, database: Database
) -> None:
    person = client_of(app)
    question = "Wie beantrage ich Kindergeld? Ich heiße Anna Schmidt, Telefon 0171 2345678"
    replies = await say(person, question)
    payloads = [b["payload"] for b in replies[0]["buttons"]]
    assert payloads[:2] == ['/helpful{"topic":"kindergeld"}', '/not_helpful{"topic":"kindergeld"}']
    assert [b["title"] for b in replies[0]["buttons"][:2]] == [
        translate("de", m.BUTTON_HELPFUL),
        translate("de", m.BUTTON_NOT_HELPFUL),
    ]
    editor, _ = await logged_in(app, new_user(database, Role.EDITOR))
    counts = {(f["slug"], f["language"]): f for f in (await editor.get("/api/content/feedback")).json()}
    before = counts.get(("kindergeld", "de"), {"not_helpful": 0})["not_helpful"]

    tapped = await say(person, translate("de", m.BUTTON_NOT_HELPFUL), payloads[1])
    assert tapped[0]["text"] == translate("de", m.FEEDBACK_SORRY)
    assert tapped[0]["buttons"][0]["payload"] == "/human_request"
    again = await say(person, translate("de", m.BUTTON_HELPFUL), payloads[0])
    assert again[0]["text"] == translate("de", m.FEEDBACK_ALREADY)
    counts = {(f["slug"], f["language"]): f for f in (await editor.get("/api/content/feedback")).json()}
    assert counts[("kindergeld", "de")]["not_helpful"] == before + 1

    gaps = (await editor.get("/api/content/gaps")).json()
    texts = [g["text"] for group in gaps for g in group["group"] if g["reason"] == "not_helpful"]
    assert "Wie beantrage ich Kindergeld? Ich heiße [Name], Telefon [Telefon]" in texts
    assert not any(
        "Schmidt" in t or "2345678" in t for group in gaps for t in (g["text"] for g in group["group"])
    )
    # The offer of a counsellor works.
    queued = await say(person, translate("de", m.BUTTON_HUMAN), "/human_request")
    assert queued[0]["text"] == translate("de", m.HUMAN_QUEUED)


async def test_unanswered_questions_are_grouped_and_one_click_makes_an_example(
    app: FastAPI, database: Database
) -> None:
    with unit_of_work(database.sessions) as session:
        session.execute(delete(ContentGap))
    for text in (
        "Wo kann ich in Leipzig mein Fahrrad reparieren lassen? Mail: oma@example.org",
        "wo kann man in leipzig ein fahrrad reparieren lassen",
        "Wer hat gestern das Fußballspiel gewonnen?",
    ):
        await say(client_of(app), text)  # a new person each time
    await asyncio.sleep(0)
    editor, csrf = await logged_in(app, new_user(database, Role.EDITOR))
    gaps = (await editor.get("/api/content/gaps")).json()
    assert gaps[0]["size"] == 2, gaps  # the two about a bicycle, together
    texts = [g["text"] for g in gaps[0]["group"]]
    assert "Wo kann ich in Leipzig mein Fahrrad reparieren lassen? Mail: [E-Mail]" in texts
    assert all(g["reason"] in ("fallback", "out_of_scope") for g in gaps[0]["group"])

    gap = gaps[0]["group"][0]
    try:
        added = await editor.post(
            f"/api/content/gaps/{gap['id']}/example", json={"slug": "out_of_scope"}, headers=csrf
        )
        assert added.status_code == 200, added.text
        with database.sessions() as session:
            topic = get_topic(session, slug="out_of_scope")
            assert topic is not None
            assert session.scalar(
                select(Example).where(Example.topic_id == topic.id, Example.text == gap["text"])
            )
        remaining = [
            g["id"] for group in (await editor.get("/api/content/gaps")).json() for g in group["group"]
        ]
        assert gap["id"] not in remaining
        assert (await editor.get("/api/content/training")).json()["needed"]
    finally:
        with unit_of_work(database.sessions) as session:
            session.execute(delete(Example).where(Example.text == gap["text"]))
        clear_training_queue(database)


async def test_a_crisis_message_is_never_kept_as_a_content_gap(app: FastAPI, database: Database) -> None:
    with unit_of_work(database.sessions) as session:
        session.execute(delete(ContentGap))
    await say(client_of(app), "я больше не хочу жить, помогите")
    with database.sessions() as session:
        assert session.scalar(select(ContentGap.id)) is None
