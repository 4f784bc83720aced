"""Deletion on schedule: old conversations with the bot or closed go, with their messages;
conversations waiting for or held by a counsellor stay; old content gaps go."""

from __future__ import annotations

import datetime as dt
import secrets

from sqlalchemy import select

from content.models import ContentGap
from conversations.models import Contact, Conversation, Direction, Message, Sender, utcnow
from conversations.repository import add_message, get_or_create_contact, open_conversation
from conversations.state import State
from pforte.db import unit_of_work
from pforte.retention import purge
from tests.conftest import Database


def conversation(database: Database, *, state: State, days_ago: int) -> int:
    with unit_of_work(database.sessions) as session:
        contact = get_or_create_contact(
            session, pseudonym=secrets.token_hex(16), channel="web", chat_ref=None, client_language=None
        )
        found = open_conversation(session, contact=contact)
        add_message(session, conversation=found, direction=Direction.IN, sender=Sender.PERSON, text="Hallo")
        session.flush()
        then = utcnow() - dt.timedelta(days=days_ago)
        found.state = state.value
        found.updated_at = then
        contact.last_seen_at = then
        return found.id


def test_old_conversations_and_gaps_are_deleted_open_handoffs_kept(database: Database) -> None:
    old_bot = conversation(database, state=State.BOT, days_ago=100)
    old_closed = conversation(database, state=State.CLOSED, days_ago=95)
    old_queued = conversation(database, state=State.QUEUED, days_ago=100)
    recent = conversation(database, state=State.BOT, days_ago=3)
    with unit_of_work(database.sessions) as session:
        session.add(
            ContentGap(
                language="de", reason="fallback", text="alt", created_at=utcnow() - dt.timedelta(days=91)
            )
        )
        session.add(ContentGap(language="de", reason="fallback", text="neu"))
    with unit_of_work(database.sessions) as session:
        purged = purge(session, retention_days=90)
    assert purged.conversations >= 2 and purged.gaps >= 1
    with database.sessions() as session:
        left = set(session.scalars(select(Conversation.id)))
        assert old_bot not in left and old_closed not in left
        assert old_queued in left and recent in left
        assert session.scalar(select(Message.id).where(Message.conversation_id == old_bot)) is None
        assert session.scalar(select(Message.id).where(Message.conversation_id == recent)) is not None
        gaps = set(session.scalars(select(ContentGap.text)))
        assert "alt" not in gaps and "neu" in gaps
        orphans = session.scalars(
            select(Contact.id).where(
                ~Contact.conversations.any(), Contact.last_seen_at < utcnow() - dt.timedelta(days=90)
            )
        )
        assert list(orphans) == []
