"""GET /editor: the editors' page in the person's language (German, Russian, Hebrew right to
left), every interface string translated, and its script and style served."""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from editor.page import STRINGS
from pforte import messages as m
from pforte.i18n import translate
from pforte.settings import AppSettings
from pforte.web.app import create_app
from tests.conftest import TEST_KEY

NO_RASA = "http://127.0.0.1:9"  # the page needs neither Rasa nor the database


@pytest.fixture
async def client(tmp_path: Path) -> AsyncIterator[httpx.AsyncClient]:
    settings = AppSettings(
        database_url=f"sqlite:///{tmp_path / 'page.db'}",  # type: ignore[arg-type]
        rasa_url=NO_RASA,  # type: ignore[arg-type]
        pseudonym_key=TEST_KEY,  # type: ignore[arg-type]
    )
    app = create_app(settings)
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://pforte.test") as http:
        yield http


def page_strings(html: str) -> dict[str, str]:
    found = re.search(r"t: (\{.*?\}),\n", html)
    assert found, "the page hands its strings to the script"
    return json.loads(found.group(1))


async def test_german_page_is_left_to_right_and_fully_translated(client: httpx.AsyncClient) -> None:
    response = await client.get("/editor", params={"lang": "de"})
    assert response.status_code == 200
    html = response.text
    assert '<html lang="de" dir="ltr">' in html
    for german in ("Zur Prüfung geben", "Jetzt trainieren", "Entwurf speichern", "Anmelden"):
        assert german in html
    for english in ("Submit for review", "Train now", "Save draft", "Log in", "Unanswered questions"):
        assert english not in html
    strings = page_strings(html)
    assert set(strings) == set(STRINGS)
    untranslated = [
        name
        for name in STRINGS
        if strings[name] == getattr(m, name)
        and name not in ("EDITOR_NAV_TRAINING", "EDITOR_EXPORT", "EDITOR_FORMAT")
    ]
    assert untranslated == []


async def test_hebrew_from_accept_language_is_right_to_left(client: httpx.AsyncClient) -> None:
    response = await client.get("/editor", headers={"Accept-Language": "he-IL,he;q=0.9,en;q=0.5"})
    assert response.status_code == 200
    assert '<html lang="he" dir="rtl">' in response.text
    assert translate("he", m.EDITOR_SUBMIT) in response.text
    assert (
        page_strings(response.text)["EDITOR_APPROVE"] == translate("he", m.EDITOR_APPROVE) != m.EDITOR_APPROVE
    )


async def test_russian_by_parameter_and_german_by_default(client: httpx.AsyncClient) -> None:
    russian = await client.get("/editor?lang=ru")
    assert '<html lang="ru" dir="ltr">' in russian.text
    assert translate("ru", m.EDITOR_TRAIN_NOW) in russian.text
    unknown = await client.get("/editor", headers={"Accept-Language": "fr-FR,fr"})
    assert '<html lang="de" dir="ltr">' in unknown.text


async def test_preview_buttons_are_in_the_answers_language_whatever_the_page_language(
    client: httpx.AsyncClient,
) -> None:
    html = (await client.get("/editor?lang=de")).text
    buttons = json.loads(re.search(r"buttons: (\{.*?\}\}),\n", html).group(1))  # type: ignore[union-attr]
    assert buttons["he"]["human"] == translate("he", m.BUTTON_HUMAN)
    assert buttons["ru"]["helpful"] == translate("ru", m.BUTTON_HELPFUL)
    assert buttons["de"]["not_helpful"] == translate("de", m.BUTTON_NOT_HELPFUL)


async def test_script_and_style_are_served_and_the_page_is_not_in_the_api_schema(
    client: httpx.AsyncClient,
) -> None:
    for asset in ("/static/editor.js", "/static/editor.css"):
        assert (await client.get(asset)).status_code == 200
    schema = (await client.get("/openapi.json")).json()
    assert "/editor" not in schema["paths"]
