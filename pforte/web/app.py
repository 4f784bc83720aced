"""The FastAPI application (created per process by ``create_app``; nothing at import)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from content.retraining import TrainingWorker
from editor import api as editor_api
from editor import page as editor_page
from editor import transfer as editor_transfer
from handoff import api as handoff_api
from handoff import console
from handoff.events import ChangeWatcher
from handoff.hours import ServiceHours
from pforte.db import make_engine, make_sessionmaker
from pforte.dialogue import Dialogue
from pforte.migrate import upgrade
from pforte.rasa_client import RasaClient
from pforte.retention import purge_periodically
from pforte.settings import AppSettings, get_settings
from pforte.text.language import warm_up as language_warm_up
from pforte.web import chat, health, telegram

STATIC = __import__("pathlib").Path(__file__).resolve().parent / "static"


def create_app(settings: AppSettings | None = None) -> FastAPI:
    settings = settings or get_settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        engine = make_engine(settings.database_url)
        upgrade(engine)
        await asyncio.to_thread(language_warm_up)
        sessions = make_sessionmaker(engine)
        rasa = RasaClient(settings.rasa_url, timeout=settings.rasa_timeout_seconds)
        app.state.settings = settings
        app.state.sessions = sessions
        app.state.rasa = rasa
        app.state.dialogue = Dialogue(
            sessions=sessions,
            rasa=rasa,
            pseudonym_key=settings.pseudonym_key.get_secret_value(),
            hours=ServiceHours.parse(settings.service_hours, settings.holidays),
            minutes_per_conversation=settings.minutes_per_conversation,
        )
        gateway = None
        if settings.telegram_token is not None:
            from bot.gateway import TelegramGateway

            gateway = TelegramGateway(
                settings=settings, sessions=sessions, dialogue=app.state.dialogue, rasa=rasa
            )
            await gateway.start()
        app.state.telegram = gateway
        watcher = ChangeWatcher(sessions)
        watcher.start()
        app.state.watcher = watcher
        trainer = TrainingWorker(sessions, rasa_url=settings.rasa_url)
        if settings.training_worker:
            trainer.start()
        purger = asyncio.create_task(purge_periodically(sessions, retention_days=settings.retention_days))
        try:
            yield
        finally:
            purger.cancel()
            await trainer.stop()
            await watcher.stop()
            if gateway is not None:
                await gateway.stop()
            await rasa.close()
            engine.dispose()

    app = FastAPI(title="Pforte", version="0.1.0", lifespan=lifespan)

    @app.exception_handler(RequestValidationError)
    async def invalid_request(request: Request, error: RequestValidationError) -> JSONResponse:
        # Name what is wrong, never echo the input back (it may be a person's message).
        problems = [
            {"field": ".".join(str(p) for p in e["loc"]), "problem": e["msg"]} for e in error.errors()
        ]
        return JSONResponse({"detail": problems}, status_code=422)

    app.include_router(health.router)
    app.include_router(chat.router)
    app.include_router(telegram.router)
    app.include_router(handoff_api.router)
    app.include_router(console.router)
    app.include_router(editor_api.router)
    app.include_router(editor_transfer.router)
    app.include_router(editor_page.router)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
