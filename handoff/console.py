"""GET /console: the counsellors' web page (the JSON API does the work)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from pforte import messages as m
from pforte.i18n import page_language, translate

router = APIRouter()
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
STRINGS = [name for name in dir(m) if name.startswith("CONSOLE_")]


@router.get("/console", response_class=HTMLResponse, include_in_schema=False)
async def console_page(request: Request) -> HTMLResponse:
    language = page_language(request.query_params.get("lang"), request.headers.get("accept-language"))
    strings = {name: translate(language, getattr(m, name)) for name in STRINGS}
    return templates.TemplateResponse(request, "console.html", {"lang": language, "t": strings})
