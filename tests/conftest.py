"""Shared fixtures: databases (SQLite and the real PostgreSQL), the trained model, and a
running stack (Rasa + action server + app) per database."""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from pathlib import Path

import httpx
import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker

from pforte.bench import free_port
from pforte.db import make_engine
from pforte.migrate import database_with_content
from pforte.paths import ROOT
from pforte.training import rasa_env, rasa_server_command

POSTGRES_URL = os.environ.get("PFORTE_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TEST_KEY = "test-pseudonym-key-" + "x" * 32


@dataclass
class Database:
    name: str  # sqlite | postgres
    url: str
    engine: Engine
    sessions: sessionmaker[Session]


def _postgres_url_with_schema(schema: str) -> str:
    separator = "&" if "?" in POSTGRES_URL else "?"
    return f"{POSTGRES_URL}{separator}options=-csearch_path%3D{schema}"


@pytest.fixture(scope="session", params=["sqlite", "postgres"])
def database(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A fresh, migrated database with the shipped content: SQLite and PostgreSQL."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('db') / 'pforte.db'}"
        schema = None
    else:
        schema = f"pforte_test_{uuid.uuid4().hex[:10]}"
        admin = make_engine(POSTGRES_URL)
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
        url = _postgres_url_with_schema(schema)
    engine, sessions = database_with_content(url)
    yield Database(request.param, url, engine, sessions)
    engine.dispose()
    if schema:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture(scope="session")
def trained_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The model trained once per test run from the shipped content (reused when the
    content, config and components are unchanged since the last training)."""
    from pforte.training import train

    url = f"sqlite:///{tmp_path_factory.mktemp('train') / 'content.db'}"
    engine, sessions = database_with_content(url)
    with sessions() as session:
        model = train(session)
    engine.dispose()
    return model.path


def wait_for(url: str, *, seconds: float, process: subprocess.Popen[bytes] | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"process for {url} exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=1.0).status_code < 500:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    raise TimeoutError(f"{url} did not come up in {seconds} s")


@dataclass
class Servers:
    rasa_url: str
    action_url: str


@pytest.fixture(scope="session")
def servers(
    database: Database, trained_model: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Servers]:
    """Rasa and the action server, running for real on loopback, on the given database."""
    rasa_port, action_port = free_port(), free_port()
    logs = tmp_path_factory.mktemp("logs")
    env = {**os.environ, "PFORTE_DATABASE_URL": database.url, "SANIC_HOST": "127.0.0.1"}
    actions = subprocess.Popen(
        [sys.executable, "-m", "rasa_sdk", "--actions", "actions", "--port", str(action_port)],
        cwd=ROOT,
        env=env,
        stdout=open(logs / "actions.log", "wb"),
        stderr=subprocess.STDOUT,
    )
    renv = {**rasa_env(), "PFORTE_ACTION_URL": f"http://127.0.0.1:{action_port}/webhook"}
    rasa = subprocess.Popen(
        rasa_server_command(model=trained_model, port=rasa_port),
        cwd=ROOT,
        env=renv,
        stdout=open(logs / "rasa.log", "wb"),
        stderr=subprocess.STDOUT,
    )
    try:
        wait_for(f"http://127.0.0.1:{action_port}/health", seconds=60, process=actions)
        wait_for(f"http://127.0.0.1:{rasa_port}/status", seconds=180, process=rasa)
        yield Servers(f"http://127.0.0.1:{rasa_port}", f"http://127.0.0.1:{action_port}")
    finally:
        for process in (rasa, actions):
            process.terminate()
        for process in (rasa, actions):
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def app_settings(database: Database, rasa_url: str, **more: object):  # type: ignore[no-untyped-def]
    """The app's settings for a test. The training worker is off unless a test turns it on: a
    training started by one test must not replace the model the other tests talk to."""
    from pforte.settings import AppSettings

    values = {"training_worker": False, **more}
    return AppSettings(database_url=database.url, rasa_url=rasa_url, pseudonym_key=TEST_KEY, **values)  # type: ignore[arg-type]


@pytest.fixture
async def chat(database: Database, servers: Servers) -> AsyncIterator[httpx.AsyncClient]:
    """A browser-like client of the app's web chat (its own cookie: a new person)."""
    from pforte.web.app import create_app

    app = create_app(app_settings(database, servers.rasa_url))
    async with app.router.lifespan_context(app):
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://pforte.test") as client:
            client.app = app  # type: ignore[attr-defined]
            yield client


def new_token() -> str:
    return secrets.token_urlsafe(24)
