"""The console's JSON API (documented in the app's OpenAPI at /openapi.json).

Authentication: POST /api/login sets an HttpOnly, SameSite=Strict session cookie and returns a
CSRF token; every state-changing request made with the cookie must send it back in the
X-CSRF-Token header. Counsellors and admins see the queue and conversations; editors get 403.
Every opening of a conversation is written to the audit log (admins read it at /api/audit).
"""

from __future__ import annotations

import asyncio
import hmac
import json
from collections.abc import AsyncIterator, Iterator
from dataclasses import asdict
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Request, Response
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field
from sqlalchemy import select
from sqlalchemy.orm import Session

from content.store import list_topics, published_answer
from conversations.models import Conversation
from conversations.repository import messages_after
from handoff import accounts, queue
from handoff.models import AuditEvent, Availability, Note, Role, User
from pforte.db import unit_of_work

router = APIRouter(prefix="/api", tags=["console"])
COOKIE = "pforte_session"


class LoginIn(BaseModel):
    username: str = Field(max_length=64)
    password: str = Field(max_length=200)
    totp: str | None = Field(default=None, max_length=10)


class TextIn(BaseModel):
    text: str = Field(min_length=1, max_length=4000)


class CloseIn(BaseModel):
    outcome: str | None = Field(default=None, max_length=64)


class TransferIn(BaseModel):
    username: str


class AvailabilityIn(BaseModel):
    availability: Availability


class UserIn(BaseModel):
    username: str = Field(min_length=2, max_length=64, pattern=r"^[a-zA-Z0-9_.-]+$")
    password: str = Field(min_length=10, max_length=200)
    role: Role
    languages: list[str] = ["de"]
    max_conversations: int = Field(default=5, ge=1, le=50)


def db(request: Request) -> Iterator[Session]:
    """One session per request, committed when the request succeeds."""
    with unit_of_work(request.app.state.sessions, take_turns=False) as session:
        yield session


# scope="function": committed before the response goes out, so that the client's next request
# sees the write (with the default, FastAPI commits after sending: a fresh login could get 401).
Db = Annotated[Session, Depends(db, scope="function")]


def current_user(request: Request, session: Db) -> User:
    token = request.cookies.get(COOKIE)
    found = accounts.session_user(session, token=token) if token else None
    if found is None:
        raise HTTPException(401, "not logged in")
    user, csrf = found
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        given = request.headers.get("x-csrf-token", "")
        if not hmac.compare_digest(given.encode(), csrf.encode()):
            raise HTTPException(403, "missing or wrong CSRF token")
    return user


def counsellor(user: Annotated[User, Depends(current_user)]) -> User:
    if user.role not in (Role.COUNSELLOR.value, Role.ADMIN.value):
        raise HTTPException(403, "counsellors only")
    return user


def admin(user: Annotated[User, Depends(current_user)]) -> User:
    if user.role != Role.ADMIN.value:
        raise HTTPException(403, "admins only")
    return user


Counsellor = Annotated[User, Depends(counsellor)]
Admin = Annotated[User, Depends(admin)]


def _me(user: User, csrf: str | None = None) -> dict[str, Any]:
    out = {
        "username": user.username,
        "role": user.role,
        "languages": user.languages,
        "availability": user.availability,
        "max_conversations": user.max_conversations,
    }
    if csrf:
        out["csrf_token"] = csrf
    return out


@router.post("/login")
def login(body: LoginIn, response: Response, session: Db) -> dict[str, Any]:
    try:
        result = accounts.login(session, username=body.username, password=body.password, totp=body.totp)
    except accounts.LoginRefused as refused:
        # Answer without raising, so that the failed attempt is committed (throttling).
        throttled = refused.reason == "throttled"
        response.status_code = 429 if throttled else 401
        detail = (
            "too many failed logins; try again in 15 minutes"
            if throttled
            else "wrong username, password or code"
        )
        return {"detail": detail}
    response.set_cookie(
        COOKIE, result.token, httponly=True, samesite="strict", max_age=accounts.SESSION_HOURS * 3600
    )
    return _me(result.user, result.csrf_token)


@router.post("/logout")
def logout(
    request: Request, response: Response, session: Db, user: Annotated[User, Depends(current_user)]
) -> dict[str, bool]:
    accounts.logout(session, token=request.cookies.get(COOKIE, ""))
    response.delete_cookie(COOKIE)
    return {"ok": True}


@router.get("/me")
def me(request: Request, session: Db) -> dict[str, Any]:
    found = accounts.session_user(session, token=request.cookies.get(COOKIE, ""))
    if found is None:
        raise HTTPException(401, "not logged in")
    return _me(*found)


@router.put("/me/availability")
def set_availability(body: AvailabilityIn, user: Counsellor) -> dict[str, Any]:
    user.availability = body.availability.value
    return _me(user)


@router.get("/queue")
def get_queue(request: Request, user: Counsellor, session: Db) -> list[dict[str, Any]]:
    """The waiting conversations, highest priority first, in the languages the counsellor speaks;
    `overdue` when nobody answered within PFORTE_OVERDUE_MINUTES."""
    overdue = request.app.state.settings.overdue_minutes
    return [
        asdict(entry) for entry in queue.waiting(session, languages=user.languages, overdue_minutes=overdue)
    ]


@router.get("/conversations/mine")
def my_conversations(user: Counsellor, session: Db) -> list[dict[str, Any]]:
    """The conversations the counsellor holds; `unanswered` when the person wrote last."""
    return [
        {
            "id": c.id,
            "language": c.language,
            "crisis": c.crisis,
            "concern": c.concern,
            "unanswered": unanswered,
        }
        for c, unanswered in queue.mine(session, user=user)
    ]


def _guard(call: Any) -> Any:
    try:
        return call()
    except queue.NotYours as error:
        raise HTTPException(409, str(error)) from None
    except ValueError as error:
        raise HTTPException(409, str(error)) from None


@router.post("/conversations/{conversation_id}/claim")
def claim(conversation_id: int, user: Counsellor, session: Db) -> dict[str, Any]:
    if queue.load_of(session, user=user) >= user.max_conversations:
        # Not 409 (taken by a colleague): the console tells the two apart.
        raise HTTPException(429, "you hold as many conversations as you can take")
    conversation = _guard(lambda: queue.claim(session, conversation_id=conversation_id, user=user))
    return {"id": conversation.id, "state": conversation.state}


@router.get("/conversations/{conversation_id}/messages")
def conversation_messages(
    conversation_id: int, user: Counsellor, session: Db, after: int = 0
) -> dict[str, Any]:
    """The whole transcript (the person, the bot, counsellors), the summary and the notes: of a
    conversation the counsellor holds or could take (``queue.may_read``), else 403."""
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise HTTPException(404, "no such conversation")
    if not queue.may_read(conversation, user=user):
        raise HTTPException(403, "not a conversation you hold or could take")
    queue.audit(session, user=user, action="open", conversation_id=conversation_id)
    notes = session.scalars(select(Note).where(Note.conversation_id == conversation_id).order_by(Note.id))
    holder = session.get(User, conversation.assignee_id) if conversation.assignee_id else None
    return {
        "id": conversation.id,
        "state": conversation.state,
        "assignee": holder.username if holder else None,
        "language": conversation.language,
        "summary": queue.summary(session, conversation=conversation),
        "messages": [
            {
                "id": m.id,
                "sender": m.sender,
                "direction": m.direction,
                "text": m.text,
                "intent": m.intent,
                "created_at": m.created_at.isoformat(),
            }
            for m in messages_after(session, conversation_id=conversation_id, after_id=after, limit=1000)
        ],
        "notes": [{"id": n.id, "text": n.text, "created_at": n.created_at.isoformat()} for n in notes],
    }


@router.post("/conversations/{conversation_id}/messages")
def send_message(conversation_id: int, body: TextIn, user: Counsellor, session: Db) -> dict[str, Any]:
    message = _guard(lambda: queue.reply(session, conversation_id=conversation_id, user=user, text=body.text))
    return {"id": message.id}


@router.post("/conversations/{conversation_id}/notes")
def add_note(conversation_id: int, body: TextIn, user: Counsellor, session: Db) -> dict[str, Any]:
    note = _guard(lambda: queue.add_note(session, conversation_id=conversation_id, user=user, text=body.text))
    return {"id": note.id}


@router.post("/conversations/{conversation_id}/transfer")
def transfer(conversation_id: int, body: TransferIn, user: Counsellor, session: Db) -> dict[str, Any]:
    to = session.scalar(select(User).where(User.username == body.username, User.active.is_(True)))
    if to is None or to.role not in (Role.COUNSELLOR.value, Role.ADMIN.value):
        raise HTTPException(404, "no such counsellor")
    conversation = _guard(lambda: queue.transfer(session, conversation_id=conversation_id, user=user, to=to))
    return {"id": conversation.id, "assignee": to.username}


@router.post("/conversations/{conversation_id}/release")
def release(conversation_id: int, user: Counsellor, session: Db) -> dict[str, Any]:
    conversation = _guard(lambda: queue.release(session, conversation_id=conversation_id, user=user))
    return {"id": conversation.id, "state": conversation.state}


@router.post("/conversations/{conversation_id}/close")
def close(conversation_id: int, user: Counsellor, session: Db, body: CloseIn | None = None) -> dict[str, Any]:
    outcome = body.outcome if body else None
    conversation = _guard(
        lambda: queue.close(session, conversation_id=conversation_id, user=user, outcome=outcome)
    )
    return {"id": conversation.id, "state": conversation.state, "outcome": conversation.outcome}


@router.get("/answers")
def vetted_answers(user: Counsellor, session: Db, language: str = "de") -> list[dict[str, str]]:
    """The published answers a counsellor can insert, titled in the conversation's language."""
    return [{"slug": t.slug, "title": t.title(language)} for t in list_topics(session, kind="faq")]


@router.get("/answers/{slug}")
def vetted_answer(slug: str, user: Counsellor, session: Db, language: str = "de") -> dict[str, Any]:
    answer = published_answer(session, slug=slug, language=language)
    if answer is None:
        raise HTTPException(404, "no published answer")
    return {"slug": slug, "language": answer.language, "text": answer.text}


@router.get("/events")
async def events(request: Request) -> StreamingResponse:
    """Server-sent events: `change` whenever the queue or a conversation changed.
    Authenticated with a short session of its own: the stream holds no database connection."""
    with request.app.state.sessions() as session:
        found = accounts.session_user(session, token=request.cookies.get(COOKIE, ""))
        role = found[0].role if found else None
    if found is None:
        raise HTTPException(401, "not logged in")
    if role not in (Role.COUNSELLOR.value, Role.ADMIN.value):
        raise HTTPException(403, "counsellors only")
    watcher = request.app.state.watcher

    async def stream() -> AsyncIterator[str]:
        seen = watcher.version
        yield f"event: change\ndata: {json.dumps({'version': seen})}\n\n"
        while not await request.is_disconnected():
            version = await watcher.wait(seen, timeout=15)
            if version > seen:
                seen = version
                yield f"event: change\ndata: {json.dumps({'version': version})}\n\n"
            else:
                yield ": keep-alive\n\n"
            await asyncio.sleep(0)

    return StreamingResponse(stream(), media_type="text/event-stream", headers={"Cache-Control": "no-store"})


@router.get("/audit")
def audit_log(user: Admin, session: Db, limit: int = 200) -> list[dict[str, Any]]:
    rows = session.execute(
        select(AuditEvent, User.username)
        .outerjoin(User, User.id == AuditEvent.user_id)
        .order_by(AuditEvent.id.desc())
        .limit(min(limit, 1000))
    ).all()
    return [
        {"at": e.at.isoformat(), "user": name, "action": e.action, "conversation_id": e.conversation_id}
        for e, name in rows
    ]


@router.get("/users")
def users(user: Admin, session: Db) -> list[dict[str, Any]]:
    return [_me(u) for u in session.scalars(select(User).order_by(User.username))]


@router.post("/users")
def create_user(body: UserIn, user: Admin, session: Db) -> dict[str, Any]:
    try:
        created = accounts.add_user(
            session,
            username=body.username,
            password=body.password,
            role=body.role,
            languages=body.languages,
            max_conversations=body.max_conversations,
        )
    except ValueError as error:
        raise HTTPException(409, str(error)) from None
    return _me(created)
