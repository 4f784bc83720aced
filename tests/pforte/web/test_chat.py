"""The local web chat end to end: real Rasa, real action server, real database."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import select, update

from content.models import Answer, Topic
from content.store import published_answer
from conversations.models import Contact, Conversation, Message
from conversations.pseudonym import pseudonym
from conversations.repository import find_open_conversation
from pforte import messages as m
from pforte.i18n import translate
from pforte.text.crisis import detect_crisis
from pforte.web.app import create_app
from tests.conftest import TEST_KEY, Database, app_settings, free_port

pytestmark = pytest.mark.rasa


async def say(chat: httpx.AsyncClient, text: str, payload: str | None = None) -> list[dict[str, Any]]:
    response = await chat.post("/chat/api/messages", json={"text": text, "payload": payload})
    assert response.status_code == 200, response.text
    return response.json()["replies"]


def conversation_of(chat: httpx.AsyncClient, database: Database) -> Conversation:
    token = chat.cookies["pforte_chat"]
    with database.sessions() as session:
        contact = session.scalar(
            select(Contact).where(Contact.pseudonym == pseudonym(key=TEST_KEY, channel="web", user_id=token))
        )
        assert contact is not None
        conversation = find_open_conversation(session, contact_id=contact.id)
        assert conversation is not None
        _ = conversation.messages  # load while the session is open
        return conversation


def answer_text(database: Database, slug: str, language: str) -> str:
    with database.sessions() as session:
        answer = published_answer(session, slug=slug, language=language)
        assert answer is not None
        return answer.text


async def test_first_greeting_welcomes_and_offers_the_languages(chat: httpx.AsyncClient) -> None:
    replies = await say(chat, "Hallo")
    assert replies[0]["text"] == translate("de", m.GREET_FIRST)
    assert [b["title"] for b in replies[0]["buttons"]] == ["Deutsch", "Русский", "עברית"]


@pytest.mark.parametrize(
    ("text", "slug", "language"),
    [
        ("Wie beantrage ich Wohngeld? Meine Rente reicht nicht für die Miete.", "wohngeld", "de"),
        ("Как получить Kindergeld на ребёнка?", "kindergeld", "ru"),
        ("איך מקבלים קצבת ילדים Kindergeld בגרמניה", "kindergeld", "he"),
        # Typed in Latin letters, on a keyboard without Cyrillic or Hebrew.
        ("zdravstvujte, kak oformit Kindergeld na rebenka?", "kindergeld", "ru"),
        ("shalom, eich mekablim Kindergeld al ha-yeladim?", "kindergeld", "he"),
    ],
)
async def test_faq_gets_the_published_answer_in_the_persons_language(
    chat: httpx.AsyncClient, database: Database, text: str, slug: str, language: str
) -> None:
    replies = await say(chat, text)
    assert replies[0]["text"] == answer_text(database, slug, language)
    assert translate(language, m.BUTTON_HUMAN) in [b["title"] for b in replies[0]["buttons"]]
    assert conversation_of(chat, database).language == language


@pytest.mark.parametrize(
    ("text", "language", "police_first"),
    [
        ("Ich will nicht mehr leben, heute Nacht mache ich Schluss", "de", False),
        ("помогите он меня бьёт прямо сейчас", "ru", True),  # attacked now: the police number leads
        ("אני רוצה להתאבד", "he", False),
        ("ani lo rotza lichyot yoter, ha-layla ani gomeret im ze", "he", False),
        ("הוא מכה אותי עכשיו", "he", True),
    ],
)
async def test_crisis_gets_emergency_numbers_at_once_and_tops_the_queue(
    chat: httpx.AsyncClient, database: Database, text: str, language: str, police_first: bool
) -> None:
    replies = await say(chat, text)
    lead = translate(language, m.POLICE_FIRST) + "\n\n" if police_first else ""
    # The crisis answer; outside the service hours followed, in the same message, by when we are back.
    assert replies[0]["text"].startswith(lead + answer_text(database, "crisis", language))
    assert "112" in replies[0]["text"] and "110" in replies[0]["text"]
    conversation = conversation_of(chat, database)
    assert conversation.state == "queued" and conversation.crisis and conversation.handoff_reason == "crisis"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mir ist alles egal geworden", "de"),
        ("Я не знаю, что делать дальше", "ru"),
        ("לאף אחד לא אכפת ממני", "he"),
    ],
)
async def test_close_to_a_crisis_the_reply_ends_with_the_numbers_but_nobody_is_alarmed(
    chat: httpx.AsyncClient, database: Database, text: str, language: str
) -> None:
    replies = await say(chat, text)
    assert replies[0]["text"] != answer_text(database, "crisis", language)
    assert replies[-1]["text"] == translate(language, m.SAFETY_NOTE)
    assert "112" in replies[-1]["text"] and "0800 111 0 111" in replies[-1]["text"]
    conversation = conversation_of(chat, database)
    assert conversation.state == "bot" and not conversation.crisis and conversation.concern


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Mir ist alles egal geworden", "de"),
        ("Я не знаю, что делать дальше", "ru"),
        ("לאף אחד לא אכפת ממני", "he"),
    ],
)
async def test_under_the_line_one_tap_on_i_am_in_danger_raises_the_alarm(
    chat: httpx.AsyncClient, database: Database, text: str, language: str
) -> None:
    line = (await say(chat, text))[-1]
    assert line["text"] == translate(language, m.SAFETY_NOTE)
    [button] = line["buttons"]
    assert button["title"] == translate(language, m.BUTTON_DANGER)
    replies = await say(chat, button["title"], button["payload"])
    # The crisis reply (outside the service hours with when we are back, in the same message).
    assert replies[0]["text"].startswith(answer_text(database, "crisis", language))
    conversation = conversation_of(chat, database)
    assert conversation.state == "queued" and conversation.crisis and conversation.handoff_reason == "crisis"


async def test_a_ukrainian_crisis_message_gets_the_crisis_reply_in_russian_not_german(
    chat: httpx.AsyncClient, database: Database
) -> None:
    replies = await say(chat, "Я не хочу більше жити, допоможіть")
    assert replies[0]["text"].startswith(answer_text(database, "crisis", "ru"))
    conversation = conversation_of(chat, database)
    # Russian-speaking counsellors see it in their queue (crisis goes to everyone anyway).
    assert conversation.crisis and conversation.language == "ru"


async def test_an_everyday_question_gets_no_line_with_the_numbers(chat: httpx.AsyncClient) -> None:
    replies = await say(chat, "Wie beantrage ich Kindergeld für mein zweites Kind?")
    assert translate("de", m.SAFETY_NOTE) not in [reply["text"] for reply in replies]
    assert len(replies) == 1


async def test_after_the_models_alarm_a_likely_topic_is_offered_and_answered_while_waiting(
    chat: httpx.AsyncClient, database: Database
) -> None:
    text = "Mein Leben ist ein einziges Chaos, Schulden, Job weg, Frau weg"
    assert detect_crisis(text) is None  # the model's judgement, not a danger phrase
    replies = await say(chat, text)
    assert replies[0]["text"].startswith(answer_text(database, "crisis", "de"))
    offer = next(r for r in replies if r["text"] == translate("de", m.TOPICS_BESIDE_CRISIS))
    button = next(b for b in offer["buttons"] if b["payload"] == "/schulden")
    replies = await say(chat, button["title"], button["payload"])
    assert replies[0]["text"] == answer_text(database, "schulden", "de")
    conversation = conversation_of(chat, database)
    assert conversation.state == "queued" and conversation.crisis  # still first for the counsellors


async def test_out_of_scope_guesses_no_answer_and_offers_a_human(chat: httpx.AsyncClient) -> None:
    replies = await say(chat, "Wer hat gestern das Fußballspiel zwischen Bayern und Dortmund gewonnen?")
    assert replies[0]["text"] in (translate("de", m.OUT_OF_SCOPE), translate("de", m.NOT_SURE))
    assert replies[0]["buttons"][-1]["payload"] == "/human_request"


async def test_unsure_bot_offers_likely_topics_as_buttons(chat: httpx.AsyncClient) -> None:
    replies = await say(chat, "Antrag")
    assert replies[0]["text"] in (translate("de", m.NOT_SURE), translate("de", m.OUT_OF_SCOPE))
    assert 1 <= len(replies[0]["buttons"]) <= 4


async def test_asking_for_a_human_queues_the_conversation(
    chat: httpx.AsyncClient, database: Database
) -> None:
    replies = await say(chat, "Ich möchte bitte mit einem echten Menschen sprechen")
    assert replies[0]["text"] == translate("de", m.HUMAN_QUEUED)
    conversation = conversation_of(chat, database)
    assert conversation.state == "queued" and conversation.handoff_reason == "human_request"
    # While queued, nothing goes to the bot; the person is told they are waiting.
    replies = await say(chat, "Wie beantrage ich Wohngeld?")
    assert replies[0]["text"] == translate("de", m.HUMAN_ALREADY)


async def test_while_waiting_for_a_person_the_crisis_layer_still_reads_every_message(
    chat: httpx.AsyncClient, database: Database
) -> None:
    await say(chat, "Ich möchte bitte mit einem echten Menschen sprechen")
    replies = await say(chat, "Mir ist alles egal geworden")
    assert [r["text"] for r in replies] == [translate("de", m.HUMAN_ALREADY), translate("de", m.SAFETY_NOTE)]
    conversation = conversation_of(chat, database)
    assert conversation.state == "queued" and conversation.concern and not conversation.crisis
    replies = await say(chat, "Alles ist so schwer geworden")
    assert [r["text"] for r in replies] == [translate("de", m.HUMAN_ALREADY)]  # the line once, not each time

    danger = "Keiner würde merken, wenn ich weg wäre"
    assert detect_crisis(danger) is None  # no danger phrase of the lexicon: the model's judgement
    replies = await say(chat, danger)
    assert replies[0]["text"].startswith(answer_text(database, "crisis", "de"))
    conversation = conversation_of(chat, database)
    assert conversation.crisis and conversation.handoff_reason == "crisis"


async def test_while_waiting_one_tap_under_the_line_puts_the_conversation_first(
    chat: httpx.AsyncClient, database: Database
) -> None:
    await say(chat, "Ich möchte bitte mit einem echten Menschen sprechen")
    line = (await say(chat, "Mir ist alles egal geworden"))[-1]
    assert line["text"] == translate("de", m.SAFETY_NOTE)
    assert not conversation_of(chat, database).crisis
    replies = await say(chat, "", line["buttons"][0]["payload"])  # as Telegram sends a tap: no text
    assert replies[0]["text"].startswith(answer_text(database, "crisis", "de"))
    conversation = conversation_of(chat, database)
    assert conversation.state == "queued" and conversation.crisis


async def test_the_human_button_works(chat: httpx.AsyncClient, database: Database) -> None:
    replies = await say(chat, "Wie beantrage ich Kindergeld?")
    button = next(b for b in replies[0]["buttons"] if b["payload"] == "/human_request")
    replies = await say(chat, button["title"], button["payload"])
    assert replies[0]["text"] == translate("de", m.HUMAN_QUEUED)
    assert conversation_of(chat, database).state == "queued"


async def test_language_can_be_switched_with_a_button(chat: httpx.AsyncClient, database: Database) -> None:
    replies = await say(chat, "Guten Tag")
    russian = next(b for b in replies[0]["buttons"] if b["title"] == "Русский")
    replies = await say(chat, russian["title"], russian["payload"])
    assert replies[0]["text"].startswith(translate("ru", m.LANGUAGE_SET))
    assert conversation_of(chat, database).language == "ru"
    replies = await say(chat, "Kindergeld")  # one word: the conversation's language stays Russian
    assert replies[0]["text"] in (answer_text(database, "kindergeld", "ru"), translate("ru", m.NOT_SURE))


async def test_a_forged_button_payload_is_not_trusted(chat: httpx.AsyncClient, database: Database) -> None:
    replies = await say(chat, "", "/crisis")
    assert replies[0]["text"] == translate("de", m.EMPTY_MESSAGE)
    assert conversation_of(chat, database).state == "bot"


async def test_an_edited_answer_is_sent_without_retraining(
    chat: httpx.AsyncClient, database: Database
) -> None:
    original = answer_text(database, "service_cost", "de")
    changed = original + "\n\n(Geändert von der Redaktion.)"
    with database.sessions.begin() as session:
        topic_id = session.scalar(select(Topic.id).where(Topic.slug == "service_cost"))
        session.execute(
            update(Answer).where(Answer.topic_id == topic_id, Answer.language == "de").values(text=changed)
        )
    try:
        replies = await say(chat, "Kostet die Beratung bei Ihnen etwas?")
        assert replies[0]["text"] == changed
    finally:
        with database.sessions.begin() as session:
            session.execute(
                update(Answer)
                .where(Answer.topic_id == topic_id, Answer.language == "de")
                .values(text=original)
            )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", m.EMPTY_MESSAGE),
        ("   \n\t  ", m.EMPTY_MESSAGE),
        ("😀🙏😀", m.NO_WORDS),
        ("\u202e\u200f\x00\x07", m.EMPTY_MESSAGE),
    ],
)
async def test_input_without_words_gets_a_kind_reply(
    chat: httpx.AsyncClient, database: Database, text: str, expected: str
) -> None:
    replies = await say(chat, text)
    assert replies[0]["text"] == translate("de", expected)
    stored = conversation_of(chat, database).messages
    assert [msg.direction for msg in stored] == ["in", "out"]


@pytest.mark.parametrize(
    "text",
    [
        ("Ich habe eine Frage zum Wohngeld. " * 300)[:10_000],  # the longest message the chat takes
        "\u202eWie beantrage ich Wohngeld?\u202c",
        "Hallo привет שלום Wohngeld Jobcenter",
        "Ich brauche Hilfe mit dem Jobcenter \x00\x1b[31m rot",
    ],
)
async def test_odd_input_gets_a_sensible_reply_and_is_stored_first(
    chat: httpx.AsyncClient, database: Database, text: str
) -> None:
    replies = await say(chat, text)
    assert replies and replies[0]["text"].strip()
    stored = conversation_of(chat, database).messages
    assert stored[0].direction == "in" and stored[0].text == text.replace("\x00", "\ufffd")
    assert stored[0].id < stored[1].id


async def test_too_long_a_message_is_refused_clearly(chat: httpx.AsyncClient) -> None:
    response = await chat.post("/chat/api/messages", json={"text": "x" * 10_001})
    assert response.status_code == 422
    assert "x" * 100 not in response.text  # the person's text is not echoed into error logs or pages


async def test_another_language_gets_a_german_reply_with_the_choice(chat: httpx.AsyncClient) -> None:
    replies = await say(chat, "Hello, I would like to know how to apply for housing benefit please")
    # German, then the same in English, which more people read; the languages, and a person.
    assert replies[0]["text"] == translate("de", m.LANGUAGE_CHOICE) + "\n\n" + m.LANGUAGE_CHOICE
    assert m.LANGUAGE_CHOICE.startswith("I can write in German, Russian and Hebrew")
    titles = [b["title"] for b in replies[0]["buttons"]]
    assert titles == ["Deutsch", "Русский", "עברית", translate("de", m.BUTTON_HUMAN)]
    human = replies[0]["buttons"][-1]
    replies = await say(chat, human["title"], human["payload"])
    assert replies[0]["text"] == translate("de", m.HUMAN_QUEUED)


async def test_history_is_served_for_reloads(chat: httpx.AsyncClient) -> None:
    await say(chat, "Hallo")
    response = await chat.get("/chat/api/messages")
    senders = [msg["sender"] for msg in response.json()["messages"]]
    assert senders == ["person", "bot"]


async def test_health_is_ok_when_model_and_database_are(chat: httpx.AsyncClient) -> None:
    response = await chat.get("/healthz")
    assert response.status_code == 200 and response.json()["checks"] == {"database": True, "model": True}


async def test_chat_page_renders_right_to_left_for_hebrew(chat: httpx.AsyncClient) -> None:
    response = await chat.get("/chat?lang=he")
    assert response.status_code == 200
    assert '<html lang="he" dir="rtl">' in response.text
    assert 'dir="auto"' in response.text


@pytest.fixture
async def chat_without_bot(database: Database):  # type: ignore[no-untyped-def]
    app = create_app(app_settings(database, f"http://127.0.0.1:{free_port()}"))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://pforte.test"
        ) as client:
            yield client


async def test_bot_down_hands_over_to_a_counsellor(
    chat_without_bot: httpx.AsyncClient, database: Database
) -> None:
    replies = await say(chat_without_bot, "Wie beantrage ich Wohngeld?")
    assert replies[0]["text"] == translate("de", m.BOT_UNAVAILABLE)
    conversation = conversation_of(chat_without_bot, database)
    assert conversation.state == "queued" and conversation.handoff_reason == "bot_unavailable"
    health = await chat_without_bot.get("/healthz")
    assert health.status_code == 503 and health.json()["checks"]["model"] is False


async def test_bot_down_still_gives_emergency_numbers(
    chat_without_bot: httpx.AsyncClient, database: Database
) -> None:
    replies = await say(chat_without_bot, "я не хочу больше жить")
    assert replies[0]["text"].startswith(answer_text(database, "crisis", "ru"))
    assert conversation_of(chat_without_bot, database).crisis


async def test_every_message_is_stored(chat: httpx.AsyncClient, database: Database) -> None:
    for text in ("Hallo", "Wie beantrage ich Wohngeld?", "Danke!"):
        await say(chat, text)
    conversation = conversation_of(chat, database)
    inbound = [msg.text for msg in conversation.messages if msg.direction == "in"]
    assert inbound == ["Hallo", "Wie beantrage ich Wohngeld?", "Danke!"]
    with database.sessions() as session:
        bot = session.scalars(
            select(Message).where(Message.conversation_id == conversation.id, Message.sender == "bot")
        ).all()
        assert len(bot) >= 3
