from __future__ import annotations

from sqlalchemy import select

from conversations.models import Contact, Direction, Sender
from conversations.pseudonym import pseudonym
from conversations.repository import add_message, get_or_create_contact, open_conversation, queue
from conversations.state import State
from pforte.db import unit_of_work
from tests.conftest import TEST_KEY, Database, new_token


def test_contacts_are_pseudonymous(database: Database) -> None:
    user_id = "123456789"
    key = pseudonym(key=TEST_KEY, channel="telegram", user_id=user_id)
    with unit_of_work(database.sessions) as session:
        contact = get_or_create_contact(session, pseudonym=key, channel="telegram", chat_ref=None)
        contact_id = contact.id
    with database.sessions() as session:
        stored = session.get(Contact, contact_id)
        assert stored is not None and user_id not in stored.pseudonym and len(stored.pseudonym) == 64
        assert stored.pseudonym != pseudonym(key="another key" * 4, channel="telegram", user_id=user_id)


def test_queueing_is_a_state_change_once_and_crisis_raises_priority(database: Database) -> None:
    key = pseudonym(key=TEST_KEY, channel="web", user_id=new_token())
    with unit_of_work(database.sessions) as session:
        conversation = open_conversation(
            session, contact=get_or_create_contact(session, pseudonym=key, channel="web")
        )
        add_message(
            session, conversation=conversation, direction=Direction.IN, sender=Sender.PERSON, text="hallo"
        )
        assert queue(session, conversation=conversation, reason="human_request") is True
        assert conversation.state == State.QUEUED.value and conversation.queued_at is not None
        assert queue(session, conversation=conversation, reason="crisis", crisis=True) is False
        assert conversation.crisis and conversation.handoff_reason == "crisis"
        conversation_id = conversation.id
    with database.sessions() as session:
        contact = session.scalar(select(Contact).where(Contact.pseudonym == key))
        again = open_conversation(session, contact=contact)
        assert again.id == conversation_id
        assert [m.text for m in again.messages] == ["hallo"]
