"""Deletion on schedule (GDPR Art. 5(1)(e)): what is older than the retention period goes.

- conversations with the bot or closed, without activity for ``retention_days``, with their
  messages and notes; then contacts left without conversations and not seen for as long;
- outbox rows (copies of replies) sent or finally failed before the cutoff;
- content gaps (unanswered questions kept for editors) older than ``retention_days``.
Conversations waiting for or held by a counsellor are never deleted by this.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import logging
from dataclasses import dataclass

from sqlalchemy import delete, exists, select
from sqlalchemy.orm import Session, sessionmaker

from content.gaps import purge_gaps
from conversations.models import Contact, Conversation, utcnow
from conversations.outbox import OutboxItem, OutboxStatus
from conversations.state import State
from pforte.db import unit_of_work

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Purged:
    conversations: int
    contacts: int
    gaps: int


def purge(session: Session, *, retention_days: int, now: dt.datetime | None = None) -> Purged:
    cutoff = (now or utcnow()) - dt.timedelta(days=retention_days)
    old = list(
        session.scalars(
            select(Conversation).where(
                Conversation.state.in_((State.BOT.value, State.CLOSED.value)),
                Conversation.updated_at < cutoff,
            )
        )
    )
    for conversation in old:
        session.delete(conversation)  # messages and notes go with it (ON DELETE CASCADE / ORM cascade)
    session.flush()
    contacts = session.execute(
        delete(Contact).where(
            Contact.last_seen_at < cutoff,
            ~exists().where(Conversation.contact_id == Contact.id),
        )
    )
    session.execute(
        delete(OutboxItem).where(
            OutboxItem.status.in_((OutboxStatus.SENT.value, OutboxStatus.FAILED.value)),
            OutboxItem.created_at < cutoff,
        )
    )
    gaps = purge_gaps(session, retention_days=retention_days, now=now)
    return Purged(len(old), int(contacts.rowcount or 0), gaps)  # type: ignore[attr-defined]


async def purge_periodically(
    sessions: sessionmaker[Session], *, retention_days: int, every_seconds: float = 3600
) -> None:
    """Runs in every app process (deleting twice is harmless)."""
    while True:
        try:

            def run() -> Purged:
                with unit_of_work(sessions) as session:
                    return purge(session, retention_days=retention_days)

            purged = await asyncio.to_thread(run)
            if purged.conversations or purged.contacts or purged.gaps:
                logger.info("retention: deleted %s", purged)
        except Exception:
            logger.exception("retention purge failed")
        await asyncio.sleep(every_seconds)
