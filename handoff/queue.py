"""The counsellors' queue and conversation ownership: one owner at a time, transitions only
through the state machine (conversations/state.py), claims atomic on any database."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from conversations.models import Conversation, Direction, Message, Sender, utcnow
from conversations.outbox import deliver
from conversations.repository import add_message
from conversations.state import Event, State, next_state
from handoff.models import AuditEvent, Note, Role, User
from pforte import messages as m
from pforte.i18n import translate


class NotYours(Exception):
    """The conversation is held by someone else, or not in a state that allows this."""


@dataclass(frozen=True)
class QueueEntry:
    id: int
    language: str | None
    priority: str  # crisis | concern | normal
    waiting_since: dt.datetime
    reason: str | None
    preview: str
    overdue: bool = False


def audit(session: Session, *, user: User, action: str, conversation_id: int | None = None) -> None:
    session.add(AuditEvent(user_id=user.id, action=action, conversation_id=conversation_id))


def _with_last_message(query: Select[Any], *, direction: Direction | None = None) -> Select[Any]:
    """The query joined to each conversation's newest message (of that direction, if given)."""
    newest = select(Message.conversation_id, func.max(Message.id).label("message_id"))
    if direction is not None:
        newest = newest.where(Message.direction == direction.value)
    last = newest.group_by(Message.conversation_id).subquery()
    return query.outerjoin(last, last.c.conversation_id == Conversation.id).outerjoin(
        Message, Message.id == last.c.message_id
    )


def waiting(
    session: Session, *, languages: list[str] | None = None, overdue_minutes: int | None = None
) -> list[QueueEntry]:
    """Queued conversations: crisis first, then those close to one (concern), each by the longest
    waiting; in the given languages."""
    query = (
        _with_last_message(select(Conversation, Message.text), direction=Direction.IN)
        .where(Conversation.state == State.QUEUED.value)
        .order_by(
            Conversation.crisis.desc(),
            Conversation.concern.desc(),
            Conversation.queued_at.asc(),
            Conversation.id.asc(),
        )
    )
    if languages:
        query = query.where(
            Conversation.language.in_(languages)
            | Conversation.language.is_(None)
            | Conversation.crisis.is_(True)
        )
    entries = [
        QueueEntry(
            id=conversation.id,
            language=conversation.language,
            priority="crisis" if conversation.crisis else "concern" if conversation.concern else "normal",
            waiting_since=_aware(conversation.queued_at or conversation.created_at),
            reason=conversation.handoff_reason,
            preview=(last or "")[:140],
            overdue=overdue_minutes is not None
            and utcnow() - _aware(conversation.queued_at or conversation.created_at)
            > dt.timedelta(minutes=overdue_minutes),
        )
        for conversation, last in session.execute(query)
    ]
    return entries


def position(session: Session, *, conversation: Conversation) -> int:
    """1-based place in the queue (crisis conversations, then concern, go before the others)."""
    return [e.id for e in waiting(session)].index(conversation.id) + 1


def claim(session: Session, *, conversation_id: int, user: User) -> Conversation:
    """Take a queued conversation. Of two counsellors claiming at once exactly one wins."""
    next_state(State.QUEUED, Event.CLAIM)  # the transition this update performs
    result = session.execute(
        update(Conversation)
        .where(Conversation.id == conversation_id, Conversation.state == State.QUEUED.value)
        .values(state=State.ASSIGNED.value, assignee_id=user.id, updated_at=utcnow())
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        raise NotYours("someone else holds this conversation, or it is not waiting")
    audit(session, user=user, action="claim", conversation_id=conversation_id)
    conversation = session.get_one(Conversation, conversation_id)
    session.refresh(conversation)
    return conversation


def held(session: Session, *, conversation_id: int, user: User) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if (
        conversation is None
        or conversation.state != State.ASSIGNED.value
        or conversation.assignee_id != user.id
    ):
        raise NotYours("you do not hold this conversation")
    return conversation


def may_read(conversation: Conversation, *, user: User) -> bool:
    """What the role needs and no more: a counsellor reads the conversations they hold and the
    waiting ones they could take (in their languages, and every crisis); an admin reads all (the
    audit log records every opening)."""
    if user.role == Role.ADMIN.value:
        return True
    if conversation.state == State.ASSIGNED.value:
        return conversation.assignee_id == user.id
    return conversation.state == State.QUEUED.value and (
        conversation.crisis or conversation.language is None or conversation.language in user.languages
    )


def reply(session: Session, *, conversation_id: int, user: User, text: str) -> Message:
    """A counsellor's reply, stored and (for Telegram) put into the outbox in one transaction."""
    conversation = held(session, conversation_id=conversation_id, user=user)
    message = add_message(
        session,
        conversation=conversation,
        direction=Direction.OUT,
        sender=Sender.COUNSELLOR,
        text=text,
        language=conversation.language,
    )
    deliver(
        session, channel=conversation.contact.channel, chat_ref=conversation.contact.chat_ref, message=message
    )
    audit(session, user=user, action="reply", conversation_id=conversation_id)
    return message


def _move(
    session: Session,
    *,
    conversation_id: int,
    user: User,
    event: Event,
    tell: str | None = None,
    **values: Any,
) -> Conversation:
    """The holder moves the conversation on (``tell``: a line the person gets about it first)."""
    conversation = held(session, conversation_id=conversation_id, user=user)
    if tell is not None:
        _tell_person(session, conversation=conversation, message=tell)
    conversation.state = next_state(conversation.state, event).value
    for key, value in values.items():
        setattr(conversation, key, value)
    audit(session, user=user, action=event.value, conversation_id=conversation_id)
    return conversation


def _tell_person(session: Session, *, conversation: Conversation, message: str) -> None:
    """One of the service's own messages to the person, in the conversation's language, stored and
    (for Telegram) put into the outbox in the caller's transaction."""
    stored = add_message(
        session,
        conversation=conversation,
        direction=Direction.OUT,
        sender=Sender.SYSTEM,
        text=translate(conversation.language, message),
        language=conversation.language,
    )
    deliver(
        session, channel=conversation.contact.channel, chat_ref=conversation.contact.chat_ref, message=stored
    )


def release(session: Session, *, conversation_id: int, user: User) -> Conversation:
    """Hand back to the bot; the person is told, so that nobody waits for a counsellor who has gone."""
    return _move(
        session,
        conversation_id=conversation_id,
        user=user,
        event=Event.RELEASE,
        tell=m.RELEASED,
        assignee_id=None,
        handoff_reason=None,
        queued_at=None,
    )


def close(session: Session, *, conversation_id: int, user: User, outcome: str | None) -> Conversation:
    """End the conversation; the person is told, and may write again at any time (a new one)."""
    return _move(
        session,
        conversation_id=conversation_id,
        user=user,
        event=Event.CLOSE,
        tell=m.CLOSED,
        outcome=outcome,
        closed_at=utcnow(),
    )


def transfer(session: Session, *, conversation_id: int, user: User, to: User) -> Conversation:
    """Hand over to a colleague who can take it now: available, speaking the conversation's
    language, below their limit of conversations."""
    conversation = held(session, conversation_id=conversation_id, user=user)
    if to.id == user.id:
        raise NotYours("you hold this conversation already")
    if to.availability != "online":
        raise NotYours(f"{to.username} is not available now")
    if conversation.language and conversation.language not in to.languages:
        raise NotYours(f"{to.username} does not write {conversation.language}")
    if load_of(session, user=to) >= to.max_conversations:
        raise NotYours(f"{to.username} holds as many conversations as they can take")
    conversation.assignee_id = to.id
    audit(session, user=user, action="transfer", conversation_id=conversation_id)
    return conversation


def add_note(session: Session, *, conversation_id: int, user: User, text: str) -> Note:
    """A note for the colleagues, by the counsellor who holds the conversation."""
    held(session, conversation_id=conversation_id, user=user)
    note = Note(conversation_id=conversation_id, user_id=user.id, text=text)
    session.add(note)
    audit(session, user=user, action="note", conversation_id=conversation_id)
    session.flush()
    return note


def summary(session: Session, *, conversation: Conversation) -> dict[str, Any]:
    """What a counsellor needs first: language, topics the bot recognised, what it answered, why."""
    rows = session.execute(
        select(Message.direction, Message.intent).where(Message.conversation_id == conversation.id)
    ).all()
    topics = list(dict.fromkeys(intent for direction, intent in rows if direction == "in" and intent))
    return {
        "language": conversation.language,
        "reason": conversation.handoff_reason,
        "crisis": conversation.crisis,
        "concern": conversation.concern,
        "topics": topics,
        "bot_replies": sum(1 for direction, _ in rows if direction == "out"),
        "source": conversation.contact.source,
        "channel": conversation.contact.channel,
    }


def load_of(session: Session, *, user: User) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(Conversation)
            .where(Conversation.assignee_id == user.id, Conversation.state == State.ASSIGNED.value)
        )
        or 0
    )


def mine(session: Session, *, user: User) -> list[tuple[Conversation, bool]]:
    """The conversations the user holds, newest activity first, each with whether the person wrote
    last (waiting for an answer); one query for all of them (the console asks on every change)."""
    query = (
        _with_last_message(select(Conversation, Message.direction))
        .where(Conversation.assignee_id == user.id, Conversation.state == State.ASSIGNED.value)
        .order_by(Conversation.updated_at.desc())
    )
    return [
        (conversation, direction == Direction.IN.value) for conversation, direction in session.execute(query)
    ]


def _aware(value: dt.datetime) -> dt.datetime:
    return value if value.tzinfo else value.replace(tzinfo=dt.timezone.utc)


def online_counsellors(session: Session) -> int:
    return (
        session.scalar(
            select(func.count())
            .select_from(User)
            .where(
                User.availability == "online", User.active.is_(True), User.role.in_(("counsellor", "admin"))
            )
        )
        or 0
    )
