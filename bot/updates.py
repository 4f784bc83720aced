"""Received Telegram updates: stored in one transaction before processing, deduplicated by
``update_id`` (Telegram redelivers), and re-processed after a restart if they were not done.
The payload is kept only until the update is processed."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from typing import Any

from sqlalchemy import JSON, BigInteger, DateTime, String, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Mapped, Session, mapped_column

from conversations.models import utcnow
from pforte.db import Base


class UpdateStatus(str, Enum):
    RECEIVED = "received"
    DONE = "done"
    FAILED = "failed"


class TelegramUpdate(Base):
    __tablename__ = "telegram_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    payload: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    status: Mapped[str] = mapped_column(String(16), default=UpdateStatus.RECEIVED.value)
    received_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    processed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))


def record(session: Session, *, payload: dict[str, Any]) -> bool:
    """Store an update; False if this update_id was seen before (a redelivery)."""
    update_id = payload.get("update_id")
    if not isinstance(update_id, int):
        raise ValueError("an update needs an integer update_id")
    if session.get(TelegramUpdate, update_id) is not None:
        return False
    try:
        with session.begin_nested():
            session.add(TelegramUpdate(update_id=update_id, payload=payload))
    except IntegrityError:  # another replica stored it at the same moment
        return False
    return True


def mark_done(session: Session, *, update_id: int, failed: bool = False) -> None:
    session.execute(
        update(TelegramUpdate)
        .where(TelegramUpdate.update_id == update_id)
        .values(
            status=(UpdateStatus.FAILED if failed else UpdateStatus.DONE).value,
            payload=None,
            processed_at=utcnow(),
        )
    )


def unfinished(session: Session, *, limit: int = 100) -> list[dict[str, Any]]:
    rows = session.scalars(
        select(TelegramUpdate.payload)
        .where(TelegramUpdate.status == UpdateStatus.RECEIVED.value)
        .order_by(TelegramUpdate.update_id)
        .limit(limit)
    )
    return [row for row in rows if row]


def last_update_id(session: Session) -> int | None:
    return session.scalar(select(TelegramUpdate.update_id).order_by(TelegramUpdate.update_id.desc()).limit(1))
