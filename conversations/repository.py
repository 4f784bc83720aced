"""Conversation store operations. Keyword-only; the caller owns the session (unit of work)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from conversations.models import Contact, Conversation, Direction, Message, Sender, utcnow
from conversations.state import Event, State, next_state


def get_or_create_contact(
    session: Session,
    *,
    pseudonym: str,
    channel: str,
    chat_ref: str | None = None,
    client_language: str | None = None,
) -> Contact:
    contact = find_contact(session, pseudonym=pseudonym)
    if contact is None:
        contact = Contact(
            pseudonym=pseudonym, channel=channel, chat_ref=chat_ref, client_language=client_language
        )
        session.add(contact)
        session.flush()
    else:
        contact.last_seen_at = utcnow()
        if chat_ref:
            contact.chat_ref = chat_ref
        if client_language:
            contact.client_language = client_language
    return contact


def find_open_conversation(session: Session, *, contact_id: int) -> Conversation | None:
    return session.scalar(
        select(Conversation)
        .where(Conversation.contact_id == contact_id, Conversation.state != State.CLOSED.value)
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def latest_conversation(session: Session, *, contact_id: int) -> Conversation | None:
    """The contact's newest conversation, open or closed (a closed one until retention deletes it)."""
    return session.scalar(
        select(Conversation)
        .where(Conversation.contact_id == contact_id)
        .order_by(Conversation.id.desc())
        .limit(1)
    )


def find_contact(session: Session, *, pseudonym: str) -> Contact | None:
    return session.scalar(select(Contact).where(Contact.pseudonym == pseudonym))


def open_conversation(session: Session, *, contact: Contact) -> Conversation:
    """The contact's open conversation, or a new one owned by the bot."""
    conversation = find_open_conversation(session, contact_id=contact.id)
    if conversation is None:
        conversation = Conversation(contact=contact, state=State.BOT.value, language=contact.language)
        session.add(conversation)
        session.flush()
    return conversation


def storable(text: str) -> str:
    """Text as the database can hold it: PostgreSQL refuses NUL characters."""
    return text.replace("\x00", "\ufffd")


def add_message(
    session: Session,
    *,
    conversation: Conversation,
    direction: Direction,
    sender: Sender,
    text: str,
    language: str | None = None,
    buttons: list[dict[str, Any]] | None = None,
) -> Message:
    message = Message(
        conversation=conversation,
        direction=direction.value,
        sender=sender.value,
        text=storable(text),
        language=language,
        buttons=buttons or None,
    )
    session.add(message)
    session.flush()
    return message


def messages_after(
    session: Session, *, conversation_id: int, after_id: int = 0, limit: int = 200
) -> list[Message]:
    return list(
        session.scalars(
            select(Message)
            .where(Message.conversation_id == conversation_id, Message.id > after_id)
            .order_by(Message.id)
            .limit(limit)
        )
    )


def last_offered_payloads(session: Session, *, conversation_id: int, lookback: int = 5) -> set[str]:
    """Button payloads the bot offered in its last few messages: the only ones accepted back."""
    rows = session.scalars(
        select(Message.buttons)
        .where(Message.conversation_id == conversation_id, Message.direction == Direction.OUT.value)
        .order_by(Message.id.desc())
        .limit(lookback)
    )
    return {b["payload"] for buttons in rows if buttons for b in buttons if "payload" in b}


def queue(session: Session, *, conversation: Conversation, reason: str, crisis: bool = False) -> bool:
    """Put the conversation into the counsellors' queue (or raise its priority if it is
    already waiting or assigned). Returns True when it newly entered the queue."""
    if crisis:
        conversation.crisis = True
    if conversation.state == State.BOT.value:
        conversation.state = next_state(conversation.state, Event.REQUEST_HUMAN).value
        conversation.handoff_reason = reason
        conversation.queued_at = utcnow()
        return True
    if crisis and conversation.handoff_reason != "crisis":
        conversation.handoff_reason = "crisis"
    return False


def set_language(session: Session, *, conversation: Conversation, language: str) -> None:
    conversation.language = language
    conversation.contact.language = language


def erase_contact(session: Session, *, pseudonym: str) -> list[int]:
    """Delete a person and everything about them (conversations, messages). Returns the ids of
    the deleted conversations, so that other stores (Rasa's trackers) can forget them too."""
    contact = find_contact(session, pseudonym=pseudonym)
    if contact is None:
        return []
    ids = [c.id for c in contact.conversations]
    session.delete(contact)
    session.flush()
    return ids


def _previous_inbound(
    session: Session, *, conversation_id: int, before_id: int
) -> tuple[str, str | None] | None:
    """The person's message before this one: (text, what the bot recognised in it)."""
    row = session.execute(
        select(Message.text, Message.intent)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == Direction.IN.value,
            Message.id < before_id,
        )
        .order_by(Message.id.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row is not None else None


def previous_intent(session: Session, *, conversation_id: int, before_id: int) -> str | None:
    """What the bot recognised in the person's message before this one."""
    previous = _previous_inbound(session, conversation_id=conversation_id, before_id=before_id)
    return previous[1] if previous else None


FEEDBACK_INTENTS = ("helpful", "not_helpful")


def answered_question(session: Session, *, conversation_id: int, slug: str) -> str | None:
    """For a tap on "helpful"/"not helpful" after the answer on ``slug``: the question that
    answer replied to ("" when it came from a button), or None when the person already gave
    feedback on that answer."""
    offered = f'"topic":"{slug}"'
    answer_id = None
    for message_id, buttons in session.execute(
        select(Message.id, Message.buttons)
        .where(Message.conversation_id == conversation_id, Message.direction == Direction.OUT.value)
        .order_by(Message.id.desc())
        .limit(10)
    ):
        if any(offered in str(b.get("payload", "")) for b in buttons or []):
            answer_id = message_id
            break
    if answer_id is None:
        return None
    given = session.scalar(
        select(Message.id).where(
            Message.conversation_id == conversation_id,
            Message.direction == Direction.IN.value,
            Message.id > answer_id,
            Message.intent.in_(FEEDBACK_INTENTS),
        )
    )
    if given is not None:
        return None
    question = session.scalar(
        select(Message.text)
        .where(
            Message.conversation_id == conversation_id,
            Message.direction == Direction.IN.value,
            Message.id < answer_id,
            Message.intent == slug,
        )
        .order_by(Message.id.desc())
        .limit(1)
    )
    return "" if question is None or question.startswith("/") else question


def previous_question(
    session: Session, *, conversation_id: int, before_id: int, topics: set[str]
) -> tuple[str, str] | None:
    """The person's last message before this one, with its topic, if the bot answered it with
    one of ``topics`` (a typed question, not a tapped button)."""
    previous = _previous_inbound(session, conversation_id=conversation_id, before_id=before_id)
    if previous is None or previous[1] not in topics or previous[0].startswith("/"):
        return None
    return previous[0], str(previous[1])
