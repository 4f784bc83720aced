"""GET /healthz: 200 once the model is loaded and the database reachable, 503 otherwise."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy import text

router = APIRouter()


@router.get("/healthz", tags=["health"])
async def healthz(request: Request) -> JSONResponse:
    checks: dict[str, bool] = {}

    def database_answers() -> bool:
        try:
            with request.app.state.sessions() as session:
                session.execute(text("SELECT 1"))
            return True
        except Exception:  # any failure means: not reachable
            return False

    checks["database"] = await asyncio.to_thread(database_answers)
    status = await request.app.state.rasa.status()
    checks["model"] = bool(status and status.get("model_file"))
    healthy = all(checks.values())
    return JSONResponse(
        {"status": "ok" if healthy else "unavailable", "checks": checks}, status_code=200 if healthy else 503
    )
