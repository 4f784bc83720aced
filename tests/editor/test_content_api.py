"""The editors' JSON API: four-eyes review, history, diff, rollback, review dates, examples,
roles, import and export. Real app, SQLite and PostgreSQL."""

from __future__ import annotations

import csv
import datetime as dt
import io
import secrets
from collections.abc import AsyncIterator

import httpx
import pytest
import yaml
from fastapi import FastAPI
from sqlalchemy import select

from content.models import Answer, TrainingRun, TrainingStatus
from content.store import get_topic, published_answer
from handoff.models import Role
from pforte.db import unit_of_work
from pforte.web.app import create_app
from tests.conftest import Database, app_settings
from tests.handoff.test_api import logged_in, new_user

NO_RASA = "http://127.0.0.1:9"  # nothing listens there: these tests need no model


@pytest.fixture
async def app(database: Database) -> AsyncIterator[FastAPI]:
    application = create_app(app_settings(database, NO_RASA))
    async with application.router.lifespan_context(application):
        yield application


async def editor(app: FastAPI, database: Database) -> tuple[httpx.AsyncClient, dict[str, str]]:
    return await logged_in(app, new_user(database, Role.EDITOR))


async def new_topic(client: httpx.AsyncClient, csrf: dict[str, str]) -> str:
    slug = f"thema_{secrets.token_hex(4)}"
    response = await client.post(
        "/api/content/topics",
        json={"slug": slug, "group": "family", "titles": {"de": "Testthema", "he": "נושא"}},
        headers=csrf,
    )
    assert response.status_code == 201, response.text
    return slug


def clear_training_queue(database: Database) -> None:
    """Changes of examples queue a training; no worker runs here, so drop them afterwards."""
    with unit_of_work(database.sessions) as session:
        for run in session.scalars(
            select(TrainingRun).where(TrainingRun.status == TrainingStatus.QUEUED.value)
        ):
            session.delete(run)


async def test_a_change_needs_a_second_editor_and_is_then_what_the_bot_reads(
    app: FastAPI, database: Database
) -> None:
    anna, anna_csrf = await editor(app, database)
    ben, ben_csrf = await editor(app, database)
    slug = await new_topic(anna, anna_csrf)

    draft = await anna.put(
        f"/api/content/topics/{slug}/answers/de", json={"text": "Erste Fassung."}, headers=anna_csrf
    )
    assert draft.status_code == 200 and draft.json()["status"] == "draft"
    revision = draft.json()["revision_id"]
    topics = {t["slug"]: t for t in (await anna.get("/api/content/topics")).json()}
    assert topics[slug]["languages"]["de"]["state"] == "draft"
    assert topics[slug]["languages"]["ru"]["state"] == "missing"

    # Only the author submits; a colleague cannot edit an open change.
    assert (await ben.post(f"/api/content/revisions/{revision}/submit", headers=ben_csrf)).status_code == 403
    assert (
        await ben.put(f"/api/content/topics/{slug}/answers/de", json={"text": "Andere"}, headers=ben_csrf)
    ).status_code == 409
    submitted = await anna.post(f"/api/content/revisions/{revision}/submit", headers=anna_csrf)
    assert submitted.json()["status"] == "in_review"

    # The author can never approve their own change.
    own = await anna.post(f"/api/content/revisions/{revision}/approve", headers=anna_csrf)
    assert own.status_code == 403
    assert "colleague" in own.json()["detail"]
    with database.sessions() as session:
        assert published_answer(session, slug=slug, language="de") is None

    queue = (await ben.get("/api/content/revisions")).json()
    assert any(r["revision_id"] == revision and r["author"] for r in queue)
    approved = await ben.post(f"/api/content/revisions/{revision}/approve", headers=ben_csrf)
    assert approved.json() == {"revision_id": revision, "status": "published"}
    with database.sessions() as session:
        answer = published_answer(session, slug=slug, language="de")
        assert answer is not None and answer.text == "Erste Fassung."
    # Approving twice is a conflict, not a second publication.
    assert (await ben.post(f"/api/content/revisions/{revision}/approve", headers=ben_csrf)).status_code == 409

    detail = (await anna.get(f"/api/content/topics/{slug}")).json()["languages"]["de"]
    assert detail["published"]["reviewed_on"] == dt.date.today().isoformat()
    assert detail["published"]["reviewer"] and detail["published"]["author"]
    assert detail["pending"] is None


async def test_returned_with_a_comment_then_history_diff_and_rollback(
    app: FastAPI, database: Database
) -> None:
    anna, anna_csrf = await editor(app, database)
    ben, ben_csrf = await editor(app, database)
    slug = await new_topic(anna, anna_csrf)

    async def publish(text: str) -> int:
        rid = (
            await anna.put(f"/api/content/topics/{slug}/answers/ru", json={"text": text}, headers=anna_csrf)
        ).json()["revision_id"]
        await anna.post(f"/api/content/revisions/{rid}/submit", headers=anna_csrf)
        assert (await ben.post(f"/api/content/revisions/{rid}/approve", headers=ben_csrf)).status_code == 200
        return int(rid)

    first = await publish("Подайте заявление в Jobcenter.")
    rid = (
        await anna.put(
            f"/api/content/topics/{slug}/answers/ru",
            json={"text": "Подайте заявление онлайн."},
            headers=anna_csrf,
        )
    ).json()["revision_id"]
    await anna.post(f"/api/content/revisions/{rid}/submit", headers=anna_csrf)
    in_review = (await ben.get(f"/api/content/revisions/{rid}")).json()
    assert in_review["published_text"] == "Подайте заявление в Jobcenter."
    assert {"op": "delete", "text": "в Jobcenter."} in in_review["diff"]
    assert {"op": "insert", "text": "онлайн."} in in_review["diff"]

    assert (
        await ben.post(f"/api/content/revisions/{rid}/reject", json={"comment": ""}, headers=ben_csrf)
    ).status_code == 422
    returned = await ben.post(
        f"/api/content/revisions/{rid}/reject", json={"comment": "Bitte den Link ergänzen."}, headers=ben_csrf
    )
    assert returned.json()["status"] == "returned"
    pending = (await anna.get(f"/api/content/topics/{slug}")).json()["languages"]["ru"]["pending"]
    assert pending["status"] == "returned" and pending["comment"] == "Bitte den Link ergänzen."
    # The bot still sends the published text.
    with database.sessions() as session:
        assert published_answer(session, slug=slug, language="ru").text == "Подайте заявление в Jobcenter."  # type: ignore[union-attr]

    # Edited by its author it is a draft again; resubmitted and approved.
    again = await anna.put(
        f"/api/content/topics/{slug}/answers/ru",
        json={"text": "Подайте заявление онлайн: www.example.org"},
        headers=anna_csrf,
    )
    assert again.json() == {"revision_id": rid, "status": "draft"}
    await anna.post(f"/api/content/revisions/{rid}/submit", headers=anna_csrf)
    await ben.post(f"/api/content/revisions/{rid}/approve", headers=ben_csrf)

    history = (await anna.get(f"/api/content/topics/{slug}/answers/ru/history")).json()
    assert [v["revision_id"] for v in history] == [rid, first]
    assert history[0]["current"] and not history[1]["current"]
    diff = (await anna.get(f"/api/content/diff?from={first}&to={rid}")).json()["diff"]
    assert {"op": "equal", "text": "Подайте заявление "} in diff

    # One step back: the earlier text is what the bot sends again, as a new version.
    restored = await anna.post(f"/api/content/revisions/{first}/rollback", headers=anna_csrf)
    assert restored.status_code == 200 and restored.json()["status"] == "published"
    with database.sessions() as session:
        assert published_answer(session, slug=slug, language="ru").text == "Подайте заявление в Jobcenter."  # type: ignore[union-attr]
    history = (await anna.get(f"/api/content/topics/{slug}/answers/ru/history")).json()
    assert history[0]["restored_from"] == first and len(history) == 3
    # The current version cannot be "restored".
    assert (
        await anna.post(f"/api/content/revisions/{history[0]['revision_id']}/rollback", headers=anna_csrf)
    ).status_code == 409


async def test_review_due_after_twelve_months_and_confirmation(app: FastAPI, database: Database) -> None:
    client, csrf = await editor(app, database)
    with unit_of_work(database.sessions) as session:
        topic = get_topic(session, slug="wohngeld")
        assert topic is not None
        answer = session.scalar(select(Answer).where(Answer.topic_id == topic.id, Answer.language == "he"))
        assert answer is not None
        kept = answer.reviewed_on
        answer.reviewed_on = dt.date.today() - dt.timedelta(days=400)
    try:
        topics = {t["slug"]: t for t in (await client.get("/api/content/topics")).json()}
        assert topics["wohngeld"]["languages"]["he"]["state"] == "review_due"
        assert topics["wohngeld"]["languages"]["de"]["state"] in ("published", "review_due")
        confirmed = await client.post("/api/content/topics/wohngeld/answers/he/confirm", headers=csrf)
        assert confirmed.status_code == 200
        topics = {t["slug"]: t for t in (await client.get("/api/content/topics")).json()}
        assert topics["wohngeld"]["languages"]["he"]["state"] == "published"
    finally:
        with unit_of_work(database.sessions) as session:
            topic = get_topic(session, slug="wohngeld")
            answer = session.scalar(
                select(Answer).where(Answer.topic_id == topic.id, Answer.language == "he")
            )  # type: ignore[union-attr]
            answer.reviewed_on = kept  # type: ignore[union-attr]


async def test_counsellors_and_strangers_get_nothing(app: FastAPI, database: Database) -> None:
    counsellor, csrf = await logged_in(app, new_user(database, Role.COUNSELLOR))
    for method, path in [
        ("GET", "/api/content/topics"),
        ("GET", "/api/content/topics/wohngeld"),
        ("PUT", "/api/content/topics/wohngeld/answers/de"),
        ("POST", "/api/content/revisions/1/submit"),
        ("POST", "/api/content/revisions/1/approve"),
        ("POST", "/api/content/revisions/1/reject"),
        ("GET", "/api/content/training"),
        ("GET", "/api/content/gaps"),
        ("GET", "/api/content/export.yaml"),
        ("GET", "/api/content/export/ru.csv"),
    ]:
        body = {"text": "x", "comment": "x"} if method != "GET" else None
        response = await counsellor.request(method, path, json=body, headers=csrf)
        assert response.status_code == 403, (path, response.status_code)
    stranger = httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://pforte.test")
    assert (await stranger.get("/api/content/topics")).status_code == 401
    # Without the CSRF header a logged-in editor's change is refused.
    client, _ = await editor(app, database)
    assert (
        await client.put("/api/content/topics/wohngeld/answers/de", json={"text": "x"})
    ).status_code == 403


async def test_examples_are_added_once_and_queue_a_training(app: FastAPI, database: Database) -> None:
    client, csrf = await editor(app, database)
    slug = await new_topic(client, csrf)
    try:
        added = await client.post(
            f"/api/content/topics/{slug}/examples/he",
            json={"texts": ["איך מגישים בקשה?", "  ", "איך  מגישים בקשה?", "מה צריך להביא"]},
            headers=csrf,
        )
        assert added.json() == {"added": 2}
        detail = (await client.get(f"/api/content/topics/{slug}")).json()
        assert [e["text"] for e in detail["languages"]["he"]["examples"]] == [
            "איך מגישים בקשה?",
            "מה צריך להביא",
        ]
        training = (await client.get("/api/content/training")).json()
        assert training["needed"] and training["current"]["status"] == "queued"
        first = detail["languages"]["he"]["examples"][0]["id"]
        assert (await client.delete(f"/api/content/examples/{first}", headers=csrf)).status_code == 204
        detail = (await client.get(f"/api/content/topics/{slug}")).json()
        assert [e["text"] for e in detail["languages"]["he"]["examples"]] == ["מה צריך להביא"]
        # Several changes collect in one queued training.
        runs = (await client.get("/api/content/training")).json()["runs"]
        assert sum(r["status"] == "queued" for r in runs) == 1
    finally:
        clear_training_queue(database)


async def test_bad_input_gets_a_clear_message(app: FastAPI, database: Database) -> None:
    client, csrf = await editor(app, database)
    bad_slug = await client.post(
        "/api/content/topics",
        json={"slug": "Wohn Geld", "group": "money", "titles": {"de": "x"}},
        headers=csrf,
    )
    assert bad_slug.status_code == 400 and "lower-case" in bad_slug.json()["detail"]
    taken = await client.post(
        "/api/content/topics",
        json={"slug": "wohngeld", "group": "money", "titles": {"de": "x"}},
        headers=csrf,
    )
    assert taken.status_code == 409
    blank = await client.put("/api/content/topics/wohngeld/answers/de", json={"text": "   "}, headers=csrf)
    assert blank.status_code == 400 and "empty" in blank.json()["detail"]
    assert (
        await client.put("/api/content/topics/wohngeld/answers/xx", json={"text": "a"}, headers=csrf)
    ).status_code == 404
    assert (await client.get("/api/content/topics/no_such_topic")).status_code == 404


async def test_yaml_export_and_import_is_a_lossless_round_trip(app: FastAPI, database: Database) -> None:
    client, csrf = await editor(app, database)
    exported = await client.get("/api/content/export.yaml")
    assert exported.status_code == 200
    document = yaml.safe_load(exported.text)
    slugs = {t["slug"] for t in document["topics"]}
    assert {"wohngeld", "crisis", "greet"} <= slugs
    wohngeld = next(t for t in document["topics"] if t["slug"] == "wohngeld")
    assert set(wohngeld["answers"]) == {"de", "ru", "he"} and len(wohngeld["examples"]["he"]) >= 25

    imported = await client.post("/api/content/import.yaml", content=exported.content, headers=csrf)
    assert imported.status_code == 200, imported.text
    assert imported.json()["drafts"] == 0 and imported.json()["training"] is False
    again = await client.get("/api/content/export.yaml")
    assert again.text == exported.text

    # A changed answer in an upload is the uploader's draft, not published.
    wohngeld["answers"]["de"]["text"] += "\n\nNeu: ein Satz mehr."
    changed = await client.post(
        "/api/content/import.yaml",
        content=yaml.safe_dump(document, allow_unicode=True).encode(),
        headers=csrf,
    )
    assert changed.json()["drafts"] == 1
    detail = (await client.get("/api/content/topics/wohngeld")).json()["languages"]["de"]
    assert detail["pending"]["status"] == "draft" and "ein Satz mehr" in detail["pending"]["text"]
    assert "ein Satz mehr" not in detail["published"]["text"]
    assert (
        await client.post(f"/api/content/revisions/{detail['pending']['revision_id']}/withdraw", headers=csrf)
    ).status_code == 200

    broken = await client.post("/api/content/import.yaml", content=b"topics: [{slug: 1}]", headers=csrf)
    assert broken.status_code == 400 and "slug" in broken.json()["detail"]


async def test_spreadsheets_for_translators(app: FastAPI, database: Database) -> None:
    client, csrf = await editor(app, database)
    slug = await new_topic(client, csrf)
    try:
        exported = await client.get("/api/content/export/ru.csv")
        assert exported.status_code == 200 and exported.headers["content-type"].startswith("text/csv")
        table = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
        assert table[0] == ["slug", "field", "id", "de", "ru"]
        wohngeld_answer = next(r for r in table if r[0] == "wohngeld" and r[1] == "answer")
        with database.sessions() as session:
            assert wohngeld_answer[4] == published_answer(session, slug="wohngeld", language="ru").text  # type: ignore[union-attr]

        # A translator fills in the new topic: title, answer, two example questions.
        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(table[0])
        writer.writerow([slug, "title", "", "Testthema", "Тестовая тема"])
        writer.writerow([slug, "answer", "", "", "Ответ на русском."])
        writer.writerow([slug, "example", "", "", "как подать заявление"])
        writer.writerow([slug, "example", "", "", "что нужно принести"])
        result = await client.post(
            "/api/content/import/ru.csv", content=out.getvalue().encode(), headers=csrf
        )
        assert result.json() == {"titles": 1, "drafts": 1, "examples": 2, "skipped": []}
        detail = (await client.get(f"/api/content/topics/{slug}")).json()
        assert detail["titles"]["ru"] == "Тестовая тема"
        assert detail["languages"]["ru"]["pending"]["text"] == "Ответ на русском."
        assert detail["languages"]["ru"]["published"] is None
        assert len(detail["languages"]["ru"]["examples"]) == 2

        xlsx = await client.get("/api/content/export/he.xlsx")
        from openpyxl import load_workbook

        sheet = load_workbook(io.BytesIO(xlsx.content)).worksheets[0]
        rows = [[c.value for c in row] for row in sheet.iter_rows()]
        assert rows[0] == ["slug", "field", "id", "de", "he"]
        assert any(r[0] == slug and r[1] == "title" and r[4] == "נושא" for r in rows)
        sheet.append([slug, "example", None, None, "איך מגישים"])
        buffer = io.BytesIO()
        sheet.parent.save(buffer)
        back = await client.post("/api/content/import/he.xlsx", content=buffer.getvalue(), headers=csrf)
        assert back.json()["examples"] == 1

        wrong = await client.post("/api/content/import/he.csv", content=b"a,b\n1,2\n", headers=csrf)
        assert wrong.status_code == 400 and "slug" in wrong.json()["detail"]
    finally:
        clear_training_queue(database)
