"""The actions against a content store: the test database, seeded with the starter content."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from rasa_sdk import Tracker

from actions import common
from actions.settings import get_settings
from content.store import published_answer
from tests.conftest import Database


@pytest.fixture
def content(database: Database, monkeypatch: pytest.MonkeyPatch) -> Iterator[Database]:
    monkeypatch.setenv("PFORTE_DATABASE_URL", database.url)
    get_settings.cache_clear()
    common._sessions.cache_clear()
    yield database
    get_settings.cache_clear()
    common._sessions.cache_clear()


def answer(database: Database, slug: str, language: str) -> str:
    with database.sessions() as session:
        found = published_answer(session, slug=slug, language=language)
        assert found is not None
        return found.text


def tracker_with(latest: dict[str, Any]) -> Tracker:
    """A conversation whose latest message is ``latest`` (as Rasa hands it to an action)."""
    return Tracker("someone", {}, latest, [], False, None, {}, "action_listen")
