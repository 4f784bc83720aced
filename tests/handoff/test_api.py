"""The handoff service through its JSON API: real app, real Rasa and action server, both databases."""

from __future__ import annotations

import asyncio
import itertools
import secrets
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import update

from conversations.models import Message
from handoff.accounts import add_user
from handoff.models import Role, User
from pforte import messages as m
from pforte.db import unit_of_work
from pforte.i18n import translate
from pforte.web.app import create_app
from tests.conftest import Database, Servers, app_settings

pytestmark = pytest.mark.rasa
PASSWORD = "a long enough password"
_names = itertools.count(1)


@pytest.fixture
async def app(database: Database, servers: Servers) -> AsyncIterator[FastAPI]:
    application = create_app(app_settings(database, servers.rasa_url))
    async with application.router.lifespan_context(application):
        yield application


def client_of(app: FastAPI) -> httpx.AsyncClient:
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://pforte.test")


def new_user(database: Database, role: Role = Role.COUNSELLOR, languages: list[str] | None = None) -> str:
    name = f"{role.value}{next(_names)}_{secrets.token_hex(3)}"
    with unit_of_work(database.sessions) as session:
        add_user(
            session, username=name, password=PASSWORD, role=role, languages=languages or ["de", "ru", "he"]
        )
    return name


async def logged_in(app: FastAPI, username: str) -> tuple[httpx.AsyncClient, dict[str, str]]:
    client = client_of(app)
    response = await client.post("/api/login", json={"username": username, "password": PASSWORD})
    assert response.status_code == 200, response.text
    return client, {"X-CSRF-Token": response.json()["csrf_token"]}


async def person_says(
    app: FastAPI, text: str, client: httpx.AsyncClient | None = None
) -> tuple[httpx.AsyncClient, list[dict[str, Any]]]:
    client = client or client_of(app)
    response = await client.post("/chat/api/messages", json={"text": text})
    assert response.status_code == 200
    return client, response.json()["replies"]


async def queued_id(console: httpx.AsyncClient, preview: str) -> int:
    queue = (await console.get("/api/queue")).json()
    return next(entry["id"] for entry in queue if entry["preview"] == preview)


async def test_login_sets_a_strict_httponly_cookie_and_wrong_passwords_are_throttled(
    app: FastAPI, database: Database
) -> None:
    name = new_user(database)
    async with client_of(app) as client:
        response = await client.post("/api/login", json={"username": name, "password": PASSWORD})
        cookie = response.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert (await client.get("/api/me")).json()["username"] == name
    async with client_of(app) as client:
        for _ in range(5):
            assert (
                await client.post("/api/login", json={"username": name, "password": "wrong password!"})
            ).status_code == 401
        assert (
            await client.post("/api/login", json={"username": name, "password": PASSWORD})
        ).status_code == 429


async def test_queue_orders_crisis_first_then_waiting_time(app: FastAPI, database: Database) -> None:
    console, _ = await logged_in(app, new_user(database))
    first = f"Ich möchte bitte mit einem Menschen sprechen ({secrets.token_hex(2)})"
    await person_says(app, first)
    crisis_text = "Ich will nicht mehr leben, heute Nacht mache ich Schluss"
    await person_says(app, crisis_text)
    queue = (await console.get("/api/queue")).json()
    assert queue[0]["priority"] == "crisis"
    assert set(queue[0]) >= {"id", "language", "priority", "waiting_since"}
    normal = [e for e in queue if e["priority"] == "normal"]
    assert [e["waiting_since"] for e in normal] == sorted(e["waiting_since"] for e in normal)
    assert any(e["preview"] == first and e["language"] == "de" for e in normal)


async def test_a_second_message_close_to_a_crisis_brings_a_counsellor_before_the_others(
    app: FastAPI, database: Database
) -> None:
    console, _ = await logged_in(app, new_user(database))
    asked = f"Ich möchte bitte mit einem Menschen sprechen ({secrets.token_hex(2)})"
    await person_says(app, asked)
    person, first = await person_says(app, "Mir ist alles egal geworden")
    assert first[-1]["text"] == translate("de", m.SAFETY_NOTE)
    assert translate("de", m.CONCERN_PASSED) not in [r["text"] for r in first]  # once is no reason
    second_text = "Seit Wochen denke ich nur noch an den Tod meiner Mutter, wo finde ich Hilfe?"
    _, second = await person_says(app, second_text, person)
    texts = [r["text"] for r in second]
    assert any("0800 111 0 111" in t for t in texts)  # the line, or an answer that gives the numbers itself
    assert any(t.startswith(translate("de", m.CONCERN_PASSED) + "\n\n") for t in texts)  # with the place
    assert second[-1]["buttons"][0]["payload"] == "/cancel_handoff"  # the person can say no

    queue = (await console.get("/api/queue")).json()
    concern = next(e for e in queue if e["preview"] == second_text)
    normal = next(e for e in queue if e["preview"] == asked)
    assert (concern["priority"], concern["reason"]) == ("concern", "repeated_concern")
    transcript = (await console.get(f"/api/conversations/{concern['id']}/messages")).json()
    assert transcript["summary"]["concern"] and not transcript["summary"]["crisis"]
    ids = [e["id"] for e in queue]
    assert ids.index(concern["id"]) < ids.index(normal["id"])  # though it waits for less long
    assert {e["priority"] for e in queue[: ids.index(concern["id"])]} <= {"crisis", "concern"}


async def test_with_a_counsellor_writing_the_models_crisis_judgement_flags_the_conversation_for_them(
    app: FastAPI, database: Database
) -> None:
    console, csrf = await logged_in(app, new_user(database))
    asked = f"Ich möchte bitte mit einem Menschen sprechen ({secrets.token_hex(2)})"
    person, _ = await person_says(app, asked)
    conversation = await queued_id(console, asked)
    await console.post(f"/api/conversations/{conversation}/claim", headers=csrf)
    mine = {c["id"]: c for c in (await console.get("/api/conversations/mine")).json()}
    assert not mine[conversation]["crisis"] and not mine[conversation]["concern"]
    _, replies = await person_says(app, "Mir ist alles egal geworden", person)
    assert replies == []
    mine = {c["id"]: c for c in (await console.get("/api/conversations/mine")).json()}
    assert mine[conversation]["concern"] and not mine[conversation]["crisis"]

    _, replies = await person_says(app, "Keiner würde merken, wenn ich weg wäre", person)
    assert replies == []  # the counsellor answers, not the bot
    mine = {c["id"]: c for c in (await console.get("/api/conversations/mine")).json()}
    assert mine[conversation]["crisis"]

    # A danger phrase of the lexicon still gets the numbers at once.
    _, replies = await person_says(app, "Ich will nicht mehr leben, heute Nacht mache ich Schluss", person)
    assert "112" in replies[0]["text"]


async def test_two_counsellors_racing_for_one_claim_exactly_one_wins(
    app: FastAPI, database: Database
) -> None:
    text = f"Bitte einen Berater, ich brauche Hilfe ({secrets.token_hex(2)})"
    await person_says(app, text)
    (a, a_csrf), (b, b_csrf) = (
        await logged_in(app, new_user(database)),
        await logged_in(app, new_user(database)),
    )
    conversation = await queued_id(a, text)
    results = await asyncio.gather(
        a.post(f"/api/conversations/{conversation}/claim", headers=a_csrf),
        b.post(f"/api/conversations/{conversation}/claim", headers=b_csrf),
    )
    assert sorted(r.status_code for r in results) == [200, 409]


async def test_claim_read_reply_release_and_close(app: FastAPI, database: Database) -> None:
    person, _ = await person_says(app, "Wie beantrage ich Wohngeld?")
    text = f"Ich möchte mit einem Menschen sprechen ({secrets.token_hex(2)})"
    await person_says(app, text, person)
    name = new_user(database)
    console, csrf = await logged_in(app, name)
    conversation = await queued_id(console, text)
    assert (
        await console.post(f"/api/conversations/{conversation}/claim")
    ).status_code == 403  # no CSRF token
    assert (await console.post(f"/api/conversations/{conversation}/claim", headers=csrf)).status_code == 200

    transcript = (await console.get(f"/api/conversations/{conversation}/messages")).json()
    senders = [msg["sender"] for msg in transcript["messages"]]
    assert senders[:2] == ["person", "bot"] and transcript["assignee"] == name
    assert (
        transcript["summary"]["reason"] == "human_request" and "wohngeld" in transcript["summary"]["topics"]
    )

    # While a counsellor holds it, the person's messages do not reach the bot.
    _, replies = await person_says(app, "Wie beantrage ich Kindergeld?", person)
    assert replies == []
    mine = {c["id"]: c for c in (await console.get("/api/conversations/mine")).json()}
    assert mine[conversation]["unanswered"]  # the person wrote last
    answer = (await console.get("/api/answers/kindergeld?language=de")).json()["text"]
    assert (
        await console.post(f"/api/conversations/{conversation}/messages", json={"text": answer}, headers=csrf)
    ).status_code == 200
    mine = {c["id"]: c for c in (await console.get("/api/conversations/mine")).json()}
    assert not mine[conversation]["unanswered"]
    seen = (await person.get("/chat/api/messages")).json()["messages"]
    assert seen[-1]["sender"] == "counsellor" and seen[-1]["text"] == answer

    assert (
        await console.post(
            f"/api/conversations/{conversation}/notes", json={"text": "Rückruf Montag"}, headers=csrf
        )
    ).status_code == 200
    seen = (await person.get("/chat/api/messages")).json()["messages"]
    assert all("Rückruf Montag" not in msg["text"] for msg in seen)  # notes are private

    assert (await console.post(f"/api/conversations/{conversation}/release", headers=csrf)).json()[
        "state"
    ] == "bot"
    seen = (await person.get("/chat/api/messages")).json()["messages"]
    assert seen[-1]["text"] == translate("de", m.RELEASED)  # nobody waits for a counsellor who has gone
    _, replies = await person_says(app, "Wie beantrage ich Wohngeld?", person)
    assert replies and "Wohngeld" in replies[0]["text"]  # the bot answers again

    await person_says(app, "Ich möchte wieder mit einem Menschen sprechen", person)
    again = next(e["id"] for e in (await console.get("/api/queue")).json() if e["id"] == conversation)
    await console.post(f"/api/conversations/{again}/claim", headers=csrf)
    closed = await console.post(
        f"/api/conversations/{again}/close", json={"outcome": "advised"}, headers=csrf
    )
    assert closed.json() == {"id": again, "state": "closed", "outcome": "advised"}


async def test_a_reply_right_before_closing_still_reaches_the_person(
    app: FastAPI, database: Database
) -> None:
    text = f"Bitte verbinden Sie mich mit einer Beraterin ({secrets.token_hex(2)})"
    person, _ = await person_says(app, text)
    console, csrf = await logged_in(app, new_user(database))
    conversation = await queued_id(console, text)
    await console.post(f"/api/conversations/{conversation}/claim", headers=csrf)
    reply = "Das Rentenamt hilft Ihnen weiter. Alles Gute!"
    await console.post(f"/api/conversations/{conversation}/messages", json={"text": reply}, headers=csrf)
    await console.post(f"/api/conversations/{conversation}/close", json={}, headers=csrf)

    # Also when the page is opened again later.
    seen = [msg["text"] for msg in (await person.get("/chat/api/messages")).json()["messages"]]
    assert seen[-2:] == [reply, translate("de", m.CLOSED)]
    # Writing again starts a new conversation with the bot.
    _, replies = await person_says(app, "Wie beantrage ich Wohngeld?", person)
    assert replies and "Wohngeld" in replies[0]["text"]


async def test_a_counsellor_reads_only_what_they_hold_or_could_take(app: FastAPI, database: Database) -> None:
    bot_only, _ = await person_says(app, f"Wie beantrage ich Wohngeld? ({secrets.token_hex(2)})")
    held_text = f"Ich möchte mit einem Menschen sprechen ({secrets.token_hex(2)})"
    await person_says(app, held_text)
    russian_text = f"Я хочу поговорить с живым человеком ({secrets.token_hex(2)})"
    await person_says(app, russian_text)
    (anna, anna_csrf), (boris, boris_csrf) = (
        await logged_in(app, new_user(database, languages=["de", "ru"])),
        await logged_in(app, new_user(database, languages=["de"])),
    )
    held = await queued_id(anna, held_text)
    russian = await queued_id(anna, russian_text)
    assert (await boris.get(f"/api/conversations/{held}/messages")).status_code == 200  # he could take it
    await anna.post(f"/api/conversations/{held}/claim", headers=anna_csrf)

    assert (await anna.get(f"/api/conversations/{held}/messages")).status_code == 200
    assert (await boris.get(f"/api/conversations/{held}/messages")).status_code == 403  # a colleague's
    assert (await boris.get(f"/api/conversations/{russian}/messages")).status_code == 403  # not his language
    notes = await boris.post(f"/api/conversations/{held}/notes", json={"text": "x"}, headers=boris_csrf)
    assert notes.status_code == 409
    # A conversation with the bot alone is nobody's to read; the ids are sequential.
    first = (await bot_only.get("/chat/api/messages")).json()["messages"][0]["id"]
    with database.sessions() as session:
        bot_conversation = session.get_one(Message, first).conversation_id
    assert (await anna.get(f"/api/conversations/{bot_conversation}/messages")).status_code == 403
    admin, _ = await logged_in(app, new_user(database, Role.ADMIN))
    assert (await admin.get(f"/api/conversations/{bot_conversation}/messages")).status_code == 200


async def test_at_capacity_a_claim_is_refused_as_such(app: FastAPI, database: Database) -> None:
    name = new_user(database)
    with unit_of_work(database.sessions) as session:
        session.execute(update(User).where(User.username == name).values(max_conversations=1))
    console, csrf = await logged_in(app, name)
    texts = [f"Mit einem Menschen sprechen bitte ({secrets.token_hex(2)})" for _ in range(2)]
    for text in texts:
        await person_says(app, text)
    first, second = [await queued_id(console, text) for text in texts]
    assert (await console.post(f"/api/conversations/{first}/claim", headers=csrf)).status_code == 200
    refused = await console.post(f"/api/conversations/{second}/claim", headers=csrf)
    assert refused.status_code == 429  # not 409: nobody else took it
    assert second in [e["id"] for e in (await console.get("/api/queue")).json()]


async def test_only_the_holder_can_reply(app: FastAPI, database: Database) -> None:
    text = f"Mensch bitte ({secrets.token_hex(2)})"
    await person_says(app, text)
    (a, a_csrf), (b, b_csrf) = (
        await logged_in(app, new_user(database)),
        await logged_in(app, new_user(database)),
    )
    conversation = await queued_id(a, text)
    await a.post(f"/api/conversations/{conversation}/claim", headers=a_csrf)
    response = await b.post(
        f"/api/conversations/{conversation}/messages", json={"text": "hallo"}, headers=b_csrf
    )
    assert response.status_code == 409


async def test_editors_see_no_conversations_and_admins_read_the_audit_log(
    app: FastAPI, database: Database
) -> None:
    text = f"Ich will mit einer Beraterin schreiben ({secrets.token_hex(2)})"
    await person_says(app, text)
    counsellor_name = new_user(database)
    console, _ = await logged_in(app, counsellor_name)
    conversation = await queued_id(console, text)
    await console.get(f"/api/conversations/{conversation}/messages")

    editor, _ = await logged_in(app, new_user(database, Role.EDITOR))
    assert (await editor.get("/api/queue")).status_code == 403
    assert (await editor.get(f"/api/conversations/{conversation}/messages")).status_code == 403
    assert (await console.get("/api/audit")).status_code == 403

    admin, _ = await logged_in(app, new_user(database, Role.ADMIN))
    log = (await admin.get("/api/audit")).json()
    assert {"user": counsellor_name, "action": "open", "conversation_id": conversation}.items() <= next(
        e for e in log if e["action"] == "open" and e["conversation_id"] == conversation
    ).items()


async def test_queue_is_routed_by_the_languages_a_counsellor_speaks(app: FastAPI, database: Database) -> None:
    text = f"Я хочу поговорить с живым человеком ({secrets.token_hex(2)})"
    await person_says(app, text)
    german_only, _ = await logged_in(app, new_user(database, languages=["de"]))
    russian, _ = await logged_in(app, new_user(database, languages=["ru"]))
    assert text not in [e["preview"] for e in (await german_only.get("/api/queue")).json()]
    assert text in [e["preview"] for e in (await russian.get("/api/queue")).json()]


async def test_admins_manage_accounts(app: FastAPI, database: Database) -> None:
    admin, csrf = await logged_in(app, new_user(database, Role.ADMIN))
    name = f"neu{secrets.token_hex(3)}"
    body = {"username": name, "password": PASSWORD, "role": "counsellor", "languages": ["he"]}
    assert (await admin.post("/api/users", json=body, headers=csrf)).status_code == 200
    assert (await admin.post("/api/users", json=body, headers=csrf)).status_code == 409
    console, console_csrf = await logged_in(app, name)
    assert (
        await console.post("/api/users", json={**body, "username": "x" + name}, headers=console_csrf)
    ).status_code == 403


async def test_openapi_documents_the_console_api(app: FastAPI) -> None:
    async with client_of(app) as client:
        paths = (await client.get("/openapi.json")).json()["paths"]
    for path in (
        "/api/login",
        "/api/queue",
        "/api/conversations/{conversation_id}/claim",
        "/api/conversations/{conversation_id}/messages",
        "/api/conversations/{conversation_id}/release",
        "/api/conversations/{conversation_id}/close",
    ):
        assert path in paths


async def test_person_hears_a_counsellor_will_take_over(app: FastAPI) -> None:
    _, replies = await person_says(app, "Ich möchte mit einem Menschen sprechen, bitte")
    assert replies[0]["text"].startswith(translate("de", m.HUMAN_QUEUED)[:20])


def app_with(database: Database, servers: Servers, **settings: Any) -> FastAPI:
    base = app_settings(database, servers.rasa_url)
    return create_app(base.model_copy(update=settings))


async def test_waiting_person_gets_place_and_wait_or_opening_time_and_can_cancel(
    database: Database, servers: Servers
) -> None:
    always = app_with(database, servers, service_hours="mon-sun 00:00-23:59")
    with unit_of_work(database.sessions) as session:
        session.execute(update(User).values(availability="away"))
    async with always.router.lifespan_context(always):
        # Nobody signed in as available: the place, but no made-up waiting time.
        _, replies = await person_says(always, "Ich möchte mit einem Menschen sprechen")
        assert replies[1]["text"].startswith("Sie sind auf Platz ") and "Minuten" not in replies[1]["text"]
        assert "112" in replies[1]["text"]
        anna, csrf = await logged_in(always, new_user(database))
        await anna.put("/api/me/availability", json={"availability": "online"}, headers=csrf)
        person, replies = await person_says(always, "Ich möchte mit einem Menschen sprechen")
        notice = replies[1]
        assert notice["text"].startswith("Sie sind auf Platz ") and "Minuten" in notice["text"]
        cancel = notice["buttons"][0]
        response = await person.post(
            "/chat/api/messages", json={"text": cancel["title"], "payload": cancel["payload"]}
        )
        assert response.json()["replies"][0]["text"] == translate("de", m.HANDOFF_CANCELLED)
        _, replies = await person_says(always, "Wie beantrage ich Wohngeld?", person)
        assert "Wohngeld" in replies[0]["text"]  # back with the bot
    never = app_with(database, servers, service_hours="sun 00:00-00:01", holidays="")
    async with never.router.lifespan_context(never):
        _, replies = await person_says(never, "Ich möchte mit einem Menschen sprechen")
        assert replies[1]["text"].startswith(
            "Unsere Beraterinnen und Berater sind gerade nicht erreichbar. Sie sind am Sonntag"
        )
        assert "112" in replies[1]["text"]


async def test_at_night_the_crisis_reply_says_no_counsellor_reads_it_before_the_morning(
    database: Database, servers: Servers
) -> None:
    danger = "Ich will nicht mehr leben, heute Nacht mache ich Schluss"
    never = app_with(database, servers, service_hours="sun 00:00-00:01", holidays="")
    async with never.router.lifespan_context(never):
        _, replies = await person_says(never, danger)
        closed_line = "\n\nGerade ist keine Beraterin und kein Berater dieses Chats im Dienst."
        crisis_reply, closed = replies[0]["text"].split(closed_line)  # in the same message, after the numbers
        assert crisis_reply.startswith("Wenn Sie oder ein anderer Mensch in Gefahr sind")
        assert "am Sonntag" in closed and "0800 111 0 111" in closed
        # Also for a person already waiting in the queue at night.
        person, _ = await person_says(never, "Ich möchte mit einem Menschen sprechen")
        _, replies = await person_says(never, danger, person)
        assert "112" in replies[0]["text"] and closed_line in replies[0]["text"]
    always = app_with(database, servers, service_hours="mon-sun 00:00-23:59")
    async with always.router.lifespan_context(always):
        _, replies = await person_says(always, danger)
        assert not any("Gerade ist keine Beraterin" in r["text"] for r in replies)


async def test_two_fallbacks_in_a_row_bring_a_counsellor(app: FastAPI, database: Database) -> None:
    person, first = await person_says(app, "Antrag")
    assert first[0]["text"] in (translate("de", m.NOT_SURE), translate("de", m.OUT_OF_SCOPE))
    _, second = await person_says(app, "Wer gewinnt heute das Spiel von Bayern München?", person)
    # Unasked, so the person reads why first, then the place in the queue (or the opening time).
    notice = next(r["text"] for r in second if r["text"].startswith(translate("de", m.FALLBACK_PASSED)))
    assert ("Sie sind auf Platz" in notice) or ("Unsere Beraterinnen" in notice)
    console, _ = await logged_in(app, new_user(database))
    queue = (await console.get("/api/queue")).json()
    assert any(e["reason"] == "repeated_fallback" and e["preview"].startswith("Wer gewinnt") for e in queue)


async def test_overdue_conversations_are_marked(database: Database, servers: Servers) -> None:
    app = app_with(database, servers, overdue_minutes=1)
    async with app.router.lifespan_context(app):
        text = f"Bitte einen Menschen ({secrets.token_hex(2)})"
        await person_says(app, text)
        import datetime as dt

        from sqlalchemy import update

        from conversations.models import Conversation, utcnow

        console, _ = await logged_in(app, new_user(database))
        conversation = await queued_id(console, text)
        with unit_of_work(database.sessions) as session:
            session.execute(
                update(Conversation)
                .where(Conversation.id == conversation)
                .values(queued_at=utcnow() - dt.timedelta(minutes=5))
            )
        entry = next(e for e in (await console.get("/api/queue")).json() if e["id"] == conversation)
        assert entry["overdue"] is True


async def test_a_conversation_is_handed_over_only_to_a_colleague_who_can_take_it(
    app: FastAPI, database: Database
) -> None:
    text = f"Ich möchte mit einem Menschen sprechen ({secrets.token_hex(2)})"
    await person_says(app, text)
    anna, anna_csrf = await logged_in(app, new_user(database, languages=["de"]))
    conversation = await queued_id(anna, text)
    await anna.post(f"/api/conversations/{conversation}/claim", headers=anna_csrf)
    away, hebrew, carla = (
        new_user(database, languages=["de"]),
        new_user(database, languages=["he"]),
        new_user(database, languages=["de", "ru"]),
    )
    for name in (hebrew, carla):
        client, csrf = await logged_in(app, name)
        await client.put("/api/me/availability", json={"availability": "online"}, headers=csrf)

    async def hand_over(to: str) -> httpx.Response:
        return await anna.post(
            f"/api/conversations/{conversation}/transfer", json={"username": to}, headers=anna_csrf
        )

    assert (await hand_over(away)).status_code == 409  # not available now
    assert (await hand_over(hebrew)).status_code == 409  # does not write German
    assert (await hand_over("nobody_" + secrets.token_hex(3))).status_code == 404
    assert (await hand_over(carla)).json()["assignee"] == carla
    carla_client, _ = await logged_in(app, carla)
    assert (await carla_client.get(f"/api/conversations/{conversation}/messages")).status_code == 200
    assert (await anna.get(f"/api/conversations/{conversation}/messages")).status_code == 403
