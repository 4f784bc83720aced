"""GET /editor: the editors' web page (the JSON API under /api/content does the work)."""

from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from pforte import messages as m
from pforte.i18n import LANGUAGES, page_language, translate

router = APIRouter()
templates = Jinja2Templates(directory=Path(__file__).resolve().parent / "templates")
# The login form is the console's; its strings are shared.
LOGIN_STRINGS = [
    "CONSOLE_LOGIN",
    "CONSOLE_USERNAME",
    "CONSOLE_PASSWORD",
    "CONSOLE_CODE",
    "CONSOLE_LOGIN_FAILED",
    "CONSOLE_LOGIN_LOCKED",
    "CONSOLE_LOGOUT",
]
STRINGS = [name for name in dir(m) if name.startswith("EDITOR_")] + LOGIN_STRINGS
# What the bot shows under an answer in Telegram, in the answer's language (for the preview).
BOT_BUTTONS = {"human": m.BUTTON_HUMAN, "helpful": m.BUTTON_HELPFUL, "not_helpful": m.BUTTON_NOT_HELPFUL}


@router.get("/editor", response_class=HTMLResponse, include_in_schema=False)
async def editor_page(request: Request) -> HTMLResponse:
    language = page_language(request.query_params.get("lang"), request.headers.get("accept-language"))
    strings = {name: translate(language, getattr(m, name)) for name in STRINGS}
    buttons = {
        answer_language: {key: translate(answer_language, text) for key, text in BOT_BUTTONS.items()}
        for answer_language in LANGUAGES
    }
    return templates.TemplateResponse(
        request,
        "editor.html",
        {"lang": language, "t": strings, "languages": list(LANGUAGES), "buttons": buttons},
    )
