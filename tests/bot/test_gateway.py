"""The Telegram gateway end to end: a fake Bot API on loopback, real Rasa, real action server,
real database (SQLite and PostgreSQL)."""

from __future__ import annotations

import asyncio
import itertools
import random
from collections.abc import AsyncIterator, Callable, Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import select

from bot.updates import TelegramUpdate
from content.store import published_answer
from conversations.models import Contact, Conversation, Message
from conversations.outbox import OutboxItem, enqueue
from conversations.pseudonym import pseudonym
from pforte import messages as m
from pforte.db import unit_of_work
from pforte.i18n import translate
from pforte.settings import AppSettings
from pforte.text.bidi import for_telegram
from pforte.web.app import create_app
from tests.conftest import TEST_KEY, Database, Servers, free_port
from tests.fakes.telegram import FakeBotAPI, FakeBotAPIServer, callback_update, media_update, text_update

pytestmark = pytest.mark.rasa
SECRET = "test-webhook-secret-0123456789"
_chats = itertools.count(random.randint(10_000, 90_000) * 1000)


@pytest.fixture(scope="module")
def fake_api() -> Iterator[FakeBotAPI]:
    with FakeBotAPIServer(FakeBotAPI(), free_port()) as fake:
        yield fake


def telegram_settings(
    database: Database, servers: Servers, fake: FakeBotAPI, *, webhook: bool = True
) -> AppSettings:
    return AppSettings(  # type: ignore[call-arg]
        database_url=database.url,
        rasa_url=servers.rasa_url,
        pseudonym_key=TEST_KEY,  # type: ignore[arg-type]
        telegram_token=fake.token,  # type: ignore[arg-type]
        telegram_api_url=fake.base_url,
        public_url="https://pforte.example.org" if webhook else None,
        webhook_secret=SECRET if webhook else None,  # type: ignore[arg-type]
        training_worker=False,
    )


@pytest.fixture
async def telegram(
    database: Database, servers: Servers, fake_api: FakeBotAPI
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(telegram_settings(database, servers, fake_api))
    async with app.router.lifespan_context(app):
        async with httpx.AsyncClient(
            transport=httpx.ASGITransport(app=app), base_url="http://pforte.test"
        ) as client:
            yield client


async def post(client: httpx.AsyncClient, update: dict[str, Any], secret: str = SECRET) -> httpx.Response:
    return await client.post(
        "/telegram/webhook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": secret}
    )


async def wait_until(condition: Callable[[], Any], seconds: float = 20) -> Any:
    deadline = asyncio.get_running_loop().time() + seconds
    while True:
        value = condition()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.05)


def answer(database: Database, slug: str, language: str) -> str:
    with database.sessions() as session:
        found = published_answer(session, slug=slug, language=language)
        assert found is not None
        return found.text


def contact_of(database: Database, chat_id: int) -> Contact | None:
    key = pseudonym(key=TEST_KEY, channel="telegram", user_id=str(chat_id))
    with database.sessions() as session:
        return session.scalar(select(Contact).where(Contact.pseudonym == key))


async def test_start_registers_commands_and_webhook(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI
) -> None:
    languages = {c.params.get("language_code") for c in fake_api.called("setMyCommands")}
    assert {"de", "ru", "he"} <= languages
    hook = fake_api.called("setWebhook")[-1].params
    assert hook["url"] == "https://pforte.example.org/telegram/webhook" and hook["secret_token"] == SECRET


@pytest.mark.parametrize(
    ("text", "slug", "language"),
    [
        ("Wie beantrage ich Wohngeld? Die Miete ist zu hoch.", "wohngeld", "de"),
        ("Как получить Kindergeld на ребёнка?", "kindergeld", "ru"),
        ("איך מקבלים קצבת ילדים Kindergeld בגרמניה", "kindergeld", "he"),
    ],
)
async def test_a_question_is_stored_and_answered_in_its_language(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database, text: str, slug: str, language: str
) -> None:
    chat = next(_chats)
    response = await post(telegram, text_update(chat, text, language_code=language))
    assert response.status_code == 200
    sent = await wait_until(lambda: fake_api.sent(chat))
    assert sent[0]["text"] == for_telegram(answer(database, slug, language), language)
    titles = [row[0]["text"] for row in sent[0]["reply_markup"]["inline_keyboard"]]
    assert translate(language, m.BUTTON_HUMAN) in titles
    contact = contact_of(database, chat)
    assert contact is not None and str(chat) not in contact.pseudonym and contact.chat_ref == str(chat)


async def test_a_redelivered_update_is_answered_once(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI
) -> None:
    chat = next(_chats)
    update = text_update(chat, "Wie beantrage ich Kindergeld?")
    for _ in range(3):
        assert (await post(telegram, update)).status_code == 200
    await wait_until(lambda: fake_api.sent(chat))
    await asyncio.sleep(1.0)
    assert len(fake_api.sent(chat)) == 1


async def test_a_wrong_secret_is_refused_and_nothing_is_processed(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database
) -> None:
    chat = next(_chats)
    update = text_update(chat, "Hallo")
    assert (await post(telegram, update, secret="wrong-secret-wrong-secret")).status_code == 403
    assert (await telegram.post("/telegram/webhook", json=update)).status_code == 403
    await asyncio.sleep(0.5)
    with database.sessions() as session:
        assert session.get(TelegramUpdate, update["update_id"]) is None
    assert fake_api.sent(chat) == []


async def test_start_with_a_deep_link_welcomes_with_privacy_notice(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database
) -> None:
    chat = next(_chats)
    await post(telegram, text_update(chat, "/start flyer_gemeinde_2026", language_code="ru"))
    sent = await wait_until(lambda: len(fake_api.sent(chat)) >= 2 and fake_api.sent(chat))
    assert sent[0]["text"] == translate("ru", m.GREET_FIRST)
    assert [row[0]["text"] for row in sent[0]["reply_markup"]["inline_keyboard"]] == [
        "Deutsch",
        "Русский",
        "עברית",
    ]
    assert sent[1]["text"] == translate("ru", m.PRIVACY_NOTICE)
    contact = contact_of(database, chat)
    assert contact is not None and contact.source == "flyer_gemeinde_2026"


async def test_language_buttons_switch_the_language(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI
) -> None:
    chat = next(_chats)
    await post(telegram, text_update(chat, "/language"))
    sent = await wait_until(lambda: fake_api.sent(chat))
    hebrew = next(row[0] for row in sent[0]["reply_markup"]["inline_keyboard"] if row[0]["text"] == "עברית")
    await post(telegram, callback_update(chat, hebrew["callback_data"]))
    sent = await wait_until(lambda: len(fake_api.sent(chat)) >= 2 and fake_api.sent(chat))
    assert sent[1]["text"].startswith(translate("he", m.LANGUAGE_SET))


async def test_human_command_queues_the_conversation(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database
) -> None:
    chat = next(_chats)
    await post(telegram, text_update(chat, "/human"))
    sent = await wait_until(lambda: fake_api.sent(chat))
    assert sent[0]["text"] == translate("de", m.HUMAN_QUEUED)
    contact = contact_of(database, chat)
    with database.sessions() as session:
        conversation = session.scalar(select(Conversation).where(Conversation.contact_id == contact.id))
        assert conversation.state == "queued" and conversation.handoff_reason == "human_request"


async def test_crisis_on_telegram(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database
) -> None:
    chat = next(_chats)
    await post(telegram, text_update(chat, "я не хочу больше жить", language_code="ru"))
    sent = await wait_until(lambda: fake_api.sent(chat))
    assert sent[0]["text"].startswith(answer(database, "crisis", "ru"))  # at night: and when we are back


async def test_edited_message_is_treated_as_new_text(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database
) -> None:
    chat = next(_chats)
    await post(telegram, text_update(chat, "Wie beantrage ich Wohngeld?", edited=True))
    sent = await wait_until(lambda: fake_api.sent(chat))
    assert sent[0]["text"] == answer(database, "wohngeld", "de")


@pytest.mark.parametrize("kind", ["voice", "sticker", "location"])
async def test_non_text_gets_a_kind_reply_and_nothing_is_downloaded(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database, kind: str
) -> None:
    chat = next(_chats)
    await post(telegram, media_update(chat, kind))
    sent = await wait_until(lambda: fake_api.sent(chat))
    assert sent[0]["text"] == translate("de", m.NON_TEXT)
    assert not fake_api.called("getFile")
    with database.sessions() as session:
        texts = session.scalars(
            select(Message.text)
            .join(Conversation)
            .join(Contact)
            .where(Contact.pseudonym == pseudonym(key=TEST_KEY, channel="telegram", user_id=str(chat)))
        ).all()
        assert f"[{kind}]" in texts


async def test_groups_are_told_and_left(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database
) -> None:
    group = -next(_chats)
    await post(telegram, text_update(group, "Hallo zusammen", chat_type="group"))
    await wait_until(lambda: [c for c in fake_api.called("leaveChat") if int(c.params["chat_id"]) == group])
    assert fake_api.sent(group)[0]["text"] == translate("de", m.PRIVATE_ONLY)
    assert contact_of(database, group) is None


async def test_delete_erases_everything_after_confirmation(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database
) -> None:
    chat = next(_chats)
    await post(telegram, text_update(chat, "Wie beantrage ich Wohngeld?"))
    await wait_until(lambda: fake_api.sent(chat))
    await post(telegram, text_update(chat, "/delete"))
    sent = await wait_until(lambda: len(fake_api.sent(chat)) >= 2 and fake_api.sent(chat))
    assert sent[1]["text"] == translate("de", m.DELETE_CONFIRM)
    yes = sent[1]["reply_markup"]["inline_keyboard"][0][0]
    assert yes["text"] == translate("de", m.DELETE_YES)
    await post(telegram, callback_update(chat, yes["callback_data"]))
    sent = await wait_until(lambda: len(fake_api.sent(chat)) >= 3 and fake_api.sent(chat))
    assert sent[2]["text"] == translate("de", m.DELETED)
    assert contact_of(database, chat) is None
    with database.sessions() as session:
        left = session.scalars(select(OutboxItem.text).where(OutboxItem.chat_ref == str(chat))).all()
        assert left == [translate("de", m.DELETED)]


async def test_forged_callback_data_is_not_trusted(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI, database: Database
) -> None:
    chat = next(_chats)
    await post(telegram, text_update(chat, "Hallo"))
    await wait_until(lambda: fake_api.sent(chat))
    for forged in ("delete:yes", "/crisis", "/human_request"):
        await post(telegram, callback_update(chat, forged))
    await asyncio.sleep(1.5)
    contact = contact_of(database, chat)
    assert contact is not None
    with database.sessions() as session:
        conversation = session.scalar(select(Conversation).where(Conversation.contact_id == contact.id))
        assert conversation.state == "bot" and not conversation.crisis


async def test_429_retry_after_is_honoured(telegram: httpx.AsyncClient, fake_api: FakeBotAPI) -> None:
    chat = next(_chats)
    fake_api.fail_next("sendMessage", status=429, retry_after=2)
    await post(telegram, text_update(chat, "Wie beantrage ich Kindergeld?"))
    await wait_until(lambda: fake_api.sent(chat), seconds=30)
    attempts = [c for c in fake_api.called("sendMessage") if int(c.params["chat_id"]) == chat]
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.9


async def test_server_errors_are_retried_with_backoff(
    telegram: httpx.AsyncClient, fake_api: FakeBotAPI
) -> None:
    chat = next(_chats)
    fake_api.fail_next("sendMessage", status=500, times=2)
    await post(telegram, text_update(chat, "Wie beantrage ich Kindergeld?"))
    await wait_until(lambda: fake_api.sent(chat), seconds=30)
    statuses = [c.status for c in fake_api.called("sendMessage") if int(c.params["chat_id"]) == chat]
    assert statuses == [500, 500, 200]


async def test_outbox_and_updates_left_by_a_killed_process_are_delivered_on_start(
    database: Database, servers: Servers, fake_api: FakeBotAPI
) -> None:
    chat, other = next(_chats), next(_chats)
    update = text_update(other, "Wie beantrage ich Wohngeld?")
    with unit_of_work(database.sessions) as session:
        # A reply claimed by a sender that died mid-send, and an update stored but never processed.
        item = enqueue(session, channel="telegram", chat_ref=str(chat), text="Antwort vor dem Absturz")
        item.status = "sending"
        session.add(TelegramUpdate(update_id=update["update_id"], payload=update))
    app = create_app(telegram_settings(database, servers, fake_api))
    async with app.router.lifespan_context(app):
        sent = await wait_until(lambda: fake_api.sent(chat), seconds=40)
        assert sent[0]["text"] == "Antwort vor dem Absturz"
        await wait_until(lambda: fake_api.sent(other), seconds=40)


async def test_polling_mode_without_public_url(
    database: Database, servers: Servers, fake_api: FakeBotAPI
) -> None:
    chat = next(_chats)
    app = create_app(telegram_settings(database, servers, fake_api, webhook=False))
    async with app.router.lifespan_context(app):
        assert fake_api.called("deleteWebhook")
        fake_api.updates.append(text_update(chat, "Wie beantrage ich Wohngeld?"))
        sent = await wait_until(lambda: fake_api.sent(chat), seconds=30)
        assert "Wohngeld" in sent[0]["text"]
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://t") as client:
            assert (await post(client, text_update(chat, "x"))).status_code == 404
