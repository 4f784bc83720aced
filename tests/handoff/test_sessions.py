"""A write is committed before its response goes out: the very next request sees it
(a login, then at once a request with the new session cookie)."""

from __future__ import annotations

import httpx

from handoff.models import Role
from pforte.web.app import create_app
from tests.browser import serve
from tests.conftest import Database, app_settings, free_port
from tests.handoff.test_api import PASSWORD, new_user


async def test_the_next_request_sees_what_the_previous_one_wrote(database: Database) -> None:
    app = create_app(app_settings(database, "http://127.0.0.1:9"))
    name = new_user(database, Role.EDITOR)
    async with serve(app, free_port()) as url:
        for _ in range(20):
            async with httpx.AsyncClient(base_url=url) as client:
                login = await client.post("/api/login", json={"username": name, "password": PASSWORD})
                assert login.status_code == 200
                assert (await client.get("/api/me")).status_code == 200
