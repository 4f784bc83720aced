"""The console in headless Chromium: log in, a crisis arrives on top without reload, claim,
reply (the fake Bot API receives it), a race for one claim, Hebrew right to left."""

from __future__ import annotations

import asyncio
import re
import secrets
from collections.abc import AsyncIterator, Iterator

import pytest
from playwright.async_api import Browser, Page, expect

from content.store import published_answer
from handoff.accounts import add_user
from handoff.models import Role
from pforte import messages as m
from pforte.db import unit_of_work
from pforte.i18n import translate
from pforte.web.app import create_app
from tests.bot.test_gateway import SECRET, telegram_settings, wait_until
from tests.browser import chromium, serve
from tests.conftest import Database, Servers, free_port
from tests.fakes.telegram import FakeBotAPI, FakeBotAPIServer, text_update

pytestmark = [pytest.mark.rasa, pytest.mark.browser]
PASSWORD = "a long enough password"
SHOTS = __import__("pathlib").Path(__file__).resolve().parents[2] / "var" / "screenshots"


@pytest.fixture(scope="module")
def fake_api() -> Iterator[FakeBotAPI]:
    with FakeBotAPIServer(FakeBotAPI(), free_port()) as fake:
        yield fake


@pytest.fixture
async def site(database: Database, servers: Servers, fake_api: FakeBotAPI) -> AsyncIterator[str]:
    app = create_app(telegram_settings(database, servers, fake_api))
    async with serve(app, free_port()) as url:
        yield url


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    async with chromium() as browser:
        yield browser


def counsellor(database: Database) -> str:
    name = f"berater_{secrets.token_hex(3)}"
    with unit_of_work(database.sessions) as session:
        add_user(
            session, username=name, password=PASSWORD, role=Role.COUNSELLOR, languages=["de", "ru", "he"]
        )
    return name


async def log_in(browser: Browser, site: str, database: Database) -> Page:
    # The server runs in this event loop: database writes of the test go to a thread.
    name = await asyncio.to_thread(counsellor, database)
    page = await (await browser.new_context(locale="de-DE")).new_page()
    await page.goto(f"{site}/console")
    await page.fill("input[name=username]", name)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("form#login button[type=submit]")
    await expect(page.locator("#work")).to_be_visible()
    return page


async def post_update(site: str, update: dict) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        response = await client.post(
            f"{site}/telegram/webhook", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}
        )
        assert response.status_code == 200


async def test_a_person_close_to_a_crisis_twice_is_marked_for_the_counsellor(
    site: str, browser: Browser, database: Database
) -> None:
    page = await log_in(browser, site, database)
    chat = 52_000_000 + secrets.randbelow(1_000_000)
    await post_update(site, text_update(chat, "Mir ist alles egal geworden"))
    second = (
        f"Seit Wochen denke ich nur noch an den Tod meiner Mutter, wo finde ich Hilfe? {secrets.token_hex(2)}"
    )
    await post_update(site, text_update(chat, second))
    entry = page.locator("#queue li.entry", has_text=second)
    await expect(entry).to_have_attribute("data-priority", "concern", timeout=15_000)
    await expect(entry.locator(".badge")).to_have_text(translate("de", m.CONSOLE_CONCERN))


async def test_crisis_appears_on_top_live_and_the_reply_reaches_telegram(
    site: str, browser: Browser, database: Database, fake_api: FakeBotAPI
) -> None:
    page = await log_in(browser, site, database)
    chat = 50_000_000 + secrets.randbelow(1_000_000)
    await post_update(site, text_update(chat, "Ich möchte mit einem Menschen sprechen"))
    crisis_chat = chat + 1
    marker = secrets.token_hex(3)
    crisis = f"Ich will nicht mehr leben, heute Nacht mache ich Schluss {marker}"
    await post_update(site, text_update(crisis_chat, crisis))
    entry = page.locator("#queue li.entry", has_text=marker)
    await expect(entry).to_have_attribute(
        "data-priority", "crisis", timeout=15_000
    )  # appeared without reload
    # Crisis first, then concern (close to a crisis), then the others.
    priorities = await page.locator("#queue li.entry").evaluate_all("els => els.map(e => e.dataset.priority)")
    rank = {"crisis": 0, "concern": 1, "normal": 2}
    assert priorities == sorted(priorities, key=rank.__getitem__)
    await entry.click()
    await expect(page.locator("#transcript .msg.person", has_text=marker)).to_be_visible()
    await expect(page.locator("#transcript .msg.bot").first).to_contain_text("112")
    # The summary and the queue in the console's language, not field names and codes.
    summary = page.locator("#summary")
    await expect(summary.locator("dt").first).to_have_text(translate("de", m.CONSOLE_SUMMARY_LANGUAGE))
    await expect(summary).to_contain_text(translate("de", m.CONSOLE_REASON_CRISIS))
    await expect(summary).not_to_contain_text("bot_replies")
    await expect(entry).to_contain_text(translate("de", m.CONSOLE_MINUTES))
    await page.click("#claim")
    await expect(page.locator("#reply")).to_be_visible()
    reply = "Ich bin jetzt für Sie da. Sind Sie gerade in Sicherheit?"
    await page.fill("#reply textarea", reply)
    await page.click("#reply button[type=submit]")
    sent = await wait_until(lambda: [s for s in fake_api.sent(crisis_chat) if s["text"] == reply], seconds=20)
    assert sent
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / "console-crisis.png"), full_page=True)


async def test_two_counsellors_race_for_one_claim(site: str, browser: Browser, database: Database) -> None:
    first, second = await log_in(browser, site, database), await log_in(browser, site, database)
    chat = 60_000_000 + secrets.randbelow(1_000_000)
    marker = f"Bitte einen Menschen {secrets.token_hex(2)}"
    await post_update(site, text_update(chat, marker))
    for page in (first, second):
        entry = page.locator("#queue li.entry", has_text=marker)
        await expect(entry).to_be_visible(timeout=15_000)
        await entry.click()
        await expect(page.locator("#claim")).to_be_visible()
    await asyncio.gather(first.click("#claim"), second.click("#claim"))
    await asyncio.sleep(1.5)
    winners = [await p.locator("#reply").is_visible() for p in (first, second)]
    assert sorted(winners) == [False, True]
    loser = (first, second)[winners.index(False)]
    await expect(loser.locator("#notice")).to_be_visible()


async def test_hebrew_is_shown_right_to_left(site: str, browser: Browser, database: Database) -> None:
    page = await log_in(browser, site, database)
    chat = 70_000_000 + secrets.randbelow(1_000_000)
    text = f"אני רוצה לדבר עם בן אדם, יש לי שאלה על Kindergeld {secrets.token_hex(2)}"
    await post_update(site, text_update(chat, text, language_code="he"))
    entry = page.locator("#queue li.entry", has_text="Kindergeld")
    await expect(entry.last).to_be_visible(timeout=15_000)
    # The Hebrew preview stays inside its card, right to left (it used to slide out of sight).
    preview, card = entry.last.locator(".preview"), await entry.last.bounding_box()
    await expect(preview).to_contain_text("אני רוצה לדבר")
    box = await preview.bounding_box()
    assert card and box and card["x"] <= box["x"] and box["x"] + box["width"] <= card["x"] + card["width"] + 1
    await entry.last.click()
    message = page.locator("#transcript .msg.person").last
    await expect(message).to_contain_text("Kindergeld")
    assert await message.evaluate("el => getComputedStyle(el).direction") == "rtl"
    bot = page.locator("#transcript .msg.bot").first
    assert await bot.evaluate("el => getComputedStyle(el).direction") == "rtl"
    # The vetted Hebrew answer on housing benefit begins with the German word: still right to left,
    # in the reply box and once sent (dir="auto" alone would read it left to right).
    await page.locator("#claim").click()
    await expect(page.locator("#reply")).to_be_visible()
    await page.locator("#answers").select_option("wohngeld")
    box = page.locator("#reply textarea")
    await expect(box).to_have_value(re.compile(r"^Wohngeld"))
    assert await box.evaluate("el => getComputedStyle(el).direction") == "rtl"
    await page.locator("#reply button[type=submit]").click()
    sent = page.locator("#transcript .msg.counsellor").last
    await expect(sent).to_contain_text("Wohngeld")
    assert await sent.evaluate("el => getComputedStyle(el).direction") == "rtl"
    await page.goto(f"{site}/console?lang=he")
    assert await page.evaluate("document.documentElement.dir") == "rtl"
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / "console-hebrew.png"), full_page=True)


async def test_the_web_chat_in_a_browser(site: str, browser: Browser, database: Database) -> None:
    page = await (await browser.new_context(locale="he-IL")).new_page()
    await page.goto(f"{site}/chat")
    assert await page.evaluate("document.documentElement.dir") == "rtl"
    await page.fill("#text", "איך מקבלים קצבת ילדים Kindergeld בגרמניה")
    await page.press("#text", "Enter")
    with database.sessions() as session:
        expected = published_answer(session, slug="kindergeld", language="he").text
    bot = page.locator(".msg.bot").first
    await expect(bot).to_contain_text(expected.splitlines()[0], timeout=15_000)
    assert await bot.evaluate("el => getComputedStyle(el).direction") == "rtl", await bot.evaluate(
        "el => el.outerHTML.slice(0, 200)"
    )
    SHOTS.mkdir(parents=True, exist_ok=True)
    await page.screenshot(path=str(SHOTS / "chat-hebrew.png"), full_page=True)


async def test_a_locked_out_login_says_so_instead_of_wrong_password(
    site: str, browser: Browser, database: Database
) -> None:
    name = await asyncio.to_thread(counsellor, database)
    page = await (await browser.new_context(locale="de-DE")).new_page()
    await page.goto(f"{site}/console")
    error = page.locator("#login-error")
    for _ in range(5):
        await page.fill("input[name=username]", name)
        await page.fill("input[name=password]", "not the password")
        async with page.expect_response("**/api/login"):
            await page.click("form#login button[type=submit]")
        await expect(error).to_have_text(translate("de", m.CONSOLE_LOGIN_FAILED))
    await page.fill("input[name=password]", PASSWORD)  # right, but too late
    async with page.expect_response("**/api/login") as response:
        await page.click("form#login button[type=submit]")
    assert (await response.value).status == 429
    await expect(error).to_have_text(translate("de", m.CONSOLE_LOGIN_LOCKED))
    await expect(page.locator("#work")).to_be_hidden()


async def test_handing_over_to_a_wrong_name_says_so_and_handing_back_tells_the_person(
    site: str, browser: Browser, database: Database, fake_api: FakeBotAPI
) -> None:
    page = await log_in(browser, site, database)
    chat = 40_000_000 + secrets.randbelow(1_000_000)
    marker = f"Bitte einen Menschen {secrets.token_hex(2)}"
    await post_update(site, text_update(chat, marker))
    entry = page.locator("#queue li.entry", has_text=marker)
    await expect(entry).to_be_visible(timeout=15_000)
    await entry.click()
    await page.click("#claim")
    await expect(page.locator("#transfer")).to_be_visible()
    await page.fill("#transfer-to", "lena_gibt_es_nicht")
    await page.click("#transfer")
    await expect(page.locator("#notice")).to_have_text(translate("de", m.CONSOLE_NO_SUCH_COLLEAGUE))
    await expect(page.locator("#reply")).to_be_visible()  # still ours
    await page.click("#release")  # a separate button: the name left in the field does not matter
    await expect(page.locator("#conversation")).to_be_hidden()
    told = await wait_until(
        lambda: [s for s in fake_api.sent(chat) if s["text"].endswith(translate("de", m.RELEASED))],
        seconds=20,
    )
    assert told


async def test_an_editor_in_the_console_is_told_it_is_for_counsellors(
    site: str, browser: Browser, database: Database
) -> None:
    name = f"redaktion_{secrets.token_hex(3)}"

    def editor() -> None:
        with unit_of_work(database.sessions) as session:
            add_user(session, username=name, password=PASSWORD, role=Role.EDITOR, languages=["de"])

    await asyncio.to_thread(editor)
    page = await (await browser.new_context(locale="de-DE")).new_page()
    await page.goto(f"{site}/console")
    await page.fill("input[name=username]", name)
    await page.fill("input[name=password]", PASSWORD)
    await page.click("form#login button[type=submit]")
    await expect(page.locator("#role-notice")).to_have_text(translate("de", m.CONSOLE_COUNSELLORS_ONLY))
    await expect(page.locator("#work")).to_be_hidden()
