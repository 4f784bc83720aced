"""The persistent outbox: every reply to a push channel (Telegram) is written here in the same
transaction as the stored message, then delivered by a sender with retries and backoff.

States: pending -> sending (claimed until a deadline) -> sent | failed; a claim that runs
out (the sender died mid-send) makes the row due again, so delivery survives restarts.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from sqlalchemy import JSON, DateTime, ForeignKey, Index, Integer, String, Text, or_, select, update
from sqlalchemy.orm import Mapped, Session, mapped_column

from conversations.models import Message, utcnow
from pforte.db import Base
from pforte.text.bidi import for_telegram

PUSH_CHANNELS = {"telegram"}  # replies go out through the outbox; the web chat fetches them
MAX_ATTEMPTS = 8
CLAIM_SECONDS = 30


class OutboxStatus(str, Enum):
    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"


class OutboxItem(Base):
    __tablename__ = "outbox"
    __table_args__ = (Index("ix_outbox_due", "status", "next_attempt_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    channel: Mapped[str] = mapped_column(String(16))
    chat_ref: Mapped[str] = mapped_column(String(64))
    text: Mapped[str] = mapped_column(Text)
    buttons: Mapped[list[dict[str, Any]] | None] = mapped_column(JSON)
    message_id: Mapped[int | None] = mapped_column(ForeignKey("messages.id", ondelete="SET NULL"))
    status: Mapped[str] = mapped_column(String(16), default=OutboxStatus.PENDING.value)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    next_attempt_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    last_error: Mapped[str | None] = mapped_column(String(300))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


def enqueue(
    session: Session,
    *,
    channel: str,
    chat_ref: str,
    text: str,
    buttons: list[dict[str, Any]] | None = None,
    message_id: int | None = None,
) -> OutboxItem:
    item = OutboxItem(
        channel=channel, chat_ref=chat_ref, text=text, buttons=buttons or None, message_id=message_id
    )
    session.add(item)
    session.flush()
    return item


def deliver(
    session: Session,
    *,
    channel: str,
    chat_ref: str | None,
    message: Message,
    buttons: list[dict[str, Any]] | None = None,
) -> None:
    """Queue a stored outgoing message for a push channel (in the caller's transaction); the
    web chat needs nothing, it fetches. Hebrew keeps its direction next to Latin and numbers."""
    if channel in PUSH_CHANNELS and chat_ref:
        enqueue(
            session,
            channel=channel,
            chat_ref=chat_ref,
            text=for_telegram(message.text, message.language),
            buttons=buttons,
            message_id=message.id,
        )


def due_ids(session: Session, *, channel: str, limit: int = 50) -> list[int]:
    now = utcnow()
    return list(
        session.scalars(
            select(OutboxItem.id)
            .where(
                OutboxItem.channel == channel,
                or_(
                    OutboxItem.status == OutboxStatus.PENDING.value,
                    OutboxItem.status == OutboxStatus.SENDING.value,
                ),
                OutboxItem.next_attempt_at <= now,
            )
            .order_by(OutboxItem.id)
            .limit(limit)
        )
    )


def claim(session: Session, *, item_id: int) -> OutboxItem | None:
    """Take one due item for sending; None if another sender has it. Atomic on any database."""
    now = utcnow()
    result = session.execute(
        update(OutboxItem)
        .where(
            OutboxItem.id == item_id,
            OutboxItem.status.in_([OutboxStatus.PENDING.value, OutboxStatus.SENDING.value]),
            OutboxItem.next_attempt_at <= now,
        )
        .values(
            status=OutboxStatus.SENDING.value,
            next_attempt_at=now + dt.timedelta(seconds=CLAIM_SECONDS),
            attempts=OutboxItem.attempts + 1,
        )
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return None
    return session.get(OutboxItem, item_id)


def mark_sent(session: Session, *, item_id: int) -> None:
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(status=OutboxStatus.SENT.value, sent_at=utcnow(), last_error=None)
    )


def retry_later(session: Session, *, item_id: int, seconds: float, error: str, attempts: int) -> None:
    """Back off, or give up after MAX_ATTEMPTS: the row stays, marked failed, never dropped."""
    failed = attempts >= MAX_ATTEMPTS
    session.execute(
        update(OutboxItem)
        .where(OutboxItem.id == item_id)
        .values(
            status=OutboxStatus.FAILED.value if failed else OutboxStatus.PENDING.value,
            next_attempt_at=utcnow() + dt.timedelta(seconds=seconds),
            last_error=error[:300],
        )
    )


def backoff_seconds(attempts: int) -> float:
    return float(min(300, 2 ** max(0, attempts - 1)))


def forget_chat(session: Session, *, channel: str, chat_ref: str) -> None:
    """Remove everything queued or sent to a chat (a person asked to be erased)."""
    session.query(OutboxItem).filter(OutboxItem.channel == channel, OutboxItem.chat_ref == chat_ref).delete()
