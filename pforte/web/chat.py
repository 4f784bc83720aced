"""The local web chat (GET /chat) and its JSON API: the same pipeline and store as Telegram.

The person is identified by a random token in an HttpOnly cookie; only its keyed hash is
stored. State-changing requests must be JSON (a cross-site form cannot send JSON without a
CORS preflight, which this app never allows).
"""

from __future__ import annotations

import secrets
from typing import Any

from fastapi import APIRouter, HTTPException, Request, Response
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from conversations.pseudonym import pseudonym
from conversations.repository import find_contact, latest_conversation, messages_after
from pforte import messages as m
from pforte.dialogue import Incoming
from pforte.i18n import LANGUAGE_NAMES, LANGUAGES, translate

router = APIRouter()
templates = Jinja2Templates(directory=__import__("pathlib").Path(__file__).resolve().parent / "templates")
COOKIE = "pforte_chat"
MAX_TEXT = 10_000


class ChatMessageIn(BaseModel):
    text: str = Field(default="", max_length=MAX_TEXT)
    payload: str | None = Field(default=None, max_length=300)


def _token(request: Request, response: Response | None = None) -> str:
    token = request.cookies.get(COOKIE)
    if token and 16 <= len(token) <= 64:
        return token
    token = secrets.token_urlsafe(24)
    if response is not None:
        response.set_cookie(COOKIE, token, httponly=True, samesite="lax", max_age=60 * 60 * 24 * 90)
    return token


def _message_json(message: Any) -> dict[str, Any]:
    return {
        "id": message.id,
        "sender": message.sender,
        "text": message.text,
        "buttons": message.buttons or [],
        "language": message.language,
        "created_at": message.created_at.isoformat(),
    }


def _ui_language(request: Request) -> str:
    asked = request.query_params.get("lang") or (request.headers.get("accept-language") or "")[:2]
    return asked if asked in LANGUAGES else "de"


@router.get("/chat", response_class=HTMLResponse, include_in_schema=False)
async def chat_page(request: Request) -> Response:
    language = _ui_language(request)
    strings = {
        key: translate(language, getattr(m, key))
        for key in ("CHAT_TITLE", "CHAT_INTRO", "CHAT_PLACEHOLDER", "CHAT_SEND", "CHAT_ERROR")
    }
    response = templates.TemplateResponse(
        request, "chat.html", {"languages": LANGUAGE_NAMES, "lang": language, "t": strings}
    )
    _token(request, response)
    return response


@router.post("/chat/api/messages", tags=["chat"])
async def post_message(body: ChatMessageIn, request: Request, response: Response) -> dict[str, Any]:
    if "application/json" not in request.headers.get("content-type", ""):
        raise HTTPException(415, "JSON expected")
    token = _token(request, response)
    outcome = await request.app.state.dialogue.handle(
        Incoming(
            channel="web",
            user_id=token,
            text=body.text,
            payload=body.payload,
            client_language=(request.headers.get("accept-language") or "")[:2] or None,
        )
    )
    return {
        "conversation_language": outcome.language,
        "replies": [
            {
                "id": r.message_id,
                "sender": "bot",
                "text": r.text,
                "buttons": r.buttons,
                "language": outcome.language,
            }
            for r in outcome.replies
        ],
    }


@router.get("/chat/api/messages", tags=["chat"])
def get_messages(request: Request, after: int = 0) -> dict[str, Any]:
    """The person's newest conversation (for reload and for counsellors' replies)."""
    token = request.cookies.get(COOKIE)
    if not token:
        return {"messages": [], "language": None}
    settings = request.app.state.settings
    key = pseudonym(key=settings.pseudonym_key.get_secret_value(), channel="web", user_id=token)
    with request.app.state.sessions() as session:
        contact = find_contact(session, pseudonym=key)
        if contact is None:
            return {"messages": [], "language": None}
        # The newest conversation, also when a counsellor has just closed it: their last reply and
        # the closing line must still reach the person.
        conversation = latest_conversation(session, contact_id=contact.id)
        if conversation is None:
            return {"messages": [], "language": contact.language}
        rows = messages_after(session, conversation_id=conversation.id, after_id=after)
        return {"messages": [_message_json(r) for r in rows], "language": conversation.language}
