"""The editors' page in headless Chromium: edit with the Telegram preview, submit, a second
editor approves from the review queue with the diff and the web chat answers the new text;
the author's own approval refused; a rollback in the history restores the previous text; a
training with a broken example set refused with the reason shown, the running model untouched."""

from __future__ import annotations

import asyncio
import datetime as dt
import secrets
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
from playwright.async_api import Browser, Page, expect
from sqlalchemy import delete, func, select

from content import review
from content.models import OPEN_REVISION, AnswerRevision, Example, RevisionStatus, TrainingRun, TrainingStatus
from content.retraining import TrainingWorker
from content.store import get_topic, published_answer
from handoff.accounts import add_user
from handoff.models import Role
from pforte import messages as m
from pforte.db import unit_of_work
from pforte.i18n import translate
from pforte.web.app import create_app
from tests.browser import chromium, serve
from tests.conftest import Database, Servers, app_settings, free_port

pytestmark = [pytest.mark.rasa, pytest.mark.browser]
PASSWORD = "a long enough password"
SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"


def de(message: str, **values: object) -> str:
    """What the German page shows."""
    return translate("de", message, **values)


@pytest.fixture
async def site(database: Database, servers: Servers) -> AsyncIterator[str]:
    app = create_app(app_settings(database, servers.rasa_url))
    async with serve(app, free_port()) as url:
        yield url


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with chromium() as browser:
        yield browser


@dataclass
class Editor:
    name: str
    page: Page
    errors: list[str] = field(default_factory=list)  # uncaught script errors of the page


def new_editor(database: Database) -> str:
    name = f"redakteur_{secrets.token_hex(3)}"
    with unit_of_work(database.sessions) as session:
        add_user(session, username=name, password=PASSWORD, role=Role.EDITOR, languages=["de", "ru", "he"])
    return name


async def log_in(browser: Browser, site: str, database: Database) -> Editor:
    # The server runs in this event loop: database writes of the test go to a thread.
    name = await asyncio.to_thread(new_editor, database)
    page = await (
        await browser.new_context(locale="de-DE", viewport={"width": 1300, "height": 900})
    ).new_page()
    editor = Editor(name, page)
    page.on("pageerror", lambda error: editor.errors.append(str(error)))
    page.on("dialog", lambda dialog: dialog.accept())  # "publish this version again?" and the like
    await page.goto(f"{site}/editor")
    assert await page.evaluate("document.documentElement.lang") == "de"
    await page.fill("input[name=username]", name)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("form#login button[type=submit]")
    await expect(page.locator("#work")).to_be_visible()
    await expect(page.locator("#who")).to_have_text(name)
    return editor


async def open_answer(page: Page, slug: str, language: str) -> None:
    """From the topics list: the topic, then its language tab (with the history loaded)."""

    def history(code: str):  # type: ignore[no-untyped-def]
        return page.expect_response(lambda r: r.url.endswith(f"/{slug}/answers/{code}/history"))

    await page.get_by_test_id("nav-topics").click()
    async with history("de"):  # the topic opens in German
        await page.locator(f"tr[data-slug='{slug}']").get_by_test_id("topic-link").click()
    await expect(page.locator("#topic-slug")).to_have_text(slug)
    await expect(page.get_by_test_id("answer-text")).to_be_visible()
    if language != "de":
        async with history(language):
            await page.get_by_test_id(f"tab-{language}").click()
    await expect(page.get_by_test_id(f"tab-{language}")).to_have_attribute("aria-selected", "true")
    await expect(page.get_by_test_id("answer-text")).to_have_attribute("data-lang", language)


async def write_and_submit(editor: Editor, new_text: str, marker: str) -> None:
    """Type the new text (the preview follows), save the draft, submit it for review."""
    page = editor.page
    await page.get_by_test_id("answer-text").fill(new_text)
    await expect(page.get_by_test_id("preview-bubble")).to_contain_text(marker)
    await page.get_by_test_id("save-draft").click()
    await expect(page.get_by_test_id("info")).to_have_text(de(m.EDITOR_SAVED))
    status = page.get_by_test_id("pending-status")
    await expect(status).to_have_attribute("data-status", "draft")
    await expect(status).to_contain_text(de(m.EDITOR_PENDING_DRAFT, author=editor.name))
    await page.get_by_test_id("submit").click()
    await expect(page.get_by_test_id("info")).to_have_text(de(m.EDITOR_SUBMITTED))
    await expect(status).to_have_attribute("data-status", "in_review")
    await expect(status).to_contain_text(de(m.EDITOR_PENDING_IN_REVIEW, author=editor.name))


async def roll_back(page: Page, *, old: str, marker: str) -> None:
    """In the open answer's history: compare the previous version with the current one, then
    publish it again."""
    versions = page.get_by_test_id("version")
    await expect(versions.first).to_have_class("current")
    previous = versions.nth(1)
    assert await previous.locator(".text").text_content() == old
    previous_id = await previous.get_attribute("data-id")
    await previous.get_by_test_id("compare").click()
    diff = page.get_by_test_id("diff")
    await expect(diff).to_be_visible()
    await expect(diff.locator("ins", has_text=marker).first).to_be_visible()  # the current one added it
    await previous.get_by_test_id("rollback").click()
    await expect(page.get_by_test_id("info")).to_have_text(de(m.EDITOR_ROLLED_BACK))
    await expect(page.get_by_test_id("published-text")).not_to_contain_text(marker)
    current = versions.first
    await expect(current).to_have_class("current")
    await expect(current).to_contain_text(de(m.EDITOR_RESTORED_FROM, id=previous_id))
    assert await current.locator(".text").text_content() == old
    assert await page.get_by_test_id("published-text").text_content() == old


def published_text(database: Database, slug: str, language: str) -> str:
    with database.sessions() as session:
        answer = published_answer(session, slug=slug, language=language)
        assert answer is not None and answer.language == language
        return answer.text


def restore_answer(database: Database, slug: str, language: str, text: str) -> None:
    """After a failed test: no open change of the answer, and the shipped text published."""
    with unit_of_work(database.sessions) as session:
        topic = get_topic(session, slug=slug)
        assert topic is not None
        for revision in session.scalars(
            select(AnswerRevision).where(
                AnswerRevision.topic_id == topic.id,
                AnswerRevision.language == language,
                AnswerRevision.status.in_(OPEN_REVISION),
            )
        ):
            revision.status = RevisionStatus.WITHDRAWN.value
        session.flush()
        current = review.published_revision(session, topic_id=topic.id, language=language)
        if current is None or current.text == text:
            return
        earlier = next(
            v for v in review.history(session, topic_id=topic.id, language=language) if v.text == text
        )
        review.rollback(session, revision=earlier, user_id=current.author_id, today=dt.date.today())  # type: ignore[arg-type]


async def chat_page(browser: Browser, site: str, locale: str) -> Page:
    page = await (await browser.new_context(locale=locale)).new_page()
    await page.goto(f"{site}/chat")
    return page


async def ask(page: Page, text: str) -> None:
    count = await page.locator(".msg.bot").count()
    await page.fill("#text", text)
    await page.press("#text", "Enter")
    await expect(page.locator(".msg.bot")).not_to_have_count(count, timeout=30_000)


def shot(name: str) -> str:
    SHOTS.mkdir(parents=True, exist_ok=True)
    return str(SHOTS / name)


# ---------------------------------------------------------------- edit, review, publish


async def test_an_approved_change_is_what_the_web_chat_answers(
    site: str, browser: Browser, database: Database
) -> None:
    slug, language, question = "kindergeld", "he", "איך מקבלים קצבת ילדים Kindergeld בגרמניה"
    old = await asyncio.to_thread(published_text, database, slug, language)
    marker = f"עדכון-{secrets.token_hex(3)}"
    new_text = f"{old}\n\n{marker}: הטפסים זמינים גם באתר של Familienkasse."
    anna = await log_in(browser, site, database)
    try:
        await open_answer(anna.page, slug, language)
        area = anna.page.get_by_test_id("answer-text")
        assert await area.input_value() == old
        await expect(anna.page.get_by_test_id("published-text")).to_have_attribute("dir", "rtl")
        # The preview is the Telegram bubble: right to left, the bot's buttons in Hebrew.
        bubble = anna.page.get_by_test_id("preview-bubble")
        await expect(bubble).to_have_attribute("dir", "rtl")
        await expect(bubble).not_to_contain_text(marker)
        await expect(anna.page.get_by_test_id("preview-human")).to_have_text(translate("he", m.BUTTON_HUMAN))
        await write_and_submit(anna, new_text, marker)
        await expect(bubble).to_contain_text(marker)
        await anna.page.screenshot(path=shot("editor-preview-hebrew.png"), full_page=True)

        # In review, not yet published: the person still gets the shipped text.
        person = await chat_page(browser, site, "he-IL")
        await ask(person, question)
        await expect(person.locator(".msg.bot", has_text=old.splitlines()[0])).to_have_count(1)
        await expect(person.locator(".msg.bot", has_text=marker)).to_have_count(0)

        ben = await log_in(browser, site, database)
        await expect(ben.page.locator("#review-count")).to_be_visible()
        await ben.page.get_by_test_id("nav-review").click()
        item = ben.page.get_by_test_id("review-item").filter(has_text=marker)
        await expect(item).to_have_attribute("data-slug", slug)
        await expect(item).to_have_attribute("data-lang", language)
        await expect(item).to_contain_text(anna.name)
        diff = item.get_by_test_id("diff")
        await expect(diff).to_have_attribute("dir", "rtl")
        await expect(diff.locator("ins", has_text=marker).first).to_be_visible()
        await expect(diff.locator("del")).to_have_count(0)  # only added, nothing removed
        await ben.page.screenshot(path=shot("editor-review-diff.png"), full_page=True)
        await item.get_by_test_id("approve").click()
        await expect(ben.page.get_by_test_id("info")).to_have_text(de(m.EDITOR_APPROVED))
        await expect(item).to_have_count(0)
        assert await asyncio.to_thread(published_text, database, slug, language) == new_text

        # The next question gets the new text, without a new model.
        await ask(person, question)
        answer = person.locator(".msg.bot", has_text=marker)
        await expect(answer).to_have_count(1)
        await expect(answer).to_have_attribute("dir", "rtl")
        await person.screenshot(path=shot("editor-chat-new-text.png"), full_page=True)

        # Anna sees her text published, reviewed by Ben; she restores the shipped one.
        await anna.page.reload()
        await expect(anna.page.locator("#work")).to_be_visible()
        await expect(anna.page.get_by_test_id("answer-text")).to_have_attribute("data-lang", language)
        await expect(anna.page.get_by_test_id("published-text")).to_contain_text(marker)
        await expect(anna.page.get_by_test_id("pending-status")).to_be_hidden()
        await expect(anna.page.get_by_test_id("version").first).to_contain_text(ben.name)
        await roll_back(anna.page, old=old, marker=marker)
        assert not anna.errors and not ben.errors, anna.errors + ben.errors
    finally:
        await asyncio.to_thread(restore_answer, database, slug, language, old)
    assert await asyncio.to_thread(published_text, database, slug, language) == old


async def test_the_author_cannot_approve_their_own_change(
    site: str, browser: Browser, database: Database
) -> None:
    slug, language = "wohngeld", "de"
    old = await asyncio.to_thread(published_text, database, slug, language)
    marker = f"Neu-{secrets.token_hex(3)}"
    anna = await log_in(browser, site, database)
    page = anna.page
    try:
        await open_answer(page, slug, language)
        await write_and_submit(anna, f"{old}\n\n{marker}: Ein Antrag lohnt sich fast immer.", marker)

        # Her own change in her review queue: waiting for a colleague, nothing to approve.
        await page.get_by_test_id("nav-review").click()
        item = page.get_by_test_id("review-item").filter(has_text=marker)
        await expect(item).to_have_class("card own")
        await expect(item.get_by_test_id("waiting")).to_have_text(de(m.EDITOR_WAITING_COLLEAGUE))
        await expect(item.get_by_test_id("approve")).to_have_count(0)
        await expect(item.get_by_test_id("reject")).to_have_count(0)
        await page.screenshot(path=shot("editor-own-change.png"), full_page=True)

        # Asked for anyway, from her page with the CSRF token of her session: refused.
        revision_id = int(await item.get_attribute("data-id") or 0)
        refused = await page.evaluate(
            """async (id) => {
                const me = await (await fetch("/api/me", {credentials: "same-origin"})).json();
                const response = await fetch(`/api/content/revisions/${id}/approve`, {
                    method: "POST", credentials: "same-origin", headers: {"X-CSRF-Token": me.csrf_token}});
                return {status: response.status, body: await response.json()};
            }""",
            revision_id,
        )
        assert refused["status"] == 403, refused
        assert "four eyes" in refused["body"]["detail"], refused  # not a CSRF refusal

        # Not published: the page (loaded anew) and the bot's text are the old ones.
        assert await asyncio.to_thread(published_text, database, slug, language) == old
        await page.goto(f"{site}/editor#/topic/{slug}/{language}")
        await page.reload()
        await expect(page.get_by_test_id("pending-status")).to_have_attribute("data-status", "in_review")
        assert await page.get_by_test_id("published-text").text_content() == old

        # She withdraws it (the answer is left as shipped for the other tests).
        await page.get_by_test_id("withdraw").click()
        await expect(page.get_by_test_id("info")).to_have_text(de(m.EDITOR_WITHDRAWN))
        await expect(page.get_by_test_id("pending-status")).to_be_hidden()
        assert not anna.errors, anna.errors
    finally:
        await asyncio.to_thread(restore_answer, database, slug, language, old)
    assert await asyncio.to_thread(published_text, database, slug, language) == old


async def test_a_rollback_in_the_history_restores_the_previous_text(
    site: str, browser: Browser, database: Database
) -> None:
    slug, language, question = "kindergeld", "ru", "Как получить Kindergeld на ребёнка?"
    old = await asyncio.to_thread(published_text, database, slug, language)
    marker = f"Новое-{secrets.token_hex(3)}"
    new_text = f"{old}\n\n{marker}: формы есть и на сайте Familienkasse."
    anna = await log_in(browser, site, database)
    ben_name = await asyncio.to_thread(new_editor, database)
    try:
        # A change written and approved by two editors (through the API: not what is tested here).
        async with httpx.AsyncClient(base_url=site) as writer, httpx.AsyncClient(base_url=site) as checker:
            csrf = {}
            for client, name in ((writer, anna.name), (checker, ben_name)):
                login = await client.post("/api/login", json={"username": name, "password": PASSWORD})
                csrf[name] = {"X-CSRF-Token": login.json()["csrf_token"]}
            draft = await writer.put(
                f"/api/content/topics/{slug}/answers/{language}",
                json={"text": new_text},
                headers=csrf[anna.name],
            )
            revision = draft.json()["revision_id"]
            await writer.post(f"/api/content/revisions/{revision}/submit", headers=csrf[anna.name])
            approved = await checker.post(
                f"/api/content/revisions/{revision}/approve", headers=csrf[ben_name]
            )
            assert approved.status_code == 200, approved.text

        async with httpx.AsyncClient(base_url=site) as person:

            async def bot_says() -> str:
                response = await person.post("/chat/api/messages", json={"text": question}, timeout=60)
                assert response.status_code == 200, response.text
                return response.json()["replies"][0]["text"]

            assert await bot_says() == new_text
            await open_answer(anna.page, slug, language)
            await expect(anna.page.get_by_test_id("published-text")).to_contain_text(marker)
            await roll_back(anna.page, old=old, marker=marker)
            await anna.page.screenshot(path=shot("editor-rollback.png"), full_page=True)
            assert await bot_says() == old
        assert not anna.errors, anna.errors
    finally:
        await asyncio.to_thread(restore_answer, database, slug, language, old)
    assert await asyncio.to_thread(published_text, database, slug, language) == old


# ---------------------------------------------------------------- training


def prepare_training(database: Database) -> tuple[int, str]:
    """The newest training run's id, and a German example question of kindergeld that
    wohngeld lacks. Queued runs left by tests without a worker are dropped: the worker of
    this test would train them for real."""
    with unit_of_work(database.sessions) as session:
        session.execute(delete(TrainingRun).where(TrainingRun.status == TrainingStatus.QUEUED.value))
        running = session.scalar(
            select(func.count()).where(TrainingRun.status == TrainingStatus.RUNNING.value)
        )
        assert not running, "a training is running in the test database"
        last = session.scalar(select(func.max(TrainingRun.id))) or 0
        kindergeld, wohngeld = get_topic(session, slug="kindergeld"), get_topic(session, slug="wohngeld")
        assert kindergeld is not None and wohngeld is not None
        have = {
            " ".join(t.casefold().split())
            for t in session.scalars(select(Example.text).where(Example.topic_id == wohngeld.id))
        }
        question = next(
            text
            for text in session.scalars(
                select(Example.text)
                .where(Example.topic_id == kindergeld.id, Example.language == "de")
                .order_by(Example.id)
            )
            if " ".join(text.casefold().split()) not in have
        )
    return last, question


def clean_up_training(database: Database, last_run: int, question: str) -> None:
    with unit_of_work(database.sessions) as session:
        wohngeld = get_topic(session, slug="wohngeld")
        assert wohngeld is not None
        session.execute(delete(Example).where(Example.topic_id == wohngeld.id, Example.text == question))
        session.execute(delete(TrainingRun).where(TrainingRun.id > last_run))


def the_run(database: Database, last_run: int) -> int:
    with database.sessions() as session:
        ids = list(session.scalars(select(TrainingRun.id).where(TrainingRun.id > last_run)))
    assert len(ids) == 1, ids
    return ids[0]


async def test_a_broken_example_set_is_refused_with_the_reason_and_the_model_stays(
    browser: Browser,
    database: Database,
    servers: Servers,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    class Worker(TrainingWorker):
        """The app's worker, except that it cannot touch the model the other tests talk to:
        a model it trained goes to a temporary folder and is never deployed."""

        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **{**kwargs, "models_dir": tmp_path})  # type: ignore[arg-type]

        def _deploy(self, model: Path, current: Path) -> None:
            raise RuntimeError("this test must never deploy a model")

    monkeypatch.setattr("pforte.web.app.TrainingWorker", Worker)
    async with httpx.AsyncClient() as rasa:
        running_model = (await rasa.get(f"{servers.rasa_url}/status")).json()["model_file"]
    last_run, question = await asyncio.to_thread(prepare_training, database)
    app = create_app(app_settings(database, servers.rasa_url, training_worker=True))
    try:
        async with serve(app, free_port()) as site:
            anna = await log_in(browser, site, database)
            page = anna.page
            # Wohngeld gets an example question that kindergeld has.
            await open_answer(page, "wohngeld", "de")
            examples = page.get_by_test_id("example")
            count = await examples.count()
            await page.get_by_test_id("new-examples").fill(question)
            await page.get_by_test_id("add-examples").click()
            await expect(page.get_by_test_id("info")).to_have_text(de(m.EDITOR_ADDED, count=1))
            await expect(examples).to_have_count(count + 1)
            await expect(examples.last).to_contain_text(question)
            await expect(page.locator("#training-running")).to_be_visible()  # the menu says so

            # The training page: queued, then refused with the reason, the model kept.
            await page.get_by_test_id("nav-training").click()
            status = page.get_by_test_id("training-status")
            await expect(status).to_have_attribute("data-status", "queued")
            await expect(status.get_by_test_id("run-status")).to_have_text(de(m.EDITOR_RUN_QUEUED))
            run_id = await asyncio.to_thread(the_run, database, last_run)
            run = page.locator(f"[data-testid=training-run][data-id='{run_id}']")
            await expect(run).to_have_attribute("data-status", "refused")
            await expect(status).to_have_attribute("data-status", "idle")
            await expect(page.locator("#training-running")).to_be_hidden()
            await expect(run).to_contain_text(de(m.EDITOR_RUN_REFUSED))
            reason = run.get_by_test_id("run-reason")
            await expect(reason).to_be_visible()
            # In the page's language: the question, both topics, and that the bot keeps its model.
            await expect(reason).to_have_text(
                de(m.TRAINING_DUPLICATE, question=question, first="kindergeld", second="wohngeld")
            )
            await expect(run).to_contain_text(de(m.EDITOR_KEPT_MODEL))
            await page.screenshot(path=shot("editor-training-refused.png"), full_page=True)
            async with httpx.AsyncClient() as rasa:
                assert (await rasa.get(f"{servers.rasa_url}/status")).json()["model_file"] == running_model
            assert not list(tmp_path.iterdir())  # refused before a model was trained
            assert not anna.errors, anna.errors
    finally:
        # The worker has stopped: no training starts from this clean-up.
        await asyncio.to_thread(clean_up_training, database, last_run, question)
